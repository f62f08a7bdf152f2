"""The patterns of every form of date, built from the words of `tables.py`.

`FORMS` is an ordered list of `(name, pattern)`. `scan.py` joins them into
one alternation compiled once, so order matters where two forms can start at
the same character: the longer, more specific form comes first. In a pattern,
the optional group `w` marks the part that is reported as written (so that a
cue such as English "in" can be required without being quoted).
"""

from __future__ import annotations

import re

from .tables import (
    CHINESE_FESTIVALS,
    CHINESE_HOLIDAY_WORDS,
    CHINESE_SEASONS,
    CHINESE_SHORT_FESTIVALS,
    DAY_WORD_NAMES,
    DAY_WORD_NOT_AFTER,
    DAY_WORDS,
    ENGLISH_DATE_CUES,
    ENGLISH_DAY_WORD_NAMES,
    ENGLISH_DAY_WORD_NAMES_BEFORE,
    ENGLISH_DAY_WORDS,
    ENGLISH_DAY_WORDS_BEFORE_PAUSE,
    ENGLISH_FESTIVALS,
    ENGLISH_FULL_MONTHS,
    ENGLISH_MONTH_PARTS,
    ENGLISH_MONTHS,
    ENGLISH_NUMBERS,
    ENGLISH_ORDINAL_DAYS,
    ENGLISH_ORDINALS,
    ENGLISH_PARTS_OF_DAY,
    ENGLISH_PERIOD_PARTS,
    ENGLISH_PERIOD_SHIFTS,
    ENGLISH_RELATIVE_DIRECTIONS,
    ENGLISH_RELATIVE_UNITS,
    ENGLISH_SEASONS,
    ENGLISH_TEEN_WORDS,
    ENGLISH_TENS_WORDS,
    ENGLISH_UNIT_WORDS,
    ENGLISH_WEEKDAYS,
    ENGLISH_YEAR_CUES,
    MONTH_PARTS,
    NUMBERED_THINGS,
    PARTS_OF_DAY,
    PARTS_OF_DAY_OPENING,
    PERIOD_SHIFTS,
    QUARTER_SHIFTS,
    RELATIVE_DIRECTIONS,
    SAME_MONTH_WORDS,
    SAME_YEAR_WORDS,
    SHORT_YEAR_ALONE_AFTER,
    SHORT_YEAR_ALONE_BEFORE,
    STANDALONE_SAME_YEAR_WORDS,
    STANDALONE_YEAR_WORDS,
    THREE_MAJOR,
    TODAY_ALONE_BEFORE,
    TODAY_ALONE_NOT_AFTER,
    YEAR_WORD_NOT_AFTER,
    YEAR_WORD_NOT_BEFORE,
    YEAR_WORDS,
    alternation,
)

# --- Pattern fragments ----------------------------------------------------------------

SPACE = "[ \u00a0\u2009\u202f\u3000]?"  # 2021 年 7 月 12 日
ENGLISH_SPACE = "[ \u00a0]"
DIGIT = "[0-9０-９]"
CHINESE_NUMERAL_CHARS = "〇零○一二三四五六七八九十两兩廿卅"
#: A number starts here: not inside another number, an ordinal (第) or a decimal. Digits may follow a numeral that
#: ends a name (`安倍晋三21日表示`): no number runs on from one script into the other.
AFTER_A_NUMERAL_ONLY_DIGITS = f"(?:(?<![{CHINESE_NUMERAL_CHARS}])|(?={DIGIT}))"
NUMBER_START = f"(?<![0-9０-９.．百千万萬第]){AFTER_A_NUMERAL_ONLY_DIGITS}"

YEAR = f"(?:{DIGIT}{{4}}|[〇零○一二三四五六七八九]{{4}})"
#: 15年3月2日, 九七年一季度: a year in two digits, only before a month or a quarter.
SHORT_YEAR = f"(?:{DIGIT}{{2}}|[〇零○一二三四五六七八九]{{2}})"
MONTH = f"(?:{DIGIT}{{1,2}}|十[一二]?|[一二三四五六七八九])"
DAY = f"(?:{DIGIT}{{1,2}}|[二三]?十[一二三四五六七八九]?|廿[一二三四五六七八九]?|卅一?|[一二三四五六七八九])"
HOUR = f"(?:{DIGIT}{{1,2}}|[零〇一二三四五六七八九十两兩]{{1,3}})"
MINUTE = f"(?:{DIGIT}{{1,2}}|[零〇一二三四五六七八九十]{{1,3}})"
#: 日 or 号; 号 not when it numbers something else (3号线 is metro line 3).
DAY_MARK = "(?:日|[号號](?![线線楼樓文院机機店位门門球车車字码碼闸閘口台窗厅廳馆館床房站]))"
RANGE_DASH = "[-—–~～〜－]{1,2}"
RANGE_WORD = f"(?:{RANGE_DASH}|至|到)"

PART_OF_DAY = alternation(PARTS_OF_DAY)
#: 晚间 / 中午12点 / 上午9时30分 / 14:30 / 下午约3时 after a day.
TIME_SUFFIX = (
    f"(?:{SPACE}(?P<part_of_day>{PART_OF_DAY}))?"
    f"(?:{SPACE}(?:大?[约約]{SPACE})?(?P<hour>{HOUR}){SPACE}[时時点點]"
    f"(?:{SPACE}(?P<minute>{MINUTE}){SPACE}分(?:{SPACE}{MINUTE}{SPACE}秒)?|(?P<half_hour>半)"
    f"|(?P<bare_minute>零[一二三四五六七八九]|{DIGIT}{{2}})(?![0-9０-９分秒]))?"
    f"|{SPACE}(?P<clock_hour>{DIGIT}{{1,2}})[:：](?P<clock_minute>{DIGIT}{{2}})(?::{DIGIT}{{2}})?(?![0-9０-９])[时時]?)?"
)
#: What after a day number makes it a duration or a count, not a date (2日内, 3日游).
NOT_A_DAY_AFTER = f"(?!{SPACE}(?:[内內间間]|以[内內上]|之[内內久]|左右|多|余|餘|游|遊|均|制|期间|期間|连续|連續|連続))"
#: A 4-digit year followed by these is a count of years (3000年来, 1990年代).
#: After a number, `x 1920`: a size (1800 x 1920 pixels), not a year.
_BY_A_NUMBER = "[ \u00a0]?[x×][ \u00a0]?[0-9]"
#: A year that ends where it is written: the end of a range of years (`2021-2027`), not `2021-2027-11`.
_A_YEAR_ALONE = "(?:1[5-9]|20)[0-9]{2}(?![0-9A-Za-z-])"
NOT_A_YEAR_AFTER = (
    # `左右` after a round hundred is as often a count (`距今2000年左右`); `1940年左右` is about that year
    # and so is `间` or `内` after one (`3000年间`); `2013年間`, `2026年內` are in that year
    f"(?!{SPACE}(?:代|[来來]|之久|多|余|餘|左右(?<=00年左右)|[间間内內](?<=00年[间間内內])|以上|第?{DIGIT}{{1,3}}{SPACE}期"
    # a name with a year in it: 2019年冠状病毒病 (the disease), not something of that year
    "|新型冠[状狀]病毒|冠[状狀]病毒))"
)

