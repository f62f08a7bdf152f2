"""Editor-owned YAML: entities and the events editors add, correct, hide or merge.

The tool only reads these files. Every entry is validated with its line, and a
problem with one entry never drops the others: it is reported and skipped.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, display_path
from .files import write_atomically
from .model import Citation, Entity, Event, EventText, Granularity, Report, VariantDate
from .yamlfile import Located, iso_date_text, read_yaml_file

ENTITY_KEYS = ("id", "name", "kind", "aliases", "description", "link")
ENTITY_KINDS = ("organisation", "person", "law", "product", "vulnerability", "place", "other")
EVENT_KEYS = (
    "id",
    "date",
    "end_date",
    "title",
    "summary",
    *(f"{field}_{language}" for language in ("en", "zh") for field in ("title", "summary")),
    "entities",
    "tags",
    "importance",
    "sources",
    "hide",
    "merge",
    "show_date",
)

_DATE_FORMS = (
    re.compile(r"^\d{4}$"),
    re.compile(r"^\d{4}-Q[1-4]$"),
    re.compile(r"^\d{4}-H[12]$"),
    re.compile(r"^\d{4}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$"),
)
_GRANULARITY_OF_FORM: tuple[Granularity, ...] = ("year", "quarter", "half", "month", "day", "time")
_DATE_FORMS_ANY = re.compile(r"^[0-9]{4}(-Q[1-4]|-H[12]|-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2})?)?)?$")
_SAFE_ID = re.compile(r"^[0-9A-Za-z][0-9A-Za-z_-]{0,79}$")


@dataclass(frozen=True)
class EditorEntry:
    """One entry of an editor file, with where it came from."""

    path: str  # for messages (see errors.display_path)
    line: int
    fields: dict
    key_lines: dict
    file: str = ""  # the file in the project (content/events/x.yaml), whoever runs the build: edit links use it


@dataclass(frozen=True)
class EditorialResult:
    events: tuple[Event, ...]
    stale: tuple[EditorEntry, ...]  # overrides whose event no longer exists


def granularity_of(date_text: str) -> Granularity | None:
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


#: Names Windows cannot give a file, whatever the extension: an id becomes a file name.
_RESERVED_NAMES = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}


def _reserved(identifier: str) -> bool:
    return identifier.lower() in _RESERVED_NAMES


def _suggest(key: str, known: tuple[str, ...]) -> str:
    close = difflib.get_close_matches(str(key), known, n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(known)}"


def load_entities(content_dir: Path, report: Report) -> tuple[Entity, ...]:
    """Read `entities.yaml`; a bad entry is reported and skipped."""
    path = content_dir / "entities.yaml"
    if not path.exists():
        return ()
    display = display_path(path)
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
        link = str(fields.get("link") or "").strip()
        if link and not re.match(r"^https?://", link):
            problems.append(f"link must start with http:// or https://: {link!r}")
        if not _SAFE_ID.match(entity_id) or _reserved(entity_id):
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
            id=entity_id,
            name=name,
            kind=kind,
            aliases=tuple(dict.fromkeys(str(a).strip() for a in aliases if str(a).strip())),
            description=str(fields.get("description") or ""),
            link=link,
        )
    return tuple(entities.values())


def load_editor_entries(content_dir: Path, report: Report) -> tuple[EditorEntry, ...]:
    """Read every `events/*.yaml`, in file-name order; syntax errors are reported per file."""
    events_dir = content_dir / "events"
    if not events_dir.is_dir():
        return ()
    entries: list[EditorEntry] = []
    project_dir = Path(os.path.abspath(content_dir)).parent
    for path in sorted(events_dir.glob("*.yaml")) + sorted(events_dir.glob("*.yml")):
        display = display_path(path)
        in_project = Path(os.path.abspath(path)).relative_to(project_dir).as_posix()
        try:
            located = read_yaml_file(path, display)
        except ContentError as error:
            report.problems.append(error.to_problem())
            continue
        if located is None:
            continue
        if not isinstance(located.value, list):
            report.error(
                display, located.line, "an editor file must be a YAML list of entries (each starting with '- ')"
            )
            continue
        for item in located.value:
            entries.extend(_validated_entry(display, in_project, item, report))
    return tuple(entries)


@functools.lru_cache(maxsize=1)
def _entry_validator():
    """The validator for one editor entry, from the schema shipped in the package."""
    import jsonschema

    schema = json.loads((Path(__file__).parent / "schema" / "events.schema.json").read_text(encoding="utf-8"))
    entry_schema = {"$defs": schema["$defs"], **schema["$defs"]["entry"]}
    return jsonschema.Draft202012Validator(entry_schema)


_TYPE_NAMES = {
    "string": "text",
    "array": "a list",
    "object": "a mapping",
    "number": "a number",
    "boolean": "true or false",
}


def _schema_message(error) -> str:
    """A message an editor can act on, for one schema violation."""
    field = ".".join(str(part) for part in error.absolute_path) or "entry"
    schema = error.schema if isinstance(error.schema, dict) else {}
    if error.validator == "additionalProperties":
        known = tuple(schema.get("properties", {}))
        unknown = [key for key in error.instance if key not in known]
        return "; ".join(f"unknown key {key!r}{_suggest(key, known)}" for key in unknown)
    if error.validator == "type":
        return f"{field} must be {_TYPE_NAMES.get(error.validator_value, error.validator_value)}"
    if error.validator == "pattern":
        hint = schema.get("description") or f"match {error.validator_value}"
        return (
            f"{field}: {error.instance!r} is not {hint}"
            if "like" in hint
            else f"{field}: {error.instance!r} must {hint}"
        )
    if error.validator == "maxLength":
        return f"{field} is longer than {error.validator_value} characters"
    if error.validator == "minLength":
        return f"{field} must not be empty"
    if error.validator == "minItems":
        return f"{field} needs at least {error.validator_value} items"
    if error.validator in ("minimum", "maximum"):
        return f"{field} must be between 0 and 100"
    if error.validator == "anyOf" and error.absolute_path and error.absolute_path[0] == "sources":
        return "a source needs an article or a url"
    if error.validator == "anyOf":
        return "an entry needs the id of an event to change, a merge: list, or a date and a title for a new event"
    return f"{field}: {error.message}"


def _plain_dates(fields: dict) -> dict:
    """YAML reads 2021-12-09 as a date; the schema and the site want the string."""
    return {
        key: (iso_date_text(value) if key in ("date", "end_date", "show_date") else value)
        for key, value in fields.items()
    }


def _validated_entry(display: str, in_project: str, item: Located, report: Report) -> list[EditorEntry]:
    fields = item.value
    if not isinstance(fields, dict):
        report.error(display, item.line, "each entry must be a mapping (id:, date:, title: …)", item.column)
        return []
    fields = _plain_dates(fields)
    ok = True
    if isinstance(fields.get("id"), str) and _reserved(fields["id"]):
        report.error(
            display,
            item.key_lines.get("id", item.line),
            f"id {fields['id']!r} cannot be a file name on Windows; choose another",
            (item.key_columns or {}).get("id"),
        )
        ok = False

    def where(key: object) -> tuple[int, int | None]:
        if isinstance(key, str) and key in item.key_lines:
            return item.key_lines[key], (item.key_columns or {}).get(key)
        return item.line, item.column

    errors = sorted(_entry_validator().iter_errors(fields), key=lambda e: [str(p) for p in e.absolute_path])
    if any(e.validator == "additionalProperties" and not e.absolute_path for e in errors):
        # a misspelt key explains a missing one; say it once
        errors = [e for e in errors if not (e.validator == "anyOf" and not e.absolute_path)]
    for error in errors:
        line, column = where(error.absolute_path[0] if error.absolute_path else None)
        if error.validator == "additionalProperties" and not error.absolute_path:
            for key in error.instance:
                if key not in EVENT_KEYS:
                    key_line, key_column = where(key)
                    report.error(display, key_line, f"unknown key {key!r}{_suggest(key, EVENT_KEYS)}", key_column)
        else:
            report.error(display, line, _schema_message(error), column)
        ok = False
    for key in ("date", "end_date", "show_date"):
        value = fields.get(key)
        if isinstance(value, str) and _DATE_FORMS_ANY.match(value) and granularity_of(value) is None:
            line, column = where(key)
            report.error(display, line, f"{key}: {value!r} is not a real date", column)
            ok = False
    if ok and fields.get("date") and fields.get("end_date") and fields["end_date"] < fields["date"]:
        line, column = where("end_date")
        report.error(display, line, f"end_date {fields['end_date']} is before date {fields['date']}", column)
        ok = False
    if not ok:
        return []
    return [EditorEntry(display, item.line, fields, item.key_lines, in_project)]


def apply_editorial(
    events: tuple[Event, ...],
    entries: tuple[EditorEntry, ...],
    article_texts: dict[str, str],
    entity_ids: set[str],
    report: Report,
) -> EditorialResult:
    """Apply overrides, hides and merges to extracted events and add editorial events.

    Nothing an editor wrote is dropped silently: an entry that cannot be applied
    is reported, and shown as an editorial event whenever it has a title and a
    date (its own, or the one its stale id begins with).
    """
    by_id = {event.id: event for event in events}
    hidden: set[str] = set()
    stale: list[EditorEntry] = []
    added: list[Event] = []
    added_at: dict[str, EditorEntry] = {}  # id of an editorial event -> the entry that made it
    first_use: dict[str, EditorEntry] = {}
    for entry in entries:
        _check_references(entry, article_texts, entity_ids, report)
    for entry in entries:
        fields = entry.fields
        event_id = str(fields.get("id", "")) or None
        if event_id:
            if event_id in first_use:
                first = first_use[event_id]
                report.error(
                    entry.path,
                    entry.key_lines.get("id", entry.line),
                    f"duplicate id {event_id!r} (first used at {first.path}:{first.line})",
                )
                continue
            first_use[event_id] = entry
        if fields.get("merge"):
            ids = [str(i) for i in fields["merge"]]
            missing = [i for i in ids if i not in by_id]
            if missing:
                report.warning(
                    entry.path,
                    entry.key_lines.get("merge", entry.line),
                    f"merge names events that no longer exist: {', '.join(missing)}",
                )
            present = [by_id[i] for i in ids if i in by_id]
            if present:
                for other in present[1:]:
                    hidden.add(other.id)
                by_id[present[0].id] = _override(_merge(present, entry), entry)
                continue
        elif event_id and event_id in by_id:
            if fields.get("hide"):
                hidden.add(event_id)
            else:
                by_id[event_id] = _override(by_id[event_id], entry)
            continue
        elif fields.get("hide"):
            report.warning(
                entry.path,
                entry.key_lines.get("id", entry.line),
                f"hide: no event has id {event_id!r} any more, so there is nothing to hide",
            )
            stale.append(entry)
            continue
        date = iso_date_text(fields.get("date")) or _date_of_id(event_id or "")
        if date and fields.get("title"):
            if not fields.get("date") or _looks_extracted(event_id or ""):
                report.warning(
                    entry.path,
                    entry.key_lines.get("id", entry.line),
                    f"no extracted event has id {event_id!r} any more; "
                    "shown as an editorial event (re-extraction changed the id? see content/extracted/)",
                )
            event = _new_event(entry, date)
            if event.id in by_id or event.id in added_at:
                first = added_at.get(event.id)
                where = (
                    "an extracted event"
                    if first is None
                    else f"the entry on line {first.line}" + ("" if first.path == entry.path else f" of {first.path}")
                )
                report.warning(
                    entry.path,
                    entry.line,
                    f"this entry repeats {where} (the same date and title, so the same id {event.id}); "
                    "it is shown once",
                )
                continue
            added_at[event.id] = entry
            added.append(event)
            continue
        stale.append(entry)
        report.warning(
            entry.path,
            entry.key_lines.get("id", entry.line),
            f"no event has id {event_id or fields.get('merge')!r} any more (re-extraction changed it?); "
            "this entry is not applied — give it a date and a title to keep it as an editorial event",
        )
    result = [event for event_id, event in by_id.items() if event_id not in hidden]
    result.extend(added)
    result = [_locate_quotes(event, article_texts) for event in result]
    result.sort(key=lambda event: event.sort_key)
    return EditorialResult(tuple(result), tuple(stale))


def _locate_quotes(event: Event, article_texts: dict[str, str]) -> Event:
    """Give an editor's quote its place in the article, so the site can link to the spot."""
    if not any(c.article and c.quote and c.start == c.end for c in event.sources):
        return event
    sources = []
    for citation in event.sources:
        text = article_texts.get(citation.article or "", "")
        at = text.find(citation.quote.strip()) if citation.quote.strip() and citation.start == citation.end else -1
        if at >= 0:
            citation = dataclasses.replace(citation, start=at, end=at + len(citation.quote.strip()))
        sources.append(citation)
    return dataclasses.replace(event, sources=tuple(sources))


