# Seed 004 (traditional script, GBK-damaged, pinyin-annotated) and its
# clean simplified text under other boilerplate are one story; the other
# seeds are not. Skipped without ../shared.
seeds=$QX_SOURCE/../shared/corpus/seeds
ls "$seeds"/004_*.txt >/dev/null 2>&1 || { echo "no ../shared seeds" >&2; exit 77; }
for f in "$seeds"/*.txt; do cp "$f" "$(basename "$f" | cut -c1-3).txt"; done
{ echo '来源：某某网 2020-03-12'; "$QX_BIN/qx-clean" --to=simp 004.txt; echo '责任编辑：王五'; echo '推荐阅读'; } > 004-repost.txt
"$QX_BIN/qx-dedup" -q --no-header 000.txt 001.txt 002.txt 003.txt 004.txt 004-repost.txt | cut -f1,2
