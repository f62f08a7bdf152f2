"""Pass 1, scan: every form of `forms.FORMS` found in one pass over the text, and read."""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from collections.abc import Iterator

from . import forms, tables
from .context import ExtractionContext
from .readers import READERS, NotADate, Reading
from .reading import chinese_clock, days_in_month, range_to, with_clock


def alternation_of_forms(forms, marker_suffix: str = "") -> str:
    """The forms as one alternation, in order; an empty group after each names the form.

    Named groups inside the forms become plain groups: each form is matched again on
    its own to read its fields, so only the marker is needed here.
    """
    named_group = re.compile(r"\(\?P<\w+>")
    return "|".join(named_group.sub("(?:", pattern) + f"(?P<{name}{marker_suffix}>)" for name, pattern in forms)


def _split_by_start(form_list) -> tuple[list, list]:
    """English forms led by a letter, and the others (led by a digit or a Chinese character)."""
    english = [(name, pattern) for name, pattern in form_list if name in forms.ENGLISH_FORMS]
    led_by_digit_or_chinese = [
        (name, pattern)
        for name, pattern in form_list
        if name not in forms.ENGLISH_FORMS or name in forms.ENGLISH_FORMS_STARTING_WITH_A_DIGIT
    ]
    return english, led_by_digit_or_chinese


def _english_at_word_start(english) -> str:
    # not after `_`: `Seven_Cuil_Sunday` is a user's name
    return f"(?=[A-Za-z])(?<!_)(?={forms.ENGLISH_START_WORDS})(?:{alternation_of_forms(english, _LETTER_LED)})"


def _others_here(others) -> str:
    """The forms led by a digit or a Chinese character, from here; none starts at a digit after a digit
    (each looks behind for one), so the inside of a number (`2021`, `12日`) is passed over at once."""
    start = re.escape(forms.START_CHARACTERS)
    return (
        f"(?=[{start}])(?!(?<=[0-9０-９])[0-9０-９])(?={'|'.join(forms.START_PAIRS)})(?:{alternation_of_forms(others)})"
    )


def _scanner_pattern(form_list) -> str:
    """One pattern that finds where every form matches, scanning at C speed.

    Python's `re` skips ahead in C only when a pattern starts with a character class,
    so the scanner consumes one start character and then asserts, from that
    position, the alternation of forms inside a lookbehind. A match is one character
    long; where the date ends comes from matching the form itself. English forms led
    by a letter and the others (led by a digit or a Chinese character) never start at
    the same character, so trying them as two groups keeps the order of `FORMS`; each
    group first checks what is cheapest to fail on (a letter inside a word; a start
    character not followed by one of `START_PAIRS`, a word not in `ENGLISH_START_WORDS`).
    """
    english, others = _split_by_start(form_list)
    start = re.escape(forms.START_CHARACTERS)
    return f"[{start}A-Za-z](?<=(?=(?<![A-Za-z]){_english_at_word_start(english)}|{_others_here(others)})[\\s\\S])"


def _latin_scanner_pattern(form_list) -> str:
    """The scanner for a text without a Chinese character, where most characters are letters.

    Every letter would start a try of `_scanner_pattern`, so this one consumes a
    character that is not a letter, which `re` skips to in C: the forms led by a
    digit are tried at it, the English forms led by a letter just after it. A match
    of an English form starts one character after the match (`form_matches`).
    """
    english, others = _split_by_start(form_list)
    return f"[^A-Za-z](?:(?<=(?={_others_here(others)})[\\s\\S])|{_english_at_word_start(english)})"


