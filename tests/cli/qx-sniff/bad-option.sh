# qx-sniff has no stage options: --only is unknown to it. One line, the
# hint, exit 2; the prefix is the tool's name however it was invoked.
"$QX_BIN/qx-sniff" --only=decode news.txt
