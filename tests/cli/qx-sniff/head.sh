# head closing the pipe early (after more rows than a pipe holds) ends
# qx-sniff quietly: no message; the pipeline's status is head's, 0.
printf '%s\n' '今日天气晴好。' > a.txt
set --
i=0
while [ $i -lt 2000 ]; do
    set -- "$@" a.txt
    i=$((i + 1))
done
"$QX_BIN/qx-sniff" "$@" | head -n 1
