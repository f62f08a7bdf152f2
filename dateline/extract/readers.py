"""Reading: what one match of a form states (year, month, day …, or "yesterday",
"three days later"), before anything is resolved. One reader per form of `forms.FORMS`."""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import Callable

from . import forms, tables
from .context import ExtractionContext


class NotADate(Exception):
    """Raised by a reader when a match is not a date after all (2月30日, 一日)."""


@dataclass
class Reading:
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
    range_end: Reading | None = None

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
        raise NotADate(written)
    return value


def _days_in_month(year: int | None, month: int) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]  # 2000: 2月29日 may exist


def _check_calendar(reading: Reading) -> Reading:
    """Raise NotADate unless the written fields can be a real date."""
    if reading.year is not None and not 1 <= reading.year <= 9999:
        raise NotADate(reading.year)
    if reading.month is not None and not 1 <= reading.month <= 12:
        raise NotADate(reading.month)
    if reading.quarter is not None and not 1 <= reading.quarter <= 4:
        raise NotADate(reading.quarter)
    if reading.day is not None:
        longest = _days_in_month(reading.year, reading.month) if reading.month is not None else 31
        if not 1 <= reading.day <= longest:
            raise NotADate(reading.day)
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
        raise NotADate(hour)
    return hour, minute


def _english_clock(groups: dict) -> tuple[int, int] | None:
    """(hour, minute) from "3 p.m.", "10:30am", "noon"; None when none is written."""
    if groups.get("clock_word"):
        return tables.ENGLISH_CLOCK_WORDS[groups["clock_word"]], 0
    if not groups.get("hour"):
        return None
    hour, minute = int(groups["hour"]), int(groups.get("minute") or 0)
    if not (1 <= hour <= 12 and 0 <= minute <= 59):
        raise NotADate(hour)
    afternoon = groups["meridiem"].lower().startswith("p")
    if afternoon and hour < 12:
        hour += 12
    elif not afternoon and hour == 12:
        hour = 0
    return hour, minute


def _with_clock(reading: Reading, clock: tuple[int, int] | None) -> Reading:
    if clock is not None:
        reading.hour, reading.minute = clock
    return reading


def _chinese_year_fields(groups: dict, reading: Reading) -> None:
    """Year, 民國 year, 今年/去年 … or 同年 before a month or period (2021年Q3: q_year)."""
    if groups.get("minguo_year"):
        reading.year = _required_number(groups["minguo_year"]) + tables.MINGUO_YEAR_OFFSET
    elif groups.get("year") or groups.get("q_year"):
        reading.year = _required_number(groups.get("year") or groups["q_year"])
    elif groups.get("year_word") or groups.get("q_year_word"):
        reading.year_shift = tables.YEAR_WORDS[groups.get("year_word") or groups["q_year_word"]]
    elif groups.get("same_year"):
        reading.same_year = True


def _range_to(reading: Reading, **end_fields) -> Reading:
    reading.range_end = _check_calendar(replace(reading, range_end=None, **end_fields))
    return reading


# --- Readers: one per form in forms.FORMS ------- ------------------------------------


