"""Extract: the demo articles against the gold, and each form of date on made-up sentences."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml

from dateline.extract import EXTRACTOR_VERSION, ExtractionContext, extract_mentions
from dateline.extract import forms as extract_tables
from dateline.extract.scan import alternation_of_forms, form_matches
from dateline.model import GRANULARITIES, RESOLUTIONS, Mention, SiteConfig

REPO = Path(__file__).resolve().parent.parent
ARTICLES = REPO / "content" / "articles"
GOLD = REPO / "tests" / "fixtures" / "gold" / "seeds.yaml"


def mentions(text: str, published: str | None = None, **context) -> tuple[Mention, ...]:
    date = dt.date.fromisoformat(published) if published else None
    return extract_mentions(text, ExtractionContext(article="t", published=date, **context))


def found(text: str, published: str | None = None, **context) -> list[tuple[str, str | None]]:
    """(as written, date) of each mention."""
    return [(m.as_written, m.date) for m in mentions(text, published, **context)]


def only(text: str, published: str | None = None, **context) -> Mention:
    result = mentions(text, published, **context)
    assert len(result) == 1, [(m.as_written, m.date) for m in result]
    return result[0]


# --- The demo articles ----------------------------------------------------------------


def article_text(name: str) -> str:
    """The article body as ingest gives it; a plain strip of front matter and tags without ingest."""
    path = ARTICLES / name
    try:
        from dateline.ingest import read_article
    except ImportError:
        return _plain_text(path.read_text(encoding="utf-8"))
    return read_article(path, REPO / "content", SiteConfig()).text


def _plain_text(source: str) -> str:
    source = re.sub(r"\A\s*---\n.*?\n---\n", "", source, flags=re.S)
    source = re.sub(r"<br\s*/?>|</p>|</h\d>|</li>", "\n\n", source)
    source = re.sub(r"<[^>]+>|\*\*|!?\[[^\]]*\]\([^)]*\)", "", source)
    blocks = [
        " ".join(line.strip() for line in block.splitlines() if line.strip()) for block in re.split(r"\n\s*\n", source)
    ]
    return "\n\n".join(block for block in blocks if block)


def test_plain_text_helper_keeps_paragraphs():
    text = _plain_text("---\ntitle: x\n---\n<div><p>12月9日，甲。</p><p>乙<b>丙</b></p></div>")
    assert text == "12月9日，甲。\n\n乙丙"


@pytest.fixture(scope="module")
def gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


DEMO_RUNS = [
    ("000_0479ffc1c70ac9ce.txt", "2021-12-22", False),
    ("001_57c97ca1b2b2ab20.txt", "2021-12-22", False),
    ("002_4639305ccd84224f.txt", None, False),
    ("004_bc612d1e53061530.txt", None, False),
    ("004_bc612d1e53061530.txt", "2021-12-23", True),  # as the editor's sidecar supplies it
]


@pytest.mark.parametrize("name,published,date_supplied", DEMO_RUNS)
def test_demo_article_matches_gold(gold, name, published, date_supplied):
    article = gold["articles"][name]
    result = list(mentions(article_text(name), published))

    unmatched = list(result)
    for expected in article.get("mentions") or []:
        match = next(
            (m for m in unmatched if m.as_written == expected["as_written"] and m.date == str(expected["date"])), None
        )
        assert match is not None, f"{name}: missing {expected}; found {[(m.as_written, m.date) for m in result]}"
        unmatched.remove(match)

    gold_dates = {str(item["date"]) for item in (article.get("mentions") or []) + (article.get("neutral") or [])}
    if date_supplied:
        gold_dates |= {
            str(item["date_if_dct_supplied"])
            for item in article.get("unresolved") or []
            if item.get("date_if_dct_supplied")
        }
    wrong = [(m.as_written, m.date) for m in result if m.is_event and m.date and m.date.split("T")[0] not in gold_dates]
    assert not wrong, f"{name}: event mentions with dates outside the gold: {wrong}"


def test_demo_002_resolves_from_context():
    """No publication date: the latest explicit year (2021) and the previous month (12月9日)."""
    result = mentions(article_text("002_4639305ccd84224f.txt"))
    by_written = {}
    for m in result:
        by_written.setdefault(m.as_written, m)
    assert (by_written["11月24日"].date, by_written["11月24日"].resolved_by) == ("2021-11-24", "year-from-context")
    assert (by_written["23日晚间"].date, by_written["23日晚间"].resolved_by) == ("2021-12-23", "relative-to-previous")
    assert by_written["一个月前"].date is None and by_written["一个月前"].resolved_by == "unresolved"
    assert by_written["12月10日中午12点"].is_event is False  # 截至…: the date of a statistic
    assert all(not m.is_event for m in result if m.as_written == "2021年第三季度")


def test_demo_004_deictic_words_need_a_publication_date(gold):
    text = article_text("004_bc612d1e53061530.txt")
    without = {m.as_written: m for m in mentions(text)}
    assert without["昨天"].date is None and without["昨天"].resolved_by == "unresolved"
    supplied = mentions(text, "2021-12-23")
    assert ("昨天", "2021-12-22") in [(m.as_written, m.date) for m in supplied]
    today = [m for m in supplied if m.as_written == "今天"]
    assert today and today[0].date == "2021-12-23" and "就在今天" in today[0].sentence
    assert all(not m.is_event for m in supplied if m.as_written == "2020年")  # market shares


@pytest.mark.parametrize("name,published,_", DEMO_RUNS)
def test_demo_offsets_and_sentences(name, published, _):
    text = article_text(name)
    for m in mentions(text, published):
        assert text[m.start : m.end] == m.as_written
        assert text[m.sentence_start : m.sentence_end] == m.sentence
        assert m.sentence_start <= m.start and m.end <= m.sentence_end
        assert m.sentence == m.sentence.strip()


@pytest.mark.parametrize("name,published,_", DEMO_RUNS)
def test_fast_scanner_finds_what_a_plain_scan_finds(name, published, _):
    """The C-speed scanner is an optimisation of one plain alternation of the forms."""
    text = article_text(name) + "\nOn December 9, 2021, Q3 2021, 12/9/2021, last Friday, two days later."
    plain = re.compile(alternation_of_forms(extract_tables.FORMS))
    expected = [(m.start(), m.lastgroup) for m in plain.finditer(text)]
    got = [(match.start(), form) for form, match in form_matches(text)]
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "December 9, 2021: the flaw is reported. On Friday, 12/9/2021, and 2021Q3 last week.",
        "9 December 2021 was a Thursday; the 1st of May, 3rd quarter, '98, 10:30 a.m. yesterday",
        "Yesterday.",
    ],
)
def test_the_scanner_of_texts_without_chinese_finds_what_a_plain_scan_finds(text):
    """Without a Chinese character the scanner steps over letters; a date at the text's start is found too."""
    plain = re.compile(alternation_of_forms(extract_tables.FORMS))
    expected = [(m.start(), m.end(), m.lastgroup) for m in plain.finditer(text)]
    assert expected
    assert [(match.start(), match.end(), form) for form, match in form_matches(text)] == expected


# --- The API --------------------------------------------------------------------------


def test_context_defaults_and_version():
    context = ExtractionContext()
    assert (context.article, context.published, context.language, context.date_order) == ("", None, "zh-Hans", "MDY")
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_mentions_carry_the_article_id_and_are_in_text_order():
    result = extract_mentions(
        "12月9日，甲。11月24日，乙。", ExtractionContext(article="abc", published=dt.date(2021, 12, 22))
    )
    assert [m.article for m in result] == ["abc", "abc"]
    assert [m.start for m in result] == sorted(m.start for m in result)


def test_same_input_same_output():
    text = "12月9日，平台收到报告。次日，工信部通报。昨天，阿里云回应。"
    assert mentions(text, "2021-12-22") == mentions(text, "2021-12-22")


def test_fields_are_from_the_model_vocabulary():
    text = "2021年第三季度，今年上半年，去年12月，12月9日晚8点，昨天，三天后，周四。"
    for m in mentions(text, "2021-12-22"):
        assert m.granularity in GRANULARITIES and m.resolved_by in RESOLUTIONS


def test_empty_and_dateless_text():
    assert mentions("") == ()
    assert mentions("没有日期的一段话。\n\n第二段。") == ()


# --- Chinese: absolute and year-less dates --------------------------------------------


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("2021年7月12日，工信部印发规定。", None, [("2021年7月12日", "2021-07-12")]),
        ("在 2021 年 7 月 12 日，三部门印发。", None, [("2021 年 7 月 12 日", "2021-07-12")]),
        ("阿帕奇软件基金会于1999年成立。", None, [("1999年", "1999")]),
        ("抵制运动开始于1940年左右。", None, [("1940年", "1940")]),  # about that year
        ("2021年12月，平台上线。", None, [("2021年12月", "2021-12")]),
        ("二〇二一年十二月九日，平台收到报告。", None, [("二〇二一年十二月九日", "2021-12-09")]),
        ("2021-12-09 发布公告。", None, [("2021-12-09", "2021-12-09")]),
        ("2021.12.9 发布公告。", None, [("2021.12.9", "2021-12-09")]),
        ("民國110年12月9日，發布公告。", None, [("民國110年12月9日", "2021-12-09")]),
        ("2021-2022年，市场扩张。", None, [("2021-2022年", "2021")]),
        ("11月24日，阿里云发现漏洞。", "2021-12-22", [("11月24日", "2021-11-24")]),
        ("11 月 24 日，阿里云发现漏洞。", "2021-12-22", [("11 月 24 日", "2021-11-24")]),
        ("１２月９日，平台收到报告。", "2021-12-22", [("１２月９日", "2021-12-09")]),
        ("十二月九日，平台收到报告。", "2021-12-22", [("十二月九日", "2021-12-09")]),
        ("12月9号，平台收到报告。", "2021-12-22", [("12月9号", "2021-12-09")]),
        ("12月30日，会议召开。", "2022-01-05", [("12月30日", "2021-12-30")]),
        ("公司将于12月30日举行发布会。", "2022-01-05", [("12月30日", "2022-12-30")]),
        ("该公司计划3月1日上线。", "2022-01-05", [("3月1日", "2022-03-01")]),
        ("10月1日，该公司上线新品。", "2022-01-05", [("10月1日", "2021-10-01")]),
        ("《规定》3月1日起施行。", "2022-01-05", [("3月1日", "2022-03-01")]),  # nearer after than before
        ("2月29日，闰日到来。", "2022-01-05", [("2月29日", "2020-02-29")]),
        ("今年9月1日，平台上线。", "2021-12-22", [("今年9月1日", "2021-09-01")]),
        ("去年12月，平台上线。", "2022-01-05", [("去年12月", "2021-12")]),
        ("明年3月，平台将上线。", "2021-12-22", [("明年3月", "2022-03")]),
        ("明年将举行大会。", "2021-12-22", [("明年", "2022")]),
        ("去年底，平台上线。", "2021-12-22", [("去年底", "2020")]),
        ("11月下旬，阿里云发现漏洞。", "2021-12-22", [("11月下旬", "2021-11")]),
        ("12月份，销量上升。", "2021-12-22", [("12月份", "2021-12")]),
        ("上个月，平台上线。", "2021-12-22", [("上个月", "2021-11")]),
        ("本月9日，平台上线。", "2021-12-22", [("本月9日", "2021-12-09")]),
    ],
)
def test_chinese_dates(text, published, expected):
    assert found(text, published) == expected


