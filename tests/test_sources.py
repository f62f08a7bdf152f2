"""Sources shown as a careful newsroom shows them: named, quoted in part, labelled when they are copies or
low-quality pages and then not counted; content in both UI languages; search that finds it."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from sitecheck import broken_links, load_json, parse_html

from dateline.cli import main
from dateline.model import Article, Block, Citation, Event
from dateline.sourcequality import (
    SourceQuality,
    assess_source,
    counted_sources,
    review_sources,
    stuffed_title,
)

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "sources" / "content"
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63fcff9f"
    "a10e0005050200 5fc8f1d20000000049454e44ae426082".replace(" ", "")
)
ZONE = dt.timezone(dt.timedelta(hours=8))


def _built(tmp_path: Path, site_yaml: str = "") -> Path:
    """The fixture story built into tmp_path, with lines added to its site.yaml."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    if site_yaml:
        with open(content / "site.yaml", "a", encoding="utf-8") as settings:
            settings.write(site_yaml)
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    return tmp_path / "site"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    return _built(tmp_path_factory.mktemp("sources"))


def _event(site: Path, date: str) -> dict:
    return next(e for e in load_json(site, "data/events.json")["events"] if e["date"] == date)


def _article(text: str, **fields) -> Article:
    """An article whose paragraphs are the lines of text."""
    blocks, at = [], 0
    for paragraph in text.split("\n\n"):
        blocks.append(Block("p", at, at + len(paragraph)))
        at += len(paragraph) + 2
    defaults = dict(id="a", path="content/articles/a.txt", format="text", title="标题", language="zh-Hans")
    return Article(text=text, blocks=tuple(blocks), **{**defaults, **fields})


# -- the rule ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "title",
    [
        "海港旧码头关闭 海港旧码头关闭怎么回事",  # a phrase said twice
        "海港旧码头关闭 海港旧码头关闭怎么回事_星辰网络科技",
        "Cheap flights to Harbour City | cheap flights to Harbour City from London",
        "云服务器,云主机,服务器租用,海港建站",  # a list of keywords
    ],
)
def test_a_title_written_for_search_engines_is_stuffed(title):
    assert stuffed_title(title)


@pytest.mark.parametrize(
    "title",
    [
        "海港市港务局宣布旧码头6月1日起关闭",
        "如何看待海港旧码头关闭？",
        "港城周刊：海港旧码头将关闭 市民盼改建公园",
        "Harbour City closes its old pier | World | The Example Times",
        "Apple, Google and Meta fined over app stores",
        "中国制造2025：中国制造的下一步",  # a short phrase said twice is a headline's figure of speech
    ],
)
def test_a_headline_is_not_stuffed(title):
    assert not stuffed_title(title)


def test_a_page_is_low_quality_with_two_signals_and_a_copy_when_half_its_text_is_another_source_s():
    text = (
        "5月8日，海港市港务局宣布，使用了六十年的旧码头将于6月1日起停止对外开放。\n\n"
        "记者在旧码头看到，不少市民赶来拍照留念。一位退休的老码头工人说，他在这里干了三十多年，听到要关闭的消息很是不舍。"
    )
    dated = dt.datetime(2023, 5, 8, tzinfo=ZONE)
    signed = _article(text, published=dated, outlet="港城周刊")
    assert assess_source(signed, {}).verdict == ""
    assert assess_source(_article(text, published=dated), {}).signals == ("unsigned",)  # one signal: it counts
    assert assess_source(_article(text, published=dated), {}).counted
    unsigned_undated = assess_source(_article(text), {})
    assert unsigned_undated.signals == ("undated", "unsigned") and unsigned_undated.verdict == "low-quality"
    first_copied = assess_source(signed, {0: "harbour-daily"})
    assert (
        first_copied.copies == ("harbour-daily",) and first_copied.verdict == "" and first_copied.signals == ("copies",)
    )
    all_copied = assess_source(signed, {0: "harbour-daily", signed.blocks[1].start: "harbour-daily"})
    assert all_copied.copied_share == 1.0 and all_copied.verdict == "copy" and not all_copied.counted


def test_sources_counted_leave_out_copies_and_low_quality_pages():
    citations = (
        Citation("daily", "q1"),
        Citation("repost", "q1", copy_of="daily"),  # the daily's text: the daily's group
        Citation("weekly", "q2"),
        Citation("farm", "q3"),
        Citation(None, "", url="https://example.org/statement"),  # an editor's link counts
    )
    event = Event("e", "2023-05-08", None, "day", "t", "", citations)
    quality = {
        "farm": SourceQuality(signals=("undated", "stuffed-title")),
        "repost": SourceQuality(("copies",), ("daily",), 1.0),
    }
    assert event.independent_sources == 4
    assert counted_sources(event, quality) == (3, 1)


