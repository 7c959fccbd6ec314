# --to=simp and --to=trad convert the script before splitting, raw and
# with --tsv-in too.
printf '他說：「這是真的。」然後離開了。\n' > trad.txt
"$QX_BIN/qx-split" --no-header --to=simp trad.txt
"$QX_BIN/qx-clean" --tsv trad.txt | "$QX_BIN/qx-split" --no-header --tsv-in --to=simp
printf '这是简体。\n' | "$QX_BIN/qx-split" --no-header --lines --to=trad
