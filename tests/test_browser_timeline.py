"""The timeline at 500 and 5,000 events, read in Chromium at 320, 375 and 1280 px.

The 500-event site is the benchmark's articles, extracted (tests/timeline_sites.py);
the 5,000-event site is an editor's file, every event of it a key event. Each is
built once for the module. What is measured is what a reader sees: the boxes of
the overview's texts as drawn, the first screen, the page's height.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from browser import launch, needs_chromium, serve_folder
from timeline_sites import articles_content, editorial_content

from dateline.cli import main

pytestmark = [pytest.mark.browser, needs_chromium]

ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
#: Screens as wide as the issue measured, as tall as the phones and the laptop of those widths.
SCREENS = {320: 568, 375: 667, 1280: 800}
#: The home page stays under this height at 1280 px whatever the number of events.
HOME_HEIGHT = 30_000


def _build(content: Path, out: Path):
    assert main(["build", "--content", str(content), "--out", str(out), "--jobs", "2"]) == 0
    events = json.loads((out / "data" / "events.json").read_text(encoding="utf-8"))["events"]
    server, url = serve_folder(out)
    return server, {"url": url, "folder": out, "events": events}


@pytest.fixture(scope="module")
def site_500(tmp_path_factory):
    root = tmp_path_factory.mktemp("articles")
    server, site = _build(articles_content(root, 155), root / "_site")
    assert 450 <= len(site["events"]) <= 550
    yield site
    server.shutdown()


@pytest.fixture(scope="module")
def site_5000(tmp_path_factory):
    root = tmp_path_factory.mktemp("editorial")
    server, site = _build(editorial_content(root, 5000), root / "_site")
    assert len(site["events"]) == 5000
    yield site
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = launch(playwright)
        yield chromium
        chromium.close()


@pytest.fixture(params=[500, 5000], ids=["500-events", "5000-events"])
def site(request):
    return request.getfixturevalue(f"site_{request.param}")


def _busiest(site: dict) -> tuple[str, str]:
    """The year and the month with the most events: where the overview is most crowded."""
    years = Counter(event["date"][:4] for event in site["events"])
    months = Counter(event["date"][:7] for event in site["events"] if event["granularity"] in ("day", "time"))
    return years.most_common(1)[0][0], months.most_common(1)[0][0]


#: The visible overview's texts as drawn, and any two of them that overlap (by more than half a pixel).
OVERVIEW_TEXTS = """() => {
  const svg = [...document.querySelectorAll("svg.overview-svg")].find(s => s.getBoundingClientRect().width > 0);
  const drawing = svg.getBoundingClientRect();
  const boxes = [...svg.querySelectorAll("text")].map(t => {
    const b = t.getBoundingClientRect();
    return {text: t.textContent, left: b.left, right: b.right, top: b.top, bottom: b.bottom};
  });
  const overlapping = [];
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const a = boxes[i], b = boxes[j];
    if (a.left < b.right - .5 && b.left < a.right - .5 && a.top < b.bottom - .5 && b.top < a.bottom - .5)
      overlapping.push([a.text, b.text]);
  }
  const outside = boxes.filter(b => b.left < drawing.left - .5 || b.right > drawing.right + .5).map(b => b.text);
  return {count: boxes.length, overlapping, outside};
}"""


@pytest.mark.parametrize("width", sorted(SCREENS))
def test_no_two_texts_of_the_overview_overlap_on_any_timeline_page(browser, site, width):
    year, month = _busiest(site)
    page = browser.new_page(viewport={"width": width, "height": SCREENS[width]})
    for path in ("index.html", "all.html", f"years/{year}.html", f"months/{month}.html", f"en/years/{year}.html"):
        page.goto(site["url"] + path)
        drawn = page.evaluate(OVERVIEW_TEXTS)
        assert drawn["count"] >= 2, path  # the axis at least says when
        assert drawn["overlapping"] == [], (path, width)
        assert drawn["outside"] == [], (path, width)
        assert page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth") <= 0
    page.close()


@pytest.mark.parametrize("width", sorted(SCREENS))
def test_the_home_pages_first_screen_shows_the_overview_and_the_first_key_events(browser, site, width):
    height = SCREENS[width]
    page = browser.new_page(viewport={"width": width, "height": height})
    page.goto(site["url"] + "index.html")
    overview = page.locator("svg.overview-svg:visible").bounding_box()
    assert overview["y"] >= 0 and overview["y"] + overview["height"] <= height
    first = page.locator("li.event").first
    assert "key" in first.get_attribute("class")
    title = first.locator(".event-title").bounding_box()
    assert title["y"] + title["height"] <= height, (width, title)
    total = page.evaluate("document.documentElement.scrollHeight")
    if width == 1280:
        assert total < HOME_HEIGHT
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=ARTIFACTS / f"home-{len(site['events'])}-events-{width}.png")
    page.close()


def test_the_home_page_stays_short_at_any_size(browser, site_500, site_5000):
    heights = {}
    for site in (site_500, site_5000):
        for width, height in SCREENS.items():
            page = browser.new_page(viewport={"width": width, "height": height})
            page.goto(site["url"] + "index.html")
            heights[(len(site["events"]), width)] = page.evaluate("document.documentElement.scrollHeight")
            page.close()
    assert all(height < HOME_HEIGHT for (_, width), height in heights.items() if width == 1280), heights
    # Ten times the events, about the same page: what it lists is bounded, not the site.
    for width in SCREENS:
        assert heights[(5000, width)] < 1.5 * heights[(len(site_500["events"]), width)], heights


def test_axe_finds_no_serious_violation_on_the_generated_timeline_pages(browser, site_500, site_5000):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = []
    for site in (site_500, site_5000):
        year, month = _busiest(site)
        for scheme in ("light", "dark"):
            context = browser.new_context(color_scheme=scheme, viewport={"width": 1280, "height": 800})
            page = context.new_page()
            paths = ("index.html", "all.html", f"years/{year}.html", f"months/{month}.html", "en/index.html")
            for path in paths if scheme == "light" else paths[:1]:
                page.goto(site["url"] + path)
                for violation in axe.run(page).response["violations"]:
                    if violation["impact"] in ("serious", "critical"):
                        found.append((path, scheme, violation["id"], [n["target"] for n in violation["nodes"]][:3]))
            context.close()
    assert found == []
