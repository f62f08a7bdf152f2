"""A reading: what one match of a form states (year, month, day …, or "yesterday", "three days
later"), before anything is resolved, and the helpers every language's readers share."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, replace
from typing import cast

from ..model import Granularity
from . import tables


class NotADate(Exception):
    """Raised by a reader when a match is not a date after all (2月30日, 一日)."""


@dataclass(slots=True)
class Reading:
    """The fields one temporal expression states, before resolution.

    kind: "calendar" (year … minute, any of them possibly missing), "day_word"
    (a day counted from an anchor: 昨天, 次日), "relative" (an amount counted
    from an anchor: 三天后), "weekday", "week" (上周), "festival" (春节, Thanksgiving)
    or "clock" (上午9时).
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    year_shift: int | None = None  # 今年 0, 去年 -1 …: from the publication year
    same_year: bool = False  # 同年: the year of the previous mention
    same_year_shift: int = 0  # 次年: years after the previous mention's
    # English "last March" / "next March": "last" or "next"; a weekday glossing 昨日 (`昨日(周日)`): "on-or-before"
    direction: str = ""
    half: int | None = None
    quarter: int | None = None
    month: int | None = None
    month_shift: int | None = None  # 上个月 -1: from the publication month
    quarter_shift: int | None = None  # 上个季度 -1, this quarter 0: from the publication quarter
    same_month: bool = False  # 当月: the month of the previous mention
    current_or_previous: bool = False  # 年底, 月初 alone: the year (month) of the previous mention, or publication's
    incident: bool = False  # 事发当天, 案发次日: counted from the day of the incident, never from another
    ordinal_day: bool = False  # 第二天, 第三天: the days of one count share its first day
    names_incident: bool = False  # 事发当天（9月28日）: this date is the incident's
    glossed_days: int | None = None  # 昨天（6日）: the glossed word's days from publication, which the day is nearest
    day: int | None = None
    hour: int | None = None
    minute: int | None = None
    weekday: int | None = None
    week_shift: int | None = None  # 上周四 -1: from the publication week
    week_from_the_day_told: bool = False  # `the next week`: counted from the week of the day the story told last
    weekend: bool = False
    offset_days: int = 0
    offset_months: int = 0
    offset_years: int = 0
    #: `下午，` opening a sentence: a date only when the day the story just told, or publication before any date
    #: is told, gives it its day; else no mention at all
    told_day_only: bool = False
    to_the_day: bool = False  # 88年前的今天: the offset lands on the anchor's day, not on its year or month
    to_the_month: bool = False  # `Ten years ago this month`: on the anchor's month, not on its year
    to_the_week: bool = False  # `27 years ago this week`: the week of the anchor's day (to_the_day too)
    day_shift: int = 0  # `the day after Easter` 1, `3月5日前一天` -1: days from the day written
    anchors: tuple[str, ...] = ()
    range_end: Reading | None = None
    day_first: bool | None = None  # a numeric date (23/5/2022) read day first
    either_order: bool = False  # 4/7/2021: a numeric date that reads as a date in either order
    # kind "anaphor", a period named by reference (`the quarter`, `the year-ago period`, `that year`):
    festival: str = ""  # kind "festival": a key of festivals.FESTIVALS (春节, Thanksgiving)
    festival_season: bool = False  # `the Christmas season`: the festival's month rather than its day
    festival_eve: bool = False  # `圣诞节前夕`: the days before it, in the month of the day before
    anaphor: str = ""  # "same", "current", "latest", "year-before", "following", "previous"
    anaphor_unit: str = ""  # "year", "quarter", "month" or "period" (the unit of the period referred to)

    @property
    def on_the_anchors_day_or_month(self) -> bool:
        """Whether a count lands on its anchor's day or month (`88年前的今天`, `ten years ago this month`), not on a
        year or a month as coarse as the count."""
        return self.to_the_day or self.to_the_month

    @property
    def granularity(self) -> Granularity:
        """The granularity the written fields give (a day alone is a day)."""
        if self.kind == "calendar":
            if self.day is not None:
                return "time" if self.hour is not None else "day"
            if self.month is not None or self.month_shift is not None or self.same_month:
                return "month"
            if self.quarter is not None or self.quarter_shift is not None:
                return "quarter"
            if self.half is not None:
                return "half"
            return "year"
        if self.kind == "relative":
            if self.to_the_day:
                return "day"
            if self.to_the_month:
                return "month"
            if self.offset_years:
                return "year"
            if self.offset_months:
                return "month"
            return "day"
        if self.kind == "festival" and (self.festival_season or self.festival_eve):
            return "month"
        if self.kind == "anaphor":
            return cast(Granularity, "quarter" if self.anaphor_unit == "period" else self.anaphor_unit)
        if self.kind == "clock" or self.hour is not None:
            return "time"
        return "day"

    @property
    def states_year(self) -> bool:
        return (
            self.year is not None
            or self.year_shift is not None
            or self.same_year
            or bool(self.direction)
            or self.quarter_shift is not None
        )


