"""Pass 2, resolve: say which date each reading means, in text order, like a careful reader."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Granularity, Resolution
from . import tables
from .context import ExtractionContext
from .festivals import festival_day
from .layout import Layout
from .nearest import FAR_DAYS, NEAR_DAYS, nearest, nearest_in_tense, prefers_future, year_of_weekday
from .period import Period, day_period, period_of, quarter_of, shift_month, shift_quarter
from .place import Place
from .readers import Reading
from .tense import FUTURE, PAST, PROSPECT


@dataclass(slots=True)
class State:
    """What a reader remembers while going through an article."""

    publication: dt.date | None
    readings: list = field(repr=False)
    places: list = field(repr=False)
    last_month: tuple[int | None, int] | None = None  # (year if known, month) of the last mention with a month
    last_day: tuple[dt.date, int] | None = None  # (date, block) of the last resolved day
    last_year: int | None = None
    last_quarter: tuple[int, int] | None = None  # (year, quarter) of the last mention of a quarter
    last_period: tuple[Period, int] | None = None  # (the last resolved date, at its granularity; its block)
    days_near_publication: int = 0  # days the text gave, within BACKGROUND_DAYS of publication
    days_far_from_publication: int = 0
    sentence_start: int = -1
    sentence_years: list = field(default_factory=list)  # (year, states a month) in this sentence so far
    incident_day: dt.date | None = None  # the day a story's 事发当天 was said to be
    ordinal_count: tuple[dt.date, dt.date] | None = None  # (the first day of 第二天 … 第三天, the day last counted)
    _context_year: int | None = None
    _context_year_known: bool = False

    @property
    def context_year(self) -> int | None:
        """The latest explicit year of the article, for texts with no publication date."""
        if not self._context_year_known:
            self._context_year = _context_year(self.readings, self.places)
            self._context_year_known = True
        return self._context_year


@dataclass(slots=True)
class Resolved:
    reading: Reading
    place: Place
    period: Period | None
    end_period: Period | None
    resolved_by: Resolution


def resolve_all(
    text: str, readings: list[Reading], layout: Layout, context: ExtractionContext, datelines: Sequence[Reading] = ()
) -> list[Resolved]:
    """Each reading resolved in text order. The story's dateline (one of the readings) is the day its
    `today` and `yesterday` count from: without a publication date, and when the story was filed a day or
    a few before it was published (`新华社北京十二月二十四日电 … 今天宣布`, online on the 25th)."""
    places = [_place(reading, layout) for reading in readings]
    state = State(context.published, readings, places)
    if datelines:
        period, _ = _resolve_calendar(datelines[0], _place(datelines[0], layout), state)
        filed = period.day if period is not None else None
        if filed is not None and (
            state.publication is None or 0 < (state.publication - filed).days <= DATELINE_DAYS_BEFORE_PUBLICATION
        ):
            state.publication = filed
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
        resolved.append(Resolved(reading, place, period, end_period, resolved_by))
        _remember(reading, place, period, end_period, state)
    return resolved


#: How many days before its publication a story may have been filed under its dateline.
DATELINE_DAYS_BEFORE_PUBLICATION = 3


def _place(reading: Reading, layout: Layout) -> Place:
    block = layout.block_of(reading.start)
    sentence_start, sentence_end = layout.sentence_of(block, reading.start, reading.end)
    return Place(reading.start, reading.end, block, sentence_start, sentence_end, layout)


def _context_year(readings: list[Reading], places: list[Place]) -> int | None:
    """The latest explicit year of the article, for texts with no publication date.

    Years in sentences about the future (targets for 2035) count only when there are no others; the year
    of a figure's `as of` date or of a title does not count.
    """
    stated: list[int] = []
    planned: list[int] = []
    for reading, place in zip(readings, places):
        if _aside(reading, place):
            continue
        for part in (reading, reading.range_end):
            if part is not None and part.kind == "calendar" and part.year is not None:
                (planned if place.future else stated).append(part.year)
    years = stated or planned
    return max(years) if years else None


def _aside(reading: Reading, place: Place) -> bool:
    """A year that is not the story's: the `as of` date of a figure (截至2022年底, as of Dec. 31, 2022), or a
    year inside a title (《2019年…规定》)."""
    text = place.layout.text
    before = text[max(place.sentence_start, reading.start - 8) : reading.start].rstrip()
    if before.endswith(tables.AS_OF_CUES):
        return True
    if _TITLE_OPENING.search(text, place.sentence_start, reading.start) is None:
        return False  # most sentences: no title before the date
    opened = text[place.sentence_start : reading.start]
    return any(opened.count(opening) > opened.count(closing) for opening, closing in tables.TITLE_BRACKETS.items())


_TITLE_OPENING = re.compile("[" + "".join(tables.TITLE_BRACKETS) + "]")


def _remember(reading: Reading, place: Place, period: Period | None, end_period: Period | None, state: State) -> None:
    latest = end_period or period
    if reading.names_incident and period is not None and period.day is not None:
        state.incident_day = period.day
    if reading.ordinal_day and period is not None and period.day is not None:  # 第二天: the count's first day
        state.ordinal_count = (period.day - dt.timedelta(days=reading.offset_days), period.day)
    if reading.kind == "calendar":
        aside = _aside(reading, place)  # 截至今年6月末 is a figure's date, not the month the story is in
        written = reading.range_end or reading
        if not aside and latest is not None and latest.month is not None:
            state.last_month = (latest.year, latest.month)
        elif not aside and written.month is not None:
            state.last_month = (None, written.month)
        for part in (reading, reading.range_end):
            if part is not None and part.year is not None and not aside:
                state.sentence_years.append((part.year, part.month is not None))
    elif end_period is None and period is not None and period.day is not None:
        state.last_month = (period.year, period.day.month)  # 昨天 … 6日, 两天后 … 9日: the month of that day
    if latest is not None:
        state.last_year = latest.year
        if latest.granularity in ("day", "time"):
            state.last_day = (latest.first_day, place.block)
            if state.publication is not None:
                if abs((latest.first_day - state.publication).days) < BACKGROUND_DAYS:
                    state.days_near_publication += 1
                else:
                    state.days_far_from_publication += 1
        if latest.granularity == "quarter" and reading.kind == "calendar":
            state.last_quarter = (latest.year, latest.part)  # `the year-ago quarter` is a comparison, not the topic
        state.last_period = (latest, place.block)


def _resolve(reading: Reading, place: Place, state: State) -> tuple[Period | None, Period | None, Resolution]:
    """(period, end of a range, how it was resolved) for one reading."""
    if reading.kind == "calendar" and (reading.range_end is None or reading.range_end.kind == "calendar"):
        period, resolved_by = _resolve_start_in_the_ends_year(reading) or _resolve_calendar(reading, place, state)
        if period is None:
            return None, None, "unresolved"
        if reading.range_end is None:
            return period, None, resolved_by
        end_period = _resolve_range_end(reading.range_end, period, place, state)
        if end_period is None:
            return None, None, "unresolved"  # a range that ends before it starts
        return period, end_period, resolved_by
    if reading.range_end is not None:
        return _resolve_range(reading, place, state)
    if reading.kind in ("day_word", "relative"):
        return _resolve_counted(reading, place, state)
    if reading.kind == "weekday":
        return _resolve_weekday(reading, place, state)
    if reading.kind == "festival":
        return _resolve_festival(reading, place, state)
    if reading.kind == "week":
        return _resolve_week(reading, place, state)
    if reading.kind == "anaphor":
        period, resolved_by = _resolve_anaphor(reading, state)
        return period, None, resolved_by if period is not None else "unresolved"
    return _resolve_clock(reading, place, state)


def _resolve_start_in_the_ends_year(reading: Reading) -> tuple[Period | None, Resolution] | None:
    """`from January to October 2023`, `March to May 2020`: a range that writes its year once, at its end,
    starts in that year, or in the one before when its start's month comes after its end's."""
    end = reading.range_end
    if end is None or end.year is None or reading.states_year or reading.month is None:
        return None
    year = end.year - 1 if end.month is not None and reading.month > end.month else end.year
    return period_of(reading.granularity, year, reading), "absolute"


def _resolve_range(reading: Reading, place: Place, state: State) -> tuple[Period | None, Period | None, Resolution]:
    """A range whose start is not a calendar date (上周三到这周二, 明天下午3点至8点): its start resolved as
    a reading of its own, its end too, or, for a clock time, on the start's day."""
    end = reading.range_end
    assert end is not None  # only ranges come here
    reading.range_end = None
    try:
        period, _, resolved_by = _resolve(reading, place, state)
        if period is None:
            return None, None, "unresolved"
        end_period: Period | None
        if end.kind == "clock":
            end_period = Period("time", period.year, 0, period.first_day, end.hour or 0, end.minute or 0)
        else:
            end_period, _, _ = _resolve(end, place, state)
    finally:
        reading.range_end = end
    if end_period is None or end_period.sort_key < period.sort_key:
        return None, None, "unresolved"
    return period, end_period, resolved_by


