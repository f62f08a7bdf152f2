"""Events: score what consolidation made of the mentions against the events a careful reader finds.

Extraction is scored elsewhere (how many dates were found); this asks what a reader
of the timeline sees. For every gold event: was it found (an event on its date cites
one of its sources), found once (not split over several events), how many of its
sources that extraction dated are cited by it (source coverage), and is its headline
one (judged by rule: not a date, not a byline or fragment, a predicate, at least four
Chinese characters or three English words). Over the whole build: no quote is cited
by an event of another date unless that date is shown as a variant with the source.

Gold comes as `GoldEvent`s, made from a seeds gold file (`seeds_gold_events`) or
from SemEval-2015 Task 4 timelines (`timeline_gold_events`, given where each
document's sentences are in its text).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

from ..consolidate.judge import describe_faults, headline_faults
from ..model import Citation, Event, Mention
from .harness import Ratio


@dataclass(frozen=True)
class GoldSource:
    """Where a source reports a gold event: an article, and the date expression or the span there."""

    article: str  # article id
    as_written: str = ""  # the date expression, when the gold gives it
    start: int = -1  # the sentence's span in the article text, when the gold gives that instead
    end: int = -1


@dataclass(frozen=True)
class GoldEvent:
    key: str
    date: str  # ISO at its granularity; "2007-01" for SemEval's 2007-01-XX
    sources: tuple[GoldSource, ...]
    variant_dates: tuple[str, ...] = ()
    core: bool = True


@dataclass(frozen=True)
class EventScore:
    """What the build made of one gold event."""

    key: str
    date: str
    events: tuple[str, ...]  # ids of the events on a compatible date that cite its sources
    citable: int  # its sources that extraction dated as events, so that consolidation could cite them
    cited: int  # … cited by an event on a compatible date
    headline: str = ""  # the headline of the event citing most of its sources
    language: str = ""
    faults: tuple[str, ...] = ()  # what the judge says is wrong with that headline
    elsewhere: tuple[str, ...] = ()  # ids of events of another date that cite its sources

    @property
    def found(self) -> bool:
        return bool(self.events)

    @property
    def split(self) -> bool:
        return len(self.events) > 1


@dataclass(frozen=True)
class EventsReport:
    name: str
    scores: tuple[EventScore, ...]
    misdated: tuple[tuple[str, str, str], ...] = ()  # (event id, its date, the citation's date) per misdated quote

    @property
    def citable(self) -> list[EventScore]:
        """The gold events extraction dated at least one source of: those consolidation could find."""
        return [s for s in self.scores if s.citable]

    @property
    def found(self) -> Ratio:
        return Ratio(sum(s.found for s in self.citable), len(self.citable))

    @property
    def exactly_once(self) -> Ratio:
        return Ratio(sum(s.found and not s.split for s in self.citable), len(self.citable))

    @property
    def split(self) -> int:
        return sum(s.split for s in self.scores)

    @property
    def coverage(self) -> Ratio:
        return Ratio(sum(s.cited for s in self.scores), sum(s.citable for s in self.scores))

    @property
    def headlines(self) -> Ratio:
        """Headlines the judge finds nothing wrong with, of the gold events found."""
        found = [s for s in self.scores if s.found]
        return Ratio(sum(not s.faults for s in found), len(found))

    def to_text(self) -> str:
        """The figures, then each gold event with a dated source that is missing, split, short of sources or
        badly headlined."""
        lines = [
            f"{self.name}: {len(self.scores)} gold events, {len(self.citable)} with a source extraction dated; "
            f"of those: found {self.found}, exactly once {self.exactly_once}, split {self.split}, "
            f"source coverage {self.coverage}, good headlines {self.headlines}; "
            f"quotes under an event of another date: {len(self.misdated)}"
        ]
        for score in self.citable:
            problems = []
            if not score.found:
                problems.append(
                    "not found" + (f" (its sources feed {', '.join(score.elsewhere)})" if score.elsewhere else "")
                )
            if score.split:
                problems.append(f"split over {', '.join(score.events)}")
            if score.cited < score.citable:
                problems.append(f"{score.citable - score.cited} of {score.citable} sources not cited")
            if score.faults:
                problems.append(f"headline {score.headline!r}: {describe_faults(score.faults)}")
            if problems:
                lines.append(f"  {score.key} {score.date}: " + "; ".join(problems))
        lines.extend(f"  {event_id} ({date}) cites a quote dated {quoted}" for event_id, date, quoted in self.misdated)
        return "\n".join(lines)


def dates_compatible(found: str | None, gold: str) -> bool:
    """A found date is a gold date's when it is that date, a time on it, or a day in a gold month or year."""
    return found is not None and (found == gold or found.startswith(gold + "-") or found.startswith(gold + "T"))


