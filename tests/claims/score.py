#!/usr/bin/env python3
"""Score qx-claims output (TSV) against one or more gold files.

usage: score.py [options] GOLD.tsv... -- SYSTEM.tsv
       score.py [options] SYSTEM.tsv GOLD.tsv...

options:
  -v            list the stat claims that were missed, extra, or whose kind or
                approx differ (the same lines as the shared score-claims)
  -vv           also list missed and extra dates and ordinals
  --per-doc     print one stat/date line per document before the totals
  --min-f1 X    exit 1 when the stat F1 or the date/ordinal F1 is below X
                (a part with no gold and no system rows counts as passed)

SYSTEM.tsv may be '-' (standard input). A GOLD argument that is a directory
stands for its *.gold.tsv files (or its *.tsv files when it has none).
Every file needs a header line with at least the columns doc and value;
value_max, unit, kind, approx and text are used when present, any other
column is ignored. Fields may carry the escapes \\t \\n \\r \\\\. Documents
are matched by base name; system rows for documents no gold file mentions
are left out.

The matching is that of ../shared/eval/score-claims (CLAIMS-GUIDE.md):
per document, each gold row in turn takes the first unused system row with
the same value and the same upper bound (value_max, or value when empty),
compared as decimals, and, for the stat kinds (count money percent measure
duration), a compatible unit: equal after alias and traditional-script
folding, or either side empty when the gold kind is count. Dates and
ordinals are scored apart, on value and upper bound only. The printed lines
(and their figures) are those of score-claims; the last is 'claims F1 X.XXX'
(the stat F1). Written for qingxi; standard library only.
"""
import os
import sys
from decimal import Decimal, InvalidOperation

STAT_KINDS = ("count", "money", "percent", "measure", "duration")
TAG_KINDS = ("date", "ordinal")

# canonical unit: every spelling a tool or a gold file may use for it
UNIT_SPELLINGS = (
    ("cny", "元 人民币 块 yuan rmb cny ￥ ¥ 元人民币 圆"),
    ("usd", "美元 美金 dollar dollars usd us$ $"),
    ("hkd", "港元 港币 hkd"),
    ("twd", "新台币 新臺幣 台币 twd ntd nt$"),
    ("eur", "欧元 歐元 eur euro euros"),
    ("jpy", "日元 日圓 jpy yen"),
    ("%", "% ％ percent |per cent| 成"),
    ("pp", "pp 个百分点 百分点 |percentage point| |percentage points|"),
    ("t", "t 吨 噸 ton tons tonne tonnes"),
    ("kg", "kg 公斤 千克"),
    ("g", "g 克"),
    ("jin", "jin 斤 catty catties"),
    ("mu", "mu 亩 畝"),
    ("ha", "ha 公顷 公頃 hectare hectares"),
    ("m2", "m2 m² 平方米 平米"),
    ("km2", "km2 km² 平方公里 平方千米"),
    ("km", "km 公里 千米 kilometer kilometers kilometre kilometres"),
    ("m", "m 米 meter meters metre metres"),
    ("year", "year years 年 yr"),
    ("month", "month months 月 个月 個月"),
    ("day", "day days 天 日"),
    ("h", "h hour hours 小时 小時 个小时 個小時"),
    ("min", "min minute minutes 分钟 分鐘"),
    ("s", "s second seconds 秒 秒钟 秒鐘"),
    ("week", "week weeks 周 週 星期 个星期 個星期"),
    ("名", "名"),
    ("人", "人 people persons person"),
    ("人次", "人次"),
    ("个", "个 個"),
)


def _spellings(text):
    """Split a spelling list on blanks; |two words| keeps its blank."""
    out, rest = [], text
    while rest:
        rest = rest.strip()
        if rest.startswith("|"):
            end = rest.index("|", 1)
            out.append(rest[1:end])
            rest = rest[end + 1:]
        else:
            word, _, rest = rest.partition(" ")
            if word:
                out.append(word)
    return out


UNIT_CANON = {}
for _canon, _names in UNIT_SPELLINGS:
    for _name in _spellings(_names):
        UNIT_CANON[_name.lower()] = _canon

# traditional -> simplified for the characters units and classifiers use
TRAD_PAIRS = ("個个 萬万 億亿 噸吨 畝亩 單单 門门 場场 項项 輛辆 張张 間间 條条 顆颗 隻只 "
              "臺台 屆届 歲岁 戶户 種种 筆笔 頭头 週周 鐘钟 時时 級级 縣县 區区 處处 "
              "棟栋 組组 類类 幣币 圓圆")
TRAD_FOLD = {ord(p[0]): p[1] for p in TRAD_PAIRS.split()}


def unit_key(unit):
    u = (unit or "").strip().lower().translate(TRAD_FOLD)
    return UNIT_CANON.get(u, u)


ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "\\": "\\"}


