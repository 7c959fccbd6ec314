# No operand reads standard input. The trailer lines are dropped.
"$QX_BIN/qx-clean" < "$QX_DATA/news.txt"
