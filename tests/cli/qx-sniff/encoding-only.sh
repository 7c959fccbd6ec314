# --encoding-only: the detector's verdict alone, as uchardet gives it: UTF-8,
# GB18030 by statistics, UTF-16LE by its byte-order mark, a page whose meta
# charset the bytes agree with; the same bytes on standard input; -e with it
# is a usage error (exit 2).
cp "$QX_DATA/news.txt" .
printf '<meta charset="gbk"><p>农民通过直播卖茶叶，收入明显增加。</p>' | iconv -f UTF-8 -t GB18030 > page.html
printf '冷链物流服务站建到村口，果农采摘后当天就能发货。' | iconv -f UTF-8 -t GB18030 > gbk.txt
printf '\377\376' > utf16.txt
printf '冷链物流服务站建到村口。' | iconv -f UTF-8 -t UTF-16LE >> utf16.txt
"$QX_BIN/qx-sniff" --encoding-only news.txt page.html gbk.txt utf16.txt
"$QX_BIN/qx-sniff" --encoding-only --no-header - < gbk.txt
"$QX_BIN/qx-sniff" --encoding-only -e GBK news.txt
