"""Pass 2, resolve, for the expressions counted from a date (昨天, 三天后, two weeks ago), weekdays, weeks,
festivals and clock times alone: from publication, or from the last date the story named."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable

from ..model import Resolution
from .festivals import festival_day
from .nearest import FAR_DAYS, NEAR_DAYS, prefers_future
from .period import Period, day_period, shift_month, shift_quarter
from .place import Place
from .readers import Reading
from .state import BACKGROUND_DAYS, State
from .tense import FUTURE, PAST, PROSPECT, first_verb_tense, is_past_verb


def _anchor(anchors: tuple[str, ...], place: Place, state: State) -> tuple[dt.date | None, Resolution]:
    """The date a counted expression counts from, trying the reading's anchors in order: the last date the
    text's story mentioned, or publication (`当天晚间` after a law's date of years before, in a story of
    this week, is the day of publication; in a story of 1989, it is the day of 1989 before it)."""
    if (
        "publication" in anchors
        and state.last_day is not None
        and _background(state.last_day[0], state)
        and not _the_day_just_told(place, state)
    ):
        anchors = ("publication",)
    for anchor in anchors:
        if anchor == "publication" and state.publication is not None:
            return state.publication, "relative-to-publication"
        if anchor == "publication-if-future" and state.publication is not None and place.tense in (FUTURE, PROSPECT):
            return state.publication, "relative-to-publication"
        if (
            anchor == "publication-before-any-date"
            and state.publication is not None
            and state.last_day is None
            and state.last_period is None
        ):
            return state.publication, "relative-to-publication"
        if (
            anchor.startswith("previous")
            and state.last_day is not None
            and (
                state.last_day[1] >= place.block - 1
                or anchor == "previous-anywhere"
                or _the_day_being_told(place, state)
            )
            and (
                anchor != "previous-at-clause-start"
                or place.opens_clause
                or _joined_to_the_last_date(place, state)
                or _after_a_time_word(place)
                or _told_whom_in_the_sentence_of_the_day(place, state)
            )
        ):
            return state.last_day[0], "relative-to-previous"
    return None, "unresolved"


#: A year-less date this many days or more before publication may be in the year of the day a story tells of,
#: at most TOLD_DAY_BLOCKS blocks back, when it falls within AROUND_THE_DAY_TOLD days of that day.
FAR_FROM_PUBLICATION_DAYS = 60
TOLD_DAY_BLOCKS = 8
AROUND_THE_DAY_TOLD = (-7, 62)


def in_the_weeks_of_the_day_told(
    period: Period | None, in_year: Callable[[int], Period | None], place: Place, state: State
) -> Period | None:
    """`… on December 16, 2010.` … `returned a week later to spend Christmas` … `She returned to the property
    on December 27`, written in April 2012: in the past tense or none, a year-less day (or festival) that the year
    nearest publication puts months back is in the weeks of the day the story tells of, a few paragraphs
    back, when one of its years puts it there (`in_year` gives it in a year); in the past, it is in the year a
    sentence of the story opened with, a year or more back (`In 2017, …` … `On December 12, …`, written in May
    2020). A day a few days after the one told, years back, is in its weeks however near publication the other
    reading is (`On February 26, 2017, …` … `Two days after …, on February 28`, written in May 2020)."""
    publication = state.publication
    if publication is None or period is None or period.day is None:
        return None
    far = (publication - period.day).days >= FAR_FROM_PUBLICATION_DAYS
    told = state.last_day
    if (
        told is not None
        and (far or (publication - told[0]).days >= YEARS_BACK_DAYS)
        # in the past, or with no tense (`returned … to spend Christmas`); the tense is looked at last (it costs)
        and _the_day_being_told(place, state, TOLD_DAY_BLOCKS, (PAST, ""))
    ):
        low, high = AROUND_THE_DAY_TOLD if far else DAYS_AFTER_THE_DAY_TOLD
        for year in (told[0].year, told[0].year + 1):
            candidate = in_year(year)
            if (
                candidate is not None
                and candidate.day is not None
                and candidate.day != period.day
                and candidate.day < publication
                and low <= (candidate.day - told[0]).days <= high
            ):
                return candidate
    story = state.story_month  # the year (and month) a sentence opened with last: the time the story is in
    if (
        far
        and story is not None
        and story[2] >= place.block - TOLD_DAY_BLOCKS
        and publication.year - story[0] >= 1
        and place.tense == PAST
    ):
        candidate = in_year(story[0])
        if (
            candidate is not None
            and candidate.day is not None
            and (story[1] is None or candidate.day.month >= story[1])
            and (publication - candidate.day).days >= YEARS_BACK_DAYS
        ):
            return candidate
    month_told = state.months_told.get(period.day.month)  # `In December 2017, …` … `On December 12, …`
    if (
        far
        and month_told is not None
        and month_told[1] >= place.block - MONTH_TOLD_BLOCKS
        and publication.year - month_told[0] >= 1
        and state.last_year == month_told[0]  # the story is still in that year
        and place.tense in (PAST, "")
    ):
        candidate = in_year(month_told[0])
        if (
            candidate is not None
            and candidate.day is not None
            and (publication - candidate.day).days >= YEARS_BACK_DAYS
        ):
            return candidate
    return None


#: A year-less day in a month the story told with its year at most this many blocks back is in that month, when
#: the story's last date is still in its year.
MONTH_TOLD_BLOCKS = 16
#: A year-less day this many days or fewer after the day a story told years back is in its weeks, …
DAYS_AFTER_THE_DAY_TOLD = (0, 7)
#: … when that day is at least this far back; so is the year or month a story told.
YEARS_BACK_DAYS = 365


def _festival_period(festival: str, year: int, reading: Reading) -> Period | None:
    day = festival_day(festival, year)
    return None if day is None else day_period(day, reading)


def _the_day_being_told(
    place: Place, state: State, blocks: int | None = None, tenses: tuple[str, ...] = (PAST,)
) -> bool:
    """Whether the last day named, a few blocks back (NARRATED_DAY_BLOCKS, or `blocks`), is still the day
    the story tells of: in the past tense (or `tenses`), a day named (not the start of `this week`), and not
    publication's day (`On the afternoon of June 23, …` … `The next morning, Ailes held …`)."""
    return (
        state.last_day is not None
        and not state.last_day_of_a_week
        and state.last_day[1] >= place.block - (NARRATED_DAY_BLOCKS if blocks is None else blocks)
        and state.last_day[0] != state.publication
        and place.tense in tenses
    )


