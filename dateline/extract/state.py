"""What a careful reader remembers while going through an article: the month, day and year the story is
in, and what it counted from; the resolving passes read it, `remember` writes it."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from . import tables
from .layout import in_a_title
from .period import Period
from .place import Place
from .readers import Reading


@dataclass(slots=True)
class State:
    """What a reader remembers while going through an article."""

    publication: dt.date | None
    readings: list = field(repr=False)
    places: list = field(repr=False)
    updated: dt.date | None = None  # the day a later edition of the story was saved (see ExtractionContext)
    last_month: tuple[int | None, int, int] | None = (
        None  # (year if known, month, block) of the last mention with a month
    )
    last_day: tuple[dt.date, int] | None = None  # (date, block) of the last resolved day
    # the place of the last day, and whether it was a calendar date (`2008年10月3日上午，…` opening its sentence
    # is a day told)
    last_day_place: tuple[Place, bool] | None = None
    last_day_of_a_week: bool = False  # whether that day starts a week or a weekend (`this week`), not a named day
    last_year: int | None = None
    last_quarter: tuple[int, int] | None = None  # (year, quarter) of the last mention of a quarter
    last_period: tuple[Period, int] | None = None  # (the last resolved date, at its granularity; its block)
    days_near_publication: int = 0  # days the text gave, within BACKGROUND_DAYS of publication
    days_far_from_publication: int = 0
    sentence_start: int = -1
    # (year, states a month or frames the sentence: `In 2012, …`) in this sentence so far
    sentence_years: list = field(default_factory=list)
    sentence_period: str | None = None  # the granularity of the last date this sentence named
    # the first day of a week ahead the story named last (`下星期`, `next week`) and its block, until another date
    told_week: tuple[dt.date, int] | None = None
    last_end: int = -1  # where the last reading ends in the text
    # the day of the last reading, whatever it was, if it gave one (a figure's `截至今日（23日）` too)
    last_reading_day: dt.date | None = None
    # (year, month, block) of the last month with its year that opened its sentence (`2010年4月，…`, `In April
    # 2010, …`), or went on from one (`5月份，…`); the month is None after a year alone that did (`2003年，…`)
    story_month: tuple[int, int | None, int] | None = None
    # month -> (year, block) of the last mention of that month with its year (`In December 2017, …`)
    months_told: dict[int, tuple[int, int]] = field(default_factory=dict)
    incident_day: dt.date | None = None  # the day a story's 事发当天 was said to be
    ordinal_count: tuple[dt.date, dt.date] | None = None  # (the first day of 第二天 … 第三天, the day last counted)
    _context_year: int | None = None
    _context_year_known: bool = False

    @property
    def context_year(self) -> int | None:
        """The latest explicit year of the article, for texts with no publication date."""
        if not self._context_year_known:
            self._context_year = _latest_stated_year(self.readings, self.places)
            self._context_year_known = True
        return self._context_year


def _latest_stated_year(readings: list[Reading], places: list[Place]) -> int | None:
    """The latest explicit year of the article, for texts with no publication date.

    Years in sentences about the future (targets for 2035) count only when there are no others, and the
    year of a figure's `as of` date or of a title only when there are none of those either.
    """
    stated: list[int] = []
    planned: list[int] = []
    set_aside: list[int] = []
    for reading, place in zip(readings, places):
        years = set_aside if aside(reading, place) else planned if place.future else stated
        for part in (reading, reading.range_end):
            if part is not None and part.kind == "calendar" and part.year is not None:
                years.append(part.year)
    years = stated or planned or set_aside
    return max(years) if years else None


def aside(reading: Reading, place: Place) -> bool:
    """A year that is not the story's: the `as of` date of a figure (截至2022年底, as of Dec. 31, 2022), or a
    year inside a title (《2019年…规定》)."""
    text = place.layout.text
    return after_as_of(text, reading, place) or in_a_title(text, place.sentence_start, reading.start)


def after_as_of(text: str, reading: Reading, place: Place) -> bool:
    """Right after `as of` or `截至`, maybe past `the` and a part of the month (`As of the end of June, Netflix
    had …`, `As of end January 2015`), or between `至` and `止`: a figure's date."""
    if reading.start and text[reading.start - 1] in "至到" and text.startswith(_UP_TO_IT, reading.end):
        return True  # `至昨天止，僅九百餘人主動報到`, `到6月底为止，`: up to that day, a figure's
    window_start = max(place.sentence_start, reading.start - AS_OF_REACH)
    if _AN_AS_OF_CUE.search(text, window_start, reading.start) is None:
        return False  # most dates: no cue before them at all, so no need to strip what may stand between
    before = _A_GLOSSED_DAY_WORD.sub("", text[window_start : reading.start].rstrip())
    before = _A_PART_OF_THE_MONTH.sub("", before)
    if before.endswith(" the"):
        before = before[:-4]
    return before.endswith(tables.AS_OF_CUES)


