#!/usr/bin/env python3
"""make-corpus.py DIR N [LINES]: N articles in DIR (a hundred per folder),
each a different mix of LINES (default 12, about 2 KB) of the project's own
claims fixtures' lines, so that every document is distinct and has claims.
Deterministic (seed 6)."""
import os
import random
import sys


def main():
    out, n = sys.argv[1], int(sys.argv[2])
    per = int(sys.argv[3]) if len(sys.argv) > 3 else 12
    here = os.path.dirname(os.path.abspath(__file__))
    src = os.path.join(here, "..", "..", "fixtures", "claims")
    lines = []
    for name in sorted(os.listdir(src)):
        if name.endswith(".txt"):
            with open(os.path.join(src, name), encoding="utf-8") as f:
                lines += [l.rstrip("\n") for l in f if l.strip() and not l.startswith(("---", "title:", "date:", "source:"))]
    rng = random.Random(6)
    for i in range(n):
        folder = os.path.join(out, "%03d" % (i // 100))
        os.makedirs(folder, exist_ok=True)
        body = rng.sample(lines, per)
        with open(os.path.join(folder, "%05d.txt" % i), "w", encoding="utf-8") as f:
            f.write("第%d篇\n" % (i + 1) + "\n".join(body) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
