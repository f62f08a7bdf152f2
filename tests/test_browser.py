"""The demo read in a real browser, as a person would: Playwright driving Debian's Chromium.

One browser and one build for the module. Every page a test opens is checked for
console errors and for requests leaving 127.0.0.1: none may, not even an article's
picture. Screenshots go to tests/artifacts/ (git-ignored).
"""

from __future__ import annotations

import json
import re
import shutil
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from browser import launch, needs_chromium, serve_folder

from dateline.cli import main

pytestmark = [pytest.mark.browser, needs_chromium]

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The demo, built once, served on 127.0.0.1; yields (root URL, site folder)."""
    from conftest import DEMO_CONTENT

    root = tmp_path_factory.mktemp("browser")
    shutil.copytree(DEMO_CONTENT, root / "content", ignore=shutil.ignore_patterns("extracted"))
    assert main(["build", "--content", str(root / "content"), "--out", str(root / "_site")]) == 0
    server, url = serve_folder(root / "_site")
    yield url, root / "_site"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def demo(site) -> dict:
    """What the tests look for: the suspension event, its page, the events of 工信部, a source not counted."""
    _, folder = site
    events = json.loads((folder / "data" / "events.json").read_text(encoding="utf-8"))["events"]
    not_counted = [
        page.stem for page in (folder / "sources").glob("*.html") if 'class="source-verdict"' in page.read_text("utf-8")
    ]
    # the best-sourced event of 12月22日 (the fall of Alibaba's shares that evening is another)
    suspension = max((e for e in events if e["date"] == "2021-12-22"), key=lambda e: len(e["sources"]))
    return {
        "events": events,
        "suspension": suspension,
        "miit": {e["id"] for e in events if "miit" in e["entities"]},
        "tag": next(t for e in events for t in e["tags"]),
        "not_counted": sorted(not_counted)[0],
    }


class Reader:
    """Opens pages in one browser context and remembers what went wrong on them."""

    def __init__(self, browser, root: str, **context):
        self.root = root
        self.context = browser.new_context(**context)
        self.errors: list[str] = []
        self.third_party: list[str] = []
        self.context.route("**/*", self._route)

    def _route(self, route) -> None:
        request = route.request
        if request.url.startswith(self.root):
            route.continue_()
        else:
            self.third_party.append(request.url)
            route.abort()

    def page(self):
        page = self.context.new_page()
        page.on(
            "console",
            lambda message: self.errors.append(f"{page.url}: {message.text}") if message.type == "error" else None,
        )
        page.on("pageerror", lambda error: self.errors.append(f"{page.url}: {error}"))
        return page

    def close(self) -> None:
        self.context.close()
        assert self.errors == []
        assert self.third_party == []


@pytest.fixture
def reader(browser, site):
    reader = Reader(browser, site[0], viewport={"width": 1280, "height": 900})
    yield reader
    reader.close()


def _visible_events(page) -> list[str]:
    return page.eval_on_selector_all("li.event", "items => items.filter(i => i.offsetParent !== null).map(i => i.id)")


def _wait_for_text(page, selector: str, pattern: str, timeout: float = 10000) -> None:
    """Wait until an element's text matches (Playwright's predicate functions are blocked by the page's CSP)."""
    from playwright.sync_api import expect

    expect(page.locator(selector)).to_have_text(re.compile(pattern), timeout=timeout)


