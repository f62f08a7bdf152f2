"""Clauses of a sentence that could stand as a headline, and the patterns and text helpers they need.

The patterns are built from the word tables (`headline_words`) and run on the
simplified fold of a text (see `text.fold`), so traditional sources are read by the
same tables and keep their own script. `headline_candidates` cuts a sentence into
the clauses a headline is chosen from; `without_date` cuts out its date expression.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable

from ..patterns import alternation as _alternation
from .english import verb_forms
from .headline_words import (
    ACT_VERBS_EN,
    ACT_VERBS_ZH,
    ADVERBS_BEFORE_PREPOSITION_ZH,
    ADVERBS_BEFORE_VERB_ZH,
    ATTRIBUTION_EN,
    ATTRIBUTION_ZH,
    CLAUSE_WORDS_EN,
    COVERING_VERBS_ZH,
    CUT_BEFORE_EN,
    CUT_BEFORE_ZH,
    DATE_PREPOSITIONS_EN,
    DATE_PREPOSITIONS_ZH,
    DATELINE_EN,
    DEMONSTRATIVES_ZH,
    DOCUMENT_NOUNS_ZH,
    FILLER_EN,
    FILLER_ZH,
    FUTURE_MARKERS_ZH,
    LOCATIVE_VERBS_ZH,
    MEDIA_FRAME_WORDS_ZH,
    NEGATIONS_EN,
    OPTIONAL_WORDS_ZH,
    ORGANISED_BY_ZH,
    PLAIN_VERBS_ZH,
    PREDICATE_STARTS_ZH,
    PREPOSITIONS_ZH,
    REPORTING_VERBS_EN,
    REPORTING_VERBS_ZH,
    SHORT_NAME_CUES_ZH,
    SPEECH_VERBS_EN,
    SPEECH_VERBS_ZH,
    SUBORDINATE_END_ZH,
    SUBORDINATE_START_EN,
    SUBORDINATE_START_ZH,
)
from .text import fold as _fold
from .text import is_latin_word_char

# --- Patterns built from the tables --------------------------------------------------------


def _regex_words(words: Iterable[str]) -> list[str]:
    """Table words that are literal text, escaped; those that carry a lookahead, as they are."""
    return [w if "(?" in w else re.escape(w) for w in words]


@functools.cache
def _converters() -> tuple:
    import opencc

    return tuple(opencc.OpenCC(config) for config in ("s2t", "s2tw", "s2hk"))


def _traditional_spellings(word: str) -> frozenset[str]:
    return frozenset(converter.convert(word) for converter in _converters()) | {word}


def _zh_act_words() -> set[str]:
    return {spelling for word in ACT_VERBS_ZH for spelling in _traditional_spellings(word)}


class LazyPattern:
    """A regular expression compiled when first used. English verb forms come from lemminflect, whose
    tables take some 70 MB: a build of Chinese articles never loads them."""

    def __init__(self, build: Callable[[], re.Pattern]):
        self._build = build

    @functools.cached_property
    def pattern(self) -> re.Pattern:
        return self._build()

    def search(self, text: str, *where: int):
        return self.pattern.search(text, *where)

    def match(self, text: str, *where: int):
        return self.pattern.match(text, *where)

    def finditer(self, text: str, *where: int):
        return self.pattern.finditer(text, *where)


def _english_verbs(verbs: Iterable[str], before: str = r"\b", after: str = r"\b") -> LazyPattern:
    return LazyPattern(
        lambda: re.compile(before + _alternation(f for verb in verbs for f in verb_forms(verb)) + after, re.IGNORECASE)
    )


class _EventVerbs:
    """An act verb in raw text, in any script: Chinese by a table, English (only in text with Latin
    letters) by every form of the table's verbs. Consolidation tells an act from a statistic with it."""

    _chinese = re.compile(_alternation(_zh_act_words()))
    _english = _english_verbs(ACT_VERBS_EN)
    _latin = re.compile(r"[A-Za-z]{3}")

    def search(self, text: str):
        return self._chinese.search(text) or (self._latin.search(text) and self._english.search(text)) or None


