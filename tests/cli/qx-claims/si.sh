# --si: base units, exactly (a mu is 2000/3 square metres).
printf '超过3000斤\n7万亩\n2吨\n5公顷\n' | "$QX_BIN/qx-claims" --lines --si --no-header | cut -f6,7,9,14-16
