#!/usr/bin/env python3
"""Each article re-encoded gives the same qx-clean output as its UTF-8 original.

usage: roundtrip.py QX_CLEAN FILE_OR_DIR...

Encodings: GB18030, UTF-16LE and UTF-16BE with and without BOM, UTF-8 with
BOM, and Big5 for traditional texts (characters Big5 cannot hold are
dropped, so the reference is the original less those characters). Skips
(exit 77) when no input exists.
"""
import os
import subprocess
import sys
import tempfile

BOMS = {"UTF-8": b"\xef\xbb\xbf", "UTF-16LE": b"\xff\xfe", "UTF-16BE": b"\xfe\xff"}


def inputs(args):
    for a in args:
        if os.path.isdir(a):
            for n in sorted(os.listdir(a)):
                p = os.path.join(a, n)
                if os.path.isfile(p):
                    yield p
        elif os.path.isfile(a):
            yield a


def big5(text):
    return subprocess.run(["iconv", "-c", "-f", "UTF-8", "-t", "BIG5"], input=text.encode(),
                          capture_output=True).stdout


def traditional(text):
    """Big5 holds nearly all its Han characters."""
    han = [c for c in text if 0x4E00 <= ord(c) <= 0x9FFF]
    kept = [c for c in big5(text).decode("big5", errors="ignore") if 0x4E00 <= ord(c) <= 0x9FFF]
    return han and len(kept) >= 0.97 * len(han)


def variants(text):
    yield "GB18030", text.encode("gb18030")
    for enc in ("UTF-16LE", "UTF-16BE"):
        data = text.encode(enc.lower())
        yield enc, data
        yield enc + "+BOM", BOMS[enc] + data
    yield "UTF-8+BOM", BOMS["UTF-8"] + text.encode()


def clean(tool, path):
    r = subprocess.run([tool, "-q", path], capture_output=True)
    return r.stdout, r.returncode


def main():
    tool, args = sys.argv[1], sys.argv[2:]
    files = [p for p in inputs(args)]
    if not files:
        print("roundtrip: no input (../shared absent?); skipped")
        return 77
    failed = checked = 0
    with tempfile.TemporaryDirectory() as tmp:
        for path in files:
            try:
                text = open(path, encoding="utf-8").read()
            except UnicodeDecodeError:
                continue
            ref, _ = clean(tool, path)
            cases = list(variants(text))
            if traditional(text):
                cases.append(("BIG5", big5(text)))
            for enc, data in cases:
                variant = os.path.join(tmp, os.path.basename(path) + "." + enc)
                with open(variant, "wb") as f:
                    f.write(data)
                want = ref
                if enc == "BIG5":
                    plain = os.path.join(tmp, "big5-as-utf8")
                    with open(plain, "wb") as f:
                        f.write(data.decode("big5", errors="strict").encode())
                    want, _ = clean(tool, plain)
                got, rc = clean(tool, variant)
                checked += 1
                if got != want or rc != 0:
                    failed += 1
                    print(f"DIFF {os.path.basename(path)} as {enc} (exit {rc})")
    print(f"roundtrip: {checked - failed}/{checked} variants give the original's output")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
