"""Editor-owned YAML: entities and the events editors add, correct, hide or merge.

The tool only reads these files. Every entry is validated with its line, and a
problem with one entry never drops the others: it is reported and skipped.
"""
from __future__ import annotations

import dataclasses
import difflib
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError
from .model import Citation, Entity, Event, Report, VariantDate
from .yamlfile import Located, iso_date_text, read_yaml_file

ENTITY_KEYS = ("id", "name", "kind", "aliases", "description", "link")
ENTITY_KINDS = ("organisation", "person", "law", "product", "vulnerability", "place", "other")
EVENT_KEYS = ("id", "date", "end_date", "title", "summary", "entities", "tags", "importance",
              "sources", "hide", "merge", "show_date")
SOURCE_KEYS = ("article", "quote", "url", "title")

_DATE_FORMS = (
    re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-Q[1-4]$"),
    re.compile(r"^\d{4}-H[12]$"),
    re.compile(r"^\d{4}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"),
)
_GRANULARITY_OF_FORM = ("year", "quarter", "half", "month", "day", "time")
_SAFE_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,79}$")


@dataclass(frozen=True)
class EditorEntry:
    """One entry of an editor file, with where it came from."""

    path: str
    line: int
    fields: dict
    key_lines: dict


@dataclass(frozen=True)
class EditorialResult:
    events: tuple[Event, ...]
    stale: tuple[EditorEntry, ...]  # overrides whose event no longer exists


def granularity_of(date_text: str) -> str | None:
    """The granularity of an ISO date string at granularity, or None if it is not one."""
    for form, granularity in zip(_DATE_FORMS, _GRANULARITY_OF_FORM):
        if form.match(date_text):
            return granularity if _real_date(date_text) else None
    return None


def _real_date(date_text: str) -> bool:
    import datetime as dt

    parts = date_text.split("T")[0].split("-")
    try:
        year = int(parts[0])
        if not 1 <= year <= 9999:
            return False
        if len(parts) == 3:
            dt.date(year, int(parts[1]), int(parts[2]))
        elif len(parts) == 2 and parts[1].isdigit():
            return 1 <= int(parts[1]) <= 12
        if "T" in date_text:
            hour, minute = date_text.split("T")[1].split(":")
            dt.time(int(hour), int(minute))
    except ValueError:
        return False
    return True


def _suggest(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), known, n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"


def load_entities(content_dir: Path, display_root: Path, report: Report) -> tuple[Entity, ...]:
    """Read `entities.yaml`; a bad entry is reported and skipped."""
    path = content_dir / "entities.yaml"
    if not path.exists():
        return ()
    display = _display(path, display_root)
    try:
        located = read_yaml_file(path, display)
    except ContentError as error:
        report.problems.append(error.to_problem())
        return ()
    if located is None:
        return ()
    if not isinstance(located.value, list):
        report.error(display, located.line, "entities.yaml must be a list of entities")
        return ()
    entities: dict[str, Entity] = {}
    for item in located.value:
        fields = item.value
        if not isinstance(fields, dict):
            report.error(display, item.line, "each entity must be a mapping with at least id and name")
            continue
        problems = [f"unknown key {key!r}{_suggest(key, ENTITY_KEYS)}" for key in fields if key not in ENTITY_KEYS]
        entity_id = str(fields.get("id", "")).strip()
        name = str(fields.get("name", "")).strip()
        aliases = fields.get("aliases") or []
        if not _SAFE_ID.match(entity_id):
            problems.append("id must be letters, digits, '-' or '_' (it becomes a file name)")
        if not name:
            problems.append("name is required")
        if not isinstance(aliases, list) or not all(isinstance(a, (str, int)) for a in aliases):
            problems.append("aliases must be a list of names")
            aliases = []
        kind = str(fields.get("kind", "organisation"))
        if kind not in ENTITY_KINDS:
            problems.append(f"kind must be one of {', '.join(ENTITY_KINDS)}")
        if entity_id in entities:
            problems.append(f"duplicate entity id {entity_id!r}")
        if problems:
            for problem in problems:
                report.error(display, item.line, problem)
            continue
        entities[entity_id] = Entity(
            id=entity_id, name=name, kind=kind,
            aliases=tuple(dict.fromkeys(str(a).strip() for a in aliases if str(a).strip())),
            description=str(fields.get("description") or ""), link=str(fields.get("link") or ""))
    return tuple(entities.values())


def load_editor_entries(content_dir: Path, display_root: Path, report: Report) -> tuple[EditorEntry, ...]:
    """Read every `events/*.yaml`, in file-name order; syntax errors are reported per file."""
    events_dir = content_dir / "events"
    if not events_dir.is_dir():
        return ()
    entries: list[EditorEntry] = []
    for path in sorted(events_dir.glob("*.yaml")) + sorted(events_dir.glob("*.yml")):
        display = _display(path, display_root)
        try:
            located = read_yaml_file(path, display)
        except ContentError as error:
            report.problems.append(error.to_problem())
            continue
        if located is None:
            continue
        if not isinstance(located.value, list):
            report.error(display, located.line, "an editor file must be a YAML list of entries (each starting with '- ')")
            continue
        for item in located.value:
            entries.extend(_validated_entry(display, item, report))
    return tuple(entries)