#: After a Chinese date after `至` or `到`, what closes the span up to it, set before its clause (`至昨天止，`,
#: `到6月底为止，`); not `早鳥票開賣至12月31日止。`, a sale's end.
_UP_TO_IT = ("止，", "为止，", "為止，", "止,", "为止,", "為止,")
#: How many characters before a date its `as of` cue is looked for in (`As of the end of `).
AS_OF_REACH = 24
_AN_AS_OF_CUE = re.compile(tables.alternation(tables.AS_OF_CUES))
#: Between `截至` and a day or a time, the day word the day glosses, and the gloss (`截至今日（23日）早上7时30分`).
_A_GLOSSED_DAY_WORD = re.compile(
    r"(?:今日|今天|昨日|昨天|明日|明天)(?:[（(](?:(?:[0-9０-９]{1,2}[月/／])?[0-9０-９]{1,2}日?[）)])?)?$"
)
#: Between `as of` and a month, the part of it the month forms read (`the end of`, `early`), or `end` alone.
_A_PART_OF_THE_MONTH = re.compile(rf"\s+(?:{tables.alternation((*tables.ENGLISH_MONTH_PARTS, 'end'))})-?$")


def _remember_calendar(reading: Reading, place: Place, latest: Period | None, state: State) -> None:
    """The month and years a calendar date gives the dates after it."""
    # 截至今年6月末, 较6月, 2014年12月以来: a figure's date or a point of comparison, not the story's month
    figure = aside(reading, place) or _compared_or_since(reading, place)
    written = reading.range_end or reading
    if not figure and latest is not None and latest.month is not None:
        state.last_month = (latest.year, latest.month, place.block)
        year_written = reading.year is not None or reading.same_year  # `2015年3月7日`, `这年3月7日`
        if year_written:
            state.months_told[latest.month] = (latest.year, place.block)
        if year_written and reading.range_end is None and place.frames_sentence:
            state.story_month = (latest.year, latest.month, place.block)
    elif not figure and reading.year is not None and latest is not None and latest.granularity == "year":
        if reading.range_end is None and place.frames_sentence:
            state.story_month = (latest.year, None, place.block)  # `2003年发行…；7月…`: any month of it next
    elif not figure and written.month is not None:
        state.last_month = (None, written.month, place.block)
    frames = reading.granularity == "year" and reading.range_end is None and not figure and place.frames_sentence
    for part in (reading, reading.range_end):
        if part is not None and part.year is not None and not figure:
            state.sentence_years.append((part.year, part.month is not None or frames))
    if frames and reading.year is None and latest is not None:
        state.sentence_years.append((latest.year, True))  # `Last year, …`, `去年，…`: the sentence's year
    elif reading.same_year and latest is not None and latest.month is not None and not figure:
        state.sentence_years.append((latest.year, True))  # `當年9月…，並在10月…`: the months after it are in its year


def _years_ago_setting_the_dates_after(reading: Reading, place: Place, latest: Period) -> bool:
    """`Sixteen years ago, on the night of October 19th`, `Two years ago in March`: a count of years back that
    opens its sentence, or has the date right after it, is the year of the dates the sentence goes on with."""
    if latest.granularity != "year" or reading.kind != "relative":
        return False
    if not reading.offset_years or reading.offset_months or reading.offset_days:
        return False
    return place.frames_sentence or _A_DATE_RIGHT_AFTER.match(place.layout.text, reading.end) is not None


#: After `N years ago`, what sets a date right after it in that year (`… ago in March`, `… ago, on May 4`).
_A_DATE_RIGHT_AFTER = re.compile(r",?[ \u00a0]+(?:in|on)[ \u00a0]+(?:the[ \u00a0]+\w+[ \u00a0]+of[ \u00a0]+)?[A-Z]")


