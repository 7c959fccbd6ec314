# --version names the tool and the data.
"$QX_BIN/qx-dedup" --version | head -n 1 | cut -d' ' -f1-2
