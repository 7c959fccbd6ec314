# -q silences the empty-input warning; the exit status stays 0.
: > empty.txt
cp "$QX_DATA/front.md" .
"$QX_BIN/qx-clean" -q empty.txt front.md