def test_chinese_absolute_dates_are_absolute():
    assert only("2021年7月12日，工信部印发规定。").resolved_by == "absolute"
    assert only("11月24日，阿里云发现漏洞。", "2021-12-22").resolved_by == "year-from-publication"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("2021年第三季度，市场扩大。", ("2021年第三季度", "2021-Q3", "quarter")),
        ("2021年三季度，市场扩大。", ("2021年三季度", "2021-Q3", "quarter")),
        ("2021年Q3，市场扩大。", ("2021年Q3", "2021-Q3", "quarter")),
        ("今年Q3，市场扩大。", ("今年Q3", "2021-Q3", "quarter")),
        ("2021年第3季度，市场扩大。", ("2021年第3季度", "2021-Q3", "quarter")),
        ("2021年上半年，市场扩大。", ("2021年上半年", "2021-H1", "half")),
        ("2021年下半年，市场扩大。", ("2021年下半年", "2021-H2", "half")),
        ("今年上半年，市场扩大。", ("今年上半年", "2021-H1", "half")),
        ("第四季度，市场扩大。", ("第四季度", "2021-Q4", "quarter")),
    ],
)
def test_chinese_periods(text, expected):
    m = only(text, "2021-12-22")
    assert (m.as_written, m.date, m.granularity) == expected


def test_first_three_quarters_is_a_range():
    m = only("今年前三季度，市场扩大。", "2021-12-22")
    assert (m.date, m.end_date, m.granularity) == ("2021-Q1", "2021-Q3", "quarter")


def test_a_quarter_alone_without_ji_du_is_not_a_date():
    assert found("这部剧的第四季很好看。", "2021-12-22") == []


# --- Chinese: without a publication date ----------------------------------------------


def test_the_last_day_of_a_year_is_its_31_december():
    assert found("2015年的最后一天，国防部首次证实正在建造第二艘航母。", "2016-01-05") == [
        ("2015年的最后一天", "2015-12-31")
    ]


def test_no_publication_date_uses_the_latest_explicit_year():
    text = "1999年，基金会成立。11月24日，阿里云发现漏洞。2021年第三季度，份额领先。"
    m = mentions(text)[1]
    assert (m.date, m.resolved_by) == ("2021-11-24", "year-from-context")


def test_no_publication_date_prefers_a_year_earlier_in_the_sentence():
    text = "2019年3月5日发布初版，6月1日发布正式版。2021年，公司上市。"
    assert found(text) == [("2019年3月5日", "2019-03-05"), ("6月1日", "2019-06-01"), ("2021年", "2021")]
    assert mentions(text)[1].resolved_by == "year-from-context"


def test_with_a_publication_date_a_bare_year_in_the_sentence_is_not_borrowed():
    text = "2019年成立的公司，12月5日宣布上市。"
    assert found(text, "2022-01-05") == [("2019年", "2019"), ("12月5日", "2021-12-05")]


def test_with_a_publication_date_a_full_date_in_the_sentence_lends_its_year():
    text = "2020年12月1日发布，12月5日生效。"
    assert found(text, "2022-01-05") == [("2020年12月1日", "2020-12-01"), ("12月5日", "2020-12-05")]


def test_this_year_takes_the_inferred_year_without_a_publication_date():
    m = mentions("不过，今年9月1日后，这一行业就要变化。2021年，规定出台。")[0]
    assert (m.as_written, m.date, m.resolved_by) == ("今年9月1日", "2021-09-01", "year-from-context")


def test_future_targets_do_not_set_the_inferred_year():
    text = "该国计划到2035年建成。2021年，规定出台。今年9月1日，平台上线。"
    assert mentions(text)[-1].date == "2021-09-01"


def test_nothing_to_infer_a_year_from_leaves_year_less_dates_unresolved():
    m = only("11月24日，阿里云发现漏洞。")
    assert (m.date, m.resolved_by, m.granularity) == (None, "unresolved", "day")


# --- Chinese: a day alone --------------------------------------------------------------


def test_day_alone_takes_month_and_year_from_the_previous_mention_with_a_month():
    text = "2021年第三季度，份额领先。12月9日，平台收到报告。2021年第三季度报告发布。23日晚间，阿里云发布说明。"
    m = mentions(text)[-1]
    assert (m.as_written, m.date, m.resolved_by) == ("23日晚间", "2021-12-23", "relative-to-previous")


@pytest.mark.parametrize(
    "text,expected",
    [
        ("12月9日，平台收到报告。10日，工信部通报。", ("10日", "2021-12-10")),
        ("十二月九日，平台收到报告。十日，工信部通报。", ("十日", "2021-12-10")),
        ("12月9日，平台收到报告。10号，工信部通报。", ("10号", "2021-12-10")),
        # 号 after the one who acts, before what was done (a broadcast's way of dating)
        ("12月9日，平台收到报告。国家副主席习近平10号在人民大会堂会见了来访的外长。", ("10号", "2021-12-10")),
        ("12月9日，平台收到报告。半岛电视台10号报道，谈判破裂。", ("10号", "2021-12-10")),
    ],
)
def test_day_alone_forms(text, expected):
    m = mentions(text, "2021-12-22")[-1]
    assert (m.as_written, m.date) == expected


def test_day_alone_with_no_month_before_uses_the_publication_month():
    m = only("20日，工信部通报。", "2021-12-22")
    assert (m.date, m.resolved_by) == ("2021-12-20", "relative-to-publication")
    assert only("25日，工信部通报。", "2021-12-22").date == "2021-11-25"


def test_day_alone_with_nothing_to_resolve_from():
    assert only("23日晚间，阿里云发布说明。").resolved_by == "unresolved"


# --- Chinese: times of day -------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("12月23日晚间，阿里云回应。", ("12月23日晚间", "2021-12-23", "day")),
        ("截至12月10日中午12点，攻击近万次。", ("12月10日中午12点", "2021-12-10T12:00", "time")),
        ("12月10日下午3点半，发布公告。", ("12月10日下午3点半", "2021-12-10T15:30", "time")),
        ("12月10日上午9时30分，发布公告。", ("12月10日上午9时30分", "2021-12-10T09:30", "time")),
        ("12月10日晚8点，发布公告。", ("12月10日晚8点", "2021-12-10T20:00", "time")),
        ("12月10日 14:05，发布公告。", ("12月10日 14:05", "2021-12-10T14:05", "time")),
        ("昨天下午3点，阿里云回应。", ("昨天下午3点", "2021-12-23T15:00", "time")),
    ],
)
def test_chinese_times_of_day(text, expected):
    m = only(text, "2021-12-24")
    assert (m.as_written, m.date, m.granularity) == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # an hour without its part of the day, a few hours after one in the afternoon or the evening
        ("12月10日下午3時02分將火升為三級，再在3時34分升為四級。", ["2021-12-10T15:02", "2021-12-10T15:34"]),
        ("12月10日傍晚6時許到達公園，6時15分離開。", ["2021-12-10T18:00", "2021-12-10T18:15"]),
        ("12月10日下午3时开会。\n\n4时，工人进场。", ["2021-12-10T15:00", "2021-12-10T16:00"]),
        ("12月10日下午3點02分接報，3點半失去聯絡，4點01找到。", ["2021-12-10T15:02", "2021-12-10T15:30", "2021-12-10T16:01"]),
        # … not after the morning, nor after another day, nor where its own part of the day is written
        ("12月10日上午10时抵达，11时离开。", ["2021-12-10T10:00", "2021-12-10T11:00"]),
        ("12月10日下午3时开会。\n\n次日4时，工人进场。", ["2021-12-10T15:00", "2021-12-11T04:00"]),
        ("12月10日下午3时开会。次日，4时工人进场。", ["2021-12-10T15:00", "2021-12-11T04:00"]),
        ("12月10日下午5时开会，上午9时的议程取消。", ["2021-12-10T17:00", "2021-12-10T09:00"]),
        ("12月10日下午5时开会，凌晨接近3時发出信号。", ["2021-12-10T17:00", "2021-12-10T03:00"]),
    ],
)
def test_an_hour_without_its_part_of_the_day_goes_on_from_the_afternoon_before_it(text, expected):
    assert [m.date for m in mentions(text, "2021-12-22") if "T" in (m.date or "")] == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        ("消防在3點34分將火警升為四級。", ("3點34分", "2021-12-22T03:34")),
        ("他於3点01分到场。", ("3点01分", "2021-12-22T03:01")),
        ("3點半失去聯絡。", ("3點半", "2021-12-22T03:30")),
        ("於4點01在空地找到。", ("4點01", "2021-12-22T04:01")),
        ("下午大約4點30的時候，會堂開放。", ("下午大約4點30", "2021-12-22T16:30")),
    ],
)
def test_an_hour_with_dian_and_its_minutes_is_a_time_of_day(text, expected):
    m = only(text, "2021-12-22")
    assert (m.as_written, m.date) == expected


@pytest.mark.parametrize("text", ["恒指跌3点，报23000点。", "他提出3点建议。", "股价上涨3点5%。"])
def test_digits_before_dian_without_minutes_are_points_not_hours(text):
    assert [m.as_written for m in mentions(text, "2021-12-22")] == []