#: Before 同 or 当, what makes them the end of another word (不同, 相同, 共同, 如同, 相当): no `the same`.
NOT_SAME_AFTER = "不相共如等協协"
YEAR_WORD = alternation(YEAR_WORDS)
#: After `大`, a group of which `三大` counts the major ones (`三大指數`): no Wednesday (周三) before it.
_OF_A_GROUP = f"(?:{alternation(THREE_MAJOR)})"
SAME_YEAR_WORD = alternation(SAME_YEAR_WORDS)
PERIOD_SHIFT = alternation(PERIOD_SHIFTS)
#: 本 as the end of a word (成本月付, 日本周边, 资本季度) is no `this`.
_WORDS_ENDING_IN_BEN = "成资資基根版日样樣剧劇文账賬课課书書标標范範脚腳原蓝藍副正读讀画畫绘繪手话話台刊孤善抄藏稿"
NOT_A_WORD_IN_BEN = f"(?:(?=本)(?<![{_WORDS_ENDING_IN_BEN}])|(?!本))"
WEEK_WORD = "(?:星期|礼拜|禮拜|周|週)"
MONTH_PART = alternation(MONTH_PARTS)
QUARTER_DIGIT = "[一二三四1-4１-４]"

#: A month name; only an abbreviation takes a full stop (Dec. 9), so "in December." keeps its own.
ENGLISH_MONTH = (
    "(?:"
    + "|".join(
        re.escape(name) + "(?![a-z])" + ("" if name in ENGLISH_FULL_MONTHS or len(name) > 4 else "\\.?")
        for name in sorted(ENGLISH_MONTHS, key=lambda n: (-len(n), n))
    )
    + ")"
)
ENGLISH_FULL_MONTH = alternation(ENGLISH_FULL_MONTHS)
ENGLISH_WEEKDAY = alternation(ENGLISH_WEEKDAYS)
ENGLISH_ORDINAL_SUFFIX = "(?:st|nd|rd|th)?"
#: After a weekday, a word that makes it a newspaper's name (`The Sunday Times`, `the Sunday Telegraph`).
_A_PAPERS_NAME = r"(?:Times|Telegraph|Mirror|Express|Herald|Mail|Independent|Tribune)(?![A-Za-z])"
#: After `6pm`: no letter, nor a domain's end (`6pm.com` is a shop).
_NOT_A_WORDS_END = r"(?![A-Za-z]|\.(?:com|net|org|co|cn|io)(?![A-Za-z]))"
ENGLISH_TIME_SUFFIX = (
    f"(?:,?{ENGLISH_SPACE}(?:at{ENGLISH_SPACE})?"
    f"(?:(?P<hour>\\d{{1,2}})(?::(?P<minute>\\d{{2}}))?{ENGLISH_SPACE}?(?P<meridiem>[ap]\\.m\\.|[ap]m|[AP]M){_NOT_A_WORDS_END}"
    f"|(?P<clock_word>noon|midnight)(?![A-Za-z])))?"
)

S = ENGLISH_SPACE
_UNIT_WORD = alternation(ENGLISH_UNIT_WORDS)
_NUMBER_WORDS = alternation(ENGLISH_NUMBERS)
#: `twenty-five`, `forty two`: a number in words between the tens.
_TENS_AND_UNITS = f"{alternation(ENGLISH_TENS_WORDS)}[- ]{_UNIT_WORD}(?![A-Za-z])"
_TEEN_WORD = alternation(ENGLISH_TEEN_WORDS)
#: A year read out: nineteen ninety-six, nineteen oh five, twenty twenty-one, two thousand and one.
SPOKEN_YEAR = (
    f"(?:(?P<century>nineteen|twenty){S}(?P<decade>{alternation(ENGLISH_TENS_WORDS)}(?:[- ]{_UNIT_WORD})?"
    f"|{_TEEN_WORD}|hundred|oh[- ]{_UNIT_WORD})"
    f"|two{S}thousand(?:{S}(?:and{S})?(?P<after_2000>{alternation(ENGLISH_TENS_WORDS)}(?:[- ]{_UNIT_WORD})?"
    f"|{_TEEN_WORD}|{_UNIT_WORD}))?)(?![A-Za-z-])"
)
_QUARTER_ORDINAL = "(?:first|second|third|fourth)"


#: Before a number, what makes it a section's, an article's or a flight's (see `tables.NUMBERED_THINGS`).
_NOT_AFTER_A_SECTION = "".join(f"(?<!{re.escape(word)}[ \u00a0])" for word in NUMBERED_THINGS) + "(?<!§)"


def _day_words_pattern() -> str:
    """Chinese day words, each with the names it must not begin or the words it must not end."""
    parts = []
    for word in sorted(DAY_WORDS, key=lambda w: (-len(w), w)):
        names = DAY_WORD_NAMES.get(word)
        guard = f"(?!{alternation(names)})" if names else ""
        before = f"(?<![{DAY_WORD_NOT_AFTER[word]}])" if word in DAY_WORD_NOT_AFTER else ""
        parts.append(before + re.escape(word) + guard)
    return "(?:" + "|".join(parts) + ")"


#: After a digit, a measure word that makes it a count (`上周1輛車`: last week, one car), not a weekday.
_A_COUNTS_MEASURE = "[辆輛名人次宗架艘起件家]"
#: 今 alone, where it is today (see `tables.TODAY_ALONE_BEFORE`).
_TODAY_ALONE = f"(?<![{TODAY_ALONE_NOT_AFTER}])今(?={alternation(TODAY_ALONE_BEFORE)})"


def _english_day_words_pattern() -> str:
    parts = []
    for word in sorted(ENGLISH_DAY_WORDS, key=lambda w: (-len(w), w)):
        guard = ""
        if word in ENGLISH_DAY_WORDS_BEFORE_PAUSE:
            guard = "(?=\\s*(?:[,.;:!?)]|$))"
        names = ENGLISH_DAY_WORD_NAMES.get(word)
        before = "".join(f"(?<!{re.escape(name)})" for name in names) if names else ""
        if word in ENGLISH_DAY_WORD_NAMES_BEFORE:
            guard += f"(?!{ENGLISH_SPACE}(?i:{alternation(ENGLISH_DAY_WORD_NAMES_BEFORE[word])})(?![A-Za-z]))"
        parts.append(before + "(?ai:" + re.escape(word).replace("\\ ", ENGLISH_SPACE) + ")" + guard)
    return "(?:" + "|".join(parts) + ")"


# --- The forms ------------------------------------------------------------------------
# Each pattern is also compiled on its own, so group names need only be unique within
# one form. `readers.py` has one reader per form name.

#: Christmas Day, Christmas\u00a0Day, Valentine’s Day
_ENGLISH_FESTIVAL_NAMES = alternation(ENGLISH_FESTIVALS).replace("\\ ", S).replace("'", "['’]")

#: A day of a month of the Chinese calendar (初二, 十五, 廿三, 二十九, 三十).
_LUNAR_DAY = "初[一二三四五六七八九十]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十|十[一二三四五六七八九]?"
#: Festivals' names that are days of the Chinese calendar (正月初一, 正月十五): read as the festivals.
_LUNAR_FESTIVALS = alternation(name for name in CHINESE_FESTIVALS if name.startswith(("正月", "大年", "腊月", "臘月")))

