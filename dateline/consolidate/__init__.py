"""Group mentions that report the same happening into events, each source cited.

Mentions are blocked by date, so grouping stays near-linear: only mentions of
the same date (and, for date variants, of nearby dates) are ever compared.
Within a block, mentions join a group when their sentences say the same thing:
character bigrams (Chinese, compared in simplified script) or words (English),
plus the entities they name.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Article, Citation, Entity, Event, Mention, VariantDate
from ..workers import BackgroundWork, map_forked
from .copies import find_copies, paragraph_start
from .describe import EVENT_VERBS, Describer, Quote, headline_candidates, without_date
from .intervals import check_intervals
from .text import features_of, is_latin_word_char, normal_text, to_simplified

__all__ = ["Consolidation", "EntityMatcher", "consolidate", "headline_candidates"]

#: How much a resolution is trusted when sources disagree on a date.
RESOLUTION_WEIGHT = {
    "absolute": 4,
    "year-from-publication": 3,
    "relative-to-publication": 3,
    "relative-to-previous": 2,
    "year-from-context": 1,
}

#: Similarity at which two mentions of the same date report the same happening.
SAME_DAY_THRESHOLD = 0.2
#: Similarity at which groups a few days apart are one happening with disputed dates.
VARIANT_THRESHOLD = 0.3
VARIANT_MAX_DAYS = 3
#: Members compared per group: enough to recognise a happening, few enough to stay fast when it is syndicated.
COMPARED_MEMBERS = 20



@dataclass(frozen=True)
class Consolidation:
    """Events, and which event each event-reporting mention feeds."""

    events: tuple[Event, ...]
    event_of_mention: dict = field(default_factory=dict)  # (article, start) -> event id
    headlines: dict = field(default_factory=dict)  # quotes digest -> (title, summary, language), for the next build


class EntityMatcher:
    """Finds entity aliases in text: longest alias first, Latin ones on word boundaries."""

    def __init__(self, entities: tuple[Entity, ...]):
        self._entity_of_alias: dict[str, str] = {}
        for entity in entities:
            for name in entity.names:
                self._entity_of_alias.setdefault(self._fold(name), entity.id)
        aliases = sorted(self._entity_of_alias, key=lambda a: (-len(a), a))
        self._longest = len(aliases[0]) if aliases else 0
        # headline writing asks about the same clauses many times
        self.leading_name = functools.lru_cache(maxsize=1 << 16)(self.leading_name)
        # Every alternative starts with its literal (the word-boundary lookbehind follows it), so the regex
        # engine skips the positions where no alias can start: ten times faster than a leading lookbehind.
        parts = [rf"{re.escape(a)}(?<![a-z0-9]{re.escape(a)})(?![a-z0-9])" if re.match(r"^[a-z0-9 .-]+$", a)
                 else re.escape(a) for a in aliases]
        self._pattern = re.compile("|".join(parts)) if parts else None

    @staticmethod
    def _fold(text: str) -> str:
        return to_simplified(text).lower()

    def leading_name(self, text: str) -> str:
        """The entity name a text starts with, as written there, or ''."""
        if self._pattern is None:
            return ""
        match = self._pattern.match(self._fold(text[: self._longest + 1]))
        return text[: match.end()] if match else ""

    def names_in(self, text: str) -> list[tuple[int, str]] | None:
        """(offset, name as written) of every name in text, left to right, longest first, none starting
        inside a Latin word; None if folding changed the text's length, so offsets would not carry over."""
        if self._pattern is None:
            return []
        folded = self._fold(text)
        if len(folded) != len(text):
            return None
        found, at = [], 0
        while match := self._pattern.search(folded, at):
            start = match.start()
            if start and is_latin_word_char(text[start - 1]) and is_latin_word_char(text[start]):
                at = start + 1
                continue
            found.append((start, text[start:match.end()]))
            at = match.end()
        return found

    def find(self, text: str) -> tuple[str, ...]:
        """Ids of the entities named in text, in order of first appearance."""
        if self._pattern is None:
            return ()
        found = (self._entity_of_alias[m.group(0)] for m in self._pattern.finditer(self._fold(text)))
        return tuple(dict.fromkeys(found))


