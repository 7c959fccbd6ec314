# "-" reads standard input, in its place among the files; its doc is "-".
cp "$QX_DATA/front.md" .
"$QX_BIN/qx-sniff" front.md - < "$QX_DATA/news.txt"
