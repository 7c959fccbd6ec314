# --only with a stage that does not exist: usage error naming it, exit 2,
# nothing read or written.
cp "$QX_DATA/news.txt" .
"$QX_BIN/qx-clean" --only=decode,tidy news.txt
