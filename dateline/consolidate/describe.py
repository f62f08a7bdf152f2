"""Headlines and summaries for extracted events, written from the sentences that report them.

A headline is made the way a sub-editor makes one, in four steps:

1. Candidates: every clause of every sentence that reports the event, with its
   date expression, attribution (据…报道, according to …) and filler cut
   (`headline_candidates`); a clause that lost its subject to the clause before
   borrows it back ("…后，率先向阿帕奇披露了该漏洞" -> "阿里云率先向阿帕奇披露了该漏洞").
2. Style, always: aspect particles and adverbs before the verb go (披露了 -> 披露,
   曾发布 -> 发布), demonstratives after a verb go (披露该漏洞 -> 披露漏洞),
   parenthetical glosses go or give their short name ("阿里云计算有限公司（下称：阿里云）"
   -> "阿里云"), "organised by X" modifiers go, a long name gives way to a shorter
   name of the same entity that the sentence also uses; English headlines take the
   present tense and lose their leading article.
3. Fit, only when still too long (40 CJK / 100 Latin characters): a 《title》 is
   compressed to its topic and head noun (发布《关于阿帕奇Log4j2…的网络安全风险提示》 ->
   发布Log4j2网络安全风险提示), optional adverbs go, names are shortened from the
   whole event; as a last resort the text is cut at a word boundary, never mid-word
   and without an ellipsis.
4. Choice: the candidate with an act verb that is not negated, a named subject,
   more entities, no entity named twice, no reporting frame (X表示 / X said) and
   a headline's length wins.

The summary is the chosen sentence cleaned of its date, attribution and filler,
one or two sentences, at most about 120 characters in Chinese.

Words are data (`headline_words`), English inflections come from lemminflect
(`english`). Chinese tables are written in simplified script; text is matched in its
simplified fold, so traditional sources are read by the same tables and keep their own
script in the headline.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .clauses import (
    _ABOUT,
    _ACT_EN,
    _ACT_ON_DOCUMENT,
    _ACT_ZH,
    _ADVERB,
    _ASPECT,
    _ATTRIBUTION_ONLY,
    _COVERING,
    _CUT_WORDS,
    _DEMONSTRATIVE,
    _DOCUMENT_HEAD,
    _EN_TRAILING_ATTRIBUTION,
    _FRAME_EN,
    _FRAME_ZH,
    _FUTURE_ZH,
    _LOCATIVE,
    _MEDIA_FRAME,
    _NEGATED_EN,
    _OPTIONAL_WORDS,
    _ORGANISED_BY,
    _PARENTHESIS,
    _SAYS_AFTER_SUBJECT,
    _SHORT_NAME,
    _STRIP,
    _SUBORDINATE,
    _TITLE,
    _alternation,
    _balanced,
    _keep,
    _language_family,
    _replace,
    _split,
    _strip_leading,
    clause_candidates,
    without_date,
)
from .english import present_tense
from .headline_words import (
    HEADLINE_LIMIT,
    HEADLINE_QUOTES,
    IDEAL_LENGTH,
    NEGATIONS_ZH,
    PRONOUN_STARTS,
    SHORT_SUMMARY,
    SUMMARY_LIMIT,
)
from .judge import headline_faults
from .names import NameFinder, Names
from .text import CJK as _CJK
from .text import containment, features_of, is_latin_word_char
from .text import fold as _fold

_Names = Names  # the name the tests and older callers use


# --- Style and fit -------------------------------------------------------------------------


def _drop_parentheses(text: str, names: _Names) -> str:
    """Glosses in brackets go; one that gives a short name replaces the name before it."""
    for match in reversed(list(_PARENTHESIS.finditer(text))):
        cue = _SHORT_NAME.search(_fold(match.group("inside")).strip())
        short = ""
        if cue:
            short = (
                match.group("inside").strip()[cue.start("short") : cue.end("short")]
                if cue.group("short")
                else cue.group("abbr")
            )
        before = names.ending_at(text, match.start()) if short else None
        if before is not None and bool(_CJK.search(short)) == bool(_CJK.search(text[before : match.start()])):
            text = text[:before] + short + text[match.end() :]
        else:
            text = text[: match.start()] + text[match.end() :]
    return text


def _tighten_zh(clause: str, names: _Names, sentence_names: tuple) -> str:
    """The style every Chinese headline gets, whatever its length."""
    clause = _drop_parentheses(clause, names)
    organised = _ORGANISED_BY.search(_fold(clause))
    if (
        organised
        and names.leading_name(clause[organised.end() :])
        and (organised.group("by") is None or names.leading_name(clause))
    ):
        clause = clause[: organised.start()] + clause[organised.end() :]
    document = _ACT_ON_DOCUMENT.search(_fold(clause))
    if document:
        clause = clause[: document.start("de")] + clause[document.end("de") : document.end("title")]
    clause = _replace(_ASPECT, clause, _keep("verb"))
    clause = _replace(_ADVERB, clause)
    clause = _replace(_DEMONSTRATIVE, clause, _keep("verb"))
    clause = _replace(
        _LOCATIVE,
        clause,
        lambda m, text: "在" + text[m.start("place") : m.end("place")] + text[m.start("verb") : m.end("verb")],
    )
    clause = names.shorten(clause, sentence_names)
    clause = names.drop_repeated_possessive(clause)
    return clause.strip(_STRIP)


def _compress_title(inside: str, names: _Names) -> list[str]:
    """Shorter stand-ins for a 《title》, longest first: the document it covers, topic + head, head."""
    folded = _fold(inside)
    options = []
    covering = _COVERING.match(folded)
    if covering:
        options.append("《" + inside[covering.start("document") : covering.end("document")] + "》")
    about = _ABOUT.match(folded)
    if about:
        head = inside[about.start("head") : about.end("head")]
        topic_names = names.outer(inside[about.start("topic") : about.end("topic")])
        if topic_names:
            topic = topic_names[-1][1]
            topic = min([topic, *(n for _, n in names.inner(topic) if names.same(topic, n))], key=len)
            options.append(topic + head)
        options.append(head)
    else:
        document = _DOCUMENT_HEAD.search(folded)
        if document:
            options.append(inside[document.start() :])
    return options


def _fit_zh(clause: str, names: _Names, event_names: tuple, limit: int) -> tuple[str, bool]:
    """The clause made to fit `limit`, by ever stronger means; True if it had to be cut."""
    if len(clause) <= limit:
        return clause, False
    for match in sorted(_TITLE.finditer(clause), key=lambda m: -len(m.group(0))):
        options = _compress_title(match.group("inside"), names)
        if not options:
            continue
        choice = next((o for o in options if len(clause) - len(match.group(0)) + len(o) <= limit), options[-1])
        clause = clause.replace(match.group(0), choice, 1)
        if len(clause) <= limit:
            return clause, False
    for word in _OPTIONAL_WORDS:
        clause = _replace(word, clause)
        if len(clause) <= limit:
            return clause, False
    clause = names.shorten(clause, event_names)
    if len(clause) <= limit:
        return clause, False
    return _cut(clause, limit, _CUT_WORDS["zh"]), True


def _cut(text: str, limit: int, before_words: Sequence[str]) -> str:
    """Text cut to `limit` before a joining word, or else at a word boundary; never mid-word."""
    folded = _fold(text)
    cuts = [
        at
        for at in range(1, min(limit, len(text) - 1) + 1)
        if any(folded.startswith(w, at) for w in before_words)
        and not (is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]))
    ]
    if not cuts:
        cuts = [
            at
            for at in range(1, limit + 1)
            if at == len(text)
            or text[at] == " "
            or (not is_latin_word_char(text[at - 1]) or not is_latin_word_char(text[at]))
            and _word_boundary(text, at)
        ]
    at = max(cuts) if cuts else limit
    cut = text[:at].rstrip(_STRIP + "，,的")
    if len(cut) >= limit // 4:
        return cut
    space = text.rfind(" ", 0, limit + 1)  # one word longer than a headline: cut at a space, never inside a word
    return (text[:space] if space > 0 else text[:limit]).strip(_STRIP)


def _word_boundary(text: str, at: int) -> bool:
    """Whether a cut at `at` falls between words: by jieba when it is installed."""
    if not (_CJK.match(text[at - 1]) and _CJK.match(text[at : at + 1] or " ")):
        return True
    try:
        import jieba
    except ImportError:
        return False
    jieba.setLogLevel(logging.WARNING)  # no "Building prefix dict" on stderr mid-build
    position = 0
    for word in jieba.cut(text, HMM=False):
        position += len(word)
        if position >= at:
            return position == at
    return False


def _tighten_en(clause: str, names: _Names, sentence_names: tuple) -> str:
    clause = _drop_parentheses(clause, names)
    clause = re.sub(r"\b(?:reportedly|also|officially)\s+", "", clause)
    clause = present_tense(clause)
    clause = names.shorten(clause, sentence_names)
    clause = re.sub(r"^(?:the|a|an)\s+", "", clause, flags=re.IGNORECASE).strip(_STRIP + ".")
    return clause[:1].upper() + clause[1:]


def _fit_en(clause: str, names: _Names, event_names: tuple, limit: int) -> tuple[str, bool]:
    segments = _split(clause, ",")
    while len(clause) > limit and len(segments) > 1:
        segments.pop()
        clause = ",".join(segments).strip(_STRIP)
    if len(clause) > limit:
        clause = names.shorten(clause, event_names)
    if len(clause) <= limit:
        return clause, False
    return _cut(clause, limit, _CUT_WORDS["en"]), True


# --- Choice --------------------------------------------------------------------------------


def _has_act(headline: str, family: str) -> bool:
    """Whether the headline reports an act: an act verb not negated since the verb before it."""
    folded = _fold(headline)
    if family == "en":
        return any(not _NEGATED_EN.search(folded[: m.start()]) for m in _ACT_EN.finditer(folded))
    since = 0
    for match in re.finditer(_ACT_ZH, folded):
        negated = re.search(_alternation(NEGATIONS_ZH), folded[since : match.start()])
        framing = match.end() == len(folded) and _FRAME_ZH.search(folded)
        modifier = folded.startswith("的", match.end())  # 发现的漏洞: a verb that describes a noun
        if not negated and not framing and not modifier:
            return True
        since = match.end()
    return False


def _headline_score(headline: str, raw: str, family: str, names: _Names, cut: bool) -> float:
    folded = _fold(headline)
    score = 0.0
    if _has_act(headline, family):
        score += 2.0
    if (_FRAME_EN if family == "en" else _FRAME_ZH).search(_fold(raw)):
        score -= 3.0  # "工信部网络安全管理局通报称", "the ministry said"
    if _SUBORDINATE.search(_fold(raw)):
        score -= 2.0
    subject = names.leading_name(headline)
    if subject:
        score += 1.0
        predicate = _fold(headline[len(subject) :])
        if _SAYS_AFTER_SUBJECT[family].match(predicate):
            score -= 1.5  # "X表示…", "X称…": what someone said, weaker than what they did
        if family == "zh" and _FUTURE_ZH.match(predicate):
            score -= 1.0  # "X将强化…": a plan, not an event
    elif folded.lower().startswith(PRONOUN_STARTS):
        score -= 1.0
    score += 0.5 * min(names.count_entities(headline), 3)
    score -= 1.5 * names.repeated(headline)
    low, high = IDEAL_LENGTH[family]
    per_char = 0.08 if family == "zh" else 0.03
    score -= per_char * (max(0, low - len(headline)) + max(0, len(headline) - high))
    if cut:
        score -= 1.5
    return score


@dataclass(frozen=True)
class Quote:
    """One sentence that reports the event, with its date expression and language."""

    sentence: str
    as_written: str
    language: str
    subject: str = ""  # who the sentence's he or she (他/她) is, by name: a headline says who did what


@dataclass(frozen=True)
class _Headline:
    score: float
    text: str
    quote: Quote


#: What a headline in the site's language gains: a reader of an English site reads English headlines
#: where an English source reports the event.
SITE_LANGUAGE_BONUS = 2.0
#: What the clause that held the date gains over the sentence's other clauses, which may be other dates' acts.
DATE_CLAUSE_BONUS = 1.0


def _headlines(quotes: Sequence[Quote], names: _Names, preferred: str = "") -> list[_Headline]:
    """Every quote's candidates, styled and fitted, best first (ties broken by text, for stability);
    those in the `preferred` language family ("zh" or "en") first when they are any good."""
    event_names = names.pools(q.sentence for q in quotes)
    found = []
    for quote in quotes:
        family = _language_family(quote.language)
        sentence_names = names.pools([quote.sentence])
        sentence = named_subject(quote.sentence, quote.subject) if quote.subject else quote.sentence
        for raw, held_date in clause_candidates(sentence, quote.as_written, quote.language, names.leading_name):
            if family == "en":
                styled = _tighten_en(raw, names, sentence_names)
                fitted, cut = _fit_en(styled, names, event_names, HEADLINE_LIMIT["en"])
            else:
                styled = _tighten_zh(raw, names, sentence_names)
                fitted, cut = _fit_zh(styled, names, event_names, HEADLINE_LIMIT["zh"])
            if len(fitted) >= 4 and not headline_faults(fitted, quote.language):
                score = (
                    _headline_score(fitted, raw, family, names, cut)
                    + (SITE_LANGUAGE_BONUS if family == preferred else 0)
                    + (DATE_CLAUSE_BONUS if held_date else 0)
                )
                found.append(_Headline(score, fitted, quote))
    return sorted(found, key=lambda h: (-h.score, h.text, h.quote.sentence))


#: A person's pronoun as a subject: he, she; 他, 她 (not 他们, 他人, 其他, 吉他).
_SUBJECT_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b|(?<![其吉利])[他她](?![们們人])")


def named_subject(sentence: str, name: str) -> str:
    """The sentence with its first he or she (他/她) replaced by the person's name: "In 1986 he bought
    Pixar" -> "In 1986 Jobs bought Pixar"."""
    return _SUBJECT_PRONOUN.sub(name, sentence, count=1)


