# A reader that stops early (head) ends the tool quietly.
python3 -c 'import sys; sys.stdout.write("頭髮乾燥\n" * 500000)' > big.txt
"$QX_BIN/qx-conv" --to=simp big.txt | head -2
