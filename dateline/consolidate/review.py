"""The review queue: the events an editor should look at before publishing, each with what to do.

`dateline check` prints these as warnings, `path: warning: message`, the path
being the article that reports the event. An event an editor has touched
(`id:` in content/events/*.yaml) is taken as reviewed and left out, except for
a headline that is still no headline.

- an event far from the story's dates (a wrong year, or background to mark as such);
- a headline the judge finds wrong, or one made from the sentence itself because no
  clause made a good one;
- an event whose only source is a copy of another text, or a page that says neither
  when it was published nor by whom;
- an article whose dates took their year from the text around them;
- two events on neighbouring days that name the same entities and report the same act:
  perhaps one happening split in two.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Mapping, Sequence

from ..model import Article, Event, Mention, Problem
from .evidence import evidence_of
from .judge import describe_faults, headline_faults

#: An event this many days from the middle half of the story's dates is far from it.
FAR_DAYS = 365
#: Events this many days apart or less, with the same evidence, may be one happening.
SPLIT_DAYS = 3
#: Events looked at on each side of one when looking for a split (the queue stays linear at 10,000 articles).
SPLIT_WINDOW = 50
#: A page of one paragraph shorter than this is a weak source on its own.
SHORT_ARTICLE = 200


def review_events(
    events: Sequence[Event], articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]
) -> list[Problem]:
    """The review queue for a built set of events, in a stable order."""
    by_id = {article.id: article for article in articles}
    problems: list[Problem] = []
    days = {event.id: _first_day(event.date) for event in events}
    problems += _far_events(events, days, by_id)
    problems += _weak_headlines(events, by_id)
    problems += _weak_sources(events, by_id)
    problems += _inferred_years(articles, mentions)
    problems += _suspected_splits(events, days, by_id)
    return problems


def _where(event: Event, articles: Mapping[str, Article]) -> str:
    for citation in event.sources:
        if citation.article is not None and citation.article in articles:
            return articles[citation.article].path
    return event.edited_in or "content/events"


def _named(event: Event) -> str:
    return f"event {event.id} «{event.title}»"


def _first_day(date: str) -> dt.date | None:
    try:
        if len(date) >= 10:
            return dt.date.fromisoformat(date[:10])
        if len(date) == 7 and date[4] == "-" and date[5:].isdigit():
            return dt.date(int(date[:4]), int(date[5:]), 1)
        return dt.date(int(date[:4]), 1, 1)
    except ValueError:
        return None


def _far_events(
    events: Sequence[Event], days: Mapping[str, dt.date | None], articles: Mapping[str, Article]
) -> list[Problem]:
    known = sorted(day for day in days.values() if day is not None)
    if len(known) < 4:
        return []
    low, high = known[len(known) // 4], known[(3 * len(known)) // 4]
    problems = []
    for event in events:
        day = days[event.id]
        if day is None or event.edited_in:
            continue
        distance = (low - day).days if day < low else (day - high).days if day > high else 0
        if distance > FAR_DAYS:
            side = "before" if day < low else "after"
            problems.append(
                Problem(
                    _where(event, articles),
                    None,
                    f"{_named(event)} is dated {event.date}, {distance // 365} years {side} most of the "
                    f"story ({low.isoformat()} to {high.isoformat()}): check its year, tag it as "
                    f"background (`- id: {event.id}` with `tags: [...]`), or `hide: true` it",
                    "warning",
                )
            )
    return problems


def _weak_headlines(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Problem]:
    problems = []
    for event in events:
        faults = headline_faults(event.title, event.language or "zh")
        if faults:
            why = f"its headline is {describe_faults(faults)}"
        elif event.headline_fallback and not event.edited_in:
            why = "no clause of its sources made a headline, so the headline is the sentence itself, shortened"
        else:
            continue
        problems.append(
            Problem(
                _where(event, articles),
                None,
                f"{_named(event)}: {why}; retitle it (`- id: {event.id}` with `title: …`)",
                "warning",
            )
        )
    return problems


def _weak_page(article: Article) -> bool:
    """A page that says neither when it was published nor by whom, or a paragraph of hardly any text."""
    return (article.published is None and not (article.author or article.outlet)) or (
        len(article.blocks) <= 1 and len(article.text) < SHORT_ARTICLE
    )


def _weak_sources(events: Sequence[Event], articles: Mapping[str, Article]) -> list[Problem]:
    problems = []
    for event in events:
        if event.edited_in or event.origin == "editorial":
            continue
        groups = event.source_groups
        if len(groups) != 1:
            continue
        cited = [articles[c.article] for c in groups[0] if c.article is not None and c.article in articles]
        if cited and all(c.copy_of for c in groups[0]):
            why = f"its only source reproduces {groups[0][0].copy_of}, which does not report it"
        elif cited and all(_weak_page(article) for article in cited):
            why = "its only source is a page that gives no publication date or byline, or hardly any text"
        else:
            continue
        problems.append(
            Problem(
                _where(event, articles),
                None,
                f"{_named(event)}: {why}; confirm it from another source, or `hide: true` it (`- id: {event.id}`)",
                "warning",
            )
        )
    return problems


def _inferred_years(articles: Sequence[Article], mentions: Mapping[str, Sequence[Mention]]) -> list[Problem]:
    problems = []
    for article in articles:
        inferred = [m for m in mentions.get(article.id, ()) if m.is_event and m.resolved_by == "year-from-context"]
        if not inferred:
            continue
        shown = ", ".join(dict.fromkeys(f"{m.as_written} → {m.date}" for m in inferred[:5]))
        more = f" and {len(inferred) - 5} more" if len(inferred) > 5 else ""
        problems.append(
            Problem(
                article.path,
                None,
                f"the year of {shown}{more} was inferred from the text around them: check it; "
                f"a `date:` in the article's .meta.yaml sidecar settles dates the article gives "
                f"without a year",
                "warning",
            )
        )
    return problems


def _event_evidence(event: Event, articles: Mapping[str, Article]) -> frozenset[str]:
    acts: set[str] = set()
    for citation in event.sources[:10]:
        article = articles.get(citation.article) if citation.article else None
        english = bool(article and article.language.startswith("en"))
        acts |= evidence_of(citation.quote, citation.as_written, english).acts
    return frozenset(acts)


def _suspected_splits(
    events: Sequence[Event], days: Mapping[str, dt.date | None], articles: Mapping[str, Article]
) -> list[Problem]:
    """Events on neighbouring days with an entity and an act in common that no source tells apart."""
    dated = sorted(
        (day, event.id, event)
        for event in events
        if (day := days[event.id]) is not None and event.granularity in ("day", "time") and event.entities
    )
    ordinals = [day.toordinal() for day, _, _ in dated]
    acts: dict[str, frozenset[str]] = {}
    problems = []
    for index, (day, _, event) in enumerate(dated):
        end = bisect.bisect_right(
            ordinals, day.toordinal() + SPLIT_DAYS, index + 1, min(len(dated), index + 1 + SPLIT_WINDOW)
        )
        for other_day, _, other in dated[index + 1 : end]:
            if other_day == day or not set(event.entities) & set(other.entities):
                continue
            sources = {c.article for c in event.sources} & {c.article for c in other.sources}
            if sources:
                continue  # one article gives both dates: it tells them apart
            for one in (event, other):
                if one.id not in acts:
                    acts[one.id] = _event_evidence(one, articles)
            shared = acts[event.id] & acts[other.id]
            if not shared or (event.edited_in and other.edited_in):
                continue
            problems.append(
                Problem(
                    _where(other, articles),
                    None,
                    f"{_named(event)} and {_named(other)}, {(other_day - day).days} days apart, name "
                    f"the same entities and report the same act ({', '.join(sorted(shared))}): if they "
                    f"are one happening, `merge: [{event.id}, {other.id}]`",
                    "warning",
                )
            )
    return problems
