"""The plain data that flows between the pipeline stages.

Every stage takes and returns these frozen dataclasses; none of them knows
how another stage works. Dates are ISO 8601 strings at their granularity
(`2021`, `2021-Q3`, `2021-H1`, `2021-12`, `2021-12-09`, `2021-12-10T12:00`)
so that they sort, serialise and compare without a custom type.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, get_args

#: How precise a date is, coarsest first.
Granularity = Literal["year", "half", "quarter", "month", "day", "time"]
GRANULARITIES: tuple[Granularity, ...] = get_args(Granularity)

#: How a mention's date was established, from most to least certain.
Resolution = Literal[
    "absolute",
    "year-from-publication",
    "year-from-context",
    "relative-to-publication",
    "relative-to-previous",
    "unresolved",
]
RESOLUTIONS: tuple[Resolution, ...] = get_args(Resolution)

#: A paragraph, a heading, a quotation, a list item, an image.
BlockKind = Literal["p", "h", "quote", "li", "img"]

#: How an article's file was written, as ingest recognised it.
ArticleFormat = Literal["front-matter-html", "front-matter-markdown", "html-page", "markdown", "text"]

#: Where an event comes from: extraction alone, an editor alone, or extraction changed by an editor.
Origin = Literal["extracted", "editorial", "merged"]

#: An error keeps the site from being replaced; a warning is only told.
Severity = Literal["error", "warning"]


@dataclass(frozen=True)
class Block:
    """One block of an article's body: a paragraph, heading, quote, list item or image.

    `start`/`end` are character offsets into `Article.text`; an image has
    `start == end` and carries its address in `src`.
    """

    kind: BlockKind
    start: int
    end: int
    src: str = ""
    alt: str = ""


@dataclass(frozen=True)
class Furniture:
    """A line of page furniture ingest kept out of an article's text: a byline, a date line, a share bar …"""

    kind: str  # byline, dateline, source, update, reading-time, share, copyright, caption, recommended, navigation
    text: str


@dataclass(frozen=True)
class Article:
    """A source article as ingest understood it."""

    id: str  # file name without extension: stable, used in URLs
    path: str  # path relative to the content folder, for messages
    format: ArticleFormat
    title: str
    text: str  # the body as plain text; blocks are separated by "\n\n"
    blocks: tuple[Block, ...]
    language: str  # "zh-Hans", "zh-Hant" or "en"
    published: dt.datetime | None = None  # aware: in the zone the file states, else the site's
    author: str = ""
    outlet: str = ""
    url: str = ""
    encoding: str = "utf-8"
    content_hash: str = ""
    date_evidence: str = ""  # what set `published`: "front matter", "date line: 发布时间：…", "URL: …"; "" for none
    furniture: tuple[Furniture, ...] = ()  # lines kept out of `text`, in the order the file has them
    # the day the page says it was updated, a day or two after publication (a story's later edition): what it
    # says happened by then may be after publication
    updated: dt.date | None = None

    @property
    def publication_date(self) -> dt.date | None:
        return self.published.date() if self.published else None


@dataclass(frozen=True)
class Mention:
    """A dated expression found in an article's text."""

    article: str
    as_written: str
    start: int  # offsets into Article.text; text[start:end] == as_written
    end: int
    date: str | None  # None when it cannot be resolved
    end_date: str | None
    granularity: Granularity
    resolved_by: Resolution
    is_event: bool
    sentence: str
    sentence_start: int
    sentence_end: int

    def to_json(self, event: str | None = None) -> dict:
        """The mention as the `mentions.json` contract spells it."""
        return {
            "article": self.article,
            "as_written": self.as_written,
            "date": self.date,
            "end_date": self.end_date,
            "granularity": self.granularity,
            "is_event": self.is_event,
            "event": event,
            "sentence": self.sentence,
            "start": self.start,
            "end": self.end,
            "resolved_by": self.resolved_by,
        }


@dataclass(frozen=True)
class Citation:
    """One source's support for an event: an article sentence or an external link."""

    article: str | None  # article id, or None for an external source
    quote: str
    as_written: str = ""
    date: str | None = None  # the date this source gives
    start: int = 0  # offsets of the mention in the article text
    end: int = 0
    url: str = ""  # external address (the article's own URL for article sources)
    title: str = ""
    copy_of: str | None = None  # article id this citation's text reproduces


@dataclass(frozen=True)
class VariantDate:
    date: str
    sources: tuple[str, ...]


@dataclass(frozen=True)
class IntervalCheck:
    """A source's claim about the time between two events, checked against their dates."""

    article: str
    claim: str  # the words of the claim, e.g. "距阿里云首次发现已经过去15天"
    earlier: str  # event ids
    later: str
    claimed_days: float
    tolerance_days: float
    actual_days: int

    @property
    def holds(self) -> bool:
        return abs(self.actual_days - self.claimed_days) <= self.tolerance_days


@dataclass(frozen=True)
class EventText:
    """An editor's headline and summary of an event for readers of one UI language (`title_en:`, `summary_zh:`)."""

    language: str  # "en" or "zh": the language part of a UI language
    title: str = ""
    summary: str = ""  # Markdown


