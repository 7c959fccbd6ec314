# --tsv-in: the TSV of qx-clean --tsv; doc and para carried over, \n and
# \t undone (a line break ends a sentence), not cleaned again.
printf '标题\n本报讯，县里开会。会议决定：修路！\n\n下一段。\n' > doc.txt
"$QX_BIN/qx-clean" --tsv doc.txt | "$QX_BIN/qx-split" --tsv-in
# columns found by name, wherever they are; no doc column: doc is the file,
# no para column: para is the row number
printf 'text\tpara\tdoc\nA\\tB。第二句\\n第三句\t7\tx.html\n' | "$QX_BIN/qx-split" --tsv-in --no-header
printf 'id\ttext\n1\t一。二。\n2\t三\n' | "$QX_BIN/qx-split" --tsv-in --no-header
# a byte-order mark before the header is no part of the first column's name
printf '\357\273\277doc\ttext\nbom.tsv\t有BOM。\n' | "$QX_BIN/qx-split" --tsv-in --no-header
