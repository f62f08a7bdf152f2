"""One event per happening, across languages and scripts; never two happenings because they share a day.

The story in tests/fixtures/story/ (see its README) is built as a site is; the
events scoring of dateline.evaluate.events is checked on it, on the demo and,
where ../shared/eval is present, on the SemEval-2015 trial.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import DEMO_CONTENT, FIXTURES, REPO

from dateline.evaluate.events import GoldEvent, GoldSource, misdated_citations, score_events
from dateline.model import Report

STORY = FIXTURES / "story"
SHARED = REPO.parent / "shared"


def _build(content: Path, tmp_path: Path, language: str | None = None):
    """The content built without editor files: (events, mentions, event of each mention)."""
    from dateline.pipeline import assemble, read_content

    target = tmp_path / "content"
    shutil.copytree(content, target, ignore=shutil.ignore_patterns("extracted", "events", "README.md"))
    (target / "events").mkdir()
    if language:
        site = (target / "site.yaml").read_text(encoding="utf-8")
        (target / "site.yaml").write_text(site.replace("language: zh-CN", f"language: {language}"), encoding="utf-8")
    assembly = assemble(read_content(target, Report()), Report())
    site, event_of_mention = assembly.site, assembly.event_of_mention
    return site.events, site.mentions, event_of_mention


@pytest.fixture(scope="module")
def story(tmp_path_factory):
    return _build(STORY, tmp_path_factory.mktemp("story"))


def _events_citing(events, article: str, date: str, entity: str = "harbor-bank"):
    return [
        e for e in events if entity in e.entities and any(c.article == article and c.date == date for c in e.sources)
    ]


def test_one_happening_in_three_languages_and_scripts_is_one_event_with_its_variant_date(story):
    events, _, _ = story
    (closure,) = _events_citing(events, "en-closure", "2023-03-10")
    assert {c.article for c in closure.sources} == {"en-closure", "hans-closure", "hant-shares", "hans-wrong-day"}
    assert closure.date == "2023-03-10"
    assert [(v.date, v.sources) for v in closure.variant_dates] == [
        ("2023-03-09", ("hans-wrong-day",)),
        ("2023-03-10", ("en-closure", "hans-closure", "hant-shares")),
    ]
    assert {"harbor-bank", "fdic"} <= set(closure.entities)
    (raise_,) = _events_citing(events, "en-closure", "2023-03-08")
    assert {c.article for c in raise_.sources} == {"en-closure", "hans-closure"}


def test_neighbouring_and_same_day_happenings_stay_apart(story):
    events, _, _ = story
    by_date = {}
    for event in events:
        by_date.setdefault(event.date, []).append(event)
    # the raise two days before the closure, the shares' fall the day before: not the closure
    assert len(by_date["2023-03-08"]) == 1 and len(by_date["2023-03-09"]) == 1
    assert {c.article for c in by_date["2023-03-09"][0].sources} == {"hant-shares"}
    # two banks closed on the same day: two events
    closures = by_date["2023-03-10"]
    assert len(closures) == 2
    assert [
        ("ridge-bank" in e.entities, "harbor-bank" in e.entities)
        for e in sorted(closures, key=lambda e: "ridge-bank" in e.entities)
    ] == [(False, True), (True, False)]
    # customers queuing and the regulator's statement on the same Monday: two events
    assert len(by_date["2023-03-13"]) == 2


def test_a_quote_is_cited_only_by_an_event_of_its_date(story):
    events, _, _ = story
    assert misdated_citations(events) == []
    for event in events:
        for citation in event.sources:
            assert citation.date == event.date or citation.date in {
                v.date for v in event.variant_dates if citation.article in v.sources
            }


def test_an_english_site_takes_its_headlines_from_english_sources(tmp_path):
    from dateline.consolidate.judge import headline_faults

    events, _, _ = _build(STORY, tmp_path, language="en")
    (closure,) = _events_citing(events, "en-closure", "2023-03-10")
    assert closure.language == "en" and "Harbor Bank" in closure.title
    assert headline_faults(closure.title, "en") == ()


def test_a_date_heading_reports_the_paragraph_after_it(make_content, tmp_path):
    content = make_content(
        {
            "entities.yaml": "- id: nebula\n  name: 星云科技\n",
            "articles/heading.md": "---\ntitle: 星云科技大事记\ndate: 2023-12-30\nlang: zh-Hans\n---\n\n"
            "12月9日。\n\n星云科技发布新版防火墙，修复了三个高危漏洞。\n\n"
            "12月20日。\n\n星云科技宣布与网信局签署合作协议。\n",
        }
    )
    from dateline.pipeline import assemble, read_content

    site = assemble(read_content(content, Report()), Report()).site
    titles = {event.date: event.title for event in site.events}
    assert titles["2023-12-09"] in ("星云科技发布新版防火墙", "星云科技修复三个高危漏洞")
    assert "签署合作协议" in titles["2023-12-20"]
    assert all("星云科技" in c.quote for e in site.events for c in e.sources)


# --- Scoring events ----------------------------------------------------------------------------

STORY_GOLD = [
    GoldEvent("raise", "2023-03-08", (GoldSource("hans-closure", "3月8日"), GoldSource("en-closure", "March 8"))),
    GoldEvent("shares", "2023-03-09", (GoldSource("hant-shares", "3月9日"),)),
    GoldEvent(
        "closure",
        "2023-03-10",
        (
            GoldSource("hans-closure", "3月10日"),
            GoldSource("hant-shares", "3月10日"),
            GoldSource("en-closure", "March 10"),
            GoldSource("hans-wrong-day", "3月9日"),
        ),
        variant_dates=("2023-03-09",),
    ),
    GoldEvent("ridge", "2023-03-10", (GoldSource("en-closure", "March 10"),)),
    GoldEvent("queue", "2023-03-13", (GoldSource("hans-queue", "3月13日上午"),)),
    GoldEvent("safe", "2023-03-13", (GoldSource("en-deposits", "March 13"),)),
]


def test_every_gold_event_of_the_story_is_found_once_with_its_sources(story):
    events, mentions, event_of_mention = story
    report = score_events("story", STORY_GOLD, events, mentions, event_of_mention)
    assert report.found.value == 1.0 and report.exactly_once.value == 1.0 and report.split == 0
    assert report.coverage.value == 1.0, report.to_text()
    assert report.headlines.value == 1.0, report.to_text()
    assert "split over" not in report.to_text()


def test_a_split_event_and_a_misplaced_source_are_reported(story):
    events, mentions, event_of_mention = story
    # were the raise and the closure one happening, the build would have split it, and the raise's sources
    # would be cited by an event of another date
    merged = [GoldEvent("both", "2023-03-10", STORY_GOLD[2].sources + STORY_GOLD[3].sources)]
    report = score_events("story", merged, events, mentions, event_of_mention)
    assert report.split == 1 and report.exactly_once.value == 0.0
    wrong_day = [GoldEvent("raise", "2023-03-10", (GoldSource("hans-closure", "3月8日"),))]
    assert score_events("story", wrong_day, events, mentions, event_of_mention).coverage.whole == 0


def _sets(tmp_path_factory):
    yield "demo", _build(DEMO_CONTENT, tmp_path_factory.mktemp("demo"))
    yield "story", _build(STORY, tmp_path_factory.mktemp("story-again"))
    trial = SHARED / "eval" / "semeval2015-t4-trial"
    if trial.is_dir():
        from dateline.evaluate.timelines import read_folder, run_pipeline

        found = run_pipeline(*read_folder(trial))
        yield "semeval", (found.events, found.mentions, found.event_of_mention)


def test_no_build_of_any_set_cites_a_quote_under_an_event_of_another_date(tmp_path_factory):
    built = 0
    for name, (events, _, _) in _sets(tmp_path_factory):
        assert events, name
        assert misdated_citations(events) == [], name
        built += 1
    assert built >= 2


def test_the_demo_without_editor_files_finds_every_gold_event_once(tmp_path):
    from dateline.evaluate import load_gold
    from dateline.evaluate.events import seeds_gold_events

    gold_file = SHARED / "gold" / "seeds.yaml"
    if not gold_file.is_file():
        pytest.skip("the seeds gold file is not beside the repository")
    events, mentions, event_of_mention = _build(DEMO_CONTENT, tmp_path)
    report = score_events("seeds", seeds_gold_events(load_gold(gold_file)), events, mentions, event_of_mention)
    assert report.exactly_once.value == 1.0 and report.split == 0, report.to_text()
    assert report.coverage.value >= 0.95, report.to_text()
    assert report.headlines.value == 1.0, report.to_text()


# --- The review queue of `dateline check` ----------------------------------------------------------

REVIEW_ARTICLES = {
    "entities.yaml": "- id: nebula\n  name: 星云科技\n  aliases: [Nebula Tech]\n- id: regulator\n  name: 网信局\n",
    "articles/main.md": "---\ntitle: 星云科技年度回顾\ndate: 2021-12-30\nlang: zh-Hans\nsource: 示例日报\n---\n\n"
    "12月1日，星云科技发布新版路由器固件。\n\n12月8日，网信局约谈星云科技负责人。\n\n"
    "12月15日，网信局对星云科技处以罚款。\n\n12月20日，星云科技公开道歉。\n\n"
    "1990年，星云科技成立于深圳。\n\n12月5日，一片混乱。\n",
    "articles/original.md": "---\ntitle: 防火墙更新\ndate: 2021-12-02\nlang: zh-Hans\nsource: 示例科技\n---\n\n"
    "星云科技发布新版防火墙，修复了三个高危漏洞，并向全体用户推送了更新，用户无需任何操作。\n\n"
    "这是星云科技今年第三次发布防火墙更新。\n",
    "articles/copy.md": "---\ntitle: 转载：防火墙更新\ndate: 2021-12-12\nlang: zh-Hans\nsource: 内容农场\n---\n\n"
    "12月9日，星云科技发布新版防火墙，修复了三个高危漏洞，并向全体用户推送了更新，用户无需任何操作。\n\n"
    "更多内容请关注本站。\n",
    "articles/undated.txt": "2021年是星云科技成立后最困难的一年，公司在这一年裁员两成。\n\n12月18日，星云科技宣布裁员三成，涉及研发和销售部门。\n",
    "articles/en-patch.md": "---\ntitle: Nebula Tech patches routers\ndate: 2021-12-22\nlang: en\nsource: Example Wire\n---\n\n"
    "Nebula Tech patched the router firmware on December 20 after weeks of complaints from "
    "customers across the country about dropped connections and slow speeds.\n\n"
    "The company did not say how many routers were affected.\n",
    "articles/en-fix.md": "---\ntitle: Nebula Tech closes a hole\ndate: 2021-12-23\nlang: en\nsource: Example Daily\n---\n\n"
    "On December 21, Nebula Tech fixed a security hole in its cloud storage service that let attackers "
    "read the passwords of its users.\n\n"
    "Researchers had reported it in November.\n",
}


def test_check_lists_what_an_editor_should_review_with_what_to_do(make_content, capsys, monkeypatch):
    from dateline.cli import main

    content = make_content(REVIEW_ARTICLES)
    monkeypatch.chdir(content.parent)  # the files are named as they open from here
    assert main(["check", "--content", str(content)]) == 0
    lines = [line for line in capsys.readouterr().err.splitlines() if ": warning: " in line]
    far = [line for line in lines if "1990-" in line and "before most of the story" in line]
    assert len(far) == 1 and "hide: true" in far[0] and far[0].startswith("content/articles/main.md: ")
    headline = [line for line in lines if "retitle it" in line]
    assert any("一片混乱" in line and "no verb" in line for line in headline)
    # "是星云科技成立后…" has lost its subject, the year: the headline is the sentence, date and all
    assert any("«2021年是星云科技成立后" in line and "sentence itself" in line for line in headline)
    assert all("title:" in line for line in headline) and len(headline) == 2
    copied = [line for line in lines if "reproduces original" in line]
    assert len(copied) == 1 and copied[0].startswith("content/articles/copy.md: ")
    inferred = [line for line in lines if "was inferred" in line]
    assert len(inferred) == 1 and inferred[0].startswith("content/articles/undated.txt: ") and "12月18日" in inferred[0]
    split = [line for line in lines if "merge: [" in line]
    assert len(split) == 1 and "2021-12-20-" in split[0] and "2021-12-21-" in split[0], lines


def test_an_event_the_editor_reviewed_leaves_the_queue(make_content, capsys):
    from dateline.cli import main

    content = make_content(REVIEW_ARTICLES)
    main(["check", "--content", str(content)])
    far = next(line for line in capsys.readouterr().err.splitlines() if "before most of the story" in line)
    event_id = far.split("event ", 1)[1].split(" ", 1)[0]
    (content / "events").mkdir(exist_ok=True)
    (content / "events" / "review.yaml").write_text(f"- id: {event_id}\n  tags: [背景]\n", encoding="utf-8")
    main(["check", "--content", str(content)])
    assert "before most of the story" not in capsys.readouterr().err


def test_an_english_report_of_the_demo_suspension_joins_the_chinese_event(tmp_path):
    content = tmp_path / "source"
    shutil.copytree(DEMO_CONTENT, content, ignore=shutil.ignore_patterns("extracted", "events"))
    (content / "articles" / "wire-suspension.md").write_text(
        "---\ntitle: China suspends Alibaba Cloud as a cyber threat partner\ndate: 2021-12-23\nlang: en\n"
        "source: Example Wire\n---\n\n"
        "China's Ministry of Industry and Information Technology suspended Alibaba Cloud as a partner of its "
        "threat-sharing platform for six months on Wednesday, December 22, because it did not promptly report "
        "the Log4j2 flaw.\n\nAlibaba Cloud said on Thursday that it would strengthen its management of "
        "vulnerability reports.\n",
        encoding="utf-8",
    )
    events, _, _ = _build(content, tmp_path)
    citing = [e for e in events if any(c.article == "wire-suspension" for c in e.sources)]
    suspension = [e for e in citing if e.date == "2021-12-22"]
    assert len(suspension) == 1
    assert {"000_0479ffc1c70ac9ce", "002_4639305ccd84224f", "wire-suspension"} <= {
        c.article for c in suspension[0].sources
    }
    assert misdated_citations(events) == []