def two_digit_year(written: int, published) -> int:
    """15年, '98, 九零年: the year of that century nearest publication (with none, the year 2000)."""
    around = published.year if published else 2000
    century = around // 100 * 100
    return min(
        (century - 100 + written, century + written, century + 100 + written),
        key=lambda year: (abs(year - around), year),
    )


#: The years of a decade's part: `the early 1980s` 1980-1983, `mid` 1984-1986, `late` 1987-1989.
DECADE_PARTS = {"": (0, 9), "early": (0, 3), "mid": (4, 6), "late": (7, 9)}
#: … and of a century written as its first years' (`the 1800s`, `the late 1800s`).
CENTURY_PARTS = {"": (0, 99), "early": (0, 30), "mid": (40, 60), "late": (70, 99)}


def decade_reading(start: int, end: int, first_year: int, part: str = "", century: bool = False) -> Reading:
    """A decade (`the 1960s`, `80年代`), or a part of it (`the late 1980s`, `八十年代末`), or a century (`the 1800s`):
    its years, a range."""
    first, last = (CENTURY_PARTS if century else DECADE_PARTS)[part]
    reading = check_calendar(Reading(start, end, "calendar", year=first_year + first))
    return range_to(reading, year=first_year + last)


def latest_decade(written: int, published) -> int:
    """`80年代`, `the '80s` alone: the latest such decade begun by publication (with none, the 1900s')."""
    if published is None:
        return 1900 + written
    century = published.year // 100 * 100
    return century + written if century + written <= published.year else century - 100 + written


def spoken_number(words: str) -> int:
    """`ninety-six` 96, `nineteen` 19, `oh five` 5, `hundred` 0: the numbers of a spoken year."""
    total = 0
    for word in words.lower().replace("-", " ").split():
        if word in ("oh", "and", "hundred"):
            continue
        value = (
            tables.ENGLISH_UNIT_WORDS.get(word)
            or tables.ENGLISH_TEEN_WORDS.get(word)
            or tables.ENGLISH_TENS_WORDS.get(word)
        )
        if value is None:
            raise NotADate(words)
        total += value
    return total


def spoken_year(groups: dict, prefix: str = "") -> int:
    """The year of a SPOKEN_YEAR match (its groups may carry a prefix: `d_century`)."""
    century = groups.get(prefix + "century")
    if century:
        return spoken_number(century) * 100 + spoken_number(groups[prefix + "decade"])
    after = groups.get(prefix + "after_2000")
    return 2000 + (spoken_number(after) if after else 0)


def number(written: str | None) -> int | None:
    """The value of a number in ASCII, full-width or Chinese digits; None if it is not one."""
    if not written:
        return None
    if written.isascii() and written.isdigit():
        return int(written)  # the commonest: nothing to translate
    ascii_digits = written.translate(tables.FULLWIDTH)
    if ascii_digits.isascii() and ascii_digits.isdigit():
        return int(ascii_digits)
    return chinese_number(written)


def chinese_number(written: str) -> int | None:
    """二〇二一 → 2021 (digit by digit), 二十三 → 23, 廿一 → 21; None for vague 一两."""
    digits = tables.CHINESE_DIGITS
    if all(char in digits for char in written):
        if len(written) in (1, 4) or (len(written) == 2 and not set(written) & set("两兩")):
            return int("".join(str(digits[char]) for char in written))  # 二〇二一, 九七 (a year), 零九 (a minute)
        return None
    for position, char in enumerate(written):
        tens = tables.CHINESE_TENS.get(char)
        if tens is None:
            continue
        before, after = written[:position], written[position + 1 :]
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


def required_number(written: str | None) -> int:
    value = number(written)
    if value is None:
        raise NotADate(written)
    return value


def days_in_month(year: int | None, month: int) -> int:
    """As `calendar.monthrange` gives it, without working out the month's first weekday too."""
    if month == 2:
        return 29 if year is None or calendar.isleap(year) else 28  # no year: 2月29日 may exist
    return _DAYS_IN_MONTH[month - 1]


