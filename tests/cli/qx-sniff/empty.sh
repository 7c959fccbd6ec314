# Empty input: a row (0 bytes, no paragraphs) and the same warning as
# qx-clean's on stderr; exit 0.
: > empty.txt
"$QX_BIN/qx-sniff" empty.txt
