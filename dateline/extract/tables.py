"""The language of dates, as data: numerals, words and cues, Chinese and English.

The modules beside it hold the logic (how a form is read and resolved); this module and
`forms.py` hold what changes when a new way of writing a date turns up: a word in a
table, a line in `forms.FORMS`, and a test (STYLE.md, point 7). Chinese tables carry
simplified and traditional spellings side by side; English words are matched
case-sensitively unless a table says otherwise.
"""
from __future__ import annotations

from ..patterns import alternation  # noqa: F401 - tables.alternation, as the forms and scan call it

# --- Numerals -------------------------------------------------------------------------

#: Full-width digits and separators read as their ASCII forms.
FULLWIDTH = str.maketrans("０１２３４５６７８９：．／－", "0123456789:./-")

#: Chinese digits; a year is written digit by digit (二〇二一), other numbers with 十.
CHINESE_DIGITS = {
    "〇": 0, "零": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3,
    "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: Chinese tens; 廿 and 卅 are the short forms of twenty and thirty used in dates.
CHINESE_TENS = {"十": 10, "廿": 20, "卅": 30}

#: Taiwan's Minguo calendar: 民國110年 is 2021.
MINGUO_YEAR_OFFSET = 1911

ENGLISH_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4,
                    "First": 1, "Second": 2, "Third": 3, "Fourth": 4}

#: Spoken numbers, for dates read out (`nineteen ninety-six`, `March eighth`, `the year two thousand`).
ENGLISH_UNIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                      "nine": 9}
ENGLISH_TEEN_WORDS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
                      "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
ENGLISH_TENS_WORDS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                      "eighty": 80, "ninety": 90}
#: A count in words before a unit (`a week ago`, `Forty years later`).
ENGLISH_NUMBERS = {"a": 1, "an": 1} | ENGLISH_UNIT_WORDS | ENGLISH_TEEN_WORDS | ENGLISH_TENS_WORDS
ENGLISH_ORDINAL_UNITS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                         "seventh": 7, "eighth": 8, "ninth": 9}
ENGLISH_ORDINAL_TEENS = {"tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
                         "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
                         "nineteenth": 19, "twentieth": 20, "thirtieth": 30}
#: The ordinal days of a month as words: first … thirty-first.
ENGLISH_ORDINAL_DAYS = {
    **ENGLISH_ORDINAL_UNITS, **ENGLISH_ORDINAL_TEENS,
    **{f"{tens}{joiner}{unit}": value + number for tens, value in (("twenty", 20), ("thirty", 30))
       for unit, number in ENGLISH_ORDINAL_UNITS.items() for joiner in ("-", " ") if value + number <= 31},
}

#: After a four-digit number, these make it a count (`2000 people`), not a year.
ENGLISH_COUNT_NOUNS = frozenset({
    "people", "persons", "workers", "employees", "jobs", "troops", "soldiers", "police", "officers", "members",
    "students", "children", "residents", "refugees", "votes", "voters", "shares", "points", "tons", "tonnes",
    "miles", "kilometers", "kilometres", "feet", "meters", "metres", "yards", "acres", "hectares", "barrels",
    "dollars", "euros", "yen", "pounds", "units", "cars", "vehicles", "homes", "houses", "buildings", "cases",
    "deaths", "dead", "injured", "times", "hours", "minutes", "seconds", "days", "calories", "pages", "words",
    "copies", "rooms", "beds", "seats", "flights", "passengers", "companies", "stores", "sites", "pieces",
    "items", "rounds", "marines", "sailors", "delegates", "applications", "computers", "machines",
    # a count before the noun it sizes (`a 2000 calorie diet`, `a 1500 word essay`)
    "calorie", "page", "word", "mile", "acre", "gram", "meter", "metre", "seat", "square",
    # units of measure (`Stated Weight per Ski: 2030 grams`)
    "grams", "g", "kg", "kilograms", "mg", "milligrams", "lb", "lbs", "ounces", "oz", "cm", "mm", "km", "inches",
    "ft", "gallons", "liters", "litres", "ml", "watts", "kw", "mw", "mah", "gb", "mb", "tb", "mph", "rpm",
    "pixels", "kcal", "sq", "hp", "horsepower", "degrees",
})
#: Before a four-digit number, these make it an amount or a name (`about 1990`, `No. 2000`).
ENGLISH_AMOUNT_WORDS = frozenset({
    "about", "some", "nearly", "almost", "approximately", "roughly", "around", "over", "under", "than", "only",
    "just", "least", "most", "exactly", "total", "totaling", "totalling", "no", "No", "number", "Number",
    "route", "Route", "flight", "Flight", "model", "Model", "page", "Page", "room", "Room", "rank", "ranked",
    "up", "down",
})


ENGLISH_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
ENGLISH_MONTHS |= {name.upper(): number for name, number in ENGLISH_MONTHS.items()}  # a stamp's `18 NOV 2019`
#: Month names that are words as often (`May we`): a cue must make them months (`in May`).
ENGLISH_MONTHS_NEEDING_A_CUE = frozenset({"May", "March", "MAY", "MARCH"})
#: Month names that may stand alone ("in December"); abbreviations need a day or year.
ENGLISH_FULL_MONTHS = tuple(name for name in ENGLISH_MONTHS if len(name) > 4 or name in ("May", "June", "July"))

ENGLISH_WEEKDAYS = {
    "Monday": 0, "Tuesday": 1, "Wednesday": 2, "Thursday": 3, "Friday": 4, "Saturday": 5, "Sunday": 6,
}
#: The character after 周/星期/礼拜 naming the day of the week (Monday is 0).
CHINESE_WEEKDAYS = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}

# --- Words ----------------------------------------------------------------------------

#: Year words that prefix a month or period (今年9月1日): offset from the publication year.
YEAR_WORDS = {"今年": 0, "本年": 0, "去年": -1, "上年": -1, "前年": -2, "大前年": -3, "明年": 1, "后年": 2, "後年": 2,
              "大后年": 3, "大後年": 3}
