# --to=simp adds the script stage: a traditional page comes out simplified;
# --to=keep (the default) leaves it; --only=script converts UTF-8 text alone.
printf '<p>頭髮乾燥，看著他。</p>\n' > trad.html
"$QX_BIN/qx-clean" --to=simp trad.html
"$QX_BIN/qx-clean" --to=keep trad.html
printf '头发\n' | "$QX_BIN/qx-clean" --only=script --to=trad
