"""The demo built end to end: the data contract, the core events, and every link."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from sitecheck import broken_links, load_json, parse_html

from dateline.cli import main

GOLD = Path(__file__).resolve().parent / "fixtures" / "gold" / "seeds.yaml"
EVENT_KEYS = {
    "id",
    "date",
    "end_date",
    "granularity",
    "title",
    "summary",
    "entities",
    "tags",
    "origin",
    "url",
    "sources",
    "variant_dates",
}
MENTION_KEYS = {
    "article",
    "as_written",
    "date",
    "end_date",
    "granularity",
    "is_event",
    "event",
    "sentence",
    "start",
    "end",
    "resolved_by",
}


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Path:
    import shutil

    from conftest import DEMO_CONTENT

    root = tmp_path_factory.mktemp("demo")
    shutil.copytree(DEMO_CONTENT, root / "content", ignore=shutil.ignore_patterns("extracted"))
    status = main(["build", "--content", str(root / "content"), "--out", str(root / "_site")])
    assert status == 0
    return root / "_site"


def _gold() -> dict:
    return yaml.safe_load(GOLD.read_text(encoding="utf-8"))


def test_events_json_follows_the_contract(demo_site):
    events = load_json(demo_site, "data/events.json")["events"]
    assert events
    for event in events:
        assert set(event) == EVENT_KEYS
        assert event["origin"] in ("extracted", "editorial", "merged")
        for source in event["sources"]:
            assert {"article", "quote", "url", "as_written"} <= set(source)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)
    assert len({e["id"] for e in events}) == len(events)


def test_mentions_json_follows_the_contract(demo_site):
    mentions = load_json(demo_site, "data/mentions.json")["mentions"]
    event_ids = {e["id"] for e in load_json(demo_site, "data/events.json")["events"]}
    assert mentions
    for mention in mentions:
        assert set(mention) == MENTION_KEYS
        assert mention["event"] is None or mention["event"] in event_ids


@pytest.mark.parametrize("key", ["E01", "E02", "E03", "E04", "E05", "E06", "E07", "E08"])
def test_each_core_event_is_one_event_citing_every_article_that_reports_it(demo_site, key):
    gold = _gold()
    expected = gold["events"][key]
    reporting = {
        Path(name).stem
        for name, article in gold["articles"].items()
        if any(m["event"] == key for m in article.get("mentions", []))
        or any(m.get("event") == key for m in article.get("unresolved", []))
    }
    events = load_json(demo_site, "data/events.json")["events"]
    dates = {expected["date"], *expected.get("variant_dates", [])}
    matching = [e for e in events if e["date"] in dates or any(v["date"] in dates for v in e["variant_dates"])]
    # the events that cite what the gold says reports it: an article may report another happening that day
    written = {
        (Path(name).stem, m["as_written"])
        for name, article in gold["articles"].items()
        for m in article.get("mentions", []) + article.get("unresolved", [])
        if m.get("event") == key
    }
    matching = [e for e in matching if {(s["article"], s["as_written"]) for s in e["sources"]} & written]
    assert len(matching) == 1, [(e["id"], e["title"]) for e in matching]
    (event,) = matching
    assert event["date"] == expected["date"]
    assert reporting <= {s["article"] for s in event["sources"]}
    assert all(s["quote"] and s["as_written"] in s["quote"] for s in event["sources"] if s["article"])


def test_disputed_date_lists_both_variants_with_their_sources(demo_site):
    events = load_json(demo_site, "data/events.json")["events"]
    (issued,) = [e for e in events if e["date"] == "2021-07-12"]
    variants = {v["date"]: v["sources"] for v in issued["variant_dates"]}
    assert variants == {"2021-07-12": ["001_57c97ca1b2b2ab20"], "2021-07-13": ["002_4639305ccd84224f"]}


def test_every_internal_link_and_anchor_resolves(demo_site):
    assert broken_links(demo_site) == []


def test_event_pages_link_to_sources_and_sources_link_back(demo_site):
    events = load_json(demo_site, "data/events.json")["events"]
    for event in events:
        page = parse_html(demo_site / "events" / f"{event['id']}.html")
        assert page.find("h1").get_text(strip=True) == event["title"]
        source_links = {a["href"] for a in page.select(".citation a[href^='../sources/']")}
        for source in event["sources"]:
            if not source["article"]:
                continue
            anchor = "#m-" if source["as_written"] else ""
            assert any(href.startswith(f"../sources/{source['article']}.html{anchor}") for href in source_links)
            back = parse_html(demo_site / "sources" / f"{source['article']}.html")
            assert back.select_one(f"a[href='../events/{event['id']}.html']") is not None


def test_source_page_marks_every_mention_in_place(demo_site):
    mentions = load_json(demo_site, "data/mentions.json")["mentions"]
    by_article: dict[str, list[dict]] = {}
    for mention in mentions:
        by_article.setdefault(mention["article"], []).append(mention)
    for article, rows in by_article.items():
        page = parse_html(demo_site / "sources" / f"{article}.html")
        for mention in rows:
            mark = page.find(id=f"m-{mention['start']}")
            assert mark is not None and mark.get_text() == mention["as_written"]
            assert ("event" in mark["class"]) == (mention["event"] is not None)


def test_every_page_parses_and_carries_a_csp_and_no_inline_script(demo_site):
    for path in demo_site.rglob("*.html"):
        page = parse_html(path)
        csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})
        assert csp and "script-src 'self'" in csp["content"] and "unsafe-inline" not in csp["content"]
        for script in page.find_all("script"):
            if script.get("type") == "application/ld+json":
                # a data block, never run; no "<" can end it early
                assert "<" not in script.string and json.loads(script.string)
                continue
            assert script.get("src") and not script.string
        in_english_ui = path.relative_to(demo_site).parts[0] == "en"
        assert page.find("html")["lang"] == ("en" if in_english_ui else "zh-CN")


def test_rebuilding_is_byte_identical(demo_site, tmp_path):
    import shutil

    shutil.copytree(demo_site.parent / "content", tmp_path / "content")
    assert main(["build", "--content", str(tmp_path / "content"), "--out", str(tmp_path / "site")]) == 0
    first = {p.relative_to(demo_site): p.read_bytes() for p in demo_site.rglob("*") if p.is_file()}
    second = {p.relative_to(tmp_path / "site"): p.read_bytes() for p in (tmp_path / "site").rglob("*") if p.is_file()}
    assert first.keys() == second.keys()
    assert [name for name in first if first[name] != second[name]] == []


def test_event_ids_survive_renamed_files_and_an_unrelated_article(demo_site, tmp_path):
    import shutil

    content = tmp_path / "content"
    shutil.copytree(demo_site.parent / "content", content, ignore=shutil.ignore_patterns("extracted", "events"))
    for path in sorted((content / "articles").iterdir()):
        path.rename(
            path.with_name("renamed-" + path.name[::-1].replace(".", "_", 1)[::-1] if False else "z-" + path.name)
        )
    (content / "articles" / "unrelated.md").write_text(
        "---\ntitle: Snow\ndate: 2021-12-21\n---\nOn December 20, 2021, Beijing saw its first heavy snow.\n",
        encoding="utf-8",
    )
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    before = {e["id"] for e in load_json(demo_site, "data/events.json")["events"] if e["origin"] != "editorial"}
    after = {e["id"] for e in load_json(tmp_path / "site", "data/events.json")["events"]}
    assert before <= after


def test_the_source_count_and_the_cards_under_it_are_the_same_sources(demo_site):
    """The count is of the sources counted; copies and low-quality pages are shown apart, labelled, uncounted."""
    events = load_json(demo_site, "data/events.json")["events"]
    assert any(len({s["article"] for s in e["sources"]}) < len(e["sources"]) for e in events)  # some cite one twice
    apart = 0
    for event in events:
        page = parse_html(demo_site / "events" / f"{event['id']}.html")
        cards = page.select(".citations .citation:not(.not-counted)")
        label = page.select_one(".event-meta .source-count").get_text(strip=True)
        count = int(re.search(r"\d+", label).group()) if re.search(r"\d+", label) else 0
        assert count == len(cards), (event["id"], label, len(cards))
        for card in page.select(".citations .citation.not-counted"):
            assert card.select_one(".source-quality .badge"), event["id"]
            apart += 1
        quoted = {bq.get_text() for bq in page.select(".citations blockquote")}
        assert quoted == {s["quote"] for s in event["sources"] if s["quote"]}, event["id"]
    assert apart  # the demo's web-design company page copies 观察者网
