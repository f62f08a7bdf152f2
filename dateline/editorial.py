"""The editors' entries applied to the extracted events: overrides, hides, merges and events of their own.

The entries are read and validated by editorfiles.py; here each is applied,
or reported with what it nearly matched. The tool never rewrites an editor's
file: `dateline adopt` only appends to one.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from .editorfiles import EditorEntry, granularity_of, load_editor_entries, load_entities
from .files import write_atomically
from .model import Citation, Event, EventText, Forward, Report, VariantDate
from .references import (
    CLOSE_PASSAGE_SCORE,
    closest_passage,
    date_of_id,
    did_you_mean,
    find_quote,
    named,
    nearest_events,
    shown,
)
from .yamlfile import iso_date_text

__all__ = [  # reading the files is editorfiles.py's; these stay importable from here
    "EditorEntry",
    "EditorialResult",
    "adoption_yaml",
    "append_entries",
    "apply_editorial",
    "granularity_of",
    "load_editor_entries",
    "load_entities",
]


@dataclass(frozen=True)
class EditorialResult:
    events: tuple[Event, ...]
    stale: tuple[EditorEntry, ...]  # entries not applied: the event they name is not there
    forwards: tuple[Forward, ...] = ()  # the events entries hid or merged into another
    mistakes: int = 0  # problems that would have published something wrong (see apply_editorial)


class _Mistakes:
    """What an entry says that would publish something wrong: errors, or warnings when the editors keep going."""

    def __init__(self, report: Report, keep_going: bool):
        self.report = report
        self.keep_going = keep_going
        self.count = 0

    def __call__(self, entry: EditorEntry, where: tuple[int, int | None], message: str) -> None:
        self.count += 1
        (self.report.warning if self.keep_going else self.report.error)(entry.path, where[0], message, where[1])


def apply_editorial(
    events: tuple[Event, ...],
    entries: tuple[EditorEntry, ...],
    article_texts: dict[str, str],
    entity_ids: set[str],
    report: Report,
    keep_going: bool = False,
) -> EditorialResult:
    """Apply overrides, hides and merges to extracted events and add editorial events.

    An entry that would publish something wrong (an id that matches no event,
    a quote its article does not contain) is an error naming what it nearly
    matched. With keep_going it is a warning instead, and an override of an
    event that is gone is shown as an editorial event when it has a title and
    a date (its own, or the one its id begins with). Nothing an editor wrote
    is dropped silently.
    """
    editing = _Editing(events, report, keep_going)
    for entry in entries:
        _check_references(entry, article_texts, entity_ids, report, editing.mistake)
    for entry in entries:
        editing.apply(entry)
    result = [event for event_id, event in editing.by_id.items() if event_id not in editing.gone]
    result.extend(editing.added)
    result = [_locate_quotes(event, article_texts) for event in result]
    result.sort(key=lambda event: event.sort_key)
    forwards = _forwards(editing.gone, {event.id: event for event in events}, {event.id for event in result})
    return EditorialResult(tuple(result), tuple(editing.stale), forwards, editing.mistake.count)


class _Editing:
    """The extracted events as the editors' entries change them, one entry at a time."""

    def __init__(self, events: tuple[Event, ...], report: Report, keep_going: bool):
        self.report = report
        self.keep_going = keep_going
        self.mistake = _Mistakes(report, keep_going)
        self.by_id = {event.id: event for event in events}
        self.gone: dict[str, str | None] = {}  # an event an entry hid (None) or merged into another (its id)
        self.stale: list[EditorEntry] = []
        self.added: list[Event] = []
        self.added_at: dict[str, EditorEntry] = {}  # id of an editorial event -> the entry that made it
        self.first_use: dict[str, EditorEntry] = {}

    def apply(self, entry: EditorEntry) -> None:
        fields = entry.fields
        event_id = str(fields.get("id", "")) or None
        if event_id and self._repeats_an_id(entry, event_id):
            return
        if fields.get("merge"):
            if self._merge(entry) or not self.keep_going:
                return
        elif event_id and event_id in self.by_id:
            if fields.get("hide"):
                self.gone[event_id] = None
            else:
                self.by_id[event_id] = _override(self.by_id[event_id], entry)
            return
        elif fields.get("hide"):
            missing = _no_such_event(event_id, self.current()) if event_id else "it needs the `id:` of an event"
            self.mistake(entry, entry.at("id"), f"hide: {missing}, so nothing is hidden")
            self.stale.append(entry)
            return
        elif event_id and (not fields.get("date") or _looks_extracted(event_id)) and not self._lost(entry, event_id):
            return
        self._add(entry, iso_date_text(fields.get("date")) or _date_of_id(event_id or ""))

    def current(self) -> tuple[Event, ...]:
        """The extracted events as the entries so far changed them (a message names their headlines now)."""
        return tuple(self.by_id.values())

    def _repeats_an_id(self, entry: EditorEntry, event_id: str) -> bool:
        first = self.first_use.setdefault(event_id, entry)
        if first is not entry:
            self.report.error(
                entry.path,
                entry.key_lines.get("id", entry.line),
                f"duplicate id {event_id!r} (first used at {first.path}:{first.line})",
            )
        return first is not entry

    def _merge(self, entry: EditorEntry) -> bool:
        """Merge the events the entry names into the first of them; False when none of them is there."""
        ids = [str(i) for i in entry.fields["merge"]]
        for position, missing in enumerate(ids):
            if missing not in self.by_id:
                self.mistake(entry, entry.at("merge", position), f"merge: {_no_such_event(missing, self.current())}")
        present = [self.by_id[i] for i in ids if i in self.by_id]
        if not present:
            self.stale.append(entry)
            return False
        for other in present[1:]:
            self.gone[other.id] = present[0].id
        self.by_id[present[0].id] = _override(_merge(present, entry), entry)
        return True

    def _lost(self, entry: EditorEntry, event_id: str) -> bool:
        """An override of an event that is not there (a mistyped id, or one re-extraction changed): True when
        the entry is still to be shown as an editorial event (the editors keep going)."""
        date = iso_date_text(entry.fields.get("date")) or _date_of_id(event_id)
        if not self.keep_going:
            self.mistake(
                entry, entry.at("id"), f"{_no_such_event(event_id, self.current())}; {_how_to_keep(entry, date)}"
            )
            self.stale.append(entry)
            return False
        outcome = "shown as an editorial event" if date and entry.fields.get("title") else "this entry is not applied"
        self.mistake(entry, entry.at("id"), f"{_no_such_event(event_id, self.current())}; {outcome}")
        return True

    def _add(self, entry: EditorEntry, date: str) -> None:
        """An event of the editors' own (or a lost override shown as one)."""
        if not (date and entry.fields.get("title")):
            self.stale.append(entry)
            return
        event = _new_event(entry, date)
        if event.id in self.by_id or event.id in self.added_at:
            first = self.added_at.get(event.id)
            where = (
                "an extracted event"
                if first is None
                else f"the entry on line {first.line}" + ("" if first.path == entry.path else f" of {first.path}")
            )
            self.report.warning(
                entry.path,
                entry.line,
                f"this entry repeats {where} (the same date and title, so the same id {event.id}); it is shown once",
            )
            return
        self.added_at[event.id] = entry
        self.added.append(event)


