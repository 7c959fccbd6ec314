#!/usr/bin/env python3
"""qx-clean on the seed articles: what must go, what must stay.

usage: seeds.py QX_CLEAN SEEDS_DIR

For each seed: no tag or tag text left (no <...>, no imsig), no front-matter
line, no trailer line (上一篇, 下一篇, (0), 責編:, 分享:, 推薦閱讀, the
lottery spam line, the editor credit), the headline as the first paragraph,
and every sentence of the body kept, by the stages of issue 2 (repair and
punct, which rewrite sentences, are skipped; tests/repair checks those). The body is every text line of the
seed (tags stripped, front matter and trailers aside); a sentence ends with
。！？ or the line. Skips (77) when the seeds are absent.
"""
import html
import os
import re
import subprocess
import sys

TRAILER = re.compile(r"^(上一篇|下一篇|\(0\)$|責編:|分享:$|推薦閱讀$|黑龙江快乐十分直播$|（编辑/)")
LEFTOVER = re.compile(r"<[^>]*>|imsig|^---$|^(title|categories|headimg|author|comments|date|thumbnail):")


def body_lines(raw):
    text = raw
    front = re.match(r"\s*---\n(.*?)\n---\n", text, re.S)
    title = None
    if front:
        m = re.search(r"^title:\s*'?(.*?)'?\s*$", front.group(1), re.M)
        title = m.group(1) if m else None
        text = text[front.end():]
    text = re.sub(r"<[^>]+>", "\n", text)
    lines = [re.sub(r"\s+", " ", html.unescape(l)).strip() for l in text.split("\n")]
    lines = [l.strip("\u3000 ") for l in lines]
    return title, [l for l in lines if l and not TRAILER.search(l)]


def sentences(line):
    return [s for s in re.split(r"(?<=[。！？!?])", line) if s.strip()]


def main():
    tool, seeds = sys.argv[1], sys.argv[2]
    if not os.path.isdir(seeds):
        print(f"seeds: {seeds} absent; skipped")
        return 77
    failures = 0
    for name in sorted(os.listdir(seeds)):
        raw = open(os.path.join(seeds, name), encoding="utf-8").read()
        out = subprocess.run([tool, "--skip=repair,punct", os.path.join(seeds, name)], capture_output=True, text=True).stdout
        paras = out.split("\n")
        title, body = body_lines(raw)
        problems = [f"left over: {p}" for p in paras if LEFTOVER.search(p) or TRAILER.search(p)]
        headline = title or body[0]
        if paras[0] != headline:
            problems.append(f"first paragraph is not the headline {headline!r}: {paras[0]!r}")
        kept = "\n".join(paras)
        missing = [s for l in body for s in sentences(l) if s.strip() not in kept]
        problems += [f"lost: {s}" for s in missing]
        total = sum(len(sentences(l)) for l in body)
        print(f"{name}: {len(paras) - 1} paragraphs, {total - len(missing)}/{total} body sentences "
              f"kept, {len(problems)} problems")
        for p in problems[:10]:
            print("   ", p)
        failures += bool(problems)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
