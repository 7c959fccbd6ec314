# --tsv-in: qx-clean --tsv rows, grouped into documents by consecutive doc
# values; --keep=first passes the kept documents' rows through unchanged
# under the header, ready for qx-claims --tsv-in.
printf '<h1>湖边步道贯通</h1><p>经过半年施工，环湖步道今天全线贯通，全长十二公里。</p><p>步道沿线设置了五个休息点和两处公共卫生间。</p>\n' > a.html
printf '湖边步道贯通\n經過半年施工，環湖步道今天全線貫通，全長十二公里。\n步道沿線設置了五個休息點和兩處公共衛生間。\n來源：湖城日報\n' > b.txt
printf '新学期开始，全县中小学共招收新生一万两千人。\n' > c.txt
"$QX_BIN/qx-clean" --tsv a.html b.txt c.txt > clean.tsv
"$QX_BIN/qx-dedup" --tsv-in clean.tsv
"$QX_BIN/qx-dedup" -q --tsv-in --keep=first clean.tsv
"$QX_BIN/qx-dedup" -q --tsv-in --keep=first clean.tsv | "$QX_BIN/qx-claims" --tsv-in --no-header | cut -f1,6
"$QX_BIN/qx-dedup" -q --tsv-in --keep=first --names clean.tsv
# no doc column: an error (exit 1) that points to --tsv-docs
printf 'id\ttext\n1\t甲\n' | "$QX_BIN/qx-dedup" --tsv-in; echo "exit $?"
# a row with too few fields is reported; the rest is read
printf 'doc\tpara\ttext\nx\t1\t一二三四五六\ny\n' | "$QX_BIN/qx-dedup" --tsv-in --no-header; echo "exit $?"
