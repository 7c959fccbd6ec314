#!/usr/bin/env python3
"""Pathological inputs: bad input never crashes or hangs, and never takes
good input down with it.

usage: cases.py QX_BIN CASE      (or: cases.py QX_BIN --list)

Each case writes its inputs to a fresh temporary directory, runs the tools
on them (each run must finish within 30 s), and checks the exit status, a
clear one-line message for each failed input, that good inputs given after
a bad one are still cleaned, and that text is kept. Timing is only a limit
against runaway cases, loose enough for a loaded two-core machine; speed is
measured by `make bench`.
"""
import os
import random
import subprocess
import sys
import tempfile
import time

# QX_TIME_SCALE stretches the limits for slow builds (the sanitizers)
SCALE = float(os.environ.get("QX_TIME_SCALE", "1") or 1)
LIMIT = 30.0 * SCALE
GOOD = "冷链物流服务站建到村口，果农采摘后当天就能发货。\n"


def han(text):
    return sum(0x4E00 <= ord(c) <= 0x9FFF for c in text)


class Case:
    def __init__(self, bin_dir, tmp):
        self.bin, self.tmp, self.problems = bin_dir, tmp, []

    def path(self, name, data):
        p = os.path.join(self.tmp, name)
        with open(p, "wb") as f:
            f.write(data.encode() if isinstance(data, str) else data)
        return name

    def run(self, tool, *args, stdin=None):
        start = time.monotonic()
        r = subprocess.run([os.path.join(self.bin, tool), *args], cwd=self.tmp, input=stdin,
                           capture_output=True, timeout=2 * LIMIT)
        took = time.monotonic() - start
        if took > LIMIT:
            self.fail(f"{tool} {' '.join(args)[:60]} took {took:.1f} s")
        if r.returncode < 0:
            self.fail(f"{tool} killed by signal {-r.returncode}")
        return r.returncode, r.stdout.decode("utf-8", "replace"), r.stderr.decode("utf-8", "replace")

    def fail(self, what):
        self.problems.append(what)

    def expect(self, cond, what):
        if not cond:
            self.fail(what)

    def clean_with_good(self, name, want_status, message=None):
        """qx-clean on NAME between two good files: both good ones cleaned."""
        a, b = self.path("good-a.txt", GOOD), self.path("good-b.txt", GOOD)
        status, out, err = self.run("qx-clean", a, name, b)
        self.expect(status == want_status, f"exit {status}, want {want_status}: {err[:200]}")
        self.expect(out.count(GOOD.strip()) == 2, "a good input around the bad one was lost")
        if message:
            mine = [l for l in err.splitlines() if l.startswith(f"qx-clean: {name}: ")]
            self.expect(len(mine) == 1 and message in mine[0],
                        f"want one message with '{message}': {err[:200]}")
        for line in err.splitlines():
            self.expect(line.startswith("qx-clean: "), f"stray stderr line: {line[:80]}")
        status, out, err = self.run("qx-sniff", a, name, b)
        self.expect(status == want_status, f"qx-sniff exit {status}, want {want_status}")
        self.expect(len(out.splitlines()) == (4 if want_status == 0 else 3),
                    "qx-sniff rows do not add up")
        return out


# ----- the cases ----------------------------------------------------------


def empty_file(c):
    c.path("empty.txt", b"")
    c.clean_with_good("empty.txt", 0, "empty input")


def directory(c):
    os.mkdir(os.path.join(c.tmp, "adir"))
    c.clean_with_good("adir", 1, "Is a directory")


def missing_file(c):
    c.clean_with_good("no-such-file.txt", 1, "No such file or directory")


def random_bytes(c):
    c.path("random.bin", random.Random(1).randbytes(1 << 20))
    c.clean_with_good("random.bin", 0, "undecodable byte")