def misdated_citations(events: Sequence[Event]) -> list[tuple[str, str, str]]:
    """(event id, event date, quote date) of every quote an event cites on another day that the event does
    not show as a variant date of that source. A quote is cited only by an event on its date."""
    found = []
    for event in events:
        variants = {(v.date[:10], article) for v in event.variant_dates for article in v.sources}
        for citation in event.sources:
            if _citation_misdated(event, citation, variants):
                found.append((event.id, event.date, citation.date or ""))
    return found


def _citation_misdated(event: Event, citation: Citation, variants: set) -> bool:
    if not citation.article or not citation.date:
        return False  # an editor's link or quote carries no date of its own
    if (
        citation.date[:10] == event.date[:10]
        or dates_compatible(citation.date, event.date)
        or dates_compatible(event.date, citation.date)
    ):
        return False
    return (citation.date[:10], citation.article) not in variants


def score_events(
    name: str,
    gold: Sequence[GoldEvent],
    events: Sequence[Event],
    mentions: Mapping[str, Sequence[Mention]],
    event_of_mention: Mapping,
) -> EventsReport:
    """Score a build's events (and which event each mention feeds) against gold events."""
    by_id = {event.id: event for event in events}
    used: dict[str, set[int]] = defaultdict(set)  # article -> mention starts given to a gold source
    scores = []
    for gold_event in gold:
        dates = (gold_event.date, *gold_event.variant_dates)
        citable = cited = 0
        citing: dict[str, int] = defaultdict(int)
        elsewhere: set[str] = set()
        for source in gold_event.sources:
            mention = _mention_of(source, dates, mentions.get(source.article, ()), used[source.article])
            if mention is None or not mention.is_event:
                continue
            citable += 1
            event_id = event_of_mention.get((mention.article, mention.start))
            event = by_id.get(event_id) if event_id else None
            if event is None:
                continue
            if any(dates_compatible(event.date, d) or dates_compatible(d, event.date) for d in dates):
                cited += 1
                citing[event.id] += 1
            else:
                elsewhere.add(event.id)
        best = by_id[max(citing, key=lambda e: (citing[e], e))] if citing else None
        scores.append(
            EventScore(
                key=gold_event.key,
                date=gold_event.date,
                events=tuple(sorted(citing)),
                citable=citable,
                cited=cited,
                headline=best.title if best else "",
                language=best.language if best else "",
                faults=headline_faults(best.title, best.language or "zh") if best else (),
                elsewhere=tuple(sorted(elsewhere)),
            )
        )
    return EventsReport(name, tuple(scores), tuple(misdated_citations(events)))


def _mention_of(
    source: GoldSource, dates: tuple[str, ...], mentions: Sequence[Mention], used: set[int]
) -> Mention | None:
    """The first mention not yet given to a gold source that this source names, on one of the gold dates."""
    for mention in sorted(mentions, key=lambda m: m.start):
        if mention.start in used or not any(dates_compatible(mention.date, d) for d in dates):
            continue
        if source.as_written and mention.as_written != source.as_written:
            continue
        if source.start >= 0 and not source.start <= mention.start < source.end:
            continue
        used.add(mention.start)
        return mention
    return None


