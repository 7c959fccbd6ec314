#!/usr/bin/env python3
"""Generate lib/tables/charmodel.inc: a unigram model of Chinese web text.

For every BMP code point: a cost, -log2 of its probability in Chinese news
text in half-bit units (1..63), and its script class (simplified-only,
traditional-only or neither). The decoder scores candidate readings of a
byte string with the costs; qx_script_measure uses the classes.

Inputs (Debian packages, versions pinned below):
  python3-jieba   jieba/dict.txt: word frequencies of simplified Chinese;
                  a character's count is the sum over the words holding it
  libopencc-data  STCharacters, TSCharacters (dumped with opencc_dict):
                  which characters belong to one script only; a traditional
                  character inherits the frequency of its simplified form
  unicode-data    UnicodeData.txt (general categories) and Unihan (which
                  code points are assigned Han characters)

Non-Han characters get probabilities by class, set in class_probability()
below from what Chinese news pages hold: full-width commas and stops are
as common as the commonest characters, ASCII letters and digits common,
kana, Hangul, box drawing and Cyrillic rare, controls and unassigned code
points almost never.

usage: tools/gen-charmodel.py [OUTPUT]   (default lib/tables/charmodel.inc)
"""
import bz2
import math
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import qxgen  # noqa: E402
from qxgen import c_array, check_pin, write_if_changed  # noqa: E402

PINS = {
    "python3-jieba": "0.42.1-3",
    "libopencc-data": "1.1.6+ds1-1",
    "unicode-data": "15.0.0-1",
}
JIEBA_DICT = "/usr/lib/python3/dist-packages/jieba/dict.txt"
UCD = "/usr/share/unicode"

HAN_SHARE = 0.72      # share of Han characters in Chinese news text
MAX_COST = 63         # half-bits: 31.5 bits, "never seen"

SCRIPT_SIMPLIFIED = 1
SCRIPT_TRADITIONAL = 2


def is_han(cp):
    return (0x3400 <= cp <= 0x4DBF or 0x4E00 <= cp <= 0x9FFF or 0xF900 <= cp <= 0xFAFF)


def read_unicode_data():
    """General category of every BMP code point (ranges expanded)."""
    cats = {}
    first = None
    with open(os.path.join(UCD, "UnicodeData.txt"), encoding="utf-8") as f:
        for line in f:
            fields = line.split(";")
            cp = int(fields[0], 16)
            if cp > 0xFFFF:
                continue
            name, cat = fields[1], fields[2]
            if name.endswith(", First>"):
                first = cp
                continue
            if name.endswith(", Last>") and first is not None:
                for c in range(first, cp + 1):
                    cats[c] = cat
                first = None
                continue
            cats[cp] = cat
    return cats