@dataclass(frozen=True)
class Event:
    """One real-world happening, with every source that reports it."""

    id: str
    date: str
    end_date: str | None
    granularity: Granularity
    title: str
    summary: str
    sources: tuple[Citation, ...]
    entities: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    origin: Origin = "extracted"
    variant_dates: tuple[VariantDate, ...] = ()
    importance: float = 0.0
    edited_in: str = ""  # editor file that touched this event, if any
    language: str = ""
    interval_checks: tuple[IntervalCheck, ...] = ()
    also_published_by: tuple[str, ...] = ()  # articles that only reproduce another source's text
    headline_fallback: bool = False  # no clause made a good headline: the title is the sentence, shortened
    texts: tuple[EventText, ...] = ()  # the editors' title and summary in other languages

    def text_in(self, language: str) -> EventText | None:
        """The editors' title and summary for readers of a UI language (`en`, `zh-CN`), if they gave one."""
        wanted = language.split("-")[0]
        return next((text for text in self.texts if text.language == wanted), None)

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.date, self.id)

    @property
    def source_groups(self) -> tuple[tuple[Citation, ...], ...]:
        """The citations by source, in order of first citation: a source's several quotes are one
        source, and a copied passage is its original's, however many publish it. A page shows one
        card per group; the site counts the groups whose text is not a copy's or a low-quality page's
        (sourcequality.counted_sources), consolidation's importance counts them all."""
        groups: dict[str, list[Citation]] = {}
        for citation in self.sources:
            groups.setdefault(citation.copy_of or citation.article or citation.url, []).append(citation)
        return tuple(tuple(group) for group in groups.values())

    @property
    def independent_sources(self) -> int:
        """Sources that report the event on their own: the number of source groups."""
        return len(self.source_groups)


@dataclass(frozen=True)
class Forward:
    """An event the editors hid or merged into another: its page stays, saying where the event went."""

    id: str
    date: str
    title: str
    merged_into: str | None  # the id of the event it is part of now; None: hidden by the editors


@dataclass(frozen=True)
class Entity:
    """A person, organisation, law, product … that events are linked to."""

    id: str
    name: str
    kind: str = "organisation"
    aliases: tuple[str, ...] = ()
    description: str = ""
    link: str = ""

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class SiteConfig:
    """`content/site.yaml`, loaded once and passed down."""

    title: str = "dateline"
    description: str = ""
    base_url: str = ""
    language: str = "zh-CN"  # UI language
    timezone: str = "Asia/Shanghai"
    date_order: str = "MDY"  # how `12/9/2021` is read in English text
    repository: str = ""  # e.g. https://github.com/org/repo, for "edit" links
    about: str = ""  # Markdown
    focus: tuple[str, ...] = ()  # entity ids whose events count as key events
    domain: str = ""  # a custom domain for GitHub Pages: written to CNAME
    # Editors' entries that would publish something wrong (an id that matches no event, a quote its
    # article does not contain) are warnings, not errors that keep the previous site: `--keep-going`.
    keep_going: bool = False
    # What one article may cost to read. Articles come from the open web; one over a
    # limit is reported (path:line: message) and skipped, never a crash or a stalled build.
    max_article_bytes: int = 10_000_000  # size of an article file (and of its sidecar)
    max_html_depth: int = 5_000  # elements nested inside each other (browsers stop at 512)
    max_html_elements: int = 100_000  # tags in one article's HTML (and [ and < in its Markdown)
    # What source pages publish of an article: by default the sentences that give dates, in their paragraphs,
    # with a link to the original. True, or a list of article ids: the whole text, where the editor has the right.
    full_text: bool | tuple[str, ...] = False
    images: str = "drop"  # an article's pictures on its full-text page: "drop" them, or "copy" them into the site
    tag_names: tuple[tuple[str, str], ...] = ()  # (tag, its name in the other UI language)

    def shows_full_text(self, article_id: str) -> bool:
        """Whether the editor may publish this article's whole text on its source page."""
        return self.full_text is True or (isinstance(self.full_text, tuple) and article_id in self.full_text)


@dataclass(frozen=True)
class CopiedImage:
    """An article's picture copied into the site (`images: copy`): where it goes, and its bytes."""

    path: str  # in the site, e.g. media/3f2a….png
    data: bytes = field(repr=False)


@dataclass(frozen=True)
class Content:
    """Everything read from a content folder, before anything is made of it."""

    project_dir: Path  # the folder that holds the content folder (and .dateline-cache/)
    content_dir: Path
    config: SiteConfig
    articles: tuple[Article, ...]
    entities: tuple[Entity, ...]
    entities_failed: bool = False  # an entity of entities.yaml could not be read: events would lose it


@dataclass(frozen=True)
class SiteData:
    """Everything the site is made from."""

    config: SiteConfig
    articles: tuple[Article, ...]
    mentions: dict[str, tuple[Mention, ...]]
    events: tuple[Event, ...]
    entities: tuple[Entity, ...]
    event_of_mention: dict = field(default_factory=dict)  # (article, start) -> id of a shown event
    forwards: tuple[Forward, ...] = ()  # events hidden or merged by the editors: their pages say where they went
    quality: dict = field(default_factory=dict)  # article id -> sourcequality.SourceQuality
    media: dict = field(default_factory=dict)  # a picture's address -> its CopiedImage (images: copy)


@dataclass(frozen=True)
class Problem:
    """A problem with the content, reported as `path:line: message`."""

    path: str
    line: int | None
    message: str
    severity: Severity = "error"
    column: int | None = None

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        if self.line and self.column:
            where += f":{self.column}"
        prefix = "" if self.severity == "error" else "warning: "
        return f"{where}: {prefix}{self.message}"


@dataclass
class Report:
    """Problems collected over a run; stages append, the CLI prints."""

    problems: list[Problem] = field(default_factory=list)

    def error(self, path: str, line: int | None, message: str, column: int | None = None) -> None:
        self.problems.append(Problem(path, line, message, "error", column))

    def warning(self, path: str, line: int | None, message: str, column: int | None = None) -> None:
        self.problems.append(Problem(path, line, message, "warning", column))

    @property
    def error_count(self) -> int:
        return sum(1 for p in self.problems if p.severity == "error")

    @property
    def has_errors(self) -> bool:
        return any(p.severity == "error" for p in self.problems)
