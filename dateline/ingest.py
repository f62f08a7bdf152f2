"""Ingest: turn article files as they are found in the wild into `Article` values.

Editors drop whatever they saved into `content/articles/`: HTML with YAML
front matter from a feed scraper, Markdown from a read-later app, plain text
copied out of a web page, whole HTML pages; in UTF-8, GB18030, Big5 or UTF-16.
Every later stage wants one thing: clean plain text with block offsets, plus
the metadata (title, date, author, outlet, URL, language) that places the
article on the timeline. So this module detects the format by content, decodes
the bytes, reads the metadata where each format keeps it, lets an editor's
sidecar `NAME.meta.yaml` override it, and reduces every body to the same
`text` + `blocks`. Whatever it cannot read becomes a `ContentError` naming the
file and line, never a traceback.

HTML is parsed with BeautifulSoup's `html.parser` (the standard library's
parser). html5lib builds exactly the tree a browser builds, but it is pure
Python and quadratic on deeply nested markup (3,000 nested `<div>`s take
seconds; a hostile 20 MB file would stall a build), and lxml is not
installed. We only need text and block boundaries, not a faithful DOM: the
walker below ends a block at every block-level start *and* end tag, so where
html.parser's tree differs from a browser's (an unclosed `<p>` or `<li>`
nests instead of closing) the blocks come out the same.

Articles come from the open web, so reading one must never run anything,
crash, or take unbounded time or memory. Files over `max_article_bytes`, HTML
over `max_html_elements` tags or nested over `max_html_depth` are refused with
a message (site.yaml raises the limits). The parser is given a browser's
end-of-file rules (Python's is quadratic on markup left open at the end), and
every HTML body passes through nh3, an allowlist sanitiser, before its text is
taken: only the tags and attributes the block walker reads survive, and only
http(s) image addresses. What reaches an `Article` is plain text and those
addresses; the site escapes the text, so nothing from an article can run.
"""
from __future__ import annotations

import codecs
import dataclasses
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from zoneinfo import ZoneInfo

import charset_normalizer
import nh3
import yaml
from bs4 import BeautifulSoup, NavigableString, SoupStrainer, Tag
from bs4.builder import HTMLParserTreeBuilder
from bs4.builder._htmlparser import BeautifulSoupHTMLParser
from bs4.exceptions import ParserRejectedMarkup
from markdown_it import MarkdownIt

from .errors import ContentError
from .model import Article, Block, SiteConfig
from .yamlfile import refuse_unsafe_yaml

# --------------------------------------------------------------------------
# Data tables: language- and site-specific patterns live here, one per line.
# --------------------------------------------------------------------------

#: File name endings that are never articles (sidecars, editor backups).
IGNORED_NAME_ENDINGS = (".meta.yaml", "~")
SIDECAR_SUFFIX = ".meta.yaml"
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

#: Byte-order marks, longest first (a UTF-32 LE mark starts like UTF-16 LE).
BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

#: Decode with a superset of what detection names: GB18030 reads all GB2312/GBK text.
PREFERRED_DECODERS = {"gb2312": "gb18030", "gbk": "gb18030", "cp936": "gb18030"}

#: Metadata keys accepted in front matter and sidecars, field -> keys (first wins).
METADATA_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate", "publish_date", "datepublished"),
    "author": ("author", "authors", "byline"),
    "outlet": ("outlet", "publisher", "site_name"),
    "url": ("url", "link", "source", "permalink", "canonical"),
    "language": ("lang", "language"),
}

#: Labelled lines at the foot of scraped plain text: field -> labels.
FOOTER_LABELS = {
    "title": ("本文题目", "本文标题", "标题", "本文標題", "標題", "Title"),
    "url": ("本文来源", "原文链接", "原文地址", "来源", "本文來源", "原文連結", "原文鏈接", "來源",
            "Source", "Original URL"),
    "date": ("发布时间", "发布日期", "發佈時間", "發布時間", "發佈日期", "Published"),
}
#: How many non-blank lines at the end of a text are searched for footer labels.
FOOTER_SCAN_LINES = 8
#: How far down a text the title may repeat as site boilerplate (non-blank lines).
BOILERPLATE_SCAN_LINES = 10

#: Bylines that name the outlet and/or author; searched in the first blocks only.
BYLINE_PATTERNS = (
    re.compile(r"【\s*文\s*[/／]\s*(?P<outlet>[^\s】/／]+)\s+(?P<author>[^】]+?)\s*】"),  # 【文/观察者网 吕栋】
    re.compile(r"^[【\[]?\s*(?:文|作者|撰文)\s*[/／:：]\s*(?P<author>[^\s】\]]+)\s*[】\]]?$"),  # 文/张三
    re.compile(r"^(?P<outlet>[^\s(（]+?)\s*讯\s*[(（]\s*记者\s*(?P<author>[^)）]+?)\s*[)）]"),  # 新京报讯（记者 某）
    re.compile(r"^By (?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))*)$"),
)
BYLINE_SCAN_BLOCKS = 8

#: Read-later exports (Cubox, Pocket …) end with a link back to the original page.
VIEW_ORIGINAL_LABELS = ("查看原网页", "查看原文", "阅读原文", "閱讀原文", "View original", "Read original")

#: A headline is short and does not end like a sentence.
HEADLINE_MAX_CHARS = 80
SENTENCE_ENDINGS = "。！？!?.…;；:：,，、"
CLOSING_QUOTES = "”’\"')）】」』》"

#: BCP 47 tag (lower case, or its prefix) -> the language dateline works in; first match wins.
LANGUAGE_TAGS = (
    ("zh-hant", "zh-Hant"), ("zh-tw", "zh-Hant"), ("zh-hk", "zh-Hant"), ("zh-mo", "zh-Hant"),
    ("zh-hans", "zh-Hans"), ("zh-cn", "zh-Hans"), ("zh-sg", "zh-Hans"), ("zh-my", "zh-Hans"),
    ("zh", "zh-Hans"),
    ("en", "en"),
)
#: Share (and least number) of Han characters that OpenCC t2s must change to call a text traditional.
TRADITIONAL_MIN_SHARE = 0.02
TRADITIONAL_MIN_CHARS = 5

#: Date strings besides RFC 2822 and ISO 8601 (tried after them), matched whole after NFKC.
DATE_TEXT_PATTERNS = (
    re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
               r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"),
    re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]?"
               r"(?:\s*(?P<hour>\d{1,2})\s*[:时時点點]\s*(?P<minute>\d{1,2})"
               r"(?:\s*[:分]\s*(?P<second>\d{1,2}))?\s*[分秒]?)?"),
)
RFC_2822_START = re.compile(r"(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\b")

#: Elements whose text a reader never sees.
INVISIBLE_ELEMENTS = frozenset({
    "script", "style", "noscript", "template", "head", "title", "meta", "link",
    "svg", "math", "iframe", "object", "embed", "canvas", "audio", "video",
    "select", "option", "textarea", "input", "button", "rt", "rp", "dialog",
})
#: Page furniture around the article in a whole HTML page.
PAGE_CHROME_ELEMENTS = frozenset({"nav", "header", "footer", "aside", "form"})
#: Elements that start and end a block of text.
BLOCK_ELEMENTS = frozenset({
    "html", "body", "address", "article", "aside", "blockquote", "center", "details",
    "dd", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form",
    "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "nav",
    "ol", "p", "pre", "section", "summary", "table", "caption", "tr", "ul", "legend",
})
#: Block elements that give their text a kind of its own (others inherit the enclosing kind).
BLOCK_KINDS = {
    "h1": "h", "h2": "h", "h3": "h", "h4": "h", "h5": "h", "h6": "h",
    "blockquote": "quote", "li": "li",
}
TABLE_CELL_ELEMENTS = frozenset({"td", "th"})
#: Elements that never have content (html.parser does not nest anything in them).
VOID_ELEMENTS = frozenset({
    "area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "menuitem", "meta", "param",
    "source", "track", "wbr", "basefont", "bgsound", "command", "frame", "image", "isindex", "nextid", "spacer",
})
#: Where lazy-loading pages keep the real image address, in order of preference.
IMAGE_SOURCE_ATTRIBUTES = ("src", "data-src", "data-original", "data-actualsrc")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: An image this small (its width and height attributes) is a tracking pixel, not a picture.
TRACKING_PIXEL_MAX_SIDE = 2