#: Year words that take the year of the previous mention (同年9月), or the one after it (次年3月).
SAME_YEAR_WORDS = {
    "当年": 0, "當年": 0, "同年": 0, "那年": 0, "这年": 0, "這年": 0, "那一年": 0, "这一年": 0, "這一年": 0,
    "次年": 1, "翌年": 1,
}
#: Of those, the ones that are a mention on their own (`次年，公司上市`, `同年以《陌生人》入围`; 当年 alone is
#: as often "back then").
STANDALONE_SAME_YEAR_WORDS = ("次年", "翌年", "同年")
#: Year words that are a mention on their own (今年 alone is a date, not an event).
STANDALONE_YEAR_WORDS = ("今年", "本年", "去年", "上年", "前年", "大前年", "明年", "后年", "後年", "大后年", "大後年")
#: Before a year of two digits alone (`95年畢業`): where a clause opens, a subject, a preposition of time or a
#: reporting verb (`指出90年他曾到`); after its 年, a verb of what was done then, a subject, or 起 and 时.
SHORT_YEAR_ALONE_AFTER = "，,。；;：:、 \n（(「『“他她我在于於至到从從自及和与與或是出"
SHORT_YEAR_ALONE_BEFORE = (
    "毕业", "畢業", "出生", "生于", "生於", "加入", "入读", "入讀", "入学", "入學", "考入", "考上", "成为", "成為",
    "开始", "開始", "起", "时", "時", "的时候", "的時候", "他", "她", "我", "曾", "被", "因", "移民", "结婚", "結婚",
    "入行", "退休", "创立", "創立", "创办", "創辦", "离开", "離開", "回到", "来到", "來到", "进入", "進入", "当选",
    "當選", "获", "獲", "赴", "到", "去",
)
#: Before 前年 or 后年, what makes 前 or 后 the end of another word (目前年产量, 此后年均, 今后年轻人) or a
#: generation (`80後年輕示威者`): no year before or after last.
YEAR_WORD_NOT_AFTER = "0-9０-９目此之以眼当當提空事先日面生然随隨背最其落往而今"
#: After 前年 or 后年, what makes 年 the start of another word (年轻, 年均): `当前年轻人`, `此后年均增长`.
YEAR_WORD_NOT_BEFORE = "轻輕均"

#: 上周/本周/下周 and 上个月 …: the shift from the publication's week or month.
PERIOD_SHIFTS = {"上上": -2, "上": -1, "上一": -1, "本": 0, "这": 0, "這": 0, "这个": 0, "這個": 0, "这一": 0,
                 "這一": 0, "下": 1, "下一": 1, "下下": 2}
#: 当月: the month of the previous mention.
SAME_MONTH_WORDS = ("当", "當", "同")  # 当月, 同月
ENGLISH_PERIOD_SHIFTS = {
    "last": -1, "this": 0, "next": 1, "Last": -1, "This": 0, "Next": 1, "the current": 0, "The current": 0,
    "the present": 0, "this coming": 1, "This coming": 1, "the past": -1, "The past": -1, "this past": -1,
    "This past": -1,
}
#: Before `this year` and the like: a part of the period, still read as the whole (`earlier this year`).
ENGLISH_PERIOD_PARTS = (
    "earlier", "Earlier", "later", "Later", "early", "Early", "late", "Late", "the end of", "The end of",
    "the beginning of", "The beginning of", "the start of", "The start of", "the middle of", "The middle of",
    "end of", "beginning of",
)
#: Chinese shifts of a quarter (上个季度, 本季度): from the publication's quarter.
QUARTER_SHIFTS = {"上个": -1, "上個": -1, "上一个": -1, "上一個": -1, "上": -1, "本": 0, "这个": 0, "這個": 0,
                  "当前": 0, "下个": 1, "下個": 1, "下一个": 1, "下一個": 1, "下": 1}
#: Ordinals of a quarter besides numbers: 首季度 is the first.
QUARTER_ORDINALS = {"首": 1}

#: Words for a day, by what they count from and how far.
#: anchors, tried in order: "publication" (the article's date), "previous" (the
#: previous dated mention in the same or previous block), "previous-anywhere" (the previous
#: dated mention, however far before: 当天, 那天 and `the same day` say which), "previous-at-clause-start"
#: (the same as "previous", only when the word opens a clause: 上报次日 counts from an undated act).
DAY_WORDS = {
    "今天": (0, ("publication",)), "今日": (0, ("publication",)), "今晨": (0, ("publication",)),
    "今早": (0, ("publication",)), "今晚": (0, ("publication",)), "今夜": (0, ("publication",)),
    "昨天": (-1, ("publication",)), "昨日": (-1, ("publication",)), "昨晚": (-1, ("publication",)),
    "昨夜": (-1, ("publication",)), "昨午": (-1, ("publication",)), "今午": (0, ("publication",)),
    "前天": (-2, ("publication",)), "前日": (-2, ("publication",)), "前晚": (-2, ("publication",)),
    "大前天": (-3, ("publication",)), "昨": (-1, ("publication",)),  # 昨 alone: `台北地檢署昨依法將姚緩起訴`
    "明天": (1, ("publication",)), "明日": (1, ("publication",)), "明晚": (1, ("publication",)),
    "后天": (2, ("publication",)), "後天": (2, ("publication",)),
    "大后天": (3, ("publication",)), "大後天": (3, ("publication",)),
    "当天": (0, ("previous-anywhere", "publication")), "當天": (0, ("previous-anywhere", "publication")),
    "当日": (0, ("previous-anywhere", "publication")), "當日": (0, ("previous-anywhere", "publication")),
    "当晚": (0, ("previous-anywhere", "publication")), "當晚": (0, ("previous-anywhere", "publication")),
    "同日": (0, ("previous-anywhere", "publication")), "同一天": (0, ("previous-anywhere", "publication")),
    "同天": (0, ("previous-anywhere", "publication")),
    "那天": (0, ("previous-anywhere",)), "那一天": (0, ("previous-anywhere",)),
    "当夜": (0, ("previous-anywhere", "publication")), "當夜": (0, ("previous-anywhere", "publication")),
    "次日": (1, ("previous-at-clause-start",)), "翌日": (1, ("previous-at-clause-start",)),
    "隔天": (1, ("previous-at-clause-start",)), "隔日": (1, ("previous-at-clause-start",)),
    "第二天": (1, ("previous-at-clause-start",)), "后一天": (1, ("previous-at-clause-start",)),
    "後一天": (1, ("previous-at-clause-start",)), "第三天": (2, ("previous-at-clause-start",)),
    "前一天": (-1, ("previous-at-clause-start",)), "此前一天": (-1, ("previous-at-clause-start",)),
    "前一日": (-1, ("previous-at-clause-start",)), "此前一日": (-1, ("previous-at-clause-start",)),
    # the trading day before the day told: the day before it (a Monday's would be the Friday; markets are read daily)
    "前一交易日": (-1, ("previous-at-clause-start",)), "上一交易日": (-1, ("previous-at-clause-start",)),
    "前一个交易日": (-1, ("previous-at-clause-start",)), "前一個交易日": (-1, ("previous-at-clause-start",)),
    "头一天": (-1, ("previous-at-clause-start",)), "頭一天": (-1, ("previous-at-clause-start",)),
}
#: After 周三 with 大, what makes it `三大` (the three major …), not Wednesday: `本週三大指數全部收跌`.
THREE_MAJOR = ("指数", "指數", "股指", "法人", "股市", "期指", "交易所", "银行", "銀行", "电信", "電信", "运营商",
               "運營商", "航空", "巨头", "巨頭", "品牌")
#: Right before a number of days, words that make it a count (`已连续8日净流入`, `近5日`), not a day of the month.
DAYS_COUNTED_AFTER = ("连续", "連續", "累计", "累計", "近", "共", "长达", "長達", "历时", "歷時", "为期", "為期",
                      "持续", "持續", "最近", "过去", "過去", "短短", "整整", "逾", "超过", "超過", "不到", "不足",
                      "已经", "已經", "延迟", "延遲", "推迟", "推遲", "延长", "延長")  # `留在理大已經六日`, `延遲7日`
