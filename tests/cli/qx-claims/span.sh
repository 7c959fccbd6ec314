# --span=number: the offsets and text of the number alone.
printf '超过4000名学员\n' | "$QX_BIN/qx-claims" --lines --no-header | cut -f4-6
printf '超过4000名学员\n' | "$QX_BIN/qx-claims" --lines --no-header --span=number | cut -f4-6
