"""Rendering: the overview's geometry, dates in each UI language, and a made-up site built page by page."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from sitecheck import broken_links, parse_html

from dateline.model import Article, Block, Citation, Entity, Event, Mention, SiteConfig, SiteData, VariantDate
from dateline.overview import OverviewItem, overview_layout, period_bounds, text_width
from dateline.render import render_site
from dateline.templating import slug, template_environment
from dateline.ui import UI

REPO = Path(__file__).resolve().parent.parent
SHANGHAI = dt.timezone(dt.timedelta(hours=8))


# -- the overview's geometry ---------------------------------------------------------


@pytest.mark.parametrize(
    "date, first, last",
    [
        ("1999", "1999-01-01", "1999-12-31"),
        ("2021-H2", "2021-07-01", "2021-12-31"),
        ("2021-Q3", "2021-07-01", "2021-09-30"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2021-12-09", "2021-12-09", "2021-12-09"),
        ("2021-12-10T12:00", "2021-12-10", "2021-12-10"),
    ],
)
def test_period_bounds_cover_the_whole_period(date, first, last):
    assert period_bounds(date) == (dt.date.fromisoformat(first), dt.date.fromisoformat(last))


def _day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _point(event_id: str, date: str, key: bool = True) -> OverviewItem:
    return OverviewItem(event_id, _day(date), _day(date), key=key, point=True)


def _days(n: int) -> str:
    return f"{n} days"


def test_days_are_placed_to_scale_in_time_order():
    items = [
        _point("a", "2021-11-24"),
        _point("b", "2021-12-09"),
        _point("c", "2021-12-22", key=False),
        _point("d", "2021-12-23"),
    ]
    layout = overview_layout(items, width=800, duration=_days)
    x = {marker.id: marker.x for marker in layout.markers}
    assert x["a"] < x["b"] < x["c"] < x["d"]
    assert (x["b"] - x["a"]) / (x["d"] - x["b"]) == pytest.approx(15 / 14, rel=0.02)
    assert all(14 <= marker.x <= 786 for marker in layout.markers)
    assert not layout.breaks


def test_key_events_have_their_gaps_labelled_and_labels_do_not_overlap():
    items = [
        _point("report", "2021-11-24"),
        _point("learned", "2021-12-09"),
        _point("minor", "2021-12-10", key=False),
        _point("suspended", "2021-12-22"),
        _point("statement", "2021-12-23"),
    ]
    layout = overview_layout(items, width=800, duration=_days)
    labelled = {(gap.earlier, gap.later): gap.label for gap in layout.gaps}
    assert labelled[("report", "learned")] == "15 days"
    assert labelled[("learned", "suspended")] == "13 days"
    assert ("learned", "minor") not in labelled  # not a key event
    boxes = sorted(
        (gap.label_y, gap.label_x - text_width(gap.label, 12) / 2, gap.label_x + text_width(gap.label, 12) / 2)
        for gap in layout.gaps
    )
    for (row_a, _, right_a), (row_b, left_b, _) in zip(boxes, boxes[1:]):
        assert row_a != row_b or right_a <= left_b


def test_intervals_the_sources_state_are_labelled_even_between_minor_events():
    items = [_point("found", "2021-11-24", key=False), _point("learned", "2021-12-09", key=False)]
    layout = overview_layout(items, width=800, duration=_days, intervals=[("found", "learned")])
    assert [(gap.earlier, gap.later, gap.days) for gap in layout.gaps] == [("found", "learned", 15)]


def test_a_long_quiet_stretch_becomes_a_labelled_break():
    items = [
        OverviewItem("founded", _day("1999-01-01"), _day("1999-12-31"), key=False, point=False),
        _point("a", "2021-07-12"),
        _point("b", "2021-12-23"),
    ]
    layout = overview_layout(items, width=800, duration=lambda days: f"{round(days / 365.25)} years")
    assert len(layout.segments) == 2 and len(layout.breaks) == 1
    assert layout.breaks[0].label == "22 years"
    founded = next(m for m in layout.markers if m.id == "founded")
    assert not founded.point and founded.x_end > founded.x
    assert founded.x_end <= layout.breaks[0].x0 <= layout.breaks[0].x1 <= layout.segments[1].x0
    # the year-only segment stays small; the months that matter get the room
    assert layout.segments[1].x1 - layout.segments[1].x0 > 5 * (layout.segments[0].x1 - layout.segments[0].x0)


def test_events_too_close_to_share_a_line_go_to_separate_lanes():
    items = [_point("a", "2021-12-22"), _point("b", "2021-12-23"), _point("c", "2021-07-01")]
    layout = overview_layout(items, width=330, duration=_days)
    lanes = {marker.id: marker.y for marker in layout.markers}
    assert lanes["a"] != lanes["b"]


def test_month_ticks_are_labelled_only_where_they_fit():
    items = [_point("a", "2021-01-05"), _point("b", "2021-12-20")]
    for width in (330, 800):
        layout = overview_layout(items, width=width, duration=_days)
        ticks = [tick for tick in layout.segments[0].ticks if tick.label]
        assert {tick.unit for tick in ticks} == {"month"}
        assert all(
            a.label_x + text_width(a.label, 12) / 2 < b.label_x - text_width(b.label, 12) / 2
            for a, b in zip(ticks, ticks[1:])
        )
    assert len(layout.segments[0].ticks) >= 12


def test_an_empty_timeline_has_an_empty_overview():
    layout = overview_layout([], width=800)
    assert layout.markers == () and layout.segments == ()


# -- dates and durations in each UI language ------------------------------------------------


@pytest.mark.parametrize(
    "date, zh, en",
    [
        ("2021", "2021年", "2021"),
        ("2021-H1", "2021年上半年", "H1 2021"),
        ("2021-Q3", "2021年第三季度", "Q3 2021"),
        ("2021-12", "2021年12月", "Dec 2021"),
        ("2021-11-24", "2021年11月24日", "24 Nov 2021"),
        ("2021-12-10T12:00", "2021年12月10日 12:00", "10 Dec 2021, 12:00"),
    ],
)
def test_dates_are_written_as_each_language_writes_them(date, zh, en):
    assert UI("zh-CN").date(date) == zh
    assert UI("en").date(date) == en


@pytest.mark.parametrize(
    "days, zh, en",
    [
        (0, "同一天", "the same day"),
        (1, "1天", "1 day"),
        (15, "15天", "15 days"),
        (200, "约7个月", "about 7 months"),
        (8035, "约22年", "about 22 years"),
    ],
)
def test_durations(days, zh, en):
    assert UI("zh-CN").duration(days) == zh
    assert UI("en").duration(days) == en


def test_both_translations_have_the_same_strings():
    zh, en = UI("zh-CN").strings, UI("en").strings
    assert set(zh) - {"month_names_long"} == set(en) - {"month_names_long"}


def test_themes_may_call_the_page_helpers_as_functions_or_filters():
    env = template_environment((REPO,), "en", "zh-CN")
    as_functions = env.from_string("<p{{ lang_attr(lang_of(code)) }}>{{ when(date, label) }}</p>")
    as_filters = env.from_string("<p{{ code|lang_of|lang_attr }}>{{ date|when(label) }}</p>")
    for code, date in (("zh-CN", "2021-11-24"), ("en-GB", "2021-Q4")):
        values = {"code": code, "date": date, "label": "<b>24 Nov</b>"}
        assert as_functions.render(values) == as_filters.render(values)
    assert as_filters.render(code="zh-CN", date="2021-11-24", label="<b>") == (
        '<p lang="zh-CN"><time datetime="2021-11-24">&lt;b&gt;</time></p>'
    )


def test_tag_slugs_keep_any_script():
    assert slug("数据 安全") == "数据-安全"
    assert slug("Log4j / CVE") == "log4j-cve"
    assert slug("!!") == "tag"


# -- a made-up site --------------------------------------------------------------------------


def _article(article_id: str, text: str, language: str, published: str | None, outlet: str, **more) -> Article:
    blocks, start = [], 0
    for paragraph in text.split("\n\n"):
        blocks.append(Block("p", start, start + len(paragraph)))
        start += len(paragraph) + 2
    return Article(
        id=article_id,
        path=f"articles/{article_id}.txt",
        format="text",
        title=more.pop("title", article_id),
        text=text,
        blocks=tuple(blocks),
        language=language,
        published=dt.datetime.fromisoformat(published).replace(tzinfo=SHANGHAI) if published else None,
        outlet=outlet,
        **more,
    )


def _mention(
    article: Article,
    as_written: str,
    date: str | None,
    granularity: str,
    is_event: bool = True,
    resolved_by: str = "absolute",
) -> Mention:
    start = article.text.index(as_written)
    return Mention(
        article.id,
        as_written,
        start,
        start + len(as_written),
        date,
        None,
        granularity,
        resolved_by,
        is_event,
        article.text,
        0,
        len(article.text),
    )


def _citation(mention: Mention, article: Article) -> Citation:
    return Citation(
        article.id, mention.sentence, mention.as_written, mention.date, mention.start, mention.end, url=article.url
    )


@pytest.fixture(scope="module")
def made_up_site(tmp_path_factory) -> tuple[Path, SiteData]:
    zh = _article(
        "zh-report",
        "12月22日，工信部暂停阿里云的合作单位资格。\n\n今年第三季度，平台上线。\n\n另有某日未注明。",
        "zh-Hans",
        "2021-12-23T10:00:00",
        "观察者网",
        title="工信部暂停阿里云资格",
        url="https://example.com/a",
    )
    en = _article(
        "en report",
        "On December 22, MIIT suspended Alibaba Cloud.\n\nThe flaw was disclosed on November 24, 2021.",
        "en",
        "2021-12-23T20:00:00",
        "Example News",
        title="MIIT suspends Alibaba Cloud",
    )
    mentions = {
        zh.id: (
            _mention(zh, "12月22日", "2021-12-22", "day", resolved_by="year-from-publication"),
            _mention(zh, "今年第三季度", "2021-Q3", "quarter"),
            _mention(zh, "某日", None, "day", is_event=False, resolved_by="unresolved"),
        ),
        en.id: (
            _mention(en, "December 22", "2021-12-22", "day", resolved_by="year-from-publication"),
            _mention(en, "November 24, 2021", "2021-11-24", "day"),
        ),
    }
    suspended = Event(
        "2021-12-22-aaaaaa",
        "2021-12-22",
        None,
        "day",
        "工信部暂停阿里云合作单位资格",
        "工信部决定暂停六个月。",
        (_citation(mentions[zh.id][0], zh), _citation(mentions[en.id][0], en)),
        entities=("miit", "alibaba-cloud"),
        tags=("处罚", "Log4j"),
        variant_dates=(VariantDate("2021-12-22", (zh.id,)), VariantDate("2021-12-21", (en.id,))),
        importance=2.0,
        language="zh-Hans",
    )
    quarter = Event(
        "2021-Q3-bbbbbb",
        "2021-Q3",
        None,
        "quarter",
        "平台上线",
        "",
        (_citation(mentions[zh.id][1], zh),),
        entities=("miit",),
        importance=1.0,
        language="zh-Hans",
    )
    disclosed = Event(
        "2021-11-24-cccccc",
        "2021-11-24",
        None,
        "day",
        "Alibaba Cloud tells Apache",
        "",
        (_citation(mentions[en.id][1], en),),
        entities=("alibaba-cloud",),
        tags=("Log4j",),
        importance=1.0,
        language="en",
    )
    editorial = Event(
        "2021-12-06-dddddd",
        "2021-12-06",
        "2021-12-08",
        "day",
        "Apache 完成修复",
        "编辑补充的事件。",
        (Citation(None, "", url="https://logging.apache.org/", title="Apache Log4j"),),
        origin="editorial",
        edited_in="content/events/extra.yaml",
        importance=1.0,
    )
    entities = (
        Entity("miit", "工信部", aliases=("MIIT",)),
        Entity("alibaba-cloud", "阿里云", kind="organisation"),
        Entity("nobody", "无关方"),
    )
    config = SiteConfig(
        title="测试时间线",
        description="一条测试用的时间线。",
        base_url="https://example.org/timeline/",
        about="关于**本站**。",
    )
    event_of_mention = {
        (zh.id, mentions[zh.id][0].start): suspended.id,
        (zh.id, mentions[zh.id][1].start): quarter.id,
        (en.id, mentions[en.id][0].start): suspended.id,
        (en.id, mentions[en.id][1].start): disclosed.id,
    }
    data = SiteData(config, (zh, en), mentions, (suspended, quarter, disclosed, editorial), entities, event_of_mention)
    out = tmp_path_factory.mktemp("made-up") / "_site"
    out.mkdir()
    render_site(data, out, REPO)
    return out, data


def test_made_up_site_has_every_page_in_both_interfaces(made_up_site):
    site, _ = made_up_site
    for prefix in ("", "en/"):
        for page in (
            "index.html",
            "all.html",
            "years/2021.html",
            "search.html",
            "about.html",
            "sources/index.html",
            "entities/index.html",
            "tags/index.html",
            "tags/处罚.html",
            "tags/log4j.html",
            "months/2021-12.html",
            "months/2021-11.html",
            "languages/en.html",
            "languages/zh-Hans.html",
            "events/2021-Q3-bbbbbb.html",
            "sources/en report.html",
            "entities/nobody.html",
        ):
            assert (site / prefix / page).is_file(), prefix + page
    assert (site / "404.html").is_file() and not (site / "en" / "404.html").exists()
    assert broken_links(site, "https://example.org/timeline/") == []
    for path in site.rglob("*.html"):
        parse_html(path)


def test_home_page_lists_key_and_edited_events_only(made_up_site):
    site, _ = made_up_site
    listed = {li["id"] for li in parse_html(site / "index.html").select("li.event")}
    assert listed == {"2021-12-22-aaaaaa", "2021-12-06-dddddd"}
    everything = {li["id"] for li in parse_html(site / "all.html").select("li.event")}
    assert everything == {"2021-12-22-aaaaaa", "2021-Q3-bbbbbb", "2021-11-24-cccccc", "2021-12-06-dddddd"}


def test_timeline_groups_by_year_then_month_and_says_each_date_once(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "all.html")
    headings = [int(h.name[1]) for h in page.find_all(["h1", "h2", "h3", "h4", "h5", "h6"])]
    assert headings[0] == 1 and all(b - a <= 1 for a, b in zip(headings, headings[1:]))
    assert [h.get_text() for h in page.select(".year-heading")] == ["2021年"]
    periods = [h.find(class_="period-full").get_text() for h in page.select(".period-heading")]
    assert periods == ["2021年11月", "2021年12月"]  # a quarter has no heading of its own: its date says it
    quarter = page.find(id="2021-Q3-bbbbbb")
    assert quarter.find("time") is None  # HTML has no datetime form for a quarter
    assert quarter.select_one(".event-date").get_text(strip=True) == "第三季度"
    day = page.find(id="2021-12-22-aaaaaa")
    assert day.select_one(".event-date time")["datetime"] == "2021-12-22"
    assert day.select_one(".event-date").get_text(strip=True) == "12月22日"  # the year is its heading's


def test_each_event_shows_its_marks(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "all.html")
    suspended = page.find(id="2021-12-22-aaaaaa")
    assert suspended.select_one(".source-count").get_text() == "2 个来源"
    assert suspended.select_one(".badge-differ") is not None
    assert [a.get_text() for a in suspended.select(".entity-chips a")] == ["工信部", "阿里云"]
    editorial = page.find(id="2021-12-06-dddddd")
    assert editorial.select_one(".badge-edited") and editorial.select_one(".badge-editorial")
    assert editorial.select_one(".event-date").get_text(strip=True) == "12月6日 至 12月8日"


def test_every_filter_is_a_real_page(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "all.html")
    kinds = {a["data-filter"] for a in page.select("a[data-filter]")}
    assert kinds == {"entity", "source", "tag", "language"}
    for link in page.select(".filters a.chip"):
        target = parse_html(site / unquote(link["href"]))
        listed = {li["id"] for li in target.select("li.event")}
        if link.get("data-filter"):
            kind, value = link["data-filter"], link["data-value"]
            expected = {li["id"] for li in page.select("li.event") if value in li[f"data-{kind}"].split(" ")}
            assert listed == expected, link["href"]
        assert int(link.select_one(".count").get_text()) == len(listed), link["href"]


def test_only_the_timeline_pages_carry_what_the_filters_read(made_up_site):
    site, _ = made_up_site
    for timeline in (site / "index.html", site / "all.html", site / "en" / "index.html"):
        assert all(li.has_attr("data-source") for li in parse_html(timeline).select("li.event")), timeline
    listings = [
        path for folder in ("entities", "sources", "tags", "years", "months") for path in (site / folder).glob("*.html")
    ]
    assert listings
    for path in listings:
        cards = parse_html(path).select("li.event")
        assert not any(
            li.has_attr(f"data-{kind}") for li in cards for kind in ("entity", "source", "tag", "language")
        ), path


def test_content_in_another_language_is_marked(made_up_site):
    site, _ = made_up_site
    zh_page = parse_html(site / "all.html")
    assert zh_page.find("html")["lang"] == "zh-CN"
    assert zh_page.find(id="2021-11-24-cccccc").select_one(".event-title a")["lang"] == "en"
    assert not zh_page.find(id="2021-12-22-aaaaaa").select_one(".event-title a").has_attr("lang")
    en_page = parse_html(site / "en" / "all.html")
    assert en_page.find("html")["lang"] == "en"
    assert en_page.find(id="2021-12-22-aaaaaa").select_one(".event-title a")["lang"] == "zh-Hans"
    assert en_page.find("h1")["lang"] == "zh-CN"  # the site's title, from site.yaml
    chips = en_page.find(id="2021-12-22-aaaaaa").select(".entity-chips a")
    assert [(a.get_text(), a.get("lang")) for a in chips] == [
        ("MIIT", None),
        ("阿里云", "zh-CN"),
    ]  # English alias when given
    assert en_page.find(id="2021-12-22-aaaaaa").select_one(".event-date").get_text(strip=True) == "22 Dec"
    event = parse_html(site / "en" / "events" / "2021-12-22-aaaaaa.html")
    quotes = {bq.get("lang") for bq in event.select(".citation blockquote")}
    assert quotes == {"zh-Hans", None}


def test_language_link_goes_to_the_same_page_in_the_other_interface(made_up_site):
    site, _ = made_up_site
    zh_event = parse_html(site / "events" / "2021-12-22-aaaaaa.html").select_one("a.language-switch")
    assert zh_event["href"] == "../en/events/2021-12-22-aaaaaa.html" and zh_event["hreflang"] == "en"
    en_event = parse_html(site / "en" / "events" / "2021-12-22-aaaaaa.html").select_one("a.language-switch")
    assert en_event["href"] == "../../events/2021-12-22-aaaaaa.html" and en_event["lang"] == "zh-CN"


def test_event_page_quotes_each_source_and_checks_its_dates(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "events" / "2021-12-22-aaaaaa.html")
    citations = page.select(".citation")
    assert len(citations) == 2
    first = citations[0]
    assert first.select_one("blockquote mark.date").get_text() == "12月22日"
    assert first.select_one(".outlet").get_text() == "观察者网"
    assert first.select_one(".published time")["datetime"] == "2021-12-23"
    assert first.select_one("a.in-source")["href"].startswith("../sources/zh-report.html#m-")
    assert first.select_one("a.external")["href"] == "https://example.com/a"
    variants = page.select(".variants li")
    assert [v.select_one("time")["datetime"] for v in variants] == ["2021-12-22", "2021-12-21"]
    assert "1天" in variants[1].get_text()
    checks = [li.get_text(" ", strip=True) for li in page.select(".date-checks li")]
    assert any("“12月22日”没有写年份" in check for check in checks)
    intervals = page.select(".intervals .neighbours li")
    assert [li.a["href"] for li in intervals] == ["../events/2021-12-06-dddddd.html"]  # it is the last event
    assert page.select_one("[data-pagefind-body]") is not None
    assert page.select_one("[data-pagefind-meta]")["data-pagefind-meta"] == "date:2021-12-22"
    assert parse_html(site / "en" / "events" / "2021-12-22-aaaaaa.html").select_one("[data-pagefind-body]") is None


def test_source_page_marks_dates_by_kind_and_lists_its_events(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "sources" / "zh-report.html")
    marks = {mark.get_text(): mark["class"] for mark in page.select(".source-text mark")}
    assert "event" in marks["12月22日"] and "event" in marks["今年第三季度"]
    assert "unresolved" in marks["某日"]
    assert {li["id"] for li in page.select(".source-events li.event")} == {"2021-12-22-aaaaaa", "2021-Q3-bbbbbb"}
    assert page.select_one(".source-text")["lang"] == "zh-Hans"


def test_canonical_open_graph_and_alternates_when_base_url_is_set(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "en" / "events" / "2021-12-22-aaaaaa.html")
    assert page.find("link", rel="canonical")["href"] == "https://example.org/timeline/en/events/2021-12-22-aaaaaa.html"
    assert page.find("meta", property="og:url")["content"] == page.find("link", rel="canonical")["href"]
    assert page.find("meta", property="og:type")["content"] == "article"
    hreflangs = {link["hreflang"]: link["href"] for link in page.find_all("link", hreflang=True)}
    assert hreflangs == {
        "en": "https://example.org/timeline/en/events/2021-12-22-aaaaaa.html",
        "zh-CN": "https://example.org/timeline/events/2021-12-22-aaaaaa.html",
    }
    index = parse_html(site / "index.html")
    assert index.find("link", rel="canonical")["href"] == "https://example.org/timeline/"


def test_json_ld_describes_sources_as_news_articles_and_the_timeline_as_a_list(made_up_site):
    site, _ = made_up_site
    source = parse_html(site / "sources" / "zh-report.html")
    link = source.find("link", type="application/ld+json")
    document = json.loads((site / "sources" / link["href"]).resolve().read_text(encoding="utf-8"))
    assert document["@type"] == "NewsArticle"
    assert document["dateline"] == "观察者网, 2021年12月23日"
    assert document["datePublished"] == "2021-12-23T10:00:00+08:00"
    listing = json.loads((site / "data" / "ld" / "index.jsonld").read_text(encoding="utf-8"))
    assert listing["@type"] == "ItemList" and listing["numberOfItems"] == 4
    assert listing["itemListElement"][0]["url"] == "https://example.org/timeline/events/2021-Q3-bbbbbb.html"


def test_pages_without_base_url_carry_no_absolute_addresses(tmp_path, made_up_site):
    import dataclasses

    _, data = made_up_site
    local = dataclasses.replace(data, config=dataclasses.replace(data.config, base_url=""))
    render_site(local, tmp_path, REPO)
    page = parse_html(tmp_path / "index.html")
    assert page.find("link", rel="canonical") is None and page.find("meta", property="og:url") is None
    assert broken_links(tmp_path) == []


def test_overview_links_each_event_to_the_list_or_to_its_page(made_up_site):
    site, data = made_up_site
    for name in ("index.html", "all.html", "years/2021.html"):
        page = parse_html(site / name)
        listed = {li["id"] for li in page.select("li.event")}
        for svg in page.select("svg.overview-svg"):
            targets = {a["data-event"]: a["href"] for a in svg.select("a.marker")}
            assert set(targets) == {event.id for event in data.events}, (name, svg["class"])
            for event_id, href in targets.items():
                assert href == (
                    f"#{event_id}" if event_id in listed else f"{'../' * name.count('/')}events/{event_id}.html"
                )
            assert all(a.get("aria-label") for a in svg.select("a.marker"))


def test_search_page_lists_every_event_for_readers_without_javascript(made_up_site):
    site, _ = made_up_site
    page = parse_html(site / "search.html")
    assert len(page.select("#all-events li")) == 4
    assert page.select_one("noscript") is not None
    assert page.find("form")["action"] == "search.html"
    csp = page.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    assert "'wasm-unsafe-eval'" in csp and "unsafe-inline" not in csp
    assert (
        "wasm"
        not in parse_html(site / "index.html").find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
    )
    assert (site / "pagefind" / "pagefind.js").is_file()
    assert not (site / "pagefind" / "pagefind-ui.js").exists()


def test_a_site_without_events_still_renders(tmp_path):
    data = SiteData(SiteConfig(title="空"), (), {}, (), ())
    render_site(data, tmp_path, REPO)
    assert parse_html(tmp_path / "index.html").select_one(".empty") is not None
    assert parse_html(tmp_path / "search.html").select("#all-events li") == []
    assert not (tmp_path / "pagefind").exists()
    assert broken_links(tmp_path) == []
