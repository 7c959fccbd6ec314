# A record without Content-Length and a file cut short: each reported as
# "qx-clean: FILE: message", the good records still read, exit 1.
printf 'WARC/1.0\r\nWARC-Type: resource\r\n\r\nno length\r\n\r\nWARC/1.1\r\nWARC-Type: resource\r\nWARC-Target-URI: file:///ok.txt\r\nContent-Length: 9\r\n\r\n第一段\r\n\r\nWARC/1.0\r\nWARC-Type: resource\r\nContent-Length: 100\r\n\r\ncut' > bad.warc
"$QX_BIN/qx-clean" --tsv --counters bad.warc
