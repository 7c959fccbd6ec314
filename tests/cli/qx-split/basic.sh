# A raw HTML page, cleaned first: its title and paragraphs split into
# sentences, numbered from 1 in each paragraph; the script, the &nbsp; and
# the 分享到 trailer are gone.
"$QX_BIN/qx-split" "$QX_DATA/page.html" | sed "s|$QX_DATA/||"
printf '%s\n' '<p>他说：“你好。”然后走了。真的吗？！太好了……明天见；再见</p>' '<p>第一行<br>第二行。</p>' > a.html
"$QX_BIN/qx-split" --no-header a.html