def test_a_clock_time_alone_takes_the_day_mentioned_before_it_in_the_block():
    m = mentions("12月10日，平台收到报告，上午9时，工信部开会。", "2021-12-22")[-1]
    assert (m.as_written, m.date, m.resolved_by) == ("上午9时", "2021-12-10T09:00", "relative-to-previous")


def test_a_clock_time_with_no_day_before_it_is_on_the_day_of_publication():
    m = only("上午9时，工信部开会。", "2021-12-22")
    assert (m.date, m.resolved_by) == ("2021-12-22T09:00", "relative-to-publication")
    assert only("上午9时，工信部开会。").resolved_by == "unresolved"


# --- Chinese: weekdays ------------------------------------------------------------------


@pytest.mark.parametrize("word", ["周四", "星期四", "週四", "礼拜四"])
def test_weekdays_are_the_nearest_on_or_before_publication(word):
    m = only(f"{word}，阿里云发布说明。", "2022-01-05")  # a Wednesday
    assert (m.as_written, m.date, m.resolved_by) == (word, "2021-12-30", "relative-to-publication")


def test_weekday_on_publication_day_is_that_day():
    assert only("周三，阿里云发布说明。", "2022-01-05").date == "2022-01-05"


def test_weekday_in_a_sentence_about_the_future_is_after_publication():
    assert only("阿里云将于周四发布说明。", "2022-01-05").date == "2022-01-06"


def test_last_and_next_week_weekdays():
    assert found("上周四，阿里云发布说明。下周一，工信部将开会。", "2022-01-05") == [
        ("上周四", "2021-12-30"),
        ("下周一", "2022-01-10"),
    ]


def test_weeks_are_ranges_of_days():
    m = only("上周，阿里云发布说明。", "2022-01-05")
    assert (m.date, m.end_date, m.granularity) == ("2021-12-27", "2022-01-02", "day")


def test_a_weekday_beside_a_date_restates_it():
    assert found("12月9日（周四），平台收到报告。", "2021-12-22") == [("12月9日", "2021-12-09")]


def test_every_week_is_not_a_weekday():
    assert found("一周一次，每周四开会。", "2022-01-05") == []
    assert found("图书馆每周一和周三开放，每週二至週五營業，每个星期一和星期三上课。", "2022-01-05") == []  # each week's


# --- Chinese: words for days ----------------------------------------------------------


@pytest.mark.parametrize(
    "word,date",
    [
        ("昨天", "2021-12-21"),
        ("昨日", "2021-12-21"),
        ("昨晚", "2021-12-21"),
        ("今天", "2021-12-22"),
        ("今日", "2021-12-22"),
        ("前天", "2021-12-20"),
        ("明天", "2021-12-23"),
        ("當天", "2021-12-22"),
    ],
)
def test_deictic_words_count_from_publication(word, date):
    m = only(f"{word}，阿里云发布说明。", "2021-12-22")
    assert (m.as_written, m.date, m.resolved_by, m.granularity) == (word, date, "relative-to-publication", "day")


@pytest.mark.parametrize("word", ["昨天", "今天", "昨晚", "明天"])
def test_deictic_words_without_a_publication_date_are_unresolved(word):
    m = only(f"{word}，阿里云发布说明。")
    assert (m.date, m.resolved_by) == (None, "unresolved")


def test_company_names_are_not_days():
    assert found("今日头条发布新功能。", "2021-12-22") == []
    assert found("NOWnews.com 今日新聞網", "2021-12-22") == []


@pytest.mark.parametrize(
    "word,date",
    [
        ("次日", "2021-12-10"),
        ("翌日", "2021-12-10"),
        ("隔天", "2021-12-10"),
        ("第二天", "2021-12-10"),
        ("当天", "2021-12-09"),
        ("当日", "2021-12-09"),
        ("同日", "2021-12-09"),
        ("此前一天", "2021-12-08"),
        ("前一日", "2021-12-08"),
        ("前一交易日", "2021-12-08"),
        ("三天后", "2021-12-12"),
        ("3天后", "2021-12-12"),
        ("半个月后", "2021-12-24"),
        ("一周前", "2021-12-02"),
        ("两周后", "2021-12-23"),
        ("一个月后", "2022-01"),
        ("三日后", "2021-12-12"),
    ],
)
def test_anaphoric_words_count_from_the_previous_date(word, date):
    m = mentions(f"12月9日，平台收到报告。{word}，工信部通报。", "2021-12-22")[-1]
    assert (m.as_written, m.date, m.resolved_by) == (word, date, "relative-to-previous")


@pytest.mark.parametrize(
    "text,date",
    [
        # `当天` in the paragraph of a month just named: a day of that month, which the story does not give
        ("12月，知乎裁员20%，300人被要求当天离开公司。", "2018-12"),
        ("1960年的早春，记忆中最寒冷的二月。他永远记得那一天。", "1960-02"),
        # … but the day named before it in that paragraph, when it has one
        ("9月27日，彭博社称，他在本月初时被带走。当天下午，知情人士证实该消息。", "2018-09-27"),
    ],
)
def test_that_day_after_a_month_is_a_day_of_that_month(text, date):
    assert mentions(text, "2019-04-04")[-1].date == date


def test_at_the_earliest_counts_from_the_day_told_or_ahead_from_publication():
    text = "特首昨天公佈推行全民病毒檢測，最快兩周後展開。"
    assert [(m.as_written, m.date) for m in mentions(text, "2020-08-08")] == [("昨天", "2020-08-07"), ("兩周後", "2020-08-21")]
    assert [(m.as_written, m.date) for m in mentions("政府昨公布兩星期後會展開檢測。", "2020-08-08")][-1] == ("兩星期後", "2020-08-21")
    assert [(m.as_written, m.date) for m in mentions("新线最快12月开通。", "2020-08-08")] == [("12月", "2020-12")]
    assert [(m.as_written, m.date) for m in mentions("这是最快的列车，12月开通。", "2020-08-08")] == [("12月", "2019-12")]


def test_a_day_a_party_intends_to_act_on_is_ahead():
    """打算 (intends to) says a plan, as 计划 does: `打算在9日…` written on 1 December is the 9th to come."""
    text = "而球團也打算在9日自由市場開放後，正式與他討論延長合約的相關事宜。"
    assert [(m.as_written, m.date) for m in mentions(text, "2011-12-01")] == [("9日", "2011-12-09")]
    assert [(m.as_written, m.date) for m in mentions("球團在9日與他討論延長合約。", "2011-12-01")] == [("9日", "2011-11-09")]


def test_a_day_alone_the_day_after_publication_is_tomorrow_unless_told_as_past():
    """28日 written on the 27th: the day to come (a notice, or a story dated where it was still the day
    before), not the 28th a month back, which news would write with its month."""
    assert found("立法院外交及國防委員會28日邀請國防部長進行專案報告。", "2021-10-27") == [("28日", "2021-10-28")]
    assert found("立法院外交及國防委員會28日已邀請國防部長進行專案報告。", "2021-10-27") == [("28日", "2021-09-28")]
    assert found("立法院外交及國防委員會29日邀請國防部長進行專案報告。", "2021-10-27") == [("29日", "2021-09-29")]


def test_anaphora_reaches_only_into_the_previous_block():
    text = "12月9日，平台收到报告。\n\n别的事。\n\n次日，工信部通报。"
    assert mentions(text, "2021-12-22")[-1].resolved_by == "unresolved"
    text = "12月9日，平台收到报告。\n\n次日，工信部通报。"
    assert mentions(text, "2021-12-22")[-1].date == "2021-12-10"


def test_relative_to_an_undated_act_is_not_resolved():
    m = mentions("12月9日，平台收到报告。上报15天后，阿里云仍然没有上报。", "2021-12-22")[-1]
    assert (m.as_written, m.date, m.resolved_by) == ("15天后", None, "unresolved")


def test_amount_ago_without_a_previous_date_counts_from_publication():
    m = only("这事缘起于一个月前。", "2021-12-22")
    assert (m.date, m.granularity, m.resolved_by) == ("2021-11", "month", "relative-to-publication")
    assert only("这事缘起于一个月前。").resolved_by == "unresolved"


def test_connectives_open_a_clause():
    m = mentions("12月9日，平台收到报告，而三天后工信部才通报。", "2021-12-22")[-1]
    assert m.date == "2021-12-12"


# --- Chinese: ranges -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("12月9日至10日，会议举行。", ("12月9日至10日", "2021-12-09", "2021-12-10")),
        ("12月9日—12日，会议举行。", ("12月9日—12日", "2021-12-09", "2021-12-12")),
        ("12月9日-12日，会议举行。", ("12月9日-12日", "2021-12-09", "2021-12-12")),
        ("12月9-12日，会议举行。", ("12月9-12日", "2021-12-09", "2021-12-12")),
        ("12月9日至12月12日，会议举行。", ("12月9日至12月12日", "2021-12-09", "2021-12-12")),
        ("12月30日至1月3日，会议举行。", ("12月30日至1月3日", "2021-12-30", "2022-01-03")),
        ("1-3月，销量上升。", ("1-3月", "2021-01", "2021-03")),
        ("2019年至2021年，销量上升。", ("2019年至2021年", "2019", "2021")),
        ("2016年到2021年間的職務評定都是良好。", ("2016年到2021年間", "2016", "2021")),  # across the span
        ("2009-2018年间，销量上升。", ("2009-2018年间", "2009", "2018")),
        ("7月至9月，销量上升。", ("7月至9月", "2021-07", "2021-09")),
    ],
)
def test_chinese_ranges(text, expected):
    m = only(text, "2022-01-05" if "12月30日" in text else "2021-12-22")
    assert (m.as_written, m.date, m.end_date) == expected


def test_a_range_of_days_alone_takes_the_month_before_it():
    m = mentions("12月1日，会议筹备。9日至10日，会议举行。", "2021-12-22")[-1]
    assert (m.as_written, m.date, m.end_date, m.resolved_by) == (
        "9日至10日",
        "2021-12-09",
        "2021-12-10",
        "relative-to-previous",
    )


def test_dates_on_separate_lines_are_not_a_range():
    assert len(mentions("12月9日\n至\n12月10日", "2021-12-22")) == 2


def test_from_a_date_on_is_its_start():
    m = only("该规定自2021年9月1日起施行。")
    assert (m.as_written, m.date, m.end_date) == ("2021年9月1日", "2021-09-01", None)


