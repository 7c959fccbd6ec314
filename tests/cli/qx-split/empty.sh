# Empty input is no error but is reported, in every mode; so is a page
# that leaves no text; -q silences the warnings.
: > empty.txt
printf '<script>var x;</script>\n' > script.html
"$QX_BIN/qx-split" empty.txt script.html
"$QX_BIN/qx-split" --lines --no-header empty.txt
"$QX_BIN/qx-split" --tsv-in --no-header empty.txt
"$QX_BIN/qx-split" --tsv-in --no-header < /dev/null
"$QX_BIN/qx-split" -q --no-header empty.txt