FORMS: tuple[tuple[str, str], ...] = (
    # 2021-12-09, 2021.12.9, 2021/12/09 (and a time: 2021-12-09 14:30)
    (
        "numeric_ymd",
        f"(?<![0-9０-９A-Za-z_.．/\\-])(?P<year>{DIGIT}{{4}})"
        f"(?:-(?P<m1>{DIGIT}{{1,2}})-(?P<d1>{DIGIT}{{1,2}})|[.．](?P<m2>{DIGIT}{{1,2}})[.．](?P<d2>{DIGIT}{{1,2}})"
        f"|/(?P<m3>{DIGIT}{{1,2}})/(?P<d3>{DIGIT}{{1,2}}))"
        f"(?![0-9０-９]|[.．/\\-][0-9０-９])"
        f"(?:(?:T|{ENGLISH_SPACE})(?P<clock_hour>\\d{{1,2}}):(?P<clock_minute>\\d{{2}})(?::\\d{{2}})?(?![0-9]))?",
    ),
    # 12/9/2021, 12/15/15, 08-14-10: month and day order from the site's date_order; 9.12.2021 day first
    (
        "numeric_dmy",
        f"(?<![0-9０-９A-Za-z_.．/\\-])(?P<first>{DIGIT}{{1,2}})(?:[/.．\\-](?P<second>{DIGIT}{{1,2}})[/.．\\-]"
        f"(?P<year>{DIGIT}{{4}})|/(?P<second_short>{DIGIT}{{1,2}})/(?P<short_year>{DIGIT}{{2}})"
        f"|-(?P<second_dashed>{DIGIT}{{1,2}})-(?P<dashed_year>{DIGIT}{{2}}))"
        f"(?![0-9０-９]|[.．/\\-][0-9０-９])",
    ),
    # 80年代, 上世纪八十年代初, 20世纪90年代末, 1990年代: a decade, or a part of it
    (
        "zh_decade",
        f"(?:(?P<century>二十一|二十|十九|十八|21|20|19|18){SPACE}世[纪紀]{SPACE}(?:的{SPACE})?"
        f"|(?P<last_century>上{SPACE}(?:[个個]{SPACE})?世[纪紀]){SPACE}(?:的{SPACE})?"
        f"|{NUMBER_START}(?<!民[國国]))"  # 民國二十年代 counts from 1912
        f"(?P<decade>1[0-9]{{2}}0|20[0-9]0|[1-9]0|[一二三四五六七八九]十)(?:{SPACE}年代)"
        f"(?P<part>初期|初|中期|中叶|中葉|末期|末|后期|後期)?",
    ),
    # 正月初二, 腊月二十三, 大年初三, 五月初五, 农历八月十五: a day of the Chinese calendar (its year:
    # scan.attach_years); 正月初一, 正月十五 are festivals' names; a month in numerals is a lunar one with 初 or
    # 农历 only, and not before 日 (十月十五日 is the solar calendar's); its first month is 正月, not 一月
    (
        "zh_lunar_date",
        f"{NUMBER_START}(?!{_LUNAR_FESTIVALS})"
        f"(?:(?P<lunar_word>农历|農曆|阴历|陰曆|旧历|舊曆){SPACE}(?P<lunar_month>正|腊|臘|冬|十[一二]|[一二三四五六七八九十])月"
        f"(?P<lunar_day>{_LUNAR_DAY})"
        f"|(?P<named_month>正|腊|臘|冬)月(?P<named_day>{_LUNAR_DAY})"
        "|(?P<numeral_month>十[一二]|[二三四五六七八九十])月(?P<first_days>初[一二三四五六七八九十])"
        "|大年(?P<new_year_day>初[一二三四五六七八九十]))"
        "(?![日号號〇零一二三四五六七八九十廿])",
    ),
    # 民國110年12月9日, 2021年12月9日, 今年9月1日, 12月9日晚间, 11月下旬, 12月9日至10日 is two forms
    (
        "zh_date",
        f"(?:{NUMBER_START}(?:(?P<minguo>民[國国]){SPACE}(?P<minguo_year>{DIGIT}{{1,3}}|[一二三四五六七八九十百]{{1,4}}){SPACE}年"
        f"|(?P<year>{YEAR}){SPACE}年|(?P<short_year>{SHORT_YEAR}){SPACE}年|(?P<year_word>{YEAR_WORD})"
        f"|(?P<roc_year>1[0-4][0-9]){SPACE}年(?={SPACE}{MONTH}{SPACE}月{SPACE}{DAY})"  # 110年12月22日: 民國 left out
        f"|(?P<same_year>{SAME_YEAR_WORD})){SPACE}(?:的{SPACE})?"  # 2012年的10月30日, 当年的1月份
        f"|(?<![年每近前上下本这這个個]))"
        f"{NUMBER_START}(?:(?P<month_from>{MONTH}){SPACE}{RANGE_WORD}{SPACE})?(?P<month>{MONTH}){SPACE}月(?:份)?"
        f"(?:{SPACE}(?P<day>{DAY})(?:{SPACE}(?:{RANGE_DASH}|至){SPACE}(?P<day_to>{DAY}))?{SPACE}(?:{DAY_MARK}|(?=[，,。；;]))"
        f"{TIME_SUFFIX}"  # 1月3日; 1月3，as speech writes it
        f"|(?P<month_part>{MONTH_PART})|(?![内內]))",
    ),
    # 2021年第三季度, 今年上半年, 前三季度, 2021年Q3
    (
        "zh_period",
        f"{NUMBER_START}(?:"
        f"(?:(?:(?P<year>{YEAR})|(?P<short_year>{SHORT_YEAR})){SPACE}年{SPACE}(?:度{SPACE})?"
        f"|(?P<year_word>{YEAR_WORD}){SPACE}|(?P<same_year>{SAME_YEAR_WORD}){SPACE})?(?:的{SPACE})?"  # 2010年的四季度
        f"(?:第{SPACE}(?P<quarter>{QUARTER_DIGIT}){SPACE}季度?|(?P<quarter_bare>{QUARTER_DIGIT}|首){SPACE}季度"
        f"|前{SPACE}(?P<quarters_to>[二三两兩23]){SPACE}[个個]?季度|(?P<half>[上下])半年"
        f"|前{SPACE}(?P<months_to>{MONTH}|[两兩]){SPACE}[个個]?月(?!份?{SPACE}[0-9０-９一二三四五六七八九十])"
        f"|(?P<first_month>首)月(?![0-9０-９一二三四五六七八九十]))"
        f"|(?:(?P<q_year>{YEAR}){SPACE}年|(?P<q_year_word>{YEAR_WORD})){SPACE}[Qq](?P<quarter_q>[1-4])(?![0-9A-Za-z]))",
    ),
    # 春节, 国庆节, 除夕 (2021年春节, 今年春节: the year before it is joined to it, scan.attach_years; not 儿童节目,
    # 青年节目: children's and youth programmes)
    (
        "zh_festival",
        f"(?P<festival>{alternation(CHINESE_FESTIVALS)}"
        f"|{alternation(CHINESE_SHORT_FESTIVALS)}(?=(?:{alternation(CHINESE_HOLIDAY_WORDS)})))(?![0-9０-９目])",
    ),
    # 2019年春季, 今年夏天, 去年冬天 (a season needs its year: 春天 alone is as often a figure of speech)
    (
        "zh_season",
        f"{NUMBER_START}(?:(?P<year>{YEAR}){SPACE}年|(?P<year_word>{alternation(STANDALONE_YEAR_WORDS)}))"
        f"(?:的)?(?P<season>[{''.join(CHINESE_SEASONS)}])[季天]",
    ),
    # 1999年, 2021-2022年, 二〇二一年, 2020财年 (not 1990年代, not 3000年来)
    (
        "zh_year",
        f"{NUMBER_START}(?:(?P<year_from>{YEAR}){SPACE}{RANGE_WORD}{SPACE})?(?P<year>{YEAR}){SPACE}(?:[财財]{SPACE})?年"
        # 2016年到2021年間: across the span, no count of years
        f"(?:(?<=[至到~～\\-—–][0-9０-９]{{4}}年)[间間])?"
        # 2015年的最后一天: its 31 December
        f"(?:(?P<last_day>的?最[后後]一[天日]))?{NOT_A_YEAR_AFTER}",
    ),
    # 95年畢業, 08年起, 90年他曾到: a year of two digits alone, where a clause opens on it and says what was done
    # then; 10 to 49 are as likely a count of years (`10年他都没回家`), and are not read
    (
        "zh_short_year",
        f"(?:(?<=[{SHORT_YEAR_ALONE_AFTER}])|^)(?P<short_year>[0０]{DIGIT}|[5-9５-９]{DIGIT})年"
        f"(?={alternation(SHORT_YEAR_ALONE_BEFORE)})",
    ),
    # 三天后, 半个月后, 一周前, 一年半后, 88年前的今天 (Arabic day counts take 天: 3日前 is "before the 3rd")
    (
        "zh_relative",
        f"(?<![0-9０-９.．{CHINESE_NUMERAL_CHARS}第每数數几幾多])(?<![0-9０-９],)"
        f"(?:(?P<amount>{DIGIT}{{1,3}}|[一二三四五六七八九十两兩]{{1,3}}|半){SPACE}(?P<more_before>多)?"
        f"(?P<unit>天|周|週|[个個]{SPACE}(?P<more_within>多)?(?:星期|礼拜|禮拜|月)|星期|礼拜|禮拜|年)"
        f"|(?P<amount_days>[一二三四五六七八九十两兩]{{1,3}})(?P<unit_day>日))"
        f"(?P<and_half>半)?(?P<more_after>多)?{SPACE}(?P<direction>{alternation(RELATIVE_DIRECTIONS)})"
        f"(?P<same_day>的?(?:今天|今日|这一天|這一天|这天|這天))?",  # 88年前的今天: that day, years before
    ),
    # 上周四, 周四, 星期天, 週四晚上, 下个星期一, 上周星期三
    (
        "zh_weekday",
        # (after 每 it is read, and scan sets it aside as recurring, with a weekday joined to it: `每周一和周三`)
        f"(?<![0-9０-９{CHINESE_NUMERAL_CHARS}数數几幾上下本这這])(?<!(?<!每)[个個])"
        f"(?:(?P<shift>{PERIOD_SHIFT}){SPACE}(?:[个個]{SPACE})?(?:[周週]{SPACE}(?=星期|礼拜|禮拜))?)?"
        # 本周五个交易日, 上周1輛車: a count after a week named
        f"{WEEK_WORD}(?P<weekday>[一二三四五六日天1-7１-７])(?!{SPACE}[0-9０-９]|版|[个個]|(?<=[1-7１-７]){_A_COUNTS_MEASURE})"
        f"(?!(?<=三)大{_OF_A_GROUP})"  # 本週三大指數全部收跌: this week, the three major indexes
        # 上周日本自卫队成立了…: last week, Japan's forces (日本, 日元 after a week named)
        f"(?!(?<=[上下本这這][周週]日)[本元])"
        f"{TIME_SUFFIX}",
    ),
    # 上周, 本周, 下个星期, 上周末, 这一周
    (
        "zh_week",
        f"(?<![每]){NOT_A_WORD_IN_BEN}(?P<shift>{PERIOD_SHIFT}){SPACE}(?:[个個]{SPACE})?{WEEK_WORD}"
        # (no weekday, 周期, 周年; but a week then Japan, or a count: `上周日本`, `上周1輛`)
        f"(?!(?!三大{_OF_A_GROUP}|日[本元]|[1-7１-７]{_A_COUNTS_MEASURE})[一二三四五六日天1-7１-７年岁歲边邊围圍]|期(?![间間]))"
        f"(?!{SPACE}(?:星期|礼拜|禮拜)[一二三四五六日天])(?P<weekend>末)?",
    ),
    # 上个季度, 本季度, 下季度
    ("zh_quarter_shift", f"(?<![每]){NOT_A_WORD_IN_BEN}(?P<shift>{alternation(QUARTER_SHIFTS)}){SPACE}季度"),
    # 上个月, 本月9日, 当月, 下月初 (not 灯烧月下月如昼: 月下, under the moon)
    (
        "zh_month_shift",
        f"(?<![每月{NOT_SAME_AFTER}])(?<!同年){NOT_A_WORD_IN_BEN}(?:(?P<shift>{PERIOD_SHIFT})|(?P<same_month>{alternation(SAME_MONTH_WORDS)})){SPACE}(?:[个個]{SPACE})?月(?![球亮光饼餅色夜])"
        f"(?:{SPACE}(?P<day>{DAY}){SPACE}{DAY_MARK}{TIME_SUFFIX}|(?P<month_part>{MONTH_PART}))?",
    ),
    # 去年, 明年, 去年底 (今年 alone is too vague)
    (
        "zh_year_word",
        f"(?<![{NOT_SAME_AFTER}])(?!(?<=[{YEAR_WORD_NOT_AFTER}])[前后後]年|[前后後]年[{YEAR_WORD_NOT_BEFORE}])"
        f"(?P<year_word>{alternation(STANDALONE_YEAR_WORDS)}|{alternation(STANDALONE_SAME_YEAR_WORDS)})"
        "(?:年?(?P<year_part>[底初末])"
        # 去年今日, 去年的今天: that day a year before publication (not 今年今天, 当年的今天)
        "|(?<=[去上前明后後]年)(?P<same_day>的?(?:今天|今日|这一天|這一天|这天|這天)))?"
        "(?![龄齡级級纪紀]|同月)",  # 不同年龄, 同年级, 同年同月同日生 (an oath): no year
    ),
    # 今明两年: this year and the next
    ("zh_this_and_next_year", "今明[两兩]年"),
    # 年底, 月初, 年末 alone (not 2023年底, 每年年底, 大年初一, 正月初一, 12月初, nor 来年底气: confidence)
    (
        "zh_period_part",
        f"(?<![0-9０-９{CHINESE_NUMERAL_CHARS}年月每各逐历歷往近多大过過新拜正腊臘岁歲当當本上下这這去今明前后後同该該])"
        f"(?P<unit>[年月])[底初末](?![{CHINESE_NUMERAL_CHARS}0-9０-９]|(?<=底)[气氣线線蕴蘊细細])",
    ),
    # 昨天, 今日, 当天, 次日, 此前一天, 昨晚8点
    # 昨天, 次日, 今晨; 今（22）日, 明（23）日, 今（7/4）日 as Taiwan's news write them, the day glossed in brackets;
    # 今 alone before what is done today (`發言人今表示`)
    (
        "zh_day_word",
        f"(?P<word>{_day_words_pattern()}|(?P<glossed>[今明昨])[（(](?:[0-9０-９]{{1,2}}[/／])?[0-9０-９]{{1,2}}[）)][日天]"
        f"|(?P<today_alone>{_TODAY_ALONE})){TIME_SUFFIX}",
    ),
    # `下午，嫌疑人落网`: a part of the day opening a sentence, before a pause, is the day the story just told of
    (
        "zh_part_of_day",
        f"(?:(?<=[。！？；\n])|^)[ \t\u3000]*(?P<part_of_day>{alternation(PARTS_OF_DAY_OPENING)})(?={SPACE}[，,])",
    ),
    # 12.9 / 12-9 where the context makes it a date: after 于/在/自/至 …, or 12.9日, 12.9晚间
    # (12-9日 is as likely the 12th to the 9th: a day range, not this form)
    (
        "zh_numeric_md",
        f"(?<![0-9０-９A-Za-z_.．/\\-])"
        f"(?:(?<=[于於在自从從至到止])(?P<month>{DIGIT}{{1,2}})[.．\\-](?P<day>{DIGIT}{{1,2}})"
        f"|(?P<dotted_month>{DIGIT}{{1,2}})[.．](?P<dotted_day>{DIGIT}{{1,2}})(?={SPACE}[日号號]|{PART_OF_DAY}|起))"
        f"(?:{SPACE}(?P<mark>[日号號]))?"
        f"(?![0-9０-９A-Za-z.．%％‰/\\-]|{SPACE}(?:[万萬亿億元倍个個件次米吨噸克斤岁歲分秒度级級层層楼樓版"
        # `2.4纳摩尔`, `2.5美元`, `降至5.5成`: amounts
        f"纳納毫微千百兆公升瓦伏焦磅盎厘寸尺码碼英美港澳欧歐日韩韓台新成折天周週年人例]))"  # `在7-10天`: days
        f"{TIME_SUFFIX}",
    ),
    # 23日, 23日晚间, 九日, 9号 (month and year from the previous mention)
    (
        "zh_day",
        # (`受傷前7日`, `前3日`: the first or the last days counted, no day of the month)
        f"(?<![0-9０-９.．百千万萬第每月初前]){AFTER_A_NUMERAL_ONLY_DIGITS}(?P<day>{DAY})"
        f"(?:{SPACE}(?:{RANGE_DASH}|至){SPACE}(?P<day_to>{DAY}))?{SPACE}{DAY_MARK}{NOT_A_DAY_AFTER}{TIME_SUFFIX}",
    ),
    # 上午9时, 中午12点, 10时30分, 3點34分, 4点01 (the day from the previous mention); a bare 3点 is as
    # likely three points, so 点 alone after digits is an hour only with its minutes or 半
    (
        "zh_clock",
        f"(?<![0-9０-９.．{CHINESE_NUMERAL_CHARS}])"
        f"(?:(?P<part_of_day>{PART_OF_DAY}){SPACE}(?:(?:大?[约約]|[将將]?近|接近){SPACE})?(?P<hour>{HOUR}){SPACE}[时時点點]"
        f"|(?P<hour_digits>{DIGIT}{{1,2}}){SPACE}(?:[时時](?![间間候期代刻速效长長尚装裝事势勢段区區髦辰])"
        f"|[点點](?={SPACE}(?:{MINUTE}{SPACE}分|半|{DIGIT}{{2}}(?![0-9０-９.．%％])))))"
        f"(?:{SPACE}(?P<minute>{MINUTE}){SPACE}分|(?P<half_hour>半)|(?P<bare_minute>{DIGIT}{{2}})(?![0-9０-９.．%％分秒]))?",
    ),
    # the 1960s, the mid-1990s, the early '80s, the 1990's: a decade, or a part of it (not `1960s-style`)
    (
        "en_decade",
        f"(?:(?<![A-Za-z])(?P<part>[Ee]arly|[Mm]id|[Ll]ate)(?:-|{ENGLISH_SPACE})['’]?|(?<![0-9A-Za-z.,]))"
        f"(?P<decade>1[0-9]{{2}}0|20[0-9]0|(?<=['’])[0-9]0)(?P<apostrophe>['’])?s(?![A-Za-z0-9]|-[A-Za-z])",
    ),
    # Q3 2021, 2021 Q3, the third quarter of 2021, the fourth quarter of last year, H1 2021, the first half of 2021
    (
        "en_period",
        f"(?<![A-Za-z0-9])(?:Q(?P<q1>[1-4])(?:{ENGLISH_SPACE}?(?P<y1>\\d{{4}}))?"
        f"|(?P<y2>\\d{{4}}){ENGLISH_SPACE}?Q(?P<q2>[1-4])"
        f"|(?P<ordinal>{alternation(ENGLISH_ORDINALS)})[ \\-]quarter"
        f"(?:{ENGLISH_SPACE}(?:of|in){ENGLISH_SPACE}(?P<y3>\\d{{4}})|,?{ENGLISH_SPACE}(?P<y4>\\d{{4}})"
        f"|{ENGLISH_SPACE}(?:of{ENGLISH_SPACE})?(?P<qshift>last|this|next){ENGLISH_SPACE}year(?!['’]))?"
        f"|H(?P<h1>[12]){ENGLISH_SPACE}?(?P<y5>\\d{{4}})|(?P<y6>\\d{{4}}){ENGLISH_SPACE}?H(?P<h2>[12])"
        f"|(?P<half_ordinal>first|second){ENGLISH_SPACE}half{ENGLISH_SPACE}of{ENGLISH_SPACE}(?:(?P<y7>\\d{{4}})|the{ENGLISH_SPACE}year))"
        f"(?![A-Za-z0-9])",
    ),
    # December 9, 2021; Dec. 9; Dec 9-12, 2021; December 9 at 3 p.m.
    (
        "en_month_day",
        f"(?<![A-Za-z])(?P<month>{ENGLISH_MONTH}){ENGLISH_SPACE}?(?P<day>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX}(?![0-9A-Za-z])"
        f"(?:(?:{ENGLISH_SPACE}?[-–—]{ENGLISH_SPACE}?|{ENGLISH_SPACE}(?:to|through){ENGLISH_SPACE})"
        f"(?P<day_to>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX}(?![0-9A-Za-z]|{ENGLISH_SPACE}?(?:[ap]\\.?m|[AP]M|%|percent)))?"
        f"(?:,?{ENGLISH_SPACE}(?P<year>\\d{{4}})(?![0-9]))?{ENGLISH_TIME_SUFFIX}",  # March 6-8, March 6 to 8
    ),
    # 9 December 2021, 9th of Dec
    (
        "en_day_month",
        f"(?<![0-9A-Za-z])(?P<day>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX}"
        f"(?:{ENGLISH_SPACE}?[-–—]{ENGLISH_SPACE}?(?P<day_to>\\d{{1,2}}){ENGLISH_ORDINAL_SUFFIX})?"
        f"{ENGLISH_SPACE}(?:of{ENGLISH_SPACE})?(?P<month>{ENGLISH_MONTH})"
        f"(?:,?{ENGLISH_SPACE}(?P<year>\\d{{4}})(?![0-9]))?{ENGLISH_TIME_SUFFIX}",
    ),
    # December 2021, Dec. 2021
    ("en_month_year", f"(?<![A-Za-z])(?P<month>{ENGLISH_MONTH}),?{ENGLISH_SPACE}(?P<year>\\d{{4}})(?![0-9])"),
    # March eighth, January nineteen ninety-seven, the first of March
    (
        "en_month_spoken",
        f"(?<![A-Za-z])(?P<month>{ENGLISH_FULL_MONTH}){S}(?:(?:the{S})?(?P<ordinal_day>{alternation(ENGLISH_ORDINAL_DAYS)})"
        f"(?![A-Za-z-])(?:,?{S}(?P<day_year>{SPOKEN_YEAR.replace('?P<', '?P<d_')}))?"
        f"|(?P<month_year>{SPOKEN_YEAR.replace('?P<', '?P<m_')}))",
    ),
    # in late November, by December, last March (a bare month needs a cue)
    (
        "en_month",
        f"(?<![A-Za-z])(?:(?P<cue>{alternation(ENGLISH_DATE_CUES)}){ENGLISH_SPACE}(?:the{ENGLISH_SPACE})?)?"
        f"(?P<w>(?:(?P<month_part>{alternation(ENGLISH_MONTH_PARTS)})[ \\-])?"
        f"(?:(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}){ENGLISH_SPACE})?(?P<month>{ENGLISH_FULL_MONTH}))"
        f"(?![A-Za-z])(?!\\.?{ENGLISH_SPACE}?\\d)",
    ),
    # last summer, this past spring, the winter of 1994, spring 2019, in the fall (a bare season needs a cue)
    (
        "en_season",
        f"(?<![A-Za-z])(?:(?P<cue>{alternation(ENGLISH_DATE_CUES)}){ENGLISH_SPACE}(?=the{ENGLISH_SPACE}))?"
        f"(?P<w>(?:(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}){ENGLISH_SPACE}"
        f"|(?P<the>[Tt]he){ENGLISH_SPACE})?(?:(?P<part>early|late|mid)[ \\-])?"
        f"(?P<season>{alternation(ENGLISH_SEASONS)})"
        f"(?:,?{ENGLISH_SPACE}(?:of{ENGLISH_SPACE})?(?P<year>[12][0-9]{{3}})(?![0-9]))?)(?![A-Za-z])"
        f"(?!{ENGLISH_SPACE}months(?![A-Za-z]))",  # the winter months: any winter's
    ),
    # in 2020, since 2019, in early 2021 (a bare year needs a cue)
    (
        "en_year",
        f"(?<![A-Za-z])(?P<cue>{alternation(ENGLISH_YEAR_CUES)}){ENGLISH_SPACE}"
        f"(?P<w>(?:(?P<year_part>early|mid|late)[ \\-])?(?P<year>[12][0-9]{{3}}))"
        # not 1080p, 1990s, 3.5%, nor the year of 2021-01-05 (read as a whole below)
        f"(?![0-9A-Za-z]|[.,][0-9]|-[0-9]{{1,2}}-[0-9]|{ENGLISH_SPACE}?(?:%|percent|per cent)|{_BY_A_NUMBER})",
    ),
    # on Thursday, last Friday, Monday morning (`In this Sunday, Nov. 10, 2019, photo`: the date's weekday)
    (
        "en_weekday",
        f"(?<![A-Za-z])(?P<w>(?:(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}){ENGLISH_SPACE}"
        f"(?!{ENGLISH_WEEKDAY},?{ENGLISH_SPACE}{ENGLISH_MONTH}{ENGLISH_SPACE}?[0-9]))?(?P<weekday>{ENGLISH_WEEKDAY})"
        f"(?!{ENGLISH_SPACE}{_A_PAPERS_NAME})"  # `The Sunday Times`: a newspaper
        f"(?:{ENGLISH_SPACE}(?P<part_of_day>{alternation(ENGLISH_PARTS_OF_DAY)}))?(?![A-Za-z])"
        # not a habit: `Friday nights are made for fun`
        f"(?!{ENGLISH_SPACE}(?:{alternation(ENGLISH_PARTS_OF_DAY)})s(?![A-Za-z])){ENGLISH_TIME_SUFFIX})",
    ),
    # yesterday, today, the next day, that day
    (
        "en_day_word",
        f"(?<![A-Za-z])(?P<word>{_english_day_words_pattern()})"
        f"(?:{ENGLISH_SPACE}(?P<part_of_day>{alternation(ENGLISH_PARTS_OF_DAY)}))?(?![A-Za-z]){ENGLISH_TIME_SUFFIX}",
    ),
    # two days ago, three weeks later, a month earlier
    (
        "en_relative",
        f"(?<![A-Za-z0-9])(?<![0-9][.,])(?P<amount>\\d{{1,3}}|(?ai:{_TENS_AND_UNITS}|{_NUMBER_WORDS})){ENGLISH_SPACE}"
        f"(?P<unit>{alternation(ENGLISH_RELATIVE_UNITS)}){ENGLISH_SPACE}(?P<direction>{alternation(ENGLISH_RELATIVE_DIRECTIONS)})"
        # 5 years ago today: that day; ten years ago this month: that month; 27 years ago this week: that week
        f"(?:{ENGLISH_SPACE}(?P<today>today)|{ENGLISH_SPACE}(?P<this_month>this month)"
        f"|{ENGLISH_SPACE}(?P<this_week>this week))?(?![A-Za-z])",
    ),
    # last week, next month, this year, earlier this year, the current fiscal year, this quarter, the last year
    (
        "en_period_shift",
        f"(?<![A-Za-z])(?P<w>(?:(?P<part>{alternation(ENGLISH_PERIOD_PARTS)}){S})?"
        f"(?P<shift>{alternation(ENGLISH_PERIOD_SHIFTS)}|[Tt]he{S}last){S}(?:fiscal{S})?"
        f"(?P<unit>weekend|week|month|year|quarter))"
        f"(?![A-Za-z]|[- ]century)"  # not the last quarter-century
        f"(?!{S}of(?![A-Za-z]))"  # not the last week of March, the last year of the war
        f"(?!['’]s{S}(?:{_QUARTER_ORDINAL}[ -])?(?:quarter|period))",  # last year's quarter: a period, below
    ),
    # the year ahead: the twelve months from publication
    ("en_period_ahead", f"(?<![A-Za-z])(?P<w>[Tt]he{S}(?P<unit>week|month|year){S}ahead)(?![A-Za-z])"),
    # over the weekend, during the weekend (alone, `the weekend` is as often any weekend)
    (
        "en_weekend",
        "(?:"
        + "|".join(f"(?<=(?<![A-Za-z]){cue} )" for cue in ("over", "during", "on", "at", "for", "Over", "During", "On"))
        + f")the{S}weekend(?![A-Za-z])",
    ),
    # periods an article refers back to: the year-earlier quarter, year-ago, the latest quarter, the 1988
    # nineteen ninety-six, the year two thousand (dates read out, in transcripts)
    ("en_spoken_year", f"(?<![A-Za-z])(?P<w>(?:[Tt]he{S}year{S})?{SPOKEN_YEAR})"),
    # period, fiscal 1989, that year, the following month, the end of the year, year-end, for the year
    (
        "en_period_anaphor",
        f"(?<![A-Za-z])(?:(?:for|during|over|in|through){S}(?=the{S}(?:full{S}|fiscal{S}|whole{S})?year(?![A-Za-z-])))?"
        f"(?P<w>(?P<year_end>(?:[Tt]he{S})?(?:(?P<year_end_shift>last|this|next){S})?year(?:-|{S}|['’]s{S})end)"
        f"|(?:[Tt]he{S})?(?:(?:comparable|same){S})?(?P<year_before>[Yy]ear[- ](?:earlier|ago)|prior-year)"
        f"(?:{S}(?:fiscal{S})?(?:(?P<yb_ordinal>{_QUARTER_ORDINAL})[ -])?(?P<yb_unit>quarter|period))?"
        f"|[Tt]he{S}(?P<explicit_year>(?:19|20)[0-9]{{2}}){S}(?:fiscal{S})?"
        f"(?:(?P<ey_ordinal>{_QUARTER_ORDINAL})[ -])?(?P<ey_unit>quarter|period)"
        f"|[Ll]ast{S}year['’]s{S}(?:(?P<ly_ordinal>{_QUARTER_ORDINAL})[ -])?(?P<ly_unit>quarter|period)"
        f"|[Tt]he{S}(?:(?P<relation>latest|current|same|comparable|corresponding|previous|prior|preceding|following"
        f"|most recent){S})?(?:fiscal{S})?(?P<unit>quarter|period)"
        f"(?P<unit_year_before>{S}(?:a{S}year{S}(?:ago|earlier)|(?:of{S})?last{S}year))?"
        f"|[Tt]hat{S}(?:same{S})?(?P<that_unit>year|quarter|month)"
        f"|[Tt]he{S}same{S}(?P<same_unit>year|month)(?!{S}as(?![A-Za-z]))"
        # (`the next year` too, but not `over the next year`, a stretch of time from now)
        f"|(?:(?<![Oo]ver )(?<![Ii]n )(?<![Ww]ithin )(?<![Dd]uring )(?<![Ff]or )(?=[Tt]he{S}next)|(?![Tt]he{S}next))"
        f"[Tt]he{S}(?P<neighbour>following|next|previous|preceding){S}(?P<neighbour_unit>year|month|week)"
        f"|(?:(?P<year_part>{alternation(ENGLISH_PERIOD_PARTS)}){S})?[Tt]he{S}(?P<whole>full{S}|fiscal{S}|whole{S}"
        f"|current{S}(?:fiscal{S})?|present{S})?year"
        f"|[Ff]iscal{S}(?P<fiscal_year>(?:19|20)[0-9]{{2}}))"
        f"(?![A-Za-z0-9-])(?!{S}(?:ago|ahead|before|after|earlier|later|of|when|in|to|that|which|[0-9]))",
    ),
    # a year alone, in English: 1957, the 1990 elections (not 2000 people, about 1500, $1999)
    (
        "en_bare_year",
        f"(?:(?<![A-Za-z0-9_$#£€¥.,/:'’\\-])|(?<=(?<![0-9-])(?:1[5-9]|20)[0-9]{{2}}-))(?<![x×])(?<![x×]{S})"
        f"(?<![0-9]{{3}}[ \u00a0])"  # the last group of a telephone number: `+44 (0)20 3353 2000`
        f"{_NOT_AFTER_A_SECTION}"
        f"(?P<year>1[5-9][0-9]{{2}}|20[0-9]{{2}})"
        f"(?![0-9A-Za-z_%年]|[.,:/][0-9]|-(?!{_A_YEAR_ALONE})[0-9]|['’]s(?!{S}[A-Za-z])|{S}?(?:percent|per{S}cent)"
        f"|{_BY_A_NUMBER}|;{S}?[0-9])",
        # 2019年: Chinese; 2005;353(23):2450–61: a citation's year and volume; 2021-2027: a range of years;
        # 1984’s Heart album: the year's (the 1990's alone is a decade)
    ),
    # FY2021, FY21, FY '21: a fiscal year, by the year it is named after
    ("en_fiscal_year", "(?<![A-Za-z0-9])FY[ \u00a0]?['’]?(?P<fy>[0-9]{4}|[0-9]{2})(?![0-9A-Za-z])"),
    # '98
    ("en_short_year", "(?<=['’])(?<![A-Za-z0-9]['’])(?P<yy>[0-9]{2})(?![0-9A-Za-z'’%])"),
    # a time alone: 10:35 a.m., 6 a.m, 4 in the morning, noon (the day from the date before it)
    (
        "en_clock",
        f"(?<![A-Za-z0-9:.])(?P<w>(?P<hour>[0-9]{{1,2}})(?::(?P<minute>[0-9]{{2}}))?{S}?"
        f"(?P<meridiem>[ap]\\.m\\.?|[ap]m{_NOT_A_WORDS_END}|[AP]M{_NOT_A_WORDS_END})"
        f"|(?P<hour_oclock>[0-9]{{1,2}}|{_UNIT_WORD}|ten|eleven|twelve){S}o'clock(?![A-Za-z])"
        f"|(?P<hour_part>[0-9]{{1,2}}|{_UNIT_WORD}|ten|eleven|twelve){S}in{S}the{S}"
        f"(?P<part>morning|afternoon|evening|night)(?![A-Za-z])"
        f"|(?P<clock_word>noon|midnight|midday)(?![A-Za-z]))",
    ),
    # Thanksgiving, Christmas Day 2020, the Christmas of 1914, last Christmas, this Easter (no other form starts so)
    (
        "en_festival",
        f"(?<![A-Za-z])(?:(?P<direction>[Ll]ast|[Tt]his|[Nn]ext){S})?"
        f"(?P<festival>{_ENGLISH_FESTIVAL_NAMES})(?![A-Za-z]|{S}(?:Island|Islands|Isle)\\b)"  # not Easter Island
        f"(?:(?:,?{S}|{S}of{S})(?P<year>(?:1[89]|20)[0-9]{{2}})(?![0-9]))?"
        f"(?P<season>(?=(?:{S}and{S}New{S}Year['’]?s?)?{S}(?:season|period|holidays?|shopping|sales|rush|break)\\b))?",
    ),
)


