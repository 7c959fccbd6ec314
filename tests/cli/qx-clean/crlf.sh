# CR LF input gives exactly the output of the same text with LF: no CR left.
printf '记者从市交通局获悉，地铁三号线今天开通。\r\n\r\n首日客流超过十万人次。\r\n' > crlf.txt
tr -d '\r' < crlf.txt > lf.txt
"$QX_BIN/qx-clean" crlf.txt lf.txt
