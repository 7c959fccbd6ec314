#!/usr/bin/env python3
"""Inputs for the benchmark's linearity rows (issue 7): for each stage a
hostile or typical input and the same made twice as long, written as
DIR/NAME-1.EXT and DIR/NAME-2.EXT. The double is the base written twice
(or, for one long line, the line made twice as long), so that only the size
changes. Deterministic; reads clean.txt from the bench data directory.

usage: bench/gen-linear.py DATA_DIR
"""
import os
import sys


def main():
    data = sys.argv[1]
    out = os.path.join(data, "linear")
    os.makedirs(out, exist_ok=True)
    text = open(os.path.join(data, "clean.txt"), encoding="utf-8").read()
    lines = [l for l in text.split("\n") if l.strip()]
    head = "\n".join(lines)[:4_000_000]
    trad = "冷鏈物流服務站建到村口，果農採摘後當天就能發貨，收入明顯增加。"
    cases = {
        # name: (extension, bytes of the base input)
        "text.txt": head.encode(),
        "line.txt": head.replace("\n", "").encode(),
        "page.html": ("<html><body><div>" + "".join(f"<p>{l}</p><div><span>分享</span></div>\n"
                                                   for l in head.split("\n")) + "</div>").encode(),
        "gb18030.txt": head.encode("gb18030"),
        "utf8-as-gbk.txt": head[:400_000].encode().decode("gb18030", "replace").encode(),
        "big5-as-gbk.txt": (trad * 6000).encode("big5").decode("gbk", "replace").encode(),
        "halfwidth.txt": head.replace("，", ",").replace("。", ".").replace("：", ":").encode(),
        "digits.txt": b"1" * 2_000_000,
        "amp.txt": b"&amp" * 500_000,
    }
    for name, base in cases.items():
        stem, ext = name.rsplit(".", 1)
        one, two = (os.path.join(out, f"{stem}-{n}.{ext}") for n in (1, 2))
        if os.path.exists(two):
            continue
        with open(one, "wb") as f:
            f.write(base)
        with open(two, "wb") as f:
            f.write(base + base if stem == "line" else base + b"\n" + base)
    print(out)


if __name__ == "__main__":
    main()