EVENT_VERBS = _EventVerbs()

# Patterns below run on the simplified fold of a text (see `_fold`).
_ACT_ZH = _alternation(ACT_VERBS_ZH)
_VERB_ZH = _alternation(ACT_VERBS_ZH + REPORTING_VERBS_ZH + PLAIN_VERBS_ZH)
_ACT_EN = _english_verbs(ACT_VERBS_EN)
_NEGATED_EN = re.compile(r"\b" + _alternation(NEGATIONS_EN) + r"\s+(?:\w+\s+)?$", re.IGNORECASE)
_LEADING_ATTRIBUTION = re.compile(
    "^(?:"
    + "|".join(ATTRIBUTION_ZH + ATTRIBUTION_EN)
    + "|"
    + "|".join(_regex_words(FILLER_ZH))
    + "|"
    + r"(?:"
    + "|".join(re.escape(w) + r"\b" for w in sorted(FILLER_EN, key=len, reverse=True))
    + r")"
    + r")[，,：:\s]*",
    re.IGNORECASE,
)
_ATTRIBUTION_ONLY = re.compile(
    r"^(?:据[^，,。]{1,12}|[^，,。]{0,16}(?:做过|作过|发表|刊发|刊登)?[^，,。]{0,4}(?:报道|报导))$"
)
#: A clause that only says who speaks (`国家统计局的数据显示`, `习近平指出`): a summary keeps it, a headline
#: is what was said.
_SAYS_ONLY = re.compile(r"^[^，,。]{0,16}(?:显示|表明|指出|表示|强调|透露)$")
_SUBORDINATE = re.compile(
    "^"
    + _alternation(SUBORDINATE_START_ZH)
    + "|"
    + _alternation(SUBORDINATE_END_ZH)
    + "$|"
    + r"^"
    + _alternation(SUBORDINATE_START_EN)
    + r"\b",
    re.IGNORECASE,
)
_FRAME_ZH = re.compile(_alternation(REPORTING_VERBS_ZH) + "$")
_FRAME_EN = _english_verbs(REPORTING_VERBS_EN, after=r"(?: (?:on|in) [\w ]{1,30})?$")
_SAYS_AFTER_SUBJECT: dict[str, re.Pattern | LazyPattern] = {
    "zh": re.compile(r"^[^，,]{0,10}?" + _alternation(SPEECH_VERBS_ZH)),
    "en": _english_verbs(SPEECH_VERBS_EN, before=r"^\s*"),
}
_FUTURE_ZH = re.compile(r"^(?:表示|称)?" + _alternation(FUTURE_MARKERS_ZH))
_PREDICATE_START = re.compile("^(?:" + _alternation(PREDICATE_STARTS_ZH) + "|" + _VERB_ZH + ")")
_ASPECT = re.compile(f"(?P<verb>{_VERB_ZH})了(?![解结却不])")
_ADVERB = re.compile(
    rf"(?<![首成刚方未])(?:{_alternation(ADVERBS_BEFORE_VERB_ZH)}(?={_VERB_ZH})"
    rf"|{_alternation(ADVERBS_BEFORE_PREPOSITION_ZH)}(?={_alternation(PREPOSITIONS_ZH)}))"
)
_DEMONSTRATIVE = re.compile(f"(?P<verb>{_VERB_ZH}){_alternation(DEMONSTRATIVES_ZH)}(?=[\u4e00-\u9fffA-Za-z0-9《“])")
_ORGANISED_BY = re.compile(
    rf"^(?P<by>[^，,的]{{2,24}}?{_alternation(ORGANISED_BY_ZH)}的)(?=.{{4}})|由[^，,的]{{2,24}}?{_alternation(ORGANISED_BY_ZH)}的"
)
_LOCATIVE = re.compile(rf"(?P<verb>{_alternation(LOCATIVE_VERBS_ZH)})于(?P<place>[^，,。0-9０-９年月日]{{2,12}})$")
_ACT_ON_DOCUMENT = re.compile(rf"^[^，,]{{2,}}?{_ACT_ZH}(?P<de>的)(?P<title>《[^》]+》)")
_DATE_PREPOSITION = re.compile(
    "(?:"
    + _alternation(DATE_PREPOSITIONS_ZH)
    + r"|\b(?i:"
    + _alternation(DATE_PREPOSITIONS_EN)
    + r"(?:\s+the)?|the))\s*$"
)
_PARENTHESIS = re.compile(r"\s?[（(](?P<inside>[^（）()]{0,40})[）)]")
_SHORT_NAME = re.compile(
    _alternation(SHORT_NAME_CUES_ZH) + r"[：:]?\s*[“\"「『]?(?P<short>[^”\"」』）)]{1,20})[”\"」』]?$"
    r"|^(?P<abbr>[A-Z][A-Z0-9&.-]{1,9})$"
)
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
        parts.append(text[last : match.start()])
        parts.append(replacement(match, text) if callable(replacement) else replacement)
        last = match.end()
    if not parts:
        return text
    parts.append(text[last:])
    return "".join(parts)