def _read_numeric_ymd(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    month = groups["m1"] or groups["m2"] or groups["m3"]
    day = groups["d1"] or groups["d2"] or groups["d3"]
    reading = Reading(*match.span(), "calendar", year=_required_number(groups["year"]),
                       month=_required_number(month), day=_required_number(day))
    if groups.get("clock_hour"):
        hour, minute = int(groups["clock_hour"]), int(groups["clock_minute"])
        if not (0 <= hour <= 23 and 0 <= minute <= 59):
            raise NotADate(hour)
        reading.hour, reading.minute = hour, minute
    return _check_calendar(reading)


def _read_numeric_dmy(match: re.Match, context: ExtractionContext) -> Reading:
    first, second = _required_number(match["first"]), _required_number(match["second"])
    year = _required_number(match["year"])
    day_first = context.date_order.upper().startswith("D")
    orders = [(second, first), (first, second)] if day_first else [(first, second), (second, first)]
    for month, day in orders:  # the site's order, or the other when only that one is a date
        try:
            return _check_calendar(Reading(*match.span(), "calendar", year=year, month=month, day=day))
        except NotADate:
            continue
    raise NotADate(match.group())


def _read_zh_date(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar", month=_required_number(groups["month"]))
    _chinese_year_fields(groups, reading)
    if groups["day"]:
        reading.day = _required_number(groups["day"])
        _with_clock(reading, _chinese_clock(groups))
    _check_calendar(reading)
    if groups["month_from"]:
        if reading.day is not None:
            raise NotADate(match.group())
        end_month = reading.month
        reading.month = _required_number(groups["month_from"])
        _check_calendar(reading)
        _range_to(reading, month=end_month)
    if groups["day_to"]:
        _range_to(reading, day=_required_number(groups["day_to"]), hour=None, minute=None)
    return reading


def _read_zh_period(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar")
    _chinese_year_fields(groups, reading)
    written_quarter = groups["quarter"] or groups["quarter_bare"] or groups["quarter_q"]
    if written_quarter:
        if not reading.states_year and not match.group().endswith("度"):
            raise NotADate(match.group())  # 第四季 alone is as often a TV season
        reading.quarter = _required_number(written_quarter)
    elif groups["quarters_to"]:
        reading.quarter = 1
        _check_calendar(reading)
        return _range_to(reading, quarter=_required_number(groups["quarters_to"]))
    else:
        reading.half = 1 if groups["half"] == "上" else 2
    return _check_calendar(reading)


def _read_zh_year(match: re.Match, context: ExtractionContext) -> Reading:
    reading = _check_calendar(Reading(*match.span(), "calendar", year=_required_number(match["year"])))
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
            raise NotADate(amount)
        return {"offset_days": int(days)}
    months = amount * (12 if unit == "years" else size)
    if unit == "years" and amount == int(amount):
        return {"offset_years": int(amount)}
    if months == int(months):
        return {"offset_months": int(months)}
    return {"offset_days": round(months * 30)}


def _read_zh_relative(match: re.Match, context: ExtractionContext) -> Reading:
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
        raise NotADate(amount)
    offsets = _relative_offsets(amount, unit, size)
    direction = tables.RELATIVE_DIRECTIONS[groups["direction"]]
    sign = -1 if direction == "before" else 1
    offsets = {key: sign * value for key, value in offsets.items()}
    fallback = "publication" if direction == "before" else "publication-if-future"
    return Reading(*match.span(), "relative", anchors=("previous-at-clause-start", fallback), **offsets)


def _read_zh_weekday(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    weekday = tables.CHINESE_WEEKDAYS[groups["weekday"].translate(tables.FULLWIDTH)]
    shift = tables.PERIOD_SHIFTS[groups["shift"]] if groups["shift"] else None
    reading = Reading(*match.span(), "weekday", weekday=weekday, week_shift=shift)
    return _with_clock(reading, _chinese_clock(groups))


def _read_zh_week(match: re.Match, context: ExtractionContext) -> Reading:
    return Reading(*match.span(), "week", week_shift=tables.PERIOD_SHIFTS[match["shift"]],
                    weekend=bool(match["weekend"]))


def _read_zh_month_shift(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar")
    if groups["same_month"]:
        reading.same_month = True
    else:
        reading.month_shift = tables.PERIOD_SHIFTS[groups["shift"]]
    if groups["day"]:
        reading.day = _required_number(groups["day"])
        _with_clock(reading, _chinese_clock(groups))
    return _check_calendar(reading)


def _read_zh_year_word(match: re.Match, context: ExtractionContext) -> Reading:
    return Reading(*match.span(), "calendar", year_shift=tables.YEAR_WORDS[match["year_word"]])


def _read_zh_day_word(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    offset, anchors = tables.DAY_WORDS[groups["word"]]
    reading = Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors)
    return _with_clock(reading, _chinese_clock(groups))


def _read_zh_day(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    written_day = groups["day"].translate(tables.FULLWIDTH)
    if not written_day.isdigit():
        # 一日 is "one day"; 七日无理由退货 a duration: a day in Chinese numerals
        # stands alone only before a pause or a time of day.
        after = match.string[match.end():match.end() + 1]
        if written_day == "一" or (after and after not in tables.CHINESE_DAY_ALONE_BEFORE):
            raise NotADate(match.group())
    reading = Reading(*match.span(), "calendar", day=_required_number(groups["day"]))
    _with_clock(reading, _chinese_clock(groups))
    _check_calendar(reading)
    if groups["day_to"]:
        _range_to(reading, day=_required_number(groups["day_to"]), hour=None, minute=None)
    return reading


def _read_zh_numeric_md(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar", month=_required_number(groups["month"] or groups["dotted_month"]),
                       day=_required_number(groups["day"] or groups["dotted_day"]))
    _check_calendar(reading)
    return _with_clock(reading, _chinese_clock(groups))


def _read_zh_clock(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if groups.get("hour") and not _number(groups["hour"]) and groups["hour"] not in ("零", "〇"):
        raise NotADate(match.group())
    return _with_clock(Reading(*match.span(), "clock"), _chinese_clock(groups))


def _read_en_period(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar")
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


def _read_en_month_day(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar", month=_english_month(groups["month"]),
                       day=int(groups["day"]), year=int(groups["year"]) if groups["year"] else None)
    _with_clock(reading, _english_clock(groups))
    _check_calendar(reading)
    if groups["day_to"]:
        _range_to(reading, day=int(groups["day_to"]), hour=None, minute=None)
    return reading


_read_en_day_month = _read_en_month_day


def _read_en_month_year(match: re.Match, context: ExtractionContext) -> Reading:
    return _check_calendar(Reading(*match.span(), "calendar", month=_english_month(match["month"]),
                                    year=int(match["year"])))


def _read_en_month(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if not (groups["cue"] or groups["month_part"] or groups["shift"]):
        raise NotADate(match.group())  # "May" alone is a verb as often as a month
    reading = Reading(*_span(match), "calendar", month=_english_month(groups["month"]))
    shift = groups["shift"]
    if shift:
        if tables.ENGLISH_PERIOD_SHIFTS[shift] == 0:
            reading.year_shift = 0
        else:
            reading.direction = "last" if tables.ENGLISH_PERIOD_SHIFTS[shift] < 0 else "next"
    return reading


def _read_en_year(match: re.Match, context: ExtractionContext) -> Reading:
    return _check_calendar(Reading(*_span(match), "calendar", year=int(match["year"])))


def _read_en_weekday(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*_span(match), "weekday", weekday=tables.ENGLISH_WEEKDAYS[groups["weekday"]])
    shift = groups["shift"]
    if shift:
        value = tables.ENGLISH_PERIOD_SHIFTS[shift]
        if value == 0:
            reading.week_shift = 0
        else:
            reading.direction = "last" if value < 0 else "next"
    return _with_clock(reading, _english_clock(groups))


def _read_en_day_word(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    word = " ".join(groups["word"].lower().split())
    offset, anchors = tables.ENGLISH_DAY_WORDS[word]
    reading = Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors)
    return _with_clock(reading, _english_clock(groups))


def _read_en_relative(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    written = groups["amount"]
    amount = int(written) if written.isdigit() else tables.ENGLISH_NUMBERS[written.lower()]
    if amount <= 0:
        raise NotADate(written)
    unit, size = tables.ENGLISH_RELATIVE_UNITS[groups["unit"]]
    offsets = _relative_offsets(amount, unit, size)
    direction = tables.ENGLISH_RELATIVE_DIRECTIONS[groups["direction"]]
    sign = 1 if direction == "later" else -1
    offsets = {key: sign * value for key, value in offsets.items()}
    anchors = ("publication",) if direction == "ago" else ("previous",)
    return Reading(*match.span(), "relative", anchors=anchors, **offsets)


def _read_en_period_shift(match: re.Match, context: ExtractionContext) -> Reading:
    shift_word, unit = match["shift"], match["unit"]
    if (shift_word, unit) in tables.VAGUE_ENGLISH_SHIFTS:
        raise NotADate(match.group())
    shift = tables.ENGLISH_PERIOD_SHIFTS[shift_word]
    if unit == "week":
        return Reading(*match.span(), "week", week_shift=shift)
    if unit == "month":
        return Reading(*match.span(), "calendar", month_shift=shift)
    return Reading(*match.span(), "calendar", year_shift=shift)


READERS: dict[str, Callable[[re.Match, ExtractionContext], Reading]] = {
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
assert set(READERS) == {name for name, _ in forms.FORMS}, "every form needs a reader"