_LETTER_LED = "__letter"
_RECURRING = re.compile(tables.alternation(tables.RECURRING_CUES) + "[的之 ]{0,2}(?:[自从從在于於][ \u3000]*)?$")
#: `fly on a Tuesday`, `on a Black Friday`: any such day, not one.
_ANY_SUCH_DAY = re.compile(r"\b[Oo]n[ \u00a0]+an?[ \u00a0]+$")
_NAMED_DAYS = frozenset({"en_weekday", "en_festival"})
#: Before a date, what makes it every year's (`each year in the spring`, `every year on March 15`), or every such
#: day's hours (`weekends 11am-4pm`, `Saturdays from 10 a.m.`, `nightly at 8`); after it, `in June every year`,
#: `on Dec. 1 annually`.
_EVERY_YEAR_OR_SUCH_DAY_BEFORE = re.compile(
    r"\b(?:(?:[Ee]ach|[Ee]very)[ \u00a0]+year[ \u00a0]+(?:(?:in|on|at|around)[ \u00a0]+)?"
    r"|(?:[Ww]eekends|[Ww]eekdays|(?:[Mm]on|[Tt]ues|[Ww]ednes|[Tt]hurs|[Ff]ri|[Ss]atur|[Ss]un)days|[Nn]ightly|[Dd]aily)"
    r"[ \u00a0,:]+(?:(?:from|at|between)[ \u00a0]+)?)$"
)
_EACH_YEAR_AFTER = re.compile(r",?[ \u00a0]+(?:(?:each|every)[ \u00a0]+year|annually)\b")
#: What makes a day every year's observance: `proclaim March 15 as International Day to …`, `August 22 has been
#: proclaimed as the International Day …`, `an International Day of Tolerance observed on 16 November`; not `World
#: Health Day was marked on April 7`, that year's.
_OBSERVANCE = r"(?:International|World|Global)(?:[ \u00a0]+[A-Z][\w-]*){0,4}[ \u00a0]+Day\b"
_AS_A_DAY_OF_EVERY_YEAR = re.compile(
    r"[ \u00a0]+(?:has[ \u00a0]+(?:already[ \u00a0]+)?been[ \u00a0]+(?:proclaimed|declared|designated)[ \u00a0]+"
    r"(?:as[ \u00a0]+)?|as[ \u00a0]+)"  # `December 21 has been designated World Meditation Day by the UN`
    rf"(?:the[ \u00a0]+|an[ \u00a0]+)?{_OBSERVANCE}"
)
_OBSERVED_ON = re.compile(
    rf"\b{_OBSERVANCE}[^.;!?]{{0,60}}?(?<!was )(?<!were )(?<!been )\b(?:observed|celebrated|marked)[ \u00a0]+"
    r"(?:every[ \u00a0]+year[ \u00a0]+|annually[ \u00a0]+)?on[ \u00a0]+$"
)
#: After a time of day, what makes it every such day's (`close at midday on Fridays`, `opens at 9 a.m. daily`,
#: `at 6 p.m. every evening`).
_EVERY_SUCH_DAY_AFTER = re.compile(
    r",?[ \u00a0]+(?:on[ \u00a0]+(?:weekends|weekdays|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days)"
    r"|(?:each|every)[ \u00a0]+(?:day|night|morning|afternoon|evening|weekday|week"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
    r"|daily|nightly)\b"
)
#: The character a match of each of the two ends with right before a date (`$` matches before a newline too), and
#: the one it starts with right after: a Chinese date mostly has neither beside it, and the character is looked at
#: first, as a search tries every position.
_LAST_CHARACTERS_BEFORE = frozenset(" \u00a0,:\n")
_FIRST_CHARACTERS_AFTER = frozenset(", \u00a0")
SCANNER = re.compile(_scanner_pattern(forms.FORMS))
_LATIN_FORMS = [form for form in forms.FORMS if form[0] not in forms.CHINESE_FORMS]
#: The scanner for a text without a Chinese character: no Chinese form can match in it, so none is tried.
LATIN_SCANNER = re.compile(_latin_scanner_pattern(_LATIN_FORMS))
#: An English form at the very start of a text, where `LATIN_SCANNER` has no character to consume before it.
_ENGLISH_AT_TEXT_START = re.compile(_english_at_word_start(_split_by_start(_LATIN_FORMS)[0]))
_CHINESE_CHARACTER = re.compile(f"[{forms.HAN_RANGES}]")
_FORM_PATTERNS = {name: re.compile(pattern) for name, pattern in forms.FORMS}
_URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|www\.)[!#-;=?-~]+")


def form_matches(text: str) -> Iterator[tuple[str, re.Match]]:
    """Each form's match, in the order one plain alternation of `forms.FORMS` would find them."""
    if _CHINESE_CHARACTER.search(text):
        scanner, after_match = SCANNER, 0
    else:
        scanner, after_match = LATIN_SCANNER, 1
    scanned_to = 0
    if after_match:
        at_start = _ENGLISH_AT_TEXT_START.match(text)
        if at_start is not None:
            form = (at_start.lastgroup or "").removesuffix(_LETTER_LED)
            detail = _FORM_PATTERNS[form].match(text)
            if detail is not None:  # always: the same pattern matched here
                scanned_to = detail.end()
                yield form, detail
    search = scanner.search
    # the scanner resumes where the last match ended (one character before: the Latin scanner consumes the
    # character before a form led by a letter), not inside it, where a plain scan would not look either
    match = search(text, max(0, scanned_to - after_match))
    while match is not None:
        form = match.lastgroup or ""
        start = match.start()
        if form.endswith(_LETTER_LED):
            form = form.removesuffix(_LETTER_LED)
            start += after_match
        detail = _FORM_PATTERNS[form].match(text, start) if start >= scanned_to else None
        if detail is not None:  # always, from scanned_to on: the same pattern matched here
            scanned_to = detail.end()
            yield form, detail
            match = search(text, max(match.end(), scanned_to - after_match))
        else:
            match = search(text, match.end())


def scan(text: str, context: ExtractionContext) -> list[Reading]:
    """Every match of every form, read; dates in web addresses or recurring ones (每年的3月15日) are not mentions."""
    url_spans = [match.span() for match in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    url_starts = [start for start, _ in url_spans]
    readings = []
    recurring_end = -1  # where the last recurring time ended: the end of its range (每天上午9时至10时) recurs too
    for form, detail in form_matches(text):
        start, end = detail.span()
        if url_spans:
            index = bisect_right(url_starts, start) - 1
            if index >= 0 and url_spans[index][1] > start:
                continue
        if form in forms.ENGLISH_FORMS:
            if text.startswith(_A_PLACE_NAMED_FOR_IT, end):
                continue  # `6 October City`, `26 July Street`: a place named for the date
            if text.find("pdate", max(0, start - 12), start) >= 0 and _AN_UPDATE_STAMP_BEFORE.search(
                text, max(0, start - 12), start
            ):
                continue  # `Updated at 8:12 a.m. ET: A third person has died`: the page's stamp opening a paragraph
        elif text[start] == "上" and text[start - 1 : start] in _PLUS_OR_AT_ONCE:
            continue  # `加上年輕`, `加上周末打工的钱`, `马上周末了`: 上 ends the word before, no `last`
        if (
            _RECURRING.search(text, max(0, start - 8), start)
            or (form in _NAMED_DAYS and _ANY_SUCH_DAY.search(text, max(0, start - 8), start))
            or (
                text[start - 1 : start] in _LAST_CHARACTERS_BEFORE
                and _EVERY_YEAR_OR_SUCH_DAY_BEFORE.search(text, max(0, start - 24), start)
            )
            or (text[end : end + 1] in _FIRST_CHARACTERS_AFTER and _EACH_YEAR_AFTER.match(text, end))
            or (form == "en_clock" and _EVERY_SUCH_DAY_AFTER.match(text, end))
            or (text.startswith((" as ", " has "), end) and _AS_A_DAY_OF_EVERY_YEAR.match(text, end))
            or (
                text.endswith("on ", 0, start)
                and text.find(" Day", max(0, start - 90), start) >= 0
                and _OBSERVED_ON.search(text, max(0, start - 90), start)
            )
            or (
                recurring_end >= 0
                and (
                    _RANGE_CONNECTOR.fullmatch(text, recurring_end, start)
                    or _COORDINATION.fullmatch(text, recurring_end, start)
                )
            )
        ):
            recurring_end = detail.end()
            continue
        if form == "zh_period_part" and _HABITUAL.search(text, _clause_start(text, start), start):
            continue  # `每天工作10小时左右……月末能拿五六千元`: every month's end, not one
        try:
            readings.append(READERS[form](detail, context))
        except NotADate:
            continue
    return readings


#: After a date, the noun of a place named for it (`6 October City`, `the 6th of October Bridge`).
_A_PLACE_NAMED_FOR_IT = (" City", " CITY", " Street", " Avenue", " Square", " Bridge", " Boulevard", " Stadium")
#: Opening a line or a sentence, a stamp's label right before its time (`Updated at 8:12 a.m. ET: …`); not `was
#: updated Monday`.
_AN_UPDATE_STAMP_BEFORE = re.compile(
    r"(?:^|(?<=[.!?] ))(?:Updated?|UPDATED?)(?:[ \u00a0]+at)?[ \u00a0]*:?[ \u00a0]*$", re.MULTILINE
)
#: Before 上, what makes it the end of a word (`加上` plus, `马上` at once), not `last` (上年, 上周末).
_PLUS_OR_AT_ONCE = ("加", "马", "馬")
#: In the sentence before a bare 月底 or 年底, a word that makes it every month's or year's (每天, 通常).
_HABITUAL = re.compile("每|通常|一般|往往|常常|经常|經常")
_SENTENCE_STOP = re.compile("[。！？!?\n]")


def _clause_start(text: str, at: int) -> int:
    """Where the sentence holding text[at] starts (at most 80 characters back)."""
    floor = max(0, at - 80)
    stops = [match.end() for match in _SENTENCE_STOP.finditer(text, floor, at)]
    return stops[-1] if stops else floor


_RANGE_CONNECTOR = re.compile(
    r"[ \u00a0\u3000]*(?:起?至|起?到|[-—–~～〜－]{1,2}|to|through|until|till)[ \u00a0\u3000]*"
)
#: `between 2000 and 2013`, `between March and June`: the two ends of a range.
_BETWEEN = re.compile(r"\b[Bb]etween[ \u00a0]+$")
_BETWEEN_CONNECTOR = re.compile(r"[ \u00a0]+and[ \u00a0]+")
#: The end of a range of times written without its day (下午1点到3点十分, 9:30~11:30).
_CLOCK_AFTER_A_RANGE_WORD = re.compile(
    f"(?P<hour>{forms.HOUR}){forms.SPACE}[点點时時](?:{forms.SPACE}(?P<minute>{forms.MINUTE}){forms.SPACE}分?"
    f"|(?P<half_hour>半))?|(?P<clock_hour>{forms.DIGIT}{{1,2}})[:：](?P<clock_minute>{forms.DIGIT}{{2}})[时時]?"
)
#: Kinds of reading that may be the two ends of a range of the same kind.
_RANGE_KINDS = frozenset({"calendar", "weekday", "day_word"})
_BESIDE_A_DATE = re.compile(r"[\s,，、（()）]*")


#: A verb that moves a date, then `from`, right before the first of two dates: the date moved, not a range.
_RESCHEDULED_FROM = re.compile(
    r"\b(?:postpon|delay|defer|push|mov|reschedul|shift|chang|switch|bring|brought|advanc|put off)\w*\b"
    r"[^.;!?]{0,60}?\bfrom[ \u00a0]+$",
    re.IGNORECASE,
)


def read_listed_numbers(text: str, readings: list[Reading]) -> list[Reading]:
    """`13、14日`, `5月13、14日`, `2、3月`, `2020和2022年`: the numbers listed before a Chinese day, month or year
    share its unit, each a date of its own (read as the day, month or year after them is, the rest of its fields
    the same)."""
    listed: list[Reading] = []
    for reading in readings:
        unit = _A_NUMBERED_UNIT.match(text, reading.start)
        if reading.kind == "calendar" and reading.range_end is None and unit is not None:
            field = _LISTED_FIELDS[unit["unit"]]
            if getattr(reading, field) == int(unit["number"]) and (field != "year" or reading.month is None):
                numbers = _the_numbers_listed_before(text, reading, field)
                if numbers and listed and _what_the_list_is_of(listed[-1], numbers[0], field):
                    # `2014年7、8月`, `去年3、4月份`, `7月25、26日`: the year or month of every listed number, written
                    # once before the first
                    written_once = listed.pop()
                    numbers[0].start = written_once.start
                    for dated in (*numbers, reading):
                        if dated.year is None and dated.year_shift is None:
                            dated.year, dated.year_shift = written_once.year, written_once.year_shift
                        if field == "day" and dated.month is None:
                            dated.month, dated.month_shift = written_once.month, written_once.month_shift
                listed += numbers
        listed.append(reading)
    return listed


def read_listed_english_days(text: str, readings: list[Reading]) -> list[Reading]:
    """`on Sept. 21 and 24`, `on 7 and 11 April`: a day's number listed after a month and its day, or before a
    day and its month, is a day of that month, a date of its own."""
    listed: list[Reading] = []
    for reading in readings:
        if reading.kind != "calendar" or reading.day is None or reading.month is None or reading.range_end is not None:
            listed.append(reading)
            continue
        before = None
        if text[reading.start : reading.start + 1].isdigit() and text.endswith(_LISTING_WORDS, 0, reading.start):
            before = _A_DAY_LISTED_BEFORE.search(text, max(0, reading.start - 16), reading.start)
        after = None
        if text[reading.end - 1 : reading.end].isalnum() and text.startswith(_LISTING_STARTS, reading.end):
            after = _A_DAY_LISTED_AFTER.match(text, reading.end)
        listed += [day for day in (_the_listed_day(reading, before), reading, _the_listed_day(reading, after)) if day]
    return listed


def _the_listed_day(reading: Reading, number: re.Match | None) -> Reading | None:
    """The reading of a day's number listed beside a date: that date on that day (None for no day of a month)."""
    if number is None:
        return None
    day = int(number["number"])
    if not 1 <= day <= days_in_month(reading.year, reading.month or 1) or day == reading.day:
        return None
    return dataclasses.replace(reading, start=number.start("number"), end=number.end("number"), day=day, weekday=None)


_LISTING_WORDS = (" and ", " or ", " & ", "\u00a0and\u00a0")
_LISTING_STARTS = (" and ", " or ", " & ", ", and ", "\u00a0and\u00a0")
#: A day's number listed before a day and its month, after `on`, `the` or `of` (`on 7 and 11 April`).
_A_DAY_LISTED_BEFORE = re.compile(
    r"\b(?:[Oo]n|[Tt]he|[Oo]f)[ \u00a0]+(?P<number>\d{1,2})(?:st|nd|rd|th)?[ \u00a0]+(?:and|or|&)[ \u00a0]+$"
)
#: A day's number listed after a month and its day, where its clause goes on or ends (`on Sept. 21 and 24.`; not
#: `on July 8 and 9 people died`).
_A_DAY_LISTED_AFTER = re.compile(
    r",?[ \u00a0]+(?:and|or|&)[ \u00a0]+(?P<number>\d{1,2})(?:st|nd|rd|th)?"
    r"(?=[.,;:!?)]|$|[ \u00a0]+(?:in|at|when|respectively|and|or|to|from|with)\b)"
)


def _what_the_list_is_of(before: Reading, first: Reading, field: str) -> bool:
    """Whether a reading right before a list's first number is the year its months are of, or the month its days
    are of."""
    return (
        before.end == first.start
        and before.kind == "calendar"
        and before.day is None
        and before.range_end is None
        and (
            (before.month is None and (before.year is not None or before.year_shift is not None))
            if field == "month"
            else (before.month is not None or before.month_shift is not None)
        )
    )


def _the_numbers_listed_before(text: str, reading: Reading, field: str) -> list[Reading]:
    """The readings of the numbers listed right before a day's or a month's number, in text order."""
    if text[reading.start - 1 : reading.start] not in _LISTING_MARKS:
        return []  # most days and months follow no list: one character tells
    listed_before = _YEARS_LISTED_BEFORE if field == "year" else _NUMBERS_LISTED_BEFORE
    found = listed_before.search(text, max(0, reading.start - LISTED_NUMBERS_REACH), reading.start)
    if found is None or found.start() == 0 or text[found.start() - 1] in "\n。！？；;:：第":
        return []  # `1、2日…` at a line's start is an item's number, not a day; `第1、2月` counts months
    low, high = _LISTED_NUMBERS_RANGE[field]
    readings = []
    for number in _A_LISTED_NUMBER.finditer(text, found.start(), found.end()):
        value = int(number["number"])
        if not low <= value <= high:
            return []
        listed = dataclasses.replace(reading, start=number.start("number"), end=number.end("number"))
        setattr(listed, field, value)
        readings.append(listed)
    return readings


#: How far before a day or a month its listed numbers may start, in characters.
LISTED_NUMBERS_REACH = 24
#: A number and the unit of a day, a month or a year (`14日`, `3月`, `2022年`), where a reading starts.
_A_NUMBERED_UNIT = re.compile(r"(?P<number>(?:1[5-9]|20)\d\d|\d{1,2})(?P<unit>[日号號月年])")
_LISTED_FIELDS = {"日": "day", "号": "day", "號": "day", "月": "month", "年": "year"}
_LISTED_NUMBERS_RANGE = {"day": (1, 31), "month": (1, 12), "year": (1500, 2099)}
#: Numbers listed right before a day's or a month's number: `13、`, `2、3、`, `13和`; or a year's (`2020和`).
_NUMBERS_LISTED_BEFORE = re.compile(r"(?:(?<!\d)\d{1,2}[ \u3000]*(?:、|和|及|与|與)[ \u3000]*)+$")
_YEARS_LISTED_BEFORE = re.compile(r"(?:(?<!\d)(?:1[5-9]|20)\d\d[ \u3000]*(?:、|和|及|与|與)[ \u3000]*)+$")
_LISTING_MARKS = frozenset("、和及与與 \u3000")
_A_LISTED_NUMBER = re.compile(r"(?P<number>\d{1,2}|\d{4})[ \u3000]*(?:、|和|及|与|與)")


def merge_ranges(text: str, readings: list[Reading]) -> list[Reading]:
    """12月9日至10日, 上周三到这周二, 明天下午3点至下午8点, 今天下午1点到3点, between 2000 and 2013 are one
    mention each: two readings of a kind joined by a range word, or a time and a clock time after a range
    word."""
    merged: list[Reading] = []
    for index, reading in enumerate(readings):
        if merged:
            first = merged[-1]
            joined = (
                first.range_end is None
                and reading.range_end is None
                and (
                    _RANGE_CONNECTOR.fullmatch(text, first.end, reading.start)
                    or (
                        _BETWEEN_CONNECTOR.fullmatch(text, first.end, reading.start)
                        and _BETWEEN.search(text, max(0, first.start - 10), first.start)
                    )
                )
            )
            if joined and _RESCHEDULED_FROM.search(text, max(0, first.start - 80), first.start):
                joined = None  # `postponed from Tuesday to Friday`: the day it was, and the day it is
            if joined and _the_working_week(first, reading):
                merged.pop()  # `週一至週五工作日9:00~18:00`, `Monday through Friday`: every week, no week of the story
                continue
            if joined and (
                (first.kind == reading.kind and first.kind in _RANGE_KINDS and reading.granularity == first.granularity)
                or (first.hour is not None and reading.kind == "clock")
            ):
                first.range_end = reading
                first.end = reading.end
                continue
        if reading.hour is not None and reading.range_end is None:
            reading = _with_a_clock_before(text, reading, merged[-1].end if merged else 0)
        _join_the_next_years_two_digits(text, reading)
        merged.append(reading)
        if reading.hour is not None and reading.range_end is None:
            _join_a_clock_after(text, reading, readings[index + 1].start if index + 1 < len(readings) else len(text))
    return merged


def _join_the_next_years_two_digits(text: str, reading: Reading) -> None:
    """`2014-15`, `2016/17`: a year and the next one's last two digits, a fiscal year or a season across two."""
    if reading.kind != "calendar" or reading.year is None or reading.month is not None or reading.range_end:
        return
    if not text[reading.end - 1].isdigit():
        return  # `2014年-15年` is a range of its own form
    end = _THE_NEXT_YEARS_DIGITS.match(text, reading.end)
    if end is not None and int(end["digits"]) == (reading.year + 1) % 100:
        range_to(reading, year=reading.year + 1)
        reading.end = end.end()


_THE_NEXT_YEARS_DIGITS = re.compile(r"[-–/](?P<digits>[0-9]{2})(?![0-9])")


#: Before an English time, a clock time without its half of the day that starts a range to it (`from 8:30 to`,
#: `between 10 and`).
_A_BARE_CLOCK_BEFORE = re.compile(
    r"\b(?:[Ff]rom|[Bb]etween)[ \u00a0]+(?P<hour>[0-9]{1,2})(?::(?P<minute>[0-5][0-9]))?"
    r"[ \u00a0]*(?:to|and|until|till|[-–])[ \u00a0]*$"
)


def _with_a_clock_before(text: str, reading: Reading, floor: int) -> Reading:
    """`from 8:30 to 11 p.m.`, `between 10 and 11 p.m.`: the bare clock time before the range word starts a range
    that ends at the time after it, in the same half of the day when that keeps it first (20:30 to 23:00)."""
    clock = _A_BARE_CLOCK_BEFORE.search(text, max(floor, reading.start - _BARE_CLOCK_REACH), reading.start)
    if clock is None or reading.hour is None or not 1 <= int(clock["hour"]) <= 12:
        return reading
    hour, minute = int(clock["hour"]), int(clock["minute"] or 0)
    if reading.hour >= 12 and hour < 12 and hour + 12 <= reading.hour:
        hour += 12
    return dataclasses.replace(reading, start=clock.start("hour"), hour=hour, minute=minute, range_end=reading)


#: How far before a time its range's bare start is looked for, in characters (`between 10:30 and `).
_BARE_CLOCK_REACH = 24


def _the_working_week(first: Reading, reading: Reading) -> bool:
    """Monday to Friday (or to the weekend's end), neither day in a week the text names (`下周一至周五` is one)."""
    return (
        first.kind == reading.kind == "weekday"
        and first.weekday == 0
        and reading.weekday in (4, 5, 6)
        and first.week_shift is None
        and reading.week_shift is None
        and first.hour is None
    )


_CLOCK_BEFORE_A_DAY = re.compile(
    r"[ \u00a0]*(?:(?:[A-Z]{1,4}T|UTC|local[ \u00a0]+time),?[ \u00a0]+)?"
    r"(?:\([^()\n]{1,20}\)[ \u00a0]*)?(?:on[ \u00a0]+)?"
)
#: Readings that name a day a time written before them can be on (`10 p.m. Wednesday`, `noon Thursday`).
_DAY_KINDS = frozenset({"weekday", "day_word", "calendar"})


def settle_date_order(readings: list[Reading]) -> list[Reading]:
    """4/7/2021 in a text whose other numeric dates can only be read day first (23/5/2022) is read day first
    too, and month first in a text whose others can only be read month first."""
    orders = {reading.day_first for reading in readings if reading.day_first is not None and not reading.either_order}
    if len(orders) == 1:
        day_first = orders.pop()
        for reading in readings:
            if reading.either_order and reading.day_first != day_first:
                reading.month, reading.day, reading.day_first = reading.day, reading.month, day_first
    return readings


def attach_clocks(text: str, readings: list[Reading]) -> list[Reading]:
    """10 p.m. Wednesday, noon Thursday, 10:35 a.m. (0735 GMT) Friday, 8pm local time on Wednesday: a time
    written before its day is one mention with it."""
    attached: list[Reading] = []
    for reading in readings:
        if attached:
            clock = attached[-1]
            if (
                clock.kind == "clock"
                and reading.kind in _DAY_KINDS
                and reading.hour is None
                and (reading.kind != "calendar" or reading.day is not None)
                and _CLOCK_BEFORE_A_DAY.fullmatch(text, clock.end, reading.start)
            ):
                reading.hour, reading.minute, reading.start = clock.hour, clock.minute, clock.start
                reading.day_shift += clock.day_shift  # `夜里12点` before its day: the midnight after it
                attached[-1] = reading
                continue
        attached.append(reading)
    return attached


def carry_the_afternoon(text: str, readings: list[Reading]) -> list[Reading]:
    """`下午3時02分將火升為三級…再在3時34分將火升為四級`, `傍晚6時許…6時15分`: a Chinese hour written without its part
    of the day, after an hour of the afternoon or the evening and a few hours after it, with no other day named
    between them, is in the afternoon or the evening too."""
    previous: Reading | None = None
    for reading in readings:
        if reading.hour is None:
            if reading.kind in _DAY_KINDS:
                previous = None  # `次日`, `27日`: the hours after it are another day's
            continue
        if (
            previous is not None
            and previous.hour is not None
            and previous.hour >= 12
            and 1 <= reading.hour < 12
            and 0 <= reading.hour + 12 - previous.hour <= AFTERNOON_HOURS_ON
            and _A_BARE_CHINESE_HOUR.fullmatch(text, reading.start, reading.end)
        ):
            reading.hour += 12
        previous = reading
    return readings


#: How many hours after an afternoon's or an evening's hour a bare hour is still read in the same half of the day.
AFTERNOON_HOURS_ON = 6
#: An hour and its minutes in Chinese, and nothing that says the part of the day (`3時34分`, `6点`, `5 點半`).
_A_BARE_CHINESE_HOUR = re.compile(
    r"[0-9０-９]{1,2}[ \u3000]*[时時点點](?:[ \u3000]*(?:[0-9０-９]{1,2}[ \u3000]*分|半|[0-9０-９]{2}))?(?:许|許|左右)?"
)


#: Between two dates that share the year written after the second: `in June and August 2019`.
_COORDINATION = re.compile(r",?[ \u00a0]+(?:and|or|&)[ \u00a0]+|[ \u00a0]*(?:和|与|與|及|、)[ \u00a0]*")


def _share_its_year(text: str, earlier: Reading, reading: Reading) -> None:
    if (
        earlier.kind == "calendar"
        and reading.kind == "calendar"
        and earlier.month is not None
        and reading.month is not None
        and reading.year is not None
        and not earlier.states_year
        and earlier.range_end is None
        and _COORDINATION.fullmatch(text, earlier.end, reading.start) is not None
    ):
        earlier.year = reading.year - 1 if earlier.month > reading.month else reading.year


def _a_shifted_year(text: str, reading: Reading) -> bool:
    """`last year`, `next year`, `this year` (not `earlier this year`): a year counted from publication."""
    return reading.year_shift is not None and text[reading.start : reading.end].split()[0].lower() in (
        "last",
        "next",
        "this",
    )


def _is_a_year(reading: Reading) -> bool:
    return reading.kind == "calendar" and reading.granularity == "year" and reading.range_end is None


_YEAR_BEFORE_A_FESTIVAL = re.compile(
    r"[ \u00a0\u3000]?(?:的[ \u00a0\u3000]?)?(?:[“「][^”」]{1,6}[”」][ \u00a0\u3000]?)?"
)  # 2021年春节, 2015年的春节, 2008年“五一”劳动节


#: Between a month and the year written after it: `early May, 2019`, `April of 2019`.
_YEAR_AFTER_A_MONTH = re.compile(r",?[ \u00a0]+(?:of[ \u00a0]+)?")
#: Between a month or a day and a year counted from publication after it: `May last year`, `July of last year`.
_SHIFTED_YEAR_AFTER_A_MONTH = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?")


#: Before a day, how many days from it (`the day after Easter`, `two days before May 1`) …
_DAYS_BEFORE_A_DAY = re.compile(
    r"(?:[Tt]he[ \u00a0]+day|(?P<count>(?i:two|three|four|five|six)|[2-6])[ \u00a0]+days)"
    r"[ \u00a0]+(?P<side>after|before)[ \u00a0]+$"
)
#: … and after it (`3月5日的前一天`, `春节后一天`, `国庆节次日`).
_DAYS_AFTER_A_DAY = re.compile(r"的?(?:(?P<before>前一[天日])|(?:后|後)一[天日]|次日)")


def attach_day_shifts(text: str, readings: list[Reading]) -> list[Reading]:
    """`the day after Easter`, `two days before May 1`, `3月5日的前一天`, `春节次日`: a day counted from the day
    written, one mention (a day word alone, `the day after`, counts from the story's last day instead)."""
    kept: list[Reading] = []
    for reading in readings:
        if kept and reading.start < kept[-1].end:
            continue  # `前一天` read alone, now part of the day before it
        kept.append(reading)
        if reading.granularity not in ("day", "time") or reading.kind not in ("calendar", "festival"):
            continue
        before = (
            _DAYS_BEFORE_A_DAY.search(text, max(0, reading.start - 24), reading.start)
            if "day" in text[max(0, reading.start - 12) : reading.start]
            else None
        )
        if before is not None and (len(kept) < 2 or kept[-2].end <= before.start()):
            count = before["count"]
            days = 1 if count is None else tables.ENGLISH_UNIT_WORDS.get(count.lower()) or int(count)
            reading.day_shift = days if before["side"] == "after" else -days
            reading.start = before.start()
            continue
        after = None
        if text[reading.end : reading.end + 1] in "的前后後次":
            after = _DAYS_AFTER_A_DAY.match(text, reading.end)
        if after is not None:
            reading.day_shift = -1 if after["before"] else 1
            reading.end = after.end()
    return kept


def attach_years(text: str, readings: list[Reading]) -> list[Reading]:
    """2021年春节, 今年国庆节: a year written right before a festival is the festival's year, one mention;
    `in early May, 2019`, `in April of 2019`: a year written right after a month is the month's, and the
    year of a date joined to it by `and` (`in June and August 2019`); so is a year counted from
    publication after a month or a day (`in May last year`, `since July of last year`, `March 3 next year`); a
    count of years back before a date is its year (`23年前的7月1日`)."""
    attached: list[Reading] = []
    for reading in readings:
        if attached and _years_before_a_date(text, attached[-1], reading):
            # 23年前的7月1日: that date, so many years back (one mention)
            reading.year_shift, reading.start = attached[-1].offset_years, attached[-1].start
            attached[-1] = reading
            continue
        if attached and _is_a_year(reading) and (reading.year is not None or _a_shifted_year(text, reading)):
            month = attached[-1]
            if (
                month.kind == "calendar"
                and (month.granularity == "month" or (month.granularity == "day" and reading.year is None))
                and not month.states_year
                and month.year_shift is None
                and month.range_end is None
                and month.month_shift is None
                and not month.same_month
                and (_YEAR_AFTER_A_MONTH if reading.year is not None else _SHIFTED_YEAR_AFTER_A_MONTH).fullmatch(
                    text, month.end, reading.start
                )
                and not text.startswith(("'s", "’s"), reading.end)  # `in March, last year's best month`
            ):
                month.year, month.year_shift, month.end = reading.year, reading.year_shift, reading.end
                if len(attached) > 1 and reading.year is not None:
                    _share_its_year(text, attached[-2], month)
                continue
        if attached and reading.kind == "festival" and reading.year is None and reading.year_shift is None:
            year = attached[-1]
            if (
                year.kind == "calendar"
                and year.granularity == "year"
                and year.range_end is None
                and (year.year is not None or year.year_shift is not None or year.same_year)
                and _YEAR_BEFORE_A_FESTIVAL.fullmatch(text, year.end, reading.start)
            ):
                reading.year, reading.year_shift, reading.start = year.year, year.year_shift, year.start
                reading.same_year, reading.same_year_shift = year.same_year, year.same_year_shift
                attached[-1] = reading
                continue
        if attached:
            _share_its_year(text, attached[-1], reading)
        attached.append(reading)
    return attached


def _years_before_a_date(text: str, count: Reading, date: Reading) -> bool:
    """`23年前的7月1日`: a count of years back, 的, then a month or a day with no year of its own."""
    return (
        count.kind == "relative"
        and count.offset_years < 0
        and not (count.offset_months or count.offset_days or count.on_the_anchors_day_or_month)
        and date.kind == "calendar"
        and date.month is not None
        and not date.states_year
        and date.range_end is None
        and text[count.end : date.start].strip() == "的"
    )


def _join_a_clock_after(text: str, reading: Reading, limit: int) -> None:
    """今天下午1点到3点十分: a clock time after a range word ends the range of a time (no form reads `3点` alone)."""
    connector = _RANGE_CONNECTOR.match(text, reading.end, limit)
    if connector is None or connector.end() == reading.end:
        return
    clock = _CLOCK_AFTER_A_RANGE_WORD.match(text, connector.end(), limit)
    if clock is None:
        return
    try:
        end = with_clock(Reading(clock.start(), clock.end(), "clock"), chinese_clock(clock.groupdict()))
    except NotADate:
        return
    if end.hour is None or reading.hour is None:
        return
    if end.hour < 12 <= reading.hour:
        end.hour += 12  # 下午1点到3点: the afternoon goes on
    if end.hour > 23:
        return
    reading.range_end, reading.end = end, end.end


def drop_weekdays_beside_dates(text: str, readings: list[Reading]) -> list[Reading]:
    """12月9日（周四）: the weekday restates the date beside it and is not a mention of its own; the date
    keeps it, since it tells the year of a date written without one (`Sunday, March 12`)."""
    kept = []
    for index, reading in enumerate(readings):
        if reading.kind == "weekday" and reading.week_shift is None and not reading.direction:
            neighbours = []
            if index > 0:
                neighbours.append((readings[index - 1], readings[index - 1].end, reading.start))
            if index + 1 < len(readings):
                neighbours.append((readings[index + 1], reading.end, readings[index + 1].start))
            dates = [
                other
                for other, start, end in neighbours
                if other.kind == "calendar" and other.day is not None and _BESIDE_A_DATE.fullmatch(text, start, end)
            ]
            if dates:
                dates[0].weekday = reading.weekday
                continue
        kept.append(reading)
    return kept


def _repeats_the_day_before(text: str, before: Reading, reading: Reading) -> bool:
    return (
        reading.kind == "day_word"
        and reading.offset_days == 0
        and reading.anchors[:1] == ("previous-anywhere",)
        and reading.hour is None
        and (before.day is not None or before.kind == "festival")
        and text[before.end : reading.start] in ("", "的")
    )


def _glosses_the_date_before(text: str, before: Reading, reading: Reading) -> bool:
    """`May 21st (this Tuesday)`, `12月9日（周四）`: a weekday or a day word in brackets right after a date says
    again which day it is."""
    return (
        reading.kind in ("weekday", "day_word")
        and before.kind == "calendar"
        and before.day is not None
        and before.range_end is None
        and _OPENING_BRACKET.fullmatch(text, before.end, reading.start) is not None
        and _CLOSING_BRACKET.match(text, reading.end) is not None
    )


#: An opening bracket, maybe with the zone the day inside is in (`昨天（美国东部时间15日）`).
_OPENING_BRACKET = re.compile(
    r"[ \u00a0\u3000]*[（(][ \u00a0\u3000]*(?:[\u4e00-\u9fff]{0,6}(?:时间|時間)[ \u00a0\u3000]*)?"
)
_CLOSING_BRACKET = re.compile(r"[ \u00a0\u3000]*[）)]")


def mark_days_of_the_incident(text: str, readings: list[Reading]) -> None:
    """事发当天, 案发次日: days counted from the incident the story is about (see resolve); 事发昨晚 names it, a
    day counted from publication."""
    for reading in readings:
        if reading.kind == "day_word" and text[max(0, reading.start - 2) : reading.start] in tables.INCIDENT_WORDS:
            if reading.anchors[:1] == ("publication",):
                reading.names_incident = True
            else:
                reading.incident = True


#: Between a counted date and the date that says which it is (`兩年後，也就是 1987 年`, `次日，即5月3日`).
_THAT_IS = re.compile(
    r"[ \u3000]*[，,][ \u3000]*(?:也就是|亦即|也即|即|就是)(?:在|于|於)?[ \u3000]*"
    # `The next year, in 2009,`, `nearly a week later on Friday 4 August`
    r"|[ \u00a0]*,?[ \u00a0]*(?:(?:that is|i\.e\.),?[ \u00a0]*)?(?:in|on)[ \u00a0]+"
    r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \u00a0]+)?"
)


