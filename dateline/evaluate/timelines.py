"""SemEval-2015 Task 4 (TimeLine): score dateline's events against cross-document timelines.

A set is a folder with `docs/*.tml` (tokenised news, one `<s>` per sentence, the
creation date in `<DCT>`, the headline in `<EXTRAINFO>`) and `gold/*.txt` (one
timeline per target entity: its name on the first line, then
`order<TAB>date<TAB>DOCID-SENTENCE-WORD…`). Each document is written out as an
article would be published (detokenised English, the creation date as
publication date, the headline as title) into a content folder whose
`entities.yaml` lists the target entities by name, as an editor would, and
dateline's own pipeline reads, extracts and consolidates it in-process. The
events are then compared with the gold timelines (see `MEASURES["timelines"]`).
"""

from __future__ import annotations

import datetime as dt
import functools
import html
import re
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import ContentError, UsageError
from ..model import Event, Mention, Report
from .harness import Error, Ratio, SetScore

#: A gold date: year, then month and day each as digits or XX (`2007-01-XX` is the month 2007-01).
GOLD_DATE = re.compile(r"(?P<year>\d{4}|X+)(?:-(?P<month>\d{2}|X+))?(?:-(?P<day>\d{2}|X+))?")
#: A gold mention: the document id, the sentence number and the event's word(s).
GOLD_MENTION = re.compile(r"(?P<document>[^-\s]+)-(?P<sentence>\d+)-(?P<word>\S+)")


@dataclass(frozen=True)
class TimelineDocument:
    """One news text of the set, detokenised: a sentence per `<s>`."""

    id: str
    path: Path
    title: str
    created: dt.date | None
    sentences: tuple[str, ...]


@dataclass(frozen=True)
class GoldEntry:
    """One line of a gold timeline: the date it gives (None when not anchored) and the documents it cites."""

    line: int
    written: str  # the date as the gold file writes it
    date: str | None
    documents: tuple[str, ...]


@dataclass(frozen=True)
class GoldTimeline:
    """The timeline of one target entity."""

    id: str  # the file name without extension; the entity's id
    path: Path
    entity: str  # the first line: the entity's name
    entries: tuple[GoldEntry, ...]

    @property
    def dates(self) -> frozenset[str]:
        return frozenset(entry.date for entry in self.entries if entry.date)


def anchored_date(value: str) -> str | None:
    """A gold date as an ISO date at its granularity: `2007-01-XX` is `2007-01`; None when the year is unknown."""
    match = GOLD_DATE.fullmatch(value.strip())
    if match is None or not match["year"].isdigit():
        return None
    parts = [match["year"]]
    for part in (match["month"], match["day"]):
        if part is None or not part.isdigit():
            break
        parts.append(part)
    return "-".join(parts)


def detokenise(tokens: list[str]) -> str:
    """Tokenised English (`June 8 , 2010`, `Apple 's`) as it is written (`June 8, 2010`, `Apple's`)."""
    return _detokenizer().detokenize(tokens)


@functools.lru_cache(maxsize=1)
def _detokenizer():
    from sacremoses import MosesDetokenizer

    return MosesDetokenizer(lang="en")


def read_document(path: Path) -> TimelineDocument:
    """A `.tml` file of the set: its id, headline, creation date and detokenised sentences."""
    try:
        root = ElementTree.parse(path).getroot()
    except (OSError, ElementTree.ParseError) as error:
        line = getattr(error, "position", (None,))[0]
        raise ContentError(str(path), line, f"not a readable TimeML file: {error}") from None
    created = None
    dct = root.find("DCT/TIMEX3")
    if dct is not None:
        try:
            created = dt.date.fromisoformat(dct.get("value", "")[:10])
        except ValueError:
            created = None
    body = root.find("TEXT")
    if body is None:
        raise ContentError(str(path), None, "a TimeML file needs a <TEXT> element")
    sentences = tuple(detokenise("".join(sentence.itertext()).split()) for sentence in body.iter("s"))
    title = detokenise((root.findtext("EXTRAINFO") or "").split())
    document_id = (root.findtext("DOCID") or path.stem).strip()
    return TimelineDocument(document_id, path, title, created, sentences)


