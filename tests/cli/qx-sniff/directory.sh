# A directory operand: "Is a directory", the next file described, exit 1.
cp "$QX_DATA/front.md" .
mkdir dir
"$QX_BIN/qx-sniff" dir front.md
