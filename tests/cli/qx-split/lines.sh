# --lines: each line is one text, para is its line number; an empty line
# gives no row; a line that markup makes two paragraphs is one text whose
# paragraphs end sentences; half-width marks next to Han become full-width.
printf '%s\n' '第一句。第二句!' '' '  只有一句  ' '<p>甲。</p><p>乙</p>' 'One. Two.' | "$QX_BIN/qx-split" --lines
