# Standard input with no FILE or as -, between files; one header out.
# CR LF line ends are read as LF. A reader that stops early is no error.
printf 'unit\tvalue\nkg\t1.5\n' > a.tsv
printf 'unit\tvalue\r\nkg\t2\r\nt\t3\r\n' | "$QX_BIN/qx-sum" --by=unit
printf 'unit\tvalue\nkg\t2\n' | "$QX_BIN/qx-sum" --by=unit a.tsv - a.tsv
printf 'unit\tvalue\nkg\t2\nt\t1\n' | "$QX_BIN/qx-sum" --by=unit | head -n 1; echo "exit $?"
