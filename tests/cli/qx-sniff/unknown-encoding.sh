# -e with a name iconv does not know: usage error, exit 2, no header.
cp "$QX_DATA/news.txt" .
"$QX_BIN/qx-sniff" -e NO-SUCH-CHARSET news.txt
