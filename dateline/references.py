"""What an editor's entry points at, found or nearly found: events by id, articles by id, quotes in articles.

A reference that matches nothing would publish something wrong (a new event
where a correction was meant, a quote that no source says), so the editor is
shown what it nearly matched: the nearest event ids, the closest article id,
the closest passage of the article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from rapidfuzz import fuzz, process

from .model import Event

#: How many nearest ids a message names.
NEAREST_IDS = 3
#: Below this similarity (0-100) the closest passage is not worth showing: the quote is not from this article.
CLOSE_PASSAGE_SCORE = 60
#: Headlines and passages are cut to this many characters in a one-line message.
SHOWN_CHARS = 80

_DATE_OF_ID = re.compile(r"^(\d{4}(?:-Q[1-4]|-H[12]|-\d{2}(?:-\d{2})?)?)-")
_SPACE = re.compile(r"\s+")
#: Where a sentence ends, in Chinese and English text (a paragraph ends one too).
_SENTENCE_ENDS = ("。", "！", "？", "!", "?", ". ", "\n")


def did_you_mean(name: str, known: Iterable[str]) -> str:
    """'; did you mean 'x'?' for the known name closest to name, or '' when none is close."""
    found = process.extractOne(str(name), list(known), scorer=fuzz.ratio, score_cutoff=60)
    return f"; did you mean {found[0]!r}?" if found else ""


def date_of_id(event_id: str) -> str:
    """The date an extracted id begins with (`2021-12-22` of `2021-12-22-10e8fa`), or ''."""
    match = _DATE_OF_ID.match(event_id)
    return match.group(1) if match else ""


def nearest_events(event_id: str, events: Sequence[Event], limit: int = NEAREST_IDS) -> list[Event]:
    """The events whose ids are nearest to event_id: those of the date the id begins with first
    (re-extraction changes the end of an id, never its date), then by how alike the ids are."""
    if not events:
        return []
    date = date_of_id(event_id)
    same_day = [event for event in events if date and event.date.startswith(date)]
    chosen = _closest(event_id, same_day, limit)
    if len(chosen) < limit:
        others = [event for event in events if event not in same_day]
        chosen += _closest(event_id, others, limit - len(chosen), cutoff=50)
    return chosen


def _closest(event_id: str, events: Sequence[Event], limit: int, cutoff: float = 0) -> list[Event]:
    found = process.extract(event_id, [e.id for e in events], scorer=fuzz.ratio, limit=limit, score_cutoff=cutoff)
    return [events[index] for _, _, index in found]


def shown(text: str, limit: int = SHOWN_CHARS) -> str:
    """Text for a one-line message: on one line, cut to limit characters."""
    text = _SPACE.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1] + "…"


def named(events: Iterable[Event]) -> str:
    """`id «headline»`, for each event, as a message lists them."""
    return ", ".join(f"{event.id} «{shown(event.title, 40)}»" for event in events)


#: Full-width forms (，！１Ａ and the ideographic space) as their plain ones: one character each, so that
#: positions in the folded text are positions in the text.
_FULL_WIDTH = {0xFF01 + offset: 0x21 + offset for offset in range(94)} | {0x3000: 0x20}


def find_quote(quote: str, text: str) -> tuple[int, int] | None:
    """Where the quote is in the text (start, end), or None.

    As written first; then ignoring spaces and line breaks (YAML folds a long
    line with a space, which Chinese does not put between characters, and the
    article's paragraphs are joined by blank lines) and full-width forms.
    """
    quote = quote.strip()
    if not quote:
        return None
    at = text.find(quote)
    if at >= 0:
        return at, at + len(quote)
    wanted = [char for char in quote.translate(_FULL_WIDTH) if not char.isspace()]
    if not wanted:
        return None
    pattern = re.compile(r"\s*".join(re.escape(char) for char in wanted))
    match = pattern.search(text.translate(_FULL_WIDTH))
    return (match.start(), match.end()) if match else None


def closest_passage(quote: str, text: str) -> tuple[str, float]:
    """The sentence (or run of sentences) of text most like the quote, and how alike they are (0-100)."""
    quote = _SPACE.sub("", quote)
    if not quote or not text:
        return "", 0.0
    alignment = fuzz.partial_ratio_alignment(quote, text)
    if alignment is None:
        return "", 0.0
    start = max(text.rfind(end, 0, alignment.dest_start) for end in _SENTENCE_ENDS) + 1
    ends = [at for end in _SENTENCE_ENDS if (at := text.find(end, max(alignment.dest_end - 1, 0))) >= 0]
    end = min(ends) + 1 if ends else len(text)
    return text[start:end].strip(), alignment.score
