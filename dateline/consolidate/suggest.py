"""Names that look like organisations, people or places and are not in entities.yaml yet.

Chinese has no spaces, so names come from jieba's segmenter with part-of-speech
tags (nr person, nt organisation, ns place); Latin names are capitalised words
and acronyms. Known aliases are taught to the segmenter first, so a known name
is never split into suggestions.
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass

from ..model import Article, Entity

NAME_TAGS = {"nr": "person", "nrt": "person", "nrfg": "person", "nt": "organisation", "ns": "place"}
LATIN_NAME = re.compile(
    r"(?<![A-Za-z])(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+|[A-Z]{2,}[A-Za-z0-9]*|[A-Z][a-z]{3,})(?![A-Za-z])"
)
MIN_MENTIONS = 2


@dataclass(frozen=True)
class Suggestion:
    name: str
    kind: str
    mentions: int
    articles: int


def suggest_entities(articles: tuple[Article, ...], entities: tuple[Entity, ...], limit: int = 30) -> list[Suggestion]:
    """The most frequent unknown names, most mentioned first."""
    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    known = {alias for entity in entities for alias in entity.names}
    tokenizer = jieba.Tokenizer()
    for alias in known:
        tokenizer.add_word(alias, freq=100000, tag="nt")
    tagger = jieba.posseg.POSTokenizer(tokenizer)
    counts: Counter = Counter()
    seen_in: dict[tuple[str, str], set[str]] = {}
    for article in articles:
        found = [
            (pair.word, NAME_TAGS[pair.flag])
            for pair in tagger.cut(article.text)
            if pair.flag in NAME_TAGS and len(pair.word) >= 2
        ]
        found += [(match.group(0), "organisation") for match in LATIN_NAME.finditer(article.text)]
        for name, kind in found:
            if _covered(name, known):
                continue
            counts[(name, kind)] += 1
            seen_in.setdefault((name, kind), set()).add(article.id)
    ranked = sorted(((key, n) for key, n in counts.items() if n >= MIN_MENTIONS), key=lambda item: (-item[1], item[0]))
    return [Suggestion(name, kind, n, len(seen_in[(name, kind)])) for (name, kind), n in ranked[:limit]]


def _covered(name: str, known: set[str]) -> bool:
    """A name already known (the segmenter keeps known names whole, so their pieces never come up)."""
    folded = name.lower()
    return any(folded == alias.lower() for alias in known)
