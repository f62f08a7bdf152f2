"""Tests for dateline.ingest: the demo articles, every format, encoding and date form, and bad input."""

from __future__ import annotations

import datetime as dt
import hashlib
import warnings
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from dateline.errors import ContentError
from dateline.extract import extract_mentions
from dateline.ingest import (
    detect_language,
    discover_articles,
    load_sidecar,
    normalise_language,
    parse_publication_date,
    read_article,
)
from dateline.ingest.listing import article_listing
from dateline.ingest.metadata import author_name
from dateline.ingest.reading import Piece
from dateline.ingest.story import story_paragraphs
from dateline.model import Article, SiteConfig
from dateline.pipeline import extraction_context

REPO = Path(__file__).resolve().parents[1]
CONTENT = REPO / "content"
ARTICLES = CONTENT / "articles"
FIXTURES = Path(__file__).resolve().parent / "fixtures" / "ingest"
CONFIG = SiteConfig(timezone="Asia/Shanghai")
SHANGHAI = ZoneInfo("Asia/Shanghai")


def read_demo(name: str) -> Article:
    return read_article(ARTICLES / name, CONTENT, CONFIG)


def read_fixture(name: str, config: SiteConfig = CONFIG) -> Article:
    return read_article(FIXTURES / name, FIXTURES, config)


def shanghai(*parts: int) -> dt.datetime:
    return dt.datetime(*parts, tzinfo=SHANGHAI)


def block_texts(article: Article, kind: str | None = None) -> list[str]:
    return [article.text[b.start : b.end] for b in article.blocks if b.kind != "img" and kind in (None, b.kind)]


def readable_fixtures() -> list[str]:
    unreadable = (
        "bad-",
        "binary",
        "fm-bad-date",
        "fm-impossible-date",
        "fm-list",
        "fm-python",
        "fm-syntax",
        "fm-tab",
        "fm-unterminated",
        "page-bad-date",
    )
    return sorted(
        path.name
        for path in FIXTURES.iterdir()
        if not path.name.endswith((".meta.yaml", "README.md")) and not path.name.startswith(unreadable)
    )


# --- the demo articles -----------------------------------------------------


def test_discover_finds_the_four_demo_articles_in_order_without_the_sidecar():
    found = discover_articles(ARTICLES)
    assert [path.name for path in found] == [
        "000_0479ffc1c70ac9ce.txt",
        "001_57c97ca1b2b2ab20.txt",
        "002_4639305ccd84224f.txt",
        "004_bc612d1e53061530.txt",
    ]


def test_demo_000_front_matter_with_html_body():
    article = read_demo("000_0479ffc1c70ac9ce.txt")
    assert article.id == "000_0479ffc1c70ac9ce"
    assert article.path == "content/articles/000_0479ffc1c70ac9ce.txt"
    assert article.format == "front-matter-html"
    assert article.title == "发现严重漏洞未及时报告，阿里云被暂停合作单位资格6个月"
    assert article.published == shanghai(2021, 12, 22, 19, 24, 15)
    assert article.publication_date == dt.date(2021, 12, 22)
    assert article.author == "观察者网"
    assert article.language == "zh-Hans"
    assert article.encoding == "utf-8"
    assert article.blocks[0].kind == "img"
    assert article.blocks[0].src == "https://i.guancha.cn/news/mainland/2021/12/22/20211222110829934.png"
    assert article.text.startswith("12月22日，据21世纪经济报道消息")
    assert any(text.startswith("（二）应当在2日内") for text in block_texts(article, "quote"))
    assert "工信部12月9日发现上述漏洞" in article.text
    assert article.content_hash == hashlib.sha256((ARTICLES / "000_0479ffc1c70ac9ce.txt").read_bytes()).hexdigest()


def test_demo_001_br_pairs_split_paragraphs_and_figures_give_images():
    article = read_demo("001_57c97ca1b2b2ab20.txt")
    assert article.title == "如何看待阿里云被暂停工信部网络安全威胁信息共享平台合作单位？"
    assert article.published == shanghai(2021, 12, 22, 20, 45, 36)
    assert block_texts(article)[0] == "非著名程序员的回答"
    assert "在 2021 年 7 月 12 日，工信部、网信办和公安部联合下发" in article.text
    assert [b.src for b in article.blocks if b.kind == "img"][:1] == [
        "https://pic1.zhimg.com/v2-824d4b1950a0efce0921b1ef63ceaa49_1440w.jpg"
    ]


def test_demo_002_scraped_plain_text_footer_boilerplate_and_byline():
    article = read_demo("002_4639305ccd84224f.txt")
    assert article.format == "text"
    assert article.title == "阿里云服务器老报漏洞 阿里云服务器老报漏洞怎么办"
    assert article.url == "http://chengdu.cdxwcx.cn/article/ddcccoh.html"
    assert not article.text.startswith("成都网站建设设计")
    assert "将想法与焦点和您一起共享" not in article.text
    assert article.text.startswith("阿里云未及时通报重大网络安全漏洞,会带来什么后果?")
    assert "本文题目" not in article.text and "本文来源" not in article.text
    assert (article.outlet, article.author) == ("观察者网", "吕栋")
    assert "【文/观察者网 吕栋】" not in article.text  # a byline: furniture, read as the author and outlet
    assert "未经授权" not in article.text  # the reprint notice too
    assert [(line.kind, line.text) for line in article.furniture] == [
        ("byline", "【文/观察者网 吕栋】"),
        ("copyright", "本文系观察者网独家稿件,未经授权,不得转载。"),
    ]
    assert (article.published, article.date_evidence) == (None, "")
    assert article.language == "zh-Hans"


def test_demo_004_markdown_export_with_sidecar_date():
    article = read_demo("004_bc612d1e53061530.txt")
    assert article.format == "markdown"
    assert article.title == "阿里又被重罚，这回做错了什么？"
    assert article.published == shanghai(2021, 12, 23)
    assert article.url.startswith("http://mp.weixin.qq.com/s?__biz=MzIzODMxNzQxNA==&mid=2247486255&idx=1")
    assert article.author == "镇长本人 大树乡长"
    assert article.text.startswith("昨天，阿里云因为未依法及时向工信部报告")
    assert article.title not in article.text
    assert "查看原网页" not in article.text and "mp.weixin.qq.com" not in article.text
    images = [b for b in article.blocks if b.kind == "img"]
    assert images[0].start == 0 and images[0].src.startswith("https://cubox.pro/c/filters:no_upscale()?imageUrl=")
    assert "事情发生后，已经有很多人写了些文章" in article.text  # bold paragraphs keep their text
    sidecar = ARTICLES / "004_bc612d1e53061530.meta.yaml"
    expected_hash = hashlib.sha256((ARTICLES / "004_bc612d1e53061530.txt").read_bytes() + sidecar.read_bytes())
    assert article.content_hash == expected_hash.hexdigest()


def test_demo_sidecar_gives_only_the_date_and_explains_it():
    sidecar = ARTICLES / "004_bc612d1e53061530.meta.yaml"
    assert load_sidecar(sidecar) == {"date": dt.date(2021, 12, 23)}
    assert "1640268565501" in sidecar.read_text(encoding="utf-8")


# --- whole HTML pages ------------------------------------------------------


def test_html_page_trusts_json_ld_over_og_and_title():
    article = read_fixture("page-jsonld.html")
    assert article.format == "html-page"
    assert article.title == "Apache patches Log4j flaw found by Alibaba engineer"
    assert article.published == shanghai(2021, 12, 23, 2, 30)  # 18:30 UTC is past midnight in Shanghai
    assert article.author == "Jane Doe, John Roe"
    assert article.outlet == "Example News"
    assert article.url == "https://news.example.com/2021/12/log4j.html"
    assert article.language == "en"
    assert block_texts(article)[0].startswith("An engineer at Alibaba Cloud reported the flaw to the Apache")
    assert "First line\nsecond line" in block_texts(article, "p")
    assert block_texts(article, "quote") == ["We take security seriously."]
    assert block_texts(article, "li") == ["Patch now.", "Check your logs."]
    images = [b for b in article.blocks if b.kind == "img"]
    assert [(b.src, b.alt) for b in images] == [("https://news.example.com/images/log4j.png", "The Log4j logo")]


def test_html_page_without_json_ld_uses_og_meta_and_html_lang():
    article = read_fixture("page-og.html")
    assert article.title == "工信部暂停阿里云合作单位资格"
    assert article.published == shanghai(2021, 12, 22, 19, 24, 15)
    assert (article.author, article.outlet) == ("张三", "示例新闻网")
    assert article.url == "https://news.example.cn/a/1.html"
    assert article.language == "zh-Hans"
    assert block_texts(article)[0].startswith("12月22日，工信部网络安全管理局通报称，阿里云发现阿帕奇 Log4j2组件")
    assert "导航文字" not in article.text and "页脚文字" not in article.text
    assert article.title not in article.text  # the <h1> repeating the title is not a block


@pytest.mark.parametrize(
    "marker",
    [
        "SCRIPT-TEXT",
        "STYLE-TEXT",
        "NOSCRIPT-TEXT",
        "TEMPLATE-TEXT",
        "COMMENT-TEXT",
        "INLINE-SCRIPT-TEXT",
        "HIDDEN-ATTRIBUTE-TEXT",
        "DISPLAY-NONE-TEXT",
        "ARIA-HIDDEN-TEXT",
        "HEADER-TEXT",
        "NAV-TEXT",
        "ASIDE-TEXT",
        "FORM-TEXT",
        "FOOTER-TEXT",
        "data:image",
        "javascript:",
    ],
)
def test_invisible_text_and_page_chrome_never_reach_the_text(marker):
    article = read_fixture("page-jsonld.html")
    assert marker not in article.text
    assert all(marker not in b.src for b in article.blocks)


def test_html_fragment_in_a_text_file_is_read_as_html():
    article = read_fixture("fragment-script.txt")
    assert (article.format, article.text) == ("html-page", "Visible words.")


def test_misnested_html_gives_the_blocks_a_browser_shows():
    article = read_fixture("misnested.html")
    assert block_texts(article) == [
        "alpha",
        "beta",
        "gamma",
        "delta",
        "one",
        "two",
        "left right",
        "x\ny & z w",
        "unclosed bold italic",
        "last paragraph",
    ]
    assert [b.kind for b in article.blocks][4:6] == ["li", "li"]


def test_deeply_nested_html_is_read_without_recursion():
    assert read_fixture("deep-nesting.html").text == "Deep text."


def test_unreadable_page_date_points_at_its_meta_tag():
    with pytest.raises(ContentError) as caught:
        read_fixture("page-bad-date.html")
    assert (caught.value.path, caught.value.line) == ("ingest/page-bad-date.html", 5)
    assert "last Tuesday" in caught.value.message


# --- other formats -----------------------------------------------------------


def test_front_matter_with_markdown_body():
    article = read_fixture("fm-markdown.txt")
    assert article.format == "front-matter-markdown"
    assert article.title == "A Markdown body"
    assert article.published == shanghai(2021, 12, 23)  # PyYAML's datetime.date: midnight in the site zone
    assert article.language == "en"  # en-GB
    assert article.outlet == "Example Wire"  # `source:` that is not an address names the outlet
    assert block_texts(article) == [
        "First paragraph with bold text wrapped on two lines.",
        "one item",
        "another item",
        "A quoted line.",
    ]
    assert [b.kind for b in article.blocks] == ["p", "li", "li", "quote"]


def test_markdown_file_with_setext_title():
    article = read_fixture("english.md")
    assert (article.format, article.title, article.language) == ("markdown", "Apache releases a fix", "en")
    assert [b.kind for b in article.blocks] == ["p", "img", "p"]
    assert article.blocks[1].src == "https://example.com/diagram.png"


def test_plain_text_with_a_headline_first_and_a_labelled_date():
    article = read_fixture("headline-first.txt")
    assert article.title == "阿里云因未及时报告严重漏洞被处罚"
    assert article.published == shanghai(2021, 12, 23, 8, 30)
    assert article.text == "近期，工信部网络安全管理局通报称，阿里云发现漏洞后未及时报告。"


def test_a_page_header_above_the_headline_is_neither_title_nor_date():
    article = read_fixture("scraped-header-chrome.txt")
    assert article.title == "Market Chatter for Wednesday November 28, 2012"
    assert article.furniture[0].text == "Thursday, May 16, 2024" and article.author == ""


def test_a_headline_printed_again_under_its_date_line_is_said_once():
    article = read_fixture("scraped-wire.txt")
    assert article.title == "Harbour Telecom shares rise after it says to buy rival"
    assert article.title not in article.text
    assert "1 Min Read" not in article.text
    assert [line.kind for line in article.furniture] == ["dateline", "reading-time"]


def test_a_chinese_edition_page_gives_its_date_source_and_reporters():
    article = read_fixture("scraped-zh-edition.txt")
    assert (article.title, article.outlet, article.author) == ("大桥通车启新程", "东方日报 要闻", "张三 李四")
    assert article.text.startswith("东方日报江城7月8日电")


def test_whitespace_line_breaks_and_cjk_joining():
    article = read_fixture("whitespace.txt")
    assert block_texts(article) == [
        "工信部网络安全管理局通报称，阿里云 发现了漏洞。Log4j2 组件 is widely used.",
        "第一行\n第二行",
        "第三段",
        "小标题",
        "一",
        "二",
        "二之一",
        "二之二",
        "文字继续",
        "line one\nline two",
    ]
    assert [b.kind for b in article.blocks] == ["p", "p", "p", "h", "li", "li", "li", "li", "p", "img", "p"]
    image = article.blocks[9]
    assert (image.start, image.end, image.alt) == (article.blocks[8].end, article.blocks[8].end, "行内图")
    assert article.published == shanghai(2021, 12, 22, 12, 43, 42)  # naive: already site time


