"""Group mentions that report the same happening into events, each source cited.

Mentions are blocked by date, so grouping stays near-linear: only mentions of
the same date (and, for date variants, of nearby dates) are ever compared.
Within a block, mentions join a group when their sentences say the same thing:
character bigrams (Chinese, compared in simplified script) or words (English),
plus the entities they name; across languages, the evidence they share (see
`evidence`). A shared date is never enough: mentions that report different acts
or name different entities stay apart, and a nearby date joins an event as a
variant only when it reports the same act.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import hashlib
import itertools
from collections import defaultdict
from dataclasses import dataclass, field

from ..model import Article, Citation, Entity, Event, Mention, VariantDate
from ..workers import BackgroundWork, map_forked
from . import english
from .clauses import EVENT_VERBS, headline_candidates, without_date
from .copies import CopyMemo, find_copies, paragraph_start
from .describe import Describer, Quote
from .entities import EntityMatcher
from .evidence import NEARLY_SAME_WORDS, Evidence, across_languages, different_happenings, evidence_of
from .intervals import IntervalMemo, check_intervals
from .text import features_of, flowing, normal_text

__all__ = ["Consolidation", "ConsolidationMemo", "EntityMatcher", "consolidate", "headline_candidates"]

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
class ConsolidationMemo:
    """What one consolidation learnt, for the next to redo only the date blocks and days that changed.

    Made with the same entities and code; every entry is keyed by a digest of
    exactly what it was decided from, so a stale entry is never found.
    """

    copies: CopyMemo | None = None
    blocks: dict = field(default_factory=dict)  # block digest -> (groups as places, each place's entities and anchor)
    merges: dict = field(default_factory=dict)  # digest of a day and the days before -> each group's target
    intervals: IntervalMemo | None = None


@dataclass(frozen=True)
class Consolidation:
    """Events, and which event each event-reporting mention feeds."""

    events: tuple[Event, ...]
    event_of_mention: dict = field(default_factory=dict)  # (article, start) -> event id
    headlines: dict = field(
        default_factory=dict
    )  # quotes digest -> (title, summary, language, fallback), for the next build
    memo: ConsolidationMemo | None = None  # what the next build can reuse
    copied: dict = field(default_factory=dict)  # (article, paragraph start) -> the article that paragraph copies


@dataclass(eq=False)  # one mention: compared by identity
class _Candidate:
    mention: Mention
    article: Article
    digest: bytes  # its block's digest and its place there: changes whenever anything grouping reads does
    entities: tuple[str, ...]
    anchor: bytes  # what the sentence says, digested: the least of a group's names its event
    subject: str = ""  # the name of the person its he or she stands for
    entity_set: frozenset = field(init=False)  # compared millions of times at 10,000 articles
    key: tuple[str, int] = field(init=False)
    day: dt.date | None = field(init=False)

    def __post_init__(self) -> None:
        self.entity_set = frozenset(self.entities)
        self.key = (self.mention.article, self.mention.start)
        self.day = _day(_dated(self.mention)[:10])

    @functools.cached_property
    def family(self) -> str:
        return "en" if self.article.language.startswith("en") else "zh"

    @functools.cached_property
    def evidence(self) -> Evidence:
        """Made when a pair could join: most pairs never need it."""
        return evidence_of(self.mention.sentence, self.mention.as_written, self.family == "en")

    @functools.cached_property
    def features(self) -> frozenset:
        """Made when first compared: a block grouped in an earlier build may never be."""
        return features_of(self.mention.sentence, leave_out=self.mention.as_written)


@dataclass(eq=False)
class _Group:
    date_key: str
    members: list[_Candidate]

    @property
    def articles(self) -> set[str]:
        return {c.mention.article for c in self.members}


def most_similar(some: list[_Candidate], others: list[_Candidate], same_act: bool = False) -> float:
    """The highest similarity of a mention in some to one in others that reports the same happening.

    In one language, similarity is the overlap of what two mentions say, relative
    to the shorter, plus 0.1 for each entity both name; across languages, the
    evidence they share (see `evidence`). A pair that reports different acts or
    names different entities counts for nothing (see `evidence.different_happenings`),
    and with `same_act` a pair must report one act (or say nearly the same words).
    It is written out in the loop: grouping 10,000 articles computes it millions of times.
    """
    best = 0.0
    for a in some:
        a_features, a_entities, a_family = a.features, a.entity_set, a.family
        for b in others:
            if b.family == a_family:
                b_features = b.features
                shared_text = (
                    len(a_features & b_features) / min(len(a_features), len(b_features))
                    if a_features and b_features
                    else 0.0
                )
                score = shared_text + 0.1 * len(a_entities & b.entity_set)
            else:
                shared_text = 0.0
                score = across_languages(a.evidence, a_entities, b.evidence, b.entity_set)
            if score > best and score >= SAME_DAY_THRESHOLD:
                # the evidence is read only for the few pairs that could join
                if different_happenings(a.evidence, a_entities, b.evidence, b.entity_set, shared_text):
                    continue
                if same_act and shared_text < NEARLY_SAME_WORDS and not a.evidence.acts & b.evidence.acts:
                    continue
                best = score
    return best


def _dated(mention: Mention) -> str:
    """The date of a mention that reports an event: consolidation is given no other."""
    assert mention.date is not None
    return mention.date


def _date_key(mention: Mention) -> str:
    """Mentions are compared within a block: the day for day and time dates."""
    return _dated(mention)[:10] if mention.granularity in ("day", "time") else _dated(mention)


def consolidate(
    articles: tuple[Article, ...],
    mentions: dict[str, tuple[Mention, ...]],
    entities: tuple[Entity, ...],
    focus: tuple[str, ...] = (),
    jobs: int = 1,
    known_headlines: dict | None = None,
    memo: ConsolidationMemo | None = None,
    site_language: str = "",
) -> Consolidation:
    """Turn every article's event mentions into events, merging the same happening.

    Copied paragraphs are found first so that an event's support counts
    independent sources; interval claims are checked once events are dated.
    Headlines, the costliest part, are written by `jobs` processes, except
    those in known_headlines (a previous result's `headlines`, made with the
    same entities and code): an event whose quotes did not change keeps its headline.
    Given memo (a previous result's `memo`, made with the same entities and
    code), it groups again only the date blocks whose mentions changed, weighs
    variant dates again only on the days whose groups changed, finds copies
    again only from the first changed article on, and checks interval claims
    again only in the articles whose text, events or date windows changed.
    A headline is written in the site's language (`site_language`, e.g. "en")
    when a source in that language reports the event.
    """
    memo = memo or ConsolidationMemo()
    matcher = EntityMatcher(entities)
    copies_found = BackgroundWork(jobs, find_copies, articles, memo.copies)  # independent of the grouping below
    blocks: dict[str, list[tuple[Mention, Article]]] = defaultdict(list)
    for article in articles:
        for mention in mentions.get(article.id, ()):
            if mention.is_event and mention.date is not None:
                blocks[_date_key(mention)].append((mention, article))

    # Every block's mentions are made candidates (and compared features) before any block is grouped: made
    # block by block, among grouping's short-lived objects, their memory would stay pinned by the events.
    persons = {article.id: matcher.persons_named(article.text) for article in articles}
    made = {date_key: _block_candidates(blocks[date_key], matcher, persons, memo.blocks) for date_key in sorted(blocks)}
    block_memo: dict = {}
    groups = _grouped(made, block_memo)
    merge_memo: dict = {}
    groups = _merge_variants(groups, memo.merges, merge_memo)

    # Events first without headlines or copies: interval claims are checked on them meanwhile.
    events: list[Event] = []
    event_of_mention: dict = {}
    used_ids: set[str] = set()
    for group in groups:
        event = _event_of(group, used_ids)
        used_ids.add(event.id)
        events.append(event)
        for candidate in group.members:
            # a key made now: the candidate's own, made beside its features, would keep their memory taken
            event_of_mention[(candidate.mention.article, candidate.mention.start)] = event.id
    quotes = [_quotes(group) for group in groups]
    # The candidates and their features go before the checks and the headline writers are forked: those
    # processes would otherwise share, and this one then copy, the hundreds of MB they take.
    del groups, made
    intervals = BackgroundWork(
        jobs, check_intervals, articles, mentions, tuple(events), event_of_mention, memo.intervals
    )

    preferred = "en" if site_language.startswith("en") else "zh" if site_language else ""
    describer = Describer(matcher.leading_name, lambda text: len(matcher.find(text)), matcher.names_in, preferred)
    known = known_headlines or {}
    digests = [
        hashlib.sha256(repr((preferred, quote_list)).encode("utf-8", "surrogateescape")).hexdigest()
        for quote_list in quotes
    ]
    new = [at for at, digest in enumerate(digests) if digest not in known]
    if any(quote.language.startswith("en") for at in new for quote in quotes[at]):
        english.preload()  # once here, shared by the forked headline writers
    written = dict(zip(new, map_forked(describer, [quotes[at] for at in new], jobs)))
    descriptions = [written[at] if at in written else tuple(known[digest]) for at, digest in enumerate(digests)]

    checks_of: dict[str, list] = defaultdict(list)
    interval_checks, interval_memo = intervals.result()
    for check in interval_checks:
        checks_of[check.earlier].append(check)
        if check.later != check.earlier:
            checks_of[check.later].append(check)
    copies: dict[str, dict[int, str]] = defaultdict(dict)  # article -> paragraph start -> the article it copies
    copies_of_paragraphs, copy_memo = copies_found.result()
    next_memo = ConsolidationMemo(copy_memo, block_memo, merge_memo, interval_memo)
    for (article_id, paragraph), original in copies_of_paragraphs.items():
        copies[article_id][paragraph] = original
    by_id = {article.id: article for article in articles}
    events = [
        _completed(event, description, copies, by_id, set(focus), tuple(checks_of[event.id]))
        for event, description in zip(events, descriptions)
    ]
    events.sort(key=lambda event: event.sort_key)
    return Consolidation(
        tuple(events), event_of_mention, dict(zip(digests, descriptions)), next_memo, copies_of_paragraphs
    )


def _block_candidates(
    block: list[tuple[Mention, Article]], matcher: EntityMatcher, persons: dict[str, frozenset[str]], known: dict
) -> tuple[bytes, list[_Candidate], tuple | None]:
    """A date block's digest, its candidates in (article, start) order, and their groups as places in that
    order when known (the block's mentions are all as they were, in articles naming the same persons in
    full), else None."""
    block = sorted(block, key=lambda pair: pair[0].start)
    block.sort(key=lambda pair: pair[0].article)  # by (article, start): the order the memo's places refer to
    antecedents = [matcher.antecedent(a.text, m.sentence_start, m.sentence, persons[m.article]) for m, a in block]
    # ingest keeps no control characters in text, so the separators cannot be forged
    digest = hashlib.blake2b(
        "\0".join(
            f"{m.article}\1{a.language}\1{m.start}\1{m.sentence}\1{m.as_written}\1{m.date}\1{m.end_date}\1{m.granularity}"
            f"\1{m.resolved_by}\1{sorted(persons[m.article])}\1{antecedent}"
            for (m, a), antecedent in zip(block, antecedents)
        ).encode("utf-8", "surrogateescape"),
        digest_size=16,
    ).digest()
    mention_digests = [digest + place.to_bytes(4, "big") for place in range(len(block))]
    if digest in known:
        places, entities, anchors = known[digest]
        return (
            digest,
            [
                _Candidate(mention, article, place, entity_ids, anchor, matcher.name_for(antecedent, article.language))
                for (mention, article), place, entity_ids, anchor, antecedent in zip(
                    block, mention_digests, entities, anchors, antecedents
                )
            ],
            places,
        )
    candidates = [
        _Candidate(
            mention,
            article,
            mention_digest,
            _with(matcher.find(mention.sentence, persons[mention.article]), antecedent),
            hashlib.sha1(_normal_sentence(mention).encode("utf-8")).digest(),
            matcher.name_for(antecedent, article.language),
        )
        for (mention, article), mention_digest, antecedent in zip(block, mention_digests, antecedents)
    ]
    for candidate in candidates:
        _ = candidate.features  # computed now, beside the candidate: see consolidate
    return digest, candidates, None


def _with(entities: tuple[str, ...], antecedent: str) -> tuple[str, ...]:
    """The entities a sentence names, and the person its pronoun stands for, first (the subject)."""
    return (antecedent, *(e for e in entities if e != antecedent)) if antecedent else entities


def _grouped(made: dict[str, tuple[bytes, list[_Candidate], tuple | None]], learnt: dict) -> list[_Group]:
    """The groups of every block (see _block_candidates): those known, and the others grouped now."""
    groups: list[_Group] = []
    for date_key, (digest, candidates, places) in made.items():
        if places is None:
            place = {id(candidate): at for at, candidate in enumerate(candidates)}
            places = tuple(
                tuple(place[id(c)] for c in group.members) for group in _absorb_weak(_group_block(date_key, candidates))
            )
        learnt[digest] = (places, tuple(c.entities for c in candidates), tuple(c.anchor for c in candidates))
        groups.extend(_Group(date_key, [candidates[at] for at in members]) for members in places)
    return groups


def _group_block(date_key: str, candidates: list[_Candidate]) -> list[_Group]:
    """Greedy grouping in a stable order: each mention joins the group it is most like."""
    ordered = sorted(candidates, key=lambda c: (c.mention.sentence, c.mention.article, c.mention.start))
    groups: list[_Group] = []
    for candidate in ordered:
        best, best_score = None, SAME_DAY_THRESHOLD
        for group in groups:
            score = most_similar([candidate], group.members[:COMPARED_MEMBERS])
            if score >= best_score:
                best, best_score = group, score
        if best is None:
            groups.append(_Group(date_key, [candidate]))
        else:
            best.members.append(candidate)
    return groups


def _is_weak(group: _Group) -> bool:
    """A group whose sentences report no act: it cannot stand as an event beside a stronger one."""
    return all(not EVENT_VERBS.search(without_date(c.mention.sentence, c.mention.as_written)) for c in group.members)


def _absorb_weak(groups: list[_Group]) -> list[_Group]:
    """Within one article, a weak mention of a day refers back to that day's event.

    ("不过，今年9月1日后，这一行业“常见程序”就要发生变化" is the regulation taking effect,
    which the same article reports elsewhere.)
    """
    # a price or market that moved is a happening of its own, never a passing mention of the day's event
    weak = [_is_weak(group) and not any(c.evidence.market_move for c in group.members) for group in groups]
    strong = [group for group, is_weak in zip(groups, weak) if not is_weak]
    kept = list(strong)
    for group, is_weak in zip(groups, weak):
        if not is_weak:
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


def _merge_variants(groups: list[_Group], known: dict, learnt: dict) -> list[_Group]:
    """Join groups a few days apart that say the same thing in different articles.

    An article that mentions both dates treats them as two happenings, so such
    groups are never joined. Only groups of the few days before are looked at,
    through an index by day, so this stays linear in the number of groups. What
    is decided for a day rests on its groups and those of the days before, so a
    day whose groups and days before are as in `known` takes the decisions kept there.
    """
    merged: list[_Group] = []
    by_day: dict[dt.date, list[_Group]] = defaultdict(list)
    ordered = sorted(groups, key=lambda g: (g.date_key, min(c.key for c in g.members)))
    for date_key, groups_of_day in itertools.groupby(ordered, key=lambda g: g.date_key):
        day = _day(date_key)
        same_day = list(groups_of_day)
        if day is None:
            merged.extend(same_day)
            continue
        days_before = [
            by_day.get(day - dt.timedelta(days=back), []) if day.toordinal() > back else []
            for back in range(1, VARIANT_MAX_DAYS + 1)
        ]
        key = _merge_key(days_before, same_day) if any(days_before) else None
        decided = known.get(key)
        decisions = []
        for at, group in enumerate(same_day):
            decision = decided[at] if decided is not None else _variant_target(group, day, days_before)
            decisions.append(decision)
            if decision is None:
                merged.append(group)
                target = group
            else:
                back, place = decision
                target = days_before[back - 1][place]
                target.members.extend(group.members)
            if all(other is not target for other in by_day[day]):
                by_day[day].append(target)
        if key is not None:
            learnt[key] = tuple(decisions)
    return merged


def _merge_key(days_before: list[list[_Group]], same_day: list[_Group]) -> bytes:
    """A digest of everything the day's decisions read: its groups and the groups of the days before."""
    digest = hashlib.blake2b(digest_size=16)
    for groups in (*days_before, same_day):
        for group in groups:
            digest.update(b"".join(c.digest for c in group.members))
            digest.update(b"|")
        digest.update(b"/")
    return digest.digest()


