# Several files and standard input in order; a missing file is reported
# as "qx-claims: FILE: message" and the rest read, exit 1.
printf '5吨\n' > a.txt
printf '6吨\n' | "$QX_BIN/qx-claims" --no-header a.txt - missing.txt a.txt > out.tsv
status=$?
cut -f1,6 out.tsv
exit $status
