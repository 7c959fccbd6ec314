# A line far longer than the 1 MiB read block, with phrases across every
# block boundary: the same as converting it in one piece (no line breaks
# needed for streaming).
python3 -c 'import sys; sys.stdout.write("乾燥的頭髮後來" * 300000)' > long.txt
"$QX_BIN/qx-conv" --to=simp long.txt > out.txt
python3 -c 'import sys; d=open("out.txt",encoding="utf-8").read(); print(len(d), d == "干燥的头发后来" * 300000)'