def _joined_to_the_last_date(place: Place, state: State) -> bool:
    """`当天及次日`, `5月19日和次日`: a word joined to the date before it counts from that date."""
    return _JOINED.fullmatch(place.layout.text, state.last_end, place.start) is not None


_JOINED = re.compile(r"\s*(?:及|和|与|與|或|以及|、|至|到)\s*")


def _told_whom_in_the_sentence_of_the_day(place: Place, state: State) -> bool:
    """`6月13号下午，我接到电话，通知我第二天8点到居委会`: a count after whom it was told to, or after a verb of
    telling or asking, in the sentence of the day told, goes on from that day (not `上报次日`, after an undated act,
    nor `成员们第二天`, after who acts)."""
    told = state.last_day_place
    return (
        told is not None
        and told[0].sentence_start == place.sentence_start
        and place.layout.text.endswith(_TOLD_WHOM_BEFORE, max(0, place.start - 2), place.start)
    )


#: Right before a count, whom it was told to or the verb of telling (`通知我第二天`, `约定次日`, `要求他们第三天`).
_TOLD_WHOM_BEFORE = (
    "我", "他", "她", "我们", "我們", "他们", "他們", "她们", "她們",
    "通知", "告知", "告诉", "告訴", "约定", "約定", "要求",
)  # fmt: skip


