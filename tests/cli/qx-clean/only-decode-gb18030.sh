# --only=decode on GB18030 bytes gives exactly what iconv gives: indents,
# tags, trailing spaces, blank lines and boilerplate all kept. Includes
# four-byte GB18030 sequences (Tibetan, and a character outside the BMP).
printf '%s\n' \
    '　　省气象台发布暴雨蓝色预警。' \
    '' \
    '<b>预计</b>今晚到明天，东部地区有大到暴雨。  ' \
    '藏文字母ཀ，扩展汉字𠮷。' \
    '上一篇 2024年6月1日' | iconv -f UTF-8 -t GB18030 > gb.txt || exit 77
iconv -f GB18030 -t UTF-8 gb.txt > want.txt || exit 77
"$QX_BIN/qx-clean" --only=decode gb.txt > got.txt
status=$?
cat got.txt
cmp want.txt got.txt && echo "same as iconv -f GB18030 -t UTF-8"
exit $status
