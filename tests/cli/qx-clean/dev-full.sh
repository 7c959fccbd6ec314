# A full disk: "write error: No space left on device", exit 1.
[ -w /dev/full ] || { echo "no /dev/full" >&2; exit 77; }
cp "$QX_DATA/news.txt" .
"$QX_BIN/qx-clean" news.txt > /dev/full
