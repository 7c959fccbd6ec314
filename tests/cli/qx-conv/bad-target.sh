# An unknown target script: named in the message, exit 2.
"$QX_BIN/qx-conv" --to=zh-tw -
