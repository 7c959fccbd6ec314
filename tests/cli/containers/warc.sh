# A WARC file: a document per response, resource or conversion record, named
# by its URI; warcinfo and request records passed over; the HTTP headers of
# a response are not text. The same file gzipped record by record reads the
# same. --counters reports what was read.
rec() { # TYPE URI CONTENT-TYPE BODY
    printf 'WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s\r\n\r\n' \
        "$1" "$2" "$3" "$(printf %s "$4" | wc -c)" "$4"
}
{
    rec warcinfo "" application/warc-fields 'software: test'
    rec response http://a.example.cn/1.html 'application/http; msgtype=response' "$(printf 'HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>全县超过4000名学员参加培训。</p>')"
    rec request http://a.example.cn/1.html 'application/http; msgtype=request' 'GET /1.html HTTP/1.1'
    rec conversion http://a.example.cn/2.html text/plain '累计投入资金24.38亿元。'
} > crawl.warc
"$QX_BIN/qx-clean" --tsv --counters crawl.warc
"$QX_BIN/qx-claims" --no-header crawl.warc | cut -f1,6,7
{
    rec warcinfo "" application/warc-fields 'software: test' | gzip -cn
    rec conversion http://a.example.cn/2.html text/plain '累计投入资金24.38亿元。' | gzip -cn
} > crawl.warc.gz
"$QX_BIN/qx-clean" --tsv --no-header crawl.warc.gz
cat crawl.warc.gz | "$QX_BIN/qx-sniff" --no-header | cut -f1,2,6
