# head closing the pipe early (after more output than a pipe holds) ends
# qx-clean quietly: no message; the pipeline's status is head's, 0.
i=0
while [ $i -lt 3000 ]; do
    echo "第${i}条：市区今日天气晴好，适宜户外活动。"
    i=$((i + 1))
done > big.txt
"$QX_BIN/qx-clean" big.txt | head -n 1
