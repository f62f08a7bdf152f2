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
from .context import ExtractionContext
from .layout import Layout
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
    is_finite_verb,
    is_past_verb,
    tells_what_happened,
)

_STATISTIC = re.compile(tables.alternation(tables.STATISTIC_CUES))
_EVENT_VERB = re.compile(tables.alternation(tables.EVENT_VERBS))
_EVENT_ON_A_DAY = re.compile(tables.alternation(tables.EVENT_VERBS + tables.MARKET_MOVES + tables.REVISIONS))
_PERIOD_GRANULARITIES = frozenset({"year", "half", "quarter", "month"})
#: Before an amount, words that make it rough (`about 50`, `as many as 80`, `more than $2 million`).
_ABOUT = (
    "(?:about|nearly|almost|roughly|some|over|more than|less than|an estimated|just|only|probably|still|around"
    "|approximately|as many as|as much as)"
)
#: After a number, what makes it a share or a sum (`4.5%`, `2 million`, `$1bn`).
_AMOUNT_UNITS = r"%|percent\b|per cent\b|[mb]n\b|million\b|billion\b"
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
    return chinese_tense(text, lede[0], lede[0], *lede) == PAST or _EVENT_VERB.search(text, *lede) is not None


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
        (after_as_of(text, reading, place) and not _at_the_days_close(text, reading, place))
        or _a_point_of_comparison(text, reading, place)
        or (not layout.english and granularity in ("day", "time") and _a_day_compared_to(text, reading, place))
        or (layout.english and _a_span_up_to_now(text, reading))
        or _a_papers_reference(text, place)
    ):
        return False  # `as of June`, `As of the end of June, Netflix had …`, `over the past year`, a paper cited
    if _bounds_a_span(text, reading, place, granularity, layout):
        return False
    if _after_opening_hours(text[max(place.sentence_start, reading.start - 8) : reading.start].rstrip()):
        return False
    if (
        _today_as_nowadays(text, reading, place)
        if layout.english
        else (_jintian_as_nowadays(text, reading) or _what_the_date_is(text, reading, place))
    ):
        return False  # `Today, women create …`, `今天的中国`, `2020年是极不寻常的一年`, `8月22日是七夕情人節`
    if _advised_or_supposed(text, reading, place, layout):
        return False
    if (
        layout.english
        and reading.kind in ("relative", "anaphor")
        and _STILL.search(text, reading.end, place.sentence_end)
    ):
        return False  # `Five years later, Bogonko is still missing`: how things stood then, nothing done
    if (
        granularity in _PERIOD_GRANULARITIES
        and not planned
        and _a_figures_or_a_things_period(text, reading, place, layout, published)
    ):
        return False
    if granularity == "time" and (
        _the_hours_of_a_figure(text, reading, place, layout) or _working_hours(text, reading, place, layout)
    ):
        return False
    if granularity == "day" and not layout.english and _the_days_of_a_count(text, reading, place):
        return False
    if (
        granularity == "day"
        and layout.english
        and (_a_count_on_a_day(text, reading, place) or _a_figure_forecast_by(text, reading, place))
    ):
        return False
    if statistic and not planned and _a_statistics_date(text, reading, place, granularity, layout):
        return False
    if layout.english and granularity == "day" and _a_photos_date(text, reading, place):
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


def _at_the_days_close(text: str, reading: Reading, place: Place) -> bool:
    """`截至当天收盘，道琼斯工业平均指数下跌232.79点`: a market's move up to the day's close is the day's trading, no
    figure as of a date."""
    return (
        text.startswith(_THE_CLOSE, reading.end)
        and text[reading.end + 2 : reading.end + 3] not in _A_PRICE  # `截止到10月28日收盘价61元`: a price then
        and _A_MOVE_AT_THE_CLOSE.search(text, reading.end, place.sentence_end) is not None
    )


_THE_CLOSE = ("收盘", "收盤", "收市")
_A_PRICE = ("价", "價")
_A_MOVE_AT_THE_CLOSE = re.compile("跌|涨|漲|收于|收於|收报|收報")


def _a_statistics_date(text: str, reading: Reading, place: Place, granularity: str, layout: Layout) -> bool:
    """In a sentence with a statistic, a period is a reporting period unless its own clause says what happened
    (founded in 2009, had 33%); a day needs an event anywhere in the sentence, since Chinese sets the date before
    a comma (12月22日，美股暴跌4.21%), or a market's move (`Gold is up 1% this morning`); in English, a clause in
    the past around a day says something happened on it."""
    if granularity in _PERIOD_GRANULARITIES:
        return _EVENT_VERB.search(text, *_clause_told_of(text, reading, place, layout)) is None
    if _EVENT_ON_A_DAY.search(text, place.sentence_start, place.sentence_end) is not None:
        return False
    if not layout.english:
        return not _at_the_days_close(text, reading, place)  # `截至當天收盤，道瓊工業平均指數跌315.51點，…跌幅1.79%`
    if text[reading.start : reading.end].lower() in _THE_DAY_OF_PUBLICATION:
        return False  # `The Volatility Index headed higher by 11.4% today`, `Morgan Stanley reports today, with …`
    return place.tense != PAST and _A_MARKETS_MOVE.search(text, place.sentence_start, place.sentence_end) is None


#: The day a page tells of as its own (`today`, `this morning`, `tonight`): what has a figure on it is that day's news.
_THE_DAY_OF_PUBLICATION = frozenset(
    word for word, (days, anchors) in tables.ENGLISH_DAY_WORDS.items() if days == 0 and anchors == ("publication",)
)


def _later_this_period(text: str, reading: Reading, place: Place) -> bool:
    """`will be offered later this year`, `a shareholders' meeting later this year`, `will be launched by the end
    of this year`: what is planned for the rest of the present period, an act to come; not what may or might
    happen then (`may do so later this year`), nor a figure forecast for its end (`will fall to 4.5% by the end of
    the year`)."""
    written = text[reading.start : reading.end].lower()
    if written.startswith("later this"):
        return _A_MAYBE.search(text, *_clause_of(text, reading, place)) is None
    by = _BY_OR_BEFORE.search(text, max(place.sentence_start, reading.start - 8), reading.start)
    if not (written.startswith(("the end of this", "the end of the")) and by):
        return False
    if place.tense not in (FUTURE, PROSPECT):
        return False  # the tense is looked at last: it costs
    start, end = _clause_of(text, reading, place)
    return _A_MAYBE.search(text, start, end) is None and _A_FIGURE_EN.search(text, start, end) is None


#: Right before `the end of this year`: what makes it a deadline.
_BY_OR_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore)[ \u00a0]+(?:the[ \u00a0]+)?$")
#: A sum or a share (`$4 billion`, `4.5%`, `2 million`): a figure forecast, not an act.
_A_FIGURE_EN = re.compile(rf"(?:US)?[$€£¥][ \u00a0]?[0-9]|\b[0-9][0-9,.]*[ \u00a0]?(?:{_AMOUNT_UNITS})")


def _by_the_end_of_this_period(text: str, reading: Reading, place: Place) -> bool:
    """`项目今年底将建成`, `将于今年年底前推出`, `预定年底完成`: what is to be done by the end of the present year or
    month, an act to come; not a figure forecast for then (`预计到今年年底失业率将降至4.5%`)."""
    if text[reading.end - 1] not in "底末" or not _THE_END_OF_THIS_PERIOD.fullmatch(text, reading.start, reading.end):
        return False
    if place.tense not in (FUTURE, PROSPECT):
        return False  # the tense is looked at last: it costs
    start, end = _clause_of(text, reading, place)
    return not _measures_a_value(text, start, end)


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
    if ("thr" in window or "in the" in window) and _THE_END_OF_A_SPAN.search(text, window_start, reading.start):
        return True  # `cancelled its flights through 5 August`, `under contract through 2019`: a state's end;
        # `the median age rose from 28 to 37 in the 40 years to 2015`: a figure's period
    if granularity == "year" and not layout.english and _the_years_a_span_starts(text, reading, place):
        return True  # `从2005年开始就对26名运动员进行研究`, `从1990年至今`: what went on since
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


#: Right before a Chinese date, an extension to it (`延长到`, `延续至`, `延长至到`): the end of what goes on.
_EXTENDED_TO = re.compile(r"(?:延长|延長|延续|延續|展延)[至到]+[ \u3000]*$")
#: After a Chinese span, what makes it the time something went on or stood across (`2004年到2008年期间`).
_DURING_IT = ("期间", "期間")


def _a_figures_or_a_things_period(
    text: str, reading: Reading, place: Place, layout: Layout, published: dt.date | None
) -> bool:
    """A period that dates a figure (`2022年末，中国拥有近9亿劳动力`, `JPMorgan earned $4.9 billion in 2014`), a report
    or a work (`2020年《政府工作报告》`, `Aciman's 2007 novel`), or a group of people (`1972年以后出生的女性`)."""
    after = text[reading.end : reading.end + 10].lstrip(" 的之\u3000")
    if after.startswith(tables.REPORTING_NOUNS) or _the_date_of_a_figure(text, reading, place):
        return True
    if not layout.english and (
        _names_a_report(text, reading, place)
        or _a_base_compared_to(text, reading, place)
        or _a_measured_value(text, reading, place)
        or _A_CHINESE_FORECAST_BEFORE.search(text, place.sentence_start, reading.start) is not None
        or _a_distant_forecast_in_chinese(text, reading, place, published)
    ):
        return True
    if layout.english and (
        _an_english_measured_value(text, reading, place)
        or _AN_ENGLISH_BASE_BEFORE.search(text, max(place.sentence_start, reading.start - 60), reading.start)
        or _A_MEASURE_AFTER_A_PERIOD.match(text, reading.end) is not None
        or (text.startswith(",", reading.end) and _THE_LATEST_WITH_DATA.match(text, reading.end) is not None)
        or text.endswith(_ALL_OF, max(0, reading.start - 16), reading.start)  # `67 executions in all of 2021`
        or _an_amounts_period(text, reading, place)
        or _a_goals_or_an_outlooks_period(text, reading, place, published)
        or _a_measures_period(text, reading, place)
    ):
        return True
    return (
        _a_works_year(text, reading, published)
        or (
            layout.english
            and (
                _a_year_talked_of(text, reading)
                or _a_season_of_every_year(text, reading, place)
                or _the_present_year_in_the_present(text, reading, place, published)
            )
        )
        or _annual(text, reading)
        or _a_decade_describing(text, reading)
        or _a_birth_cohort(text, reading, place)
        or _years_ago_describing(text, reading, layout)
    )


#: Right after an English period, a measure it is the period of (`an above-forecast gain in August jobs`, `March
#: payrolls`, `June's retail sales`, `2015 sales`): a statistic's period, no act.
_A_MEASURE_AFTER_A_PERIOD = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:(?:non-?farm[ \u00a0]+)?payrolls?|jobs?[ \u00a0]+(?:data|numbers|growth|gains|report)|jobs"
    r"|(?:retail|home|car|auto|vehicle)[ \u00a0]+sales|sales|data|numbers|inflation|exports|imports|output"
    r"|unemployment|jobless|employment|GDP|CPI|PPI|PMI|(?:factory|durable[ \u00a0]+goods)[ \u00a0]+orders"
    r"|housing[ \u00a0]+starts|shipments|deliveries)\b"
)