#: What nh3 keeps of an article's HTML before its text is taken: the tags the block
#: walker reads (others go, their text stays), the attributes it needs to tell hidden
#: text and image addresses, and only http(s) URLs. INVISIBLE_ELEMENTS go with their content.
SANITISED_TAGS = frozenset(BLOCK_ELEMENTS - {"html", "body"}) | TABLE_CELL_ELEMENTS | frozenset({
    "thead", "tbody", "tfoot", "colgroup", "col", "br", "wbr", "img", "picture", "a", "span", "font",
    "b", "i", "em", "strong", "u", "s", "strike", "del", "ins", "small", "big", "sub", "sup", "mark", "q",
    "cite", "abbr", "acronym", "dfn", "time", "data", "code", "kbd", "samp", "var", "tt", "bdi", "bdo",
    "ruby", "label",
})
SANITISED_ATTRIBUTES = {"*": {"hidden", "aria-hidden", "style"},
                        "img": {"alt", "width", "height", *IMAGE_SOURCE_ATTRIBUTES}}
SANITISED_STYLE_PROPERTIES = {"display", "visibility"}
SANITISED_URL_SCHEMES = {"http", "https"}

#: How a file that is not text starts: what to tell the editor it is instead.
BINARY_SIGNATURES = (
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or a Word, EPUB or OpenDocument file)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Word or Excel document"),
    (b"{\\rtf", "an RTF document"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"\x1f\x8b", "a gzip-compressed file"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7fELF", "a program"),
)

#: Windows cannot create files with these names (any extension), so no id may be one.
RESERVED_FILE_NAMES = frozenset({"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)),
                                 *(f"lpt{n}" for n in range(1, 10))})
#: An id becomes a file name (sources/ID.html, extracted/ID.yaml); file systems allow 255 bytes.
ID_MAX_BYTES = 120

#: Lists and quotes nested deeper than this are refused: the Markdown parser would drop
#: what is deeper (it stops at MARKDOWN_PARSER_NESTING, two levels per list), and its
#: cost per `[` grows with that bound. No article nests so deep on purpose.
MARKDOWN_MAX_NESTING = 12
MARKDOWN_PARSER_NESTING = 30
#: Front matter is a few lines of metadata; YAML this long is a mistake, and slow to parse.
FRONT_MATTER_MAX_CHARS = 100_000
#: Bylines are short; longer lines are not searched for one.
BYLINE_MAX_CHARS = 200

#: The elements a page's metadata is read from (JSON-LD is a <script>), besides <html lang>
#: and any element with itemprop=datePublished.
METADATA_ELEMENTS = ("meta", "title", "link", "script", "base")

#: schema.org types that describe an article, most specific first.
JSON_LD_ARTICLE_TYPES = (
    "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
    "BackgroundNewsArticle", "Article", "BlogPosting", "TechArticle", "Report", "WebPage",
)
#: <meta> names/properties (lower case) per field, in order of trust.
META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "date": ("article:published_time", "og:published_time", "datepublished", "pubdate",
             "publishdate", "publish-date", "dc.date.issued", "dcterms.created", "dc.date",
             "parsely-pub-date", "sailthru.date", "date"),
    "author": ("author", "article:author", "parsely-author", "dc.creator", "byl"),
    "outlet": ("og:site_name", "application-name"),
    "url": ("og:url",),
    "language": ("og:locale", "content-language", "dc.language"),
}
#: Separators between a headline and the site name in <title>.
TITLE_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " _ ", "|", "｜", "_", "-", "—")

#: Markdown signals in a file with no Markdown extension (the demo's are all `.txt`).
MARKDOWN_LINE_SIGNALS = (
    re.compile(r"^#{1,6}\s+\S"),  # ATX heading
    re.compile(r"!\[[^\[\]]*\]\([^)\s]+"),  # image (no [ inside: a line of ![![![ stays linear)
    re.compile(r"\[[^\[\]]+\]\((?:https?://|/)[^)\s]*"),  # link
    re.compile(r"^\*\*[^*].*\*\*\s*$"),  # bold paragraph
    re.compile(r"^```"),  # code fence
)
MARKDOWN_MIN_SIGNAL_LINES = 2
#: CommonMark with tables, raw HTML passed on to the sanitiser. markdown-it-py, because it
#: reads any input in linear time: Python-Markdown takes minutes over 200 KB of `[[[[` or `<p <p`.
MARKDOWN = MarkdownIt("commonmark", {"html": True, "maxNesting": MARKDOWN_PARSER_NESTING}).enable("table")
#: The sanitiser, not the Markdown parser, decides which addresses survive: a link's text is
#: text whatever its address (markdown-it would leave `[text](javascript:…)` as raw Markdown).
MARKDOWN.validateLink = lambda url: True

# Characters.
CJK_CHARS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
)
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
#: What an article id keeps besides [A-Za-z0-9_-]: Han, kana and Hangul.
ID_EXTRA_CHARS = HAN_CHARS + "\u3040-\u30ff\uac00-\ud7af"

_CJK = re.compile(f"[{CJK_CHARS}]")
_HAN = re.compile(f"[{HAN_CHARS}]")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")
_WHITESPACE_RUN = re.compile(r"\s+")
_UNSAFE_ID_RUN = re.compile(f"[^A-Za-z0-9_{ID_EXTRA_CHARS}-]+")
_BLOCK_TAG = re.compile(
    r"<(?:p|div|br|img|figure|blockquote|ul|ol|li|table|section|article|h[1-6]|pre)\b[^<>]*>", re.I)
