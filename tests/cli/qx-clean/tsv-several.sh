# Several files with --tsv: one header line, then every file's rows.
cp "$QX_DATA/news.txt" "$QX_DATA/front.md" "$QX_DATA/page.html" .
"$QX_BIN/qx-clean" --tsv news.txt front.md page.html
