"""What two sentences share that says they report the same happening, in any language or script.

Sharing a date proves nothing. Two sentences report one happening when they share
evidence: the entities they name (aliases from entities.yaml in every script), the
act they report (暂停 / 暫停 / suspend are one act), numbers ("6个月" / "six months"),
key terms written in Latin letters (Log4j2, CVE-2021-44228) and quoted names. Sentences in one
language also compare their words (see `text.features_of`); across languages only
this evidence counts. Two sentences that report different acts, or name different
entities, are different happenings unless their words are nearly the same.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from ..patterns import alternation as _alternation
from .english import verb_forms
from .headline_words import ACT_CONCEPTS, MARKET_MOVE_CONCEPTS, NUMBER_WORDS_EN, NUMERALS_ZH, STOPWORDS_EN
from .text import fold

#: Evidence weights across languages: each shared entity, a shared act, each shared number or term.
ENTITY_WEIGHT = 0.15
ACT_WEIGHT = 0.15
NUMBER_WEIGHT = 0.1
TERM_WEIGHT = 0.1
#: Words this alike are one happening whatever acts or entities each names (a copy, a rewording).
NEARLY_SAME_WORDS = 0.6


def _act_words() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Each act word of the table, Chinese and English, with the acts it names."""
    chinese: dict[str, set[str]] = {}
    english: dict[str, set[str]] = {}
    for concept, words in ACT_CONCEPTS.items():
        for word in words:
            (chinese if re.search(r"[\u3400-\u9fff]", word) else english).setdefault(word, set()).add(concept)
    return chinese, english


@functools.lru_cache(maxsize=1)
def _chinese_acts() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    chinese, _ = _act_words()
    return re.compile(_alternation(chinese)), {w: frozenset(c) for w, c in chinese.items()}


@functools.lru_cache(maxsize=1)
def _english_acts() -> tuple[re.Pattern, dict[str, frozenset[str]]]:
    """Every form of the English act words (from lemminflect, loaded only when English text is read)."""
    meaning: dict[str, set[str]] = {}
    for word, concepts in _act_words()[1].items():
        for form in verb_forms(word):
            meaning.setdefault(form.lower(), set()).update(concepts)
    return (
        re.compile(rf"\b(?:{_alternation(meaning)})\b", re.IGNORECASE),
        {w: frozenset(c) for w, c in meaning.items()},
    )


_DIGITS = re.compile(r"(?<![\w.])\d+(?:[.,]\d+)*(?![\w])|\d+(?=[%％个名家天月年亿万])")
_NUMERAL_ZH = re.compile(rf"([{''.join(NUMERALS_ZH)}])(?=[个名家天周月年亿万])")
_NUMBER_WORD_EN = re.compile(rf"\b(?:{_alternation(NUMBER_WORDS_EN)})\b", re.IGNORECASE)
_LATIN_TERM = re.compile(r"[A-Za-z][A-Za-z0-9._-]*[A-Za-z0-9]|[A-Za-z]{2,}")
_YEAR = re.compile(r"^(?:19|20)\d\d$")
_QUOTED = re.compile(r"[《「『“\"]([^《》「」『』“”\"]{2,40})[》」』”\"]")


@dataclass(frozen=True)
class Evidence:
    """What one sentence says about which happening it reports, beside its entities."""

    acts: frozenset[str]
    numbers: frozenset[str]
    terms: frozenset[str]

    @property
    def market_move(self) -> bool:
        """A price or market that moved: a happening of its own, never a passing mention of another."""
        return any(concept in self.acts for concept in MARKET_MOVE_CONCEPTS)


@functools.lru_cache(maxsize=1 << 15)  # a syndicated sentence is read once
def evidence_of(sentence: str, as_written: str = "", english: bool = False) -> Evidence:
    """The acts, numbers and Latin key terms of a sentence, its date expression left out."""
    text = sentence.replace(as_written, " ") if as_written else sentence
    acts: set[str] = set()
    if english:
        english_acts, english_meaning = _english_acts()
        for match in english_acts.finditer(text):
            acts |= english_meaning[match.group(0).lower()]
    else:
        chinese_acts, chinese_meaning = _chinese_acts()
        for match in chinese_acts.finditer(fold(text)):
            acts |= chinese_meaning[match.group(0)]
    numbers = {n.replace(",", "") for n in _DIGITS.findall(text)}
    numbers |= {NUMERALS_ZH[n] for n in _NUMERAL_ZH.findall(text)}
    numbers |= {NUMBER_WORDS_EN[w.lower()] for w in _NUMBER_WORD_EN.findall(text)}
    numbers = {n for n in numbers if not _YEAR.match(n)}
    terms = {t.lower() for t in _LATIN_TERM.findall(text)}
    terms = {t for t in terms if len(t) >= 3 and t not in STOPWORDS_EN and t not in NUMBER_WORDS_EN}
    terms |= {fold(name).lower() for name in _QUOTED.findall(text)}  # 《网络产品安全漏洞管理规定》, “Log4Shell”
    return Evidence(frozenset(acts), frozenset(numbers), frozenset(terms))


def across_languages(a: Evidence, a_entities: frozenset, b: Evidence, b_entities: frozenset) -> float:
    """How surely two sentences in different languages report one happening: 0 without a shared
    entity, else the weight of what they share."""
    entities = len(a_entities & b_entities)
    if not entities:
        return 0.0
    return (
        ENTITY_WEIGHT * entities
        + (ACT_WEIGHT if a.acts & b.acts else 0.0)
        + NUMBER_WEIGHT * min(len(a.numbers & b.numbers), 2)
        + TERM_WEIGHT * min(len(a.terms & b.terms), 2)
    )


def different_happenings(
    a: Evidence, a_entities: frozenset, b: Evidence, b_entities: frozenset, shared_words: float
) -> bool:
    """Whether two sentences report different happenings whatever their date: different acts, or
    different entities, and words not nearly the same."""
    if shared_words >= NEARLY_SAME_WORDS:
        return False
    if a.acts and b.acts and not a.acts & b.acts:
        return True
    return bool(a_entities and b_entities and not a_entities & b_entities)