def test_a_block_set_one_character_at_a_time_is_read_without_the_spaces(tmp_path):
    page = tmp_path / "spaced.html"
    page.write_text(
        "<html><body><article><h1>深 圳 富 士 康 再 有 員 工 墮 樓</h1>"
        "<p>深 圳 富 士 康 今 日 再 有 員 工 墮 樓 身 亡 。 今 年 至 今 已 有 1\n1 名 員 工 墮 樓 。</p>"
        "<p>苹果 iPhone 15 发布 了 新 功能，用户 可以 在 设置 中 打开。</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(page, tmp_path, CONFIG)
    assert article.title == "深圳富士康再有員工墮樓"
    assert block_texts(article) == [
        "深圳富士康今日再有員工墮樓身亡。今年至今已有11名員工墮樓。",
        "苹果 iPhone 15 发布 了 新 功能，用户 可以 在 设置 中 打开。",  # words spaced apart, not letters: as written
    ]


@pytest.mark.parametrize("name", readable_fixtures())
def test_offsets_slice_each_block_out_of_the_text(name):
    article = read_fixture(name)
    texts = []
    previous_end = 0
    for block in article.blocks:
        assert block.start >= previous_end
        if block.kind == "img":
            assert block.start == block.end and block.src.startswith(("http://", "https://"))
            continue
        piece = article.text[block.start : block.end]
        assert piece and piece == piece.strip() and "\n\n" not in piece
        texts.append(piece)
        previous_end = block.end
    assert article.text == "\n\n".join(texts)
    assert "\r" not in article.text


@pytest.mark.parametrize(
    "name",
    ["000_0479ffc1c70ac9ce.txt", "001_57c97ca1b2b2ab20.txt", "002_4639305ccd84224f.txt", "004_bc612d1e53061530.txt"],
)
def test_offsets_in_the_demo_articles(name):
    article = read_demo(name)
    texts = [article.text[b.start : b.end] for b in article.blocks if b.kind != "img"]
    assert all(text and "\n\n" not in text for text in texts)
    assert article.text == "\n\n".join(texts)


# --- publication dates -------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Wed, 22 Dec 2021 11:24:15 GMT", shanghai(2021, 12, 22, 19, 24, 15)),
        ("Wed, 22 Dec 2021 18:30:00 +0000", shanghai(2021, 12, 23, 2, 30)),
        ("2021-12-22T18:30:00Z", shanghai(2021, 12, 23, 2, 30)),
        ("2021-12-22T12:43:42+08:00", shanghai(2021, 12, 22, 12, 43, 42)),
        ("2021-12-22T12:43:42", shanghai(2021, 12, 22, 12, 43, 42)),
        ("2021-12-22", shanghai(2021, 12, 22)),
        ("2021-12-22 12:43:42", shanghai(2021, 12, 22, 12, 43, 42)),
        ("2021/12/22", shanghai(2021, 12, 22)),
        ("2021/12/22 12:43", shanghai(2021, 12, 22, 12, 43)),
        ("2021年12月22日", shanghai(2021, 12, 22)),
        ("2021年12月22日 12:43", shanghai(2021, 12, 22, 12, 43)),
        ("２０２１年１２月２２日", shanghai(2021, 12, 22)),
        ("Wed Dec 22 12:43:42 CST 2021", shanghai(2021, 12, 22, 12, 43, 42)),  # a computer's clock
        ("2021年12月22日, 格林尼治标准时间10:41", shanghai(2021, 12, 22, 18, 41)),  # Greenwich Mean Time
        ("2021年12月22日 北京时间12:43", shanghai(2021, 12, 22, 12, 43)),
        (dt.date(2021, 12, 23), shanghai(2021, 12, 23)),
        (dt.datetime(2021, 12, 22, 12, 43, 42), shanghai(2021, 12, 22, 12, 43, 42)),
        (dt.datetime(2021, 12, 22, 18, 30, tzinfo=dt.UTC), shanghai(2021, 12, 23, 2, 30)),
    ],
)
def test_publication_date_forms(value, expected):
    parsed = parse_publication_date(value, "Asia/Shanghai", utc_written_in="Asia/Shanghai")
    assert parsed == expected
    assert parsed.tzinfo is not None and parsed.utcoffset() == dt.timedelta(hours=8)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("11-22-2014", dt.datetime(2014, 11, 22)),  # month first with hyphens, as `11/22/2014`
        ("2014-12-17 (16:31)", dt.datetime(2014, 12, 17, 16, 31)),
        ("11:47 IST(11/1/2008)", dt.datetime(2008, 11, 1, 11, 47)),
        ("Thu, 2008-01-17 15:17", dt.datetime(2008, 1, 17, 15, 17)),
        ("12 Jan, 2016, 10.34PM IST", dt.datetime(2016, 1, 12, 22, 34)),
        ("05.24.16 5:42 AM", dt.datetime(2016, 5, 24, 5, 42)),
        ("Apr 24, 2016, 3:30p", dt.datetime(2016, 4, 24, 15, 30)),
        ("05 Jan,2015 ,12:53:17", dt.datetime(2015, 1, 5, 12, 53, 17)),  # no space after the comma, one before
    ],
)
def test_more_written_stamps_are_read(value, expected):
    assert parse_publication_date(value, "UTC").replace(tzinfo=None) == expected


@pytest.mark.parametrize(
    ("value", "day", "offset"),
    [
        ("2023-06-07T20:54:26.829Z", dt.date(2023, 6, 7), 0),
        ("2016-12-22T10:43:37-08:00", dt.date(2016, 12, 22), -8),
        ("Thu, 22 Dec 2016 23:10:00 -0500", dt.date(2016, 12, 22), -5),
        (dt.datetime(2021, 12, 22, 18, 30, tzinfo=dt.UTC), dt.date(2021, 12, 22), 0),
    ],
)
def test_a_time_that_states_its_zone_keeps_the_day_it_was_written(value, day, offset):
    """In Shanghai these are the next day; the writer dated them the day before, and `yesterday` counts from it."""
    parsed = parse_publication_date(value, "Asia/Shanghai")
    assert parsed.date() == day and parsed.utcoffset() == dt.timedelta(hours=offset)


def test_a_utc_time_on_a_chinese_page_is_read_where_chinese_news_is_written(tmp_path):
    page = """<html><head><title>工信部通报</title>
<meta property="article:published_time" content="2021-12-22T18:30:00Z"></head>
<body><article><h1>工信部通报</h1><p>昨天，工信部通报了阿里云的问题。</p></article></body></html>"""
    english = page.replace("工信部通报了阿里云的问题", "the ministry suspended the partnership").replace(
        "昨天", "Yesterday"
    )
    (tmp_path / "zh.html").write_text(page, encoding="utf-8")
    (tmp_path / "en.html").write_text(english.replace("工信部通报", "Ministry acts"), encoding="utf-8")
    chinese_article = read_article(tmp_path / "zh.html", tmp_path, CONFIG)
    english_article = read_article(tmp_path / "en.html", tmp_path, CONFIG)
    assert (chinese_article.language, english_article.language) == ("zh-Hans", "en")
    assert chinese_article.publication_date == dt.date(2021, 12, 23)  # 02:30 in Beijing
    assert english_article.publication_date == dt.date(2021, 12, 22)  # as stated


@pytest.mark.parametrize(
    ("key", "address", "day"),
    [
        ("from", "https://news.example.com/a/shooting-20210318/5819936.html", dt.date(2021, 3, 18)),
        ("url", "https://news.example.com/cn/20210318-talks-end", dt.date(2021, 3, 18)),
        ("url", "https://news.example.com/a/5819936.html", dt.date(2021, 3, 19)),  # no day in it: UTC+8
    ],
)
def test_a_reposts_utc_time_takes_the_day_its_address_prints(tmp_path, key, address, day):
    """A Chinese story written in Washington, reposted with its UTC time (`20:41Z`, the next morning in Shanghai):
    its address says the writer's day."""
    (tmp_path / "repost.md").write_text(
        f"---\ntitle: 拜登下令降半旗\ndate: 2021-03-18T20:41:57.000Z\n{key}: {address}\n---\n\n"
        "白宫周四宣布，拜登总统下令全国降半旗，悼念枪击案的死难者。\n",
        encoding="utf-8",
    )
    article = read_article(tmp_path / "repost.md", tmp_path, CONFIG)
    assert (article.url, article.publication_date) == (address, day)


def test_a_pages_date_days_after_the_date_in_its_address_gives_way_to_the_address(tmp_path):
    page = """<html><head><title>Police commander defects</title>
<link rel="canonical" href="https://news.example.com/2012/07/24/police-commander-defects">
<meta name="date" content="{date}"></head>
<body><article><h1>Police commander defects</h1>
<p>More than a dozen members of the national police defected to the insurgents on Tuesday, officials said.</p>
</article></body></html>"""
    (tmp_path / "made-later.html").write_text(page.format(date="July 31, 2012, 2:39 pm"), encoding="utf-8")
    (tmp_path / "next-day.html").write_text(page.format(date="July 25, 2012"), encoding="utf-8")
    made_later = read_article(tmp_path / "made-later.html", tmp_path, CONFIG)
    assert (made_later.publication_date, made_later.date_evidence) == (
        dt.date(2012, 7, 24),
        "URL: https://news.example.com/2012/07/24/police-commander-defects",
    )
    assert read_article(tmp_path / "next-day.html", tmp_path, CONFIG).publication_date == dt.date(2012, 7, 25)


def test_a_meta_named_published_dates_the_page(tmp_path):
    page = """<html><head><title>Two charged</title><meta name="published" content="Tue Jul 24 04:07:31 PDT 2012">
</head><body><article><h1>Two charged</h1>
<p>British authorities on Tuesday charged a former aide with conspiracy, prosecutors said.</p>
<p>CBS This Morning, June 13, 2012. (AP)</p></article></body></html>"""
    (tmp_path / "a.html").write_text(page, encoding="utf-8")
    assert read_article(tmp_path / "a.html", tmp_path, CONFIG).publication_date == dt.date(2012, 7, 24)


def test_publication_date_follows_the_site_timezone():
    assert parse_publication_date("Wed, 22 Dec 2021 18:30:00 GMT", "UTC").date() == dt.date(2021, 12, 22)
    article = read_fixture("page-jsonld.html", SiteConfig(timezone="UTC"))
    assert article.published == dt.datetime(2021, 12, 22, 18, 30, tzinfo=ZoneInfo("UTC"))


@pytest.mark.parametrize("value", ["yesterday", "2021-13-45", "", "12/22", 20211222])
def test_unreadable_dates_raise_value_error(value):
    with pytest.raises(ValueError):
        parse_publication_date(value, "Asia/Shanghai")


# --- which evidence dates an article ----------------------------------------


@pytest.mark.parametrize(
    ("name", "date", "evidence"),
    [
        ("000_0479ffc1c70ac9ce.txt", dt.date(2021, 12, 22), "front matter"),
        ("001_57c97ca1b2b2ab20.txt", dt.date(2021, 12, 22), "front matter"),
        ("002_4639305ccd84224f.txt", None, ""),  # states none: its relative dates wait for a sidecar
        ("004_bc612d1e53061530.txt", dt.date(2021, 12, 23), "sidecar"),
    ],
)
def test_demo_articles_keep_their_dates_and_say_where_from(name, date, evidence):
    article = read_demo(name)
    assert (article.publication_date, article.date_evidence) == (date, evidence)


@pytest.mark.parametrize(
    ("name", "published", "evidence"),
    [
        ("page-jsonld-caption.html", shanghai(2022, 3, 18, 9, 12), "JSON-LD datePublished"),
        ("page-updated-later.html", shanghai(2019, 6, 3, 22, 5), "<meta property=article:published_time>"),
        ("page-time-header.html", shanghai(2021, 12, 22, 12, 43), "<time> in the article header"),
        (
            "page-published-updated-ago.html",
            shanghai(2022, 1, 7, 10, 42),
            "date line: Published 10:42 AM EST, Fri January 7, 2022 | Updated: 29 minutes ago",
        ),
        (
            "page-date-line.html",
            shanghai(2022, 4, 15, 14, 31, 9),
            "date line: 发布时间：2022-04-15 14:31:09 来源：东方都市报 作者：王芳",
        ),
        ("page-hant-date-line.html", shanghai(2022, 1, 27, 8, 15), "date line: 發佈時間：2022年01月27日 08:15"),
        ("page-bare-date-line.html", shanghai(2022, 5, 23, 21, 40), "date line: 23/5/2022 21:40"),
        ("page-wechat.html", shanghai(2021, 12, 23, 22, 9), "date line: 大树乡长镇长本人 2021-12-23 22:09"),
        ("page-url-date.html", shanghai(2021, 12, 22), "URL: https://www.example-daily.cn/news/2021/12/22/a8812.html"),
        ("scraped-furniture.txt", shanghai(2022, 1, 7), "date line: Jan 7, 2022 · 8 min read"),
        (
            "scraped-furniture-zh.txt",
            shanghai(2021, 12, 22, 12, 43),
            "date line: 2021-12-22 12:43 来源：东方都市报 作者：王芳",
        ),
        (
            "export-furniture.md",
            shanghai(2021, 12, 22),
            "date line: By Tom Ashby | Published: 22 December 2021 | Updated: 23 December 2021",
        ),
        ("headline-first.txt", shanghai(2021, 12, 23, 8, 30), "date line: 发布时间：2021年12月23日 08:30"),
        ("scraped-wire.txt", shanghai(2012, 10, 2, 0, 15), "date line: October 2, 2012 / 12:15 AM / in 5 years"),
        ("scraped-zh-edition.txt", shanghai(2025, 7, 9), "date line: ( 2025-07-09 ) 稿件来源:东方日报 要闻"),
        # the page's header shows the day it was saved; the headline of a daily column says its day
        (
            "scraped-header-chrome.txt",
            shanghai(2012, 11, 28),
            "headline: Market Chatter for Wednesday November 28, 2012",
        ),
        ("page-update-only.html", shanghai(2023, 2, 1, 10), "update stamp only: 更新时间：2023-02-01 10:00"),
        (
            "page-modified-only.html",
            shanghai(2023, 11, 20, 16),
            "update stamp only: <meta property=article:modified_time>",
        ),
        # the page's header shows the day it was saved; the article's update stamp is before it, so nearer
        (
            "page-header-date-and-update.html",
            dt.datetime(2007, 12, 31, 0, 44, tzinfo=dt.UTC),
            "update stamp only: Last Updated: 12:44am GMT 31/12/2007",
        ),
        # Never a caption, a copyright year or another article's date in a related list:
        ("page-no-date.html", None, ""),
        ("page-related-dates.html", None, ""),
    ],
)
def test_the_publication_date_comes_from_the_right_evidence_and_says_which(name, published, evidence):
    article = read_fixture(name)
    assert (article.published, article.date_evidence) == (published, evidence)


def test_the_date_line_in_an_article_header_dates_it_but_the_site_header_does_not():
    article = read_fixture("page-article-header.html")  # the masthead shows the day it was saved: March 3, 2022
    assert (article.publication_date, article.date_evidence) == (
        dt.date(2020, 2, 14),
        "date line: By Tom Ashby · 14 February 2020 · 4 min read",
    )
    assert article.author == "Tom Ashby"
    assert block_texts(article) == [
        "The harbour tunnel opened to traffic on Friday morning, two years after work began.",
        "About 30,000 vehicles a day are expected to use it, the city said.",
    ]
    assert [line.kind for line in article.furniture] == ["byline", "copyright"]