def _keep(group: str) -> Callable:
    """A replacement that keeps one named group, as written."""
    return lambda match, text: text[match.start(group) : match.end(group)]


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


#: Put where the date was cut out, to know which clause held it; no text carries it.
_DATE_MARK = "\u2063"


def without_date(sentence: str, as_written: str, mark: str = "") -> str:
    """The sentence with its date expression (and a preposition left dangling) cut out; `mark` where it was."""
    at = sentence.find(as_written)
    if at < 0:
        return sentence
    after = sentence[at + len(as_written) :]
    # "a drop in third-quarter income": a date used as an adjective keeps its preposition
    attributive = re.search(r"-(?:quarter|half|year|month|week|day)$", as_written) and re.match(r" [a-z]", after)
    before = sentence[:at] if attributive else _DATE_PREPOSITION.sub("", sentence[:at])
    after = re.sub(r"^(起|以来|以來|前后|前後|['’]s\b)", "", after)  # "Wednesday's ruling" -> "ruling"
    joiner = " " if is_latin_word_char(before[-1:]) and is_latin_word_char(after[:1]) else ""
    if before.endswith(" ") and after.startswith((" ", ",", ".")):
        before = before.rstrip()
    return before + joiner + mark + after


def _strip_leading(clause: str) -> str:
    """The clause without the attribution and filler it starts with."""
    previous = None
    while previous != clause:
        previous = clause
        clause = _replace(_LEADING_ATTRIBUTION, clause, count=1).strip(_STRIP)
    return clause


# --- Candidates ----------------------------------------------------------------------------


def headline_candidates(
    sentence: str, as_written: str, language: str, leading_name: Callable[[str], str] = lambda clause: ""
) -> list[str]:
    """Clauses of a sentence that could stand as a headline, date, attribution and filler removed.

    A Chinese clause that lacks its subject ("率先向阿帕奇披露了该漏洞") borrows it from the
    clause before when that one starts with a name. English clauses keep what follows
    them after a comma ("…released Log4j 2.15.0, fixing the flaw").
    """
    return [clause for clause, _ in clause_candidates(sentence, as_written, language, leading_name)]


