# --meta=title,date adds one column per key, empty when a document lacks it;
# the front-matter title also becomes paragraph 1 with role "title".
cp "$QX_DATA/front.md" "$QX_DATA/page.html" .
"$QX_BIN/qx-clean" --tsv --meta=title,date front.md page.html
