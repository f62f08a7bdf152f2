"""The timeline's pages at scale: the home page's key events, the pages of every event, each year and each month.

Sites here are made of events alone (SiteData, rendered by render_site), so
that which events are key, how many each year and month has, and what their
summaries say are chosen by the test.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path
from urllib.parse import unquote

import pytest
from sitecheck import parse_html

from dateline.editorial import granularity_of
from dateline.lede import lede, sentences
from dateline.model import Citation, Entity, Event, SiteConfig, SiteData
from dateline.render import render_site
from dateline.timeline import HOME_EVENTS, ONE_PAGE_EVENTS, YEAR_EVENTS, highlights
from dateline.ui import UI

REPO = Path(__file__).resolve().parent.parent
ENTITIES = tuple(Entity(f"org{n}", f"机构{n}") for n in range(8))


def _event(event_id: str, date: str, importance: float = 1.0, summary: str = "", entities=(), end_date=None) -> Event:
    return Event(
        event_id,
        date,
        end_date,
        granularity_of(date) or "day",
        f"事件 {event_id}",
        summary,
        (Citation(None, "", url=f"https://news.example.com/{event_id}.html", title=event_id),),
        entities=tuple(entities),
        importance=importance,
    )


def _site(tmp_path: Path, events: list[Event]) -> Path:
    data = SiteData(SiteConfig(title="测试"), (), {}, tuple(events), ENTITIES)
    out = tmp_path / "_site"
    out.mkdir()
    render_site(data, out, REPO)
    return out


def _listed(page) -> list[str]:
    return [li["id"] for li in page.select("li.event")]


@pytest.fixture(scope="module")
def big_site(tmp_path_factory) -> tuple[Path, list[Event]]:
    """Six years of events: a busy 2021 (more than a page), quiet others, a third of them key."""
    rng = random.Random(7)
    events = []
    for year, count in ((2016, 3), (2018, 40), (2019, 90), (2020, 120), (2021, ONE_PAGE_EVENTS + 60), (2022, 30)):
        for n in range(count):
            day = dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
            date = day.isoformat() if n % 25 else day.isoformat()[:7] if n % 50 else str(year)
            events.append(_event(f"e{year}-{n:03d}", date, importance=rng.choice((1, 1, 2, 3))))
    return _site(tmp_path_factory.mktemp("big"), events), events


def test_the_home_page_lists_key_events_within_its_budget_and_links_each_years_rest(big_site):
    site, events = big_site
    home = parse_html(site / "index.html")
    listed = _listed(home)
    key = {event.id for event in events if event.importance >= 2}
    assert 0 < len(listed) <= HOME_EVENTS and set(listed) <= key
    for section in home.select("section.year"):
        year = section["aria-labelledby"][2:]
        in_year = [event for event in events if event.date.startswith(year)]
        shown = [li["id"] for li in section.select("li.event")]
        link = section.select_one("p.more-year a")
        assert unquote(link["href"]) == f"years/{year}.html"
        assert re.search(rf"\b{len(in_year) - len(shown)}\b", link.get_text())
    years = {a["href"]: a.select_one(".count").get_text() for a in home.select("nav.period-nav a")}
    assert years == {
        f"years/{year}.html": str(sum(1 for e in events if e.date.startswith(year)))
        for year in ("2016", "2018", "2019", "2020", "2021", "2022")
    }
    assert [a["href"] for a in home.select(".view-switch a")] == ["index.html", "all.html"]


def test_every_event_is_listed_on_the_home_page_or_its_years_or_months_page(big_site):
    site, events = big_site
    home = parse_html(site / "index.html")
    reached = set(_listed(home))
    for year_link in home.select("nav.period-nav a"):
        year_page = parse_html(site / unquote(year_link["href"]))
        reached.update(_listed(year_page))
        for month_link in year_page.select("nav.period-nav a"):
            reached.update(_listed(parse_html(site / unquote(month_link["href"]).replace("../", ""))))
    assert reached == {event.id for event in events}


def test_the_timelines_links_all_lead_somewhere(big_site):
    site, _ = big_site
    pages = [site / "index.html", site / "all.html", *sorted((site / "years").glob("*.html"))]
    pages += sorted((site / "months").glob("*.html"))[:6]
    pages += [site / "events" / f"{page.stem}.html" for page in sorted((site / "events").glob("*.html"))[::40]]
    ids: dict[Path, set[str]] = {}
    for page in pages:
        for link in parse_html(page).select("a[href]"):
            href = link["href"]
            if href.startswith(("http:", "https:")):
                continue
            path, _, anchor = unquote(href).partition("#")
            target = (page.parent / path).resolve() if path else page
            assert target.is_file(), (page, href)
            if anchor and target.suffix == ".html":
                if target not in ids:
                    ids[target] = {tag["id"] for tag in parse_html(target).find_all(id=True)}
                assert anchor in ids[target], (page, href)


def test_a_year_page_lists_every_event_while_they_fit_and_else_its_key_events_with_the_months_rest(big_site):
    site, events = big_site
    quiet = parse_html(site / "years" / "2019.html")
    assert set(_listed(quiet)) == {event.id for event in events if event.date.startswith("2019")}
    busy = parse_html(site / "years" / "2021.html")
    in_2021 = [event for event in events if event.date.startswith("2021")]
    listed = set(_listed(busy))
    undated_months = {event.id for event in in_2021 if len(event.date) == 4}
    assert undated_months <= listed  # on no month's page: always here
    assert len(listed - undated_months) <= YEAR_EVENTS
    for section in busy.select("section.period"):
        month = section["aria-labelledby"][2:]
        more = section.select_one("p.more a")
        in_month = {event.id for event in in_2021 if event.date[:7] == month and len(event.date) >= 7}
        hidden = len(in_month - listed)
        assert (more is None) == (hidden == 0)
        if more:
            assert unquote(more["href"]) == f"../months/{month}.html"
            assert re.search(rf"\b{hidden}\b", more.get_text())
            assert set(_listed(parse_html(site / "months" / f"{month}.html"))) == in_month
    assert busy.select(".year-heading") == []  # the page is the year: its list is headed by months
    steps = {a["rel"][0]: unquote(a["href"]) for a in busy.select("nav.period-steps a")}
    assert steps == {"prev": "../years/2020.html", "next": "../years/2022.html"}


def test_a_month_page_steps_to_the_months_around_it_and_up_to_its_year(big_site):
    site, events = big_site
    months = sorted({event.date[:7] for event in events if len(event.date) >= 7})
    page = parse_html(site / "months" / f"{months[0]}.html")
    steps = {a["rel"][0]: unquote(a["href"]) for a in page.select("nav.period-steps a")}
    assert steps == {"next": f"../months/{months[1]}.html"}
    assert unquote(page.select(".breadcrumb a")[-1]["href"]) == f"../years/{months[0][:4]}.html"
    assert page.select_one("nav.period-nav a[aria-current='page']")["href"] == f"../months/{months[0]}.html"
    assert page.select(".year-heading, .period-heading") == []  # the page is the month: its h1 says it
    assert {li.find(["h2", "h3"]).name for li in page.select("li.event")} == {"h2"}


def test_the_page_of_all_events_becomes_an_index_of_years_and_months_past_one_page(big_site, tmp_path):
    site, events = big_site
    archive = parse_html(site / "all.html")
    assert _listed(archive) == []
    years = {
        unquote(section.h2.a["href"]): section.select_one("h2 .count").get_text()
        for section in archive.select("section.archive-year")
    }
    assert years["years/2021.html"] == f"{sum(1 for e in events if e.date.startswith('2021'))} 个事件"
    months = [unquote(a["href"]) for a in archive.select("section.archive-year a.chip")]
    assert months == sorted(months) and all((site / month).is_file() for month in months)
    small = _site(tmp_path, [_event("a", "2021-03-04"), _event("b", "1999"), _event("c", "2021-03")])
    assert _listed(parse_html(small / "all.html")) == ["b", "c", "a"]


def test_the_overview_links_crowded_periods_to_their_pages(big_site):
    site, _ = big_site
    for name in ("index.html", "years/2021.html"):
        page = parse_html(site / name)
        bands = page.select("svg.overview-wide a.band")
        assert bands, name
        for band in bands:
            target, _, anchor = unquote(band["href"]).partition("#")
            assert re.search(r"\d+ 个事件", band["aria-label"])
            if not target:  # its first event is in this page's list
                assert page.find("li", id=anchor) is not None
                continue
            assert re.fullmatch(r"(\.\./)?(years/\d{4}|months/\d{4}-\d{2})\.html", target), band["href"]
            if anchor:
                assert parse_html((site / name).parent / target).find(id=anchor) is not None


def test_a_list_entry_gives_a_sentence_or_two_its_date_once_and_three_entities(tmp_path):
    summary = "工信部通报了此事。阿里云随后发表说明。第三句不在列表里。"
    site = _site(
        tmp_path,
        [
            _event("founded", "1999", importance=3, summary="基金会成立于美国。"),
            _event("told", "2021-12-22", importance=3, summary=summary, entities=[e.id for e in ENTITIES[:5]]),
            _event("month", "2021-12", importance=3, summary="事件 month"),
        ],
    )
    home = parse_html(site / "index.html")
    told = home.find(id="told")
    assert told.select_one(".event-lede").get_text() == "工信部通报了此事。阿里云随后发表说明。"
    assert told.select_one(".event-date").get_text(strip=True) == "12月22日"
    chips = told.select(".entity-chips li")
    assert [li.get_text(strip=True) for li in chips] == ["机构0", "机构1", "机构2", "+2"]
    assert chips[-1].a["href"] == "events/told.html"
    founded = home.find(id="founded")
    assert founded.find_parent("section", class_="year").select_one(".year-heading").get_text(strip=True) == "1999年"
    assert founded.select_one(".event-date").get_text(strip=True) == "全年"  # not 1999年 / 全年 / 1999年
    assert home.find(id="month").select_one(".event-date").get_text(strip=True) == "当月"
    assert home.find(id="month").select_one(".event-lede") is None  # a summary that only says the title
    en = parse_html(site / "en" / "index.html").find(id="told")
    assert en.select_one(".event-date").get_text(strip=True) == "22 Dec"


def test_an_event_page_tells_neighbours_dated_to_the_same_year_apart_from_the_same_day(tmp_path):
    site = _site(
        tmp_path,
        [_event("a", "1999"), _event("b", "1999", summary="x"), _event("c", "2001-05-02"), _event("d", "2001-05-02")],
    )
    around_b = [li.get_text(" ", strip=True) for li in parse_html(site / "events" / "b.html").select(".neighbours li")]
    assert around_b[0].startswith("上一事件也在1999年") and "同一天" not in around_b[0]
    assert around_b[1].startswith("下一事件晚")
    around_c = [li.get_text(" ", strip=True) for li in parse_html(site / "events" / "c.html").select(".neighbours li")]
    assert around_c[1].startswith("下一事件在同一天")


def test_events_are_listed_in_time_order_whatever_their_granularity(tmp_path):
    dates = ["2008", "2023-03", "2020-10-23", "2023-02-28", "2020-Q4", "2023-03-01", "2020-10-23T09:30"]
    site = _site(tmp_path, [_event(f"e{n}", date) for n, date in enumerate(dates)])
    order = [dates[int(event_id[1:])] for event_id in _listed(parse_html(site / "all.html"))]
    assert order == ["2008", "2020-Q4", "2020-10-23", "2020-10-23T09:30", "2023-02-28", "2023-03", "2023-03-01"]


# -- the parts ------------------------------------------------------------------------------


def test_highlights_share_the_budget_among_periods_by_their_size_and_keep_the_best():
    events = [_event(f"a{n}", "2020-01-01", importance=2 + n % 3) for n in range(90)]
    events += [_event(f"b{n}", "2021-01-01", importance=2 + (n == 4)) for n in range(9)]
    events += [_event("c0", "2022-01-01", importance=2), _event("minor", "2022-02-01")]
    key_ids = {event.id for event in events if event.importance >= 2}
    chosen = highlights(events, key_ids, 20, lambda event: event.date[:4])
    assert len(chosen) == 20 and "minor" not in {event.id for event in chosen}
    per_year = {year: sum(1 for event in chosen if event.date.startswith(year)) for year in ("2020", "2021", "2022")}
    assert per_year == {"2020": 18, "2021": 2, "2022": 0}  # 90, 9 and 1 of 100 key events: shares 18, 1.8, 0.2
    assert all(event.importance == 4 for event in chosen if event.date.startswith("2020"))
    assert "b4" in {event.id for event in chosen}
    assert chosen == [event for event in events if event in chosen]  # in the order given
    few = [_event("x", "2020-01-01"), _event("y", "2020-01-02")]
    assert highlights(few, set(), 20, lambda event: event.date[:4]) == few  # no key event: all of them


def test_a_lede_is_the_first_sentences_of_a_summary_in_plain_text():
    assert lede("**工信部**通报了[此事](https://example.com)。阿里云发表说明。第三句。", "标题") == (
        "工信部通报了此事。阿里云发表说明。"
    )
    assert lede("The U.S. agency said on Dec. 3 it would act. Mr. Smith agreed. A third.", "Title") == (
        "The U.S. agency said on Dec. 3 it would act. Mr. Smith agreed."
    )
    assert lede("标题。正文第一句。", "标题") == "正文第一句。"
    assert lede("", "标题") == ""
    long = "很长的一句话，" * 40 + "完。"
    assert lede(long, "标题").endswith("…") and len(lede(long, "标题")) <= 121
    assert sentences("“引语结束。”下一句。") == ["“引语结束。”", "下一句。"]


@pytest.mark.parametrize(
    "date, end_date, zh, en",
    [
        ("2021-12-22", None, "12月22日", "22 Dec"),
        ("2021-12-22T10:00", None, "12月22日 10:00", "22 Dec, 10:00"),
        ("2021-12", None, "当月", "That month"),
        ("2021-Q3", None, "第三季度", "Q3"),
        ("2021", None, "全年", "Whole year"),
        ("2021-12-06", "2021-12-08", "12月6日 至 12月8日", "6 Dec to 8 Dec"),
        ("2021-12-30", "2022-01-02", "2021年12月30日 至 2022年1月2日", "30 Dec 2021 to 2 Jan 2022"),
    ],
)
def test_a_date_under_its_years_heading_leaves_the_year_out(date, end_date, zh, en):
    assert UI("zh-CN").date_in_year(date, end_date) == zh
    assert UI("en").date_in_year(date, end_date) == en
