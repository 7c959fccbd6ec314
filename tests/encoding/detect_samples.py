#!/usr/bin/env python3
"""Encoding detection on the seeds, whole and cut short, against uchardet.

usage: detect_samples.py QX_SNIFF DIR [--min-percent P] [--verbose]

Each article in DIR (the seeds, or the project's fixtures) is encoded as
GB18030, UTF-16LE and UTF-16BE without a BOM (the hard cases: no BOM, no
declaration), and the traditional ones (seeds 002 and 004) also as Big5
(characters Big5 cannot hold dropped). Each is tried whole and cut to its
first 20, 50 and 200 bytes after any leading ASCII lines. A verdict is
right when it names the encoding; for a sample that is all ASCII bytes any
ASCII-compatible answer is right. The easy cases (BOMs, UTF-8) are scored
on a second line. Fails when qx-sniff is right on fewer than P per cent of
the hard samples (default 97, i.e. 62 of 64).
"""
import os
import shutil
import subprocess
import sys
import tempfile

from roundtrip import big5, traditional

CUTS = [None, 20, 50, 200]
SAME = {
    "GB18030": {"GB18030", "GBK", "GB2312", "EUC-CN", "CP936"},
    "BIG5": {"BIG5", "BIG5-HKSCS", "CP950"},
    "UTF-16LE": {"UTF-16LE", "UTF-16"},
    "UTF-16BE": {"UTF-16BE", "UTF-16"},
    "UTF-8": {"UTF-8"},
}
ASCII_OK = {"US-ASCII", "ASCII", "UTF-8", "GB18030", "BIG5", "WINDOWS-1252", "ISO-8859-1"}


def after_ascii_lines(text):
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if any(ord(c) > 127 for c in line):
            return "\n".join(lines[i:])
    return text


def encode(text, enc):
    if enc == "BIG5":  # glibc, as the library converts: unmappable dropped
        return big5(text)
    bom = {"UTF-8-BOM": b"\xef\xbb\xbf", "UTF-16LE-BOM": b"\xff\xfe", "UTF-16BE-BOM": b"\xfe\xff"}
    base = enc.replace("-BOM", "")
    return bom.get(enc, b"") + text.encode({"GB18030": "gb18030"}.get(base, base.lower()))


def samples(seeds_dir, encodings_for):
    for name in sorted(os.listdir(seeds_dir)):
        path = os.path.join(seeds_dir, name)
        if not os.path.isfile(path):
            continue
        with open(path, encoding="utf-8") as f:
            text = f.read()
        for enc in encodings_for(text):
            for cut in CUTS:
                data = encode(text if cut is None else after_ascii_lines(text), enc)
                if cut is not None:
                    data = data[:cut]
                yield f"{name}.{enc}.{cut or 'whole'}", enc.replace("-BOM", ""), data


def sniff(tool, paths):
    out = subprocess.run([tool, "--no-header", "-q"] + paths, capture_output=True, text=True).stdout
    return {row.split("\t")[0]: row.split("\t")[2] for row in out.splitlines()}


def uchardet(paths):
    if not shutil.which("uchardet"):
        return None
    return {p: subprocess.run(["uchardet", p], capture_output=True, text=True).stdout.strip().upper()
            for p in paths}


def right(truth, data, answer):
    if answer is None:
        return False
    if all(b < 0x80 for b in data) and truth not in ("UTF-16LE", "UTF-16BE"):
        return answer in ASCII_OK
    return answer in SAME[truth]


def score(tool, seeds_dir, tmp, encodings_for, verbose):
    paths, truths, datas = [], [], []
    for label, truth, data in samples(seeds_dir, encodings_for):
        path = os.path.join(tmp, label)
        with open(path, "wb") as f:
            f.write(data)
        paths.append(path), truths.append(truth), datas.append(data)
    ours, theirs = sniff(tool, paths), uchardet(paths)
    ok_ours = ok_theirs = 0
    for path, truth, data in zip(paths, truths, datas):
        a = ours.get(path)
        b = theirs.get(path) if theirs else None
        ok_ours += right(truth, data, a)
        ok_theirs += right(truth, data, b)
        if verbose or not right(truth, data, a):
            print(f"  {os.path.basename(path):40} truth {truth:9} qingxi {a or '-':12} "
                  f"uchardet {b or '-'}")
    return len(paths), ok_ours, (ok_theirs if theirs is not None else None)


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    verbose = "--verbose" in sys.argv
    min_percent = 97.0
    if "--min-percent" in sys.argv:
        min_percent = float(sys.argv[sys.argv.index("--min-percent") + 1])
        args.remove(sys.argv[sys.argv.index("--min-percent") + 1])
    tool, seeds_dir = args
    if not os.path.isdir(seeds_dir):
        print(f"detect_samples: {seeds_dir} absent; skipped")
        return 77
    hard = lambda text: ["GB18030", "UTF-16LE", "UTF-16BE"] + (["BIG5"] if traditional(text) else [])
    easy = lambda text: ["UTF-8", "UTF-8-BOM", "UTF-16LE-BOM", "UTF-16BE-BOM"]
    with tempfile.TemporaryDirectory() as tmp:
        n, ours, theirs = score(tool, seeds_dir, tmp, hard, verbose)
        print(f"hard samples (no BOM): qingxi {ours}/{n}, uchardet {theirs if theirs is not None else 'absent'}/{n}")
        m, ours2, theirs2 = score(tool, seeds_dir, tmp, easy, verbose)
        print(f"easy samples (UTF-8, BOMs): qingxi {ours2}/{m}, uchardet {theirs2 if theirs2 is not None else 'absent'}/{m}")
    if 100.0 * ours / n < min_percent or ours2 < m:
        print(f"FAIL: below {min_percent}% on hard samples or a miss on easy ones")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
