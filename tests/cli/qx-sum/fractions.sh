# Fractions p/q, as qx-claims writes values with no finite decimal, are
# exact: 1/3 three times is 1; a sum, min, max or median with no finite
# decimal is written p/q in lowest terms; the mean is rounded; 2/4 = 0.5.
printf 'unit\tvalue\nm2\t140000000/3\nm2\t2000/3\nm2\t1000\nx\t1/3\nx\t1/3\nx\t1/3\ny\t-1/3\ny\t0.5\nz\t2/4\nz\t0.5\nz\t1/7\n' > f.tsv
"$QX_BIN/qx-sum" --by=unit --stats=count,sum,min,max,median,mean,distinct f.tsv
