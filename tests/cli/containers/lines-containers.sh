# --lines reads lines, not containers: -r with it is a usage error.
"$QX_BIN/qx-clean" --lines -r .