def test_a_range_ending_before_it_starts_is_not_resolved():
    m = only("12月12日至9日，会议举行。", "2021-12-22")
    assert (m.date, m.end_date, m.resolved_by) == (None, None, "unresolved")


# --- Chinese: numeric month-day only where the context makes it a date -----------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("阿里云于12.9发布说明。", [("12.9", "2021-12-09")]),
        ("阿里云在12-9发布说明。", [("12-9", "2021-12-09")]),
        ("12.9日晚间，阿里云发布说明。", [("12.9日晚间", "2021-12-09")]),
        ("价格为12.9元。", []),
        ("份额为38.3%。", []),
        ("版本2.15.0修复了漏洞。", []),
        ("在1.5倍的压力下。", []),
        ("睾酮水平在2.4纳摩尔/升以下，下调至2.5纳摩尔。", []),
        ("价格涨至3.5美元。", []),
        ("贷款最高成数由6成降至5.5成。", []),  # tenths, a ratio
        ("全场降至8.5折。", []),  # a discount
    ],
)
def test_numeric_month_day(text, expected):
    assert found(text, "2021-12-22") == expected


# --- Chinese: traditional script ------------------------------------------------------


@pytest.mark.parametrize(
    "text,published,expected",
    [
        ("2021年12月9日，平臺收到報告。", None, [("2021年12月9日", "2021-12-09")]),
        ("12月23日晚間，阿里雲發布說明。", "2021-12-24", [("12月23日晚間", "2021-12-23")]),
        (
            "12月9日，平臺收到報告。三天後，工信部通報。",
            "2021-12-22",
            [("12月9日", "2021-12-09"), ("三天後", "2021-12-12")],
        ),
        ("半個月後，工信部通報。", None, [("半個月後", None)]),
        ("週四，阿里雲發布說明。", "2022-01-05", [("週四", "2021-12-30")]),
        ("截至12月10日中午12點，攻擊近萬次。", "2021-12-22", [("12月10日中午12點", "2021-12-10T12:00")]),
        ("12月9號，平臺收到報告。", "2021-12-22", [("12月9號", "2021-12-09")]),
        ("應當在2日內報送。", "2021-12-22", []),
    ],
)
def test_traditional_chinese(text, published, expected):
    assert found(text, published, language="zh-Hant") == expected


# --- Chinese: not dates ---------------------------------------------------------------


@pytest.mark.parametrize("text", ["今年", "他今年35岁"])
def test_this_year_alone_is_a_date_but_not_an_event(text):
    m = only(text, "2021-12-22")
    assert (m.as_written, m.date, m.is_event) == ("今年", "2021", False)


@pytest.mark.parametrize(
    "text",
    [
        "暂停6个月",
        "过去15天",
        "应当在2日内报送",
        "应当在 2 日内报送",
        "两日内",
        "2天内",
        "过去十年",
        "十余年",
        "几十年",
        "近年来",
        "最近两年",
        "据21世纪经济报道",
        # names and other words with a date's characters in them
        "据光明日报报道",
        "今日中国",
        "十月革命一声炮响",
        "五月天演唱会门票售罄",  # a band's name, not May
        "如同日常生活",
        "拜登同日本领导人举行会谈",  # 同日本: with Japan
        "直到今时今日依然如故",
        "但当月色隐去",
        "都被这月夜美景吸引",
        "从1号闸机口进入",
        "360主机卫士",
        "第七条",
        "《规定》第十条第七款",
        "880元",
        "72亿美元",
        "38.3%的份额",
        "同比增长43%",
        "近日",
        "近期",
        "日前",
        "一时间",
        "此前",
        "三千年来",
        "距今2000年左右",  # about two thousand years: a round hundred before `左右` is a count
        "民国二十年代",  # counted from 1912, not a decade of the common era
        "Log4j2组件",
        "坐3号线",
        "七日无理由退货",
        "三日内完成",
        "活动的最后一天",
        "一日三餐",
        "两三年前",
        "三四个月前",
        "六七年前",
        "八九年前",
        "七八天后",
        "3日游",
        "每年12月",
        "每月15日",
        "每年的3月15日是消费者权益日",
        "每年自3月1日起，连续3日累积雨量50毫米以上",
        "头年修水利，来年底气足。",  # 底气, confidence: no year's end
        "每一张都标志着战争中的不同日子。",  # 不同日子, different days
        "有项目首付可延期3月。",  # three months
        "这个周期基本在7-10天。",  # seven to ten days
        "每年Q3",
        "每逢周一开会",
        "上月球",
        "具國際觀、外語能力強，加上年輕、反應快",  # 加上, plus: no `last year`
        "他的收入加上周末打工的钱，刚够生活。",
        "加上月底的假期，他休息了十天。",
        "马上周末了，大家都很开心。",
        "http://example.com/2021/12/09/a.html",
        "https://www.guancha.cn/internation/2021_12_12_618210.shtml",
        "CVE-2021-44228",
        "a resolution of 1800 x 1920 per eye",
        "screens of 1600×2000 pixels",
        "rendering it in 1080p",
        "Friday nights are made for fun",
        "N Engl J Med. 2005;353(23):2450–61.",
        "a 1960s-style car",
        "He is in his 60s.",
        "University Bank at 2015 Washtenaw Avenue was robbed.",
        "The bank signed a lease at 1633 Broadway.",
        "Police were called to the 2100 block of Washtenaw.",
        "She wore a matching midnight blue hoodie.",
        "如果再晚一点，可能已经没了。",  # a little later
        "你出来早一点就好了。",
    ],
)
def test_not_dates(text):
    assert found(text, "2021-12-22") == []


@pytest.mark.parametrize("text", ["2月30日", "13月1日", "0日", "0000年", "2021年2月29日", "32日", "2021年13月"])
def test_impossible_dates_are_not_mentions(text):
    assert found(f"{text}，会议举行。", "2021-12-22") == []


