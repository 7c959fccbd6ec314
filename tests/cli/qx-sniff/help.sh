# --help: usage line, purpose, stdin note, options, columns, examples and
# exit status on stdout; exit 0.
"$QX_BIN/qx-sniff" --help
