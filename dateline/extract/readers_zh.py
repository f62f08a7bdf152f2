"""Readers of the Chinese forms and of the numeric ones (2021-12-09, 12/9/2021): one per form."""

from __future__ import annotations

import re

from . import tables
from .context import ExtractionContext
from .festivals import lunar_day_key
from .reading import (
    NotADate,
    Reading,
    check_calendar,
    chinese_clock,
    chinese_year_fields,
    decade_reading,
    latest_decade,
    number,
    range_to,
    relative_offsets,
    required_number,
    season_reading,
    two_digit_year,
    with_clock,
)


def read_numeric_ymd(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    month = groups["m1"] or groups["m2"] or groups["m3"]
    day = groups["d1"] or groups["d2"] or groups["d3"]
    if groups["year"].startswith("0"):
        raise NotADate(match.group())  # `0823-03-18`: no year is written so
    reading = Reading(
        *match.span(),
        "calendar",
        year=required_number(groups["year"]),
        month=required_number(month),
        day=required_number(day),
    )
    if groups.get("clock_hour"):
        hour, minute = int(groups["clock_hour"]), int(groups["clock_minute"])
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise NotADate(hour)
        reading.hour, reading.minute = hour, minute
    return check_calendar(reading)


def read_numeric_dmy(match: re.Match, context: ExtractionContext) -> Reading:
    first = required_number(match["first"])
    short_year = match["short_year"] or match["dashed_year"]
    if short_year:  # `Tuesday, 12/15/15`: the century nearest publication
        text, start = match.string, match.start()
        clock_after = _CLOCK_AFTER_A_SHORT_NUMERIC_DATE.match(text, match.end())
        if match["short_year"]:
            a_date = bool(_BEFORE_A_SHORT_NUMERIC_DATE.search(text, max(0, start - 16), start) or clock_after)
        else:  # with dashes, only a stamp's: `Updated: 08-14-10`, `08-13-10 05:18 PM`
            a_date = bool(_A_STAMPS_LABEL_BEFORE.search(text, max(0, start - 16), start)) or bool(
                clock_after and clock_after["meridiem"]
            )
        if not a_date:
            raise NotADate(match.group())  # `a 12/10/10 line`: a player's numbers, not a date
        second = required_number(match["second_short"] or match["second_dashed"])
        year = two_digit_year(required_number(short_year), context.published)
    else:
        second = required_number(match["second"])
        if match["year"].startswith("0"):
            raise NotADate(match.group())  # `18-03-0823:16`: a two-digit year glued to a time, not the year 823
        year = required_number(match["year"])
    # dots write the day first wherever they are used (`07.11.2023`, 7 November): the site's order is for slashes
    dotted = match.string[match.start() + len(match["first"])] in ".．"
    day_first = dotted or context.date_order.upper().startswith("D")
    orders = [(second, first), (first, second)] if day_first else [(first, second), (second, first)]
    for month, day in orders:  # the site's order, or the other when only that one is a date
        try:
            reading = check_calendar(Reading(*match.span(), "calendar", year=year, month=month, day=day))
        except NotADate:
            continue
        reading.day_first = day == first
        # the text's other dates tell
        reading.either_order = first <= 12 and second <= 12 and first != second and not dotted
        return reading
    raise NotADate(match.group())


_STAMPS_LABEL = r"\b(?:[Uu]pdated|[Pp]osted|[Pp]ublished|[Cc]orrection|[Ee]dited):?"
#: Before a date of numbers with a two-digit year, what makes it one: a weekday, `on`, `dated`, a stamp's
#: label (`Updated:`, `Posted`), or the start of a line; elsewhere `12/10/10` may be a player's points,
#: rebounds and assists. After it, a clock time does (`8/17/13 11:04am`, `Updated: 08-14-10 12:41 AM`).
_BEFORE_A_SHORT_NUMERIC_DATE = re.compile(
    rf"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?|\b[Oo]n|\b[Dd]ated|\b[Dd]ate:?|{_STAMPS_LABEL}|^|\n)"
    r"[ \t\u00a0]*$"
)
_A_STAMPS_LABEL_BEFORE = re.compile(rf"{_STAMPS_LABEL}[ \t\u00a0]*$")
#: (with dashes, only a clock of 12 hours: `08-11-23 17:03:28` in a log may be 2008-11-23)
_CLOCK_AFTER_A_SHORT_NUMERIC_DATE = re.compile(
    r",?[ \t\u00a0]+(?:at[ \t\u00a0]+)?[0-9]{1,2}:[0-9]{2}(?![0-9])[ \t\u00a0]*(?P<meridiem>[AaPp]\.?[Mm]\.?)?"
)


#: After a month, what makes it a futures contract's name (`8月交割的原油期货`, `当月期指`, `下月合约`).
_A_CONTRACT_AFTER = ("交割", "期指", "合约", "合約")
#: After a month, words that make it part of a name (`十月革命`, the October Revolution; `五月天`, a band, or a
#: month's weather as a saying has it, `六月天`; not `五月天气`, the weather of a May).
_A_NAME_AFTER_A_MONTH = re.compile("革命|天(?![气氣])")


#: Right before a month alone, what makes it a count of months (`延期3月`, `延长3月`).
_PUT_OFF = ("延期", "延长", "延長", "推迟", "推遲", "延后", "延後")


def read_zh_date(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if not groups["day"] and match.string.startswith(_A_CONTRACT_AFTER, match.end()):
        raise NotADate(match.group())  # `8月交割的原油期货`: the contract of that month
    if not groups["day"] and not groups.get("year") and _A_NAME_AFTER_A_MONTH.match(match.string, match.end()):
        raise NotADate(match.group())  # `十月革命`: a name
    if not groups["day"] and not groups.get("year") and match.string.endswith(_PUT_OFF, 0, match.start()):
        raise NotADate(match.group())  # `首付可延期3月`: three months, not March (`延期到3月` is March)
    reading = Reading(*match.span(), "calendar", month=required_number(groups["month"]))
    chinese_year_fields(groups, reading, context.published)
    if groups["day"]:
        reading.day = required_number(groups["day"])
        with_clock(reading, chinese_clock(groups))
    check_calendar(reading)
    if groups["month_from"]:
        if reading.day is not None:
            raise NotADate(match.group())
        end_month = reading.month
        reading.month = required_number(groups["month_from"])
        check_calendar(reading)
        range_to(reading, month=end_month)
    if groups["day_to"]:
        range_to(reading, day=required_number(groups["day_to"]), hour=None, minute=None)
    return reading


def read_zh_period(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar")
    chinese_year_fields(groups, reading, context.published)
    written_quarter = groups["quarter"] or groups["quarter_bare"] or groups["quarter_q"]
    if written_quarter:
        if not reading.states_year and not match.group().endswith("度"):
            raise NotADate(match.group())  # 第四季 alone is as often a TV season
        reading.quarter = tables.QUARTER_ORDINALS.get(written_quarter) or required_number(written_quarter)
    elif groups["quarters_to"]:
        reading.quarter = 1
        check_calendar(reading)
        return range_to(reading, quarter=required_number(groups["quarters_to"]))
    elif groups["first_month"]:
        if not reading.states_year:
            raise NotADate(match.group())
        reading.month = 1
    elif groups["months_to"]:
        if not reading.states_year:
            raise NotADate(match.group())  # 前三个月 alone is "three months before"
        reading.month = 1
        check_calendar(reading)
        return range_to(reading, month=required_number(groups["months_to"]))
    else:
        if not reading.states_year and match.string.endswith(("创", "創"), 0, match.start()):
            raise NotADate(match.group())  # 创下半年以来新低: 创下 and 半年以来, no second half
        reading.half = 1 if groups["half"] == "上" else 2
    return check_calendar(reading)


def read_zh_decade(match: re.Match, context: ExtractionContext) -> Reading:
    """80年代, 上世纪八十年代初, 20世纪90年代末, 1990年代: a decade of the century named, of the one before
    publication's (上世纪), or the latest begun by publication."""
    written = required_number(match["decade"])
    if written >= 1000:
        first_year = written
    elif match["century"]:
        first_year = (required_number(match["century"]) - 1) * 100 + written
    elif match["last_century"]:
        if context.published is None:
            raise NotADate(match.group())
        first_year = (context.published.year // 100 - 1) * 100 + written
    else:
        first_year = latest_decade(written, context.published)
    return decade_reading(*match.span(), first_year, tables.CHINESE_DECADE_PARTS.get(match["part"] or "", ""))


def read_zh_year(match: re.Match, context: ExtractionContext) -> Reading:
    if _YEARS_COUNTED.search(match.string, max(0, match.start() - 4), match.start()):
        raise NotADate(match.group())  # `有着近1000年历史`: a thousand years, not the year 1000
    reading = check_calendar(Reading(*match.span(), "calendar", year=required_number(match["year"])))
    if match["year_from"]:
        end_year = reading.year
        reading.year = required_number(match["year_from"])
        check_calendar(reading)
        range_to(reading, year=end_year, start=match.start("year"))  # its own start: a span of written years
    elif match["last_day"]:
        reading.month, reading.day = 12, 31  # `2015年的最后一天`
    return reading


def read_zh_short_year(match: re.Match, context: ExtractionContext) -> Reading:
    """95年: the year of that century nearest publication."""
    year = two_digit_year(required_number(match["short_year"]), context.published)
    return check_calendar(Reading(*match.span(), "calendar", year=year))


def read_zh_relative(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if _approximate(groups["amount_days"] or groups["amount"]):
        raise NotADate(match.group())
    if groups["amount_days"]:
        amount: float = required_number(groups["amount_days"])
        unit, size = tables.RELATIVE_UNITS["日"]
    else:
        amount = 0.5 if groups["amount"] == "半" else required_number(groups["amount"])
        unit, size = tables.RELATIVE_UNITS[re.sub(r"\s|多", "", groups["unit"])]
    more = groups["more_before"] or groups["more_within"] or groups["more_after"]
    if more and (unit not in ("months", "years") or amount != int(amount)):
        raise NotADate(match.group())  # 十多天前: some days, no day; 两年多前, 一个多月前: that year, that month
    if groups["and_half"]:
        amount += 0.5
    if amount <= 0 or amount > 999:
        raise NotADate(amount)
    offsets = relative_offsets(amount, unit, size)
    direction = tables.RELATIVE_DIRECTIONS[groups["direction"]]
    sign = -1 if direction == "before" else 1
    offsets = {key: sign * value for key, value in offsets.items()}
    fallback = "publication" if direction == "before" else "publication-if-future"
    reading = Reading(*match.span(), "relative", anchors=("previous-at-clause-start", fallback), **offsets)
    reading.to_the_day = bool(groups["same_day"]) and "offset_days" not in offsets
    return reading


def _approximate(amount: str) -> bool:
    """三四 (three or four), 六七, 八九: Chinese digits side by side, not a number with 十, count roughly."""
    return len(amount) > 1 and all(char in tables.CHINESE_DIGITS for char in amount)


def read_zh_weekday(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    weekday = tables.CHINESE_WEEKDAYS[groups["weekday"].translate(tables.FULLWIDTH)]
    shift = tables.PERIOD_SHIFTS[groups["shift"]] if groups["shift"] else None
    if match.string.startswith(("报", "報"), match.end()) and not match.string.startswith(_REPORTED, match.end()):
        raise NotADate(match.group())  # 《星期日报》: a newspaper's name; not `共同社星期三报道`
    if weekday == 0 and shift is None and _TO_THE_WEEKS_END.match(match.string, match.end()):
        raise NotADate(match.group())  # `周一至五发送`: every week's working days
    reading = Reading(*match.span(), "weekday", weekday=weekday, week_shift=shift)
    return with_clock(reading, chinese_clock(groups))


#: After a weekday, what was reported on it (`星期三报道`), not a newspaper's name (`星期日报`).
_REPORTED = ("报道", "報道", "报导", "報導")
#: After Monday, the rest of a working week or a whole week written short (`周一至五`, `週一到日`).
_TO_THE_WEEKS_END = re.compile(r"\s*(?:至|到|-|－|~|～)\s*[五六日天](?![0-9０-９月日号號])")


def read_zh_week(match: re.Match, context: ExtractionContext) -> Reading:
    return Reading(
        *match.span(), "week", week_shift=tables.PERIOD_SHIFTS[match["shift"]], weekend=bool(match["weekend"])
    )


def read_zh_month_shift(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if not groups["day"] and match.string.startswith(_A_CONTRACT_AFTER, match.end()):
        raise NotADate(match.group())  # `当月期指`, `下月合约`: a futures contract, by the month it ends
    reading = Reading(*match.span(), "calendar")
    if groups["same_month"]:
        reading.same_month = True
    else:
        reading.month_shift = tables.PERIOD_SHIFTS[groups["shift"]]
    if groups["day"]:
        reading.day = required_number(groups["day"])
        with_clock(reading, chinese_clock(groups))
    return check_calendar(reading)


def read_zh_season(match: re.Match, context: ExtractionContext) -> Reading:
    """2019年春季, 今年夏天, 去年冬天: the season's months, as a range."""
    season = tables.CHINESE_SEASONS[match["season"]]
    if match["year"]:
        return season_reading(*match.span(), season, year=required_number(match["year"]))
    shift = tables.YEAR_WORDS[match["year_word"]]
    return season_reading(*match.span(), season, year_shift=shift, published=context.published)


def read_zh_year_word(match: re.Match, context: ExtractionContext) -> Reading:
    word = match["year_word"]
    if word in tables.SAME_YEAR_WORDS:  # 次年: the year after the previous mention's
        return Reading(*match.span(), "calendar", same_year=True, same_year_shift=tables.SAME_YEAR_WORDS[word])
    if match["same_day"]:  # 去年今日: publication's day, a year before
        reading = Reading(*match.span(), "relative", anchors=("publication",), offset_years=tables.YEAR_WORDS[word])
        reading.to_the_day = True
        return reading
    return Reading(*match.span(), "calendar", year_shift=tables.YEAR_WORDS[word])


def read_zh_this_and_next_year(match: re.Match, context: ExtractionContext) -> Reading:
    """今明两年: publication's year and the next."""
    reading = Reading(*match.span(), "calendar", year_shift=0)
    reading.range_end = Reading(*match.span(), "calendar", year_shift=1)
    return reading


def read_zh_period_part(match: re.Match, context: ExtractionContext) -> Reading:
    """年底, 月初 alone: the year or month the text is in (see resolve)."""
    if match["unit"] == "年":
        return Reading(*match.span(), "calendar", year_shift=0, current_or_previous=True)
    return Reading(*match.span(), "calendar", month_shift=0, current_or_previous=True)


def read_zh_day_word(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if groups["today_alone"] and _ends_a_name(match.string, match.start()):
        raise NotADate("今")  # `王子今接受采访` where the text also writes `王子今，1950年生`: a name's last character
    # 今（22）日 and 今 alone (`發言人今表示`) are 今日
    word = groups["glossed"] + "日" if groups["glossed"] else "今日" if groups["today_alone"] else groups["word"]
    if (
        word in ("明天", "今天")
        and match.end() == match.start() + 2
        and _A_TIME_AS_A_THING.search(match.string, max(0, match.start() - 2), match.start())
    ):
        raise NotADate(word)  # 美好明天, 中国的明天: the future, the present age
    if word in ("今日", "今天") and match.string.endswith(("时至", "時至"), 0, match.start()):
        raise NotADate(word)  # 时至今日: up to the present age
    offset, anchors = tables.DAY_WORDS[word]
    reading = Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors, ordinal_day=word.startswith("第"))
    implied = next((part for char, part in tables.DAY_WORD_PARTS_OF_DAY.items() if char in word), None)
    return with_clock(reading, chinese_clock(groups, implied))


def read_zh_part_of_day(match: re.Match, context: ExtractionContext) -> Reading:
    """`5月8日上午，警方接到报警。下午，嫌疑人落网。`: that day's afternoon; at the story's start, the day of
    publication."""
    anchors = ("previous-at-clause-start", "publication-before-any-date")
    reading = Reading(*match.span("part_of_day"), "day_word", anchors=anchors, told_day_only=True)
    return with_clock(reading, chinese_clock(match.groupdict()))


def _ends_a_name(text: str, start: int) -> bool:
    """Whether 今 at `start` and the two characters before it are written elsewhere in the text before what no
    day is followed by (`王子今，`, `王子今看来`): a name, which the day would not be."""
    name = text[max(0, start - 2) : start + 1]
    if len(name) < 3:
        return False
    found = text.find(name)
    while found >= 0:
        if found != start - 2 and not _TODAY_ALONE_BEFORE.match(text, found + 3):
            return True
        found = text.find(name, found + 1)
    return False


_TODAY_ALONE_BEFORE = re.compile(tables.alternation(tables.TODAY_ALONE_BEFORE))
#: Before 明天 or 今天, what makes it a time of life, not a day: `美好明天`, `中国的明天`.
_A_TIME_AS_A_THING = re.compile("(?:美好|灿烂|燦爛|光明|的)$")


def read_zh_day(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    written_day = groups["day"].translate(tables.FULLWIDTH)
    if not written_day.isdigit() and not written_day.startswith(("廿", "卅")):
        # 一日 is "one day"; 七日无理由退货 a duration: a day in Chinese numerals
        # stands alone only before a pause or a time of day (廿 and 卅 are written in dates only), which the
        # match may hold (`直到二十八日晚上十一時才通知他`).
        after = match.string[match.end() : match.end() + 1]
        if written_day == "一" or (
            after
            and not (groups.get("part_of_day") or groups.get("hour"))
            and after not in tables.CHINESE_DAY_ALONE_BEFORE
            and not _CHINESE_DAY_ALONE_BEFORE_WORD.match(match.string, match.end())
        ):
            raise NotADate(match.group())
    text = match.string
    if _DAYS_COUNTED.search(text, max(0, match.start() - 4), match.start()):
        raise NotADate(match.group())  # `已连续8日净流入`: eight days, not the 8th
    if (
        match.group().endswith("日")
        and text.startswith(("後", "后", "前"), match.end())
        and not text.startswith(_WORDS_STARTING_WITH_BEFORE, match.end())  # `4日前往福島`, `25日前後`
        and _A_VERB_BEFORE_A_COUNT.search(text, max(0, match.start() - 1), match.start())
    ):
        # `住院12日後離世`, `發病3日后入院`: days after an act, not the 12th; `他3日前被捕`: three days ago
        if text[match.end()] != "前" or not written_day.isdigit():
            raise NotADate(match.group())
        return Reading(
            match.start(),
            match.end() + 1,
            "relative",
            anchors=("previous-at-clause-start", "publication"),
            offset_days=-int(written_day),
        )
    if (
        ("号" in match.group() or "號" in match.group())
        and not (groups.get("part_of_day") or groups.get("hour"))
        and not _DAY_CUE_BEFORE.search(text, max(0, match.start() - 8), match.start())
        and not (
            _CLAUSE_OPENS.search(text, max(0, match.start() - 4), match.start())
            and text[match.end() : match.end() + 1] in "，,"
        )
        and not (
            _AFTER_A_NAME.search(text, max(0, match.start() - 1), match.start())
            and _CHINESE_DAY_ALONE_BEFORE_WORD.match(text, match.end())
        )
    ):
        raise NotADate(match.group())  # `1号、2号入口`, `大屯路甲11号`, `2号集合资产管理计划`: numbers, not days
    reading = Reading(*match.span(), "calendar", day=required_number(groups["day"]))
    with_clock(reading, chinese_clock(groups))
    check_calendar(reading)
    if groups["day_to"]:
        range_to(reading, day=required_number(groups["day_to"]), hour=None, minute=None)
    return reading


#: … or 连 and a verb (`連凍9日`, `连涨5日`: for nine days, five days on end).
_DAYS_COUNTED = re.compile(f"(?:{tables.alternation(tables.DAYS_COUNTED_AFTER)}|[连連][\u4e00-\u9fff]?)\\s*$")
#: Right before `N日後`, a character that ends a verb or its object (`住院`, `發病`), not a word that leads to a day
#: (`於12日後`, `至12日`) nor a month's (`5月12日後`).
_A_VERB_BEFORE_A_COUNT = re.compile("[\u4e00-\u9fff](?<![於于在至到和及與与从從自起的月止迄、，。；])$")
#: Words that start with 前 after a day (`前往`, `前後`, `前夕`): not `N日前`, days ago.
_WORDS_STARTING_WITH_BEFORE = (
    "前往",
    "前後",
    "前后",
    "前夕",
    "前来",
    "前來",
    "前去",
    "前进",
    "前進",
    "前面",
    "前线",
    "前線",
)
_YEARS_COUNTED = re.compile(f"(?:(?<![接附将將靠最])近|{tables.alternation(tables.YEARS_COUNTED_AFTER)})\\s*$")
_CHINESE_DAY_ALONE_BEFORE_WORD = re.compile(tables.alternation(tables.CHINESE_DAY_ALONE_BEFORE_WORDS))
#: Where a clause opens: a day alone there, before a comma (`10号，工信部通报`), is a date of the story.
_CLAUSE_OPENS = re.compile(r"(?:^|[。！？；;，,\n])\s*$")
#: … or the one who acts, before what was done that day (`习近平3号在人民大会堂会见`, `他5号抵达`): a name's
#: last character, then the day and a verb of the news.
_AFTER_A_NAME = re.compile(r"(?![的第甲乙丙丁路街巷弄道村楼樓栋棟室座])[\u4e00-\u9fff]$")
#: Right before a day written with 号 and no month (`11号`), a word that makes it a day: a preposition of
#: time or a month word (`于11号`, `本月11号`); else 号 numbers a gate, a house, a fund.
_DAY_CUE_BEFORE = re.compile(
    r"(?:于|於|在|从|從|到|至|截至|截止|本月|下月|上月|当月|當月|这个月|這個月|(?:周|週|星期|礼拜|禮拜)[一二三四五六日天][（(]?)\s*$"
)


def read_zh_numeric_md(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(
        *match.span(),
        "calendar",
        month=required_number(groups["month"] or groups["dotted_month"]),
        day=required_number(groups["day"] or groups["dotted_day"]),
    )
    check_calendar(reading)
    return with_clock(reading, chinese_clock(groups))


def read_zh_clock(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if groups.get("hour") and not number(groups["hour"]) and groups["hour"] not in ("零", "〇"):
        raise NotADate(match.group())
    if match.group() in _A_LITTLE_EARLIER_OR_LATER:
        raise NotADate(match.group())  # `如果再晚一点`, `早一点出门`: a little later, earlier; no one o'clock
    return with_clock(Reading(*match.span(), "clock"), chinese_clock(groups))


#: 晚 or 早 and 一点 alone: a little later or earlier.
_A_LITTLE_EARLIER_OR_LATER = frozenset({"晚一点", "早一点", "晚一點", "早一點"})


def read_zh_quarter_shift(match: re.Match, context: ExtractionContext) -> Reading:
    return Reading(*match.span(), "calendar", quarter_shift=tables.QUARTER_SHIFTS[match["shift"]])


def read_zh_festival(match: re.Match, context: ExtractionContext) -> Reading:
    """春节, 国庆节, 双十一, 五一假期: the festival's day (its year: scan.attach_years)."""
    name = match["festival"]
    if match.string.startswith(_GREETINGS_AFTER, match.end()):
        raise NotADate(match.group())  # `祝大家春节快乐`: a greeting, no day
    festival = tables.CHINESE_FESTIVALS.get(name) or tables.CHINESE_SHORT_FESTIVALS[name]
    reading = Reading(*match.span(), "festival", festival=festival)
    reading.festival_eve = match.string.startswith(_ITS_EVE, match.end())  # `圣诞节前夕`, `春节前夕`
    same_year = _A_SAME_YEAR_WORD_BEFORE.search(match.string, max(0, match.start() - 3), match.start())
    if same_year is not None:  # `当年五一期间`: the festival of the year just named
        reading.start, reading.same_year = same_year.start(), True
        reading.same_year_shift = tables.SAME_YEAR_WORDS[same_year.group()]
    return reading


#: After a festival's name, its eve: the days before it.
_ITS_EVE = ("前夕",)


def read_zh_lunar_date(match: re.Match, context: ExtractionContext) -> Reading:
    """正月初二, 腊月二十三, 大年初三, 五月初五, 农历八月十五: a day of the Chinese calendar, read as a festival is (its
    year: scan.attach_years)."""
    month_word = match["lunar_month"] or match["named_month"] or match["numeral_month"] or "正"
    day_word = match["lunar_day"] or match["named_day"] or match["first_days"] or match["new_year_day"]
    month = tables.LUNAR_MONTHS.get(month_word) or number(month_word)
    day = number(day_word.removeprefix("初"))
    if month is None or day is None:
        raise NotADate(match.group())
    return Reading(*match.span(), "festival", festival=lunar_day_key(month, day))


#: Right before a festival, a word for the year just named that is no mention of its own (`当年`, `那年`; `次年`,
#: `同年` are, and scan.attach_years joins them).
_A_SAME_YEAR_WORD_BEFORE = re.compile(
    f"(?:{tables.alternation(set(tables.SAME_YEAR_WORDS) - set(tables.STANDALONE_SAME_YEAR_WORDS))})$"
)


#: After a festival's name, the words of a greeting (`春节快乐`, `中秋節快樂`).
_GREETINGS_AFTER = ("快乐", "快樂")
