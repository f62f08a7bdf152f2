"""HTML to blocks: parse, check against the limits, sanitise, and walk the tree into pieces.

HTML is parsed with BeautifulSoup's `html.parser` (the standard library's
parser). html5lib builds exactly the tree a browser builds, but it is pure
Python and quadratic on deeply nested markup (3,000 nested `<div>`s take
seconds; a hostile 20 MB file would stall a build); lxml, installed for
htmldate, is not used here: the limits and end-of-file rules below are
html.parser's. We only need text and block boundaries, not a faithful DOM: the
walker below ends a block at every block-level start *and* end tag, so where
html.parser's tree differs from a browser's (an unclosed `<p>` or `<li>`
nests instead of closing) the blocks come out the same.

Articles come from the open web, so reading one must never run anything,
crash, or take unbounded time or memory. HTML over `max_html_elements` tags
or nested over `max_html_depth` is refused with a message (site.yaml raises
the limits). The parser is given a browser's end-of-file rules (Python's is
quadratic on markup left open at the end), and every HTML body passes
through nh3, an allowlist sanitiser, before its text is taken: only the tags
and attributes the block walker reads survive, and only http(s) image
addresses. What reaches an `Article` is plain text and those addresses; the
site escapes the text, so nothing from an article can run.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import urljoin, urlsplit

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.builder._htmlparser import BeautifulSoupHTMLParser, HTMLParserTreeBuilder

from ..errors import ContentError
from ..model import SiteConfig
from .reading import Piece, PieceKind, as_text, clean_block, clean_inline

#: Elements whose text a reader never sees.
INVISIBLE_ELEMENTS = frozenset(
    {
        "script",
        "style",
        "noscript",
        "template",
        "head",
        "title",
        "meta",
        "link",
        "svg",
        "math",
        "iframe",
        "object",
        "embed",
        "canvas",
        "audio",
        "video",
        "select",
        "option",
        "textarea",
        "input",
        "button",
        "rt",
        "rp",
        "dialog",
    }
)
#: Page furniture around the article in a whole HTML page.
PAGE_CHROME_ELEMENTS = frozenset({"nav", "header", "footer", "aside", "form"})
#: Elements that start and end a block of text.
BLOCK_ELEMENTS = frozenset(
    {
        "html",
        "body",
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "details",
        "dd",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "caption",
        "tr",
        "ul",
        "legend",
    }
)
#: Block elements that give their text a kind of its own (others inherit the enclosing kind).
BLOCK_KINDS: dict[str, PieceKind] = {
    "h1": "h",
    "h2": "h",
    "h3": "h",
    "h4": "h",
    "h5": "h",
    "h6": "h",
    "blockquote": "quote",
    "li": "li",
    "figcaption": "caption",  # a caption is furniture (furniture.py)
}
TABLE_CELL_ELEMENTS = frozenset({"td", "th"})
#: Elements that never have content (html.parser does not nest anything in them).
VOID_ELEMENTS = frozenset(
    {
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "keygen",
        "link",
        "menuitem",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "basefont",
        "bgsound",
        "command",
        "frame",
        "image",
        "isindex",
        "nextid",
        "spacer",
    }
)
#: Where lazy-loading pages keep the real image address, in order of preference.
IMAGE_SOURCE_ATTRIBUTES = ("src", "data-src", "data-original", "data-actualsrc")
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
#: An image this small (its width and height attributes) is a tracking pixel, not a picture.
TRACKING_PIXEL_MAX_SIDE = 2
#: What may stand between the links of a block made of links only (a menu, a list of related articles).
LINK_SEPARATORS = " \t\n\r\u00a0\u3000|｜·•/／、,，;；-–—>»›[]【】"

#: What nh3 keeps of an article's HTML before its text is taken: the tags the block
#: walker reads (others go, their text stays), the attributes it needs to tell hidden
#: text and image addresses, and only http(s) URLs. INVISIBLE_ELEMENTS go with their content.
SANITISED_TAGS = (
    frozenset(BLOCK_ELEMENTS - {"html", "body"})
    | TABLE_CELL_ELEMENTS
    | frozenset(
        {
            "thead",
            "tbody",
            "tfoot",
            "colgroup",
            "col",
            "br",
            "wbr",
            "img",
            "picture",
            "a",
            "span",
            "font",
            "b",
            "i",
            "em",
            "strong",
            "u",
            "s",
            "strike",
            "del",
            "ins",
            "small",
            "big",
            "sub",
            "sup",
            "mark",
            "q",
            "cite",
            "abbr",
            "acronym",
            "dfn",
            "time",
            "data",
            "code",
            "kbd",
            "samp",
            "var",
            "tt",
            "bdi",
            "bdo",
            "ruby",
            "label",
        }
    )
)
SANITISED_ATTRIBUTES = {
    "*": {"hidden", "aria-hidden", "style", "class", "id"},  # class and id only to mark a media player (below)
    "img": {"alt", "width", "height", *IMAGE_SOURCE_ATTRIBUTES},
    "time": {"datetime", "pubdate"},
}  # the article header's date (page.py)
SANITISED_STYLE_PROPERTIES = {"display", "visibility"}
SANITISED_URL_SCHEMES = {"http", "https"}

_TAG_START = re.compile(r"<[A-Za-z]")
#: A comment's start, or a tag with its attributes (quoted values may hold `>`); `>?`: an unclosed tag ends the scan.
_TAG = re.compile(r"""<!--|<(/?)([A-Za-z][^\s/>]*)(?:[^>"']|"[^"]*"|'[^']*')*>?""")
_STRAY_BR_END_TAG = re.compile(r"</br\s*>", re.I)


class _BrowserEndOfFile(BeautifulSoupHTMLParser):
    """html.parser with a browser's end-of-file rules, so that broken markup costs linear time.

    Python's parser (before 3.13.4) scans to the end of the document again for
    every construct still open there (60 KB of `<p ` takes minutes), and it
    rejects an unknown `<![…]>` section outright. A browser ends an open
    comment or tag at the end of the file, and reads `<![…>` as a comment up to
    the first `>`. BeautifulSoup feeds the whole document at once, so "not
    closed yet" here always means "never closed".
    """

    def parse_starttag(self, i: int) -> int:
        return self._or_to_the_end(super().parse_starttag(i), i)

    def parse_endtag(self, i: int) -> int:
        return self._or_to_the_end(super().parse_endtag(i), i)

    def parse_pi(self, i: int) -> int:
        return self._or_to_the_end(super().parse_pi(i), i)

    def parse_comment(self, i: int, report: bool = True) -> int:
        end = super().parse_comment(i, report)
        if end < 0:
            self.handle_comment(self.rawdata[i + 4 :])
            return len(self.rawdata)
        return end

    def parse_html_declaration(self, i: int) -> int:
        if self.rawdata.startswith("<![", i):
            close = self.rawdata.find(">", i + 3)
            end = len(self.rawdata) if close < 0 else close
            self.handle_comment(self.rawdata[i + 3 : end])
            return end if close < 0 else end + 1
        return self._or_to_the_end(super().parse_html_declaration(i), i)

    def _or_to_the_end(self, end: int, start: int) -> int:
        """A construct with no `>` after it is dropped with the rest of the file, as a browser does."""
        if end < 0 and self.rawdata.find(">", start) < 0:
            return len(self.rawdata)
        return end


class TreeBuilder(HTMLParserTreeBuilder):
    def feed(self, markup: str | bytes, _parser_class: type[BeautifulSoupHTMLParser] = _BrowserEndOfFile) -> None:
        super().feed(markup, _parser_class=_parser_class)


def parse_html(html: str) -> BeautifulSoup:
    """Parse HTML as html.parser does, in linear time whatever the markup (see _BrowserEndOfFile)."""
    # Browsers read a stray </br> as <br>; html.parser would drop it and glue two lines together.
    return BeautifulSoup(_STRAY_BR_END_TAG.sub("<br>", html), builder=TreeBuilder())


def check_limits(html: str, first_line: int, shown_path: str, config: SiteConfig) -> None:
    """Refuse HTML over the size and nesting limits in `config`, before any parser sees it."""
    if html.count("<") > config.max_html_elements:  # cheap bound first; count tags only when it is passed
        for count, match in enumerate(_TAG_START.finditer(html), 1):
            if count > config.max_html_elements:
                raise ContentError(
                    shown_path,
                    first_line + html.count("\n", 0, match.start()),
                    f"more than {config.max_html_elements} HTML tags; raise max_html_elements "
                    "in content/site.yaml to read this article",
                )
    position = _nesting_limit_position(html, config.max_html_depth)
    if position is not None:  # found before parsing: BeautifulSoup and nh3 are quadratic in depth
        raise ContentError(shown_path, first_line + html.count("\n", 0, position), _too_deep(config))


def _too_deep(config: SiteConfig) -> str:
    return (
        f"HTML elements nested more than {config.max_html_depth} deep; "
        "raise max_html_depth in content/site.yaml to read this article"
    )


def _nesting_limit_position(html: str, limit: int) -> int | None:
    """Where the elements open in html first nest deeper than limit, as html.parser nests them; None if never.

    A linear scan of the tags (the text of <script> and <style> skipped): a start tag
    opens an element unless it is void, an end tag closes up to the nearest open one
    of its name and is ignored if there is none.
    """
    open_names: list[str] = []
    open_count: Counter = Counter()
    position = 0
    while (match := _TAG.search(html, position)) is not None:
        position = match.end()
        if match.group(2) is None:  # a comment
            end = html.find("-->", position)
            position = len(html) if end < 0 else end + 3
            continue
        closing, name = match.group(1), match.group(2).lower()
        if closing:
            if open_count[name]:
                while open_names:
                    popped = open_names.pop()
                    open_count[popped] -= 1
                    if popped == name:
                        break
        elif name not in VOID_ELEMENTS and not match.group().endswith("/>"):
            if name in ("script", "style"):
                closing = re.compile(f"</{name}\\s*>", re.I).search(html, position)
                position = len(html) if closing is None else closing.end()
                continue
            open_names.append(name)
            open_count[name] += 1
            if len(open_names) > limit:
                return match.start()
    return None


def sanitised(html: str) -> str:
    """The article HTML through nh3's allowlist: only what the block walker reads is left."""
    return nh3.clean(
        html,
        tags=set(SANITISED_TAGS),
        clean_content_tags=set(INVISIBLE_ELEMENTS),
        attributes={tag: set(names) for tag, names in SANITISED_ATTRIBUTES.items()},
        attribute_filter=_the_marks_kept,
        url_schemes=set(SANITISED_URL_SCHEMES),
        filter_style_properties=set(SANITISED_STYLE_PROPERTIES),
        strip_comments=True,
        link_rel=None,
    )


def _the_marks_kept(tag: str, attribute: str, value: str) -> str | None:
    """A class or id is kept only as the mark of a media player (`class="video-player"`, `id="aniplayer_…"`) or
    of a reader's comment (`class="comment even thread-even"`); any other attribute as it is."""
    if attribute not in ("class", "id"):
        return value
    if _A_PLAYER.search(value):
        return MEDIA_PLAYER
    return READER_COMMENT if "omment" in value and _A_COMMENT.search(value) else None


#: The class or id a media player keeps once sanitised: its controls and its playlist's titles are not the story.
MEDIA_PLAYER = "media-player"
#: The class or id a reader's comment, or the list of them, keeps once sanitised: its `<time>` is not the
#: article's.
READER_COMMENT = "reader-comment"
_A_COMMENT = re.compile(r"(?<![a-z])[Cc]omment(?:s|list|-list|-body|-author|-content)?(?![a-z])")
#: A player or its playlist named in a class or id (`video-player`, `jwplayer`, `thumbPlayer`, `videosPlaylist`),
#: not a place beside one (`afterplayer`, `below-player`) nor the people who play (`players`).
_A_PLAYER = re.compile(
    r"(?<!after)(?<!after[-_])(?<!below)(?<!below[-_])(?<!under)(?<!under[-_])"
    r"(?:player|Player|PLAYER|playlist|Playlist)(?!s(?![a-z]))"
)


def sanitised_tree(html: str, first_line: int, shown_path: str, config: SiteConfig) -> BeautifulSoup:
    """An HTML body as the block walker reads it: checked against the limits, sanitised, parsed."""
    check_limits(html, first_line, shown_path, config)
    return parse_html(sanitised(html))


def raw_text(tag: Tag) -> str:
    """All text under a tag, including what BeautifulSoup's get_text() leaves out (<script> bodies)."""
    return "".join(str(child) for child in tag.contents)


class BlockBuilder:
    """Collects pieces during a walk of an HTML tree: text runs cut at block boundaries."""

    def __init__(self) -> None:
        self.pieces: list[Piece] = []
        self._lines: list[list[str]] = [[]]  # raw text, one list per <br>-separated line
        self._images: list[Piece] = []  # images met inside a paragraph, placed after it
        self._links = 0  # links with text in the current block
        self._unlinked = False  # whether the block has words outside its links

    def text(self, string: str, linked: bool = False) -> None:
        self._lines[-1].append(string)
        if not linked and not self._unlinked and string.strip(LINK_SEPARATORS):
            self._unlinked = True

    def link(self) -> None:
        self._links += 1

    def line_break(self) -> None:
        self._lines.append([])

    def image(self, src: str, alt: str) -> None:
        piece = Piece("img", src=src, alt=clean_inline(alt))
        if any(part.strip() and part != _BOUNDARY for line in self._lines for part in line):
            self._images.append(piece)
        else:
            self.pieces.append(piece)

    def boundary(self) -> None:
        """Mark where an inline element starts or ends (see `_SET_APART`)."""
        self._lines[-1].append(_BOUNDARY)

    def flush(self, kind: PieceKind) -> None:
        """End the current block; two <br> in a row end a paragraph too."""
        paragraph: list[str] = []
        for line in [clean_block(_set_apart("".join(parts))) for parts in self._lines] + [""]:
            if line:
                paragraph.append(line)
            elif paragraph:
                links = 0 if self._unlinked else self._links
                self.pieces.append(Piece(kind, "\n".join(paragraph), links=links))
                paragraph = []
        self.pieces.extend(self._images)
        self._lines, self._images = [[]], []
        self._links, self._unlinked = 0, False


_BOUNDARY = "\x00"
#: A word's end and a capital at the edge of two inline elements (`<span>Reggie Reiner</span><span>December 9,
#: 2020</span>`, a headline and its date in a list of stories): two things the page sets apart by its styles.
_SET_APART = re.compile(f"(?<=[a-z]{{3}}){_BOUNDARY}+(?=[A-Z])")
#: The inline elements whose edges may set words apart.
_SEPARATE_INLINE_ELEMENTS = frozenset({"span", "time", "a", "label", "cite"})


def _set_apart(text: str) -> str:
    if _BOUNDARY not in text:
        return text
    return _SET_APART.sub(" ", text).replace(_BOUNDARY, "")


def html_pieces(root: Tag, skipped: frozenset[str], base_url: str, hidden_too: bool = False) -> list[Piece]:
    """The blocks of an HTML tree in document order (iterative: deep nesting must not recurse); with
    `hidden_too`, those of elements hidden by their markup (`style="display:none"`) as well."""
    walk = _Walk(root, skipped, base_url, hidden_too)
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if leaving:
            assert isinstance(node, Tag)  # only a tag is put back on the stack to be left
            walk.leave(node)
        elif isinstance(node, Tag):
            if walk.enter(node):
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(node.contents))
        elif type(node) is NavigableString:  # not Comment, Doctype, CData …
            walk.text(str(node))
    walk.builder.flush(walk.kinds[-1])
    return walk.builder.pieces


class _Walk:
    """What walking an HTML tree knows at each node: the kind of block it is in, and whether it is inside
    preformatted text or a link."""

    def __init__(self, root: Tag, skipped: frozenset[str], base_url: str, hidden_too: bool = False):
        self.root, self.skipped, self.base_url, self.hidden_too = root, skipped, base_url, hidden_too
        self.builder = BlockBuilder()
        self.kinds: list[PieceKind] = ["p"]
        self.in_pre = self.in_link = 0

    def enter(self, node: Tag) -> bool:
        """Take a start tag; whether its children are walked (then `leave` follows them)."""
        name = node.name
        if (name in self.skipped and node is not self.root) or (not self.hidden_too and _is_hidden(node)):
            return False
        if (node.get("id") == MEDIA_PLAYER or node.get("class") == [MEDIA_PLAYER]) and node is not self.root:
            return False  # a video's controls and playlist
        if name == "br":
            self.builder.line_break()
            return False
        if name == "img":
            src = "" if _is_tracking_pixel(node) else _image_source(node, self.base_url)
            if src:
                self.builder.image(src, as_text(node.get("alt")))
            return False
        if name in BLOCK_ELEMENTS:
            self.builder.flush(self.kinds[-1])
            self.kinds.append(BLOCK_KINDS.get(name, self.kinds[-1]))
        if name == "pre":
            self.in_pre += 1
        elif name == "a":
            self.in_link += 1
            if node.get_text().strip():
                self.builder.link()
        elif name in TABLE_CELL_ELEMENTS:  # html.parser nests unclosed cells: space on both sides
            self.builder.text(" ")
        if name in _SEPARATE_INLINE_ELEMENTS:
            self.builder.boundary()
        return True

    def leave(self, node: Tag) -> None:
        if node.name in BLOCK_ELEMENTS:
            self.builder.flush(self.kinds.pop())
        elif node.name in TABLE_CELL_ELEMENTS:
            self.builder.text(" ")
        if node.name in _SEPARATE_INLINE_ELEMENTS:
            self.builder.boundary()
        if node.name == "pre":
            self.in_pre -= 1
        elif node.name == "a":
            self.in_link -= 1

    def text(self, text: str) -> None:
        if not self.in_pre:
            self.builder.text(text, self.in_link > 0)
            return
        for number, line in enumerate(text.split("\n")):
            if number:
                self.builder.line_break()
            self.builder.text(line, self.in_link > 0)


def _is_tracking_pixel(tag: Tag) -> bool:
    sides = [as_text(tag.get(name)).strip().lower().removesuffix("px") for name in ("width", "height")]
    return all(
        side.isascii() and side.isdigit() and len(side) < 6 and int(side) <= TRACKING_PIXEL_MAX_SIDE for side in sides
    )


def _is_hidden(tag: Tag) -> bool:
    return (
        tag.has_attr("hidden")
        or str(tag.get("aria-hidden", "")).lower() == "true"
        or bool(HIDDEN_STYLE.search(as_text(tag.get("style"))))
        or (tag.name == "input" and str(tag.get("type", "")).lower() == "hidden")
    )


def _image_source(tag: Tag, base_url: str) -> str:
    """The first http(s) address of an image; relative ones resolved against the page URL."""
    for attribute in IMAGE_SOURCE_ATTRIBUTES:
        src = as_text(tag.get(attribute)).strip()
        if not src:
            continue
        if src.startswith("//"):
            src = "https:" + src
        elif base_url and not urlsplit(src).scheme:
            src = urljoin(base_url, src)
        if urlsplit(src).scheme in ("http", "https"):
            return src
    return ""