def test_check_says_which_pages_are_not_counted_and_what_to_do():
    farm = _article("正文。", id="farm", path="content/articles/farm.txt")
    quality = {
        "farm": SourceQuality(signals=("undated", "unsigned")),
        "copy": SourceQuality(("copies",), ("daily",), 0.9),
    }
    copy = _article("正文。", id="copy", path="content/articles/copy.md")
    problems = review_sources([farm, copy, _article("正文。", id="fine")], quality)
    assert [p.path for p in problems] == ["content/articles/farm.txt", "content/articles/copy.md"]
    assert "no publication date, no author or outlet" in problems[0].message
    assert "content/articles/farm.meta.yaml" in problems[0].message
    assert "copies daily for 90% of its text" in problems[1].message


# -- source pages and source cards ------------------------------------------------------------------


def test_a_source_page_quotes_the_dated_sentences_and_links_to_the_whole_article(site):
    page = parse_html(site / "sources" / "harbour-daily.html")
    text = page.select_one(".source-text").get_text()
    assert "5月8日，海港市港务局宣布" in text and "将在5月20日举行听证会" in text
    assert "附近居民对关闭的消息反应不一" not in text  # a paragraph without a date
    assert "本文系海港日报独家稿件" not in page.get_text()  # the reprint notice is furniture
    assert "……" in text  # where a paragraph's other sentences are left out
    original = page.select_one(".excerpts-note a.external")
    assert (
        original["href"] == "https://news.example.org/2023/05/08/old-pier.html"
        and "news.example.org" in original.get_text()
    )
    mentions = [m for m in load_json(site, "data/mentions.json")["mentions"] if m["article"] == "harbour-daily"]
    assert mentions and all(page.find(id=f"m-{m['start']}").get_text() == m["as_written"] for m in mentions)


def test_no_source_page_carries_a_whole_article_by_default(site):
    for source in (site / "sources").glob("*.html"):
        if source.name == "index.html":
            continue
        shown = parse_html(source).select_one(".source-text").get_text()
        assert "旧码头的栈桥结构已经老化" not in shown, source.name  # a sentence with no date, in every copy


def test_full_text_is_published_where_site_yaml_says_the_editor_has_the_right(tmp_path):
    site = _built(tmp_path, "full_text: [harbour-daily]\n")
    whole = parse_html(site / "sources" / "harbour-daily.html")
    assert "附近居民对关闭的消息反应不一" in whole.select_one(".source-text").get_text()
    assert whole.select_one(".excerpts-note") is None
    assert (
        "旧码头的栈桥结构已经老化"
        not in parse_html(site / "sources" / "repost.html").select_one(".source-text").get_text()
    )


def test_no_picture_is_loaded_from_another_site(tmp_path):
    site = _built(tmp_path, "full_text: true\n")
    for page in site.rglob("*.html"):
        parsed = parse_html(page)
        assert [img["src"] for img in parsed.find_all("img") if urlsplit(img["src"]).netloc] == [], page
        policy = parsed.find("meta", attrs={"http-equiv": "Content-Security-Policy"})["content"]
        assert "img-src 'self' data:;" in policy and "https:" not in policy
    assert broken_links(site) == []


def test_every_source_card_names_outlet_or_site_author_and_date(site):
    listed = parse_html(site / "sources" / "index.html").select(".source-list > li")
    assert len(listed) == 4
    for item in listed:
        details = item.select_one(".source-details")
        assert details.select_one(".outlet, .site") and details.select_one(".published"), item
    weekly = next(item for item in listed if "港城周刊" in item.get_text())
    assert "周明" in weekly.select_one(".author").get_text() and weekly.select_one("time")["datetime"] == "2023-05-10"
    farm = next(item for item in listed if "怎么回事" in item.get_text())  # its title, without the site name
    assert "未注明媒体" in farm.select_one(".site").get_text() and "未注明发布日期" in farm.get_text()


def test_copies_and_low_quality_pages_are_labelled_with_what_they_copy(site):
    farm = parse_html(site / "sources" / "site-builder-page.html")
    label = farm.select_one(".source-verdict")
    assert label.select_one(".badge-low-quality").get_text() == "低质量页面"
    assert "未注明发布日期" in label.get_text() and "标题堆砌关键词" in label.get_text()
    assert [a["href"] for a in label.select("a")] == ["../sources/harbour-daily.html"]
    repost = parse_html(site / "sources" / "repost.html").select_one(".source-verdict")
    assert repost.select_one(".badge-copy") and [a.get_text() for a in repost.select("a")] == ["海港日报"]
    assert parse_html(site / "sources" / "harbour-daily.html").select_one(".source-verdict") is None


