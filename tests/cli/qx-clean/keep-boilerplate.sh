# --keep-boilerplate is the same as --skip=boilerplate.
cp "$QX_DATA/news.txt" .
"$QX_BIN/qx-clean" --keep-boilerplate news.txt