# --- Summary -------------------------------------------------------------------------------

_SUMMARY_MARKS = "，,；;：:"


def _is_filler_clause(clause: str, names: _Names, family: str) -> bool:
    """A clause a summary can start without: attribution, padding, or a frame with no named speaker."""
    stripped = _strip_leading(clause.strip(_STRIP))
    if not stripped:
        return True
    folded = _fold(stripped)
    if _ATTRIBUTION_ONLY.match(folded) or re.match(r"^(?:according to|as reported by)\b", folded, re.IGNORECASE):
        return True
    if names.leading_name(stripped):
        return False
    frame = _FRAME_EN if family == "en" else _FRAME_ZH
    return bool(frame.search(folded)) or (family == "zh" and bool(_MEDIA_FRAME.search(folded)))


def _summary_of(quote: Quote, names: _Names) -> str:
    """The quote cleaned of its date, attribution and filler, cut at a clause to fit."""
    family = _language_family(quote.language)
    text = _balanced(without_date(quote.sentence, quote.as_written)).strip(_STRIP + "，,")
    end = "." if family == "en" else "。"
    text = text.rstrip("。.!！?？;；")
    pieces, at = [], 0
    for part in _split(text, _SUMMARY_MARKS):
        mark = text[at + len(part) : at + len(part) + 1]
        pieces.append((part, mark))
        at += len(part) + 1
    while len(pieces) > 1 and _is_filler_clause(pieces[0][0], names, family):
        pieces.pop(0)
    if family == "en":
        while len(pieces) > 1 and _EN_TRAILING_ATTRIBUTION.match(pieces[-1][0].strip()):
            pieces.pop()
    first = _strip_leading(pieces[0][0].strip(_STRIP))
    pieces[0] = (first, pieces[0][1])
    limit = SUMMARY_LIMIT[family]
    while len(pieces) > 1 and sum(len(p) + 1 for p, _ in pieces) > limit:
        pieces.pop()
    summary = "".join(part + mark for part, mark in pieces[:-1]) + pieces[-1][0]
    summary = summary.strip(_STRIP + "，,;；:：")
    if len(summary) > limit:
        summary = _cut(summary, limit - 1, _CUT_WORDS[family])
    if family == "en":
        summary = summary[:1].upper() + summary[1:]
    return summary + end if summary else ""


