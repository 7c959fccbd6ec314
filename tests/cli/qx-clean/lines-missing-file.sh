# --lines reads files its own way: a missing file and a directory are
# reported the same way, the good file is still cleaned, exit 1.
printf '%s\n' '今天是立春。' '气温开始回升。' > good.txt
mkdir dir
"$QX_BIN/qx-clean" --lines missing.txt dir good.txt
