"""The reader for Markdown: written by hand, or exported by a read-later app (Cubox, Pocket …).

The Markdown is rendered to HTML with markdown-it-py and read by the same
block walker as any HTML, after the same sanitiser. A read-later export
wraps the article in its own lines (the title, a `[domain](URL)AUTHOR` line
under it, a "view original" link at the end): those become metadata.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt

from ..errors import ContentError
from .furniture_tables import VIEW_ORIGINAL_LABELS
from .htmltree import INVISIBLE_ELEMENTS, html_pieces, parse_html, sanitised_tree
from .reading import HEADLINE_MAX_CHARS, Reader, Reading, Source, Value, as_text, ends_sentence

#: Lists and quotes nested deeper than this are refused: the Markdown parser would drop
#: what is deeper (it stops at MARKDOWN_PARSER_NESTING, two levels per list), and its
#: cost per `[` grows with that bound. No article nests so deep on purpose.
MARKDOWN_MAX_NESTING = 12
MARKDOWN_PARSER_NESTING = 30

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
MARKDOWN.validateLink = lambda url: True  # type: ignore[method-assign]  # markdown-it's documented hook

_MARKDOWN_TITLE = re.compile(r"#\s+(?P<title>\S.*)")  # on a stripped line; closing #s are taken off after
_MARKDOWN_CLOSING_HASHES = re.compile(r"(?:^|\s)#+$")
_MARKDOWN_LIST_MARKER = re.compile(r"(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)")
_MARKDOWN_SOURCE_LINK = re.compile(r"^\s*\[(?P<label>[^\]]+)\]\((?P<url>https?://[^\s)]+)\)(?P<rest>.*)$")
_DOMAIN = re.compile(r"^[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+$")
_VIEW_ORIGINAL = re.compile(
    r"^\s*\[\s*(?:" + "|".join(map(re.escape, VIEW_ORIGINAL_LABELS)) + r")[^\]]*\]"
    r"\((?P<url>https?://[^\s)]+)\)\s*$",
    re.I,
)


def looks_like_markdown(text: str) -> bool:
    """A `# Title` first, or enough lines with Markdown's marks, in a file whose name does not say."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if lines and _MARKDOWN_TITLE.match(lines[0]):
        return True
    signal_lines = sum(1 for line in lines if any(signal.search(line) for signal in MARKDOWN_LINE_SIGNALS))
    return signal_lines >= MARKDOWN_MIN_SIGNAL_LINES


class MarkdownReader(Reader):
    """Markdown, as written by hand or exported by a read-later app (Cubox, Pocket …)."""

    format = "markdown"

    def read(self, text: str, first_line: int, source: Source) -> Reading:
        shown_path, config = source.shown_path, source.config
        lines = text.split("\n")
        if text.count("[") + text.count("<") > config.max_html_elements:
            raise ContentError(
                shown_path,
                None,
                f"more than {config.max_html_elements} Markdown links and tags "
                "([ and <); raise max_html_elements in content/site.yaml to read it",
            )
        for number, line in enumerate(lines):
            if _markdown_nesting(line) > MARKDOWN_MAX_NESTING:
                raise ContentError(
                    shown_path,
                    first_line + number,
                    f"Markdown lists or quotes nested more than {MARKDOWN_MAX_NESTING} levels deep",
                )
        metadata: dict[str, Value] = {}
        in_fence = False
        for number, line in enumerate(lines):
            if line.lstrip().startswith("```"):
                in_fence = not in_fence
            title_match = None if in_fence else _MARKDOWN_TITLE.match(line.strip())
            if title_match:  # rendered, so that `# **Title**` gives "Title"
                title_markdown = _MARKDOWN_CLOSING_HASHES.sub("", title_match.group("title")).strip()
                title_html = markdown_to_html(title_markdown)
                metadata["title"] = Value(parse_html(title_html).get_text())
                lines[number] = ""
                break
        # The read-later export puts "[domain](URL)AUTHOR" right under the title; a
        # paragraph that merely starts with such a link goes on into a sentence.
        for number in [n for n, line in enumerate(lines) if line.strip()][:3]:
            link = _MARKDOWN_SOURCE_LINK.match(lines[number])
            author = link.group("rest").strip() if link else ""
            if (
                link
                and _DOMAIN.match(link.group("label").strip())
                and not (author and (len(author) > HEADLINE_MAX_CHARS // 2 or ends_sentence(author)))
            ):
                metadata["url"] = Value(link.group("url"))
                if author:
                    metadata["author"] = Value(author)
                lines[number] = ""
                break
        for number in [n for n, line in enumerate(lines) if line.strip()][-3:]:
            view_original = _VIEW_ORIGINAL.match(lines[number])
            if view_original:
                metadata.setdefault("url", Value(view_original.group("url")))
                lines[number] = ""
        html = markdown_to_html("\n".join(lines))
        tree = sanitised_tree(html, first_line, shown_path, config)
        pieces = html_pieces(tree, INVISIBLE_ELEMENTS, as_text(metadata.get("url")))
        return Reading(self.format, pieces, metadata, title_dropped="title" in metadata)


def _markdown_nesting(line: str) -> int:
    """At most how deep a line nests: one level per `>`, one per two columns before a list marker."""
    prefix = line[: len(line) - len(line.lstrip(" \t>"))]
    quotes = prefix.count(">")
    if not _MARKDOWN_LIST_MARKER.match(line, len(prefix)):
        return quotes
    return quotes + len(prefix.rpartition(">")[2].expandtabs(4)) // 2 + 1


def markdown_to_html(source: str) -> str:
    return MARKDOWN.render(source)