@dataclass
class _Candidate:
    mention: Mention
    article: Article
    features: frozenset
    entities: tuple[str, ...]
    entity_set: frozenset = field(init=False)  # compared millions of times at 10,000 articles

    def __post_init__(self) -> None:
        self.entity_set = frozenset(self.entities)

    @property
    def key(self) -> tuple[str, int]:
        return (self.mention.article, self.mention.start)


@dataclass
class _Group:
    date_key: str
    members: list[_Candidate]

    @property
    def articles(self) -> set[str]:
        return {c.mention.article for c in self.members}


def similarity(a: _Candidate, b: _Candidate) -> float:
    """Overlap of what two mentions say, relative to the shorter one, plus shared entities."""
    if not a.features or not b.features:
        shared_text = 0.0
    else:
        shared_text = len(a.features & b.features) / min(len(a.features), len(b.features))
    return shared_text + 0.1 * len(a.entity_set & b.entity_set)


def _date_key(mention: Mention) -> str:
    """Mentions are compared within a block: the day for day and time dates."""
    return mention.date[:10] if mention.granularity in ("day", "time") else mention.date


def consolidate(articles: tuple[Article, ...], mentions: dict[str, tuple[Mention, ...]],
                entities: tuple[Entity, ...], focus: tuple[str, ...] = (), jobs: int = 1,
                known_headlines: dict | None = None) -> Consolidation:
    """Turn every article's event mentions into events, merging the same happening.

    Copied paragraphs are found first so that an event's support counts
    independent sources; interval claims are checked once events are dated.
    Headlines, the costliest part, are written by `jobs` processes, except
    those in known_headlines (a previous result's `headlines`, made with the
    same entities and code): an event whose quotes did not change keeps its headline.
    """
    matcher = EntityMatcher(entities)
    copies_found = BackgroundWork(jobs, find_copies, articles)  # independent of the grouping below
    blocks: dict[str, list[_Candidate]] = defaultdict(list)
    for article in articles:
        for mention in mentions.get(article.id, ()):
            if not mention.is_event or mention.date is None:
                continue
            candidate = _Candidate(mention, article, features_of(mention.sentence, leave_out=mention.as_written),
                                   matcher.find(mention.sentence))
            blocks[_date_key(mention)].append(candidate)

    groups: list[_Group] = []
    for date_key in sorted(blocks):
        groups.extend(_absorb_weak(_group_block(date_key, blocks[date_key])))
    groups = _merge_variants(groups)

    # Events first without headlines or copies: interval claims are checked on them meanwhile.
    events: list[Event] = []
    event_of_mention: dict = {}
    used_ids: set[str] = set()
    for group in groups:
        event = _event_of(group, used_ids)
        used_ids.add(event.id)
        events.append(event)
        for candidate in group.members:
            event_of_mention[candidate.key] = event.id
    intervals = BackgroundWork(jobs, check_intervals, articles, mentions, tuple(events), event_of_mention)

    describer = Describer(matcher.leading_name, lambda text: len(matcher.find(text)), matcher.names_in)
    known = known_headlines or {}
    quotes = [_quotes(group) for group in groups]
    digests = [hashlib.sha256(repr(quote_list).encode("utf-8", "surrogateescape")).hexdigest() for quote_list in quotes]
    new = [at for at, digest in enumerate(digests) if digest not in known]
    written = dict(zip(new, map_forked(describer, [quotes[at] for at in new], jobs)))
    descriptions = [written[at] if at in written else tuple(known[digest]) for at, digest in enumerate(digests)]

    checks_of: dict[str, list] = defaultdict(list)
    for check in intervals.result():
        checks_of[check.earlier].append(check)
        if check.later != check.earlier:
            checks_of[check.later].append(check)
    copies: dict[str, dict[int, str]] = defaultdict(dict)  # article -> paragraph start -> the article it copies
    for (article_id, paragraph), original in copies_found.result().items():
        copies[article_id][paragraph] = original
    by_id = {article.id: article for article in articles}
    events = [_completed(event, description, copies, by_id, set(focus), tuple(checks_of[event.id]))
              for event, description in zip(events, descriptions)]
    events.sort(key=lambda event: event.sort_key)
    return Consolidation(tuple(events), event_of_mention, dict(zip(digests, descriptions)))


