# Every statistic: count, numeric, sum, min, max, median (odd count: the
# middle one; even: the mean of the two middle ones), mean (exact when it
# ends, else 15 places or --places, half to even), distinct (2.50 = 2.5).
printf 'g\tvalue\na\t3\na\t1\na\t2\nb\t2.50\nb\t1\nb\t2.5\nb\t10\nc\t1\nc\t2\nc\t2\n' > v.tsv
"$QX_BIN/qx-sum" --by=g --stats=count,numeric,sum,min,max,median,mean,distinct v.tsv
"$QX_BIN/qx-sum" --by=g --stats=mean,median,min --places=3 v.tsv
"$QX_BIN/qx-sum" --by=g --stats=mean --places=0 v.tsv
