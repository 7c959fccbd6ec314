# bash completion for the qingxi tools (qx-clean, qx-sniff, qx-conv,
# qx-claims, qx-split, qx-sum …). The options are read from each tool's own
# --help, so they never fall out of step with it; values are completed for
# the options that take a fixed set of them.
# Installed as share/bash-completion/completions/qx-*; or: source this file.

_qingxi_options() {
    "$1" --help 2>/dev/null | grep -o -- '--[a-z][a-z0-9-]*=\{0,1\}' | sort -u
}

_qingxi() {
    local cur prev words cword
    if declare -F _init_completion >/dev/null 2>&1; then
        _init_completion -s || return
    else
        cur=${COMP_WORDS[COMP_CWORD]}
        prev=${COMP_WORDS[COMP_CWORD-1]}
    fi
    local tool=${COMP_WORDS[0]}
    local stages="decode markup repair space boilerplate punct script"
    case $cur in
        --only=*|--skip=*)
            local opt=${cur%%=*} list=${cur#*=}
            local done_part=${list%"${list##*,}"}
            COMPREPLY=($(compgen -P "$opt=$done_part" -W "$stages" -- "${list##*,}"))
            return ;;
        --to=*) COMPREPLY=($(compgen -P --to= -W "simp trad keep" -- "${cur#*=}")); return ;;
        --punct=*) COMPREPLY=($(compgen -P --punct= -W "full half keep" -- "${cur#*=}")); return ;;
        --span=*) COMPREPLY=($(compgen -P --span= -W "claim number" -- "${cur#*=}")); return ;;
        --encoding=*)
            COMPREPLY=($(compgen -P --encoding= -W "UTF-8 GB18030 GBK BIG5 BIG5-HKSCS UTF-16LE UTF-16BE WINDOWS-1252" -- "${cur#*=}"))
            return ;;
        --stats=*)
            local list=${cur#*=} done_part
            done_part=${list%"${list##*,}"}
            COMPREPLY=($(compgen -P "--stats=$done_part" -W "count sum min max median mean distinct" -- "${list##*,}"))
            return ;;
        -*)
            COMPREPLY=($(compgen -W "$(_qingxi_options "$tool")" -- "$cur"))
            [[ ${COMPREPLY[0]-} == *= ]] && compopt -o nospace 2>/dev/null
            return ;;
    esac
    case $prev in
        -e) COMPREPLY=($(compgen -W "UTF-8 GB18030 GBK BIG5 BIG5-HKSCS UTF-16LE UTF-16BE WINDOWS-1252" -- "$cur")); return ;;
    esac
    COMPREPLY=($(compgen -f -- "$cur"))
}

complete -F _qingxi -o filenames qx-clean qx-sniff qx-conv qx-claims qx-split qx-sum qx-dedup