def test_htmldate_reads_the_page_metadata_ours_does_not():
    article = read_fixture("page-htmldate.html")  # OriginalPublicationDate; JSON-LD that is not valid JSON
    assert (article.published, article.date_evidence) == (shanghai(2021, 12, 22), "page metadata (htmldate)")


@pytest.mark.parametrize(
    "head,evidence",
    [
        ('<meta name="pub_date" content="20110920">', "<meta name=pub_date>"),
        (
            '<script type="application/ld+json">{"@context": "http://schema.org", "type": "Article",'
            ' "datePublished": "Tue, 20 Sep 2011 14:04:53 -0400"}</script>',
            "JSON-LD datePublished",
        ),
    ],
)
def test_a_pages_date_from_a_pub_date_meta_or_json_ld_typed_without_its_at(tmp_path, head, evidence):
    article = _page(tmp_path, f"<title>Bus lanes</title>{head}", f"<article>{BUS_LANES_STORY}</article>")
    assert (article.publication_date, article.date_evidence) == (dt.date(2011, 9, 20), evidence)


@pytest.mark.parametrize("placeholder", ["0001-01-01T00:00:00Z", "1970-01-01T00:00:00Z"])
def test_a_placeholder_date_in_the_page_metadata_is_no_evidence(tmp_path, placeholder):
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "page.html"
    page.write_text(
        '<html><head><script type="application/ld+json">'
        f'{{"@type": "NewsArticle", "datePublished": "{placeholder}"}}</script></head>'
        "<body><article><h1>Teachers rally at the Statehouse</h1><p>Published: November 19, 2019</p>"
        "<p>Thousands of teachers rallied on Tuesday.</p></article></body></html>",
        encoding="utf-8",
    )
    article = read_article(page, tmp_path / "content", CONFIG)
    assert (article.publication_date, article.date_evidence) == (
        dt.date(2019, 11, 19),
        "date line: Published: November 19, 2019",
    )


def test_htmldate_never_answers_with_a_modification_date_or_a_copyright_year(tmp_path):
    (tmp_path / "content").mkdir()
    page = tmp_path / "content" / "page.html"
    page.write_text(
        '<html><head><meta itemprop="copyrightYear" content="2019">'
        '<meta name="last-modified" content="2023-03-01"></head>'
        "<body><p>Nothing here says when this was published.</p></body></html>",
        encoding="utf-8",
    )
    article = read_article(page, tmp_path / "content", CONFIG)
    assert (article.published, article.date_evidence) == (
        shanghai(2023, 3, 1),
        "update stamp only: <meta name=last-modified>",
    )


def test_a_date_element_outside_the_story_dates_a_page_nothing_else_dates(tmp_path):
    story = "".join(
        f"<p>A Dublin court on Monday heard indictments against two former bank executives, part {n}.</p>"
        for n in range(4)
    )
    article = _page(
        tmp_path,
        "<title>Executives charged</title>",
        '<ul class="meta"><li class="dateStamp">July 23, 2012, 4:29 p.m. ET</li></ul>'
        f"<article><h1>Executives charged</h1>{story}</article><footer><p>Copyright 2013</p></footer>",
    )
    assert (article.publication_date, article.date_evidence) == (
        dt.date(2012, 7, 23),
        "a date element of the page (htmldate)",
    )


def test_a_date_alone_in_an_element_marked_as_a_time_dates_a_page_nothing_else_dates(tmp_path):
    story = "".join(f"<p>The column gave an incorrect date for a magazine article, part {n}.</p>" for n in range(4))
    columns = "".join(
        f"<tr><td><div class='TimestampEd12'>January {day}, 2005</div><a href='/c{day}'>Column</a></td></tr>"
        for day in (20, 13)
    )
    article = _page(
        tmp_path,
        "<title>Digging In</title>",
        f"<table><tr><td class='TimestampEd'> January 27, 2005</td><td><a href='/boot'>Max Boot</a></td></tr>"
        f"<tr><td>{story}</td></tr></table><table>{columns}</table>",
    )
    assert (article.publication_date, article.date_evidence) == (dt.date(2005, 1, 27), "a date element of the page")


@pytest.mark.parametrize(
    ("stamp", "copyright", "date"),
    [
        ("Thu Aug 25, 6:49 AM ET", "Copyright © 2005 Example Press. All rights reserved.", dt.date(2005, 8, 25)),
        # a page made in January for a story of December: the year before the copyright's
        ("Wednesday December 29 2:04 AM ET", "Copyright © 2000-2011 Example Press.", dt.date(2010, 12, 29)),
        ("Thu Aug 25, 6:49 AM ET", "Copyright © 2008 Example Press.", None),  # no Thursday in 2008 or 2007
        ("Thu Aug 25, 6:49 AM ET", "", None),  # no year anywhere to take
    ],
)
def test_a_date_line_without_its_year_takes_the_copyright_years_where_its_weekday_falls(tmp_path, stamp, copyright, date):
    story = "".join(f"<p>Officials said on Wednesday that the plan would go ahead, in part {n}.</p>" for n in range(4))
    article = _page(
        tmp_path,
        "<title>Harbour plan</title>",
        f"<h1>Harbour plan</h1><p>{stamp}</p>{story}<p>{copyright}</p>",
    )
    assert article.publication_date == date
    if date is not None:
        assert article.date_evidence.startswith(f"date line without its year: {stamp}")


def test_a_page_whose_elements_mark_no_date_stays_undated(tmp_path):
    article = _page(
        tmp_path,
        "<title>Notes</title>",
        "<article><h1>Notes</h1><p>Nothing here says when this was published, though 2012 is mentioned.</p></article>",
    )
    assert article.published is None


def test_a_date_at_the_end_of_the_title_dates_the_page_and_leaves_the_title(tmp_path):
    article = _page(
        tmp_path,
        "<title>Expert: Katrina could unleash disaster - Aug 29, 2005</title>",
        "<p>Flooding from the hurricane could wreak catastrophe on the city, an expert said on Monday.</p>",
    )
    assert (article.publication_date, article.date_evidence) == (dt.date(2005, 8, 29), "<title>")
    assert article.title == "Expert: Katrina could unleash disaster"


def test_an_update_stamp_years_later_is_not_the_date():
    article = read_fixture("page-updated-later.html")  # article:modified_time and "Updated November 20, 2023"
    assert article.publication_date == dt.date(2019, 6, 3)
    article = read_fixture("page-time-header.html")  # 本文最后修改：2024-05-01 09:30 更新
    assert article.publication_date == dt.date(2021, 12, 22)
    assert [(line.kind, line.text) for line in article.furniture] == [
        ("dateline", "2021-12-22 12:43"),
        ("update", "本文最后修改：2024-05-01 09:30 更新"),
    ]  # the header's, the foot's
    assert "2024" not in article.text


def test_a_caption_with_an_older_year_stays_out_of_the_text_and_the_date():
    article = read_fixture("page-jsonld-caption.html")
    assert "资料照" not in article.text and "2016" not in article.text
    assert [line.kind for line in article.furniture] == ["navigation", "caption", "copyright"]  # a menu of links
    assert article.text.startswith("记者3月17日从市港务局获悉")
    assert (article.author, article.outlet) == ("周晓", "东方都市报")


def test_a_scraped_page_keeps_its_story_and_gives_its_furniture_as_metadata():
    article = read_fixture("scraped-furniture.txt")
    assert article.title == "Ferry operator cuts winter timetable"
    assert article.author == "Maria Lopez"
    assert block_texts(article) == [
        "The island ferry operator said on Friday it would cut its winter timetable by a third from next month, "
        "citing falling passenger numbers.",
        "Passenger numbers fell 12% in the year to December, according to figures the company published on Thursday.",
        "On Friday, the company said it would review the timetable again in the spring.",
    ]
    assert [line.kind for line in article.furniture] == [
        "navigation",
        "byline",
        "dateline",
        "share",
        "share",
        "recommended",
        "recommended",
        "recommended",
        "recommended",
        "recommended",
        "copyright",
    ]


def test_a_scraped_chinese_page_keeps_its_story_and_gives_its_furniture_as_metadata():
    article = read_fixture("scraped-furniture-zh.txt")
    assert (article.title, article.author, article.outlet) == ("城东新区新开3条公交线路", "王芳", "东方都市报")
    assert block_texts(article) == [
        "12月22日，记者从市交通局获悉，城东新区今天起新开3条公交线路，首班车6时发车。",
        "市交通局有关负责人表示，明年将根据客流情况调整线路。",
        "同日，市地铁集团也公布了5号线南延段的建设进度。",  # 同日 now counts from the date line's 2021-12-22
    ]
    kinds = [line.kind for line in article.furniture]
    assert kinds == [
        "navigation",
        "dateline",
        "reading-time",
        "caption",
        "byline",
        "update",
        "share",
        "recommended",
        "recommended",
        "recommended",
        "copyright",
    ]


def test_markdown_furniture_is_read_like_any_other():
    article = read_fixture("export-furniture.md")
    assert article.author == "Tom Ashby"
    assert block_texts(article) == [
        "The regulator said on Wednesday it had suspended the partnership for six months.",
        "The provider said it would work with the regulator to restore the partnership.",
    ]
    assert [b.kind for b in article.blocks] == ["p", "img", "p"]
    assert [line.kind for line in article.furniture] == [
        "byline",
        "caption",
        "share",
        "recommended",
        "recommended",
        "recommended",
    ]


def test_a_page_printed_below_its_chrome_starts_at_its_headline():
    article = read_fixture("page-chrome-above-headline.html")  # a ticker and menus above the headline
    assert article.title == "江畔新城地铁三号线延长运营时间"  # as printed, without the <title>'s site name
    assert article.text.startswith("记者从市交通局获悉")
    assert article.text.endswith("另行公布。")
    # the date line under the headline dates it; the share bar set a button a line is furniture
    assert (article.published, article.outlet) == (shanghai(2020, 2, 19, 20, 29, 58), "东川日报")
    assert article.date_evidence.startswith("date line: 2020-02-19 20:29:58")
    kinds = [line.kind for line in article.furniture]
    assert kinds.count("share") >= 6 and "navigation" in kinds


def test_an_unlabelled_name_before_a_date_in_brackets_is_the_outlet_dating_the_page(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>春耕备耕有序推进</title></head><body><div>首页 | 要闻 | 财经</div>"
        "<h1>春耕备耕有序推进</h1><div>东川网农业频道 ( 2012-06-04 09:20:26 ) 稿件来源：东川日报</div>"
        "<p>6月3日上午，全省春耕备耕现场会在南湖县召开，各地农技人员到田间指导播种。</p></body></html>",
        encoding="utf-8",
    )
    article = read_article(page, tmp_path, CONFIG)
    assert (article.published, article.author, article.outlet) == (
        shanghai(2012, 6, 4, 9, 20, 26),
        "",
        "东川网农业频道",
    )


def _page(tmp_path, head: str, body: str) -> Article:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return read_article(page, tmp_path, CONFIG)


STORY_HTML = "<p>9月20日，全省金融知识普及活动在常德启动，志愿者在广场向市民讲解存款保险和个人征信知识。</p>"


def test_words_of_two_inline_elements_the_page_sets_apart_stay_apart(tmp_path):
    body = (
        "<p>The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said.</p>"
        "<p><a href='/a'>Once A Skeptic, She Changed Her Mind</a><span>February 4, 2015</span></p>"
        "<p><span>Reggie Reiner</span><span><i></i>December 9, 2020</span></p>"
        "<p>The <span>iPhone</span> and Mc<span>Donald</span>'s <em>un</em>believable menu.</p>"
    )
    article = _page(tmp_path, "<title>Bus lanes</title>", body)
    text = "\n".join([article.text] + [line.text for line in article.furniture])
    assert "Her Mind February 4, 2015" in text and "Reggie Reiner December 9, 2020" in text
    assert "The iPhone and McDonald's unbelievable menu." in text  # no word cut where no capital starts one


def test_a_linked_image_that_opens_a_paragraph_stays_above_its_text(tmp_path):
    story = "<p>The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said today.</p>"
    body = story + "<p><a href='/photo'><img src='https://example.com/lanes.jpg' alt='Bus lanes'></a>The new lanes on Main Street.</p>" + story
    kinds = [block.kind for block in _page(tmp_path, "<title>Bus lanes</title>", body).blocks]
    assert kinds == ["p", "img", "p", "p"]


def test_the_day_a_script_shows_in_the_publication_element_dates_a_page_that_shows_only_its_age(tmp_path):
    script = (
        '<script>!function(e){var t="1601870276",s="1601869794",o="2020-10-05";'
        'e(t,s,o,document.getElementById("publish_time"));}(function(e,t,s,o){});</script>'
    )
    stamp = "<div><span>红星新闻</span> <em id='publish_time'>Today</em></div>"
    article = _page(tmp_path, "<title>医院门口出车祸</title>", f"{stamp}{STORY_HTML}{script}")
    assert (article.publication_date, article.date_evidence) == (
        dt.date(2020, 10, 5),
        "the script that shows the page's publication date",
    )
    assert "Today" not in article.text
    # a script with the days of several things (a page's list of articles) dates nothing
    listed = script.replace('o="2020-10-05"', 'o="2020-10-05",p="2020-09-30"')
    assert _page(tmp_path, "<title>医院门口出车祸</title>", f"{stamp}{STORY_HTML}{listed}").publication_date is None


def test_the_first_date_published_on_the_page_is_its_own_not_a_listed_articles(tmp_path):
    listed = "".join(
        f'<li itemscope itemtype="http://schema.org/NewsArticle"><a href="/n{n}">Other story {n}</a>'
        f'<meta itemprop="datePublished" content="2014-11-{20 - n}T16:00:49Z"></li>'
        for n in range(3)
    )
    article = _page(
        tmp_path,
        "<title>Holiday films</title>",
        '<article><h1>Holiday films</h1><time itemprop="datePublished" datetime="2014-12-29T16:00-05:00">'
        "Published December 29, 2014</time><p>The film opens on Dec. 31 in three cities, the studio said.</p>"
        f"</article><aside><ul>{listed}</ul></aside>",
    )
    assert (article.publication_date, article.date_evidence) == (dt.date(2014, 12, 29), "itemprop=datePublished")


def test_a_chinese_story_ends_with_its_editors_line(tmp_path):
    teasers = "".join(f"<div><a href='/n{n}'>苹果秋季发布会明日揭晓 第{n}期</a></div>" for n in range(3))
    article = _page(
        tmp_path,
        "<title>金融知识进万家</title>",
        STORY_HTML + "<p>活动持续到本月底，各网点均设有咨询台，市民可就近参加。</p><p>责任编辑：郭明煜</p>"
        "<div>我要反馈</div><div>0条评论|0人参与网友评论</div>" + teasers,
    )
    assert article.text.split("\n\n")[-1] == "活动持续到本月底，各网点均设有咨询台，市民可就近参加。"
    assert [line.kind for line in article.furniture if "明日" in line.text] == ["after-story"] * 3


