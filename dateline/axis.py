"""The overview's time axis: which days get a tick and a label at a zoom, and where text has room.

Labels are measured (text_width) and placed on rows (TextRows) so that no
two texts of the overview touch: the axis takes the finest step (days, months,
years) whose labels fit side by side, and a label that would still touch
another (at the drawing's edge, or next to a break's) is left out.
"""

from __future__ import annotations

import calendar
import datetime as dt
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

#: Advance widths, in ems, of the characters labels are written in, as the wider sans-serif fonts (DejaVu Sans,
#: Noto Sans) draw them. Measuring a little wide only thins the labels a little more.
CHARACTER_WIDTHS = {"wide": 1.0, "digit": 0.65, "upper": 0.76, "lower": 0.62, "other": 0.42}


def text_width(text: str, font_size: float) -> float:
    """How wide text is drawn at font_size: wide (CJK) characters one em, others by CHARACTER_WIDTHS."""
    total = 0.0
    for character in text:
        if unicodedata.east_asian_width(character) in "WF":
            kind = "wide"
        elif character.isdigit():
            kind = "digit"
        elif character.isupper():
            kind = "upper"
        elif character.isalpha():
            kind = "lower"
        else:
            kind = "other"
        total += CHARACTER_WIDTHS[kind]
    return total * font_size


#: Space kept free between two labels on a row, in ems.
LABEL_PAD = 0.6


class TextRows:
    """The stretches of each row of text already taken, so that a text is placed only where it is free."""

    def __init__(self, width: float, pad: float):
        self.width, self.pad = width, pad
        self.taken: dict[object, list[tuple[float, float]]] = {}

    def middle(self, x: float, half: float) -> float:
        """Where a text centred on x is drawn: moved inwards as far as the drawing's edges need."""
        return min(max(x, half + 1), self.width - half - 1)

    def free(self, row: object, left: float, right: float) -> bool:
        return all(right + self.pad <= a or left - self.pad >= b for a, b in self.taken.get(row, ()))

    def take(self, row: object, left: float, right: float) -> None:
        self.taken.setdefault(row, []).append((left, right))


@dataclass(frozen=True)
class Tick:
    x: float
    date: dt.date
    unit: str  # "year", "month" or "day"
    label: str  # "" for a tick drawn without a label
    label_x: float  # the middle of the label: the tick, or nearer the middle where the edge would cut it
    period: str  # what a label names, as a page key: "2021", "2021-12"; "" for days


#: Axis steps from finest to coarsest; the axis takes the finest whose labels fit. Days are days of the month.
AXIS_STEPS: tuple[tuple[str, int], ...] = (
    ("day", 1),
    ("day", 2),
    ("day", 5),
    ("day", 10),
    ("day", 15),
    ("month", 1),
    ("month", 2),
    ("month", 3),
    ("month", 6),
    ("year", 1),
    ("year", 2),
    ("year", 5),
    ("year", 10),
    ("year", 20),
    ("year", 50),
    ("year", 100),
)
_UNIT_DAYS = {"day": 1, "month": 30.44, "year": 365.25}
#: Days of the month that ticks `("day", step)` fall on.
_DAY_STEPS = {1: range(1, 32), 2: range(1, 31, 2), 5: (1, 6, 11, 16, 21, 26), 10: (1, 11, 21), 15: (1, 16)}


def tick_days(start: dt.date, end: dt.date, unit: str, step: int) -> list[dt.date]:
    """The days from start to end (inclusive) that a tick of this step falls on."""
    if unit == "year":
        return [
            dt.date(year, 1, 1)
            for year in range(start.year, end.year + 1)
            if year % step == 0 and dt.date(year, 1, 1) >= start
        ]
    months = []
    year, month = start.year, start.month
    while (year, month) <= (end.year, end.month):
        if unit == "month":
            if (month - 1) % step == 0 and dt.date(year, month, 1) >= start:
                months.append(dt.date(year, month, 1))
        else:
            last = calendar.monthrange(year, month)[1]
            months.extend(
                dt.date(year, month, day)
                for day in _DAY_STEPS[step]
                if day <= last and start <= dt.date(year, month, day) <= end
            )
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def period_of(day: dt.date, unit: str) -> str:
    return str(day.year) if unit == "year" else f"{day.year:04d}-{day.month:02d}" if unit == "month" else ""


def axis_ticks(
    start: dt.date,
    end: dt.date,
    place: Callable[[dt.date], float],
    span: float,
    label: Callable[[dt.date, str, bool], str],
    font_size: float,
    rows: TextRows,
) -> tuple[Tick, ...]:
    """A segment's ticks, labelled at the finest step whose labels fit."""
    days_total = (end - start).days + 1
    chosen: list[tuple[dt.date, float, str, float]] = []  # (day, x, label, half width)
    unit = "year"
    for unit, step in AXIS_STEPS:
        expected = days_total / (_UNIT_DAYS[unit] * step)
        if expected > span / (1.6 * font_size):  # more labels than could fit, even short ones
            continue
        days = tick_days(start, end, unit, step)
        if not days:
            continue
        placed = []
        for number, day in enumerate(days):
            text = label(day, unit, number == 0)
            half = text_width(text, font_size) / 2
            placed.append((day, place(day), text, half))
        # Measured where the ticks are: a label the drawing's edge pushes onto its neighbour is left out below.
        if all(a[1] + a[3] + rows.pad <= b[1] - b[3] for a, b in zip(placed, placed[1:])):
            chosen = placed
            break
    if not chosen:  # not even one label per century fits: name where the segment starts
        text = label(start, "year", True)
        chosen = [(start, place(start), text, text_width(text, font_size) / 2)]
        unit = "year"
    labelled = {}
    for day, x, text, half in chosen:
        middle = rows.middle(x, half)
        if rows.free("axis", middle - half, middle + half):
            rows.take("axis", middle - half, middle + half)
            labelled[day] = (text, middle)
    per_unit = span * _UNIT_DAYS[unit] / days_total
    minor = tick_days(start, end, unit, 1) if per_unit >= 5 else [day for day, *_ in chosen]
    return tuple(
        Tick(
            round(place(day), 1),
            day,
            unit,
            labelled.get(day, ("", 0.0))[0],
            round(labelled.get(day, ("", 0.0))[1], 1),
            period_of(day, unit) if day in labelled else "",
        )
        for day in sorted(set(minor) | set(labelled))
    )


def default_label(day: dt.date, unit: str, first: bool) -> str:
    return str(day.year) if unit == "year" else day.isoformat()[: 7 if unit == "month" else 10]