#: Right before a number of years, words that make it a count (`有着近1000年历史`), not a year; so does 近 where it
#: ends no other word (`接近1962年「溫黛」` is near that year's storm).
YEARS_COUNTED_AFTER = ("逾", "长达", "長達", "历时", "歷時", "为期", "為期", "已有", "超过", "超過")
#: Day words that are the start of a name, not a date (今日头条 is a company).
DAY_WORD_NAMES = {
    "今日": (
        "头条", "頭條", "说法", "說法", "美国", "美國", "俄罗斯", "俄羅斯", "中国", "中國", "世界", "新闻网", "新聞網",
    ),
    "明日": ("之星", "方舟", "香港"),
    "明天": ("系",),  # 明天系, a company group
    "今天": ("的中国", "的中國"),
    "同日": ("本", "而语", "而語"),  # 同日本 is "with Japan"; 不可同日而语, an idiom: not to be compared
    "昨": ("是", "非", "（", "("),  # 昨是今非, 今是昨非: an idiom; 昨（21）日 is read whole
    # 天津, 天亮, 天涯, 天堂, 后天性 (acquired): 前 or 后 ends the word before (`此前天津`, `然后天亮了`)
    "前天": ("津", "亮"),
    "前晚": ("宴", "餐", "会", "會", "期", "清", "辈", "輩", "礼", "禮", "霞"),  # 赛前晚宴, 前晚期: no night
    "后天": ("津", "亮", "涯", "堂", "性", "赋"),
    "後天": ("津", "亮", "涯", "堂", "性", "賦"),
}
#: What 今 alone is today before, as Taiwan's news write it (`發言人今表示`, `立法院今舉行公聽會`, `柯文哲今上午11點
#: 庭訊`): a verb of the news, a part of the day, or a word of when or where it is done.
TODAY_ALONE_BEFORE = (
    "表示", "說", "说", "指出", "宣布", "宣佈", "舉行", "举行", "召開", "召开", "出席", "前往", "發布", "发布", "發表",
    "发表", "接受", "回應", "回应", "強調", "强调", "證實", "证实", "透露", "公布", "公佈", "抵達", "抵达", "宣判",
    "舉辦", "举办", "主持", "拜會", "拜会", "視察", "视察", "參加", "参加", "受訪", "受访", "提出", "發文", "发文",
    "上午", "下午", "中午", "晚間", "晚间", "晚上", "凌晨", "清晨", "早上", "一早", "傍晚",
    "將", "将", "再", "又", "亦", "也", "在", "於", "于", "與", "与", "向", "對", "对", "率", "赴", "起",
    "首度", "正式",
)
#: Before 今, what makes it part of another word (如今, 至今, 迄今, 古今, 當今, 距今, 從今, 現今, 而今).
TODAY_ALONE_NOT_AFTER = "如至迄古当當从從自现現而到距于於"
#: Day words that are the end of another word, not a date (最后一天 is "the last day").
#: 共同天地 is "a world in common"; 此前日增 is 此前 and 日增 ("daily rise"); 如同日常 is "like the everyday";
#: 光明日报 is a newspaper; 今时今日 is "nowadays"; 同年同月同日 is an oath's "the same day"; 不同日子, different days.
#: 目前天气, 此前天津, 随后天气, 最后天王, 今后天气: 前 and 后 end a word (目前, 随后), and 天 begins the next.
DAY_WORD_NOT_AFTER = {"后一天": "最", "後一天": "最", "同天": "共", "同日": "共如月不", "前日": "此之以", "明日": "光",
                      "今日": "时時", "前天": "目此之以眼当當提空事先日近面生",
                      "前晚": "目此之以眼当當提空事先日近面生睡饭飯赛賽战戰",  # 睡前晚读: before bed
                      "后天": "最随隨然之此以其落背今而幕稍往向先午", "後天": "最随隨然之此以其落背今而幕稍往向先午",
                      # 聪明, 光明, 黎明, 声明 …: 明 ends the word (not 说: `他说明天去`)
                      "明天": "聪聰光文透鲜鮮声聲表分证證阐闡黎清发發英开開标標注查写寫指载載申昌神高精"}

#: English day words; matched without regard to case.
ENGLISH_DAY_WORDS = {
    "today": (0, ("publication",)), "tonight": (0, ("publication",)),
    "this morning": (0, ("publication",)), "this afternoon": (0, ("publication",)),
    "this evening": (0, ("publication",)), "yesterday": (-1, ("publication",)),
    "last night": (-1, ("publication",)), "tomorrow": (1, ("publication",)),
    "the day before yesterday": (-2, ("publication",)), "the day after tomorrow": (2, ("publication",)),
    "the next day": (1, ("previous",)), "the following day": (1, ("previous",)),
    "the next morning": (1, ("previous",)), "the following morning": (1, ("previous",)),
    # … or, with no day told before it, the day before publication (`up from the previous day's close`)
    "the previous day": (-1, ("previous", "publication-before-any-date")), "the night before": (-1, ("previous",)),
    "the same day": (0, ("previous-anywhere",)), "that same day": (0, ("previous-anywhere",)),
    "that day": (0, ("previous-anywhere",)), "later that day": (0, ("previous-anywhere",)),
    "the day after": (1, ("previous",)), "the day before": (-1, ("previous",)),
    # a part of the day the story just told of
    **{f"{lead}{part}": (0, ("previous-anywhere",))
       for lead in ("that ", "that same ", "later that ", "earlier that ")
       for part in ("morning", "afternoon", "evening", "night")},
    "earlier that day": (0, ("previous-anywhere",)), "earlier in the day": (0, ("previous-anywhere",)),
    "later in the day": (0, ("previous-anywhere",)),
    **{f"{lead}{part}": (1, ("previous",))
       for lead in ("the next ", "the following ") for part in ("afternoon", "evening", "night")},
}
#: English day words that count from something else when a noun follows
#: ("the day after the vote"); they are read only before a pause.
ENGLISH_DAY_WORDS_BEFORE_PAUSE = ("the day after", "the day before")
ENGLISH_DAY_WORD_NAMES = {"today": ("USA ",)}  # preceded by these, a name
#: Followed by these, a name: `the BBC's Today programme`, `the Today show`.
ENGLISH_DAY_WORD_NAMES_BEFORE = {"today": ("programme", "program", "show")}
#: Day words that also speak of the present or the future in general (`today's youth`, `the world of tomorrow`).
ENGLISH_GENERIC_DAY_WORDS = frozenset({"today", "tomorrow"})
#: After `today's`, these make it the present in general rather than the day.
ENGLISH_GENERIC_NOUNS = frozenset({
    "youth", "world", "society", "generation", "children", "kids", "young", "teenagers", "consumers",
    "computers", "economy", "standards", "technology", "culture", "life", "music", "media", "workers",
    "families", "students", "women", "men", "people", "politics", "business", "businesses", "companies",
})