@pytest.mark.parametrize(
    "credits",
    [
        "Associated Press writers Jovana Gec and Raf Casert contributed.",
        "(Reporting by Adriana Barrera; Editing by Sandra Maler)",
    ],
)
def test_a_wire_story_ends_with_the_line_crediting_its_reporters(tmp_path, credits):
    story = "".join(
        f"<p>ZAGREB, Croatia (AP) — Fireworks lit the sky on Monday as the country joined the bloc, part {n}.</p>"
        for n in range(3)
    )
    teasers = "".join(
        f"<div><h3>Other story {n}</h3><p>BEIJING (Reuters) - China accused its neighbour on Thursday of stirring up"
        f" trouble over a chain of reefs, part {n}.</p><p>Reuters</p></div>"
        for n in range(3)
    )
    article = _page(tmp_path, "<title>Croatia joins</title>", f"<div>{story}<p>{credits}</p></div>{teasers}")
    assert "Thursday" not in article.text and "part 2." in article.text


def test_a_chinese_story_ends_with_its_source_and_editors_line_glued_together(tmp_path):
    teaser = "<p>阅读下一篇：昨天（6日），华为心声社区发布了任正非接受纪录片采访的视频，他在采访中谈到了很多问题。</p>"
    article = _page(
        tmp_path,
        "<title>金融知识进万家</title>",
        STORY_HTML * 3 + "<p>本文来源：新京报责任编辑：杜硕_NB12556</p>" + teaser * 2,
    )
    assert "华为" not in article.text


@pytest.mark.parametrize("heading", ["12 Comments", "46 Comments on “Can 187,586 Buyers Be Wrong?”"])
def test_a_pages_comments_begin_at_their_heading(tmp_path, heading):
    story = "".join(
        f"<p>The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said, part {n}.</p>"
        for n in range(3)
    )
    comments = "".join(
        f"<p>Reader {n}: I drove that road on Saturday and the new lanes will only make the traffic worse, "
        "believe me, as anyone who lives here knows.</p>"
        for n in range(3)
    )
    article = _page(tmp_path, "<title>Bus lanes</title>", story + f"<h3>{heading}</h3>" + comments)
    assert "Saturday" not in article.text and article.text.endswith("part 2.")
    assert [line.kind for line in article.furniture if "Reader" in line.text] == ["after-story"] * 3


@pytest.mark.parametrize("in_an_article", [True, False])
@pytest.mark.parametrize("heading", ["下一篇新聞：", "更多即時新聞", "Next Article", "Previous Post"])
def test_the_links_to_the_next_article_and_the_news_feed_end_the_story(tmp_path, heading, in_an_article):
    others = "".join(
        f"<div><a href='/n/{n}'>Flood warning lifted</a></div><div>The weather office lifted its warning on "
        f"Saturday after the river fell below its banks overnight, item {n}.</div><div>Local</div>"
        for n in range(3)
    )
    body = BUS_LANES_STORY + f"<div>{heading}</div>" + others
    article = _page(tmp_path, "<title>Bus lanes</title>", f"<article>{body}</article>" if in_an_article else body)
    assert "Saturday" not in article.text and article.text.endswith("part 3.")


BUS_LANES_STORY = "".join(
    f"<p>The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said, part {n}.</p>"
    for n in range(4)
)


def test_comments_inside_the_article_begin_at_their_counted_heading(tmp_path):
    comments = "".join(
        f"<p>Reader {n} says: December 20, 2016 at 12:37 pm</p><p>I drove that road today and it was fine.</p>"
        for n in range(3)
    )
    article = _page(
        tmp_path, "<title>Bus lanes</title>", f"<article>{BUS_LANES_STORY}<h3>14 Comments</h3>{comments}</article>"
    )
    assert "Reader" not in article.text and article.text.endswith("part 3.")
    article = _page(
        tmp_path,
        "<title>Bus lanes</title>",
        f"<article>{BUS_LANES_STORY}<div>Comments</div>{BUS_LANES_STORY}</article>",
    )
    assert article.text.count("The council voted") == 8  # a bare `Comments` may be a button inside the story


@pytest.mark.parametrize("in_an_article", [True, False])
@pytest.mark.parametrize(
    "heading,reference",
    [
        ("References", "Smith J. Bus lanes and traffic. Transp Res. 1996;12:34-56. Accessed 14 December 2016."),
        ("Further reading", "The history of the bus lane, published on March 3, 2009, by the city archive."),
        ("参考资料", "第十七届台湾金曲奖完全入围名单．新浪[引用日期2014-05-19]"),
        ("参考文献[编辑]", "邮政编码发布. 新华网. 2023-12-06 [2023-12-11]."),  # a wiki's heading and its edit link
        ("External links[edit]", "The council's page on bus lanes, retrieved May 1, 2021."),
    ],
)
def test_a_storys_references_are_not_its_story(tmp_path, heading, reference, in_an_article):
    """The dates of its sources (a paper's year, the day a page was read) are not the story's."""
    notes = f"<h2>{heading}</h2>" + "".join(f"<p>{n}. {reference}</p>" for n in range(1, 4))
    body = BUS_LANES_STORY + notes
    article = _page(tmp_path, "<title>Bus lanes</title>", f"<article>{body}</article>" if in_an_article else body)
    assert article.text.endswith("part 3.")
    assert [line.kind for line in article.furniture if reference[:10] in line.text] == ["after-story"] * 3


_MARROW_STORY = [
    "<p>明年1月1日起，在公立医院求医且成功匹配到本地捐赠者的病患，可获全额津贴验证和采集干细胞。</p>",
    "<p>骨髓捐赠计划将是全球首个全额津贴病患采集干细胞的组织，加上其他津贴，明年总预算增至150万元。</p>",
    "<p>骨髓捐献计划于1993年成立，目前超过12万7000人登记捐髓，促成1000多例骨髓移植和500多例骨髓捐献。</p>",
    "<p>骨髓捐赠计划同日也启动企业合作伙伴计划，设下年底前齐集60个企业的目标，以支持员工成为捐赠者。</p>",
]


def test_a_box_of_further_reading_inside_the_story_ends_nothing(tmp_path):
    """`延伸阅读` over two headlines, set into the story: the story goes on under it, the box is not the story."""
    box = (
        '<div class="recommend"><h4>延伸阅读</h4><a href="/a"><p>非亲缘干细胞与骨髓捐赠 生命火种点亮希望之光</p>'
        '<img src="/a.jpg"></a><a href="/b"><p>疫情中跨境骨髓救命 血癌康复者与恩人温馨初见</p><img src="/b.jpg"></a></div>'
    )
    body = "".join(_MARROW_STORY[:2]) + box + "".join(_MARROW_STORY[2:])
    article = _page(tmp_path, "<title>骨髓捐赠</title>", f"<article>{body}</article>")
    assert "1993年成立" in article.text and article.text.endswith("以支持员工成为捐赠者。")
    assert "生命火种" not in article.text
    # at the story's end, it ends the story: its works are no paragraphs of a story
    notes = "<h4>延伸阅读</h4>" + "".join(f"<p>《骨髓移植{n}》，新华社。</p>" for n in range(1, 4))
    article = _page(tmp_path, "<title>骨髓捐赠</title>", f"<article>{''.join(_MARROW_STORY)}{notes}</article>")
    assert article.text.endswith("以支持员工成为捐赠者。")


def test_a_list_of_other_stories_under_its_heading_ends_the_story(tmp_path):
    """`RELATED` over linked headlines, each with its blurb: other stories, their dates none of this one's."""
    teasers = "".join(
        f'<h3><a href="/s{n}">Parade set for March 20 in town {n}</a></h3>'
        f"<p>TOWN {n} – The federation announced that the guard will march in the parade on March 20, it said.</p>"
        for n in range(3)
    )
    for heading in ("RELATED", "Popular News", "More from Category"):
        article = _page(tmp_path, "<title>Bus lanes</title>", f"{BUS_LANES_STORY}<h2>{heading}</h2>{teasers}")
        assert article.text.endswith("part 3.") and "March 20" not in article.text, heading
    # a box of links set into the story: the story goes on under it
    box = '<h2>Recommended</h2><ul><li><a href="/a">Iran claims barrage</a></li><li><a href="/b">Sanctions</a></li></ul>'
    going_on = (
        "<p>The number of lanes even surpassed that of January 1980, when the city first painted one, officials said.</p>"
        "<p>The last such vote came in January 2016, when the council added four lanes to the ring road, it said.</p>"
    )
    article = _page(tmp_path, "<title>Bus lanes</title>", f"{BUS_LANES_STORY}{box}{going_on}")
    assert article.text.endswith("to the ring road, it said.")


def test_links_after_the_storys_last_paragraph_end_the_article(tmp_path):
    """The story's tags, then a teaser of another story with its picture: the page's, not the story's."""
    after = (
        '<p><a href="/t/1">慈善</a> <a href="/t/2">捐赠</a> <a href="/t/3">迪内希</a></p>'
        '<a href="/next"><p>陆交局提醒 两地铁站11月底关十天</p><img src="/n.jpg"></a><p>购买此文章</p>'
    )
    article = _page(tmp_path, "<title>骨髓捐赠</title>", f"<article>{''.join(_MARROW_STORY)}{after}</article>")
    assert article.text.endswith("以支持员工成为捐赠者。")
    assert "11月底" not in article.text


@pytest.mark.parametrize("in_an_article", [True, False])
def test_numbered_endnotes_with_no_heading_are_not_the_story(tmp_path, in_an_article):
    notes = "".join(f"<p>[{n}] 《统计公报》，新华社，2024年2月{n}日。</p>" for n in range(1, 4))
    body = BUS_LANES_STORY + notes
    article = _page(tmp_path, "<title>Bus lanes</title>", f"<article>{body}</article>" if in_an_article else body)
    assert article.text.endswith("part 3.")
    # a paragraph opening with a note's number, not after [1], is not the start of the story's notes
    body = BUS_LANES_STORY + "<p>[2] The council said so in its minutes.</p><p>The lanes open in May, it said.</p>"
    article = _page(tmp_path, "<title>Bus lanes</title>", f"<article>{body}</article>")
    assert article.text.endswith("The lanes open in May, it said.")


def test_each_line_of_the_story_trafilatura_finds_is_a_paragraph():
    """trafilatura may put a page's paragraphs in one <p>: the story's last paragraph, where the page's story
    ends, is its last line (`In the future, robots …<br/>… In the future, the device …`)."""
    story = (
        "<p>In the future, robots could take blood.<br/>It worked.\nIn the future, the device may grow.</p><p>Done.</p>"
    )
    assert story_paragraphs(story) == [
        "In the future, robots could take blood.",
        "It worked.",
        "In the future, the device may grow.",
        "Done.",
    ]


def test_a_story_hidden_until_the_pages_scripts_run_is_read(tmp_path):
    menu = "".join(f"<div><a href='/s{n}'>Section {n}</a></div>" for n in range(3))
    hidden_story = f"<div style='display:none'><h1>Bus lanes</h1>{BUS_LANES_STORY}</div>"
    article = _page(tmp_path, "<title>Bus lanes</title>", menu + hidden_story)
    assert article.text.count("The council voted on Tuesday") == 4
    # where the page shows its story, what it hides stays out
    visible = (
        menu + BUS_LANES_STORY + "<div style='display:none'><p>Sign up for our newsletter today, it is free.</p></div>"
    )
    assert "newsletter" not in _page(tmp_path, "<title>Bus lanes</title>", visible).text


def test_a_caption_trafilatura_puts_last_ends_no_story_printed_past_it():
    """A page laid out in tables, a photo's caption in the middle of the story: trafilatura lists the captions
    after the story's paragraphs, so its last line is printed above half of them. The story goes on to its
    last paragraph."""
    article = read_fixture("page-caption-mid-story.html")
    paragraphs = block_texts(article)
    assert "The firm recently bought a London attraction" in paragraphs
    assert paragraphs[-1].startswith("It invested heavily in a host of new markets")
    assert any(paragraph.startswith("On Monday, 23 May,") for paragraph in paragraphs)


def test_a_story_an_icons_unclosed_title_swallows_is_read_as_trafilatura_finds_it(tmp_path):
    """`<title>…</>` inside an SVG sprite leaves the rest of the page inside the icon for an HTML5 parser (the
    sanitiser's): the story trafilatura (lxml) finds is read instead of nothing."""
    sprite = (
        "<svg style='display:none'><symbol id='a'><title>icon chevron</><path d='M0 0'/></symbol>"
        "<symbol id='b'><title>icon search</title><path d='M0 0'/></symbol></svg>"
    )
    article = _page(tmp_path, "<title>Bus lanes</title>", sprite + f"<div><h1>Bus lanes</h1>{BUS_LANES_STORY}</div>")
    assert article.text.count("The council voted on Tuesday") == 4
    # a story written as one paragraph broken into lines, a byline its last
    lines = "<br/>".join(["市议会周二投票决定在市中心的两条主干道增设巴士专用道，以缓解早晚高峰的拥堵，市长办公室表示。"] * 3 + ["记者：王明"])
    article = _page(tmp_path, "<title>巴士专用道</title>", sprite + f"<div><h1>巴士专用道</h1><p>{lines}</p></div>")
    assert article.text.count("市议会周二投票决定") == 3


def test_a_page_whose_only_articles_are_teasers_is_read_for_its_story(tmp_path):
    teasers = "".join(
        f"<article><h3><a href='/n{n}'>Storm closes schools on Monday, part {n}</a></h3></article>" for n in range(3)
    )
    article = _page(
        tmp_path, "<title>Bus lanes</title>", f"<div class='story'><h1>Bus lanes</h1>{BUS_LANES_STORY}</div>{teasers}"
    )
    assert article.text.count("The council voted on Tuesday") == 4
    assert "Storm closes schools" not in article.text


def test_a_page_whose_list_of_other_stories_is_a_long_article_is_read_for_its_story(tmp_path):
    items = "".join(
        f"<article class='item'><p>1/16/2015 at {n}:42 p.m.</p><h3><a href='/n{n}'>Storm closes schools, part {n}"
        f"</a></h3><p>A long teaser of another story about the storm that closed the schools, number {n}.</p>"
        "</article>"
        for n in range(1, 12)
    )
    article = _page(
        tmp_path,
        "<title>Bus lanes</title>",
        f"<aside><article class='feed'><h2>Latest features</h2>{items}</article></aside>"
        f"<div class='body'><h1>Bus lanes</h1>{BUS_LANES_STORY}</div><article class='teaser'><p>Short.</p></article>",
    )
    assert article.text.count("The council voted on Tuesday") == 4
    assert "Storm closes schools" not in article.text


