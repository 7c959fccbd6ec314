# --keep=first: the documents that are no near-duplicate of an earlier one,
# as doc and clean text (line breaks as \n), in input order; the text reads
# back with --tsv-docs=text. A traditional repost is dropped, an unrelated
# text kept; a document with no text is kept and warned about.
printf '<p>县里的新图书馆今天开门，馆内藏书十二万册，设有少儿阅览室和自习区。</p><p>责任编辑：周文</p>\n' > a.html
printf '縣裏的新圖書館今天開門，館內藏書十二萬冊，設有少兒閱覽室和自習區。\n分享到：微信\n' > b.txt
printf '今年全市新建口袋公园二十个，\n市民步行十分钟就能到达一处绿地。\n' > c.txt
printf '<p>　</p>\n' > empty.html
"$QX_BIN/qx-dedup" --keep=first a.html b.txt c.txt empty.html > kept.tsv
cat kept.tsv
"$QX_BIN/qx-split" -q --no-header --tsv-docs=text kept.tsv
# the table of the same
"$QX_BIN/qx-dedup" -q a.html b.txt c.txt empty.html