def test_an_event_counts_only_the_sources_that_count_and_lists_the_others_apart(site):
    closure = _event(site, "2023-05-08")
    assert {s["article"] for s in closure["sources"]} == {"harbour-daily", "repost", "port-weekly", "site-builder-page"}
    page = parse_html(site / "events" / f"{closure['id']}.html")
    assert page.select_one(".event-meta .source-count").get_text(strip=True) == "2 个来源"
    counted = page.select(".citations > ol:not(.not-counted) > .citation")
    assert [c.select_one(".citation-title")["href"].split("#")[0] for c in counted] == [
        "../sources/harbour-daily.html",
        "../sources/port-weekly.html",
    ]
    (apart,) = page.select(".citations ol.not-counted > .citation")
    assert apart.select_one(".badge-low-quality") and "site-builder-page" in apart.select_one(".citation-title")["href"]
    daily = counted[0]
    assert (
        "今日资讯" in daily.select_one(".copies").get_text()
    )  # the repost is the daily's text, under the daily's card
    assert daily.select_one(".external").get_text() == "原文（news.example.org）"


def test_a_source_counted_once_is_not_a_key_event_for_its_copies(site):
    hearing = _event(site, "2023-05-20")
    assert {s["article"] for s in hearing["sources"]} == {"harbour-daily", "repost"}
    key = {li["id"] for li in parse_html(site / "index.html").select("li.event.key")}
    assert hearing["id"] not in key and _event(site, "2023-05-08")["id"] in key


def test_pictures_are_copied_into_the_site_when_site_yaml_says_so_and_fetched_once(tmp_path, capsys, monkeypatch):
    from browser import serve_folder

    import dateline.media

    monkeypatch.setattr(dateline.media, "public_host", lambda host: host == "127.0.0.1")  # the test's own server

    pictures = tmp_path / "web"
    pictures.mkdir()
    (pictures / "pier.png").write_bytes(PIXEL)
    (pictures / "gallery.html").write_text("<!DOCTYPE html><title>not a picture</title>", encoding="utf-8")
    server, root = serve_folder(pictures)
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    article = content / "articles" / "harbour-daily.html"
    text = article.read_text(encoding="utf-8").replace(
        "https://img.example.org/2023/05/old-pier.jpg", root + "pier.png"
    )
    article.write_text(
        text.replace("<p>5月8日", f'<p><img src="{root}gallery.html" alt="图集"></p>\n<p>5月8日', 1), encoding="utf-8"
    )
    with open(content / "site.yaml", "a", encoding="utf-8") as settings:
        settings.write("full_text: [harbour-daily]\nimages: copy\n")
    try:
        assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    finally:
        server.shutdown()
        server.server_close()
    warnings = capsys.readouterr().err
    assert f"harbour-daily.html: warning: the picture {root}gallery.html is left out: it is not a PNG" in warnings
    for out in ("site", "offline"):  # the second build is made with the server gone: from the cache
        if out == "offline":
            assert main(["build", "--content", str(content), "--out", str(tmp_path / out)]) == 0
        page = parse_html(tmp_path / out / "sources" / "harbour-daily.html")
        (img,) = page.select(".source-text img")
        assert img["src"].startswith("../media/") and img["alt"] == "旧码头入口"
        assert (tmp_path / out / "sources" / img["src"]).read_bytes() == PIXEL
        english = parse_html(tmp_path / out / "en" / "sources" / "harbour-daily.html").select_one(".source-text img")
        assert english["src"] == "../" + img["src"]
    assert parse_html(tmp_path / "site" / "sources" / "port-weekly.html").find("img") is None


def test_a_picture_on_the_build_machine_or_a_private_network_is_never_fetched(tmp_path, capsys):
    from dateline.media import ImageError, fetch_image

    for address in (
        "http://127.0.0.1:9/pier.png",
        "http://10.1.2.3/pier.png",
        "http://[::1]/pier.png",
        "file:///etc/passwd",
    ):
        with pytest.raises(ImageError, match="public internet|only http"):
            fetch_image(address)
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    article = content / "articles" / "harbour-daily.html"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "https://img.example.org/2023/05/old-pier.jpg", "http://169.254.169.254/latest/pier.png"
        ),
        encoding="utf-8",
    )
    with open(content / "site.yaml", "a", encoding="utf-8") as settings:
        settings.write("full_text: true\nimages: copy\n")
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 0
    assert "169.254.169.254 is not an address on the public internet" in capsys.readouterr().err
    assert parse_html(tmp_path / "site" / "sources" / "harbour-daily.html").find("img") is None