def test_a_short_story_in_an_article_is_read_from_it(tmp_path):
    brief = "<p>The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said.</p>"
    menu = "".join(f"<div><a href='/s{n}'>Section {n}</a></div>" for n in range(3))
    article = _page(tmp_path, "<title>Bus lanes</title>", f"{menu}<article><h1>Bus lanes</h1>{brief}</article>{menu}")
    assert article.text == "The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said."


def test_a_headline_printed_again_under_the_story_keeps_the_story(tmp_path):
    article = _page(
        tmp_path,
        "<title>Bus lanes for two main roads - City News</title>",
        f"<article>{BUS_LANES_STORY}<h2>Bus lanes for two main roads</h2></article>",
    )
    assert article.text.count("The council voted on Tuesday") == 4


def test_the_byline_between_a_headline_and_the_article_of_its_story_dates_the_page(tmp_path):
    article = _page(
        tmp_path,
        "<title>Bus lanes - City News</title>",
        "<h1>Bus lanes</h1><div class='byline'>By Maria Lopez</div><div>Dec 13, 2016 at 3:45 pm</div>"
        f"<article>{BUS_LANES_STORY}</article>",
    )
    assert (article.publication_date, article.author) == (dt.date(2016, 12, 13), "Maria Lopez")
    assert "Dec 13" not in article.text
    article = _page(
        tmp_path,
        "<title>Bus lanes - City News</title>",
        "<h1>Bus lanes</h1><div>Fox Nation<time datetime='2016-10-03T05:00:00.000Z'>October 3, 2016</time></div>"
        f"<article>{BUS_LANES_STORY}</article>",
    )
    assert (article.publication_date, article.date_evidence) == (dt.date(2016, 10, 3), "<time> under the headline")


def test_a_page_generation_time_or_a_served_time_never_dates_the_page(tmp_path):
    article = _page(
        tmp_path,
        '<title>金融知识进万家</title><meta name="others" content="页面生成时间 2023-10-23 11:23:36">'
        '<meta name="firstpublishedtime" content="2007-08-20-23:59:59">',
        STORY_HTML,
    )
    assert article.publication_date == dt.date(2007, 8, 20)
    article = _page(
        tmp_path,
        '<title>金融知识进万家</title><meta itemprop="dateUpdate" content="2019-10-08 12:00:57">'
        '<script>var page = {"pvid": "128d30", "time": "2020-02-29 21:09:55"};</script>',
        STORY_HTML,
    )
    assert article.publication_date == dt.date(2019, 10, 8)  # not when the page was served
    assert article.date_evidence.startswith("update stamp only")
    article = _page(
        tmp_path,
        "<title>金融知识进万家</title><script>var publishdate = '2019-09-26 12:11:01';</script>",
        STORY_HTML,
    )
    assert article.publication_date == dt.date(2019, 9, 26)  # a script that names the publication date
    article = _page(
        tmp_path,
        '<title>金融知识进万家</title><script>var state = {"stream": [{"published": "2016-11-10T23:02:10Z"}, '
        '{"published": "2016-11-28T08:00:00Z"}]};</script>',
        STORY_HTML,
    )
    assert article.publication_date is None  # the days other articles in a list were published
    article = _page(
        tmp_path,
        "<title>金融知识进万家</title><script>var publisher = {name: 'Example'};"
        "/* version: 10.9.38 */ var id = 7900321579941938;</script>",
        STORY_HTML,
    )
    assert article.publication_date is None  # a script's version number, though the script names a publisher
    article = _page(
        tmp_path,
        "<title>金融知识进万家</title><script>/* version: 10.9.38 */ var publishdate = '2019-09-26 12:11:01';</script>",
        STORY_HTML,
    )
    assert article.publication_date == dt.date(2019, 9, 26)  # the date it names, not its version number


def test_a_title_cut_short_or_set_off_by_a_space_is_the_printed_headline(tmp_path):
    menu = "".join(f"<div>栏目{n}</div>" for n in range(80))  # a portal's menus, past the first screen
    article = _page(
        tmp_path,
        "<title>定了！南沙邮轮母港即将开通！地铁直达+免...</title>",
        menu
        + "<h2>定了！南沙邮轮母港即将开通！地铁直达+免税城</h2><div>2019-08-13 14:07来源：东川新闻·政务</div>"
        + STORY_HTML,
    )
    assert article.title == "定了！南沙邮轮母港即将开通！地铁直达+免税城"
    assert (article.publication_date, article.outlet) == (dt.date(2019, 8, 13), "东川新闻·政务")
    assert not article.text.startswith("栏目")
    article = _page(
        tmp_path, "<title>我院举办药学技能大赛 东川市中医医院</title>", "<h1>我院举办药学技能大赛</h1>" + STORY_HTML
    )
    assert article.title == "我院举办药学技能大赛"


def test_what_follows_a_story_whose_markup_does_not_mark_it_is_furniture_that_dates_nothing(tmp_path):
    story = "".join(
        f"<p>{text}</p>"
        for text in (
            "3月5日，东川市金融街开展调研工作，市金融局负责人陪同，调研组实地察看了多家入驻机构的经营情况。",
            "调研组表示，金融街将进一步加快金融资源集聚，强化金融服务实体经济能力，为全市经济发展提供动力。",
            "下一步，东川市将结合大湾区建设背景，升级发展金融街，推动更多金融机构落户，促进区域金融业发展。",
        )
    )
    comments = "".join(
        f"<div><p>{when}</p><p>这篇报道写得很好，希望金融街越办越好，带动更多本地企业发展，我们都很期待。</p></div>"
        for when in ("2019-06-24 09:17:34", "2019-06-24 09:07:39")
    )
    article = _page(
        tmp_path,
        "<title>东川市金融街开展调研</title>",
        "<div>首页 | 要闻 | 财经</div><h1>东川市金融街开展调研</h1>"
        + story
        + "<p>发布日期：2019-03-06 责任编辑：龙慧</p><div class='comments' id='comments'><h3>网友评论</h3>"
        + comments
        + "</div>",
    )
    assert article.publication_date == dt.date(2019, 3, 6)  # the labelled line under the story, not a comment's
    assert "期待" not in article.text and article.text.endswith("促进区域金融业发展。")
    assert "after-story" in [line.kind for line in article.furniture]


def test_a_traditional_chinese_page_with_its_date_line():
    article = read_fixture("page-hant-date-line.html")
    assert article.language == "zh-Hant"
    # the printed headline is the title, without the site's name the <title> adds; it is not text
    assert article.title == "颱風逼近 港口暫停作業"
    assert block_texts(article) == [
        "受颱風影響，港務單位宣布今日起暫停貨櫃裝卸作業。",
        "氣象部門表示，颱風預計明日清晨登陸。",
    ]
    assert [line.kind for line in article.furniture] == ["navigation", "dateline", "copyright"]


def test_a_wechat_export_loses_its_counters_and_recommended_list():
    article = read_fixture("page-wechat.html")
    assert block_texts(article) == [
        "昨天，阿里云因为未依法及时向工信部报告漏洞，被暂停合作单位资格6个月。",
        "就在今天，阿里云发布了说明。",
    ]
    assert "2021年12月10日" not in article.text and "在看" not in article.text


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Published 10:42 AM EST, Fri January 7, 2022", shanghai(2022, 1, 7, 10, 42)),  # a zone name: time as written
        ("June 3, 2019", shanghai(2019, 6, 3)),
        ("3 May 2021 at 14:00 GMT", shanghai(2021, 5, 3, 22)),
        ("23/5/2022 21:40", shanghai(2022, 5, 23, 21, 40)),
        ("2022年01月27日 08:15", shanghai(2022, 1, 27, 8, 15)),
    ],
)
def test_date_lines_are_read_as_people_write_them(value, expected):
    assert parse_publication_date(value, "Asia/Shanghai") == expected


def test_an_ambiguous_numeric_date_follows_the_site_date_order():
    assert parse_publication_date("5/6/2022", "Asia/Shanghai").date() == dt.date(2022, 5, 6)
    assert parse_publication_date("5/6/2022", "Asia/Shanghai", date_order="DMY").date() == dt.date(2022, 6, 5)


def test_check_lists_each_article_date_and_evidence_and_its_furniture(demo_content, capsys, monkeypatch):
    from dateline.cli import main

    monkeypatch.chdir(demo_content.parent)  # the files are named as they open from here
    assert main(["check", "--content", str(demo_content)]) == 0
    out = capsys.readouterr().out.splitlines()
    dates = out[1 : out.index(next(line for line in out if line.startswith("# Page furniture")))]
    assert out[0].startswith("# Publication dates: 3 of 4 articles dated; 1 to check")
    assert [line.split()[:2] for line in dates] == [
        ["none", f"{demo_content.name}/articles/002_4639305ccd84224f.txt"],  # first: the one that needs a sidecar
        ["2021-12-22", f"{demo_content.name}/articles/000_0479ffc1c70ac9ce.txt"],
        ["2021-12-22", f"{demo_content.name}/articles/001_57c97ca1b2b2ab20.txt"],
        ["2021-12-23", f"{demo_content.name}/articles/004_bc612d1e53061530.txt"],
    ]
    assert dates[0].endswith(f"set `date:` in {demo_content.name}/articles/002_4639305ccd84224f.meta.yaml")
    assert [line.split(None, 2)[2] for line in dates[1:]] == ["front matter", "front matter", "sidecar"]
    furniture = out[out.index(next(line for line in out if line.startswith("# Page furniture"))) :]
    assert furniture[0] == "# Page furniture kept out of the text: 8 lines in 3 articles"
    assert f"{demo_content.name}/articles/002_4639305ccd84224f.txt: 2 lines" in furniture
    assert furniture[
        furniture.index(f"{demo_content.name}/articles/002_4639305ccd84224f.txt: 2 lines") + 1
    ].split() == ["byline", "【文/观察者网", "吕栋】"]


def test_the_listing_puts_an_update_stamp_only_date_with_the_ones_to_check():
    articles = [read_fixture("page-update-only.html"), read_fixture("page-jsonld-caption.html")]
    lines = article_listing(articles)
    assert lines[0].startswith("# Publication dates: 1 of 2 articles dated; 1 to check")
    assert lines[1] == (
        "2023-02-01  ingest/page-update-only.html  update stamp only: 更新时间：2023-02-01 10:00; "
        "if that is not when it was published, set `date:` in ingest/page-update-only.meta.yaml"
    )
    assert lines[2] == "2022-03-18  ingest/page-jsonld-caption.html  JSON-LD datePublished"
    assert lines[3:] == [
        "# Page furniture kept out of the text: 4 lines in 2 articles",
        "ingest/page-update-only.html: 1 line",
        "    update       更新时间：2023-02-01 10:00",
        "ingest/page-jsonld-caption.html: 3 lines",
        "    navigation   东方都市报 新闻 财经",
        "    caption      资料照：2016年4月，沿海某港口的集装箱码头。（东方都市报记者 李明 摄）",
        "    copyright    Copyright © 2003-2022 东方都市报 版权所有",
    ]


# --- encodings ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "encoding", "title", "phrase"),
    [
        ("gb18030.txt", "gb18030", "工信部暂停阿里云合作单位资格", "“𠮷”字在GB18030里要用四个字节"),
        ("big5.txt", "big5", "阿里雲因未及時報告嚴重漏洞被處罰", "阿里雲是工信部網絡安全威脅信息共享平台合作單位"),
        ("utf16le-bom.txt", "utf-16-le", "工信部暂停阿里云合作单位资格", "研究恢复其上述合作单位"),
        ("utf16be-bom.md", "utf-16-be", "Alibaba Cloud suspended as MIIT partner", "threat-sharing platform"),
        ("utf16le-nobom.txt", "utf-16-le", "工信部暂停阿里云合作单位资格", "研究恢复其上述合作单位"),
        ("utf8-bom.txt", "utf-8-sig", "工信部暂停阿里云合作单位资格", "研究恢复其上述合作单位"),
    ],
)
def test_encodings_are_detected_and_recorded(name, encoding, title, phrase):
    article = read_fixture(name)
    assert article.encoding == encoding
    assert article.title == title
    assert phrase in article.text
    assert "\ufeff" not in article.text and "\r" not in article.text


def test_scraped_gb18030_text_drops_site_header_and_reads_footer():
    article = read_fixture("gb18030.txt")
    assert article.text.startswith("12月22日，工信部网络安全管理局通报称")  # the byline above it is furniture
    assert [(line.kind, line.text) for line in article.furniture] == [("byline", "【文/示例新闻网 王五】")]
    assert (article.outlet, article.author, article.url) == ("示例新闻网", "王五", "https://news.example.cn/a/2.html")


def test_invalid_utf8_bytes_are_replaced_and_the_article_still_builds():
    article = read_fixture("bad-utf8.txt")
    assert article.encoding == "utf-8"
    assert "工信部网络安全\ufffd管理局" in article.text


@pytest.mark.parametrize("name", ["binary.txt", "binary-noise.txt"])
def test_binary_files_are_content_errors(name):
    with pytest.raises(ContentError, match="not a text file") as caught:
        read_fixture(name)
    assert caught.value.path == f"ingest/{name}"


# --- language ----------------------------------------------------------------


def test_traditional_chinese_in_big5_is_zh_hant():
    assert read_fixture("big5.txt").language == "zh-Hant"


def test_english_is_detected_without_a_lang_attribute():
    assert read_fixture("english.md").language == "en"
    assert read_fixture("utf16be-bom.md").language == "en"


def test_simplified_text_with_a_few_ambiguous_characters_stays_zh_hans():
    text = "近期，工信部通报称阿里云发现漏洞后未及时报告，显著影响了乾隆年间的著作整理工作。" * 3
    assert detect_language(text) == "zh-Hans"
    assert detect_language("這是一個關於網絡安全漏洞的報導，說明了監管機構的處罰。") == "zh-Hant"


@pytest.mark.parametrize(
    ("tag", "language"),
    [
        ("zh-CN", "zh-Hans"),
        ("zh", "zh-Hans"),
        ("zh-Hans", "zh-Hans"),
        ("zh_CN", "zh-Hans"),
        ("zh-TW", "zh-Hant"),
        ("zh-HK", "zh-Hant"),
        ("zh-Hant-TW", "zh-Hant"),
        ("en", "en"),
        ("en-US", "en"),
        ("en-GB", "en"),
        ("fr", None),
        (None, None),
    ],
)
def test_language_tags_are_normalised(tag, language):
    assert normalise_language(tag) == language


# --- sidecars ----------------------------------------------------------------


