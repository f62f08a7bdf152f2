"""The language of dates, as data: numerals, words, cues and the patterns of every form.

`extract.py` holds the logic (how a form is read and resolved); this module
holds what changes when a new way of writing a date turns up: a word in a
table, a line in `FORMS`, and a test (STYLE.md, point 7). Chinese tables carry
simplified and traditional spellings side by side; English words are matched
case-sensitively unless a table says otherwise.

`FORMS` is an ordered list of `(name, pattern)`. `extract.py` joins them into
one alternation compiled once, so order matters where two forms can start at
the same character: the longer, more specific form comes first. In a pattern,
the optional group `w` marks the part that is reported as written (so that a
cue such as English "in" can be required without being quoted).
"""
from __future__ import annotations

import re

from dateline.patterns import alternation  # tables.alternation, as the extractor calls it


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

ENGLISH_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30,
}
ENGLISH_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4}

ENGLISH_MONTHS = {
    "January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
    "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
    "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9,
    "Sept": 9, "Oct": 10, "Nov": 11, "Dec": 12,
}
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
YEAR_WORDS = {"今年": 0, "本年": 0, "去年": -1, "前年": -2, "明年": 1, "后年": 2, "後年": 2}
#: Year words that take the year of the previous mention (同年9月).
SAME_YEAR_WORDS = ("当年", "當年", "同年")
#: Year words that are a mention on their own; 今年 alone is too vague to be one.
STANDALONE_YEAR_WORDS = ("去年", "前年", "明年", "后年", "後年")

#: 上周/本周/下周 and 上个月 …: the shift from the publication's week or month.
PERIOD_SHIFTS = {"上上": -2, "上": -1, "本": 0, "这": 0, "這": 0, "这个": 0, "這個": 0, "下": 1, "下下": 2}
#: 当月: the month of the previous mention.
SAME_MONTH_WORDS = ("当", "當")
ENGLISH_PERIOD_SHIFTS = {"last": -1, "this": 0, "next": 1, "Last": -1, "This": 0, "Next": 1}
#: English shift words that are too vague alone ("this year", like 今年).
VAGUE_ENGLISH_SHIFTS = {("this", "year"), ("This", "year")}

#: Words for a day, by what they count from and how far.
#: anchors, tried in order: "publication" (the article's date), "previous" (the
#: previous dated mention in the same or previous block), "previous-at-clause-start"
#: (the same, only when the word opens a clause: 上报次日 counts from an undated act).
DAY_WORDS = {
    "今天": (0, ("publication",)), "今日": (0, ("publication",)), "今晨": (0, ("publication",)),
    "今早": (0, ("publication",)), "今晚": (0, ("publication",)), "今夜": (0, ("publication",)),
    "昨天": (-1, ("publication",)), "昨日": (-1, ("publication",)), "昨晚": (-1, ("publication",)),
    "昨夜": (-1, ("publication",)), "前天": (-2, ("publication",)), "大前天": (-3, ("publication",)),
    "明天": (1, ("publication",)), "明日": (1, ("publication",)), "明晚": (1, ("publication",)),
    "后天": (2, ("publication",)), "後天": (2, ("publication",)),
    "大后天": (3, ("publication",)), "大後天": (3, ("publication",)),
    "当天": (0, ("previous", "publication")), "當天": (0, ("previous", "publication")),
    "当日": (0, ("previous", "publication")), "當日": (0, ("previous", "publication")),
    "当晚": (0, ("previous", "publication")), "當晚": (0, ("previous", "publication")),
    "同日": (0, ("previous", "publication")), "同一天": (0, ("previous", "publication")),
    "同天": (0, ("previous", "publication")),
    "次日": (1, ("previous-at-clause-start",)), "翌日": (1, ("previous-at-clause-start",)),
    "隔天": (1, ("previous-at-clause-start",)), "隔日": (1, ("previous-at-clause-start",)),
    "第二天": (1, ("previous-at-clause-start",)), "后一天": (1, ("previous-at-clause-start",)),
    "後一天": (1, ("previous-at-clause-start",)), "第三天": (2, ("previous-at-clause-start",)),
    "前一天": (-1, ("previous-at-clause-start",)), "此前一天": (-1, ("previous-at-clause-start",)),
    "头一天": (-1, ("previous-at-clause-start",)), "頭一天": (-1, ("previous-at-clause-start",)),
}
#: Day words that are the start of a name, not a date (今日头条 is a company).
DAY_WORD_NAMES = {
    "今日": ("头条", "頭條", "说法", "說法", "美国", "美國", "俄罗斯", "俄羅斯"),
    "明日": ("之星", "方舟", "香港"),
    "今天": ("的中国", "的中國"),
}

