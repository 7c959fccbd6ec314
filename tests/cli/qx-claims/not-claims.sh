# URLs, file names, phone numbers, identifiers and idioms are not claims.
printf '%s\n' '详见http://www.example.cn/2021/09/23/x123.png' 'IMG_2034.jpg' '电话0851-86822345' '批准号71661147001' '一步一步走出三区三州' '一名讲师' '双11' | "$QX_BIN/qx-claims" --lines