def tsv_unescape(field):
    if "\\" not in field:
        return field
    parts, i, n = [], 0, len(field)
    while i < n:
        ch = field[i]
        if ch == "\\" and i + 1 < n:
            nxt = field[i + 1]
            parts.append(ESCAPES.get(nxt, ch + nxt))
            i += 2
        else:
            parts.append(ch)
            i += 1
    return "".join(parts)


class UsageError(Exception):
    pass


def load_rows(path):
    """Rows of a TSV file as dicts keyed by the lower-cased header names."""
    if path == "-":
        lines = sys.stdin.readlines()
    else:
        with open(path, encoding="utf-8", errors="replace") as fh:
            lines = fh.readlines()
    lines = [ln.rstrip("\n").rstrip("\r") for ln in lines]
    lines = [ln for ln in lines if ln.strip()]
    if not lines:
        return []
    names = [h.strip().lower() for h in lines[0].split("\t")]
    if "value" not in names:
        raise UsageError(f"{path}: header has no 'value' column: {lines[0]!r}")
    rows = []
    for ln in lines[1:]:
        cells = [tsv_unescape(c) for c in ln.split("\t")]
        if len(cells) < len(names):
            cells.extend([""] * (len(names) - len(cells)))
        rows.append(dict(zip(names, cells)))
    return rows


def decimal_of(text):
    text = (text or "").strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text).normalize()
    except InvalidOperation:
        return None


def doc_of(row):
    return os.path.basename((row.get("doc") or "").strip())


def kind_of(row):
    return (row.get("kind") or "").strip().lower() or "count"


def approx_of(row):
    return (row.get("approx") or "exact").strip()


def bounds(row):
    """(value, upper bound) of a row; the bound is value_max unless that is
    empty or zero, then the value (as score-claims compares them)."""
    low, high = decimal_of(row.get("value")), decimal_of(row.get("value_max"))
    return low, (high if high else low)


def unit_compatible(gold, system):
    gu, su = unit_key(gold.get("unit")), unit_key(system.get("unit"))
    if gu == su:
        return True
    # a bare count matches a count with a classifier (score-claims looks at
    # the gold kind cell as written, not at the defaulted kind)
    return gold.get("kind", "") == "count" and (gu == "" or su == "")


def pair_up(gold_rows, sys_rows, check_unit):
    """Greedy one-to-one matching, gold order first, then system order."""
    by_doc = {}
    for j, s in enumerate(sys_rows):
        by_doc.setdefault(doc_of(s), []).append(j)
    taken = set()
    pairs = []
    for g in gold_rows:
        g_low, g_high = bounds(g)
        for j in by_doc.get(doc_of(g), ()):
            if j in taken:
                continue
            s = sys_rows[j]
            s_low, s_high = bounds(s)
            if s_low is None or s_low != g_low or s_high != g_high:
                continue
            if check_unit and not unit_compatible(g, s):
                continue
            taken.add(j)
            pairs.append((g, s))
            break
    return pairs


def scores(n_gold, n_sys, n_match):
    precision = n_match / n_sys if n_sys else 0.0
    recall = n_match / n_gold if n_gold else 0.0
    total = precision + recall
    return precision, recall, (2 * precision * recall / total if total else 0.0)


class Part:
    """One scored part (stat claims, or dates and ordinals) of a gold/system set."""

    def __init__(self, gold, system, check_unit):
        self.gold, self.system = gold, system
        self.pairs = pair_up(gold, system, check_unit)
        self.p, self.r, self.f = scores(len(gold), len(system), len(self.pairs))

    def line(self, label):
        return (f"{label}: gold {len(self.gold)}, system {len(self.system)}, "
                f"matched {len(self.pairs)}; precision {self.p:.3f} "
                f"recall {self.r:.3f} F1 {self.f:.3f}")

    def empty(self):
        return not self.gold and not self.system

    def unmatched(self):
        got_g = {id(g) for g, _ in self.pairs}
        got_s = {id(s) for _, s in self.pairs}
        return ([g for g in self.gold if id(g) not in got_g],
                [s for s in self.system if id(s) not in got_s])


def split_parts(gold, system):
    stat = Part([g for g in gold if kind_of(g) in STAT_KINDS],
                [s for s in system if kind_of(s) not in TAG_KINDS], True)
    tags = Part([g for g in gold if kind_of(g) in TAG_KINDS],
                [s for s in system if kind_of(s) in TAG_KINDS], False)
    return stat, tags


def row_line(tag, r):
    return f"  {tag}\t{doc_of(r)}\t{r.get('text', '')}\t{r.get('value')}\t{r.get('unit', '')}"