#: Right before an English period, what makes it the whole period a total is counted over.
_ALL_OF = ("in all of ", "for all of ", "in all of the ", "for all of the ")
#: After an English period, what says it is the last one with figures (`In 2009, the most recent year for which tax
#: records are available, the foundation raised $1.3 million`): a statistic's period.
_THE_LATEST_WITH_DATA = re.compile(
    r",[ \u00a0]+the[ \u00a0]+(?:most[ \u00a0]+recent|latest|last)(?:[ \u00a0]+full)?[ \u00a0]+"
    r"(?:year|quarter|month|period|season)[ \u00a0]+(?:for[ \u00a0]+which|with)\b"
)


def _the_present_year_in_the_present(text: str, reading: Reading, place: Place, published: dt.date | None) -> bool:
    """The year of publication written as a number, in a clause in the present (`In 2025, the landscape of AI
    certifications has expanded significantly`): this year so far, a trend's or a figure's, as `this year` is;
    not `In 2025, the company opened 40 stores`."""
    return (
        published is not None
        and reading.year == published.year
        and reading.granularity == "year"
        and reading.range_end is None
        and text[reading.start : reading.end].isdigit()
        and place.tense == PRESENT
    )


def _a_season_of_every_year(text: str, reading: Reading, place: Place) -> bool:
    """`In the summer, the lake fills with tourists`: a season with no year, in the present, is every year's (not
    `will launch it in the summer`, `launched it in the summer`, `This summer, …`)."""
    return text[reading.start : reading.end].lower() in _THE_SEASONS and place.tense == PRESENT


_THE_SEASONS = frozenset({"the spring", "the summer", "the fall", "the autumn", "the winter"})


def _a_year_talked_of(text: str, reading: Reading) -> bool:
    """A year that is what its clause talks of, not when something happened: its subject, with no preposition
    before it (`2026 will accelerate the shift`, `2016 probably wasn't the most enjoyable year`, `As 2025 draws to
    a close`); not `in 1951 drew the attention`."""
    written = text[reading.start : reading.end]
    if reading.granularity != "year" or reading.range_end is not None or not written.isdigit():
        return False
    if _A_PREPOSITION_BEFORE.search(text, max(0, reading.start - 12), reading.start):
        return False
    return _A_VERB_AFTER_A_SUBJECT.match(text, reading.end) is not None


#: After a Chinese date, what says what the date is, not what happened on it: a year characterised (`2020年是极不
#: 寻常的一年`) or a day's festival (`今年的6月16日是父亲节`, `8月22日是農曆七夕情人節`).
_WHAT_THE_DATE_IS = re.compile(
    r"(?:的)?[ \u3000]*(?:是|被视为|被視為|被称为|被稱為|堪称|堪稱)[^，,。；;！？!?：:]{0,20}?"
    r"(?:一年|之年|年份|节|節|纪念日|紀念日|节日|節日|元年"
    r"|转折点|轉折點|分水岭|分水嶺|里程碑)"
    r"(?=[，,。；;！？!?\s]|$)"
)


def _what_the_date_is(text: str, reading: Reading, place: Place) -> bool:
    """A Chinese date said to be what it is (`2020年是极不寻常的一年`, `今天是记者节，我来看看您`), with nothing the
    sentence goes on to say happened then (`2019年是关键的一年，公司在这一年上市` is an event)."""
    found = _WHAT_THE_DATE_IS.match(text, reading.end)
    return found is not None and _BACK_TO_THE_DATE.search(text, found.end(), place.sentence_end) is None


#: Words that go back to the date just named (`在这一年上市`, `当天`).
_BACK_TO_THE_DATE = re.compile("(?:这|這|那)(?:一)?(?:年|天|日)|当年|當年|当天|當天|当日|當日|同年|同日")
#: Right before a year, a preposition that makes it a time (`in 1998`, `by 2050`), or a word of a list or a
#: part of the year (`and 2016`, `early 2016`).
_OTHER_LEAD_INS = frozenset({"for", "about", "and", "or", "early", "late", "mid", "the"})
_YEARS_LEAD_INS = tables.ENGLISH_PREPOSITIONS_BEFORE_A_PERIOD | _OTHER_LEAD_INS
_A_PREPOSITION_BEFORE = re.compile(r"\b(?i:" + tables.alternation(sorted(_YEARS_LEAD_INS)) + r")[ \u00a0]+$")
#: After a year, the verb of a clause it is the subject of (`2026 will`, `2017 is`, `2016 probably wasn't`).
_A_VERB_AFTER_A_SUBJECT = re.compile(
    r"[ \u00a0]+(?:probably[ \u00a0]+|also[ \u00a0]+|already[ \u00a0]+)?"
    r"(?:will|is|was|wasn['’]t|isn['’]t|has|had|promises|brings|brought|marks|marked|looks|looked|seems"
    r"|seemed|proved|draws|drew|starts|started|continues|continued|['’]s)\b"
)


def _a_count_on_a_day(text: str, reading: Reading, place: Place) -> bool:
    """A count of what there was on a day, nothing done: `The company had 12,500 employees on June 30`."""
    before = text[max(place.sentence_start, reading.start - 7) : reading.start].rstrip().lower()
    if not before.endswith((" on", " as of")):
        return False
    start = max(place.sentence_start, reading.start - COUNT_REACH)  # not the clause: `12,500` holds a comma
    end = _clause_end(text, reading.end, place.sentence_end)
    return _A_COUNT_EN.search(text, start, reading.start) is not None and _EVENT_VERB.search(text, start, end) is None


def _a_figure_forecast_by(text: str, reading: Reading, place: Place) -> bool:
    """A day a figure is forecast to reach by (`will see between 1,600 and 2,300 cases a day by November 7th`,
    `will rise to 5% by June 30`): what is expected then, no act."""
    if not _BY_OR_BEFORE.search(text, max(place.sentence_start, reading.start - 8), reading.start):
        return False
    start, end = _clause_of(text, reading, place)
    if _A_FIGURE_EN.search(text, start, end) is None and _A_RATE_EN.search(text, start, end) is None:
        return False
    if _A_LEVEL_REACHED.search(text, start, reading.start) is None:
        return False  # `80 million Americans will get the deposit by Wednesday`: a count of whom a plan reaches
    return place.tense in (FUTURE, PROSPECT)  # the tense is looked at last: it costs


#: A verb of a figure reaching a level.
_A_LEVEL_REACHED = re.compile(
    r"\b(?:see|reach|rise|fall|hit|top|exceed|climb|drop|grow|increase|decrease|decline|double|triple|surpass)\b"
)


#: How far before a day its count is looked for, in characters.
COUNT_REACH = 60


#: A verb of having and an amount (`had 12,500 employees`, `there were 380`).
_A_COUNT_EN = re.compile(
    r"\b(?:had|has|have|numbered|totaled|totalled|there were|there was)[ \u00a0]+"
    rf"(?:{_ABOUT}[ \u00a0]+)?[0-9][0-9,.]*"
)


def _the_days_of_a_count(text: str, reading: Reading, place: Place) -> bool:
    """Chinese days a count is made over: a span of days with an amount counted in its clause (`6月13日至16日，
    北京已完成35.6万人的核酸检测`, `在2月28日至3月20日期间扣留了超过11000名`), or a day a total is counted
    from (`6月11日至今，北京已累计新增106例`)."""
    if reading.range_end is None:
        total = _A_TOTAL_COUNTED.match(text, reading.end, place.sentence_end)
        return total is not None and _A_COUNTED_AMOUNT.search(text, total.end(), place.sentence_end) is not None
    start, end = _clause_of(text, reading, place)
    if text[reading.end : end].strip(" \u3000，,期间間") == "" and end < place.sentence_end:
        start, end = end + 1, _clause_end(text, end + 1, place.sentence_end)  # `6月13日至16日，` alone: the next
    return _A_COUNTED_AMOUNT.search(text, start, end) is not None


#: After a day, what makes the figure after it a total counted from then (`至今，…已累计新增106例`).
_A_TOTAL_COUNTED = re.compile(r"[^。；;！？!?]{0,4}?(?:至今|以来|以來|开始|開始)[^。；;！？!?]{0,20}?(?:累计|累計)")
#: An amount counted: a number and a counter (`35.6万人`, `超过11000名`, `516个`, `106例`).
_A_COUNTED_AMOUNT = re.compile(
    r"[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?:多|余|餘)?[ \u3000]*(?:万|萬|亿|億)?[ \u3000]*"
    r"(?:个|個|人|名|例|起|宗|件|辆|輛|吨|噸|元|美元|%|％|人次|户|戶|家|条|條)"
)