_HTML_PAGE_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I)
_LEADING_FILLER = re.compile(r"(?:\s|<!--.*?-->)*", re.S)  # one character or comment per step: linear
_BODY_TAG = re.compile(r"<body[\s>]", re.I)
_HTML_OPENING_TAG = re.compile(r"""<html\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)
_HTML_FRAGMENT_START = re.compile(r"\s*(?:<!--|<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)")
_STRAY_BR_END_TAG = re.compile(r"</br\s*>", re.I)
_DECLARED_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
_URL = re.compile(r"https?://\S+")
_MARKDOWN_TITLE = re.compile(r"#\s+(?P<title>\S.*)")  # on a stripped line; closing #s are taken off after
_MARKDOWN_CLOSING_HASHES = re.compile(r"(?:^|\s)#+$")
_MARKDOWN_LINE_PREFIX = re.compile(r"[ \t>]*")
_MARKDOWN_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_MARKDOWN_SOURCE_LINK = re.compile(r"^\s*\[(?P<label>[^\]]+)\]\((?P<url>https?://[^\s)]+)\)(?P<rest>.*)$")
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_VIEW_ORIGINAL = re.compile(
    r"^\s*\[\s*(?:" + "|".join(map(re.escape, VIEW_ORIGINAL_LABELS)) + r")[^\]]*\]"
    r"\((?P<url>https?://[^\s)]+)\)\s*$", re.I)
_FOOTER_LINE = {  # matched on stripped lines; no pattern here may backtrack over a long line
    name: re.compile(r"(?:" + "|".join(map(re.escape, labels)) + r")\s*[:：]\s*(?P<value>\S.*)", re.I)
    for name, labels in FOOTER_LABELS.items()
}
# Format characters that carry no text: zero-width space, BOM, soft hyphen, C0/C1 controls, and
# the bidirectional controls that can make text read backwards (no Chinese or English text needs them).
_INVISIBLE_CHARS = dict.fromkeys(
    [0x200B, 0xFEFF, 0x00AD, 0x7F, *range(0x00, 0x09), *range(0x0E, 0x20), *range(0x80, 0xA0),
     0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A)])
_CONTROL_CHAR = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})
_TAG_START = re.compile(r"<[A-Za-z]")
#: A comment's start, or a tag with its attributes (quoted values may hold `>`); `>?`: an unclosed tag ends the scan.
_TAG = re.compile(r"""<!--|<(/?)([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>?""")
#: More than this share of control characters means the bytes are not text.
BINARY_CONTROL_SHARE = 0.01
#: In a file that is not valid UTF-8, at most this share of damaged characters still counts as UTF-8.
DAMAGED_UTF8_SHARE = 0.05

# OpenCC's traditional-to-simplified converter, created on first use (it loads dictionaries).
_traditional_to_simplified = None
#: libyaml's loader when PyYAML has it: front matter is read for every article.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# --------------------------------------------------------------------------
# Public API
# --------------------------------------------------------------------------


def discover_articles(articles_dir: Path) -> list[Path]:
    """Article files under `articles_dir`, sorted by relative posix path.

    Skips hidden files and folders, `*.meta.yaml` sidecars, editor backups
    (`name~`) and symlinks that resolve outside `articles_dir`.
    """
    root = Path(articles_dir)
    if not root.is_dir():
        raise ContentError(root.as_posix(), None, "articles folder not found")
    real_root = root.resolve()
    found: list[Path] = []
    for folder, subfolders, names in os.walk(root):  # does not descend into symlinked folders
        subfolders[:] = [name for name in subfolders if not name.startswith(".")]
        for name in names:
            if name.startswith(".") or name.endswith(IGNORED_NAME_ENDINGS):
                continue
            candidate = Path(folder) / name
            if candidate.is_symlink():
                try:
                    target = candidate.resolve()
                except (OSError, RuntimeError):  # a symlink loop
                    continue
                if not target.is_relative_to(real_root):
                    continue
            elif not candidate.is_file():
                continue
            found.append(candidate)
    return sorted(found, key=lambda found_path: found_path.relative_to(root).as_posix())


def read_article(path: Path, content_dir: Path, config: SiteConfig, max_bytes: int | None = None) -> Article:
    """Read one article file, and its sidecar `NAME.meta.yaml` if there is one.

    Raises `ContentError(path, line, message)` for anything it cannot read or
    that is over a limit in `config`; the path is relative to the parent of
    `content_dir` (`content/articles/x.txt`). `max_bytes` overrides the size limit.
    """
    path = Path(path)
    shown_path = _display_path(path, content_dir)
    if max_bytes is not None:
        config = dataclasses.replace(config, max_article_bytes=max_bytes)
    try:
        return _read_article(path, shown_path, content_dir, config)
    except ContentError as error:
        raise ContentError(error.path, error.line, _one_line(error.message)) from None
    except RecursionError:
        raise ContentError(shown_path, None, "nested too deeply to read") from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - the contract: bad input never escapes as a traceback
        # (bs4, markdown, codecs …; nh3 raises a PanicException, which is not an Exception)
        raise ContentError(shown_path, None,
                           _one_line(f"could not read this file ({type(exc).__name__}: {exc})")) from None


def load_sidecar(path: Path, shown_path: str | None = None, max_bytes: int = SiteConfig.max_article_bytes) -> dict:
    """The editor's overrides in a `NAME.meta.yaml` sidecar, as {field: value}.

    Fields are title, date, author, outlet, url and language; an unknown key,
    bad YAML or a non-mapping raises `ContentError` with the line to fix.
    """
    _, fields = _read_sidecar(Path(path), shown_path or Path(path).as_posix(), max_bytes)
    return {name: found.value for name, found in fields.items()}


def parse_publication_date(value: object, timezone: str) -> dt.datetime:
    """An aware datetime in `timezone` from a date string or a YAML date/datetime.

    Zoned times are converted to `timezone`; naive times are taken as already
    in it; a date alone is midnight there. Raises ValueError if unreadable.
    """
    zone = _zone(timezone)
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str):
        moment = _parse_date_text(unicodedata.normalize("NFKC", value).strip())
    else:
        raise ValueError(f"{value!r} is not a date")
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


def detect_language(text: str, default: str = "zh-Hans") -> str:
    """The language of a text ("en", "zh-Hans" or "zh-Hant"), from its letters and Han characters.

    Mostly Latin letters is English; Chinese is traditional when OpenCC's
    t2s conversion changes a meaningful share of its Han characters.
    """
    han = _HAN.findall(text)
    latin_letters = len(_LATIN_LETTER.findall(text))
    if not han and not latin_letters:
        return default
    if latin_letters > len(han):
        return "en"
    changed = _count_traditional_han(text, han)
    if changed >= TRADITIONAL_MIN_CHARS and changed > TRADITIONAL_MIN_SHARE * len(han):
        return "zh-Hant"
    return "zh-Hans"


def normalise_language(tag: object) -> str | None:
    """The dateline language for a BCP 47 tag (`zh-CN` -> `zh-Hans`), or None if unsupported."""
    if not isinstance(tag, str):
        return None
    lowered = tag.strip().replace("_", "-").lower()
    for prefix, language in LANGUAGE_TAGS:
        if lowered == prefix or lowered.startswith(prefix + "-"):
            return language
    return None


# --------------------------------------------------------------------------
# Reading one article
# --------------------------------------------------------------------------


@dataclass
class _Value:
    """One metadata value and where it was written, for error messages."""

    value: object
    line: int | None = None
    path: str = ""


@dataclass
class _Piece:
    """A block before offsets are known: its kind and text, or an image."""

    kind: str
    text: str = ""
    src: str = ""
    alt: str = ""


@dataclass
class _Reading:
    """What a format reader found: body pieces and the metadata the document states."""

    format: str
    pieces: list[_Piece]
    metadata: dict[str, _Value] = field(default_factory=dict)  # title, author, outlet, url, language
    date_candidates: list[_Value] = field(default_factory=list)  # in order of trust
    front_matter: dict[str, _Value] = field(default_factory=dict)  # overrides `metadata`
    title_dropped: bool = False  # the reader already removed the title from the body


def _read_article(path: Path, shown_path: str, content_dir: Path, config: SiteConfig) -> Article:
    raw = _read_bytes(path, shown_path, config.max_article_bytes)
    sidecar_path = path.with_name(path.stem + SIDECAR_SUFFIX)
    sidecar_raw, sidecar = b"", {}
    if sidecar_path.is_file():
        shown_sidecar = _display_path(sidecar_path, content_dir)
        if sidecar_path.is_symlink() and not _inside(sidecar_path, path.parent):
            raise ContentError(shown_sidecar, None, "this sidecar is a link to a file outside the articles folder; "
                                                    "copy the file here instead")
        sidecar_raw, sidecar = _read_sidecar(sidecar_path, shown_sidecar, config.max_article_bytes)

    text, encoding = _decode(raw, shown_path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ContentError(shown_path, None, "the file is empty")
    reading = _read_document(text, path.suffix.lower(), shown_path, config)

    metadata = _byline_metadata(reading.pieces)
    metadata.update(_non_empty(reading.metadata))
    metadata.update(_non_empty(reading.front_matter))
    metadata.update(_non_empty(sidecar))

    title = _clean_inline(_as_text(metadata.get("title")))
    if not title:
        title = _fallback_title(reading.pieces)
    text, blocks = _assemble(reading.pieces, "" if reading.title_dropped else title)
    text, blocks = _scrubbed(text), tuple(_scrubbed_block(block) for block in blocks)
    article_id = _article_id(path.name)

    return Article(
        id=article_id,
        path=shown_path,
        format=reading.format,
        title=title or article_id,
        text=text,
        blocks=blocks,
        language=_language(metadata.get("language"), title + "\n" + text, config),
        published=_publication_date(metadata, reading.date_candidates, config, shown_path),
        author=_clean_inline(_as_text(metadata.get("author"))),
        outlet=_clean_inline(_as_text(metadata.get("outlet"))),
        url=_clean_inline(_as_text(metadata.get("url"))),
        encoding=encoding,
        content_hash=hashlib.sha256(raw + sidecar_raw).hexdigest(),
    )


def _read_document(text: str, suffix: str, shown_path: str, config: SiteConfig) -> _Reading:
    """Detect the format by content (the suffix is a hint) and read it."""
    front = _split_front_matter(text, shown_path)
    if front is not None:
        front_matter, body, body_line = front
        if _looks_like_html_page(body):
            reading = _read_html_page(body, body_line, shown_path, config)
            reading.format = "front-matter-html"
        elif suffix not in MARKDOWN_SUFFIXES and _BLOCK_TAG.search(body):
            base_url = _as_text(front_matter.get("url"))
            tree = _sanitised_tree(body, body_line, shown_path, config)
            reading = _Reading("front-matter-html", _html_pieces(tree, INVISIBLE_ELEMENTS, base_url))
        else:
            reading = _read_markdown(body, body_line, shown_path, config)
            reading.format = "front-matter-markdown"
        reading.front_matter = front_matter
        return reading
    if _looks_like_html_page(text) or suffix in HTML_SUFFIXES:
        return _read_html_page(text, 1, shown_path, config)
    if suffix in MARKDOWN_SUFFIXES or _looks_like_markdown(text):
        return _read_markdown(text, 1, shown_path, config)
    if _HTML_FRAGMENT_START.match(text):
        return _read_html_page(text, 1, shown_path, config)
    return _read_plain_text(text)


def _display_path(path: Path, content_dir: Path) -> str:
    base = Path(os.path.abspath(content_dir)).parent
    try:
        shown = Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        shown = Path(path).as_posix()
    return _printable(shown)


def _printable(text: str) -> str:
    """Text a one-line message can show: control, format and separator characters, and the
    lone surrogates of undecodable file-name bytes, are written as escapes (\\n, \\udcff)."""
    return "".join(repr(char)[1:-1] if unicodedata.category(char) in _UNPRINTABLE_CATEGORIES else char
                   for char in text)


def _one_line(message: str) -> str:
    return _printable(" ".join(message.split()))


def _inside(path: Path, folder: Path) -> bool:
    """Whether path, with every link followed, is inside folder."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False


def _scrubbed(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (from JSON or YAML escapes) become U+FFFD."""
    if not _LONE_SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def _scrubbed_block(block: Block) -> Block:
    if not block.src and not block.alt:
        return block
    return dataclasses.replace(block, src=_scrubbed(block.src), alt=_scrubbed(block.alt))


def _read_bytes(path: Path, shown_path: str, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise ContentError(shown_path, None, f"file is {size} bytes, over the limit of {max_bytes} bytes")
        with path.open("rb") as stream:
            raw = stream.read(max_bytes + 1)
    except OSError as exc:
        raise ContentError(shown_path, None, f"cannot read file: {exc.strerror or exc}") from exc
    if len(raw) > max_bytes:
        raise ContentError(shown_path, None, f"file is over the limit of {max_bytes} bytes")
    return raw


def _article_id(file_name: str) -> str:
    """A URL- and file-name-safe id from a file name: `odd name (副本).txt` -> `odd-name-副本`."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name.lstrip(".") else file_name
    safe = re.sub(r"-{2,}", "-", _UNSAFE_ID_RUN.sub("-", stem)).strip("-") or "article"
    if len(safe.encode("utf-8")) > ID_MAX_BYTES:
        digest = hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        safe = safe.encode("utf-8")[: ID_MAX_BYTES - 9].decode("utf-8", "ignore").rstrip("-") + "-" + digest
    if safe.split(".")[0].lower() in RESERVED_FILE_NAMES:
        safe += "_"
    return safe


def _non_empty(values: dict[str, _Value]) -> dict[str, _Value]:
    return {name: found for name, found in values.items() if found.value not in (None, "", [], {})}


# --------------------------------------------------------------------------
# Encodings
# --------------------------------------------------------------------------


def _decode(raw: bytes, shown_path: str) -> tuple[str, str]:
    """Text and encoding name: BOM, then strict UTF-8, then detection."""
    for signature, what in BINARY_SIGNATURES:
        if raw.startswith(signature):
            raise ContentError(shown_path, None, f"not a text file: it is {what}; "
                                                 "dateline reads articles saved as text, HTML or Markdown")
    text, encoding = _decode_bytes(raw, shown_path)
    if _CONTROL_CHAR.search(text) and len(_CONTROL_CHAR.findall(text)) > BINARY_CONTROL_SHARE * len(text):
        raise ContentError(shown_path, None, f"not a text file (too many control characters as {encoding})")
    return text.lstrip("\ufeff"), encoding


def _decode_bytes(raw: bytes, shown_path: str) -> tuple[str, str]:
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            return raw[len(mark):].decode(encoding.replace("-sig", ""), errors="replace"), encoding
    if b"\x00" in raw:
        encoding = _utf16_without_bom(raw)
        if encoding is not None:
            return raw.decode(encoding, errors="replace"), encoding
        if raw.count(0) > BINARY_CONTROL_SHARE * len(raw):
            raise ContentError(shown_path, None, "not a text file (it contains NUL bytes); "
                                                 "save articles as text, HTML or Markdown")
        raw = raw.replace(b"\x00", b"")  # a few stray NULs in a text (a browser ignores them too)
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if _is_damaged_utf8(raw):
        return raw.decode("utf-8", errors="replace"), "utf-8"
    declared = _declared_encoding(raw)
    if declared:
        try:
            return raw.decode(declared), declared
        except UnicodeDecodeError:
            pass
    best = charset_normalizer.from_bytes(raw).best()
    if best is None or not best.encoding:
        raise ContentError(shown_path, None, "not a text file (no known text encoding fits its bytes)")
    encoding = _decoder_for(best.encoding)
    return raw.decode(encoding, errors="replace"), encoding


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 LE/BE when NUL bytes sit on one side of the pairs, as ASCII looks in UTF-16.

    A file cut short (an odd number of bytes) is judged without its last byte.
    """
    raw = raw[: len(raw) - len(raw) % 2]
    pairs = len(raw) // 2
    nul_at_even, nul_at_odd = raw[0::2].count(0), raw[1::2].count(0)
    for nul_share, other_share, encoding in ((nul_at_odd, nul_at_even, "utf-16-le"),
                                             (nul_at_even, nul_at_odd, "utf-16-be")):
        if nul_share > 0.3 * pairs and other_share < 0.05 * pairs:
            try:
                raw.decode(encoding)
            except UnicodeDecodeError:
                return None
            return encoding
    return None


def _is_damaged_utf8(raw: bytes) -> bool:
    """Mostly valid UTF-8 with a few bad bytes (a cut or a stray byte), not another encoding."""
    decoded = raw.decode("utf-8", errors="replace")
    damaged = decoded.count("\ufffd") - raw.count(b"\xef\xbf\xbd")
    multibyte = sum(1 for char in decoded if ord(char) > 0x7F) - damaged
    # A short text cut or hit once or twice is still UTF-8; another encoding read as UTF-8 is damaged throughout.
    return multibyte > 0 and (damaged <= DAMAGED_UTF8_SHARE * multibyte or (damaged <= 3 and multibyte >= 10 * damaged))


def _declared_encoding(raw: bytes) -> str | None:
    """The charset an HTML file declares in `<meta>`, if Python knows it (and it is not UTF)."""
    match = _DECLARED_CHARSET.search(raw[:8192])
    if not match:
        return None
    try:
        encoding = _decoder_for(match.group(1).decode("ascii"))
        is_text = codecs.lookup(encoding)._is_text_encoding  # not rot13, base64, zlib …
    except (LookupError, UnicodeDecodeError):
        return None
    return None if encoding.startswith("utf") or not is_text or encoding in ("undefined", "mbcs") else encoding


def _decoder_for(name: str) -> str:
    canonical = codecs.lookup(name).name
    return PREFERRED_DECODERS.get(canonical, canonical)


# --------------------------------------------------------------------------
# YAML: front matter and sidecars
# --------------------------------------------------------------------------


def _split_front_matter(text: str, shown_path: str) -> tuple[dict[str, _Value], str, int] | None:
    """(metadata, body, line number of the body) if the text opens with `---`, else None."""
    lines = text.split("\n")
    opening = 0
    while opening < len(lines) and not lines[opening].strip():
        opening += 1
    if opening == len(lines) or lines[opening].rstrip() != "---":
        return None
    for closing in range(opening + 1, len(lines)):
        if lines[closing].rstrip() in ("---", "..."):
            break
    else:
        raise ContentError(shown_path, opening + 1,
                           "front matter opened with --- is never closed (add a line with --- after it)")
    yaml_text = "\n".join(lines[opening + 1:closing])
    if len(yaml_text) > FRONT_MATTER_MAX_CHARS:
        raise ContentError(shown_path, opening + 1, f"front matter is {len(yaml_text)} characters long, over the "
                                                    f"limit of {FRONT_MATTER_MAX_CHARS}; it should hold a few lines "
                                                    "of metadata (is its closing --- missing?)")
    mapping, key_lines = _parse_yaml_mapping(yaml_text, shown_path, opening + 2, "front matter")
    metadata = _metadata_fields(mapping, key_lines, shown_path)
    return metadata, "\n".join(lines[closing + 1:]), closing + 2


def _read_sidecar(path: Path, shown_path: str, max_bytes: int) -> tuple[bytes, dict[str, _Value]]:
    raw = _read_bytes(path, shown_path, max_bytes)
    try:
        text, _ = _decode(raw, shown_path)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        mapping, key_lines = _parse_yaml_mapping(text, shown_path, 1, "sidecar")
    except ContentError:
        raise
    except Exception as exc:  # as in read_article: never a traceback for bad input
        raise ContentError(shown_path, None, f"could not read this sidecar ({type(exc).__name__}: {exc})") from exc
    known = {key for keys in METADATA_KEYS.values() for key in keys}
    for key in mapping:
        if key not in known:
            raise ContentError(shown_path, key_lines.get(key),
                               f"unknown key {key!r} (a sidecar may set: {', '.join(METADATA_KEYS)})")
    return raw, _metadata_fields(mapping, key_lines, shown_path)


def _parse_yaml_mapping(yaml_text: str, shown_path: str, first_line: int, what: str) -> tuple[dict, dict[str, int]]:
    """A YAML mapping with lower-cased keys, and the file line of each key.

    `first_line` is the file line of the YAML's first line, so that PyYAML's
    0-based marks become the line an editor sees.
    """
    for number, line in enumerate(yaml_text.split("\n")):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise ContentError(shown_path, first_line + number,
                               f"tab in the indentation of the {what}; YAML needs spaces")
    try:
        refuse_unsafe_yaml(yaml_text, shown_path, first_line - 1)
    except ContentError as error:
        raise ContentError(error.path, error.line, f"{what}: {error.message}") from None
    loader = _YAML_LOADER(yaml_text)  # what yaml.safe_load uses; kept to read the key lines
    node = None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        # "end of stream" is found past the mistake; the construct it interrupted is where to look.
        mark = exc.problem_mark
        if exc.context_mark and (mark is None or "end of stream" in str(exc.problem)):
            mark = exc.context_mark
        line = first_line + mark.line if mark else first_line
        if "python/" in str(exc.problem):
            message = f"{what}: Python object tags (!!python/…) are not allowed; write plain values"
        else:
            message = f"{what} is not valid YAML: " + "; ".join(
                str(part) for part in (exc.context, exc.problem) if part)
        raise ContentError(shown_path, line, message) from exc
    except yaml.YAMLError as exc:
        raise ContentError(shown_path, first_line, f"{what} is not valid YAML: {exc}") from exc
    except (ValueError, TypeError, OverflowError) as exc:  # a value YAML resolves but cannot build: 2021-02-30
        bad_node = _unbuildable_scalar(node)
        line = first_line + bad_node.start_mark.line if bad_node else first_line
        value = f" {bad_node.value!r}" if bad_node else ""
        raise ContentError(shown_path, line, f"{what}: cannot read the value{value} ({exc})") from exc
    finally:
        loader.dispose()
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ContentError(shown_path, first_line, f"{what} must be a mapping of keys to values "
                                                   f"(title: …, date: …), not a {type(data).__name__}")
    key_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        key, line = str(key_node.value).strip().lower(), first_line + key_node.start_mark.line
        if key in key_lines:
            raise ContentError(shown_path, line, f"{what}: duplicate key {key_node.value!r} "
                                                 f"(also on line {key_lines[key]}); keep one")
        key_lines[key] = line
    return {str(key).strip().lower(): value for key, value in data.items()}, key_lines


def _unbuildable_scalar(root: yaml.Node | None) -> yaml.ScalarNode | None:
    """The first scalar under `root` that PyYAML cannot construct, to point at its line."""
    pending = [root] if root is not None else []
    while pending:
        node = pending.pop(0)
        if isinstance(node, yaml.ScalarNode):
            try:
                _YAML_LOADER("").construct_object(node)
            except (ValueError, TypeError, OverflowError, yaml.YAMLError):
                return node
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(item for pair in node.value for item in pair)
    return None


def _metadata_fields(mapping: dict, key_lines: dict[str, int], shown_path: str) -> dict[str, _Value]:
    """Pick dateline's fields out of a front matter or sidecar mapping."""
    fields: dict[str, _Value] = {}
    for name, keys in METADATA_KEYS.items():
        for key in keys:
            value = mapping.get(key)
            if value in (None, "", [], {}):
                continue
            if name == "url" and not _URL.match(_as_text(value).strip()):
                if key == "source":  # `source: 观察者网` names the outlet, not an address
                    fields.setdefault("outlet", _Value(value, key_lines.get(key), shown_path))
                continue
            fields[name] = _Value(value, key_lines.get(key), shown_path)
            break
    return fields


# --------------------------------------------------------------------------
# Format readers
# --------------------------------------------------------------------------


def _looks_like_html_page(text: str) -> bool:
    start = _LEADING_FILLER.match(text).end()
    return bool(_HTML_PAGE_START.match(text, start) or _BODY_TAG.search(text))


def _looks_like_markdown(text: str) -> bool:
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and _MARKDOWN_TITLE.match(lines[0]):
        return True
    signal_lines = sum(1 for line in lines if any(signal.search(line) for signal in MARKDOWN_LINE_SIGNALS))
    return signal_lines >= MARKDOWN_MIN_SIGNAL_LINES


class _BrowserEndOfFile(BeautifulSoupHTMLParser):
    """html.parser with a browser's end-of-file rules, so that broken markup costs linear time.

    Python's parser (before 3.13.4) scans to the end of the document again for
    every construct still open there (60 KB of `<p ` takes minutes), and it
    rejects an unknown `<![…]>` section outright. A browser ends an open
    comment or tag at the end of the file, and reads `<![…>` as a comment up to
    the first `>`. BeautifulSoup feeds the whole document at once, so "not
    closed yet" here always means "never closed".
    """

    def parse_starttag(self, i: int) -> int:
        return self._or_to_the_end(super().parse_starttag(i), i)

    def parse_endtag(self, i: int) -> int:
        return self._or_to_the_end(super().parse_endtag(i), i)

    def parse_pi(self, i: int) -> int:
        return self._or_to_the_end(super().parse_pi(i), i)

    def parse_comment(self, i: int, report: int = 1) -> int:
        end = super().parse_comment(i, report)
        if end < 0:
            self.handle_comment(self.rawdata[i + 4:])
            return len(self.rawdata)
        return end

    def parse_html_declaration(self, i: int) -> int:
        if self.rawdata.startswith("<![", i):
            close = self.rawdata.find(">", i + 3)
            end = len(self.rawdata) if close < 0 else close
            self.handle_comment(self.rawdata[i + 3:end])
            return end if close < 0 else end + 1
        return self._or_to_the_end(super().parse_html_declaration(i), i)

    def _or_to_the_end(self, end: int, start: int) -> int:
        """A construct with no `>` after it is dropped with the rest of the file, as a browser does."""
        if end < 0 and self.rawdata.find(">", start) < 0:
            return len(self.rawdata)
        return end


class _TreeBuilder(HTMLParserTreeBuilder):
    def feed(self, markup: str) -> None:
        super().feed(markup, _parser_class=_BrowserEndOfFile)


def _parse_html(html: str) -> BeautifulSoup:
    """Parse HTML as html.parser does, in linear time whatever the markup (see _BrowserEndOfFile)."""
    # Browsers read a stray </br> as <br>; html.parser would drop it and glue two lines together.
    return BeautifulSoup(_STRAY_BR_END_TAG.sub("<br>", html), builder=_TreeBuilder())


def _check_limits(html: str, first_line: int, shown_path: str, config: SiteConfig) -> None:
    """Refuse HTML over the size and nesting limits in `config`, before any parser sees it."""
    if html.count("<") > config.max_html_elements:  # cheap bound first; count tags only when it is passed
        for count, match in enumerate(_TAG_START.finditer(html), 1):
            if count > config.max_html_elements:
                raise ContentError(shown_path, first_line + html.count("\n", 0, match.start()),
                                   f"more than {config.max_html_elements} HTML tags; raise max_html_elements "
                                   "in content/site.yaml to read this article")
    position = _nesting_limit_position(html, config.max_html_depth)
    if position is not None:  # found before parsing: BeautifulSoup and nh3 are quadratic in depth
        raise ContentError(shown_path, first_line + html.count("\n", 0, position), _too_deep(config))


def _too_deep(config: SiteConfig) -> str:
    return (f"HTML elements nested more than {config.max_html_depth} deep; "
            "raise max_html_depth in content/site.yaml to read this article")


def _nesting_limit_position(html: str, limit: int) -> int | None:
    """Where the elements open in html first nest deeper than limit, as html.parser nests them; None if never.

    A linear scan of the tags (the text of <script> and <style> skipped): a start tag
    opens an element unless it is void, an end tag closes up to the nearest open one
    of its name and is ignored if there is none.
    """
    open_names: list[str] = []
    open_count: Counter = Counter()
    position = 0
    while (match := _TAG.search(html, position)) is not None:
        position = match.end()
        if match.group(2) is None:  # a comment
            end = html.find("-->", position)
            position = len(html) if end < 0 else end + 3
            continue
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if open_count[name]:
                while open_names:
                    popped = open_names.pop()
                    open_count[popped] -= 1
                    if popped == name:
                        break
        elif name not in VOID_ELEMENTS and not match.group().endswith("/>"):
            if name in ("script", "style"):
                end = re.compile(f"</{name}\\s*>", re.I).search(html, position)
                position = len(html) if end is None else end.end()
                continue
            open_names.append(name)
            open_count[name] += 1
            if len(open_names) > limit:
                return match.start()
    return None


def _sanitised(html: str) -> str:
    """The article HTML through nh3's allowlist: only what the block walker reads is left."""
    return nh3.clean(html, tags=set(SANITISED_TAGS), clean_content_tags=set(INVISIBLE_ELEMENTS),
                     attributes={tag: set(names) for tag, names in SANITISED_ATTRIBUTES.items()},
                     url_schemes=set(SANITISED_URL_SCHEMES), filter_style_properties=set(SANITISED_STYLE_PROPERTIES),
                     strip_comments=True, link_rel=None)


def _sanitised_tree(html: str, first_line: int, shown_path: str, config: SiteConfig) -> BeautifulSoup:
    """An HTML body as the block walker reads it: checked against the limits, sanitised, parsed."""
    _check_limits(html, first_line, shown_path, config)
    return _parse_html(_sanitised(html))


def _raw_text(tag: Tag) -> str:
    """All text under a tag, including what BeautifulSoup's get_text() leaves out (<script> bodies)."""
    return "".join(str(child) for child in tag.contents)


def _read_html_page(html: str, first_line: int, shown_path: str, config: SiteConfig) -> _Reading:
    """A whole page: metadata from JSON-LD, <meta>, <link> and <title>; body from <article>/<main>/<body>.

    Metadata is read from the page as written (it only ever becomes plain text);
    the body from the page as nh3 leaves it.
    """
    _check_limits(html, first_line, shown_path, config)
    soup = _metadata_tree(html)
    metadata, date_candidates = _page_metadata(soup, first_line, shown_path)
    page_url = _as_text(metadata.get("url"))
    base = soup.find("base", href=True)
    base_url = urljoin(page_url, base["href"]) if base else page_url
    body = _parse_html(_sanitised(html))
    articles = body.find_all("article")
    if articles:
        root = max(articles, key=lambda article: len(article.get_text()))
    else:
        root = body.find("main") or body.body or body
    pieces = _html_pieces(root, INVISIBLE_ELEMENTS | PAGE_CHROME_ELEMENTS, base_url)
    return _Reading("html-page", pieces, metadata, date_candidates)


def _metadata_tree(html: str) -> BeautifulSoup:
    """The elements of a page that carry its metadata, each at the top level, with their lines.

    Only these are built: BeautifulSoup is quadratic in the depth of a tree it
    builds whole, and a page's body is read from nh3's output anyway.
    """
    def only(strainer: SoupStrainer) -> BeautifulSoup:
        try:
            return BeautifulSoup(html, builder=_TreeBuilder(), parse_only=strainer)
        except ParserRejectedMarkup:
            return BeautifulSoup("", "html.parser")

    soup = only(SoupStrainer(list(METADATA_ELEMENTS)))
    for tag in only(SoupStrainer(attrs={"itemprop": "datePublished"})).find_all(True):
        soup.append(tag.extract())
    opening = _HTML_OPENING_TAG.search(html)
    if opening:
        html_tag = BeautifulSoup(opening.group() + "</html>", "html.parser").find("html")
        if html_tag is not None:
            html_tag.sourceline = html.count("\n", 0, opening.start()) + 1
            soup.append(html_tag.extract())
    return soup


def _page_metadata(soup: BeautifulSoup, first_line: int, shown_path: str) -> tuple[dict[str, _Value], list[_Value]]:
    """Page metadata, trusting JSON-LD over <meta>/og over <title> (which carries a site suffix)."""
    def line_of(tag: Tag) -> int | None:
        return first_line + tag.sourceline - 1 if getattr(tag, "sourceline", None) else None

    candidates: dict[str, list[_Value]] = {name: [] for name in META_KEYS}
    json_ld, json_ld_tag = _json_ld_article(soup)
    if json_ld:
        where = line_of(json_ld_tag)
        for name, value in (
            ("title", json_ld.get("headline") or json_ld.get("name")),
            ("date", json_ld.get("datePublished") or json_ld.get("dateCreated")),
            ("author", ", ".join(_schema_names(json_ld.get("author")))),
            ("outlet", ", ".join(_schema_names(json_ld.get("publisher")))),
            ("url", json_ld.get("url") or _schema_id(json_ld.get("mainEntityOfPage"))),
            ("language", json_ld.get("inLanguage")),
        ):
            if isinstance(value, str) and value.strip():
                candidates[name].append(_Value(value.strip(), where, shown_path))

    html_tag = soup.find("html")
    if html_tag is not None and html_tag.get("lang"):
        candidates["language"].insert(0, _Value(html_tag["lang"], line_of(html_tag), shown_path))
    canonical = soup.find("link", rel="canonical", href=True)
    if canonical is not None:
        candidates["url"].append(_Value(canonical["href"], line_of(canonical), shown_path))
    meta_tags: dict[str, _Value] = {}
    for tag in soup.find_all("meta"):
        key = tag.get("property") or tag.get("name") or tag.get("itemprop") or tag.get("http-equiv")
        content = tag.get("content")
        if isinstance(key, str) and isinstance(content, str) and content.strip():
            meta_tags.setdefault(key.strip().lower(), _Value(content.strip(), line_of(tag), shown_path))
    for tag in soup.find_all(attrs={"itemprop": "datePublished"}):
        value = tag.get("content") or tag.get("datetime") or tag.get_text()
        if value and value.strip():
            meta_tags.setdefault("datepublished", _Value(value.strip(), line_of(tag), shown_path))
    for name, keys in META_KEYS.items():
        for key in keys:
            found = meta_tags.get(key)
            if found and not (name in ("author", "outlet", "title") and _URL.match(str(found.value))):
                candidates[name].append(found)
    title_tag = soup.find("title")
    if title_tag is not None and title_tag.get_text().strip():
        site = next((str(found.value) for found in candidates["outlet"]), "")
        candidates["title"].append(_Value(_strip_site_name(title_tag.get_text(), site), line_of(title_tag), shown_path))

    candidates["url"] = [found for found in candidates["url"] if _URL.match(str(found.value))]
    metadata = {name: found[0] for name, found in candidates.items() if found and name != "date"}
    return metadata, candidates["date"]


def _json_ld_article(soup: BeautifulSoup) -> tuple[dict, Tag | None]:
    """The most article-like JSON-LD object on the page, and its <script>."""
    best: tuple[int, dict, Tag | None] = (len(JSON_LD_ARTICLE_TYPES), {}, None)
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        for item in _json_ld_items(_load_json_ld(_raw_text(script))):
            types = item.get("@type")
            types = types if isinstance(types, list) else [types]
            for rank, type_name in enumerate(JSON_LD_ARTICLE_TYPES):
                if type_name in types and rank < best[0]:
                    best = (rank, item, script)
    return best[1], best[2]


def _load_json_ld(source: str) -> object:
    cleaned = re.sub(r"^\s*(?:<!--|/\*<!\[CDATA\[\*/)|(?:-->|/\*\]\]>\*/|;)\s*$", "", source.strip())
    try:
        return json.loads(cleaned, strict=False)
    except (ValueError, RecursionError):  # RecursionError: [[[[… nested past what json can read
        return None


def _json_ld_items(data: object):
    pending = [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            if "@type" in item:
                yield item
            if isinstance(item.get("@graph"), list):
                pending.extend(item["@graph"])


def _schema_names(value: object, depth: int = 0) -> list[str]:
    """Names from a schema.org author/publisher: a string, an object with `name`, or a list."""
    if depth > 10:  # real pages nest two levels; a hostile one could nest a thousand
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() and not _URL.match(value.strip()) else []
    if isinstance(value, dict):
        return _schema_names(value.get("name"), depth + 1)
    if isinstance(value, list):
        return [name for item in value for name in _schema_names(item, depth + 1)]
    return []


def _schema_id(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else ""


def _strip_site_name(title: str, site: str) -> str:
    """`Headline | Site` -> `Headline`, when the site's name is known."""
    title = _clean_inline(title)
    for separator in TITLE_SITE_SEPARATORS:
        suffix = separator + site
        if site and title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    return title


def _read_markdown(source: str, first_line: int, shown_path: str, config: SiteConfig) -> _Reading:
    """Markdown, as written by hand or exported by a read-later app (Cubox, Pocket …)."""
    lines = source.split("\n")
    if source.count("[") + source.count("<") > config.max_html_elements:
        raise ContentError(shown_path, None, f"more than {config.max_html_elements} Markdown links and tags "
                                             "([ and <); raise max_html_elements in content/site.yaml to read it")
    for number, line in enumerate(lines):
        if _markdown_nesting(line) > MARKDOWN_MAX_NESTING:
            raise ContentError(shown_path, first_line + number,
                               f"Markdown lists or quotes nested more than {MARKDOWN_MAX_NESTING} levels deep")
    metadata: dict[str, _Value] = {}
    in_fence = False
    for number, line in enumerate(lines):
        if line.lstrip().startswith("```"):
            in_fence = not in_fence
        title_match = None if in_fence else _MARKDOWN_TITLE.match(line.strip())
        if title_match:  # rendered, so that `# **Title**` gives "Title"
            title_markdown = _MARKDOWN_CLOSING_HASHES.sub("", title_match.group("title")).strip()
            title_html = _markdown_to_html(title_markdown)
            metadata["title"] = _Value(_parse_html(title_html).get_text())
            lines[number] = ""
            break
    # The read-later export puts "[domain](URL)AUTHOR" right under the title; a
    # paragraph that merely starts with such a link goes on into a sentence.
    for number in [n for n, line in enumerate(lines) if line.strip()][:3]:
        link = _MARKDOWN_SOURCE_LINK.match(lines[number])
        author = link.group("rest").strip() if link else ""
        if link and _DOMAIN.match(link.group("label").strip()) and not (
                author and (len(author) > HEADLINE_MAX_CHARS // 2 or _ends_sentence(author))):
            metadata["url"] = _Value(link.group("url"))
            if author:
                metadata["author"] = _Value(author)
            lines[number] = ""
            break
    for number in [n for n, line in enumerate(lines) if line.strip()][-3:]:
        view_original = _VIEW_ORIGINAL.match(lines[number])
        if view_original:
            metadata.setdefault("url", _Value(view_original.group("url")))
            lines[number] = ""
    html = _markdown_to_html("\n".join(lines))
    tree = _sanitised_tree(html, first_line, shown_path, config)
    pieces = _html_pieces(tree, INVISIBLE_ELEMENTS, _as_text(metadata.get("url")))
    return _Reading("markdown", pieces, metadata, title_dropped="title" in metadata)


def _markdown_nesting(line: str) -> int:
    """At most how deep a line nests: one level per `>`, one per two columns before a list marker."""
    prefix = _MARKDOWN_LINE_PREFIX.match(line).group()
    quotes = prefix.count(">")
    if not _MARKDOWN_LIST_MARKER.match(line, len(prefix)):
        return quotes
    return quotes + len(prefix.rpartition(">")[2].expandtabs(4)) // 2 + 1


def _markdown_to_html(source: str) -> str:
    return MARKDOWN.render(source)


def _read_plain_text(text: str) -> _Reading:
    """Text copied from a web page: a paragraph per line or per blank-line group, with footer labels."""
    lines = [line.strip() for line in text.split("\n")]
    metadata: dict[str, _Value] = {}
    date_candidates: list[_Value] = []
    non_blank = [number for number, line in enumerate(lines) if line]
    for number in non_blank[-FOOTER_SCAN_LINES:]:
        for name, pattern in _FOOTER_LINE.items():
            match = pattern.match(lines[number])
            if not match:
                continue
            value = match.group("value")
            if name == "url" and not _URL.fullmatch(value):
                continue
            if name == "date":
                if not _parses_as_date(value):
                    continue
                date_candidates.append(_Value(value, number + 1))
            else:
                metadata.setdefault(name, _Value(value, number + 1))
            lines[number] = ""
            break

    title_dropped = False
    title = _as_text(metadata.get("title"))
    if title:
        # Scrapers keep the page's header: site name, slogan, then the title. Drop them all.
        for number in non_blank[:BOILERPLATE_SCAN_LINES]:
            if _same_text(lines[number], title):
                lines[: number + 1] = [""] * (number + 1)
                title_dropped = True
                break

    pieces = [_Piece("p", paragraph) for paragraph in _text_paragraphs(lines)]
    pieces = [piece for piece in pieces if piece.text]
    if not title and pieces and _looks_like_headline(pieces[0].text):
        metadata["title"] = _Value(pieces.pop(0).text)
        title_dropped = True
    return _Reading("text", pieces, metadata, date_candidates, title_dropped=title_dropped)


def _text_paragraphs(lines: list[str]) -> list[str]:
    """Blank-line groups; a group is one paragraph when its lines are hard-wrapped, else a paragraph per line."""
    groups: list[list[str]] = [[]]
    for line in lines:
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    paragraphs: list[str] = []
    for group in groups:
        if len(group) > 1 and _is_hard_wrapped(group):
            paragraphs.append(_clean_block("\n".join(group)))
        else:
            paragraphs.extend(_clean_block(line) for line in group)
    return paragraphs


def _is_hard_wrapped(group: list[str]) -> bool:
    longest = max(len(line) for line in group)
    return all(len(line) >= 0.6 * longest and not _ends_sentence(line) for line in group[:-1])


# --------------------------------------------------------------------------
# HTML -> blocks
# --------------------------------------------------------------------------


class _BlockBuilder:
    """Collects pieces during a walk of an HTML tree: text runs cut at block boundaries."""

    def __init__(self) -> None:
        self.pieces: list[_Piece] = []
        self._lines: list[list[str]] = [[]]  # raw text, one list per <br>-separated line
        self._images: list[_Piece] = []  # images met inside a paragraph, placed after it

    def text(self, string: str) -> None:
        self._lines[-1].append(string)

    def line_break(self) -> None:
        self._lines.append([])

    def image(self, src: str, alt: str) -> None:
        piece = _Piece("img", src=src, alt=_clean_inline(alt))
        if any(part.strip() for line in self._lines for part in line):
            self._images.append(piece)
        else:
            self.pieces.append(piece)

    def flush(self, kind: str) -> None:
        """End the current block; two <br> in a row end a paragraph too."""
        paragraph: list[str] = []
        for line in [_clean_block("".join(parts)) for parts in self._lines] + [""]:
            if line:
                paragraph.append(line)
            elif paragraph:
                self.pieces.append(_Piece(kind, "\n".join(paragraph)))
                paragraph = []
        self.pieces.extend(self._images)
        self._lines, self._images = [[]], []


def _html_pieces(root: Tag, skipped: frozenset[str], base_url: str) -> list[_Piece]:
    """The blocks of an HTML tree in document order (iterative: deep nesting must not recurse)."""
    builder = _BlockBuilder()
    kinds = ["p"]
    in_pre = 0
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            if node.name in BLOCK_ELEMENTS:
                builder.flush(kinds.pop())
            elif node.name in TABLE_CELL_ELEMENTS:
                builder.text(" ")
            if node.name == "pre":
                in_pre -= 1
            continue
        if isinstance(node, Tag):
            name = node.name
            if (name in skipped and node is not root) or _is_hidden(node):
                continue
            if name == "br":
                builder.line_break()
                continue
            if name == "img":
                if _is_tracking_pixel(node):
                    continue
                src = _image_source(node, base_url)
                if src:
                    builder.image(src, _as_text(node.get("alt")))
                continue
            if name in BLOCK_ELEMENTS:
                builder.flush(kinds[-1])
                kinds.append(BLOCK_KINDS.get(name, kinds[-1]))
            if name == "pre":
                in_pre += 1
            elif name in TABLE_CELL_ELEMENTS:  # html.parser nests unclosed cells: space on both sides
                builder.text(" ")
            stack.append((node, True))
            stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString:  # not Comment, Doctype, CData …
            if in_pre:
                for number, line in enumerate(str(node).split("\n")):
                    if number:
                        builder.line_break()
                    builder.text(line)
            else:
                builder.text(str(node))
    builder.flush(kinds[-1])
    return builder.pieces


def _is_tracking_pixel(tag: Tag) -> bool:
    sides = [_as_text(tag.get(name)).strip().lower().removesuffix("px") for name in ("width", "height")]
    return all(side.isascii() and side.isdigit() and len(side) < 6 and int(side) <= TRACKING_PIXEL_MAX_SIDE
               for side in sides)


def _is_hidden(tag: Tag) -> bool:
    return (tag.has_attr("hidden")
            or str(tag.get("aria-hidden", "")).lower() == "true"
            or bool(HIDDEN_STYLE.search(_as_text(tag.get("style"))))
            or (tag.name == "input" and str(tag.get("type", "")).lower() == "hidden"))


def _image_source(tag: Tag, base_url: str) -> str:
    """The first http(s) address of an image; relative ones resolved against the page URL."""
    for attribute in IMAGE_SOURCE_ATTRIBUTES:
        src = _as_text(tag.get(attribute)).strip()
        if not src:
            continue
        if src.startswith("//"):
            src = "https:" + src
        elif base_url and not urlsplit(src).scheme:
            src = urljoin(base_url, src)
        if urlsplit(src).scheme in ("http", "https"):
            return src
    return ""


# --------------------------------------------------------------------------
# Text clean-up, offsets, metadata resolution
# --------------------------------------------------------------------------


def _clean_block(raw: str) -> str:
    """Collapse whitespace runs to a space; a line break between two CJK characters goes away."""
    raw = raw.translate(_INVISIBLE_CHARS)

    def replace(match: re.Match) -> str:
        if "\n" in match.group():
            before = raw[match.start() - 1] if match.start() else ""
            after = raw[match.end()] if match.end() < len(raw) else ""
            if before and after and _CJK.match(before) and _CJK.match(after):
                return ""
        return " "

    return _WHITESPACE_RUN.sub(replace, raw).strip()


def _clean_inline(value: str) -> str:
    return _scrubbed(_WHITESPACE_RUN.sub(" ", value.translate(_INVISIBLE_CHARS)).strip())


def _as_text(value: object) -> str:
    """A metadata value as text: lists are joined, objects give their `name`."""
    if isinstance(value, _Value):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(text for text in (_as_text(item) for item in value) if text)
    if isinstance(value, dict):
        return _as_text(value.get("name", ""))
    return str(value)


def _same_text(first: str, second: str) -> bool:
    return _WHITESPACE_RUN.sub("", first).casefold() == _WHITESPACE_RUN.sub("", second).casefold()


def _ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(CLOSING_QUOTES)
    return not stripped or stripped[-1] in SENTENCE_ENDINGS


def _looks_like_headline(line: str) -> bool:
    return (0 < len(line) <= HEADLINE_MAX_CHARS and "\n" not in line
            and any(char.isalnum() for char in line) and not _ends_sentence(line)
            and not _URL.search(line) and not any(pattern.search(line) for pattern in BYLINE_PATTERNS))


def _fallback_title(pieces: list[_Piece]) -> str:
    """With no stated title: the first heading, else a first paragraph that reads like one."""
    for piece in pieces:
        if piece.kind == "h":
            return piece.text.replace("\n", " ")
    first = next((piece for piece in pieces if piece.kind != "img"), None)
    return first.text if first and _looks_like_headline(first.text) else ""


def _assemble(pieces: list[_Piece], title: str) -> tuple[str, tuple[Block, ...]]:
    """The article text (blocks joined by a blank line) and its blocks with offsets.

    Blocks with no letters or digits (separators like "-" or "■") are dropped,
    and so is a first heading that repeats the title. An image sits at the end
    offset of the text block before it (0 when it comes first).
    """
    kept = [piece for piece in pieces if piece.kind == "img" or any(char.isalnum() for char in piece.text)]
    first_text = next((piece for piece in kept if piece.kind != "img"), None)
    if title and first_text is not None and first_text.kind == "h" and _same_text(first_text.text, title):
        kept.remove(first_text)
    parts: list[str] = []
    blocks: list[Block] = []
    length = 0
    for piece in kept:
        if piece.kind == "img":
            blocks.append(Block("img", length, length, src=piece.src, alt=piece.alt))
            continue
        if parts:
            parts.append("\n\n")
            length += 2
        blocks.append(Block(piece.kind, length, length + len(piece.text)))
        parts.append(piece.text)
        length += len(piece.text)
    return "".join(parts), tuple(blocks)


def _byline_metadata(pieces: list[_Piece]) -> dict[str, _Value]:
    """Outlet and author from a byline such as 【文/观察者网 吕栋】 near the top (kept in the text)."""
    lines = [line for piece in pieces[:BYLINE_SCAN_BLOCKS] if piece.kind != "img" for line in piece.text.split("\n")
             if len(line) <= BYLINE_MAX_CHARS]
    for line in lines:
        for pattern in BYLINE_PATTERNS:
            match = pattern.search(line)
            if match:
                return {name: _Value(value.strip()) for name, value in match.groupdict().items() if value}
    return {}


def _language(stated: _Value | None, text: str, config: SiteConfig) -> str:
    language = normalise_language(stated.value) if stated else None
    return language or detect_language(text, default=normalise_language(config.language) or "en")


def _count_traditional_han(text: str, han: list[str]) -> int:
    """How many Han characters OpenCC's t2s would change: a traditional text changes many."""
    global _traditional_to_simplified
    if _traditional_to_simplified is None:
        import opencc  # imported late: only Chinese text needs it

        _traditional_to_simplified = opencc.OpenCC("t2s")
    converted = _traditional_to_simplified.convert(text)
    if len(converted) == len(text):  # phrase conversion kept positions: compare in context
        return sum(1 for original, simple in zip(text, converted) if original != simple and _HAN.match(original))
    counts = Counter(han)
    unique = list(counts)
    simple = _traditional_to_simplified.convert("\n".join(unique)).split("\n")
    if len(simple) != len(unique):
        return 0
    return sum(counts[char] for char, converted_char in zip(unique, simple) if char != converted_char)


def _publication_date(metadata: dict[str, _Value], candidates: list[_Value],
                      config: SiteConfig, shown_path: str) -> dt.datetime | None:
    """The stated date (sidecar, then front matter) must parse; in-page dates: the first that does."""
    stated = metadata.get("date")
    if stated is not None:
        try:
            return parse_publication_date(stated.value, config.timezone)
        except ValueError as exc:
            raise ContentError(stated.path or shown_path, stated.line,
                               f"cannot read the date {stated.value!r}: {exc}") from exc
    for candidate in candidates:
        try:
            return parse_publication_date(candidate.value, config.timezone)
        except ValueError:
            continue
    if candidates:
        first = candidates[0]
        raise ContentError(first.path or shown_path, first.line,
                           f"cannot read the publication date {first.value!r} "
                           "(a sidecar NAME.meta.yaml with `date:` can set it)")
    return None


def _parses_as_date(value: str) -> bool:
    try:
        _parse_date_text(unicodedata.normalize("NFKC", value).strip())
    except ValueError:
        return False
    return True


def _parse_date_text(text: str) -> dt.datetime:
    """Naive or aware datetime from RFC 2822, ISO 8601, `2021/12/22 12:43` or `2021年12月22日 12:43`."""
    if not text:
        raise ValueError("empty date")
    if RFC_2822_START.match(text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in DATE_TEXT_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            parts = {name: int(value) for name, value in match.groupdict().items() if value}
            return dt.datetime(parts["year"], parts["month"], parts["day"],
                               parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0))
    raise ValueError("not a date in a known format (ISO 8601, RFC 2822, 2021/12/22, 2021年12月22日)")


@lru_cache(maxsize=None)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
