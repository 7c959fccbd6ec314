# Usage errors, exit 2 each: --to with an unknown script, --lines with
# --tsv-in, --tsv-in with cleaning options (its text is clean already), an
# unknown stage, an unknown encoding.
"$QX_BIN/qx-split" --to=simplest -; echo "exit $?"
"$QX_BIN/qx-split" --lines --tsv-in -; echo "exit $?"
"$QX_BIN/qx-split" --tsv-in --skip=punct -; echo "exit $?"
"$QX_BIN/qx-split" --only=nothing -; echo "exit $?"
"$QX_BIN/qx-split" -e NO-SUCH-ENCODING -; echo "exit $?"
