"""An article's metadata from what its file says: the publication date, the language, the byline.

Dates come written every way a page writes them (RFC 2822 in feeds, ISO 8601
in `<meta>`, `2021/12/22 12:43` and `2021年12月22日` in text) and are placed
in the site's timezone. The language is what the site's pages and the date
reader need: English, or simplified or traditional Chinese.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from email.utils import parsedate_to_datetime
from functools import lru_cache
from zoneinfo import ZoneInfo

from ..errors import ContentError
from ..model import SiteConfig
from .reading import HAN, HEADLINE_MAX_CHARS, URL, Piece, Value, ends_sentence

#: BCP 47 tag (lower case, or its prefix) -> the language dateline works in; first match wins.
LANGUAGE_TAGS = (
    ("zh-hant", "zh-Hant"), ("zh-tw", "zh-Hant"), ("zh-hk", "zh-Hant"), ("zh-mo", "zh-Hant"),
    ("zh-hans", "zh-Hans"), ("zh-cn", "zh-Hans"), ("zh-sg", "zh-Hans"), ("zh-my", "zh-Hans"),
    ("zh", "zh-Hans"),
    ("en", "en"),
)
#: Share (and least number) of Han characters that OpenCC t2s must change to call a text traditional.
TRADITIONAL_MIN_SHARE = 0.02
TRADITIONAL_MIN_CHARS = 5

#: Date strings besides RFC 2822 and ISO 8601 (tried after them), matched whole after NFKC.
DATE_TEXT_PATTERNS = (
    re.compile(r"(?P<year>\d{4})[-/.](?P<month>\d{1,2})[-/.](?P<day>\d{1,2})"
               r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"),
    re.compile(r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]?"
               r"(?:\s*(?P<hour>\d{1,2})\s*[:时時点點]\s*(?P<minute>\d{1,2})"
               r"(?:\s*[:分]\s*(?P<second>\d{1,2}))?\s*[分秒]?)?"),
)
RFC_2822_START = re.compile(r"(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\b")

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


def parse_publication_date(value: object, timezone: str) -> dt.datetime:
    """An aware datetime in `timezone` from a date string or a YAML date/datetime.

    Zoned times are converted to `timezone`; naive times are taken as already
    in it; a date alone is midnight there. Raises ValueError if unreadable.
    """
    zone = _zone(timezone)
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str):
        moment = _parse_date_text(unicodedata.normalize("NFKC", value).strip())
    else:
        raise ValueError(f"{value!r} is not a date")
    if moment.tzinfo is None or moment.tzinfo.utcoffset(moment) is None:
        return moment.replace(tzinfo=zone)
    return moment.astimezone(zone)


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
    """The dateline language for a BCP 47 tag (`zh-CN` -> `zh-Hans`), or None if unsupported."""
    if not isinstance(tag, str):
        return None
    lowered = tag.strip().replace("_", "-").lower()
    for prefix, language in LANGUAGE_TAGS:
        if lowered == prefix or lowered.startswith(prefix + "-"):
            return language
    return None


def article_language(stated: Value | None, text: str, config: SiteConfig) -> str:
    """The stated language when dateline knows it, else the one the text is written in."""
    language = normalise_language(stated.value) if stated else None
    return language or detect_language(text, default=normalise_language(config.language) or "en")


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
    lines = [line for piece in pieces[:BYLINE_SCAN_BLOCKS] if piece.kind != "img" for line in piece.text.split("\n")
             if len(line) <= BYLINE_MAX_CHARS]
    for line in lines:
        for pattern in BYLINE_PATTERNS:
            match = pattern.search(line)
            if match:
                return {name: Value(value.strip()) for name, value in match.groupdict().items() if value}
    return {}


def looks_like_headline(line: str) -> bool:
    """Short, one line, not a sentence, not an address, not a byline."""
    return (0 < len(line) <= HEADLINE_MAX_CHARS and "\n" not in line
            and any(char.isalnum() for char in line) and not ends_sentence(line)
            and not URL.search(line) and not any(pattern.search(line) for pattern in BYLINE_PATTERNS))


def publication_date(metadata: dict[str, Value], candidates: list[Value],
                     config: SiteConfig, shown_path: str) -> dt.datetime | None:
    """The stated date (sidecar, then front matter) must parse; in-page dates: the first that does."""
    stated = metadata.get("date")
    if stated is not None:
        try:
            return parse_publication_date(stated.value, config.timezone)
        except ValueError as exc:
            raise ContentError(stated.path or shown_path, stated.line,
                               f"cannot read the date {stated.value!r}: {exc}") from exc
    for candidate in candidates:
        try:
            return parse_publication_date(candidate.value, config.timezone)
        except ValueError:
            continue
    if candidates:
        first = candidates[0]
        raise ContentError(first.path or shown_path, first.line,
                           f"cannot read the publication date {first.value!r} "
                           "(a sidecar NAME.meta.yaml with `date:` can set it)")
    return None


def parses_as_date(value: str) -> bool:
    try:
        _parse_date_text(unicodedata.normalize("NFKC", value).strip())
    except ValueError:
        return False
    return True


def _parse_date_text(text: str) -> dt.datetime:
    """Naive or aware datetime from RFC 2822, ISO 8601, `2021/12/22 12:43` or `2021年12月22日 12:43`."""
    if not text:
        raise ValueError("empty date")
    if RFC_2822_START.match(text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in DATE_TEXT_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            parts = {name: int(value) for name, value in match.groupdict().items() if value}
            return dt.datetime(parts["year"], parts["month"], parts["day"],
                               parts.get("hour", 0), parts.get("minute", 0), parts.get("second", 0))
    raise ValueError("not a date in a known format (ISO 8601, RFC 2822, 2021/12/22, 2021年12月22日)")


@lru_cache(maxsize=None)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
