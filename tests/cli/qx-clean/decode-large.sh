# --only=decode converts a large document a piece at a time: the output
# and the messages must be those of decoding it whole (as --tsv does), in
# every encoding, with damage next to the places a piece may end.
python3 - <<'PY'
import random
rng = random.Random(7)
han = [chr(c) for c in range(0x4E00, 0x9FA6, 7)]
big5 = [c for c in han if c.encode("big5", "ignore")]
def text(chars, n, ends=("\n", "\r\n", " ", "，", "1. ", "\t")):
    out, size = [], 0
    while size < n:
        out.append("".join(rng.choices(chars, k=rng.randint(0, 90))) + rng.choice(ends))
        size += len(out[-1])
    return "".join(out)
def damage(data, junk):
    data = bytearray(data)
    for _ in range(400):
        i = rng.randrange(len(data))
        data[i:i] = rng.choice(junk)
    return bytes(data)
lead = [b"\x81", b"\xfe", b"\x81\x30", b"\x81\x30\x81", b"\xff", b"\x81\n", b"\xa4 ", b"\x80"]
# a lead byte and a digit just before the first place to cut: cut there,
# the character would look cut off by the end, not bad
gb = "长".encode("gb18030") * 524287 + b"\x81\x30\n"
gb += damage(text(han + ["\U00020000", "€", "a"], 2_600_000).encode("gb18030"), lead)
gb += "长".encode("gb18030") * 700_000 + b"\n"  # 1.4 MB with no place to cut
open("gb18030.txt", "wb").write(gb)
open("big5.txt", "wb").write(damage(text(big5, 2_600_000).encode("big5"), lead))
utf8 = b"\xef\xbb\xbf" + text(han, 2_000_000).encode()
utf8 = damage(utf8, [b"\xef\xbb\xbf", b"\n\xef\xbb\xbf", b"\xe4", b"\xe4\xb8", b"\xc0\n", b"\xff"])
open("utf8.txt", "wb").write(utf8)
latin = text([chr(c) for c in range(0x20, 0x7f)] + list("éü€—"), 5_000_000, ("\n", " "))
open("cp1252.txt", "wb").write(damage(latin.encode("cp1252"), [b"\x81", b"\x9d", b"\x8f\n"]))
open("utf16.txt", "wb").write(text(han, 2_100_000).encode("utf-16le"))
PY
whole() {
    "$QX_BIN/qx-clean" --only=decode --tsv --no-header "$@" 2> whole.err | python3 -c '
import re, sys
field = sys.stdin.buffer.read().rstrip(b"\n").split(b"\t", 3)[3]
esc = {b"t": b"\t", b"n": b"\n", b"r": b"\r", b"\\": b"\\"}
out = re.sub(rb"\\(.)", lambda m: esc[m.group(1)], field, flags=re.S)
sys.stdout.buffer.write(out + (b"" if out.endswith(b"\n") else b"\n"))'
}
for args in "gb18030.txt" "-e GB18030 gb18030.txt" "-e BIG5 big5.txt" "utf8.txt" \
            "-e WINDOWS-1252 cp1252.txt" "-e UTF-16LE utf16.txt"; do
    "$QX_BIN/qx-clean" --only=decode $args > pieces.out 2> pieces.err
    whole $args > whole.out
    if cmp -s pieces.out whole.out && cmp -s pieces.err whole.err; then
        echo "$args: same ($(wc -l < pieces.err) message)"
    else
        echo "$args: differs"; cmp pieces.out whole.out; diff pieces.err whole.err
    fi
done
