# A missing file among good ones: reported as "qx-clean: FILE: reason",
# the other files still cleaned, exit 1 at the end.
cp "$QX_DATA/news.txt" "$QX_DATA/front.md" .
"$QX_BIN/qx-clean" news.txt missing.txt front.md
