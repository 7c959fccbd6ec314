# Rows with another number of fields than the header are reported (the
# first with its line, then the count) and left out: exit 1.
printf 'unit\tvalue\n名\t1\n名\n名\t2\textra\n名\t4\n' > r.tsv
"$QX_BIN/qx-sum" --by=unit --stats=count,sum r.tsv
