"""What changed between two builds of a site: events added, removed, re-dated, retitled and re-sourced.

A build compares the events it made with the `data/events.json` of the site
it replaces; `dateline diff` compares the content as it is now with a
published `events.json` (a file, a site folder or an address). Both compare
the same few facts of each event, so the two reports read alike.
"""

from __future__ import annotations

import json
import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from .errors import UsageError, display_path
from .model import Event, Forward
from .references import shown

#: What happened to an event between two builds.
ChangeKind = Literal["added", "removed", "re-dated", "retitled", "re-sourced"]
CHANGE_KINDS: tuple[ChangeKind, ...] = ("added", "removed", "re-dated", "retitled", "re-sourced")
#: A published events.json larger than this is not a site's (the demo's is 40 KB; 10,000 articles' 20 MB).
MAX_EVENTS_JSON_BYTES = 500_000_000


@dataclass(frozen=True)
class EventFacts:
    """What the change report compares of one event."""

    id: str
    date: str
    end_date: str | None
    title: str
    sources: tuple[str, ...]  # the article ids (or addresses) it cites, in order, each once

    @classmethod
    def of_event(cls, event: Event) -> EventFacts:
        sources = (citation.article or citation.url for citation in event.sources)
        return cls(event.id, event.date, event.end_date, event.title, tuple(dict.fromkeys(sources)))

    @classmethod
    def of_json(cls, event: dict) -> EventFacts:
        """From an event of `data/events.json` (the contract in DESIGN.md)."""
        sources = (source.get("article") or source.get("url") or "" for source in event.get("sources") or ())
        return cls(
            str(event["id"]),
            str(event.get("date") or ""),
            event.get("end_date"),
            str(event.get("title") or ""),
            tuple(dict.fromkeys(source for source in sources if source)),
        )


@dataclass(frozen=True)
class Change:
    """One line of the report: an event (its id and headline), what happened to it, and the detail."""

    kind: ChangeKind
    id: str
    title: str  # the headline now, or the last one it had
    detail: str  # its date (added, removed), the dates, the old headline or the sources gained and lost

    def __str__(self) -> str:
        return f"{self.kind:10}  {self.id}  «{shown(self.title, 60)}»  {self.detail}"


@dataclass(frozen=True)
class Changes:
    """The changes between two builds, in the order of the events' dates; `compared` is False when there
    was no earlier build to compare with."""

    changes: tuple[Change, ...] = ()
    compared: bool = True

    def counts(self) -> dict[ChangeKind, int]:
        counts = {kind: sum(1 for change in self.changes if change.kind == kind) for kind in CHANGE_KINDS}
        return {kind: count for kind, count in counts.items() if count}

    def summary(self) -> str:
        """One line: how many events of each kind."""
        counts = self.counts()
        return ", ".join(f"{count} {kind}" for kind, count in counts.items()) if counts else "no event changed"

    def lines(self, limit: int | None = None) -> list[str]:
        """The report, one change a line: at most limit of them, then a line saying how many more."""
        listed = self.changes if limit is None else self.changes[:limit]
        lines = [str(change) for change in listed]
        if len(self.changes) > len(listed):
            lines.append(f"… and {len(self.changes) - len(listed)} more")
        return lines


def compare(before: Iterable[EventFacts], after: Iterable[EventFacts], forwards: Iterable[Forward] = ()) -> Changes:
    """The changes from the events before to the events after; forwards say where removed events went."""
    old = {event.id: event for event in before}
    new = {event.id: event for event in after}
    went = {forward.id: forward for forward in forwards}
    dated: list[tuple[str, Change]] = []
    for event_id, event in new.items():
        previous = old.get(event_id)
        if previous is None:
            dated.append((event.date, Change("added", event_id, event.title, _span(event))))
        else:
            dated.extend((event.date, change) for change in _changed(previous, event))
    for event_id, event in old.items():
        if event_id not in new:
            dated.append(
                (event.date, Change("removed", event_id, event.title, _span(event) + _why(went.get(event_id))))
            )
    dated.sort(key=lambda item: (item[0], item[1].id, CHANGE_KINDS.index(item[1].kind)))
    return Changes(tuple(change for _, change in dated))


def _changed(before: EventFacts, after: EventFacts) -> list[Change]:
    """What changed of one event that is in both builds."""
    changes = []
    if (before.date, before.end_date) != (after.date, after.end_date):
        changes.append(Change("re-dated", after.id, after.title, f"{_span(before)} → {_span(after)}"))
    if before.title != after.title:
        changes.append(Change("retitled", after.id, after.title, f"was «{shown(before.title, 60)}»"))
    if set(before.sources) != set(after.sources):
        gained = [f"+{source}" for source in after.sources if source not in before.sources]
        lost = [f"−{source}" for source in before.sources if source not in after.sources]
        changes.append(Change("re-sourced", after.id, after.title, " ".join(gained + lost)))
    return changes


def _span(event: EventFacts) -> str:
    return f"{event.date}/{event.end_date}" if event.end_date else event.date


def _why(forward: Forward | None) -> str:
    if forward is None:
        return ""
    return f", merged into {forward.merged_into}" if forward.merged_into else ", hidden by the editors"


def read_events_json(where: str) -> list[EventFacts]:
    """The events of a published `events.json`: a file, a site folder (its data/events.json), or an http(s)
    address of either. A UsageError says what could not be read."""
    if where.startswith(("http://", "https://")):
        address = where if where.endswith(".json") else where.rstrip("/") + "/data/events.json"
        try:
            request = urllib.request.Request(address, headers={"User-Agent": "dateline diff"})
            with urllib.request.urlopen(request, timeout=30) as response:
                data = response.read(MAX_EVENTS_JSON_BYTES + 1)
        except (urllib.error.URLError, OSError, ValueError) as error:
            raise UsageError(f"cannot read {address}: {getattr(error, 'reason', None) or error}") from None
        return _parse(data, address)
    path = Path(where)
    if path.is_dir():
        path = path / "data" / "events.json"
    try:
        if path.stat().st_size > MAX_EVENTS_JSON_BYTES:
            raise UsageError(f"{display_path(path)} is too large to be a site's events.json")
        data = path.read_bytes()
    except OSError as error:
        raise UsageError(f"cannot read {display_path(path)}: {error.strerror or error}") from None
    return _parse(data, display_path(path))


def _parse(data: bytes, name: str) -> list[EventFacts]:
    try:
        events = json.loads(data)["events"]
        return [EventFacts.of_json(event) for event in events]
    except (ValueError, KeyError, TypeError, AttributeError):
        raise UsageError(f'{name} is not a dateline events.json ({{"events": [...]}})') from None
