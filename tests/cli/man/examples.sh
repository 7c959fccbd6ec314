# Runs the examples of the man pages (STYLE.md: "examples in them are run
# by the test suite"). In the [EXAMPLES] section of each man/<tool>.x, a
# line "$ COMMAND" inside .nf/.fi is an example; the lines after it, up to
# the next "$ " line or .fi, are its exact output (standard output and
# standard error together). Roff requests (.ta ...) are not output.
#
# The commands of one page run in order, like a shell session, in a scratch
# copy of tests/cli/data with the built tools first on PATH. Each is checked
# with sh -n first; then it must exit 0 and print exactly what the page
# shows. Only man/*.x is read: the generated .1 pages hold the same text, and
# tests/cli/man/fresh.sh checks that they are up to date.
#
# On success stdout lists the examples run; any failure goes to stderr.
man=$QX_SOURCE/man
PATH=$QX_BIN:$PATH
export PATH

# The programs the examples use besides the tools; skip when one is absent
# rather than fail on a machine without it.
for prog in awk cmp cut iconv sed tail; do
    command -v $prog >/dev/null 2>&1 || { echo "no $prog" >&2; exit 77; }
done

# extract X_FILE DIR: writes DIR/N.cmd and DIR/N.out for each example.
extract() {
    LC_ALL=C awk -v dir="$2" '
        function unescape(s, out, c, i) {
            out = ""
            while ((i = index(s, "\\")) > 0) {
                out = out substr(s, 1, i - 1)
                s = substr(s, i + 1)
                if (substr(s, 1, 1) == "-") { out = out "-"; s = substr(s, 2) }
                else if (substr(s, 1, 1) == "e") { out = out "\\"; s = substr(s, 2) }
                else if (substr(s, 1, 1) == "&") { s = substr(s, 2) }
                else if (substr(s, 1, 3) == "(aq") { out = out "\047"; s = substr(s, 4) }
                else if (substr(s, 1, 3) == "(dq") { out = out "\""; s = substr(s, 4) }
                else {
                    printf "%s:%d: unknown roff escape \\%s\n", FILENAME, FNR, substr(s, 1, 3) > "/dev/stderr"
                    bad = 1
                    out = out "\\"
                }
            }
            return out s
        }
        /^\[/ { examples = ($0 ~ /^\[[<=>]?EXAMPLES\]$/); nf = 0; next }
        !examples { next }
        /^\.nf/ { nf = 1; next }
        /^\.fi/ { nf = 0; next }
        !nf { next }
        /^\$ / {
            n++
            file = dir "/" n
            printf "%s\n", unescape(substr($0, 3)) > (file ".cmd")
            printf "" > (file ".out")
            next
        }
        /^\./ { next }
        n { printf "%s\n", unescape($0) > (file ".out") }
        END { exit bad }' "$1"
}

status=0
for x in "$man"/*.x; do
    page=$(basename "$x")
    session=$(pwd)/session-${page%.x}
    examples=$(pwd)/examples-${page%.x}
    mkdir "$session" "$examples"
    cp -R "$QX_DATA"/. "$session"/
    extract "$x" "$examples" || status=1
    n=1
    while [ -f "$examples/$n.cmd" ]; do
        cmd=$(cat "$examples/$n.cmd")
        if ! sh -n -c "$cmd" 2>"$examples/$n.err"; then
            printf '%s\n' "$page: example $n: syntax error: $cmd" >&2
            cat "$examples/$n.err" >&2
            status=1
        elif ! (cd "$session" && sh -c "$cmd") </dev/null >"$examples/$n.got" 2>&1; then
            printf '%s\n' "$page: example $n: exit status not 0: $cmd" >&2
            sed 's/^/    /' "$examples/$n.got" >&2
            status=1
        elif ! cmp -s "$examples/$n.out" "$examples/$n.got"; then
            printf '%s\n' "$page: example $n: output differs from the page: $cmd" >&2
            diff -u "$examples/$n.out" "$examples/$n.got" | sed -e '1,2d' -e 's/^/    /' >&2
            status=1
        else
            printf '%s\n' "$page: ok: $cmd"
        fi
        n=$((n + 1))
    done
    if [ $n = 1 ]; then
        echo "$page: no examples found" >&2
        status=1
    fi
done
exit $status
