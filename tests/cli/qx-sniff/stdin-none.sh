# No operand reads standard input.
"$QX_BIN/qx-sniff" < "$QX_DATA/page.html"
