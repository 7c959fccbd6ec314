# CR LF input splits as LF input does, in every mode.
printf '甲。乙。\r\n丙\r\n' > crlf.txt
"$QX_BIN/qx-split" --no-header crlf.txt
"$QX_BIN/qx-split" --no-header --lines crlf.txt
printf 'text\r\n甲。乙。\r\n' | "$QX_BIN/qx-split" --no-header --tsv-in