def nul_bytes(c):
    c.path("nul.txt", "第一段\0正文\0\0内容。\n第二段。\n")
    status, out, err = c.run("qx-clean", "nul.txt")
    c.expect(status == 0 and "\0" not in out, "NUL bytes reached the output")
    c.expect("第一段正文内容。" in out and "第二段。" in out, f"text lost: {out!r}")
    status, out, _ = c.run("qx-clean", "--tsv", "nul.txt")
    c.expect("\0" not in out and len(out.splitlines()) == 3, "TSV rows wrong with NUL input")


def cut_multibyte(c):
    c.path("cut-utf8.txt", "完整的一句话。".encode() + "中".encode()[:2])
    c.path("cut-gbk.txt", ("完整的一句话，后面还有很多内容。" * 3).encode("gb18030") + b"\xd6")
    for name in ("cut-utf8.txt", "cut-gbk.txt"):
        status, out, err = c.run("qx-clean", name)
        c.expect(status == 0, f"{name}: exit {status}")
        c.expect("完整的一句话" in out and out.rstrip("\n").endswith("\ufffd"),
                 f"{name}: cut character not marked: {out[-20:]!r}")
        c.expect("undecodable byte" in err, f"{name}: no warning")


def long_line(c, html):
    unit = "农民通过直播把家乡的茶叶卖到了全国各地，收入明显增加。"
    text = unit * ((50_000_000 if html else 100_000_000) // len(unit.encode()))
    data = f"<div><p>{text}</p></div>" if html else text
    c.path("long.txt", data)
    status, out, _ = c.run("qx-clean", "long.txt")
    c.expect(status == 0, f"exit {status}")
    c.expect(han(out) == han(text), f"Han characters {han(out)} of {han(text)}")


def long_line_text(c):
    long_line(c, html=False)


def long_line_html(c):
    long_line(c, html=True)


def deep_nesting(c):
    for tag in ("div", "span"):
        depth = 100_000
        doc = "<html><body>" + f"<{tag}>" * depth + "最深处的文字。"
        c.path(f"deep-{tag}.html", doc)
        status, out, _ = c.run("qx-clean", f"deep-{tag}.html")
        c.expect(status == 0 and "最深处的文字。" in out, f"{tag}: innermost text lost")


def unclosed_tags(c):
    c.path("unclosed.html", "<p>第一段<b>加粗<i>斜体\n<div>第二段<span>\n<script>var x = 1;\n"
           "第三段在没有结束的脚本之后。\n<p>第四段")
    status, out, _ = c.run("qx-clean", "unclosed.html")
    for want in ("第一段", "加粗", "斜体", "第二段", "第三段在没有结束的脚本之后。", "第四段"):
        c.expect(want in out, f"lost {want}: {out!r}")


def lying_meta(c):
    body = "<p>农民通过直播把家乡的茶叶卖到了全国各地。</p>"
    c.path("liar-utf8.html", f'<meta charset="gb2312">{body}')
    c.path("liar-gbk.html", f'<meta charset="utf-8">{body}'.encode("gb18030"))
    for name in ("liar-utf8.html", "liar-gbk.html"):
        status, out, _ = c.run("qx-clean", name)
        c.expect(status == 0 and "农民通过直播把家乡的茶叶卖到了全国各地。" in out,
                 f"{name}: {out[:60]!r}")


def trap(c, name, data, keep=None):
    c.path(name, data)
    status, out, err = c.run("qx-clean", name)
    c.expect(status == 0, f"{name}: exit {status}: {err[:100]}")
    if keep:
        c.expect(keep in out, f"{name}: lost {keep!r}")
    c.run("qx-sniff", name)
    c.run("qx-clean", "--lines", name)
    for tool in ("qx-claims", "qx-split"):
        status, _, err = c.run(tool, name)
        c.expect(status == 0, f"{tool} {name}: exit {status}: {err[:100]}")


def scan_traps(c):
    trap(c, "lt.txt", "<" * 1_000_000 + "\n正文。", "正文。")
    trap(c, "open-a.txt", "<a" * 100_000 + "\n正文。", "正文。")
    trap(c, "amp.txt", "&amp" * 200_000 + "\n正文。", "正文。")
    trap(c, "empty-p.html", "<p></p>" * 100_000 + "<p>正文。</p>", "正文。")
    trap(c, "comment.html", "<!--" * 100_000 + "正文。", "正文。")
    trap(c, "scripts.html", "<script>" * 100_000 + "正文。</script>后文。", "后文。")


def regex_traps(c):
    trap(c, "share.txt", "分享" * 500_000)
    trap(c, "share-lines.txt", "分享：\n" * 200_000 + "正文。", "正文。")
    trap(c, "digits.txt", "1" * 1_000_000)
    trap(c, "yi.txt", "一" * 1_000_000)
    trap(c, "punct.txt", "，。、" * 300_000 + "\n" + ",,!?" * 250_000)
    trap(c, "marks.txt", "中" + ".(" * 200_000)  # a mark's nearest non-marks, found once
    trap(c, "short-lines.txt", "(0)\n上一篇\n" * 200_000 + "正文。", "正文。")


def long_mojibake(c):
    # one line of each kind of mojibake, 300 KB: repaired within the limit
    unit = "冷链物流服务站建到村口，果农采摘后当天就能发货，收入明显增加。"
    trad = "冷鏈物流服務站建到村口，果農採摘後當天就能發貨，收入明顯增加。"
    # (Big5 read as GBK loses bytes for good: part of the sentence must do)
    kinds = {
        "utf8-as-gbk.txt": (unit, unit, lambda t: t.encode().decode("gb18030", "replace")),
        "utf8-as-cp1252.txt": (unit, unit, lambda t: t.encode().decode("cp1252", "replace")),
        "gbk-as-latin1.txt": (unit, unit, lambda t: t.encode("gb18030").decode("latin-1")),
        "big5-as-gbk.txt": (trad, "果農採摘後當天就能發貨，收入明顯增加。",
                            lambda t: t.encode("big5").decode("gbk", "replace")),
    }
    for name, (text, want, corrupt) in kinds.items():
        c.path(name, corrupt(text * (300_000 // len(text.encode()))))
        status, out, err = c.run("qx-clean", "--only=repair", name)
        c.expect(status == 0, f"{name}: exit {status}: {err[:100]}")
        c.expect(want in out, f"{name}: {want} never repaired: {out[:80]!r}")


def frontmatter_trap(c):
    trap(c, "front.md", "---\n" + "key: value\n" * 100_000 + "正文。", "正文。")
    trap(c, "front-closed.md", "---\n" + "key: value\n" * 100_000 + "---\n正文。", "正文。")


def million_documents(c):
    # a million tiny documents would take minutes of process start-up in
    # files; --lines makes each line a document of its own
    c.path("tiny.txt", "".join(f"第{i}条。\n" for i in range(1_000_000)))
    status, out, _ = c.run("qx-clean", "--lines", "tiny.txt")
    c.expect(status == 0 and out.count("\n") == 1_000_000, "one line out per line in")


CASES = {f.__name__: f for f in (
    empty_file, directory, missing_file, random_bytes, nul_bytes, cut_multibyte,
    long_line_text, long_line_html, long_mojibake, deep_nesting, unclosed_tags, lying_meta, scan_traps,
    regex_traps, frontmatter_trap, million_documents)}


def main():
    bin_dir, name = sys.argv[1], sys.argv[2]
    if name == "--list":
        print("\n".join(CASES))
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        c = Case(bin_dir, tmp)
        CASES[name](c)
    for p in c.problems:
        print(f"{name}: {p}")
    print(f"{name}: {'ok' if not c.problems else 'FAILED'}")
    return 1 if c.problems else 0


if __name__ == "__main__":
    sys.exit(main())