def read_gold(path: Path) -> GoldTimeline:
    """A gold timeline file: the entity's name, then one entry a line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(str(path), None, f"cannot read the gold timeline: {error}") from None
    if not lines or not lines[0].strip():
        raise ContentError(str(path), 1, "a gold timeline starts with the name of its target entity")
    entries = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        columns = line.split("\t")
        if len(columns) < 3 or not all(GOLD_MENTION.fullmatch(c.strip()) for c in columns[2:] if c.strip()):
            raise ContentError(str(path), number, "expected order<TAB>date<TAB>DOCID-SENTENCE-WORD…")
        documents = tuple(
            dict.fromkeys(match["document"] for c in columns[2:] if (match := GOLD_MENTION.fullmatch(c.strip())))
        )
        entries.append(GoldEntry(number, columns[1].strip(), anchored_date(columns[1]), documents))
    return GoldTimeline(path.stem, path, lines[0].strip(), tuple(entries))


def is_timelines_folder(path: Path) -> bool:
    """A folder with `docs/*.tml` and `gold/*.txt`."""
    return path.is_dir() and any((path / "docs").glob("*.tml")) and any((path / "gold").glob("*.txt"))


def entity_id(timeline: GoldTimeline) -> str:
    """The entity id an editor would give the timeline's entity: its file name, as letters, digits, - and _."""
    return re.sub(r"[^0-9A-Za-z_-]+", "-", timeline.id).strip("-_") or "entity"


def entity_kind(name: str) -> str:
    """The kind an editor would give the target entity, which the gold does not say: a name of two
    capitalised words of letters (`Steve Jobs`) is a person's, anything else an organisation's or a
    product's (`iPhone 4`, `iTunes store`, `Beatles Apple Corps`)."""
    return "person" if re.fullmatch(r"[A-Z][a-z]+ [A-Z][a-z'’-]+", name) else "organisation"


def article_file(document: TimelineDocument) -> str:
    """The article as it would be published: HTML with YAML front matter, a paragraph per sentence."""
    front = {"title": document.title, "language": "en"}
    if document.created is not None:
        front["date"] = document.created.isoformat()
    body = "\n".join(f"<p>{html.escape(sentence, quote=False)}</p>" for sentence in document.sentences)
    return "---\n" + yaml.safe_dump(front, allow_unicode=True, sort_keys=False) + "---\n" + body + "\n"


def write_content(documents: list[TimelineDocument], timelines: list[GoldTimeline], content_dir: Path) -> None:
    """A content folder for dateline: the articles, site.yaml and one entity per gold timeline."""
    articles = content_dir / "articles"
    articles.mkdir(parents=True)
    (content_dir / "site.yaml").write_text(
        yaml.safe_dump({"title": "SemEval-2015 Task 4", "language": "en", "timezone": "UTC"}), encoding="utf-8"
    )
    entities = [
        {"id": entity_id(timeline), "name": timeline.entity, "kind": entity_kind(timeline.entity)}
        for timeline in timelines
    ]
    (content_dir / "entities.yaml").write_text(
        yaml.safe_dump(entities, allow_unicode=True, sort_keys=False), encoding="utf-8"
    )
    for document in documents:
        (articles / f"{document.id}.html").write_text(article_file(document), encoding="utf-8")


def day_of(date: str | None) -> str | None:
    """A date at most as fine as a day: the gold timelines have no times."""
    return date.split("T", 1)[0] if date else date


@dataclass(frozen=True)
class Found:
    """What dateline made of the set: mentions by article, the events, and the event each mention feeds."""

    mentions: dict[str, tuple[Mention, ...]]
    events: tuple[Event, ...]
    event_of_mention: dict  # (article id, mention start) -> event id
    problems: tuple[str, ...] = ()  # errors reading the content folder: an article that could not be read
    texts: dict = field(default_factory=dict)  # article id -> the text dateline read from it


def run_pipeline(documents: list[TimelineDocument], timelines: list[GoldTimeline]) -> Found:
    """Write the set as a content folder and run dateline on it up to events: no site is rendered."""
    from ..pipeline import assemble, extract_all, read_content

    with tempfile.TemporaryDirectory(prefix="dateline-timelines-") as folder:
        content_dir = Path(folder) / "content"
        write_content(documents, timelines, content_dir)
        report = Report()
        content = read_content(content_dir, report)
        mentions = extract_all(content)
        site = assemble(content, report, mentions=mentions).site
    errors = tuple(str(problem) for problem in report.problems if problem.severity == "error")
    return Found(mentions, site.events, site.event_of_mention, errors, {a.id: a.text for a in content.articles})


def sentence_spans(documents: list[TimelineDocument], found: Found) -> dict[tuple[str, int], tuple[str, int, int]]:
    """Where each (document, sentence number) of the set is in the text dateline read: (article, start, end).

    Sentences ingest kept out of the text (a date line above the story) have no place."""
    spans = {}
    for document in documents:
        text, at = found.texts.get(document.id, ""), 0
        for number, sentence in enumerate(document.sentences, start=1):
            start = text.find(sentence, at)
            if start >= 0:
                spans[(document.id, number)] = (document.id, start, start + len(sentence))
                at = start + len(sentence)
    return spans


