"""The reader for plain text copied out of a web page.

A scraper keeps what the page showed around the article: the site's name and
slogan above the title, labelled lines at the foot (`本文题目：…`, `本文来源：…`).
The labelled lines become metadata, the header above a title that repeats
goes, and the text is cut into paragraphs by line or by blank-line group.
(Date lines, bylines and the rest of the page's furniture are recognised in
every format alike, by furniture.py.)
"""

from __future__ import annotations

import re

from .reading import CJK, URL, Piece, Reader, Reading, Source, Value, as_text, clean_block, ends_sentence, same_text

#: Labelled lines at the foot of scraped plain text: field -> labels.
FOOTER_LABELS = {
    "title": ("本文题目", "本文标题", "标题", "本文標題", "標題", "Title"),
    "url": (
        "本文来源",
        "原文链接",
        "原文地址",
        "来源",
        "本文來源",
        "原文連結",
        "原文鏈接",
        "來源",
        "Source",
        "Original URL",
    ),
}
#: How many non-blank lines at the end of a text are searched for footer labels.
FOOTER_SCAN_LINES = 8
#: How far down a text the title may repeat as site boilerplate (non-blank lines).
BOILERPLATE_SCAN_LINES = 10
#: Text wrapped by hand is wrapped at 60 to 80 columns; lines narrower than this were never wrapped.
HARD_WRAP_MIN_COLUMNS = 50

_FOOTER_LINE = {  # matched on stripped lines; no pattern here may backtrack over a long line
    name: re.compile(r"(?:" + "|".join(map(re.escape, labels)) + r")\s*[:：]\s*(?P<value>\S.*)", re.I)
    for name, labels in FOOTER_LABELS.items()
}


class PlainTextReader(Reader):
    """Text copied from a web page: a paragraph per line or per blank-line group, with footer labels."""

    format = "text"

    def read(self, text: str, first_line: int, source: Source) -> Reading:
        lines = [line.strip() for line in text.split("\n")]
        metadata: dict[str, Value] = {}
        non_blank = [number for number, line in enumerate(lines) if line]
        for number in non_blank[-FOOTER_SCAN_LINES:]:
            for name, pattern in _FOOTER_LINE.items():
                match = pattern.match(lines[number])
                if not match:
                    continue
                value = match.group("value")
                if name == "url" and not URL.fullmatch(value):
                    continue
                metadata.setdefault(name, Value(value, first_line + number))
                lines[number] = ""
                break

        title_dropped = False
        title = as_text(metadata.get("title"))
        if title:
            # Scrapers keep the page's header: site name, slogan, then the title. Drop them all.
            for number in non_blank[:BOILERPLATE_SCAN_LINES]:
                if same_text(lines[number], title):
                    lines[: number + 1] = [""] * (number + 1)
                    title_dropped = True
                    break

        pieces = [Piece("p", paragraph) for paragraph in _text_paragraphs(lines)]
        pieces = [piece for piece in pieces if piece.text]
        return Reading(self.format, pieces, metadata, title_dropped=title_dropped, title_may_lead=not title)


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
            paragraphs.append(clean_block("\n".join(group)))
        else:
            paragraphs.extend(clean_block(line) for line in group)
    return paragraphs


def _is_hard_wrapped(group: list[str]) -> bool:
    """Lines cut at a width: all but the last about as wide as the widest, and wide (a run of short lines
    is a list, or a page's furniture: a byline over a date line)."""
    widths = [_columns(line) for line in group]
    widest = max(widths)
    return all(
        width >= HARD_WRAP_MIN_COLUMNS and width >= 0.6 * widest and not ends_sentence(line)
        for line, width in zip(group[:-1], widths)
    )


def _columns(line: str) -> int:
    """How wide a line shows in a monospaced font: a CJK character takes two columns."""
    return len(line) + len(CJK.findall(line))
