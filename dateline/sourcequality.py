"""Which pages count as sources: copies and low-quality pages are labelled, and not counted.

A content farm or an SEO page that republishes a newspaper's story is not a
second witness to what the story reports. The judgement uses only what a page
shows of itself and what copy detection found in the collection, never a list
of sites or outlets, so it works the same for any story in any language:

- a **copy** reproduces other sources for at least half of its comparable text
  (paragraphs long enough for copy detection to judge);
- a **low-quality** page shows at least two of the signals below.

| signal | the page … |
| --- | --- |
| `undated` | states no publication date (an editor's sidecar `date:` counts as stated) |
| `unsigned` | names neither an author nor an outlet |
| `stuffed-title` | has a title written for search engines: a phrase said twice, or a list of keywords |
| `copies` | reproduces paragraphs of another source in the collection |

Either way the page keeps its source page, labelled with why and with the
sources it copies; its citations stay on the event pages, apart from the
sources counted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Literal

from .consolidate.copies import MIN_PARAGRAPH
from .ingest import SIDECAR_SUFFIX
from .model import Article, Event, Problem

#: The signals, in the order they are shown.
SIGNALS = ("undated", "unsigned", "stuffed-title", "copies")
#: Signals that make a page low-quality when it is not a copy.
LOW_QUALITY_SIGNALS = 2
#: Share of a page's comparable text reproduced from other sources that makes it a copy.
COPY_SHARE = 0.5

# A stuffed title, as search-engine pages write them: "阿里云服务器老报漏洞 阿里云服务器老报漏洞怎么办",
# "Best VPN deals 2024 | best vpn deals for Windows", "云服务器,云主机,阿里云,服务器租用".
REPEATED_HAN_CHARS = 6  # a run of this many Chinese characters, said twice
REPEATED_LATIN_WORDS = 3  # this many words in a row, said twice
KEYWORD_SEPARATORS = ("|｜丨", "_", ",，、;；")  # each a family of separators that part a keyword list
KEYWORD_PARTS = 4  # at least this many parts, separated by one family …
KEYWORD_PART_CHARS = 16  # … each at most this long

_HAN_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]+")
_LATIN_WORD = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")

Verdict = Literal["copy", "low-quality", ""]


@dataclass(frozen=True)
class SourceQuality:
    """What a page shows of itself as a source: the signals against it and the sources it reproduces."""

    signals: tuple[str, ...] = ()  # from SIGNALS, in that order
    copies: tuple[str, ...] = ()  # ids of the articles it reproduces, the most reproduced first
    copied_share: float = 0.0  # share of its comparable text that reproduces them

    @property
    def verdict(self) -> Verdict:
        """ "copy", "low-quality", or "" for a page that counts as a source."""
        if self.copies and self.copied_share >= COPY_SHARE:
            return "copy"
        if len(self.signals) >= LOW_QUALITY_SIGNALS:
            return "low-quality"
        return ""

    @property
    def counted(self) -> bool:
        return not self.verdict


#: A page nothing is known against.
COUNTED = SourceQuality()


def stuffed_title(title: str) -> bool:
    """Whether a title was written for search engines: a phrase said twice, or a list of keywords."""
    if _repeats("".join(_HAN_RUN.findall(title)), REPEATED_HAN_CHARS):  # across spaces and punctuation
        return True
    if _repeats(tuple(_LATIN_WORD.findall(title.lower())), REPEATED_LATIN_WORDS):
        return True
    for family in KEYWORD_SEPARATORS:
        parts = [part.strip() for part in re.split(f"[{re.escape(family)}]", title)]
        if len(parts) >= KEYWORD_PARTS and all(0 < len(part) <= KEYWORD_PART_CHARS for part in parts):
            return True
    return False


def _repeats(sequence: str | tuple[str, ...], length: int) -> bool:
    """Whether some run of `length` items occurs twice in sequence without overlapping itself."""
    first: dict = {}
    for at in range(len(sequence) - length + 1):
        run = sequence[at : at + length]
        seen = first.setdefault(run, at)
        if at - seen >= length:
            return True
    return False


def assess_source(article: Article, copied: Mapping[int, str]) -> SourceQuality:
    """The quality of one page, given which of its paragraphs (by start offset) reproduce which article."""
    signals = []
    if article.published is None:
        signals.append("undated")
    if not (article.author or article.outlet):
        signals.append("unsigned")
    if stuffed_title(article.title):
        signals.append("stuffed-title")
    comparable = 0
    reproduced: Counter = Counter()
    for block in article.blocks:
        length = block.end - block.start
        if block.kind == "img" or length < MIN_PARAGRAPH:
            continue
        comparable += length
        if block.start in copied:
            reproduced[copied[block.start]] += length
    if reproduced:
        signals.append("copies")
    return SourceQuality(
        signals=tuple(signals),
        copies=tuple(original for original, _ in sorted(reproduced.items(), key=lambda item: (-item[1], item[0]))),
        copied_share=round(sum(reproduced.values()) / comparable, 3) if comparable else 0.0,
    )


def assess_sources(articles: Iterable[Article], copied: Mapping[tuple[str, int], str]) -> dict[str, SourceQuality]:
    """Every article's quality, from copy detection's map of (article, paragraph start) to the article it copies."""
    by_article: dict[str, dict[int, str]] = {}
    for (article_id, start), original in copied.items():
        by_article.setdefault(article_id, {})[start] = original
    return {article.id: assess_source(article, by_article.get(article.id, {})) for article in articles}


def counted_sources(event: Event, quality: Mapping[str, SourceQuality]) -> tuple[int, int]:
    """(sources counted, sources not counted) of an event: its source groups (see Event.source_groups), a
    group not counted when the article whose text it is is a copy or a low-quality page."""
    counted = uncounted = 0
    for group in event.source_groups:
        lead = group[0]
        owner = lead.copy_of or lead.article
        if owner and not quality.get(owner, COUNTED).counted:
            uncounted += 1
        else:
            counted += 1
    return counted, uncounted


#: How `dateline check` names each signal.
SIGNAL_WORDS = {
    "undated": "no publication date",
    "unsigned": "no author or outlet",
    "stuffed-title": "a title stuffed with keywords",
    "copies": "reproduces other sources",
}


def review_sources(articles: Iterable[Article], quality: Mapping[str, SourceQuality]) -> list[Problem]:
    """A warning for each page that is not counted as a source, saying why and what an editor can do."""
    problems = []
    for article in articles:
        judged = quality.get(article.id, COUNTED)
        if judged.counted:
            continue
        path = PurePosixPath(article.path)
        sidecar = path.with_name(path.stem + SIDECAR_SUFFIX)
        if judged.verdict == "copy":
            message = (
                f"this page copies {', '.join(judged.copies)} for {judged.copied_share:.0%} of its text: the site "
                "labels it as a copy and does not count it as a source"
            )
        else:
            reasons = ", ".join(SIGNAL_WORDS[signal] for signal in judged.signals)
            message = (
                f"a low-quality page ({reasons}): the site labels it and does not count it as a source; if it is "
                f"a real outlet's page, give its date, author and outlet in {sidecar}"
            )
        problems.append(Problem(article.path, None, message, "warning"))
    return problems