def _a_weekday_glosses_the_day(text: str, reading: Reading, following: Reading) -> bool:
    """`today (Thursday)`, `yesterday (Wednesday)`: a statement's day word, glossed by the weekday it was written
    on, which is the day when the statement is printed a day later; that weekday is the mention."""
    return (
        reading.kind == "day_word"
        and reading.anchors[:1] == ("publication",)
        and reading.offset_days <= 0
        and following.kind == "weekday"
        and following.week_shift is None
        and not following.direction
        and _OPENING_BRACKET.fullmatch(text, reading.end, following.start) is not None
        and _CLOSING_BRACKET.match(text, following.end) is not None
    )


def drop_words_glossed_by_a_date(text: str, readings: list[Reading]) -> list[Reading]:
    """事发当天（9月28日）, 昨天（6日）, 上周五（3月8日）, 45天后（9月20日）: the date in brackets says which day the
    word means; it is the mention, and the word none of its own; a date glossing the incident's day is that day.
    9月9日当天, 中秋节那天, May 21st (this Tuesday): the word says again the day just written."""
    kept: list[Reading] = []
    for index, reading in enumerate(readings):
        if kept and _repeats_the_day_before(text, kept[-1], reading):
            continue
        if kept and _glosses_the_date_before(text, kept[-1], reading):
            if reading.kind == "weekday" and kept[-1].weekday is None:
                kept[-1].weekday = reading.weekday  # `May 21st (this Tuesday)`: the weekday it is, to check its year
            continue
        following = readings[index + 1] if index + 1 < len(readings) else None
        if following is not None and _a_weekday_glosses_the_day(text, reading, following):
            # `said today (Thursday)`, printed on Friday: the weekday says which day, never one ahead (`意味昨日(周日)
            # 會是…`)
            following.direction = "on-or-before"
            continue
        if (
            following is not None
            and reading.kind in ("relative", "day_word", "anaphor")
            and following.kind == "calendar"
            and (following.year is not None or following.month is not None)
            and (that_is := _THAT_IS.fullmatch(text, reading.end, following.start)) is not None
            # with no comma, only a whole date says which count (not `Two years ago in March`, the month of that
            # year, nor `that night in December 2007`, a night of it)
            and (
                any(comma in that_is.group() for comma in ",，")
                or (reading.kind == "relative" and (following.year is not None or following.day is not None))
            )
        ):
            # 兩年後，也就是1987年: the date says which year (day) the counted one is
            kept.append(dataclasses.replace(following, start=reading.start, end=reading.end))
            continue
        if (
            following is not None
            and reading.kind in ("day_word", "weekday", "relative")  # … 45天后（9月20日）: a count, too
            and following.kind == "calendar"
            and following.day is not None
            and _OPENING_BRACKET.fullmatch(text, reading.end, following.start)
            and _CLOSING_BRACKET.match(text, following.end)
        ):
            following.names_incident = following.names_incident or reading.incident
            if following.year is None and reading.kind == "day_word" and reading.anchors[:1] == ("publication",):
                following.glossed_days = reading.offset_days  # 昨天（6日）, 今天（6月11日）
            elif following.month is None and reading.kind == "weekday" and following.weekday is None:
                following.weekday = reading.weekday
            continue
        kept.append(reading)
    return kept