#: Day words that say the part of the day an hour after them is in (今晚8点 is 20:00).
DAY_WORD_PARTS_OF_DAY = {"晚": "晚上", "夜": "夜里", "晨": "早晨", "早": "早上", "午": "下午"}  # 昨午2時: 14:00
#: Parts of the day, and how an hour written with them reads on a 24-hour clock.
PARTS_OF_DAY = {
    "凌晨": "small-hours", "半夜": "midnight", "午夜": "midnight",
    "清晨": "morning", "早上": "morning", "早晨": "morning", "上午": "morning",
    "早间": "morning", "早間": "morning",
    "中午": "noon", "午间": "noon", "午間": "noon",
    "下午": "afternoon", "午后": "afternoon", "午後": "afternoon", "傍晚": "afternoon",
    "晚上": "evening", "晚间": "evening", "晚間": "evening", "夜间": "evening", "夜間": "evening",
    "夜里": "evening", "夜裡": "evening", "深夜": "evening", "晚": "evening", "夜": "evening",
}
#: Parts of the day that open a sentence of a story told day by day (`下午，`): 晚 and 夜 alone are words of
#: their own, and 凌晨 may be the next day's.
PARTS_OF_DAY_OPENING = tuple(part for part in PARTS_OF_DAY if len(part) == 2 and part not in ("凌晨", "半夜", "午夜"))
ENGLISH_PARTS_OF_DAY = ("morning", "afternoon", "evening", "night")
ENGLISH_CLOCK_WORDS = {"noon": 12, "midnight": 0}

#: Month parts keep month granularity: 11月下旬 is "2021-11".
MONTH_PARTS = ("上旬", "中旬", "下旬", "初", "底", "末")
ENGLISH_MONTH_PARTS = (
    "early", "Early", "mid", "Mid", "late", "Late", "the end of", "the beginning of",
    "the start of", "the middle of", "end of", "beginning of", "start of", "middle of",
    "The end of", "The beginning of", "The start of", "The middle of", "End of", "Beginning of",
)
#: Words that make a bare month or year a date in English ("in December", "since 2019").
#: Seasons as the months they span, in the northern hemisphere; winter runs across New Year.
SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11), "winter": (12, 2)}
ENGLISH_SEASONS = {"spring": "spring", "summer": "summer", "fall": "fall", "autumn": "autumn", "winter": "winter",
                   "Spring": "spring", "Summer": "summer", "Fall": "fall", "Autumn": "autumn", "Winter": "winter"}
CHINESE_SEASONS = {"春": "spring", "夏": "summer", "秋": "autumn", "冬": "winter"}
#: Before `the summer`, words that make it a time of the story (`in the summer`, not `of the summer`).
ENGLISH_SEASON_CUES = frozenset({"in", "In", "during", "During", "over", "through", "Through", "until", "Until",
                                 "by", "By", "since", "Since"})

ENGLISH_DATE_CUES = (
    "in", "In", "by", "By", "since", "Since", "until", "Until", "from", "From", "during",
    "During", "through", "Through", "before", "Before", "after", "After", "of", "around",
    "circa", "till", "to", "between", "Between",
)
#: Words that make a bare year a date ("in 2020"); fewer than for months, since
#: "to 2000" and "of 2000" are more often counts.
#: Before a number, the things it numbers (`18 U.S.C. § 2071`, `Section 2071`, `Rule 1001`, `Flight 1549`): no
#: year.
NUMBERED_THINGS = ("§", "§§", "Section", "section", "Sec.", "sec.", "Article", "Art.", "Chapter", "Rule", "Flight",
                   "No.")
ENGLISH_YEAR_CUES = (
    "in", "In", "since", "Since", "by", "By", "during", "During", "from", "From", "until",
    "Until", "through", "Through", "before", "Before", "after", "After", "till", "to",
)

#: A day in Chinese numerals with no month (九日) is a date only before one of these:
#: 七日无理由退货 is a duration.
CHINESE_DAY_ALONE_BEFORE = "，,。；;：:、！？!? \u3000\n（(起至到的晚上下凌中早夜午傍深—-~～"
#: … or before a preposition or a verb of the news (朱镕基二十四日在中南海会见, 他三日抵达北京);
#: 三日内 and 三日游 stay durations.
CHINESE_DAY_ALONE_BEFORE_WORDS = (
    "在", "于", "於", "就", "向", "对", "對", "与", "與", "将", "將", "已", "又", "正式", "分别", "分別",
    "举行", "舉行", "召开", "召開", "发表", "發表", "发布", "發布", "發佈", "宣布", "表示", "说", "說",
    "会见", "會見", "会晤", "會晤", "出席", "抵达", "抵達", "签署", "簽署", "公布", "通过", "通過",
    "致电", "致電", "指出", "访问", "訪問", "离开", "離開", "结束", "結束", "开幕", "開幕", "闭幕", "閉幕",
    "报道", "報道", "報導",
)

#: Units of a relative expression (三天后, 半个月后): days, months or years each.
RELATIVE_UNITS = {
    "天": ("days", 1), "日": ("days", 1), "周": ("days", 7), "週": ("days", 7),
    "星期": ("days", 7), "个星期": ("days", 7), "個星期": ("days", 7),
    "礼拜": ("days", 7), "禮拜": ("days", 7), "个礼拜": ("days", 7), "個禮拜": ("days", 7),
    "个月": ("months", 1), "個月": ("months", 1), "年": ("years", 1),
}
ENGLISH_RELATIVE_UNITS = {
    "day": ("days", 1), "days": ("days", 1), "week": ("days", 7), "weeks": ("days", 7),
    "month": ("months", 1), "months": ("months", 1), "year": ("years", 1), "years": ("years", 1),
    "decade": ("years", 10), "decades": ("years", 10),
}
#: Directions of a relative expression: "before"/"after" count from the previous
#: mention at a clause start (or the publication), "ago" from the publication.
RELATIVE_DIRECTIONS = {
    "前": "before", "之前": "before", "以前": "before",
    "后": "after", "後": "after", "之后": "after", "之後": "after", "以后": "after", "以後": "after",
}
#: Which way an English count goes: `ago` and `away` from publication (`four weeks away`), `later` and `earlier`
#: from the date told.
ENGLISH_RELATIVE_DIRECTIONS = {"ago": "ago", "later": "later", "earlier": "earlier", "away": "away"}

# --- Cues for resolving and for deciding what is an event -------------------------------

