# --version: one line "qx-conv (qingxi) VERSION" first.
"$QX_BIN/qx-conv" --version | head -1 | sed 's/[0-9][0-9.]*$/VERSION/'
