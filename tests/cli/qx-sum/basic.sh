# Group by one column: count and sum (the default), groups in the order of
# their first rows, the by-column then count and sum_value.
printf 'unit\tvalue\n名\t4000\nCNY\t2438000000\n名\t20\n%%\t70\nCNY\t1800000.5\n' > claims.tsv
"$QX_BIN/qx-sum" --by=unit claims.tsv