def parse_args(argv):
    opts = {"verbose": 0, "per_doc": False, "min_f1": None}
    before, after, seen_dashes = [], [], False
    i = 0
    while i < len(argv):
        a = argv[i]
        if seen_dashes:
            after.append(a)
        elif a == "--":
            seen_dashes = True
        elif a == "-v":
            opts["verbose"] += 1
        elif a == "-vv":
            opts["verbose"] += 2
        elif a == "--per-doc":
            opts["per_doc"] = True
        elif a == "--min-f1" or a.startswith("--min-f1="):
            if "=" in a:
                val = a.split("=", 1)[1]
            else:
                i += 1
                if i >= len(argv):
                    raise UsageError("--min-f1 needs a number")
                val = argv[i]
            try:
                opts["min_f1"] = float(val)
            except ValueError:
                raise UsageError(f"--min-f1: not a number: {val!r}")
        elif a in ("-h", "--help"):
            print(__doc__)
            sys.exit(0)
        elif a.startswith("-") and a != "-":
            raise UsageError(f"unknown option {a}")
        else:
            before.append(a)
        i += 1
    if seen_dashes:
        if len(after) != 1 or not before:
            raise UsageError("expected GOLD.tsv... -- SYSTEM.tsv")
        golds, system = before, after[0]
    else:
        if len(before) < 2:
            raise UsageError("expected SYSTEM.tsv GOLD.tsv... (or GOLD.tsv... -- SYSTEM.tsv)")
        system, golds = before[0], before[1:]
    return opts, golds, system


def expand_golds(paths):
    out = []
    for p in paths:
        if os.path.isdir(p):
            names = sorted(os.listdir(p))
            picked = [n for n in names if n.endswith(".gold.tsv")] or \
                     [n for n in names if n.endswith(".tsv")]
            if not picked:
                raise UsageError(f"{p}: no .tsv files")
            out.extend(os.path.join(p, n) for n in picked)
        else:
            out.append(p)
    return out


def main(argv):
    try:
        opts, gold_paths, system_path = parse_args(argv)
        gold = []
        for p in expand_golds(gold_paths):
            gold.extend(load_rows(p))
        system = load_rows(system_path)
    except UsageError as e:
        sys.stderr.write(f"score.py: {e}\n\n{__doc__}" if "expected" in str(e)
                         else f"score.py: {e}\n")
        return 2
    except OSError as e:
        sys.stderr.write(f"score.py: {e}\n")
        return 2

    docs = {doc_of(g) for g in gold}
    system = [s for s in system if doc_of(s) in docs]

    if opts["per_doc"]:
        order = []
        for g in gold:
            if doc_of(g) not in order:
                order.append(doc_of(g))
        for d in order:
            st, tg = split_parts([g for g in gold if doc_of(g) == d],
                                 [s for s in system if doc_of(s) == d])
            print(f"  {d}: stat {len(st.pairs)}/{len(st.gold)} gold, {len(st.system)} system, "
                  f"F1 {st.f:.3f}; dates/ordinals {len(tg.pairs)}/{len(tg.gold)} gold, "
                  f"{len(tg.system)} system, F1 {tg.f:.3f}")

    stat, tags = split_parts(gold, system)
    print(stat.line("stat claims"))
    print(tags.line("dates and ordinals"))
    if stat.pairs:
        kinds = sum(1 for g, s in stat.pairs if kind_of(g) == kind_of(s))
        approx = sum(1 for g, s in stat.pairs if approx_of(g) == approx_of(s))
        n = len(stat.pairs)
        print(f"on matched stat claims: kind agrees {kinds}/{n}, approx agrees {approx}/{n}")

    if opts["verbose"]:
        missed, extra = stat.unmatched()
        for g in missed:
            print(row_line("missed", g))
        for s in extra:
            print(row_line("extra", s))
        for g, s in stat.pairs:
            ga, sa = g.get("approx") or "exact", s.get("approx") or "exact"
            if ga != sa or kind_of(g) != kind_of(s):
                print(f"  differs\t{doc_of(g)}\t{g.get('text', '')}\t"
                      f"kind {kind_of(g)}/{kind_of(s)}\tapprox {ga}/{sa}")
        if opts["verbose"] > 1:
            t_missed, t_extra = tags.unmatched()
            for g in t_missed:
                print(row_line("missed-" + kind_of(g), g))
            for s in t_extra:
                print(row_line("extra-" + kind_of(s), s))
    print(f"claims F1 {stat.f:.3f}")

    if opts["min_f1"] is not None:
        low = [name for name, part in (("stat", stat), ("dates/ordinals", tags))
               if not part.empty() and part.f < opts["min_f1"]]
        if low:
            sys.stderr.write(f"score.py: F1 below {opts['min_f1']:g} for {', '.join(low)}\n")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
