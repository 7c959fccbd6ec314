# -e with a name iconv does not know: usage error, exit 2, no output.
cp "$QX_DATA/news.txt" .
"$QX_BIN/qx-clean" -e NO-SUCH-CHARSET news.txt
