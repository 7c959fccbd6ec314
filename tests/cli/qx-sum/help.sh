# --help goes to standard output, exit 0.
"$QX_BIN/qx-sum" --help | head -n 1