# --- Where a date can start -----------------------------------------------------------
# The scanner only looks at positions holding one of these characters (a fast skip in
# C), so every form must start with one: a digit, a Chinese numeral, the first
# character of a word above, or, for English forms, a letter at the start of a word.

#: Forms written with Chinese characters (besides their digits): tried only in a text that has some.
CHINESE_FORMS = frozenset(name for name, _ in FORMS if name.startswith("zh_"))
#: The Han characters of Chinese text, simplified and traditional.
HAN_RANGES = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
#: Forms that start with an ASCII letter (English words), tried only at word starts.
ENGLISH_FORMS = frozenset(name for name, _ in FORMS if name.startswith("en_"))
#: English forms that may also start with a digit ("9 December", "2021 Q3", "2 days ago").
ENGLISH_FORMS_STARTING_WITH_A_DIGIT = frozenset(
    {"en_decade", "en_period", "en_day_month", "en_relative", "en_bare_year", "en_short_year", "en_clock"}
)


def _first_characters(*word_lists) -> str:
    return "".join(sorted({word[0] for words in word_lists for word in words}))


def _first_character_then(words) -> str:
    """The words as an alternation that first checks, in one step, the character the position holds: most
    start characters begin none of them, and a trie with many first characters tries each in turn."""
    return f"(?=[{re.escape(_first_characters(words))}]){alternation(words)}"


