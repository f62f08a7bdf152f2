"""TimeML: score the dates extraction finds against TempEval-3's annotated news.

A TimeML file holds a news text with every temporal expression marked as a
TIMEX3 (its type and normalised value) and the document's creation time in
`<DCT>`. The text is given to extraction with the creation time as the
publication date, as an article would be. Scored as TempEval-3 scores: a gold
expression is found when a mention overlaps it (relaxed span match), then its
value is compared (a part of the day, `1998-03-22TEV`, at its day). Only calendar points are scored (`1998`, `1998-Q1`,
`1998-03`, `1998-W12`, `1998-03-22`, `1998-03-22T10:00`): durations, sets,
`PRESENT_REF` and the like are not dates on a timeline, and a mention that
overlaps one of them is neither right nor wrong.
"""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

from ..errors import ContentError
from ..extract import ExtractionContext, extract_mentions
from ..model import Mention
from .harness import Error, Ratio, SetScore

#: A TIMEX3 value that is a point on a calendar (with a part of the day: 1998-03-22TMO).
CALENDAR_VALUE = re.compile(
    r"\d{4}(?:-(?:Q[1-4]|H[12]|W\d{2}|\d{2}(?:-\d{2}(?:T(?:\d{2}(?::\d{2}){0,2}|MO|AF|EV|NI|DT))?)?))?"
)
SCORED_TYPES = ("DATE", "TIME")


@dataclass(frozen=True)
class Timex:
    """A gold temporal expression: where it is in the text, its type and normalised value."""

    start: int
    end: int
    type: str
    value: str
    text: str

    @property
    def scored(self) -> bool:
        return self.type in SCORED_TYPES and CALENDAR_VALUE.fullmatch(self.value) is not None


@dataclass(frozen=True)
class TimeMLDocument:
    id: str
    path: Path
    created: dt.date | None
    text: str
    timexes: tuple[Timex, ...]


def read_timeml(path: Path) -> TimeMLDocument:
    """The text of `<TEXT>` with its TIMEX3s at their offsets, and the creation date."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        line = getattr(error, "position", (None,))[0]
        raise ContentError(str(path), line, f"not a readable TimeML file: {error}") from None
    created = None
    dct = root.find("DCT/TIMEX3")
    if dct is not None:
        created = _date_of(dct.get("value", ""))
    body = root.find("TEXT")
    if body is None:
        raise ContentError(str(path), None, "a TimeML file needs a <TEXT> element")
    parts: list[str] = []
    timexes: list[Timex] = []
    _walk(body, parts, timexes, [0])
    document_id = (root.findtext("DOCID") or path.stem).strip()
    return TimeMLDocument(document_id, path, created, "".join(parts), tuple(timexes))


def _walk(element: ElementTree.Element, parts: list[str], timexes: list[Timex], length: list[int]) -> None:
    """Append the element's text to parts (length[0] is how long they are), noting each TIMEX3."""
    start = length[0]
    if element.text:
        parts.append(element.text)
        length[0] += len(element.text)
    for child in element:
        _walk(child, parts, timexes, length)
        if child.tail:
            parts.append(child.tail)
            length[0] += len(child.tail)
    if element.tag == "TIMEX3":
        written = "".join(parts)[start : length[0]] if start < length[0] else ""
        timexes.append(Timex(start, length[0], element.get("type", ""), element.get("value", ""), written))


