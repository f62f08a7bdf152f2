"""An article's language, and what its first lines say about it: the byline, the headline.

The language is what the site's pages and the date reader need: English, or
simplified or traditional Chinese. (The publication date has a module of its
own, `published.py`.)
"""

from __future__ import annotations

import re
from collections import Counter

from ..model import SiteConfig
from .reading import HAN, HEADLINE_MAX_CHARS, URL, Piece, Value, ends_sentence

#: BCP 47 tag (lower case, or its prefix) -> the language dateline works in; first match wins.
LANGUAGE_TAGS = (
    ("zh-hant", "zh-Hant"),
    ("zh-tw", "zh-Hant"),
    ("zh-hk", "zh-Hant"),
    ("zh-mo", "zh-Hant"),
    ("zh-hans", "zh-Hans"),
    ("zh-cn", "zh-Hans"),
    ("zh-sg", "zh-Hans"),
    ("zh-my", "zh-Hans"),
    ("zh", "zh-Hans"),
    ("en", "en"),
)
#: Share (and least number) of Han characters that OpenCC t2s must change to call a text traditional.
TRADITIONAL_MIN_SHARE = 0.02
TRADITIONAL_MIN_CHARS = 5

#: Bylines that name the outlet and/or author; searched in the first blocks only.
BYLINE_PATTERNS = (
    re.compile(r"【\s*文\s*[/／]\s*(?P<outlet>[^\s】/／]+)\s+(?P<author>[^】]+?)\s*】"),  # 【文/观察者网 吕栋】
    re.compile(r"^[【\[]?\s*(?:文|作者|撰文)\s*[/／:：]\s*(?P<author>[^\s】\]]+)\s*[】\]]?$"),  # 文/张三
    re.compile(r"^(?P<outlet>[^\s(（]+?)\s*讯\s*[(（]\s*记者\s*(?P<author>[^)）]+?)\s*[)）]"),  # 新京报讯（记者 某）
    re.compile(r"^By (?P<author>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|de|van|von))*)$"),
)
BYLINE_SCAN_BLOCKS = 8
#: Bylines are short; longer lines are not searched for one.
BYLINE_MAX_CHARS = 200

_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")

# OpenCC's traditional-to-simplified converter, created on first use (it loads dictionaries).
_traditional_to_simplified = None


def detect_language(text: str, default: str = "zh-Hans") -> str:
    """The language of a text ("en", "zh-Hans" or "zh-Hant"), from its letters and Han characters.

    Mostly Latin letters is English; Chinese is traditional when OpenCC's
    t2s conversion changes a meaningful share of its Han characters.
    """
    han = HAN.findall(text)
    latin_letters = len(_LATIN_LETTER.findall(text))
    if not han and not latin_letters:
        return default
    if latin_letters > len(han):
        return "en"
    changed = _count_traditional_han(text, han)
    if changed >= TRADITIONAL_MIN_CHARS and changed > TRADITIONAL_MIN_SHARE * len(han):
        return "zh-Hant"
    return "zh-Hans"


def normalise_language(tag: object) -> str | None:
    """The dateline language for a BCP 47 tag (`zh-CN` -> `zh-Hans`, `zh-yue-Hant-HK` -> `zh-Hant`), or None if
    unsupported. A Chinese tag's script subtag decides, else its region's."""
    if not isinstance(tag, str):
        return None
    lowered = tag.strip().replace("_", "-").lower()
    subtags = lowered.split("-")
    if subtags[0] == "zh":
        for subtag in subtags[1:]:
            for prefix, language in LANGUAGE_TAGS:
                if prefix.startswith("zh-") and subtag == prefix[3:]:
                    return language
    for prefix, language in LANGUAGE_TAGS:
        if lowered == prefix or lowered.startswith(prefix + "-"):
            return language
    return None


def article_language(stated: Value | None, text: str, config: SiteConfig, by_the_page: bool = False) -> str:
    """The stated language when dateline knows it, else the one the text is written in. A page's own tag
    (`by_the_page`: `<html lang="en">` from a template, not the editor's `language:`) gives way to a text in
    the other script, written so by far (a Chinese story on a page tagged English)."""
    language = normalise_language(stated.value) if stated else None
    if language and by_the_page and language != "en" and not _another_script(language, text):
        # a template's tag says Chinese; whether simplified or traditional, the text says (`zh`, a Hong Kong
        # paper's `zh-Hans-HK` over traditional text)
        detected = detect_language(text, default=language)
        return language if detected == "en" else detected
    if language and not (by_the_page and _another_script(language, text)):
        return language
    return detect_language(text, default=normalise_language(config.language) or "en")


