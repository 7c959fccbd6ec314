# --to=trad: 头发 → 頭髮, 干燥 → 乾燥, 后来 → 後來, 皇后 stays; the last line
# needs no final line feed.
printf '头发干燥，后来皇后说\n系统' | "$QX_BIN/qx-conv" --to=traditional
