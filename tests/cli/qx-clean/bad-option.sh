# An unknown long option: one line naming it, then the hint, on stderr;
# exit 2. The prefix is the tool's name however it was invoked, as in every
# other message of the tool.
"$QX_BIN/qx-clean" --bogus news.txt
