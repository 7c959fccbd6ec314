# The project's near-duplicate articles (fixtures/dedup): one story on five
# sites (another site's boilerplate as an HTML page, as plain text, as a
# traditional-script Big5 repost, lightly edited, with a paragraph cut),
# another story as a GBK repost, and four distinct articles, one of them on
# a bridge too by the same reporter, one quoting a paragraph of the first
# story. Scored as pairs against fixtures/dedup/clusters.tsv: every repost
# found (recall 1), no false pair (precision 1), in input order and
# reversed (then the edited and the cut version, 0.648 alike, are linked
# through the others).
dir=$QX_SOURCE/fixtures/dedup
score() {
    awk -F'\t' '
        FNR == 1 { next }
        NR == FNR { gold[$1] = $2; next }
        { doc[++n] = $1; pred[$1] = $2 }
        END {
            for (i = 1; i <= n; i++)
                for (j = i + 1; j <= n; j++) {
                    g = gold[doc[i]] == gold[doc[j]]; p = pred[doc[i]] == pred[doc[j]]
                    tp += g && p; fp += p && !g; fn += g && !p
                }
            printf "pairs: %d true, %d found, %d false, %d missed; precision %.3f, recall %.3f\n",
                tp + fn, tp + fp, fp, fn, tp / (tp + fp), tp / (tp + fn)
        }' "$dir/clusters.tsv" "$1"
}
here=$(pwd)
cd "$dir" || exit 1
files=$(LC_ALL=C ls | grep -v '^clusters\.tsv$')
reversed=$(LC_ALL=C ls -r | grep -v '^clusters\.tsv$')
"$QX_BIN/qx-dedup" $files > "$here/forward.tsv"
"$QX_BIN/qx-dedup" $reversed > "$here/reversed.tsv"
echo "== --keep=first --names, in order and reversed"
"$QX_BIN/qx-dedup" --keep=first --names $files
"$QX_BIN/qx-dedup" --keep=first --names $reversed
cd "$here" || exit 1
echo "== in order"
cat forward.tsv
score forward.tsv
echo "== reversed"
cat reversed.tsv
score reversed.tsv
