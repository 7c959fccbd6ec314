# --tsv-in without a text column is an error for that input, exit 1.
printf 'a\tb\n1\t2\n' | "$QX_BIN/qx-claims" --tsv-in
