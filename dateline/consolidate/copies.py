"""Find paragraphs that reproduce another source's text.

Content farms and aggregators republish other outlets' paragraphs; such a copy
is not corroboration. Identical paragraphs are found by hashing their text;
near-identical ones by sampled 8-character shingles through an inverted index
whose posting lists are capped, so the work grows with the amount of text and
not with the square of the number of articles, even when a passage is
syndicated everywhere.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import zlib
from collections import Counter, defaultdict

from ..model import Article
from .text import normal_text

SHINGLE = 8
SAMPLE = 4  # keep one shingle in four (by hash), the same ones in every paragraph
MIN_PARAGRAPH = 30  # characters: shorter paragraphs are too common to prove copying
COPY_CONTAINMENT = 0.5  # share of a paragraph's shingles found in one paragraph of another article
MAX_POSTINGS = 64  # a shingle in more paragraphs than this is boilerplate, not evidence


def _shingles(normal: str) -> set[int]:
    hashes = (zlib.crc32(normal[i:i + SHINGLE].encode("utf-8")) for i in range(len(normal) - SHINGLE + 1))
    return {h for h in hashes if h % SAMPLE == 0}


def _priority(article: Article) -> tuple:
    """Which of two articles is the original: the earlier, and a dated one before an undated one."""
    published = article.published or dt.datetime.max.replace(tzinfo=dt.timezone.utc)
    return (published, article.id)


def find_copies(articles: tuple[Article, ...]) -> dict[tuple[str, int], str]:
    """Map (article id, paragraph start offset) of each copied paragraph to the article it copies."""
    first_with_text: dict[bytes, int] = {}  # exact paragraph -> the original article's number
    index: dict[int, list[int]] = defaultdict(list)  # shingle -> paragraph numbers
    owners: list[int] = []  # the article number of each indexed paragraph
    copies: dict[tuple[str, int], str] = {}
    order = sorted(range(len(articles)), key=lambda n: _priority(articles[n]))
    for number in order:  # originals first
        article = articles[number]
        for block in article.blocks:
            if block.kind == "img" or block.end - block.start < MIN_PARAGRAPH:
                continue
            normal = normal_text(article.text[block.start:block.end])
            digest = hashlib.blake2b(normal.encode("utf-8"), digest_size=16).digest()
            original = first_with_text.setdefault(digest, number)
            if original != number:
                copies[(article.id, block.start)] = articles[original].id
                continue
            shingles = _shingles(normal)
            if not shingles:
                continue
            hits: Counter = Counter()
            for shingle in shingles:
                postings = index[shingle]
                if len(postings) < MAX_POSTINGS:
                    hits.update(p for p in postings if owners[p] != number)
                    postings.append(len(owners))
            if hits:
                other, shared = hits.most_common(1)[0]
                if shared / len(shingles) >= COPY_CONTAINMENT:
                    copies[(article.id, block.start)] = articles[owners[other]].id
            owners.append(number)
    return copies


def paragraph_start(article: Article, offset: int) -> int | None:
    """The start offset of the paragraph that holds a character offset."""
    for block in article.blocks:
        if block.start <= offset < block.end:
            return block.start
    return None
