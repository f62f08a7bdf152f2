"""Check what sources say about the time between events against the resolved dates.

"距阿里云首次发现已经过去15天" claims fifteen days between two events; once both
are dated, the claim can be checked and shown. The later event is the one the
claim's sentence dates; the earlier is the event its anchor words describe best.
"""

from __future__ import annotations

import bisect
import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field

from ..model import Article, Event, IntervalCheck, Mention
from .text import containment, features_of

_NUMERAL = "0-9一二两三四五六七八九十百半"
#: "距ANCHOR（已经）过去N天" — the anchor is named in the claim itself.
SINCE_ANCHOR = re.compile(
    rf"距(?:离)?(?P<anchor>[^，,。；;！？!?]{{2,40}}?)(?:已经|已)?(?:过去|过了|有)?了?"
    rf"(?P<number>[{_NUMERAL}]+)(?P<more>多)?(?:个)?(?P<more2>多)?(?P<unit>天|日|周|星期|月|年)"
)
#: "ANCHOR（过去）N天后" — the anchor is the clause or sentence before; the match is its core.
AFTER_ANCHOR = re.compile(
    rf"(?:过去|过了)?(?P<number>[{_NUMERAL}]+)(?P<more>多)?(?:个)?(?P<more2>多)?"
    rf"(?P<unit>天|日|周|星期|月|年)(?:后|之后|以后)"
)
_CLAUSE_STOP = re.compile(r"[，,。；;！？!?\n][^，,。；;！？!?\n]*$")
ANCHOR_REACH = 40  # characters before "…后" that can name what it is after
ENGLISH_AFTER = re.compile(
    r"(?P<number>\d+|a|one|two|three|four|five|six|seven|ten|fifteen)\s+(?P<unit>day|week|month|year)s?\s+(?:after|later)",
    re.IGNORECASE,
)
_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ENGLISH_NUMBERS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "ten": 10,
    "fifteen": 15,
}
UNIT_DAYS = {"天": 1, "日": 1, "周": 7, "星期": 7, "月": 30, "年": 365, "day": 1, "week": 7, "month": 30, "year": 365}
#: How far a stated interval may be from the dates and still hold.
TOLERANCE_DAYS = {1: 1, 7: 2, 30: 4, 365: 15}
#: How much of a text an event's sentences must share for the text to describe it.
DESCRIBES = 0.35


@dataclass(frozen=True)
class _Claim:
    article: Article
    text: str
    anchor_text: str
    sentence: str
    sentence_start: int
    days: float
    tolerance: float


def _number(text: str) -> float | None:
    if text.isdigit():
        return float(text)
    if text.lower() in _ENGLISH_NUMBERS:
        return float(_ENGLISH_NUMBERS[text.lower()])
    if text == "半":
        return 0.5
    total, current = 0, 0
    for character in text:
        if character == "十":
            total += (current or 1) * 10
            current = 0
        elif character == "百":
            total += (current or 1) * 100
            current = 0
        elif character in _DIGITS:
            current = _DIGITS[character]
        else:
            return None
    return float(total + current) or None


def _claim_matches(text: str):
    """(start, end, match, anchored) of every interval claim in text, in pattern order."""
    if "距" in text:
        for match in SINCE_ANCHOR.finditer(text):
            yield match.start(), match.end(), match, True
    if "后" in text:
        for match in AFTER_ANCHOR.finditer(text):
            before = text[max(0, match.start() - ANCHOR_REACH) : match.start()]
            stop = _CLAUSE_STOP.search(before)
            clause = before[stop.start() + 1 :] if stop else before
            yield match.start() - len(clause), match.end(), match, False
    if "after" in text or "later" in text:
        for match in ENGLISH_AFTER.finditer(text):
            yield match.start(), match.end(), match, False


