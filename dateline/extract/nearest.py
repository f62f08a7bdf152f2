"""The year of a year-less date (`December 23`, `12月23日`, `June`): the one nearest publication, on
the side the words around it say (see tense.py), as a careful reader takes it."""

from __future__ import annotations

import datetime as dt
import re

from ..model import Granularity
from . import tables
from .period import Period, period_of, shift_month
from .place import Place
from .readers import Reading
from .tense import FUTURE, PAST, PRESENT, PROSPECT

#: How much nearer publication a year-less date must be after it than before it to be read as coming,
#: when the clause says nothing of its tense: a report of the past is the default. In Chinese, which
#: marks what is coming (将, 将于), a day written alone (25日) or a weekday (周四) is read as coming only
#: when the clause says so.
FUTURE_NEARER_BY = {PRESENT: 1, "": 3}
CHINESE_FUTURE_NEARER_BY = 2


def prefers_future(place: Place, days_before: int, days_after: int, day: bool = False) -> bool:
    """Whether a date `days_after` publication is a better reading than one `days_before` it."""
    tense = place.tense
    if tense in (FUTURE, PROSPECT):
        return True
    if tense == PAST or (day and not place.layout.english):
        return False
    if not tense and not place.layout.english:
        # Chinese news writes the year of a date most of a year back (去年11月17日): one twice as near ahead
        # is the date (`11月17日及11月21日，旅客可从南沙出发`, written in August)
        return days_after * CHINESE_FUTURE_NEARER_BY < days_before
    return days_after * FUTURE_NEARER_BY[tense] < days_before


def nearest_in_tense(
    reading: Reading, granularity: Granularity, publication: dt.date, place: Place, story_day: dt.date | None = None
) -> Period | None:
    """The year-less period on or before publication, or the one after it when the tense says so, or when
    it is so much nearer that a reader would take it (`payable Jan. 2` in late October). A future said
    only around the date never sends it most of a year away when the other reading lies within a month
    of publication (`宣布计划融资 … 3月8日`, `announced a plan to raise … on March 8`). Where nothing
    says a tense, the one within a month of the day the story just named (`story_day`) goes on from it
    (`将于11月17日开港 … 11月17日开港`)."""
    if granularity in ("quarter", "half"):
        # the latest, as results report it (`expects to report third-quarter net income`), unless what is
        # coming happens in it (`will open in Q4`)
        latest = nearest(reading, granularity, publication, "on-or-before")
        if (
            place.tense in (FUTURE, PROSPECT)
            and latest is not None
            and latest.last_day < publication
            and _WHEN_A_THING_HAPPENS.search(place.layout.text, max(0, reading.start - 12), reading.start)
        ):
            return nearest(reading, granularity, publication, "after") or latest
        return latest
    before = nearest(reading, granularity, publication, "on-or-before")
    if before is not None and before.last_day >= publication:
        return before  # the period holds publication (`in December`, said in December): no tense can move it
    after = nearest(reading, granularity, publication, "after")
    if before is None or after is None:
        return before or after
    days_before = max(0, (publication - before.last_day).days)
    days_after = (after.first_day - publication).days
    if place.tense == FUTURE:
        # in Chinese, a day a few weeks back with the future said only after it is no day of next year's
        # (`日本在8月24日將核廢水排入海中`, written on 4 September: 將 marks the object there), unlike
        # `将于12月30日`, written on 5 January
        near_enough = (
            not place.layout.english
            and granularity in ("day", "time")
            and days_before <= NEAR_DAYS
            and days_after >= MOST_OF_A_YEAR_DAYS
            and _A_FUTURE_BEFORE.search(place.layout.text, max(0, reading.start - 4), reading.start) is None
        )
        return before if near_enough else after
    if place.tense == PROSPECT:
        near_enough = days_before <= NEAR_DAYS and days_after >= FAR_DAYS
        return before if near_enough or (days_before <= SEASON_DAYS and days_after >= MOST_OF_A_YEAR_DAYS) else after
    if place.tense == PAST:
        return before
    if not place.tense and story_day is not None and granularity in ("day", "time"):
        nearer = min((before, after), key=lambda period: abs((period.first_day - story_day).days))
        if abs((nearer.first_day - story_day).days) <= STORY_DAYS:
            return nearer
    return after if prefers_future(place, days_before, days_after) else before


#: Right before a Chinese date, a word that puts it ahead (`将于`, `计划`, `预计`).
_A_FUTURE_BEFORE = re.compile(tables.alternation(tables.FUTURE_CUES))
#: Before a quarter, what makes it the time something happens in (`in Q4`, `by the fourth quarter`, `将于第四季度`).
_WHEN_A_THING_HAPPENS = re.compile(r"(?:\b(?:[Ii]n|[Bb]y|[Dd]uring|[Uu]ntil|[Bb]efore)\s+(?:the\s+)?|于|於|在)$")

#: A tenseless year-less day within this many days of the day the story just named goes on from it.
STORY_DAYS = 31

#: Within this many days before publication, a date beats one at least FAR_DAYS after it that only the
#: words around it (not its own verb or cue) put in the future.
NEAR_DAYS, FAR_DAYS = 31, 180
#: … and within a season before it, one most of a year after it (`计划要求法官驳回…在3月份提起的诉讼`, said in May).
SEASON_DAYS, MOST_OF_A_YEAR_DAYS = 92, 270


def nearest(reading: Reading, granularity: Granularity, publication: dt.date, direction: str) -> Period | None:
    """The year-less period nearest publication: on or before it, or on or after it for the
    future; strictly before or after for English "last March" / "next March".

    Years are tried outward from publication; eight back reaches a 2月29日.
    """
    backwards = direction in ("on-or-before", "last")  # "after" and "next" go forwards
    years = (
        range(publication.year, publication.year - 9, -1)
        if backwards
        else range(publication.year, publication.year + 9)
    )
    for year in years:
        period = period_of(granularity, year, reading)
        if period is None:
            continue
        if direction == "on-or-before" and period.first_day <= publication:
            return period
        if (
            direction == "last"
            and period.last_day < publication.replace(day=1)
            and (period.year, period.last_day.month) != shift_month(publication.year, publication.month, -1)
        ):
            return period  # `last June`, said in November; `last February`, said in March, is a year back
        if (
            direction == "next"
            and period.first_day > publication
            and period.first_day.replace(day=1) > publication.replace(day=1)
        ):
            return period
        if direction == "on-or-after" and period.last_day >= publication:
            return period
        if direction == "after" and period.first_day > publication:
            return period
    return None


def year_of_weekday(reading: Reading, granularity: Granularity, around: int) -> Period | None:
    """The year nearest `around` (within six) in which the date falls on the weekday written beside it."""
    for offset in (1, -1, 2, -2, 3, -3, 4, -4, 5, -5, 6, -6):
        period = period_of(granularity, around + offset, reading)
        if period is not None and period.day is not None and period.day.weekday() == reading.weekday:
            return period
    return None