def _date_of_id(event_id: str) -> str:
    """Extracted ids begin with their event's date: the best guess for a stale override."""
    match = re.match(r"^(\d{4}(?:-Q[1-4]|-H[12]|-\d{2}(?:-\d{2})?)?)-", event_id)
    return match.group(1) if match and granularity_of(match.group(1)) else ""


def _looks_extracted(event_id: str) -> bool:
    return bool(re.match(r"^\d{4}(-\d{2}){0,2}-[0-9a-f]{6,}$", event_id))


def _check_references(entry: EditorEntry, article_texts: dict[str, str], entity_ids: set[str], report: Report) -> None:
    for source in entry.fields.get("sources") or []:
        article = source.get("article")
        quote = str(source.get("quote") or "").strip()
        if article and str(article) not in article_texts:
            report.error(entry.path, entry.key_lines.get("sources", entry.line), f"unknown article {article!r}")
        elif article and quote and quote not in article_texts[str(article)]:
            report.warning(
                entry.path,
                entry.key_lines.get("sources", entry.line),
                f"the quote is not in article {article!r} as written; check it against the source",
            )
    for entity in entry.fields.get("entities") or []:
        if str(entity) not in entity_ids:
            report.error(
                entry.path,
                entry.key_lines.get("entities", entry.line),
                f"unknown entity {entity!r}; use an id from content/entities.yaml or add it there",
            )