#: English day words; matched without regard to case.
ENGLISH_DAY_WORDS = {
    "today": (0, ("publication",)), "tonight": (0, ("publication",)),
    "this morning": (0, ("publication",)), "this afternoon": (0, ("publication",)),
    "this evening": (0, ("publication",)), "yesterday": (-1, ("publication",)),
    "last night": (-1, ("publication",)), "tomorrow": (1, ("publication",)),
    "the day before yesterday": (-2, ("publication",)), "the day after tomorrow": (2, ("publication",)),
    "the next day": (1, ("previous",)), "the following day": (1, ("previous",)),
    "the next morning": (1, ("previous",)), "the following morning": (1, ("previous",)),
    "the previous day": (-1, ("previous",)), "the night before": (-1, ("previous",)),
    "the same day": (0, ("previous",)), "that same day": (0, ("previous",)),
    "that day": (0, ("previous",)), "later that day": (0, ("previous",)),
    "the day after": (1, ("previous",)), "the day before": (-1, ("previous",)),
}
#: English day words that count from something else when a noun follows
#: ("the day after the vote"); they are read only before a pause.
ENGLISH_DAY_WORDS_BEFORE_PAUSE = ("the day after", "the day before")
ENGLISH_DAY_WORD_NAMES = {"today": ("USA ",)}  # preceded by these, a name

#: Parts of the day, and how an hour written with them reads on a 24-hour clock.
PARTS_OF_DAY = {
    "凌晨": "small-hours", "半夜": "small-hours", "午夜": "small-hours",
    "清晨": "morning", "早上": "morning", "早晨": "morning", "上午": "morning",
    "早间": "morning", "早間": "morning",
    "中午": "noon", "午间": "noon", "午間": "noon",
    "下午": "afternoon", "午后": "afternoon", "午後": "afternoon", "傍晚": "afternoon",
    "晚上": "evening", "晚间": "evening", "晚間": "evening", "夜间": "evening", "夜間": "evening",
    "夜里": "evening", "夜裡": "evening", "深夜": "evening", "晚": "evening", "夜": "evening",
}
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
ENGLISH_DATE_CUES = (
    "in", "In", "by", "By", "since", "Since", "until", "Until", "from", "From", "during",
    "During", "through", "Through", "before", "Before", "after", "After", "of", "around",
    "circa", "till", "to",
)
#: Words that make a bare year a date ("in 2020"); fewer than for months, since
#: "to 2000" and "of 2000" are more often counts.
ENGLISH_YEAR_CUES = (
    "in", "In", "since", "Since", "by", "By", "during", "During", "from", "From", "until",
    "Until", "through", "Through", "before", "Before", "after", "After", "till", "to",
)

#: A day in Chinese numerals with no month (九日) is a date only before one of these:
#: 七日无理由退货 is a duration.
CHINESE_DAY_ALONE_BEFORE = "，,。；;：:、！？!? \u3000\n（(起至到的晚上下凌中早夜午傍深—-~～"

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
}
#: Directions of a relative expression: "before"/"after" count from the previous
#: mention at a clause start (or the publication), "ago" from the publication.
RELATIVE_DIRECTIONS = {
    "前": "before", "之前": "before", "以前": "before",
    "后": "after", "後": "after", "之后": "after", "之後": "after", "以后": "after", "以後": "after",
}
ENGLISH_RELATIVE_DIRECTIONS = {"ago": "ago", "later": "later", "earlier": "earlier"}

# --- Cues for resolving and for deciding what is an event -------------------------------

#: A sentence with one of these is about the future: a year-less date may lie after publication.
FUTURE_CUES = (
    "将于", "將於", "将", "將", "计划", "計劃", "拟", "擬", "预计", "預計", "即将", "即將",
    "定于", "定於", "准备", "準備", "有望", "届时", "屆時",
)
#: 将 is also the object marker (将漏洞告知 "told them of the flaw"), and part of words.
FUTURE_CUE_FALSE_FRIENDS = {
    "将": ("其", "该", "此", "这", "那", "之", "它", "他", "她", "所", "自身", "相关", "漏洞",
          "军", "近", "领", "士", "信息"),
    "將": ("其", "該", "此", "這", "那", "之", "它", "他", "她", "所", "自身", "相關", "漏洞",
          "軍", "近", "領", "士", "信息"),
}
ENGLISH_FUTURE_CUES = (
    "will", "is due to", "are due to", "scheduled", "plans to", "plan to", "is set to",
    "are set to", "expected to", "upcoming", "is to", "are to",
)

