"""The data for other tools, read with real parsers: feeds, calendar, sitemap, TimelineJS (in the real TimelineJS3)."""

from __future__ import annotations

import datetime as dt
import json
import os
import shutil
import subprocess
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree import ElementTree

import feedparser
import icalendar
import pytest
from browser import launch, needs_chromium, serve_folder
from sitecheck import broken_links, load_json, parse_html, unparsable_outputs

from dateline.cli import main
from dateline.exports import calendar_ics
from dateline.siteindex import SiteIndex
from dateline.ui import UI

BASE = "https://example.org/dateline/"
TIMELINEJS = "3.9.11"


def _build(root: Path, *extra: str) -> Path:
    from conftest import DEMO_CONTENT

    shutil.copytree(DEMO_CONTENT, root / "content", ignore=shutil.ignore_patterns("extracted"))
    assert main(["build", "--content", str(root / "content"), "--out", str(root / "_site"), *extra]) == 0
    return root / "_site"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> Path:
    """The demo as built for a local preview: no base_url."""
    return _build(tmp_path_factory.mktemp("local"))


@pytest.fixture(scope="module")
def published(tmp_path_factory) -> Path:
    """The demo as the Pages workflow builds it, with a base_url."""
    return _build(tmp_path_factory.mktemp("published"), "--base-url", BASE)


def _events(site: Path) -> list[dict]:
    return load_json(site, "data/events.json")["events"]


def _local(site: Path, url: str) -> Path:
    """The file a site address (absolute under BASE, or relative to the root) is served from."""
    path = unquote(urlsplit(url).path)
    if url.startswith(BASE):
        path = path[len(urlsplit(BASE).path) :]
    target = site / path
    return target / "index.html" if path.endswith("/") or not path else target