def read_unihan_assigned():
    han = set()
    with bz2.open(os.path.join(UCD, "Unihan_IRGSources.txt.bz2"), "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("U+"):
                cp = int(line.split("\t", 1)[0][2:], 16)
                if cp <= 0xFFFF:
                    han.add(cp)
    return han


def read_jieba_counts():
    counts = {}
    with open(JIEBA_DICT, encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) < 2:
                continue
            word, freq = parts[0], int(parts[1])
            for ch in word:
                cp = ord(ch)
                if is_han(cp):
                    counts[cp] = counts.get(cp, 0) + freq
    return counts


def read_opencc(name):
    """OpenCC dictionary NAME as {key: [values]}, single characters only, as
    code points."""
    return {ord(key): [ord(v) for v in values if len(v) == 1]
            for key, values in qxgen.read_opencc(name).items() if len(key) == 1}


def script_classes(st, ts):
    """Characters found in one script only, by OpenCC's character tables."""
    st_values = {v for vals in st.values() for v in vals}
    ts_values = {v for vals in ts.values() for v in vals}
    simplified = {k for k, vals in st.items() if k not in vals} - set(ts) - st_values
    traditional = {k for k, vals in ts.items() if k not in vals} - set(st) - ts_values
    return simplified, traditional


# Probabilities of the commonest non-Han characters in Chinese news pages.
SPECIFIC = {
    0x0A: 2 ** -6.5, 0x20: 2 ** -5.5, 0x09: 2 ** -9, 0x0D: 2 ** -8,
    0xFF0C: 2 ** -4.6, 0x3002: 2 ** -5.3, 0x3001: 2 ** -6.6,
    0x201C: 2 ** -7, 0x201D: 2 ** -7, 0x2018: 2 ** -10, 0x2019: 2 ** -10,
    0xFF1A: 2 ** -8, 0xFF1B: 2 ** -9, 0xFF01: 2 ** -9, 0xFF1F: 2 ** -9,
    0xFF08: 2 ** -8, 0xFF09: 2 ** -8, 0x300A: 2 ** -9, 0x300B: 2 ** -9,
    0x300C: 2 ** -7.5, 0x300D: 2 ** -7.5, 0x300E: 2 ** -10, 0x300F: 2 ** -10,
    0x3010: 2 ** -10, 0x3011: 2 ** -10, 0x3000: 2 ** -8,
    0x2014: 2 ** -10, 0x2026: 2 ** -10, 0x00B7: 2 ** -10, 0x2022: 2 ** -12,
    0x00A0: 2 ** -11, 0xFF05: 2 ** -11, 0x2103: 2 ** -13, 0xFEFF: 2 ** -16,
    0xFFFD: 2 ** -20,
}


def class_probability(cp, cat):
    """Probability of a non-Han code point, by what kind of character it is."""
    if cp in SPECIFIC:
        return SPECIFIC[cp]
    if cp < 0x80:
        if cp < 0x20 or cp == 0x7F:
            return 0.0
        ch = chr(cp)
        if ch.isdigit():
            return 2 ** -8.4
        if ch.isalpha():
            return 2 ** -9.5
        return 2 ** -9
    if cp < 0xA0:
        return 0.0                         # C1 controls
    if cp < 0x100:
        return 2 ** -12.3 if cat.startswith("L") else 2 ** -13
    if 0xFF10 <= cp <= 0xFF5A:
        return 2 ** -13                    # full-width digits and letters
    if 0xFF01 <= cp <= 0xFF65 or 0xFFE0 <= cp <= 0xFFE6:
        return 2 ** -12
    if 0x3000 <= cp <= 0x303F:
        return 2 ** -14
    if 0x2000 <= cp <= 0x206F:
        return 2 ** -16
    if 0x3040 <= cp <= 0x30FF:
        return 2 ** -17                    # kana
    if 0x2460 <= cp <= 0x24FF or 0x2160 <= cp <= 0x217F or 0x3220 <= cp <= 0x324F:
        return 2 ** -15                    # ①, Ⅳ, ㈠
    if 0x0391 <= cp <= 0x03C9 or 0x0401 <= cp <= 0x0451:
        return 2 ** -18                    # Greek and Cyrillic letters
    if 0x2500 <= cp <= 0x25FF:
        return 2 ** -17                    # box drawing, geometric shapes
    if 0xAC00 <= cp <= 0xD7A3:
        return 2 ** -20                    # Hangul
    if 0xE000 <= cp <= 0xF8FF:
        return 2 ** -30                    # private use
    if cat in ("Cn", "Cs", "Cc", "Co", "") or cat is None:
        return 0.0
    if cat.startswith("L"):
        return 2 ** -19
    if cat.startswith(("S", "P", "N")):
        return 2 ** -17
    return 2 ** -22


def cost_of(p):
    if p <= 0:
        return MAX_COST
    return max(1, min(MAX_COST, round(-2 * math.log2(p))))


def build_values():
    cats = read_unicode_data()
    assigned_han = read_unihan_assigned()
    counts = read_jieba_counts()
    st = read_opencc("STCharacters")
    ts = read_opencc("TSCharacters")
    simplified, traditional = script_classes(st, ts)

    total = sum(counts.values())
    prob = {cp: HAN_SHARE * n / total for cp, n in counts.items()}
    # A traditional character is as common in traditional text as its
    # simplified form is in simplified text.
    for t, vals in ts.items():
        if vals and is_han(t):
            inherited = max(prob.get(v, 0.0) for v in vals)
            prob[t] = max(prob.get(t, 0.0), inherited)
    rare_han = HAN_SHARE * 0.5 / total

    values = []
    for cp in range(0x10000):
        if is_han(cp):
            p = prob.get(cp, rare_han if cp in assigned_han else 0.0)
        else:
            p = class_probability(cp, cats.get(cp))
        script = 0
        if cp in simplified:
            script = SCRIPT_SIMPLIFIED
        elif cp in traditional:
            script = SCRIPT_TRADITIONAL
        values.append(cost_of(p) | (script << 6))
    return values, len(simplified), len(traditional)


def two_stage(values, block=256):
    blocks, index = [], []
    seen = {}
    for start in range(0, len(values), block):
        chunk = tuple(values[start:start + block])
        if chunk not in seen:
            seen[chunk] = len(blocks)
            blocks.append(chunk)
        index.append(seen[chunk])
    return index, [v for b in blocks for v in b]


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "lib/tables/charmodel.inc"
    versions = {pkg: check_pin(pkg, pin) for pkg, pin in PINS.items()}
    values, n_simp, n_trad = build_values()
    stage1, stage2 = two_stage(values)
    assert len(stage2) // 256 <= 256
    prov = ", ".join(f"{p} {v}" for p, v in versions.items())
    text = (
        f"/* Generated by tools/gen-charmodel.py from {prov}. Do not edit. */\n"
        "/* value = cost (bits 0-5: -log2 p in half bits, 63 = never seen)\n"
        " *       | script << 6 (1 simplified-only, 2 traditional-only) */\n"
        f'#define QX_CHARMODEL_DATA_VERSION "jieba {versions["python3-jieba"]}; '
        f'opencc {versions["libopencc-data"]}; unicode {versions["unicode-data"]}"\n'
        f"#define QX_CHARMODEL_SIMPLIFIED_ONLY {n_simp}\n"
        f"#define QX_CHARMODEL_TRADITIONAL_ONLY {n_trad}\n\n"
        + c_array("charmodel_stage1", "unsigned char", stage1)
        + "\n"
        + c_array("charmodel_stage2", "unsigned char", stage2, per_line=32)
    )
    write_if_changed(out, text)


if __name__ == "__main__":
    main()
