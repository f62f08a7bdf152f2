"""Whether a headline is one: judged by rule, the same way when it is written, checked and scored.

A headline says who did what. It is never a bare date or a date heading (`12月22日。`,
`同一天。`), a byline or a source line (`Published:`, `来源：…`), punctuation, a
fragment that lost its subject (`正式发布`, `Was chosen as …`) or was cut mid-phrase,
and it has a predicate. Each fault is named, so that `dateline check` can say what is wrong.
"""

from __future__ import annotations

import functools
import re

from ..patterns import alternation as _alternation
from .english import (
    base_verb,
    is_adjective,
    is_finite_verb,
    is_unknown_word,
    participle_base,
    past_base,
)
from .english import (
    is_verb as _is_verb,
)
from .headline_words import (
    ACT_VERBS_ZH,
    AUXILIARIES_EN,
    BYLINE_EN,
    BYLINE_ZH,
    CUT_BEFORE_EN,
    DANGLING_ENDS_EN,
    DATE_WORDS_EN,
    DATE_WORDS_ZH,
    FRAGMENT_STARTS_EN,
    NOT_BEFORE_VERB_EN,
    PLAIN_VERBS_ZH,
    PREDICATE_STARTS_ZH,
    RELATIVE_WORDS_EN,
    REPORTING_VERBS_ZH,
    STOPWORDS_EN,
    VERB_CHARACTERS_ZH,
)
from .text import CJK, fold

#: Shortest headline: four Chinese characters, three English words.
MIN_CHARACTERS_ZH = 4
MIN_WORDS_EN = 3

FAULTS = {
    "empty": "no words",
    "date": "only a date",
    "byline": "a byline or source line",
    "short": "too short",
    "fragment": "a fragment without its subject, or cut mid-phrase",
    "no predicate": "no verb",
}


_WORD_EN = re.compile(r"[A-Za-z][A-Za-z'’&-]*|\d[\d.,:]*")
_FUNCTION_WORDS_EN = frozenset((*STOPWORDS_EN, *CUT_BEFORE_EN, *FRAGMENT_STARTS_EN, *DANGLING_ENDS_EN))
#: A clause cut from its sentence: it starts in lower case, or with punctuation that is no opening quote.
_CUT_START = re.compile(r"^(?:[a-z][a-z'’-]*(?=[\s,;:]|$)|[“\"'‘]?\s*[,;:.)\]—–-])")  # not `iPhone 4 …`
_FOCUS_ADVERBS = frozenset(("even", "only", "just", "also", "still"))
_WH_WORDS = frozenset(("why", "how", "what", "whether", "when", "where"))
_STRAY_QUOTE = re.compile(r"''|``|(?:^|\s)['’]s\b")  # a tokenised quote mark, a possessive without its noun
_LETTERS = re.compile(r"[A-Za-z0-9\u3400-\u9fff\uf900-\ufaff]")
_DATE_ZH = re.compile(rf"(?:[0-9０-９]+|[〇零一二三四五六七八九十两百千]+|{_alternation(DATE_WORDS_ZH)})+")
_BYLINE_ZH = re.compile(rf"^[【\[（(]?(?:{_alternation(BYLINE_ZH)})\s*[】\]）)]?\s*(?:[:：|｜]|$)")
_BYLINE_EN = re.compile(rf"^(?:{_alternation(BYLINE_EN)})\b\s*(?:[:|]|$|[A-Z])", re.IGNORECASE)
_BYLINE_ANYWHERE = re.compile(r"(?:来源|作者|记者|编辑|Source|Published|Updated)\s*[:：]")
_FRAGMENT_ZH = re.compile(rf"^(?:{_alternation(PREDICATE_STARTS_ZH + ACT_VERBS_ZH)})")
_VERB_ZH = re.compile(
    rf"{_alternation(ACT_VERBS_ZH + REPORTING_VERBS_ZH + PLAIN_VERBS_ZH)}|[{VERB_CHARACTERS_ZH}]"
    # a word before an aspect particle, or after an auxiliary, is a verb (坚守了, 将移交, 已失联)
    r"|[\u4e00-\u9fff](?:了|着|著|过|過)(?![解结結])|(?:将|將|已|正在|被|把|却|卻|要|能|会|會|不)[\u4e00-\u9fff]"
)