def _validated_entry(display: str, item: Located, report: Report) -> list[EditorEntry]:
    fields = item.value
    if not isinstance(fields, dict):
        report.error(display, item.line, "each entry must be a mapping (id:, date:, title: …)")
        return []
    ok = True
    for key in fields:
        if key not in EVENT_KEYS:
            report.error(display, item.key_lines.get(key, item.line), f"unknown key {key!r}{_suggest(key, EVENT_KEYS)}")
            ok = False
    for key in ("date", "end_date", "show_date"):
        if key in fields:
            text = iso_date_text(fields[key])
            if text is None or granularity_of(text) is None:
                report.error(display, item.key_lines.get(key, item.line),
                             f"{key}: {fields[key]!r} is not a date like 2021, 2021-Q3, 2021-12, 2021-12-09 or 2021-12-10T12:00")
                ok = False
    for key in ("title", "summary"):
        if key in fields and not isinstance(fields[key], str):
            report.error(display, item.key_lines.get(key, item.line), f"{key} must be text")
            ok = False
        elif key in fields and len(fields[key]) > 2000:
            report.error(display, item.key_lines.get(key, item.line), f"{key} is longer than 2000 characters")
            ok = False
    for key in ("entities", "tags", "merge"):
        if key in fields and not (isinstance(fields[key], list) and all(isinstance(v, (str, int)) for v in fields[key])):
            report.error(display, item.key_lines.get(key, item.line), f"{key} must be a list of names")
            ok = False
    if "importance" in fields and not isinstance(fields["importance"], (int, float)):
        report.error(display, item.key_lines.get("importance", item.line), "importance must be a number")
        ok = False
    if "hide" in fields and not isinstance(fields["hide"], bool):
        report.error(display, item.key_lines.get("hide", item.line), "hide must be true or false")
        ok = False
    if "id" in fields and not _SAFE_ID.match(str(fields["id"])):
        report.error(display, item.key_lines.get("id", item.line),
                     "id must be letters, digits, '-' or '_' (at most 80), like 2021-12-22-suspension")
        ok = False
    if "sources" in fields:
        sources = fields["sources"]
        if not isinstance(sources, list) or not all(isinstance(s, dict) for s in sources):
            report.error(display, item.key_lines.get("sources", item.line),
                         "sources must be a list of {article: ID, quote: …} or {url: …, title: …}")
            ok = False
        else:
            for source in sources:
                for key in source:
                    if key not in SOURCE_KEYS:
                        report.error(display, item.key_lines.get("sources", item.line),
                                     f"unknown source key {key!r}{_suggest(key, SOURCE_KEYS)}")
                        ok = False
                if not source.get("article") and not source.get("url"):
                    report.error(display, item.key_lines.get("sources", item.line), "a source needs an article or a url")
                    ok = False
                url = str(source.get("url") or "")
                if url and not re.match(r"^https?://", url):
                    report.error(display, item.key_lines.get("sources", item.line), f"source url must start with http:// or https://: {url!r}")
                    ok = False
    if not fields.get("id") and not fields.get("merge") and not fields.get("date"):
        report.error(display, item.line, "an entry needs the id of an event to change, a merge: list, or a date for a new event")
        ok = False
    if not ok:
        return []
    return [EditorEntry(display, item.line, fields, item.key_lines)]


def apply_editorial(events: tuple[Event, ...], entries: tuple[EditorEntry, ...],
                    article_ids: set[str], entity_ids: set[str], report: Report) -> EditorialResult:
    """Apply overrides, hides and merges to extracted events and add editorial events."""
    by_id = {event.id: event for event in events}
    hidden: set[str] = set()
    stale: list[EditorEntry] = []
    added: list[Event] = []
    seen_new_ids: dict[str, EditorEntry] = {}
    for entry in entries:
        _check_references(entry, article_ids, entity_ids, report)
    for entry in entries:
        fields = entry.fields
        if fields.get("merge"):
            ids = [str(i) for i in fields["merge"]]
            missing = [i for i in ids if i not in by_id]
            if missing:
                report.warning(entry.path, entry.key_lines.get("merge", entry.line),
                               f"merge names events that no longer exist: {', '.join(missing)}")
            present = [by_id[i] for i in ids if i in by_id]
            if not present:
                stale.append(entry)
                continue
            target = present[0]
            merged = _merge(present, entry)
            for other in present[1:]:
                hidden.add(other.id)
            by_id[target.id] = _override(merged, entry)
            continue
        event_id = str(fields.get("id", "")) or None
        if event_id and event_id in by_id:
            if fields.get("hide"):
                hidden.add(event_id)
            else:
                by_id[event_id] = _override(by_id[event_id], entry)
            continue
        if event_id and event_id in seen_new_ids:
            first = seen_new_ids[event_id]
            report.error(entry.path, entry.key_lines.get("id", entry.line),
                         f"duplicate id {event_id!r} (first used at {first.path}:{first.line})")
            continue
        if fields.get("date") and fields.get("title") and not fields.get("hide"):
            new = _new_event(entry)
            if event_id:
                seen_new_ids[event_id] = entry
            if event_id and _looks_extracted(event_id):
                report.warning(entry.path, entry.key_lines.get("id", entry.line),
                               f"no extracted event has id {event_id!r} any more; shown as an editorial event")
            added.append(new)
            continue
        stale.append(entry)
        report.warning(entry.path, entry.key_lines.get("id", entry.line),
                       f"no event has id {event_id!r} any more (re-extraction changed it?); "
                       "this entry is not applied — give it a date and title to keep it as an editorial event")
    result = [event for event_id, event in by_id.items() if event_id not in hidden]
    result.extend(added)
    result.sort(key=lambda event: event.sort_key)
    return EditorialResult(tuple(result), tuple(stale))


