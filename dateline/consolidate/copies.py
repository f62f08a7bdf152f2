"""Find paragraphs that reproduce another source's text.

Content farms and aggregators republish other outlets' paragraphs; such a copy
is not corroboration. Paragraphs are compared by hashed 8-character shingles of
their text in simplified script, through an inverted index, so the work grows
with the amount of text rather than with the number of article pairs.
"""
from __future__ import annotations

import datetime as dt
import zlib
from collections import Counter, defaultdict

from ..model import Article
from .text import normal_text

SHINGLE = 8
MIN_PARAGRAPH = 30  # characters: shorter paragraphs are too common to prove copying
COPY_CONTAINMENT = 0.5  # share of a paragraph's shingles found in one paragraph of another article


def _shingles(text: str) -> set[int]:
    normal = normal_text(text)
    return {zlib.crc32(normal[i:i + SHINGLE].encode("utf-8")) for i in range(len(normal) - SHINGLE + 1)}


def _priority(article: Article) -> tuple:
    """Which of two articles is the original: the earlier, and a dated one before an undated one."""
    published = article.published or dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return (published, article.id)


def find_copies(articles: tuple[Article, ...]) -> dict[tuple[str, int], str]:
    """Map (article id, paragraph start offset) of each copied paragraph to the article it copies."""
    index: dict[int, list[tuple[int, int]]] = defaultdict(list)  # shingle -> [(article no, paragraph no)]
    paragraphs: list[tuple[int, int, set[int]]] = []  # (article no, start offset, shingles)
    for number, article in enumerate(articles):
        for block in article.blocks:
            if block.kind == "img" or block.end - block.start < MIN_PARAGRAPH:
                continue
            shingles = _shingles(article.text[block.start:block.end])
            if not shingles:
                continue
            paragraph = len(paragraphs)
            paragraphs.append((number, block.start, shingles))
            for shingle in shingles:
                index[shingle].append((number, paragraph))
    copies: dict[tuple[str, int], str] = {}
    for paragraph, (number, start, shingles) in enumerate(paragraphs):
        hits: Counter = Counter()
        for shingle in shingles:
            for other_number, other_paragraph in index[shingle]:
                if other_number != number:
                    hits[other_paragraph] += 1
        if not hits:
            continue
        other_paragraph, shared = hits.most_common(1)[0]
        if shared / len(shingles) < COPY_CONTAINMENT:
            continue
        original = articles[paragraphs[other_paragraph][0]]
        if _priority(original) < _priority(articles[number]):
            copies[(articles[number].id, start)] = original.id
    return copies


def paragraph_start(article: Article, offset: int) -> int | None:
    """The start offset of the paragraph that holds a character offset."""
    for block in article.blocks:
        if block.start <= offset < block.end:
            return block.start
    return None
