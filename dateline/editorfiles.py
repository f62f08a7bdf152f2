"""Editor-owned YAML read with the line of every entry: entities and the events editors add, correct, hide or merge.

The tool only reads these files. Every entry is validated against the
shipped schema with its line and column, and a problem with one entry never
drops the others: it is reported and the entry skipped.
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import ContentError, display_path
from .model import Entity, Granularity, Report
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
    positions: dict = dataclasses.field(default_factory=dict)  # see yamlfile.Located.positions

    def at(self, *path: str | int) -> tuple[int, int | None]:
        """The line and column of a value in the entry (`at("sources", 0, "quote")`), or of what holds it."""
        for depth in range(len(path), 0, -1):
            if path[:depth] in self.positions:
                return self.positions[path[:depth]]
        return self.line, None


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
    return [EditorEntry(display, item.line, fields, item.key_lines, in_project, item.positions or {})]
