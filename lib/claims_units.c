/* The words that follow (or precede) a number in a claim, with the unit
 * and kind they give it: currencies, measures, durations, classifiers, in
 * simplified and traditional script and in English. Canonical units follow
 * the claims guide: ISO 4217 codes, SI-like symbols, simplified
 * classifiers. */
#include "claims.h"

#include <string.h>

/* Longest surface first is not needed: the matcher tries every entry and
 * keeps the longest match. */
static const qx__unit_word unit_words[] = {
    /* money */
    {"元", "CNY", QX_KIND_MONEY, 0}, {"圆", "CNY", QX_KIND_MONEY, 0},
    {"块钱", "CNY", QX_KIND_MONEY, 0}, {"塊錢", "CNY", QX_KIND_MONEY, 0},
    {"块", "CNY", QX_KIND_MONEY, 0}, {"塊", "CNY", QX_KIND_MONEY, 0},
    {"元人民币", "CNY", QX_KIND_MONEY, 0}, {"元人民幣", "CNY", QX_KIND_MONEY, 0},
    {"人民币", "CNY", QX_KIND_MONEY, 0}, {"人民幣", "CNY", QX_KIND_MONEY, 0},
    {"美元", "USD", QX_KIND_MONEY, 0}, {"美金", "USD", QX_KIND_MONEY, 0},
    {"港元", "HKD", QX_KIND_MONEY, 0}, {"港币", "HKD", QX_KIND_MONEY, 0},
    {"港幣", "HKD", QX_KIND_MONEY, 0}, {"新台币", "TWD", QX_KIND_MONEY, 0},
    {"新臺幣", "TWD", QX_KIND_MONEY, 0}, {"新台幣", "TWD", QX_KIND_MONEY, 0},
    {"台币", "TWD", QX_KIND_MONEY, 0}, {"台幣", "TWD", QX_KIND_MONEY, 0},
    {"欧元", "EUR", QX_KIND_MONEY, 0}, {"歐元", "EUR", QX_KIND_MONEY, 0},
    {"日元", "JPY", QX_KIND_MONEY, 0}, {"日圆", "JPY", QX_KIND_MONEY, 0},
    {"日圓", "JPY", QX_KIND_MONEY, 0}, {"英镑", "GBP", QX_KIND_MONEY, 0},
    {"英鎊", "GBP", QX_KIND_MONEY, 0}, {"韩元", "KRW", QX_KIND_MONEY, 0},
    {"韓元", "KRW", QX_KIND_MONEY, 0}, {"澳元", "AUD", QX_KIND_MONEY, 0},
    {"加元", "CAD", QX_KIND_MONEY, 0}, {"卢布", "RUB", QX_KIND_MONEY, 0},
    {"瑞士法郎", "CHF", QX_KIND_MONEY, 0}, {"法郎", "CHF", QX_KIND_MONEY, 0},
    {"比特币", "BTC", QX_KIND_MONEY, 0}, {"比特幣", "BTC", QX_KIND_MONEY, 0},
    {"yuan", "CNY", QX_KIND_MONEY, QX__UNIT_ENGLISH}, {"RMB", "CNY", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"yuan RMB", "CNY", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"US dollars", "USD", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"Hong Kong dollars", "HKD", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"HK dollars", "HKD", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"New Taiwan dollars", "TWD", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"U.S. dollars", "USD", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"dollars", "USD", QX_KIND_MONEY, QX__UNIT_ENGLISH}, {"dollar", "USD", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"euros", "EUR", QX_KIND_MONEY, QX__UNIT_ENGLISH}, {"euro", "EUR", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"pounds", "GBP", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    {"yen", "JPY", QX_KIND_MONEY, QX__UNIT_ENGLISH},
    /* percent */
    {"%", "%", QX_KIND_PERCENT, 0}, {"％", "%", QX_KIND_PERCENT, 0},
    {"个百分点", "pp", QX_KIND_PERCENT, 0}, {"個百分點", "pp", QX_KIND_PERCENT, 0},
    {"百分点", "pp", QX_KIND_PERCENT, 0}, {"百分點", "pp", QX_KIND_PERCENT, 0},
    {"成", "%", QX_KIND_PERCENT, QX__UNIT_TENTHS}, {"折", "%", QX_KIND_PERCENT, QX__UNIT_DISCOUNT},
    {"percent", "%", QX_KIND_PERCENT, QX__UNIT_ENGLISH}, {"per cent", "%", QX_KIND_PERCENT, QX__UNIT_ENGLISH},
    {"percentage points", "pp", QX_KIND_PERCENT, QX__UNIT_ENGLISH},
    {"percentage point", "pp", QX_KIND_PERCENT, QX__UNIT_ENGLISH},
    /* measures */
    {"吨", "t", QX_KIND_MEASURE, 0}, {"噸", "t", QX_KIND_MEASURE, 0},
    {"万吨", "t", QX_KIND_MEASURE, QX__UNIT_WAN}, {"萬噸", "t", QX_KIND_MEASURE, QX__UNIT_WAN},
    {"公斤", "kg", QX_KIND_MEASURE, 0}, {"千克", "kg", QX_KIND_MEASURE, 0},
    {"克", "g", QX_KIND_MEASURE, 0}, {"斤", "jin", QX_KIND_MEASURE, 0},
    {"亩", "mu", QX_KIND_MEASURE, 0}, {"畝", "mu", QX_KIND_MEASURE, 0},
    {"公顷", "ha", QX_KIND_MEASURE, 0}, {"公頃", "ha", QX_KIND_MEASURE, 0},
    {"平方米", "m2", QX_KIND_MEASURE, 0}, {"平米", "m2", QX_KIND_MEASURE, 0},
    {"平方公里", "km2", QX_KIND_MEASURE, 0}, {"平方千米", "km2", QX_KIND_MEASURE, 0},
    {"公里", "km", QX_KIND_MEASURE, 0}, {"千米", "km", QX_KIND_MEASURE, 0},
    {"米", "m", QX_KIND_MEASURE, 0}, {"厘米", "cm", QX_KIND_MEASURE, 0},
    {"毫米", "mm", QX_KIND_MEASURE, 0}, {"立方米", "m3", QX_KIND_MEASURE, 0},
    {"升", "L", QX_KIND_MEASURE, 0}, {"毫升", "mL", QX_KIND_MEASURE, 0},
    {"千瓦时", "kWh", QX_KIND_MEASURE, 0}, {"千瓦時", "kWh", QX_KIND_MEASURE, 0},
    {"千瓦", "kW", QX_KIND_MEASURE, 0}, {"兆瓦", "MW", QX_KIND_MEASURE, 0},
    {"摄氏度", "°C", QX_KIND_MEASURE, 0}, {"攝氏度", "°C", QX_KIND_MEASURE, 0},
    {"℃", "°C", QX_KIND_MEASURE, 0},
    {"tons", "t", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"tonnes", "t", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"ton", "t", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"tonne", "t", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"kilograms", "kg", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"kilogram", "kg", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"kg", "kg", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"grams", "g", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"catties", "jin", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"catty", "jin", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"jin", "jin", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"mu", "mu", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"hectares", "ha", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"hectare", "ha", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"square kilometers", "km2", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"square meters", "m2", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"kilometers", "km", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"kilometres", "km", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"km", "km", QX_KIND_MEASURE, QX__UNIT_ENGLISH}, {"meters", "m", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    {"metres", "m", QX_KIND_MEASURE, QX__UNIT_ENGLISH},
    /* durations */
    {"年", "year", QX_KIND_DURATION, QX__UNIT_YEAR}, {"周年", "year", QX_KIND_DURATION, 0},
    {"週年", "year", QX_KIND_DURATION, 0},
    {"个月", "month", QX_KIND_DURATION, 0}, {"個月", "month", QX_KIND_DURATION, 0},
    {"月", "month", QX_KIND_DURATION, QX__UNIT_MONTH},
    {"周", "week", QX_KIND_DURATION, 0}, {"週", "week", QX_KIND_DURATION, 0},
    {"个星期", "week", QX_KIND_DURATION, 0}, {"個星期", "week", QX_KIND_DURATION, 0},
    {"星期", "week", QX_KIND_DURATION, 0},
    {"天", "day", QX_KIND_DURATION, 0}, {"日", "day", QX_KIND_DURATION, QX__UNIT_DAY},
    {"小时", "h", QX_KIND_DURATION, 0}, {"小時", "h", QX_KIND_DURATION, 0},
    {"个小时", "h", QX_KIND_DURATION, 0}, {"個小時", "h", QX_KIND_DURATION, 0},
    {"个钟头", "h", QX_KIND_DURATION, 0}, {"個鐘頭", "h", QX_KIND_DURATION, 0},
    {"分钟", "min", QX_KIND_DURATION, 0}, {"分鐘", "min", QX_KIND_DURATION, 0},
    {"秒钟", "s", QX_KIND_DURATION, 0}, {"秒鐘", "s", QX_KIND_DURATION, 0},
    {"秒", "s", QX_KIND_DURATION, 0},
    {"years", "year", QX_KIND_DURATION, QX__UNIT_ENGLISH}, {"year", "year", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    {"months", "month", QX_KIND_DURATION, QX__UNIT_ENGLISH}, {"month", "month", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    {"weeks", "week", QX_KIND_DURATION, QX__UNIT_ENGLISH}, {"week", "week", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    {"days", "day", QX_KIND_DURATION, QX__UNIT_ENGLISH}, {"day", "day", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    {"hours", "h", QX_KIND_DURATION, QX__UNIT_ENGLISH}, {"hour", "h", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    {"minutes", "min", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    {"seconds", "s", QX_KIND_DURATION, QX__UNIT_ENGLISH},
    /* counts: classifiers, printed simplified */
    {"名", "名", QX_KIND_COUNT, 0}, {"个", "个", QX_KIND_COUNT, 0}, {"個", "个", QX_KIND_COUNT, 0},
    {"人次", "人次", QX_KIND_COUNT, 0}, {"人", "人", QX_KIND_COUNT, 0},
    {"户", "户", QX_KIND_COUNT, 0}, {"戶", "户", QX_KIND_COUNT, 0},
    {"家", "家", QX_KIND_COUNT, 0}, {"次", "次", QX_KIND_COUNT, 0},
    {"单", "单", QX_KIND_COUNT, 0}, {"單", "单", QX_KIND_COUNT, 0},
    {"件", "件", QX_KIND_COUNT, 0}, {"份", "份", QX_KIND_COUNT, 0},
    {"门", "门", QX_KIND_COUNT, 0}, {"門", "门", QX_KIND_COUNT, 0},
    {"期", "期", QX_KIND_COUNT, 0}, {"场", "场", QX_KIND_COUNT, 0}, {"場", "场", QX_KIND_COUNT, 0},
    {"所", "所", QX_KIND_COUNT, 0}, {"位", "位", QX_KIND_COUNT, 0},
    {"种", "种", QX_KIND_COUNT, 0}, {"種", "种", QX_KIND_COUNT, 0},
    {"级", "级", QX_KIND_COUNT, 0}, {"級", "级", QX_KIND_COUNT, 0},
    {"县", "县", QX_KIND_COUNT, 0}, {"縣", "县", QX_KIND_COUNT, 0},
    {"村", "村", QX_KIND_COUNT, 0}, {"乡", "乡", QX_KIND_COUNT, 0}, {"鄉", "乡", QX_KIND_COUNT, 0},
    {"镇", "镇", QX_KIND_COUNT, 0}, {"鎮", "镇", QX_KIND_COUNT, 0},
    {"省", "省", QX_KIND_COUNT, 0},
    {"岁", "岁", QX_KIND_COUNT, 0}, {"歲", "岁", QX_KIND_COUNT, 0},
    {"周岁", "岁", QX_KIND_COUNT, 0}, {"週歲", "岁", QX_KIND_COUNT, 0},
    {"倍", "倍", QX_KIND_COUNT, 0}, {"项", "项", QX_KIND_COUNT, 0}, {"項", "项", QX_KIND_COUNT, 0},
    {"辆", "辆", QX_KIND_COUNT, 0}, {"輛", "辆", QX_KIND_COUNT, 0},
    {"台", "台", QX_KIND_COUNT, 0}, {"臺", "台", QX_KIND_COUNT, 0},
    {"条", "条", QX_KIND_COUNT, 0}, {"條", "条", QX_KIND_COUNT, 0},
    {"套", "套", QX_KIND_COUNT, 0}, {"对", "对", QX_KIND_COUNT, 0}, {"對", "对", QX_KIND_COUNT, 0}, {"座", "座", QX_KIND_COUNT, 0},
    {"间", "间", QX_KIND_COUNT, 0}, {"間", "间", QX_KIND_COUNT, 0},
    {"只", "只", QX_KIND_COUNT, 0}, {"隻", "只", QX_KIND_COUNT, 0},
    {"头", "头", QX_KIND_COUNT, 0}, {"頭", "头", QX_KIND_COUNT, 0},
    {"株", "株", QX_KIND_COUNT, 0}, {"棵", "棵", QX_KIND_COUNT, 0},
    {"篇", "篇", QX_KIND_COUNT, 0}, {"本", "本", QX_KIND_COUNT, 0},
    {"张", "张", QX_KIND_COUNT, 0}, {"張", "张", QX_KIND_COUNT, 0},
    {"款", "款", QX_KIND_COUNT, 0}, {"类", "类", QX_KIND_COUNT, 0}, {"類", "类", QX_KIND_COUNT, 0},
    {"届", "届", QX_KIND_COUNT, 0}, {"屆", "届", QX_KIND_COUNT, 0},
    {"栋", "栋", QX_KIND_COUNT, 0}, {"棟", "栋", QX_KIND_COUNT, 0},
    {"枚", "枚", QX_KIND_COUNT, 0}, {"颗", "颗", QX_KIND_COUNT, 0}, {"顆", "颗", QX_KIND_COUNT, 0},
    {"箱", "箱", QX_KIND_COUNT, 0}, {"包", "包", QX_KIND_COUNT, 0}, {"盒", "盒", QX_KIND_COUNT, 0},
    {"笔", "笔", QX_KIND_COUNT, 0}, {"筆", "笔", QX_KIND_COUNT, 0},
    {"节", "节", QX_KIND_COUNT, 0}, {"節", "节", QX_KIND_COUNT, 0},
    {"课", "课", QX_KIND_COUNT, 0}, {"課", "课", QX_KIND_COUNT, 0},
    {"集", "集", QX_KIND_COUNT, 0},
    {"袋", "袋", QX_KIND_COUNT, 0}, {"瓶", "瓶", QX_KIND_COUNT, 0}, {"罐", "罐", QX_KIND_COUNT, 0},
    {"桶", "桶", QX_KIND_COUNT, 0}, {"部", "部", QX_KIND_COUNT, 0}, {"匹", "匹", QX_KIND_COUNT, 0},
    {"根", "根", QX_KIND_COUNT, 0}, {"片", "片", QX_KIND_COUNT, 0}, {"支", "支", QX_KIND_COUNT, 0},
    {"架", "架", QX_KIND_COUNT, 0}, {"艘", "艘", QX_KIND_COUNT, 0}, {"棟", "栋", QX_KIND_COUNT, 0},
    {"亿人", "人", QX_KIND_COUNT, 0},
    {"times", "倍", QX_KIND_COUNT, QX__UNIT_ENGLISH},
};

const qx__unit_word *qx__unit_words(size_t *count) {
    *count = sizeof unit_words / sizeof *unit_words;
    return unit_words;
}

/* Prefix currency signs and codes: $100, US$5, ¥30, RMB 500, HK$2. */
static const qx__unit_word currency_prefixes[] = {
    {"US$", "USD", QX_KIND_MONEY, 0},  {"$", "USD", QX_KIND_MONEY, 0},
    {"HK$", "HKD", QX_KIND_MONEY, 0},  {"NT$", "TWD", QX_KIND_MONEY, 0},
    {"¥", "CNY", QX_KIND_MONEY, 0},    {"￥", "CNY", QX_KIND_MONEY, 0},
    {"€", "EUR", QX_KIND_MONEY, 0},    {"£", "GBP", QX_KIND_MONEY, 0},
    {"RMB", "CNY", QX_KIND_MONEY, 0},  {"CNY", "CNY", QX_KIND_MONEY, 0},
    {"USD", "USD", QX_KIND_MONEY, 0},  {"人民币", "CNY", QX_KIND_MONEY, 0},
    {"人民幣", "CNY", QX_KIND_MONEY, 0}, {"美元", "USD", QX_KIND_MONEY, 0},
    {"港币", "HKD", QX_KIND_MONEY, 0},  {"港幣", "HKD", QX_KIND_MONEY, 0},
    {"港元", "HKD", QX_KIND_MONEY, 0},  {"新台币", "TWD", QX_KIND_MONEY, 0},
    {"新臺幣", "TWD", QX_KIND_MONEY, 0},
};

const qx__unit_word *qx__currency_prefixes(size_t *count) {
    *count = sizeof currency_prefixes / sizeof *currency_prefixes;
    return currency_prefixes;
}

/* The first characters of the non-ASCII unit words above, sorted, so that
 * unit_at gives up at once after most numbers. test_claims checks that
 * every unit word's first character is listed. */
static const unsigned int unit_leads[] = {
    0x2103, 0x4E07, 0x4E2A, 0x4E61, 0x4EA9, 0x4EBA, 0x4EBF, 0x4EF6,
    0x4EFD, 0x4F4D, 0x500B, 0x500D, 0x5143, 0x5146, 0x514B, 0x516C,
    0x5206, 0x52A0, 0x5305, 0x5339, 0x5343, 0x5347, 0x5355, 0x5362,
    0x5398, 0x53BF, 0x53EA, 0x53F0, 0x540D, 0x5428, 0x5468, 0x55AE,
    0x5678, 0x5706, 0x573A, 0x5757, 0x5834, 0x584A, 0x5929, 0x5934,
    0x5957, 0x5BB6, 0x5BF9, 0x5C0D, 0x5C0F, 0x5C46, 0x5C4A, 0x5C81,
    0x5E73, 0x5E74, 0x5EA7, 0x5F20, 0x5F35, 0x6210, 0x6236, 0x6237,
    0x6240, 0x6298, 0x6444, 0x651D, 0x652F, 0x65A4, 0x65B0, 0x65E5,
    0x661F, 0x6708, 0x671F, 0x672C, 0x6751, 0x6761, 0x679A, 0x67B6,
    0x680B, 0x682A, 0x6839, 0x6876, 0x689D, 0x68DF, 0x68F5, 0x6B21,
    0x6B27, 0x6B3E, 0x6B50, 0x6B72, 0x6BD4, 0x6BEB, 0x6CD5, 0x6E2F,
    0x6FB3, 0x7247, 0x745E, 0x74F6, 0x755D, 0x767E, 0x76D2, 0x7701,
    0x79CD, 0x79D2, 0x7A2E, 0x7ACB, 0x7B14, 0x7B46, 0x7BB1, 0x7BC0,
    0x7BC7, 0x7C73, 0x7C7B, 0x7D1A, 0x7E23, 0x7EA7, 0x7F50, 0x7F8E,
    0x81FA, 0x8258, 0x8282, 0x82F1, 0x842C, 0x888B, 0x8AB2, 0x8BFE,
    0x8F1B, 0x8F86, 0x9031, 0x90E8, 0x9109, 0x93AE, 0x9547, 0x9580,
    0x9593, 0x95E8, 0x95F4, 0x96BB, 0x96C6, 0x97D3, 0x97E9, 0x9805,
    0x982D, 0x9846, 0x985E, 0x9879, 0x9897, 0xFF05,
};

bool qx__unit_lead(uint32_t cp) {
    return qx__find_u32(unit_leads, sizeof unit_leads / sizeof *unit_leads, cp) != SIZE_MAX;
}
