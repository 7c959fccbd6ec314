# An unknown short option: one line naming it, then the hint; exit 2.
"$QX_BIN/qx-clean" -x news.txt
