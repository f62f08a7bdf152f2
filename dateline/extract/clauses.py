"""Where a reading's clause starts and ends, and which clause tells of a period that opens its sentence alone
(`In 2010, the company had 50 employees`, `2023年，客运强度为0.55万人次`)."""

from __future__ import annotations

import re

from . import tables
from .layout import Layout
from .place import Place
from .readers import Reading

#: After a date, a clause that tells what happened then (`since 2014 when he acquired the house`, `The dispute
#: dates back to 2000, when …`): the act the date is the time of.
WHEN_AFTER = re.compile(r",?[ \u00a0]+when[ \u00a0]")


def clause_of(text: str, reading: Reading, place: Place) -> tuple[int, int]:
    """The clause holding a reading: between clause punctuation, within its sentence."""
    start = place.sentence_start
    for mark in _CLAUSE_MARK.finditer(text, place.sentence_start, reading.start):
        if not _in_a_number(text, mark.start()):
            start = mark.end()
    end = reading.end
    # (a comma or a `、` right after the date is looked for first: most dates end no list of years)
    while text.startswith(_A_LISTS_MARKS, end) and (
        listed := _THE_NEXT_YEAR_OF_A_LIST.match(text, end, place.sentence_end)
    ):
        end = listed.end()  # `cash flow in 2013, 2014, and 2015 was $47.1 million`: the list's clause is each year's
    return start, end_of_clause(text, end, place.sentence_end)


def end_of_clause(text: str, start: int, sentence_end: int) -> int:
    """Where the clause going on at `start` ends: at the next clause punctuation, or with its sentence."""
    for mark in _CLAUSE_MARK.finditer(text, start, sentence_end):
        if not _in_a_number(text, mark.start()):
            return mark.start()
    return sentence_end


def _in_a_number(text: str, at: int) -> bool:
    return text[at] in _IN_A_NUMBER and text[at + 1 : at + 2].isdigit()


_CLAUSE_MARK = re.compile(f"[{re.escape(tables.CLAUSE_PUNCTUATION)}]")
#: Clause punctuation that also writes numbers, right before a digit: `238,000`, `10:30`.
_IN_A_NUMBER = ",:"
_A_LISTS_MARKS = (",", "、")
#: After a year, the next of a list of years (`2013, 2014, and 2015`, `2013年、2014年`).
_THE_NEXT_YEAR_OF_A_LIST = re.compile(
    r"(?<=[0-9年])(?:,[ \u00a0]+(?:(?:and|or)[ \u00a0]+)?|、)(?:19|20)[0-9]{2}(?:年|\b(?![,.][0-9]))"
)


def clause_told_of(text: str, reading: Reading, place: Place, layout: Layout) -> tuple[int, int]:
    """The clause that tells what happened in a period: its own, or the next as well when the period is all its
    own clause says (`2011年2月，埃洛普发布公开言论`, `In January, Xiaomi announced …`)."""
    start, end = clause_of(text, reading, place)
    if end < place.sentence_end and (
        frames_the_next_clause_en(text, reading, place, end) if layout.english else fronted(text, reading, start, end)
    ):
        end = end_of_clause(text, end + 1, place.sentence_end)
        while text.startswith("、", end):  # a list of who did it: `去年8月，美图、拉勾网各裁员20%`
            end = end_of_clause(text, end + 1, place.sentence_end)
    return start, end


def frames_the_next_clause_en(text: str, reading: Reading, place: Place, clause_end: int) -> bool:
    """Whether an English period opens its sentence, or a clause after `that`, set off by a comma (`In 2010, the
    company had 50 employees`, `found that in 2015, there were …`): the clause after it tells of it."""
    return text[clause_end] == "," and bool(
        place.frames_sentence
        or _FRAMING_PERIOD_EN.fullmatch(text, place.sentence_start, reading.start)
        or _OPENING_A_CLAUSE_AFTER_THAT.search(text, place.sentence_start, reading.start)
    )


#: What may open an English sentence before a period that frames it (`By 2012, …`, `Between 2010 and 2013, …`) …
_FRAMING_PERIOD_EN = re.compile(r"\s*(?:[Bb]y|[Bb]etween|[Ff]rom|[Ii]n|[Dd]uring|[Tt]hroughout)\s+(?:the\s+)?")
#: … or a clause after `that` (`found that in 2015, there were 9 million deaths`).
_OPENING_A_CLAUSE_AFTER_THAT = re.compile(r"\bthat[ ]+(?:in|by|during|between)[ ]+(?:the[ ]+)?$")


def fronted(text: str, reading: Reading, clause_start: int, clause_end: int) -> bool:
    """Whether a Chinese period is all its clause says, maybe with a word leading in (`2023年，`, `截至2023年末，`)."""
    lead_in = _A_FRONTED_PERIODS_LEAD_IN.match(text, clause_start, reading.start)
    return not (
        text[lead_in.end() if lead_in else clause_start : reading.start].strip(_AROUND_A_FRONTED_PERIOD)
        or text[reading.end : clause_end].strip(_AROUND_A_FRONTED_PERIOD)
    )


#: What may stand around a period that opens its sentence alone (`到2030年，`, `2022年末，`, `在2023年，`,
#: `2014年12月以来，`) …
_AROUND_A_FRONTED_PERIOD = " \u3000到至在于於截止末底初中以来來"
#: … and the words that may lead in to it (`其中包括2016年底，`, `截至2023年末，`, `而去年11月，`).
_A_FRONTED_PERIODS_LEAD_IN = re.compile(
    r"[ \u3000]*(?:而|但|不过|不過|另外|此外|同时|同時)?[ \u3000]*(?:其中(?:包括)?|包括|截至|截止到|直到|到了)?"
)


def opens_its_sentence(text: str, reading: Reading, place: Place) -> bool:
    """Whether the reading opens its sentence, maybe after a quotation mark (`"Today that's a pain point," he said`)."""
    return not text[place.sentence_start : reading.start].strip(" \"“‘'")