#: Every character a non-English form (or a digit-led English form) can start with.
START_CHARACTERS = "".join(
    sorted(
        set(
            "0123456789０１２３４５６７８９"
            + CHINESE_NUMERAL_CHARS
            + "○Ｏ民第半星礼禮周週首年月"
            + "正腊臘冬大农農阴陰旧舊"  # 正月初二, 大年初三, 农历八月十五
            + _first_characters(
                YEAR_WORDS,
                SAME_YEAR_WORDS,
                STANDALONE_YEAR_WORDS,
                PERIOD_SHIFTS,
                SAME_MONTH_WORDS,
                DAY_WORDS,
                PARTS_OF_DAY,
                QUARTER_SHIFTS,
                CHINESE_FESTIVALS,
                CHINESE_SHORT_FESTIVALS,
            )
        )
    )
)

_SPACES = " \u00a0\u2009\u202f\u3000"
_UNITS = "年月日号號天周週星礼禮季半时時点點分度世"
#: A counter that starts a date's unit: 三个月, 这个星期, 上个季度 (not 一个人, 这个问题).
_COUNTER = f"[个個][{_SPACES}]*[多星礼禮周週月季]"
#: What may follow the first character of a non-English form, so that the scanner can
#: drop most start characters (一些, 上面, 这是) after one step. Each entry is a regex.
START_PAIRS = (
    # a number: 2021年, 12月, 9日, 三天, 2 日, 12.9, 2021-12-09, 12/9/2021, 9th, 2nd, 6pm, 9 December
    # (of letters, only an ordinal's or a clock's: `Log4j`, `5G` and `3D` start no date)
    f"[0-9０-９](?:[0-9０-９{_UNITS}{_SPACES}至到多.．/:：\\-—–~～〜stnrapAP]|{_COUNTER})",
    f"[{CHINESE_NUMERAL_CHARS}○Ｏ](?:[{CHINESE_NUMERAL_CHARS}○Ｏ{_UNITS}{_SPACES}至到多\\-—–~～〜]|{_COUNTER})",
    # whole words: 今年, 昨天, 次日, 上午, 晚 …
    _first_character_then(
        set(YEAR_WORDS) | set(SAME_YEAR_WORDS) | set(STANDALONE_YEAR_WORDS) | set(DAY_WORDS) | set(PARTS_OF_DAY)
    ),
    # 上周, 上个月, 本月, 这个星期, 当月, 上半年, 本季度; 上一年, 这一周, 上一个月
    alternation(set(PERIOD_SHIFTS) | set(SAME_MONTH_WORDS) | set(QUARTER_SHIFTS))
    + f"[{_SPACES}]?(?:[星礼禮周週月半季]|{_COUNTER})|[上下这這]一[{_SPACES}]?(?:[星礼禮周週月半季年]|{_COUNTER})",
    # 民國110年, 第三季度, 半个月, 前三季度, 周四, 星期四, 礼拜四, 首季度
    f"民[國国]|第[^季]{{1,3}}季|半|前[{_SPACES}]?[二三两兩23]|星期|礼拜|禮拜|[周週]|首季|[年月][底初末]|今明|[今明昨][（(]|{_TODAY_ALONE}"
    f"|上[{_SPACES}]?(?:[个個][{_SPACES}]?)?世",  # 上世纪八十年代
    # 春节, 国庆节, 国庆假期 …
    _first_character_then(set(CHINESE_FESTIVALS) | set(CHINESE_SHORT_FESTIVALS)),
    # 正月初二, 腊月二十三, 大年初三, 农历八月十五
    "[正腊臘冬]月|大年初|农历|農曆|阴历|陰曆|旧历|舊曆",
)


