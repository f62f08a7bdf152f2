"""Fuzzing (issue #9): ingest, extraction and the editor-YAML loader on generated hostile input.

Hypothesis builds inputs from the pieces real attacks and accidents are made
of (tags, attributes, URLs, YAML syntax, encodings, dates) mixed with random
text and bytes. The properties are the contract: an article or a ContentError
with a one-line message, never another exception; what comes out is clean.
Bounded for CI: a fixed number of examples each, about ten seconds in all.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dateline.config import load_site_config
from dateline.editorial import granularity_of, load_editor_entries, load_entities
from dateline.errors import ContentError, display_path
from dateline.extract import ExtractionContext, extract_mentions
from dateline.ingest import read_article
from dateline.model import Article, Report, SiteConfig
from dateline.yamlfile import parse_yaml

#: The same 1,000 examples each run in CI (about ten seconds in all); DATELINE_FUZZ_EXAMPLES=100000
#: explores new ones for as long as that takes.
EXAMPLES = int(os.environ.get("DATELINE_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize="DATELINE_FUZZ_EXAMPLES" not in os.environ,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

#: The pieces hostile HTML and Markdown are made of.
MARKUP = [
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<b>",
    "</i>",
    "<br>",
    "</br>",
    "<li>",
    "<table><tr><td>",
    "<pre>",
    "<h1>",
    "<article>",
    "<main>",
    "<nav>",
    "<header>",
    "<body>",
    "<html lang='zh-TW'>",
    "<head>",
    "<title>",
    "</title>",
    "<script>",
    "</script>",
    "<script type='application/ld+json'>",
    '{"@type":"NewsArticle","headline":"',
    '"datePublished":"2021-12-22"}',
    "<style>",
    "</style>",
    "<noscript>",
    "<template>",
    "<svg onload=alert(1)>",
    "<math>",
    "<iframe src=javascript:alert(1)>",
    "<object data=x>",
    "<form action=javascript:1>",
    "<base href=x>",
    "<meta http-equiv=refresh content='0;url=javascript:1'>",
    "<meta property='og:title' content='",
    "<meta property='article:published_time' content='",
    "'>",
    "<img src='",
    "<img width=1 height=1 src='",
    "<img data-src='",
    "' onerror='alert(1)'>",
    "javascript:alert(1)",
    "data:image/svg+xml;base64,PHN2Zz4=",
    "https://example.com/a.png",
    "//cdn.example.com/b.jpg",
    "<a href='",
    "'>link</a>",
    " style='display:none'",
    " hidden",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<![if !IE]>",
    "<!DOCTYPE html>",
    "<?xml ?>",
    "&amp;",
    "&#x0;",
    "&#xD800;",
    "&#",
    "&lt;script&gt;",
    "<p ",
    "<",
    ">",
    '"',
    "'",
    "=",
    "# ",
    "## ",
    "- ",
    "  - ",
    "1. ",
    "> ",
    "```",
    "`",
    "**",
    "*",
    "_",
    "[",
    "](",
    "![",
    "](javascript:1)",
    "|",
    "|---|",
    "\\",
    "\n",
    "\n\n",
    "\r\n",
    "\r",
    "\t",
    "    ",
]
#: The pieces front matter and editor YAML are made of.
YAML = [
    "---\n",
    "...\n",
    "- ",
    "  ",
    "\t",
    "title: ",
    "date: ",
    "end_date: ",
    "id: ",
    "url: ",
    "author: ",
    "lang: ",
    "sources: ",
    "article: ",
    "quote: ",
    "merge: ",
    "hide: true",
    "importance: ",
    "entities: ",
    "tags: ",
    "summary: ",
    "2021-12-22",
    "2021-02-30",
    "0000-01-01",
    "99999-01-01",
    "2021-13",
    "2021-Q5",
    "2021-12-10T25:00",
    "12:30",
    "&a ",
    "*a",
    "&b [*a, *a]",
    "!!python/object/apply:os.system ['echo x']",
    "!!binary aGk=",
    "!!set {a}",
    "!custom",
    "{",
    "}",
    "[",
    "]",
    ", ",
    ": ",
    "'",
    '"',
    "|",
    ">-",
    "# ",
    "?",
    "null",
    "~",
    "1e400",
    "0x1F",
    "../../etc/passwd",
    "CON",
    '""',
    "javascript:alert(1)",
    "\\u202e",
    "\x1b[31m",
    "\x00",
    "\ufeff",
    "\n",
    "\n  ",
    "阿里云",
    "工信部",
    "Log4j",
]
#: The pieces dated text is made of.
DATES = [
    "2021年",
    "12月",
    "22日",
    "2月30日",
    "13月1日",
    "0日",
    "0年",
    "99999年",
    "公元前",
    "今年",
    "去年",
    "明年",
    "上半年",
    "第三季度",
    "Q4",
    "至",
    "到",
    "—",
    "~",
    "-",
    "－",
    "号",
    "日前",
    "昨天",
    "前天",
    "本月",
    "上月",
    "12月22日至5日",
    "2021年12月22日至2021年12月5日",
    "一个月前",
    "半个月后",
    "二〇二一年十二月二十二日",
    "２０２１年１２月２２日",
    "December 22, 2021",
    "Dec. 5",
    "from March 3 to February 1",
    "12/9/2021",
    "31/12/2021",
    "2021-12-22",
    "2021/02/30",
    "in 2021",
    "last week",
    "Q3 2021",
    "the 1990s",
    "on the 31st",
    "1 to 2",
    "，",
    "。",
    "\n",
    "\n\n",
    " ",
    "工信部",
    "阿里云宣布",
    "announced",
    "9" * 30,
    "0",
]


def joined(pieces: list[str]) -> st.SearchStrategy[str]:
    """Strings made of the given pieces and random text, in any order."""
    piece = st.one_of(st.sampled_from(pieces), st.text(max_size=12))
    return st.lists(piece, max_size=80).map("".join)


ENCODINGS = ["utf-8", "utf-8-sig", "utf-16", "utf-16-le", "utf-16-be", "gb18030", "gbk", "big5"]
SUFFIXES = [".txt", ".html", ".htm", ".md", ".markdown", "", ".jpg", ".yaml"]


def encoded(text: str, encoding: str) -> bytes:
    return text.encode(encoding, errors="replace")


article_bytes = st.one_of(
    st.tuples(joined(MARKUP), st.sampled_from(ENCODINGS)).map(lambda pair: encoded(*pair)),
    st.tuples(
        st.tuples(joined(YAML), joined(MARKUP)).map(lambda parts: "---\n" + parts[0] + "\n---\n" + parts[1]),
        st.sampled_from(ENCODINGS),
    ).map(lambda pair: encoded(*pair)),
    st.binary(max_size=3000),
    st.tuples(joined(MARKUP), st.binary(max_size=40), st.integers(0, 4000)).map(
        lambda parts: parts[0].encode("utf-8", "surrogatepass")[: parts[2]] + parts[1]
    ),  # cut and corrupted
)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")


@pytest.fixture(scope="module")
def scratch():
    with tempfile.TemporaryDirectory() as folder:
        yield Path(folder)


@FUZZ
@given(raw=article_bytes, suffix=st.sampled_from(SUFFIXES), sidecar=st.one_of(st.none(), joined(YAML)))
def test_ingest_gives_an_article_or_a_one_line_content_error(scratch, raw, suffix, sidecar):
    content = scratch / "content"
    articles = content / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    path = articles / f"fuzz{suffix}"
    path.write_bytes(raw)
    sidecar_path = articles / "fuzz.meta.yaml"
    if sidecar is None:
        sidecar_path.unlink(missing_ok=True)
    else:
        sidecar_path.write_text(sidecar, encoding="utf-8", errors="surrogatepass")
    try:
        article = read_article(path, content, SiteConfig())
    except ContentError as error:
        assert "\n" not in str(error) and "\r" not in str(error)
        assert error.path.startswith("content/articles/fuzz")
        return
    assert isinstance(article, Article)
    for value in (article.title, article.text, article.author, article.outlet, article.url):
        assert isinstance(value, str) and not _CONTROL.search(value.replace("\n", "")), repr(value)
    assert "\r" not in article.text
    assert article.url == "" or article.url.startswith(("http://", "https://"))
    texts = []
    for block in article.blocks:
        assert 0 <= block.start <= block.end <= len(article.text)
        if block.kind == "img":
            assert block.src.startswith(("http://", "https://")) and not _CONTROL.search(block.src + block.alt)
        else:
            texts.append(article.text[block.start : block.end])
    assert article.text == "\n\n".join(texts)
    assert article.language in ("zh-Hans", "zh-Hant", "en")
    article.text.encode("utf-8")  # writable as a page


published = st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))


@FUZZ
@given(
    text=joined(DATES),
    published=published,
    language=st.sampled_from(["zh-Hans", "zh-Hant", "en"]),
    order=st.sampled_from(["MDY", "DMY"]),
)
def test_extraction_never_fails_and_gives_only_real_dates(text, published, language, order):
    context = ExtractionContext(article="fuzz", published=published, language=language, date_order=order)
    for mention in extract_mentions(text, context):
        assert text[mention.start : mention.end] == mention.as_written
        for date in (mention.date, mention.end_date):
            assert date is None or granularity_of(date) is not None, (mention.as_written, date)


def _one_line_with_path(report: Report, path: str) -> None:
    for problem in report.problems:
        assert "\n" not in str(problem) and str(problem).startswith(path), str(problem)


@FUZZ
@given(text=joined(YAML), raw=st.one_of(st.none(), st.binary(max_size=300)))
def test_editor_yaml_is_validated_or_reported_never_a_crash(scratch, text, raw):
    content = scratch / "editor" / "content"
    (content / "events").mkdir(parents=True, exist_ok=True)
    data = raw if raw is not None else text.encode("utf-8", "surrogatepass")
    (content / "events" / "fuzz.yaml").write_bytes(data)
    (content / "entities.yaml").write_bytes(data)
    report = Report()
    load_editor_entries(content, report)
    load_entities(content, report)
    for problem in report.problems:
        assert "\n" not in str(problem), str(problem)
        named = (display_path(content / "events" / "fuzz.yaml"), display_path(content / "entities.yaml"))
        assert str(problem).startswith(named), str(problem)


@FUZZ
@given(text=joined(YAML))
def test_site_yaml_is_a_config_or_a_content_error(scratch, text):
    content = scratch / "site" / "content"
    content.mkdir(parents=True, exist_ok=True)
    (content / "site.yaml").write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        config = load_site_config(content)
    except ContentError as error:
        assert "\n" not in str(error) and error.path == display_path(content / "site.yaml")
    else:
        assert isinstance(config, SiteConfig)
    try:
        parse_yaml(text, "x.yaml", line_offset=10)
    except ContentError as error:
        assert error.line is None or error.line > 10
