# The same with --lines, which writes while it reads.
i=0
while [ $i -lt 3000 ]; do
    echo "第${i}条：市区今日天气晴好，适宜户外活动。"
    i=$((i + 1))
done > big.txt
"$QX_BIN/qx-clean" --lines big.txt | head -n 1
