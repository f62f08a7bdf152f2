"""Pass 3, judge: whether each resolved mention reports an event."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace
from itertools import islice

from ..model import Mention
from . import tables
from .clauses import clause_of
from .context import ExtractionContext
from .described import a_things_period, what_the_date_is
from .figures import (
    A_FIGURE_EN,
    BY_OR_BEFORE,
    EVENT_VERB,
    PERIOD_GRANULARITIES,
    a_count_in_a_chinese_period,
    a_count_on_a_day,
    a_day_compared_to,
    a_figure_forecast_by,
    a_figures_period,
    a_point_of_comparison,
    a_span_up_to_now,
    a_statistics_date,
    at_the_days_close,
    measured_en,
    measures_a_value,
    the_days_of_a_count,
    the_hours_of_a_figure,
)
from .layout import Layout
from .nowadays import jintian_as_nowadays, today_as_nowadays
from .place import Place
from .readers import Reading
from .resolve import Resolved
from .state import after_as_of
from .tense import (
    FUTURE,
    PAST,
    PRESENT,
    PROSPECT,
    UNKNOWN,
    chinese_tense,
    first_verb_tense,
    is_past_verb,
    tells_what_happened,
)

_STATISTIC = re.compile(tables.alternation(tables.STATISTIC_CUES))

_TITLE_BREAKERS = frozenset("，,。；;！？!?")
_TITLE_OPENING = re.compile("[" + re.escape("".join(tables.TITLE_BRACKETS) + "".join(tables.QUOTE_MARKS) + '"') + "]")


def judge_all(
    text: str,
    resolved: list[Resolved],
    layout: Layout,
    context: ExtractionContext,
    datelines: Sequence[Reading] = (),
) -> tuple[Mention, ...]:
    """Mentions of every resolved reading. A date that is a sentence of its own (a date heading, `12月9日。`,
    or a date line above a story) reports what the next sentence says, when that sentence has no date of
    its own: its sentence runs on to the end of that one. Otherwise it reports nothing, like a dateline
    (`WASHINGTON, Aug. 11 (AP) --`)."""
    filed = {id(reading) for reading in datelines}
    starts = [item.reading.start for item in resolved]
    statistic_of_sentence: dict[int, bool] = {}
    habitual_sentence: dict[int, bool] = {}  # filled only for sentences with an event to check
    mentions, with_lede = [], []
    has_bars = "|" in text or any(bar in text for bar in _BOX_BARS)  # most texts print no table: `in` scans fast
    for item in resolved:
        reading, period = item.reading, item.period
        granularity = period.granularity if period is not None else reading.granularity
        alone = _stands_alone(text, item)
        lede = _lede(text, item, layout, starts) if alone else None
        place = item.place if lede is None else replace(item.place, sentence_end=lede[1], _tense=None)
        sentence_key = place.sentence_start
        if sentence_key not in statistic_of_sentence:
            statistic_of_sentence[sentence_key] = (
                _STATISTIC.search(text, place.sentence_start, place.sentence_end) is not None
            )
        # a date heading reports its paragraph; a date line over a story (its dateline, the day it was
        # published), only a lede that tells news
        reports_lede = lede is not None and (
            not (id(reading) in filed or (period is not None and period.day == context.published))
            or _reports_news(text, lede, layout)
        )
        is_event = (
            (reports_lede or (not alone and id(reading) not in filed))
            and not (has_bars and _a_row_of_data(text, reading))
            and _reports_event(
                text,
                item if lede is None else replace(item, place=place),
                granularity,
                statistic_of_sentence[sentence_key],
                layout,
                context.published,
            )
        )
        if is_event:
            if sentence_key not in habitual_sentence:
                habitual_sentence[sentence_key] = (
                    _HABITUAL_WORD.search(text, place.sentence_start, place.sentence_end) is not None
                )
            is_event = not (habitual_sentence[sentence_key] and _what_usually_happens(text, reading, place))
        with_lede.append(lede is not None)
        mentions.append(
            Mention(
                article=context.article,
                as_written=text[reading.start : reading.end],
                start=reading.start,
                end=reading.end,
                date=period.iso() if period is not None else None,
                end_date=item.end_period.iso() if item.end_period is not None else None,
                granularity=granularity,
                resolved_by=item.resolved_by,
                is_event=is_event,
                sentence=text[place.sentence_start : place.sentence_end],
                sentence_start=place.sentence_start,
                sentence_end=place.sentence_end,
            )
        )
    return _periods_around_a_day(_headings_repeat_dates(mentions, resolved, layout, with_lede))


#: What a date that stands alone may have beside it: marks, and its weekday (`Thursday 23 January 2014`).
_NOTHING_BUT_A_DATE = re.compile(
    r"[\W_]*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|星期[一二三四五六日天]|周[一二三四五六日])?[\W_]*", re.UNICODE
)


def _stands_alone(text: str, item: Resolved) -> bool:
    """Whether a date is a sentence of its own (`12月9日。`, `June 8, 2010`): it reports nothing by itself."""
    place, reading = item.place, item.reading
    return bool(
        _NOTHING_BUT_A_DATE.fullmatch(text, place.sentence_start, reading.start)
        and _NOTHING_BUT_A_DATE.fullmatch(text, reading.end, place.sentence_end)
    )


def _lede(text: str, item: Resolved, layout: Layout, starts: list[int]) -> tuple[int, int] | None:
    """The sentence a date that stands alone reports: the next one, when it has no date of its own."""
    place = item.place
    following = layout.sentence_after(place.sentence_end)
    if (
        following is None
        or following[0] - place.sentence_end > LEDE_REACH
        or _NOTHING_BUT_A_DATE.fullmatch(text, *following)
        or len(list(islice(_A_WORD_OF_A_LEDE.finditer(text, *following), LEDE_MIN_WORDS))) < LEDE_MIN_WORDS
    ):
        return None  # … nor a page's buttons (`Print`, `Listen · 16:05 16:05`)
    index = bisect_left(starts, following[0])
    if index < len(starts) and starts[index] < following[1]:
        return None  # the next sentence gives its own date
    return following


def _reports_news(text: str, lede: tuple[int, int], layout: Layout) -> bool:
    """Whether the sentence under a date line says what happened (`Apple has released an application`), not
    what a page is (`This post contains affiliate links`, `Once in a while, I like to …`)."""
    if layout.english:
        return tells_what_happened(text, *lede)
    return chinese_tense(text, lede[0], lede[0], *lede) == PAST or EVENT_VERB.search(text, *lede) is not None


#: How far after a date that stands alone (in characters, blank lines included) its sentence may start.
LEDE_REACH = 12
#: A lede tells something: at least this many words (a Chinese character counts as one).
LEDE_MIN_WORDS = 3
_A_WORD_OF_A_LEDE = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]")


def _reports_event(
    text: str, item: Resolved, granularity: str, statistic: bool, layout: Layout, published: dt.date | None
) -> bool:
    """Whether something happened then, as opposed to a statistic's date or a title's (what happens as a rule
    is judged after, for what this finds an event)."""
    reading, place = item.reading, item.place
    planned = (_later_this_period if layout.english else _by_the_end_of_this_period)(text, reading, place)
    if (
        _names_the_present_period(reading)
        and not planned
        and not _the_same_year_or_month(text, reading)
        and not _earlier_this_year_in_the_past(text, reading, place)
        and not _this_year_after_a_past_act(text, reading, place)
        and not _early_or_late_this_year_in_chinese(text, reading, place)
    ):
        return False  # `this year`, `the current quarter`, `the quarter`: the time of a figure, not of an act
    if (
        (after_as_of(text, reading, place) and not at_the_days_close(text, reading, place))
        or a_point_of_comparison(text, reading, place)
        or (not layout.english and granularity in ("day", "time") and a_day_compared_to(text, reading, place))
        or (layout.english and a_span_up_to_now(text, reading))
        or _a_papers_reference(text, place)
        or (not layout.english and granularity in ("day", "time") and _a_reports_credit(text, reading, place))
    ):
        return False  # `as of June`, `As of the end of June, Netflix had …`, `over the past year`, a paper cited
    if _bounds_a_span(text, reading, place, granularity, layout):
        return False
    if _after_opening_hours(text[max(place.sentence_start, reading.start - 8) : reading.start].rstrip()):
        return False
    if (
        today_as_nowadays(text, reading, place)
        if layout.english
        else (jintian_as_nowadays(text, reading) or what_the_date_is(text, reading, place))
    ):
        return False  # `Today, women create …`, `今天的中国`, `2020年是极不寻常的一年`, `8月22日是七夕情人節`
    if _advised_or_supposed(text, reading, place, layout) or (
        reading.kind == "festival"
        and (
            _a_holiday_of_any_year(text, reading, place)
            if layout.english
            else _the_spring_festival_holiday(text, reading)
        )
    ):
        return False  # `Users are advised to update by Friday`, `春节期间`, `not just during Christmas`
    if (
        layout.english
        and reading.kind in ("relative", "anaphor")
        and _STILL.search(text, reading.end, place.sentence_end)
        and not _A_RELATIVE_CLAUSES_ACT.search(text, place.sentence_start, reading.start)
    ):
        return False  # `Five years later, Bogonko is still missing`: how things stood then, nothing done
    if (
        granularity in PERIOD_GRANULARITIES
        and not planned
        and (
            a_figures_period(text, reading, place, layout, published)
            or a_things_period(text, reading, place, layout, published)
        )
    ):
        return False
    if granularity == "time" and (
        the_hours_of_a_figure(text, reading, place, layout)
        or _working_hours(text, reading, place, layout)
        or _the_hours_of_a_slot(text, reading, place, layout)
        or _the_hours_of_a_rule(text, reading, place, layout)
    ):
        return False
    if granularity == "day" and not layout.english and the_days_of_a_count(text, reading, place):
        return False
    if not layout.english and granularity != "time" and a_count_in_a_chinese_period(text, reading, place, layout):
        return False
    if (
        granularity == "day"
        and layout.english
        and (a_count_on_a_day(text, reading, place) or a_figure_forecast_by(text, reading, place))
    ):
        return False
    if statistic and not planned and a_statistics_date(text, reading, place, granularity, layout):
        return False
    if (
        layout.english
        and granularity == "day"
        and (_a_photos_date(text, reading, place) or _a_screenshots_date(text, reading, place))
    ):
        return False
    return not _inside_title(text, reading, place, layout)


def _a_photos_date(text: str, reading: Reading, place: Place) -> bool:
    """A wire photo's caption: a sentence in the present, a place, then the full date the picture was taken, no
    preposition before it (`Dan Akerson poses for a portrait at headquarters in Detroit, Michigan, August 31,
    2010.`, `A car charges at a station in Cabazon, California, U.S. May 18, 2016.`); not `The vote is on May 18.`"""
    return (
        place.sentence_end - reading.end <= 2  # the date ends its sentence (asked first: it is a subtraction)
        and reading.year is not None
        and text[reading.end : place.sentence_end].strip() in ("", ".")
        and _A_PLACE_RIGHT_BEFORE.search(text, max(place.sentence_start, reading.start - 24), reading.start) is not None
        and first_verb_tense(text, place.sentence_start, reading.start) in (PRESENT, UNKNOWN)
    )


#: Right before a caption's date, the end of its place: a comma, or a country's short name (`, Michigan,`, `U.S.`).
_A_PLACE_RIGHT_BEFORE = re.compile(r"(?:[A-Z][a-z]+,|\bU\.S\.|\bU\.K\.)[ \u00a0]+$")


def _a_holiday_of_any_year(text: str, reading: Reading, place: Place) -> bool:
    """A holiday named with no year (`She works here all year, not just during Christmas`, `There's no time off on
    Election Day`, `finished before Christmas`): the season or any year's, far more often than a day the story
    tells of; that is written `on Christmas Day` or `during the Christmas sales` in a clause in the past or the
    future, or with its year (`last Christmas`)."""
    return not reading.states_year and not (
        place.tense in (PAST, FUTURE)
        and _A_TIMES_PREPOSITION_BEFORE.search(text, max(0, reading.start - 12), reading.start) is not None
    )


#: Right before a holiday's name, a preposition of when (`on Christmas Day`, `during the Christmas sales`).
_A_TIMES_PREPOSITION_BEFORE = re.compile(
    r"\b(?i:on|during|over|around|at|before|after|until|by)[ \u00a0]+(?:the[ \u00a0]+)?$"
)


def _the_spring_festival_holiday(text: str, reading: Reading) -> bool:
    """`春节期间`, `春节不打烊`, `今年春节假期`, `春节前最忙碌`: 春节 names the week of the holiday, which a story tells
    of as a time, not a day something happened; the day itself is written 大年初一 or 春节当天."""
    return text.endswith(("春节", "春節"), reading.start, reading.end) and not text.startswith(
        _ITS_DAY_OR_EVE, reading.end
    )


#: After 春节, what makes it the festival's day (`春节当天`, `春节那天`) or its eve (`春节前夕`, of its month).
_ITS_DAY_OR_EVE = ("当天", "當天", "当日", "當日", "那天", "这天", "這天", "那一天", "这一天", "這一天", "前夕")


def _a_screenshots_date(text: str, reading: Reading, place: Place) -> bool:
    """`Screenshot of the misleading post taken on February 24, 2022`: when a picture of a page was taken, not
    what the page tells."""
    return (
        _TAKEN_ON.search(text, max(place.sentence_start, reading.start - 16), reading.start) is not None
        and _A_SCREENSHOT.match(text, place.sentence_start) is not None
    )


#: Opening a caption, a picture of a screen; right before its date, when it was taken.
_A_SCREENSHOT = re.compile(r"\s*\(?(?:(?:A|The)[ \u00a0]+)?[Ss]creen[ \u00a0-]?(?:shot|grab|capture)")
_TAKEN_ON = re.compile(r"\b(?:taken|captured|grabbed|made)(?:[ \u00a0]+on)?[ \u00a0]+$")


def _later_this_period(text: str, reading: Reading, place: Place) -> bool:
    """`will be offered later this year`, `a shareholders' meeting later this year`, `will be launched by the end
    of this year`: what is planned for the rest of the present period, an act to come; not what may or might
    happen then (`may do so later this year`), nor a figure forecast for its end (`will fall to 4.5% by the end of
    the year`)."""
    written = text[reading.start : reading.end].lower()
    if written.startswith("later this"):
        return _A_MAYBE.search(text, *clause_of(text, reading, place)) is None
    by = BY_OR_BEFORE.search(text, max(place.sentence_start, reading.start - 8), reading.start)
    if not (written.startswith(("the end of this", "the end of the")) and by):
        return False
    if place.tense not in (FUTURE, PROSPECT):
        return False  # the tense is looked at last: it costs
    start, end = clause_of(text, reading, place)
    return _A_MAYBE.search(text, start, end) is None and A_FIGURE_EN.search(text, start, end) is None


def _by_the_end_of_this_period(text: str, reading: Reading, place: Place) -> bool:
    """`项目今年底将建成`, `将于今年年底前推出`, `预定年底完成`: what is to be done by the end of the present year or
    month, an act to come; not a figure forecast for then (`预计到今年年底失业率将降至4.5%`)."""
    if text[reading.end - 1] not in "底末" or not _THE_END_OF_THIS_PERIOD.fullmatch(text, reading.start, reading.end):
        return False
    if place.tense not in (FUTURE, PROSPECT):
        return False  # the tense is looked at last: it costs
    start, end = clause_of(text, reading, place)
    return not measures_a_value(text, start, end)


#: The end of the present year or month, as Chinese writes it (`今年底`, `今年年底`, `年底`, `本月底`, `月末`).
_THE_END_OF_THIS_PERIOD = re.compile(r"(?:今年|本年|本月|这个月|這個月)?[年月]?[底末]")

#: A modal of what may or may not happen.
_A_MAYBE = re.compile(r"\b(?:may|might|could|perhaps|possibly)\b", re.I)


def _a_row_of_data(text: str, reading: Reading) -> bool:
    """A date in a row of a table printed as text (`404 │ 2020-08-01 17:56:00+00 │ 15`, a query's output in a
    post): a value of the data, no act."""
    line_start = text.rfind("\n", 0, reading.start) + 1
    line_end = text.find("\n", reading.end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return len(_A_COLUMNS_BAR.findall(line)) >= DATA_ROW_MIN_BARS


#: Between the cells of a table printed as text: a box-drawing bar, or a pipe set off by spaces.
_BOX_BARS = "│┃║"
_A_COLUMNS_BAR = re.compile(rf"[{_BOX_BARS}]|(?<=\s)\|(?=\s)")
#: A line with this many bars between its cells is a row of a table.
DATA_ROW_MIN_BARS = 2


def _bounds_a_span(text: str, reading: Reading, place: Place, granularity: str, layout: Layout) -> bool:
    """A date that starts or ends a span of time, or two years that are one: what went on or stood across it,
    no act then."""
    window_start = max(place.sentence_start, reading.start - 40)
    # (the words it needs looked for first: most dates have neither before them, and a search tries every position)
    window = text[window_start : reading.start]
    if ("thr" in window or "in the" in window or "up to" in window) and _THE_END_OF_A_SPAN.search(
        text, window_start, reading.start
    ):
        return True  # `cancelled its flights through 5 August`, `liable up to December 3`: a state's end;
        # `the median age rose from 28 to 37 in the 40 years to 2015`: a figure's period
    if granularity == "year" and not layout.english and _the_years_a_span_starts(text, reading, place):
        return True  # `排名自2008年起持续下跌`, `从1990年至今`: what went on since
    if (
        layout.english
        and reading.range_end is not None
        and _A_COUNT_MEASURED.search(text, place.sentence_start, place.sentence_end) is not None
    ):
        return True  # `the number of cases … from Dec 25 to Jan 22 has remained stable`: the days a figure covers
    if not layout.english and text.startswith(_BEFORE_IT, reading.end):
        return True  # `2016 年之前，他们还能收到…`, `直到2015年之前`: how things were until then
    if not layout.english and "延" in window and _EXTENDED_TO.search(window):
        return True  # `补贴计划延长到2021年1月底`, `这个计划将延续到2021年底`: the new end of what goes on
    if (
        not layout.english
        and reading.range_end is not None
        and granularity != "time"
        and text.startswith(_DURING_IT, reading.end)
    ):
        return True  # `2004年到2008年期间，海航的多元化战略…`, `2013年1月至2018年6月期间的著作`: across the span
    return granularity == "year" and _a_span_of_written_years(reading)  # `between 1991 and 2005`, `2019年至2021年`


#: In an English sentence, a count or an average measured over days (`the number of cases`, `the average daily
#: number of patients`), which a span of days in it is the period of.
_A_COUNT_MEASURED = re.compile(
    r"\b(?:[Tt]he|[Aa]n?)[ \u00a0]+(?:average[ \u00a0]+)?(?:daily[ \u00a0]+|weekly[ \u00a0]+)?number[ \u00a0]+of\b"
    r"|\b[Aa]verage[ \u00a0]+(?:daily|weekly)\b"
)
#: Right before a Chinese date, an extension to it (`延长到`, `延续至`, `延长至到`): the end of what goes on.
_EXTENDED_TO = re.compile(r"(?:延长|延長|延续|延續|展延)[至到]+[ \u3000]*$")
#: After a Chinese span, what makes it the time something went on or stood across (`2004年到2008年期间`).
_DURING_IT = ("期间", "期間")


def _working_hours(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """A Chinese clock time with no day, in a sentence of the days work goes on in a week (`早上九点上班，晚上九点
    下班，一周工作六天`, `996（早九点、晚九点、一周六天）`): a schedule, no one day's."""
    return (
        not layout.english
        and reading.kind == "clock"
        and _A_WORKING_WEEK.search(text, place.sentence_start, place.sentence_end) is not None
    )