def _compared_or_since(reading: Reading, place: Place) -> bool:
    """`较6月减少`, `2014年12月以来`, `6月份的制造业活动`: a month that measures, not one the story goes on in."""
    if place.layout.english:
        return False
    text = place.layout.text
    return (
        text.endswith(tables.COMPARED_WITH_CUES, place.sentence_start, reading.start)
        or text.startswith(tables.SINCE_CUES_AFTER, reading.end)
        or (
            reading.day is None
            and text.endswith("月份", reading.start, reading.end)
            and text.startswith("的", reading.end)
        )
    )


#: A date this many days or more from publication, in a text whose other dates are mostly nearer, is
#: background to the story the text tells: a word such as 当天 or `that day`, which may also count from
#: publication, does not count from it.
BACKGROUND_DAYS = 366


def _a_comparison(reading: Reading) -> bool:
    """A period named to compare the story's with (`a year ago`, `the same period a year ago`): the period
    a next `a year earlier` counts from stays the story's."""
    if reading.anaphor == "year-before":
        return True
    return bool(reading.offset_years or reading.offset_months) and reading.anchors[:1] != ("previous",)


def _names_the_year_of_the_date_before(reading: Reading, place: Place, latest: Period | None, state: State) -> bool:
    """`In March that year`, `in May of the same year`: the year of the month just before, which stays the
    period the story is in (`A month later` counts from March)."""
    last = state.last_period
    return (
        latest is not None
        and latest.granularity == "year"
        and last is not None
        and last[0].granularity != "year"
        and last[0].year == latest.year
        and place.layout.text[state.last_end : reading.start].strip() in ("", "of")
    )


def remember(reading: Reading, place: Place, period: Period | None, end_period: Period | None, state: State) -> None:
    latest = end_period or period
    if period is not None and end_period is not None and period.granularity == end_period.granularity == "time":
        latest = period  # `from 8 p.m. to 2 a.m.`: the evening's day is the story's, not the morning after's
    naming_the_year_before = reading.kind == "anaphor" and _names_the_year_of_the_date_before(
        reading, place, latest, state
    )
    state.last_end = reading.end
    state.last_reading_day = latest.first_day if latest is not None and latest.day is not None else None
    if reading.names_incident and period is not None and period.day is not None:
        state.incident_day = period.day
    if reading.ordinal_day and period is not None and period.day is not None:  # 第二天: the count's first day
        state.ordinal_count = (period.day - dt.timedelta(days=reading.offset_days), period.day)
    if reading.kind == "calendar":
        _remember_calendar(reading, place, latest, state)
    elif latest is not None and _years_ago_setting_the_dates_after(reading, place, latest):
        state.sentence_years.append((latest.year, True))
    elif end_period is None and period is not None and period.day is not None:
        # 昨天 … 6日, 两天后 … 9日: the month of that day
        state.last_month = (period.year, period.day.month, place.block)
    publication = state.publication
    if (
        reading.kind == "week"
        and not reading.weekend  # `this weekend … on Friday evening`, said on a Friday: that day, not the next
        and period is not None
        and publication is not None
        and period.first_day > publication
    ):
        state.told_week = (period.first_day, place.block)  # a week ahead: its weekdays are ahead too
    elif reading.kind != "weekday":
        state.told_week = None  # another date: the story has moved on from the week
    if latest is not None:
        state.sentence_period = latest.granularity
        state.last_year = latest.year
        if (
            latest.granularity in ("day", "time")
            and (reading.kind != "week" or state.last_day is None)
            and not after_as_of(place.layout.text, reading, place)
        ):
            # a week is no day told: `earlier in the day` after `next week` is the day named before it; nor is a
            # figure's (`viewed 306,000 times as of Feb. 21. A day later, …` counts from the day before it)
            state.last_day = (latest.first_day, place.block)
            state.last_day_of_a_week = reading.kind == "week"
            state.last_day_place = (place, reading.kind == "calendar")

            if state.publication is not None:
                if abs((latest.first_day - state.publication).days) < BACKGROUND_DAYS:
                    state.days_near_publication += 1
                else:
                    state.days_far_from_publication += 1
        if latest.granularity == "quarter" and reading.kind == "calendar":
            state.last_quarter = (latest.year, latest.part)  # `the year-ago quarter` is a comparison, not the topic
        if not _a_comparison(reading) and not naming_the_year_before:
            state.last_period = (latest, place.block)
