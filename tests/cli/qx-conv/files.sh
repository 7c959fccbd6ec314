# Several files and - for standard input, in order; a missing file is
# reported as "qx-conv: FILE: message", the rest converted, exit 1.
printf '後來\n' > a.txt
printf '頭髮\n' | "$QX_BIN/qx-conv" --to=s a.txt - missing.txt a.txt
