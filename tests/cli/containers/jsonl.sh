# --jsonl=FIELD: a document per line, named FILE:LINE, JSON escapes undone
# (\n, \u4e2d, a surrogate pair); a line that is not JSON and a line without
# the field are reported and counted, the rest read, exit 1.
printf '%s\n' '{"url":"http://x.cn/1","text":"第一行\n超过4000名学员"}' 'not json' \
    '{"url":"http://x.cn/2","title":"no text"}' '{"text":"\u4e2d\u6587 \ud83d\ude00 3\u5428","n":[1,{"a":"}"}]}' > docs.jsonl
"$QX_BIN/qx-clean" --tsv --jsonl=text docs.jsonl