def _resolve_anaphor(reading: Reading, state: State) -> tuple[Period | None, Resolution]:
    """A period named by reference, as financial news writes them: `the quarter` and `the period` are the
    quarter last mentioned (else the last one that ended before publication), `the year-earlier quarter`
    the same quarter a year before, `the current quarter` the publication's, `that year` the year last
    mentioned, `the following month` the month after the one last mentioned."""
    unit, relation, publication = reading.anaphor_unit, reading.anaphor, state.publication
    resolved_by: Resolution
    if unit == "period":  # in the news that writes it, a reporting period is a quarter unless a year is meant
        unit = (
            "year"
            if state.last_quarter is None
            and state.last_period is not None
            and state.last_period[0].granularity == "year"
            and reading.year is None
            else "quarter"
        )
    if unit == "quarter":
        if relation == "current" and publication is not None:
            (year, quarter), resolved_by = quarter_of(publication), "relative-to-publication"
        elif relation == "latest" and publication is not None:  # the last one that ended before publication
            (year, quarter), resolved_by = shift_quarter(*quarter_of(publication), -1), "relative-to-publication"
        elif state.last_quarter is not None:
            (year, quarter), resolved_by = state.last_quarter, "relative-to-previous"
        elif publication is not None:
            (year, quarter), resolved_by = shift_quarter(*quarter_of(publication), -1), "relative-to-publication"
        else:
            return None, "unresolved"
        if reading.quarter is not None:
            quarter = reading.quarter
        if reading.year is not None:
            year = reading.year
        shift = {"year-before": -4, "previous": -1, "following": 1}.get(relation, 0)
        year, quarter = shift_quarter(year, quarter, shift)
        return Period("quarter", year, quarter), resolved_by
    if unit == "month":
        if state.last_month is None or state.last_month[0] is None:
            return None, "unresolved"
        last_year, last_month = state.last_month
        if last_year is None:
            return None, "unresolved"
        year, month = shift_month(last_year, last_month, {"previous": -1, "following": 1}.get(relation, 0))
        return Period("month", year, month), "relative-to-previous"
    if state.last_year is not None and relation != "current":
        year, resolved_by = state.last_year, "relative-to-previous"
    elif publication is not None:
        year, resolved_by = publication.year, "relative-to-publication"
    else:
        return None, "unresolved"
    return Period("year", year + {"year-before": -1, "previous": -1, "following": 1}.get(relation, 0)), resolved_by


