# Usage errors, exit 2 each.
"$QX_BIN/qx-dedup" --threshold=1.5 -; echo "exit $?"
"$QX_BIN/qx-dedup" -t abc -; echo "exit $?"
"$QX_BIN/qx-dedup" --shingle=0 -; echo "exit $?"
"$QX_BIN/qx-dedup" -k 33 -; echo "exit $?"
"$QX_BIN/qx-dedup" --keep=last -; echo "exit $?"
"$QX_BIN/qx-dedup" --names -; echo "exit $?"
"$QX_BIN/qx-dedup" --tsv-in --jsonl=text -; echo "exit $?"
"$QX_BIN/qx-dedup" --no-such-option; echo "exit $?"
