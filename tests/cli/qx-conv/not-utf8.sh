# Bytes that are not UTF-8 are copied as they are; the characters around them
# are converted.
printf '\377頭\351髮\n' | "$QX_BIN/qx-conv" --to=simp | od -An -tx1 | sed 's/^ *//'