def _resolve_calendar(reading: Reading, place: Place, state: State) -> tuple[Period | None, Resolution]:
    """A calendar reading: shifted from publication's month or quarter, in the month or year of the
    mention before it, with its own year or one counted from publication, or a year-less date."""
    granularity = reading.granularity
    if reading.current_or_previous and place.tense not in (FUTURE, PROSPECT):
        previous = _in_previous(granularity, state)
        if previous is not None:
            return previous
    shifted = _resolve_shifted(reading, granularity, state)
    if shifted is not None:
        return shifted
    if reading.year is not None:
        return period_of(granularity, reading.year, reading), "absolute"
    if reading.year_shift is not None:
        publication = state.publication
        if publication is not None:
            return period_of(granularity, publication.year + reading.year_shift, reading), "year-from-publication"
        if reading.year_shift == 0 and state.context_year is not None:
            return period_of(granularity, state.context_year, reading), "year-from-context"
        return None, "unresolved"
    if reading.same_year:
        if state.last_year is None:
            return None, "unresolved"
        return period_of(granularity, state.last_year + reading.same_year_shift, reading), "relative-to-previous"
    if reading.direction:
        if state.publication is None:
            return None, "unresolved"
        return nearest(reading, granularity, state.publication, reading.direction), "year-from-publication"
    if reading.month is None and reading.quarter is None and reading.half is None:
        return _resolve_day_alone(reading, granularity, place, state)
    return _resolve_year_less(reading, granularity, place, state)


