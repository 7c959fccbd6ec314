# --lines and --tsv together are a usage error.
"$QX_BIN/qx-clean" --lines --tsv
