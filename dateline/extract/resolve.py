"""Pass 2, resolve: say which date each reading means, in text order, like a careful reader."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from ..model import Granularity, Resolution
from .context import ExtractionContext
from .layout import Layout
from .nearest import nearest, nearest_in_tense, prefers_future, year_of_weekday
from .period import Period, day_period, period_of, quarter_of, shift_month, shift_quarter
from .place import Place
from .readers import Reading
from .relative import (
    in_the_weeks_of_the_day_told,
    resolve_clock,
    resolve_counted,
    resolve_festival,
    resolve_week,
    resolve_weekday,
)
from .state import State, remember
from .tense import FUTURE, PAST, PROSPECT


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
    state = State(context.published, readings, places, context.updated)
    if datelines:
        period, _ = _resolve_calendar(datelines[0], _place(datelines[0], layout), state)
        filed = period.day if period is not None else None
        if filed is not None and (
            state.publication is None or 0 < (state.publication - filed).days <= DATELINE_DAYS_BEFORE_PUBLICATION
        ):
            state.publication = filed
    resolved: list[Resolved] = []
    for reading, place in zip(readings, places):
        if place.sentence_start != state.sentence_start:
            state.sentence_start, state.sentence_years, state.sentence_period = place.sentence_start, [], None
        try:
            period, end_period, resolved_by = _resolve(reading, place, state)
        except (OverflowError, ValueError):  # date arithmetic past year 9999 or before year 1
            period, end_period, resolved_by = None, None, "unresolved"
        if (
            resolved
            and (listed := _after_the_weekday_before(text, reading, resolved[-1], state.publication)) is not None
        ):
            period = listed
        if reading.day_shift and period is not None and period.day is not None and end_period is None:
            period = day_period(period.day + dt.timedelta(days=reading.day_shift), reading)
        if not (_within_the_calendar(period) and _within_the_calendar(end_period)):
            period, end_period, resolved_by = None, None, "unresolved"
        _today_as_glossed(reading, period, state, context.published)
        if period is None and reading.told_day_only:
            continue
        resolved.append(Resolved(reading, place, period, end_period, resolved_by))
        remember(reading, place, period, end_period, state)
    return resolved


def _today_as_glossed(reading: Reading, period: Period | None, state: State, published: dt.date | None) -> None:
    """`朝中社今天（16日）报道` after a dispatch of the 15th, published on the 16th: the writer's today is the
    page's again, which the `昨天` after it counts from (a notice's `今晚（7月20日）` quoted is the notice's)."""
    if (
        reading.glossed_days == 0
        and period is not None
        and period.day is not None
        and period.day == published
        and state.publication != published
    ):
        state.publication = period.day


def _after_the_weekday_before(
    text: str, reading: Reading, before: Resolved, publication: dt.date | None
) -> Period | None:
    """`playoff games Saturday and Monday`: weekdays listed after one still ahead are in the order they will fall,
    each after the one before it; the past is told in any order (`statements made Friday and Thursday`)."""
    first = before.reading
    if not (
        reading.kind == first.kind == "weekday"
        and reading.week_shift is None
        and not reading.direction
        and before.period is not None
        and before.period.day is not None
        and publication is not None
        and before.period.day > publication
        and _LISTED.fullmatch(text, first.end, reading.start)
    ):
        return None
    assert reading.weekday is not None  # a weekday reading names its day
    day = before.period.day
    return day_period(day + dt.timedelta(days=(reading.weekday - day.weekday()) % 7 or 7), reading)


#: Between two weekdays of a list: `Saturday and Monday`, `Friday, Monday`, `周六和周一`.
_LISTED = re.compile(r",?[ \u00a0]+(?:and|or|&)[ \u00a0]+|,[ \u00a0]*|[ \u00a0]*(?:和|与|與|及|、|或)[ \u00a0]*")


def _within_the_calendar(period: Period | None) -> bool:
    return period is None or 1 <= period.year <= 9999


#: How many days before its publication a story may have been filed under its dateline.
DATELINE_DAYS_BEFORE_PUBLICATION = 3


