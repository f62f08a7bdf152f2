"""Evaluate: scoring mentions against a small handmade gold file."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from dateline.errors import ContentError
from dateline.evaluate import EvalResult, dates_match, load_gold, score
from dateline.extract import ExtractionContext, extract_mentions
from dateline.model import Mention

FIXTURES = Path(__file__).resolve().parent / "fixtures"

GOLD = """\
events:
  E1: {date: "2021-12-09", core: true, title_en: report received}
  E2: {date: "2021-12-10", core: true, title_en: advisory}
  E3: {date: 1999, core: false}
articles:
  a_001.txt:
    dct: 2021-12-22
    mentions:
      - {date: "2021-12-09", event: E1, as_written: "12月9日"}
      - {date: "2021-12-09", event: E1, as_written: "12月9日"}
      - {date: 1999, event: E3, as_written: "1999年"}
    neutral:
      - {date: "2021-12-10", as_written: "截至12月10日中午12点"}
  b_002.md:
    dct: null
    mentions: []
    unresolved:
      - {as_written: "昨天", event: E2, date_if_dct_supplied: "2021-12-10"}
"""


def mention(as_written: str, date: str | None, is_event: bool = True, article: str = "a_001") -> Mention:
    return Mention(
        article=article,
        as_written=as_written,
        start=0,
        end=len(as_written),
        date=date,
        end_date=None,
        granularity="day",
        resolved_by="absolute" if date else "unresolved",
        is_event=is_event,
        sentence=as_written,
        sentence_start=0,
        sentence_end=len(as_written),
    )


@pytest.fixture
def gold(tmp_path: Path) -> dict:
    path = tmp_path / "gold.yaml"
    path.write_text(GOLD, encoding="utf-8")
    return load_gold(path)


def test_load_gold_normalises_dates_to_strings(gold):
    assert gold["events"]["E3"]["date"] == "1999"
    assert gold["events"]["E1"]["core"] is True and gold["events"]["E3"]["core"] is False
    article = gold["articles"]["a_001.txt"]
    assert article["dct"] == "2021-12-22"
    assert article["mentions"][2] == {
        "date": "1999",
        "as_written": "1999年",
        "event": "E3",
        "date_if_dct_supplied": None,
    }
    assert gold["articles"]["b_002.md"]["unresolved"][0]["date_if_dct_supplied"] == "2021-12-10"


def test_load_gold_reads_the_projects_seeds_file():
    gold = load_gold(FIXTURES / "gold" / "seeds.yaml")
    assert len(gold["articles"]) == 4 and sum(e["core"] for e in gold["events"].values()) == 8


def test_load_gold_errors_name_the_file(tmp_path):
    broken = tmp_path / "broken.yaml"
    broken.write_text("events: [\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        load_gold(broken)
    assert error.value.path == str(broken) and error.value.line
    not_a_mapping = tmp_path / "list.yaml"
    not_a_mapping.write_text("- 1\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_gold(not_a_mapping)
    with pytest.raises(ContentError):
        load_gold(tmp_path / "missing.yaml")
    no_as_written = tmp_path / "entry.yaml"
    no_as_written.write_text("articles:\n  x.txt:\n    mentions:\n      - {date: '2021'}\n", encoding="utf-8")
    with pytest.raises(ContentError):
        load_gold(no_as_written)


def test_perfect_extraction(gold):
    found = {"a_001": [mention("12月9日", "2021-12-09"), mention("12月9日", "2021-12-09"), mention("1999年", "1999")]}
    result = score(gold, found)
    assert isinstance(result, EvalResult)
    a = result.articles[0]
    assert (a.article, a.found_mentions, a.gold_mentions, a.recall, a.precision) == ("a_001.txt", 3, 3, 1.0, 1.0)
    assert result.recall == 1.0 and result.precision == 1.0
    assert (result.core_events_found, result.core_events, result.missing_core_events) == (1, 2, ("E2",))


def test_each_gold_mention_is_matched_once(gold):
    result = score(gold, {"a_001": [mention("12月9日", "2021-12-09")]})
    a = result.articles[0]
    assert (a.found_mentions, a.gold_mentions) == (1, 3)
    assert a.missed == (("2021-12-09", "12月9日"), ("1999", "1999年"))


def test_a_mention_needs_the_right_date_and_the_same_words(gold):
    found = {"a_001": [mention("12月9日", "2020-12-09"), mention("2021年12月9日", "2021-12-09")]}
    assert score(gold, found).articles[0].found_mentions == 0


def test_precision_counts_resolved_event_mentions_against_gold_and_neutral_dates(gold):
    found = {
        "a_001": [
            mention("12月9日", "2021-12-09"),
            mention("12月10日中午12点", "2021-12-10T12:00"),  # a time on a neutral day
            mention("12月11日", "2021-12-11"),  # not in the gold
            mention("2020年", "2020", is_event=False),  # not an event: not counted
            mention("昨天", None),  # unresolved: not counted
        ]
    }
    a = score(gold, found).articles[0]
    assert (a.right_event_mentions, a.event_mentions) == (2, 3)
    assert a.wrong == (("2021-12-11", "12月11日"),)


def test_dates_supplied_by_an_editor_count_as_gold(gold):
    result = score(gold, {"b_002": [mention("昨天", "2021-12-10", article="b_002")]})
    b = result.articles[1]
    assert (b.right_event_mentions, b.event_mentions, b.recall) == (1, 1, None)
    assert result.core_events_found == 1 and result.missing_core_events == ("E1",)


def test_article_ids_can_be_mapped_from_file_names(gold):
    found = {"first": [mention("1999年", "1999", article="first")]}
    assert score(gold, found).articles[0].found_mentions == 0
    result = score(gold, found, {"a_001.txt": "first"})
    assert result.articles[0].found_mentions == 1


def test_missing_articles_score_zero(gold):
    result = score(gold, {})
    assert result.found_mentions == 0 and result.recall == 0.0 and result.precision is None
    assert result.core_events_found == 0


def test_to_text_is_a_table(gold):
    text = score(gold, {"a_001": [mention("12月9日", "2021-12-09"), mention("12月11日", "2021-12-11")]}).to_text()
    lines = text.splitlines()
    assert lines[0].split() == ["article", "recall", "precision"]
    assert any(line.startswith("a_001.txt") and "1/3" in line and "1/2" in line for line in lines)
    assert any("missed: 1999 1999年" in line for line in lines)
    assert any("not in gold: 2021-12-11 12月11日" in line for line in lines)
    assert any(line.startswith("overall") for line in lines)
    assert lines[-1].startswith("core events found: 1/2") and "E2" in lines[-1]


def test_dates_match():
    assert dates_match("2021-12-10", "2021-12-10")
    assert dates_match("2021-12-10T12:00", "2021-12-10")
    assert not dates_match("2021-12-1", "2021-12-10") and not dates_match("2021-12-10", "2021-12-1")
    assert not dates_match(None, "2021") and not dates_match("2021", None)


def test_scoring_real_extraction(gold):
    text = "12月9日，平台收到报告。1999年，基金会成立。12月9日，工信部开会。"
    found = {"a_001": extract_mentions(text, ExtractionContext(article="a_001", published=dt.date(2021, 12, 22)))}
    result = score(gold, found)
    assert result.recall == 1.0 and result.precision == 1.0


# -- the table every kind of set reports ---------------------------------------------------------

from dateline.cli import main  # noqa: E402
from dateline.errors import UsageError  # noqa: E402
from dateline.evaluate import (  # noqa: E402
    MEASURES,
    SetScore,
    markdown_table,
    table,
    timelines,
)
from dateline.evaluate import cases as case_sets  # noqa: E402
from dateline.evaluate.seeds import set_score  # noqa: E402
from dateline.evaluate.sets import kind_of  # noqa: E402
from dateline.evaluate.timeml import values_match  # noqa: E402
from dateline.model import Citation, Event  # noqa: E402

SEMEVAL = FIXTURES / "semeval"
TIME_CASES = FIXTURES / "time-cases"


def test_seeds_scores_become_a_set_score(gold):
    result = score(gold, {"a_001": [mention("12月9日", "2021-12-09"), mention("12月11日", "2021-12-11")]})
    scored = set_score(result, "gold")
    assert (scored.kind, scored.documents) == ("seeds", 2)
    assert (scored.recall.part, scored.recall.whole, scored.precision.part, scored.precision.whole) == (1, 3, 1, 2)
    assert scored.f1 == pytest.approx(2 * (1 / 3) * (1 / 2) / (1 / 3 + 1 / 2))
    assert dict(scored.causes()) == {"missed": 2, "not in gold": 1, "core event missing": 1}
    assert "seeds" in MEASURES


# -- SemEval-2015 Task 4 timelines -----------------------------------------------------------------


def test_gold_dates_are_anchored_at_their_granularity():
    assert timelines.anchored_date("2008-06-09") == "2008-06-09"
    assert timelines.anchored_date("2007-01-XX") == "2007-01"
    assert timelines.anchored_date("2010-XX-XX") == "2010"
    assert timelines.anchored_date("1968") == "1968"
    assert timelines.anchored_date("XXXX-XX-XX") is None
    assert timelines.anchored_date("XXX-XX-XX") is None  # as a gold file may misspell it
    assert timelines.anchored_date("soon") is None


def test_a_document_is_read_as_published_english():
    document = timelines.read_document(SEMEVAL / "docs" / "501_Acme_unveils_Widget_2.tml")
    assert (document.id, document.created) == ("501", dt.date(2010, 6, 8))
    assert document.title == "Acme unveils Widget 2, cuts Widget 1's price"
    assert document.sentences[0] == "June 8, 2010"
    assert document.sentences[1] == (
        "Yesterday, at Acme's annual developers conference, chief executive Jane Doe unveiled the Widget 2."
    )
    assert document.sentences[2] == 'Doe said the Widget 2 "is the thinnest we\'ve made".'


def test_a_gold_timeline_names_its_entity_dates_and_documents():
    timeline = timelines.read_gold(SEMEVAL / "gold" / "widget_2.txt")
    assert (timeline.id, timeline.entity) == ("widget_2", "Widget 2")
    assert [entry.date for entry in timeline.entries] == [None, "2010-06-07", "2010-06-24", "2010-07-16", "2010-07"]
    assert timeline.entries[2].documents == ("501", "502") and timeline.entries[1].documents == ("501",)
    assert timeline.entries[2].line == 4
    assert timeline.dates == {"2010-06-07", "2010-06-24", "2010-07-16", "2010-07"}


def test_a_malformed_gold_line_is_reported_with_its_line(tmp_path):
    path = tmp_path / "bad.txt"
    path.write_text("Widget\n1\t2010-06-07\t501-2-unveiled\n2\t2010-06-08\n", encoding="utf-8")
    with pytest.raises(ContentError) as error:
        timelines.read_gold(path)
    assert (error.value.path, error.value.line) == (str(path), 3)
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(ContentError):
        timelines.read_gold(empty)


def test_the_content_folder_is_what_dateline_reads(tmp_path):
    from dateline.model import Report
    from dateline.pipeline import read_content

    documents = [timelines.read_document(path) for path in sorted((SEMEVAL / "docs").glob("*.tml"))]
    gold = [timelines.read_gold(path) for path in sorted((SEMEVAL / "gold").glob("*.txt"))]
    timelines.write_content(documents, gold, tmp_path / "content")
    report = Report()
    content = read_content(tmp_path / "content", report)
    assert report.problems == []
    assert content.config.language == "en"
    assert {(e.id, e.name) for e in content.entities} == {("acme", "Acme"), ("widget_2", "Widget 2")}
    first = next(a for a in content.articles if a.id == "501")
    assert (first.title, first.language, first.publication_date) == (documents[0].title, "en", dt.date(2010, 6, 8))
    # the date line above the story dates the article, and stays over the lede it dates (if the lede has none)
    assert documents[0].sentences[0] == "June 8, 2010"
    assert first.text.split("\n\n") == list(documents[0].sentences)
    assert [item.text for item in first.furniture] == ["June 8, 2010"]


@pytest.mark.parametrize(
    "name, kind",
    [
        ("Steve Jobs", "person"),
        ("Louis Gallois", "person"),
        ("iPhone 4", "organisation"),
        ("iTunes store", "organisation"),
        ("Beatles Apple Corps", "organisation"),
        ("Airbus", "organisation"),
    ],
)
def test_a_target_entity_named_as_people_are_is_listed_as_a_person(name, kind):
    assert timelines.entity_kind(name) == kind


def _event(date: str, articles: tuple[str, ...], entities: tuple[str, ...] = (), title: str = "") -> Event:
    return Event(
        id=f"{date}-x",
        date=date,
        end_date=None,
        granularity="day",
        title=title or date,
        summary="",
        sources=tuple(Citation(article=a, quote="q") for a in articles),
        entities=entities,
    )


def _timeline_mention(article: str, start: int, date: str | None, is_event: bool = True) -> Mention:
    return Mention(
        article=article,
        as_written=f"m{start}",
        start=start,
        end=start + 2,
        date=date,
        end_date=None,
        granularity="day",
        resolved_by="absolute",
        is_event=is_event,
        sentence=f"sentence {start}",
        sentence_start=start,
        sentence_end=start + 2,
    )


def test_pairs_and_dates_are_scored_and_each_miss_has_its_cause():
    documents = [timelines.TimelineDocument(id, SEMEVAL, "", None, ()) for id in ("a", "b", "c")]
    gold = [
        timelines.GoldTimeline(
            "t",
            SEMEVAL,
            "T",
            (
                timelines.GoldEntry(
                    2, "2010-06-07", "2010-06-07", ("a", "b", "c")
                ),  # cited by a; b: not an event; c: none
                timelines.GoldEntry(
                    3, "2010-06-24", "2010-06-24", ("b",)
                ),  # b's mention feeds an event on another date
                timelines.GoldEntry(4, "2010-07-XX", "2010-07", ("a",)),  # a says 2010-07-16: another granularity
                timelines.GoldEntry(5, "XXXX-XX-XX", None, ("a",)),  # not anchored: not scored
                timelines.GoldEntry(6, "2010-08-01", "2010-08-01", ("zzz",)),  # a document not in the set: no pair
            ),
        )
    ]
    found = timelines.Found(
        mentions={
            "a": (_timeline_mention("a", 0, "2010-06-07T10:00"), _timeline_mention("a", 9, "2010-07-16")),
            "b": (_timeline_mention("b", 0, "2010-06-07", is_event=False), _timeline_mention("b", 5, "2010-06-24")),
            "c": (),
        },
        events=(
            _event("2010-06-07T10:00", ("a",), ("t",)),
            _event("2010-06-25", ("b",), ("t",), "moved"),
            _event("2010-07-16", ("a",)),
            _event("2010-08-01", ("c",)),
        ),
        event_of_mention={("a", 0): "2010-06-07T10:00-x", ("b", 5): "2010-06-25-x", ("a", 9): "2010-07-16-x"},
    )
    scored = timelines.score_found(documents, gold, found, "trial")
    assert (scored.kind, scored.documents) == ("timelines", 3)
    assert (scored.recall.part, scored.recall.whole) == (1, 5)  # (a, 06-07) of a/b/c 06-07, b 06-24, a 07
    assert (scored.precision.part, scored.precision.whole) == (1, 2)  # 06-07 right, 06-25 not in gold
    assert (scored.value_recall.part, scored.value_recall.whole) == (1, 4)
    causes = {(e.cause, e.where) for e in scored.errors}
    assert ("mention not an event", "b") in causes
    assert ("no mention of the date in the article", "c") in causes
    assert ("event on another date", "b") in causes
    assert ("mention at another granularity", "a") in causes
    assert ("date not in gold", "t") in causes
    assert ("event on the date not linked to the entity", "t") in causes  # 2010-08-01 exists, unlinked
    assert ("no event on the date", "t") in causes  # 2010-06-24 and 2010-07


def test_a_semeval_folder_is_scored_by_dateline_itself():
    scored = timelines.score_folder(SEMEVAL)
    assert (scored.name, scored.kind, scored.documents) == ("semeval", "timelines", 2)
    assert scored.recall.whole == 6  # (501, 06-07), (501, 06-24), (502, 06-24), (502, 07-16), (502, 07), (501, 1976)
    assert scored.value_recall.whole == 7  # 3 dates of Acme's timeline, 4 of the Widget's
    assert scored.recall.part >= 1  # "Yesterday ... unveiled" is an event of 2010-06-07 citing 501


def test_a_folder_that_is_no_semeval_set_is_refused(tmp_path):
    with pytest.raises(UsageError):
        timelines.score_folder(tmp_path)


# -- cases ------------------------------------------------------------------------------------------

CASES = """\
name: made-up
cases:
  - {text: "2021年12月9日", reference: "2021-12-22T10:00", expected: "2021-12-09", source: "here"}
  - {text: "2021年12月9日", reference: "2021-12-22", expected: "2020-12-09", source: "wrong year"}
  - {text: "没有日期", reference: "2021-12-22", expected: "2021-12-09"}
  - {text: "2017年8月11日至8月22日", reference: "2021-06-14", expected: {start: "2017-08-11", end: "2017-08-22"}}
