# --lines prints exactly one line per input line: an empty line, a line of
# tags only and a boilerplate-only line each become an empty line; a last
# line without a line feed still gives one whole line.
printf '%s\n' \
    '今天上午，全市中小学举行开学典礼。' \
    '' \
    '<p>新学期，学校增设了<b>编程</b>课程。</p>' \
    '<br><span></span>' \
    '责任编辑：李明' \
    '　　首批一百名学生报名参加。　' \
    '上一篇 2024年9月1日 10:00' \
    '分享到：微信 微博' > lines.txt
printf '最后一行没有换行符' >> lines.txt
"$QX_BIN/qx-clean" --lines lines.txt > out.txt
status=$?
cat out.txt
echo "input lines: $(grep -c '' lines.txt), output lines: $(grep -c '' out.txt)"
exit $status
