"""Readers of the English forms (December 9, 2021; last Friday; two days ago): one per form."""
from __future__ import annotations

import re

from . import tables
from .context import ExtractionContext
from .reading import (
    NotADate,
    Reading,
    check_calendar,
    english_clock,
    range_to,
    relative_offsets,
    span,
    with_clock,
)


def read_en_period(match: re.Match, context: ExtractionContext) -> Reading:
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
    return check_calendar(reading)


def _english_month(name: str) -> int:
    return tables.ENGLISH_MONTHS[name.rstrip(".")]


def read_en_month_day(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar", month=_english_month(groups["month"]),
                       day=int(groups["day"]), year=int(groups["year"]) if groups["year"] else None)
    with_clock(reading, english_clock(groups))
    check_calendar(reading)
    if groups["day_to"]:
        range_to(reading, day=int(groups["day_to"]), hour=None, minute=None)
    return reading


read_en_day_month = read_en_month_day


def read_en_month_year(match: re.Match, context: ExtractionContext) -> Reading:
    return check_calendar(Reading(*match.span(), "calendar", month=_english_month(match["month"]),
                                    year=int(match["year"])))


def read_en_month(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if not (groups["cue"] or groups["month_part"] or groups["shift"]):
        raise NotADate(match.group())  # "May" alone is a verb as often as a month
    reading = Reading(*span(match), "calendar", month=_english_month(groups["month"]))
    shift = groups["shift"]
    if shift:
        if tables.ENGLISH_PERIOD_SHIFTS[shift] == 0:
            reading.year_shift = 0
        else:
            reading.direction = "last" if tables.ENGLISH_PERIOD_SHIFTS[shift] < 0 else "next"
    return reading


def read_en_year(match: re.Match, context: ExtractionContext) -> Reading:
    return check_calendar(Reading(*span(match), "calendar", year=int(match["year"])))


def read_en_weekday(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*span(match), "weekday", weekday=tables.ENGLISH_WEEKDAYS[groups["weekday"]])
    shift = groups["shift"]
    if shift:
        value = tables.ENGLISH_PERIOD_SHIFTS[shift]
        if value == 0:
            reading.week_shift = 0
        else:
            reading.direction = "last" if value < 0 else "next"
    return with_clock(reading, english_clock(groups))


def read_en_day_word(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    word = " ".join(groups["word"].lower().split())
    offset, anchors = tables.ENGLISH_DAY_WORDS[word]
    reading = Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors)
    return with_clock(reading, english_clock(groups))


def read_en_relative(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    written = groups["amount"]
    amount = int(written) if written.isdigit() else tables.ENGLISH_NUMBERS[written.lower()]
    if amount <= 0:
        raise NotADate(written)
    unit, size = tables.ENGLISH_RELATIVE_UNITS[groups["unit"]]
    offsets = relative_offsets(amount, unit, size)
    direction = tables.ENGLISH_RELATIVE_DIRECTIONS[groups["direction"]]
    sign = 1 if direction == "later" else -1
    offsets = {key: sign * value for key, value in offsets.items()}
    anchors = ("publication",) if direction == "ago" else ("previous",)
    return Reading(*match.span(), "relative", anchors=anchors, **offsets)


def read_en_period_shift(match: re.Match, context: ExtractionContext) -> Reading:
    shift_word, unit = match["shift"], match["unit"]
    if (shift_word, unit) in tables.VAGUE_ENGLISH_SHIFTS:
        raise NotADate(match.group())
    shift = tables.ENGLISH_PERIOD_SHIFTS[shift_word]
    if unit == "week":
        return Reading(*match.span(), "week", week_shift=shift)
    if unit == "month":
        return Reading(*match.span(), "calendar", month_shift=shift)
    return Reading(*match.span(), "calendar", year_shift=shift)
