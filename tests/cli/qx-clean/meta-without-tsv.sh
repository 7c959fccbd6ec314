# --meta only makes sense with --tsv.
"$QX_BIN/qx-clean" --meta=title