#: Right before a date, these make it the "as of" date of a statistic, not an event.
AS_OF_CUES = ("截至", "截止", "截止到", "截至到", "截止至", "as of", "As of", "as at", "As at")
#: A sentence about shares, percentages or growth reports a statistic …
STATISTIC_CUES = (
    "份额", "份額", "占比", "佔比", "同比", "环比", "環比", "增长", "增長", "增速", "增幅",
    "营收", "營收", "%", "％", "百分之", "market share", "revenue", "percent", "per cent",
    "year-on-year", "year over year",
)
#: … unless one of these says something also happened then.
EVENT_VERBS = (
    "发布", "發布", "宣布", "发现", "發現", "通报", "通報", "印发", "印發", "下发", "下發",
    "上线", "上線", "成立", "举行", "舉行", "召开", "召開", "签署", "簽署", "决定", "決定",
    "暂停", "暫停", "收到", "公布", "推出", "启动", "啟動", "发生", "發生", "完成", "披露",
    "回应", "回應", "施行", "生效", "实施", "實施", "处罚", "處罰", "起诉", "起訴", "逮捕",
    "收购", "收購", "出生", "去世", "逝世", "当选", "當選", "批准", "罚款", "罰款", "判决", "判決",
    "开业", "開業",
    "announced", "released", "launched", "reported", "published", "suspended", "discovered",
    "signed", "acquired", "filed", "founded", "established", "born", "died", "opened",
    "approved", "elected", "arrested", "fined", "ruled",
)
#: Market moves are events on a day (12月22日，美股暴跌4.21%) but statistics over a period.
MARKET_MOVES = (
    "暴跌", "大跌", "下跌", "上涨", "上漲", "大涨", "大漲", "跌停", "涨停", "漲停",
    "fell", "rose", "plunged", "jumped", "slumped", "soared", "tumbled", "surged",
)
#: Before a date these make it recurring (每年的3月15日, every Monday): not one day, not a mention.
RECURRING_CUES = ("每年", "每月", "每周", "每週", "每逢", "每个", "每個", "every", "Every")
#: After a period (quarter, half, year, month) these make it a reporting period.
REPORTING_NOUNS = (
    "报告", "報告", "财报", "財報", "季报", "季報", "年报", "年報", "业绩", "業績", "数据", "數據",
    "营收", "營收", "report", "results", "earnings", "figures",
)
#: A date between these is inside a title; 《》 always, quotes when short and unpunctuated.
TITLE_BRACKETS = {"《": "》", "〈": "〉"}
QUOTE_MARKS = {"“": "”", "「": "」", "『": "』", "‘": "’"}
TITLE_MAX_CHARS = 40
CLAUSE_PUNCTUATION = "，,、；;：:"

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

# --- Pattern fragments ----------------------------------------------------------------

SPACE = "[ \u00a0\u2009\u202f\u3000]?"  # 2021 年 7 月 12 日
ENGLISH_SPACE = "[ \u00a0]"
DIGIT = "[0-9０-９]"
CHINESE_NUMERAL_CHARS = "〇零○一二三四五六七八九十两兩廿卅"
#: A number starts here: not inside another number, an ordinal (第) or a decimal.
NUMBER_START = f"(?<![0-9０-９.．{CHINESE_NUMERAL_CHARS}百千万萬第])"

YEAR = f"(?:{DIGIT}{{4}}|[〇零○一二三四五六七八九]{{4}})"
MONTH = f"(?:{DIGIT}{{1,2}}|十[一二]?|[一二三四五六七八九])"
DAY = f"(?:{DIGIT}{{1,2}}|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
HOUR = f"(?:{DIGIT}{{1,2}}|[零〇一二三四五六七八九十两兩]{{1,3}})"
MINUTE = f"(?:{DIGIT}{{1,2}}|[零〇一二三四五六七八九十]{{1,3}})"
#: 日 or 号; 号 not when it numbers something else (3号线 is metro line 3).
DAY_MARK = "(?:日|[号號](?![线線楼樓文院机機店位门門球车車字码碼]))"
RANGE_DASH = "[-—–~～〜]{1,2}"
RANGE_WORD = f"(?:{RANGE_DASH}|至|到)"

