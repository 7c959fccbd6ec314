# --lines on CR LF input: one LF-terminated line per input line, no CR.
printf '第一行。\r\n\r\n第三行，前面是空行。\r\n' > crlf.txt
"$QX_BIN/qx-clean" --lines crlf.txt
