# --no-header: the same rows without the header line.
cp "$QX_DATA/news.txt" "$QX_DATA/front.md" .
"$QX_BIN/qx-clean" --tsv --no-header news.txt front.md
