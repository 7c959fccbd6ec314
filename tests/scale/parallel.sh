#!/bin/sh
# Scale-out (issue 6): on 10,000 documents, `parallel --pipe -k -j2
# qx-claims --tsv-in --no-header` writes byte for byte what one qx-claims
# writes, and so does qx-claims -j 2 on the documents themselves. Skips
# (exit 77) without GNU parallel. Timing is measured by make bench, not here.
set -u
bin=${QX_BIN:?}
command -v parallel >/dev/null 2>&1 || { echo "skip: GNU parallel not installed"; exit 77; }
command -v python3 >/dev/null 2>&1 || { echo "skip: python3 not installed"; exit 77; }
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
python3 "$(dirname "$0")/make-corpus.py" "$tmp/corpus" 10000 || exit 1
n=$(find "$tmp/corpus" -type f | wc -l)
[ "$n" -ge 10000 ] || { echo "FAIL: only $n documents"; exit 1; }
"$bin/qx-clean" -q --tsv --no-header -r "$tmp/corpus" > "$tmp/in.tsv" || exit 1
"$bin/qx-claims" --tsv-in --no-header < "$tmp/in.tsv" > "$tmp/one.tsv" || exit 1
parallel --will-cite --pipe -k -j2 --block 200k "$bin/qx-claims" --tsv-in --no-header \
    < "$tmp/in.tsv" > "$tmp/parallel.tsv" || exit 1
"$bin/qx-claims" -q --no-header -r "$tmp/corpus" > "$tmp/j1.tsv" || exit 1
"$bin/qx-claims" -q --no-header -j 2 -r "$tmp/corpus" > "$tmp/j2.tsv" || exit 1
status=0
rows=$(wc -l < "$tmp/one.tsv")
[ "$rows" -gt 10000 ] || { echo "FAIL: only $rows claims"; status=1; }
if cmp -s "$tmp/one.tsv" "$tmp/parallel.tsv"; then
    echo "parallel --pipe -k -j2: identical ($n documents, $rows claims)"
else
    echo "FAIL: parallel --pipe -k -j2 differs"; status=1
fi
if cmp -s "$tmp/j1.tsv" "$tmp/j2.tsv"; then
    echo "qx-claims -j 2: identical to -j 1 ($(wc -l < "$tmp/j1.tsv") claims)"
else
    echo "FAIL: qx-claims -j 2 differs from -j 1"; status=1
fi
exit $status