#: A page's Chinese tag gives way when the text's Latin letters outnumber its Han characters this many times
#: over; its English tag, when Han characters outnumber Latin letters at all (a character is a word, and a
#: word of English is some five letters: a Chinese story with an English job advertisement under it).
SCRIPT_MAJORITY = 3


def _another_script(language: str, text: str) -> bool:
    han, latin = len(HAN.findall(text)), len(_LATIN_LETTER.findall(text))
    if language == "en":
        return han > latin
    return latin > SCRIPT_MAJORITY * han


def _count_traditional_han(text: str, han: list[str]) -> int:
    """How many Han characters OpenCC's t2s would change: a traditional text changes many."""
    global _traditional_to_simplified
    if _traditional_to_simplified is None:
        import opencc  # imported late: only Chinese text needs it

        _traditional_to_simplified = opencc.OpenCC("t2s")
    converted = _traditional_to_simplified.convert(text)
    if len(converted) == len(text):  # phrase conversion kept positions: compare in context
        return sum(1 for original, simple in zip(text, converted) if original != simple and HAN.match(original))
    counts = Counter(han)
    unique = list(counts)
    simple = _traditional_to_simplified.convert("\n".join(unique)).split("\n")
    if len(simple) != len(unique):
        return 0
    return sum(counts[char] for char, converted_char in zip(unique, simple) if char != converted_char)


def byline_metadata(pieces: list[Piece]) -> dict[str, Value]:
    """Outlet and author from a byline such as 【文/观察者网 吕栋】 near the top (kept in the text)."""
    lines = [
        line
        for piece in pieces[:BYLINE_SCAN_BLOCKS]
        if piece.kind != "img"
        for line in piece.text.split("\n")
        if len(line) <= BYLINE_MAX_CHARS
    ]
    for line in lines:
        for pattern in BYLINE_PATTERNS:
            match = pattern.search(line)
            if match:
                return {name: Value(value.strip()) for name, value in match.groupdict().items() if value}
    return {}


#: What a byline puts around the name: `By `, `Written by`, `作者：` before it, a dash or a bar after it.
_BYLINE_LABEL = re.compile(
    r"^(?:(?:(?:article|story|words|written|posted|published|reported)\s+)?by\b\s*:?|(?:作者|记者|記者|文)\s*[:：/／])\s*",
    re.I,
)
_BYLINE_TAIL = re.compile(r"[\s\-–—|｜·•,，]+$")


def author_name(byline: str) -> str:
    """The name a byline gives: `By Nelson D. Schwartz` → `Nelson D. Schwartz`, `Dan Goodin -` → `Dan Goodin`;
    `Article by` alone (the name was a link the reader dropped) → ``."""
    return _BYLINE_TAIL.sub("", _BYLINE_LABEL.sub("", byline.strip()))


def looks_like_headline(line: str) -> bool:
    """Short, one line, not a sentence, not an address, not a byline; words enough to say something (a
    page's header lines, `17.8 C`, `New York`, are not headlines)."""
    return (
        0 < len(line) <= HEADLINE_MAX_CHARS
        and "\n" not in line
        and _says_something(line)
        and not ends_sentence(line)
        and not URL.search(line)
        and not any(pattern.search(line) for pattern in BYLINE_PATTERNS)
    )


#: The fewest words a headline has: Latin-script words, or Han characters.
HEADLINE_MIN_WORDS, HEADLINE_MIN_HAN = 3, 4
_LATIN_WORD = re.compile(r"[^\W\d_]{2,}|[^\W\d_]+['’][^\W\d_]+")
_HAN = re.compile(r"[\u3400-\u9fff]")


def _says_something(line: str) -> bool:
    return len(_HAN.findall(line)) >= HEADLINE_MIN_HAN or len(_LATIN_WORD.findall(line)) >= HEADLINE_MIN_WORDS