def _family(language: str) -> str:
    return "en" if language.startswith("en") else "zh"


@functools.lru_cache(maxsize=1 << 14)
def headline_faults(title: str, language: str) -> tuple[str, ...]:
    """What keeps `title` from being a headline, as keys of FAULTS; () for a good one."""
    text = title.strip()
    if not _LETTERS.search(text):
        return ("empty",)
    if _BYLINE_ANYWHERE.search(text):
        return ("byline",)
    if _family(language) == "en" and not CJK.search(text):
        return _english_faults(text)
    return _chinese_faults(text)


def _chinese_faults(text: str) -> tuple[str, ...]:
    folded = fold(text)
    if _BYLINE_ZH.match(folded):
        return ("byline",)
    words = re.sub(r"[\W_]+", "", folded)
    if not _DATE_ZH.sub("", words):
        return ("date",)
    faults = []
    if len(CJK.findall(folded)) + len(re.findall(r"[A-Za-z0-9]+", folded)) < MIN_CHARACTERS_ZH:
        faults.append("short")
    if _FRAGMENT_ZH.match(words):
        faults.append("fragment")
    if not _VERB_ZH.search(folded) and not re.search(r"[A-Za-z]{3,}", folded):
        faults.append("no predicate")
    return tuple(faults)


def _english_faults(text: str) -> tuple[str, ...]:
    if _BYLINE_EN.match(text) and not re.match(r"^by\s+[a-z]", text):
        return ("byline",)
    words = _WORD_EN.findall(text)
    lower = [w.lower().strip(".,:") for w in words]
    if not [w for w in lower if w not in DATE_WORDS_EN and not w[:1].isdigit()]:
        return ("date",)
    faults = []
    if len(words) < MIN_WORDS_EN:
        faults.append("short")
    if (
        lower[0] in FRAGMENT_STARTS_EN
        or _CUT_START.match(text)
        or (lower[0] in _FOCUS_ADVERBS and len(lower) > 1 and lower[1] in FRAGMENT_STARTS_EN)  # "Even before …"
        or (lower[0].endswith("ing") and len(lower) > 1 and lower[1] in _WH_WORDS)  # "Explaining why …"
        or lower[-1] in DANGLING_ENDS_EN
        or re.search(r"[,;:'\"`]\s*$", text)
        or _STRAY_QUOTE.search(text)
        or (len(lower[-1]) == 1 and lower[-1].isalpha() and lower[-1] not in "ai")
        or any(_bare_verb_before_by(w, after) for w, after in zip(lower, lower[1:]))
    ):
        faults.append("fragment")
    main = _outside_relative_clauses(words, lower)
    if not any(
        w in AUXILIARIES_EN
        or (
            not word[0].isupper()
            and before not in NOT_BEFORE_VERB_EN
            and not before.endswith(("'s", "’s"))
            and not is_adjective(before)
            and _may_be_verb(w)
        )
        for before, word, w in main
    ) and not any(before == "to" and _is_verb(w) for before, w in zip(lower[1:], lower[2:])):
        faults.append("no predicate")  # "X to open an inquiry" is news style for what X will do
    return tuple(faults)


def _outside_relative_clauses(words: list[str], lower: list[str]) -> list[tuple[str, str, str]]:
    """(word before, word, lower-case word) of each word after the first that no relative clause holds:
    in "Ogden Projects, whose shares began trading" the verb is the clause's, not the headline's."""
    kept, inside = [], False
    for index in range(1, len(words)):
        if lower[index] in RELATIVE_WORDS_EN:
            inside = True
        elif inside and words[index - 1].endswith(","):
            inside = False
        if not inside:
            kept.append((lower[index - 1], words[index], lower[index]))
    return kept


def _may_be_verb(word: str) -> bool:
    """A finite verb, or a word lemminflect does not know ("greenlit"): the benefit of the doubt."""
    return is_finite_verb(word) or (is_unknown_word(word) and word not in _FUNCTION_WORDS_EN)


def _bare_verb_before_by(word: str, following: str) -> bool:
    """ "strategies adopt by Boeing": a base verb where a participle belongs."""
    return following == "by" and bool(base_verb(word)) and not participle_base(word) and not past_base(word)


def describe_faults(faults: tuple[str, ...]) -> str:
    """The faults in words, for a review line."""
    return ", ".join(FAULTS[fault] for fault in faults)
