"""Extract: find the dated expressions in an article, say what date each one means,
and whether it reports an event.

This is the heart of dateline: every event on the timeline starts as a mention
found here. Extraction is pure (text and context in, mentions out) so that it
can be cached by content hash, run in parallel and tested with hypothesis.

How it works, in three passes over one article:

1. *Scan.* The forms of `forms.FORMS` are joined into one regular
   expression that is compiled once and scanned once over the text. Each match
   is read by the reader of its form into a `_Reading`: the fields the text
   states (year, month, day …, or "yesterday", "three days later"). Impossible
   dates (2月30日) are dropped here; durations (6个月, 2日内) never match.
2. *Resolve.* Readings are resolved in text order, like a careful reader does:
   explicit years are absolute; year-less dates take the year that puts them
   nearest before publication (after it only when the sentence is about the
   future), or, with no publication date, the year of the sentence or of the
   article; a day alone (23日) takes the month of the previous mention;
   "yesterday" counts from publication; "the next day" from the previous date.
3. *Judge.* A mention reports an event unless the text says it is a statistic's
   "as of" date, a reporting period, a heading repeating a date, or inside a title.

The words and cues of each language live in `tables.py`.
"""

from __future__ import annotations

from ..model import Mention
from .context import ExtractionContext
from .judge import judge_all
from .layout import Layout
from .resolve import resolve_all
from .scan import (
    attach_clocks,
    attach_day_shifts,
    attach_years,
    carry_the_afternoon,
    drop_weekdays_beside_dates,
    drop_words_glossed_by_a_date,
    find_datelines,
    mark_days_of_the_incident,
    merge_ranges,
    read_listed_english_days,
    read_listed_numbers,
    scan,
    settle_date_order,
)

__all__ = ["EXTRACTOR_VERSION", "ExtractionContext", "extract_mentions"]

#: Bump when the output for the same input changes: it is part of the cache key.
EXTRACTOR_VERSION = "50"


def extract_mentions(text: str, context: ExtractionContext) -> tuple[Mention, ...]:
    """The dated expressions in `text`, resolved and judged, in text order.

    Pure: no I/O, no clock, no globals mutated; never raises on odd input.
    """
    readings = scan(text, context)
    if not readings:
        return ()
    layout = Layout(text, context.language)
    readings = settle_date_order(readings)
    readings = attach_clocks(text, readings)
    readings = carry_the_afternoon(text, readings)
    readings = attach_years(text, readings)
    readings = merge_ranges(text, readings)
    if not layout.english:
        readings = read_listed_numbers(text, readings)
    else:
        readings = read_listed_english_days(text, readings)
    readings = attach_day_shifts(text, readings)
    readings = drop_weekdays_beside_dates(text, readings)
    mark_days_of_the_incident(text, readings)
    readings = drop_words_glossed_by_a_date(text, readings)
    datelines = find_datelines(text, readings, context.published)
    resolved = resolve_all(text, readings, layout, context, datelines)
    return judge_all(text, resolved, layout, context, datelines)