def test_sidecar_overrides_the_file():
    article = read_fixture("with-sidecar.txt")
    assert article.title == "编辑改过的标题"
    assert article.published == shanghai(2021, 12, 23, 9)
    assert article.outlet == "示例通讯社"
    assert article.url == "https://example.com/corrected"
    assert article.language == "zh-Hant"
    assert article.author == "File Author"  # not in the sidecar: the file's value stands
    raw = (FIXTURES / "with-sidecar.txt").read_bytes() + (FIXTURES / "with-sidecar.meta.yaml").read_bytes()
    assert article.content_hash == hashlib.sha256(raw).hexdigest()


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("bad-sidecar-date.txt", 3, "not a date at all"),
        ("bad-sidecar-key.txt", 3, "titel"),
    ],
)
def test_sidecar_errors_name_the_sidecar_and_line(name, line, words):
    with pytest.raises(ContentError) as caught:
        read_fixture(name)
    assert caught.value.path == "ingest/" + name.replace(".txt", ".meta.yaml")
    assert caught.value.line == line
    assert words in caught.value.message


# --- errors --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "line", "words"),
    [
        ("fm-unterminated.txt", 1, "never closed"),
        ("fm-syntax.txt", 4, "YAML syntax error"),
        ("fm-list.txt", 2, "mapping"),
        ("fm-tab.txt", 4, "tab"),
        ("fm-python.txt", 3, "python"),
        ("fm-bad-date.txt", 4, "the day before yesterday"),
        ("fm-impossible-date.txt", 3, "2021-02-30"),
    ],
)
def test_malformed_front_matter_is_a_content_error_with_the_line(name, line, words):
    with pytest.raises(ContentError) as caught:
        read_fixture(name)
    assert (caught.value.path, caught.value.line) == (f"ingest/{name}", line)
    assert words.lower() in caught.value.message.lower()
    assert str(caught.value).startswith(f"ingest/{name}:{line}: ")


def test_front_matter_keys_are_one_key_whatever_their_case(tmp_path):
    (tmp_path / "content").mkdir()
    path = tmp_path / "content" / "case.txt"
    path.write_text("---\ntitle: One\ndate: 2021-12-22\nTitle: Two\n---\n<p>Body.</p>\n", encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        read_article(path, tmp_path / "content", CONFIG)
    assert (caught.value.path, caught.value.line) == ("content/case.txt", 4)
    assert "duplicate key 'Title' (also on line 2)" in caught.value.message


def test_files_over_the_size_limit_are_refused():
    with pytest.raises(ContentError, match="limit of 100 bytes"):
        read_article(FIXTURES / "page-og.html", FIXTURES, CONFIG, max_bytes=100)


def test_missing_file_is_a_content_error():
    with pytest.raises(ContentError, match="cannot read file"):
        read_fixture("no-such-article.txt")


def test_empty_file_is_a_content_error(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "content" / "empty.txt").write_bytes(b"\n  \n")
    with pytest.raises(ContentError, match="empty") as caught:
        read_article(tmp_path / "content" / "empty.txt", tmp_path / "content", CONFIG)
    assert caught.value.path == "content/empty.txt"


def test_odd_file_names_get_a_safe_id():
    article = read_fixture("odd name (副本).txt")
    assert article.id == "odd-name-副本"
    assert article.path == "ingest/odd name (副本).txt"


def test_path_outside_the_content_folder_is_shown_as_given(tmp_path):
    article = read_article(FIXTURES / "english.md", tmp_path / "content", CONFIG)
    assert article.path == (FIXTURES / "english.md").as_posix()


@pytest.mark.parametrize(
    "raw",
    [
        pytest.param(b"---\ntitle: [unclosed\n---\n", id="unclosed-flow-sequence"),
        pytest.param(b"---\n---\n", id="front-matter-only"),
        pytest.param(b"---\n: :\n---\n<p>x", id="yaml-colons"),
        pytest.param(b"<html><body><article></article>", id="empty-article"),
        pytest.param(b"# \n\n![(", id="broken-markdown"),
        pytest.param(b"\xff\xfe\x00", id="odd-utf16"),
        pytest.param(b"\xfe\xff\xd8", id="lone-surrogate-byte"),
        pytest.param(b"<script>" * 50, id="unclosed-scripts"),
        pytest.param(b"<p>" + b"<b>" * 2000, id="unclosed-inline"),
        pytest.param("\ufeff---\ndate: 2021-02-30\n---\nx".encode(), id="impossible-yaml-date"),
        pytest.param(b"\x1b[31m" * 40, id="terminal-escapes"),
    ],
)
def test_hostile_input_gives_an_article_or_a_content_error(tmp_path, raw):
    (tmp_path / "content" / "articles").mkdir(parents=True)
    path = tmp_path / "content" / "articles" / "hostile.txt"
    path.write_bytes(raw)
    try:
        article = read_article(path, tmp_path / "content", CONFIG)
    except ContentError as error:
        assert error.path == "content/articles/hostile.txt"
    else:
        assert isinstance(article, Article)


# --- discovery -----------------------------------------------------------------


def test_discover_skips_hidden_sidecars_backups_and_outside_symlinks(tmp_path):
    articles = tmp_path / "articles"
    (articles / "sub").mkdir(parents=True)
    (articles / ".git").mkdir()
    outside = tmp_path / "outside.txt"
    outside.write_text("outside")
    for name in ("b.txt", "a.md", "sub/c.html", ".hidden.txt", ".git/d.txt", "a.meta.yaml", "b.txt~"):
        (articles / name).write_text("text")
    (articles / "link-out.txt").symlink_to(outside)
    (articles / "link-in.txt").symlink_to(articles / "b.txt")
    (articles / "dir-link").symlink_to(tmp_path, target_is_directory=True)
    found = [path.relative_to(articles).as_posix() for path in discover_articles(articles)]
    assert found == ["a.md", "b.txt", "link-in.txt", "sub/c.html"]


def test_discover_requires_the_folder(tmp_path):
    with pytest.raises(ContentError, match="not found"):
        discover_articles(tmp_path / "missing")


@pytest.mark.parametrize(
    ("byline", "name"),
    [
        ("By Nelson D. Schwartz", "Nelson D. Schwartz"),
        ("Dan Goodin -", "Dan Goodin"),
        ("by Lucas Nolan", "Lucas Nolan"),
        ("作者：张三", "张三"),
        ("Article by", ""),
        ("Byron Smith", "Byron Smith"),
    ],
)
def test_an_author_is_the_name_without_the_bylines_label(byline, name):
    assert author_name(byline) == name


def test_a_utc_time_a_day_off_the_day_the_page_prints_is_read_on_the_printed_day(tmp_path):
    """A US story of 11:20 pm stamped the next day in UTC: its address or its date line says the writer's day."""
    head = (
        '<title>Council elects a mayor</title><meta property="article:published_time" content="2023-11-09T04:20:00Z">'
    )
    story = "<p>The council elected a new mayor on Tuesday night after a long count in the city's four wards.</p>"
    in_address = _page(
        tmp_path, head + '<meta property="og:url" content="https://example.com/2023/11/08/mayor/">', story
    )
    assert in_address.publication_date == dt.date(2023, 11, 8)
    assert in_address.published == dt.datetime(2023, 11, 9, 4, 20, tzinfo=dt.UTC)  # the same instant
    assert "its address" in in_address.date_evidence
    in_a_date_line = _page(tmp_path, head, "<h1>Council elects a mayor</h1><p>Nov. 8, 2023</p>" + story)
    assert in_a_date_line.publication_date == dt.date(2023, 11, 8)
    above_the_headline = _page(
        tmp_path,
        head,
        "<p>November 8, 2023 / 11:20 PM / Updated 8 hours ago</p><h1>Council elects a mayor</h1>" + story,
    )
    assert above_the_headline.publication_date == dt.date(2023, 11, 8)
    alone = _page(tmp_path, head, story)
    assert alone.publication_date == dt.date(2023, 11, 9)  # nothing printed says otherwise
    own_zone = _page(
        tmp_path,
        head.replace("2023-11-09T04:20:00Z", "2023-11-09T00:20:00+01:00")
        + '<meta property="og:url" content="https://example.com/2023/11/08/mayor/">',
        story,
    )
    assert own_zone.publication_date == dt.date(2023, 11, 9)  # a zone of its own is the writer's


def test_a_machines_time_read_in_a_zone_not_the_writers_takes_the_day_the_page_prints(tmp_path):
    """A Chinese story written in New York, stamped in UTC (read at UTC+8, the next day there), or a time in no
    zone: the page's own date line or an earlier update stamp says the writer's day."""
    head = '<title>州法院维持禁令</title><script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-11-26T16:16:34Z"}</script>'
    story = "<p>周一，密苏里州法院裁定，该州将继续实施禁止未成年人接受变性手术的法律，原告表示将上诉。</p>"
    alone = _page(tmp_path, head, story)
    assert alone.publication_date == dt.date(2024, 11, 27)  # nothing printed says otherwise: UTC+8
    updated = _page(tmp_path, head, "<h1>州法院维持禁令</h1><p>更新 2024-11-26 4:16 PM 人气 238</p>" + story)
    assert updated.publication_date == dt.date(2024, 11, 26)
    assert "update stamp" in updated.date_evidence
    later_update = _page(tmp_path, head, "<h1>州法院维持禁令</h1><p>更新 2024-11-28 4:16 PM</p>" + story)
    assert later_update.publication_date == dt.date(2024, 11, 27)  # an update after it says nothing of its day
    no_zone = _page(
        tmp_path,
        '<title>Player weighs in</title><meta itemprop="datePublished" content="2019-11-19 02:24:00">',
        "<h1>Player weighs in</h1><p>Nov 18, 2019 at 9:24 pm ET</p>"
        "<p>The lineman decided to weigh in on the fight on Monday, saying the quarterback asked for it.</p>",
    )
    assert no_zone.publication_date == dt.date(2019, 11, 18)


def test_a_utc_time_another_metadata_writes_in_the_writers_zone_is_read_there(tmp_path):
    """JSON-LD in UTC and `article:published_time` with the writer's offset: the same instant, the writer's day."""
    json_ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "dateCreated": "2017-02-24T01:18:13Z"}'
    head = (
        f'<title>Studio may release the original cut</title><script type="application/ld+json">{json_ld}</script>'
        '<meta property="article:published_time" content="2017-02-23T17:18:13-08:00">'
    )
    story = "<p>The studio may release the original cut of the trilogy for its 40th anniversary, fans reported.</p>"
    article = _page(tmp_path, head, story)
    assert article.publication_date == dt.date(2017, 2, 23)
    assert article.date_evidence == "<meta property=article:published_time>"
    # another instant is another date, not the same one in a zone: the first metadata stays
    other = _page(tmp_path, head.replace("17:18:13-08:00", "09:00:00-08:00"), story)
    assert other.publication_date == dt.date(2017, 2, 24)


def test_a_page_in_a_collections_text_wrapper_is_read_and_an_icon_glyph_separates_its_stamp(tmp_path):
    """A saved page inside `<text id=… title=…>` (before its <html>, or with none): the sanitiser would drop
    all it holds; an icon font's private-use glyph between a stamp's parts is a space."""
    story = (
        "<p>人生如戏。一夜之间，它可以让一个穷光蛋成为百万富翁，同样也可以让一个百万富翁变回为穷光蛋，像中彩票。</p>"
        "<p>3月5日，我们来到孙启勤的山庄采访时，正是春季里一场突如其来的寒流来临，一路上行人稀少。</p>"
    )
    stamp = "<p>BUSINESS.SOHU.COM 2005年03月21日11:21 [ 黄宇 ]\ue5c2 来源：理财周刊\ue5c2</p>"
    page = (
        '<text id="http://example.com/a.shtml" title="四年前中500万" encoding="gb2312">\n<!-- saved -->\n'
        f"<html><head><title>四年前中500万</title></head><body><h1>四年前中500万</h1>{stamp}{story}</body></html>\n"
        "</text>"
    )
    for body in (
        page,
        page.replace("<html><head><title>四年前中500万</title></head><body>", "").replace("</body></html>", ""),
    ):
        path = tmp_path / "page.html"
        path.write_text(body, encoding="utf-8")
        article = read_article(path, tmp_path, CONFIG)
        assert article.text.startswith("人生如戏"), article.text
        assert article.publication_date == dt.date(2005, 3, 21)
        assert (article.author, article.outlet) == ("黄宇", "理财周刊")
        assert "SOHU" not in article.text and "\ue5c2" not in article.text


def test_a_pages_language_tag_gives_way_to_a_text_in_the_other_script_but_an_editors_does_not(tmp_path):
    story = "<p>2020年5月14日，中央政治局常委会会议指出，要深化供给侧结构性改革，充分发挥我国超大规模市场优势。</p>"
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="en"><head><title>构建新发展格局</title></head><body>{story}</body></html>', "utf-8")
    assert read_article(page, tmp_path, CONFIG).language == "zh-Hans"
    page.write_text(
        '<html lang="en"><head><title>New pattern</title></head><body><p>A plan.</p></body></html>', "utf-8"
    )
    assert read_article(page, tmp_path, CONFIG).language == "en"
    # a Chinese story with an English job advertisement under it: more Han characters than Latin letters
    advert = "<p>Admin cum Customer Service, Bayan Lepas.</p>"
    page.write_text(
        f'<html lang="en"><head><title>构建新发展格局</title></head><body>{story}{advert}</body></html>', "utf-8"
    )
    assert read_article(page, tmp_path, CONFIG).language == "zh-Hans"
    page.write_text(f"---\ntitle: 构建新发展格局\nlanguage: en\n---\n{story}", "utf-8")
    assert read_article(page, tmp_path, CONFIG).language == "en"  # the editor's choice stands


@pytest.mark.parametrize("tag", ["zh", "zh-Hans-HK", "zh-CN", "zh-yue-Hant-HK"])
def test_a_pages_chinese_tag_leaves_the_script_to_the_text_but_an_editors_does_not(tmp_path, tag):
    """A Hong Kong paper's template says `zh` or even `zh-Hans-HK` over traditional text."""
    story = "<p>政府昨日宣布，全民免費檢測計劃最快兩周後展開，市民可自願參與，檢測費用全數由政府承擔。</p>"
    page = tmp_path / "page.html"
    page.write_text(f'<html lang="{tag}"><head><title>全民檢測</title></head><body>{story}</body></html>', "utf-8")
    assert read_article(page, tmp_path, CONFIG).language == "zh-Hant"
    page.write_text(f"---\ntitle: 全民檢測\nlanguage: zh-Hans\n---\n{story}", "utf-8")
    assert read_article(page, tmp_path, CONFIG).language == "zh-Hans"  # the editor's choice stands


