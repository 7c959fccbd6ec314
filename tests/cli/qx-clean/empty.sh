# Empty input: no output, a warning on stderr, exit 0.
: > empty.txt
"$QX_BIN/qx-clean" empty.txt
