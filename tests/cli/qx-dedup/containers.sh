# Documents from containers: JSON Lines (a damaged line reported, the rest
# read), --tsv-docs, -r; --counters adds clusters and duplicates.
printf '%s\n' '{"url": "a", "text": "<p>新桥昨天通车，村民不用再绕行八公里去镇上赶集了。</p>"}' \
    '{"url": "b", "text": "新橋昨天通車，村民不用再繞行八公里去鎮上趕集了。\n責任編輯：周文"}' \
    '{"url": "c", "text": 5}' \
    '{"url": "d", "text": "南湖街道第一家社区长者食堂本周开业。"}' > pages.jsonl
"$QX_BIN/qx-dedup" --counters --jsonl=text pages.jsonl; echo "exit $?"
printf 'doc\tbody\nx\t今年全市新建口袋公园二十个。\ny\t今年全市新建口袋公园二十个！\n' > docs.tsv
"$QX_BIN/qx-dedup" -q --tsv-docs=body docs.tsv
mkdir -p crawl/2024 && printf '一条新闻的正文在这里。\n' > crawl/2024/a.txt && cp crawl/2024/a.txt crawl/b.txt
"$QX_BIN/qx-dedup" -q -r crawl
