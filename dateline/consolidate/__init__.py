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
import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable

from ..model import Article, Citation, Entity, Event, Mention, VariantDate
from .copies import find_copies, paragraph_start
from .intervals import check_intervals
from .text import features_of, normal_text, to_simplified

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

#: Leading words that attribute, connect or pad a clause and never start a headline.
ATTRIBUTION = re.compile(
    r"^(据[^，,]{0,24}(报道|消息|介绍|了解|显示|称|表示)|据了解|据悉|据报道|消息称|近期|近日|日前|随后|此前|"
    r"其中提到|原因很简单|事实上|不过|然而|同时|另外|此外|当时|今年|去年|就在|于是|所以|因此|并且|并|也|还|才|"
    r"according to [^,]{0,40}|reportedly|meanwhile|however|on \w+|then|and)[，,：:\s]*",
    re.IGNORECASE)
#: Clauses that set the scene for another clause: "after …", "to implement …", "because …".
SUBORDINATE = re.compile(r"(^(为了?|因为?|由于|在|随着|根据|按照|对于|如果|虽然|距|离|称|when|after|before|because|as)"
                         r"|(后|之后|以后|时|之际|前|以来)$)", re.IGNORECASE)
#: Verbs that carry an event, strongest first; a clause with one makes a better headline.
EVENT_VERBS = re.compile(
    r"(暂停|印发|施行|生效|上线|成立|回应|宣布|披露|处罚|发布|收到|确认|修复|决定|发现|报告|通报|表示|"
    r"签署|通过|批准|召开|举行|启动|开始|结束|去世|逝世|当选|辞职|任命|起诉|判决|逮捕|爆发|袭击|"
    r"推出|上市|收购|公布|出台|实施|下发|提交|致函|约谈|罚款|关闭|恢复|"
    r"announc|publish|releas|suspend|found|discover|issu|launch|respond|fix|report|sign|approv|"
    r"elect|resign|appoint|su(?:e|ed)|arrest|die|kill|start|end|open|clos|fin(?:e|ed)|acquir)", re.IGNORECASE)