#: A sentence with one of these is about the future: a year-less date may lie after publication.
FUTURE_CUES = (
    "将于", "將於", "将", "將", "计划", "計劃", "計畫", "拟", "擬", "预计", "預計", "即将", "即將",
    "定于", "定於", "准备", "準備", "有望", "届时", "屆時", "原定", "预定", "預定",
    "预估", "預估", "可望", "最快", "打算",
)
#: The modal 会 (`周日会远离`, `週六會靠近`: a forecast), in a clause's own words only (tense.py): as a noun
#: it begins words (会议, 会见) and ends them (委员会, 记者会, 议会), and those are no future.
CHINESE_MODAL_WILL = ("会", "會")
CHINESE_MODAL_WILL_FALSE_FRIENDS = (
    "议", "議", "见", "見", "谈", "談", "晤", "面", "同", "上", "中", "后", "後", "前", "商", "师", "師", "合",
    "诊", "診", "考", "展", "员", "員", "长", "長", "所", "场", "場", "址", "期", "计", "計", "费", "費", "签",
    "簽", "刊", "旗", "徽", "馆", "館", "堂", "聚", "意", "心", "演", "战", "戰", "审", "審", "籍", "众", "眾",
    "务", "務", "友", "规", "規", "章", "标", "標", "歌", "讯", "訊", "报", "報", "的", "网", "網", "社",
)
CHINESE_MODAL_WILL_FALSE_BEFORE = (
    "委员社协協学學机機大全峰事国國议議工金者布明讨討谈談乐樂览覽动動运運展商年晚宴舞聚茶例省开開与與赴约約"
    "体體误誤交汇匯融领領附相集幽朝部庙廟教公农農渔漁总總分常筹籌备備证證询詢盛庆慶典赛賽博都夜知理再时時往监監唱歌"
    "法"  # 立法会, a legislature
)
#: 将 is also the object marker (将漏洞告知 "told them of the flaw", 将两名同事带回), and part of words.
FUTURE_CUE_FALSE_FRIENDS = {
    "将": ("其", "该", "此", "这", "那", "之", "它", "他", "她", "所", "自身", "相关", "漏洞",
          "军", "近", "领", "士", "信息", "两", "二", "三", "四", "五", "六", "七", "八", "九", "几", "数"),
    "將": ("其", "該", "此", "這", "那", "之", "它", "他", "她", "所", "自身", "相關", "漏洞",
          "軍", "近", "領", "士", "信息", "兩", "二", "三", "四", "五", "六", "七", "八", "九", "幾", "數"),
    # a plan as a noun: `计划生育` (family planning), `计划经济`, `计划书`, `…计划之…`
    "最快": ("的", "速度"),  # `最快的列车`: the fastest, not `最快两周后`, at the earliest
    # preparing done or as a noun: `为周六的阅兵准备了数月`, `准备好了`, `准备工作`
    "准备": ("了", "好", "工作"),
    "準備": ("了", "好", "工作"),
    "计划": ("之", "书", "生育", "经济", "单列"),
    "計劃": ("之", "書", "生育", "經濟", "單列"),
    "計畫": ("之", "書", "生育", "經濟", "單列"),
}
#: Before a future cue, what makes it a plan that was (`原计划`, originally planned: the day may be past).
FUTURE_CUE_FALSE_BEFORE = {"计划": "原", "計劃": "原", "計畫": "原"}
ENGLISH_FUTURE_CUES = (
    "will", "is due to", "are due to", "scheduled", "plans to", "plan to", "is set to",
    "are set to", "expected to", "upcoming", "is to", "are to",
)

#: Chinese cues that a clause reports what has happened (`已`, `曾`, a verb with `了`), or a figure,
#: which is measured after the fact (`销量同比增长`; a forecast says so: `预计增长`).
CHINESE_PAST_CUES = ("已经", "已經", "已", "曾经", "曾經", "曾", "了", "被", "同比", "环比", "環比", "增长", "增長",
                     "上升", "下降", "下滑", "减少", "減少", "份额", "份額", "占比", "佔比")
#: … unless they are part of another word (了解 "understand", 为了 "in order to", 已于 is kept).
CHINESE_PAST_CUE_FALSE_FRIENDS = {
    "了": ("解", "如", "结", "結", "却", "卻", "不起"),
    "曾": ("国", "國", "氏"),
    "被": ("告", "子", "保", "执行", "執行", "申请", "申請", "害人", "调查", "調查", "动", "動", "迫"),
}
CHINESE_PAST_CUE_FALSE_BEFORE = {"了": "为為除不受罢罷"}

#: English words that put the date they govern after publication: auxiliaries (`will meet Friday`),
#: the verbs and adjectives of intent that take an infinitive or a date (`set to resume Monday`,
#: `is scheduled for Friday`), and prepositions of a deadline (`until Friday`).
ENGLISH_FUTURE_AUXILIARIES = frozenset({"will", "shall", "'ll", "won't", "wo", "would", "gonna", "going"})
#: Modals that say what may be, not when: `could arrive Tuesday` is neither past nor future by itself.
ENGLISH_MODALS = frozenset({"could", "might", "may", "can", "should", "must"})
#: Participles that describe a noun and are never the verb of its clause.
ENGLISH_ADJECTIVAL_PARTICIPLES = frozenset({"aged", "based", "located", "headquartered"})
#: Past verbs of saying and expecting before `would` or `could`: what they report is ahead of them only.
#: Chinese verbs of saying: a future after them is what was said (`7月2日晚回应称将严查`), not when.
CHINESE_SAYING_VERBS = ("称", "稱", "表示", "说", "說", "透露", "指出", "强调", "強調", "宣布", "回应", "回應", "介绍",
                        "介紹", "坦言", "直言", "披露", "证实", "證實")
ENGLISH_PAST_SAYING = frozenset({
    "said", "told", "announced", "added", "reported", "stated", "confirmed", "promised", "predicted",
    "expected", "hoped", "estimated", "forecast", "warned", "insisted", "claimed", "argued", "indicated",
    "wrote", "noted", "pledged", "vowed", "thought", "believed", "agreed", "decided",
})
#: Past verbs of ordering before their object and an infinitive (`ordered Stone to appear Thursday`); not
#: `asked` or `told`, whose day may be the asking's (`asked residents to leave on Monday`).
ENGLISH_PAST_ORDERS = frozenset({"ordered", "directed", "instructed", "summoned", "subpoenaed", "required"})
ENGLISH_INTENT_WORDS = frozenset({
    "plan", "plans", "planned", "planning", "schedule", "scheduled", "expect", "expects", "expected",
    "set", "due", "slated", "intend", "intends", "intended", "aim", "aims", "aimed", "hope", "hopes",
    "hoped", "prepare", "prepares", "prepared", "going", "supposed", "poised", "is", "are", "am", "was",
    "were", "want", "wants", "wanted", "seek", "seeks", "sought", "agree", "agreed", "promise", "promised",
    "vow", "vowed", "pledge", "pledged", "decide", "decided", "ready", "rumored", "rumoured", "tipped",
})
#: Verbs of planning: their object's date is to come (`planned a rally Saturday`, `is scheduled for May`).
ENGLISH_PLANNING_VERBS = frozenset({"plan", "schedule", "slate", "reschedule", "arrange", "call"})
#: Verbs of expecting: what they expect, and its date, is ahead (`expects a decision in June`).
ENGLISH_EXPECTING_VERBS = frozenset({"expect", "anticipate", "forecast", "predict", "foresee", "project"})
#: What stands between a verb and the date it is done on (`met on Friday`, `agreed in June`).
ENGLISH_DATE_PREPOSITIONS = frozenset({"on", "in", "at", "during", "early", "late", "last", "this", "the"})
#: Words that join or open a phrase: after a date, no noun it describes (`the 1990s and 2000s`, `the '60s when`).
ENGLISH_FUNCTION_WORDS = frozenset({
    "and", "or", "but", "to", "the", "a", "an", "of", "in", "on", "at", "by", "for", "with", "as", "when", "while",
    "that", "which", "who", "than", "into", "from", "through", "until", "before", "after", "onward", "onwards",
})
#: Prepositions before a period that make it the time of what the sentence tells (`in the 1990s`, `back to the '60s`).
ENGLISH_PREPOSITIONS_BEFORE_A_PERIOD = frozenset({
    "in", "during", "since", "by", "until", "till", "through", "throughout", "from", "of", "between", "before",
    "after", "over", "into", "to", "around", "at", "on", "across",
})
#: Right before a date, a deadline or a start: the nearer date wins, whatever the verb's tense (`extended to
#: Nov. 16`, `goods imported beginning June 10`).
ENGLISH_DEADLINE_PREPOSITIONS = frozenset({"until", "till", "by", "pending", "coming", "upcoming", "through",
                                           "effective", "before", "beginning", "starting"})
