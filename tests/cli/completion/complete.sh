# bash completion: options come from the tool's --help; stage names and
# fixed values complete after =.
command -v bash >/dev/null || { echo "no bash" >&2; exit 77; }
PATH=$QX_BIN:$PATH bash -c '
    . "$QX_SOURCE/completion/qingxi.bash"
    try() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _qingxi; printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "; echo; }
    try qx-clean --sk
    try qx-clean --only=de
    try qx-clean --only=decode,ma
    try qx-clean --to=
    try qx-claims --sp
    try qx-claims --span=n
    try qx-sniff --no-h
'
