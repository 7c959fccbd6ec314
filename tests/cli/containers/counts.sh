# Damaged records among good ones, in a WARC file and a JSON Lines file:
# every good record is read, every damaged one reported, and the counts
# add up (records = documents + failed + skipped).
rec() { # TYPE URI BODY
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
        "$1" "$2" "$(printf %s "$3" | wc -c)" "$3"
}
{
    rec warcinfo "" 'software: test'
    for i in 1 2 3; do rec resource "file:///good$i.txt" "第${i}篇：投入${i}00万元。"; done
    printf 'WARC/1.0\r\nWARC-Type: resource\r\n\r\nno length\r\n\r\n'          # no Content-Length
    rec resource file:///good4.txt '超过4000名学员。'
    printf 'WARX/1.0\r\nContent-Length: 3\r\n\r\nabc\r\n\r\n'                     # not a WARC line
    rec conversion file:///good5.txt '种植7万亩。'
    printf 'WARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 500\r\n\r\ncut'  # cut short
} > mixed.warc
"$QX_BIN/qx-claims" --no-header --counters mixed.warc > warc.tsv 2> warc.err
echo "warc exit $?"
cut -f1,6 warc.tsv
grep -c 'qx-claims: mixed.warc:' warc.err | sed 's/^/warc errors reported: /'
grep reporter warc.err
printf '%s\n' '{"text":"投入100万元。"}' '{"text":' '{"text":"投入200万元。"}' '{"title":"x"}' \
    '{"text":"投入300万元。"}' '{"text":5}' '{"text":"投入400万元。"}' > mixed.jsonl
"$QX_BIN/qx-claims" --no-header --counters --jsonl=text mixed.jsonl > jsonl.tsv 2> jsonl.err
echo "jsonl exit $?"
cut -f1,6 jsonl.tsv
grep -c 'qx-claims: mixed.jsonl:' jsonl.err | sed 's/^/jsonl errors reported: /'
grep reporter jsonl.err
