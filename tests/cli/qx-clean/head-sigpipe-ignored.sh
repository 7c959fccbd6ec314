# A closed pipe is not an error even when SIGPIPE is ignored (as some CI
# runners and daemons leave it, and children inherit it): the write fails
# with EPIPE and qx-clean should stop quietly, not report "Broken pipe".
trap '' PIPE
i=0
while [ $i -lt 3000 ]; do
    echo "第${i}条：市区今日天气晴好，适宜户外活动。"
    i=$((i + 1))
done > big.txt
"$QX_BIN/qx-clean" big.txt | head -n 1