def test_a_reader_follows_the_story_from_the_timeline_to_a_source_and_into_english(reader, site, demo):
    root, _ = site
    suspension = demo["suspension"]
    ARTIFACTS.mkdir(exist_ok=True)
    page = reader.page()
    page.goto(root + "index.html")
    assert page.locator("h1").inner_text().strip()
    key_events = _visible_events(page)
    assert suspension["id"] in key_events and 0 < len(key_events) < len(demo["events"])  # the key events first
    page.locator(f"svg.overview-wide a.marker[data-event='{suspension['id']}']").click()
    page.wait_for_url(re.compile(re.escape(f"index.html#{suspension['id']}") + "$"))
    assert page.locator(f"li.event[id='{suspension['id']}']").evaluate("item => item === document.activeElement")

    # All of them one click away.
    page.locator(".view-switch a[href='all.html']").click()
    page.wait_for_url(re.compile(r"/all\.html$"))
    assert len(_visible_events(page)) == len(demo["events"])

    # The overview: its marker for the suspension leads to that event in the list.
    marker = page.locator(f"svg.overview-wide a.marker[data-event='{suspension['id']}']")
    marker.click()
    page.wait_for_url(re.compile(re.escape(f"#{suspension['id']}") + "$"))
    item = page.locator(f"li.event[id='{suspension['id']}']")
    assert item.evaluate("item => item === document.activeElement")
    box = item.bounding_box()
    assert box and box["y"] >= 0 and box["y"] + box["height"] <= 900

    # Filter by 工信部 on the page itself.
    page.locator("details.filters summary").click()
    page.locator("a.chip[data-filter='entity'][data-value='miit']").click()
    page.wait_for_url(re.compile(r"\?entity=miit"))
    assert set(_visible_events(page)) == demo["miit"]
    _wait_for_text(page, "#filter-status", str(len(demo["miit"])))
    page.screenshot(path=ARTIFACTS / "timeline-filtered-1280.png", full_page=True)
    page.locator("#clear-filter").click()
    assert len(_visible_events(page)) == len(demo["events"])

    # Search 暂停 and reach the suspension.
    page.locator(".site-nav a[href='search.html']").click()
    page.locator("#search-input").fill("暂停")
    page.keyboard.press("Enter")
    result = page.locator(f"#search-results a[href='events/{suspension['id']}.html']")
    result.wait_for(timeout=15000)
    assert suspension["date"] in page.locator("#search-results time").first.get_attribute("datetime")
    page.screenshot(path=ARTIFACTS / "search-1280.png", full_page=True)
    result.click()
    page.wait_for_url(re.compile(re.escape(f"events/{suspension['id']}.html") + "$"))
    assert "暂停" in page.locator("h1").inner_text()

    # To the exact spot in a source, and back from it.
    page.locator(".citation a.in-source").first.click()
    page.wait_for_url(re.compile(r"sources/.+\.html#m-\d+$"))
    spot = page.locator("mark:target")
    assert spot.is_visible()
    spot.locator("a").click()
    page.wait_for_url(re.compile(re.escape(f"events/{suspension['id']}.html") + "$"))

    # The same page in the English interface.
    title = page.locator("h1").inner_text()
    page.locator("a.language-switch").click()
    page.wait_for_url(re.compile(re.escape(f"/en/events/{suspension['id']}.html") + "$"))
    assert page.locator("html").get_attribute("lang") == "en"
    # the editors' English title (title_en), in the page's language
    assert page.locator("h1").inner_text() != title and re.search("[A-Za-z]{3}", page.locator("h1").inner_text())
    assert page.locator("h1").get_attribute("lang") is None
    assert page.locator(".site-nav").inner_text().split()[0] == "Timeline"
    assert re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", page.locator(".event-page > .event-date").inner_text().strip())
    page.screenshot(path=ARTIFACTS / "event-en-1280.png", full_page=True)


def test_the_overview_says_what_a_marker_is_and_a_first_tap_does_not_leave(browser, site, demo):
    root, _ = site
    suspension = demo["suspension"]
    reader = Reader(browser, root, viewport={"width": 1280, "height": 900})
    page = reader.page()
    page.goto(root + "all.html")
    marker = page.locator(f"svg.overview-wide a.marker[data-event='{suspension['id']}']")
    marker.hover()
    readout = page.locator(".overview-readout")
    assert readout.is_visible() and not page.locator(".overview figcaption").is_visible()
    assert readout.inner_text().startswith(marker.get_attribute("aria-label"))
    assert "pointed" in page.locator(f"li.event[id='{suspension['id']}']").get_attribute("class")
    reader.close()

    phone = Reader(browser, root, viewport={"width": 375, "height": 667}, has_touch=True, is_mobile=True)
    page = phone.page()
    page.goto(root + "all.html")
    marker = page.locator("svg.overview-narrow a.marker").first
    marker.tap()
    assert page.url == root + "all.html"  # the first tap says what it is
    link = page.locator(".overview-readout a")
    assert link.inner_text().startswith(marker.get_attribute("aria-label"))
    link.tap()
    page.wait_for_url(re.compile(re.escape(marker.get_attribute("href")) + "$"))
    phone.close()