def test_every_output_parses_and_every_link_resolves(demo, published):
    assert unparsable_outputs(demo) == []
    assert unparsable_outputs(published) == []
    assert broken_links(published, BASE) == []
    assert json.loads((demo / "pagefind" / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]


def test_every_page_has_ordered_headings_landmarks_and_polite_images(demo):
    for path in demo.rglob("*.html"):
        page = parse_html(path)
        levels = [int(h.name[1]) for h in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
        assert levels[:1] == [1] and all(b - a <= 1 for a, b in zip(levels, levels[1:])), (path, levels)
        assert page.find("main", id="main") and page.find("header") and page.find("footer") and page.find("nav")
        for image in page.find_all("img"):
            assert image.get("loading") == "lazy" and image.get("referrerpolicy") == "no-referrer", path
    assert list(demo.rglob("*.html"))


def test_atom_feed_parses_as_feed_readers_parse_it(demo, published):
    for site in (demo, published):
        raw = (site / "feed.xml").read_bytes()
        ElementTree.fromstring(raw)  # well-formed XML
        feed = feedparser.parse(raw)
        assert not feed.bozo, feed.get("bozo_exception")
        events = _events(site)
        assert len(feed.entries) == len(events)
        assert len({entry.id for entry in feed.entries}) == len(events)
        for entry in feed.entries:
            assert entry.title and entry.updated_parsed and entry.published_parsed
            assert _local(site, entry.link).is_file(), entry.link
            assert "<li>" in entry.content[0].value  # every source is cited
    published_feed = feedparser.parse((published / "feed.xml").read_bytes())
    assert all(entry.id.startswith(BASE) for entry in published_feed.entries)
    assert any(link.rel == "self" and link.href == BASE + "feed.xml" for link in published_feed.feed.links)


def test_json_feed_follows_version_1_1(demo, published):
    for site in (demo, published):
        feed = load_json(site, "feed.json")
        assert feed["version"] == "https://jsonfeed.org/version/1.1"
        assert feed["title"] and feed["language"] == "zh-CN"
        assert len(feed["items"]) == len(_events(site))
        assert len({item["id"] for item in feed["items"]}) == len(feed["items"])
        for item in feed["items"]:
            assert isinstance(item["id"], str) and item["content_html"]
            assert dt.datetime.fromisoformat(item["date_published"]).tzinfo is not None
    feed = load_json(published, "feed.json")
    assert feed["home_page_url"] == BASE and feed["feed_url"] == BASE + "feed.json"
    assert all(_local(published, item["url"]).is_file() for item in feed["items"])


def test_calendar_has_one_all_day_event_per_event(demo):
    calendar = icalendar.Calendar.from_ical((demo / "events.ics").read_bytes())
    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    entries = list(calendar.walk("VEVENT"))
    events = {event["id"]: event for event in _events(demo)}
    assert len(entries) == len(events)
    uids = [str(entry["UID"]) for entry in entries]
    assert len(set(uids)) == len(uids)
    latest = max(dt.datetime.fromisoformat(a["published"]) for a in _publications(demo))
    for entry in entries:
        event = events[str(entry["UID"]).split("@")[0]]
        start, end = entry.decoded("DTSTART"), entry.decoded("DTEND")
        assert type(start) is dt.date and type(end) is dt.date and end > start  # all-day
        assert start.isoformat().startswith(event["date"][:4])
        assert str(entry["SUMMARY"]) == event["title"]
        assert entry.decoded("DTSTAMP") == latest.astimezone(dt.UTC)


def _publications(site: Path) -> list[dict]:
    """Publication times of the demo's articles, read back from their JSON-LD."""
    return [
        {"published": json.loads(path.read_text(encoding="utf-8"))["datePublished"]}
        for path in (site / "data" / "ld" / "sources").glob("*.jsonld")
        if "datePublished" in json.loads(path.read_text(encoding="utf-8"))
    ]


def test_calendar_stamp_follows_source_date_epoch(monkeypatch):
    from dateline.model import Event, SiteConfig, SiteData

    data = SiteData(SiteConfig(title="t"), (), {}, (Event("e1", "2021-12", None, "month", "T", "", ()),), ())
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    entry = icalendar.Calendar.from_ical(calendar_ics(SiteIndex(data), UI("en"))).walk("VEVENT")[0]
    assert entry.decoded("DTSTAMP") == dt.datetime(2021, 12, 31, tzinfo=dt.UTC)
    assert (entry.decoded("DTSTART"), entry.decoded("DTEND")) == (dt.date(2021, 12, 1), dt.date(2022, 1, 1))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    entry = icalendar.Calendar.from_ical(calendar_ics(SiteIndex(data), UI("en"))).walk("VEVENT")[0]
    assert entry.decoded("DTSTAMP") == dt.datetime.fromtimestamp(1700000000, dt.UTC)


def test_calendar_quotes_the_first_sources_and_counts_the_rest():
    from dateline.exports import CALENDAR_SOURCES
    from dateline.model import Citation, Event, SiteConfig, SiteData

    sources = tuple(
        Citation(None, f"quote {n}", url=f"https://example.org/{n}", title=f"Outlet {n}")
        for n in range(CALENDAR_SOURCES + 3)
    )
    data = SiteData(SiteConfig(title="t"), (), {}, (Event("e1", "2021-12-09", None, "day", "T", "", sources),), ())
    entry = icalendar.Calendar.from_ical(calendar_ics(SiteIndex(data), UI("en"))).walk("VEVENT")[0]
    description = str(entry["DESCRIPTION"])
    assert [line for line in description.split("\n") if line.startswith("— ")] == [
        f"— Outlet {n}: quote {n}" for n in range(CALENDAR_SOURCES)
    ]
    assert description.endswith("…and 3 more sources on the event page")


def test_sitemap_lists_every_page_in_both_interfaces(published):
    namespaces = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    root = ElementTree.parse(published / "sitemap.xml").getroot()
    locations = [loc.text for loc in root.findall("s:url/s:loc", namespaces)]
    assert len(locations) == len(set(locations))
    assert all(loc.startswith(BASE) and _local(published, loc).is_file() for loc in locations)
    pages = {p for p in published.rglob("*.html") if p.name != "404.html"}
    assert {_local(published, loc) for loc in locations} == pages
    for url in root.findall("s:url", namespaces):
        alternates = {link.get("hreflang") for link in url.findall("x:link", namespaces)}
        assert alternates == {"zh-CN", "en"}
    assert f"Sitemap: {BASE}sitemap.xml" in (published / "robots.txt").read_text(encoding="utf-8")


def test_timeline_json_has_every_event_with_its_citations(demo):
    timeline = load_json(demo, "data/timeline.json")
    events = _events(demo)
    slides = {slide["unique_id"]: slide for slide in timeline["events"]}
    assert set(slides) == {event["id"] for event in events}
    for event in events:
        slide = slides[event["id"]]
        assert slide["start_date"]["year"] == int(event["date"][:4])
        assert slide["start_date"]["display_date"]
        for source in event["sources"]:
            if source["quote"]:
                assert json.dumps(source["quote"], ensure_ascii=False)[1:-1][:20] in json.dumps(
                    slide["text"]["text"], ensure_ascii=False
                )
    assert timeline["title"]["text"]["headline"]
    for era in timeline["eras"]:
        assert era["start_date"]["year"] and era["text"]["headline"]


# -- TimelineJS3 itself ---------------------------------------------------------------------


def _timelinejs() -> Path:
    """TimelineJS3's dist/ from the npm registry, installed once into a cache outside the repository."""
    cache = (
        Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "dateline-tests" / f"timelinejs-{TIMELINEJS}"
    )
    dist = cache / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
    if (dist / "js" / "timeline.js").is_file():
        return dist
    npm = shutil.which("npm")
    if npm is None:
        pytest.skip("npm is not installed: cannot fetch TimelineJS3 from the npm registry")
    cache.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [
            npm,
            "install",
            "--prefix",
            str(cache),
            "--no-audit",
            "--no-fund",
            "--no-save",
            f"@knight-lab/timelinejs@{TIMELINEJS}",
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode != 0 or not (dist / "js" / "timeline.js").is_file():
        pytest.fail(f"npm install @knight-lab/timelinejs@{TIMELINEJS} failed:\n{result.stderr[-2000:]}")
    return dist


TEST_PAGE = """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>TimelineJS3 test</title>
<link rel="stylesheet" href="tl/css/timeline.css"><script src="tl/js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1100px; height: 650px"></div>
<script>
fetch("site/data/timeline.json").then(function (response) { return response.json(); }).then(function (data) {
  var scripts = new URL("tl/js/", location.href).href;
  window.timeline = new TL.Timeline("timeline", data, {language: "zh-cn", script_path: scripts});
  window.timeline.on("loaded", function () { window.timelineLoaded = true; });
});
</script></body></html>
"""


@pytest.mark.browser
@needs_chromium
def test_timeline_json_loads_in_timelinejs3(demo, tmp_path):
    from playwright.sync_api import sync_playwright

    dist = _timelinejs()
    shutil.copytree(dist, tmp_path / "tl")
    shutil.copytree(demo, tmp_path / "site")
    (tmp_path / "index.html").write_text(TEST_PAGE, encoding="utf-8")
    server, root = serve_folder(tmp_path)
    events = _events(demo)
    try:
        with sync_playwright() as playwright:
            browser = launch(playwright)
            page = browser.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
            page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(root) else route.abort())
            page.goto(root + "index.html")
            page.wait_for_function("window.timelineLoaded === true", timeout=20000)
            for event in events:
                headline = page.evaluate(
                    "id => { const data = window.timeline.getDataById(id); const slide = document.getElementById(id);"
                    " return data && slide ? slide.querySelector('.tl-headline').textContent : null; }",
                    event["id"],
                )
                assert headline == event["title"], event["id"]
            assert page.locator(".tl-timemarker").count() == len(events)
            page.evaluate("id => window.timeline.goToId(id)", events[-1]["id"])
            page.wait_for_function(
                "id => { const box = document.getElementById(id).getBoundingClientRect();"
                " return box.left >= 0 && box.left < 100; }",
                arg=events[-1]["id"],
                timeout=10000,
            )
            assert not [e for e in errors if "net::ERR_FAILED" not in e], errors
            browser.close()
    finally:
        server.shutdown()