def test_a_chinese_tags_script_or_region_subtag_names_its_script():
    assert normalise_language("zh-yue-Hant-HK") == "zh-Hant"
    assert normalise_language("zh-yue-HK") == "zh-Hant"
    assert normalise_language("zh-Hans-HK") == "zh-Hans"
    assert normalise_language("zh") == "zh-Hans"
    assert normalise_language("en-GB") == "en"


def test_a_wire_storys_dateline_dates_a_page_that_states_no_date(tmp_path):
    """Under a desk's name and a reviewer's line, `Feb. 23, 2015 --` opens the story: the day it was filed."""
    body = (
        "<h1>Babies who eat peanuts early may avoid allergy</h1><p>Health News</p><p>Reviewed by Hansa Bhargava</p>"
        "<p>Feb. 23, 2015 -- Life-threatening peanut allergies have been on the rise in the past decade, with little"
        " hope for a cure.</p><p>A new study published on Monday may offer a way to stem that rise.</p>"
    )
    article = _page(tmp_path, "<title>Babies who eat peanuts early may avoid allergy</title>", body)
    assert article.publication_date == dt.date(2015, 2, 23)
    assert article.date_evidence == "the story's dateline: Feb. 23, 2015 --"
    # a date that opens a sentence of the story is no dateline
    story = body.replace("Feb. 23, 2015 -- Life-threatening", "Feb. 23, 2015 was the day life-threatening")
    assert _page(tmp_path, "<title>Babies who eat peanuts early may avoid allergy</title>", story).published is None


@pytest.mark.parametrize(
    "dispatch",
    [
        "【希望之声2020年10月17日】（本台记者综合报导）",
        "【新唐人北京时间2020年10月17日讯】",
        "新华社北京2020年10月17日电 ",
        "（中央社台北2020年10月17日電）",
    ],
)
def test_a_chinese_wire_storys_dateline_with_its_year_dates_a_page_that_states_no_date(tmp_path, dispatch):
    body = f"<h1>北京放宽地摊限制</h1><p>{dispatch}北京16日发公告，放宽了对地摊经济的限制，允许合规企业占用公共空间。</p>"
    article = _page(tmp_path, "<title>北京放宽地摊限制</title>", body)
    assert article.publication_date == dt.date(2020, 10, 17)
    assert article.date_evidence.startswith("the story's dateline: ")
    # without its year, it says which day but not which year
    assert _page(tmp_path, "<title>北京放宽地摊限制</title>", body.replace("2020年", "")).published is None


def test_a_reposts_original_address_dates_it_when_it_shows_no_date_of_its_own(tmp_path):
    story = "<p>北京16日发公告，放宽了对地摊经济的限制，允许合规企业占用公共空间，市民纷纷叫好。</p>"
    address = "<p>原文地址（需翻墙访问）：https://news.example.com/gb/2022/04/16/1003009.html</p>"
    article = _page(tmp_path, "<title>北京放宽地摊限制</title>", f"<h1>北京放宽地摊限制</h1>{story}{address}")
    assert article.publication_date == dt.date(2022, 4, 16)
    assert article.date_evidence == "the original's address: https://news.example.com/gb/2022/04/16/1003009.html"
    # the repost's own dateline comes first: it may be a later edition's
    dispatch = "<p>【新唐人北京时间2022年08月08日讯】北京16日发公告，放宽了对地摊经济的限制，允许合规企业占用公共空间。</p>"
    article = _page(tmp_path, "<title>北京放宽地摊限制</title>", f"<h1>北京放宽地摊限制</h1>{dispatch}{address}")
    assert article.publication_date == dt.date(2022, 8, 8)


def test_a_title_that_puts_the_site_name_first_is_the_printed_headline(tmp_path):
    article = _page(
        tmp_path,
        "<title>Harbour Courier's Home | Council elects a mayor</title>",
        "<div>Blog</div><div>Notes</div><h2>Council elects a mayor</h2>"
        "<p>January 13, 2020 at 08:45 AM | categories: council, elections | View Comments</p>"
        "<p>The council elected a new mayor on Tuesday night after a long count in the city's four wards.</p>",
    )
    assert article.title == "Council elects a mayor"
    assert article.publication_date == dt.date(2020, 1, 13)
    assert article.text.startswith("The council elected")


def test_a_stamp_at_the_end_of_the_calendar_is_an_unreadable_date_not_an_internal_error(tmp_path):
    with pytest.raises(ValueError):
        parse_publication_date("9999-12-31T23:00:00Z", "Asia/Shanghai", utc_written_in="Asia/Shanghai")
    with pytest.raises(ContentError, match="cannot read the publication date '9999-12-31T23:00:00Z'"):
        _page(
            tmp_path,
            '<title>工信部通报</title><meta property="article:published_time" content="9999-12-31T23:00:00Z">',
            "<article><h1>工信部通报</h1><p>工信部昨天通报了阿里云的问题，并暂停了合作。</p></article>",
        )


def test_a_headline_printed_again_under_the_menus_starts_the_story_there(tmp_path):
    """A page whose share bar prints the headline at the top, and its menus follow: the story, its stamp and
    its source are under the headline printed again."""
    menus = "".join(
        f"<h2>{name}</h2><p>{words}</p>"
        for name, words in (
            ("新闻", "新闻直播 要闻 国际 军事 社会 政协 政务 图片 视频"),
            (
                "专业平台",
                "中国供应商 商务 物联 应急 教育体育 生态 双创 儒学娱乐 微视 健康 生活 食品 数字 联播 风采 道家文化",
            ),
        )
    )
    article = _page(
        tmp_path,
        "<title>呼和浩特发放育儿津贴</title>",
        "<h1>呼和浩特发放育儿津贴</h1><p>分享到：</p>"
        + menus
        + "<h1>呼和浩特发放育儿津贴</h1><p>2024-05-13 13:48</p><p>来源：中国网</p>"
        + "<p>中国网5月13日讯 据呼和浩特市人民政府网站消息，《关于促进婴幼儿照护服务发展的若干措施》近日发布。</p>",
    )
    assert article.text.startswith("中国网5月13日讯"), article.text
    assert article.publication_date == dt.date(2024, 5, 13)
    assert {"dateline", "source"} <= {line.kind for line in article.furniture}


def test_a_headline_in_a_list_of_recent_posts_above_the_page_heading_is_not_the_headline(tmp_path):
    """The <title> printed first as an item of the site's list of recent posts, then as the page's heading
    with its date line: the heading starts the story, and its date line dates the page."""
    recent = "".join(f"<li>{title}</li>" for title in ("Stocks slide", "Fed sets a twist", "Oil rises"))
    article = _page(
        tmp_path,
        "<title>Fed sets a twist</title>",
        f"<ul>{recent}</ul><p>Patti Domm is the executive editor, responsible for news coverage of markets.</p>"
        "<h1>Fed sets a twist</h1><div>Published: Wednesday, 21 Sep 2011 | 4:35 PM ET</div>"
        "<p>By: Patti Domm</p><p>Some traders found Wednesday's Fed statement more aggressive than expected.</p>",
    )
    assert article.publication_date == dt.date(2011, 9, 21)
    assert article.author == "Patti Domm"
    assert article.text.startswith("Some traders found"), article.text


def test_a_comments_button_over_the_story_does_not_end_it(tmp_path):
    """A share bar above the story (`Comments`, `Recommend`) after a paragraph of the page's header: the story
    trafilatura finds under it is the text."""
    header = "<div id='header'><p>Skip to main content. Fox News, Fox Business and the rest of the network are here.</p></div>"
    bar = "<ul><li><a href='#c'>Comments</a></li><li><a href='#'>Recommend</a></li></ul>"
    story = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "Russia's announcement that it will help Iran get nuclear fuel is raising questions about relations.",
            "Moscow announced Friday it will start loading fuel into Iran's first nuclear power plant next week.",
            "Uranium fuel shipped by Russia will be loaded into the reactor on August 21, officials said Friday.",
        )
    )
    article = _page(
        tmp_path,
        "<title>Russia's nuclear help to Iran</title>",
        f"{header}{bar}<div class='entry-content'>{story}</div>",
    )
    assert "loaded into the reactor on August 21" in article.text, article.text


def test_a_page_wrapped_in_a_form_keeps_its_story(tmp_path):
    """Some sites wrap their whole page in a <form> (ASP.NET's `aspnetForm`): it is not a search box."""
    story = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "Opposition to a proposal to remove certain personal data from court records is mounting.",
            "The state Supreme Court has proposed a rule that would remove dates of birth from court records.",
        )
    )
    article = _page(
        tmp_path,
        "<title>Plan to restrict public records draws opposition</title>",
        f"<form id='aspnetForm'><div><a>SUBSCRIBE</a></div>{story}</form>"
        "<form><input name='q'><p>Search the archive for more stories about the courts.</p></form>",
    )
    assert "Opposition to a proposal" in article.text, article.text
    assert "Search the archive" not in article.text


def test_a_page_with_an_empty_main_in_its_header_reads_the_main_with_the_story(tmp_path):
    story = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "WASHINGTON (AP) — The ambassador faces questions about the president on Wednesday, officials said.",
            "He is the first witness in the inquiry who spoke directly with the president about the matter.",
        )
    )
    article = _page(
        tmp_path,
        "<title>Ambassador faces questions</title>",
        f"<div><main>Menu</main></div><div><main><h1>Ambassador faces questions</h1>{story}</main></div>",
    )
    assert "first witness in the inquiry" in article.text, article.text


def test_a_story_whose_last_paragraph_is_printed_above_it_too_is_read_to_its_end():
    """trafilatura's story may end with a line the page prints only above it (a caption, `Home`): the story
    still runs to the last piece that holds one of its paragraphs, not up to that line."""
    from types import SimpleNamespace

    from dateline.ingest.page import _to_the_story_end

    caption = "The core stage of the first rocket at the assembly facility after its engines were installed."
    story = [
        "Earlier this month, the agency announced the newest milestone in the development of its rocket.",
        "Engineers completed the installation of the four engines on the core stage of the first vehicle.",
    ]
    pieces = [Piece("p", caption), *(Piece("p", text) for text in story), Piece("p", "Comments are moderated.")]
    kept, after = _to_the_story_end(pieces, SimpleNamespace(paragraphs=[*story, "Home", caption]))
    assert [piece.text for piece in kept] == [caption, *story]
    assert [piece.text for piece in after] == ["Comments are moderated."]


def test_a_page_with_a_feed_in_a_second_main_reads_the_first_one_with_the_story(tmp_path):
    story = "<p>路透月度調查顯示，日本企業信心5月保持穩定，但製造業及服務業反映，日圓疲弱帶來的通脹壓力正損害利潤。</p>"
    feed = "".join(
        f"<p>繼劉嘉玲上月以7,380萬沽出黃竹坑深灣9號豪宅後，其好姊妹王菲也要賣樓了，第{n}則。</p>" for n in range(8)
    )
    article = _page(
        tmp_path,
        "<title>日本企業5月信心保持穩定</title>",
        f"<main><h1>日本企業5月信心保持穩定</h1>{story}</main><main>{feed}</main>",
    )
    assert "日本企業信心5月保持穩定" in article.text and "劉嘉玲" not in article.text, article.text


@pytest.mark.parametrize(
    "heading", ["评论 66文明上网理性发言，请遵守《新闻评论服务协议》", "请先登录后发表评论~", "全部评论"]
)
def test_a_chinese_comment_boxs_heading_ends_the_story(tmp_path, heading):
    story = "".join(
        f"<p>{sentence}</p>"
        for sentence in (
            "5月18日，平台发布公告，对多个利用擦边内容吸引流量的直播账号进行了处罚，并公布了处罚名单和理由。",
            "公告指出，4月至今共无限期封禁账号24个，其中多个账号曾多次违规，平台将持续加强对直播内容的审核。",
        )
    )
    comments = "<div><p>人生有点甜</p><p>5月19日</p><p>支持平台做法，今天擦边不管，明天就啥都敢露。</p></div>"
    article = _page(
        tmp_path, "<title>平台处罚擦边直播</title>", f"<h1>平台处罚擦边直播</h1>{story}<p>{heading}</p>{comments}"
    )
    assert "封禁账号24个" in article.text and "擦边不管" not in article.text, article.text


def test_a_pages_numeric_stamp_is_read_day_first_where_its_language_tag_says_so(tmp_path):
    """`02/10/2020` under a British page's headline is 2 October; under an American one, 10 February."""
    story = "<p>University halls are too full to be safe, experts warned, as students returned for the new term.</p>"
    for tag, expected in (('xml:lang="en-GB"', dt.date(2020, 10, 2)), ('lang="en-US"', dt.date(2020, 2, 10))):
        page = tmp_path / "page.html"
        page.write_text(
            f"<html {tag}><head><title>Halls too full</title></head><body><h1>Halls too full</h1>"
            f"<p>The Guardian 02/10/2020 Anna Fazackerley</p>{story}</body></html>",
            "utf-8",
        )
        assert read_article(page, tmp_path, CONFIG).publication_date == expected


def test_a_big5_page_with_a_widgets_few_utf8_bytes_is_read_as_big5():
    from dateline.ingest.decode import decode

    story = "國光客運昨天上午11時15分才繳交規費，第二日人潮減少。" * 20
    raw = (
        b'<html><head><meta http-equiv="Content-Type" content="text/html; charset=big5"></head><body><p>'
        + story.encode("big5")
        + "<a title='討論'>討論</a>".encode()  # a widget written in UTF-8
        + b"</p></body></html>"
    )
    text, encoding = decode(raw, "a.html")
    assert encoding == "big5" and story in text
    # one that declares Big5 and writes Cantonese characters is read in Big5-HKSCS
    cantonese = "就算佢哋今次可以公正咁處理單嘢。" * 20
    raw = b'<meta http-equiv="Content-Type" content="text/html; charset=big5"><p>' + cantonese.encode("big5hkscs")
    text, encoding = decode(raw, "b.html")
    assert encoding == "big5hkscs" and cantonese in text


def test_a_page_whose_stamp_names_a_zone_the_libraries_cannot_place_reads_without_a_warning(tmp_path):
    page = (
        '<html><head><title>Ottawa cuts vacant posts</title><meta name="publish-date" content="2010-03-09 02:28:26 EST">'
        "</head><body><p>Ottawa cut 245 jobs on Monday, the minister said in a statement to reporters.</p>"
        "<p>Most of the posts had been empty for years, officials said on Tuesday.</p></body></html>"
    )
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        article = read_article(tmp_path / "page.html", tmp_path, CONFIG)
    assert "Ottawa cut 245 jobs" in article.text
    assert [str(warning.message) for warning in caught] == []  # nothing on the console but dateline's messages


