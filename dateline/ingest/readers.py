"""Which reader reads a document: the format is detected from the content, the file name is a hint.

An article saved as `.txt` may hold a whole HTML page, Markdown from a
read-later app, or front matter over an HTML or Markdown body; so the text
decides, in this order: front matter, a whole page, Markdown, an HTML
fragment, plain text.
"""

from __future__ import annotations

import re

from ..model import ArticleFormat, SiteConfig
from .frontmatter import split_front_matter
from .htmltree import INVISIBLE_ELEMENTS, html_pieces, sanitised_tree
from .markdown import MarkdownReader, looks_like_markdown
from .page import HtmlPageReader
from .plaintext import PlainTextReader
from .reading import Reader, Reading, Source, as_text

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdown", ".mkd")

_BLOCK_TAG = re.compile(r"<(?:p|div|br|img|figure|blockquote|ul|ol|li|table|section|article|h[1-6]|pre)\b[^<>]*>", re.I)
_HTML_PAGE_START = re.compile(r"<(?:!doctype\s+html|html[\s>]|head[\s>])", re.I)
_LEADING_FILLER = re.compile(r"(?:\s|<!--.*?-->)*", re.S)  # one character or comment per step: linear
_BODY_TAG = re.compile(r"<body[\s>]", re.I)
_HTML_FRAGMENT_START = re.compile(r"\s*(?:<!--|<[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>)")


class HtmlBodyReader(Reader):
    """The HTML body under front matter (a feed scraper's output): no page around it, its metadata above it."""

    format = "front-matter-html"

    def read(self, text: str, first_line: int, source: Source) -> Reading:
        tree = sanitised_tree(text, first_line, source.shown_path, source.config)
        return Reading(self.format, html_pieces(tree, INVISIBLE_ELEMENTS, source.base_url))


HTML_PAGE, HTML_BODY, MARKDOWN, PLAIN_TEXT = HtmlPageReader(), HtmlBodyReader(), MarkdownReader(), PlainTextReader()


def read_document(text: str, suffix: str, shown_path: str, config: SiteConfig) -> Reading:
    """Detect the format by content (the suffix is a hint) and read it."""
    front = split_front_matter(text, shown_path)
    if front is not None:
        front_matter, body, body_line = front
        source = Source(shown_path, config, as_text(front_matter.get("url")))
        reader: Reader
        body_format: ArticleFormat
        if looks_like_html_page(body):
            reader, body_format = HTML_PAGE, "front-matter-html"
        elif suffix not in MARKDOWN_SUFFIXES and _BLOCK_TAG.search(body):
            reader, body_format = HTML_BODY, "front-matter-html"
        else:
            reader, body_format = MARKDOWN, "front-matter-markdown"
        reading = reader.read(body, body_line, source)
        reading.format = body_format
        reading.front_matter = front_matter
        return reading
    return _reader_without_front_matter(text, suffix).read(text, 1, Source(shown_path, config))


def _reader_without_front_matter(text: str, suffix: str) -> Reader:
    if looks_like_html_page(text) or suffix in HTML_SUFFIXES:
        return HTML_PAGE
    if suffix in MARKDOWN_SUFFIXES or looks_like_markdown(text):
        return MARKDOWN
    if _HTML_FRAGMENT_START.match(text):
        return HTML_PAGE
    return PLAIN_TEXT


def looks_like_html_page(text: str) -> bool:
    filler = _LEADING_FILLER.match(text)  # it matches, if only the empty string
    start = filler.end() if filler else 0
    return bool(_HTML_PAGE_START.match(text, start) or _BODY_TAG.search(text))