def _citations(entry: EditorEntry) -> tuple[Citation, ...]:
    citations = []
    for source in entry.fields.get("sources") or []:
        article = str(source["article"]) if source.get("article") else None
        citations.append(
            Citation(
                article=article,
                quote=str(source.get("quote") or ""),
                url=str(source.get("url") or ""),
                title=str(source.get("title") or ""),
            )
        )
    return tuple(citations)


_CJK_SPACE = re.compile(
    r"(?<=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \t\n]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])"
)


def editor_text(text: str) -> str:
    """Text as an editor meant it: YAML folds lines with a space, which Chinese does not put between characters."""
    return _CJK_SPACE.sub("", text.strip())


def _citation_key(citation: Citation) -> tuple:
    """Two citations are the same source when they quote the same article alike, or link the same page."""
    return ("article", citation.article, citation.quote.strip()) if citation.article else ("url", citation.url)


#: The languages editors may give an event's title and summary in, for readers of the UI in that language.
TEXT_LANGUAGES = ("en", "zh")


def _texts(fields: dict, before: tuple[EventText, ...] = ()) -> tuple[EventText, ...]:
    """An event's titles and summaries for each UI language (`title_en:`, `summary_zh:` …), an entry's
    over those the event had."""
    texts = {text.language: text for text in before}
    for language in TEXT_LANGUAGES:
        title, summary = fields.get(f"title_{language}"), fields.get(f"summary_{language}")
        if title is None and summary is None:
            continue
        old = texts.get(language, EventText(language))
        texts[language] = EventText(
            language,
            editor_text(title) if title is not None else old.title,
            editor_text(summary) if summary is not None else old.summary,
        )
    return tuple(texts[language] for language in TEXT_LANGUAGES if language in texts)


