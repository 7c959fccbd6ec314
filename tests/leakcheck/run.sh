#!/bin/sh
# make leakcheck: every tool under valgrind's memcheck over the project's
# fixtures (and the library's unit tests, the out-of-memory one included).
# Passes when valgrind reports no error and no block definitely or
# indirectly lost. Skips (77) without valgrind.
#   usage: run.sh CASE     (tools | units)
set -u
command -v valgrind >/dev/null 2>&1 || { echo "skip: valgrind not installed"; exit 77; }
if [ "${QX_PCRE2_JIT:-}" = ON ]; then
    echo "skip: built with PCRE2's JIT, whose code memcheck misreads; make leakcheck builds without it"
    exit 77
fi
bin=${QX_BIN:?} src=${QX_SOURCE:?} build=${QX_BUILD:?}
tmp=$(mktemp -d) || exit 1
trap 'rm -rf "$tmp"' EXIT
status=0 runs=0
check() { # NAME COMMAND...: runs COMMAND under memcheck, input on stdin
    name=$1
    shift
    runs=$((runs + 1))
    valgrind -q --leak-check=full --show-leak-kinds=definite,indirect \
        --errors-for-leak-kinds=definite,indirect --error-exitcode=99 \
        --log-file="$tmp/vg.log" "$@" >"$tmp/out" 2>"$tmp/err"
    rc=$?
    if [ "$rc" -eq 99 ] || [ -s "$tmp/vg.log" ]; then
        echo "FAIL: $name"
        head -30 "$tmp/vg.log"
        status=1
    fi
}
fx=$src/fixtures
case ${1:-tools} in
tools)
    check "qx-clean fixtures" "$bin/qx-clean" "$fx"/clean/*.txt "$fx"/clean/*.html "$fx"/demo/* "$fx"/dedup/*
    check "qx-clean --tsv --lines -j 2" "$bin/qx-clean" --tsv --lines -j 2 "$fx"/repair/*.txt
    check "qx-clean --only=repair" "$bin/qx-clean" --lines --only=repair "$fx"/repair/pairs.tsv
    check "qx-sniff" "$bin/qx-sniff" "$fx"/demo/* "$fx"/clean/*.html
    check "qx-conv" "$bin/qx-conv" --to=simp "$fx"/script/traditional.txt
    check "qx-claims" "$bin/qx-claims" --si "$fx"/claims/*.txt
    check "qx-claims -j 2 --numbers" "$bin/qx-claims" -j 2 --numbers "$fx"/claims/*.txt
    "$bin/qx-clean" -q --tsv "$fx"/claims/*.txt >"$tmp/clean.tsv"
    check "qx-claims --tsv-in" "$bin/qx-claims" --tsv-in "$tmp/clean.tsv"
    check "qx-split" "$bin/qx-split" --offsets "$fx"/claims/*.txt
    check "qx-split --tsv-in" "$bin/qx-split" --tsv-in "$tmp/clean.tsv"
    check "qx-dedup" "$bin/qx-dedup" -r "$fx"/dedup
    check "qx-dedup --keep=first -j 2" "$bin/qx-dedup" --keep=first -j 2 -r "$fx"/dedup
    "$bin/qx-claims" -q "$fx"/claims/*.txt >"$tmp/claims.tsv"
    check "qx-sum" "$bin/qx-sum" --by=unit,kind --stats=count,sum,min,max,median,mean,distinct "$tmp/claims.tsv"
    printf '{"text":"投入100万元。"}\n{"text":\n' >"$tmp/docs.jsonl"
    check "qx-claims --jsonl" "$bin/qx-claims" --jsonl=text "$tmp/docs.jsonl"
    check "missing file" "$bin/qx-clean" "$tmp/no-such-file"
    ;;
units)
    for t in "$build"/tests/unit/test_*; do
        [ -x "$t" ] && check "$(basename "$t")" "$t"
    done
    ;;
*)
    echo "usage: run.sh tools|units" >&2
    exit 2
    ;;
esac
[ "$status" -eq 0 ] && echo "leakcheck ${1:-tools}: $runs runs, no error, 0 bytes definitely or indirectly lost"
exit $status