def _summary(best: _Headline, ranked: Sequence[_Headline], names: _Names) -> str:
    """One sentence, or two when the first is short and another source adds to it."""
    family = _language_family(best.quote.language)
    summary = _summary_of(best.quote, names)
    if len(summary) >= SHORT_SUMMARY[family]:
        return summary
    said = features_of(summary)
    for other in ranked:
        if other.quote.sentence == best.quote.sentence or _language_family(other.quote.language) != family:
            continue
        second = _summary_of(other.quote, names)
        grams = features_of(second)
        if (
            containment(grams, said) < 0.5
            and containment(said, grams) < 0.5
            and len(summary) + len(second) + 1 <= SUMMARY_LIMIT[family]
        ):
            return summary + (" " if family == "en" else "") + second
    return summary


# --- Describe ------------------------------------------------------------------------------


class Describer:
    """Writes the headline and summary of one event after another, sharing what it learns about names.

    `leading_name(text)` is the entity name text starts with ('' if none);
    `count_entities(text)` how many entities it names; `find_names`, if
    given, finds every name in a text at once (see NameFinder), which is
    faster than asking leading_name at each position. `preferred` is the site's
    language family ("zh" or "en"), whose sources give the headline when they can.
    """

    def __init__(
        self,
        leading_name: Callable[[str], str],
        count_entities: Callable[[str], int],
        find_names: NameFinder | None = None,
        preferred: str = "",
    ):
        self._names = _Names(leading_name, count_entities, find_names)
        self._preferred = preferred

    def __call__(self, quotes: Sequence[Quote]) -> tuple[str, str, str, bool]:
        """Headline, summary and language from the quotes that report one event, and whether no clause
        made a good headline, so that the headline is the sentence itself, shortened (an editor should look)."""
        names = self._names
        # A syndicated sentence reported by many sources is read once; the most shared come first.
        shared = Counter(quotes)
        quotes = sorted(shared, key=lambda quote: -shared[quote])[:HEADLINE_QUOTES]
        ranked = _headlines(quotes, names, self._preferred)
        if not ranked:
            first = quotes[0]
            return _fallback_title(first), _summary_of(first, names) or first.sentence, first.language, True
        best = ranked[0]
        return best.text, _summary(best, ranked, names), best.quote.language, False