def _in_previous(granularity: Granularity, state: State) -> tuple[Period | None, Resolution] | None:
    """The year or month of the mention before (`2019年3月，公司成立。年底，公司上市`): a narrative's 年底 is
    its year's; None when no mention before gave one (then it is publication's, as what is coming is)."""
    if granularity == "month" and state.last_month is not None:
        year, month = state.last_month
        if year is not None:
            return Period("month", year, month), "relative-to-previous"
    if granularity == "year" and state.last_year is not None:
        return Period("year", state.last_year), "relative-to-previous"
    return None


def _resolve_shifted(
    reading: Reading, granularity: Granularity, state: State
) -> tuple[Period | None, Resolution] | None:
    """上个月, 本季度 (shifted from publication's month or quarter), 当月 (the month of the mention before);
    None for a reading that is none of these."""
    publication = state.publication
    if reading.quarter_shift is not None:
        if publication is None:
            return None, "unresolved"
        year, quarter = shift_quarter(*quarter_of(publication), reading.quarter_shift)
        return Period("quarter", year, quarter), "relative-to-publication"
    if reading.month_shift is not None:
        if publication is None:
            return None, "unresolved"
        year, month = shift_month(publication.year, publication.month, reading.month_shift)
        return period_of(granularity, year, reading, month), "relative-to-publication"
    if reading.same_month:
        last_year, last_month = state.last_month or (None, 0)
        if last_year is None:
            return None, "unresolved"
        return period_of(granularity, last_year, reading, last_month), "relative-to-previous"
    return None


def _resolve_year_less(
    reading: Reading, granularity: Granularity, place: Place, state: State
) -> tuple[Period | None, Resolution]:
    """December 23, 12月23日: the year written earlier in the sentence, else the year that puts the
    date nearest publication on the side the clause's tense says; a weekday written beside the date
    (`Sunday, March 12`) picks, among the years near that one, the year in which they agree."""
    publication = state.publication
    sentence_year = _sentence_year(state)
    resolved_by: Resolution
    if (
        sentence_year is not None
        and publication is not None
        and place.tense in (FUTURE, PROSPECT)
        and sentence_year < publication.year
    ):
        sentence_year = None  # `invited in July 1997, will join on March 12`: the year of another act
    if sentence_year is not None:
        period, resolved_by = period_of(granularity, sentence_year, reading), "year-from-context"
    elif publication is not None:
        story_day = state.last_day[0] if state.last_day is not None and state.last_day[1] >= place.block - 1 else None
        period = nearest_in_tense(reading, granularity, publication, place, story_day)
        resolved_by = "year-from-publication"
    elif state.context_year is not None:
        period, resolved_by = period_of(granularity, state.context_year, reading), "year-from-context"
    else:
        return None, "unresolved"
    if (
        reading.weekday is not None
        and period is not None
        and period.day is not None
        and period.day.weekday() != reading.weekday
    ):
        period = year_of_weekday(reading, granularity, period.year) or period
    return period, resolved_by


def _sentence_year(state: State) -> int | None:
    """An explicit year earlier in the sentence: with a publication date, only one that
    came with a month (2020年12月1日发布，12月5日生效), since a bare year there is often
    about something else (2019年成立的公司，12月5日宣布)."""
    for year, with_month in reversed(state.sentence_years):
        if with_month or state.publication is None:
            return year
    return None