def test_keyboard_moves_between_events_and_opens_them(reader, site, demo):
    root, _ = site
    page = reader.page()
    page.goto(root + "index.html")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    assert page.locator(".skip-link").bounding_box()["x"] >= 0  # visible when focused
    order = _visible_events(page)
    focused = "document.activeElement.id"
    page.keyboard.press("j")
    assert page.evaluate(focused) == order[0]
    page.keyboard.press("j")
    page.keyboard.press("j")
    assert page.evaluate(focused) == order[2]
    page.keyboard.press("k")
    assert page.evaluate(focused) == order[1]
    page.keyboard.press("ArrowDown")
    assert page.evaluate(focused) == order[2]
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"  # visible focus
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(re.escape(f"events/{order[2]}.html") + "$"))
    page.keyboard.press("j")
    page.wait_for_url(re.compile(re.escape(f"events/{order[3]}.html") + "$"))
    page.keyboard.press("k")
    page.wait_for_url(re.compile(re.escape(f"events/{order[2]}.html") + "$"))


def test_without_javascript_every_filter_is_a_page_and_search_lists_every_event(browser, site, demo):
    root, _ = site
    reader = Reader(browser, root, java_script_enabled=False)
    page = reader.page()
    page.goto(root + "all.html")
    page.locator("details.filters summary").click()
    page.locator("a.chip[data-filter='entity'][data-value='miit']").click()
    page.wait_for_url(re.compile(r"entities/miit\.html$"))
    assert set(page.eval_on_selector_all("li.event", "items => items.map(i => i.id)")) == demo["miit"]
    page.goto(root + "search.html")
    assert page.locator("noscript p, .note").first.is_visible()
    assert page.locator("#all-events li").count() == len(demo["events"])
    page.goto(root + "index.html")
    assert 0 < page.locator("li.event").count() < len(demo["events"])
    page.locator(".period-nav a[href='years/2021.html']").click()  # a year's page, one click away
    page.wait_for_url(re.compile(r"years/2021\.html$"))
    assert page.locator("li.event").count() == sum(1 for e in demo["events"] if e["date"].startswith("2021"))
    reader.close()


PAGE_TYPES = [
    "index.html",
    "all.html",
    "years/2021.html",
    "events/{event}.html",
    "sources/{source}.html",
    "sources/{not_counted}.html",
    "sources/index.html",
    "entities/miit.html",
    "entities/index.html",
    "tags/{tag}.html",
    "tags/index.html",
    "months/2021-12.html",
    "search.html?q=暂停",
    "about.html",
    "404.html",
    "en/index.html",
    "en/months/2021-12.html",
    "en/events/{event}.html",
    "en/sources/{source}.html",
    "en/search.html?q=Log4j",
    "en/search.html?q=Alibaba",
]


def _page_path(template: str, demo: dict) -> str:
    from dateline.templating import slug

    return template.format(
        event=demo["suspension"]["id"],
        source=demo["suspension"]["sources"][0]["article"],
        tag=quote(slug(demo["tag"])),
        not_counted=demo["not_counted"],
    )


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_axe_finds_no_serious_violation_on_any_page_type(browser, site, demo, scheme):
    from axe_playwright_python.sync_playwright import Axe

    root, _ = site
    axe = Axe()
    reader = Reader(browser, root, color_scheme=scheme, viewport={"width": 1280, "height": 900})
    page = reader.page()
    found = []
    for template in PAGE_TYPES if scheme == "light" else PAGE_TYPES[:5] + PAGE_TYPES[11:12]:
        page.goto(root + _page_path(template, demo))
        if "?q=" in template:
            page.locator("#search-results li").first.wait_for(timeout=15000)
        results = axe.run(page)
        for violation in results.response["violations"]:
            if violation["impact"] in ("serious", "critical"):
                found.append((template, violation["id"], [node["target"] for node in violation["nodes"]][:3]))
    reader.close()
    assert found == []


