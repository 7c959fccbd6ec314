# -r: every file under a directory, in name order, depth first; hidden files
# skipped; without -r a directory is an error.
mkdir -p corpus/b corpus/a && printf '甲\n' > corpus/b/2.txt && printf '乙\n' > corpus/a/1.txt &&
    printf '丙\n' > corpus/3.txt && printf 'x\n' > corpus/.hidden
"$QX_BIN/qx-clean" --tsv -r corpus
"$QX_BIN/qx-clean" corpus
