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

import functools
import logging
import re
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from .english import present_tense, verb_forms
from .headline_words import (
    ACT_VERBS_ZH, ACT_VERBS_EN, SPEECH_VERBS_ZH, SPEECH_VERBS_EN, REPORTING_VERBS_ZH, REPORTING_VERBS_EN,
    PLAIN_VERBS_ZH, ATTRIBUTION_ZH, ATTRIBUTION_EN, MEDIA_FRAME_WORDS_ZH, FILLER_ZH, FILLER_EN,
    SUBORDINATE_START_ZH, SUBORDINATE_END_ZH, SUBORDINATE_START_EN, PREDICATE_STARTS_ZH,
    ADVERBS_BEFORE_VERB_ZH, ADVERBS_BEFORE_PREPOSITION_ZH, PREPOSITIONS_ZH, DEMONSTRATIVES_ZH,
    ORGANISED_BY_ZH, LOCATIVE_VERBS_ZH, SHORT_NAME_CUES_ZH, OPTIONAL_WORDS_ZH, DOCUMENT_NOUNS_ZH,
    COVERING_VERBS_ZH, DATELINE_EN, DATE_PREPOSITIONS_ZH, DATE_PREPOSITIONS_EN, CUT_BEFORE_ZH, CUT_BEFORE_EN, NEGATIONS_ZH,
    NEGATIONS_EN, FUTURE_MARKERS_ZH, PRONOUN_STARTS, CLAUSE_WORDS_EN, HEADLINE_LIMIT, SUMMARY_LIMIT,
    SHORT_SUMMARY, IDEAL_LENGTH, HEADLINE_QUOTES,
)
from .judge import headline_faults
from .names import NameFinder, Names
from .text import CJK as _CJK, containment, features_of, fold as _fold, is_latin_word_char

_Names = Names  # the name the tests and older callers use

# --- Patterns built from the tables --------------------------------------------------------

def _alternation(words: Iterable[str], escape: bool = True) -> str:
    words = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(re.escape(w) if escape else w for w in words) + ")"


def _regex_words(words: Iterable[str]) -> list[str]:
    """Table words that are literal text, escaped; those that carry a lookahead, as they are."""
    return [w if "(?" in w else re.escape(w) for w in words]


