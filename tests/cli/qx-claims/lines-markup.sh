# --lines with markup inside a line: the paragraphs it makes are one text,
# joined by a line break, so qx-claims numbers sentences (and counts
# offsets) as qx-split does: the second <p> is sentence 2 of line 2.
printf '投入5万元。增长3%%。\n<p>第三段有10个。</p><p>第四段有20个。</p>\n' > lines.txt
"$QX_BIN/qx-claims" --lines --no-header lines.txt | cut -f2-6
"$QX_BIN/qx-split" --lines --no-header lines.txt | cut -f2-4