def _place(reading: Reading, layout: Layout) -> Place:
    block = layout.block_of(reading.start)
    sentence_start, sentence_end = layout.sentence_of(block, reading.start, reading.end)
    return Place(reading.start, reading.end, block, sentence_start, sentence_end, layout)


def _resolve(reading: Reading, place: Place, state: State) -> tuple[Period | None, Period | None, Resolution]:
    """(period, end of a range, how it was resolved) for one reading."""
    if reading.kind == "calendar" and (reading.range_end is None or reading.range_end.kind == "calendar"):
        period, resolved_by = (
            _resolve_start_in_the_ends_year(reading)
            or _resolve_by_its_end(reading, place, state)
            or _resolve_calendar(reading, place, state)
        )
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
        return resolve_counted(reading, place, state)
    if reading.kind == "weekday":
        return resolve_weekday(reading, place, state)
    if reading.kind == "festival":
        return resolve_festival(reading, place, state)
    if reading.kind == "week":
        return resolve_week(reading, place, state)
    if reading.kind == "anaphor":
        period, resolved_by = _resolve_anaphor(reading, state)
        return period, None, resolved_by if period is not None else "unresolved"
    return resolve_clock(reading, place, state)


def _resolve_start_in_the_ends_year(reading: Reading) -> tuple[Period | None, Resolution] | None:
    """`from January to October 2023`, `March to May 2020`: a range that writes its year once, at its end,
    starts in that year, or in the one before when its start's month comes after its end's."""
    end = reading.range_end
    if end is None or end.year is None or reading.states_year or reading.month is None:
        return None
    year = end.year - 1 if end.month is not None and reading.month > end.month else end.year
    return period_of(reading.granularity, year, reading), "absolute"


def _resolve_by_its_end(reading: Reading, place: Place, state: State) -> tuple[Period | None, Resolution] | None:
    """`1-10月`, `March to May`: a year-less range of months within a year is in the year its end is
    (written in November, January to October is this year's, though next January is nearer)."""
    end = reading.range_end
    if (
        end is None
        or end.kind != "calendar"
        or reading.month is None
        or end.month is None
        or reading.month > end.month
        or any(
            part.year is not None or part.year_shift is not None or part.month_shift is not None or part.direction
            for part in (reading, end)
        )
    ):
        return None
    end_period, resolved_by = _resolve_calendar(end, place, state)
    if end_period is None:
        return None
    return period_of(reading.granularity, end_period.year, reading), resolved_by


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
        elif end.kind == "weekday" and end.week_shift is None and not end.direction and period.day is not None:
            # `from Tuesday to Friday`, `周二至周五`: the first such weekday from the start on
            assert end.weekday is not None  # a weekday reading names its day
            day = period.day + dt.timedelta(days=(end.weekday - period.day.weekday()) % 7)
            end_period = day_period(day, end)
        else:
            end_period, _, _ = _resolve(end, place, state)
    finally:
        reading.range_end = end
    if end_period is not None and _ends_before_it_starts(period, end_period):
        end_period = _later_that_evening_or_the_next_day(period, end_period)
    if end_period is None or end_period.sort_key < period.sort_key:
        return None, None, "unresolved"
    return period, end_period, resolved_by


def _ends_before_it_starts(start: Period, end: Period) -> bool:
    return start.granularity == end.granularity == "time" and end.first_day == start.first_day and end.hour < start.hour


def _later_that_evening_or_the_next_day(start: Period, end: Period) -> Period:
    """A span's end earlier in the day than its start: in the same half of the day as the start where that puts it
    after the start (`晚上6時至10時`, 18:00 to 22:00), else the next day (`from 8 p.m. to 2 a.m.`)."""
    if end.hour < 12 and end.hour + 12 > start.hour:
        return Period("time", end.year, end.part, end.day, end.hour + 12, end.minute)
    day = end.first_day + dt.timedelta(days=1)
    return Period("time", day.year, day.month, day, end.hour, end.minute)


