"""An event's summary as a list shows it: its first one or two sentences, as plain text.

Wikipedia's and the wires' timelines give a sentence or two per date; the
event page keeps the whole summary. Sentences are found by each script's
closing punctuation (a table, below); a summary that only repeats the title
gives nothing, and a sentence too long for a list is cut at a word with "…".
"""

from __future__ import annotations

import functools
import re
import unicodedata

from .templating import EDITOR_MARKDOWN

#: How many sentences a list gives, and how wide they may be at most (in ems: a CJK character is one).
SENTENCES = 2
MAX_EMS = 120

#: Where a sentence ends: after Chinese closing punctuation (and a closing quote), or after Latin closing
#: punctuation followed by a space, unless the word before it is one of ABBREVIATIONS or a single letter (U.S.).
SENTENCE_END = re.compile(r"(?<=[。！？])[”」』]?|(?<=[.!?])[”’\"]?(?=\s+[\"“‘(\[A-Z0-9\u4e00-\u9fff])")
#: A sentence ending so is followed by the next without a space.
CJK_CLOSING = ("。", "！", "？", "”", "」", "』")
# fmt: off
ABBREVIATIONS = frozenset((
    "mr", "mrs", "ms", "dr", "prof", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc",
    "gov", "sen", "rep", "gen", "lt", "col", "capt", "sgt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
))
# fmt: on
#: Characters a title and a sentence may differ by and still say the same.
_IGNORED = re.compile(r"[\s\W_]+")


#: A summary without any of these is plain text already (extracted summaries are): no need to parse it.
_MARKDOWN = re.compile(r"[\\`*_\[\]<>#!&|~]|^\s*(?:[-+]|\d+[.)])\s|\n", re.M)


def _plain(markdown: str) -> str:
    """The text of editor Markdown: what its inline tokens say, paragraphs joined by a space."""
    if not _MARKDOWN.search(markdown or ""):
        return (markdown or "").strip()
    parts = []
    for token in EDITOR_MARKDOWN.parse(markdown or ""):
        if token.type == "inline":
            text = "".join(
                child.content if child.type in ("text", "code_inline") else " " if "break" in child.type else ""
                for child in token.children or ()
            )
            parts.append(text.strip())
    return " ".join(part for part in parts if part)


def sentences(text: str) -> list[str]:
    """The sentences of a plain text, each with its closing punctuation."""
    found, start = [], 0
    for match in SENTENCE_END.finditer(text):
        end = match.end()
        before = re.search(r"(\w+)\W*$", text[start:end])
        word = before.group(1) if before else ""
        if text[end - 1 : end] == "." and (word.lower() in ABBREVIATIONS or len(word) == 1 and word.isupper()):
            continue
        if text[start:end].strip():
            found.append(text[start:end].strip())
        start = end
    if text[start:].strip():
        found.append(text[start:].strip())
    return found


def _ems(text: str) -> float:
    return sum(1.0 if unicodedata.east_asian_width(c) in "WF" else 0.5 for c in text)


def _cut(text: str, ems: float) -> str:
    """text cut to about `ems` wide, at a space where it has spaces, with "…"."""
    width = 0.0
    for end, character in enumerate(text):  # noqa: B007 - where the loop stops is what it finds
        width += 1.0 if unicodedata.east_asian_width(character) in "WF" else 0.5
        if width > ems:
            break
    else:
        return text
    space = text.rfind(" ", 0, end)
    if space > end // 2:
        end = space
    return text[:end].rstrip(" ,;:，、；：") + "…"


@functools.lru_cache(maxsize=1 << 14)
def lede(summary: str, title: str) -> str:
    """The first sentences of summary (Markdown) for a list, within MAX_EMS; "" if it only says the title."""
    same = _IGNORED.sub("", title).lower()
    chosen: list[str] = []
    for sentence in sentences(_plain(summary)):
        if _IGNORED.sub("", sentence).lower() == same:
            continue
        if chosen and _ems("".join([*chosen, sentence])) > MAX_EMS:
            break
        chosen.append(sentence)
        if len(chosen) == SENTENCES:
            break
    joined = ""
    for sentence in chosen:
        joined += ("" if not joined or joined.endswith(CJK_CLOSING) else " ") + sentence
    return _cut(joined, MAX_EMS)