def clause_candidates(
    sentence: str, as_written: str, language: str, leading_name: Callable[[str], str] = lambda clause: ""
) -> list[tuple[str, bool]]:
    """The headline candidates, each with whether it is the clause that held the date: in a sentence of
    several dated clauses (`河南2021年遭遇暴雨，2023年遭遇“烂场雨”`) that one says what happened then."""
    sentence = sentence.replace("``", "“").replace("''", "”")  # quote marks as tokenised text writes them
    text = _balanced(without_date(sentence, as_written, _DATE_MARK))
    if _language_family(language) == "en":
        return _english_candidates(text)
    clauses: list[tuple[str, bool]] = []
    previous_subject = ""
    text = re.sub(r"(?<=[\u3400-\u9fff])[ \u3000]+(?=[\u3400-\u9fff])", "，", text)  # "施行新规 专家：…"
    for raw in _split(text, _CLAUSE_MARKS_ZH):
        held_date = _DATE_MARK in raw
        raw = raw.replace(_DATE_MARK, "").strip(_STRIP)
        clause = _strip_leading(raw)
        if not clause or _ATTRIBUTION_ONLY.match(_fold(clause)) or _SAYS_ONLY.match(_fold(clause)):
            continue
        subject = leading_name(clause)
        if (
            previous_subject
            and not subject
            and (_PREDICATE_START.match(_fold(raw)) or _PREDICATE_START.match(_fold(clause)))
        ):
            clause = previous_subject + clause
        elif subject:
            previous_subject = subject
        if len(clause) >= 4:
            clauses.append((clause, held_date))
    return clauses


_EN_TRAILING_ATTRIBUTION = re.compile(
    r"^(?:according to\b.*|as reported by\b.*|(?:[\w.'’-]+ ){0,5}(?:said|says|reported|reports|added|noted|"
    r"told [\w ]{1,30}|wrote)(?: (?:on|in) [\w ]{1,30})?|said [\w ,.'’-]{1,60})$",
    re.IGNORECASE,
)
_EN_RELATIVE = re.compile(r"^(?:who|whose|which|most of which|some of which)\b", re.IGNORECASE)
_EN_OWN_CLAUSE = re.compile(r"^" + _alternation(CLAUSE_WORDS_EN) + r"\b", re.IGNORECASE)


#: A comma-set segment that opens a sentence before its subject: another date, an attribution
#: (`In December 2020, he said, the ministry approved …`).
_EN_LEADING_ASIDE = re.compile(
    r"(?:(?:In|On|By|Since|in|on|by|since)\s+)?(?:(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)\s+(?:\d{1,2},?\s+)?)?(?:1[89]|20)\d{2}"
    r"|(?:he|she|they|it|officials?|[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*){0,3})\s+(?:said|says|added|noted|stated)"
)


def _english_candidates(text: str) -> list[tuple[str, bool]]:
    """Clauses of an English sentence: leading scene-setting and trailing attribution dropped."""
    candidates = []
    marked = text.strip()
    text = marked.replace(_DATE_MARK, "")
    without_dateline = _DATELINE_EN.sub("", text)
    # where the date was, in the text without its dateline (-1: in the dateline, or nowhere)
    mark_at = marked.find(_DATE_MARK) - (len(text) - len(without_dateline))
    text = without_dateline
    at = 0
    for piece in re.split(r"\s*;\s*|\s+[—–]\s+", text.rstrip(".")):
        at = text.find(piece, at)
        held_date = at <= mark_at <= at + len(piece)
        at += len(piece)
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
        while segments and (
            _strip_leading(segments[0]) == ""
            or _SUBORDINATE.match(segments[0])
            or re.match(r"^(?:according to|as reported by)\b", segments[0], re.IGNORECASE)
            or (len(segments) > 1 and _EN_LEADING_ASIDE.fullmatch(segments[0]))
        ):
            segments.pop(0)
        while len(segments) > 1 and _EN_TRAILING_ATTRIBUTION.match(segments[-1]):
            segments.pop()
        # "Ogden Projects, whose shares began trading in August, closed at $26.875": the relative clause goes
        segments = [
            segment
            for number, segment in enumerate(segments)
            if not (0 < number < len(segments) - 1 and _EN_RELATIVE.match(segment))
        ]
        for number in range(1, len(segments)):
            if _EN_OWN_CLAUSE.match(segments[number]):
                segments = segments[:number]  # "…, when a contractor flagged…": a clause of its own
                break
        if not segments:
            continue
        segments[0] = _strip_leading(segments[0])
        clause = ", ".join(segments)
        if len(clause) >= 8:
            candidates.append((clause, held_date))
    return candidates
