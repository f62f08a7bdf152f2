"""Festivals and holidays a story dates things by (`春节`, `国庆节`, `Thanksgiving`): their day in a year.

The lunar festivals come from lunardate's Chinese calendar (1900 to 2099), Easter
from dateutil's computus; the rest are fixed days or the nth weekday of a month.
Which words name which festival is in tables.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from dateutil.easter import easter
from dateutil.relativedelta import MO, SU, TH, relativedelta


def _lunar(month: int, day: int, shift: int = 0) -> Callable[[int], dt.date]:
    def day_of(year: int) -> dt.date:
        from lunardate import LunarDate  # loads its tables on first use: only festival names need it

        return LunarDate(year, month, day).to_solar_date() + dt.timedelta(days=shift)

    return day_of


def _fixed(month: int, day: int) -> Callable[[int], dt.date]:
    return lambda year: dt.date(year, month, day)


def _weekday_of(month: int, weekday) -> Callable[[int], dt.date]:
    """The nth weekday of a month (`TH(4)`, the fourth Thursday), or the last (`MO(-1)`)."""
    first = 1 if weekday.n > 0 else 31
    return lambda year: dt.date(year, month, first) + relativedelta(weekday=weekday)


#: Each festival's day in a given year.
FESTIVALS: dict[str, Callable[[int], dt.date]] = {
    "spring-festival": _lunar(1, 1),
    "chinese-new-years-eve": _lunar(1, 1, shift=-1),
    "lantern-festival": _lunar(1, 15),
    "dragon-boat-festival": _lunar(5, 5),
    "mid-autumn-festival": _lunar(8, 15),
    "double-ninth-festival": _lunar(9, 9),
    "new-years-day": _fixed(1, 1),
    "valentines-day": _fixed(2, 14),
    "labour-day": _fixed(5, 1),
    "national-day": _fixed(10, 1),
    "christmas-eve": _fixed(12, 24),
    "christmas": _fixed(12, 25),
    "new-years-eve": _fixed(12, 31),
    "independence-day": _fixed(7, 4),
    "thanksgiving": _weekday_of(11, TH(4)),
    "black-friday": lambda year: _weekday_of(11, TH(4))(year) + dt.timedelta(days=1),
    "cyber-monday": lambda year: _weekday_of(11, TH(4))(year) + dt.timedelta(days=4),
    "labor-day": _weekday_of(9, MO(1)),
    "memorial-day": _weekday_of(5, MO(-1)),
    # the Tuesday after the first Monday of November
    "election-day": lambda year: _weekday_of(11, MO(1))(year) + dt.timedelta(days=1),
    "singles-day": _fixed(11, 11),
    "double-twelve": _fixed(12, 12),
    "halloween": _fixed(10, 31),
    "st-patricks-day": _fixed(3, 17),
    "boxing-day": _fixed(12, 26),
    "veterans-day": _fixed(11, 11),
    "juneteenth": _fixed(6, 19),
    "april-fools-day": _fixed(4, 1),
    "earth-day": _fixed(4, 22),
    "canada-day": _fixed(7, 1),
    "bastille-day": _fixed(7, 14),
    "australia-day": _fixed(1, 26),
    "bonfire-night": _fixed(11, 5),
    "mlk-day": _weekday_of(1, MO(3)),
    "presidents-day": _weekday_of(2, MO(3)),
    "columbus-day": _weekday_of(10, MO(2)),
    "fathers-day": _weekday_of(6, SU(3)),
    "womens-day": _fixed(3, 8),
    "childrens-day": _fixed(6, 1),
    "youth-day": _fixed(5, 4),
    "army-day": _fixed(8, 1),
    "arbor-day": _fixed(3, 12),
    "qixi": _lunar(7, 7),
    "laba": _lunar(12, 8),
    "mothers-day": _weekday_of(5, SU(2)),
    "easter": easter,
    "good-friday": lambda year: easter(year) - dt.timedelta(days=2),
}


def lunar_day_key(month: int, day: int) -> str:
    """The key `festival_day` knows a day of the Chinese calendar by (`正月初二`: lunar-1-2)."""
    return f"{LUNAR_PREFIX}{month}-{day}"


LUNAR_PREFIX = "lunar-"


def festival_day(festival: str, year: int) -> dt.date | None:
    """The festival's day in `year`, or a day of the Chinese calendar's year that starts in it (腊月 falls in the
    next: its lunar year is the one named), or None for a year its calendar does not reach or a day it lacks
    (`腊月三十` in a year whose last month has 29)."""
    try:
        if festival.startswith(LUNAR_PREFIX):
            month, day = festival.removeprefix(LUNAR_PREFIX).split("-")
            return _lunar(int(month), int(day))(year)
        return FESTIVALS[festival](year)
    except ValueError:  # lunardate's years are 1900 to 2099
        return None
