# Group keys keep qingxi's escapes (\t \n \r \\) as written, in the keys
# and in the column names; different escapes are different groups.
printf 'a\\\\b\tvalue\nx\\ty\t1\nx\\ty\t2\nx\\\\ty\t3\nline\\nbreak\t4\n' > e.tsv
cat e.tsv
"$QX_BIN/qx-sum" --by='a\\b' e.tsv