def _resolve_anaphor(reading: Reading, state: State) -> tuple[Period | None, Resolution]:
    """A period named by reference, as financial news writes them: `the quarter` and `the period` are the
    quarter last mentioned (else the last one that ended before publication), `the year-earlier quarter`
    the same quarter a year before, `the current quarter` the publication's, `that year` the year last
    mentioned, `the following month` the month after the one last mentioned."""
    unit, relation, publication = reading.anaphor_unit, reading.anaphor, state.publication
    resolved_by: Resolution
    if unit == "period":  # in the news that writes it, a reporting period is a quarter unless a year or a
        # month is meant (`sales for September … the same period a year ago`)
        last = state.last_period[0].granularity if state.last_period is not None else None
        unit = last if state.last_quarter is None and last in ("year", "month") and reading.year is None else "quarter"
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
        last_year, last_month, _ = state.last_month
        if last_year is None:
            return None, "unresolved"
        year, month = shift_month(
            last_year, last_month, {"year-before": -12, "previous": -1, "following": 1}.get(relation, 0)
        )
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
    before_the_sentences = _before_the_sentences_period(reading, place, state)
    if before_the_sentences is not None:
        return before_the_sentences, "relative-to-previous"
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


def _before_the_sentences_period(reading: Reading, place: Place, state: State) -> Period | None:
    """A report's 上年 and 上月 after the sentence named its year or month: the one before that (`2023年，
    …比上年增长5.4%` is 2022, `4月份进出口…扭转上月负增长局面` is March), not before publication's."""
    if (
        reading.year_shift == -1
        and state.sentence_years
        and place.layout.text[reading.start : reading.end] in _PREVIOUS_YEAR_WORDS
    ):
        return Period("year", state.sentence_years[-1][0] - 1)
    if (
        reading.month_shift == -1
        and state.sentence_period == "month"
        and state.last_month is not None
        and state.last_month[0] is not None
        and place.layout.text[reading.start : reading.end] in _PREVIOUS_MONTH_WORDS
    ):
        year, month = shift_month(state.last_month[0], state.last_month[1], -1)
        return Period("month", year, month)
    return None


#: A report's words for the year and the month before the one it is about (not 去年, counted from today).
_PREVIOUS_YEAR_WORDS = ("上年", "上年度")
_PREVIOUS_MONTH_WORDS = ("上月", "上個月", "上个月")


def _in_previous(granularity: Granularity, state: State) -> tuple[Period | None, Resolution] | None:
    """The year or month of the mention before (`2019年3月，公司成立。年底，公司上市`): a narrative's 年底 is
    its year's; None when no mention before gave one (then it is publication's, as what is coming is)."""
    if granularity == "month" and state.last_month is not None:
        year, month, _ = state.last_month
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
        last_year, last_month, _ = state.last_month or (None, 0, 0)
        if last_year is None:
            return None, "unresolved"
        return period_of(granularity, last_year, reading, last_month), "relative-to-previous"
    return None


#: Within this many days of publication, a year-less date keeps publication's year whatever its weekday says.
WEEKDAY_SLIP_DAYS = 2


