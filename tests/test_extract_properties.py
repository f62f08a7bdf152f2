"""Extract on any input: never an exception, offsets that slice, dates that parse back."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.extract import ExtractionContext, extract_mentions
from dateline.extract import forms as extract_tables
from dateline.extract.scan import alternation_of_forms, form_matches
from dateline.model import GRANULARITIES, RESOLUTIONS

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

#: Characters that dates are made of, so that random text often looks like one.
DATE_ALPHABET = (
    "0123456789０１２３４５６７８９〇零一二三四五六七八九十两廿卅年月日号號天周週星期礼拜季度第上下半前后後"
    "今去明昨次翌隔当當同本这此晚间間中午点點时時分至到起内內个個旬初底末民国國于在截止，。！？；：、 \n-—.~/%"
    "JanDecMayQHquartertodayyesterdaylastnextweekagolaterThursdayof , "
)
date_like_text = st.text(alphabet=DATE_ALPHABET, max_size=80)
any_text = st.text(max_size=200)
contexts = st.builds(
    ExtractionContext,
    article=st.just("a"),
    published=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))),
    language=st.sampled_from(["zh-Hans", "zh-Hant", "en"]),
    date_order=st.sampled_from(["MDY", "DMY"]),
)

ISO_FORMS = {
    "year": re.compile(r"(\d{4})"),
    "half": re.compile(r"(\d{4})-H([12])"),
    "quarter": re.compile(r"(\d{4})-Q([1-4])"),
    "month": re.compile(r"(\d{4})-(\d{2})"),
    "day": re.compile(r"\d{4}-\d{2}-\d{2}"),
    "time": re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}"),
}


def parse_back(value: str, granularity: str) -> dt.datetime:
    """The start of an ISO date at its granularity; fails unless the value is valid."""
    match = ISO_FORMS[granularity].fullmatch(value)
    assert match, (value, granularity)
    if granularity == "time":
        return dt.datetime.fromisoformat(value)
    if granularity == "day":
        return dt.datetime.fromisoformat(value)
    year = int(match.group(1))
    assert 1 <= year <= 9999
    month = {"year": 1, "half": lambda p: 6 * p - 5, "quarter": lambda p: 3 * p - 2, "month": lambda p: p}[granularity]
    month = month if isinstance(month, int) else month(int(match.group(2)))
    return dt.datetime(year, month, 1)


def check(text: str, context: ExtractionContext) -> None:
    result = extract_mentions(text, context)
    assert [m.start for m in result] == sorted(m.start for m in result)
    for m in result:
        assert text[m.start : m.end] == m.as_written and m.as_written
        assert text[m.sentence_start : m.sentence_end] == m.sentence
        assert m.sentence_start <= m.start <= m.end <= m.sentence_end
        assert m.granularity in GRANULARITIES and m.resolved_by in RESOLUTIONS
        assert m.article == context.article
        if m.date is None:
            assert m.resolved_by == "unresolved" and m.end_date is None
        else:
            start = parse_back(m.date, m.granularity)
            if m.end_date is not None:
                assert parse_back(m.end_date, m.granularity) >= start


@SETTINGS
@given(any_text, contexts)
def test_any_unicode_text(text, context):
    check(text, context)


@SETTINGS
@given(date_like_text, contexts)
def test_text_made_of_date_characters(text, context):
    check(text, context)


@SETTINGS
@given(
    st.lists(
        st.sampled_from(
            [
                "2021年7月12日",
                "12月9日",
                "23日晚间",
                "次日",
                "三天后",
                "昨天",
                "周四",
                "上周",
                "今年9月1日",
                "2021年第三季度",
                "12月9日至10日",
                "截至12月10日中午12点",
                "12.9",
                "2月29日",
                "December 9, 2021",
                "last Friday at 3 p.m.",
                "the next day",
                "Q3 2021",
                "，",
                "。",
                "\n\n",
                "阿里云发布说明",
                " will ",
                "将于",
                "《",
                "》",
                "“",
                "”",
                "%",
            ]
        ),
        max_size=12,
    ),
    contexts,
)
def test_sentences_of_date_expressions(parts, context):
    check("".join(parts), context)


def test_extreme_publication_dates():
    for published in (dt.date(1, 1, 1), dt.date(9999, 12, 31)):
        check(
            "昨天、明天、明年、去年、上周、下个月、三天后、一年后、周四、12月31日、1月1日、next week, tomorrow.",
            ExtractionContext(published=published),
        )


PLAIN_SCANNER = re.compile(alternation_of_forms(extract_tables.FORMS))


def fast_scan(text: str) -> list[tuple[int, int, str]]:
    """What the C-speed scanners find."""
    return [(match.start(), match.end(), form) for form, match in form_matches(text)]


@SETTINGS
@given(
    st.one_of(
        date_like_text,
        st.lists(
            st.sampled_from(
                [
                    "2021",
                    "年",
                    "12",
                    "月",
                    "9",
                    "日",
                    "号",
                    "上",
                    "周",
                    "四",
                    "个",
                    "三",
                    "天",
                    "后",
                    "前",
                    "半",
                    "第",
                    "季度",
                    "今",
                    "昨",
                    "晚间",
                    "中午",
                    "点",
                    "至",
                    "-",
                    ".",
                    "/",
                    " ",
                    "Dec",
                    "December",
                    "9th",
                    "of",
                    "in",
                    "late",
                    "Q3",
                    "last",
                    "Friday",
                    "two",
                    "days",
                    "ago",
                    "the",
                    "next",
                    "day",
                    "a.m.",
                    "3",
                    "p.m.",
                    "民國",
                    "110",
                    "that",
                    "year",
                    "month",
                    "The",
                    "Fall",
                    "five",
                    "in the morning",
                    "o'clock",
                    "这",
                    "星期",
                    "Log4j",
                    "6pm",
                ]
            ),
            max_size=20,
        ).map("".join),
    )
)
def test_fast_scanner_equals_a_plain_scan(text):
    """The scanner's start-character guards only skip places where no form can match."""
    plain = [(m.start(), m.end(), m.lastgroup) for m in PLAIN_SCANNER.finditer(text)]
    assert fast_scan(text) == plain
