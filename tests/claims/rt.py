#!/usr/bin/env python3
"""Runs qx-claims over the Recognizers-Text number specs (../shared/eval/rt,
a peer suite) and scores it with the suite's own scorer.

usage: rt.py QX_BIN SHARED [--all] [--min-pass MODEL=RATE ...] [--keep DIR]

Each case's input is one line of `qx-claims --lines --only=decode --numbers`
(no cleaning, so that offsets are into the input as given); its rows are
mapped to the suite's conventions, which differ from the claims guide:
  number    every number (kinds count ... number), the number alone: 4000
            for 超过4000名; dates and ordinals are left out
  percent   kind percent, the percent expression, value with a % sign
            (个百分点 too: the suite writes 六個百分點 as 6%)
  currency  kind money, number and currency word without the hedge, the
            currency as the suite's English name
Prints the suite's table for the Chinese number, percent and currency
models (all models with --all), with offsets and without (--no-offsets).
Exits 77 (skip) without the suite or node; 1 when a --min-pass is missed.
"""
import os
import shutil
import subprocess
import sys
import tempfile
import unicodedata

CURRENCY_NAMES = {
    "CNY": "Chinese yuan", "USD": "United States dollar", "JPY": "Japanese yen",
    "EUR": "Euro", "CHF": "Swiss franc", "HKD": "Hong Kong dollar",
    "TWD": "New Taiwan dollar", "GBP": "British pound", "KRW": "South Korean won",
    "BTC": "Bitcoin", "AUD": "Australian dollar", "CAD": "Canadian dollar",
    "RUB": "Russian ruble",
}
HEDGES = ["不超过", "不少于", "超过", "超過", "突破", "将近", "接近", "大约", "大約", "大概", "不到",
          "不足", "至少", "最多", "至多", "超", "逾", "近", "约", "約", "more than ", "over ",
          "nearly ", "almost ", "about ", "around ", "approximately ", "at least ", "up to ",
          "less than ", "under "]
COLUMNS = "doc para sent start end text value value_max unit kind approx subject context".split()


def read_specs(path):
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            yield dict(zip(header, line.rstrip("\n").split("\t")))


def run_claims(qx_bin, inputs, span):
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", suffix=".txt", delete=False) as f:
        for text in inputs:
            f.write(text.replace("\n", " ") + "\n")
        name = f.name
    try:
        r = subprocess.run([os.path.join(qx_bin, "qx-claims"), "--lines", "--only=decode",
                            "--numbers", "--no-header", "--span=" + span, name],
                           capture_output=True, check=False)
    finally:
        os.unlink(name)
    rows = {}
    for line in r.stdout.decode("utf-8").splitlines():
        row = dict(zip(COLUMNS, line.split("\t")))
        rows.setdefault(int(row["para"]) - 1, []).append(row)
    return rows


def value_text(row):
    v = row["value"]
    if "/" in v:  # the suite gives fractions as floats
        num, den = v.split("/")
        v = repr(int(num) / int(den))
    return v


def predictions(case, text, number_rows, claim_rows):
    model = case["model"]
    out = []
    for num, claim in zip(number_rows, claim_rows):
        kind = num["kind"]
        if model == "number" and kind != "date":
            s, e = int(num["start"]), int(num["end"])
            out.append((num["text"], s, e - 1, value_text(num), ""))
        elif model == "percent" and kind == "percent":
            s, e = int(claim["start"]), int(claim["end"])
            span = text[s:e]
            for h in HEDGES:
                if span.startswith(h):
                    s += len(h)
                    span = span[len(h):]
                    break
            out.append((span, s, e - 1, value_text(num) + "%", ""))
        elif model == "currency" and kind == "money":
            s, e = int(claim["start"]), int(claim["end"])
            span = text[s:e]
            for h in HEDGES:
                if span.startswith(h):
                    s += len(h)
                    span = span[len(h):]
                    break
            out.append((span, s, e - 1, value_text(num), CURRENCY_NAMES.get(num["unit"], num["unit"])))
    return [(unicodedata.normalize("NFKC", t).lower(), s, e, v, u) for t, s, e, v, u in out]


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    qx_bin, shared = argv[1], argv[2]
    everything = "--all" in argv
    keep = argv[argv.index("--keep") + 1] if "--keep" in argv else None
    minimum = {}
    for i, a in enumerate(argv):
        if a == "--min-pass":
            model, rate = argv[i + 1].split("=")
            minimum[model] = float(rate)
    rt = os.path.join(shared, "eval", "rt")
    if not os.path.isfile(os.path.join(rt, "specs_flat.tsv")):
        print(f"skip: {rt}/specs_flat.tsv not found (the shared evaluation set is absent)")
        return 77
    node = shutil.which("node") or shutil.which("nodejs")
    if not node:
        print("skip: node not found (the suite's scorer is JavaScript)")
        return 77
    cases = {}
    wanted = {"number", "percent", "currency"}
    for row in read_specs(os.path.join(rt, "specs_flat.tsv")):
        if everything or (row["lang"] == "zh" and row["model"] in wanted and not row["variant"]):
            cases.setdefault(row["case_id"], row)
    ids = sorted(cases)
    inputs = [cases[i]["input"] for i in ids]
    number_rows = run_claims(qx_bin, inputs, "number")
    claim_rows = run_claims(qx_bin, inputs, "claim")
    tmp = keep or tempfile.mkdtemp()
    os.makedirs(tmp, exist_ok=True)
    pred_path = os.path.join(tmp, "predictions.tsv")
    ids_path = os.path.join(tmp, "specs.tsv")
    with open(pred_path, "w", encoding="utf-8") as f:
        f.write("case_id\ttext\tstart\tend\tvalue\tunit\n")
        for k, case_id in enumerate(ids):
            for p in predictions(cases[case_id], inputs[k], number_rows.get(k, []), claim_rows.get(k, [])):
                f.write(case_id + "\t" + "\t".join(str(x) for x in p) + "\n")
    # the scorer reads the whole suite; give it only the cases run here
    with open(os.path.join(rt, "specs_flat.tsv"), encoding="utf-8") as src, \
            open(ids_path, "w", encoding="utf-8") as dst:
        dst.write(src.readline())
        for line in src:
            if line.split("\t", 1)[0] in cases:
                dst.write(line)
    failed = False
    for flags in ([], ["--no-offsets"]):
        r = subprocess.run([node, os.path.join(rt, "score_flat.js"), *flags, ids_path, pred_path],
                           capture_output=True, text=True, check=False)
        print("qx-claims on the Recognizers-Text specs" + (" (offsets not scored)" if flags else ""))
        print(r.stdout.rstrip())
        for line in r.stdout.splitlines():
            parts = line.split("\t")
            if not flags and len(parts) >= 5 and parts[1] in minimum and parts[0] == "zh":
                rate = float(parts[4])
                if rate < minimum[parts[1]]:
                    print(f"FAIL: zh {parts[1]} pass rate {rate}% below {minimum[parts[1]]}%")
                    failed = True
    if not keep:
        shutil.rmtree(tmp)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