def _looks_extracted(event_id: str) -> bool:
    return bool(re.match(r"^\d{4}(-\d{2}){0,2}-[0-9a-f]{6,}$", event_id))


def _check_references(entry: EditorEntry, article_ids: set[str], entity_ids: set[str], report: Report) -> None:
    for source in entry.fields.get("sources") or []:
        article = source.get("article")
        if article and str(article) not in article_ids:
            report.error(entry.path, entry.key_lines.get("sources", entry.line), f"unknown article {article!r}")
    for entity in entry.fields.get("entities") or []:
        if str(entity) not in entity_ids:
            report.warning(entry.path, entry.key_lines.get("entities", entry.line),
                           f"unknown entity {entity!r}; add it to content/entities.yaml")


def _citations(entry: EditorEntry, article_ids: set[str] | None = None) -> tuple[Citation, ...]:
    citations = []
    for source in entry.fields.get("sources") or []:
        article = str(source["article"]) if source.get("article") else None
        citations.append(Citation(article=article, quote=str(source.get("quote") or ""),
                                  url=str(source.get("url") or ""), title=str(source.get("title") or "")))
    return tuple(citations)


def _override(event: Event, entry: EditorEntry) -> Event:
    fields = entry.fields
    changes: dict = {"origin": "merged", "edited_in": entry.path}
    for key in ("title", "summary"):
        if key in fields:
            changes[key] = fields[key].strip()
    for key in ("entities", "tags"):
        if key in fields:
            changes[key] = tuple(str(v) for v in fields[key])
    if "importance" in fields:
        changes["importance"] = float(fields["importance"])
    date = iso_date_text(fields.get("show_date") or fields.get("date") or "") or ""
    if date and date != event.date:
        # The editor picks the date shown; the one it replaces stays listed as a variant.
        variants = {v.date: v for v in event.variant_dates}
        if event.date not in variants:
            variants[event.date] = VariantDate(event.date, tuple(sorted({c.article for c in event.sources if c.article and c.date == event.date})))
        changes["date"] = date
        changes["granularity"] = granularity_of(date) or event.granularity
        changes["variant_dates"] = tuple(sorted(variants.values(), key=lambda v: v.date))
    if "end_date" in fields:
        changes["end_date"] = iso_date_text(fields["end_date"])
    if fields.get("sources"):
        changes["sources"] = event.sources + _citations(entry)
    return dataclasses.replace(event, **changes)


def _merge(events: list[Event], entry: EditorEntry) -> Event:
    target = events[0]
    sources = list(target.sources)
    variants = {v.date: set(v.sources) for v in target.variant_dates}
    for other in events[1:]:
        sources.extend(other.sources)
        if other.date != target.date:
            variants.setdefault(other.date, set()).update(c.article for c in other.sources if c.article)
        for variant in other.variant_dates:
            variants.setdefault(variant.date, set()).update(variant.sources)
    if variants:
        variants.setdefault(target.date, set()).update(c.article for c in target.sources if c.article and c.date == target.date)
    entities = tuple(dict.fromkeys(e for event in events for e in event.entities))
    return dataclasses.replace(
        target, sources=tuple(sources), entities=entities,
        variant_dates=tuple(VariantDate(d, tuple(sorted(s))) for d, s in sorted(variants.items()) if len(variants) > 1),
        importance=max(event.importance for event in events))


def _new_event(entry: EditorEntry) -> Event:
    fields = entry.fields
    date = iso_date_text(fields["date"]) or ""
    event_id = str(fields.get("id") or "") or _editorial_id(date, fields["title"])
    return Event(
        id=event_id, date=date, end_date=iso_date_text(fields["end_date"]) if fields.get("end_date") else None,
        granularity=granularity_of(date) or "day", title=fields["title"].strip(),
        summary=str(fields.get("summary") or "").strip(), sources=_citations(entry),
        entities=tuple(str(v) for v in fields.get("entities") or ()),
        tags=tuple(str(v) for v in fields.get("tags") or ()), origin="editorial",
        importance=float(fields.get("importance", 1.0)), edited_in=entry.path)


def _editorial_id(date: str, title: str) -> str:
    """Stable id for an editorial event without one: its date and a hash of its title."""
    return f"{date}-e{hashlib.sha1(title.strip().encode('utf-8')).hexdigest()[:6]}"


def _display(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return path.as_posix()
