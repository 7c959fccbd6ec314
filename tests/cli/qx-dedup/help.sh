# --help goes to standard output, exit 0.
"$QX_BIN/qx-dedup" --help | head -n 2
