# --tsv-docs=FIELD: a document per row, named by its doc column (else
# FILE:LINE), escapes undone; a missing column is an error for the file.
printf 'doc\tbody\nnews-1\t<p>第一段</p><p>第二段</p>\n\t5吨\n' > docs.tsv
"$QX_BIN/qx-clean" --tsv --tsv-docs=body docs.tsv
"$QX_BIN/qx-clean" --tsv-docs=text docs.tsv
