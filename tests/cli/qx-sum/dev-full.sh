# A full disk: "write error: No space left on device", exit 1.
[ -w /dev/full ] || { echo "no /dev/full" >&2; exit 77; }
printf 'value\n5\n' > a.tsv
"$QX_BIN/qx-sum" a.tsv > /dev/full
