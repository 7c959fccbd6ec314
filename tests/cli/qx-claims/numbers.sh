# --numbers: bare numbers that are no claims, as kind number.
printf '一百四十四\n' | "$QX_BIN/qx-claims" --lines --no-header --numbers | cut -f6-10
printf '一百四十四\n' | "$QX_BIN/qx-claims" --lines --no-header | cut -f6-10