"""


def test_cases_are_read_with_their_lines(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    name, cases = case_sets.load_cases(path)
    assert name == "made-up" and len(cases) == 4
    assert (cases[0].reference, cases[0].start, cases[0].end, cases[0].line) == (
        dt.datetime(2021, 12, 22, 10, 0),
        "2021-12-09",
        None,
        3,
    )
    assert (cases[3].start, cases[3].end, cases[3].expected) == ("2017-08-11", "2017-08-22", "2017-08-11/2017-08-22")
    assert kind_of(path) == "cases"


@pytest.mark.parametrize(
    "entry, message",
    [
        ('{text: "x", reference: "2021-12-22"}', "needs text, reference and expected"),
        ('{text: "x", reference: "soon", expected: "2021"}', "not an ISO date"),
        ('{text: "x", reference: "2021-12-22", expected: {start: "2021"}}', "{start: …, end: …}"),
        ('{text: "x", reference: "2021-12-22", expected: "2021", language: "fr"}', "language must be"),
    ],
)
def test_a_bad_case_names_its_line(tmp_path, entry, message):
    path = tmp_path / "cases.yaml"
    path.write_text(
        f"cases:\n  - {{text: ok, reference: '2021-12-22', expected: '2021'}}\n  - {entry}\n", encoding="utf-8"
    )
    with pytest.raises(ContentError) as error:
        case_sets.load_cases(path)
    assert error.value.line == 3 and message in error.value.message


def test_a_case_passes_on_the_exact_value(tmp_path):
    path = tmp_path / "cases.yaml"
    path.write_text(CASES, encoding="utf-8")
    scored = case_sets.score_file(path)
    assert (scored.name, scored.kind, scored.documents) == ("made-up", "cases", 4)
    assert scored.recall.whole == 4 and scored.precision.whole == scored.recall.whole - 1  # one case has no value
    causes = {error.where: error.cause for error in scored.errors}
    assert causes["wrong year"] == "wrong year" and causes["line 5"] == "not found"
    assert "here" not in causes


def test_a_found_value_is_compared_whole():
    point = case_sets.Case("x", dt.datetime(2013, 2, 12), "2013-02-12", None, "", 1)
    week = case_sets.Case("x", dt.datetime(2013, 2, 12), "2013-02-11", "2013-02-17", "", 1)
    assert case_sets.value_of(_timeline_mention("a", 0, "2013-02-12")) == "2013-02-12"
    assert case_sets._cause("2013-02-11/2013-02-17", point) == "a range for a point"
    assert case_sets._cause("2013-02-11", week) == "a point for a range"
    assert case_sets._cause("2013-02", point) == "granularity month for day"
    assert case_sets._cause("2012-02-12", point) == "wrong year"
    assert case_sets._cause("2013-02-13", point) == "wrong day"


@pytest.mark.parametrize("path", sorted(TIME_CASES.glob("*.yaml")), ids=lambda p: p.stem)
def test_the_shipped_cases_are_well_formed(path):
    iso = re.compile(r"\d{4}(-(Q[1-4]|H[12]|\d{2}(-\d{2}(T\d{2}:\d{2})?)?))?")
    header = path.read_text(encoding="utf-8").split("\nname:", 1)[0]
    assert "Selection rule" in header and "Licence" in header
    name, cases = case_sets.load_cases(path)
    assert name == path.stem and len(cases) >= 20
    for case in cases:
        assert iso.fullmatch(case.start) and (case.end is None or iso.fullmatch(case.end)), case
        assert re.match(r"[\w.-]+/[\w.-]+ \S+:\d+$", case.source), case  # repository, file and line
    assert len({(c.text, c.reference) for c in cases}) == len(cases)


# -- one command, one table -------------------------------------------------------------------------


def test_the_kind_of_a_set_is_recognised_from_its_files(tmp_path):
    assert kind_of(SEMEVAL) == "timelines"
    assert kind_of(SEMEVAL / "docs") == "timeml"
    assert kind_of(FIXTURES / "gold" / "seeds.yaml") == "seeds"
    assert kind_of(TIME_CASES / "zh-jionlp.yaml") == "cases"
    for path in (tmp_path, tmp_path / "missing", FIXTURES / "semeval" / "gold" / "acme.txt"):
        with pytest.raises(UsageError):
            kind_of(path)
    other = tmp_path / "other.yaml"
    other.write_text("title: a site\n", encoding="utf-8")
    with pytest.raises(UsageError):
        kind_of(other)


def test_eval_prints_one_table_for_every_kind(capsys):
    demo = Path(__file__).resolve().parent.parent / "content"
    status = main(
        [
            "eval",
            str(FIXTURES / "gold" / "seeds.yaml"),
            str(SEMEVAL),
            str(SEMEVAL / "docs"),
            str(TIME_CASES / "zh-jionlp.yaml"),
            "--content",
            str(demo),
        ]
    )
    out = capsys.readouterr().out
    assert status == 0
    rows = [line.split()[:3] for line in out.splitlines()[:5]]
    assert rows == [
        ["set", "kind", "docs"],
        ["seeds", "seeds", "4"],
        ["semeval", "timelines", "2"],
        ["docs", "timeml", "2"],
        ["zh-jionlp", "cases", str(len(case_sets.load_cases(TIME_CASES / "zh-jionlp.yaml")[1]))],
    ]
    assert "seeds: per article" in out and "core events found" in out


@pytest.mark.parametrize(
    "args", [["nowhere"], ["README.md"], [str(FIXTURES / "gold" / "seeds.yaml"), "--content", "no-such-folder"]]
)
def test_eval_refuses_what_is_no_set(capsys, args):
    status = main(["eval", *args])
    assert status == 2 and capsys.readouterr().err.startswith("dateline: ")


def test_the_tables_show_every_set():
    scores = [
        SetScore(
            "a",
            "cases",
            2,
            case_sets.Ratio(1, 2),
            case_sets.Ratio(1, 1),
            case_sets.Ratio(1, 2),
            case_sets.Ratio(1, 1),
            (case_sets.Error("not found", "x", "y"),),
        )
    ]
    assert table(scores).splitlines()[1].split()[:3] == ["a", "cases", "2"]
    assert "| a | cases | 2 |" in markdown_table(scores) and "not found 1" in markdown_table(scores)


@pytest.mark.parametrize(
    "found,gold,same",
    [
        ("1998-03-22T10:00", "1998-03-22T10:00:00", True),
        ("1989-11-06T17:00", "1989-11-06T17", True),  # an hour alone is its start
        ("1989-11-06T17:30", "1989-11-06T17", False),
        ("1998-03-22", "1998-03-22TEV", True),  # a part of the day at its day
        ("1998-03-22T19:00", "1998-03-22TEV", False),
        ("1998-03", "1998-03-22", False),
        (None, "1998", False),
    ],
)
def test_timeml_values_match_at_the_minute_at_the_hour_and_parts_of_the_day_at_their_day(found, gold, same):
    assert values_match(found, gold) is same