def _resolve_year_less(
    reading: Reading, granularity: Granularity, place: Place, state: State
) -> tuple[Period | None, Resolution]:
    """December 23, 12月23日: the year written earlier in the sentence, else the year that puts the
    date nearest publication on the side the clause's tense says; a weekday written beside the date
    (`Sunday, March 12`) picks, among the years near that one, the year in which they agree, unless the
    date is a day or two from publication and the weekday a day off: then the weekday is the slip, of the
    writer or of a time zone (`星期二（12月10日）` written on Monday 10 December)."""
    publication = state.publication
    if reading.glossed_days is not None and publication is not None:
        # 今天（6月11日）: the day the word says, whatever year the sentence told of before it
        said = publication + dt.timedelta(days=reading.glossed_days)
        years = (said.year - 1, said.year, said.year + 1)
        return _nearest_to(said, (period_of(granularity, year, reading) for year in years)), "relative-to-publication"
    if state.last_year is not None and _OF_THAT_YEAR.match(place.layout.text, reading.end):
        # `In October of that year`: the year the story told last, which `that year` names next
        return period_of(granularity, state.last_year, reading), "relative-to-previous"
    sentence_year = _sentence_year(state)
    resolved_by: Resolution
    if (
        sentence_year is not None
        and publication is not None
        and place.tense in (FUTURE, PROSPECT)
        and sentence_year < publication.year
    ):
        sentence_year = None  # `invited in July 1997, will join on March 12`: the year of another act
    after_a_year_alone = state.story_month is not None and state.story_month[1] is None
    story_year = _story_year(reading, place, state) if sentence_year is None else None
    if sentence_year is not None:
        period, resolved_by = period_of(granularity, sentence_year, reading), "year-from-context"
    elif publication is not None:
        story_day = state.last_day[0] if state.last_day is not None and state.last_day[1] >= place.block - 1 else None
        period = nearest_in_tense(reading, granularity, publication, place, story_day)
        resolved_by = "year-from-publication"
        # the month a story told month by month goes on in says more than the day it told
        told = (
            None
            if story_year is not None
            else in_the_weeks_of_the_day_told(period, lambda year: period_of(granularity, year, reading), place, state)
        )
        if told is not None:
            period, resolved_by = told, "year-from-context"
        elif story_year is not None and (period is None or period.year != story_year):
            if after_a_year_alone and _in_the_days_around(period, publication):
                state.story_month = None  # `1999年，基金会成立。12月9日，…`, written on 22 December: news again
            else:
                period, resolved_by = period_of(granularity, story_year, reading), "year-from-context"
                state.sentence_years.append((story_year, True))  # `7月6日及7月8日`: the sentence's year
    elif story_year is not None and not after_a_year_alone:  # with no publication, the latest year says more
        period, resolved_by = period_of(granularity, story_year, reading), "year-from-context"
    elif state.context_year is not None:
        period, resolved_by = period_of(granularity, state.context_year, reading), "year-from-context"
    else:
        return None, "unresolved"
    if (
        reading.weekday is not None
        and period is not None
        and period.day is not None
        and period.day.weekday() != reading.weekday
        and not (
            resolved_by == "year-from-publication"
            and publication is not None
            and abs((period.day - publication).days) <= WEEKDAY_SLIP_DAYS
            and (reading.weekday - period.day.weekday()) % 7 in (1, 6)
        )
    ):
        period = year_of_weekday(reading, granularity, period.year) or period
    return period, resolved_by


#: After a year-less month, the year the story told last (`October of that year`, `May of the same year`, `In
#: March that year`, `on May 4 that same year`).
_OF_THAT_YEAR = re.compile(r"[ \u00a0]+(?:of[ \u00a0]+)?(?:that|the[ \u00a0]+same|that[ \u00a0]+same)[ \u00a0]+year\b")

#: A day this near publication, on either side, is the news itself, whatever year a story went back to.
NEWS_DAYS = 31


def _in_the_days_around(period: Period | None, publication: dt.date) -> bool:
    """Whether a day is within NEWS_DAYS of publication, on either side."""
    return period is not None and period.day is not None and abs((period.day - publication).days) <= NEWS_DAYS


#: A story told month by month goes on a month or two at a time.
STORY_MONTH_STEP = 2


def _story_year(reading: Reading, place: Place, state: State) -> int | None:
    """The year of a story told month by month: a year-less month that opens its sentence, after one with
    its year that opened a sentence of the same or the paragraph before, and at most STORY_MONTH_STEP
    months after it (`2010年4月，微软发布Kin手机。5月份，… 6月底，… 7月，Verizon将其下架。`, `In April 2010,
    … In May, …`) or any month after it in its own paragraph, or any month in the paragraph of a year alone
    that opened its sentence (`2003年发行专辑《陌生人》；7月举办演唱会`), unless its clause is about the
    future and that year is past. A month that goes on so is the one the next goes on from."""
    story = state.story_month
    if story is None or reading.month is None:
        return None
    year, month, block = story
    if month is None:  # after a year alone, any month of the same paragraph
        if block != place.block or not (place.frames_sentence or _still_in_the_year_ahead(reading, year, state)):
            return None
    elif not place.frames_sentence or block < place.block - 1 or reading.month < month:
        return None
    elif block != place.block and reading.month > month + STORY_MONTH_STEP:
        return None  # in the paragraph after, a month or two on; in its own, any month after it
    if place.tense in (FUTURE, PROSPECT) and state.publication is not None and year < state.publication.year:
        return None
    state.story_month = (year, reading.month, place.block)
    return year


