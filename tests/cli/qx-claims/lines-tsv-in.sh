# --lines and --tsv-in together make no sense: exit 2.
"$QX_BIN/qx-claims" --lines --tsv-in -