# --- Events or not --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,is_event",
    [
        ("12月9日，平台收到报告。", True),
        ("截至12月10日，已发现近万次攻击。", False),
        ("截止12月10日，已发现近万次攻击。", False),
        ("依內政部統計，至昨天止，僅九百餘人主動報到。", False),  # up to a day, set before its clause: as of it
        ("到12月10日为止，已发现近万次攻击。", False),
        ("早鳥票12月6日開賣，開賣至12月31日止。", True),  # a sale's end, no figure's date
        ("2021年第三季度，阿里云以38.3%的份额领先。", False),
        ("2020年美国厂商市场占比高达66.6%。", False),
        ("2021年第三季度中国云计算市场同比增长43%。", False),
        ("Canalys发布2021年第三季度报告。", False),
        ("12月22日，阿里美股暴跌4.21%。", True),
        ("国际能源署12月12日下调了明年全球原油需求的增长预期。", True),  # a revision on a day is an act
        ("蘋果股價連續兩天急彈2.75%後，週三回吐2.07美元或0.89%。", True),  # a market's move on a day
        # a period alone in its clause is told of by the next (`2011年2月，…发布`); a profit or a best-seller is a figure
        ("2011年2月，埃洛普发布公开言论，诺基亚市场份额大跌。", True),
        ("去年8月，美图、拉勾网各裁员20%。", True),  # … past a list of who did it; a lay-off is an act
        # the day a count is compared with
        ("在院重症6840例、危重症1486例，较24日分别减少250例、99例。", False),
        ("累计报告病例6384例，相比于2月1日的统计增加了2275例。", False),
        ("台積電股價開在599元，較29日大漲10元。", False),
        ("道琼斯和标普12日分别下跌3.8%和3.5%。", True),  # `和` joins names here
        # the new end of what goes on, after an extension; not a day something is put off to
        ("政府将补贴计划延长到2021年1月底。", False),
        ("会议延期到12月9日举行。", True),
        # clock times in the days of a working week: a schedule, no one day's
        ("996是指早上九点上班，晚上九点下班，一周工作六天。", False),
        ("他昨天早上九点上班时被捕。", True),
        ("中通和圆通2022年前三季度净利润创历史新高。", False),
        ("五月由於政策助推，市場銷量回升至42.9萬支，隨後在六月下跌至40.2萬支。", False),  # sales in a month: a figure
        # a year years away that a thing is forecast to be by, before or around: a forecast's; a deadline set for an
        # act stays one to come
        ("到2050年老年人将占我国总人口约三分之一。", False),
        ("这个规模大概要到2040年前后才会达到。", False),
        ("英国承诺到2027年将华为设备从5G网络中移除。", True),
        ("苏州将于2030年举办运动会。", True),
        ("上半年台灣熱銷手機前五名由iPhone包辦。", False),
        # what is said on a day is an act, though the sentence gives a share
        ("林郑月娥昨天指出，当中54个样本呈阳性，比例为0.04%。", True),
        ("美联储周三表示，美国经济增长将达6.5%。", True),
        ("观察者网查询《2021年12月9日安全公告》全文。", False),
        ("他说“12月9日那天”的事很重要。", False),
        ("据工信微报——「12月9日，工信部收到报告，组织分析。」", True),
        # a period followed by 的 and an amount dates a figure: `2012年的324.7万`, `2023年的3倍`
        ("研发人员由2012年的324.7万人提高到635.4万人。", False),
        ("需求量将达4500万辆，是2020年的3倍多。", False),
        ("2019年的两会上，他提出建议。", True),
        # a period with a value measured then (in its clause, or the next when it opens the sentence alone)
        ("2022年末，中国拥有近9亿劳动力。", False),
        ("2023年，全国城轨交通平均客运强度为0.55万人次/公里。", False),
        ("2019年平均下来月门诊量是3500人。", False),
        ("今年第一季度就筹集了3000万美元。", False),  # an amount gathered, caught or grown over it
        ("2025年全国禁毒部门共破获毒品犯罪案件2.7万起；", False),
        ("到2015年手上积蓄了近20万元资金。", False),
        ("直到今年初美國禁賣令發出後，高通停止銷售5G技術給華為。", True),
        ("两国部长将在今年晚些时候举行对话。", True),  # … or later in it, as `later this year`
        # days a count is made over, or a total counted from
        ("据通报，6月13日至16日，北京已完成35.6万人的核酸检测。", False),
        ("6月11日至今，北京已累计新增106例新冠肺炎确诊病例。", False),
        ("会议于6月13日至16日举行，共有300名代表出席。", True),
        ("9日至11日，国务院新闻办公室组织40余名记者赴江苏采访。", True),  # an act and its party, no count
        ("4月1日至12日，欧元兑美元下跌了0.9%。", False),  # a change measured over them
        # a span and 期间: what went on or stood across it
        ("2004年到2008年期间，海航的多元化战略几乎停滞。", False),
        ("2016年到2021年間的職務評定都是良好。", False),
        ("第一卷收入2013年1月至2018年6月期间的著作63篇。", False),
        ("2019年是关键的一年，公司在这一年上市。", True),
        ("到2030年，全球新能源汽车需求量将达4500万辆。", False),
        ("2022年共有624万多名骑手通过美团获得收入。", False),
        ("调查显示，5月制造业景气判断指数维持于正9。", False),
        ("2019年，公司收购了X公司，交易金额达10亿元。", True),
        ("2011年，兵团种植棉花792万亩，皮棉总产超过125万吨；", False),  # measured in a clause after the next
        # early this year, an act; not a figure measured then
        ("华为手机直到今年初美国禁卖令发出后停止。", True),
        ("今年年初，太空军作战部长便指出。", True),
        ("海耶斯在今年早些时候接受采访时说。", True),
        ("今年初，销售额达到5亿元。", False),
        ("今年棉花面积和去年基本持平。", False),  # the period a figure is flat against
        ("平谷玻璃台16时至17时，1小时的降水量达53.2毫米。", False),  # the hours a figure is measured over
        ("气象台发布的13时至20时降水量统计数据显示，雨量偏大。", False),
        ("16时至17时，他在会上宣布了新方案。", True),
        ("我和去年认识的朋友见面了。", True),
        ("2023年，他被评为2022年度优秀员工。", True),
        # … after a lead-in word, or since it; a figure doubled then
        ("其中包括2016年底，我国电子商务交易额达到22万亿元。", False),
        ("2014年12月以来，注册用户已达94432人。", False),
        ("这两项数据需要在2016年翻一番。", False),
        ("企业数量从2017年底的38.5万家，降至2018年初的37.2万家。", False),
        # a year written as 年度 is what a thing covers
        ("苏州召开2021年度综合考核工作总结大会。", False),
        ("工信部发布2021年度绿色制造名单。", False),
        ("2014年12月以来，公司推出了三款新产品。", True),
        # the period a change is measured from, a figure's rank or count, a multiple of its figure
        ("进出口额约12.6万亿元，较协定生效前的2021年增长5.3%。", False),
        ("排名从2018年的第78位升至第31位。", False),
        ("科学家数量从2014年的111人次增至1169人次。", False),
        ("城乡居民收入比从2012年的2.37下降到1.86。", False),
        ("装机容量至少要达到5400GW，是2023年全球总装机量的近4倍。", False),
        ("2023年的3月，他来到北京。", True),
        # a period in the name of a report or a data set; not a report made then
        ("根据2011年至2020年城轨交通统计数据，线路增加。", False),
        ("依然按照一季度货币执行报告中的逻辑制定。", False),
        ("根据容城县1968~2016年气象资料，气温升高。", False),
        ("2022年江苏省政府工作报告强调要深化改革。", False),
        ("2020年《政府工作报告》提出，要实施扩大内需战略。", False),
        ("2021年发布报告，称市场回暖。", True),
        ("特首下月發表的施政報告將公布新計劃。", True),  # a report to be delivered then
        # … or a thing the year numbers; not a thing of that year (`1978年的第六号提案`)
        ("2021年长江第1号洪峰已在上游形成。", False),
        ("财政部在香港发行2021年第三期150亿元人民币国债。", False),
        ("他推动了加州2021年的第六号提案。", True),
        # … or of an economic indicator: the period it measures
        ("11月居民消费价格指数总体平稳。", False),
        ("11月末社会融资规模存量458.81万亿元。", False),
        ("三季度经济运行走势趋稳。", False),
        ("今年前11个月深圳港外贸集装箱吞吐量超1400万标箱。", False),
        # a change in percentage points, against a period: both are a figure's
        ("其上半年销售毛利率较去年同期下滑4.51个百分点。", False),
        ("國有控股企業利潤與去年同期相比持平，結束連續7個月的下降態勢。", False),
        ("這主要受去年同期基數抬高、財務費用成長較快等因素影響。", False),  # no comparing word: the base is named
        # a period a total is counted over, a month whose value opens a sentence after `而`, a count since a date
        ("1至10月累计国有控股企业利润持平。", False),
        ("而去年11月，中國位列第三大入境遊客來源地，接待74,500人次。", False),
        ("而去年11月，他宣布辞职。", True),
        ("索馬利亞自1992年以來，已有59名記者因公殉職。", False),
        ("自3月8日以来，被扣押的船只数量已接近70艘。", False),
        ("自3月8日以来，他已三次访问北京。", True),
        ("2021年以来，上海警方共侦破各类经济犯罪5600余起。", False),
        ("这也是今年3月以来上海船舶工业交付的第一艘船。", False),
        ("5 月比特币基金吸引了 55 亿美元的净流入。", False),
        ("2020年，这些外资银行向美国企业发放逾1.3万亿美元贷款。", False),
        ("到2021年，俄方約有122架Su-34。", False),
        # what happens as a rule; the year a debt falls due, naming it; a figure counted up to a day
        ("苏丹雨季一般从7月开始，其间洪涝灾害频发。", False),
        ("2027年到期的債券報價只剩6.5美分。", False),
        ("統計至3月7日，債券報價只剩6.5美分。", False),
        ("截至今日（22日）早上7时30分，已有19300人参与投票。", False),
        ("2020年，全省规模以上文化企业营业收入2.5万亿元。", False),
        ("2020年江苏省区域创新能力排名跃居中国第二。", False),
        # what happens as a rule: its clause or its sentence's opening says so, or opening hours' label
        ("通常，这些御寒物资的订购时间从10月底开始。", False),
        ("他经常加班到夜里11点多。", False),  # what he often does
        ("服务时间：周二至周日及国定节假日9：00-17：00", False),
        ("12月9日，平台收到报告，通常需要三天处理。", True),
    ],
)
def test_is_event(text, is_event):
    assert mentions(text, "2021-12-22")[0].is_event is is_event


@pytest.mark.parametrize(
    "text,is_event",
    [
        ("美联储14日宣布暂停加息。截至当天收盘，道琼斯工业平均指数下跌232.79点，或0.68%。", True),
        ("國際油價12日下挫。截至當天收盤，道瓊工業平均指數跌315.51點，跌幅1.79%。", True),
        # a price at a day's close, or a figure as of a day: no move that day
        ("股价多日涨停。截止到12月9日收盘价61元/股，已经上涨了一倍。", False),
        ("疫情持续。截至12月9日，全国累计确诊1000例。", False),
    ],
)
def test_a_markets_move_up_to_the_days_close_is_the_days_trading(text, is_event):
    assert mentions(text, "2021-12-22")[-1].is_event is is_event


def test_a_heading_that_repeats_a_date_is_not_an_event():
    text = "9月1日起施行新规\n\n今年9月1日后，这一行业就要变化。"
    heading, body = mentions(text, "2021-12-22")
    assert (heading.date, heading.is_event) == ("2021-09-01", False)
    assert body.is_event is True


@pytest.mark.parametrize(
    "lead_in,body,is_event",
    [
        # a sentence leading in to a quote is no heading: its date is its own event, though the body repeats it
        ("今天中午，某某委托律师事务所发布声明：", "今天，法院受理此案。", True),
        ("6月8日，某教授发出告别微博的声明：", "6月8日，他离开了微博。", True),
        ("The retraction, published July 16, 2021, said:", "It was retracted on July 16, 2021.", True),
        # … a label over what follows is a heading
        ("今日新闻：", "今天，法院受理此案。", False),
        ("本周推荐媒体：", "本周，法院受理此案。", False),
    ],
)
def test_a_line_leading_in_with_a_colon_is_a_heading_only_as_a_label(lead_in, body, is_event):
    language = "en" if lead_in.isascii() else "zh-Hans"
    first = mentions(f"{lead_in}\n\n{body}", "2021-07-16", language=language)[0]
    assert first.sentence == lead_in
    assert first.is_event is is_event


def test_a_heading_with_its_own_date_stays_an_event():
    heading = mentions("12月9日平台收到报告\n\n工信部随后通报。", "2021-12-22")[0]
    assert heading.is_event is True


# --- Sentences and offsets ------------------------------------------------------------


def test_sentence_is_split_on_chinese_punctuation_and_lines():
    text = "第一句。12月9日，平台收到报告！第三句？\n12月10日，发布公告；之后"
    first, second = mentions(text, "2021-12-22")
    assert first.sentence == "12月9日，平台收到报告！"
    assert second.sentence == "12月10日，发布公告；"
    for m in (first, second):
        assert text[m.sentence_start : m.sentence_end] == m.sentence


def test_sentence_keeps_closing_quotes_and_drops_surrounding_space():
    text = "  他说：“12月9日收到报告。”  后来的事。"
    m = only(text, "2021-12-22")
    assert m.sentence == "他说：“12月9日收到报告。”"


def test_english_sentences_split_after_full_stops_but_not_abbreviations():
    text = "The flaw was found on Dec. 9 by a researcher. It was fixed on Dec. 10."
    first, second = mentions(text, "2021-12-22", language="en")
    assert first.sentence == "The flaw was found on Dec. 9 by a researcher."
    assert second.sentence == "It was fixed on Dec. 10."


