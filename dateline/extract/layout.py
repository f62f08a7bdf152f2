"""Where blocks and sentences are: what resolving and judging a mention look at."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from . import tables

# Each starts with the one character class (or the one character) every match starts with, which `re`
# skips ahead to in C; an alternation at the start (`[。…]+…|\n`) or a repeat (`\.+`) makes it try at
# every character of the block.
_SENTENCE_END = re.compile(r"[。！？!?；;\n](?:(?<=\n)|[。！？!?；;]*[”’」』\"'）)]*)")
_ENGLISH_FULL_STOP = re.compile(r"\.\.*[\"”’')]*(?=\s)")
_BLOCK_BREAK = re.compile(r"\n[ \t\u3000]*\n\s*")


class Layout:
    """Where blocks and sentences start and end: blocks found in one scan, the sentences
    of a block only when a mention is in it, then looked up with bisect."""

    def __init__(self, text: str, language: str):
        self.text = text
        self.english = language.startswith("en")
        breaks = [match.span() for match in _BLOCK_BREAK.finditer(text)]
        self.block_starts = [0] + [end for _, end in breaks]
        self.block_ends = [start for start, _ in breaks] + [len(text)]
        self._sentence_ends: dict[int, list[int]] = {}
        self._headings: dict[int, bool] = {}
        self._future: dict[int, bool] = {}

    def _sentence_ends_of(self, block: int) -> list[int]:
        """Where the sentences of a block end (after their punctuation and closing quotes)."""
        if block not in self._sentence_ends:
            start, end = self.block_starts[block], self.block_ends[block]
            ends = [match.end() for match in _SENTENCE_END.finditer(self.text, start, end)]
            if self.english:
                ends.extend(
                    match.end()
                    for match in _ENGLISH_FULL_STOP.finditer(self.text, start, end)
                    if not self._is_abbreviation(match)
                )
                ends.sort()
            self._sentence_ends[block] = ends
        return self._sentence_ends[block]

    def is_future(self, sentence_start: int, sentence_end: int) -> bool:
        """Whether the sentence is about the future (将于, will, is due to …)."""
        if sentence_start not in self._future:
            self._future[sentence_start] = _FUTURE.search(self.text, sentence_start, sentence_end) is not None
        return self._future[sentence_start]

    def _is_abbreviation(self, match: re.Match) -> bool:
        """Whether a full stop ends an abbreviation (Dec., a.m., U.S.) or an initial (J.)."""
        text, stop = self.text, match.start()
        begin = max(text.rfind(" ", max(0, stop - 12), stop), text.rfind("\n", max(0, stop - 12), stop)) + 1
        word = text[begin:stop].lstrip("(\"'“‘[")
        return word.lower() in tables.ENGLISH_ABBREVIATIONS or (len(word) == 1 and word.isupper())

    def block_of(self, position: int) -> int:
        return bisect_right(self.block_starts, position) - 1

    def sentence_of(self, block: int, start: int, end: int) -> tuple[int, int]:
        """The sentence holding text[start:end], without surrounding whitespace."""
        ends = self._sentence_ends_of(block)
        index = bisect_right(ends, start)
        sentence_start = ends[index - 1] if index else self.block_starts[block]
        index = bisect_left(ends, end)
        sentence_end = ends[index] if index < len(ends) else self.block_ends[block]
        text = self.text
        while sentence_start < start and text[sentence_start].isspace():
            sentence_start += 1
        while sentence_end > end and text[sentence_end - 1].isspace():
            sentence_end -= 1
        return sentence_start, sentence_end

    def sentence_after(self, position: int) -> tuple[int, int] | None:
        """The sentence that starts first at or after `position` (in this block or a later one)."""
        text, end = self.text, len(self.text)
        while position < end and text[position].isspace():
            position += 1
        if position >= end:
            return None
        block = self.block_of(position)
        return self.sentence_of(block, position, position + 1)

    def is_heading(self, block: int) -> bool:
        """A short block with no sentence-final punctuation; not a sentence that leads in to what follows with a
        colon (`今天中午，某某委托律师事务所发布声明：`), though a label may (`今日新闻：`)."""
        if block not in self._headings:
            content = self.text[self.block_starts[block] : self.block_ends[block]].strip()
            self._headings[block] = (
                0 < len(content) <= tables.HEADING_MAX_CHARS
                and "\n" not in content
                and not any(mark in content for mark in tables.SENTENCE_FINAL)
                and not content.endswith(".")
                and not (content.endswith((":", "：")) and _A_LEAD_IN.search(content) is not None)
            )
        return self._headings[block]


#: What makes a line ending on a colon a sentence leading in to what follows: a clause's comma, or a verb of
#: telling or of an act.
_A_LEAD_IN = re.compile(
    tables.alternation((*tables.EVENT_VERBS, "，", ", ", "称", "稱", "说", "說", "said", "says", "wrote"))
)


def _future_pattern() -> re.Pattern:
    """Future cues as an alternation of literals (so `re` skips ahead in C), each
    followed by its guards: 将 not as the object marker, English cues as whole words."""
    cues = []
    for cue in tables.FUTURE_CUES:
        false_friends = tables.FUTURE_CUE_FALSE_FRIENDS.get(cue)
        false_before = tables.FUTURE_CUE_FALSE_BEFORE.get(cue)
        cues.append(
            re.escape(cue)
            + (f"(?<![{false_before}]{re.escape(cue)})" if false_before else "")
            + (f"(?!{tables.alternation(false_friends)})" if false_friends else "")
        )
    for cue in tables.ENGLISH_FUTURE_CUES:
        for spelling in (cue, cue[0].upper() + cue[1:]):
            written = re.escape(spelling)
            cues.append(f"{written}(?<![A-Za-z]{written})(?![A-Za-z])")
    return re.compile("|".join(cues))


_FUTURE = _future_pattern()


_TITLE_OPENING = re.compile("[" + "".join(tables.TITLE_BRACKETS) + "]")


def in_a_title(text: str, start: int, at: int) -> bool:
    """Whether text[at] is inside a title's brackets opened after `start` (`《2019年…规定》`)."""
    if _TITLE_OPENING.search(text, start, at) is None:
        return False  # most sentences: no title before it
    opened = text[start:at]
    return any(opened.count(opening) > opened.count(closing) for opening, closing in tables.TITLE_BRACKETS.items())
