# --version names the tool.
"$QX_BIN/qx-sum" --version | head -n 1 | cut -d' ' -f1-2