#: Right after a date, the same (`the Jan. 14 deadline`).
ENGLISH_DEADLINE_NOUNS = frozenset({"deadline", "deadlines", "target", "date"})
ENGLISH_PAST_PREPOSITIONS = frozenset({"since", "past", "previous"})
#: Right before a date, the earliest it may be (`as soon as Tuesday`): ahead, unless the verb says otherwise.
ENGLISH_EARLIEST_WORDS = frozenset({("as", "soon", "as"), ("as", "early", "as")})
#: After a day's possessive, participles that put it ahead (`Friday's expected announcement`, `Friday's scheduled
#: vote`); `expected` before a day does too (tense.py).
ENGLISH_EXPECTATION_PARTICIPLES = frozenset({"expected", "scheduled", "slated", "planned", "upcoming"})
#: Before `for` and a date, what a weather service or an agency issues for a day still ahead (`a storm watch for
#: Tuesday`, `a heat advisory for Friday`).
ENGLISH_FORECAST_NOUNS = frozenset({"watch", "watches", "warning", "warnings", "advisory", "advisories", "alert",
                                    "alerts"})
#: Verbs that move a date (`extended to Nov. 16`): the date they move to is a deadline.
ENGLISH_RESCHEDULING_VERBS = frozenset({"extend", "postpone", "delay", "defer", "push", "move", "reschedule",
                                        "adjourn", "bring"})
#: Before a present-tense verb, these make it one (`they meet Friday`, `which expire Nov. 21`).
ENGLISH_SUBJECT_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "who", "which", "that"})
ENGLISH_PRESENT_AUXILIARIES = frozenset({"is", "are", "am", "does", "do", "has", "have", "'s", "'re"})
#: Past forms that are also the base form of a rarer verb (`shares fell`, not `to fell a tree`; `police found`):
#: past, unless an auxiliary or `to` asks for the base form.
ENGLISH_PAST_HOMOGRAPHS = frozenset({"fell", "found", "saw", "lay", "wound", "bound", "ground"})
ENGLISH_PAST_AUXILIARIES = frozenset({"was", "were", "had", "did", "'d"})
#: Before a word in -s, these make it a plural noun (`of shares`, `and sales`), not a verb.
ENGLISH_NOT_BEFORE_A_VERB = frozenset({
    "of", "in", "on", "at", "for", "with", "by", "from", "to", "and", "or", "but", "as", "into", "about",
    "than", "new", "more", "most", "many", "few", "all", "both", "its", "their", "his", "her", "our", "your",
    "my", "the", "a", "an", "this", "that", "these", "those", "some", "any", "no", "each", "every", "other",
    # a count before a plural (`three times`, `two weeks`)
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "twenty",
    "hundred", "thousand", "million", "billion", "several", "dozen", "dozens", "hundreds", "thousands",
})
#: Before a word that can be a noun or a verb (`the deal`, `a meet`), these make it a noun.
ENGLISH_DETERMINERS = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "your", "my",
    "each", "every", "no", "any", "some", "whose",
})

#: Between a determiner and a date, these name a thing by the day it is planned for (`the scheduled Feb. 13 hearing`).
ENGLISH_PLANNED_ADJECTIVES = frozenset({
    "scheduled", "planned", "expected", "proposed", "slated", "upcoming", "tentative", "anticipated", "rescheduled",
})

