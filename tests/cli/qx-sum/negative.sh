# Negative values, a leading +, signs that cancel to 0 (never -0), and -0.
printf 'g\tvalue\na\t-12.5\na\t+12.5\nb\t-3\nb\t-0.25\nb\t+1\nc\t-0\nc\t-0.000\n' > n.tsv
"$QX_BIN/qx-sum" --by=g --stats=count,sum,min,max,median,mean,distinct n.tsv
