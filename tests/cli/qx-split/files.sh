# Several files and standard input in order, one header; a missing file is
# reported as "qx-split: FILE: message" and the rest read, exit 1.
printf '甲。乙。\n' > a.txt
printf '丙。\n' | "$QX_BIN/qx-split" a.txt - missing.txt a.txt