# --- English ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text,expected",
    [
        ("On December 9, 2021, Apache released a fix.", [("December 9, 2021", "2021-12-09")]),
        ("It was patched on Dec. 9.", [("Dec. 9", "2021-12-09")]),
        ("It was patched on Dec 9th.", [("Dec 9th", "2021-12-09")]),
        ("It was found on 9 December 2021.", [("9 December 2021", "2021-12-09")]),
        ("18 NOV 2021", [("18 NOV 2021", "2021-11-18")]),  # a stamp in capitals
        ("POSTED DEC 9, 2021", [("DEC 9, 2021", "2021-12-09")]),
        ("It was found on the 9th of December.", [("9th of December", "2021-12-09")]),
        ("The advisory is dated 2021-12-09.", [("2021-12-09", "2021-12-09")]),
        ("It was filed on 12/9/2021.", [("12/9/2021", "2021-12-09")]),
        ("The report came out in December 2021.", [("December 2021", "2021-12")]),
        ("The bug was found in late November.", [("late November", "2021-11")]),
        ("The end of November was busy.", [("The end of November", "2021-11")]),
        ("Sales rose in Q3 2021.", [("Q3 2021", "2021-Q3")]),
        ("Q1: Why did sales rise?", []),  # a question's number
        ("Q1：新的量刑指引何時生效？", []),
        ("Q1. Is coffee healthy to drink every day?", []),
        ("Revenue rose in Q1. The company said so.", [("Q1", "2021-Q1")]),
        ("Sales rose in the third quarter of 2021.", [("third quarter of 2021", "2021-Q3")]),
        ("Sales rose in the first half of 2021.", [("first half of 2021", "2021-H1")]),
        ("The company was founded in 2020.", [("2020", "2020")]),
        ("Alibaba apologized on Thursday.", [("Thursday", "2021-12-16")]),
        ("Alibaba apologized yesterday.", [("yesterday", "2021-12-21")]),
        ("Alibaba apologized today.", [("today", "2021-12-22")]),
        ("Regulators acted last week.", [("last week", "2021-12-13")]),
        ("Regulators acted last month.", [("last month", "2021-11")]),
        ("Regulators acted last year.", [("last year", "2020")]),
        ("The bug was found three weeks ago.", [("three weeks ago", "2021-12-01")]),
        ("It happened last Friday at 3 p.m.", [("last Friday at 3 p.m.", "2021-12-17T15:00")]),
        ("The meeting is scheduled for December 30.", [("December 30", "2021-12-30")]),
        ("The law will take effect on March 1.", [("March 1", "2022-03-01")]),
        ("The firm will report on Monday.", [("Monday", "2021-12-27")]),
    ],
)
def test_english_dates(text, expected):
    assert found(text, "2021-12-22", language="en") == expected


def test_english_day_month_order_follows_the_site():
    assert found("It was filed on 12/9/2021.", "2021-12-22", language="en", date_order="DMY") == [
        ("12/9/2021", "2021-09-12")
    ]
    assert found("It was filed on 25/12/2021.", "2022-01-05", language="en") == [("25/12/2021", "2021-12-25")]


def test_english_anaphora():
    text = "On December 9, the platform got a report. The next day, Alibaba apologized. Two days later, it was fixed."
    assert found(text, "2021-12-22", language="en") == [
        ("December 9", "2021-12-09"),
        ("The next day", "2021-12-10"),
        ("Two days later", "2021-12-12"),
    ]


def test_english_ranges():
    assert [(m.as_written, m.date, m.end_date) for m in mentions("It ran Dec. 9-12, 2021.", language="en")] == [
        ("Dec. 9-12, 2021", "2021-12-09", "2021-12-12")
    ]
    assert [(m.date, m.end_date) for m in mentions("Sales grew from 2019 to 2021.", language="en")] == [
        ("2019", "2021")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "You may go.",
        "May we meet?",
        "He will march on.",
        "THEY MAY MEET.",
        "MARCH FOR OUR LIVES",
        "It costs 2020 dollars per unit of 300.",
        "Version 2.15.0 fixed it.",
        "The board meets every Monday.",
        "The third flight departs each Thursday.",
        "Try to fly on a Tuesday or Wednesday, when airports are less busy.",  # any such day
        "On a Saturday morning the market fills up.",
        "Stores open every Monday and Friday.",
        "Each March 15, the club holds its dinner.",
        "We also publish an issue each year in the spring.",  # every year's
        "The festival is held every year on March 15.",
        "Updated at 8:12 a.m. ET: A third person has died from the virus.",  # the page's stamp
        "The assembly voted to proclaim March 15 as International Day to Combat Islamophobia.",  # every year's
        "August 22 has already been proclaimed as the International Day commemorating the victims.",
        "December 21 has been designated World Meditation Day by the United Nations.",  # no `as`
        "We even have an International Day of Tolerance observed on 16 November.",
        "Already a million people have moved to 6 October City, due west of Cairo.",  # a place named for a date
        "6 OCTOBER CITY, Egypt — The highway west out of Cairo used to promise relief.",
        "The club meets in June every year.",
        "The report comes out on Dec. 1 annually.",
        "The pool opens weekends 11am-4pm.",  # every such day's hours
        "The shop opens Saturdays from 10 a.m.",
        "The show airs nightly at 8 p.m.",
        "Schools close at midday on Fridays.",  # … written after the hours
        "The museum opens at 9 a.m. daily.",
        "He jogs at 6 a.m. every morning.",
        "USA Today reported it.",
        "They put this forward in a letter to the Sunday Times.",  # a newspaper's name
        "Switchboard: +44 (0)20 3353 2000",  # a telephone number's last group
        "He was political editor of The Sunday Telegraph.",
        "Maharashtra\n\n1604 86\n\nDelhi\n\n2034 70",  # a table's rows of numbers
        "A few days later it broke.",
    ],
)
def test_english_not_dates(text):
    assert found(text, "2021-12-22", language="en") == []


