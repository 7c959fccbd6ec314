# Exact arithmetic: 0.1 ten times is 1; 20-digit values; a sum beyond 2^64;
# 100,000 values of 20 digits and 2 decimals; tiny and huge together.
awk 'BEGIN { print "value"; for (i = 0; i < 10; i++) print "0.1" }' > tenths.tsv
"$QX_BIN/qx-sum" --stats=sum,mean tenths.tsv
printf 'value\n18446744073709551615\n1\n' > u64.tsv
"$QX_BIN/qx-sum" --stats=sum,max u64.tsv
awk 'BEGIN { print "value"; for (i = 0; i < 100000; i++) print "99999999999999999999.99" }' > big.tsv
"$QX_BIN/qx-sum" --stats=count,sum,mean,median big.tsv
printf 'value\n0.00000000000000000000001\n100000000000000000000000\n-100000000000000000000000\n' > wide.tsv
"$QX_BIN/qx-sum" --stats=sum,min,max,median wide.tsv
