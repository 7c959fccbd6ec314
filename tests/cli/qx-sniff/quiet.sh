# -q silences the empty-input warning; the row is still printed, exit 0.
: > empty.txt
"$QX_BIN/qx-sniff" -q empty.txt
