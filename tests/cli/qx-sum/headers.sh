# Every file needs the first file's header (a UTF-8 byte-order mark and CR
# LF aside): one that differs (another column, another order, another
# width) or a missing file is reported as "qx-sum: FILE: message" and
# skipped; the rest are read, exit 1.
printf 'unit\tvalue\n名\t1\n' > a.tsv
printf 'unit\tvalue\n名\t2\n' > b.tsv
printf '\357\273\277unit\tvalue\r\n名\t4\r\n' > bom.tsv
printf 'value\tunit\n3\t名\n' > swapped.tsv
printf 'unit\tvalue\tkind\n名\t4\tcount\n' > wider.tsv
"$QX_BIN/qx-sum" --by=unit a.tsv swapped.tsv missing.tsv wider.tsv b.tsv bom.tsv
