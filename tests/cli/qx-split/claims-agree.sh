# qx-split and qx-claims number sentences alike: the sentence a claim's sent
# column names is the sentence its context column shows, and the claim lies
# inside that sentence's offsets. Checked on the project's claims fixtures
# (Chinese and English articles), raw, with --lines and with --tsv-in.
fixtures=$QX_SOURCE/fixtures/claims
cp "$fixtures"/*.txt .
cat ./*.txt > all.txt
printf '%s\n' '<p>甲有3人。乙有5人！<br>Dr. Li has 7 cows. In the U.S. 9 more.</p>' > br.html
check() {
    # $1: qx-split --offsets output, $2: qx-claims output
    awk -F'\t' '
        FNR == 1 { next }
        NR == FNR { key = $1 FS $2 FS $3; text[key] = $6; lo[key] = $4; hi[key] = $5; next }
        {
            key = $1 FS $2 FS $3; n++
            ctx = $13; sub(/^[ \t]+/, "", ctx); sub(/[ \t]+$/, "", ctx)
            if (!(key in text)) { print "no sentence " key; bad++; next }
            if (text[key] != ctx) { print "sentence " key ": [" text[key] "] is not [" ctx "]"; bad++ }
            if ($4 + 0 < lo[key] + 0 || $5 + 0 > hi[key] + 0) { print "claim " key " " $4 "-" $5 " outside " lo[key] "-" hi[key]; bad++ }
        }
        END { printf "%d claims, %d not in their sentence\n", n, bad + 0 }' "$1" "$2"
}
for f in "$fixtures"/*.txt br.html; do
    b=$(basename "$f")
    "$QX_BIN/qx-split" --offsets "$b" > split.tsv
    "$QX_BIN/qx-claims" "$b" > claims.tsv
    printf '%s: ' "$b"
    check split.tsv claims.tsv
done
"$QX_BIN/qx-split" --offsets --lines all.txt > split.tsv
"$QX_BIN/qx-claims" --lines all.txt > claims.tsv
printf 'all.txt --lines: '
check split.tsv claims.tsv
"$QX_BIN/qx-clean" --tsv "$fixtures"/*.txt br.html > clean.tsv
"$QX_BIN/qx-split" --offsets --tsv-in clean.tsv > split.tsv
"$QX_BIN/qx-claims" --tsv-in clean.tsv > claims.tsv
printf 'qx-clean --tsv | --tsv-in: '
check split.tsv claims.tsv