#: A wire story's dateline: a place in capitals, the date, the agency, a dash (`WASHINGTON, Aug. 11 (AP) --`),
#: or in Chinese the dispatch (`新华社北京12月22日电`, `本报讯`, `TNW中文站 10月14日报道`).
#: A place in capitals, places joined by a slash (`DUBAI/CAIRO`); after the date, its year (`, 2024`).
_CAPITALS_PLACE = r"[A-Z][A-Z.'’-]+(?:/[A-Z][A-Z.'’-]+)*"
_ITS_YEAR = r"(?:,?[ \u00a0]*[0-9]{4})?"
_ENGLISH_DATELINE_BEFORE = re.compile(
    rf"(?:{_CAPITALS_PLACE}(?:[ ,]+[A-Z][A-Za-z.'’-]+){{0,4}},?[ \u00a0]+\(?"
    # `Taipei, Nov. 17 (CNA)`; not a weekday (`Monday, Aug 11:` heads a day of a live story)
    r"|(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,)[A-Z][a-z]+(?:[ ][A-Z][a-z]+)?,[ \u00a0]+)?$"
)
_ENGLISH_DATELINE_AFTER = re.compile(
    rf"\)?{_ITS_YEAR}[ \u00a0]*(?:\([^()\n]{{1,40}}\)[ \u00a0]*)?(?:--|[—–_-])"
    r"|[ \u00a0]+\([A-Z]{2,8}\)[ \u00a0]+(?=[A-Z])"  # `Taipei, Nov. 17 (CNA) The Ministry …`
    rf"|{_ITS_YEAR}:[ \u00a0]+(?=[A-Z])"  # `Dehradun, 11 Aug: A sudden flash flood …`
)
_CHINESE_DATELINE_BEFORE = re.compile(
    r"[^\s，,。：:；;！？]{0,20}[ \u3000]?(?:(?:报道|報導|讯|訊)[，, \u3000]\s*)?"
    r"(?:北京时间|北京時間|当地时间|當地時間)?$"  # `新浪科技讯 北京时间5月24日下午消息`
)
#: After a dispatch's day: `电`, `讯`, or `报道` and `消息` set off by a pause or a bracket (not `5月13日消息传出后`).
_CHINESE_DATELINE_AFTER = re.compile(
    r"[ \u3000]*(?:(?:综合|綜合|专|專|快)?(?:电|電|讯|訊)"  # `4月17日专电`
    r"|(?:(?:综合|綜合)(?:外电|外電)?)?(?:报道|報導|消息)(?=[：:，,）)\s]|$))"  # `（中央社雪梨23日綜合外電報導）`
)
_DISPATCH_AFTER_STARTS = "电電讯訊报報消综綜专專快】 \u3000,"
#: … or a dash set off by spaces, after an agency's and a place's names run together (`路透华盛顿3月17日 - `): a
#: wire story's dateline as its Chinese service prints it; a timeline's `3月17日 - 某事` has no name before it.
_A_DASH_AFTER = re.compile(r"[ \u3000]+[-－—–]{1,2}[ \u3000]")
_AN_AGENCY_AND_PLACE = re.compile(r"[\u3400-\u9fff]{3,12}(?:[/／][\u3400-\u9fff]{2,8})*")  # `路透伦敦/米兰`
#: … or an outlet and the day in brackets (`【希望之声2025年1月30日】`).
_OUTLET_IN_BRACKETS_BEFORE = re.compile(r"【[^【】0-9０-９\s]{2,12}$")
_ONLY_SPACE = re.compile(r"[ \t\u00a0\u3000]*(?:\n|$)")


