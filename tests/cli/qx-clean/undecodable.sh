# Bytes that are not valid in the named encoding become U+FFFD, with a
# warning giving the count, the first offset and the encoding; exit 0.
printf '北京\377\376今天晴。\n' > bad.txt
"$QX_BIN/qx-clean" -e UTF-8 bad.txt
