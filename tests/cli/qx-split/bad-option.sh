# An unknown option: exit 2, nothing read, the hint to --help.
"$QX_BIN/qx-split" --frobnicate -
