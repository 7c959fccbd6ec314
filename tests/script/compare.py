#!/usr/bin/env python3
"""qx-conv against OpenCC, issue 4's acceptance on a sample:

  traditional corpus  the traditional seeds (002, 004) after qx-clean, plus
                      seeds 000/001 and the project's fixtures (after
                      qx-clean) converted with opencc -c s2t
  simplified corpus   seeds 000/001 and the fixtures after qx-clean, plus
                      the traditional ones converted with opencc -c t2s

qx-conv --to=simp must equal opencc -c t2s on the traditional corpus except
where the output intentionally differs (qx-conv(1), DIFFERENCES FROM
OPENCC: 著 written 着); qx-conv --to=trad must equal opencc -c s2t on the
simplified corpus. Round trip: simplified text -> opencc -c s2t -> qx-conv
--to=simp gives it back exactly (seeds 000/001 and the simplified fixtures).

With --repeat N the corpora are repeated to at least N MB first (the full
acceptance runs with 20; the test uses the sample once).

usage: compare.py QX_BIN_DIR SHARED_DIR FIXTURES_DIR [--repeat MB]
Skips (77) when opencc is absent; without SHARED_DIR, uses fixtures only."""
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter

ALLOWED = {("著", "着")}  # (OpenCC's character, ours): documented differences


def run(cmd, data=None, path=None):
    if path:
        with open(path, "rb") as f:
            return subprocess.run(cmd, stdin=f, capture_output=True, check=True).stdout
    return subprocess.run(cmd, input=data, capture_output=True, check=True).stdout


def opencc(config, text):
    return run(["opencc", "-c", config], text.encode()).decode()


def clean(qx_bin, paths):
    return "".join(run([os.path.join(qx_bin, "qx-clean"), "-q", p]).decode() for p in paths)


def differences(ours, theirs):
    """Counter of (theirs, ours) character pairs that differ; None if the
    texts differ in length (then they are not a character substitution)."""
    if len(ours) != len(theirs):
        return None
    return Counter((t, o) for o, t in zip(ours, theirs) if o != t)


def first_difference(ours, theirs):
    i = next((i for i, (a, b) in enumerate(zip(ours, theirs)) if a != b), min(len(ours), len(theirs)))
    return f"at character {i}: ours {ours[max(0, i - 10):i + 10]!r}, opencc {theirs[max(0, i - 10):i + 10]!r}"


def timed(cmd, path):
    start = time.perf_counter()
    out = run(cmd, path=path)
    return out.decode(), time.perf_counter() - start


def main():
    args = sys.argv[1:]
    repeat_mb = 0
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat_mb = float(args[i + 1])
        del args[i:i + 2]
    qx_bin, shared, fixtures = args
    if not shutil.which("opencc"):
        print("compare: opencc not installed (apt-get install opencc); skipped")
        return 77
    conv = os.path.join(qx_bin, "qx-conv")
    files = sorted(p for p in glob.glob(os.path.join(fixtures, "**", "*"), recursive=True)
                   if os.path.isfile(p) and not p.endswith(".tsv"))
    simp_sources, trad_sources = [], []
    for p in files:
        text = clean(qx_bin, [p])
        verdict = run([os.path.join(qx_bin, "qx-sniff"), "--no-header", "-"], text.encode())
        script = verdict.decode().split("\t")[6] if verdict else "none"
        (trad_sources if script == "traditional" else simp_sources).append(text)
    seeds = sorted(glob.glob(os.path.join(shared, "corpus", "seeds", "*.txt")))
    if seeds:
        simp_sources += [open(p, encoding="utf-8").read() for p in seeds[:2]]
        trad_sources += [clean(qx_bin, [p]) for p in (seeds[2], seeds[4])]
        print(f"compare: {len(files)} fixtures and seeds 000-004")
    else:
        print(f"compare: {shared} absent: {len(files)} fixtures only")
    simp = "".join(simp_sources)
    trad = "".join(trad_sources)
    trad_corpus = trad + opencc("s2t", simp)
    simp_corpus = simp + opencc("t2s", trad)
    if repeat_mb:
        trad_corpus *= int(repeat_mb * 1e6 / len(trad_corpus.encode())) + 1
        simp_corpus *= int(repeat_mb * 1e6 / len(simp_corpus.encode())) + 1
    failed, notes = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for name, corpus, ours_cmd, theirs_cmd in (
                ("to-simp", trad_corpus, [conv, "--to=simp"], ["opencc", "-c", "t2s"]),
                ("to-trad", simp_corpus, [conv, "--to=trad"], ["opencc", "-c", "s2t"])):
            path = os.path.join(tmp, name + ".txt")
            with open(path, "w", encoding="utf-8") as f:
                f.write(corpus)
            ours, t_ours = timed(ours_cmd, path)
            theirs, t_theirs = timed(theirs_cmd, path)
            diff = differences(ours, theirs)
            size = os.path.getsize(path) / 1e6
            if diff is None:
                failed.append(f"{name}: output differs from opencc in length; "
                              + first_difference(ours, theirs))
                continue
            allowed = sum(n for pair, n in diff.items() if pair in ALLOWED)
            other = {pair: n for pair, n in diff.items() if pair not in ALLOWED}
            print(f"{name}: {size:.2f} MB, {len(corpus)} characters; differs from opencc at "
                  f"{allowed} documented places ({', '.join(f'{a}->{b} {n}' for (a, b), n in diff.items() if (a, b) in ALLOWED) or 'none'}), "
                  f"{sum(other.values())} other; qx-conv {t_ours:.3f} s, opencc {t_theirs:.3f} s")
            if other:
                failed.append(f"{name}: undocumented differences from opencc: {other}; "
                              + first_difference(ours, theirs))
        # seeds 000/001 must come back exactly; the simplified fixtures are
        # reported (a simplified text may hold a character whose traditional
        # form converts back to another one)
        trips = [(os.path.basename(p), open(p, encoding="utf-8").read(), True) for p in seeds[:2]]
        trips += [(f"fixture {i + 1}", t, False) for i, t in enumerate(simp_sources[:-2 if seeds else None])]
        exact = 0
        for label, text, must in trips:
            back = run([conv, "--to=simp"], opencc("s2t", text).encode()).decode()
            exact += back == text
            if back != text:
                (failed if must else notes).append(f"round trip of {label}: "
                                                   + first_difference(back, text))
        print(f"round trip (opencc -c s2t, then qx-conv --to=simp): {exact}/{len(trips)} "
              "texts exact" + (", seeds 000 and 001 among them" if seeds else ""))
    for n in notes:
        print("note: " + n)
    for f in failed:
        print("FAIL " + f)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