def _claims_in(article: Article, mentions: tuple[Mention, ...]) -> list[_Claim]:
    sentences = sorted({(m.sentence_start, m.sentence) for m in mentions})
    claims = []
    for claim_start, claim_end, match, anchored in _claim_matches(article.text):
        number = _number(match.group("number"))
        if number is None:
            continue
        unit = UNIT_DAYS[match.group("unit").lower()]
        more = bool(match.groupdict().get("more") or match.groupdict().get("more2"))
        # "半个多月": somewhat more than the number says
        days = number * unit + (unit * 0.1 if more else 0)
        tolerance = TOLERANCE_DAYS[unit] + (unit * 0.1 if more else 0)
        start = max((s for s, _ in sentences if s <= claim_start), default=None)
        sentence = next((text for s, text in sentences if s == start), "")
        if start is None or claim_start >= start + len(sentence):
            # no dated sentence holds the claim: use its own sentence as context
            start = max(article.text.rfind(stop, 0, claim_start) for stop in "。！？!?\n") + 1
            end = min(
                (i for i in (article.text.find(stop, claim_end) for stop in "。！？!?\n") if i >= 0),
                default=len(article.text),
            )
            sentence = article.text[start:end]
        anchor = match.groupdict().get("anchor") or ""
        if not anchored:
            # the anchor of "…后" is what came just before: the paragraph up to the claim
            block_start = max((b.start for b in article.blocks if b.start <= start), default=0)
            anchor = article.text[block_start:start] + article.text[max(start, claim_start) : match.start()]
        claims.append(
            _Claim(article, article.text[claim_start:claim_end].strip(), anchor, sentence, start, days, tolerance)
        )
    return claims


def _without_claims(text: str) -> str:
    spans = sorted((start, end) for start, end, _, _ in _claim_matches(text))
    if not spans:
        return text
    kept, position = [], 0
    for start, end in spans:
        if start >= position:
            kept.append(text[position:start])
            position = end
    kept.append(text[position:])
    return " ".join(kept)


