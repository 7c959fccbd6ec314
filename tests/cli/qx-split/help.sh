# --help goes to standard output, exit 0.
"$QX_BIN/qx-split" --help | head -n 2