@functools.lru_cache(maxsize=None)
def _converters() -> tuple:
    import opencc

    return tuple(opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk"))


def _traditional_spellings(word: str) -> frozenset[str]:
    return frozenset(converter.convert(word) for converter in _converters()) | {word}


def _zh_act_words() -> set[str]:
    return {spelling for word in ACT_VERBS_ZH for spelling in _traditional_spellings(word)}


#: An act verb in raw text (any script); used by consolidation to tell an act from a statistic.
EVENT_VERBS = re.compile(
    _alternation(_zh_act_words()) + "|" +
    r"\b" + _alternation(f for verb in ACT_VERBS_EN for f in verb_forms(verb)) + r"\b",
    re.IGNORECASE)

# Patterns below run on the simplified fold of a text (see `_fold`).
_ACT_ZH = _alternation(ACT_VERBS_ZH)
_VERB_ZH = _alternation(ACT_VERBS_ZH + REPORTING_VERBS_ZH + PLAIN_VERBS_ZH)
_ACT_EN = re.compile(r"\b" + _alternation(f for verb in ACT_VERBS_EN for f in verb_forms(verb)) + r"\b",
                     re.IGNORECASE)
_NEGATED_EN = re.compile(r"\b" + _alternation(NEGATIONS_EN) + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEADING_ATTRIBUTION = re.compile(
    "^(?:" + "|".join(ATTRIBUTION_ZH + ATTRIBUTION_EN) + "|" +
    "|".join(_regex_words(FILLER_ZH)) + "|" +
    r"(?:" + "|".join(re.escape(w) + r"\b" for w in sorted(FILLER_EN, key=len, reverse=True)) + r")" +
    r")[，,：:\s]*", re.IGNORECASE)
_ATTRIBUTION_ONLY = re.compile(r"^(?:据[^，,。]{1,12}|[^，,。]{0,16}(?:做过|作过|发表|刊发|刊登)?[^，,。]{0,4}(?:报道|报导))$")
_SUBORDINATE = re.compile(
    "^" + _alternation(SUBORDINATE_START_ZH) + "|" + _alternation(SUBORDINATE_END_ZH) + "$|" +
    r"^" + _alternation(SUBORDINATE_START_EN) + r"\b", re.IGNORECASE)
_FRAME_ZH = re.compile(_alternation(REPORTING_VERBS_ZH) + "$")
_FRAME_EN = re.compile(r"\b" + _alternation(f for verb in REPORTING_VERBS_EN for f in verb_forms(verb)) +
                       r"(?: (?:on|in) [\w ]{1,30})?$", re.IGNORECASE)
_SAYS_AFTER_SUBJECT = {
    "zh": re.compile(r"^[^，,]{0,10}?" + _alternation(SPEECH_VERBS_ZH)),
    "en": re.compile(r"^\s*" + _alternation(f for verb in SPEECH_VERBS_EN for f in verb_forms(verb)) + r"\b",
                     re.IGNORECASE),
}
_FUTURE_ZH = re.compile(r"^(?:表示|称)?" + _alternation(FUTURE_MARKERS_ZH))
_PREDICATE_START = re.compile("^(?:" + _alternation(PREDICATE_STARTS_ZH) + "|" + _VERB_ZH + ")")
_ASPECT = re.compile(f"(?P<verb>{_VERB_ZH})了(?![解结却不])")
_ADVERB = re.compile(
    rf"(?<![首成刚方未])(?:{_alternation(ADVERBS_BEFORE_VERB_ZH)}(?={_VERB_ZH})"
    rf"|{_alternation(ADVERBS_BEFORE_PREPOSITION_ZH)}(?={_alternation(PREPOSITIONS_ZH)}))")
_DEMONSTRATIVE = re.compile(
    f"(?P<verb>{_VERB_ZH}){_alternation(DEMONSTRATIVES_ZH)}(?=[\u4e00-\u9fffA-Za-z0-9《“])")
_ORGANISED_BY = re.compile(
    rf"^(?P<by>[^，,的]{{2,24}}?{_alternation(ORGANISED_BY_ZH)}的)(?=.{{4}})|由[^，,的]{{2,24}}?{_alternation(ORGANISED_BY_ZH)}的")
_LOCATIVE = re.compile(rf"(?P<verb>{_alternation(LOCATIVE_VERBS_ZH)})于(?P<place>[^，,。0-9０-９年月日]{{2,12}})$")
_ACT_ON_DOCUMENT = re.compile(rf"^[^，,]{{2,}}?{_ACT_ZH}(?P<de>的)(?P<title>《[^》]+》)")
_DATE_PREPOSITION = re.compile(
    "(?:" + _alternation(DATE_PREPOSITIONS_ZH) + r"|\b(?i:" + _alternation(DATE_PREPOSITIONS_EN) + r"(?:\s+the)?|the))\s*$")
_PARENTHESIS = re.compile(r"\s?[（(](?P<inside>[^（）()]{0,40})[）)]")
_SHORT_NAME = re.compile(
    _alternation(SHORT_NAME_CUES_ZH) + r"[：:]?\s*[“\"「『]?(?P<short>[^”\"」』）)]{1,20})[”\"」』]?$"
    r"|^(?P<abbr>[A-Z][A-Z0-9&.-]{1,9})$")
_TITLE = re.compile(r"《(?P<inside>[^《》]{1,80})》")
_ABOUT = re.compile(r"^关于(?P<topic>.+)的(?P<head>[^的]{2,12})$")
_COVERING = re.compile(rf"^关于{_alternation(COVERING_VERBS_ZH)}(?P<document>.+)的(?:通知|决定)$")
_DOCUMENT_HEAD = re.compile(_alternation(DOCUMENT_NOUNS_ZH) + "$")
_OPTIONAL_WORDS = [re.compile(re.escape(word)) for word in OPTIONAL_WORDS_ZH]
_CUT_WORDS = {"zh": CUT_BEFORE_ZH, "en": tuple(f" {word} " for word in CUT_BEFORE_EN)}
_DATELINE_EN = re.compile(DATELINE_EN)
_MEDIA_FRAME = re.compile(_alternation(MEDIA_FRAME_WORDS_ZH))
_EN_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_CLAUSE_MARKS_ZH = "，,；;：:。！？!?"
_STRIP = " \u3000\t\"'——-—…·、"
_OPENERS = "（(《“「『【["
_CLOSERS = "）)》”」』】]"


# --- Text helpers --------------------------------------------------------------------------

def _replace(pattern: re.Pattern, text: str, replacement: str | Callable = "", count: int = 0) -> str:
    """Replace what `pattern` finds in the simplified fold of `text`, in `text` as written.

    `replacement` is a string, or a function of (match, text) giving one.
    """
    parts, last = [], 0
    for number, match in enumerate(pattern.finditer(_fold(text))):
        if count and number >= count:
            break
        parts.append(text[last:match.start()])
        parts.append(replacement(match, text) if callable(replacement) else replacement)
        last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _keep(group: str) -> Callable:
    """A replacement that keeps one named group, as written."""
    return lambda match, text: text[match.start(group):match.end(group)]


def _language_family(language: str) -> str:
    return "en" if language.startswith("en") else "zh"


def _balanced(text: str) -> str:
    """The text without brackets and quote marks that are never closed or never opened."""
    stack: list[int] = []
    unmatched: set[int] = set()
    for at, char in enumerate(text):
        if char in _OPENERS:
            stack.append(at)
        elif char in _CLOSERS:
            if stack and _OPENERS.index(text[stack[-1]]) == _CLOSERS.index(char):
                stack.pop()
            else:
                unmatched.add(at)
    unmatched.update(stack)
    return "".join(char for at, char in enumerate(text) if at not in unmatched)


def _split(text: str, marks: str) -> list[str]:
    """Split at `marks` outside brackets and quotes; a comma or colon between digits is no mark."""
    parts, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char in _OPENERS:
            depth += 1
        elif char in _CLOSERS:
            depth = max(0, depth - 1)
        elif char in marks and depth == 0:
            if char in ",:" and 0 < at < len(text) - 1 and text[at - 1].isdigit() and text[at + 1].isdigit():
                continue
            parts.append(text[start:at])
            start = at + 1
    parts.append(text[start:])
    return parts


def without_date(sentence: str, as_written: str) -> str:
    """The sentence with its date expression (and a preposition left dangling) cut out."""
    at = sentence.find(as_written)
    if at < 0:
        return sentence
    after = sentence[at + len(as_written):]
    # "a drop in third-quarter income": a date used as an adjective keeps its preposition
    attributive = re.search(r"-(?:quarter|half|year|month|week|day)$", as_written) and re.match(r" [a-z]", after)
    before = sentence[:at] if attributive else _DATE_PREPOSITION.sub("", sentence[:at])
    after = re.sub(r"^(起|以来|以來|前后|前後|['’]s\b)", "", after)  # "Wednesday's ruling" -> "ruling"
    joiner = " " if is_latin_word_char(before[-1:]) and is_latin_word_char(after[:1]) else ""
    if before.endswith(" ") and after.startswith((" ", ",", ".")):
        before = before.rstrip()
    return before + joiner + after


def _strip_leading(clause: str) -> str:
    """The clause without the attribution and filler it starts with."""
    previous = None
    while previous != clause:
        previous = clause
        clause = _replace(_LEADING_ATTRIBUTION, clause, count=1).strip(_STRIP)
    return clause


# --- Candidates ----------------------------------------------------------------------------

def headline_candidates(sentence: str, as_written: str, language: str,
                        leading_name: Callable[[str], str] = lambda clause: "") -> list[str]:
    """Clauses of a sentence that could stand as a headline, date, attribution and filler removed.

    A Chinese clause that lacks its subject ("率先向阿帕奇披露了该漏洞") borrows it from the
    clause before when that one starts with a name. English clauses keep what follows
    them after a comma ("…released Log4j 2.15.0, fixing the flaw").
    """
    sentence = sentence.replace("``", "“").replace("''", "”")  # quote marks as tokenised text writes them
    text = _balanced(without_date(sentence, as_written))
    if _language_family(language) == "en":
        return _english_candidates(text)
    clauses: list[str] = []
    previous_subject = ""
    text = re.sub(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])", "，", text)  # "施行新规 专家：…"
    for raw in _split(text, _CLAUSE_MARKS_ZH):
        raw = raw.strip(_STRIP)
        clause = _strip_leading(raw)
        if not clause or _ATTRIBUTION_ONLY.match(_fold(clause)):
            continue
        subject = leading_name(clause)
        if previous_subject and not subject and (_PREDICATE_START.match(_fold(raw)) or
                                                 _PREDICATE_START.match(_fold(clause))):
            clause = previous_subject + clause
        elif subject:
            previous_subject = subject
        if len(clause) >= 4:
            clauses.append(clause)
    return clauses


_EN_TRAILING_ATTRIBUTION = re.compile(
    r"^(?:according to\b.*|as reported by\b.*|(?:[\w.'’-]+ ){0,5}(?:said|says|reported|reports|added|noted|"
    r"told [\w ]{1,30}|wrote)(?: (?:on|in) [\w ]{1,30})?|said [\w ,.'’-]{1,60})$", re.IGNORECASE)
_EN_RELATIVE = re.compile(r"^(?:who|whose|which|most of which|some of which)\b", re.IGNORECASE)
_EN_OWN_CLAUSE = re.compile(r"^" + _alternation(CLAUSE_WORDS_EN) + r"\b", re.IGNORECASE)


def _english_candidates(text: str) -> list[str]:
    """Clauses of an English sentence: leading scene-setting and trailing attribution dropped."""
    candidates = []
    text = _DATELINE_EN.sub("", text.strip())
    for piece in re.split(r"\s*;\s*|\s+[—–]\s+", text.rstrip(".")):
        segments: list[str] = []
        emptied = False
        for segment in (s.strip(_STRIP) for s in _split(piece, ",")):
            if not segment:
                emptied = bool(segments)
            elif emptied:
                segments[-1] += " " + segment  # "The report, [dated Dec. 9], said …": one clause again
                emptied = False
            else:
                segments.append(segment)
        while segments and (_strip_leading(segments[0]) == "" or _SUBORDINATE.match(segments[0])
                            or re.match(r"^(?:according to|as reported by)\b", segments[0], re.IGNORECASE)):
            segments.pop(0)
        while len(segments) > 1 and _EN_TRAILING_ATTRIBUTION.match(segments[-1]):
            segments.pop()
        # "Ogden Projects, whose shares began trading in August, closed at $26.875": the relative clause goes
        segments = [segment for number, segment in enumerate(segments)
                    if not (0 < number < len(segments) - 1 and _EN_RELATIVE.match(segment))]
        for number in range(1, len(segments)):
            if _EN_OWN_CLAUSE.match(segments[number]):
                segments = segments[:number]  # "…, when a contractor flagged…": a clause of its own
                break
        if not segments:
            continue
        segments[0] = _strip_leading(segments[0])
        clause = ", ".join(segments)
        if len(clause) >= 8:
            candidates.append(clause)
    return candidates


# --- Style and fit -------------------------------------------------------------------------

def _drop_parentheses(text: str, names: _Names) -> str:
    """Glosses in brackets go; one that gives a short name replaces the name before it."""
    for match in reversed(list(_PARENTHESIS.finditer(text))):
        cue = _SHORT_NAME.search(_fold(match.group("inside")).strip())
        short = ""
        if cue:
            short = match.group("inside").strip()[cue.start("short"):cue.end("short")] if cue.group("short") \
                else cue.group("abbr")
        before = names.ending_at(text, match.start()) if short else None
        if before is not None and bool(_CJK.search(short)) == bool(_CJK.search(text[before:match.start()])):
            text = text[:before] + short + text[match.end():]
        else:
            text = text[:match.start()] + text[match.end():]
    return text


def _tighten_zh(clause: str, names: _Names, sentence_names: tuple) -> str:
    """The style every Chinese headline gets, whatever its length."""
    clause = _drop_parentheses(clause, names)
    organised = _ORGANISED_BY.search(_fold(clause))
    if organised and names.leading_name(clause[organised.end():]) and (
            organised.group("by") is None or names.leading_name(clause)):
        clause = clause[:organised.start()] + clause[organised.end():]
    document = _ACT_ON_DOCUMENT.search(_fold(clause))
    if document:
        clause = clause[:document.start("de")] + clause[document.end("de"):document.end("title")]
    clause = _replace(_ASPECT, clause, _keep("verb"))
    clause = _replace(_ADVERB, clause)
    clause = _replace(_DEMONSTRATIVE, clause, _keep("verb"))
    clause = _replace(_LOCATIVE, clause, lambda m, text: "在" + text[m.start("place"):m.end("place")] +
                      text[m.start("verb"):m.end("verb")])
    clause = names.shorten(clause, sentence_names)
    clause = names.drop_repeated_possessive(clause)
    return clause.strip(_STRIP)


def _compress_title(inside: str, names: _Names) -> list[str]:
    """Shorter stand-ins for a 《title》, longest first: the document it covers, topic + head, head."""
    folded = _fold(inside)
    options = []
    covering = _COVERING.match(folded)
    if covering:
        options.append("《" + inside[covering.start("document"):covering.end("document")] + "》")
    about = _ABOUT.match(folded)
    if about:
        head = inside[about.start("head"):about.end("head")]
        topic_names = names.outer(inside[about.start("topic"):about.end("topic")])
        if topic_names:
            topic = topic_names[-1][1]
            topic = min([topic, *(n for _, n in names.inner(topic) if names.same(topic, n))], key=len)
            options.append(topic + head)
        options.append(head)
    else:
        document = _DOCUMENT_HEAD.search(folded)
        if document:
            options.append(inside[document.start():])
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
    cuts = [at for at in range(1, min(limit, len(text) - 1) + 1) if any(folded.startswith(w, at) for w in before_words)
            and not (is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]))]
    if not cuts:
        cuts = [at for at in range(1, limit + 1) if at == len(text) or text[at] == " " or
                (not is_latin_word_char(text[at - 1]) or not is_latin_word_char(text[at])) and _word_boundary(text, at)]
    at = max(cuts) if cuts else limit
    cut = text[:at].rstrip(_STRIP + "，,的")
    if len(cut) >= limit // 4:
        return cut
    space = text.rfind(" ", 0, limit + 1)  # one word longer than a headline: cut at a space, never inside a word
    return (text[:space] if space > 0 else text[:limit]).strip(_STRIP)