#: The days of each month (February's in a leap year).
_DAYS_IN_MONTH = (31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


#: The latest year a story names as a date: forecasts reach 2100; `9020年了` is a joke or a typo.
LATEST_YEAR = 2200


def check_calendar(reading: Reading) -> Reading:
    """Raise NotADate unless the written fields can be a real date."""
    if reading.year is not None and not 1 <= reading.year <= LATEST_YEAR:
        raise NotADate(reading.year)
    if reading.month is not None and not 1 <= reading.month <= 12:
        raise NotADate(reading.month)
    if reading.quarter is not None and not 1 <= reading.quarter <= 4:
        raise NotADate(reading.quarter)
    if reading.day is not None:
        longest = days_in_month(reading.year, reading.month) if reading.month is not None else 31
        if not 1 <= reading.day <= longest:
            raise NotADate(reading.day)
    return reading


def span(match: re.Match) -> tuple[int, int]:
    """The part of a match reported as written: group `w` when the form has one."""
    if "w" in match.re.groupindex and match.group("w") is not None:
        return match.span("w")
    return match.span()


def hour_on_24_hour_clock(hour: int, part_of_day: str | None) -> int:
    rule = tables.PARTS_OF_DAY.get(part_of_day or "")
    if rule == "small-hours" and hour == 12:
        return 0
    if rule == "noon" and 1 <= hour <= 5:
        return hour + 12
    if rule == "afternoon" and hour < 12:
        return hour + 12
    if rule == "evening" and 5 <= hour < 12:
        return hour + 12
    if rule in ("evening", "midnight") and hour == 12:
        return MIDNIGHT_AFTER  # 夜里12点, 晚上12点, 今日午夜12時: the midnight that ends the day, not noon
    return hour


#: The hour a Chinese evening's 12点 is given on: the midnight that ends the day (with_clock makes it the next
#: day's 0点).
MIDNIGHT_AFTER = 24


def chinese_clock(groups: dict, part_of_day: str | None = None) -> tuple[int, int] | None:
    """(hour, minute) from a Chinese time of day (下午3点半, 14:30, 九点零九), None when none is written;
    `part_of_day` is the one a day word implies (今晚) when none is written."""
    if groups.get("clock_hour"):
        hour, minute = required_number(groups["clock_hour"]), required_number(groups["clock_minute"])
    elif groups.get("hour") or groups.get("hour_digits"):
        hour = required_number(groups.get("hour") or groups.get("hour_digits"))
        written_minute = groups.get("minute") or groups.get("bare_minute")
        minute = required_number(written_minute) if written_minute else (30 if groups.get("half_hour") else 0)
    else:
        return None
    hour = hour_on_24_hour_clock(hour, groups.get("part_of_day") or part_of_day)
    if not (0 <= hour <= MIDNIGHT_AFTER and 0 <= minute <= 59):
        raise NotADate(hour)
    return hour, minute


def english_clock(groups: dict) -> tuple[int, int] | None:
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


def with_clock(reading: Reading, clock: tuple[int, int] | None) -> Reading:
    if clock is not None:
        reading.hour, reading.minute = clock
        if reading.hour == MIDNIGHT_AFTER:  # `6月13日夜里12点`: 0点 on the 14th
            reading.hour, reading.day_shift = 0, reading.day_shift + 1
    return reading


def chinese_year_fields(groups: dict, reading: Reading, published=None) -> None:
    """Year, 民國 year (110年12月22日 without 民國), a two-digit year (15年3月), 今年/去年 … or 同年 before a
    month or period (2021年Q3: q_year)."""
    if groups.get("minguo_year") or groups.get("roc_year"):
        reading.year = required_number(groups.get("minguo_year") or groups["roc_year"]) + tables.MINGUO_YEAR_OFFSET
    elif groups.get("short_year"):
        reading.year = two_digit_year(required_number(groups["short_year"]), published)
    elif groups.get("year") or groups.get("q_year"):
        reading.year = required_number(groups.get("year") or groups["q_year"])
    elif groups.get("year_word") or groups.get("q_year_word"):
        reading.year_shift = tables.YEAR_WORDS[groups.get("year_word") or groups["q_year_word"]]
    elif groups.get("same_year"):
        reading.same_year, reading.same_year_shift = True, tables.SAME_YEAR_WORDS[groups["same_year"]]


def season_reading(
    start: int, end: int, season: str, year=None, year_shift=None, direction: str = "", published=None
) -> Reading:
    """A season as the range of its months: winter from December to the February after; `the winter of
    1994` ends in 1994; `last winter` (`direction`) the one before; `this winter` and 今年冬天 (`year_shift`
    0), said in January or February, the one going on, 去年冬天 the one that began last year."""
    first, last = tables.SEASON_MONTHS[season]
    crosses = last < first
    reading = Reading(start, end, "calendar", month=first)
    end_fields: dict = {"month": last}
    if year_shift == 0 and crosses and published is not None and published.month <= last:
        year_shift = -1
    if year is not None:
        reading.year = year - 1 if crosses else year
        end_fields["year"] = year
    elif year_shift is not None:
        reading.year_shift = year_shift
        end_fields["year_shift"] = year_shift + 1 if crosses else year_shift
    elif direction:
        reading.direction = direction
        end_fields["direction"] = ""
    return range_to(reading, **end_fields)


def range_to(reading: Reading, **end_fields) -> Reading:
    reading.range_end = check_calendar(replace(reading, range_end=None, **end_fields))
    return reading


def relative_offsets(amount: float, unit: str, size: int) -> dict:
    """Offset fields for `amount` units: 半个月 is 15 days, 半年 six months, 一年半 18 months."""
    if unit == "days":
        days = amount * size
        if days != int(days) or days == 0:
            raise NotADate(amount)
        return {"offset_days": int(days)}
    months = amount * (12 * size if unit == "years" else size)
    if unit == "years" and amount * size == int(amount * size):
        return {"offset_years": int(amount * size)}  # a decade is ten years
    if months == int(months):
        return {"offset_months": int(months)}
    return {"offset_days": round(months * 30)}