def _after_a_time_word(place: Place) -> bool:
    """`仍於一周後傷重不治`, `于三天后返回`: 于 marks the time of the story's act, counted from its last day; so
    do `最快` (`昨天公佈推行檢測，最快兩周後展開`: at the earliest two weeks after the day told) and an announcing
    verb right before the count (`昨公布兩星期後會展開`)."""
    text, start = place.layout.text, place.start
    return text[max(0, start - 1) : start] in ("于", "於") or text.endswith(
        _COUNTED_FROM_THE_DAY_TOLD_AFTER, max(0, start - 2), start
    )


#: Right before a count, words after which it goes on from the day told: `最快兩周後`, `昨公布兩星期後會展開`, or the
#: act that day was set for (`原计划于12日举行，…会谈于召开前一日被迫取消`).
_COUNTED_FROM_THE_DAY_TOLD_AFTER = (
    "最快", "最早", "公布", "公佈", "宣布", "宣佈", "召开", "召開", "举行", "舉行", "开幕", "開幕",
)  # fmt: skip


def _the_day_just_told(place: Place, state: State) -> bool:
    """Whether the last day was named in this sentence, or opened a sentence of this paragraph or the one
    before (`2008年10月3日上午，…发生了争执。` `当晚，…`): the day a word such as 当天 refers to, however far back
    in time the story goes."""
    if state.last_day_place is None or state.last_day is None:
        return False
    told, calendar = state.last_day_place
    return told.sentence_start == place.sentence_start or (
        calendar and state.last_day[1] >= place.block - 1 and told.frames_sentence
    )


def _background(day: dt.date, state: State) -> bool:
    """Whether a day is far from publication while as many of the days the text gave so far are near it."""
    if state.publication is None or abs((day - state.publication).days) < BACKGROUND_DAYS:
        return False
    return 0 < state.days_far_from_publication <= state.days_near_publication


