# An unknown --span value and an unknown option: exit 2, nothing read.
"$QX_BIN/qx-claims" --span=word -
