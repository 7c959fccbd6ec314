# --skip=boilerplate keeps the trailer lines (责任编辑, 上一篇, 下一篇);
# the other stages still run (the full-width indent goes).
cp "$QX_DATA/news.txt" .
"$QX_BIN/qx-clean" --skip=boilerplate news.txt
