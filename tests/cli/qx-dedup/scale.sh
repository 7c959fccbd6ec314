# Linear scaling, correctness only (no timing): 20,000 generated documents
# as JSON Lines, 5,000 random stories of 240 characters in four versions
# (as they are; with another site's lines above and below; with three
# characters changed; with a trailer). Every version must join its story's
# cluster and no two stories may meet; -j 2 prints the same; --keep=first
# keeps one per story. Measured speed is in qx-dedup(1), not asserted.
# the alphabet: 200 characters of the fixtures
alphabet=村里新桥通了溪口民不再绕行八公来源山城晚报年月日阅读本讯记者陈静的石昨天上午正式车们终于用去镇赶集这座长六十米宽七由县交局和体共同出资修建总投约三百二万元开工岁李大爷一早就带着孙子到头他说过汛期老木被水淹没孩学只能坐船家人提心吊胆据施单位介绍采钢筋混凝土拱结构设计使限五面两侧还加装太阳路灯防撞护栏党支部书王国表示以后茶叶竹笋可直接货运预每为增收入多负责今全将改造危底前完让区群众更安方便扫关注微信号
LC_ALL=C awk -v A="$alphabet" -v N="${N:-5000}" 'BEGIN {
    n = length(A) / 3
    for (v = 0; v < 4; v++) {
        for (s = 0; s < N; s++) {
            seed = s * 7919 + 1
            for (i = 0; i < 240; i++) {
                seed = (seed * 69069 + 1) % 4294967296
                c[i] = substr(A, 3 * (int(seed / 65536) % n) + 1, 3)
            }
            if (v == 2)    # three characters changed
                c[50] = c[120] = c[190] = "改"
            text = ""
            for (i = 0; i < 240; i++)
                text = text c[i] (i % 60 == 59 ? "。\\n" : "")
            if (v == 1)    # another site: its own lines above and below
                text = "来源：第" s "号网站\\n" text "责任编辑：王五"
            if (v == 3)    # a trailer that names the original
                text = text "本文转载自某网，原标题：故事" s
            printf "{\"id\": %d, \"text\": \"%s\"}\n", v * N + s, text
        }
    }
}' > docs.jsonl
"$QX_BIN/qx-dedup" --jsonl=text docs.jsonl > clusters.tsv
# doc docs.jsonl:L belongs to the story of line ((L - 1) % 5000) + 1
awk -F'\t' 'NR > 1 {
    split($1, d, ":"); split($2, c, ":")
    rows++
    if (c[2] != (d[2] - 1) % 5000 + 1) wrong++
} END { printf "%d rows, %d in a wrong cluster\n", rows, wrong }' clusters.tsv
"$QX_BIN/qx-dedup" -q -j 2 --jsonl=text docs.jsonl | cmp - clusters.tsv && echo "-j 2: the same"
"$QX_BIN/qx-dedup" -q --keep=first --names --jsonl=text docs.jsonl | awk -F: '$2 > 5000 { bad++ } END { print NR " kept, " bad + 0 " not first" }'
