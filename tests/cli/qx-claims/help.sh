# --help goes to standard output, exit 0.
"$QX_BIN/qx-claims" --help | head -n 1