def score_found(documents: list[TimelineDocument], timelines: list[GoldTimeline], found: Found, name: str) -> SetScore:
    """Pair recall, and date precision and recall per timeline (micro-averaged), with every error's cause.

    A gold pair whose document is not in the set (a gold file may cite one by a mistyped id) cannot be cited
    and is left out of pair recall; its date stays in its timeline's dates.
    """
    known = {document.id for document in documents}
    events_by_id = {event.id: event for event in found.events}
    cited = {
        (citation.article, day_of(event.date))
        for event in found.events
        for citation in event.sources
        if citation.article
    }
    errors = [Error("content problem", "-", problem) for problem in found.problems]

    pairs = sorted(
        {
            (document, entry.date)
            for timeline in timelines
            for entry in timeline.entries
            if entry.date
            for document in entry.documents
            if document in known
        }
    )
    pairs_cited = 0
    for article, date in pairs:
        if (article, date) in cited:
            pairs_cited += 1
        else:
            errors.append(_missed_pair(article, date, found, events_by_id))

    right = predicted = gold = 0
    for timeline in timelines:
        linked = [event for event in found.events if entity_id(timeline) in event.entities]
        dates = {day for event in linked if (day := day_of(event.date))}
        right += len(dates & timeline.dates)
        predicted += len(dates)
        gold += len(timeline.dates)
        for date in sorted(dates - timeline.dates):
            titles = "; ".join(event.title for event in linked if day_of(event.date) == date)
            errors.append(Error("date not in gold", timeline.id, f"{date}: {_short(titles)}"))
        for date in sorted(timeline.dates - dates):
            on_date = [event for event in found.events if day_of(event.date) == date]
            cause = "event on the date not linked to the entity" if on_date else "no event on the date"
            errors.append(Error(cause, timeline.id, f"{date} ({timeline.entity})"))
    return SetScore(
        name=name,
        kind="timelines",
        documents=len(documents),
        recall=Ratio(pairs_cited, len(pairs)),
        precision=Ratio(right, predicted),
        value_recall=Ratio(right, gold),
        value_precision=Ratio(right, predicted),
        errors=tuple(errors),
    )


def _missed_pair(article: str, date: str, found: Found, events_by_id: dict[str, Event]) -> Error:
    """Why no event on `date` cites `article`: the first stage that lost it."""
    on_date = [m for m in found.mentions.get(article, ()) if day_of(m.date) == date]
    if not on_date:
        dates = sorted({day for m in found.mentions.get(article, ()) if (day := day_of(m.date))})
        near = [day for day in dates if day.startswith(date + "-") or date.startswith(day + "-")]
        if near:
            return Error("mention at another granularity", article, f"{date}; found {', '.join(near)}")
        return Error("no mention of the date in the article", article, f"{date}; found {', '.join(dates) or 'none'}")
    events = [m for m in on_date if m.is_event]
    if not events:
        return Error(
            "mention not an event", article, f"{date}: {on_date[0].as_written!r} in {_short(on_date[0].sentence)!r}"
        )
    fed = [
        events_by_id[found.event_of_mention[key]]
        for m in events
        if (key := (article, m.start)) in found.event_of_mention and found.event_of_mention[key] in events_by_id
    ]
    if fed:
        return Error(
            "event on another date",
            article,
            f"{date}: {events[0].as_written!r} feeds the event of {fed[0].date} {_short(fed[0].title)!r}",
        )
    return Error("mention in no event", article, f"{date}: {events[0].as_written!r} in {_short(events[0].sentence)!r}")


def _short(text: str) -> str:
    return " ".join(text.split())[:90]


def read_folder(folder: Path) -> tuple[list[TimelineDocument], list[GoldTimeline]]:
    """The documents and gold timelines of a SemEval-2015 Task 4 folder (`docs/*.tml`, `gold/*.txt`)."""
    if not is_timelines_folder(folder):
        raise UsageError(f"{folder} is not a SemEval-2015 Task 4 folder (docs/*.tml and gold/*.txt)")
    try:
        import sacremoses  # noqa: F401
    except ImportError:
        raise UsageError(
            "scoring SemEval-2015 Task 4 needs sacremoses to detokenise its texts: pip install 'dateline[eval]'"
        ) from None
    documents = [read_document(path) for path in sorted((folder / "docs").glob("*.tml"))]
    timelines = [read_gold(path) for path in sorted((folder / "gold").glob("*.txt"))]
    return documents, timelines


def score_folder(folder: Path, name: str | None = None) -> SetScore:
    """Score a SemEval-2015 Task 4 folder (`docs/*.tml`, `gold/*.txt`)."""
    documents, timelines = read_folder(folder)
    return score_found(documents, timelines, run_pipeline(documents, timelines), name or folder.name)
