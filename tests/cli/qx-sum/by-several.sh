# Several by-columns: a group per combination, in the order of first
# appearance, the columns in the order of --by; without --by, one group.
printf 'doc\tunit\tkind\tvalue\na\t名\tcount\t1\na\tCNY\tmoney\t10\nb\t名\tcount\t2\na\t名\tdate\t2020\nb\tCNY\tmoney\t5\n' > c.tsv
"$QX_BIN/qx-sum" --by=kind,unit c.tsv
"$QX_BIN/qx-sum" -b doc,kind -s count c.tsv
"$QX_BIN/qx-sum" c.tsv
