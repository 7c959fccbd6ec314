# -q does not silence errors, nor change the exit status.
cp "$QX_DATA/front.md" .
"$QX_BIN/qx-clean" -q missing.txt front.md
