"""A resolved date at its granularity, and the calendar arithmetic of resolving one."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from ..model import Granularity
from .reading import Reading


@dataclass(slots=True)
class Period:
    """A resolved date at its granularity. Not frozen: resolving an article builds many (a year-less date
    tries year after year), and a frozen dataclass is several times slower to build; none is changed."""

    granularity: Granularity
    year: int
    part: int = 0  # the half, quarter or month
    day: dt.date | None = None
    hour: int = 0
    minute: int = 0

    def iso(self) -> str:
        if self.granularity == "day":  # the commonest first
            return self.first_day.isoformat()
        if self.granularity == "year":
            return f"{self.year:04d}"
        if self.granularity == "half":
            return f"{self.year:04d}-H{self.part}"
        if self.granularity == "quarter":
            return f"{self.year:04d}-Q{self.part}"
        if self.granularity == "month":
            return f"{self.year:04d}-{self.part:02d}"
        return f"{self.first_day.isoformat()}T{self.hour:02d}:{self.minute:02d}"  # a time: its day and hour

    @property
    def first_day(self) -> dt.date:
        if self.day is not None:
            return self.day
        if self.granularity == "year":
            return dt.date(self.year, 1, 1)
        return dt.date(self.year, _MONTHS_IN[self.granularity] * (self.part - 1) + 1, 1)

    @property
    def last_day(self) -> dt.date:
        if self.day is not None:
            return self.day
        month = 12 if self.granularity == "year" else _MONTHS_IN[self.granularity] * self.part
        return dt.date(self.year, month, calendar.monthrange(self.year, month)[1])

    @property
    def sort_key(self) -> tuple:
        return (self.first_day, self.hour, self.minute)

    @property
    def month(self) -> int | None:
        if self.day is not None:
            return self.day.month
        return self.part if self.granularity == "month" else None


#: How many months a part of a year (`Period.part`) of each granularity holds.
_MONTHS_IN = {"half": 6, "quarter": 3, "month": 1}


def period_of(granularity: Granularity, year: int, reading: Reading, month: int | None = None) -> Period | None:
    """The period `reading` names in `year` (and `month`), or None if there is no such date."""
    if not 1 <= year <= 9999:
        return None
    month = reading.month if month is None else month
    if granularity in ("day", "time"):
        if month is None or reading.day is None:
            return None
        try:
            day = dt.date(year, month, reading.day)
        except ValueError:  # 2月29日 in a year without one
            return None
        if granularity == "time":
            return Period("time", year, 0, day, reading.hour or 0, reading.minute or 0)
        return Period("day", year, 0, day)
    if granularity == "month":
        part = month
    elif granularity == "quarter":
        part = reading.quarter
    elif granularity == "half":
        part = reading.half
    else:
        part = 0
    if part is None:
        return None
    return Period(granularity, year, part)


def shift_month(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def quarter_of(day: dt.date) -> tuple[int, int]:
    return day.year, (day.month - 1) // 3 + 1


def shift_quarter(year: int, quarter: int, shift: int) -> tuple[int, int]:
    index = year * 4 + (quarter - 1) + shift
    return index // 4, index % 4 + 1


def day_period(day: dt.date, reading: Reading) -> Period:
    if reading.hour is not None:
        return Period("time", day.year, 0, day, reading.hour, reading.minute or 0)
    return Period("day", day.year, 0, day)
