# A missing file among good ones: reported, the others described, exit 1.
cp "$QX_DATA/news.txt" "$QX_DATA/front.md" .
"$QX_BIN/qx-sniff" news.txt missing.txt front.md
