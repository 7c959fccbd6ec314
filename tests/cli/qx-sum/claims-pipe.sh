# Straight from qx-claims: totals per unit of the claims of some lines.
printf '%s\n' '全县超过4000名学员参加培训' '累计投入资金24.38亿元' '又有20名学员结业' '追加投入1.8万元' '亩产超过3000斤，种植7万亩' | "$QX_BIN/qx-claims" --lines | "$QX_BIN/qx-sum" --by=unit,kind --stats=count,sum,max
printf '%s\n' '种植7万亩' '又种1亩' | "$QX_BIN/qx-claims" --lines --si | "$QX_BIN/qx-sum" --by=si_unit --field=si_value --stats=count,sum,mean
