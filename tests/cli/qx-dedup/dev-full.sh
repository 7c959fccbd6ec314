# A full disk: "write error: No space left on device", exit 1.
[ -w /dev/full ] || { echo "no /dev/full" >&2; exit 77; }
printf '甲乙丙丁戊己庚。\n' > a.txt
"$QX_BIN/qx-dedup" -q a.txt > /dev/full
