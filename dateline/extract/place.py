"""Where a reading sits in the text: its block, its sentence, and (asked only when needed) the tense of its
clause and whether it opens a clause."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import tables
from .layout import Layout
from .tense import chinese_tense, english_tense


@dataclass(slots=True)
class Place:
    """Where a reading sits: its block and sentence, and (asked only when needed)
    the tense of its clause and whether the reading opens a clause."""

    start: int
    end: int
    block: int
    sentence_start: int
    sentence_end: int
    layout: Layout = field(repr=False)
    _tense: str | None = field(default=None, repr=False)

    @property
    def future(self) -> bool:
        """Whether the sentence speaks of the future anywhere (for the year an undated text is about)."""
        return self.layout.is_future(self.sentence_start, self.sentence_end)

    @property
    def tense(self) -> str:
        """The tense of the clause that holds the reading (see tense.py)."""
        if self._tense is None:
            tense_of = english_tense if self.layout.english else chinese_tense
            self._tense = tense_of(self.layout.text, self.start, self.end, self.sentence_start, self.sentence_end)
        return self._tense

    @property
    def opens_clause(self) -> bool:
        return opens_clause(self.layout.text, self.start, self.layout.block_starts[self.block])

    @property
    def frames_sentence(self) -> bool:
        """Whether the reading opens its sentence and a comma sets it off (`In 2012, …`, `Last year, …`,
        `去年，…`): the time the whole sentence is in. Chinese needs no comma (`2003年发行专辑《陌生人》，…`,
        `6月担任…`) where no 的 follows within a verb's reach: `2019年成立的公司` names a company."""
        text = self.layout.text
        if _FRAME_OPENING.fullmatch(text, self.sentence_start, self.start) is None:
            return False
        if _FRAME_COMMA.match(text, self.end) is not None:
            return True
        if self.layout.english:
            return False
        return _CHINESE_FRAMED_CLAUSE.match(text, self.end) is not None


#: What may stand before a year that frames its sentence, and after it.
_FRAME_OPENING = re.compile(r"\s*(?:(?:[Ii]n|[Dd]uring|[Tt]hroughout)\s+)?")
_FRAME_COMMA = re.compile(r"\s*[,，、]")
#: A Chinese clause going on after a date that opens it, with no 的 or 之 in its first words.
_CHINESE_FRAMED_CLAUSE = re.compile(r"[\u4e00-\u9fff《“「](?![^，,。；;！？!?\n]{0,3}[的之])")


def opens_clause(text: str, start: int, block_start: int, connectives: int = 2) -> bool:
    """Whether a clause begins at `start` (after punctuation or a connective like 而, 并于, or two: 而就在)."""
    position = start
    while position > block_start and text[position - 1] in " \u3000\u00a0":
        position -= 1
    if position <= block_start or text[position - 1] in tables.CLAUSE_OPENERS:
        return True
    if connectives == 0:
        return False
    return any(
        text.endswith(connective, block_start, position)
        and opens_clause(text, position - len(connective), block_start, connectives - 1)
        for connective in tables.CLAUSE_CONNECTIVES
    )