@pytest.mark.parametrize("label", ["**发表日期：** 2023.11.7", "发布时间：2023-11-07", "**Published:** November 7, 2023"])
def test_a_labelled_publication_line_below_an_editors_note_dates_a_repost(tmp_path, label):
    """An archive's copy: the editor's note first, then a card with the original's title, author and date,
    then the story. The day the copy was made, printed alone at the top, is not the story's."""
    (tmp_path / "copy.md").write_text(
        "# 一位工作人员的心理变化\n\n2023-11-09\n\n"
        "九个月的时间，从必须辞职到后悔重考，一位工作人员在不到一年的时间内经历了丰富的心理变化。\n\n"
        "从这位女士的表述中，可以看到所谓体制内大概是怎么样的一个生存状态，也可以看出她的生活心态。\n\n"
        "![图](https://example.org/a.png)\n\n"
        f"**标题：** 一位工作人员的心理变化  \n\n**作者：** 元琪  \n\n{label}  \n\n**来源：** 某某平台  \n\n"
        "昨天我去单位递交了辞职信，领导沉默了很久，最后还是签了字，我走出大楼时下起了雨。\n",
        encoding="utf-8",
    )
    article = read_article(tmp_path / "copy.md", tmp_path, CONFIG)
    assert article.publication_date == dt.date(2023, 11, 7)
    assert article.date_evidence.startswith("date line: ")
    assert not any(written in article.text for written in ("2023.11.7", "2023-11-07", "November 7"))
    # a story's own quoted notice is no page's date where the page's edge gives one
    (tmp_path / "notice.md").write_text(
        "# 学校发布停课通知\n\n发布时间：2023-11-09\n\n"
        "昨天下午，学校在官网发布了停课通知，通知全文如下，家长们纷纷在群里转发讨论。\n\n"
        f"{label}\n\n"
        "因天气原因，全校自明日起停课两天，复课时间另行通知，请各位家长做好安排。\n",
        encoding="utf-8",
    )
    assert read_article(tmp_path / "notice.md", tmp_path, CONFIG).publication_date == dt.date(2023, 11, 9)


def test_a_date_whose_weekday_is_not_its_own_dates_nothing(tmp_path):
    """`Friday 30 April 2059` on a page a template filled in: 30 April 2059 is a Wednesday."""
    assert parse_publication_date("Friday, April 30, 2021", "UTC").date() == dt.date(2021, 4, 30)
    with pytest.raises(ValueError, match="Friday is not the weekday of 2059-04-30"):
        parse_publication_date("Friday 30 April 2059", "UTC")
    story = "<p>The city issued a curfew for all residents on Sunday night, the mayor's office said in a statement.</p>"
    for written, expected in (("Friday 30 April 2059", None), ("Thursday 30 April 2020", dt.date(2020, 4, 30))):
        page = _page(tmp_path, "<title>Curfew issued</title>", f'<h1>Curfew issued</h1><p class="time">{written}</p>{story}')
        assert page.publication_date == expected


@pytest.mark.parametrize(
    "stamp, day",
    [
        ("Posted March 16, 2020 at 10:32 PM", dt.date(2020, 3, 16)),
        ("Updated 9:14 AM ET, Tue March 17, 2020", dt.date(2020, 3, 17)),
        ("发布时间：2020-03-16 10:32", dt.date(2020, 3, 16)),
    ],
)
def test_a_stamp_printed_on_the_line_of_the_storys_first_words_is_furniture(tmp_path, stamp, day):
    story = "The city council voted Monday to close all bars in the county until the end of the month."
    if not stamp.isascii():
        story = "市议会周一投票决定关闭全县所有酒吧，直至月底，此举在当地引发了不少争议。"
    body = f"<h1>Bars close</h1><p>{stamp} {story}</p><p>{story}</p>"
    article = _page(tmp_path, "<title>Bars close</title>", body)
    assert article.text.startswith(story)
    assert stamp in [line.text for line in article.furniture]
    assert article.publication_date == day
    # a sentence that opens with the word is no stamp
    sentence = "Updated rules took effect on March 1, 2020, and the city council voted Monday to close all bars."
    assert _page(tmp_path, "<title>Bars close</title>", f"<h1>Bars close</h1><p>{sentence}</p>").text == sentence


@pytest.mark.parametrize("stamp", ["Update 1:45 p.m. PT:", "UPDATE 2:15 p.m.:", "Updated at 4:05 p.m. ET:"])
def test_an_update_stamp_of_a_time_alone_on_a_paragraphs_first_line_is_furniture(tmp_path, stamp):
    """`Update 1:45 p.m. PT: In an interview, …` further down a story: the time dates the page's edit."""
    story = "The software maker said on Tuesday it would buy the analytics firm for $1.8 billion in cash."
    update = "In an interview, the company's vice president said the deal would close in its fourth quarter."
    body = f"<h1>Deal</h1><p>{story}</p><p>{stamp} {update}</p>"
    article = _page(tmp_path, "<title>Deal</title>", body)
    assert article.text.endswith(update)
    assert stamp in [line.text for line in article.furniture if line.kind == "update"]
    # a sentence that opens with the word is story
    sentence = "Update your phone by 5 p.m.: the patch fixes a flaw that let attackers in, the firm said."
    assert _page(tmp_path, "<title>Deal</title>", f"<h1>Deal</h1><p>{sentence}</p>").text == sentence


def test_an_update_a_day_or_two_after_publication_is_the_days_of_a_later_edition(tmp_path):
    """`dateModified` the next day, or `Updated Saturday at 10:30 a.m. ET` under a Friday's story: the text may
    tell of that day; an update weeks later is no edition of the story's."""
    story = "<h1>Officials suspect a detainee</h1><p>The spokeswoman said in a briefing Friday.</p>"
    published = '<meta itemprop="datePublished" content="2015-01-29T21:03:07Z">'
    article = _page(
        tmp_path, published + '<meta itemprop="dateModified" content="2015-01-30T20:19:44Z">', f"<article>{story}</article>"
    )
    assert (article.publication_date, article.updated) == (dt.date(2015, 1, 29), dt.date(2015, 1, 30))
    mentions = extract_mentions(article.text, extraction_context(article, CONFIG))
    assert [(m.as_written, m.date) for m in mentions] == [("Friday", "2015-01-30")]  # the build reads it so
    stamp = "<p><strong>Updated Saturday at 10:30 a.m. ET</strong></p>"
    stamped = _page(tmp_path, '<meta name="date" content="2019-06-07">', f"<article>{stamp}{story}</article>")
    assert (stamped.publication_date, stamped.updated) == (dt.date(2019, 6, 7), dt.date(2019, 6, 8))
    later = _page(
        tmp_path, published + '<meta itemprop="dateModified" content="2015-02-20T20:19:44Z">', f"<article>{story}</article>"
    )
    assert later.updated is None


@pytest.mark.parametrize(
    ("stamp", "day"),
    [
        ("<p>First Published: 11.30.14, 15:58</p>", dt.date(2014, 11, 30)),
        ("<p>Jane Doe reported this story on Friday, July 18, 2014 18:21:00</p>", dt.date(2014, 7, 18)),
    ],
)
def test_a_labelled_date_line_days_from_the_metadata_dates_the_page(tmp_path, stamp, day):
    """Metadata days off the publication date the page prints under a label is a template's stale default
    (a `DC.date` years before) or a later edit's; a day apart is the same publication in two zones."""
    story = "<p>The ministry said on Sunday it was trying to confirm the reports, and the family asked for privacy.</p>"
    stale = _page(tmp_path, '<title>Reports</title><meta name="DC.date" content="2008-10-17T17:01:00+11:00">', stamp + story)
    assert stale.publication_date == day
    assert stale.date_evidence.startswith("date line: ")
    near = (day - dt.timedelta(days=1)).isoformat()
    zoned = _page(tmp_path, f'<title>Reports</title><meta name="DC.date" content="{near}T23:00:00-05:00">', stamp + story)
    assert zoned.publication_date == dt.date.fromisoformat(near)
    assert zoned.date_evidence == "<meta name=dc.date>"


def test_a_sections_heading_that_names_the_story_is_not_its_headline(tmp_path):
    """`樂隊巡迴演唱會2026香港 | 交通` under the <title> `樂隊巡迴演唱會2026香港｜門票攻略＋座位表`: the heading names
    the story, then a part the <title> does not; what comes above it is the story's lede, not the page's chrome."""
    lede = "<p>樂隊巡迴演唱會將於2026年2月28日在啟德主場館舉行，主辦單位昨日公佈門票安排及場地座位表。</p>"
    section = "<h2>樂隊巡迴演唱會2026香港 | 交通</h2><p>觀眾可乘搭港鐵到啟德站，再步行約五分鐘到場館入口，散場時會加開班次。</p>"
    article = _page(tmp_path, "<title>樂隊巡迴演唱會2026香港｜門票攻略＋座位表</title>", lede + section)
    assert article.title == "樂隊巡迴演唱會2026香港｜門票攻略＋座位表"
    assert "將於2026年2月28日" in article.text
    # a heading that goes on from the whole <title> is the headline it cut short
    head = "<p>首頁 | 娛樂</p><h2>樂隊巡迴演唱會2026香港｜門票攻略 | 最新安排</h2>"
    headline = _page(tmp_path, "<title>樂隊巡迴演唱會2026香港｜門票攻略</title>", head + lede + section)
    assert headline.title == "樂隊巡迴演唱會2026香港｜門票攻略 | 最新安排"
    assert "首頁" not in headline.text


def test_a_media_players_controls_and_playlist_are_not_the_story(tmp_path):
    """A video player's text (its controls, the titles and dates of its playlist) is not the story; a place
    named after one (`afterplayer`) and the people who play (`players`) are."""
    story = "<p>The council voted on Tuesday to add bus lanes on two main roads, the mayor's office said.</p>"
    player = (
        '<div id="aniplayer_AV68"><video src="https://example.com/v.mp4"></video><div>Continue to video</div>'
        "<div>Singer quits the network｜Actor recovers after surgery｜Nov 18 entertainment news #today</div>"
        '<div class="jw-controls">Playback speed 1x</div></div>'
        '<div class="video-player"><div>Mayor opens the new bridge on 2 December</div></div>'
    )
    kept = (
        '<div id="c1_afterplayer"><p>The new lanes open on March 3, transport officials said on Wednesday.</p></div>'
        '<div class="players"><p>Both teams named their squads on Monday before the final.</p></div>'
    )
    article = _page(tmp_path, "<title>Bus lanes</title>", player + story + kept)
    assert "bus lanes on two main roads" in article.text
    assert "entertainment news" not in article.text
    assert "Playback speed" not in article.text and "new bridge" not in article.text
    assert "The new lanes open on March 3" in article.text and "named their squads" in article.text


def test_a_wire_storys_day_without_its_year_takes_the_year_of_the_pages_footer(tmp_path):
    """`JANE DOE Wed Aug 17,12:08 PM ET` over the story, `Copyright © 2005 …` in the footer far below it: 17 August
    of that year (or the one before) that is a Wednesday; the byline is no event."""
    story = "".join(
        f"<p>The records released Monday show {n} more projects were stopped, the university said in a statement.</p>"
        for n in range(3)
    )
    footer = "".join(f"<p><a href='/s/{n}'>Other story {n}</a></p>" for n in range(20)) + "<p>Copyright © 2005 Wire</p>"
    article = _page(tmp_path, "<title>Records</title>", "<h1>Records</h1><p>JANE DOE Wed Aug 17,12:08 PM ET</p>" + story + footer)
    assert article.publication_date == dt.date(2005, 8, 17)
    assert "JANE DOE" not in article.text


def test_a_stamp_without_its_year_the_day_before_the_address_is_the_writers_day(tmp_path):
    """`Fri Feb 5, 11:46 pm ET` on `/20100206/`: the address gives the day in UTC, the stamp the writer's evening,
    from which `last Friday` counts; a stamp on the address's day, or a weekday that disagrees, leaves it."""
    story = "<p>Since last Friday, the retailer had limited sales of the publisher's books in a dispute.</p>"

    def page(stamp: str) -> Article:
        head = '<title>Books</title><link rel="canonical" href="https://news.example.com/s/ap/20100206/books">'
        return _page(tmp_path, head, f"<h1>Books</h1><p>JANE DOE – {stamp}</p>{story}")

    assert page("Fri Feb 5, 11:46 pm ET").publication_date == dt.date(2010, 2, 5)
    assert page("Sat Feb 6, 9:46 am ET").publication_date == dt.date(2010, 2, 6)
    assert page("Thu Feb 5, 11:46 pm ET").publication_date == dt.date(2010, 2, 6)


def test_a_byline_of_two_wire_writers_under_a_standfirst_is_furniture_and_names_them(tmp_path):
    """Two writers, their desk printed twice and the day: longer than any sentence-length limit, under a line of
    story (not at the page's edge), still the byline; the author is the writers, not their desk's title."""
    byline = (
        "By JANE DOE and JOHN ROE, Associated Press Writers Jane Doe And John Roe, Associated Press Writers"
        " – Sun Feb 7, 7:18 am ET"
    )
    story = "".join(
        f"<p>The lawyer for the ten detained travellers was fired on Friday night, the families said in case {n}.</p>"
        for n in range(3)
    )
    body = f"<h1>Lawyer fired</h1><p>Video: families gather in a church hall to wait for news of the travellers</p><p>{byline}</p>"
    footer = "".join(f"<p><a href='/s/{n}'>Other story {n}</a></p>" for n in range(20)) + "<p>Copyright © 2010 Wire</p>"
    article = _page(tmp_path, "<title>Lawyer fired</title>", body + story + footer)
    assert "Associated Press Writers" not in article.text
    assert article.author == "JANE DOE and JOHN ROE"
    assert article.publication_date == dt.date(2010, 2, 7)


def test_a_readers_comment_under_the_story_does_not_date_the_page(tmp_path):
    """A comment has a header and a `<time>` of its own, two days after the story: the page's date is the one it
    prints over the story."""
    story = "".join(
        f"<p>The government spends as much on protection as on land reform, the budget shows in table {n}.</p>"
        for n in range(3)
    )
    comment = (
        "<ol class='commentlist'><li class='comment even'><article id='comment-103863'>"
        "<header class='comment-author vcard'><cite>By A Reader</cite><time datetime='2018-05-11'>11 May</time>"
        "</header><p>Thanks for the careful report, it answers what I asked last week.</p></article></li></ol>"
    )
    body = (
        "<h1>Spending on protection</h1>"
        "<div class='time-wrapper'><time datetime='2018-05-09 08:00'>Published: 9 May 2018 08:00</time></div>"
        f"<div class='content'><div class='entry'>{story}</div><div class='comments-area'>{comment}</div></div>"
    )
    article = _page(tmp_path, "<title>Spending on protection</title>", body)
    assert article.publication_date == dt.date(2018, 5, 9)