def _the_hours_of_a_figure(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """Chinese hours a figure is measured over (`16时至17时，1小时的降水量达53.2毫米`,
    `13时至20时降水量统计数据显示`)."""
    if layout.english or reading.range_end is None:
        return False
    return _names_a_report(text, reading, place) or (
        _measures_a_value(text, place.sentence_start, place.sentence_end)
        and _EVENT_VERB.search(text, place.sentence_start, place.sentence_end) is None
    )


def _working_hours(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """A Chinese clock time with no day, in a sentence of the days work goes on in a week (`早上九点上班，晚上九点
    下班，一周工作六天`, `996（早九点、晚九点、一周六天）`): a schedule, no one day's."""
    return (
        not layout.english
        and reading.kind == "clock"
        and _A_WORKING_WEEK.search(text, place.sentence_start, place.sentence_end) is not None
    )


#: What a schedule of work says: its days in a week (`一周工作六天`, `每周六天`).
_A_WORKING_WEEK = re.compile(r"[每一][周週](?:工作)?[五六七][天日]|[每一][周週]工作")


_ENGLISH_SUPERLATIVE = re.compile(tables.ENGLISH_SUPERLATIVE)
#: Before `since`, `every` and what it counts (`in every election since`): what recurs from then on.
_EVERY_ONE_SINCE = re.compile(r"\bevery[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){1,3}since$")
#: Right before a date, what makes it the end of a span a state lasts (`through 2019`) or a figure is measured over
#: (`in the 12 months to March`, `in the 40 years to 2015`).
_THE_END_OF_A_SPAN = re.compile(
    r"(?:\b(?:through|thru)|\bin the (?:[\w-]+ )?(?:years?|months?|weeks?|days?|quarters?) (?:to|ending|ended))"
    r"[ \u00a0]+$"
)


def _what_usually_happens(text: str, reading: Reading, place: Place) -> bool:
    """A time of what happens as a rule, not once: its sentence's opening says so (`通常，订购时间从10月底开始`),
    or its clause before it does (`chiles are typically picked from mid-July`)."""
    if _HABITUAL_OPENING.match(text, place.sentence_start):
        return True
    return _HABITUAL.search(text, _clause_of(text, reading, place)[0], reading.start) is not None


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


def _jintian_as_nowadays(text: str, reading: Reading) -> bool:
    """今天 as these days: before 的 and what the age has (`今天的民营企业的焦虑`, `搜索今天的网络`), not before
    what happens today (`今天的比赛`, `在今天的见面会上`); or after 到 (`走到今天`): up to now."""
    if text[reading.start : reading.end] not in ("今天", "今日"):
        return False
    if text.endswith(("到", "至"), 0, reading.start):
        return True
    if _AN_AGES_PEOPLE.match(text, reading.end):
        return True  # `所以今天企业应该…`, `今天社会公众所以为的`: these days
    if _A_COUNTRYS_THINGS.match(text, reading.end):
        return True  # `今天中国的中小型企业`: these days' (not `今天中国队夺冠`, `美国今天宣布`)
    if _LOOKING_BACK.match(text, reading.end):
        return True  # `今天回想起来`, `今天看來更不可想象的是`: from where the writer stands these days
    if _NAMED_THESE_DAYS.match(text, reading.end):
        return True  # `当时叫做迦南之地，今天叫做以色列`, `也就是今天所说的印尼`: its name these days
    if _THIS_AGE.match(text, reading.end):
        return True  # `在今天這個資訊時代`, `今天这样的社会`: the age we live in
    if (
        text.endswith("在", 0, reading.start)
        and not text.endswith("就在", 0, reading.start)
        and text.startswith(("，", ","), reading.end)
    ):
        return True  # `但在今天，任何一家媒体都可以…`: in this age (not `就在今天，…宣布`)
    return (
        text.startswith("的", reading.end)
        and _WHAT_HAPPENS_TODAY.search(text, reading.end + 1, reading.end + WHAT_HAPPENS_REACH) is None
    )


#: Right after 今天, the people of an age (`今天企业`, `今天年轻人`; not `今天企业家座谈会`, `今天社会各界…`).
_AN_AGES_PEOPLE = re.compile(r"(?:社会|社會)(?!各界)|(?:企业|企業)(?!家)|年轻人|年輕人|人类|人類|人们|人們")
#: After 今天, a country and 的: what it has these days.
_A_COUNTRYS_THINGS = re.compile(r"(?:中国|中國|美国|美國|香港|台湾|台灣|大陆|大陸|日本|欧洲|歐洲)的")
#: After 今天, looking back on what was (`今天回想起来`, `今天看來`, `今天回顾这个案子`).
_LOOKING_BACK = re.compile(r"[ \u3000]*(?:回想|回顾|回顧|回头看|回頭看|回看|看来|看來|想来|想來)")
#: After 今天, `this` and an age or a society (`今天这个信息时代`, `今天這樣的社會`).
_THIS_AGE = re.compile(r"(?:这个|這個|这样的|這樣的|这种|這種)[^，,。；;！？]{0,8}?(?:时代|時代|年代|社会|社會|世界)")
#: After 今天, what a thing is called these days (`今天叫做以色列`, `今天所说的印尼`).
_NAMED_THESE_DAYS = re.compile(r"所?(?:叫做|叫作|(?:称为|稱為)(?!了)|称作|稱作|说的|說的|谓的|謂的|称的|稱的)")
#: How far after 今天的 a word for what happens on a day is looked for.
WHAT_HAPPENS_REACH = 9


#: After 今天的, words for what happens on a day (`比赛`, `发布会`, `会议`, `演出`).
_WHAT_HAPPENS_TODAY = re.compile(
    r"比赛|比賽|赛事|賽事|会|會|活动|活動|演出|仪式|儀式|典礼|典禮|发布|發布|演讲|演講|讲话|講話|表演|节目|節目|见面|見面"
    r"|采访|採訪|庭审|庭審|开庭|開庭|航班|行程|抗议|抗議|游行|遊行|集会|集會|选举|選舉|投票|变动|變動|事件|事故|交易|行动|行動"
    r"|声明|聲明|直播|晚会|晚會|派对|派對|聚会|聚會|音乐|音樂|报道|報道|报告|報告|课|課|考试|考試|手术|手術"
)


def _today_as_nowadays(text: str, reading: Reading, place: Place) -> bool:
    """`today` in a sentence about how things are, not about what happens today: an age's things after
    `today's` (`today's wonders are`), a comparison with how things were (`buyers are more sophisticated
    today`), an amount there is (`Today, the service has some 5,000 employees`), a state in the present (`Neon
    signs exist today`) or a superlative before it (`one of the hottest trends today`); not `Today is the
    deadline`, `The Senate votes today` nor `today's glitches were`."""
    if text[reading.start : reading.end].lower() != "today":
        return False
    if _the_pages_own_words(text, reading, place):
        return True
    if text.endswith(("than ", "than\u00a0"), max(0, reading.start - 5), reading.start) or _AS_MUCH_AS_TODAY.match(
        text, reading.end
    ):
        return True  # `more powerful than today's`, `as compelling today as they ever were`: these days, compared
    if _IN_TODAYS_AGE.match(text, reading.end) and text[max(0, reading.start - 3) : reading.start].lower() == "in ":
        return True  # `In today's interconnected world, the rise of … has transformed our lives`, `in today's market`
    if _TODAYS_AGE.match(text, reading.end):
        return place.tense != PAST  # `today's innovations are`, `in today's digital environment`, not `… were`
    clause_start, clause_end = _clause_of(text, reading, place)
    if _A_COMPARISON_WITH_BEFORE.search(text, clause_start, reading.start):
        return True  # `buyers are more sophisticated today`
    if _WHAT_MAY_BE_TODAY.search(text, clause_start, reading.start):
        return True  # `a model agencies can adopt today`, `she would be alive today`, `artists operating today`
    if _A_MARKETS_MOVE.search(text, clause_start, clause_end):
        return False  # `Stocks are lower today`: the day's trading
    return _how_things_are_today(text, reading, place, clause_start, clause_end)


def _how_things_are_today(text: str, reading: Reading, place: Place, clause_start: int, clause_end: int) -> bool:
    """`today` in a clause that tells how things are these days: an amount there is, a state, the present of a
    plural subject, a superlative of the age (see `_today_as_nowadays`)."""
    if place.tense != PAST:  # an amount there is these days: `Today, the service has some 5,000 employees`
        if not (text[clause_start : reading.start].strip() or text[reading.end : clause_end].strip()):
            clause_start = clause_end + 1  # `Today,` alone: the clause after it
            clause_end = _clause_end(text, clause_start, place.sentence_end)
        if _measured_en(text, clause_start, clause_end):
            return True
    opens = _opens_its_sentence(text, reading, place)
    if opens and _HOW_THINGS_ARE_TODAY.match(text, reading.end, clause_end):
        return True  # `Today the company is valued at $1bn`, `Today we are great friends`
    if (
        place.tense == PRESENT
        and text[reading.end : reading.end + 1] not in ("'", "’")
        and not (opens and _A_VERB_AFTER_TODAY.match(text, reading.end))
        and not _A_DAYS_ACT.search(text, place.sentence_start, place.sentence_end)
    ):
        return True  # `Today, women create and lead a growing number of businesses`, `Today we see …`
    if not (
        _A_STATE.search(text, place.sentence_start, place.sentence_end)
        or _A_SUPERLATIVE_OF_THE_AGE.search(text, clause_start, reading.start)
    ):
        return False
    if opens and _A_VERB_AFTER_TODAY.match(text, reading.end):
        return False  # `Today is the last day`, `Today marks …`: the day itself
    return place.tense in (PRESENT, "")


def _opens_its_sentence(text: str, reading: Reading, place: Place) -> bool:
    """Whether the reading opens its sentence, maybe after a quotation mark (`"Today that's a pain point," he said`)."""
    return not text[place.sentence_start : reading.start].strip(" \"“‘'")


def _the_pages_own_words(text: str, reading: Reading, place: Place) -> bool:
    """A page's bidding (`Become a member today to get …`, `…, please register today`) or a list's label
    (`Today's Most Read`): the page talking, no day's news."""
    return bool(
        _A_CALL_TO_ACT.match(text, place.sentence_start)
        or _PLEASE_BEFORE.search(text, max(place.sentence_start, reading.start - 40), reading.start)
        or _A_PAGES_LABEL.fullmatch(text, reading.start, place.sentence_end)
    )


#: Before `today` in its clause, what makes it the present in general: a modal of what may or would be (`can
#: adopt today`, `would be alive today`; not `will`), or a participle of who is at work these days right before it
#: (`artists operating today`, `humans living today`; not `the company is launching today`).
_WHAT_MAY_BE_TODAY = re.compile(
    r"\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Mm]ight|may)\b"  # not `May`, the month
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!['’]s )(?<!['’]re )"
    r"\b(?:operating|living|working|writing|playing|performing|making|practising|practicing|alive)[ \u00a0]+$"
)
#: `please` and up to three words before `today` (`please register today`, `please sign up today`).
_PLEASE_BEFORE = re.compile(r"\b[Pp]lease(?:[ \u00a0]+[a-z]+){1,3}[ \u00a0]+$")
#: `Today's` and a few words in title case, alone: the label of a list of articles on a page.
_A_PAGES_LABEL = re.compile(r"Today['’]s(?:[ \u00a0]+[A-Z][a-z]+){1,3}[ \u00a0]*")
#: After `today`, the second half of a comparison (`as compelling today as they ever were`, `a better place today than
#: a year ago`).
_AS_MUCH_AS_TODAY = re.compile(
    r"[ \u00a0]+(?:as[ \u00a0]+(?:they|it|he|she|we|you|I|ever|before|then|in)"
    r"|than[ \u00a0]+(?:ever|before|then|at any|in (?:the past|years|decades)|(?:a|one|two|three|five|ten|[0-9]+)"
    r"[ \u00a0]+(?:years?|decades?)[ \u00a0]+ago|last year|(?:it|they|we|he|she)[ \u00a0]+(?:was|were|had|has|have)))\b"
)
#: A sentence that opens with a bidding, as a page's appeals do (`Become a member today`, `Sign up today`).
_A_CALL_TO_ACT = re.compile(
    r"[\s\"“]*(?:Please[ \u00a0]+)?(?i:become|join|subscribe|sign[ \u00a0]+up|donate|consider|download|register"
    r"|upgrade)\b"
)
#: After `today`, an age's things: `today's wonders`, `today's browser-based maps`, `today's digital environment`
#: (not a day's happenings: `today's talks`, `today's vote`).
_TODAYS_AGE = re.compile(
    r"['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,4}?"
    r"(?!(?:talks|elections|games|matches|hearings|protests|negotiations|results|events|news|meetings)\b)"
    r"(?:[a-z]{2,}[^su\W]s|world|society|environment|economy|era|age|climate|culture|landscape|generation)\b"
)
#: … an age itself, after `in` (`in today's interconnected world`, `in today's market`): these days, whatever the tense.
_IN_TODAYS_AGE = re.compile(
    r"['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?"
    r"(?:world|society|environment|economy|era|age|climate|culture|landscape|market|times)\b"
)
#: … or a comparison with how things were (`buyers are more sophisticated today`).
_A_COMPARISON_WITH_BEFORE = re.compile(
    r"\b(?:is|are|am|['’]re)[ \u00a0]+(?:(?:much|far|even|now)[ \u00a0]+)?(?:more|less)[ \u00a0]+[a-z]+"
)
#: A market and how it moved, in a clause (`Stocks are lower`, `Gold is up 1%`, `shares traded higher`): a day's
#: trading, which `today` dates.
_A_MARKETS_MOVE = re.compile(
    r"\b(?:[Ss]tocks?|[Ss]hares|[Pp]rices|[Mm]arkets?|[Ff]utures|[Ii]nd(?:ex|exes|ices)|[Yy]ields?|[Bb]onds|[Oo]il"
    r"|[Gg]old|[Ss]ilver|[Cc]rude|[Dd]ollar|[Ee]uro|[Yy]en|[Bb]itcoin|Dow|Nasdaq|S&P(?:[ \u00a0]500)?)"
    r"(?:[ \u00a0]+(?:is|are|were|was|traded|trading|opened|closed|moved|edged|ended|finished))?"
    r"(?:[ \u00a0]+(?:sharply|slightly|modestly|broadly|firmly))?"
    r"[ \u00a0]+(?:higher|lower|up|down|flat|mixed|steady)\b"
)
#: A state that goes on, in a clause (`is still missing`, `were still fighting`).
_STILL = re.compile(r"\b(?:is|are|was|were|remains?|remained|['’]s|['’]re)[ \u00a0]+still\b")
#: Verbs of a state, which `today` beside them makes the present age's (`exist today`, `remain unresolved today`).
_A_STATE = re.compile(
    r"\b(?:exists?|remains?|seems?|persists?|lacks?|belongs?|consists?|appears?|as it is|as they are)\b"
)
#: … or a superlative that ranks things among all there are (`one of the hottest trends`, `the most engaging tool`).
_A_SUPERLATIVE_OF_THE_AGE = re.compile(r"\b(?:one of the [a-z]+est|the (?:most|best|worst) [a-z])")
#: After a sentence's opening `Today`, a subject and `is`/`are`, not of what is going on (`is voting`) or coming
#: (`are to meet`): how things are these days.
_HOW_THINGS_ARE_TODAY = re.compile(
    r",?[ \u00a0]+(?:(?:[A-Za-z][\w'’-]*[ \u00a0]+){1,4}?(?:is|are|am|['’]re)|(?:that|it|he|she|there)['’]s)[ \u00a0]+"
    r"(?!(?:[a-z]+ing|to|due|set|expected|closed|open|off|shut|scheduled|canceled|cancelled|postponed)\b)"
)
#: In a sentence with `today` in the present, a verb of what is done on a day (`The Senate votes today`, `the
#: law takes effect today`, `Today marks …`): the day's news, not the age's.
_A_DAYS_ACT = re.compile(
    r"\b(?:says?|announces?|votes?|meets?|opens?|closes?|begins?|starts?|ends?|launch(?:es)?|releases?|marks?"
    r"|takes? effect|goes on sale|arrives?|visits?|hosts?|holds?|testif(?:y|ies)|kicks? off|returns?|celebrates?"
    r"|expires?|plays?|faces?|unveils?|files?|reports?|publishes|debuts?|premieres?|airs?|resumes?|convenes?"
    r"|heads?|travels?|leaves?|signs?|hears?|rules?|decides?|joins?|shares?|available|deadline|birthday"
    r"|anniversary|is due|are due|was|were)\b"
    r"|\b(?:is|are|am|['’]s|['’]re)[ \u00a0]+(?:[a-z]+ing|in|at|on|closed|open|off|shut|here|there|back|away|out)\b"
    # `is launching today`, `is in Paris today`, `is closed today`: going on, or where one is, today
    r"|\b(?:has|have|['’]ve)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en|wn|t)\b"  # `has taken`: done today
)
#: A verb right after a sentence's opening `Today`, whose subject it is.
_A_VERB_AFTER_TODAY = re.compile(r"[ \u00a0]+(?:is|was|will|marks|would|has|could|might)\b")


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
    r"通常|往往|一般来说|一般來說|常常|经常|經常|总是|總是|\b(?:typically|usually|normally|generally(?! available))\b"
)  # a release is `generally available` on its day
#: … or opening its sentence (`通常，…`, `Usually, …`).
_HABITUAL_OPENING = re.compile(r"[ \u3000]*(?:通常|一般|往往|平时|平時|Typically|Usually|Normally|Generally)[，,]")
#: The label of opening hours right before the days they name (`服务时间：周二至周日`, `Opening hours: Monday`).
_OPENING_HOURS = re.compile(
    r"(?:服务时间|服務時間|开放时间|開放時間|营业时间|營業時間|开馆时间|開館時間|办公时间|辦公時間"
    r"|(?i:opening hours|open hours|hours))"
    r"[ \u3000]*[:：]$"
)


