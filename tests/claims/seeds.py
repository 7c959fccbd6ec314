#!/usr/bin/env python3
"""qx-claims on the five seeds, scored by ../shared/eval/score-claims.

usage: seeds.py QX_BIN SHARED

Checks the acceptance figures of issue 5: stat-claim F1 at least 0.95 on
all seeds together and at least 0.90 on each; dates and ordinals F1 at
least 0.90; kind and approx agreeing on at least 95% of matched claims.
Prints every figure. Exits 77 (skip) when the shared evaluation set is
absent, as it is in a user's clone.
"""
import os
import re
import subprocess
import sys
import tempfile


def score(scorer, gold, system):
    r = subprocess.run([sys.executable, scorer, gold, system], capture_output=True, text=True,
                       check=False)
    if r.returncode != 0:
        raise SystemExit(f"score-claims failed: {r.stderr.strip()}")
    out = r.stdout
    figures = {}
    m = re.search(r"stat claims: .*F1 ([0-9.]+)", out)
    figures["stat"] = float(m.group(1))
    m = re.search(r"dates and ordinals: .*F1 ([0-9.]+)", out)
    figures["dates"] = float(m.group(1))
    m = re.search(r"kind agrees (\d+)/(\d+), approx agrees (\d+)/(\d+)", out)
    if m:
        figures["kind"] = int(m.group(1)) / max(1, int(m.group(2)))
        figures["approx"] = int(m.group(3)) / max(1, int(m.group(4)))
    return figures, out


def main():
    qx_bin, shared = os.path.abspath(sys.argv[1]), sys.argv[2]
    seeds = os.path.join(shared, "corpus", "seeds")
    gold_dir = os.path.join(shared, "eval", "claims")
    scorer = os.path.join(shared, "eval", "score-claims")
    if not (os.path.isdir(seeds) and os.path.isdir(gold_dir) and os.path.isfile(scorer)):
        print(f"skip: {shared}/corpus/seeds or eval/claims not found (no shared evaluation set)")
        return 77
    names = sorted(f for f in os.listdir(seeds) if f.endswith(".txt"))
    golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".tsv"))
    with tempfile.TemporaryDirectory() as tmp:
        system = os.path.join(tmp, "system.tsv")
        with open(system, "wb") as out:
            r = subprocess.run([os.path.join(qx_bin, "qx-claims"), *names], cwd=seeds,
                               stdout=out, stderr=subprocess.PIPE, check=False)
        if r.returncode != 0:
            print(f"qx-claims exited {r.returncode}: {r.stderr.decode()}")
            return 1
        everything = os.path.join(tmp, "all-gold.tsv")
        with open(everything, "w", encoding="utf-8") as all_gold:
            for i, g in enumerate(golds):
                with open(os.path.join(gold_dir, g), encoding="utf-8") as f:
                    lines = f.readlines()
                all_gold.writelines(lines if i == 0 else lines[1:])
        failed = []
        total, text = score(scorer, everything, system)
        print("all seeds:\n" + text.rstrip())
        if total["stat"] < 0.95:
            failed.append(f"stat F1 {total['stat']} < 0.95")
        if total["dates"] < 0.90:
            failed.append(f"dates and ordinals F1 {total['dates']} < 0.90")
        if total.get("kind", 0) < 0.95 or total.get("approx", 0) < 0.95:
            failed.append(f"kind {total.get('kind')} / approx {total.get('approx')} agreement < 95%")
        for g in golds:
            figures, _ = score(scorer, os.path.join(gold_dir, g), system)
            print(f"{g}: stat F1 {figures['stat']:.3f}, dates and ordinals F1 {figures['dates']:.3f}")
            if figures["stat"] < 0.90:
                failed.append(f"{g}: stat F1 {figures['stat']} < 0.90")
    for f in failed:
        print("FAIL: " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