def _date(event: Event) -> dt.date | None:
    if event.granularity not in ("day", "time"):
        return None
    try:
        return dt.date.fromisoformat(event.date[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class IntervalMemo:
    """What one run of the checks learnt, for the next to check again only the articles whose inputs changed.

    An article's checks rest on its text and mentions, the events its mentions
    feed, the events it reports and the events dated in the windows its claims
    look back over; each entry is keyed by a digest of all of these.
    """

    claims: dict = field(default_factory=dict)  # digest of an article's text and mentions -> its claims' windows
    checks: dict = field(default_factory=dict)  # digest of everything an article's checks read -> the checks


_SPAN = (1 << 128) - 1  # window digests are sums of event digests, modulo this


def check_intervals(
    articles: tuple[Article, ...],
    mentions: dict[str, tuple[Mention, ...]],
    events: tuple[Event, ...],
    event_of_mention: dict,
    memo: IntervalMemo | None = None,
) -> tuple[tuple[IntervalCheck, ...], IntervalMemo]:
    """Every interval claim whose two events can be identified, checked against their dates.

    The later event is one the claiming article reports; the earlier is looked
    for only around the date the claim implies, so the work per claim is small.
    An article whose inputs are as they were in memo keeps the checks found then.
    """
    memo = memo or IntervalMemo()
    dated = sorted(
        ((day, event) for event in events if (day := _date(event)) is not None), key=lambda p: (p[0], p[1].id)
    )
    days = [day for day, _ in dated]
    event_digests = {event.id: _event_digest(event) for _, event in dated}
    # the digest of the events dated[low:high] is running[high] - running[low]: one subtraction per window
    running = [0]
    for _, event in dated:
        running.append((running[-1] + int.from_bytes(event_digests[event.id], "big")) & _SPAN)
    features: dict[str, frozenset] = {}

    def features_of_event(event: Event) -> frozenset:
        if event.id not in features:
            # a claim's anchor words describe the other event, so they are not part of this one's description
            features[event.id] = frozenset().union(
                *(features_of(_without_claims(c.quote), c.as_written) for c in event.sources)
            )
        return features[event.id]

    events_of_article: dict[str, list[tuple[dt.date, Event]]] = {}
    for day, event in dated:
        for article_id in {c.article for c in event.sources if c.article}:
            events_of_article.setdefault(article_id, []).append((day, event))
    checks = []
    learnt = IntervalMemo()
    for article in articles:
        article_mentions = mentions.get(article.id, ())
        reported = events_of_article.get(article.id, [])
        if not reported:
            continue
        # ingest keeps no control characters in text, so the separators cannot be forged
        text_digest = hashlib.blake2b(
            "\0".join(
                [
                    article.id,
                    article.text,
                    repr([(b.start, b.end) for b in article.blocks]),
                    *(f"{m.start}\1{m.sentence_start}\1{m.sentence}" for m in article_mentions),
                ]
            ).encode("utf-8", "surrogatepass"),
            digest_size=16,
        ).digest()
        windows = memo.claims.get(text_digest)
        claims = None
        if windows is None:
            claims = _claims_in(article, article_mentions)
            windows = tuple(_window(claim) for claim in claims)
        learnt.claims[text_digest] = windows
        if not windows:
            continue
        hasher = hashlib.blake2b(text_digest, digest_size=16)
        hasher.update(repr([event_of_mention.get((article.id, m.start)) for m in article_mentions]).encode())
        for later_day, later_event in reported:
            hasher.update(event_digests[later_event.id])
            for window in windows:
                low = bisect.bisect_left(days, _days_before(later_day, window))
                high = bisect.bisect_left(days, later_day)
                hasher.update(((running[high] - running[low]) & _SPAN).to_bytes(16, "big"))
        key = hasher.digest()
        if key in memo.checks:
            found = memo.checks[key]
        else:
            found = tuple(
                _checks_of(
                    article,
                    claims if claims is not None else _claims_in(article, article_mentions),
                    article_mentions,
                    event_of_mention,
                    reported,
                    dated,
                    days,
                    features_of_event,
                )
            )
        learnt.checks[key] = found
        checks.extend(found)
    return tuple(dict.fromkeys(checks)), learnt


def _days_before(day: dt.date, days: float) -> dt.date:
    """The day so many days before, or the calendar's first (`千年来` said of an event in the year 1)."""
    return dt.date.fromordinal(max(1, day.toordinal() - int(days)))


def _window(claim: _Claim) -> float:
    """How many days before the later event the earlier is looked for: wide enough to catch a claim badly wrong."""
    return 2 * claim.days + 3 * claim.tolerance + 30


def _event_digest(event: Event) -> bytes:
    """Of everything the checks read from an event."""
    return hashlib.blake2b(
        "\0".join(
            [
                event.id,
                event.date,
                event.granularity,
                *(f"{c.article}\1{c.quote}\1{c.as_written}" for c in event.sources),
            ]
        ).encode("utf-8", "surrogatepass"),
        digest_size=16,
    ).digest()


def _checks_of(
    article: Article, claims: list[_Claim], article_mentions, event_of_mention, reported, dated, days, features_of_event
):
    """The checks of one article's claims (see check_intervals)."""
    for claim in claims:
        later = _later_event(claim, article_mentions, event_of_mention, reported, features_of_event)
        if later is None:
            continue
        later_day, later_event = later
        low = bisect.bisect_left(days, _days_before(later_day, _window(claim)))
        high = bisect.bisect_left(days, later_day)
        anchor_features = features_of(claim.anchor_text)
        candidates = dated[low:high]
        if not candidates or not anchor_features:
            continue
        score, earlier_day, earlier = max(
            ((containment(anchor_features, features_of_event(event)), day, event) for day, event in candidates),
            key=lambda item: (item[0], item[1], item[2].id),
        )
        if score < DESCRIBES:
            continue
        yield IntervalCheck(
            article=article.id,
            claim=claim.text,
            earlier=earlier.id,
            later=later_event.id,
            claimed_days=claim.days,
            tolerance_days=claim.tolerance,
            actual_days=(later_day - earlier_day).days,
        )


def _later_event(claim: _Claim, mentions, event_of_mention, reported, features_of_event):
    """The event the claim's sentence reports: its dated mention's, or the one of the article's it describes best."""
    by_id = {event.id: (day, event) for day, event in reported}
    for mention in mentions:
        if mention.sentence_start == claim.sentence_start:
            event_id = event_of_mention.get((mention.article, mention.start))
            if event_id in by_id:
                return by_id[event_id]
    sentence_features = features_of(claim.sentence.replace(claim.text, " "))
    best = max(reported, key=lambda pair: (containment(sentence_features, features_of_event(pair[1])), pair[1].id))
    if containment(sentence_features, features_of_event(best[1])) < DESCRIBES:
        return None
    return best
