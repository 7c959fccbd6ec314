# --no-header: the rows only.
cp "$QX_DATA/news.txt" "$QX_DATA/front.md" .
"$QX_BIN/qx-sniff" --no-header news.txt front.md