PART_OF_DAY = alternation(PARTS_OF_DAY)
#: 晚间 / 中午12点 / 上午9时30分 / 14:30 after a day.
TIME_SUFFIX = (
    f"(?:{SPACE}(?P<part_of_day>{PART_OF_DAY}))?"
    f"(?:{SPACE}(?P<hour>{HOUR}){SPACE}[时時点點]"
    f"(?:{SPACE}(?P<minute>{MINUTE}){SPACE}分|(?P<half_hour>半))?"
    f"|{SPACE}(?P<clock_hour>{DIGIT}{{1,2}})[:：](?P<clock_minute>{DIGIT}{{2}})(?![0-9０-９]))?"
)
#: What after a day number makes it a duration or a count, not a date (2日内, 3日游).
NOT_A_DAY_AFTER = f"(?!{SPACE}(?:[内內]|以[内內上]|之[内內久]|左右|多|余|餘|游|遊|均|制|期间|期間))"
#: A 4-digit year followed by these is a count of years (3000年来, 1990年代).
NOT_A_YEAR_AFTER = f"(?!{SPACE}(?:代|[来來]|间|間|之久|多|余|餘|左右|内|內|以上))"

YEAR_WORD = alternation(YEAR_WORDS)
SAME_YEAR_WORD = alternation(SAME_YEAR_WORDS)
PERIOD_SHIFT = alternation(PERIOD_SHIFTS)
WEEK_WORD = "(?:星期|礼拜|禮拜|周|週)"
MONTH_PART = alternation(MONTH_PARTS)
QUARTER_DIGIT = "[一二三四1-4１-４]"

#: A month name; only an abbreviation takes a full stop (Dec. 9), so "in December." keeps its own.
ENGLISH_MONTH = "(?:" + "|".join(
    re.escape(name) + "(?![a-z])" + ("" if name in ENGLISH_FULL_MONTHS or len(name) > 4 else "\\.?")
    for name in sorted(ENGLISH_MONTHS, key=lambda n: (-len(n), n))
) + ")"
ENGLISH_FULL_MONTH = alternation(ENGLISH_FULL_MONTHS)
ENGLISH_WEEKDAY = alternation(ENGLISH_WEEKDAYS)
ENGLISH_ORDINAL_SUFFIX = "(?:st|nd|rd|th)?"
ENGLISH_TIME_SUFFIX = (
    f"(?:,?{ENGLISH_SPACE}(?:at{ENGLISH_SPACE})?"
    f"(?:(?P<hour>\\d{{1,2}})(?::(?P<minute>\\d{{2}}))?{ENGLISH_SPACE}?(?P<meridiem>[ap]\\.m\\.|[ap]m|[AP]M)(?![A-Za-z])"
    f"|(?P<clock_word>noon|midnight)(?![A-Za-z])))?"
)


def _day_words_pattern() -> str:
    """Chinese day words, each with the names it must not begin."""
    parts = []
    for word in sorted(DAY_WORDS, key=lambda w: (-len(w), w)):
        names = DAY_WORD_NAMES.get(word)
        guard = f"(?!{alternation(names)})" if names else ""
        parts.append(re.escape(word) + guard)
    return "(?:" + "|".join(parts) + ")"


def _english_day_words_pattern() -> str:
    parts = []
    for word in sorted(ENGLISH_DAY_WORDS, key=lambda w: (-len(w), w)):
        guard = ""
        if word in ENGLISH_DAY_WORDS_BEFORE_PAUSE:
            guard = "(?=\\s*(?:[,.;:!?)]|$))"
        names = ENGLISH_DAY_WORD_NAMES.get(word)
        before = "".join(f"(?<!{re.escape(name)})" for name in names) if names else ""
        parts.append(before + "(?ai:" + re.escape(word).replace("\\ ", ENGLISH_SPACE) + ")" + guard)
    return "(?:" + "|".join(parts) + ")"


# --- The forms ------------------------------------------------------------------------
# Each pattern is also compiled on its own, so group names need only be unique within
# one form. `extract.py` has one reader per form name.

