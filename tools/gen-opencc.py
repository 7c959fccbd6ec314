#!/usr/bin/env python3
"""Generate lib/tables/opencc.inc: traditional <-> simplified conversion.

OpenCC's t2s and s2t configurations convert by longest match: at each
position the longest key of the Phrases dictionary that starts there, else
the character's entry in the Characters dictionary, else the character as
it is; each entry's first value. These tables do the same:

  PREFIX_stage1[cp >> 8]      block of 256 entries in the stage-2 arrays
  PREFIX_map[block + low]     the character's conversion as UTF-8 bytes
                              packed little-endian (byte 0 in bits 0-7);
                              0 when it stays as it is
  PREFIX_root[block + low]    trie node (roots come first, below 65536) of the phrases that start with the
                              character; 0 when none do
  PREFIX_node_*               the trie: node n's children are nodes
                              child[n] .. child[n] + nchild[n] - 1, sorted
                              by label (a code point); value_len[n] > 0
                              when a phrase ends at n, its conversion being
                              value_len[n] bytes of PREFIX_values from
                              value_at[n]

Intentional differences from OpenCC (documented in qx-conv(1), section
DIFFERENCES FROM OPENCC, man/qx-conv.x) are applied here, from the lists
below:

  T2S_ZHE  OpenCC's t2s keeps 著 everywhere (its issue #555), though
           simplified Chinese writes the particle and the verb zhuó as 着
           (看着, 决定着, 着急, 穿着, 执着) and keeps 著 only for zhù,
           "write; notable" (著名, 著作, 显著, 名著). We map 著 to 着 and
           add the zhù words as phrases that keep 著.

Input: libopencc-data's TSCharacters, TSPhrases, STCharacters, STPhrases,
dumped with opencc_dict (from the opencc package); version pinned below.

usage: tools/gen-opencc.py [OUTPUT]   (default lib/tables/opencc.inc)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from qxgen import c_array, check_pin, read_opencc, write_if_changed  # noqa: E402

PINS = {"libopencc-data": "1.1.6+ds1-1"}

# Words in which 著 is zhù and stays 著 in simplified script. Traditional
# spelling; the other characters are converted as TSCharacters says.
ZHU_WORDS = """
著名 著作 著述 著稱 著書 著者 著錄 著譯 著作權 著書立說
編著 合著 論著 巨著 名著 原著 專著 遺著 譯著 拙著 新著 大著 撰著 所著
顯著 卓著 昭著 彰著 較著 土著
""".split()


def dump(name):
    """OpenCC dictionary NAME as {key: first value}, as OpenCC uses it."""
    return {key: values[0] for key, values in read_opencc(name).items()}


def t2s_overrides(chars, phrases):
    """The documented differences from OpenCC's t2s."""
    chars = dict(chars)
    phrases = dict(phrases)
    chars["著"] = "着"
    for word in ZHU_WORDS:
        if word not in phrases:
            phrases[word] = "".join(c if c == "著" else chars.get(c, c) for c in word)
    return chars, phrases


def pack_utf8(text):
    data = text.encode("utf-8")
    assert len(data) <= 4
    return int.from_bytes(data, "little")


class Trie:
    def __init__(self, phrases):
        self.children = [{}]   # node 0: the root of all roots
        self.value = [None]
        for key, value in phrases.items():
            node = 0
            for ch in key:
                nxt = self.children[node].get(ch)
                if nxt is None:
                    nxt = len(self.children)
                    self.children.append({})
                    self.value.append(None)
                    self.children[node][ch] = nxt
                node = nxt
            self.value[node] = value

    def layout(self):
        """Nodes renumbered breadth first, so siblings are contiguous.
        Returns (roots {first char: node}, label, child, nchild, value)."""
        order = [0]
        number = {0: 0}
        i = 0
        while i < len(order):
            for ch in sorted(self.children[order[i]], key=ord):
                number[self.children[order[i]][ch]] = len(order)
                order.append(self.children[order[i]][ch])
            i += 1
        label, child, nchild, value = [], [], [], []
        for old in order:
            kids = sorted(self.children[old], key=ord)
            child.append(number[self.children[old][kids[0]]] if kids else 0)
            nchild.append(len(kids))
            value.append(self.value[old])
        label = [0] * len(order)
        for old in order:
            for ch, kid in self.children[old].items():
                label[number[kid]] = ord(ch)
        roots = {ch: number[kid] for ch, kid in self.children[0].items()}
        return roots, label, child, nchild, value