def _still_in_the_year_ahead(reading: Reading, year: int, state: State) -> bool:
    """A month inside its sentence, not opening it, goes on in the year alone told before it when the story is
    still in that year (not after `在2019年已…`) and the month is still ahead this year (`2022年汛期，…。其中较大的一次
    发生在7月2日`, written in May): not `自7月进入汛期以来` written in August, this year's."""
    publication = state.publication
    return (
        state.last_year == year
        and publication is not None
        and reading.month is not None
        and (reading.month, reading.day or 1) > (publication.month, publication.day)
    )


def _sentence_year(state: State) -> int | None:
    """An explicit year earlier in the sentence: with a publication date, only one that
    came with a month (2020年12月1日发布，12月5日生效), since a bare year there is often
    about something else (2019年成立的公司，12月5日宣布)."""
    for year, with_month in reversed(state.sentence_years):
        if with_month or state.publication is None:
            return year
    return None


def _nearest_to(day: dt.date, periods: Iterable[Period | None]) -> Period | None:
    """Of the periods a glossed date may be (昨天（6日）, 今天（6月11日）), the one nearest the day its word says."""
    return min((p for p in periods if p is not None), key=lambda p: abs((p.first_day - day).days), default=None)


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
        near = (period_of(granularity, year, reading, month) for year, month in months)
        return _nearest_to(said, near), "relative-to-publication"
    recent = _in_the_days_before_publication(reading, granularity, place, state)
    if recent is not None:
        return recent, "relative-to-publication"
    if state.last_month is not None:
        year, month, _ = state.last_month
        if year is None:
            return None, "unresolved"
        previous = _following_month_if_nearer(period_of(granularity, year, reading, month), reading, state)
        if previous is not None and (reading.weekday is None or previous.first_day.weekday() == reading.weekday):
            return previous, "relative-to-previous"
        # (31日 after a month of 30 days, or a weekday beside it that disagrees: another month, nearest publication)
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
    if before is None or after is None or before.first_day == publication:
        return before or after, "relative-to-publication"  # 今(1日)天凌晨會發出, written on the 1st: today
    days_before, days_after = (publication - before.first_day).days, (after.first_day - publication).days
    # 28日 written on the 27th, past said nowhere: the next day (a notice; a story dated where it was still the
    # day before), not a month back, which news writes with its month
    tomorrow = days_after == 1 and place.tense != PAST
    chosen = after if tomorrow or prefers_future(place, days_before, days_after, day=True) else before
    return chosen, "relative-to-publication"


#: A day alone this many days or fewer before publication, in its month, is news of the days just past.
RECENT_DAYS = 7


def _in_the_days_before_publication(
    reading: Reading, granularity: Granularity, place: Place, state: State
) -> Period | None:
    """`3日，证监会已集中部署…`, written on 4 July, in a paragraph after one that told of May: news writes a day
    of the days just past without its month, so a day alone that opens a later paragraph than the last
    month named, and falls in the week before publication, is that day. So does one
    after a month named without a day (`今年5月进行民调，该机构10日公布结果`, written on 11 June)."""
    publication = state.publication
    if publication is None or state.last_month is None:
        return None
    if state.last_month[2] >= place.block and _a_day_named_in_the_last_month(state):
        return None
    if state.last_month[:2] == (publication.year, publication.month):
        return None
    # in publication's month, or the one before it (`29日`, written on 1 February, is 29 January)
    for year, month in ((publication.year, publication.month), shift_month(publication.year, publication.month, -1)):
        period = period_of(granularity, year, reading, month)
        if period is not None and 0 <= (publication - period.first_day).days <= RECENT_DAYS:
            return period
    return None


def _a_day_named_in_the_last_month(state: State) -> bool:
    if state.last_day is None or state.last_month is None:
        return False
    named = state.last_day[0]
    return (named.year, named.month) == state.last_month[:2]


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
