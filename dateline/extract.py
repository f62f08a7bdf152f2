"""Extract: find the dated expressions in an article, say what date each one means,
and whether it reports an event.

This is the heart of dateline: every event on the timeline starts as a mention
found here. Extraction is pure (text and context in, mentions out) so that it
can be cached by content hash, run in parallel and tested with hypothesis.

How it works, in three passes over one article:

1. *Scan.* The forms of `extract_tables.FORMS` are joined into one regular
   expression that is compiled once and scanned once over the text. Each match
   is read by the reader of its form into a `_Reading`: the fields the text
   states (year, month, day …, or "yesterday", "three days later"). Impossible
   dates (2月30日) are dropped here; durations (6个月, 2日内) never match.
2. *Resolve.* Readings are resolved in text order, like a careful reader does:
   explicit years are absolute; year-less dates take the year that puts them
   nearest before publication (after it only when the sentence is about the
   future), or, with no publication date, the year of the sentence or of the
   article; a day alone (23日) takes the month of the previous mention;
   "yesterday" counts from publication; "the next day" from the previous date.
3. *Judge.* A mention reports an event unless the text says it is a statistic's
   "as of" date, a reporting period, a heading repeating a date, or inside a title.

The words and cues of each language live in `extract_tables.py`.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace
from typing import Callable

from . import extract_tables as tables
from .model import Mention

#: Bump when the output for the same input changes: it is part of the cache key.
EXTRACTOR_VERSION = "2"


@dataclass(frozen=True)
class ExtractionContext:
    """What extraction needs to know about an article besides its text."""

    article: str = ""  # article id, copied into each Mention
    published: dt.date | None = None  # publication date in the site's timezone
    language: str = "zh-Hans"  # "zh-Hans" | "zh-Hant" | "en"
    date_order: str = "MDY"  # how "12/9/2021" is read ("DMY" for UK sites)


def extract_mentions(text: str, context: ExtractionContext) -> tuple[Mention, ...]:
    """The dated expressions in `text`, resolved and judged, in text order.

    Pure: no I/O, no clock, no globals mutated; never raises on odd input.
    """
    readings = _scan(text, context)
    if not readings:
        return ()
    layout = _Layout(text, context.language)
    readings = _merge_ranges(text, readings)
    readings = _drop_weekdays_beside_dates(text, readings)
    resolved = _resolve_all(text, readings, layout, context)
    return _judge_all(text, resolved, layout, context)


# --- Reading: what the text states ------------------------------------------------------


class _NotADate(Exception):
    """Raised by a reader when a match is not a date after all (2月30日, 一日)."""


@dataclass
class _Reading:
    """The fields one temporal expression states, before resolution.

    kind: "calendar" (year … minute, any of them possibly missing), "day_word"
    (a day counted from an anchor: 昨天, 次日), "relative" (an amount counted
    from an anchor: 三天后), "weekday", "week" (上周) or "clock" (上午9时).
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    year_shift: int | None = None  # 今年 0, 去年 -1 …: from the publication year
    same_year: bool = False  # 同年: the year of the previous mention
    direction: str = ""  # English "last March" / "next March": "last" or "next"
    half: int | None = None
    quarter: int | None = None
    month: int | None = None
    month_shift: int | None = None  # 上个月 -1: from the publication month
    same_month: bool = False  # 当月: the month of the previous mention
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None
    week_shift: int | None = None  # 上周四 -1: from the publication week
    weekend: bool = False
    offset_days: int = 0
    offset_months: int = 0
    offset_years: int = 0
    anchors: tuple[str, ...] = ()
    range_end: _Reading | None = None

    @property
    def granularity(self) -> str:
        """The granularity the written fields give (a day alone is a day)."""
        if self.kind == "calendar":
            if self.day is not None:
                return "time" if self.hour is not None else "day"
            if self.month is not None or self.month_shift is not None or self.same_month:
                return "month"
            if self.quarter is not None:
                return "quarter"
            if self.half is not None:
                return "half"
            return "year"
        if self.kind == "relative":
            if self.offset_years:
                return "year"
            if self.offset_months:
                return "month"
            return "day"
        if self.kind == "clock" or self.hour is not None:
            return "time"
        return "day"

    @property
    def states_year(self) -> bool:
        return self.year is not None or self.year_shift is not None or self.same_year or bool(self.direction)


def _number(written: str | None) -> int | None:
    """The value of a number in ASCII, full-width or Chinese digits; None if it is not one."""
    if not written:
        return None
    ascii_digits = written.translate(tables.FULLWIDTH)
    if ascii_digits.isascii() and ascii_digits.isdigit():
        return int(ascii_digits)
    return _chinese_number(written)


def _chinese_number(written: str) -> int | None:
    """二〇二一 → 2021 (digit by digit), 二十三 → 23, 廿一 → 21; None for vague 一两."""
    digits = tables.CHINESE_DIGITS
    if all(char in digits for char in written):
        if len(written) in (1, 4):
            return int("".join(str(digits[char]) for char in written))
        return None
    for position, char in enumerate(written):
        tens = tables.CHINESE_TENS.get(char)
        if tens is None:
            continue
        before, after = written[:position], written[position + 1:]
        if not before:
            lead = 1
        elif char == "十" and len(before) == 1 and digits.get(before, 0) > 0:
            lead = digits[before]
        else:
            return None
        if not after:
            unit = 0
        elif len(after) == 1 and after in digits:
            unit = digits[after]
        else:
            return None
        return lead * tens + unit
    return None


def _required_number(written: str | None) -> int:
    value = _number(written)
    if value is None:
        raise _NotADate(written)
    return value