def direction(prefix, chars, phrases):
    # the converter reserves 4/3 of its input: 3-byte characters may become
    # 4-byte ones, never more
    for key, value in list(chars.items()) + list(phrases.items()):
        assert 3 * len(value.encode("utf-8")) <= 4 * len(key.encode("utf-8")), key
        assert len(value) == len(key), key
        assert "\n" not in key, key  # the converter decides whole lines at once
    roots, label, child, nchild, value = Trie(phrases).layout()
    blob = bytearray()
    value_at, value_len = [], []
    for v in value:
        data = v.encode("utf-8") if v is not None else b""
        assert len(data) < 256
        value_at.append(len(blob) if data else 0)
        value_len.append(len(data))
        blob += data
    # stage-2 blocks shared between identical (map, root) pages
    blocks, stage1, stage2_map, stage2_root = {}, [], [], []
    for hi in range(0x1100):
        cps = [chr(cp) for cp in range(hi << 8, (hi + 1) << 8)]
        page_map = tuple(pack_utf8(chars[c]) if chars.get(c, c) != c else 0 for c in cps)
        page_root = tuple(roots.get(c, 0) for c in cps)
        page = (page_map, page_root)
        if page not in blocks:
            blocks[page] = len(blocks)
            stage2_map.extend(page_map)
            stage2_root.extend(page_root)
        stage1.append(blocks[page])
    max_key = max(len(k.encode("utf-8")) for k in phrases)
    assert max(nchild) < 65536 and len(blocks) < 65536 and max(roots.values()) < 65536
    return (
        f"#define {prefix.upper()}_MAX_KEY_BYTES {max_key}\n"
        f"#define {prefix.upper()}_PHRASES {len(phrases)}\n"
        f"#define {prefix.upper()}_CHARACTERS {len(chars)}\n\n"
        + c_array(f"{prefix}_stage1", "unsigned short", stage1, per_line=16) + "\n"
        + c_array(f"{prefix}_map", "unsigned int", stage2_map, per_line=8) + "\n"
        + c_array(f"{prefix}_root", "unsigned short", stage2_root, per_line=16) + "\n"
        + c_array(f"{prefix}_node_label", "unsigned int", label, per_line=12) + "\n"
        + c_array(f"{prefix}_node_child", "unsigned int", child, per_line=12) + "\n"
        + c_array(f"{prefix}_node_nchild", "unsigned short", nchild, per_line=16) + "\n"
        + c_array(f"{prefix}_node_value_at", "unsigned int", value_at, per_line=12) + "\n"
        + c_array(f"{prefix}_node_value_len", "unsigned char", value_len, per_line=24) + "\n"
        + c_array(f"{prefix}_values", "unsigned char", list(blob), per_line=24) + "\n"
    )


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else "lib/tables/opencc.inc"
    version = check_pin("libopencc-data", PINS["libopencc-data"])
    t2s_chars, t2s_phrases = t2s_overrides(dump("TSCharacters"), dump("TSPhrases"))
    s2t_chars, s2t_phrases = dump("STCharacters"), dump("STPhrases")
    text = (
        f"/* Generated by tools/gen-opencc.py from libopencc-data {version} "
        "(TSCharacters, TSPhrases, STCharacters, STPhrases), with the documented "
        "differences of qx-conv(1). Do not edit. */\n"
        "\n"
        + direction("t2s", t2s_chars, t2s_phrases)
        + direction("s2t", s2t_chars, s2t_phrases)
    )
    write_if_changed(out, text)


if __name__ == "__main__":
    main()
