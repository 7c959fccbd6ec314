# The man pages render with man(1) with no groff warnings, and have the
# sections the project asks for. Skipped where man is not installed.
command -v man >/dev/null 2>&1 || { echo "no man" >&2; exit 77; }
status=0
for page in qx-clean.1 qx-sniff.1 libqingxi.3; do
    file=$QX_SOURCE/man/$page
    if [ ! -f "$file" ]; then
        echo "$page: missing (run man/generate BUILDDIR)" >&2
        status=1
        continue
    fi
    LC_ALL=C.UTF-8 MANWIDTH=80 MANPAGER=cat PAGER=cat MAN_DISABLE_SECCOMP=1 \
        man --warnings -l "$file" >page.txt 2>warnings.txt
    rc=$?
    if [ $rc != 0 ] || [ -s warnings.txt ]; then
        echo "$page: man -l exited $rc" >&2
        cat warnings.txt >&2
        status=1
    fi
    # the section headings, in order
    printf '%s: %s\n' "$page" "$(grep -E '^[A-Z][A-Z ]*[A-Z]$' page.txt | paste -sd, - | sed 's/,/, /g')"
done
exit $status
