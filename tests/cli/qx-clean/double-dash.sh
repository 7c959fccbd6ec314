# "--" ends the options: a file named like an option is read.
printf '%s\n' '以连字符开头的文件名也能读取。' > ./-n.txt
"$QX_BIN/qx-clean" -- -n.txt