def _no_such_event(event_id: str, events: tuple[Event, ...]) -> str:
    """'no event has id X (nearest: …)': the ids of the same date first, where re-extraction puts a changed id."""
    nearest = nearest_events(event_id, events)
    return f"no event has id {event_id!r}" + (f" (nearest: {named(nearest)})" if nearest else "")


def _how_to_keep(entry: EditorEntry, date: str) -> str:
    """What turns an override of a lost event into an editorial event of its own."""
    steps = [f"remove `id: {entry.fields['id']}`"]
    if not entry.fields.get("date"):
        steps.append(f"add `date: {date or 'YYYY-MM-DD'}`")
    if not entry.fields.get("title"):
        steps.append("add a `title:`")
    return "to keep this entry as an editorial event, " + " and ".join(steps)


def _forwards(gone: dict[str, str | None], extracted: dict[str, Event], visible: set[str]) -> tuple[Forward, ...]:
    """Where each hidden or merged event went: the event it was merged into (followed to one that is shown),
    or nowhere (hidden by the editors)."""
    forwards = []
    for event_id, target in sorted(gone.items()):
        seen = {event_id}
        while target is not None and target not in visible and target not in seen:
            seen.add(target)
            target = gone.get(target)
        if target is not None and target not in visible:
            target = None
        if event_id in visible:  # an editorial event took the id: it has its own page
            continue
        event = extracted[event_id]
        forwards.append(Forward(event_id, event.date, event.title, target))
    return tuple(forwards)


def _locate_quotes(event: Event, article_texts: dict[str, str]) -> Event:
    """Give an editor's quote its place in the article, so the site can link to the spot."""
    if not any(c.article and c.quote and c.start == c.end for c in event.sources):
        return event
    sources = []
    for citation in event.sources:
        if citation.article and citation.quote.strip() and citation.start == citation.end:
            found = find_quote(citation.quote, article_texts.get(citation.article, ""))
            if found:
                citation = dataclasses.replace(citation, start=found[0], end=found[1])
        sources.append(citation)
    return dataclasses.replace(event, sources=tuple(sources))


def _date_of_id(event_id: str) -> str:
    """Extracted ids begin with their event's date: the best guess for a stale override."""
    date = date_of_id(event_id)
    return date if granularity_of(date) else ""


def _looks_extracted(event_id: str) -> bool:
    return bool(re.match(r"^\d{4}(-\d{2}){0,2}-[0-9a-f]{6,}$", event_id))


def _check_references(
    entry: EditorEntry,
    article_texts: dict[str, str],
    entity_ids: set[str],
    report: Report,
    mistake: _Mistakes,
) -> None:
    """Every article, quote and entity an entry names must exist: else the nearest one is named."""
    for index, source in enumerate(entry.fields.get("sources") or []):
        article = str(source.get("article") or "")
        quote = str(source.get("quote") or "").strip()
        if article and article not in article_texts:
            line, column = entry.at("sources", index, "article")
            report.error(entry.path, line, f"unknown article {article!r}{did_you_mean(article, article_texts)}", column)
        elif article and quote and find_quote(quote, article_texts[article]) is None:
            mistake(entry, entry.at("sources", index, "quote"), _quote_not_found(article, quote, article_texts))
    for index, entity in enumerate(entry.fields.get("entities") or []):
        if str(entity) not in entity_ids:
            line, column = entry.at("entities", index)
            report.error(
                entry.path,
                line,
                f"unknown entity {entity!r}{did_you_mean(str(entity), entity_ids)}; "
                "use an id from content/entities.yaml or add it there",
                column,
            )


def _quote_not_found(article: str, quote: str, article_texts: dict[str, str]) -> str:
    """What the editor needs to fix a quote: the closest passage of the article, or the article that has it."""
    message = f"the quote is not in article {article!r}"
    elsewhere = next((other for other, text in article_texts.items() if find_quote(quote, text)), None)
    if elsewhere:
        return f"{message}; it is in article {elsewhere!r}"
    passage, score = closest_passage(quote, article_texts[article])
    if score >= CLOSE_PASSAGE_SCORE:
        return f"{message}; the closest passage is «{shown(passage)}»"
    return f"{message}, nor anything close to it"


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
