# Without --to the tool cannot guess the direction: usage error, exit 2.
printf '頭髮\n' | "$QX_BIN/qx-conv"
