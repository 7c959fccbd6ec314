# GB18030 bytes are detected by statistics; -e names the encoding instead
# (detected_by "caller", the encoding column shows the name as given).
cp "$QX_DATA/notice.txt" .
iconv -f UTF-8 -t GB18030 notice.txt > notice-gb.txt || exit 77
"$QX_BIN/qx-sniff" notice.txt notice-gb.txt &&
"$QX_BIN/qx-sniff" --no-header -e gbk notice-gb.txt
