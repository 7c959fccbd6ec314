# --help: usage on stdout, exit 0; it names the options and the difference
# from OpenCC.
"$QX_BIN/qx-conv" --help | grep -E '^(Usage|      --to|  --to=simp writes)'
