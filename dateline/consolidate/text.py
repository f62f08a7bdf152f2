"""Text as consolidation compares it: simplified script, lower case, bigrams and words."""

from __future__ import annotations

import functools
import re

from .headline_words import STOPWORDS_EN

_STOPWORDS_EN = frozenset(STOPWORDS_EN)
_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
_LATIN_WORD = re.compile(r"[a-z0-9]+")
_NOT_CJK = re.compile(r"[^\u3400-\u9fff\uf900-\ufaff]+")


@functools.lru_cache(maxsize=1)
def _converter():
    import opencc

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional characters to simplified, for comparison only."""
    return _converter().convert(text)


#: A Chinese character (CJK unified ideographs and their compatibility forms).
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.lru_cache(maxsize=8192)
def _fold_char(char: str) -> str:
    folded = to_simplified(char)
    return folded if len(folded) == 1 else char


def fold(text: str) -> str:
    """The text in simplified script, character for character, so offsets carry over."""
    return "".join(map(_fold_char, text))


def is_latin_word_char(char: str) -> bool:
    """A name does not start or end between two of these (the middle of a Latin word)."""
    return char.isascii() and char.isalnum()


def normal_text(text: str) -> str:
    """Simplified, lower-case, without punctuation or spaces."""
    return _PUNCT.sub("", to_simplified(text).lower())


def features_of(text: str, leave_out: str = "") -> frozenset:
    """What a text says, for comparison: bigrams of its CJK runs and its Latin words."""
    if leave_out:
        text = text.replace(leave_out, " ")
    folded = _PUNCT.sub(" ", to_simplified(text).lower())
    grams: set[str] = set(_LATIN_WORD.findall(folded)) - _STOPWORDS_EN  # "on", "the" say nothing of the happening
    for run in _NOT_CJK.split(folded):
        grams.update(run[i : i + 2] for i in range(len(run) - 1))
    return frozenset(grams)


def containment(part: frozenset, whole: frozenset) -> float:
    """Share of part's features that whole also has."""
    return len(part & whole) / len(part) if part else 0.0


_PARAGRAPH_BREAK = re.compile(r"\s*\n\s*")


def flowing(sentence: str, language: str) -> str:
    """A quote as one line: a date heading's sentence runs on into the paragraph it heads (`12月9日。\n\n平台…`)."""
    if "\n" not in sentence:
        return sentence
    return _PARAGRAPH_BREAK.sub(" " if language.startswith("en") else "", sentence).strip()
