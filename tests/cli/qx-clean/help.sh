# --help: usage line, purpose, stdin note, options, columns, examples and
# exit status on stdout; nothing on stderr; exit 0.
"$QX_BIN/qx-clean" --help
