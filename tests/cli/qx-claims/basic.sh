# Claims of a raw article: header, doc, paragraph, sentence, offsets, exact
# values, units, kinds and hedges; dates and ordinals tagged.
printf '%s\n' '<p>2020年，全县超过4000名学员参加培训。</p>' '<p>累计投入资金24.38亿元，第一批学员约七成已开店。</p>' > a.html
"$QX_BIN/qx-claims" a.html | cut -f1-11