def _variant_target(group: _Group, day: dt.date, days_before: list[list[_Group]]) -> tuple[int, int] | None:
    """(days back, place in that day's groups) of the earlier group this one joins, or None."""
    for back, earlier_groups in enumerate(days_before, start=1):
        for place in range(len(earlier_groups) - 1, -1, -1):
            earlier = earlier_groups[place]
            days = {c.day for c in earlier.members}
            if any(d is None or abs((d - day).days) > VARIANT_MAX_DAYS for d in days):
                continue
            if group.articles & earlier.articles:
                continue
            score = most_similar(group.members[:COMPARED_MEMBERS], earlier.members[:COMPARED_MEMBERS], same_act=True)
            if score >= VARIANT_THRESHOLD:
                return back, place
    return None


def _primary_date(group: _Group) -> tuple[str, tuple[VariantDate, ...]]:
    """The date most (and most surely resolved) sources give; the others as variants."""
    weight: dict[str, int] = defaultdict(int)
    sources: dict[str, set[str]] = defaultdict(set)
    for candidate in group.members:
        date = _dated(candidate.mention)
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
    anchor = min(c.anchor for c in group.members).hex()
    for length in (6, 8, 10, 40):
        event_id = f"{date}-{anchor[:length]}"
        if event_id not in used:
            return event_id
    return f"{date}-{anchor}-{len(used)}"