@pytest.mark.parametrize("width", [320, 375, 1280])
def test_every_page_type_fits_the_screen_and_is_photographed(browser, site, demo, width):
    root, _ = site
    ARTIFACTS.mkdir(exist_ok=True)
    for scheme in ("light", "dark") if width != 320 else ("light",):
        reader = Reader(browser, root, color_scheme=scheme, viewport={"width": width, "height": 800})
        page = reader.page()
        for template in (
            "index.html",
            "years/2021.html",
            "events/{event}.html",
            "sources/{source}.html",
            "search.html?q=暂停",
        ):
            page.goto(root + _page_path(template, demo))
            if "?q=" in template:
                page.locator("#search-results li").first.wait_for(timeout=15000)
            overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
            assert overflow <= 0, (template, width, overflow)
            if width != 320:
                name = template.split("/")[0].split(".")[0].split("?")[0]
                page.screenshot(path=ARTIFACTS / f"{name}-{width}-{scheme}.png", full_page=True)
        reader.close()


def _search_results(reader: Reader, url: str) -> set[str]:
    """What a search finds: its results' pages, as `events/ID` and `sources/ID`."""
    page = reader.page()
    page.goto(url)
    page.locator("#search-results li").first.wait_for(timeout=15000)
    links = page.eval_on_selector_all("#search-results > li > a", "links => links.map(a => a.href)")
    return {"/".join(href.removesuffix(".html").rsplit("/", 2)[1:]) for href in links}


def test_search_finds_the_same_events_when_the_index_is_split_into_bundles(browser, site, tmp_path, monkeypatch):
    from conftest import DEMO_CONTENT

    import dateline.search as search

    monkeypatch.setattr(search, "BUNDLE_PAGES", 3)
    shutil.copytree(DEMO_CONTENT, tmp_path / "content", ignore=shutil.ignore_patterns("extracted"))
    assert main(["build", "--content", str(tmp_path / "content"), "--out", str(tmp_path / "_site")]) == 0
    bundle_of = {
        page.removesuffix(".html"): manifest.parent.name
        for manifest in (tmp_path / "_site" / "pagefind").glob("*/dateline-pages.json")
        for page in json.loads(manifest.read_text(encoding="utf-8"))["pages"]
    }
    assert len(set(bundle_of.values())) > 2
    server, root = serve_folder(tmp_path / "_site")
    try:
        for query in ("阿里云", "Log4j"):
            reader, one_bundle = Reader(browser, root), Reader(browser, site[0])
            found = _search_results(reader, f"{root}search.html?q={query}")
            assert len({bundle_of[event] for event in found}) >= 2, (query, found)
            assert found == _search_results(reader, f"{root}en/search.html?q={query}")
            assert found == _search_results(one_bundle, f"{site[0]}search.html?q={query}")  # the demo's one bundle
            reader.close()
            one_bundle.close()
    finally:
        server.shutdown()


def test_print_shows_the_timeline_without_the_controls(reader, site):
    root, _ = site
    page = reader.page()
    page.emulate_media(media="print")
    page.goto(root + "index.html")
    assert not page.locator(".site-nav").is_visible()
    assert not page.locator(".toolbar").is_visible()
    assert page.locator("svg.overview-wide").is_visible()
    assert page.locator("li.event").first.is_visible()
    assert page.locator(".period-heading").first.evaluate("h => getComputedStyle(h).position") == "static"


#: What a page may be wide on paper, in CSS pixels (96 a inch): the sheet less style.css's @page margins (14 mm).
PRINTABLE_WIDTHS = {"a4": round((210 - 28) / 25.4 * 96), "letter": round((215.9 - 28) / 25.4 * 96)}


