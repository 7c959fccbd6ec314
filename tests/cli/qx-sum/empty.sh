# No rows: without --by one row all the same (count 0, sum 0, the rest
# empty); with --by, the header alone. An empty file is worth a warning.
printf 'unit\tvalue\n' > h.tsv
: > empty.tsv
"$QX_BIN/qx-sum" --stats=count,sum,min,mean,distinct h.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --by=unit h.tsv; echo "exit $?"
"$QX_BIN/qx-sum" empty.tsv; echo "exit $?"