def _group_block(date_key: str, candidates: list[_Candidate]) -> list[_Group]:
    """Greedy grouping in a stable order: each mention joins the group it is most like."""
    ordered = sorted(candidates, key=lambda c: (c.mention.sentence, c.mention.article, c.mention.start))
    groups: list[_Group] = []
    for candidate in ordered:
        best, best_score = None, SAME_DAY_THRESHOLD
        for group in groups:
            score = max(similarity(candidate, member) for member in group.members[:COMPARED_MEMBERS])
            if score >= best_score:
                best, best_score = group, score
        if best is None:
            groups.append(_Group(date_key, [candidate]))
        else:
            best.members.append(candidate)
    return groups


def _is_weak(group: _Group) -> bool:
    """A group whose sentences report no act: it cannot stand as an event beside a stronger one."""
    return all(not EVENT_VERBS.search(without_date(c.mention.sentence, c.mention.as_written))
               for c in group.members)


def _absorb_weak(groups: list[_Group]) -> list[_Group]:
    """Within one article, a weak mention of a day refers back to that day's event.

    ("不过，今年9月1日后，这一行业“常见程序”就要发生变化" is the regulation taking effect,
    which the same article reports elsewhere.)
    """
    strong = [g for g in groups if not _is_weak(g)]
    kept = list(strong)
    for group in groups:
        if not _is_weak(group):
            continue
        hosts = [g for g in strong if g.articles & group.articles]
        if len(hosts) == 1:
            hosts[0].members.extend(group.members)
        else:
            kept.append(group)
    return sorted(kept, key=lambda g: min(c.key for c in g.members))