def _normal_sentence(mention: Mention) -> str:
    return normal_text(mention.sentence.replace(mention.as_written, ""))


def _quotes(group: _Group) -> list[Quote]:
    return [
        Quote(flowing(c.mention.sentence, c.article.language), c.mention.as_written, c.article.language, c.subject)
        for c in sorted(group.members, key=lambda c: c.key)
    ]


def _event_of(group: _Group, used: set[str]) -> Event:
    """The event a group reports, without its headline and without knowing which citations are copies."""
    date, variants = _primary_date(group)
    members = sorted(
        group.members, key=lambda c: (c.article.published or dt.datetime.max.replace(tzinfo=dt.UTC), c.key)
    )
    granularity = next(c.mention.granularity for c in members if c.mention.date == date)
    end_date = next((c.mention.end_date for c in members if c.mention.date == date and c.mention.end_date), None)
    citations = tuple(
        Citation(
            article=c.mention.article,
            quote=c.mention.sentence,
            as_written=c.mention.as_written,
            date=c.mention.date,
            start=c.mention.start,
            end=c.mention.end,
            url=c.article.url,
            title=c.article.title,
        )
        for c in members
    )
    entities = tuple(dict.fromkeys(e for c in members for e in c.entities))
    return Event(
        id=_event_id(date[:10], group, used),
        date=date,
        end_date=end_date,
        granularity=granularity,
        title="",
        summary="",
        sources=citations,
        entities=entities,
        origin="extracted",
        variant_dates=variants,
    )


