# A missing file is reported and the rest read (exit 1); empty input and
# no input at all.
printf '一条新闻的正文在这里。\n' > a.txt
"$QX_BIN/qx-dedup" a.txt missing.txt a.txt; echo "exit $?"
: > empty.txt
"$QX_BIN/qx-dedup" empty.txt; echo "exit $?"
"$QX_BIN/qx-dedup" < /dev/null; echo "exit $?"