_DOUBLED_MARKS = re.compile(r"([，,；;、])\s*[，,；;、]+")
#: What may open an English sentence before its subject: another date, an attribution set off by commas.
_LEADING_DATE_OR_ATTRIBUTION_EN = re.compile(
    r"^(?:(?:(?:In|On|By|Since|As of|in|on|by|since)\s+)?(?:(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d{2},\s*)?"
    r"(?:(?:he|she|they|it|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s+(?:said|says|added|noted|stated|told \w+),\s*)?"
)


def _fallback_title(quote: Quote) -> str:
    """The sentence itself without its attribution, shortened at a phrase boundary; without its date too,
    unless the date is what makes it a sentence ("The record date is Nov. 9")."""
    family = _language_family(quote.language)
    options = []
    for text in (without_date(quote.sentence, quote.as_written), quote.sentence):
        text = _DOUBLED_MARKS.sub(r"\1", text)  # "数据显示，2025年，河南…" without its date
        text = _strip_leading(_balanced(text).strip(_STRIP + "，,。.")) or quote.sentence.strip()
        if family == "en":
            text = _LEADING_DATE_OR_ATTRIBUTION_EN.sub("", text) or text  # "December 2020, he said, Government …"
            text = text[:1].upper() + text[1:]
        options.append(
            text if len(text) <= HEADLINE_LIMIT[family] else _cut(text, HEADLINE_LIMIT[family], _CUT_WORDS[family])
        )
    if headline_faults(options[0], quote.language) and not headline_faults(options[1], quote.language):
        return options[1]
    return options[0]


def describe(
    quotes: Sequence[Quote], leading_name: Callable[[str], str], count_entities: Callable[[str], int]
) -> tuple[str, str, str]:
    """Headline, summary and language of one event (see Describer)."""
    return Describer(leading_name, count_entities)(quotes)[:3]