def _resolve_day_alone(
    reading: Reading, granularity: Granularity, place: Place, state: State
) -> tuple[Period | None, Resolution]:
    """23日: the month and year of the previous mention that has a month (a day 昨天 or 两天后 gave counts;
    a figure's `as of` date does not), unless a weekday beside the day disagrees; else the publication's
    month, or the one before it. A day glossing a word (昨天（6日）) is the one nearest the day the word says."""
    publication = state.publication
    if reading.glossed_days is not None and publication is not None:
        said = publication + dt.timedelta(days=reading.glossed_days)
        months = (shift_month(said.year, said.month, shift) for shift in (-1, 0, 1))
        near = [period for year, month in months if (period := period_of(granularity, year, reading, month))]
        return min(near, key=lambda p: abs((p.first_day - said).days), default=None), "relative-to-publication"
    if state.last_month is not None:
        year, month = state.last_month
        if year is None:
            return None, "unresolved"
        previous = _following_month_if_nearer(period_of(granularity, year, reading, month), reading, state)
        if previous is None or reading.weekday is None or previous.first_day.weekday() == reading.weekday:
            return previous, "relative-to-previous"
    if publication is None:
        return None, "unresolved"
    candidates = []
    for shift in range(2, -4, -1):
        year, month = shift_month(publication.year, publication.month, shift)
        period = period_of(granularity, year, reading, month)
        if period is not None:
            candidates.append(period)
    if reading.weekday is not None:  # 11日（周三）: the nearest month in which the 11th is a Wednesday
        agreeing = [p for p in candidates if p.first_day.weekday() == reading.weekday]
        if agreeing:
            return min(agreeing, key=lambda p: abs((p.first_day - publication).days)), "relative-to-publication"
    before = next((p for p in candidates if p.first_day <= publication), None)
    after = next((p for p in reversed(candidates) if p.first_day > publication), None)
    if before is None or after is None:
        return before or after, "relative-to-publication"
    days_before, days_after = (publication - before.first_day).days, (after.first_day - publication).days
    chosen = after if prefers_future(place, days_before, days_after, day=True) else before
    return chosen, "relative-to-publication"


def _following_month_if_nearer(period: Period | None, reading: Reading, state: State) -> Period | None:
    """`于10月27日逝世 … 2日上午，遗体火化`: a day alone well before the day just named in its month is in the
    month after, when that is nearer and not after publication (`9日的罢工是继5日…后` stays in the month)."""
    if period is None or state.last_day is None:
        return period
    named = state.last_day[0]
    if (named.year, named.month) != (period.year, period.first_day.month) or period.first_day >= named:
        return period
    year, month = shift_month(named.year, named.month, 1)
    following = period_of(period.granularity, year, reading, month)
    if following is None or (state.publication is not None and following.first_day > state.publication):
        return period
    return following if (following.first_day - named) < (named - period.first_day) else period


def _resolve_range_end(end: Reading, start: Period, place: Place, state: State) -> Period | None:
    """The end of 12月9日至10日: fields it does not state come from the start; a range
    that writes its own month across New Year (12月30日至1月3日) ends in the next year."""
    may_cross_new_year = not end.states_year and (
        end.month is not None or end.quarter is not None or end.half is not None
    )
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
    end_period = period_of(granularity, year, end, month)
    if end_period is None:
        return None
    start_key = start.sort_key if granularity == start.granularity else (start.first_day, 0, 0)
    if end_period.sort_key < start_key and may_cross_new_year:
        end_period = period_of(granularity, year + 1, end, month)
    if end_period is None or end_period.sort_key < start_key:
        return None
    return end_period


#: A date this many days or more from publication, in a text whose other dates are mostly nearer, is
#: background to the story the text tells: a word such as 当天 or `that day`, which may also count from
#: publication, does not count from it.
BACKGROUND_DAYS = 366