#: A change measured since a date (`has risen from 33 gigabits to 27 terabits since 1997`, `prices have doubled`).
_A_CHANGE = re.compile(
    r"\b(?:risen|rose|grown|grew|increased|fallen|fell|declined|dropped|climbed|surged|jumped|soared|plunged"
    r"|slumped|doubled|tripled|quadrupled|halved|shrunk|shrank)\b"
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


#: A span that reaches up to now (`the past year`, `the last few weeks`), not `last week`, a week of its own, nor
#: `the last week of March`.
_A_SPAN_UP_TO_NOW = re.compile(
    r"[Tt]he[ \u00a0]+(?:past|last)[ \u00a0]+(?:(?:few|several|couple[ \u00a0]+of|\d+|two|three|four|five|six|ten)"
    r"[ \u00a0]+)?(?:days?|weeks?|months?|quarters?|years?|decades?)"
)
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")


def _a_span_up_to_now(text: str, reading: Reading) -> bool:
    """`over the past year`, `Seven were reported in the last week`: what a sentence says over a span up to now is
    a sum or a trend, not an act on a day."""
    return bool(_A_SPAN_UP_TO_NOW.fullmatch(text, reading.start, reading.end)) and not _OF_AFTER.match(
        text, reading.end
    )


#: A count before `since` and a year (`more than 1,000 times since 2004`, `320 people had died … since 2001`,
#: `two-thirds of residents have left since 1950`): a sum over the years since, not what began then (`The
#: threshold has been frozen since 2009` is).
_A_COUNT = re.compile(
    r"(?<![\w,.-])(?!(?:1[89]|20)\d\d(?![\d,]))\d[\d,.]*(?=[ \u00a0%])"
    r"|\b(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)"
    r"|dozens|hundreds|thousands|millions|billions)\s+(?:of\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z-]+s\b"
    r"|\b(?:one|two|three)-(?:thirds?|quarters?|fifths?)\b|\bhalf of\b|\btimes\b|\bper ?cent\b"
)
#: The present perfect's auxiliary, which makes a count after a fronted `Since` a sum up to now.
_HAVE = re.compile(r"\b(?:have|has)\b")
#: After the date `since` runs from, a clause that tells what happened then (`has been since 2014 when he
#: acquired the house`): the act it runs from, no point of comparison.
_WHEN_AFTER = re.compile(r",?[ \u00a0]+when[ \u00a0]")
#: What opens a sentence right before the date its count runs from.
_SINCE_OPENING = frozenset({"Since", "Since the", "Ever since", "Ever since the"})
#: `the` before a date (`since the 1990s`).
_THE_AT_THE_END = re.compile(r"\s+the$")


def _a_point_of_comparison(text: str, reading: Reading, place: Place) -> bool:
    """`the biggest failure since 2008`, `for the first time since the 1990s`, `prices have doubled since 2010`,
    `2008年以来首次`: the date a record or a change is measured from."""
    if "ince" in text[max(place.sentence_start, reading.start - 16) : reading.start]:
        before = _THE_AT_THE_END.sub("", text[max(place.sentence_start, reading.start - 60) : reading.start].rstrip())
        if before.endswith(tables.SINCE_CUES) and not _WHEN_AFTER.match(text, reading.end):
            return (
                _ENGLISH_SUPERLATIVE.search(before[: -len("since")]) is not None
                or _EVERY_ONE_SINCE.search(before) is not None  # `won the state in every election since 1952`
                or _A_CHANGE.search(text, place.sentence_start, place.sentence_end) is not None
                or (
                    reading.granularity != "day"
                    and (
                        _A_COUNT.search(text, place.sentence_start, reading.start) is not None
                        or (  # `Since June, eight park visitors have contracted the virus`: the count after it
                            text[place.sentence_start : reading.start].strip() in _SINCE_OPENING
                            and _HAVE.search(text, reading.end, place.sentence_end) is not None
                            and _A_COUNT.search(text, reading.end, place.sentence_end) is not None
                        )
                    )
                )
            )
    after = text[reading.end : reading.end + 3].lstrip(" 底初末")
    if after.startswith(tables.SINCE_CUES_AFTER):
        return any(word in text[reading.end : reading.end + 12] for word in tables.CHINESE_SUPERLATIVES)
    window_start = max(place.sentence_start, reading.start - 40)
    compared = (
        _THAN_BEFORE.search(text, window_start, reading.start) if "than" in text[window_start : reading.start] else None
    )
    # `higher than a year ago`, `better than we were a year ago`, `fewer than in 2010`; not `more than a year ago`,
    # an amount of time
    return compared is not None and (compared["then"] is not None or compared["word"].lower() not in _AMOUNTS_THAN)


#: `than` before a date, maybe past a subject and its verb or a preposition: the date a comparison is made with.
_THAN_BEFORE = re.compile(
    r"\b(?P<word>[A-Za-z]+)[ \u00a0]+than[ \u00a0]+"
    r"(?P<then>(?:(?:it|they|we|he|she|I|you)[ \u00a0]+(?:was|were|had been|did|had|is|are)[ \u00a0]+)"
    r"|(?:in|at|on|during)[ \u00a0]+)?$"
)
#: Before `than` right before a date, the words that make it an amount of time (`more than a year ago`).
_AMOUNTS_THAN = frozenset({"more", "less", "fewer", "no", "over", "rather", "other"})


def _the_years_a_span_starts(text: str, reading: Reading, place: Place) -> bool:
    """`从2005年开始`, `自去年开始`, `从2000年起`, `从1990年至今`: the year a span starts; not a day, a rule's first
    (`自3月1日起施行`), nor a year whose clause tells what was done then (`从1966年起引入了…`, `自2024年起施行`) or
    will be."""
    before = text[max(0, reading.start - 2) : reading.start].strip()
    after = text[reading.end : reading.end + 4].lstrip(" 底初末")
    if not (before.endswith(("从", "從", "自")) and after.startswith(_SPAN_STARTS)):
        return False
    if place.tense == FUTURE:
        return False  # `将有望从2022年起正式实施`: a plan's start
    _, end = _clause_of(text, reading, place)
    return not _DONE_OR_IN_FORCE.search(text, reading.end, end)


def _a_span_of_written_years(reading: Reading) -> bool:
    """Two years written as a span (`from 2009 to 2013`, `1963~1968年`), not a decade (`the 1990s`), whose
    years one reading gives."""
    end = reading.range_end
    return end is not None and end.start > reading.start and end.year != reading.year


#: After the year a span starts, what makes it an act's: `了` after a verb, a rule coming into force (`自2024年起施行`).
_DONE_OR_IN_FORCE = re.compile(r"了|施行|实施|實施|生效|执行|執行")


_SPAN_STARTS = ("开始", "開始", "起", "至今", "到现在", "到現在")
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
    start, end = _clause_of(text, reading, place)
    return not (_measured_en(text, start, end) or _NONE_OR_AN_AMOUNT.search(text, start, end))


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
    return not _measures_a_value(text, place.sentence_start, place.sentence_end) and not _STATISTIC.search(
        text, place.sentence_start, place.sentence_end
    )


_EARLIER_OR_LATER_IN_THE_YEAR = (
    "早些时候", "早些時候", "稍早", "早前", "年初", "晚些时候", "晚些時候", "稍晚", "稍后", "稍後",
)  # fmt: skip


#: After a year, the work it dates, maybe past a few words that describe it (`2007 novel`, `1865 Russian novella`).
_A_WORK_AFTER_A_YEAR = re.compile(
    r"(?:[ \u00a0]+(?:[A-Z][\w'’-]*|[a-z]+(?:-[a-z]+)*)){0,3}?[ \u00a0]+"
    + tables.alternation(tables.ENGLISH_WORK_NOUNS)
    + r"\b"
)
#: … or the people, holdings or measures it describes, past words that describe them (`2011 PGA champion`).
_DESCRIBED_AFTER_A_YEAR = re.compile(
    r"(?:[ \u00a0]+(?!(?:of|the|a|an|and|or|to|in|on|for|with|by|from|at)\b)(?:[A-Z][\w'’-]*|[a-z]+(?:-[a-z]+)*)){0,3}?"
    r"[ \u00a0]+" + tables.alternation(tables.ENGLISH_DESCRIBED_NOUNS) + r"\b"
)
#: … after a determiner or an owner (`an 1865 novella`, `Aciman's 2007 novel`, `Few 2017 movies`).
_A_DETERMINER_BEFORE = re.compile(
    r"(?:['’]s|\b(?i:a|an|the|his|her|their|its|our|my|your|few|many|several|some|all|both|these|those|this|that))"
    r"[ \u00a0]+$"
)
#: Before a year, a ranking of the things it saw (`the best films of`, `top 21 films of`, `favorite albums of`).
_A_RANKING_BEFORE_A_YEAR = re.compile(
    r"\b(?:[a-z]+est|most[ \u00a0]+\w+|top(?:[ \u00a0]+\d+)?|favou?rite)"
    r"(?:[ \u00a0]+[\w'’-]+){1,3}?[ \u00a0]+of[ \u00a0]+$"
)
#: Right before a bracket: a Latin word (`Unfolding`, `3210`), or a title's closing quote (`”`, `》`).
_NAME_BEFORE_A_BRACKET = re.compile(r"(?:(?<![\w'’.-])(?P<word>[A-Za-z0-9][\w'’.-]*)|[”\"’'》」])[ \u00a0]*$")


def _a_decade_describing(text: str, reading: Reading) -> bool:
    """A decade before a noun it describes (`schmaltzy '60s rhetoric`, `her inner '90s child`), not after a
    preposition (`in the 1990s`) nor before its verb (`the 1960s saw`): the style of a time, no act."""
    if not _A_DECADE.search(text, reading.start, reading.end):
        return False
    if _A_THING_OF_THE.search(text, max(0, reading.start - 40), reading.start):
        return True  # `the paranoid style of the 1960s`, `the crime wave of the 1980s`: the time's, no act
    following = _A_WORD.match(text, reading.end)
    if following is None or following[1].lower() in tables.ENGLISH_FUNCTION_WORDS or is_finite_verb(following[1]):
        return False
    before = _WORD_BEFORE.search(text, max(0, reading.start - 24), reading.start)
    return before is None or before[1].lower() not in tables.ENGLISH_PREPOSITIONS_BEFORE_A_PERIOD


_A_DECADE = re.compile(r"[0-9]0s$")
#: A noun and `of the` before a decade, the noun no part of it (`the end of the 1990s` is a time).
_A_THING_OF_THE = re.compile(
    r"\b(?!(?:end|start|beginning|middle|turn|rest|part|half|course|years?|decades?|days?)\b)[a-z]+[ \u00a0]+of"
    r"[ \u00a0]+the[ \u00a0]+['’]?$"
)
_A_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w-]*)")
#: The word before a date, past `the`.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:the[ \u00a0]+)?['’]?$")