def _override(event: Event, entry: EditorEntry) -> Event:
    fields = entry.fields
    changes: dict = {"origin": "merged", "edited_in": entry.file or entry.path, "texts": _texts(fields, event.texts)}
    for key in ("title", "summary"):
        if key in fields:
            changes[key] = editor_text(fields[key])
    for key in ("entities", "tags"):
        if key in fields:
            changes[key] = tuple(str(v) for v in fields[key])
    if "importance" in fields:
        changes["importance"] = float(fields["importance"])
    shown = iso_date_text(fields.get("show_date") or "") or ""
    date = shown or iso_date_text(fields.get("date") or "") or ""
    if date and date != event.date:
        variants = {v.date: v for v in event.variant_dates}
        if shown and event.date not in variants:
            # show_date picks one of the dates the sources give: the one it replaces stays listed beside it.
            # A `date:` corrects the date instead: the one it replaces was wrong, and is not listed.
            variants[event.date] = VariantDate(
                event.date, tuple(sorted({c.article for c in event.sources if c.article and c.date == event.date}))
            )
        changes["date"] = date
        changes["granularity"] = granularity_of(date) or event.granularity
        changes["variant_dates"] = tuple(sorted(variants.values(), key=lambda v: v.date))
    if "end_date" in fields:
        changes["end_date"] = iso_date_text(fields["end_date"])
    if fields.get("sources"):
        known = {_citation_key(c) for c in event.sources}
        changes["sources"] = event.sources + tuple(c for c in _citations(entry) if _citation_key(c) not in known)
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
        variants.setdefault(target.date, set()).update(
            c.article for c in target.sources if c.article and c.date == target.date
        )
    entities = tuple(dict.fromkeys(e for event in events for e in event.entities))
    return dataclasses.replace(
        target,
        sources=tuple(sources),
        entities=entities,
        variant_dates=tuple(VariantDate(d, tuple(sorted(s))) for d, s in sorted(variants.items()) if len(variants) > 1),
        importance=max(event.importance for event in events),
    )


