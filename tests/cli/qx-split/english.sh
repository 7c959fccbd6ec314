# English: . ! ? before a space end sentences, but not after titles,
# initials, No. before a number, e.g., U.S. before a word that goes on,
# nor inside decimals, URLs and e-mail addresses, nor at a mid-sentence
# ellipsis; quotes stay with their sentence.
cat > en.txt <<'TEXT'
Mr. Smith met Dr. J. K. Lee at No. 5 Main St. in the U.S. Army base. It was 3.5 km away.
Visit www.example.com. Then write to a.b@example.com today! Really?
He said, "Stop." Then he paused... and left. In the U.S. The vote is on Jan. 5.
Fruit, e.g. apples, etc. are cheap. I know... Maybe not.
TEXT
"$QX_BIN/qx-split" --lines --no-header en.txt | cut -f2-