def _first_words(words) -> set[str]:
    return {word.split()[0] for word in words}


def _leading_words(phrases) -> str:
    """The first two words of each phrase (`the day`, `that same`, `the end`), as a pattern: the first
    alone would be one of the commonest words (`the`, `that`), which then starts a try of every form."""
    return alternation({" ".join(phrase.split()[:2]) for phrase in phrases}).replace("\\ ", ENGLISH_SPACE)


#: What `the` starts a form before: `the year`, `the same quarter`, `the end of`, `the 2020 fiscal year`.
_AFTER_THE = (
    "(?:year|current|present|latest|same|comparable|corresponding|previous|prior|preceding|following|most|last"
    "|past|next|week|month|day|night|quarter|period|full|fiscal|whole|end|beginning|start|middle|[0-9]{4}"
    "|early|late|mid|[Ss]pring|[Ss]ummer|[Ff]all|[Aa]utumn|[Ww]inter|weekend)(?![A-Za-z])"
)
_WORDS_AFTER_A_CUE = (
    {"early", "mid", "late"}
    | set(ENGLISH_MONTHS)
    | set(ENGLISH_SEASONS)
    | _first_words(ENGLISH_MONTH_PARTS)
    | _first_words(ENGLISH_PERIOD_SHIFTS)
) - {"the", "The"}
#: A cue (`in`, `by`, `since`) starts a form only before a year, a month, a season, a part, a shift,
#: or `the` before one of them (`in the fall`, `by the September deadline`), not before any word.
_AFTER_A_CUE = (
    f"(?:[0-9]|{alternation(_WORDS_AFTER_A_CUE)}(?![A-Za-z])"
    f"|[Tt]he{ENGLISH_SPACE}(?:{_AFTER_THE}|{alternation(ENGLISH_MONTHS)}(?![A-Za-z])))"
)
#: A number word (`a`, `two`, `nineteen`) starts a form only before a unit (`a week ago`), as a
#: spoken year's first half (`nineteen ninety-six`, `two thousand`) or an hour (`five in the morning`).
_AFTER_A_NUMBER = alternation(
    set(ENGLISH_RELATIVE_UNITS)
    | set(ENGLISH_TENS_WORDS)
    | set(ENGLISH_TEEN_WORDS)
    | {"hundred", "oh", "thousand", "o'clock", "in"}
)

