# Usage errors: an unknown statistic, an empty column name, a bad --places,
# an unknown option. Each exits 2 with one line and the hint; nothing read.
printf 'value\n1\n' > a.tsv
"$QX_BIN/qx-sum" --stats=count,total a.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --by=unit,,kind a.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --stats= a.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --places=-1 a.tsv; echo "exit $?"
"$QX_BIN/qx-sum" --sum a.tsv