def seeds_gold_events(gold: dict, article_ids_by_file: Mapping[str, str] | None = None) -> list[GoldEvent]:
    """The events of a seeds gold file (see `evaluate.load_gold`), each with the mentions that report it.

    A mention that needs a publication date the article does not give is left out.
    """
    ids = dict(article_ids_by_file or {})
    sources: dict[str, list[GoldSource]] = defaultdict(list)
    for file_name, article in gold.get("articles", {}).items():
        article_id = ids.get(file_name, PurePath(file_name).stem)
        for item in article.get("mentions", []):
            if item.get("event") and item.get("date"):
                sources[str(item["event"])].append(GoldSource(article_id, item["as_written"]))
    return [
        GoldEvent(
            key,
            event["date"],
            tuple(sources[key]),
            tuple(event.get("variant_dates") or ()),
            bool(event.get("core", True)),
        )
        for key, event in gold.get("events", {}).items()
    ]


_TIMELINE_ROW = re.compile(r"^(?P<order>\d+)\t(?P<date>[0-9X]{4}(?:-[0-9X]{2}){0,2})\t(?P<mentions>.+)$")


def timeline_gold_events(
    folder: Path, sentence_spans: Mapping[tuple[str, int], tuple[str, int, int]]
) -> list[GoldEvent]:
    """The dated events of SemEval-2015 Task 4 timelines (`gold/*.txt`), each row one event.

    `sentence_spans` maps (document id, sentence number) to (article id, start, end) in the text
    the articles were made from. Rows dated XXXX-XX-XX are not anchored on a timeline and are
    left out; 2007-01-XX is the month 2007-01.
    """
    events = []
    for path in sorted(Path(folder).glob("*.txt")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            row = _TIMELINE_ROW.match(line.strip())
            if row is None or row.group("date").startswith("XXXX"):
                continue
            date = re.sub(r"(?:-XX)+$", "", row.group("date"))
            sources = []
            for token in row.group("mentions").split("\t"):
                document, _, rest = token.partition("-")
                sentence = rest.split("-", 1)[0]
                if sentence.isdigit() and (document, int(sentence)) in sentence_spans:
                    article, start, end = sentence_spans[(document, int(sentence))]
                    sources.append(GoldSource(article, start=start, end=end))
            events.append(GoldEvent(f"{path.stem}:{number}", date, tuple(dict.fromkeys(sources))))
    return _merge_same_rows(events)


def _merge_same_rows(events: list[GoldEvent]) -> list[GoldEvent]:
    """Rows of different target entities' timelines that are one event (same date, same sentences) count once."""
    merged: dict[tuple, GoldEvent] = {}
    for event in events:
        key = (event.date, frozenset(event.sources))
        merged.setdefault(key, event)
    return list(merged.values())


def score_seeds_events(gold_path: Path, content_dir: Path, name: str = "seeds") -> EventsReport:
    """The demo content built without its editor files (what extraction and consolidation alone make of it)
    against the events of a seeds gold file."""
    import shutil
    import tempfile

    from ..model import Report
    from ..pipeline import assemble, read_content
    from .seeds import load_gold

    with tempfile.TemporaryDirectory(prefix="dateline-events-") as folder:
        copy = Path(folder) / "content"
        shutil.copytree(content_dir, copy, ignore=shutil.ignore_patterns("extracted", "events"))
        (copy / "events").mkdir()
        assembly = assemble(read_content(copy, Report()), Report())
    site, event_of_mention = assembly.site, assembly.event_of_mention
    gold = seeds_gold_events(load_gold(gold_path))
    return score_events(name, gold, site.events, site.mentions, event_of_mention)


def score_timeline_events(folder: Path, name: str | None = None) -> EventsReport:
    """A SemEval-2015 Task 4 folder run through dateline's pipeline as `timelines` runs it, its gold rows as events."""
    from .timelines import read_folder, run_pipeline, sentence_spans

    documents, timelines = read_folder(folder)
    found = run_pipeline(documents, timelines)
    gold = timeline_gold_events(Path(folder) / "gold", sentence_spans(documents, found))
    return score_events(name or Path(folder).name, gold, found.events, found.mentions, found.event_of_mention)