def resolve_counted(reading: Reading, place: Place, state: State) -> tuple[Period | None, Period | None, Resolution]:
    """昨天, 次日, 三天后, two weeks ago: an offset from the anchor date. A year or months before or after a
    quarter or month just mentioned are that period shifted (`third-quarter profit … a year earlier`), and
    years later than a year just mentioned are counted from it (`in 1984 … one year later`)."""
    if (
        (reading.offset_years or reading.offset_months)
        and state.last_period is not None
        and not reading.on_the_anchors_day_or_month
    ):
        period, block = state.last_period
        if (
            block >= place.block - 1
            and period.granularity in ("quarter", "month")
            and (reading.anchors[:1] == ("previous",) or abs(reading.offset_years * 12 + reading.offset_months) == 12)
            and (reading.offset_months or abs(reading.offset_years) <= 1)
        ):  # `a year ago` compares with the period just named; `5 years ago`, `six months ago` count from today;
            # `nine years later` after `October 2001` is a year, 2010, not a month
            months = reading.offset_years * 12 + reading.offset_months
            if period.granularity == "month":
                return Period("month", *shift_month(period.year, period.part, months)), None, "relative-to-previous"
            if months % 3 == 0:
                quarter = shift_quarter(period.year, period.part, months // 3)
                return Period("quarter", *quarter), None, "relative-to-previous"
        if (
            block >= place.block - 1
            and period.granularity in ("year", "quarter", "month")
            and reading.offset_years
            and not reading.offset_months
            and (
                reading.anchors[:1] == ("previous",)
                # 2015年成立。两年后，公司上市: later, at the start of a clause
                or (
                    reading.anchors[:1] == ("previous-at-clause-start",)
                    and place.opens_clause
                    and reading.offset_years > 0
                )
            )
        ):
            return (
                Period("year", period.year + reading.offset_years),
                None,
                "relative-to-previous",
            )  # 1984 … a year later; October 2001 … nine years later
    coarse = _counted_from_a_coarser_period(reading, place, state)
    if coarse is not None:
        return coarse, None, "relative-to-previous"
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
    if reading.on_the_anchors_day_or_month:
        year, month = shift_month(base.year, base.month, reading.offset_years * 12 + reading.offset_months)
        if reading.to_the_month:
            return Period("month", year, month), None, resolved_by
        day = dt.date(year, month, min(base.day, calendar.monthrange(year, month)[1]))
        if reading.to_the_week:  # Monday to Sunday, as a week is
            monday = day - dt.timedelta(days=day.weekday())
            return day_period(monday, reading), day_period(monday + dt.timedelta(days=6), reading), resolved_by
        return day_period(day, reading), None, resolved_by
    if reading.offset_years:
        return Period("year", base.year + reading.offset_years), None, resolved_by
    if reading.offset_months:
        year, month = shift_month(base.year, base.month, reading.offset_months)
        return Period("month", year, month), None, resolved_by
    day = base + dt.timedelta(days=reading.offset_days)
    return day_period(day, reading), None, resolved_by


def _counted_from_a_coarser_period(reading: Reading, place: Place, state: State) -> Period | None:
    """`In 2015, … Three months later, …`, `in December 2014 … About six weeks later`: a count from the month,
    quarter or year the story named last (after any day) lands in a period as coarse as that one, around its
    middle moved by the count (`两年后，…` opening a clause; not `被拘45天后`, counted from an act). Words for a day
    (`the next morning`, 第二天) count from the last day named."""
    if state.last_period is None or reading.incident or reading.on_the_anchors_day_or_month:
        return None
    period, block = state.last_period
    if _a_day_of_the_period_just_named(reading, place, state, period, block):
        return period  # `12月，知乎裁员20%，300人被要求当天离开公司`: a day of that December
    if reading.kind != "relative":
        return None
    later = reading.offset_days > 0 or reading.offset_months > 0 or reading.offset_years > 0
    if not (
        reading.anchors[0] == "previous"
        or (reading.anchors[0] == "previous-at-clause-start" and later and place.opens_clause)
    ):
        return None
    if period.granularity in ("day", "time") or not (
        block >= place.block - 1 or (place.frames_sentence and block >= place.block - NARRATED_DAY_BLOCKS)
    ):
        return None
    if state.publication is not None and period.first_day <= state.publication <= period.last_day:
        return None  # `今年72岁的…说，“…一个月后我放出来了”`: the present is no time the story tells of
    if (
        period.granularity == "year"
        and not (reading.offset_years or reading.offset_months)
        and state.last_day is not None
        and state.last_day[1] >= place.block - 1
        and (state.publication is None or state.last_day[0] <= state.publication)
    ):
        return None  # `surfaced on Nov. 16 … during a 2006 tour. Four days later, …`: days count from a day told
    middle = period.first_day + (period.last_day - period.first_day) / 2
    year, month = shift_month(middle.year, middle.month, reading.offset_years * 12 + reading.offset_months)
    moved = dt.date(year, month, min(middle.day, 28)) + dt.timedelta(days=reading.offset_days)
    if period.granularity == "year" or (reading.offset_years and not reading.offset_months):
        return Period("year", moved.year)
    if period.granularity == "month":
        return Period("month", moved.year, moved.month)
    months_in_part = 3 if period.granularity == "quarter" else 6
    return Period(period.granularity, moved.year, (moved.month - 1) // months_in_part + 1)


def _a_day_of_the_period_just_named(reading: Reading, place: Place, state: State, period: Period, block: int) -> bool:
    """`当天`, `that day` (the words anchored to the previous date anywhere, which count no days) in the paragraph of
    a month the story just named, with no day named in that paragraph: a day of that month, which the story does
    not give (not after `9月27日，…在本月初时…`: that day); in English, so too after a year alone."""
    if reading.anchors[0] != "previous-anywhere":
        return False
    if period.granularity == "month":
        return block == place.block and (state.last_day is None or state.last_day[1] < place.block)
    # `It was 2007 when the actor attended the awards.` … `That evening he …`: a day of that year, the paragraph
    # before at most, with no day named since
    return (
        period.granularity == "year"
        and place.layout.english  # 当天, 当晚 after a year alone fall back on publication, as a story of today's does
        and block >= place.block - 1
        and (state.last_day is None or state.last_day[1] < block)
    )


def resolve_weekday(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """周四 is the Thursday before publication or after it, as the clause's tense says (the nearer one
    when it says nothing), or of the week the story named just before it; 上周四 is Thursday of the week before;
    English "last Thursday" the one before today."""
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
    elif reading.direction == "on-or-before":  # `昨日(周日)`: the weekday glossing a day before publication
        day = publication - dt.timedelta(days=(today - weekday) % 7)
    elif (glossed := _the_day_it_glosses(weekday, place, state)) is not None:
        day = glossed  # `明天周五开会`, `tomorrow, Friday,`: the day just named, by its weekday
    elif state.told_week is not None and state.told_week[1] >= place.block - 1 and place.tense != PAST:
        # `马克龙下星期访问莫斯科。…马克龙星期一在莫斯科与普京会面`: the Monday of the week the story named, no
        # other date since
        week = state.told_week[0]
        day = week + dt.timedelta(days=(weekday - week.weekday()) % 7)
    else:
        days_before, days_after = (today - weekday) % 7, (weekday - today) % 7 or 7
        if place.tense in (FUTURE, PROSPECT) and days_before == 0:
            day = publication  # `said schools would be closed on Friday`, published on Friday: that day
        elif (days_before and _a_weekdays_deadline(reading, place)) or prefers_future(
            place, days_before, days_after, day=True
        ):
            day = publication + dt.timedelta(days=days_after)
        elif place.tense == PAST and state.updated is not None and days_after <= (state.updated - publication).days:
            # `said in a briefing Friday` on a Thursday's page updated on Friday: the later edition tells of it
            day = publication + dt.timedelta(days=days_after)
        else:
            day = publication - dt.timedelta(days=days_before)
    return day_period(day, reading), None, "relative-to-publication"


def _the_day_it_glosses(weekday: int, place: Place, state: State) -> dt.date | None:
    """The day named right before a weekday, when the weekday is that day's (`明天周五`, `今日（周四）`)."""
    if state.last_day is None or state.last_day[0].weekday() != weekday:
        return None
    between = place.layout.text[state.last_end : place.start]
    return state.last_day[0] if between.strip(" ,，(（\u3000") == "" and len(between) <= GLOSS_MAX_CHARS else None


#: How many characters, spaces and brackets, may stand between a day and the weekday that glosses it.
GLOSS_MAX_CHARS = 3


def _a_weekdays_deadline(reading: Reading, place: Place) -> bool:
    """`If I can have it by Monday`, `must answer by Monday`: an English weekday after `by` or `until`, with no verb
    in the past around it, is a deadline still ahead (`had to respond by Monday`, `By Monday, it had filed` are
    past; in a quotation, its words: `said, “If I can have it by Monday`; the tense a deadline is read in says nothing
    of it, see tense.py)."""
    text = place.layout.text
    if not (place.layout.english and text.endswith(_DEADLINE_WORDS, max(0, reading.start - 7), reading.start)):
        return False
    start = max(place.sentence_start, reading.start - 60)
    quoted = max(text.rfind("“", start, reading.start), text.rfind('"', start, reading.start))
    words = text[quoted + 1 if quoted >= 0 else start : reading.start].split()  # a quotation's own words
    return not any(is_past_verb(word.strip(',;"“”')) for word in words) and (
        first_verb_tense(text, reading.end, place.sentence_end) != PAST
    )


_DEADLINE_WORDS = ("by ", "until ", "till ", "By ", "Until ")


def resolve_festival(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
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
    elif reading.same_year and state.last_year is not None:
        day = festival_day(reading.festival, state.last_year + reading.same_year_shift)
        resolved_by = "relative-to-previous"
    elif (framing := _the_year_framing_the_sentence(state)) is not None and framing != publication.year:
        # `2014年，微信在农历新年推出红包功能，…春节假期一周内…`: the festival of the year the sentence is in
        day, resolved_by = festival_day(reading.festival, framing), "year-from-context"
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
    if resolved_by == "relative-to-publication":
        festival = reading.festival
        told = in_the_weeks_of_the_day_told(
            day_period(day, reading), lambda year: _festival_period(festival, year, reading), place, state
        )
        if told is not None:
            day, resolved_by = told.first_day, "year-from-context"
    return _the_festival_as_told(day, reading), None, resolved_by


def _the_festival_as_told(day: dt.date, reading: Reading) -> Period:
    """Its day; its month for `the Christmas shopping season`; for its eve (`圣诞节前夕`), the days before it, the
    month of the day before (`春节前夕` in a year whose festival falls on 1 February is January's)."""
    if reading.festival_eve:
        day -= dt.timedelta(days=1)
    if reading.festival_eve or reading.festival_season:
        return Period("month", day.year, day.month)
    return day_period(day, reading)


def _the_year_framing_the_sentence(state: State) -> int | None:
    """The year that opened the sentence so far (`2014年，…`, `In 2014, …`) or came with a month in it."""
    return next((year for year, framing in reversed(state.sentence_years) if framing), None)


def resolve_week(reading: Reading, place: Place, state: State) -> tuple[Period | None, Period | None, Resolution]:
    """上周: Monday to Sunday of the week before publication, as a range of days; `over the weekend`, the
    weekend on or before publication, or the coming one in a clause about the future; `this weekend` in
    the past tense, written early in the week, the one just past (written on a Thursday or a Friday, the
    coming one: `He turned up for this weekend's Grand Prix`); `the next week` the week after the one of the day
    the story told last."""
    publication = state.publication
    if publication is None:
        return None, None, "unresolved"
    shift = reading.week_shift
    if shift is None and reading.weekend:
        saturday_or_sunday = publication.weekday() >= 5
        shift = 0 if saturday_or_sunday or place.tense in (FUTURE, PROSPECT) else -1
    elif shift == 0 and reading.weekend and publication.weekday() < LAST_WEEKEND_UNTIL and place.tense == PAST:
        shift = -1  # `a discussion this weekend that Trump initiated`, written on Monday: the weekend just past
    elif shift == 0 and not reading.weekend and publication.weekday() == SUNDAY and _ahead_in_english(place):
        shift = 1  # `is expected to vote this week`, written on a Sunday: the week to come
    elif shift == 0 and reading.weekend and publication.weekday() < SATURDAY and _said_to_be_past(place):
        shift = -1  # `过去的这个周末`, written on a Wednesday: the weekend just past
    anchor: dt.date = publication
    resolved_by: Resolution = "relative-to-publication"
    if reading.week_from_the_day_told and state.last_day is not None:
        anchor, resolved_by = state.last_day[0], "relative-to-previous"  # `The next week, he returned`
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(weeks=shift or 0)
    first = monday + dt.timedelta(days=5 if reading.weekend else 0)
    last = monday + dt.timedelta(days=6)
    return Period("day", first.year, 0, first), Period("day", last.year, 0, last), resolved_by


def _ahead_in_english(place: Place) -> bool:
    """English papers of a Sunday look ahead to the week after it; Chinese weeks start on Monday, and `last
    week` stays the week before, as TimeML has it."""
    return place.tense in (FUTURE, PROSPECT) and place.layout.english


def _said_to_be_past(place: Place) -> bool:
    """`过去的这个周末`, `刚过去的本周末`: a period said right before it to be past."""
    return place.layout.text.endswith(_PAST_BEFORE_A_PERIOD, max(0, place.start - 4), place.start)


_PAST_BEFORE_A_PERIOD = ("过去的", "過去的", "过去", "過去")
SATURDAY, SUNDAY = 5, 6
#: Up to this weekday (Monday 0), `this weekend` in the past tense is the weekend just past; from it on, the coming one.
LAST_WEEKEND_UNTIL = 3
#: How many blocks back a time in the past tense takes the day last told, in a story of another day.
NARRATED_DAY_BLOCKS = 4
#: Before a time, the words of the page's own stamp (`This story was updated at 5:45 p.m.`): publication's day.
_A_PAGES_STAMP_BEFORE = re.compile(r"\b(?:updated|published|posted|corrected)\s+(?:at|on)\s+$", re.I)


def resolve_clock(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """上午9时, 10:35 a.m. alone: the time on the day last mentioned in the same block or the one before
    (or a few blocks before, in the past tense, when that day is not publication's: the day being told),
    else on the day of publication; in a text with no publication date, on the day the story last gave.
    The page's own stamp (`This story was updated at 5:45 p.m.`) is on publication's day.
    After a month or a year in its sentence (`In October 2012, at 4:30 a.m.`), its day is not known."""
    if state.sentence_period is not None and state.sentence_period not in ("day", "time"):
        return None, None, "unresolved"
    period, _, resolved_by = _resolve_clock_on_its_day(reading, place, state)
    if period is not None and period.day is not None and _the_midnight_ahead(reading, place):
        period = day_period(period.day + dt.timedelta(days=1), reading)
    return period, None, resolved_by


#: Between a day and a time of it: a closing bracket, maybe spaces.
_A_GLOSS_CLOSING = re.compile(r"[ \u3000]*[）)][ \u3000]*")


def _the_midnight_ahead(reading: Reading, place: Place) -> bool:
    """`From midnight all schools will close`, `agreed on Saturday to a ceasefire from midnight`: a midnight to come
    or one a state starts from ends its day, the next one's 0:00 (not `from midnight to 6 a.m.`, a night's span)."""
    text = place.layout.text
    if not text[reading.start : reading.end].lower().endswith("midnight"):
        return False
    if place.tense in (FUTURE, PROSPECT):
        return True
    return text[max(0, reading.start - 5) : reading.start].lower() == "from " and not _A_SPANS_END.match(
        text, reading.end
    )


#: After a time, what makes it the start of a span it names the end of (`to 6 a.m.`, `until dawn`).
_A_SPANS_END = re.compile(r"[ \u00a0]*(?:to|until|till|through|[-–])\b", re.IGNORECASE)


def _resolve_clock_on_its_day(reading: Reading, place: Place, state: State) -> tuple[Period | None, None, Resolution]:
    """The time on the day it is of (see resolve_clock), before any midnight to come moves it on."""
    if state.last_reading_day is not None and _A_GLOSS_CLOSING.fullmatch(
        place.layout.text, state.last_end, reading.start
    ):
        # `截至今日（23日）早上7时30分`: the time of the day glossed right before it
        return day_period(state.last_reading_day, reading), None, "relative-to-previous"
    if state.publication is not None and _A_PAGES_STAMP_BEFORE.search(
        place.layout.text, place.sentence_start, place.start
    ):
        return day_period(state.publication, reading), None, "relative-to-publication"
    if state.last_day is not None and state.last_day[1] >= place.block - 1:
        return day_period(state.last_day[0], reading), None, "relative-to-previous"
    if state.last_day is not None and _the_day_being_told(place, state):
        # `At 10:17 p.m., Zimmer notified …` paragraphs after `on Monday, Dec. 14`
        return day_period(state.last_day[0], reading), None, "relative-to-previous"
    if state.publication is not None:
        return day_period(state.publication, reading), None, "relative-to-publication"
    if state.last_day is not None:
        return day_period(state.last_day[0], reading), None, "relative-to-previous"
    return None, None, "unresolved"
