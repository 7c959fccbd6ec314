# A column that the first header lacks, or has twice, is a usage error
# naming it (exit 2, nothing written); so is a --field it lacks when a
# statistic needs it. count alone needs no value column.
printf 'doc\tpara\trole\ttext\nx\t1\ttext\thello\nx\t2\ttitle\thi\n' > p.tsv
"$QX_BIN/qx-sum" --by=unit p.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --by=role p.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --by=role --stats=count p.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --field=para --stats=sum,max p.tsv; echo "exit $?"
printf 'value\tvalue\n1\t2\n' | "$QX_BIN/qx-sum"; echo "exit $?"
