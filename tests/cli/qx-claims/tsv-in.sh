# --tsv-in: qx-clean's TSV, doc and para carried over, escapes undone.
printf '首行\n投入100万元\n' > doc.txt
"$QX_BIN/qx-clean" --tsv doc.txt | "$QX_BIN/qx-claims" --tsv-in | cut -f1-2,6-9
printf 'doc\ttext\nx\t第一行\\n投入5万元\n' | "$QX_BIN/qx-claims" --tsv-in --no-header | cut -f1-3,6-9
