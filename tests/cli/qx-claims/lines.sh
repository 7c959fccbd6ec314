# --lines: each line is one text, para is the line number; an empty line
# and a line without claims give no rows.
printf '两三个人\n\n没有数字\n2、3个小时的路\n' | "$QX_BIN/qx-claims" --lines --no-header | cut -f2,6-11