def _word_boundary(text: str, at: int) -> bool:
    """Whether a cut at `at` falls between words: by jieba when it is installed."""
    if not (_CJK.match(text[at - 1]) and _CJK.match(text[at:at + 1] or " ")):
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
        return any(not _NEGATED_EN.search(folded[:m.start()]) for m in _ACT_EN.finditer(folded))
    since = 0
    for match in re.finditer(_ACT_ZH, folded):
        negated = re.search(_alternation(NEGATIONS_ZH), folded[since:match.start()])
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
        predicate = _fold(headline[len(subject):])
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


@dataclass(frozen=True)
class _Headline:
    score: float
    text: str
    quote: Quote


#: What a headline in the site's language gains: a reader of an English site reads English headlines
#: where an English source reports the event.
SITE_LANGUAGE_BONUS = 2.0


def _headlines(quotes: Sequence[Quote], names: _Names, preferred: str = "") -> list[_Headline]:
    """Every quote's candidates, styled and fitted, best first (ties broken by text, for stability);
    those in the `preferred` language family ("zh" or "en") first when they are any good."""
    event_names = names.pools(q.sentence for q in quotes)
    found = []
    for quote in quotes:
        family = _language_family(quote.language)
        sentence_names = names.pools([quote.sentence])
        for raw in headline_candidates(quote.sentence, quote.as_written, quote.language, names.leading_name):
            if family == "en":
                styled = _tighten_en(raw, names, sentence_names)
                fitted, cut = _fit_en(styled, names, event_names, HEADLINE_LIMIT["en"])
            else:
                styled = _tighten_zh(raw, names, sentence_names)
                fitted, cut = _fit_zh(styled, names, event_names, HEADLINE_LIMIT["zh"])
            if len(fitted) >= 4 and not headline_faults(fitted, quote.language):
                score = _headline_score(fitted, raw, family, names, cut) + (SITE_LANGUAGE_BONUS if family == preferred else 0)
                found.append(_Headline(score, fitted, quote))
    return sorted(found, key=lambda h: (-h.score, h.text, h.quote.sentence))


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
        mark = text[at + len(part):at + len(part) + 1]
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
        if containment(grams, said) < 0.5 and containment(said, grams) < 0.5 \
                and len(summary) + len(second) + 1 <= SUMMARY_LIMIT[family]:
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

    def __init__(self, leading_name: Callable[[str], str], count_entities: Callable[[str], int],
                 find_names: NameFinder | None = None, preferred: str = ""):
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


def _fallback_title(quote: Quote) -> str:
    """The sentence itself without its attribution, shortened at a phrase boundary; without its date too,
    unless the date is what makes it a sentence ("The record date is Nov. 9")."""
    family = _language_family(quote.language)
    options = []
    for text in (without_date(quote.sentence, quote.as_written), quote.sentence):
        text = _strip_leading(_balanced(text).strip(_STRIP + "，,。.")) or quote.sentence.strip()
        options.append(text if len(text) <= HEADLINE_LIMIT[family] else _cut(text, HEADLINE_LIMIT[family],
                                                                             _CUT_WORDS[family]))
    if headline_faults(options[0], quote.language) and not headline_faults(options[1], quote.language):
        return options[1]
    return options[0]


def describe(quotes: Sequence[Quote], leading_name: Callable[[str], str],
             count_entities: Callable[[str], int]) -> tuple[str, str, str]:
    """Headline, summary and language of one event (see Describer)."""
    return Describer(leading_name, count_entities)(quotes)[:3]
