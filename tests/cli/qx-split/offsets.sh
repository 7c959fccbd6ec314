# --offsets: start and end of each sentence in its paragraph, in
# characters from 0, end exclusive; the spaces between sentences are in
# neither.
printf '%s\n' '第一句。 Second one! 第三句' 'Dr. Li said 3.5 percent.  Next' | "$QX_BIN/qx-split" --lines --offsets