# -- both languages -------------------------------------------------------------------------------


def test_the_english_pages_show_the_editors_english_title_summary_and_tag(site):
    (event,) = [e for e in load_json(site, "data/events.json")["events"] if e["origin"] == "editorial"]
    zh = parse_html(site / "events" / f"{event['id']}.html")
    en = parse_html(site / "en" / "events" / f"{event['id']}.html")
    assert zh.find("h1").get_text() == "旧码头关闭后启动结构评估"
    assert en.find("h1").get_text() == "The closed pier's structure is assessed" and not en.find("h1").get("lang")
    assert "assess the pier's structure in full" in en.select_one(".summary").get_text()
    assert not en.select_one(".summary").get("lang")
    assert [a.get_text() for a in en.select(".tag-list a")] == ["#piers"]
    assert [a.get_text() for a in zh.select(".tag-list a")] == ["#码头"]
    assert en.find("title").get_text().startswith("The closed pier's structure is assessed")
    listed = parse_html(site / "en" / "index.html").select_one(f"li.event[id='{event['id']}'] .event-title a")
    assert listed.get_text() == "The closed pier's structure is assessed" and not listed.get("lang")
    assert parse_html(site / "en" / "tags" / "码头.html").find("h1").get_text() == "Tag: piers"
    # an event without an English title keeps its own, marked as Chinese
    other = parse_html(site / "en" / "events" / f"{_event(site, '2023-05-08')['id']}.html").find("h1")
    assert other.get("lang") == "zh-Hans"


def test_entities_are_named_in_the_ui_s_language(site):
    en = parse_html(site / "en" / "events" / f"{_event(site, '2023-05-08')['id']}.html")
    assert {a.get_text() for a in en.select(".entity-chips a")} == {"Harbour City Port Authority", "Old Pier"}


# -- search -----------------------------------------------------------------------------------------


def test_the_index_reads_source_pages_and_every_name_of_what_a_page_names(site):
    manifest = json.loads((site / "pagefind" / "dateline-pages.json").read_text(encoding="utf-8"))["pages"]
    assert {p for p in manifest if p.startswith("sources/")} == {
        f"sources/{name}.html" for name in ("harbour-daily", "port-weekly", "repost", "site-builder-page")
    }
    event = parse_html(site / "events" / f"{_event(site, '2023-05-08')['id']}.html")
    terms = event.select_one("[data-pagefind-body] .search-terms[hidden]").get_text()
    assert "Harbour City Port Authority" in terms and "港務局" in terms and "Old Pier" in terms  # traditional, made
    (editorial,) = [e for e in load_json(site, "data/events.json")["events"] if e["origin"] == "editorial"]
    terms = parse_html(site / "events" / f"{editorial['id']}.html").select_one(".search-terms").get_text()
    assert "The closed pier's structure is assessed" in terms and "piers" in terms  # the other language
    source = parse_html(site / "sources" / "port-weekly.html")
    body = source.select_one("[data-pagefind-body]")
    assert "Harbour City Port Authority" in body.select_one(".search-terms").get_text()
    details = {span["data-pagefind-meta"]: span["data-details"] for span in body.select("[data-details]")}
    assert details == {
        "details_zh[data-details]": "港城周刊 · 2023年5月10日",
        "details_en[data-details]": "港城周刊 · 10 May 2023",
    }
    assert parse_html(site / "en" / "sources" / "port-weekly.html").select_one("[data-pagefind-body]") is None


def test_the_site_carries_the_table_that_folds_a_traditional_query(site):
    pairs = (site / "assets" / "han-simplified.txt").read_text(encoding="utf-8")
    table = dict(zip(pairs[::2], pairs[1::2]))
    assert len(pairs) % 2 == 0 and len(table) > 2000
    assert table["務"] == "务" and table["碼"] == "码" and table["雲"] == "云" and "码" not in table


def test_a_full_text_article_that_does_not_exist_is_reported(tmp_path, capsys):
    _built(tmp_path, "full_text: [harbour-daly]\n")
    assert "site.yaml: warning: full_text names no article: harbour-daly" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("full_text: yes please", "full_text must be true, false, or a list of article ids"),
        ("images: link", "images must be drop (no pictures) or copy"),
        ("tag_names: [码头]", "tag_names must map each tag to its name in the other UI language"),
    ],
)
def test_a_wrong_source_setting_is_an_error_on_its_line(tmp_path, capsys, setting, message):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    (content / "site.yaml").write_text(f"title: 海港旧码头\n{setting}\n", encoding="utf-8")
    assert main(["build", "--content", str(content), "--out", str(tmp_path / "site")]) == 1
    assert f"site.yaml:2: {message}" in capsys.readouterr().err
