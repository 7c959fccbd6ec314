# head closing the pipe early ends qx-split quietly: no message; the
# pipeline's status is head's, 0. The same when SIGPIPE is ignored.
i=0
while [ $i -lt 3000 ]; do
    echo "第${i}条：市区今日天气晴好。适宜户外活动。"
    i=$((i + 1))
done > big.txt
"$QX_BIN/qx-split" big.txt | head -n 2
"$QX_BIN/qx-split" --lines --no-header big.txt | head -n 1
trap '' PIPE
"$QX_BIN/qx-split" --no-header big.txt | head -n 1
