# Empty and non-numeric values (thousands separators, exponents, spaces,
# n/0) count as rows but not in the sums: one warning per file, with the
# first line; -q silences it, and the exit status stays 0. count and
# distinct, which skip nothing, warn of nothing.
printf 'g\tvalue\na\t1\na\t\na\t1,000\nb\t1e5\nb\t 2\nb\t2\nb\t1/0\nb\tabc\n' > v.tsv
printf 'g\tvalue\na\t5\n' > w.tsv
"$QX_BIN/qx-sum" --by=g --stats=count,numeric,sum,min,mean,distinct v.tsv w.tsv; echo "exit $?"
"$QX_BIN/qx-sum" -q --by=g v.tsv; echo "exit $?"
printf 'g\tvalue\na\tx\n' | "$QX_BIN/qx-sum" --by=g --stats=sum,max; echo "exit $?"
"$QX_BIN/qx-sum" --by=g --stats=count,distinct v.tsv; echo "exit $?"