#: A dateline opens the story: it is looked for this far into the text.
DATELINE_REACH = 300


def find_datelines(text: str, readings: list[Reading], published) -> list[Reading]:
    """The story's datelines: a dateline states when the story was filed, not what happened, like a date
    line alone at the top that is the day of publication (`June 8, 2010`)."""
    datelines = []
    for reading in readings:
        if reading.start > DATELINE_REACH and text[reading.end : reading.end + 1] not in _DISPATCH_AFTER_STARTS:
            continue  # further down, only a dispatch's day is a dateline
        if (
            _a_chinese_dispatch(text, reading)
            or _a_wire_dispatch(text, reading)
            or (reading.start <= DATELINE_REACH and _is_dateline(text, reading, published))
        ):
            datelines.append(reading)
    return datelines


def _line_before(text: str, reading: Reading) -> str:
    """What stands before a date on its line, past a paragraph's indent: asked for only once what follows the date
    may make it a dateline, as it does for few dates."""
    line_start = text.rfind("\n", 0, reading.start) + 1
    return text[line_start : reading.start].lstrip(" \t\u00a0\u3000")


def _a_wire_dispatch(text: str, reading: Reading) -> bool:
    """`DUBAI/CAIRO, Dec 20 (Reuters) - Sudan's …`: a wire story's dateline at its paragraph's start, however far
    down the page's captions and menus put it."""
    return (
        reading.kind == "calendar"
        and reading.day is not None
        and _WIRE_AGENCY_AND_DASH.match(text, reading.end) is not None
        and _WIRE_PLACE.fullmatch(_line_before(text, reading)) is not None
    )