def _new_event(entry: EditorEntry, date: str) -> Event:
    fields = entry.fields
    event_id = str(fields.get("id") or "") or _editorial_id(date, fields["title"])
    return Event(
        id=event_id,
        date=date,
        end_date=iso_date_text(fields["end_date"]) if fields.get("end_date") else None,
        granularity=granularity_of(date) or "day",
        title=editor_text(fields["title"]),
        summary=editor_text(str(fields.get("summary") or "")),
        sources=_citations(entry),
        entities=tuple(str(v) for v in fields.get("entities") or ()),
        tags=tuple(str(v) for v in fields.get("tags") or ()),
        origin="editorial",
        importance=float(fields.get("importance", 1.0)),
        edited_in=entry.file or entry.path,
        texts=_texts(fields),
    )


def _editorial_id(date: str, title: str) -> str:
    """Stable id for an editorial event without one: its date and a hash of its title."""
    return f"{date}-e{hashlib.sha1(title.strip().encode('utf-8')).hexdigest()[:6]}"


def adoption_yaml(events: list[Event]) -> str:
    """Complete editor entries for extracted events, ready to append to an editor file."""
    import yaml

    entries = []
    for event in events:
        entry: dict = {"id": event.id, "date": event.date}
        if event.end_date:
            entry["end_date"] = event.end_date
        entry["title"] = event.title
        if event.summary:
            entry["summary"] = event.summary
        for text in event.texts:
            entry.update(
                {
                    f"{key}_{text.language}": value
                    for key, value in (("title", text.title), ("summary", text.summary))
                    if value
                }
            )
        if event.entities:
            entry["entities"] = list(event.entities)
        if event.tags:
            entry["tags"] = list(event.tags)
        entry["sources"] = [
            {
                key: value
                for key, value in (
                    ("article", c.article),
                    ("quote", c.quote),
                    ("url", c.url if not c.article else ""),
                    ("title", c.title if not c.article else ""),
                )
                if value
            }
            for c in event.sources
        ]
        entries.append(entry)
    body = yaml.safe_dump(entries, allow_unicode=True, sort_keys=False, width=100000)
    return "# Adopted from extracted events by `dateline adopt`; edit freely.\n" + body


def append_entries(path: Path, text: str) -> None:
    """Append to an editor file, keeping every byte already there; atomic."""
    existing = path.read_bytes() if path.exists() else b""
    separator = b"" if not existing or existing.endswith(b"\n") else b"\n"
    if existing:
        separator += b"\n"
    write_atomically(
        path, existing + separator + text.encode("utf-8"), mode=path.stat().st_mode & 0o777 if path.exists() else None
    )
