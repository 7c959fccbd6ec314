# A directory operand: "Is a directory", the next file still cleaned, exit 1.
cp "$QX_DATA/front.md" .
mkdir dir
"$QX_BIN/qx-clean" dir front.md
