#!/usr/bin/env python3
"""Writes fixtures/repair/pairs.tsv: mojibake made from the project's own
articles in fixtures/repair/, one line per pair: mode, damaged, original
(backslash escapes as in qx-clean's TSV). Deterministic; run again after
changing the articles. tests/repair/pairs.py scores qx-clean on it.

The damage is made with Python's codecs the way scraped pages break; see
the modes below. Pinyin annotations use Unihan kMandarin (unicode-data)."""
import bz2
import os
import random

here = os.path.dirname(os.path.abspath(__file__))
fixtures = os.path.join(os.path.dirname(os.path.dirname(here)), "fixtures", "repair")


def lines(name):
    with open(os.path.join(fixtures, name), encoding="utf-8") as f:
        return [l for l in f.read().split("\n") if l.strip()]


def readings():
    table = {}
    with bz2.open("/usr/share/unicode/Unihan_Readings.txt.bz2", "rt", encoding="utf-8") as f:
        for l in f:
            if "\tkMandarin\t" in l:
                cp, _, val = l.rstrip("\n").split("\t")
                table[chr(int(cp[2:], 16))] = val.split()[0]
    return table


def shifted(line, rng):
    b = line.encode("gb18030")
    starts = [i for i, ch in enumerate(line) if 0x4E00 <= ord(ch) <= 0x9FFF]
    pos = rng.choice(starts[: len(starts) * 2 // 3])
    off = len(line[:pos].encode("gb18030"))
    return (b[:off] + b[off + 1:]).decode("gb18030", errors="replace")


def main():
    rng = random.Random(7)
    simp, trad = lines("simplified.txt"), lines("traditional.txt")
    r = readings()
    modes = {
        "utf8-as-gbk": lambda l: l.encode().decode("gb18030", errors="replace"),
        "utf8-as-cp1252": lambda l: l.encode().decode("cp1252", errors="replace"),
        "utf8-as-latin1": lambda l: l.encode().decode("latin-1"),
        "gbk-as-latin1": lambda l: l.encode("gb18030").decode("latin-1"),
        "double-utf8": lambda l: l.encode().decode("cp1252", errors="replace")
        .encode().decode("cp1252", errors="replace"),
        "shifted-gbk": lambda l: shifted(l, rng),
        "pinyin": lambda l: "".join(c + (f"({r[c]})" if c in r and rng.random() < 0.25 else "")
                                    for c in l),
    }
    out = ["mode\tdamaged\toriginal"]
    for mode, damage in modes.items():
        for line in simp + trad:
            out.append(f"{mode}\t{damage(line)}\t{line}")
    for line in trad:
        out.append(f"big5-as-gbk\t{line.encode('big5').decode('gbk', errors='replace')}\t{line}")
    for line in simp + trad:
        out.append(f"clean\t{line}\t{line}")
    with open(os.path.join(fixtures, "pairs.tsv"), "w", encoding="utf-8") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