_WIRE_PLACE = re.compile(rf"{_CAPITALS_PLACE}(?:[ ][A-Z][A-Z.'’-]+){{0,3}},[ \u00a0]+")
_WIRE_AGENCY_AND_DASH = re.compile(rf"{_ITS_YEAR}[ \u00a0]*\([A-Za-z .]{{2,20}}\)[ \u00a0]*(?:--|[—–-])")


def _a_chinese_dispatch(text: str, reading: Reading) -> bool:
    """`中国网5月13日讯`, `（法新社羅馬19日電）`, `（柏林2日综合电）`, `东方网记者曹磊5月13日报道：`,
    `鞭牛士报道，5月22日消息`, `【希望之声2025年1月30日】`: the day a story was filed, at its paragraph's start,
    however far down the page's menus put it."""
    if reading.kind != "calendar" or reading.day is None or reading.range_end is not None:
        return False
    if text.startswith("】", reading.end):
        return _OUTLET_IN_BRACKETS_BEFORE.search(_line_before(text, reading)) is not None
    if _A_DASH_AFTER.match(text, reading.end):
        return _AN_AGENCY_AND_PLACE.fullmatch(_line_before(text, reading)) is not None  # `路透莫斯科3月17日 - 俄罗斯…`
    after = _CHINESE_DATELINE_AFTER.match(text, reading.end)
    if after is None:
        return False
    before = _line_before(text, reading)
    return (
        _CHINESE_DATELINE_BEFORE.fullmatch(before) is not None
        # a dispatch writes its day with 日; `3号报道` is spoken, and `据…4日报道`, `【本報訊】據…24日消息`,
        # `《紐時》23日報導` cite another's report
        and text[reading.end - 1] not in "号號"
        and not (_CITES_ANOTHER.search(before) and after.group().strip().startswith(("报道", "報導", "消息")))
    )


#: Before a day and `报道` or `消息`: another's report cited (`据`, or a publication's title in its brackets).
_CITES_ANOTHER = re.compile("[据據]|》$")


def _is_dateline(text: str, reading: Reading, published) -> bool:
    if reading.kind != "calendar" or reading.month is None or reading.day is None or reading.range_end:
        return False
    before = _line_before(text, reading)
    if _ENGLISH_DATELINE_BEFORE.fullmatch(before) and _ENGLISH_DATELINE_AFTER.match(text, reading.end):
        return True
    line_start = text.rfind("\n", 0, reading.start) + 1
    first_line = line_start == 0 or not text[:line_start].strip()
    alone = first_line and not before.strip() and _ONLY_SPACE.match(text, reading.end) is not None
    return (
        alone
        and published is not None
        and reading.year == published.year
        and (reading.month, reading.day) == (published.month, published.day)
    )
