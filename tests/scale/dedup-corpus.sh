#!/bin/sh
# dedup-corpus.sh N: 4 N documents as JSON Lines on stdout, N random stories
# of 240 characters (drawn from 200 characters of the fixtures) in four
# versions: as they are, with another site's lines above and below, with
# three characters changed, with a trailer. Deterministic; used by
# make bench for qx-dedup's scaling (tests/cli/qx-dedup/scale.sh builds the
# same corpus for its correctness test).
alphabet=村里新桥通了溪口民不再绕行八公来源山城晚报年月日阅读本讯记者陈静的石昨天上午正式车们终于用去镇赶集这座长六十米宽七由县交局和体共同出资修建总投约三百二万元开工岁李大爷一早就带着孙子到头他说过汛期老木被水淹没孩学只能坐船家人提心吊胆据施单位介绍采钢筋混凝土拱结构设计使限五面两侧还加装太阳路灯防撞护栏党支部书王国表示以后茶叶竹笋可直接货运预每为增收入多负责今全将改造危底前完让区群众更安方便扫关注微信号
LC_ALL=C awk -v A="$alphabet" -v N="${1:?usage: dedup-corpus.sh N}" 'BEGIN {
    n = length(A) / 3
    for (v = 0; v < 4; v++) {
        for (s = 0; s < N; s++) {
            seed = s * 7919 + 1
            for (i = 0; i < 240; i++) {
                seed = (seed * 69069 + 1) % 4294967296
                c[i] = substr(A, 3 * (int(seed / 65536) % n) + 1, 3)
            }
            if (v == 2)
                c[50] = c[120] = c[190] = "改"
            text = ""
            for (i = 0; i < 240; i++)
                text = text c[i] (i % 60 == 59 ? "。\\n" : "")
            if (v == 1)
                text = "来源：第" s "号网站\\n" text "责任编辑：王五"
            if (v == 3)
                text = text "本文转载自某网，原标题：故事" s
            printf "{\"id\": %d, \"text\": \"%s\"}\n", v * N + s, text
        }
    }
}'