FORMS: tuple[tuple[str, str], ...] = (
    # 2021-12-09, 2021.12.9, 2021/12/09 (and a time: 2021-12-09 14:30)
    ("numeric_ymd",
     f"(?<![0-9０-９A-Za-z_.．/\\-])(?P<year>{DIGIT}{{4}})"
     f"(?:-(?P<m1>{DIGIT}{{1,2}})-(?P<d1>{DIGIT}{{1,2}})|[.．](?P<m2>{DIGIT}{{1,2}})[.．](?P<d2>{DIGIT}{{1,2}})"
     f"|/(?P<m3>{DIGIT}{{1,2}})/(?P<d3>{DIGIT}{{1,2}}))"
     f"(?![0-9０-９]|[.．/\\-][0-9０-９])"
     f"(?:(?:T|{ENGLISH_SPACE})(?P<clock_hour>\\d{{1,2}}):(?P<clock_minute>\\d{{2}})(?::\\d{{2}})?(?![0-9]))?"),
    # 12/9/2021, 9.12.2021: month and day order from the site's date_order
    ("numeric_dmy",
     f"(?<![0-9０-９A-Za-z_.．/\\-])(?P<first>{DIGIT}{{1,2}})[/.．\\-](?P<second>{DIGIT}{{1,2}})[/.．\\-]"
     f"(?P<year>{DIGIT}{{4}})(?![0-9０-９]|[.．/\\-][0-9０-９])"),
    # 民國110年12月9日, 2021年12月9日, 今年9月1日, 12月9日晚间, 11月下旬, 12月9日至10日 is two forms
    ("zh_date",
     f"(?:{NUMBER_START}(?:(?P<minguo>民[國国]){SPACE}(?P<minguo_year>{DIGIT}{{1,3}}|[一二三四五六七八九十百]{{1,4}}){SPACE}年"
     f"|(?P<year>{YEAR}){SPACE}年|(?P<year_word>{YEAR_WORD})|(?P<same_year>{SAME_YEAR_WORD})){SPACE}"
     f"|(?<![年每近前上下本这這个個]))"
     f"{NUMBER_START}(?:(?P<month_from>{MONTH}){SPACE}{RANGE_WORD}{SPACE})?(?P<month>{MONTH}){SPACE}月(?:份)?"
     f"(?:{SPACE}(?P<day>{DAY})(?:{SPACE}{RANGE_DASH}{SPACE}(?P<day_to>{DAY}))?{SPACE}{DAY_MARK}{TIME_SUFFIX}"
     f"|(?P<month_part>{MONTH_PART})|(?![内內]))"),
    # 2021年第三季度, 今年上半年, 前三季度, 2021年Q3
    ("zh_period",
     f"{NUMBER_START}(?:"
     f"(?:(?P<year>{YEAR}){SPACE}年{SPACE}(?:度{SPACE})?|(?P<year_word>{YEAR_WORD}){SPACE}|(?P<same_year>{SAME_YEAR_WORD}){SPACE})?"
     f"(?:第{SPACE}(?P<quarter>{QUARTER_DIGIT}){SPACE}季度?|(?P<quarter_bare>{QUARTER_DIGIT}){SPACE}季度"
     f"|前{SPACE}(?P<quarters_to>[二三两兩23]){SPACE}[个個]?季度|(?P<half>[上下])半年)"
     f"|(?:(?P<q_year>{YEAR}){SPACE}年|(?P<q_year_word>{YEAR_WORD})){SPACE}[Qq](?P<quarter_q>[1-4])(?![0-9A-Za-z]))"),
    # 1999年, 2021-2022年, 二〇二一年 (not 1990年代, not 3000年来)
    ("zh_year",
     f"{NUMBER_START}(?:(?P<year_from>{YEAR}){SPACE}{RANGE_WORD}{SPACE})?(?P<year>{YEAR}){SPACE}年{NOT_A_YEAR_AFTER}"),
    # 三天后, 半个月后, 一周前, 一年半后 (Arabic day counts take 天: 3日前 is "before the 3rd")
    ("zh_relative",
     f"(?<![0-9０-９.．{CHINESE_NUMERAL_CHARS}第每数數几幾多])"
     f"(?:(?P<amount>{DIGIT}{{1,3}}|[一二三四五六七八九十两兩]{{1,3}}|半){SPACE}"
     f"(?P<unit>天|周|週|[个個]{SPACE}(?:星期|礼拜|禮拜|月)|星期|礼拜|禮拜|年)"
     f"|(?P<amount_days>[一二三四五六七八九十两兩]{{1,3}})(?P<unit_day>日))"
     f"(?P<and_half>半)?{SPACE}(?P<direction>{alternation(RELATIVE_DIRECTIONS)})"),
    # 上周四, 周四, 星期天, 週四晚上
    ("zh_weekday",
     f"(?<![0-9０-９{CHINESE_NUMERAL_CHARS}每数數几幾个個上下本这這])"
     f"(?:(?P<shift>{PERIOD_SHIFT}){SPACE})?{WEEK_WORD}(?P<weekday>[一二三四五六日天1-7１-７])(?!{SPACE}[0-9０-９])"
     f"{TIME_SUFFIX}"),
    # 上周, 本周, 下个星期, 上周末
    ("zh_week",
     f"(?<![每])(?P<shift>{PERIOD_SHIFT}){SPACE}(?:[个個]{SPACE})?{WEEK_WORD}(?![一二三四五六日天1-7１-７年])(?P<weekend>末)?"),
    # 上个月, 本月9日, 当月, 下月初
    ("zh_month_shift",
     f"(?<![每])(?:(?P<shift>{PERIOD_SHIFT})|(?P<same_month>{alternation(SAME_MONTH_WORDS)})){SPACE}(?:[个個]{SPACE})?月(?![球亮光饼餅])"
     f"(?:{SPACE}(?P<day>{DAY}){SPACE}{DAY_MARK}{TIME_SUFFIX}|(?P<month_part>{MONTH_PART}))?"),
    # 去年, 明年, 去年底 (今年 alone is too vague)
    ("zh_year_word",
     f"(?P<year_word>{alternation(STANDALONE_YEAR_WORDS)})(?:年?(?P<year_part>[底初末]))?"),
    # 昨天, 今日, 当天, 次日, 此前一天, 昨晚8点
    ("zh_day_word", f"(?P<word>{_day_words_pattern()}){TIME_SUFFIX}"),
    # 12.9 / 12-9 where the context makes it a date: after 于/在/自/至 …, or 12.9日, 12.9晚间
    # (12-9日 is as likely the 12th to the 9th: a day range, not this form)
    ("zh_numeric_md",
     f"(?<![0-9０-９A-Za-z_.．/\\-])"
     f"(?:(?<=[于於在自从從至到止])(?P<month>{DIGIT}{{1,2}})[.．\\-](?P<day>{DIGIT}{{1,2}})"
     f"|(?P<dotted_month>{DIGIT}{{1,2}})[.．](?P<dotted_day>{DIGIT}{{1,2}})(?={SPACE}[日号號]|{PART_OF_DAY}|起))"
     f"(?:{SPACE}(?P<mark>[日号號]))?"
     f"(?![0-9０-９A-Za-z.．%％‰/\\-]|{SPACE}(?:[万萬亿億元倍个個件次米吨噸克斤岁歲分秒度级級层層楼樓版]))"
     f"{TIME_SUFFIX}"),
    # 23日, 23日晚间, 九日, 9号 (month and year from the previous mention)
    ("zh_day",
     f"(?<![0-9０-９.．{CHINESE_NUMERAL_CHARS}百千万萬第每月初])(?P<day>{DAY})"
     f"(?:{SPACE}{RANGE_DASH}{SPACE}(?P<day_to>{DAY}))?{SPACE}{DAY_MARK}{NOT_A_DAY_AFTER}{TIME_SUFFIX}"),
    # 上午9时, 中午12点, 10时30分 (the day from the previous mention)
    ("zh_clock",
     f"(?<![0-9０-９.．{CHINESE_NUMERAL_CHARS}])"
     f"(?:(?P<part_of_day>{PART_OF_DAY}){SPACE}(?P<hour>{HOUR}){SPACE}[时時点點]"
     f"|(?P<hour_digits>{DIGIT}{{1,2}}){SPACE}[时時](?![间間候期代刻速效长長尚装裝事势勢段区區髦辰]))"
     f"(?:{SPACE}(?P<minute>{MINUTE}){SPACE}分|(?P<half_hour>半))?"),
    # Q3 2021, 2021 Q3, the third quarter of 2021, H1 2021, the first half of 2021
    ("en_period",
     f"(?<![A-Za-z0-9])(?:Q(?P<q1>[1-4])(?:{ENGLISH_SPACE}?(?P<y1>\\d{{4}}))?"
     f"|(?P<y2>\\d{{4}}){ENGLISH_SPACE}?Q(?P<q2>[1-4])"
     f"|(?P<ordinal>{alternation(ENGLISH_ORDINALS)})[ \\-]quarter(?:{ENGLISH_SPACE}(?:of|in){ENGLISH_SPACE}(?P<y3>\\d{{4}})|,?{ENGLISH_SPACE}(?P<y4>\\d{{4}}))?"
     f"|H(?P<h1>[12]){ENGLISH_SPACE}?(?P<y5>\\d{{4}})|(?P<y6>\\d{{4}}){ENGLISH_SPACE}?H(?P<h2>[12])"
     f"|(?P<half_ordinal>first|second){ENGLISH_SPACE}half{ENGLISH_SPACE}of{ENGLISH_SPACE}(?:(?P<y7>\\d{{4}})|the{ENGLISH_SPACE}year))"
     f"(?![A-Za-z0-9])"),
    # December 9, 2021; Dec. 9; Dec 9-12, 2021; December 9 at 3 p.m.
    ("en_month_day",
     f"(?<![A-Za-z])(?P<month>{ENGLISH_MONTH}){ENGLISH_SPACE}?(?P<day>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX}(?![0-9A-Za-z])"
     f"(?:{ENGLISH_SPACE}?[-–—]{ENGLISH_SPACE}?(?P<day_to>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX}(?![0-9A-Za-z]))?"
     f"(?:,?{ENGLISH_SPACE}(?P<year>\\d{{4}})(?![0-9]))?{ENGLISH_TIME_SUFFIX}"),
    # 9 December 2021, 9th of Dec
    ("en_day_month",
     f"(?<![0-9A-Za-z])(?P<day>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX}"
     f"(?:{ENGLISH_SPACE}?[-–—]{ENGLISH_SPACE}?(?P<day_to>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX})?"
     f"{ENGLISH_SPACE}(?:of{ENGLISH_SPACE})?(?P<month>{ENGLISH_MONTH})"
     f"(?:,?{ENGLISH_SPACE}(?P<year>\\d{{4}})(?![0-9]))?{ENGLISH_TIME_SUFFIX}"),
    # December 2021, Dec. 2021
    ("en_month_year",
     f"(?<![A-Za-z])(?P<month>{ENGLISH_MONTH}),?{ENGLISH_SPACE}(?P<year>\\d{{4}})(?![0-9])"),
    # in late November, by December, last March (a bare month needs a cue)
    ("en_month",
     f"(?<![A-Za-z])(?:(?P<cue>{alternation(ENGLISH_DATE_CUES)}){ENGLISH_SPACE}(?:the{ENGLISH_SPACE})?)?"
     f"(?P<w>(?:(?P<month_part>{alternation(ENGLISH_MONTH_PARTS)})[ \\-])?"
     f"(?:(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}){ENGLISH_SPACE})?(?P<month>{ENGLISH_FULL_MONTH}))"
     f"(?![A-Za-z])(?!\\.?{ENGLISH_SPACE}?\\d)"),
    # in 2020, since 2019, in early 2021 (a bare year needs a cue)
    ("en_year",
     f"(?<![A-Za-z])(?P<cue>{alternation(ENGLISH_YEAR_CUES)}){ENGLISH_SPACE}"
     f"(?P<w>(?:(?P<year_part>early|mid|late)[ \\-])?(?P<year>[12][0-9]{{3}}))"
     f"(?![0-9]|[.,][0-9]|{ENGLISH_SPACE}?(?:%|percent|per cent))"),
    # on Thursday, last Friday, Monday morning
    ("en_weekday",
     f"(?<![A-Za-z])(?P<w>(?:(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}){ENGLISH_SPACE})?(?P<weekday>{ENGLISH_WEEKDAY})"
     f"(?:{ENGLISH_SPACE}(?P<part_of_day>{alternation(ENGLISH_PARTS_OF_DAY)}))?(?![A-Za-z]){ENGLISH_TIME_SUFFIX})"),
    # yesterday, today, the next day, that day
    ("en_day_word",
     f"(?<![A-Za-z])(?P<word>{_english_day_words_pattern()})"
     f"(?:{ENGLISH_SPACE}(?P<part_of_day>{alternation(ENGLISH_PARTS_OF_DAY)}))?(?![A-Za-z]){ENGLISH_TIME_SUFFIX}"),
    # two days ago, three weeks later, a month earlier
    ("en_relative",
     f"(?<![A-Za-z0-9])(?P<amount>\\d{{1,3}}|(?ai:{alternation(ENGLISH_NUMBERS)})){ENGLISH_SPACE}"
     f"(?P<unit>{alternation(ENGLISH_RELATIVE_UNITS)}){ENGLISH_SPACE}(?P<direction>{alternation(ENGLISH_RELATIVE_DIRECTIONS)})(?![A-Za-z])"),
    # last week, next month, last year (not "this year": as vague as 今年)
    ("en_period_shift",
     f"(?<![A-Za-z])(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}){ENGLISH_SPACE}(?P<unit>week|month|year)(?![A-Za-z])"),
)


