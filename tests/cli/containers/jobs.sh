# -j N: the same output, in the same order, as one thread, for every tool
# that reads documents; a failed input still counts (exit 1).
mkdir -p corpus
i=0
for text in '超过4000名学员参加培训。' '<p>累计投入资金24.38亿元。</p>' '縣城圖書館延長開放時間。' \
    'More than 30,000 cadres.' '两三个人，2、3个小时。' '' '第一句。第二句！'; do
    i=$((i + 1))
    printf '%s\n' "$text" > "corpus/$i.txt"
done
status=0
for tool in qx-clean qx-sniff qx-claims qx-split; do
    opts=
    [ "$tool" = qx-clean ] && opts=--tsv
    "$QX_BIN/$tool" -q $opts -r corpus missing.txt > one.tsv 2> one.err; a=$?
    "$QX_BIN/$tool" -q $opts -j 3 -r corpus missing.txt > three.tsv 2> three.err; b=$?
    if cmp -s one.tsv three.tsv && [ "$a" = "$b" ]; then
        echo "$tool: same ($(wc -l < one.tsv) lines, exit $a)"
    else
        echo "$tool: differs"; status=1
    fi
done
"$QX_BIN/qx-claims" -j 0 corpus
exit $status
