"""Evaluate: scoring mentions against a small handmade gold file."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from dateline.errors import ContentError
from dateline.evaluate import EvalResult, dates_match, load_gold, score
from dateline.extract import ExtractionContext, extract_mentions
from dateline.model import Mention

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
    return Mention(article=article, as_written=as_written, start=0, end=len(as_written), date=date, end_date=None,
                   granularity="day", resolved_by="absolute" if date else "unresolved", is_event=is_event,
                   sentence=as_written, sentence_start=0, sentence_end=len(as_written))


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
    assert article["mentions"][2] == {"date": "1999", "as_written": "1999年", "event": "E3", "date_if_dct_supplied": None}
    assert gold["articles"]["b_002.md"]["unresolved"][0]["date_if_dct_supplied"] == "2021-12-10"


def test_load_gold_reads_the_shared_seeds_file():
    seeds = Path(__file__).resolve().parent.parent.parent / "shared" / "gold" / "seeds.yaml"
    if not seeds.is_file():
        pytest.skip("the shared gold file is not beside the repository")
    gold = load_gold(seeds)
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
    found = {"a_001": [
        mention("12月9日", "2021-12-09"),
        mention("12月10日中午12点", "2021-12-10T12:00"),  # a time on a neutral day
        mention("12月11日", "2021-12-11"),  # not in the gold
        mention("2020年", "2020", is_event=False),  # not an event: not counted
        mention("昨天", None),  # unresolved: not counted
    ]}
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