def _days_in_month(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: 2月29日 may exist


def _check_calendar(reading: _Reading) -> _Reading:
    """Raise _NotADate unless the written fields can be a real date."""
    if reading.year is not None and not 1 <= reading.year <= 9999:
        raise _NotADate(reading.year)
    if reading.month is not None and not 1 <= reading.month <= 12:
        raise _NotADate(reading.month)
    if reading.quarter is not None and not 1 <= reading.quarter <= 4:
        raise _NotADate(reading.quarter)
    if reading.day is not None:
        longest = _days_in_month(reading.year, reading.month) if reading.month is not None else 31
        if not 1 <= reading.day <= longest:
            raise _NotADate(reading.day)
    return reading


def _span(match: re.Match) -> tuple[int, int]:
    """The part of a match reported as written: group `w` when the form has one."""
    if "w" in match.re.groupindex and match.group("w") is not None:
        return match.span("w")
    return match.span()


def _hour_on_24_hour_clock(hour: int, part_of_day: str | None) -> int:
    rule = tables.PARTS_OF_DAY.get(part_of_day or "")
    if rule == "small-hours" and hour == 12:
        return 0
    if rule == "noon" and 1 <= hour <= 5:
        return hour + 12
    if rule == "afternoon" and hour < 12:
        return hour + 12
    if rule == "evening" and 5 <= hour < 12:
        return hour + 12
    return hour


def _chinese_clock(groups: dict) -> tuple[int, int] | None:
    """(hour, minute) from a Chinese time of day (下午3点半, 14:30), None when none is written."""
    if groups.get("clock_hour"):
        hour, minute = _required_number(groups["clock_hour"]), _required_number(groups["clock_minute"])
    elif groups.get("hour") or groups.get("hour_digits"):
        hour = _required_number(groups.get("hour") or groups.get("hour_digits"))
        minute = _required_number(groups["minute"]) if groups.get("minute") else (30 if groups.get("half_hour") else 0)
    else:
        return None
    hour = _hour_on_24_hour_clock(hour, groups.get("part_of_day"))
    if not (0 <= hour <= 23 and 0 <= minute <= 59):
        raise _NotADate(hour)
    return hour, minute


def _english_clock(groups: dict) -> tuple[int, int] | None:
    """(hour, minute) from "3 p.m.", "10:30am", "noon"; None when none is written."""
    if groups.get("clock_word"):
        return tables.ENGLISH_CLOCK_WORDS[groups["clock_word"]], 0
    if not groups.get("hour"):
        return None
    hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
    if not (1 <= hour <= 12 and 0 <= minute <= 59):
        raise _NotADate(hour)
    afternoon = groups["meridiem"].lower().startswith("p")
    if afternoon and hour < 12:
        hour += 12
    elif not afternoon and hour == 12:
        hour = 0
    return hour, minute


def _with_clock(reading: _Reading, clock: tuple[int, int] | None) -> _Reading:
    if clock is not None:
        reading.hour, reading.minute = clock
    return reading


def _chinese_year_fields(groups: dict, reading: _Reading) -> None:
    """Year, 民國 year, 今年/去年 … or 同年 before a month or period (2021年Q3: q_year)."""
    if groups.get("minguo_year"):
        reading.year = _required_number(groups["minguo_year"]) + tables.MINGUO_YEAR_OFFSET
    elif groups.get("year") or groups.get("q_year"):
        reading.year = _required_number(groups.get("year") or groups["q_year"])
    elif groups.get("year_word") or groups.get("q_year_word"):
        reading.year_shift = tables.YEAR_WORDS[groups.get("year_word") or groups["q_year_word"]]
    elif groups.get("same_year"):
        reading.same_year = True


def _range_to(reading: _Reading, **end_fields) -> _Reading:
    reading.range_end = _check_calendar(replace(reading, range_end=None, **end_fields))
    return reading


# --- Readers: one per form in extract_tables.FORMS ------------------------------------


def _read_numeric_ymd(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    month = groups["m1"] or groups["m2"] or groups["m3"]
    day = groups["d1"] or groups["d2"] or groups["d3"]
    reading = _Reading(*match.span(), "calendar", year=_required_number(groups["year"]),
                       month=_required_number(month), day=_required_number(day))
    if groups.get("clock_hour"):
        hour, minute = int(groups["clock_hour"]), int(groups["clock_minute"])
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise _NotADate(hour)
        reading.hour, reading.minute = hour, minute
    return _check_calendar(reading)


def _read_numeric_dmy(match: re.Match, context: ExtractionContext) -> _Reading:
    first, second = _required_number(match["first"]), _required_number(match["second"])
    year = _required_number(match["year"])
    day_first = context.date_order.upper().startswith("D")
    orders = [(second, first), (first, second)] if day_first else [(first, second), (second, first)]
    for month, day in orders:  # the site's order, or the other when only that one is a date
        try:
            return _check_calendar(_Reading(*match.span(), "calendar", year=year, month=month, day=day))
        except _NotADate:
            continue
    raise _NotADate(match.group())


def _read_zh_date(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*match.span(), "calendar", month=_required_number(groups["month"]))
    _chinese_year_fields(groups, reading)
    if groups["day"]:
        reading.day = _required_number(groups["day"])
        _with_clock(reading, _chinese_clock(groups))
    _check_calendar(reading)
    if groups["month_from"]:
        if reading.day is not None:
            raise _NotADate(match.group())
        end_month = reading.month
        reading.month = _required_number(groups["month_from"])
        _check_calendar(reading)
        _range_to(reading, month=end_month)
    if groups["day_to"]:
        _range_to(reading, day=_required_number(groups["day_to"]), hour=None, minute=None)
    return reading


def _read_zh_period(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*match.span(), "calendar")
    _chinese_year_fields(groups, reading)
    written_quarter = groups["quarter"] or groups["quarter_bare"] or groups["quarter_q"]
    if written_quarter:
        if not reading.states_year and not match.group().endswith("度"):
            raise _NotADate(match.group())  # 第四季 alone is as often a TV season
        reading.quarter = _required_number(written_quarter)
    elif groups["quarters_to"]:
        reading.quarter = 1
        _check_calendar(reading)
        return _range_to(reading, quarter=_required_number(groups["quarters_to"]))
    else:
        reading.half = 1 if groups["half"] == "上" else 2
    return _check_calendar(reading)


def _read_zh_year(match: re.Match, context: ExtractionContext) -> _Reading:
    reading = _check_calendar(_Reading(*match.span(), "calendar", year=_required_number(match["year"])))
    if match["year_from"]:
        end_year = reading.year
        reading.year = _required_number(match["year_from"])
        _check_calendar(reading)
        _range_to(reading, year=end_year)
    return reading


def _relative_offsets(amount: float, unit: str, size: int) -> dict:
    """Offset fields for `amount` units: 半个月 is 15 days, 半年 six months, 一年半 18 months."""
    if unit == "days":
        days = amount * size
        if days != int(days) or days == 0:
            raise _NotADate(amount)
        return {"offset_days": int(days)}
    months = amount * (12 if unit == "years" else size)
    if unit == "years" and amount == int(amount):
        return {"offset_years": int(amount)}
    if months == int(months):
        return {"offset_months": int(months)}
    return {"offset_days": round(months * 30)}


def _read_zh_relative(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    if groups["amount_days"]:
        amount: float = _required_number(groups["amount_days"])
        unit, size = tables.RELATIVE_UNITS["日"]
    else:
        amount = 0.5 if groups["amount"] == "半" else _required_number(groups["amount"])
        unit, size = tables.RELATIVE_UNITS[re.sub(r"\s", "", groups["unit"])]
    if groups["and_half"]:
        amount += 0.5
    if amount <= 0 or amount > 999:
        raise _NotADate(amount)
    offsets = _relative_offsets(amount, unit, size)
    direction = tables.RELATIVE_DIRECTIONS[groups["direction"]]
    sign = -1 if direction == "before" else 1
    offsets = {key: sign * value for key, value in offsets.items()}
    fallback = "publication" if direction == "before" else "publication-if-future"
    return _Reading(*match.span(), "relative", anchors=("previous-at-clause-start", fallback), **offsets)


def _read_zh_weekday(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    weekday = tables.CHINESE_WEEKDAYS[groups["weekday"].translate(tables.FULLWIDTH)]
    shift = tables.PERIOD_SHIFTS[groups["shift"]] if groups["shift"] else None
    reading = _Reading(*match.span(), "weekday", weekday=weekday, week_shift=shift)
    return _with_clock(reading, _chinese_clock(groups))


def _read_zh_week(match: re.Match, context: ExtractionContext) -> _Reading:
    return _Reading(*match.span(), "week", week_shift=tables.PERIOD_SHIFTS[match["shift"]],
                    weekend=bool(match["weekend"]))


def _read_zh_month_shift(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*match.span(), "calendar")
    if groups["same_month"]:
        reading.same_month = True
    else:
        reading.month_shift = tables.PERIOD_SHIFTS[groups["shift"]]
    if groups["day"]:
        reading.day = _required_number(groups["day"])
        _with_clock(reading, _chinese_clock(groups))
    return _check_calendar(reading)


def _read_zh_year_word(match: re.Match, context: ExtractionContext) -> _Reading:
    return _Reading(*match.span(), "calendar", year_shift=tables.YEAR_WORDS[match["year_word"]])


def _read_zh_day_word(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    offset, anchors = tables.DAY_WORDS[groups["word"]]
    reading = _Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors)
    return _with_clock(reading, _chinese_clock(groups))


def _read_zh_day(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    written_day = groups["day"].translate(tables.FULLWIDTH)
    if not written_day.isdigit():
        # 一日 is "one day"; 七日无理由退货 a duration: a day in Chinese numerals
        # stands alone only before a pause or a time of day.
        after = match.string[match.end():match.end() + 1]
        if written_day == "一" or (after and after not in tables.CHINESE_DAY_ALONE_BEFORE):
            raise _NotADate(match.group())
    reading = _Reading(*match.span(), "calendar", day=_required_number(groups["day"]))
    _with_clock(reading, _chinese_clock(groups))
    _check_calendar(reading)
    if groups["day_to"]:
        _range_to(reading, day=_required_number(groups["day_to"]), hour=None, minute=None)
    return reading


def _read_zh_numeric_md(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*match.span(), "calendar", month=_required_number(groups["month"] or groups["dotted_month"]),
                       day=_required_number(groups["day"] or groups["dotted_day"]))
    _check_calendar(reading)
    return _with_clock(reading, _chinese_clock(groups))


def _read_zh_clock(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    if groups.get("hour") and not _number(groups["hour"]) and groups["hour"] not in ("零", "〇"):
        raise _NotADate(match.group())
    return _with_clock(_Reading(*match.span(), "clock"), _chinese_clock(groups))


def _read_en_period(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*match.span(), "calendar")
    year = next((groups[name] for name in ("y1", "y2", "y3", "y4", "y5", "y6", "y7") if groups[name]), None)
    if year:
        reading.year = int(year)
    if groups["q1"] or groups["q2"]:
        reading.quarter = int(groups["q1"] or groups["q2"])
    elif groups["ordinal"]:
        reading.quarter = tables.ENGLISH_ORDINALS[groups["ordinal"]]
    elif groups["h1"] or groups["h2"]:
        reading.half = int(groups["h1"] or groups["h2"])
    else:
        reading.half = 1 if groups["half_ordinal"] == "first" else 2
    return _check_calendar(reading)


def _english_month(name: str) -> int:
    return tables.ENGLISH_MONTHS[name.rstrip(".")]


def _read_en_month_day(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*match.span(), "calendar", month=_english_month(groups["month"]),
                       day=int(groups["day"]), year=int(groups["year"]) if groups["year"] else None)
    _with_clock(reading, _english_clock(groups))
    _check_calendar(reading)
    if groups["day_to"]:
        _range_to(reading, day=int(groups["day_to"]), hour=None, minute=None)
    return reading


_read_en_day_month = _read_en_month_day


def _read_en_month_year(match: re.Match, context: ExtractionContext) -> _Reading:
    return _check_calendar(_Reading(*match.span(), "calendar", month=_english_month(match["month"]),
                                    year=int(match["year"])))


def _read_en_month(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    if not (groups["cue"] or groups["month_part"] or groups["shift"]):
        raise _NotADate(match.group())  # "May" alone is a verb as often as a month
    reading = _Reading(*_span(match), "calendar", month=_english_month(groups["month"]))
    shift = groups["shift"]
    if shift:
        if tables.ENGLISH_PERIOD_SHIFTS[shift] == 0:
            reading.year_shift = 0
        else:
            reading.direction = "last" if tables.ENGLISH_PERIOD_SHIFTS[shift] < 0 else "next"
    return reading


def _read_en_year(match: re.Match, context: ExtractionContext) -> _Reading:
    return _check_calendar(_Reading(*_span(match), "calendar", year=int(match["year"])))


def _read_en_weekday(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    reading = _Reading(*_span(match), "weekday", weekday=tables.ENGLISH_WEEKDAYS[groups["weekday"]])
    shift = groups["shift"]
    if shift:
        value = tables.ENGLISH_PERIOD_SHIFTS[shift]
        if value == 0:
            reading.week_shift = 0
        else:
            reading.direction = "last" if value < 0 else "next"
    return _with_clock(reading, _english_clock(groups))


def _read_en_day_word(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    word = " ".join(groups["word"].lower().split())
    offset, anchors = tables.ENGLISH_DAY_WORDS[word]
    reading = _Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors)
    return _with_clock(reading, _english_clock(groups))


def _read_en_relative(match: re.Match, context: ExtractionContext) -> _Reading:
    groups = match.groupdict()
    written = groups["amount"]
    amount = int(written) if written.isdigit() else tables.ENGLISH_NUMBERS[written.lower()]
    if amount <= 0:
        raise _NotADate(written)
    unit, size = tables.ENGLISH_RELATIVE_UNITS[groups["unit"]]
    offsets = _relative_offsets(amount, unit, size)
    direction = tables.ENGLISH_RELATIVE_DIRECTIONS[groups["direction"]]
    sign = 1 if direction == "later" else -1
    offsets = {key: sign * value for key, value in offsets.items()}
    anchors = ("publication",) if direction == "ago" else ("previous",)
    return _Reading(*match.span(), "relative", anchors=anchors, **offsets)


def _read_en_period_shift(match: re.Match, context: ExtractionContext) -> _Reading:
    shift_word, unit = match["shift"], match["unit"]
    if (shift_word, unit) in tables.VAGUE_ENGLISH_SHIFTS:
        raise _NotADate(match.group())
    shift = tables.ENGLISH_PERIOD_SHIFTS[shift_word]
    if unit == "week":
        return _Reading(*match.span(), "week", week_shift=shift)
    if unit == "month":
        return _Reading(*match.span(), "calendar", month_shift=shift)
    return _Reading(*match.span(), "calendar", year_shift=shift)


_READERS: dict[str, Callable[[re.Match, ExtractionContext], _Reading]] = {
    "numeric_ymd": _read_numeric_ymd,
    "numeric_dmy": _read_numeric_dmy,
    "zh_date": _read_zh_date,
    "zh_period": _read_zh_period,
    "zh_year": _read_zh_year,
    "zh_relative": _read_zh_relative,
    "zh_weekday": _read_zh_weekday,
    "zh_week": _read_zh_week,
    "zh_month_shift": _read_zh_month_shift,
    "zh_year_word": _read_zh_year_word,
    "zh_day_word": _read_zh_day_word,
    "zh_day": _read_zh_day,
    "zh_numeric_md": _read_zh_numeric_md,
    "zh_clock": _read_zh_clock,
    "en_period": _read_en_period,
    "en_month_day": _read_en_month_day,
    "en_day_month": _read_en_day_month,
    "en_month_year": _read_en_month_year,
    "en_month": _read_en_month,
    "en_year": _read_en_year,
    "en_weekday": _read_en_weekday,
    "en_day_word": _read_en_day_word,
    "en_relative": _read_en_relative,
    "en_period_shift": _read_en_period_shift,
}
assert set(_READERS) == {name for name, _ in tables.FORMS}, "every form needs a reader"


# --- Pass 1: scan ---------------------------------------------------------------------


def _alternation_of_forms(forms, marker_suffix: str = "") -> str:
    """The forms as one alternation, in order; an empty group after each names the form.

    Named groups inside the forms become plain groups: each form is matched again on
    its own to read its fields, so only the marker is needed here.
    """
    named_group = re.compile(r"\(\?P<\w+>")
    return "|".join(named_group.sub("(?:", pattern) + f"(?P<{name}{marker_suffix}>)" for name, pattern in forms)


def _scanner_pattern(forms) -> str:
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
    english = [(name, pattern) for name, pattern in forms if name in tables.ENGLISH_FORMS]
    led_by_digit_or_chinese = [
        (name, pattern) for name, pattern in forms
        if name not in tables.ENGLISH_FORMS or name in tables.ENGLISH_FORMS_STARTING_WITH_A_DIGIT
    ]
    start = re.escape(tables.START_CHARACTERS)
    return (
        f"[{start}A-Za-z](?<=(?="
        f"(?<![A-Za-z])(?=[A-Za-z])(?={tables.ENGLISH_START_WORDS})(?:{_alternation_of_forms(english, _LETTER_LED)})"
        f"|(?=[{start}])(?={'|'.join(tables.START_PAIRS)})(?:{_alternation_of_forms(led_by_digit_or_chinese)})"
        f")[\\s\\S])"
    )


_LETTER_LED = "__letter"
_RECURRING = re.compile(tables.alternation(tables.RECURRING_CUES) + "[的之 ]{0,2}$")
_SCANNER = re.compile(_scanner_pattern(tables.FORMS))
_FORM_PATTERNS = {name: re.compile(pattern) for name, pattern in tables.FORMS}
_URL = re.compile(r"(?:[Hh][Tt][Tt][Pp][Ss]?://|www\.)[!#-;=?-~]+")


def _scan(text: str, context: ExtractionContext) -> list[_Reading]:
    """Every match of every form, read; dates in web addresses or recurring ones (每年的3月15日) are not mentions."""
    url_spans = [match.span() for match in _URL.finditer(text)] if ("://" in text or "www." in text) else []
    url_starts = [start for start, _ in url_spans]
    readings = []
    scanned_to = 0
    for match in _SCANNER.finditer(text):
        start = match.start()
        if start < scanned_to:
            continue  # inside the previous match: a plain scan would not look here
        form = match.lastgroup.removesuffix(_LETTER_LED)
        detail = _FORM_PATTERNS[form].match(text, start)
        if detail is None:  # cannot happen: the scanner holds the same patterns
            continue
        scanned_to = detail.end()
        if url_spans:
            index = bisect_right(url_starts, start) - 1
            if index >= 0 and url_spans[index][1] > start:
                continue
        if _RECURRING.search(text, max(0, start - 8), start):
            continue
        try:
            readings.append(_READERS[form](detail, context))
        except _NotADate:
            continue
    return readings


_RANGE_CONNECTOR = re.compile(r"[ \u00a0\u3000]*(?:至|到|[-—–~～〜]{1,2}|to|through|until|till)[ \u00a0\u3000]*")
_BESIDE_A_DATE = re.compile(r"[\s,，、（()）]*")


def _merge_ranges(text: str, readings: list[_Reading]) -> list[_Reading]:
    """12月9日至10日 is one mention: join two calendar readings across a range word."""
    merged: list[_Reading] = []
    for reading in readings:
        if merged:
            first = merged[-1]
            if (first.kind == reading.kind == "calendar" and first.range_end is None and reading.range_end is None
                    and _RANGE_CONNECTOR.fullmatch(text, first.end, reading.start)
                    and reading.granularity == first.granularity):
                first.range_end = reading
                first.end = reading.end
                continue
        merged.append(reading)
    return merged


def _drop_weekdays_beside_dates(text: str, readings: list[_Reading]) -> list[_Reading]:
    """12月9日（周四）: the weekday restates the date beside it and is not a mention of its own."""
    kept = []
    for index, reading in enumerate(readings):
        if reading.kind == "weekday" and reading.week_shift is None and not reading.direction:
            neighbours = []
            if index > 0:
                neighbours.append((readings[index - 1], readings[index - 1].end, reading.start))
            if index + 1 < len(readings):
                neighbours.append((readings[index + 1], reading.end, readings[index + 1].start))
            if any(other.kind == "calendar" and other.day is not None and _BESIDE_A_DATE.fullmatch(text, start, end)
                   for other, start, end in neighbours):
                continue
        kept.append(reading)
    return kept


# --- Layout: blocks and sentences, computed once per text -----------------------------

_SENTENCE_END = re.compile(r"[。！？!?；;]+[”’」』\"'）)]*|\n")
_ENGLISH_FULL_STOP = re.compile(r"\.+[\"”’')]*(?=\s)")
_BLOCK_BREAK = re.compile(r"\n[ \t\u3000]*\n\s*")


class _Layout:
    """Where blocks and sentences start and end: blocks found in one scan, the sentences
    of a block only when a mention is in it, then looked up with bisect."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.english = language.startswith("en")
        breaks = [match.span() for match in _BLOCK_BREAK.finditer(text)]
        self.block_starts = [0] + [end for _, end in breaks]
        self.block_ends = [start for start, _ in breaks] + [len(text)]
        self._sentence_ends: dict[int, list[int]] = {}
        self._headings: dict[int, bool] = {}
        self._future: dict[int, bool] = {}

    def _sentence_ends_of(self, block: int) -> list[int]:
        """Where the sentences of a block end (after their punctuation and closing quotes)."""
        if block not in self._sentence_ends:
            start, end = self.block_starts[block], self.block_ends[block]
            ends = [match.end() for match in _SENTENCE_END.finditer(self.text, start, end)]
            if self.english:
                ends.extend(match.end() for match in _ENGLISH_FULL_STOP.finditer(self.text, start, end)
                            if not self._is_abbreviation(match))
                ends.sort()
            self._sentence_ends[block] = ends
        return self._sentence_ends[block]

    def is_future(self, sentence_start: int, sentence_end: int) -> bool:
        """Whether the sentence is about the future (将于, will, is due to …)."""
        if sentence_start not in self._future:
            self._future[sentence_start] = _FUTURE.search(self.text, sentence_start, sentence_end) is not None
        return self._future[sentence_start]

    def _is_abbreviation(self, match: re.Match) -> bool:
        """Whether a full stop ends an abbreviation (Dec., a.m., U.S.) or an initial (J.)."""
        text, stop = self.text, match.start()
        begin = max(text.rfind(" ", max(0, stop - 12), stop), text.rfind("\n", max(0, stop - 12), stop)) + 1
        word = text[begin:stop].lstrip("(\"'“‘[")
        return word.lower() in tables.ENGLISH_ABBREVIATIONS or (len(word) == 1 and word.isupper())

    def block_of(self, position: int) -> int:
        return bisect_right(self.block_starts, position) - 1

    def sentence_of(self, block: int, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end], without surrounding whitespace."""
        ends = self._sentence_ends_of(block)
        index = bisect_right(ends, start)
        sentence_start = ends[index - 1] if index else self.block_starts[block]
        index = bisect_left(ends, end)
        sentence_end = ends[index] if index < len(ends) else self.block_ends[block]
        text = self.text
        while sentence_start < start and text[sentence_start].isspace():
            sentence_start += 1
        while sentence_end > end and text[sentence_end - 1].isspace():
            sentence_end -= 1
        return sentence_start, sentence_end

    def is_heading(self, block: int) -> bool:
        """A short block with no sentence-final punctuation."""
        if block not in self._headings:
            content = self.text[self.block_starts[block]:self.block_ends[block]].strip()
            self._headings[block] = (
                0 < len(content) <= tables.HEADING_MAX_CHARS and "\n" not in content
                and not any(mark in content for mark in tables.SENTENCE_FINAL) and not content.endswith(".")
            )
        return self._headings[block]


# --- Pass 2: resolve ------------------------------------------------------------------


@dataclass(frozen=True)
class _Period:
    """A resolved date at its granularity."""

    granularity: str
    year: int
    part: int = 0  # the half, quarter or month
    day: dt.date | None = None
    hour: int = 0
    minute: int = 0

    def iso(self) -> str:
        if self.granularity == "year":
            return f"{self.year:04d}"
        if self.granularity == "half":
            return f"{self.year:04d}-H{self.part}"
        if self.granularity == "quarter":
            return f"{self.year:04d}-Q{self.part}"
        if self.granularity == "month":
            return f"{self.year:04d}-{self.part:02d}"
        if self.granularity == "day":
            return self.day.isoformat()
        return f"{self.day.isoformat()}T{self.hour:02d}:{self.minute:02d}"

    @property
    def first_day(self) -> dt.date:
        if self.day is not None:
            return self.day
        first_month = {"year": 1, "half": 6 * self.part - 5, "quarter": 3 * self.part - 2, "month": self.part}
        return dt.date(self.year, first_month[self.granularity], 1)

    @property
    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.day
        last_month = {"year": 12, "half": 6 * self.part, "quarter": 3 * self.part, "month": self.part}
        month = last_month[self.granularity]
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def sort_key(self) -> tuple:
        return (self.first_day, self.hour, self.minute)

    @property
    def month(self) -> int | None:
        if self.day is not None:
            return self.day.month
        return self.part if self.granularity == "month" else None


def _period(granularity: str, year: int, reading: _Reading, month: int | None = None) -> _Period | None:
    """The period `reading` names in `year` (and `month`), or None if there is no such date."""
    if not 1 <= year <= 9999:
        return None
    month = reading.month if month is None else month
    try:
        if granularity in ("day", "time"):
            day = dt.date(year, month, reading.day)
            if granularity == "time":
                return _Period("time", year, 0, day, reading.hour, reading.minute)
            return _Period("day", year, 0, day)
    except (ValueError, TypeError):
        return None
    if granularity == "month":
        return _Period("month", year, month)
    if granularity == "quarter":
        return _Period("quarter", year, reading.quarter)
    if granularity == "half":
        return _Period("half", year, reading.half)
    return _Period("year", year)


def _shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


@dataclass
class _Place:
    """Where a reading sits: its block and sentence, and (asked only when needed)
    whether the sentence is about the future and whether the reading opens a clause."""

    start: int
    block: int
    sentence_start: int
    sentence_end: int
    layout: _Layout = field(repr=False)

    @property
    def future(self) -> bool:
        return self.layout.is_future(self.sentence_start, self.sentence_end)

    @property
    def opens_clause(self) -> bool:
        return _opens_clause(self.layout.text, self.start, self.layout.block_starts[self.block])


@dataclass
class _State:
    """What a reader remembers while going through an article."""

    publication: dt.date | None
    readings: list = field(repr=False)
    places: list = field(repr=False)
    last_month: tuple[int | None, int] | None = None  # (year if known, month) of the last mention with a month
    last_day: tuple[dt.date, int] | None = None  # (date, block) of the last resolved day
    last_year: int | None = None
    sentence_start: int = -1
    sentence_years: list = field(default_factory=list)  # (year, states a month) in this sentence so far
    _context_year: int | None = None
    _context_year_known: bool = False

    @property
    def context_year(self) -> int | None:
        """The latest explicit year of the article, for texts with no publication date."""
        if not self._context_year_known:
            self._context_year = _context_year(self.readings, self.places)
            self._context_year_known = True
        return self._context_year


@dataclass
class _Resolved:
    reading: _Reading
    place: _Place
    period: _Period | None
    end_period: _Period | None
    resolved_by: str


def _future_pattern() -> re.Pattern:
    """Future cues as an alternation of literals (so `re` skips ahead in C), each
    followed by its guards: 将 not as the object marker, English cues as whole words."""
    cues = []
    for cue in tables.FUTURE_CUES:
        false_friends = tables.FUTURE_CUE_FALSE_FRIENDS.get(cue)
        cues.append(re.escape(cue) + (f"(?!{tables.alternation(false_friends)})" if false_friends else ""))
    for cue in tables.ENGLISH_FUTURE_CUES:
        for spelling in (cue, cue[0].upper() + cue[1:]):
            written = re.escape(spelling)
            cues.append(f"{written}(?<![A-Za-z]{written})(?![A-Za-z])")
    return re.compile("|".join(cues))


_FUTURE = _future_pattern()


def _opens_clause(text: str, start: int, block_start: int) -> bool:
    """Whether a clause begins at `start` (after punctuation or a connective like 而, 并于)."""
    position = start
    while position > block_start and text[position - 1] in " \u3000\u00a0":
        position -= 1
    if position <= block_start or text[position - 1] in tables.CLAUSE_OPENERS:
        return True
    for connective in tables.CLAUSE_CONNECTIVES:
        if text.endswith(connective, block_start, position):
            before = position - len(connective)
            if before <= block_start or text[before - 1] in tables.CLAUSE_OPENERS:
                return True
    return False


def _resolve_all(text: str, readings: list[_Reading], layout: _Layout, context: ExtractionContext) -> list[_Resolved]:
    places = []
    for reading in readings:
        block = layout.block_of(reading.start)
        sentence_start, sentence_end = layout.sentence_of(block, reading.start, reading.end)
        places.append(_Place(reading.start, block, sentence_start, sentence_end, layout))

    state = _State(context.published, readings, places)
    resolved = []
    for reading, place in zip(readings, places):
        if place.sentence_start != state.sentence_start:
            state.sentence_start, state.sentence_years = place.sentence_start, []
        try:
            period, end_period, resolved_by = _resolve(reading, place, state)
        except (OverflowError, ValueError):  # date arithmetic past year 9999 or before year 1
            period, end_period, resolved_by = None, None, "unresolved"
        if any(p is not None and not 1 <= p.year <= 9999 for p in (period, end_period)):
            period, end_period, resolved_by = None, None, "unresolved"
        resolved.append(_Resolved(reading, place, period, end_period, resolved_by))
        _remember(reading, place, period, end_period, state)
    return resolved


def _context_year(readings: list[_Reading], places: list[_Place]) -> int | None:
    """The latest explicit year of the article, for texts with no publication date.

    Years in sentences about the future (targets for 2035) count only when there are no others.
    """
    stated, planned = [], []
    for reading, place in zip(readings, places):
        for part in (reading, reading.range_end):
            if part is not None and part.kind == "calendar" and part.year is not None:
                (planned if place.future else stated).append(part.year)
    years = stated or planned
    return max(years) if years else None


def _remember(reading: _Reading, place: _Place, period: _Period | None, end_period: _Period | None,
              state: _State) -> None:
    latest = end_period or period
    if reading.kind == "calendar":
        written = reading.range_end or reading
        if latest is not None and latest.month is not None:
            state.last_month = (latest.year, latest.month)
        elif written.month is not None:
            state.last_month = (None, written.month)
        for part in (reading, reading.range_end):
            if part is not None and part.year is not None:
                state.sentence_years.append((part.year, part.month is not None))
    if latest is not None:
        state.last_year = latest.year
        if latest.granularity in ("day", "time"):
            state.last_day = (latest.day, place.block)


def _resolve(reading: _Reading, place: _Place, state: _State) -> tuple[_Period | None, _Period | None, str]:
    """(period, end of a range, how it was resolved) for one reading."""
    if reading.kind == "calendar":
        period, resolved_by = _resolve_calendar(reading, place, state)
        if period is None:
            return None, None, "unresolved"
        if reading.range_end is None:
            return period, None, resolved_by
        end_period = _resolve_range_end(reading.range_end, period, place, state)
        if end_period is None:
            return None, None, "unresolved"  # a range that ends before it starts
        return period, end_period, resolved_by
    if reading.kind in ("day_word", "relative"):
        return _resolve_counted(reading, place, state)
    if reading.kind == "weekday":
        return _resolve_weekday(reading, place, state)
    if reading.kind == "week":
        return _resolve_week(reading, state)
    return _resolve_clock(reading, place, state)


def _resolve_calendar(reading: _Reading, place: _Place, state: _State) -> tuple[_Period | None, str]:
    granularity = reading.granularity
    publication = state.publication
    if reading.month_shift is not None:
        if publication is None:
            return None, "unresolved"
        year, month = _shift_month(publication.year, publication.month, reading.month_shift)
        return _period(granularity, year, reading, month), "relative-to-publication"
    if reading.same_month:
        if state.last_month is None or state.last_month[0] is None:
            return None, "unresolved"
        year, month = state.last_month
        return _period(granularity, year, reading, month), "relative-to-previous"
    if reading.year is not None:
        return _period(granularity, reading.year, reading), "absolute"
    if reading.year_shift is not None:
        if publication is not None:
            return _period(granularity, publication.year + reading.year_shift, reading), "year-from-publication"
        if reading.year_shift == 0 and state.context_year is not None:
            return _period(granularity, state.context_year, reading), "year-from-context"
        return None, "unresolved"
    if reading.same_year:
        if state.last_year is None:
            return None, "unresolved"
        return _period(granularity, state.last_year, reading), "relative-to-previous"
    if reading.direction:
        if publication is None:
            return None, "unresolved"
        return _nearest(reading, granularity, publication, reading.direction), "year-from-publication"
    if reading.month is None and reading.quarter is None and reading.half is None:
        return _resolve_day_alone(reading, granularity, place, state)
    sentence_year = _sentence_year(state)
    if sentence_year is not None:
        return _period(granularity, sentence_year, reading), "year-from-context"
    if publication is not None:
        direction = "on-or-after" if place.future else "on-or-before"
        return _nearest(reading, granularity, publication, direction), "year-from-publication"
    if state.context_year is not None:
        return _period(granularity, state.context_year, reading), "year-from-context"
    return None, "unresolved"


def _sentence_year(state: _State) -> int | None:
    """An explicit year earlier in the sentence: with a publication date, only one that
    came with a month (2020年12月1日发布，12月5日生效), since a bare year there is often
    about something else (2019年成立的公司，12月5日宣布)."""
    for year, with_month in reversed(state.sentence_years):
        if with_month or state.publication is None:
            return year
    return None


def _nearest(reading: _Reading, granularity: str, publication: dt.date, direction: str) -> _Period | None:
    """The year-less period nearest publication: on or before it, or on or after it for the
    future; strictly before or after for English "last March" / "next March".

    Years are tried outward from publication; eight back reaches a 2月29日.
    """
    this_month = publication.replace(day=1)
    backwards = direction in ("on-or-before", "last")
    years = range(publication.year + 1, publication.year - 9, -1) if backwards else \
        range(publication.year - 1, publication.year + 9)
    for year in years:
        period = _period(granularity, year, reading)
        if period is None:
            continue
        if direction == "on-or-before" and period.first_day <= publication:
            return period
        if direction == "last" and period.last_day < this_month:
            return period
        if direction == "next" and period.first_day > publication and period.first_day.replace(day=1) > this_month:
            return period
        if direction == "on-or-after" and period.last_day >= publication:
            return period
    return None


def _resolve_day_alone(reading: _Reading, granularity: str, place: _Place, state: _State) -> tuple[_Period | None, str]:
    """23日: the month and year of the previous mention that has a month; else the
    publication's month, or the one before it."""
    if state.last_month is not None:
        year, month = state.last_month
        if year is None:
            return None, "unresolved"
        return _period(granularity, year, reading, month), "relative-to-previous"
    publication = state.publication
    if publication is None:
        return None, "unresolved"
    candidates = []
    for shift in range(2, -4, -1):
        year, month = _shift_month(publication.year, publication.month, shift)
        period = _period(granularity, year, reading, month)
        if period is not None:
            candidates.append(period)
    if place.future:
        chosen = [p for p in candidates if p.first_day >= publication]
        return (chosen[-1] if chosen else None), "relative-to-publication"
    chosen = [p for p in candidates if p.first_day <= publication]
    return (chosen[0] if chosen else None), "relative-to-publication"


def _resolve_range_end(end: _Reading, start: _Period, place: _Place, state: _State) -> _Period | None:
    """The end of 12月9日至10日: fields it does not state come from the start; a range
    that writes its own month across New Year (12月30日至1月3日) ends in the next year."""
    may_cross_new_year = not end.states_year and (end.month is not None or end.quarter is not None
                                                  or end.half is not None)
    month = end.month if end.month is not None else start.month
    granularity = start.granularity if end.granularity == "day" and start.granularity == "time" else end.granularity
    if end.hour is None and granularity == "time":
        granularity = "day"
    if end.year is not None:
        year = end.year
    elif end.year_shift is not None and state.publication is not None:
        year = state.publication.year + end.year_shift
    else:
        year = start.year
    if granularity == "month" and end.month is None:
        return None
    end_period = _period(granularity, year, end, month)
    if end_period is None:
        return None
    start_key = start.sort_key if granularity == start.granularity else (start.first_day, 0, 0)
    if end_period.sort_key < start_key and may_cross_new_year:
        end_period = _period(granularity, year + 1, end, month)
    if end_period is None or end_period.sort_key < start_key:
        return None
    return end_period


def _anchor(anchors: tuple[str, ...], place: _Place, state: _State) -> tuple[dt.date | None, str]:
    """The date a counted expression counts from, trying the reading's anchors in order."""
    for anchor in anchors:
        if anchor == "publication" and state.publication is not None:
            return state.publication, "relative-to-publication"
        if anchor == "publication-if-future" and state.publication is not None and place.future:
            return state.publication, "relative-to-publication"
        if anchor.startswith("previous") and state.last_day is not None and state.last_day[1] >= place.block - 1:
            if anchor == "previous" or place.opens_clause:
                return state.last_day[0], "relative-to-previous"
    return None, "unresolved"


def _resolve_counted(reading: _Reading, place: _Place, state: _State) -> tuple[_Period | None, None, str]:
    """昨天, 次日, 三天后, two weeks ago: an offset from the anchor date."""
    base, resolved_by = _anchor(reading.anchors, place, state)
    if base is None:
        return None, None, "unresolved"
    if reading.offset_years:
        return _Period("year", base.year + reading.offset_years), None, resolved_by
    if reading.offset_months:
        year, month = _shift_month(base.year, base.month, reading.offset_months)
        return _Period("month", year, month), None, resolved_by
    day = base + dt.timedelta(days=reading.offset_days)
    if reading.hour is not None:
        return _Period("time", day.year, 0, day, reading.hour, reading.minute), None, resolved_by
    return _Period("day", day.year, 0, day), None, resolved_by


def _day_period(day: dt.date, reading: _Reading) -> _Period:
    if reading.hour is not None:
        return _Period("time", day.year, 0, day, reading.hour, reading.minute)
    return _Period("day", day.year, 0, day)


def _resolve_weekday(reading: _Reading, place: _Place, state: _State) -> tuple[_Period | None, None, str]:
    """周四 is the nearest Thursday on or before publication (after it, for the future);
    上周四 is Thursday of the week before; English "last Thursday" the one before today."""
    publication = state.publication
    if publication is None:
        return None, None, "unresolved"
    weekday, today = reading.weekday, publication.weekday()
    if reading.week_shift is not None:
        day = publication + dt.timedelta(days=weekday - today + 7 * reading.week_shift)
    elif reading.direction == "last":
        day = publication - dt.timedelta(days=(today - weekday) % 7 or 7)
    elif reading.direction == "next":
        day = publication + dt.timedelta(days=(weekday - today) % 7 or 7)
    elif place.future:
        day = publication + dt.timedelta(days=(weekday - today) % 7)
    else:
        day = publication - dt.timedelta(days=(today - weekday) % 7)
    return _day_period(day, reading), None, "relative-to-publication"


def _resolve_week(reading: _Reading, state: _State) -> tuple[_Period | None, _Period | None, str]:
    """上周: Monday to Sunday of the week before publication, as a range of days."""
    publication = state.publication
    if publication is None:
        return None, None, "unresolved"
    monday = publication - dt.timedelta(days=publication.weekday()) + dt.timedelta(weeks=reading.week_shift)
    first = monday + dt.timedelta(days=5 if reading.weekend else 0)
    last = monday + dt.timedelta(days=6)
    return _Period("day", first.year, 0, first), _Period("day", last.year, 0, last), "relative-to-publication"


def _resolve_clock(reading: _Reading, place: _Place, state: _State) -> tuple[_Period | None, None, str]:
    """上午9时 alone: the time on the day last mentioned in the same block."""
    if state.last_day is None or state.last_day[1] != place.block:
        return None, None, "unresolved"
    return _day_period(state.last_day[0], reading), None, "relative-to-previous"


# --- Pass 3: judge --------------------------------------------------------------------

_STATISTIC = re.compile(tables.alternation(tables.STATISTIC_CUES))
_EVENT_VERB = re.compile(tables.alternation(tables.EVENT_VERBS))
_EVENT_ON_A_DAY = re.compile(tables.alternation(tables.EVENT_VERBS + tables.MARKET_MOVES))
_PERIOD_GRANULARITIES = frozenset({"year", "half", "quarter", "month"})
_TITLE_BREAKERS = frozenset("，,。；;！？!?")
_TITLE_OPENING = re.compile("[" + re.escape("".join(tables.TITLE_BRACKETS) + "".join(tables.QUOTE_MARKS) + '"') + "]")


def _judge_all(text: str, resolved: list[_Resolved], layout: _Layout, context: ExtractionContext) -> tuple[Mention, ...]:
    statistic_of_sentence: dict[int, bool] = {}
    mentions = []
    for item in resolved:
        reading, place, period = item.reading, item.place, item.period
        granularity = period.granularity if period is not None else reading.granularity
        sentence_key = place.sentence_start
        if sentence_key not in statistic_of_sentence:
            statistic_of_sentence[sentence_key] = (
                _STATISTIC.search(text, place.sentence_start, place.sentence_end) is not None
            )
        is_event = _reports_event(text, item, granularity, statistic_of_sentence[sentence_key], layout)
        mentions.append(Mention(
            article=context.article,
            as_written=text[reading.start:reading.end],
            start=reading.start,
            end=reading.end,
            date=period.iso() if period is not None else None,
            end_date=item.end_period.iso() if item.end_period is not None else None,
            granularity=granularity,
            resolved_by=item.resolved_by,
            is_event=is_event,
            sentence=text[place.sentence_start:place.sentence_end],
            sentence_start=place.sentence_start,
            sentence_end=place.sentence_end,
        ))
    return _headings_repeat_dates(mentions, resolved, layout)


def _reports_event(text: str, item: _Resolved, granularity: str, statistic: bool, layout: _Layout) -> bool:
    """Whether something happened then, as opposed to a statistic's date or a title's."""
    reading, place = item.reading, item.place
    before = text[max(place.sentence_start, reading.start - 8):reading.start].rstrip()
    if before.endswith(tables.AS_OF_CUES):
        return False
    if granularity in _PERIOD_GRANULARITIES:
        after = text[reading.end:reading.end + 10].lstrip(" 的之\u3000")
        if after.startswith(tables.REPORTING_NOUNS):
            return False
    if statistic:
        # A period with a statistic is a reporting period unless its own clause says
        # what happened (founded in 2009, had 33%); a day needs an event anywhere in the
        # sentence, since Chinese sets the date before a comma (12月22日，美股暴跌4.21%).
        if granularity in _PERIOD_GRANULARITIES:
            happened = _EVENT_VERB.search(text, *_clause_of(text, reading, place))
        else:
            happened = _EVENT_ON_A_DAY.search(text, place.sentence_start, place.sentence_end)
        if happened is None:
            return False
    return not _inside_title(text, reading, place, layout)


def _clause_of(text: str, reading: _Reading, place: _Place) -> tuple[int, int]:
    """The clause holding a reading: between clause punctuation, within its sentence."""
    start = max(text.rfind(mark, place.sentence_start, reading.start) for mark in tables.CLAUSE_PUNCTUATION) + 1
    ends = [text.find(mark, reading.end, place.sentence_end) for mark in tables.CLAUSE_PUNCTUATION]
    end = min([found for found in ends if found != -1], default=place.sentence_end)
    return max(start, place.sentence_start), end


def _inside_title(text: str, reading: _Reading, place: _Place, layout: _Layout) -> bool:
    """Inside 《…》, or inside short quotes with no clause punctuation (a quoted title)."""
    if _TITLE_OPENING.search(text, place.sentence_start, reading.start) is None:
        return False
    before = text[place.sentence_start:reading.start]
    for opening, closing in tables.TITLE_BRACKETS.items():
        if before.count(opening) > before.count(closing):
            return True
    block_end = layout.block_ends[place.block]
    quotes = list(tables.QUOTE_MARKS.items())
    if before.count('"') % 2 == 1:
        quotes.append(('"', '"'))
    for opening, closing in quotes:
        if opening != '"' and before.count(opening) <= before.count(closing):
            continue
        opened = text.rfind(opening, place.sentence_start, reading.start)
        closed = text.find(closing, reading.end, block_end)
        if opened == -1 or closed == -1:
            continue
        quoted = text[opened + 1:closed]
        if len(quoted) <= tables.TITLE_MAX_CHARS and not _TITLE_BREAKERS.intersection(quoted):
            return True
    return False


def _headings_repeat_dates(mentions: list[Mention], resolved: list[_Resolved], layout: _Layout) -> tuple[Mention, ...]:
    """A heading that repeats a date the text reports is not a report of its own."""
    in_headings = [layout.is_heading(item.place.block) for item in resolved]
    if not any(in_headings):
        return tuple(mentions)
    body_dates = {m.date for m, heading in zip(mentions, in_headings) if not heading and m.date}
    return tuple(
        replace(m, is_event=False) if heading and m.is_event and m.date in body_dates else m
        for m, heading in zip(mentions, in_headings)
    )