def _years_ago_describing(text: str, reading: Reading, layout: Layout) -> bool:
    """A count of years before a thing it dates (`十年前的案子`, `20年前的一桩旧事`, `八年前的点名册`): the thing, not
    an act then; not before a time or a day (`八年前的那次撤稿`, `20年后的清明节`)."""
    return (
        not layout.english
        and reading.kind == "relative"
        and text.startswith("的", reading.end)
        and _A_TIME_AFTER_DE.match(text, reading.end + 1) is None
    )


#: After a count of years and 的, what makes the words a time: `那次`, `那天`, `时候`, a date or a season.
_A_TIME_AFTER_DE = re.compile(
    r"[ \u3000]*(?:那次|那一次|那天|那一天|这天|這天|时候|時候|今天|今日|某一?[天日]|一天"
    r"|早上|上午|中午|下午|傍晚|晚上|夜里|夜裡|深夜|凌晨|清晨"
    r"|[0-9０-９一二三四五六七八九十]+[ \u3000]*[年月日号號]"
    r"|[春夏秋冬]|清明|除夕|元旦|中秋|国庆|國慶|端午|元宵|年底|年初|年末)"
)


def _a_birth_cohort(text: str, reading: Reading, place: Place) -> bool:
    """A year that sorts people by when they were born, no one's birth: `1972年以及以后出生的女性`,
    `1980年出生女职工`, `出生于1967年后的人们`, `those born after 1980`; not `他1943年在美国出生`."""
    if _COHORT_AFTER_A_YEAR.match(text, reading.end, place.sentence_end):
        return True
    before = text[max(place.sentence_start, reading.start - 16) : reading.start]
    if before.endswith(("出生于", "出生於")):
        return _AFTER_OR_BEFORE_IT.match(text, reading.end, place.sentence_end) is not None
    return _BORN_AFTER_OR_BEFORE.search(before) is not None