def _anchor(anchors: tuple[str, ...], place: Place, state: State) -> tuple[dt.date | None, Resolution]:
    """The date a counted expression counts from, trying the reading's anchors in order: the last date the
    text's story mentioned, or publication (`当天晚间` after a law's date of years before, in a story of
    this week, is the day of publication; in a story of 1989, it is the day of 1989 before it)."""
    if "publication" in anchors and state.last_day is not None and _background(state.last_day[0], state):
        anchors = ("publication",)
    for anchor in anchors:
        if anchor == "publication" and state.publication is not None:
            return state.publication, "relative-to-publication"
        if anchor == "publication-if-future" and state.publication is not None and place.tense in (FUTURE, PROSPECT):
            return state.publication, "relative-to-publication"
        if (
            anchor.startswith("previous")
            and state.last_day is not None
            and (state.last_day[1] >= place.block - 1 or anchor == "previous-anywhere")
            and (anchor != "previous-at-clause-start" or place.opens_clause)
        ):
            return state.last_day[0], "relative-to-previous"
    return None, "unresolved"


def _background(day: dt.date, state: State) -> bool:
    """Whether a day is far from publication while as many of the days the text gave so far are near it."""
    if state.publication is None or abs((day - state.publication).days) < BACKGROUND_DAYS:
        return False
    return 0 < state.days_far_from_publication <= state.days_near_publication