#: Right before a date, these make it the "as of" date of a statistic, not an event.
AS_OF_CUES = (
    "截至", "截止", "截止到", "截至到", "截止至", "统计至", "統計至", "统计到", "統計到",
    "as of", "As of", "as at", "As at", " as on", "As on",
)
#: Right before a Chinese date, a point of comparison (`较6月减少`): no month the story goes on in.
COMPARED_WITH_CUES = ("较", "比", "相比", "相较于", "相較於", "较之", "較之", "同比", "环比", "環比")
#: Before (English) or after (Chinese) a date, these make it the start of a span (`since 2008`, `2008年以来`);
#: with a superlative (`the biggest failure since 2008`, `2008年以来首次`) it is a point of comparison, not
#: an event (`fighting cancer since 2004` starts with one).
SINCE_CUES = ("since", "Since")
SINCE_CUES_AFTER = ("以来", "以來")
#: The parts of a decade (`八十年代初`, `九十年代末期`), as English names them (`early`, `mid`, `late`).
CHINESE_DECADE_PARTS = {
    "初": "early", "初期": "early", "中期": "mid", "中叶": "mid", "中葉": "mid",
    "末": "late", "末期": "late", "后期": "late", "後期": "late",
}
#: Works a year before them dates (`Aciman's 2007 novel`): the work's year, not an act of the story.
ENGLISH_WORK_NOUNS = (
    "novel", "novels", "novella", "book", "books", "film", "films", "movie", "movies", "album", "albums", "song",
    "songs", "single", "poem", "poems", "essay", "painting", "paintings", "work", "works", "documentary", "memoir",
    "play", "opera", "sculpture", "photograph", "report", "study", "paper", "survey", "edition", "version", "model",
    "models", "vintage", "bestseller", "hit", "classic", "sequel", "remake", "thriller", "drama", "comedy", "musical",
    "e-book", "ebook", "law", "program", "programme", "campaign", "story", "stories", "piece", "profile", "picture",
    "pictures", "photo", "photos", "image", "project", "Project", "article", "episode", "column", "letter", "letters",
    "memo", "directive", "speech", "interview", "meta-analysis", "review", "constitution", "Constitution",
    "Protocol", "Charter", "Survey",
    # laws and agreements named by their year (`the 1998 Good Friday Agreement`, `the 2001 authorization`)
    "agreement", "Agreement", "accord", "Accord", "treaty", "Treaty", "pact", "Pact", "Act", "authorization",
    "authorisation", "AUMF",
)
#: People, holdings and measures a year right before them describes (`her 2008 staff`, `the 2011 PGA champion`,
#: `a 2007 contract`, `his 2021 form`), past words that describe them only (not `a 2018 analysis of the data`).
ENGLISH_DESCRIBED_NOUNS = (
    "staff", "team", "roster", "squad", "recruits", "candidate", "candidates", "nominee", "champion", "champions",
    "winner", "winners", "pick", "rookie", "contract", "data", "figures", "numbers", "rules", "regulations",
    "guidelines", "form", "iteration", "record", "records", "goal", "goals", "target", "targets", "estimate",
    "estimates", "forecast", "outlook", "levels", "home", "command", "entry", "run", "bid", "high", "highs", "low",
    "lows", "peak", "cycle", "class", "batch",
)
#: After a year and a name, what makes them an event's (`the 2020 Tokyo Olympics`, `the 2020 Democratic primaries`),
#: not a model's or a thing's (`the 2020 Sentra`).
ENGLISH_EVENT_NAME_WORDS = frozenset({
    "olympics", "games", "cup", "championship", "championships", "open", "summit", "conference", "convention",
    "festival", "expo", "fair", "show", "awards", "election", "elections", "primary", "primaries", "marathon", "tour",
    "series", "bowl", "prix", "congress", "forum", "session", "census", "referendum", "vote", "war", "crisis",
    "attack", "attacks", "earthquake", "tsunami", "floods", "hurricane", "storm", "disaster", "season", "draft",
    "playoffs", "finals", "final", "revolution", "uprising", "protests", "riots", "shooting", "massacre", "bombing",
    "strike", "crash", "meeting", "talks", "visit", "race", "match", "game", "tournament", "league", "grammys",
    "oscars", "emmys", "world", "budget", "act", "plan", "deal", "accord", "agreement", "treaty", "report",
})
ENGLISH_SUPERLATIVE = r"\b(?:[a-z]+est|most|least|first|worst|best|ever|only|last)\b"
CHINESE_SUPERLATIVES = ("首次", "第一次", "最", "新高", "新低", "罕见", "罕見")
#: A sentence about shares, percentages or growth reports a statistic …
STATISTIC_CUES = (
    "份额", "份額", "占比", "佔比", "同比", "环比", "環比", "增长", "增長", "增速", "增幅",
    "营收", "營收", "%", "％", "百分之", "百分点", "百分點", "market share", "revenue", "percent", "per cent",
    "year-on-year", "year over year",
    "净利润", "淨利潤", "销售额", "銷售額", "营业额", "營業額", "成交额", "成交額", "热销", "熱銷", "销量", "銷量",
)
#: … unless one of these says something also happened then.
EVENT_VERBS = (
    "发布", "發布", "宣布", "发现", "發現", "通报", "通報", "印发", "印發", "下发", "下發",
    "上线", "上線", "成立", "举行", "舉行", "召开", "召開", "签署", "簽署", "决定", "決定",
    "暂停", "暫停", "收到", "公布", "推出", "启动", "啟動", "发生", "發生", "完成", "披露",
    "回应", "回應", "施行", "生效", "实施", "實施", "处罚", "處罰", "起诉", "起訴", "逮捕",
    "收购", "收購", "出生", "去世", "逝世", "当选", "當選", "批准", "罚款", "罰款", "判决", "判決",
    "开业", "開業", "表示", "指出", "透露", "强调", "強調", "裁员", "裁員", "发表", "發表",
    "完结", "完結", "闭幕", "閉幕", "落幕",  # an election, a games, a show over: not `结束`, which ends periods too
    "announced", "released", "launched", "reported", "published", "suspended", "discovered",
    "signed", "acquired", "filed", "founded", "established", "born", "died", "opened",
    "approved", "elected", "arrested", "fined", "ruled", "won", "carried",
    "took effect", "came into effect", "came into force", "entered into force",
)
#: Revising a forecast or a rate is an act on a day (`国际能源署12日下调了…增长预期`); beside a period, that period
#: is more often what is revised (`下調明年原油需求預期`).
REVISIONS = ("下调", "下調", "上调", "上調", "调降", "調降", "调升", "調升", "下修", "上修")
#: Market moves are events on a day (12月22日，美股暴跌4.21%) but statistics over a period.
MARKET_MOVES = (
    "暴跌", "大跌", "下跌", "上涨", "上漲", "大涨", "大漲", "跌停", "涨停", "漲停",
    "回吐", "收跌", "收涨", "收漲", "下挫", "重挫",  # not `反弹`, `攀升`: an epidemic rebounds, cases climb
    "fell", "rose", "plunged", "jumped", "slumped", "soared", "tumbled", "surged",
)
#: Right after a day, an incident it names (`12月14日慘案`, `9·11事件`, `7·21暴雨`): one that has happened.
INCIDENT_NAMES = ("惨案", "慘案", "血案", "事件", "恐袭", "恐襲", "袭击", "襲擊", "爆炸", "地震", "空难", "空難",
                  "枪击", "槍擊", "大火", "暴雨", "海啸", "海嘯", "特大")
#: Right before 当天, 次日, 第三天: the day is counted from the incident the story is about, wherever its date is.
INCIDENT_WORDS = ("事发", "案发", "出事", "事發", "案發", "起火", "失火", "火灾", "火災", "车祸", "車禍")
#: Before a date these make it recurring (每年的3月15日, every Monday, each Thursday): not one day, not a mention.
RECURRING_CUES = (
    "每", "每年", "每月", "每周", "每週", "每逢", "每个", "每個", "每天", "每日", "every", "Every", "each", "Each",
)
#: After a period (quarter, half, year, month) these make it a reporting period.
REPORTING_NOUNS = (
    "报告", "報告", "财报", "財報", "季报", "季報", "年报", "年報", "业绩", "業績", "数据", "數據",
    "营收", "營收", "report", "results", "earnings", "figures",
)
#: A date between these is inside a title; 《》 always, quotes when short and unpunctuated.
TITLE_BRACKETS = {"《": "》", "〈": "〉"}
QUOTE_MARKS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
TITLE_MAX_CHARS = 40
CLAUSE_PUNCTUATION = "，,、；;：:—"

#: What may precede an anaphoric word for it to open a clause (besides punctuation).
CLAUSE_OPENERS = "，,。！？!?；;：:、\n“”「」『』（(【[—…\"'"
CLAUSE_CONNECTIVES = (
    "而", "但", "但是", "并", "並", "并于", "並於", "于", "於", "又", "直到", "就在", "随后",
    "隨後", "然后", "然後", "此后", "此後", "其后", "其後", "到了", "后来", "後來", "却", "卻",
)

#: A block at most this long with no sentence-final punctuation is a heading.
HEADING_MAX_CHARS = 60
SENTENCE_FINAL = "。！？!?…"

#: English abbreviations whose full stop does not end a sentence.
ENGLISH_ABBREVIATIONS = {
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "inc", "co", "corp", "ltd", "no",
    "vs", "etc", "e.g", "i.e", "a.m", "p.m", "u.s", "u.k", "gen", "gov", "sen", "rep", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
}


# --- Festivals and holidays (their days: festivals.py) ---------------------------------------