#: Words left dangling when the date is cut out of a clause ("于1999年成立" -> "成立").
DATE_PREPOSITION = re.compile(r"(于|在|自|从|截至|截止|on|in|since)\s*$", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[，,；;：:。！？!?]")
HEADLINE_LIMIT = {"zh": 40, "en": 100}


@dataclass(frozen=True)
class Consolidation:
    """Events, and which event each event-reporting mention feeds."""

    events: tuple[Event, ...]
    event_of_mention: dict = field(default_factory=dict)  # (article, start) -> event id


class EntityMatcher:
    """Finds entity aliases in text: longest alias first, Latin ones on word boundaries."""

    def __init__(self, entities: tuple[Entity, ...]):
        self._entity_of_alias: dict[str, str] = {}
        for entity in entities:
            for name in entity.names:
                self._entity_of_alias.setdefault(self._fold(name), entity.id)
        aliases = sorted(self._entity_of_alias, key=lambda a: (-len(a), a))
        parts = [rf"(?<![a-z0-9]){re.escape(a)}(?![a-z0-9])" if re.match(r"^[a-z0-9 .-]+$", a) else re.escape(a)
                 for a in aliases]
        self._pattern = re.compile("|".join(parts)) if parts else None

    @staticmethod
    def _fold(text: str) -> str:
        return to_simplified(text).lower()

    def leading_name(self, text: str) -> str:
        """The entity name a text starts with, as written there, or ''."""
        if self._pattern is None:
            return ""
        match = self._pattern.match(self._fold(text))
        return text[: match.end()] if match else ""

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
    shared_entities = len(set(a.entities) & set(b.entities))
    return shared_text + 0.1 * shared_entities


def _date_key(mention: Mention) -> str:
    """Mentions are compared within a block: the day for day and time dates."""
    return mention.date[:10] if mention.granularity in ("day", "time") else mention.date


def consolidate(articles: tuple[Article, ...], mentions: dict[str, tuple[Mention, ...]],
                entities: tuple[Entity, ...], focus: tuple[str, ...] = ()) -> Consolidation:
    """Turn every article's event mentions into events, merging the same happening.

    Copied paragraphs are found first so that an event's support counts
    independent sources; interval claims are checked once events are dated.
    """
    matcher = EntityMatcher(entities)
    copies = find_copies(articles)
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

    events: list[Event] = []
    event_of_mention: dict = {}
    used_ids: set[str] = set()
    for group in groups:
        event = _event_of(group, matcher, used_ids, copies, set(focus))
        used_ids.add(event.id)
        events.append(event)
        for candidate in group.members:
            event_of_mention[candidate.key] = event.id
    checks = check_intervals(articles, mentions, tuple(events), event_of_mention)
    events = [dataclasses.replace(event, interval_checks=tuple(c for c in checks if event.id in (c.earlier, c.later)))
              for event in events]
    events.sort(key=lambda event: event.sort_key)
    return Consolidation(tuple(events), event_of_mention)


def _group_block(date_key: str, candidates: list[_Candidate]) -> list[_Group]:
    """Greedy grouping in a stable order: each mention joins the group it is most like."""
    ordered = sorted(candidates, key=lambda c: (c.mention.sentence, c.mention.article, c.mention.start))
    groups: list[_Group] = []
    for candidate in ordered:
        best, best_score = None, SAME_DAY_THRESHOLD
        for group in groups:
            score = max(similarity(candidate, member) for member in group.members)
            if score >= best_score:
                best, best_score = group, score
        if best is None:
            groups.append(_Group(date_key, [candidate]))
        else:
            best.members.append(candidate)
    return groups


def _is_weak(group: _Group) -> bool:
    """A group whose sentences report no act: it cannot stand as an event beside a stronger one."""
    return all(not EVENT_VERBS.search(_without_date(c.mention.sentence, c.mention.as_written))
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
    groups are never joined.
    """
    merged: list[_Group] = []
    for group in sorted(groups, key=lambda g: (g.date_key, min(c.key for c in g.members))):
        day = _day(group.date_key)
        target = None
        if day is not None:
            for earlier in reversed(merged):
                other_days = {_day(c.mention.date[:10]) for c in earlier.members}
                if any(d is None or abs((d - day).days) > VARIANT_MAX_DAYS for d in other_days):
                    continue
                if group.articles & earlier.articles:
                    continue
                score = max(similarity(a, b) for a in group.members for b in earlier.members)
                if score >= VARIANT_THRESHOLD:
                    target = earlier
                    break
        if target is None:
            merged.append(group)
        else:
            target.members.extend(group.members)
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


def _language_family(language: str) -> str:
    return "en" if language.startswith("en") else "zh"


def _without_date(sentence: str, as_written: str) -> str:
    """The sentence with its date expression (and a preposition left dangling) cut out."""
    at = sentence.find(as_written)
    if at < 0:
        return sentence
    before = DATE_PREPOSITION.sub("", sentence[:at])
    after = sentence[at + len(as_written):]
    after = re.sub(r"^(起|以来|前后)", "", after)
    joiner = " " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum() else ""
    return before + joiner + after


def headline_candidates(sentence: str, as_written: str, language: str,
                        leading_name: Callable[[str], str] = lambda clause: "") -> list[str]:
    """Clauses of a sentence that could stand as a headline, date and attribution removed.

    A clause that lacks its subject ("率先向阿帕奇披露了该漏洞") borrows it from the
    clause before when that one starts with a name, as a sub-editor would.
    """
    limit = HEADLINE_LIMIT[_language_family(language)]
    clauses = []
    previous_subject = ""
    for raw in _CLAUSE_SPLIT.split(_without_date(sentence, as_written)):
        clause = raw.strip(" \u3000\"'“”‘’「」（）()[]——-")
        stripped = None
        while stripped != clause:
            stripped = clause
            clause = ATTRIBUTION.sub("", clause).strip()
        if not clause:
            continue
        subject = leading_name(clause)
        if previous_subject and not subject and _starts_with_predicate(raw.strip()):
            clause = previous_subject + clause
        elif subject:
            previous_subject = subject
        if len(clause) >= 6:
            clauses.append(clause if len(clause) <= limit else clause[: limit - 1] + "…")
    return clauses


def _starts_with_predicate(raw_clause: str) -> bool:
    return bool(re.match(r"^(并|也|还|才|遂|随即|随后|率先|立即|即|则|又|再|但|而|被)", raw_clause))


def _headline_score(clause: str, entities: int) -> float:
    verb = EVENT_VERBS.search(clause)
    score = 0.0
    if verb:
        score += 2.0
    if SUBORDINATE.search(clause):
        score -= 2.0
    score += min(entities, 3) * 0.6
    score -= abs(len(clause) - 22) / 22
    if clause.endswith("…"):
        score -= 0.5
    return score


def _describe(group: _Group, matcher: "EntityMatcher") -> tuple[str, str, str]:
    """Headline, summary and language from the sentence that states the event best."""
    best: tuple[float, str, str, str] | None = None
    for candidate in sorted(group.members, key=lambda c: c.key):
        language = candidate.article.language
        for clause in headline_candidates(candidate.mention.sentence, candidate.mention.as_written, language,
                                          matcher.leading_name):
            score = _headline_score(clause, len(matcher.find(clause)))
            if best is None or score > best[0]:
                best = (score, clause, candidate.mention.sentence, language)
    if best is None:
        first = min(group.members, key=lambda c: c.key)
        sentence = first.mention.sentence
        return sentence[:40], sentence, first.article.language
    return best[1], best[2], best[3]


def _event_of(group: _Group, matcher: EntityMatcher, used: set[str], copies: dict, focus: set[str]) -> Event:
    date, variants = _primary_date(group)
    members = sorted(group.members, key=lambda c: (
        c.article.published or dt.datetime.max.replace(tzinfo=dt.timezone.utc), c.key))
    granularity = next(c.mention.granularity for c in members if c.mention.date == date)
    end_date = next((c.mention.end_date for c in members if c.mention.date == date and c.mention.end_date), None)
    title, summary, language = _describe(group, matcher)
    citations = tuple(
        Citation(article=c.mention.article, quote=c.mention.sentence, as_written=c.mention.as_written,
                 date=c.mention.date, start=c.mention.start, end=c.mention.end,
                 url=c.article.url, title=c.article.title,
                 copy_of=copies.get((c.mention.article, paragraph_start(c.article, c.mention.start))))
        for c in members)
    entities = tuple(dict.fromkeys(e for c in members for e in c.entities))
    cited = {c.article for c in citations}
    # an article whose every citation copies another cited source is not corroboration
    copiers = tuple(sorted(article for article in cited
                           if all(c.copy_of in cited for c in citations if c.article == article)))
    independent = len(cited) - len(copiers)
    importance = float(independent) + (1.0 if focus & set(entities) else 0.0)
    return Event(
        id=_event_id(date[:10], group, used), date=date, end_date=end_date, granularity=granularity,
        title=title, summary=summary, sources=citations, entities=entities, origin="extracted",
        variant_dates=variants, importance=importance, language=language, also_published_by=copiers)