#: The words an English form can start with, so that the scanner drops other words
#: after one step: month and weekday names, ordinals, the first two words of phrases,
#: day words and numbers (whatever their case), and cues, numbers, `the` and `that`
#: only before what they start a form with; Q3, H1.
ENGLISH_START_WORDS = (
    "(?:"
    + alternation(
        set(ENGLISH_MONTHS)
        | set(ENGLISH_WEEKDAYS)
        | set(ENGLISH_ORDINALS)
        | {"fiscal", "Fiscal", "noon", "midnight", "midday", "twenty", "FY"}
        | set(ENGLISH_SEASONS)
    )
    + "|"
    + _leading_words(set(ENGLISH_MONTH_PARTS) | set(ENGLISH_PERIOD_SHIFTS) | set(ENGLISH_PERIOD_PARTS))
    + "|(?ai:"
    + _leading_words(ENGLISH_DAY_WORDS)
    + "))(?![A-Za-z])"
    + f"|{alternation(set(ENGLISH_DATE_CUES) | set(ENGLISH_YEAR_CUES))}{ENGLISH_SPACE}(?={_AFTER_A_CUE})"
    # a festival's whole name (`Canada Day`, not any `Canada`)
    + f"|(?=[A-Z]){_ENGLISH_FESTIVAL_NAMES}(?![A-Za-z])"
    + f"|(?ai:{_NUMBER_WORDS})(?:[- ](?ai:{_UNIT_WORD}))?"
    + f"{ENGLISH_SPACE}(?ai:{_AFTER_A_NUMBER})(?![A-Za-z])"
    + f"|[Tt]he{ENGLISH_SPACE}(?={_AFTER_THE})"
    + f"|[Tt]hat{ENGLISH_SPACE}(?=(?:year|quarter|month)(?![A-Za-z]))"
    + "|[Yy]ear[- ](?=earlier|ago)|[Yy]ear(?=(?:-|[ \u00a0]|['’]s[ \u00a0])end(?![A-Za-z]))|prior-year|Q[1-4]|H[12]"
)