@pytest.mark.parametrize(
    "text,is_event",
    [
        # an English period with an amount measured then, and nothing done: a figure's time
        ("JPMorgan Chase earned $4.9 billion in the fourth quarter of 2014.", False),
        ("Sony sold 18.5 million consoles in 2014.", False),
        ("The YouTuber made $8 million in profit in 2015.", False),
        ("Venture capitalists are raking in about $13 billion in the first quarter of 2016.", False),
        ("There were 380 new cases in 2014.", False),
        ("In 2010, the company had 50 employees.", False),
        ("By 2012, the company had more than $2 million in the bank.", False),
        ("By 2003 there was probably $1 billion circulating.", False),
        ("USAID spent $30 million on agriculture over nine months in 2010.", False),
        ("Comcast, the leading U.S. cable system, lost 238,000 subscribers in the second quarter of 2011.", False),
        ("The economy added 215,000 jobs in March 2015.", False),
        ("Net income fell to $3.76 billion in the third quarter of 2015.", False),
        ("King earned $252,000 as the director of the foundation in 2006.", False),  # `,` in a number ends no clause
        # … a list of years is measured by the clause its last year is in
        ("The company's cash flow in 2013, 2014, and 2015 was $47.1 million, $65 million and $65.5 million.", False),
        ("The team won the title in 2012, 2014 and 2016.", True),
        ("The Cronut rose to 17th on the list after its arrival in 2013.", True),  # a rank, not an amount
        ("He returned as an adviser in 1996 — a year the company lost $900 million.", True),  # a dash ends a clause
        # an amount in a unit of time; a trend over years
        ("In 1980, the city's 7.1 million people consumed about 1.5 billion gallons per day.", False),
        ("In the 1960s, international phone calls cost about $3 per minute.", False),
        ("Between 2007 and 2013, the rate of lost luggage fell by more than half.", False),
        ("Bandwidth demand rose 4.5 times between 2009 and 2013.", False),
        # the end of a range an amount goes over; a clause after `that` that a period opens; a count on a day
        ("Analysts expect the number to grow from 16 currently to as many as 80 by 2022.", False),
        ("Output will go from 175 gigawatts to 450 gigawatts by 2022.", False),
        ("China's needs for copper will almost triple to 20 million tons by 2035.", False),
        ("The company grew to 500 employees in 2015.", False),
        ("The commission found that in 2015, there were 9 million premature deaths.", False),
        ("The company itself had 12,500 employees on June 30, and others work for affiliates.", False),
        ("He was promoted to 2 stars in 2015.", True),
        # the base a figure is compared with
        ("Statewide traffic deaths are down this year compared to 2006, with 13 people killed.", False),
        # … or after `than` and a comparative; not `more than a year ago`, an amount of time
        ("Sales were higher than last year, the company said.", False),
        ("Gay marriage is seen differently than it was 25 years ago.", False),
        ("Prices are 5% higher than in 2010.", False),
        ("He left more than a year ago.", True),
        # the period of an amount right before it, whatever the clause's verb; a list of bases compared with
        ("The bureau reported a net gain of just 98,000 jobs in March.", False),
        ("Private payrolls rose by 263,000 last month, a survey said.", False),
        ("Tenants signed for 28 million square feet, vs. about 38 million in 2014.", False),
        ("The district recorded seven leases, down from 10 in 2014, 13 in 2013 and 15 in 2012.", False),
        ("It reported a wider net loss of US$687.1 million (S$934.8 million) from US$55.2 million a year ago.", False),
        # a law's or an agreement's year names it; the end of what is owed or paid
        ("Varadkar said the 1998 Good Friday Agreement had been fully protected.", False),
        ("Backers say the 2001 authorization has let presidents wage war.", False),
        ("The UK will remain liable for its commitments up to December 3, 2020.", False),
        ("The UK would keep making contributions to the budget up to the end of 2020.", False),
        ("Police arrested 15 people in March.", True),
        # … or a tally over it
        ("In the third quarter, the Bay Area saw 12,690 default notices.", False),
        ("In March, the city received 2,000 complaints.", False),
        ("In March, he received the award.", True),
        ("China emitted 5,491 million tonnes of carbon dioxide in 2014.", False),
        ("Generation nearly doubled from 5,809 terawatt-hours in 2000.", False),
        ("Last month was officially the hottest September on record.", False),  # a weather record's
        # … or a measure's, named right before it: its value then, profits over it, a base of the same months
        ("Its market value is nearly double its value at the start of 2012.", False),
        ("It reported a record annual profit of $40bn for 2013 after posting better profits in the final quarter.",
         False),
        ("Shareholder payouts for 2014 stand at $23bn, he said.", False),
        ("The price fell to an average of $2.61 in March, from $7.89 in the same months last year.", False),
        ("The company reported its results in March.", True),
        # the period an outlook or a target is for, a goal's deadline; not a plan's
        ("The outlook for 2017 is bleak, the bank said.", False),
        ("As we move into 2017, our focus is supporting clients.", False),
        ("The company raised its forecast for the fourth quarter.", False),
        ("The government aims to eliminate the deficit by 2018.", False),
        ("The chain set a goal of 1,000 stores by 2020.", False),
        ("The city plans to open the line by 2019.", True),
        ("The bank promised net-zero emissions by 2050.", False),  # years away: a target, whatever its verb
        ("A phase-out is likely by the mid-2030s.", False),
        # a day a figure is forecast to reach by; not a plan's
        ("Ireland will see between 1,600 and 2,300 cases a day by November 7th.", False),
        ("The rate will rise to 5% by June 30.", False),
        ("The company will open its plant by June 30.", True),
        ("Over 80 million Americans will get the deposit by June 30.", True),
        # the period a measure is of, right after it and `in`
        ("Hiring in March was expected to drop, economists said.", False),
        ("Exports in the first quarter fell.", False),
        ("The plant opened in March.", True),
        # a sum or a share a thing was or is then; the end of the months or years a figure is measured over
        ("In 1980, the national debt was $1tn; in 2000, it was $6tn.", False),
        ("Even in Australia, the median age rose from 28 to 37 in the 40 years to 2015.", False),
        ("Sales rose 5% in the 12 months to March.", False),
        ("Officers arrested 806 drivers, up from 796 arrests during the same period in 2006.", False),
        # the end of a span a state lasts
        ("Southwest canceled its Max flights through 5 August.", False),
        ("He is under contract with CBS through 2019.", False),
        ("He said that in 2015, the company opened 40 stores.", True),
        # a span of written years is how things stood across them, a post held included
        ("From 2010 through 2015, he led the team.", False),
        ("Between 2009 and 2013, he served as the city's mayor.", False),
        # an age is no amount of a thing
        ("I was 15 in 1999, when the Palm V was released.", True),
        # a deal's price, a count of people an act took, an act beside the figure
        ("The company sold its stake for $2 billion in 2014.", True),
        ("Police arrested 12 people in 2015.", True),
        ("In 2012, Apple sold 10 million iPads and launched the iPad mini.", True),
        # the date a change is measured from; not the start of what went on since
        ("Since 1997, the capacity has risen from 33 gigabits per second to 27 terabits.", False),
        ("Prices have doubled since 2010.", False),
        ("Since 2010, the company has been based in Austin.", True),
        # a paper cited by its journal's volume and issue or its DOI, not a paper's publication told
        ("Journal of Mammalogy, Volume 98, Issue 5, 3 October 2017, Pages 1453–1462, DOI:10.1093/jmammal/gyx104.", False),
        ("The study was published on 3 October 2017 in the journal (doi: 10.1093/jmammal/gyx104).", True),
        # a median's, an average's or an income's period
        ("The median income is half that of the national median in 2014.", False),
        ("Global emissions in 2030 would be far above the goal.", False),
        # the year of publication in the present is this year so far, a trend's
        ("In 2015, the landscape of certifications has expanded significantly.", False),
        ("In 2015, the company opened 40 stores.", True),
        # a market's move is the day's trading, a statistic or not
        ("Stocks are lower today as investors weigh the data.", True),
        ("Gold is up 1% this morning after the report.", True),
        ("In pre-market trading today all the major indices are higher.", True),
        ("Stocks are more expensive today than they were in 2009.", False),
        # a figure today is the day's news: the page's own day
        ("The Volatility Index headed higher by 11.4% today, up to 12.51, a sign that bigger moves could come.", True),
        ("Morgan Stanley reports today, with expected EPS of $0.65 on $8.28B in revenue.", True),
        # what is forecast for a period, not done then
        ("The UK is predicted to have the lowest growth of the G7 in 2024.", False),
        ("Analysts have predicted that the launch will prompt a super cycle for the end of 2017.", False),
        ("The economy grew much stronger than people predicted in 2015.", True),
        # a season with no year, in the present, is every year's
        ("In the summer, the lake fills with tourists.", False),
        ("The company launched it in the summer.", True),
        ("The company will launch it in the summer.", True),
        # a span that reaches up to now holds a sum or a trend, not an act on a day
        ("Seven of those were reported in the last week.", False),
        ("Over the past year, I have found myself overwhelmed by support.", False),
        ("Jobless claims saw a sharp decline in the past week.", False),
        ("He resigned last week.", True),
        # how a measure changed in a period is the measure's, not an act
        ("Factory orders rose in August, partially offsetting a steep decline in July.", False),
        ("Sales fell 5% in the first quarter.", False),
        ("The company launched the phone in March.", True),
        ("Shares of the company fell sharply in March after the recall.", True),
        # a period right before the measure it dates (`August jobs`, `June's retail sales`) is the measure's
        ("The dollar fell as an above-forecast gain in August jobs wasn't seen as strong enough.", False),
        ("Stocks slipped after weaker June's retail sales.", False),
        ("Analysts cut their forecasts after the weak 2014 sales.", False),
        ("The union called a strike in August after talks failed.", True),
        # … or one said to be the last with figures
        ("In 2009, the most recent year for which tax records are available, the fund raised $1.3 million.", False),
        ("In 2009, the last year he played, he won the title.", True),
        # … or the whole of one a total is over, or one a count is compared in
        ("The number dwarfed the 67 executions reported in all of 2021 and the 27 in 2020.", False),
        ("He joined the 76ers in 2020.", True),
        # a count of what went on since a year is a sum over the years, not what began then
        ("Officers have fired the stun guns more than 1,000 times since 2004.", False),
        ("More than 320 people had died in the US since 2001 after they were stunned.", False),
        ("Almost two-thirds of residents have left town since 1950.", False),
        ("Of the nearly 60 accusations made against him since 2014, one led to charges.", False),
        # … or after a `Since` that opens the sentence
        ("Since June, eight park visitors have contracted the virus, officials said.", False),
        ("Since 1993, there have been 60 cases in California.", False),
        ("Since 2010, the company has opened 40 stores.", False),  # 40 over the years since, none in 2010
        ("Since March 2014, the publisher removed the study, now behind a $35.95 paywall.", True),
        # … but not when a clause says what happened then
        ("The house is 100% owned by him and has been since 2014 when he acquired it.", True),
        # coming into effect is an act, though a share stands beside it
        ("Paper was cut by 35 per cent and rationing came into effect in mid-1941.", True),
        ("The threshold has been frozen since 2009.", True),
        ("Women have been able to vote since 2011.", True),
        ("The B.1.1.317 variant has been found in Thailand since December 2014.", True),
        ("He has not been seen by 2 of his friends since August 18, 1997.", True),
    ],
)
def test_an_english_figures_period_is_no_event(text, is_event):
    assert mentions(text, "2015-01-14", language="en")[0].is_event is is_event


def test_a_year_after_from_is_no_amount_compared_with():
    death = mentions("He ruled the country from 1989 until his death in February.", "2015-03-14", language="en")[-1]
    assert (death.as_written, death.is_event) == ("February", True)


@pytest.mark.parametrize(
    "text,is_event",
    [
        # a wire photo's caption: a sentence in the present, a place, then the day the picture was taken
        ("A Tesla Model S charges at a station in Cabazon, California, U.S. May 18, 2016.", False),
        ("Dan Akerson poses for a portrait at headquarters in Detroit, Michigan, August 31, 2010.", False),
        ("The vote is on May 18, 2016.", True),
        ("The company said it opened a store in Detroit, Michigan, May 18, 2016.", True),
    ],
)
def test_a_photos_date_in_its_caption_is_no_event(text, is_event):
    assert mentions(text, "2016-06-01", language="en")[0].is_event is is_event


@pytest.mark.parametrize(
    "text,is_event",
    [
        # `earlier this year` in the past tells an act; a source's, a figure's or a plan's `this year` does not
        ("But earlier this year Zhang claimed his own reward.", True),
        ("The firm reiterated its intent to invest in India earlier this year.", True),  # `earlier` is past
        ("Earlier this year, we announced that we had started using bsdiff.", True),
        ("Yahoo Finance reported earlier this year that prices fell.", False),
        ("Sales rose 5% earlier this year.", False),
        ("The company expects growth this year.", False),
        # a count of years on, to how things still stand, is no act
        ("He vanished in 2013. Five years later, he is still missing.", False),
        ("He was hired in 2001. Two years later, he left.", True),
        # `this year` after an act in the past tense dates it; not framing its sentence, named, none, or a count
        ("McIlroy, who won the Quail Hollow Championship this year, is coming off a major.", True),
        ("Even when cryptocurrency values started crashing this year, hash rates kept increasing.", True),
        ("This year, our survey revealed a drop in readers.", False),
        ("We declared this year the year of reading.", False),
        ("No venture-backed startup has gone public this year.", False),
        ("Gucci unveiled its range at this year's Milan Fashion Week.", False),
        ("Sales reached an estimated $21 billion this year.", False),
        # `that year` and `that month` go on with the story told
        ("In 1870, the army built a station. Later that year, the first observations were made.", True),
    ],
)
def test_this_year_and_that_year_in_a_story(text, is_event):
    assert mentions(text, "2014-12-29", language="en")[-1].is_event is is_event


def test_english_is_event():
    assert only("The firm, founded in 2009, had 33% market share.", "2021-12-22", language="en").is_event is True
    assert only("As of December 10, 1,000 attacks were seen.", "2021-12-22", language="en").is_event is False
    assert (
        only("As of the end of June, Netflix had 104 million subscribers.", "2021-12-22", language="en").is_event
        is False
    )
    # … and with its year, the month's part between `as of` and the month
    for as_of in ("As of the end of January 2015", "As of end January 2015", "As of early January 2015"):
        assert only(f"{as_of}, reserves stood at $6.4 billion.", "2015-08-13", language="en").is_event is False
    assert only("The company was sold at the end of January 2015.", "2015-08-13", language="en").is_event is True
    assert only("Q3 2021 revenue grew 30%.", "2021-12-22", language="en").is_event is False
    assert only("In the first half of 2021 revenue rose 5%.", "2021-12-22", language="en").is_event is False
    # a period set off before its sentence is told of by the clause after it
    assert only("In January, the firm announced $1 billion in revenue.", "2021-12-22", language="en").is_event is True
    assert only("In January, revenue was up 5%.", "2021-12-22", language="en").is_event is False
    # a margin of victory is no statistic: winning is an act
    assert only("In 2016, he carried the state by 3.5 percentage points.", "2020-02-20", language="en").is_event is True
    assert only("He won Arizona by only 3.5 percent four years ago.", "2020-02-20", language="en").is_event is True
    assert only("Shares fell 4% on Monday.", "2021-12-22", language="en").is_event is True
    # a year after an amount and `in` or `by` is the figure's date; after a count of what happened, the event's
    assert only("The index rose from 0.437 in 1999.", "2021-12-22", language="en").is_event is False
    assert only("It is projected to be worth $1.2 billion by 2025.", "2021-12-22", language="en").is_event is False
    assert only("The attack killed 12 in 2015.", "2021-12-22", language="en").is_event is True
    assert only("Google acquired it for $200 million in 2017.", "2021-12-22", language="en").is_event is True


