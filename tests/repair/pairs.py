#!/usr/bin/env python3
"""qx-clean --lines --only=repair on fixtures/repair/pairs.tsv (mojibake made
from the project's own articles by tests/repair/make-pairs.py).

usage: pairs.py QX_CLEAN PAIRS.tsv

Per mode: character error rate before and after, lines exact. Holds the
issue-3 goals: the rate after at most 10% of the rate before (25% for
shifted-gbk, whose lost byte is gone); utf8-as-latin1, gbk-as-latin1 and
pinyin lines all exact; clean lines unchanged."""
import subprocess
import sys
from collections import defaultdict


def edit_distance(a, b):
    if len(a) < len(b):
        a, b = b, a
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


CER_SHARE = defaultdict(lambda: 0.10, {"shifted-gbk": 0.25})
ALL_EXACT = {"utf8-as-latin1", "gbk-as-latin1", "pinyin", "clean"}


def score(rows, fixed):
    """rows: (mode, damaged, original); fixed: repaired lines. Returns the
    table lines and the list of failed goals."""
    stats = defaultdict(lambda: [0, 0, 0, 0, 0])  # n, exact, before, after, chars
    for (mode, bad, good), out in zip(rows, fixed):
        s = stats[mode]
        s[0] += 1
        s[1] += out == good
        s[2] += edit_distance(bad, good)
        s[3] += edit_distance(out, good)
        s[4] += len(good)
    table, failed = ["mode\tpairs\texact_after\tcer_before\tcer_after\tratio"], []
    for mode in sorted(stats):
        n, exact, before, after, chars = stats[mode]
        ratio = after / before if before else 0.0
        table.append(f"{mode}\t{n}\t{exact / n:.3f}\t{before / chars:.4f}\t{after / chars:.4f}\t"
                     f"{ratio:.3f}")
        if mode in ALL_EXACT and exact < n:
            failed.append(f"{mode}: {n - exact} of {n} lines not exact")
        if mode != "clean" and ratio > CER_SHARE[mode]:
            failed.append(f"{mode}: error rate after is {ratio:.1%} of before "
                          f"(goal {CER_SHARE[mode]:.0%})")
    return table, failed


def main():
    tool, path = sys.argv[1], sys.argv[2]
    with open(path, encoding="utf-8", newline="\n") as f:
        rows = [tuple(l.rstrip("\n").split("\t")) for l in f.read().split("\n")[1:] if l]
    text = "".join(r[1] + "\n" for r in rows)
    out = subprocess.run([tool, "--lines", "--only=repair", "-"], input=text.encode(),
                         capture_output=True, check=True).stdout.decode("utf-8", "replace")
    fixed = out.split("\n")[:-1]
    if len(fixed) != len(rows):
        print(f"pairs: {len(rows)} lines in, {len(fixed)} out")
        return 1
    table, failed = score(rows, fixed)
    print("\n".join(table))
    for f in failed:
        print("FAIL", f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