def _the_hours_of_a_slot(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """A Chinese clock time after 时段 in its clause (`竊盜熱點時段為12至14時`, `高峰时段是8至10时`): the hours
    of a slot of every day, no one day's (not `比昨日同时段`, where the slot follows its day)."""
    return (
        not layout.english
        and reading.kind == "clock"
        and _A_SLOT.search(text, clause_of(text, reading, place)[0], reading.start) is not None
    )


def _the_hours_of_a_rule(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """An English time of day with no day, after `after`, `before`, `between` or `until` or naming the rule it
    is the limit of (`a 6pm cut-off`), in a sentence of what a rule allows or bans (`a law banning work emails
    after 6pm`, `the law forbids shifts between 9pm and 6am`): every day's limit, no one day's."""
    if not layout.english or reading.kind != "clock":
        return False
    if _A_RULES_NOUN.match(text, reading.end):
        return True  # `this so-called 6pm law`, `a 6pm cut-off`
    if not _A_LIMITS_PREPOSITION.search(text, max(place.sentence_start, reading.start - 12), reading.start):
        return False
    if place.tense == PAST:  # `France did not ban workers from sending emails after 6 p.m.`, not `met after 6pm
        # and voted to ban the march`: in the past, the rule is said before its limit
        return _A_RULE.search(text, max(place.sentence_start, reading.start - RULE_REACH), reading.start) is not None
    return _A_RULE.search(text, place.sentence_start, place.sentence_end) is not None


#: How far before a time of day in the past the rule it is the limit of is looked for.
RULE_REACH = 60
#: Right before a time, a word that makes it a limit (`after 6pm`, `between 9pm`).
_A_LIMITS_PREPOSITION = re.compile(r"\b(?:after|before|between|until|till|past)[ \u00a0]+$")
#: Right after a time, the rule it is the limit of (`a 6pm cut-off`, `this so-called 6pm law`).
_A_RULES_NOUN = re.compile(r"[ \u00a0]+(?:cut-?off|law|rule|ban|curfew)\b")
#: In a sentence, what says a rule allows or bans something.
_A_RULE = re.compile(
    r"\b(?:ban|bans|banned|banning|law|laws|legal|legally|illegal|forbids?|forbidden|prohibit(?:s|ed)?|"
    r"cut-?off|curfew|rule|rules|allowed|not allowed|permitted)\b"
)
#: The slot of the day hours are given for (`熱點時段`, `高峰时段`).
_A_SLOT = re.compile("[时時]段")
#: What a schedule of work says: its days in a week (`一周工作六天`, `每周六天`).
_A_WORKING_WEEK = re.compile(r"[每一][周週](?:工作)?[五六七][天日]|[每一][周週]工作")

#: Right before a date, what makes it the end of a span a state lasts (`through 2019`) or a figure is measured over
#: (`in the 12 months to March`, `in the 40 years to 2015`).
_THE_END_OF_A_SPAN = re.compile(
    r"(?:\b(?:through|thru|up[ \u00a0]+to(?:[ \u00a0]+and[ \u00a0]+including)?)"
    r"|\bin the (?:[\w-]+ )?(?:years?|months?|weeks?|days?|quarters?) (?:to|ending|ended))"
    r"[ \u00a0]+(?:the[ \u00a0]+end[ \u00a0]+of[ \u00a0]+)?$"
)


def _what_usually_happens(text: str, reading: Reading, place: Place) -> bool:
    """A time of what happens as a rule, not once: its sentence's opening says so (`通常，订购时间从10月底开始`),
    or its clause before it does (`chiles are typically picked from mid-July`)."""
    opening = _HABITUAL_OPENING.match(text, place.sentence_start)
    if opening is not None and (opening[0][-1] in "，," or reading.kind != "calendar"):
        return True  # (`平时他不说话，6月13日他却开口了`: a day set against the rule)
    return _HABITUAL.search(text, clause_of(text, reading, place)[0], reading.start) is not None


def _advice_for_the_next(text: str, reading: Reading, place: Place) -> bool:
    """The coming year, season or week in a sentence that speaks to its reader (`Next year, I encourage everyone
    to grow something from seed`, `If you're looking to get more out of your garden next year`, `Did you … want to
    cut down for next year?`): advice or a wish, nothing planned then."""
    if not _THE_NEXT.match(text, reading.start, reading.end):
        return False
    sentence = text[place.sentence_start : place.sentence_end].rstrip(" \"”’'")
    if _A_PLAN_ANNOUNCED.search(sentence):
        return False  # `we will let you know next Friday`: a plan
    return sentence.endswith("?") or _TO_THE_READER.search(sentence) is not None


#: What a coming period is written with (`next year`, `this coming year`, `next summer`).
_THE_NEXT = re.compile(r"(?i:next|this coming|the coming)\b")
#: … unless it announces a plan (`we will let you know next Friday`).
_A_PLAN_ANNOUNCED = re.compile(r"\b(?i:will|shall)\b")
#: Words that speak to the reader: you, everyone, an exhortation (`I encourage`, `we can all`, `let's`).
_TO_THE_READER = re.compile(r"\b(?i:you|your|yours|everyone|encourage|let['’]s|we can all|we all can)\b")

#: Before the date, a relative clause's verb in the past, whose date it is (`The bridge which collapsed nine years ago
#: is still lying there`).
_A_RELATIVE_CLAUSES_ACT = re.compile(r"\b(?:which|that|who)[ \u00a0]+[a-z]+ed[ \u00a0]+(?:[a-z]+[ \u00a0]+){0,3}$")
#: A state that goes on, in a clause (`is still missing`, `were still fighting`).
_STILL = re.compile(r"\b(?:is|are|was|were|remains?|remained|['’]s|['’]re)[ \u00a0]+still\b")


def _after_opening_hours(before: str) -> bool:
    """A day right after opening hours' label (`服务时间：周二至周日`): the days it opens, each week."""
    return before[-1:] in (":", "：") and _OPENING_HOURS.search(before) is not None


#: The words the two patterns below look for, found in a sentence before either is tried.
_HABITUAL_WORDS = (
    "通常",
    "往往",
    "一般",
    "常常",
    "经常",
    "經常",
    "总是",
    "總是",
    "平时",
    "平時",
    "ypically",
    "sually",
    "ormally",
    "enerally",
)
_HABITUAL_WORD = re.compile("|".join(_HABITUAL_WORDS))
#: Words that tell what happens as a rule (`通常`, `typically`), in the clause before the date.
_HABITUAL = re.compile(
    r"通常|往往|一般来说|一般來說|常常|经常|經常|总是|總是|平时|平時"
    r"|一般(?:会|會|要|都|在|从|從|于|於|自|到)"  # `雨季一般从7月开始`; not `一般人`, people in general
    r"|\b(?:typically|usually|normally|generally(?! available))\b"
)  # a release is `generally available` on its day
#: … or opening its sentence (`通常，…`, `Usually, …`; without a comma, a time or a festival, no calendar's date:
#: `平时王先生的员工分成两个班次，分别是夜里12点…`; not `一般人`, people in general).
_HABITUAL_OPENING = re.compile(
    r"[ \u3000]*(?:(?:通常|一般|往往|平时|平時|Typically|Usually|Normally|Generally)[，,]|平时|平時|通常|往往)"
)
#: The label of opening hours right before the days they name (`服务时间：周二至周日`, `Opening hours: Monday`).
_OPENING_HOURS = re.compile(
    r"(?:服务时间|服務時間|开放时间|開放時間|营业时间|營業時間|开馆时间|開館時間|办公时间|辦公時間"
    r"|(?i:opening hours|open hours|hours))"
    r"[ \u3000]*[:：]$"
)

#: A paper cited, its DOI or its volume and issue (`Journal of Mammalogy, Volume 98, Issue 5, 3 October 2017, Pages
#: 1453–1462, DOI:10.1093/…`): the date it appeared, a reference, no event of the story.
_A_CITATION = re.compile(
    r"\b(?:doi|DOI)[ \u00a0]*[:.]?[ \u00a0]*10\.\d{4,}/|\b(?:Vol(?:ume)?\.?|vol\.)[ \u00a0]*\d+[ \u00a0]*,[ \u00a0]*"
    r"(?:Issue|No\.?|no\.|Number|iss\.)[ \u00a0]*\d+"
)


def _a_papers_reference(text: str, place: Place) -> bool:
    """A reference to a paper, its journal's volume and issue or its DOI, with no act told in the past (`The study
    was published on 3 October 2017 …` is one)."""
    start, end = place.sentence_start, place.sentence_end
    if _A_CITATIONS_WORD.search(text, start, end) is None:
        return False  # most sentences cite nothing: their letters rule them out faster than the whole pattern
    return _A_CITATION.search(text, start, end) is not None and place.tense != PAST


_A_CITATIONS_WORD = re.compile("doi|DOI|[Vv]ol")


def _a_reports_credit(text: str, reading: Reading, place: Place) -> bool:
    """The day a news outlet reported what the sentence tells, with the happening's own day after it (`据共同社8月
    14日报道，拜登14日称赞…`, `据朝中社26日报道，…当天发表谈话`): the credit's day, not the happening's."""
    return (
        text.startswith(_REPORTED, reading.end)
        and _AN_OUTLET_BEFORE.search(text, max(place.sentence_start, reading.start - 24), reading.start) is not None
        and _ANOTHER_DAY.search(text, reading.end, place.sentence_end) is not None
    )


#: After a day, an outlet's reporting (`15日报道`, `3月20日报道称`, `21日刊文说`).
_REPORTED = ("报道", "報道", "报导", "報導", "刊文", "发文", "發文", "消息", "引述")
#: Right before that day, the outlet: a wire, a paper, a broadcaster, or a title in brackets (`据韩联社`,
#: `《产经新闻》`).
_AN_OUTLET_BEFORE = re.compile(
    r"(?:社|报|報|网|網|台|媒体|媒體|新闻|新聞|时报|時報|日报|日報|》)[ \u3000]*(?:也在|在|于|於)?[ \u3000]*$"
)
#: After the credit, the happening's own day (`14日`, `当天`, `2日`).
_ANOTHER_DAY = re.compile(
    r"[0-9０-９一二三四五六七八九十]{1,3}[日号號](?![本元])|当天|當天|同日|当日|當日|昨[天日晚]|今[天日晨早]"
)


def _the_years_a_span_starts(text: str, reading: Reading, place: Place) -> bool:
    """`从1990年至今`, `自2015年起，讨论空间不断收紧`, `排名自2008年起持续下跌`: the year a span starts, across which
    something went on or changed; not a day, a rule's first (`自3月1日起施行`), a year whose clause tells what was
    done then (`从1966年起引入了…`, `自2024年起施行`) or will be, nor the start of an activity
    (`从2008年开始做快递员`)."""
    before = text[max(0, reading.start - 2) : reading.start].strip()
    after = text[reading.end : reading.end + 4].lstrip(" 底初末")
    if not (before.endswith(("从", "從", "自")) and after.startswith(_SPAN_STARTS)):
        return False
    if place.tense == FUTURE:
        return False  # `将有望从2022年起正式实施`: a plan's start
    _, end = clause_of(text, reading, place)
    if _DONE_OR_IN_FORCE.search(text, reading.end, end):
        return False
    # what went on or changed across the span (`自2015年起，讨论空间不断收紧`, `排名自2008年起持续下跌`,
    # `从1990年至今`), not an activity begun then (`自2003年开始，兵团远赴外省招收拾花工`, `自2007年起和华为合作`)
    return _A_TREND.search(text, max(place.sentence_start, reading.start - 12), place.sentence_end) is not None


def _a_span_of_written_years(reading: Reading) -> bool:
    """Two years written as a span (`from 2009 to 2013`, `1963~1968年`), not a decade (`the 1990s`), whose
    years one reading gives."""
    end = reading.range_end
    return end is not None and end.start > reading.start and end.year != reading.year


#: After the year a span starts, what makes it an act's: `了` after a verb, a rule coming into force (`自2024年起施行`).
_DONE_OR_IN_FORCE = re.compile(r"了|施行|实施|實施|生效|执行|執行")


_SPAN_STARTS = ("开始", "開始", "起", "至今", "到现在", "到現在")
#: In a sentence with the year a span starts, what went on across it: a trend, a count, a state kept.
_A_TREND = re.compile(
    "持续|持續|不断|不斷|一直|逐年|逐步|连续|連續|累计|累計|陆续|陸續|已经|已經|已有|已|上升|下降|下跌|增长|增長|减少|減少|"
    "收紧|收緊|扩大|擴大|缩小|縮小|变化|變化|至今|到现在|到現在|面临|面臨|处于|處於"
)
#: Right after a Chinese date, what makes it the end of how things were before it.
_BEFORE_IT = ("之前", "以前", " 之前", " 以前")


def _the_same_year_or_month(text: str, reading: Reading) -> bool:
    """`that same year`, `the same month`, `later that year`, `that month`: a story's next act, in the period it
    told of last (not `the same period`, the time of a figure compared)."""
    written = text[reading.start : reading.end].lower()
    return reading.anaphor_unit in ("year", "month") and ("same" in written or written.startswith("that"))


def _earlier_this_year_in_the_past(text: str, reading: Reading, place: Place) -> bool:
    """`Zhang claimed his reward earlier this year`, `a fatal crash earlier this year`: what happened in the year so
    far, an act, not a figure's time (nor a source's, `as Fortune noted earlier this year`). `Earlier` is past
    whatever the verb near it, unless that verb is in the present or ahead."""
    if not text[reading.start : reading.end].lower().startswith("earlier"):
        return False
    if place.tense in (PRESENT, FUTURE, PROSPECT):
        return False
    words = text[max(place.sentence_start, reading.start - 20) : reading.start].split()
    return not (words and words[-1].lower() in tables.ENGLISH_PAST_SAYING)


def _this_year_after_a_past_act(text: str, reading: Reading, place: Place) -> bool:
    """`McIlroy, who won the Quail Hollow Championship this year`, `values started crashing this year`: `this year`
    after what was done, in the past tense, dates an act; not when it frames its sentence (`This year, our survey
    found …`), names the year (`declared this year the year of …`) or measures a figure (`sold 5 million this
    year`)."""
    if text[reading.start : reading.end].lower() != "this year" or place.tense != PAST:
        return False
    if text.startswith(("'s", "’s"), reading.end):
        return False  # `at this year's Milan Fashion Week`: the year names the thing
    if not text[place.sentence_start : reading.start].strip(" \"“‘'(") or place.frames_sentence:
        return False
    words = text[max(place.sentence_start, reading.start - 30) : reading.start].split()
    if not words or is_past_verb(words[-1].strip(",")):
        return False  # `we declared this year …`: the year is what was declared
    start, end = clause_of(text, reading, place)
    return not (measured_en(text, start, end) or _NONE_OR_AN_AMOUNT.search(text, start, end))


#: In a clause, what makes `this year` the time of a count or a state, not of an act: a negation (`No startup has
#: gone public this year`), an amount (`$21 billion this year`, `projected usage this year`), a superlative (`the
#: worst pollution this year`), a state (`Sales were weak this year`).
_NONE_OR_AN_AMOUNT = re.compile(
    r"\b(?:[Nn]o|not|never|none|[Nn]either|worst|best|most|least|highest|lowest|was|were|been)\b|n['’]t\b|[$€£¥%]"
    r"|\b(?:million|billion|trillion|percent|per cent|projected|estimated|expected|forecast)\b"
)


def _early_or_late_this_year_in_chinese(text: str, reading: Reading, place: Place) -> bool:
    """`今年初美國禁賣令發出`, `今年年初，部长指出`, `今年早些時候接受採訪`, `在今年晚些时候举行2+2对话`: what happened
    early in the year, or is to happen later in it, an act, unless its sentence measures a figure (`今年初，销售额达到
    5亿元`)."""
    written = text[reading.start : reading.end]
    if not written.startswith("今年"):
        return False
    if not (written.endswith("初") or text.startswith(_EARLIER_OR_LATER_IN_THE_YEAR, reading.end)):
        return False
    return not measures_a_value(text, place.sentence_start, place.sentence_end) and not _STATISTIC.search(
        text, place.sentence_start, place.sentence_end
    )


_EARLIER_OR_LATER_IN_THE_YEAR = (
    "早些时候", "早些時候", "稍早", "早前", "年初", "晚些时候", "晚些時候", "稍晚", "稍后", "稍後",
)  # fmt: skip


def _advised_or_supposed(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """Advice for a time to come (see `_advice_for_the_next`), or a Chinese time supposed in a condition
    (`如果等到2、3月再下单`, `如果今天的会…`): nothing done then."""
    if layout.english:
        return _advice_for_the_next(text, reading, place)
    return _A_CONDITION_BEFORE.search(text, max(place.sentence_start, reading.start - 40), reading.start) is not None


#: In the clause before a Chinese date, the word that opens a condition (`如果`, `假如`, `要是`; not `如果说`, which
#: grants a fact), within the clause and outside brackets (`（如果还有希望的话）那天是11月14日`).
_A_CONDITION_BEFORE = re.compile("(?:如果(?!说|說)|假如|假若|倘若|要是|假设|假設|若是)[^，,。；;！？!?()（）]*$")


def _names_the_present_period(reading: Reading) -> bool:
    if reading.kind == "anaphor":
        return reading.anaphor != "following"  # `the following year` is a story's next step, no figure's time
    return (
        reading.kind == "calendar"
        and reading.granularity in ("year", "quarter")
        and reading.year is None
        and (reading.year_shift == 0 or reading.quarter_shift == 0)
        and reading.quarter is None
        and not reading.current_or_previous  # 年底 may be a narrative's
    )


def _inside_title(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """Inside 《…》, or inside short quotes with no clause punctuation (a quoted title)."""
    if _TITLE_OPENING.search(text, place.sentence_start, reading.start) is None:
        return False
    before = text[place.sentence_start : reading.start]
    for opening, closing in tables.TITLE_BRACKETS.items():
        if before.count(opening) > before.count(closing):
            return True
    block_end = layout.block_ends[place.block]
    quotes = list(tables.QUOTE_MARKS.items())
    # a straight quote opens one only when its paragraph's are odd before the date too: `…get through this," the
    # premier said on Wednesday. "We …` closes a quote its sentence began inside
    if before.count('"') % 2 == 1 and text.count('"', layout.block_starts[place.block], reading.start) % 2 == 1:
        quotes.append(('"', '"'))
    for opening, closing in quotes:
        if opening != '"' and before.count(opening) <= before.count(closing):
            continue
        opened = text.rfind(opening, place.sentence_start, reading.start)
        closed = text.find(closing, reading.end, block_end)
        if opened == -1 or closed == -1:
            continue
        quoted = text[opened + 1 : closed]
        if len(quoted) <= tables.TITLE_MAX_CHARS and not _TITLE_BREAKERS.intersection(quoted):
            return True
    return False


def _headings_repeat_dates(
    mentions: list[Mention], resolved: list[Resolved], layout: Layout, with_lede: list[bool]
) -> tuple[Mention, ...]:
    """A heading that repeats a date the text reports is not a report of its own (unless it heads what it
    reports: a date heading above its paragraph)."""
    in_headings = [layout.is_heading(item.place.block) and not lede for item, lede in zip(resolved, with_lede)]
    if not any(in_headings):
        return tuple(mentions)
    body_dates = {m.date for m, heading in zip(mentions, in_headings) if not heading and m.date}
    return tuple(
        replace(m, is_event=False) if heading and m.is_event and m.date in body_dates else m
        for m, heading in zip(mentions, in_headings)
    )


#: How the end of a year or a month is written (`年底`, `月末`, `the end of the year`, `late 2010`, `year-end`).
_AN_END_OF_A_PERIOD = re.compile(r"[底末]$|(?i:\bend\b|\blate\b)")


def _periods_around_a_day(mentions: tuple[Mention, ...]) -> tuple[Mention, ...]:
    """A year or month that holds a day the same sentence reports (`at its 2010 conference less than two weeks
    ago`, `2021年12月，…12月22日`) sets that day in its time; it is not an event of its own, unless a relative
    clause tells an act of its own in it."""
    days_by_sentence: dict[int, list[str]] = {}
    for mention in mentions:
        if mention.is_event and mention.date and mention.granularity in ("day", "time"):
            days_by_sentence.setdefault(mention.sentence_start, []).append(mention.date)
    if not days_by_sentence:
        return mentions
    return tuple(
        replace(m, is_event=False)
        if m.is_event
        and m.date
        and m.end_date is None
        and m.granularity in ("year", "month")
        and any(day.startswith(m.date + "-") for day in days_by_sentence.get(m.sentence_start, ()))
        and not _AN_END_OF_A_PERIOD.search(m.as_written)  # `预计年底完成`: its end, after the day told
        # `The head of the faction, who voted this month for …, called himself … on Sunday`: another act's period
        and not _A_RELATIVE_CLAUSES_ACT.search(m.sentence, 0, m.start - m.sentence_start)
        else m
        for m in mentions
    )
