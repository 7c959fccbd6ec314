# "-" reads standard input, in its place among the files; --tsv names it "-".
cp "$QX_DATA/front.md" .
"$QX_BIN/qx-clean" --tsv front.md - < "$QX_DATA/news.txt"
