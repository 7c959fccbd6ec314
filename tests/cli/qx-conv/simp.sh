# --to=simp: phrases whole (頭髮, 乾燥), characters by table, 著 as 着 except
# where it means "write; notable"; ASCII, tabs, blank lines and CR LF as they
# were (shown here as <CR> and <TAB>).
printf '頭髮乾燥，看著他。\r\n\n著名作家\tTSV field\t123\n' | "$QX_BIN/qx-conv" --to=simp |
    sed 's/\r$/<CR>/; s/\t/<TAB>/g'
