# Empty standard input: the warning names it "-".
"$QX_BIN/qx-clean" < /dev/null