def _day(date_key: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(date_key) if len(date_key) == 10 else None
    except ValueError:
        return None


def _merge_variants(groups: list[_Group]) -> list[_Group]:
    """Join groups a few days apart that say the same thing in different articles.

    An article that mentions both dates treats them as two happenings, so such
    groups are never joined. Only groups of the few days before are looked at,
    through an index by day, so this stays linear in the number of groups.
    """
    merged: list[_Group] = []
    by_day: dict[dt.date, list[_Group]] = defaultdict(list)
    for group in sorted(groups, key=lambda g: (g.date_key, min(c.key for c in g.members))):
        day = _day(group.date_key)
        target = None
        if day is not None:
            for back in range(1, VARIANT_MAX_DAYS + 1):
                for earlier in reversed(by_day.get(day - dt.timedelta(days=back), [])):
                    days = {_day(c.mention.date[:10]) for c in earlier.members}
                    if any(d is None or abs((d - day).days) > VARIANT_MAX_DAYS for d in days):
                        continue
                    if group.articles & earlier.articles:
                        continue
                    score = max(similarity(a, b) for a in group.members[:COMPARED_MEMBERS]
                                for b in earlier.members[:COMPARED_MEMBERS])
                    if score >= VARIANT_THRESHOLD:
                        target = earlier
                        break
                if target is not None:
                    break
        if target is None:
            merged.append(group)
            target = group
        else:
            target.members.extend(group.members)
        if day is not None and target not in by_day[day]:
            by_day[day].append(target)
    return merged


def _primary_date(group: _Group) -> tuple[str, tuple[VariantDate, ...]]:
    """The date most (and most surely resolved) sources give; the others as variants."""
    weight: dict[str, int] = defaultdict(int)
    sources: dict[str, set[str]] = defaultdict(set)
    for candidate in group.members:
        date = candidate.mention.date
        weight[date] += RESOLUTION_WEIGHT.get(candidate.mention.resolved_by, 1)
        sources[date].add(candidate.mention.article)
    days = defaultdict(set)
    for date in sources:
        days[date[:10]].add(date)
    primary = max(weight, key=lambda d: (weight[d], -len(d), [-ord(ch) for ch in d]))
    if len(days) == 1:
        return primary, ()
    by_day: dict[str, set[str]] = defaultdict(set)
    for date, articles in sources.items():
        by_day[date[:10]].update(articles)
    variants = tuple(VariantDate(day, tuple(sorted(articles))) for day, articles in sorted(by_day.items()))
    return primary, variants


def _event_id(date: str, group: _Group, used: set[str]) -> str:
    """`DATE-hash`, from the date and what the sources say, not from file names or order."""
    digests = sorted(hashlib.sha1(_normal_sentence(c).encode("utf-8")).hexdigest() for c in group.members)
    anchor = digests[0]
    for length in (6, 8, 10, 40):
        event_id = f"{date}-{anchor[:length]}"
        if event_id not in used:
            return event_id
    return f"{date}-{anchor}-{len(used)}"


def _normal_sentence(candidate: _Candidate) -> str:
    return normal_text(candidate.mention.sentence.replace(candidate.mention.as_written, ""))


def _quotes(group: _Group) -> list[Quote]:
    return [Quote(c.mention.sentence, c.mention.as_written, c.article.language)
            for c in sorted(group.members, key=lambda c: c.key)]


def _event_of(group: _Group, used: set[str]) -> Event:
    """The event a group reports, without its headline and without knowing which citations are copies."""
    date, variants = _primary_date(group)
    members = sorted(group.members, key=lambda c: (
        c.article.published or dt.datetime.max.replace(tzinfo=dt.timezone.utc), c.key))
    granularity = next(c.mention.granularity for c in members if c.mention.date == date)
    end_date = next((c.mention.end_date for c in members if c.mention.date == date and c.mention.end_date), None)
    citations = tuple(
        Citation(article=c.mention.article, quote=c.mention.sentence, as_written=c.mention.as_written,
                 date=c.mention.date, start=c.mention.start, end=c.mention.end,
                 url=c.article.url, title=c.article.title)
        for c in members)
    entities = tuple(dict.fromkeys(e for c in members for e in c.entities))
    return Event(
        id=_event_id(date[:10], group, used), date=date, end_date=end_date, granularity=granularity,
        title="", summary="", sources=citations, entities=entities, origin="extracted", variant_dates=variants)


def _completed(event: Event, description: tuple[str, str, str], copies: dict[str, dict[int, str]],
               articles: dict[str, Article], focus: set[str], interval_checks: tuple) -> Event:
    """The event with its headline, its copied citations marked, its importance and its interval checks."""
    title, summary, language = description
    citations = []
    for citation in event.sources:
        copied = copies.get(citation.article)
        copy_of = copied.get(paragraph_start(articles[citation.article], citation.start)) if copied else None
        citations.append(citation if copy_of == citation.copy_of else dataclasses.replace(citation, copy_of=copy_of))
    citations = tuple(citations)
    cited = {c.article for c in citations}
    # an article whose every citation copies another cited source is not corroboration
    copiers = tuple(sorted(article for article in cited
                           if all(c.copy_of in cited for c in citations if c.article == article)))
    completed = dataclasses.replace(event, title=title, summary=summary, language=language, sources=citations,
                                    also_published_by=copiers, interval_checks=interval_checks)
    return dataclasses.replace(completed, importance=float(completed.independent_sources)
                               + (1.0 if focus & set(event.entities) else 0.0))
