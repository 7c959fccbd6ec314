# Bytes that are not UTF-8 become U+FFFD and are counted in a warning:
# without decode (raw), per line (--lines), in the text column (--tsv-in).
printf 'ab\377c。下一句\n' > bad.txt
"$QX_BIN/qx-split" --skip=decode bad.txt
"$QX_BIN/qx-split" --lines --no-header --skip=decode bad.txt
printf 'text\nab\377c。下一句\n' | "$QX_BIN/qx-split" --tsv-in --no-header