def _date_of(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def timeml_value(mention: Mention) -> str | None:
    """A mention's date written as a TIMEX3 value: a Monday-to-Sunday range is an ISO week."""
    if mention.date is None:
        return None
    if mention.end_date and mention.granularity == "day":
        first, last = dt.date.fromisoformat(mention.date), dt.date.fromisoformat(mention.end_date)
        if first.weekday() == 0 and (last - first).days == 6:
            year, week, _ = first.isocalendar()
            return f"{year:04d}-W{week:02d}"
    return mention.date


def timeml_values(mention: Mention) -> tuple[str, ...]:
    """The values a mention stands for: a range (`from 1991 to 1997`) covers two TIMEX3s, its start and end."""
    value = timeml_value(mention)
    if value is None:
        return ()
    if mention.end_date and value == mention.date:
        return (value, mention.end_date)
    return (value,)


def values_match(found: str | None, gold: str) -> bool:
    """Equal values. A time matches at the minute (10:00 is 10:00:00, 17 is 17:00); a part of the day (`TMO`, `TEV` …)
    is compared at its day, where a timeline places it: dates carry no parts of the day."""
    if found is None:
        return False
    if found == gold:
        return True
    if "T" not in gold:
        return False
    day, clock = gold.split("T", 1)
    if not clock[:1].isdigit():
        return found == day
    found_day, _, found_clock = found.partition("T")
    if len(clock) == 2:
        clock += ":00"  # an hour alone (`1989-11-06T17`) is the hour's start, as `5 p.m.` is read
    return found_day == day and found_clock[:5] == clock[:5]


def score_documents(documents: list[TimeMLDocument], name: str) -> SetScore:
    """Relaxed span recall and precision, and value recall and precision, over every document.

    Value recall counts gold expressions with the right value; value precision, mentions with a right
    value (a range, `from 1991 to 1997`, is one mention that may give two right values)."""
    gold_total = found_spans = right_values = mentions_scored = mentions_overlapping = right_mentions = 0
    errors: list[Error] = []
    for document in documents:
        context = ExtractionContext(article=document.id, published=document.created, language="en")
        mentions = extract_mentions(document.text, context)
        scored = [t for t in document.timexes if t.scored]
        gold_total += len(scored)
        matched: set[int] = set()
        right: set[int] = set()
        for timex in scored:
            overlapping = [i for i, m in enumerate(mentions) if m.start < timex.end and timex.start < m.end]
            if not overlapping:
                errors.append(Error("missed", document.id, f"{timex.text!r} = {timex.value}"))
                continue
            found_spans += 1
            matched.update(overlapping)
            chosen = next(
                (
                    mentions[i]
                    for i in overlapping
                    if any(values_match(v, timex.value) for v in timeml_values(mentions[i]))
                ),
                mentions[overlapping[0]],
            )
            value = next((v for v in timeml_values(chosen) if values_match(v, timex.value)), timeml_value(chosen))
            if values_match(value, timex.value):
                right_values += 1
                right.add(mentions.index(chosen))
            else:
                errors.append(
                    Error(
                        _cause(value, timex.value),
                        document.id,
                        f"{chosen.as_written!r} -> {value}, gold {timex.value} ({_context_of(document, timex)})",
                    )
                )
        neutral = [t for t in document.timexes if not t.scored]
        for index, mention in enumerate(mentions):
            if index in matched:
                mentions_overlapping += 1
                mentions_scored += 1
                right_mentions += index in right
            elif any(mention.start < t.end and t.start < mention.end for t in neutral):
                continue
            else:
                mentions_scored += 1
                errors.append(
                    Error(
                        "spurious",
                        document.id,
                        f"{mention.as_written!r} -> {mention.date} in {_short(mention.sentence)!r}",
                    )
                )
    return SetScore(
        name=name,
        kind="timeml",
        documents=len(documents),
        recall=Ratio(found_spans, gold_total),
        precision=Ratio(mentions_overlapping, mentions_scored),
        value_recall=Ratio(right_values, gold_total),
        value_precision=Ratio(right_mentions, mentions_scored),
        errors=tuple(errors),
    )


def _cause(found: str | None, gold: str) -> str:
    """Why a found value is wrong, in the words of the table's error list."""
    if found is None:
        return "unresolved"
    if found[:4] != gold[:4] and len(found) >= 4 and found[4:] == gold[4:]:
        return "wrong year"
    found_granularity, gold_granularity = _granularity(found), _granularity(gold)
    if found_granularity != gold_granularity:
        return f"granularity {found_granularity} for {gold_granularity}"
    if found[:4] != gold[:4]:
        return "wrong year"
    return f"wrong {gold_granularity}"


def _granularity(value: str) -> str:
    if "T" in value:
        return "time"
    if re.fullmatch(r"\d{4}", value):
        return "year"
    if "-Q" in value or "-H" in value:
        return "quarter"
    if "-W" in value:
        return "week"
    return "day" if value.count("-") == 2 else "month"


def _context_of(document: TimeMLDocument, timex: Timex) -> str:
    return _short(document.text[max(0, timex.start - 40) : timex.end + 30])


def _short(text: str) -> str:
    return " ".join(text.split())[:90]


def score_folder(folder: Path, name: str | None = None) -> SetScore:
    """Every `*.tml` under folder, in name order."""
    paths = sorted(folder.rglob("*.tml"))
    return score_documents([read_timeml(path) for path in paths], name or folder.name)
