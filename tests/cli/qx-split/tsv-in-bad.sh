# --tsv-in: no text column is an error for that input; rows with fewer
# fields than the header are reported (the first, then how many), the
# others split; exit 1.
printf 'a\tb\n1\t2\n' | "$QX_BIN/qx-split" --tsv-in
printf 'doc\tpara\ttext\nx\t1\t一。\nshort\nx\t2\t二。\nshort too\n' > rows.tsv
"$QX_BIN/qx-split" --tsv-in --no-header rows.tsv