def test_english_words_in_chinese_text():
    assert found("阿里云于December 9, 2021发布说明。", "2021-12-22") == [("December 9, 2021", "2021-12-09")]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        # a thing arriving in a month (`coming in March`, `expected in March`) is ahead, whatever the verb
        ("Publishers agreed to a similar structure for the tablet, coming in March and expected to sell well.", "2010-03"),
        ("The device, expected in March, will cost more than the last one.", "2010-03"),
        # … not a figure against what was expected then
        ("Prices rose more than expected in January, the ministry said.", "2010-01"),
        # the day a warning is for is ahead
        ("Making matters worse, the weather service issued a storm watch for Tuesday.", "2010-02-09"),
        ("The weather service lifted the storm watch on Tuesday.", "2010-02-02"),
    ],
)
def test_a_thing_expected_then_or_a_warning_for_a_day_is_ahead(text, date):
    assert mentions(text, "2010-02-07", language="en")[0].date == date


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year of two digits alone, where a clause opens on it and says what was done then
        ("他95年畢業後到醫院工作，96年成為首批註冊藥劑師。", [("95年", "1995"), ("96年", "1996")]),
        ("指出90年他曾到新華社門外貼標語。", [("90年", "1990")]),
        ("08年起，他在北京工作。", [("08年", "2008")]),
        # a count of years, or a number that may be one
        ("该公司成立95年来首次亏损。", []),
        ("10年他都没回家。", []),
        ("坐牢60年他才出来。", []),
        # the night before last
        ("他與一眾前晚曾到中聯辦示威的人分享經驗。", [("前晚", "2010-03-13")]),
        ("赛前晚宴上他发言。", []),
        # 前 or 后 ending another word, or a generation, before 年: no year before or after last
        ("目前年产量达到100万吨。", []),
        ("此后年均增长5%。", []),
        ("当前年轻人压力大。", []),
        ("他與80後年輕示威者分享經驗。", []),
        ("90后年轻人更喜欢网购。", []),
        ("他前年去过北京，预计后年完工。", [("前年", "2008"), ("后年", "2012")]),
    ],
)
def test_short_years_and_the_night_before_last(text, expected):
    assert found(text, "2010-03-15") == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # 春节 names the week of the holiday: a time the story tells of, not a day something happened
        ("春节期间，各地组织了丰富多彩的文旅惠民活动。", "2019-02-11", False),
        ("今年春节假期，全国文化和旅游市场实现了目标。", "2019-02-11", False),
        ("各大电商平台坚持春节不打烊。", "2019-02-11", False),
        # … its day is written so
        ("春节当天，他回到家乡。", "2019-02-11", True),
        ("大年初一，他回到家乡。", "2019-02-11", True),
        # an activity begun in a year, from then on: the start is news
        ("自2003年开始，兵团远赴外省招收拾花工。", "2012-09-10", True),
        ("法国电信比利时分公司则自2007年起和华为合作，在比利时部署移动网路。", "2012-09-10", True),
        ("窦立国从2008年开始做快递员。", "2012-09-10", True),
        # … what went on or changed across the span, or a state it has been in: no act then
        ("自2015年起，女权议题的讨论空间不断收紧。", "2012-09-10", False),
        ("中国的排名自2008年起持续下跌。", "2012-09-10", False),
        ("后从2015年起，他所居住的房子面临拆迁。", "2012-09-10", False),
        ("从1990年至今，海平面一直上升。", "2012-09-10", False),
        # an agreement named by its year
        ("朴振表示尊重2015年的日韩共识。", "2022-07-23", False),
        ("此次会谈中，朴振表态尊重2015年日韩共识。", "2022-07-23", False),
        # … not one made then, nor one cited for what was done then
        ("2015年日韩达成共识，解决慰安妇问题。", "2022-07-23", True),
        ("太平洋無核區在1985年根據太平洋非核區條約建立。", "2022-07-23", True),
    ],
)
def test_whether_a_chinese_holiday_span_start_or_agreements_year_is_news(text, published, expected):
    assert only(text, published).is_event is expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # a plan that was (`原计划`): the day may be past, and the nearer one is
        ("比德曼說，12月14日，她原計劃帶孩子們參加光明節活動。", "2026-01-15", [("12月14日", "2025-12-14")]),
        ("公司计划12月14日上线新产品。", "2026-01-15", [("12月14日", "2026-12-14")]),
        # a festival's eve: the days before it, in the month of the day before
        ("她在聖誕節前夕回到悉尼。", "2026-01-15", [("聖誕節", "2025-12")]),
        ("到这年一月底，春节前夕，两人取保出来。", "2022-03-01", [("这年一月底", None), ("春节", "2022-01")]),
    ],
)
def test_a_plan_that_was_and_a_festivals_eve(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    "text,published,expected",
    [
        # an incident named by its day has happened, whatever is done now
        ("市議會將拆除為12月14日慘案中遇難的受害者設立的紀念裝置。", "2026-01-15", [("12月14日", "2025-12-14")]),
        # the first or the last days counted, no day of the month
        ("平台投購的保險以受傷前7日平均收入計算。", "2026-07-15", []),
    ],
)
def test_an_incident_named_by_its_day_is_past_and_days_counted_are_no_day(text, published, expected):
    assert found(text, published) == expected


@pytest.mark.parametrize(
    "text,published,written,expected",
    [
        # a day the last month named has no such day of: the nearest month that has it
        ("法官裁定，政府須於11月3日前提交報告。特朗普31日傍晚在社交媒體發文說，他將提供這筆資金。", "2025-11-01", "31日傍晚",
         "2025-10-31"),
        # a day alone in the week before publication, past the turn of its month, a later paragraph than the last
        # month named
        ("去年12月，各州要求聯邦增加撥款。\n\n29日，各方達成資助協議。", "2026-02-01", "29日", "2026-01-29"),
    ],
)
def test_a_day_alone_that_the_last_month_named_cannot_hold_or_just_past(text, published, written, expected):
    assert dict(found(text, published))[written] == expected


def test_the_day_a_thing_is_put_off_to_is_ahead():
    text = "各州同意推行該計劃，但要求將其開始日期推遲三個月至10月1日。"
    assert found(text, "2026-02-01") == [("10月1日", "2026-10-01")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a day in digits right after a name that ends on a numeral
        ("日本首相安倍晋三21日表示，协议已实现。", [("21日", "2018-11-21")]),
        ("安倍晋三11月21日表示。", [("11月21日", "2018-11-21")]),
        # … while a day in numerals is read whole, never from its middle
        ("十一月二十一日", [("十一月二十一日", "2018-11-21")]),
    ],
)
def test_a_day_in_digits_after_a_name_ending_on_a_numeral(text, expected):
    assert found(text, "2018-11-25") == expected


@pytest.mark.parametrize(
    "text,events",
    [
        # another's report cited with its day: no dispatch of the page's own, the report is the news
        ("【本報訊】據廣東省應急管理廳24日消息，近日，廣東省政府批複同意了事故調查報告。", [("24日", True)]),
        ("《紐時》23日報導，美軍可能派出陸戰隊奪取該島。", [("23日", True)]),
        # … while the page's own dispatch is its dateline
        ("新浪科技讯 北京时间5月24日下午消息，苹果发布新品。", [("5月24日下午", False)]),
    ],
)
def test_a_cited_report_and_its_day_is_no_dispatch(text, events):
    assert [(m.as_written, m.is_event) for m in mentions(text, "2025-11-25")] == events


@pytest.mark.parametrize(
    "text,language,expected",
    [
        # a weekday right after the day it glosses is that day, whatever the tense says
        ("委员会明天周五开会。", "zh-Hans", [("明天", "2018-03-16"), ("周五", "2018-03-16")]),
        ("The vote is tomorrow, Friday, at noon.", "en", [("tomorrow", "2018-03-16"), ("Friday, at noon", "2018-03-16T12:00")]),
        ("会议明日（周五）举行。", "zh-Hans", [("明日", "2018-03-16"), ("周五", "2018-03-16")]),
    ],
)
def test_a_weekday_right_after_the_day_it_glosses_is_that_day(text, language, expected):
    assert found(text, "2018-03-15", language=language) == expected


def test_a_count_after_the_act_the_day_told_was_set_for_goes_on_from_that_day():
    text = "会谈原计划于12日举行，但由于双方对会谈代表级别产生分歧，会谈于召开前一日被迫取消。"
    assert found(text, "2013-06-22") == [("12日", "2013-06-12"), ("前一日", "2013-06-11")]


@pytest.mark.parametrize(
    "text,expected",
    [
        # a year with `间` or `内` after it is in that year; after a round hundred, a count of years
        ("源於2013年間，特偵組調查其他案件。", [("2013年", "2013")]),
        ("相關合約將於2026年內陸續公布。", [("2026年", "2026")]),
        ("3000年内不会变化。", []),
    ],
)
def test_a_year_within_or_during(text, expected):
    assert found(text, "2026-01-05") == expected


@pytest.mark.parametrize(
    "text,expected",
    [
        # a week named, then Japan or its yen: no Sunday in `日本`, `日元`
        ("据媒体报道，上周日本自卫队成立了新的司令部。", [("上周", "2018-03-26")]),
        ("上周日元大幅贬值。", [("上周", "2018-03-26")]),
        # … nor a count after it a weekday (`上周1輛車`: last week, one car)
        ("上周1輛滿載記者的車子遭到槍手襲擊。", [("上周", "2018-03-26")]),
        # … while a Sunday or a Monday in digits stays one
        ("上周日他去了北京。", [("上周日", "2018-04-01")]),
        ("他上周1去了北京。", [("上周1", "2018-03-26")]),
        # an idiom's 同日 is no day (不可同日而语: not to be compared)
        ("今天的东北亚，与冷战时已不可同日而语。", [("今天", "2018-04-08")]),
    ],
)
def test_a_week_before_japan_or_a_count_is_no_weekday(text, expected):
    assert found(text, "2018-04-08") == expected
