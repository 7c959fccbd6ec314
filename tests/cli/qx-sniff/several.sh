# Several files: one header line, one row per file; the title column comes
# from front matter or the HTML head.
cp "$QX_DATA/news.txt" "$QX_DATA/front.md" "$QX_DATA/page.html" .
"$QX_BIN/qx-sniff" news.txt front.md page.html