#: The Chinese calendar's months with names of their own (正月 the first, 冬月 the eleventh, 腊月 the twelfth).
LUNAR_MONTHS = {"正": 1, "冬": 11, "腊": 12, "臘": 12}

#: Chinese names of festivals, simplified and traditional (not 国庆 or 五一 alone: names and numbers).
CHINESE_FESTIVALS = {
    "春节": "spring-festival", "春節": "spring-festival", "除夕": "chinese-new-years-eve",
    "大年初一": "spring-festival", "正月初一": "spring-festival", "大年三十": "chinese-new-years-eve",
    "正月十五": "lantern-festival",
    "元宵节": "lantern-festival", "元宵節": "lantern-festival", "端午节": "dragon-boat-festival",
    "端午節": "dragon-boat-festival", "中秋节": "mid-autumn-festival", "中秋節": "mid-autumn-festival",
    "重阳节": "double-ninth-festival", "重陽節": "double-ninth-festival", "元旦": "new-years-day",
    "情人节": "valentines-day", "情人節": "valentines-day", "劳动节": "labour-day", "勞動節": "labour-day",
    "五一劳动节": "labour-day", "五一勞動節": "labour-day", "国庆节": "national-day", "國慶節": "national-day",
    "平安夜": "christmas-eve", "圣诞节": "christmas", "聖誕節": "christmas", "感恩节": "thanksgiving",
    "感恩節": "thanksgiving", "复活节": "easter", "復活節": "easter",
    "双十一": "singles-day", "雙十一": "singles-day", "双11": "singles-day", "雙11": "singles-day",
    "黑色星期五": "black-friday", "黑五": "black-friday",
    "双十二": "double-twelve", "雙十二": "double-twelve", "双12": "double-twelve", "雙12": "double-twelve",
    "妇女节": "womens-day", "婦女節": "womens-day", "三八妇女节": "womens-day", "三八婦女節": "womens-day",
    "国际妇女节": "womens-day", "國際婦女節": "womens-day", "儿童节": "childrens-day", "兒童節": "childrens-day",
    "六一儿童节": "childrens-day", "六一兒童節": "childrens-day", "国际儿童节": "childrens-day",
    "國際兒童節": "childrens-day", "青年节": "youth-day", "青年節": "youth-day", "五四青年节": "youth-day",
    "五四青年節": "youth-day", "建军节": "army-day", "建軍節": "army-day", "植树节": "arbor-day", "植樹節": "arbor-day",
    "七夕节": "qixi", "七夕節": "qixi", "七夕情人节": "qixi", "七夕情人節": "qixi", "腊八节": "laba", "臘八節": "laba",
    "万圣节": "halloween",
    "萬聖節": "halloween", "愚人节": "april-fools-day", "愚人節": "april-fools-day", "母亲节": "mothers-day",
    "母親節": "mothers-day",
}
#: Holidays named by their short name only before a word of the holiday (`五一假期`, `国庆期间`): alone,
#: 五一 and 国庆 are as often parts of other names (五一广场, 国庆路).
CHINESE_SHORT_FESTIVALS = {"五一": "labour-day", "国庆": "national-day", "國慶": "national-day"}
CHINESE_HOLIDAY_WORDS = ("期间", "期間", "假期", "长假", "長假", "小长假", "小長假", "黄金周", "黃金週", "当天",
                         "當天", "当日", "當日", "前夕", "前后", "前後", "假日", "节前", "節前", "节后", "節後")
#: Words after a festival's name that keep it a day (`the Christmas morning`, `the Christmas of 1914`): a part
#: of the day, a time around it, and words of grammar. Before any other, it describes a thing (`a Christmas card`).
WORDS_AFTER_A_FESTIVALS_DAY = frozenset((
    "morning", "afternoon", "evening", "night", "nights", "weekend", "week", "weeks", "holiday", "holidays", "break",
    "vacation", "dinner", "lunch", "feast", "service", "services", "mass", "time", "day", "days", "eve", "period",
    "season", "rush", "travel", "traffic", "parade", "celebration", "celebrations", "recess", "sale",
    "of", "in", "on", "at", "to", "for", "from", "by", "with", "before", "after", "until", "since",
    "and", "or", "but", "is", "was", "will", "had", "has", "that", "when", "as", "this", "last", "next", "itself",
))
#: Without a determiner before it, a festival's name before these is still the day: its verb or an adverb
#: (`Christmas falls on a Monday`, `spent Christmas together`).
WORDS_AFTER_A_FESTIVAL_NAMED_AS_A_DAY = frozenset((
    "falls", "fell", "comes", "came", "arrives", "arrived", "approaches", "looms", "loomed", "would", "could",
    "brings", "brought", "together", "alone", "again", "early", "abroad", "here", "there", "home", "away",
    "itself", "are", "were", "be", "been", "so", "too", "yet", "not", "just",
))
#: Before a festival's name, prepositions that say its day (`before Christmas shopping`).
ENGLISH_TIME_PREPOSITIONS = frozenset((
    "on", "at", "by", "before", "after", "until", "till", "since", "over", "during", "around", "for", "from",
    "through", "near", "ahead", "this", "last", "next", "of", "in",
))
#: English names of holidays.
ENGLISH_FESTIVALS = {
    "Thanksgiving Day": "thanksgiving", "Thanksgiving": "thanksgiving", "Christmas Day": "christmas",
    "Christmas Eve": "christmas-eve", "Christmas": "christmas", "New Year's Day": "new-years-day",
    "New Year's Eve": "new-years-eve", "Easter Sunday": "easter", "Easter": "easter", "Good Friday": "good-friday",
    "Independence Day": "independence-day", "Labor Day": "labor-day", "Memorial Day": "memorial-day",
    "Election Day": "election-day", "Black Friday": "black-friday", "Cyber Monday": "cyber-monday",
    "Valentine's Day": "valentines-day", "Chinese New Year": "spring-festival", "Lunar New Year": "spring-festival",
    "Mid-Autumn Festival": "mid-autumn-festival", "Dragon Boat Festival": "dragon-boat-festival",
    "Halloween": "halloween", "St. Patrick's Day": "st-patricks-day", "Saint Patrick's Day": "st-patricks-day",
    "Boxing Day": "boxing-day", "Veterans Day": "veterans-day",
    "Armistice Day": "veterans-day", "Juneteenth": "juneteenth", "April Fools' Day": "april-fools-day",
    "Martin Luther King Jr. Day": "mlk-day", "Martin Luther King Day": "mlk-day", "MLK Day": "mlk-day",
    "Presidents' Day": "presidents-day", "Presidents Day": "presidents-day", "Columbus Day": "columbus-day",
    "Father's Day": "fathers-day", "Earth Day": "earth-day", "Canada Day": "canada-day",
    "Bastille Day": "bastille-day", "Australia Day": "australia-day", "Guy Fawkes Night": "bonfire-night",
    "Bonfire Night": "bonfire-night", "Hogmanay": "new-years-eve", "Mother's Day": "mothers-day",
}
