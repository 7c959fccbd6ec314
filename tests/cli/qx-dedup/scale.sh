# Linear scaling, correctness only (no timing): 12,000 generated documents
# as JSON Lines (tests/scale/dedup-corpus.sh), 2,000 random stories of 480
# characters in six versions (as they are; with another site's lines above
# and below; with three characters changed; with a trailer; with a
# paragraph cut; in traditional script). Every version must join its
# story's cluster and no two stories may meet; -j 2 prints the same;
# --keep=first keeps one per story. Speed is measured by make bench.
sh "$QX_SOURCE/tests/scale/dedup-corpus.sh" 2000 "$QX_BIN/qx-conv" > docs.jsonl
"$QX_BIN/qx-dedup" --jsonl=text docs.jsonl > clusters.tsv
# doc docs.jsonl:L belongs to the story of line ((L - 1) % 2000) + 1
awk -F'\t' 'NR > 1 {
    split($1, d, ":"); split($2, c, ":")
    rows++
    if (c[2] != (d[2] - 1) % 2000 + 1) wrong++
} END { printf "%d rows, %d in a wrong cluster\n", rows, wrong }' clusters.tsv
"$QX_BIN/qx-dedup" -q -j 2 --jsonl=text docs.jsonl | cmp - clusters.tsv && echo "-j 2: the same"
"$QX_BIN/qx-dedup" -q --keep=first --names --jsonl=text docs.jsonl | awk -F: '$2 > 2000 { bad++ } END { print NR " kept, " bad + 0 " not first" }'