def _resolve_counted(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """昨天, 次日, 三天后, two weeks ago: an offset from the anchor date. A year or months before or after a
    quarter or month just mentioned are that period shifted (`third-quarter profit … a year earlier`), and
    years later than a year just mentioned are counted from it (`in 1984 … one year later`)."""
    if (reading.offset_years or reading.offset_months) and state.last_period is not None and not reading.to_the_day:
        period, block = state.last_period
        if (
            block >= place.block - 1
            and period.granularity in ("quarter", "month")
            and (reading.anchors[:1] == ("previous",) or abs(reading.offset_years * 12 + reading.offset_months) <= 12)
        ):  # `5 years ago` counts from today, whatever month was just named
            months = reading.offset_years * 12 + reading.offset_months
            if period.granularity == "month":
                return Period("month", *shift_month(period.year, period.part, months)), None, "relative-to-previous"
            if months % 3 == 0:
                quarter = shift_quarter(period.year, period.part, months // 3)
                return Period("quarter", *quarter), None, "relative-to-previous"
        if (
            block >= place.block - 1
            and period.granularity == "year"
            and reading.offset_years
            and not reading.offset_months
            and reading.anchors[:1] == ("previous",)
        ):
            return (
                Period("year", period.year + reading.offset_years),
                None,
                "relative-to-previous",
            )  # 1984 … a year later
    base: dt.date | None
    resolved_by: Resolution
    if reading.incident:  # 事发次日: from the incident's day, which the story gave (事发当天（9月28日）) or not
        base, resolved_by = state.incident_day, "relative-to-previous"
    elif (
        reading.ordinal_day
        and state.ordinal_count is not None
        and state.last_day is not None
        and state.last_day[0] == state.ordinal_count[1]
    ):  # 第二天出，第三天又出: the third day of the same count, not the third after the second
        base, resolved_by = state.ordinal_count[0], "relative-to-previous"
    else:
        base, resolved_by = _anchor(reading.anchors, place, state)
    if base is None:
        return None, None, "unresolved"
    if reading.to_the_day:
        year, month = shift_month(base.year, base.month, reading.offset_years * 12 + reading.offset_months)
        day = dt.date(year, month, min(base.day, calendar.monthrange(year, month)[1]))
        return day_period(day, reading), None, resolved_by
    if reading.offset_years:
        return Period("year", base.year + reading.offset_years), None, resolved_by
    if reading.offset_months:
        year, month = shift_month(base.year, base.month, reading.offset_months)
        return Period("month", year, month), None, resolved_by
    day = base + dt.timedelta(days=reading.offset_days)
    return day_period(day, reading), None, resolved_by


def _resolve_weekday(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """周四 is the Thursday before publication or after it, as the clause's tense says (the nearer one
    when it says nothing); 上周四 is Thursday of the week before; English "last Thursday" the one before today."""
    publication = state.publication
    if publication is None:
        return None, None, "unresolved"
    weekday, today = reading.weekday, publication.weekday()
    assert weekday is not None  # a weekday reading names its day
    if reading.week_shift is not None:
        day = publication + dt.timedelta(days=weekday - today + 7 * reading.week_shift)
    elif reading.direction == "last":
        day = publication - dt.timedelta(days=(today - weekday) % 7 or 7)
    elif reading.direction == "next":
        day = publication + dt.timedelta(days=(weekday - today) % 7 or 7)
    else:
        days_before, days_after = (today - weekday) % 7, (weekday - today) % 7 or 7
        if place.tense == FUTURE and days_before == 0:
            day = publication
        elif prefers_future(place, days_before, days_after, day=True):
            day = publication + dt.timedelta(days=days_after)
        else:
            day = publication - dt.timedelta(days=days_before)
    return day_period(day, reading), None, "relative-to-publication"


def _resolve_festival(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """春节, Thanksgiving: the festival's day in the year written (2021年春节, Christmas 2020), counted from
    publication (今年国庆节, last Christmas), else the one before or after publication as a year-less date
    is (see nearest_in_tense): a future around a festival a few weeks past does not send it to next year's."""
    publication = state.publication
    day: dt.date | None
    resolved_by: Resolution
    if reading.year is not None:
        day, resolved_by = festival_day(reading.festival, reading.year), "absolute"
    elif publication is None:
        if state.context_year is None or reading.year_shift not in (None, 0) or reading.direction:
            return None, None, "unresolved"
        day, resolved_by = festival_day(reading.festival, state.context_year), "year-from-context"
    elif reading.year_shift is not None:
        day = festival_day(reading.festival, publication.year + reading.year_shift)
        resolved_by = "year-from-publication"
    else:
        days = [festival_day(reading.festival, publication.year + shift) for shift in (-1, 0, 1)]
        before = max((d for d in days if d is not None and d <= publication), default=None)
        after = min((d for d in days if d is not None and d > publication), default=None)
        if reading.direction == "last" or (before is not None and (before == publication or after is None)):
            day = before
        elif reading.direction == "next" or before is None:
            day = after
        elif place.tense in (FUTURE, PROSPECT):
            # `将延续双11的做法`, said two weeks after it: the one just past, not the one most of a year away
            assert after is not None  # else the first branch took `before`
            just_past = (publication - before).days <= NEAR_DAYS and (after - publication).days >= FAR_DAYS
            day = before if just_past else after
        elif place.tense == PAST:
            day = before
        else:
            assert after is not None
            day = after if prefers_future(place, (publication - before).days, (after - publication).days) else before
        resolved_by = "relative-to-publication"
    if day is None:
        return None, None, "unresolved"
    if reading.festival_season:
        return Period("month", day.year, day.month), None, resolved_by
    return day_period(day, reading), None, resolved_by


def _resolve_week(reading: Reading, place: Place, state: State) -> tuple[Period | None, Period | None, Resolution]:
    """上周: Monday to Sunday of the week before publication, as a range of days; `over the weekend`, the
    weekend on or before publication, or the coming one in a clause about the future."""
    publication = state.publication
    if publication is None:
        return None, None, "unresolved"
    shift = reading.week_shift
    if shift is None and reading.weekend:
        saturday_or_sunday = publication.weekday() >= 5
        shift = 0 if saturday_or_sunday or place.tense in (FUTURE, PROSPECT) else -1
    monday = publication - dt.timedelta(days=publication.weekday()) + dt.timedelta(weeks=shift or 0)
    first = monday + dt.timedelta(days=5 if reading.weekend else 0)
    last = monday + dt.timedelta(days=6)
    return Period("day", first.year, 0, first), Period("day", last.year, 0, last), "relative-to-publication"


def _resolve_clock(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """上午9时, 10:35 a.m. alone: the time on the day last mentioned in the same block or the one before,
    else on the day of publication; in a text with no publication date, on the day the story last gave."""
    if state.last_day is not None and state.last_day[1] >= place.block - 1:
        return day_period(state.last_day[0], reading), None, "relative-to-previous"
    if state.publication is not None:
        return day_period(state.publication, reading), None, "relative-to-publication"
    if state.last_day is not None:
        return day_period(state.last_day[0], reading), None, "relative-to-previous"
    return None, None, "unresolved"