#: After a year, people born then or since (`以及以后出生的`, `后出生的`, `生的人群`, `出生女职工`); not one
#: person's (`1956年生人`).
_COHORT_AFTER_A_YEAR = re.compile(
    r"[ \u3000]*(?:以及|及)?[ \u3000]*(?:以后|以後|以前|之后|之後|之前|后|後|前)?[ \u3000]*"
    r"(?:出生(?:的|[女男]|人)|生的)"
)
_AFTER_OR_BEFORE_IT = re.compile(r"[ \u3000]*(?:以后|以後|以前|之后|之後|之前|后|後|前)的")
_BORN_AFTER_OR_BEFORE = re.compile(r"\bborn[ \u00a0]+(?:after|before|since|between)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _annual(text: str, reading: Reading) -> bool:
    """`2021年度综合考核`, `2021年度绿色制造名单`: a year written as 年度 is what a thing covers, no time of an act."""
    return reading.granularity == "year" and text[reading.end : reading.end + 1] == "度" and reading.range_end is None


#: A year's before a name in capitals: the thing it names (`2002's Die Another Day`).
_A_YEARS_NAMED_THING = re.compile(r"['’]s\s+(?:[A-Z][a-z]|[A-Z]\s)")


def _a_works_year(text: str, reading: Reading, published: dt.date | None) -> bool:
    """A year, or years, in brackets right after a name: a work's or a model's year (`Life Unfolding (2014)`,
    `Nokia 3210 (2024)`, `《流浪地球》（2019）`) or a life's span (`(1828-1893)`), not an act in the sentence;
    a year before a work it dates (`Aciman's 2007 novel`, `an 1865 Russian novella`), or before a model's name,
    the year of publication or after it (`the 2020 Sentra`, written in 2019); the year a ranking covers (`the
    best films of 2017`, `top 21 films of 2017`); a year's before a name (`2006's Casino Royale`); a year right
    before a title (`1984年《中英联合声明》`, `1964年《民权法案》`): the title's year."""
    if reading.granularity != "year":
        return False
    if text.startswith("《", reading.end) and text[reading.end - 1] == "年":  # a year, not a decade's part
        closing = text.find("》", reading.end, reading.end + tables.TITLE_MAX_CHARS)
        # … unless the work comes out then (`2019年《流浪地球》上映`)
        return closing == -1 or not _A_WORKS_RELEASE.match(text, closing + 1)
    if _A_RANKING_BEFORE_A_YEAR.search(text, max(0, reading.start - 60), reading.start):
        return True
    if _A_YEARS_NAMED_THING.match(text, reading.end):
        return True  # `2002's Die Another Day`, `1985's A View to a Kill`: a work or a thing by its year
    a_model = published is not None and reading.year is not None and reading.year >= published.year
    if (
        (
            _A_WORK_AFTER_A_YEAR.match(text, reading.end)
            or _DESCRIBED_AFTER_A_YEAR.match(text, reading.end)
            or (a_model and _a_models_name(text, reading))
        )
        and _A_DETERMINER_BEFORE.search(text, max(0, reading.start - 12), reading.start)
        and not text.endswith(("In a ", "In an "), max(0, reading.start - 6), reading.start)
    ):
        # not `In 2019 work began`: the year is the work's when a determiner or an owner opens them; `In a 1985
        # story, Barry died` opens a sentence with when the work told it
        return True
    if text[reading.end : reading.end + 1] not in (")", "）"):
        return False
    opening = reading.start - 1
    if opening < 1 or text[opening] not in "(（":
        return False
    name = _NAME_BEFORE_A_BRACKET.search(text, max(0, opening - 40), opening)
    if name is None:
        return False
    word = name["word"]
    return word is None or word[0].isupper() or any(character.isdigit() for character in word)


#: After a work's title, the verb of its coming out or its coming into force (`《流浪地球》上映`, `《民法典》正式施行`).
_A_WORKS_RELEASE = re.compile(
    r"[ \u3000]*(?:正式|首次|首度|已|在[^，。；]{0,10})?"
    r"(?:上映|出版|发行|發行|发布|發布|发表|發表|颁布|頒布|公布|通过|通過|问世|問世|播出|首播|首映|开播|開播"
    r"|施行|生效|实施|實施|签署|簽署|出台|印发|印發|推出)"
)


def _a_models_name(text: str, reading: Reading) -> bool:
    """A name after a year that is a model's or a thing's (`the 2020 Sentra`, `the 2021 RAV4 Prime`), not an
    event's (`the 2008 Beijing Olympics`, `the 2016 Brexit referendum`)."""
    after = _WORDS_AFTER_A_YEAR.match(text, reading.end)
    if after is None:
        return False
    first = after["first"]
    if not (first[:1].isupper() or first[1:2].isupper()) or first.lower() in _MONTHS_AND_WEEKDAYS:
        return False  # (`iPhone`, `eGolf`: a name too)
    return not any(word.lower() in tables.ENGLISH_EVENT_NAME_WORDS for word in after.group().split())


#: The words after a year, the first a name's (`2020 Sentra gets a new`).
_WORDS_AFTER_A_YEAR = re.compile(r"[ \u00a0]+(?P<first>[A-Za-z][\w'’-]*)(?:[ \u00a0]+[A-Za-z][\w'’-]*){0,3}")
_MONTHS_AND_WEEKDAYS = frozenset(name.lower() for name in (*tables.ENGLISH_MONTHS, *tables.ENGLISH_WEEKDAYS))


def _the_date_of_a_figure(text: str, reading: Reading, place: Place) -> bool:
    """A period that dates a figure rather than an act: `由2012年的324.7万人年提高到2022年的635.4万人年`,
    `是2023年的3倍`, `from 0.437 in 1999 to 0.474 in 2020`, `$1.2 billion by 2025`, `to as many as 80 by 2022`,
    `to 450 gigawatts by 2022`, `the 27 in 2020`; not a price paid then."""
    if "的" in text[reading.end : reading.end + 3] and _FIGURE_AFTER_A_PERIOD.match(
        text, reading.end, place.sentence_end
    ):
        return True
    if text[reading.start - 1 : reading.start] in ("是", "為", "为") and _MULTIPLE_AFTER_A_PERIOD.match(
        text, reading.end, place.sentence_end
    ):
        return True
    if text[max(0, reading.start - 4) : reading.start] not in (" in ", " by "):
        return False
    figure = _FIGURE_BEFORE_A_PERIOD.search(text, max(place.sentence_start, reading.start - 40), reading.start)
    if figure is None:
        figure = _A_RANGES_END_BEFORE_A_PERIOD.search(
            text, max(place.sentence_start, reading.start - 60), reading.start
        )
        if figure is None or not _A_RANGES_START.search(text, place.sentence_start, figure.start()):
            return False
    return not _A_PRICE_BEFORE.search(text, max(0, figure.start() - 20), figure.start())


def _names_a_report(text: str, reading: Reading, place: Place) -> bool:
    """A Chinese period in a report's or a data set's name: `一季度货币执行报告`, `2011年至2023年城轨交通统计数据`,
    `1968~2016年气象资料`, `2022年江苏省政府工作报告`, `2020年《政府工作报告》`; an economic indicator's
    (`5月居民消费价格指数`) or a numbered thing's (`2012年长江第1号洪峰`); not a report made then (`2023年发布报告`)."""
    name = (
        _A_REPORTS_NAME.match(text, reading.end, place.sentence_end)
        or _AN_INDICATORS_NAME.match(text, reading.end, place.sentence_end)
        or _A_NUMBERED_THINGS_NAME.match(text, reading.end, place.sentence_end)
    )
    return name is not None and _EVENT_VERB.search(name[0]) is None and not _AN_ACTS_MARK.search(name[0])


def _a_base_compared_to(text: str, reading: Reading, place: Place) -> bool:
    """The period a change is measured from: `较协定生效前的2021年增长5.3%`, `比2019年下降`."""
    if _CHANGE_AFTER_A_BASE.match(text, reading.end, place.sentence_end) is None:
        return False
    clause_start = _clause_of(text, reading, place)[0]
    before = text[max(clause_start, reading.start - _BASE_MAX_CHARS) : reading.start]
    return _COMPARED_TO.search(before) is not None


def _a_day_compared_to(text: str, reading: Reading, place: Place) -> bool:
    """The day a count is measured from: `较24日分别减少250例`, `相比于2月1日的统计增加了2275例`."""
    return (
        text[reading.start - 1 : reading.start] in _A_COMPARISONS_LAST_CHARACTERS  # one character tells most days
        and _COMPARED_TO_RIGHT_BEFORE.search(text, max(place.sentence_start, reading.start - 4), reading.start)
        is not None
        and _A_CHANGE_FROM_A_DAY.match(text, reading.end, place.sentence_end) is not None
    )


def _a_measured_value(text: str, reading: Reading, place: Place) -> bool:
    """A Chinese period whose clause gives a value measured then, and nothing done: `2022年末，中国拥有近9亿
    劳动力`, `2023年，客运强度为0.55万人次`, `到2030年，需求量将达4500万辆`, `第一季度净利润为4381万元`.
    A period that opens its sentence alone (`2023年，`) is measured by the clause after it."""
    start, end = _clause_of(text, reading, place)
    if _fronted(text, reading, start, end):  # measured by the clauses after it, up to the sentence's end or a semicolon
        if end >= place.sentence_end or text[end] not in "，,":
            return False
        start = end + 1
        semicolons = [at for at in (text.find(mark, start, place.sentence_end) for mark in "；;") if at != -1]
        end = min(semicolons, default=place.sentence_end)
    return _measures_a_value(text, start, end) and _EVENT_VERB.search(text, start, end) is None


def _fronted(text: str, reading: Reading, clause_start: int, clause_end: int) -> bool:
    """Whether a Chinese period is all its clause says, maybe with a word leading in (`2023年，`, `截至2023年末，`)."""
    lead_in = _A_FRONTED_PERIODS_LEAD_IN.match(text, clause_start, reading.start)
    return not (
        text[lead_in.end() if lead_in else clause_start : reading.start].strip(_AROUND_A_FRONTED_PERIOD)
        or text[reading.end : clause_end].strip(_AROUND_A_FRONTED_PERIOD)
    )


def _an_english_measured_value(text: str, reading: Reading, place: Place) -> bool:
    """An English period whose clause gives an amount measured then, and nothing done: `JPMorgan earned $4.9
    billion in the fourth quarter of 2014`, `Sony sold 18.5 million consoles in 2014`, `In 2010, the company had
    50 employees`, `In 1980, the city consumed 1.5 billion gallons per day` (a period that frames its sentence is
    measured by the clause after it), a trend over years (`Between 2007 and 2013, the rate fell by half`)."""
    if reading.range_end is not None and _A_CHANGE.search(text, place.sentence_start, place.sentence_end):
        return True  # a trend over the years: `bandwidth demand rose 4.5 times between 2009 and 2013`
    start, end = _clause_of(text, reading, place)
    if end < place.sentence_end and _frames_the_next_clause_en(text, reading, place, end):
        start = end + 1
        end = _clause_end(text, start, place.sentence_end)
    return _measured_en(text, start, end)


def _an_amounts_period(text: str, reading: Reading, place: Place) -> bool:
    """The period an amount right before it was counted over, whatever the clause's verb: a change (`reported a
    net gain of 98,000 jobs in March`, `payrolls rose by 263,000 last month`), a base it is compared with
    (`vs. about 38 million in 2014`, `down from 10 in 2014, 13 in 2013 and 15 in 2012`)."""
    before = text[max(place.sentence_start, reading.start - AMOUNTS_PERIOD_REACH) : reading.start]
    if _A_CHANGE_BY_AN_AMOUNT.search(before):
        return True
    listed = _AN_AMOUNT_IN.search(before)  # `…, 13 in 2013`: one more of a list of bases
    return listed is not None and _A_BASE_CUE.search(text, place.sentence_start, reading.start) is not None


def _a_goals_or_an_outlooks_period(text: str, reading: Reading, place: Place, published: dt.date | None) -> bool:
    """The period an outlook, a forecast or a target is for (`the outlook for 2017`, `its forecast for the fourth
    quarter`, `analysts have predicted that the launch will prompt a super cycle for the end of 2017`), or a goal's
    deadline (`aims to eliminate the deficit by 2018`, `a goal of 1,000 stores by 2020`, and any year years away:
    `promised net-zero emissions by 2050`): what is hoped for then, no act (`plans to open the line by 2019` is a
    plan, an act to come)."""
    before = text[max(place.sentence_start, reading.start - 24) : reading.start]
    if _AN_OUTLOOK_FOR.search(before) or (
        any(text.find(word, place.sentence_start, reading.start) >= 0 for word in _FORECAST_WORDS)
        and _A_FORECAST_BEFORE.search(text, place.sentence_start, reading.start)
    ):
        return True  # … or what is forecast to be then (`is predicted to have the lowest growth … in 2024`)
    if not _BY_OR_BEFORE.search(before):
        return False
    if published is not None and reading.year is not None and reading.year - published.year >= TARGETS_YEARS_AWAY:
        return True
    start, _ = _clause_of(text, reading, place)
    return _A_GOAL.search(text, start, reading.start) is not None


#: A year this many years after publication or more, after `by` or `before`, is a target's: no plan is dated so far.
TARGETS_YEARS_AWAY = 5


def _a_distant_forecast_in_chinese(text: str, reading: Reading, place: Place, published: dt.date | None) -> bool:
    """A year years away that a thing is forecast to be by or before, or around (`到2050年老年人将占总人口约三分之一`,
    `大概要到2040年前后才会达到这个规模`): a forecast's, as `by 2050` is in English; not a deadline set for an act
    (`承诺到2027年将华为设备从5G网络中移除`), which is one to come."""
    if published is None or reading.year is None or reading.year - published.year < TARGETS_YEARS_AWAY:
        return False
    if not (text.endswith(_UP_TO, 0, reading.start) or text.startswith(_BEFORE_OR_AROUND, reading.end)):
        return False
    return _A_LIKELIHOOD.search(text, place.sentence_start, place.sentence_end) is not None


_UP_TO = ("到", "至")
_BEFORE_OR_AROUND = ("前", "之前", "以前", "底前", "末前", "年底前", "年前")
#: What says a thing may or is likely to be then, not that it is to be done: `应该会`, `才会`, `将占`, `预计`.
_A_LIKELIHOOD = re.compile(
    "应该会|應該會|可能|估计|估計|预计|預計|预测|預測|才会|才會|将占|將佔|将达|將達|将超过|將超過"
)


def _a_measures_period(text: str, reading: Reading, place: Place) -> bool:
    """A measure and `in` right before the period (`Hiring in March was expected to drop`, `sales in 2015 rose`,
    `exports in the first quarter`), or how it changed then (`Factory orders rose in August`, `a steep decline in
    July`): the period the measure is of; not a year that names a thing after `the` (`turnout in the 2013
    Bundestag elections`)."""
    found = _A_MEASURES_PERIOD_BEFORE.search(text, max(place.sentence_start, reading.start - 24), reading.start)
    if found is not None:
        return not (found.group().endswith(("the ", "the\u00a0")) and text[reading.start].isdigit())
    before = max(place.sentence_start, reading.start - MEASURES_CHANGE_REACH)
    return (
        _A_MEASURES_CHANGE_BEFORE.search(text, before, reading.start) is not None
        or _A_CHANGE_IN_BEFORE.search(text, before, reading.start) is not None
    )


def _advised_or_supposed(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """Advice for a time to come (see `_advice_for_the_next`), or a Chinese time supposed in a condition
    (`如果等到2、3月再下单`, `如果今天的会…`): nothing done then."""
    if layout.english:
        return _advice_for_the_next(text, reading, place)
    return _A_CONDITION_BEFORE.search(text, max(place.sentence_start, reading.start - 40), reading.start) is not None


#: In the clause before a Chinese date, the word that opens a condition (`如果`, `假如`, `要是`; not `如果说`, which
#: grants a fact), within the clause and outside brackets (`（如果还有希望的话）那天是11月14日`).
_A_CONDITION_BEFORE = re.compile("(?:如果(?!说|說)|假如|假若|倘若|要是|假设|假設|若是)[^，,。；;！？!?()（）]*$")
#: Right before a period, a measure and `in`.
_A_MEASURES_PERIOD_BEFORE = re.compile(
    r"\b(?:[Hh]iring|[Ss]ales|[Gg]rowth|[Ii]nflation|[Uu]nemployment|[Oo]utput|[Ee]xports|[Ii]mports|[Rr]evenues?"
    r"|[Pp]rofits?|[Ss]pending|[Dd]emand|[Pp]ayrolls|GDP|[Ll]easing|[Vv]olume|[Tt]raffic|[Rr]ainfall|[Tt]urnout"
    r"|[Mm]edian|[Aa]verage|[Ii]ncomes?|[Ww]ages|[Ee]nrollment|[Ee]missions)"
    r"[ \u00a0]+(?:in|during|for)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: How far before a period a measure's change is looked for, in characters.
MEASURES_CHANGE_REACH = 90
#: The past tenses of an amount going up or down, which a measure's change and a change by an amount share.
_ROSE_OR_FELL = "rose|fell|dropped|climbed|declined|grew|increased|decreased|jumped|slipped|slid|gained"
_CHANGED = (
    rf"(?:{_ROSE_OR_FELL}|shrank|plunged|surged|soared|rebounded|slowed|accelerated|eased|contracted|expanded"
    r"|edged[ \u00a0]+(?:up|down|higher|lower))"
)
#: Before a period, a measure, how it changed and `in` (`Factory orders rose in August`, `inventories declined
#: sharply in the past month`, `Sales fell 5% in the first quarter`).
_A_MEASURES_CHANGE_BEFORE = re.compile(
    r"\b(?:[Oo]rders|[Ss]ales|[Pp]rices|[Cc]laims|[Ii]nventories|[Ss]tockpiles|[Ee]xports|[Ii]mports|[Oo]utput"
    r"|[Pp]roduction|[Ss]pending|[Ee]arnings|[Pp]rofits?|[Rr]evenues?|[Pp]ayrolls|[Ss]hipments|[Dd]eliveries"
    r"|[Uu]nemployment|[Ii]nflation|[Gg]rowth|GDP|[Dd]emand|[Cc]onsumption|[Ii]nvestment|[Ll]ending|[Dd]eficit)"
    rf"(?:[ \u00a0]+[\w.%$,-]+){{0,3}}?[ \u00a0]+{_CHANGED}"
    r"(?:[ \u00a0]+[\w.%$,-]+){0,4}?[ \u00a0]+(?:in|during|over)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: Right before a period, a change and `in` (`a steep decline in July`, `the rise in 2015`).
_A_CHANGE_IN_BEFORE = re.compile(
    r"\b(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:decline|drop|rise|increase|decrease|slowdown|slump|surge"
    r"|rebound|contraction)[ \u00a0]+(?:in|during)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: Right before a period, what makes it the one an outlook or a target is for.
_AN_OUTLOOK_FOR = re.compile(
    r"\b(?:outlook|forecasts?|guidance|projections?|estimates?|targets?|goals?)[ \u00a0]+(?:for|of)[ \u00a0]+"
    r"(?:the[ \u00a0]+)?(?:fiscal[ \u00a0]+|full[- ]year[ \u00a0]+)?$"
)
#: Before a period in its sentence, a forecast of what will be then (`is predicted to`, `forecast that`, `projects
#: that`): not `than people predicted in 2015`.
_FORECAST_WORDS = ("predict", "forecast", "project", "estimat")
_A_FORECAST_BEFORE = re.compile(
    r"\b(?:predict(?:s|ed)?|forecasts?|forecasted|projects|projected|estimates|estimated)[ \u00a0]+(?:that|to)\b"
)
#: … in Chinese (`各路市场分析机构都在预测，到2014年、2015年，WP将是…`); not `预计`, as often a plan (`预计2024年投产`).
_A_CHINESE_FORECAST_BEFORE = re.compile("预测|預測|预估|預估")
#: In the clause before `by` and a period, what makes it a goal's deadline.
_A_GOAL = re.compile(
    r"\b(?:goals?|targets?|objectives?|aims?|aimed|aiming|pledged?|pledges|vow(?:s|ed)?|commit(?:s|ted)?)"
    r"[ \u00a0]+(?:to|of)\b"
)


#: How far before a period its amount is looked for, in characters.
AMOUNTS_PERIOD_REACH = 80
_AN_AMOUNT_EN = rf"(?:{_ABOUT}[ \u00a0]+)?(?:US)?[$€£¥]?[0-9][0-9,.]*(?:[ \u00a0]?(?:{_AMOUNT_UNITS}))?"
#: The words that compare an amount with a base (`down from 10`, `vs. 38 million`).
_COMPARED_WITH = r"down from|up from|compared (?:to|with)|vs\.?|versus"
#: A change by an amount, or a base compared with, right before the period (and `in`, `during` …).
_A_CHANGE_BY_AN_AMOUNT = re.compile(
    r"\b(?:(?:net[ \u00a0]+)?(?:gain|loss|increase|decrease|drop|decline|rise|fall|growth|jump)s?[ \u00a0]+of"
    rf"|(?:{_ROSE_OR_FELL}|lost|shed|added)"
    r"(?:[ \u00a0]+by)?"
    rf"|{_COMPARED_WITH})"
    rf"[ \u00a0]+{_AN_AMOUNT_EN}(?:[ \u00a0]+[a-z-]+){{0,3}}?"
    r"(?:[ \u00a0]+(?:in|during|over|for))?[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: … or one more amount of a list, after a comma or `and` (`, 13 in 2013 and 15 in 2012`) …
_AN_AMOUNT_IN = re.compile(rf"(?:,|\band)[ \u00a0]+{_AN_AMOUNT_EN}(?:[ \u00a0]+[a-z-]+){{0,2}}?[ \u00a0]+in[ \u00a0]+$")
#: … after a word of comparing in the sentence.
_A_BASE_CUE = re.compile(rf"\b(?:{_COMPARED_WITH})[ \u00a0]")


def _measured_en(text: str, start: int, end: int) -> bool:
    """Whether an English clause gives an amount measured (`had 50 employees`, `cost $3 per minute`) and nothing
    done."""
    return (
        _MEASURED_VALUE_EN.search(text, start, end) is not None or _A_RATE_EN.search(text, start, end) is not None
    ) and _EVENT_VERB.search(text, start, end) is None


#: A verb of measure and an amount (`earned $4.9 billion`, `sold 18.5 million`, `had 50 employees`, `were 380`,
#: `there was probably $1 billion`, `spent $30 million`, `cost about $3`).
_MEASURED_VALUE_EN = re.compile(
    r"\b(?:earned|earns|had|has|have|totaled|totalled|totaling|numbered|sold|were|there was|generated|amounted to"
    r"|reached|spent|cost|costs|consumed|racked up|made|posted|posting|topped|raked in|raking in|pulled in"
    r"|pulling in|lost|gained|added|drew|(?:fell|rose|dropped|climbed|declined|grew|increased|jumped) to)[ \u00a0]+"
    rf"(?:{_ABOUT}[ \u00a0]+){{0,2}}"
    r"(?:US)?[$€£¥]?[ \u00a0]?[0-9][0-9,.]*(?![0-9,.]*(?:st|nd|rd|th)\b)"  # a rank, `rose to 17th`
    r"(?![0-9,.]*[ \u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|years? old\b))"
    # `the debt was $1tn`, `the rate is 4.5%`, `stood at $6 billion`: a sum or a share, not an age
    r"|\b(?:was|is|stood at|stands at)[ \u00a0]+"
    rf"(?:{_ABOUT}[ \u00a0]+){{0,2}}"
    r"(?:(?:US)?[$€£¥][ \u00a0]?[0-9]"
    rf"|[0-9][0-9,.]*[ \u00a0]?(?:{_AMOUNT_UNITS}|trillion\b))"
)
#: An amount in a unit of time or per head (`1.5 billion gallons per day`, `$3 per minute`, `1 terabit per second`).
_A_RATE_EN = re.compile(
    r"\b[0-9][0-9,.]*(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+(?:per|a)[ \u00a0]+"
    r"(?:second|minute|hour|day|week|month|year|person|capita|head)\b"
)
#: … or a clause after `that` (`found that in 2015, there were 9 million deaths`).
_OPENING_A_CLAUSE_AFTER_THAT = re.compile(r"\bthat[ ]+(?:in|by|during|between)[ ]+(?:the[ ]+)?$")
#: What may open an English sentence before a period that frames it (`By 2012, …`, `Between 2010 and 2013, …`).
_FRAMING_PERIOD_EN = re.compile(r"\s*(?:[Bb]y|[Bb]etween|[Ff]rom|[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:the\s+)?")


#: What may stand around a period that opens its sentence alone (`到2030年，`, `2022年末，`, `在2023年，`,
#: `2014年12月以来，`) …
_AROUND_A_FRONTED_PERIOD = " \u3000到至在于於截止末底初中以来來"
#: … and the words that may lead in to it (`其中包括2016年底，`, `截至2023年末，`).
_A_FRONTED_PERIODS_LEAD_IN = re.compile(r"[ \u3000]*(?:其中(?:包括)?|包括|截至|截止到|直到|到了)")
#: An amount in digits, not a date's or a clock's number.
_AN_AMOUNT = r"[0-9０-９][0-9０-９,，.．]*(?![0-9０-９]|[ \u3000]*[年月日号號时時点點])"
#: A value measured: a verb of measure and a number (`为0.55万`, `达4500万辆`, `拥有近9亿`, `維持於正9`); an amount
#: gathered, spent, sold or caught over the period, maybe after what it counts (`第一季度就筹集了3000万美元`,
#: `种植了300万亩玉米`, `共破获毒品犯罪案件2.7万起`); a figure doubled (`在2016年翻一番`). Three patterns, not one
#: alternation of them: `re` skips ahead in C to where a pattern may match only when it starts with one list of
#: words (or one character), and tries an alternation of lists at every character.
_MEASURED_VALUES = (
    re.compile(
        r"(?:为|為|达|達|达到|達到|达至|共有|拥有|擁有|增至|升至|降至|跌至|增加到|增长到|增長到|提高到|下降到|"
        r"下降至|减少到|減少到|突破|超过|超過|不到|不足|维持于|維持於|维持在|維持在|约为|約為|合计|合計|累计|累計|"
        r"总计|總計|是|下滑到|下滑至|下跌到|跌到|上升到|上升至|回落到|回落至|攀升到|攀升至|涨到|漲到)"
        rf"[ \u3000]*(?:了|近|约|約|超|逾|正|负|負|约为|約為)?[ \u3000]*{_AN_AMOUNT}"
    ),
    re.compile(
        r"(?:积蓄|積蓄|筹集|籌集|募集|筹得|籌得|花费|花費|种植|種植|销售|銷售|售出|卖出|賣出|亏损|虧損|净赚|淨賺|盈利"
        rf"|破获|破獲|查处|查處|接待)了?[\u3400-\u9fff]{{0,8}}?[ \u3000]*(?:近|约|約|超|逾)?[ \u3000]*"
        rf"{_AN_AMOUNT}(?![A-Za-z])"  # not `銷售5G技術`
    ),
    re.compile(r"翻(?:了)?(?:一|两|兩|几|幾)?番"),
)


def _measures_a_value(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] gives a value measured (`为0.55万`, `筹集了3000万美元`)."""
    return any(pattern.search(text, start, end) for pattern in _MEASURED_VALUES)


#: After a Chinese period, a few words and what names a report or data (`货币执行报告`, `城轨交通统计数据`).
_A_REPORTS_NAME = re.compile(
    r"《?[\u3400-\u9fff]{1,10}?(?:报告|報告|财报|財報|数据|數據|资料|資料|公报|公報|年报|年報|季报|季報)"
)
#: … or an economic indicator's (`5月居民消费价格指数`, `5月末社会融资规模存量`, `二季度经济运行`,
#: `今年前5个月深圳港外贸集装箱吞吐量`): the period it measures.
_AN_INDICATORS_NAME = re.compile(
    r"(?:份|末|底)?[的 \u3000]*[\u3400-\u9fff]{0,10}?(?:指数|指數|存量|增加值|生产总值|生產總值|吞吐量"
    r"|经济运行|經濟運行|经济总体|經濟總體|GDP|CPI|PPI|PMI)"
)
#: … or a thing the year numbers (`2012年长江第1号洪峰`, `2026年第三期150亿元人民币国债`, `2020年第7号台风`).
_A_NUMBERED_THINGS_NAME = re.compile(r"(?:(?!的)[\u3400-\u9fff]){0,4}?第[0-9０-９一二三四五六七八九十]{1,3}[号號期]")
#: Between a period and a report, what marks an act rather than a name: an aspect, a future, an object's
#: or a recipient's word (`写了报告`, `将发布报告`, `向董事会提交报告`).
_AN_ACTS_MARK = re.compile("[了过過将將向给給对對]")
#: In its clause after a period, a multiple of another figure (`是2023年全球总装机量的近4倍`).
_MULTIPLE_AFTER_A_PERIOD = re.compile(
    r"[^，,。；;：:！？!?]{0,15}?的[ \u3000]*(?:近|约|約|超过|超過)?[0-9０-９.．]+(?:多)?[ \u3000]*倍"
)
#: After the period a change is measured from: the change (`增长5.3%`, `同期下降`).
_CHANGE_AFTER_A_BASE = re.compile(
    r"[ \u3000]*(?:同期|全年|水平)?[ \u3000]*"
    r"(?:(?:基本|大致|大体)?(?:持平|相当)"  # `和去年基本持平`
    r"|增长|增長|下降|增加|减少|減少|上涨|上漲|下跌|下滑|下挫|提高|降低|上升|攀升|回落|扩大|擴大|收窄|缩小|縮小|"
    r"翻番|翻倍|多|少|高|低)"
)
#: Right before an English period, what makes it the base a figure is compared with (`are down this year compared
#: to 2006`, `up from 796 arrests during the same period in 2006`).
_AN_ENGLISH_BASE_BEFORE = re.compile(
    r"(?:\bcompared (?:to|with)|\b[Ss]ame (?:\w+ )?period (?:in|of|last))\s+"
    r"(?:the same (?:\w+ )?period (?:in|of) |last )?$"
)
#: Before it, what compares (`较`, `比`, `相比`), at most _BASE_MAX_CHARS before the period in its clause.
_COMPARED_TO = re.compile(r"(?:较|較|比|相比|相较|相較|对比|對比|和|与|與|同|跟)")
_BASE_MAX_CHARS = 12
#: Right before a day, what makes it the base of a comparison (not `和`, `与`: they also join names).
_COMPARED_TO_RIGHT_BEFORE = re.compile(r"(?:较|較|比|相比|相较|相較)(?:于|於)?$")
_A_COMPARISONS_LAST_CHARACTERS = frozenset("较較比于於")
#: After a day compared to, the change, maybe past its figures or each of several (`的统计`, `分别`).
_A_CHANGE_FROM_A_DAY = re.compile(
    r"(?:的(?:统计|統計|数据|數據|水平))?[ \u3000]*(?:分别|分別)?" + _CHANGE_AFTER_A_BASE.pattern
)
#: Before an amount, what makes it a price paid (`acquired for $200 million in 2017`): the act's date.
_A_PRICE_BEFORE = re.compile(r"\bfor[ ]+(?:about[ ]+|around[ ]+|roughly[ ]+|nearly[ ]+|some[ ]+|over[ ]+)?$")
#: After a Chinese period, 的 and an amount: its value then (`2012年的324.7万人年`, `2023年的3倍`).
_FIGURE_AFTER_A_PERIOD = re.compile(
    r"[底初末]?[ \u3000]*的[ \u3000]*(?:"  # `2017年底的38.5万家`
    r"(?:近|约|約|超过|超過)?第?[0-9０-９][0-9０-９,，.．]*(?:多|余|餘)?"
    r"(?![ \u3000]*(?:[0-9０-９月日号號年届屆季场場轮輪期天周週时時点點分秒]|次[^人]))"
    r"|[一二三四五六七八九十两兩]+[ \u3000]*(?:[%％倍万萬亿億千百元]|美元|人民币|人民幣))"
)
#: Before an English period, an amount and `in` or `by`: its value then (`0.437 in 1999`, `$1.2 billion by
#: 2025`, `from 27 in 2015`), not a count of what happened (`killed 12 in 2015`).
_FIGURE_BEFORE_A_PERIOD = re.compile(
    r"(?:[$€£¥][ ]?[0-9][0-9,.]*(?:[ ]?(?:[mb]n|million|billion|trillion))?|\b[0-9]+\.[0-9]+"
    r"|\b[0-9][0-9,.]*[ ]?(?:%|percent|per cent)|\b(?:from|to|the)[ ][0-9][0-9,.]*)[ ]+(?:in|by)[ ]+$"
)
#: … or the end of a range an amount goes over (`from 175 gigawatts to 450 gigawatts by`, `from 16 currently to as
#: many as 80 by`).
_A_RANGES_END_BEFORE_A_PERIOD = re.compile(
    rf"\bto[ ](?:{_ABOUT}[ ])?[0-9][0-9,.]*(?:[ ][a-z]+){{0,2}}"
    r"[ ]+(?:in|by)[ ]+$"
)
#: … after its start, or after a change (`will almost triple to 20 million tons by 2035`).
_A_RANGES_START = re.compile(
    r"\bfrom[ ][0-9]|\b(?:rise|rises|rose|grow|grows|grew|increases?|increased|doubles?|doubled|triples?|tripled"
    r"|quadruples?|quadrupled|climbs?|climbed|jumps?|jumped|falls?|fell|drops?|dropped|declines?|declined)\b"
)


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


def _clause_of(text: str, reading: Reading, place: Place) -> tuple[int, int]:
    """The clause holding a reading: between clause punctuation, within its sentence."""
    start = place.sentence_start
    for mark in _CLAUSE_MARK.finditer(text, place.sentence_start, reading.start):
        if not _in_a_number(text, mark.start()):
            start = mark.end()
    end = reading.end
    # (a comma or a `、` right after the date is looked for first: most dates end no list of years)
    while text.startswith(_A_LISTS_MARKS, end) and (
        listed := _THE_NEXT_YEAR_OF_A_LIST.match(text, end, place.sentence_end)
    ):
        end = listed.end()  # `cash flow in 2013, 2014, and 2015 was $47.1 million`: the list's clause is each year's
    return start, _clause_end(text, end, place.sentence_end)


_A_LISTS_MARKS = (",", "、")
#: After a year, the next of a list of years (`2013, 2014, and 2015`, `2013年、2014年`).
_THE_NEXT_YEAR_OF_A_LIST = re.compile(
    r"(?<=[0-9年])(?:,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|、)(?:19|20)[0-9]{2}(?:年|\b(?![,.][0-9]))"
)


def _clause_told_of(text: str, reading: Reading, place: Place, layout: Layout) -> tuple[int, int]:
    """The clause that tells what happened in a period: its own, or the next as well when the period is all its
    own clause says (`2011年2月，埃洛普发布公开言论`, `In January, Xiaomi announced …`)."""
    start, end = _clause_of(text, reading, place)
    if end < place.sentence_end and (
        _frames_the_next_clause_en(text, reading, place, end) if layout.english else _fronted(text, reading, start, end)
    ):
        end = _clause_end(text, end + 1, place.sentence_end)
        while text.startswith("、", end):  # a list of who did it: `去年8月，美图、拉勾网各裁员20%`
            end = _clause_end(text, end + 1, place.sentence_end)
    return start, end


def _frames_the_next_clause_en(text: str, reading: Reading, place: Place, clause_end: int) -> bool:
    """Whether an English period opens its sentence, or a clause after `that`, set off by a comma (`In 2010, the
    company had 50 employees`, `found that in 2015, there were …`): the clause after it tells of it."""
    return text[clause_end] == "," and bool(
        place.frames_sentence
        or _FRAMING_PERIOD_EN.fullmatch(text, place.sentence_start, reading.start)
        or _OPENING_A_CLAUSE_AFTER_THAT.search(text, place.sentence_start, reading.start)
    )


def _clause_end(text: str, start: int, sentence_end: int) -> int:
    """Where the clause going on at `start` ends: at the next clause punctuation, or with its sentence."""
    for mark in _CLAUSE_MARK.finditer(text, start, sentence_end):
        if not _in_a_number(text, mark.start()):
            return mark.start()
    return sentence_end


_CLAUSE_MARK = re.compile(f"[{re.escape(tables.CLAUSE_PUNCTUATION)}]")
#: Clause punctuation that also writes numbers, right before a digit: `238,000`, `10:30`.
_IN_A_NUMBER = ",:"


def _in_a_number(text: str, at: int) -> bool:
    return text[at] in _IN_A_NUMBER and text[at + 1 : at + 2].isdigit()


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
    if before.count('"') % 2 == 1:
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
    ago`, `2021年12月，…12月22日`) sets that day in its time; it is not an event of its own."""
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
        else m
        for m in mentions
    )
