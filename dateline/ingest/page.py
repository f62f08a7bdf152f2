"""The reader for whole HTML pages, as a browser saves them: metadata from the head, text from the article.

A page says what it is in several places, of unequal trust: JSON-LD (what
the publisher tells search engines), `<meta>` and Open Graph tags, `<link
rel=canonical>`, `<html lang>`, and `<title>` (which carries the site's name).
The body is read from the largest `<article>` (not a short teaser of another
story), else `<main>`, else `<body>`, without the page's navigation, header,
footer, asides and forms.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from urllib.parse import urljoin

from bs4 import BeautifulSoup, SoupStrainer, Tag
from bs4.exceptions import ParserRejectedMarkup

from .dates import DATE_TEXT, parses_as_date
from .furniture_tables import RECOMMENDED_HEADINGS, STORY_PARAGRAPH_MIN_CHARS
from .htmltree import (
    INVISIBLE_ELEMENTS,
    PAGE_CHROME_ELEMENTS,
    READER_COMMENT,
    TreeBuilder,
    check_limits,
    html_pieces,
    parse_html,
    raw_text,
    sanitised,
)
from .reading import URL, Piece, Reader, Reading, Source, Value, as_text, clean_inline
from .story import libraries_quiet, story_paragraphs, trafilatura_story

#: The elements a page's metadata is read from (JSON-LD is a <script>), besides <html lang>
#: and any element with itemprop=datePublished.
METADATA_ELEMENTS = ("meta", "title", "link", "script", "base")

#: schema.org types that describe an article, most specific first.
JSON_LD_ARTICLE_TYPES = (
    "NewsArticle",
    "ReportageNewsArticle",
    "AnalysisNewsArticle",
    "OpinionNewsArticle",
    "BackgroundNewsArticle",
    "Article",
    "BlogPosting",
    "TechArticle",
    "Report",
    "WebPage",
)
#: <meta> names/properties (lower case) per field, in order of trust.
META_KEYS = {
    "title": ("og:title", "twitter:title", "dc.title"),
    "date": (
        "article:published_time",
        "og:published_time",
        "datepublished",
        "pubdate",
        "pub_date",
        "publishdate",
        "publish-date",
        "publish_date",
        "publication_date",
        "firstpublishedtime",
        "publishedtime",
        "publish_time",
        "pubtime",
        "dc.date.issued",
        "dcterms.created",
        "dc.date",
        "parsely-pub-date",
        "sailthru.date",
        "published",
        "date",
    ),
    "author": ("author", "article:author", "parsely-author", "dc.creator", "byl"),
    "outlet": ("og:site_name", "application-name"),
    "url": ("og:url",),
    "language": ("og:locale", "content-language", "dc.language"),
    "updated": (
        "article:modified_time",
        "og:updated_time",
        "datemodified",
        "dateupdate",
        "dc.date.modified",
        "dcterms.modified",
        "last-modified",
        "lastmod",
        "revised",
    ),
}
#: <meta> names (lower case) with these words date something else than the publication: htmldate never sees them.
NOT_PUBLICATION_META_WORDS = ("modif", "update", "revis", "lastmod", "copyright", "expir", "crawl", "index")
#: Words in a <meta> content that say its date is not the publication's (`页面生成时间 2023-10-23`).
NOT_PUBLICATION_CONTENT_WORDS = ("生成", "更新", "修改", "generated", "updated", "modified")
#: A script that names the publication date (`publish_time: '2019-09-08 11:42:03'`, `var publishdate = …`).
_PUBLICATION_KEY_WORDS = r"publish|pub_?(?:date|time)|datepublished"
_PUBLICATION_KEY = re.compile(rf"{_PUBLICATION_KEY_WORDS}|发布时间|發佈時間", re.I)
#: A publication key's date in a script (`"published": "2016-11-10T23:02:10Z"`).
_PUBLISHED_DAY = re.compile(
    rf"(?:{_PUBLICATION_KEY_WORDS})\w*[\"']?\s*[:=]\s*[\"']?([12][0-9]{{3}}-[01][0-9]-[0-3][0-9])", re.I
)
#: The whole value, with its time (`publishdate = '2019-09-26 12:11:01'`).
_PUBLISHED_VALUE = re.compile(_PUBLISHED_DAY.pattern + r"[^\"',;}<]*[\"']?", re.I)
#: The years htmldate may answer with (its default latest date is today's: a build must not depend on the clock).
HTMLDATE_EARLIEST, HTMLDATE_LATEST = "1990-01-01", "2099-12-31"
#: Separators between a headline and the site name in <title>.
TITLE_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " _ ", "|", "｜", "_", "-", "—")
_SEPARATOR_MARKS = frozenset(separator.strip()[0] for separator in TITLE_SITE_SEPARATORS)
#: The longest site name a <title> adds to its headline (`…城！-新华网`, `… - Trinidad and Tobago Newsday`).
SITE_NAME_MAX_CHARS = 40

#: An article's own margins: read for its furniture, never for its text.
MARGIN_ELEMENTS = ("header", "footer")

_HTML_OPENING_TAG = re.compile(r"""<html\b(?:[^>"']|"[^"]*"|'[^']*')*>""", re.I)


#: What may come before a page's <html>: a doctype, an XML declaration, comments. Anything else there (a
#: collection's wrapper, `<text id="http://…" title="…" encoding="gb2312">`) is cut off: a parser would take it
#: for the start of the page's body, and the sanitiser drops a `<text>` element with all it holds.
_BEFORE_THE_PAGE = re.compile(r"\s*(?:<!--.*?-->\s*|<![Dd][Oo][Cc][Tt][Yy][Pp][Ee][^>]*>\s*|<\?xml[^>]*>\s*)*", re.S)


def _without_a_wrapper(text: str, first_line: int) -> tuple[str, int]:
    """The page from its <html> on, where a wrapper of a collection's comes before it (its lines counted); a
    page without <html> out of a `<text>` wrapper, an element the sanitiser drops with all it holds."""
    opening = _HTML_OPENING_TAG.search(text, 0, WRAPPER_REACH)
    if opening is None:
        wrapper = _TEXT_WRAPPER.match(text)
        if wrapper is None:
            return text, first_line
        body = text[wrapper.end() :]
        return _TEXT_WRAPPER_END.sub("", body), first_line + text.count("\n", 0, wrapper.end())
    if _BEFORE_THE_PAGE.fullmatch(text, 0, opening.start()):
        return text, first_line
    return text[opening.start() :], first_line + text.count("\n", 0, opening.start())


_TEXT_WRAPPER = re.compile(r"\s*<text\b[^>]*>", re.I)
_TEXT_WRAPPER_END = re.compile(r"</text>\s*$", re.I)


#: How far into a file its <html> tag is looked for past a wrapper.
WRAPPER_REACH = 2000


class HtmlPageReader(Reader):
    """A whole page: metadata from JSON-LD, <meta>, <link> and <title>; body from <article>/<main>/<body>.

    Metadata is read from the page as written (it only ever becomes plain text);
    the body from the page as nh3 leaves it.
    """

    format = "html-page"

    def read(self, text: str, first_line: int, source: Source) -> Reading:
        check_limits(text, first_line, source.shown_path, source.config)
        text, first_line = _without_a_wrapper(text, first_line)
        soup = _metadata_tree(text)
        page = _page_metadata(soup, first_line, source.shown_path)
        page_url = as_text(page.metadata.get("url"))
        base = soup.find("base", href=True)
        base_url = urljoin(page_url, as_text(base.get("href"))) if isinstance(base, Tag) else page_url
        body = parse_html(sanitised(text))
        story = _TrafilaturaStory(text, page_url)
        root = _marked_story(body, story)
        marked = root is not None
        if root is None:
            root = _story_main(body) or body.body or body
        chrome = _page_chrome(root)
        pieces = html_pieces(root, INVISIBLE_ELEMENTS | chrome, base_url)
        if not _holds_a_story_paragraph(pieces):
            pieces = (
                _a_story_its_scripts_show(root, base_url, chrome)
                or _the_story_trafilatura_reads(story, base_url)
                or pieces
            )
        after_the_story: list[Piece] = []
        if not marked:  # the markup does not say where the story is: comments and lists may follow it
            pieces, after_the_story = _to_the_story_end(pieces, story)
        elif (notes := _notes_after_the_story(pieces, _END_OF_AN_ARTICLE)) is not None:
            pieces, after_the_story = pieces[:notes], pieces[notes:]  # comments or references inside the <article>
        elif (links := _links_after_the_story(pieces)) is not None:
            pieces, after_the_story = pieces[:links], pieces[links:]  # its tags, then teasers of other stories
        date_candidates = list(page.dates)
        headline = _headline_outside(root)
        for time_stamp in (_header_time(root), _time_under_the_headline(root, headline)):
            if time_stamp is not None:
                date_candidates.append(time_stamp)
        reading = Reading(
            self.format,
            pieces,
            page.metadata,
            date_candidates,
            page.updates,
            margin_pieces=_article_margins(root, base_url) + _headline_matter(root, headline, base_url),
            after_story=after_the_story,
        )
        if not any(parses_as_date(as_text(candidate)) for candidate in date_candidates):
            reading.more_page_dates = lambda: _htmldate_reading(soup)
            reading.marked_dates = lambda: _a_marked_date(text)
        return reading


#: How much of a paragraph's start (its characters other than spaces) finds it among the page's pieces.
STORY_END_MATCH_CHARS = 20


class _TrafilaturaStory:
    """The paragraphs of the story trafilatura finds on a page, read once and only if asked for."""

    def __init__(self, html: str, url: str):
        self._html, self._url = html, url

    @functools.cached_property
    def html(self) -> str:
        return trafilatura_story(self._html, self._url)[2]

    @functools.cached_property
    def paragraphs(self) -> list[str]:
        return story_paragraphs(self.html)


#: An <article> shorter than this may be a teaser in a list of other stories (`Related`, `Most read`) on a
#: page that marks no story: it is the story only if it holds trafilatura's longest paragraph.
TEASER_MAX_CHARS = 1000


def _marked_story(body: BeautifulSoup, story: _TrafilaturaStory) -> Tag | None:
    """The largest <article>, where the markup marks the story with one; None where it marks none, or only
    teasers of other stories."""
    articles = body.find_all("article")
    if not articles:
        return None
    largest = max(articles, key=lambda article: len(article.get_text()))
    if (len(largest.get_text()) >= TEASER_MAX_CHARS and len(articles) == 1) or not story.paragraphs:
        return largest
    # a short one, or one of several (a list of other stories set as <article>s, the story outside them): the
    # one that holds the story trafilatura finds
    longest = _without_spaces(max(story.paragraphs, key=len))[:STORY_END_MATCH_CHARS]
    return largest if longest in _without_spaces(largest.get_text()) else None


def _story_main(body: BeautifulSoup) -> Tag | None:
    """The page's <main>: where a page has several (an empty one in its header, a feed after the story's), the
    first that holds a paragraph of story."""
    mains = body.find_all("main")
    for main in mains:
        if any(a_story_paragraph(line.strip()) for line in main.get_text("\n").split("\n")):
            return main
    return mains[0] if mains else None


def _page_chrome(root: Tag) -> frozenset[str]:
    """The elements that are the page's chrome, not its story: a <form> is a search box or a sign-up, except
    the one some sites wrap their whole page in (ASP.NET's `<form id="aspnetForm">`)."""
    forms = root.find_all("form", limit=_FORMS_LOOKED_AT)
    if not forms:
        return PAGE_CHROME_ELEMENTS  # most pages: no need to measure the page's text
    whole = len(root.get_text())
    wraps_the_page = any(len(form.get_text()) * 2 > whole for form in forms)
    return PAGE_CHROME_ELEMENTS - {"form"} if wraps_the_page else PAGE_CHROME_ELEMENTS


#: How many of a page's forms are looked at for the one that wraps it (it comes first).
_FORMS_LOOKED_AT = 3


def _a_story_its_scripts_show(root: Tag, base_url: str, chrome: frozenset[str]) -> list[Piece] | None:
    """The pieces of a page that hides its whole story until its scripts run (`<div style="display:none">`),
    hidden ones with the others, where a story paragraph is among them."""
    pieces = html_pieces(root, INVISIBLE_ELEMENTS | chrome, base_url, hidden_too=True)
    return pieces if _holds_a_story_paragraph(pieces) else None


def _the_story_trafilatura_reads(story: _TrafilaturaStory, base_url: str) -> list[Piece] | None:
    """The pieces of the story trafilatura finds, where the page as sanitised keeps none: markup a browser's
    parser reads otherwise than lxml's (an SVG icon's `<title>` closed by `</>` leaves the rest of the page
    inside the icon, which no reader sees)."""
    if not story.html:
        return None
    pieces = html_pieces(parse_html(sanitised(story.html)), INVISIBLE_ELEMENTS, base_url)
    return pieces if _holds_a_story_paragraph(pieces) else None


def _holds_a_story_paragraph(pieces: list[Piece]) -> bool:
    """Whether a story paragraph is among the pieces, or among the lines of one (a story written as one <p>
    broken by <br>, a byline its last line)."""
    return any(a_story_paragraph(line.strip()) for piece in pieces for line in piece.text.split("\n"))


def _without_spaces(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _to_the_story_end(pieces: list[Piece], story: _TrafilaturaStory) -> tuple[list[Piece], list[Piece]]:
    """The pieces up to the story's last paragraph as trafilatura finds the story (or, before it, the heading
    of the page's comments or of the story's references, the editor's line that signs a Chinese story, or the line
    that credits a wire story's reporters),
    and those after it (the comments, the lists of other articles, the site's footer); all of them when
    none is found."""
    signed = _first_after_a_paragraph(pieces, _CLOSING_LINE)
    if signed is not None:
        return pieces[: signed + 1], pieces[signed + 1 :]
    end = _trafilatura_end(pieces, story.paragraphs)
    notes = _notes_after_the_story(pieces, _END_OF_A_STORY)
    start = _trafilatura_start(pieces, story.paragraphs)
    if end is not None:
        end = _end_past_the_middle(pieces, story.paragraphs, end)  # its last paragraph is printed above it too
    if notes is not None and (end is None or notes <= end) and (start is None or notes > start):
        # a heading above the story trafilatura finds (`Comments`, a button of the share bar over it) ends nothing
        return pieces[:notes], pieces[notes:]
    return (pieces, []) if end is None else (pieces[: end + 1], pieces[end + 1 :])


def _trafilatura_end(pieces: list[Piece], paragraphs: list[str]) -> int | None:
    """The piece that holds the last paragraph of the story trafilatura finds: the last one of some length
    or that ends a sentence, since it may end with a few short lines of the page's chrome (`EN`, the site's
    address) that the page prints above the story too; None when it has none (it found only chrome)."""
    written = (_without_spaces(paragraph) for paragraph in reversed(paragraphs))
    last = next((text for text in written if len(text) >= STORY_END_MATCH_CHARS or _ends_a_sentence(text)), "")
    last = last[:STORY_END_MATCH_CHARS]
    for index in range(len(pieces) - 1, -1, -1):
        if last and last in _without_spaces(pieces[index].text):
            return index
    return None


def _trafilatura_start(pieces: list[Piece], paragraphs: list[str]) -> int | None:
    """The piece that holds the first paragraph of some length of the story trafilatura finds, or None."""
    first = next(iter(_paragraph_starts(paragraphs)), "")
    return next((index for index, piece in enumerate(pieces) if first and first in _without_spaces(piece.text)), None)


def _paragraph_starts(paragraphs: list[str]) -> list[str]:
    """The first STORY_END_MATCH_CHARS characters (spaces left out) of each paragraph that has as many: what
    finds a paragraph among the page's pieces."""
    starts = (_without_spaces(text)[:STORY_END_MATCH_CHARS] for text in paragraphs)
    return [start for start in starts if len(start) == STORY_END_MATCH_CHARS]


def _end_past_the_middle(pieces: list[Piece], paragraphs: list[str], end: int) -> int:
    """Where the story trafilatura finds ends above the middle of its paragraphs (its last line, a caption or
    `Home`, is printed only above it): the last piece that holds one of them; otherwise `end` stands (its first
    line is printed far below, in the comments)."""
    starts = set(_paragraph_starts(paragraphs))
    written = (_without_spaces(piece.text) for piece in pieces)
    found = [index for index, text in enumerate(written) if any(start in text for start in starts)]
    if not found or end >= found[len(found) // 2]:
        return end
    return found[-1]


def _notes_after_the_story(pieces: list[Piece], heading: re.Pattern) -> int | None:
    """Where the story's comments or notes begin: their heading, or numbered endnotes with none (`[1] 《…》，
    新华社，2021年7月1日。` `[2] …`)."""
    found = [
        _first_after_a_paragraph(pieces, heading, unless=_a_box_inside_the_story),
        _first_endnote(pieces),
        _first_list_of_stories(pieces),
    ]
    return min((index for index in found if index is not None), default=None)


def _first_list_of_stories(pieces: list[Piece]) -> int | None:
    """The heading of a list of other stories after the story (`RELATED`, `Top Stories`, `相关新闻`) over their
    linked headlines, each maybe with a blurb: the story ends at it; not where the story goes on under it, in
    paragraphs that follow one another (a box of links set into the story, a page's footer has two at most)."""
    for index, text in _after_a_paragraph(pieces):
        if (
            pieces[index].kind == "h"
            and _A_LIST_OF_STORIES_HEADING.fullmatch(text)
            and any(piece.links for piece in pieces[index + 1 : index + 4])
            and not _the_story_goes_on(pieces[index + 1 :])
        ):
            return index
    return None


def _the_story_goes_on(pieces: list[Piece]) -> bool:
    """Under a heading of links: two paragraphs of the story in a row among the few pieces right under it
    (`Recommended` over three links set into the story), or `STORY_GOES_ON_PARAGRAPHS` in a row anywhere further
    down (past a share bar); not teasers, each under its linked headline."""
    shown = [piece for piece in pieces if piece.kind != "img"]
    return (
        _longest_run_of_paragraphs(shown[:BOX_REACH]) >= 2
        or _longest_run_of_paragraphs(shown) >= STORY_GOES_ON_PARAGRAPHS
    )


def _longest_run_of_paragraphs(pieces: list[Piece]) -> int:
    longest = run = 0
    for piece in pieces:
        if piece.kind == "img":
            continue
        run = run + 1 if not piece.links and a_story_paragraph(piece.text.strip()) else 0
        longest = max(longest, run)
    return longest


#: This many paragraphs in a row under a list's heading are the story going on; two are, among this many pieces
#: right under it.
STORY_GOES_ON_PARAGRAPHS = 3
BOX_REACH = 8
#: The heading of a page's list of other stories.
_A_LIST_OF_STORIES_HEADING = re.compile(rf"(?i:{RECOMMENDED_HEADINGS})\s*[:：]?")


def _links_after_the_story(pieces: list[Piece]) -> int | None:
    """The first block of links only (the story's tags, a list of other stories) after the story's last
    paragraph: what follows it is the page's, a teaser's headline (`陆交局提醒 两地铁站11月底关十天`) among it."""
    last = next((index for index in range(len(pieces) - 1, -1, -1) if a_story_paragraph(pieces[index].text)), None)
    if last is None:
        return None
    return next((index for index in range(last + 1, len(pieces)) if pieces[index].links >= 2), None)


def _a_box_inside_the_story(pieces: list[Piece], index: int, text: str) -> bool:
    """`延伸阅读` over a headline or two, with the story going on under it: a box of links set into the story (a
    page's further reading at its end lists works, no paragraphs of a story)."""
    shown = [piece for piece in pieces[index + 1 :] if piece.kind != "img"]
    return bool(
        _FURTHER_READING.fullmatch(text)
        and shown
        and not a_story_paragraph(shown[0].text.strip())
        and _the_story_goes_on(shown)
    )


def _first_endnote(pieces: list[Piece]) -> int | None:
    """The first of a run of paragraphs numbered [1], [2], [3] after the story's first paragraph."""
    return next((index for index, _ in _after_a_paragraph(pieces) if _endnotes_start(pieces, index)), None)


def _endnotes_start(pieces: list[Piece], index: int) -> bool:
    """Whether pieces[index] is note [1], with [2] and [3] among the pieces just after it."""
    first = _ENDNOTE.match(pieces[index].text.strip())
    if first is None or first["number"] != "1":
        return False
    numbers = [m["number"] for piece in pieces[index : index + 8] if (m := _ENDNOTE.match(piece.text.strip()))]
    return numbers[:3] == ["1", "2", "3"]


#: A paragraph that opens with its note's number: `[1] 《…》`, `［2］王治东：…`.
_ENDNOTE = re.compile(r"[\[［](?P<number>[0-9]{1,3})[\]］]\s*\S")


def _first_after_a_paragraph(
    pieces: list[Piece], line: re.Pattern, unless: Callable[[list[Piece], int, str], bool] | None = None
) -> int | None:
    """The first piece that is all `line`, after a paragraph of the story (and not what `unless` says it is: a box
    of further reading the story goes on under)."""
    return next(
        (
            index
            for index, text in _after_a_paragraph(pieces)
            if line.fullmatch(text) and (unless is None or not unless(pieces, index, text))
        ),
        None,
    )


def _after_a_paragraph(pieces: list[Piece]) -> Iterator[tuple[int, str]]:
    """Each piece after the story's first paragraph, with its text stripped."""
    told = False
    for index, piece in enumerate(pieces):
        text = piece.text.strip()
        if told:
            yield index, text
        told = told or a_story_paragraph(text)


def a_story_paragraph(text: str) -> bool:
    """A paragraph of a story: of some length, and ending a sentence."""
    return len(text) >= STORY_PARAGRAPH_MIN_CHARS and _ends_a_sentence(text)


def _ends_a_sentence(text: str) -> bool:
    return text.endswith(("。", "”", "！", "？", ".", '"'))


#: A heading that can only head comments (`12 Comments`, `3 thoughts on “…”`, `Leave a Reply`).
_COUNTED_COMMENTS = (
    r"[0-9,]+\s+(?:comments?|responses?|replies)(?:\s+(?:on|to)\b.{0,200})?|[0-9,]+\s+thoughts? on\b.{0,200}"
    r"|leave a (?:reply|comment)"
    r"|join the (?:conversation|discussion)"
)
#: The heading of a page's comments: those, or a bare one (`Comments`, `Post a comment`, `网友评论`).
_COMMENTS_HEADING = re.compile(
    rf"(?i:{_COUNTED_COMMENTS}|comments?|responses?|replies|reader comments|post a comment|add a comment)\s*:?"
    r"|(?:网友评论|網友評論|最新评论|最新評論|热门评论|熱門評論|全部评论|全部評論|精彩评论|精彩評論)"
    # a comment box's counter and its rules or its sign-in prompt (`评论 66文明上网理性发言，…`, `请先登录后发表评论~`)
    r"|(?:评论|評論)\s*[0-9]+\s*(?:文明上网|文明上網|理性发言|理性發言|条|條).{0,60}"
    r"|(?:请先|請先)?(?:登录|登錄|登入)(?:后|後)?(?:发表|發表)?(?:评论|評論)[~～。!！]?"
)
#: The heading of a story's references or further reading: the sources' dates (`[引用日期2014-05-19]`,
#: `Accessed 14 December 2016`, a paper's year) are not the story's.
_REFERENCES_HEADING = (
    r"(?:(?i:references?|bibliography|works cited|literature cited|citations|footnotes|notes(?: and references)?"
    r"|sources|further reading|external links|see also)\s*:?"
    r"|(?:参考资料|参考文献|參考資料|參考文獻|注释|注釋|延伸阅读|延伸閱讀|外部链接|外部連結|参见|參見)\s*[:：]?)"
    # a wiki's heading ends with its edit link: `参考文献[编辑]`, `References[edit]`
    r"(?:\s*\[(?i:edit|编辑|編輯|编辑源代码|編輯原始碼)\])?"
)
#: The heading of further reading, which a page may set into its story as a box of links as well as at its end.
_FURTHER_READING = re.compile(r"(?:延伸阅读|延伸閱讀|(?i:further reading))\s*[:：]?")
#: The heading of the page's links to the next article or to its feed of latest news (`下一篇新聞：`, `更多即時新聞`,
#: `Next article`): what follows is other stories.
_OTHER_STORIES_HEADING = (
    r"(?:(?:下一篇|上一篇|下一則|上一則)(?:新闻|新聞|文章)?|(?:更多)?(?:即时新闻|即時新聞)"
    r"|(?i:(?:next|previous) (?:article|story|post)))\s*[:：]?"
)
#: Where a story ends on a page that does not mark it: its comments' heading, its references', or the links to
#: other stories.
_END_OF_A_STORY = re.compile(f"{_COMMENTS_HEADING.pattern}|{_REFERENCES_HEADING}|{_OTHER_STORIES_HEADING}")
#: Where a story ends inside a page's <article>, where a bare `Comments` may be a button in the story.
_END_OF_AN_ARTICLE = re.compile(rf"(?i:{_COUNTED_COMMENTS})\s*:?|{_REFERENCES_HEADING}|{_OTHER_STORIES_HEADING}")
#: A wire story's closing line crediting its reporters and editors.
_CREDITS_LINE = re.compile(
    r"(?:(?:The )?(?:Associated Press|AP|Reuters|AFP|Bloomberg)\s+(?:staff\s+)?(?:writers?|reporters?|correspondents?)"
    r"\s+[^.]{2,200}?\s+contributed(?:\s+to\s+this\s+(?:report|story|article))?\.?"
    r"|\(?(?:Additional\s+)?[Rr]eporting\s+by\s+[^()]{2,200}?(?:;\s*[Ee]dit(?:ing|ed)\s+by\s+[^()]{2,120}?)?\)?\.?)"
)
#: A story's closing line naming its editor (`责任编辑：郭明煜`, `（责编：王芳）`, `[编辑:张三]`).
_EDITOR_LINE = re.compile(
    r"(?:(?:本文)?(?:来源|來源)\s*[:：]\s*[^\s:：]{1,20}?\s*)?"  # `本文来源：新京报责任编辑：杜硕_NB12556`
    r"[\[（(【]?\s*(?:责任编辑|責任編輯|责编|責編|编辑|編輯)\s*[:：]\s*[^\s:：]{1,12}(?:\s+[^\s:：]{1,12})?\s*[\]）)】]?"
)
#: A story's closing line, after a paragraph of it: what follows is the page's (its comments, lists of other
#: stories).
_CLOSING_LINE = re.compile(f"{_EDITOR_LINE.pattern}|{_CREDITS_LINE.pattern}")


@dataclass
class _PageMetadata:
    metadata: dict[str, Value]  # title, author, outlet, url, language
    dates: list[Value]  # publication dates, by trust
    updates: list[Value]  # update stamps


def _metadata_tree(html: str) -> BeautifulSoup:
    """The elements of a page that carry its metadata, each at the top level, with their lines.

    Only these are built: BeautifulSoup is quadratic in the depth of a tree it
    builds whole, and a page's body is read from nh3's output anyway.
    """

    def only(strainer: SoupStrainer) -> BeautifulSoup:
        try:
            return BeautifulSoup(html, builder=TreeBuilder(), parse_only=strainer)
        except ParserRejectedMarkup:
            return BeautifulSoup("", "html.parser")

    soup = only(SoupStrainer(list(METADATA_ELEMENTS)))
    for tag in only(SoupStrainer(attrs={"itemprop": "datePublished"})).find_all(True):
        soup.append(tag.extract())
    opening = _HTML_OPENING_TAG.search(html)
    if opening:
        html_tag = BeautifulSoup(opening.group() + "</html>", "html.parser").find("html")
        if html_tag is not None:
            html_tag.sourceline = html.count("\n", 0, opening.start()) + 1
            soup.append(html_tag.extract())
    return soup


def _page_metadata(soup: BeautifulSoup, first_line: int, shown_path: str) -> _PageMetadata:
    """Page metadata, trusting JSON-LD over <meta>/og over <title> (which carries a site suffix)."""

    def line_of(tag: Tag | None) -> int | None:
        sourceline = getattr(tag, "sourceline", None)
        return first_line + sourceline - 1 if sourceline else None

    candidates: dict[str, list[Value]] = {name: [] for name in META_KEYS}
    json_ld, json_ld_tag = _json_ld_article(soup)
    if json_ld:
        where = line_of(json_ld_tag)
        date_key = "datePublished" if json_ld.get("datePublished") else "dateCreated"
        for name, value, evidence in (
            ("title", json_ld.get("headline") or json_ld.get("name"), ""),
            ("date", json_ld.get(date_key), f"JSON-LD {date_key}"),
            ("updated", json_ld.get("dateModified"), "JSON-LD dateModified"),
            ("author", ", ".join(_schema_names(json_ld.get("author"))), ""),
            ("outlet", ", ".join(_schema_names(json_ld.get("publisher"))), ""),
            ("url", json_ld.get("url") or _schema_id(json_ld.get("mainEntityOfPage")), ""),
            ("language", json_ld.get("inLanguage"), ""),
        ):
            if isinstance(value, str) and value.strip():
                candidates[name].append(Value(value.strip(), where, shown_path, evidence))

    html_tag = soup.find("html")
    language_tag = html_tag.get("lang") or html_tag.get("xml:lang") if html_tag is not None else None
    if html_tag is not None and language_tag:
        candidates["language"].insert(0, Value(language_tag, line_of(html_tag), shown_path))
    canonical = soup.find("link", rel="canonical", href=True)
    if canonical is not None:
        candidates["url"].append(Value(canonical["href"], line_of(canonical), shown_path))
    meta_tags = _meta_tags(soup, line_of, shown_path)
    for name, keys in META_KEYS.items():
        for key in keys:
            found = meta_tags.get(key)
            if found and not (name in ("author", "outlet", "title") and URL.match(str(found.value))):
                candidates[name].append(found)
    title_tag = soup.find("title")
    if title_tag is not None and title_tag.get_text().strip():
        site = next((str(found.value) for found in candidates["outlet"]), "")
        title, date = _title_and_its_date(title_tag.get_text().strip(), site)
        candidates["title"].append(Value(title, line_of(title_tag), shown_path))
        if date:
            candidates["date"].append(Value(date, line_of(title_tag), shown_path, "<title>"))

    candidates["url"] = [found for found in candidates["url"] if URL.match(str(found.value))]
    metadata = {name: found[0] for name, found in candidates.items() if found and name not in ("date", "updated")}
    return _PageMetadata(metadata, candidates["date"], candidates["updated"])


def _meta_tags(soup: BeautifulSoup, line_of: Callable[[Tag | None], int | None], shown_path: str) -> dict[str, Value]:
    """The page's <meta> values by name (lower case), the first of each, and the first `datePublished` on the
    page (the items of a list of other articles carry theirs too, `<meta itemprop=…>`)."""
    meta_tags: dict[str, Value] = {}
    for tag in soup.find_all("meta"):
        attribute, key = _meta_key(tag)
        content = tag.get("content")
        if key and isinstance(content, str) and content.strip():
            meta_tags.setdefault(key, Value(content.strip(), line_of(tag), shown_path, f"<meta {attribute}={key}>"))
    for tag in sorted(
        soup.find_all(itemprop="datePublished"), key=lambda tag: (tag.sourceline or 0, tag.sourcepos or 0)
    ):
        value = as_text(tag.get("content")) or as_text(tag.get("datetime")) or tag.get_text()
        if value and value.strip():
            evidence = "<meta itemprop=datepublished>" if tag.name == "meta" else "itemprop=datePublished"
            meta_tags["datepublished"] = Value(value.strip(), line_of(tag), shown_path, evidence)
            break
    return meta_tags


def _title_and_its_date(written: str, site: str) -> tuple[str, str]:
    """A <title> without the site's name or a date set off at its end, and that date (`CNN.com - Expert: Katrina
    could unleash disaster - Aug 29, 2005`), or "" when it has none."""
    dated = _A_DATE_PART_OF_A_TITLE.search(written)
    if dated is None:
        return strip_site_name(written, site), ""
    return strip_site_name(written[: dated.start()], site), dated["date"]


#: A part of a <title> that is a date with its year, set off at its end by a separator or brackets.
_A_DATE_PART_OF_A_TITLE = re.compile(rf"(?:\s[-|–—]\s|[(（])\s*(?P<date>{DATE_TEXT})\s*[)）]?$")


def _meta_key(tag: Tag) -> tuple[str, str]:
    """Which attribute names a <meta> and its name in lower case ("", "" when none does)."""
    for attribute in ("property", "name", "itemprop", "http-equiv"):
        key = tag.get(attribute)
        if isinstance(key, str) and key.strip():
            return attribute, key.strip().lower()
    return "", ""


def _article_margins(root: Tag, base_url: str) -> list[Piece]:
    """The text of the article's own <header> and <footer> (its byline and date line live there), which is
    never story; none for a page with no <article> or <main>, whose headers are the site's."""
    if root.name not in ("article", "main"):
        return []
    margins = [tag for tag in root.find_all(MARGIN_ELEMENTS) if tag.find_parent(MARGIN_ELEMENTS) is None]
    return [
        piece
        for tag in margins
        for piece in html_pieces(tag, INVISIBLE_ELEMENTS | (PAGE_CHROME_ELEMENTS - set(MARGIN_ELEMENTS)), base_url)
        if piece.kind != "img"
    ]


#: How many blocks under a headline printed outside the story's <article> are read for its byline and date line.
HEADLINE_MATTER_MAX_BLOCKS = 12


def _headline_outside(root: Tag) -> Tag | None:
    """The page's headline (<h1>) where the page prints it above the <article> of its story, not in it."""
    if root.name != "article" or root.find("h1") is not None:
        return None
    return root.find_previous("h1")


def _headline_matter(root: Tag, headline: Tag | None, base_url: str) -> list[Piece]:
    """The lines between a headline printed outside the story's <article> and that article: its byline and
    date line stand between them, and are never story."""
    if headline is None:
        return []
    around_the_story = {id(parent) for parent in root.parents}
    common = next((parent for parent in headline.parents if id(parent) in around_the_story), None)
    if common is None:
        return []
    printed = clean_inline(headline.get_text(" "))
    story_start = next((piece.text for piece in html_pieces(root, INVISIBLE_ELEMENTS, base_url) if piece.text), "")
    pieces = html_pieces(common, INVISIBLE_ELEMENTS, base_url)
    start = next((index for index, piece in enumerate(pieces) if clean_inline(piece.text) == printed), None)
    if start is None:
        return []
    matter = []
    for piece in pieces[start + 1 : start + 1 + HEADLINE_MATTER_MAX_BLOCKS]:
        if piece.text == story_start:
            break
        if piece.kind != "img":
            matter.append(piece)
    return matter


def _time_under_the_headline(root: Tag, headline: Tag | None) -> Value | None:
    """The `<time datetime>` between a headline printed outside the story's <article> and that article."""
    if headline is None:
        return None
    for element in headline.next_elements:
        if element is root:
            break
        if isinstance(element, Tag) and element.name == "time" and (stamp := as_text(element.get("datetime")).strip()):
            return Value(stamp, evidence="<time> under the headline")
    return None


def _header_time(root: Tag) -> Value | None:
    """The `<time datetime>` of the article's header: in a <header> that holds the headline or sits in an
    <article>, or marked `pubdate`; never one of the page's own header (a portal prints today's date there)."""
    for time_tag in root.find_all("time", datetime=True):
        if any(READER_COMMENT in (parent.get("id"), *(parent.get("class") or ())) for parent in time_tag.parents):
            continue  # a reader's comment under the story has a header and a time of its own
        header = time_tag.find_parent("header")
        in_article_header = header is not None and (
            header.find("h1") is not None or header.find_parent("article") is not None
        )
        stamp = as_text(time_tag.get("datetime")).strip()
        if (in_article_header or time_tag.has_attr("pubdate")) and stamp:
            return Value(stamp, evidence="<time> in the article header")
    return None


def _htmldate_reading(soup: BeautifulSoup) -> Value | None:
    """The publication date htmldate reads in the page's metadata elements (names and forms ours do not know,
    JSON-LD that is not valid JSON), after the update stamps and copyright years are taken out.

    htmldate is given the metadata elements only, never the page's text: there it takes captions, related
    links, update stamps and copyright years for the date, which furniture.py tells apart.
    """
    for tag in soup.find_all("meta"):
        _, key = _meta_key(tag)
        content = str(tag.get("content") or "").lower()
        if (
            key == "og:url"
            or any(word in key for word in NOT_PUBLICATION_META_WORDS)
            or any(word in content for word in NOT_PUBLICATION_CONTENT_WORDS)
        ):
            tag.decompose()
    shown: str | None = None
    for tag in soup.find_all("script"):  # a script's dates are the publication's only where it says so
        if re.search(r"ld\+json", str(tag.get("type") or ""), re.I):
            continue
        script = raw_text(tag)
        value = _PUBLISHED_VALUE.search(script) if _dates_this_page(script) else None
        if value is not None:
            tag.string = value.group()  # the rest is code: its numbers are no dates
        else:
            shown = shown or _the_day_a_script_shows(script)
            tag.decompose()
    for tag in soup.find_all("link"):  # an address's date comes after the date lines (published.py), not here
        tag.decompose()
    document = "<html><head>" + "".join(str(tag) for tag in soup.contents) + "</head><body></body></html>"
    found = _htmldates_date(document, "page metadata (htmldate)")
    if found is None and shown is not None:
        return Value(shown, evidence="the script that shows the page's publication date")
    return found


def _a_marked_date(html: str) -> Value | None:
    """The date htmldate reads in the page's elements marked as dates (a class or id that says date or time,
    `<time>`, `<abbr>`), where neither the metadata nor the story's lines date the page: often the page's stamp
    outside the story (`<li class="dateStamp">`). It is given the page's elements only, with no scripts or
    metadata (read before this), no update stamps, comments or lists of other articles: a date element in an
    item that links elsewhere is that article's (`<li><a …>…</a> <span class="date">`). Its search of the
    page's free text is not used (there it takes captions and copyright years for the date)."""
    page = parse_html(html)
    for tag in page.find_all(["script", "style", "noscript", "meta", "link", "head"]):
        tag.decompose()
    for tag in page.find_all(_marked_as_not_the_publication):
        if not tag.decomposed:
            tag.decompose()
    alone: str | None = None  # the first marked element that holds a date alone, outside a list's items
    for tag in page.find_all(_marked_as_a_date):
        if tag.decomposed:
            continue
        item = tag if tag.name in _LIST_ITEMS else tag.find_parent(_LIST_ITEMS)
        if alone is None and parses_as_date(text := tag.get_text(" ", strip=True)):
            in_a_list = tag.name in _ITEMS_OF_A_LIST or tag.find_parent(_ITEMS_OF_A_LIST) is not None
            alone = None if in_a_list else text
        if item is not None and item.find("a", href=True) is not None:
            item.decompose()
    found = _htmldates_date(str(page), "a date element of the page (htmldate)")
    if found is None and alone is not None:  # marked as htmldate does not know (`<td class="TimestampEd">`)
        return Value(alone, evidence="a date element of the page")
    return found


def _htmldates_date(document: str, evidence: str) -> Value | None:
    """The publication date htmldate finds in a document, without its search of the free text."""
    import htmldate  # imported late: only a page whose own metadata dates nothing needs it (it loads lxml)

    try:
        with libraries_quiet():
            found = htmldate.find_date(
                document,
                extensive_search=False,
                original_date=True,
                min_date=HTMLDATE_EARLIEST,
                max_date=HTMLDATE_LATEST,
            )
    except Exception:  # noqa: BLE001 - a library's failure on hostile markup is no date, not a lost article
        return None
    return Value(found, evidence=evidence) if found else None


_LIST_ITEMS = ("li", "tr", "dd", "dt")
_ITEMS_OF_A_LIST = ("li", "dd", "dt")  # not a table's rows: pages were laid out in tables
#: A class or id that marks an element as a date.
_DATE_MARK = re.compile(r"date|time", re.I)
#: A class or id that marks what dates something else than the page: update stamps, comments, related lists.
_NOT_THE_PUBLICATION_MARK = re.compile(r"updat|modif|revis|comment|related|recommend", re.I)


def _marks(tag: Tag) -> str:
    return " ".join([*(tag.get_attribute_list("class") or []), str(tag.get("id") or "")])


def _marked_as_a_date(tag: Tag) -> bool:
    return _DATE_MARK.search(_marks(tag)) is not None


def _marked_as_not_the_publication(tag: Tag) -> bool:
    return _NOT_THE_PUBLICATION_MARK.search(_marks(tag)) is not None


def _the_day_a_script_shows(script: str) -> str | None:
    """The one day a script writes into the page's publication element (`o="2020-10-05"; e(t,s,o,
    document.getElementById("publish_time"))`): the page shows its date only once the script has run, and a
    saved copy shows what the script made of it on the day it was saved (`Today`)."""
    if _FILLS_THE_PUBLICATION_ELEMENT.search(script) is None:
        return None
    days = set(_A_DAY_LITERAL.findall(script))
    return days.pop() if len(days) == 1 else None


#: A script that finds the element that shows the publication date, by an id or class that says so.
_FILLS_THE_PUBLICATION_ELEMENT = re.compile(
    rf"""(?:getElementById|getElementsByClassName|querySelector(?:All)?)\(\s*["'][#.]?[\w-]*(?:{_PUBLICATION_KEY_WORDS})""",
    re.I,
)
#: A day written in a script as a string (`"2020-10-05"`).
_A_DAY_LITERAL = re.compile(r"""["']([12][0-9]{3}-[01][0-9]-[0-3][0-9])["']""")


def _dates_this_page(script: str) -> bool:
    """Whether a script names the page's publication date: one day after a publication key (`"time":
    "2020-02-29 21:09:55"` is when the page was served, viewed, logged), not several (the state of a page
    that lists other articles, each `"published"` on its own day)."""
    return len(set(_PUBLISHED_DAY.findall(script))) == 1


def _json_ld_article(soup: BeautifulSoup) -> tuple[dict, Tag | None]:
    """The most article-like JSON-LD object on the page, and its <script>."""
    best: tuple[int, dict, Tag | None] = (len(JSON_LD_ARTICLE_TYPES), {}, None)
    for script in soup.find_all("script", type=re.compile(r"ld\+json", re.I)):
        for item in _json_ld_items(_load_json_ld(raw_text(script))):
            types = item.get("@type", item.get("type"))  # `"type": "Article"`: a common slip for @type
            types = types if isinstance(types, list) else [types]
            for rank, type_name in enumerate(JSON_LD_ARTICLE_TYPES):
                if type_name in types and rank < best[0]:
                    best = (rank, item, script)
    return best[1], best[2]


def _load_json_ld(source: str) -> object:
    cleaned = re.sub(r"^\s*(?:<!--|/\*<!\[CDATA\[\*/)|(?:-->|/\*\]\]>\*/|;)\s*$", "", source.strip())
    try:
        return json.loads(cleaned, strict=False)
    except (ValueError, RecursionError):  # RecursionError: [[[[… nested past what json can read
        return None


def _json_ld_items(data: object):
    pending = [data]
    while pending:
        item = pending.pop(0)
        if isinstance(item, list):
            pending.extend(item)
        elif isinstance(item, dict):
            if "@type" in item or isinstance(item.get("type"), str):
                yield item
            if isinstance(item.get("@graph"), list):
                pending.extend(item["@graph"])


def _schema_names(value: object, depth: int = 0) -> list[str]:
    """Names from a schema.org author/publisher: a string, an object with `name`, or a list."""
    if depth > 10:  # real pages nest two levels; a hostile one could nest a thousand
        return []
    if isinstance(value, str):
        return [value.strip()] if value.strip() and not URL.match(value.strip()) else []
    if isinstance(value, dict):
        return _schema_names(value.get("name"), depth + 1)
    if isinstance(value, list):
        return [name for item in value for name in _schema_names(item, depth + 1)]
    return []


def _schema_id(value: object) -> str:
    if isinstance(value, dict):
        value = value.get("@id") or value.get("url")
    return value if isinstance(value, str) else ""


def strip_site_name(title: str, site: str) -> str:
    """`Headline | Site` -> `Headline`, when the site's name is known."""
    title = clean_inline(title)
    for separator in TITLE_SITE_SEPARATORS:
        suffix = separator + site
        if site and title.endswith(suffix) and len(title) > len(suffix):
            return title[: -len(suffix)].strip()
    return title


def site_name_after(rest: str) -> bool:
    """Whether what a <title> adds after the headline it prints is a separator and a site's name."""
    stripped = rest.strip()
    if not 0 < len(stripped) <= SITE_NAME_MAX_CHARS or re.search(r"[。！？.!?]$", stripped):
        return False
    # `…大赛 湖南省中医药研究院附属医院`: a name set off by a space alone, one word of Chinese
    return stripped[0] in _SEPARATOR_MARKS or (
        rest[:1].isspace() and re.fullmatch(r"[\u3400-\u9fff]{2,20}", stripped) is not None
    )


def site_name_before(start: str) -> bool:
    """Whether what a <title> puts before the headline it prints is a site's name and a separator
    (`Gregory Szorc's Digital Home | Mercurial's Journey …`)."""
    stripped = start.strip()
    return 0 < len(stripped) <= SITE_NAME_MAX_CHARS and stripped[-1] in _SEPARATOR_MARKS and len(stripped) > 1


def without_site_suffix(title: str) -> str:
    """A <title> without the site's name after its last separator, when what follows that is one
    (`第三届知道安全论坛鸟巢举办-CSDN.NET`), whatever the site is called."""
    for separator in TITLE_SITE_SEPARATORS:
        at = title.rfind(separator)
        if at > 0 and site_name_after(title[at:]):
            return title[:at].rstrip()
    return title