def _completed(
    event: Event,
    description: tuple[str, str, str, bool],
    copies: dict[str, dict[int, str]],
    articles: dict[str, Article],
    focus: set[str],
    interval_checks: tuple,
) -> Event:
    """The event with its headline, its copied citations marked, its importance and its interval checks."""
    title, summary, language, fallback = description
    marked = []
    for citation in event.sources:
        copied = copies.get(citation.article) if citation.article else None
        start = paragraph_start(articles[citation.article], citation.start) if copied and citation.article else None
        copy_of = copied.get(start) if copied and start is not None else None
        marked.append(citation if copy_of == citation.copy_of else dataclasses.replace(citation, copy_of=copy_of))
    citations = tuple(marked)
    cited = {c.article for c in citations if c.article}
    # an article whose every citation copies another cited source is not corroboration
    corroborating = {c.article for c in citations if c.article and c.copy_of not in cited}
    copiers = tuple(sorted(cited - corroborating))
    completed = dataclasses.replace(
        event,
        title=title,
        summary=summary,
        language=language,
        sources=citations,
        headline_fallback=bool(fallback),
        also_published_by=copiers,
        interval_checks=interval_checks,
    )
    return dataclasses.replace(
        completed, importance=float(completed.independent_sources) + (1.0 if focus & set(event.entities) else 0.0)
    )