@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_every_page_type_prints_within_the_paper(browser, site, demo, paper):
    root, _ = site
    ARTIFACTS.mkdir(exist_ok=True)
    reader = Reader(browser, root, viewport={"width": PRINTABLE_WIDTHS[paper], "height": 1000})
    page = reader.page()
    page.emulate_media(media="print")
    for template in PAGE_TYPES:
        page.goto(root + _page_path(template, demo))
        if "?q=" in template:
            page.locator("#search-results li").first.wait_for(timeout=15000)
        overflow = page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
        assert overflow <= 0, (template, paper, overflow)
        overview = page.locator("svg.overview-svg:visible")
        if overview.count():
            assert overview.bounding_box()["height"] <= 5 / 2.54 * 96 + 1, template  # style.css: at most 5 cm
        if paper == "a4" and template in ("index.html", "years/2021.html", "events/{event}.html"):
            name = template.split("/")[0].split(".")[0]
            page.screenshot(path=ARTIFACTS / f"print-{name}-a4.png", full_page=True)
    reader.close()


def test_year_and_month_headings_stay_in_view_while_scrolling(reader, site, demo):
    root, _ = site
    page = reader.page()
    page.goto(root + "all.html#" + demo["events"][-1]["id"])
    page.mouse.wheel(0, 200)
    deadline = time.monotonic() + 10  # until the scroll has happened: the headings then stick at the top
    while True:
        tops = page.eval_on_selector_all(
            ".period-heading, .year-heading",
            "hs => hs.filter(h => h.offsetParent && h.getBoundingClientRect().top === 0).map(h => h.className)",
        )
        if "period-heading" in tops and "year-heading" in tops or time.monotonic() > deadline:
            break
    assert "period-heading" in tops and "year-heading" in tops


def test_any_name_of_an_entity_and_any_script_find_the_same_events_and_sources(browser, site):
    root, _ = site
    reader = Reader(browser, root)
    found = {
        (ui, query): _search_results(reader, f"{root}{ui}search.html?q={quote(query)}")
        for ui in ("", "en/")
        for query in ("阿里云", "阿里雲", "Alibaba")
    }
    # any words, typed in traditional characters: 暫停 for 暂停
    folded = {ui: _search_results(reader, f"{root}{ui}search.html?q={quote('暫停')}") for ui in ("", "en/")}
    simplified = _search_results(reader, f"{root}search.html?q={quote('暂停')}")
    reader.close()
    first = found[("", "阿里云")]
    assert any(page.startswith("events/") for page in first) and any(page.startswith("sources/") for page in first)
    assert all(pages == first for pages in found.values()), found
    assert simplified and folded[""] == folded["en/"] == simplified


def _snippets(reader: Reader, url: str) -> dict[str, str]:
    """Each result's page (`events/ID`) and the snippet under it."""
    page = reader.page()
    page.goto(url)
    page.locator("#search-results li .excerpt").first.wait_for(timeout=15000)
    return dict(
        page.eval_on_selector_all(
            "#search-results > li",
            "items => items.filter(i => i.querySelector('.excerpt')).map(i => ["
            "i.querySelector('a').getAttribute('href').replace(/^.*?((events|sources)\\/[^/]+)\\.html$/, '$1'),"
            "i.querySelector('.excerpt').textContent])",
        )
    )


def test_snippets_are_the_sentence_found_or_cut_at_words(browser, site, demo):
    root, folder = site
    suspension = demo["suspension"]
    reader = Reader(browser, root)
    # Chinese: the whole sentence a source says it in, as the event page quotes it
    snippet = _snippets(reader, f"{root}search.html?q={quote('昨天')}")[f"events/{suspension['id']}"]
    assert snippet.strip("…") in {source["quote"] for source in suspension["sources"]}, snippet
    # English: a long sentence of the editors' English summary, cut between words
    from sitecheck import parse_html

    summary = (
        parse_html(folder / "en" / "events" / f"{suspension['id']}.html").select_one(".summary").get_text().strip()
    )
    snippet = _snippets(reader, f"{root}en/search.html?q=regulator")[f"events/{suspension['id']}"]
    core = snippet.strip("…")
    at = summary.find(core)
    assert snippet.startswith("…") and at > 0 and len(core) < len(summary), (snippet, summary)
    assert summary[at - 1] == " " and (at + len(core) == len(summary) or not summary[at + len(core)].isalnum())
    assert "regulator" in core
    reader.close()
