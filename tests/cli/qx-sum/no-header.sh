# --no-header drops the header line of the output (the input still needs
# one).
printf 'unit\tvalue\nkg\t1\nt\t2\nkg\t3\n' | "$QX_BIN/qx-sum" --no-header --by=unit --stats=sum,count
