#!/bin/sh
# dedup-corpus.sh N [QX_CONV]: N random stories of 480 characters in eight
# paragraphs (drawn from 200 characters of the fixtures), each in the
# versions below, as JSON Lines on stdout, version after version: line L
# holds a version of story (L - 1) % N + 1. Deterministic. Used by
# make bench for qx-dedup's scaling and by tests/cli/qx-dedup/scale.sh.
#   1 as it is
#   2 with another site's lines above and below
#   3 with three characters changed
#   4 with a trailer that names the original
#   5 with its fourth paragraph cut (an eighth of it)
#   6 in traditional script (only when QX_CONV, the path of qx-conv, is given)
set -eu
alphabet=村里新桥通了溪口民不再绕行八公来源山城晚报年月日阅读本讯记者陈静的石昨天上午正式车们终于用去镇赶集这座长六十米宽七由县交局和体共同出资修建总投约三百二万元开工岁李大爷一早就带着孙子到头他说过汛期老木被水淹没孩学只能坐船家人提心吊胆据施单位介绍采钢筋混凝土拱结构设计使限五面两侧还加装太阳路灯防撞护栏党支部书王国表示以后茶叶竹笋可直接货运预每为增收入多负责今全将改造危底前完让区群众更安方便扫关注微信号
n=${1:?usage: dedup-corpus.sh N [QX_CONV]}
stories() { # FIRST LAST: versions FIRST to LAST
    LC_ALL=C awk -v A="$alphabet" -v N="$n" -v FIRST="$1" -v LAST="$2" 'BEGIN {
        n = length(A) / 3
        for (v = FIRST; v <= LAST; v++) {
            for (s = 0; s < N; s++) {
                seed = s * 7919 + 1
                for (i = 0; i < 480; i++) {
                    seed = (seed * 69069 + 1) % 4294967296
                    c[i] = substr(A, 3 * (int(seed / 65536) % n) + 1, 3)
                }
                if (v == 3)
                    c[50] = c[250] = c[450] = "改"
                text = ""
                for (i = 0; i < 480; i++)
                    if (v != 5 || i < 180 || i >= 240)
                        text = text c[i] (i % 60 == 59 ? "。\\n" : "")
                if (v == 2)
                    text = "来源：第" s "号网站\\n" text "责任编辑：王五"
                if (v == 4)
                    text = text "本文转载自某网，原标题：故事" s
                printf "{\"id\": %d, \"text\": \"%s\"}\n", (v - 1) * N + s, text
            }
        }
    }'
}
stories 1 5
if [ $# -ge 2 ]; then
    stories 1 1 | LC_ALL=C awk '{ sub(/"id": [0-9]+/, "\"id\": " (NR - 1 + 5 * '"$n"')); print }' | "$2" --to=trad
fi
