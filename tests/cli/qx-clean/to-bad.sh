# An unknown --to value: usage error, exit 2.
"$QX_BIN/qx-clean" --to=tw news.txt
