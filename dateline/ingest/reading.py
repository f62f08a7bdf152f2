"""What a format reader hands back, the interface every reader has, and the text clean-up they share.

A reader (one per input format, see `readers.py`) turns a document's text
into `Piece`s (blocks of plain text, or images) and the metadata the document
states, each `Value` with the line it was written on so that a bad one can be
pointed at. Pieces get their offsets only once the article is assembled.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from ..model import ArticleFormat, Block, SiteConfig

#: A headline is short and does not end like a sentence.
HEADLINE_MAX_CHARS = 80
SENTENCE_ENDINGS = "。！？!?.…;；:：,，、"
CLOSING_QUOTES = "”’\"')）】」』》"

# Characters.
CJK_CHARS = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3400-\u4dbf"
    "\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f"
)
HAN_CHARS = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"

CJK = re.compile(f"[{CJK_CHARS}]")
HAN = re.compile(f"[{HAN_CHARS}]")
URL = re.compile(r"https?://\S+")
_WHITESPACE_RUN = re.compile(r"\s+")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
_PRIVATE_USE = re.compile("[\ue000-\uf8ff]")
# Format characters that carry no text: zero-width space, BOM, soft hyphen, C0/C1 controls, and
# the bidirectional controls that can make text read backwards (no Chinese or English text needs them).
_INVISIBLE_CHARS = dict.fromkeys(
    [
        0x200B,
        0xFEFF,
        0x00AD,
        0x7F,
        *range(0x00, 0x09),
        *range(0x0E, 0x20),
        *range(0x80, 0xA0),
        0x200E,
        0x200F,
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)
#: The private use area: an icon font's glyphs between a stamp's parts (`2004年7月16日08:19 [ 黄宇 ]\ue5c2 来源：…`),
#: no text anyone reads; each is a space between what it separates.
_PRIVATE_USE_CHARS = dict.fromkeys(range(0xE000, 0xF900), " ")


@dataclass
class Value:
    """One metadata value, where it was written (for error messages) and, for a date, what evidence it is."""

    value: object
    line: int | None = None
    path: str = ""
    evidence: str = ""  # "front matter", "JSON-LD datePublished", "<meta property=article:published_time>" …


#: The kind of a piece: a block's kind, or a caption, which is page furniture and never becomes a block.
PieceKind = Literal["p", "h", "quote", "li", "img", "caption"]


@dataclass
class Piece:
    """A block before offsets are known: its kind and text, or an image."""

    kind: PieceKind
    text: str = ""
    src: str = ""
    alt: str = ""
    links: int = 0  # in HTML, how many links the block is made of when it is links only (a menu)


@dataclass
class Reading:
    """What a format reader found: body pieces and the metadata the document states."""

    format: ArticleFormat
    pieces: list[Piece]
    metadata: dict[str, Value] = field(default_factory=dict)  # title, author, outlet, url, language
    date_candidates: list[Value] = field(default_factory=list)  # the page's own publication dates, by trust
    update_candidates: list[Value] = field(default_factory=list)  # the page's own update stamps
    more_page_dates: Callable[[], Value | None] | None = None  # a costlier reading of the page's metadata
    marked_dates: Callable[[], Value | None] | None = None  # the dates the page's elements are marked as
    # (`<li class="dateStamp">`, `<span id="paperdate">`): where nothing else dates it
    front_matter: dict[str, Value] = field(default_factory=dict)  # overrides `metadata`
    title_dropped: bool = False  # the reader already removed the title from the body
    title_may_lead: bool = False  # with no title stated, a first line that reads like a headline is the title
    margin_pieces: list[Piece] = field(default_factory=list)  # text around the story (an article's header),
    # read for its furniture only
    after_story: list[Piece] = field(default_factory=list)  # a page's comments and lists after its story:
    # furniture that dates nothing


@dataclass(frozen=True)
class Source:
    """What a reader may need besides the text: the path for messages, the limits, the page's address."""

    shown_path: str
    config: SiteConfig
    base_url: str = ""


class Reader:
    """One input format (as Pelican's readers are): a document's text in, a `Reading` out.

    `first_line` is the file line the text starts on (after front matter), so
    that messages point at the line an editor sees.
    """

    format: ArticleFormat = "text"

    def read(self, text: str, first_line: int, source: Source) -> Reading:
        raise NotImplementedError


def clean_block(raw: str) -> str:
    """Collapse whitespace runs to a space; a line break between two CJK characters goes away."""
    raw = raw.translate(_INVISIBLE_CHARS)
    if _PRIVATE_USE.search(raw):
        raw = raw.translate(_PRIVATE_USE_CHARS)

    def replace(match: re.Match) -> str:
        if "\n" in match.group():
            before = raw[match.start() - 1] if match.start() else ""
            after = raw[match.end()] if match.end() < len(raw) else ""
            if before and after and CJK.match(before) and CJK.match(after):
                return ""
        return " "

    return _unspaced(_WHITESPACE_RUN.sub(replace, raw).strip())


def _unspaced(text: str) -> str:
    """A block set one character at a time with spaces between (`深 圳 富 士 康 今 日 再 有 …`), as some sites
    print Chinese, read as written without them: else `4 日 前` is no `4日前` and `今 日` no `今日`."""
    if len(text) < 2 * LETTERSPACED_MIN_CHARACTERS or text[1:2] != " " or text[3:4] != " ":
        return text  # the cheap test first: almost every block fails it
    tokens = text.split(" ")
    singles = sum(len(token) == 1 for token in tokens)
    chinese = sum(CJK.match(token) is not None for token in tokens)
    if singles < LETTERSPACED_SHARE * len(tokens) or 2 * chinese < len(tokens):
        return text
    return "".join(tokens)


#: A letter-spaced block: at least this many characters, and this share of its words one character long.
LETTERSPACED_MIN_CHARACTERS = 8
LETTERSPACED_SHARE = 0.9


def clean_inline(value: str) -> str:
    return scrubbed(_WHITESPACE_RUN.sub(" ", value.translate(_INVISIBLE_CHARS)).strip())


def as_text(value: object) -> str:
    """A metadata value as text: lists are joined, objects give their `name`."""
    if isinstance(value, Value):
        value = value.value
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(text for text in (as_text(item) for item in value) if text)
    if isinstance(value, dict):
        return as_text(value.get("name", ""))
    return str(value)


def same_text(first: str, second: str) -> bool:
    return _WHITESPACE_RUN.sub("", first).casefold() == _WHITESPACE_RUN.sub("", second).casefold()


def ends_sentence(line: str) -> bool:
    stripped = line.rstrip().rstrip(CLOSING_QUOTES)
    return not stripped or stripped[-1] in SENTENCE_ENDINGS


def scrubbed(text: str) -> str:
    """Text that can be written as UTF-8: lone surrogates (from JSON or YAML escapes) become U+FFFD."""
    if not _LONE_SURROGATE.search(text):
        return text
    return text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")


def scrubbed_block(block: Block) -> Block:
    if not block.src and not block.alt:
        return block
    return dataclasses.replace(block, src=scrubbed(block.src), alt=scrubbed(block.alt))


def non_empty(values: dict[str, Value]) -> dict[str, Value]:
    return {name: found for name, found in values.items() if found.value not in (None, "", [], {})}
