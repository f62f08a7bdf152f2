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
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..model import Article
from .text import normal_text

SHINGLE = 8
SAMPLE = 4  # keep one shingle in four (by hash), the same ones in every paragraph
MIN_PARAGRAPH = 30  # characters: shorter paragraphs are too common to prove copying
COPY_CONTAINMENT = 0.5  # share of a paragraph's shingles found in one paragraph of another article
MAX_POSTINGS = 64  # a shingle in more paragraphs than this is boilerplate, not evidence


def _shingles(normal: str) -> set[int]:
    hashes = (zlib.crc32(normal[i : i + SHINGLE].encode("utf-8")) for i in range(len(normal) - SHINGLE + 1))
    return {h for h in hashes if h % SAMPLE == 0}


def _priority(article: Article) -> tuple:
    """Which of two articles is the original: the earlier, and a dated one before an undated one."""
    published = article.published or dt.datetime.max.replace(tzinfo=dt.UTC)
    return (published, article.id)


#: One article's paragraphs as copy detection reads them, in four flat values (a few objects per article, not
#: per paragraph: they are kept for every article): the paragraphs' start offsets and the ends of their runs of
#: shingles (arrays of 32-bit integers), the 16-byte digests of their exact text, one after another, and their
#: sampled shingles (an array of 32-bit hashes).
Fingerprint = tuple[array, bytes, array, array]


@dataclass(frozen=True)
class CopyMemo:
    """What one run of copy detection learnt, for the next to redo only what follows the first change.

    Articles are read originals first, and what is found in one depends only on
    the articles read before it. So up to the first place in that order where an
    article's text (or the article there) differs, the copies found still hold,
    and the index is rebuilt from the kept fingerprints without counting.
    """

    fingerprints: dict = field(default_factory=dict)  # digest of an article's id, text and blocks -> Fingerprint
    chain: tuple = ()  # per place in the order: a digest of every article up to that place
    found: tuple = ()  # per place: ((paragraph start, the article it copies), ...)


def _article_digest(article: Article) -> bytes:
    digest = hashlib.blake2b(f"{article.id}\0".encode("utf-8", "surrogateescape"), digest_size=16)
    digest.update(article.text.encode("utf-8", "surrogatepass"))
    digest.update(repr([(block.kind, block.start, block.end) for block in article.blocks]).encode("ascii"))
    return digest.digest()


def _fingerprint(article: Article) -> Fingerprint:
    starts, digests, ends, shingles = array("I"), [], array("I"), array("I")
    for block in article.blocks:
        if block.kind == "img" or block.end - block.start < MIN_PARAGRAPH:
            continue
        normal = normal_text(article.text[block.start : block.end])
        starts.append(block.start)
        digests.append(hashlib.blake2b(normal.encode("utf-8"), digest_size=16).digest())
        shingles.extend(_shingles(normal))
        ends.append(len(shingles))
    return starts, b"".join(digests), ends, shingles


def _paragraphs(fingerprint: Fingerprint):
    """(start offset, exact digest, shingles) of each paragraph of a fingerprint."""
    starts, digests, ends, shingles = fingerprint
    begin = 0
    for at, (start, end) in enumerate(zip(starts, ends)):
        yield start, digests[16 * at : 16 * at + 16], shingles[begin:end]
        begin = end


def find_copies(
    articles: tuple[Article, ...], memo: CopyMemo | None = None
) -> tuple[dict[tuple[str, int], str], CopyMemo]:
    """Map (article id, paragraph start offset) of each copied paragraph to the article it copies.

    Also returns what the next run needs to skip the articles before the first change (see CopyMemo).
    """
    memo = memo or CopyMemo()
    order = sorted(range(len(articles)), key=lambda n: _priority(articles[n]))
    article_digests = [_article_digest(articles[number]) for number in order]
    fingerprints = {
        digest: memo.fingerprints[digest] if digest in memo.fingerprints else _fingerprint(articles[number])
        for digest, number in zip(article_digests, order)
    }
    chain, link = [], b""
    for digest in article_digests:
        link = hashlib.blake2b(link + digest, digest_size=16).digest()
        chain.append(link)
    kept = 0
    while kept < min(len(chain), len(memo.chain)) and chain[kept] == memo.chain[kept]:
        kept += 1

    first_with_text: dict[bytes, int] = {}  # exact paragraph -> the original article's place
    index: dict[int, list[int]] = defaultdict(list)  # shingle -> paragraph numbers
    owners: list[int] = []  # the place of each indexed paragraph's article
    found = list(memo.found[:kept])
    for place, digest in enumerate(article_digests):
        counting = place >= kept
        copied = []
        for start, exact, shingles in _paragraphs(fingerprints[digest]):
            original = first_with_text.setdefault(exact, place)
            if original != place:
                copied.append((start, articles[order[original]].id))
                continue
            if not shingles:
                continue
            hits: Counter = Counter()
            for shingle in shingles:
                postings = index[shingle]
                if len(postings) < MAX_POSTINGS:
                    if counting:
                        hits.update(p for p in postings if owners[p] != place)
                    postings.append(len(owners))
            if hits:
                shared = max(hits.values())
                if shared / len(shingles) >= COPY_CONTAINMENT:
                    other = min(p for p, count in hits.items() if count == shared)  # of equals, the earliest
                    copied.append((start, articles[order[owners[other]]].id))
            owners.append(place)
        if counting:
            found.append(tuple(copied))
    copies = {
        (articles[number].id, start): original for number, copied in zip(order, found) for start, original in copied
    }
    return copies, CopyMemo(fingerprints, tuple(chain), tuple(found))


def paragraph_start(article: Article, offset: int) -> int | None:
    """The start offset of the paragraph that holds a character offset."""
    for block in article.blocks:
        if block.start <= offset < block.end:
            return block.start
    return None