# --- Where a date can start -----------------------------------------------------------
# The scanner only looks at positions holding one of these characters (a fast skip in
# C), so every form must start with one: a digit, a Chinese numeral, the first
# character of a word above, or, for English forms, a letter at the start of a word.

#: Forms that start with an ASCII letter (English words), tried only at word starts.
ENGLISH_FORMS = frozenset(name for name, _ in FORMS if name.startswith("en_"))
#: English forms that may also start with a digit ("9 December", "2021 Q3", "2 days ago").
ENGLISH_FORMS_STARTING_WITH_A_DIGIT = frozenset({"en_period", "en_day_month", "en_relative"})


def _first_characters(*word_lists) -> str:
    return "".join(sorted({word[0] for words in word_lists for word in words}))


#: Every character a non-English form (or a digit-led English form) can start with.
START_CHARACTERS = "".join(sorted(set(
    "0123456789０１２３４５６７８９" + CHINESE_NUMERAL_CHARS + "○Ｏ民第半星礼禮周週"
    + _first_characters(YEAR_WORDS, SAME_YEAR_WORDS, STANDALONE_YEAR_WORDS, PERIOD_SHIFTS,
                        SAME_MONTH_WORDS, DAY_WORDS, PARTS_OF_DAY)
)))

_SPACES = " \u00a0\u2009\u202f\u3000"
_UNITS = "年月日号號天周週星礼禮个個季半时時点點分度"
#: What may follow the first character of a non-English form, so that the scanner can
#: drop most start characters (一些, 上面, 这是) after one step. Each entry is a regex.
START_PAIRS = (
    # a number: 2021年, 12月, 9日, 三天, 2 日, 12.9, 2021-12-09, 12/9/2021, 9th, 9 December
    f"[0-9０-９][0-9０-９{_UNITS}{_SPACES}至到.．/:：\\-—–~～〜A-Za-z]",
    f"[{CHINESE_NUMERAL_CHARS}○Ｏ][{CHINESE_NUMERAL_CHARS}○Ｏ{_UNITS}{_SPACES}至到\\-—–~～〜]",
    # whole words: 今年, 昨天, 次日, 上午, 晚 …
    alternation(set(YEAR_WORDS) | set(SAME_YEAR_WORDS) | set(STANDALONE_YEAR_WORDS) | set(DAY_WORDS)
                | set(PARTS_OF_DAY)),
    # 上周, 上个月, 本月, 这个星期, 当月, 上半年
    alternation(set(PERIOD_SHIFTS) | set(SAME_MONTH_WORDS)) + f"[{_SPACES}]?[个個星礼禮周週月半]",
    # 民國110年, 第三季度, 半个月, 前三季度, 周四, 星期四, 礼拜四
    f"民[國国]|第|半|前[{_SPACES}]?[二三两兩23]|星期|礼拜|禮拜|[周週]",
)


def _first_words(words) -> set[str]:
    return {word.split()[0] for word in words}


#: The words an English form can start with, so that the scanner drops other words
#: after one step: month and weekday names, cues, shifts, ordinals, Q3, H1, and
#: (whatever their case) the first words of day words and numbers.
ENGLISH_START_WORDS = (
    "(?:" + alternation(
        set(ENGLISH_MONTHS) | set(ENGLISH_WEEKDAYS) | set(ENGLISH_DATE_CUES) | set(ENGLISH_YEAR_CUES)
        | _first_words(ENGLISH_MONTH_PARTS) | set(ENGLISH_PERIOD_SHIFTS) | set(ENGLISH_ORDINALS)
    ) + "|(?ai:" + alternation(_first_words(ENGLISH_DAY_WORDS) | set(ENGLISH_NUMBERS)) + "))(?![A-Za-z])"
    "|Q[1-4]|H[12]"
)
