"""`dateline add`: an article from its address, or from a page saved from it, into content/articles/.

An editor who saves a page by hand loses what places it on the timeline: its
publication date, author, outlet and address. `add` fetches the page (or reads
the saved one), keeps the story without the page around it, and writes
`content/articles/NAME.html`: YAML front matter with the page's own metadata,
then the story as plain HTML paragraphs, which ingest reads back to the same
metadata and text.

Two readers see each page, each for what it reads best (measured on 360 news
pages of trafilatura's evaluation set and on ingest's test pages):

- trafilatura finds the story among the page's menus, lists and comments, and
  the headline without the site's name; ingest then takes the furniture out of
  that story (bylines, date lines, captions, related lists);
- ingest reads the page's metadata: the publication date with its time, zone
  and evidence, never an update stamp, caption or related link when the page
  states better; the author and outlet as the page writes them; the address;
  the language. Where ingest finds no author, trafilatura's is taken.
"""

from __future__ import annotations

import codecs
import datetime as dt
import http.client
import os
import re
import socket
import tempfile
import time
import unicodedata
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.error import HTTPError, URLError
from urllib.parse import unquote, urldefrag, urlsplit
from urllib.request import HTTPRedirectHandler, Request, build_opener

import nh3
import yaml

from . import __version__
from .config import load_site_config
from .errors import ContentError, display_path
from .ingest import SIDECAR_SUFFIX, article_id, discover_articles, read_article
from .ingest.article import ID_EXTRA_CHARS
from .ingest.dates import parse_publication_date, url_date
from .ingest.decode import BYTE_ORDER_MARKS, PREFERRED_DECODERS, decode, read_bytes
from .ingest.metadata import author_name
from .ingest.page import site_name_after, strip_site_name
from .ingest.published import UPDATE_ONLY
from .ingest.readers import looks_like_html_page
from .ingest.story import trafilatura_story
from .model import Article, Report, SiteConfig

#: Who is asking, for the sites' logs.
USER_AGENT = f"dateline/{__version__} (saves one news article for a timeline; Python-urllib)"
ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
FETCHED_SCHEMES = ("http", "https")
PAGE_CONTENT_TYPES = ("text/html", "application/xhtml+xml")
#: How long a page may take to arrive, all of it.
FETCH_TIMEOUT_SECONDS = 30.0
MAX_REDIRECTS = 10
READ_CHUNK_BYTES = 65_536

#: The tags of the story add writes (its text only: a page's pictures are as often its logo or an
#: advertisement); nh3 keeps these and nothing else.
STORY_TAGS = frozenset({"p", "h2", "blockquote", "ul", "li", "br"})
STORY_ELEMENTS = {"h": "<h2>{}</h2>", "quote": "<blockquote><p>{}</p></blockquote>", "li": "<li>{}</li>"}

#: An address's last segment names the article when it is a slug of words (`yunfan-data-breach`), not an
#: id (`c_1130021`, `a0198`, `index`): at least this many words of three letters or more.
SLUG_MIN_WORDS = 2
NAME_MAX_CHARS = 60
#: Front matter fields, in the order add writes them.
FRONT_MATTER_FIELDS = ("title", "date", "author", "outlet", "url", "language")

_ADDRESS = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*://")
_SLUG_WORD = re.compile(r"[A-Za-z]{3,}")
_NAME_WORD = re.compile(f"[a-z0-9{ID_EXTRA_CHARS}]+")
_FILE_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")


class FetchError(ContentError):
    """A page that could not be fetched: `address: message`."""

    def __init__(self, address: str, message: str):
        super().__init__(address, None, message)


@dataclass(frozen=True)
class Page:
    """A web page as fetched or saved: its text, and where it came from."""

    source: str  # the address or path the editor gave, for messages
    html: str
    address: str = ""  # where it was fetched from, after redirects ("" for a saved page)


@dataclass(frozen=True)
class Story:
    """What add writes for one page: the front matter's fields, and the story as ingest reads it."""

    title: str
    published: dt.datetime | None
    date_evidence: str
    author: str
    outlet: str
    url: str
    language: str
    body: Article  # its text and blocks


def add_articles(
    sources: list[str], content_dir: Path, report: Report, force: bool = False, timeout: float = FETCH_TIMEOUT_SECONDS
) -> list[Path]:
    """Add each source (an http(s) address or a saved page) as `content/articles/NAME.html`; the files written.

    A source that cannot be fetched, read or written is reported (`source: message`) and
    skipped, and the others are still added; an existing article is never replaced unless `force`.
    """
    config = load_site_config(content_dir)
    articles_dir = Path(content_dir) / "articles"
    written: list[Path] = []
    for source in sources:
        try:
            page = (
                fetch_page(source, config.max_article_bytes, timeout)
                if _ADDRESS.match(source)
                else read_saved_page(Path(source), source, articles_dir, config.max_article_bytes)
            )
            story = read_story(page, config)
            path = write_article(story, page.source, articles_dir, force)
        except ContentError as error:
            report.problems.append(error.to_problem())
            continue
        written.append(path)
        shown = display_path(path)
        if story.published is None:
            sidecar = display_path(path.with_name(path.stem + SIDECAR_SUFFIX))
            report.warning(
                shown, None, f"no publication date found; add date: YYYY-MM-DD to its front matter (or to {sidecar})"
            )
        elif story.date_evidence.startswith(UPDATE_ONLY):
            report.warning(
                shown,
                None,
                f"only an update stamp dates this page ({story.date_evidence}); "
                "if it was published on another day, correct date: in its front matter",
            )
    return written


def fetch_page(address: str, max_bytes: int, timeout: float = FETCH_TIMEOUT_SECONDS) -> Page:
    """The page at an http(s) address, redirects followed; refused past `max_bytes` or `timeout` seconds."""
    if urlsplit(address).scheme.lower() not in FETCHED_SCHEMES:
        raise FetchError(address, "only http:// and https:// addresses are fetched")
    request = Request(address, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    deadline = time.monotonic() + timeout
    try:
        with build_opener(_WebRedirects()).open(request, timeout=timeout) as response:
            content_type = response.headers.get_content_type()
            if content_type not in PAGE_CONTENT_TYPES:
                raise FetchError(address, f"not a web page: the server sends {content_type}")
            raw = _read_body(response, address, max_bytes, deadline, timeout)
            return Page(address, decode_page(raw, response.headers.get_content_charset(), address), response.geturl())
    except HTTPError as error:
        raise FetchError(address, f"the server answered {error.code} {error.reason}") from None
    except URLError as error:
        if isinstance(error.reason, TimeoutError):
            raise FetchError(address, f"no answer within {timeout:g} seconds") from None
        raise FetchError(address, f"cannot fetch it: {_why(error.reason, address)}") from None
    except TimeoutError:
        raise FetchError(address, f"no answer within {timeout:g} seconds") from None
    except (http.client.HTTPException, OSError, ValueError) as error:  # a broken answer, a bad address
        raise FetchError(address, f"cannot fetch it: {_why(error, address)}") from None


class _WebRedirects(HTTPRedirectHandler):
    """Redirects followed to http(s) addresses only, and not forever."""

    max_redirections = MAX_REDIRECTS
    inf_msg = "too many redirects; the last one: "

    def redirect_request(self, req, fp, code, msg, headers, newurl):
        if urlsplit(newurl).scheme.lower() not in FETCHED_SCHEMES:
            raise URLError(f"it redirects to {newurl}, which is not an http(s) address")
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _read_body(
    response: http.client.HTTPResponse, address: str, max_bytes: int, deadline: float, timeout: float
) -> bytes:
    def too_big(size: str = "") -> FetchError:
        return FetchError(
            address,
            f"the page is {size + ', ' if size else ''}over the limit of {max_bytes} bytes "
            "(max_article_bytes in site.yaml)",
        )

    declared = response.headers.get("Content-Length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise too_big(f"{declared} bytes")
    chunks: list[bytes] = []
    size = 0
    while chunk := response.read1(READ_CHUNK_BYTES):  # one receive at a time: a trickle meets the deadline
        size += len(chunk)
        if size > max_bytes:
            raise too_big()
        if time.monotonic() > deadline:
            raise FetchError(address, f"the page took more than {timeout:g} seconds to arrive")
        chunks.append(chunk)
    return b"".join(chunks)


def _why(reason: object, address: str) -> str:
    """What went wrong, in the words a person needs."""
    if isinstance(reason, socket.gaierror):
        return f"no such host: {urlsplit(address).hostname}"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return str(reason) or type(reason).__name__


def decode_page(raw: bytes, declared_charset: str | None, source: str) -> str:
    """A page's text: in the charset its server declares when the bytes are that, else as ingest decodes a
    file (a byte-order mark, UTF-8, the page's own <meta charset>, then detection)."""
    encoding = _text_encoding(declared_charset)
    if encoding and not raw.startswith(tuple(mark for mark, _ in BYTE_ORDER_MARKS)):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            pass
    return decode(raw, source)[0]


def _text_encoding(name: str | None) -> str | None:
    if not name:
        return None
    try:
        info = codecs.lookup(name)
    except LookupError:
        return None
    if not getattr(info, "_is_text_encoding", True):  # rot13, base64 …
        return None
    return PREFERRED_DECODERS.get(info.name, info.name)


def read_saved_page(path: Path, source: str, articles_dir: Path, max_bytes: int) -> Page:
    """A page saved from a browser, decoded as ingest decodes an article file."""
    if not path.is_file():
        raise ContentError(
            source, None, "no such file; give a saved page, or the page's address with http:// or https://"
        )
    if _inside(path, articles_dir):
        raise ContentError(
            source,
            None,
            "already in the articles folder, where dateline reads it as it is "
            "(a sidecar NAME.meta.yaml corrects its metadata); to add it as a "
            "clean article, move it out first",
        )
    text, _ = decode(read_bytes(path, source, max_bytes), source)
    return Page(source, text)


def read_story(page: Page, config: SiteConfig) -> Story:
    """The story and its metadata, each from the reader that reads it best (see the module's docstring)."""
    if not looks_like_html_page(page.html):
        raise ContentError(
            page.source,
            None,
            "not a web page (it has no <html> or <body>); save an article "
            "of another kind into content/articles/ as it is",
        )
    whole_page = _read_with_ingest(page.html, config, page.source)
    url = urldefrag(whole_page.url)[0] or page.address
    headline, byline, story_html = trafilatura_story(page.html, url)
    printed = whole_page.title if whole_page.title != whole_page.id else ""
    title = headline or printed
    if printed and title.startswith(printed) and site_name_after(title[len(printed) :]):
        title = printed  # trafilatura read the <title>, ingest the headline the page prints: no site name
    title = strip_site_name(title, whole_page.outlet)
    published, evidence = whole_page.published, whole_page.date_evidence
    if published is None and page.address and (day := url_date(page.address)) is not None:
        published, evidence = parse_publication_date(day, config.timezone), f"URL: {page.address}"
    body = whole_page
    if story_html:
        story = _read_with_ingest(_front_matter({"title": title}) + story_html, config, page.source, lines_shown=False)
        if story.text.strip():  # else trafilatura's story was all furniture: ingest's reading of the page is kept
            body = story
    if not body.text.strip():
        raise ContentError(page.source, None, "no story found in the page")
    author = whole_page.author or author_name(byline)
    if author == whole_page.outlet:
        author = ""  # `BBC News` for author and outlet: the outlet's, not a person's
    return Story(title, published, evidence, author, whole_page.outlet, url, whole_page.language, body)


def _read_with_ingest(text: str, config: SiteConfig, source: str, lines_shown: bool = True) -> Article:
    """Ingest's reading of a page (or of a story under front matter), with its problems named after the source."""
    with tempfile.TemporaryDirectory(prefix="dateline-add-") as folder:
        path = Path(folder) / "articles" / "page.html"
        path.parent.mkdir()
        path.write_text(text, encoding="utf-8")
        try:
            return read_article(path, Path(folder), config)
        except ContentError as error:
            raise ContentError(source, error.line if lines_shown else None, error.message) from None


def write_article(story: Story, source: str, articles_dir: Path, force: bool = False) -> Path:
    """Write `articles_dir/NAME.html`, never over an article that is there (unless `force`), nor beside
    another file that would share its id."""
    name = article_name(story.url, story.title)
    target = articles_dir / f"{name}.html"
    shown = display_path(target)
    if articles_dir.is_dir():
        for other in discover_articles(articles_dir):
            if other.name != target.name and article_id(other.name) == name:
                raise ContentError(
                    display_path(other),
                    None,
                    f"already an article named {name!r}; not added from {source} (rename one)",
                )
    if target.exists() and not force:
        raise ContentError(shown, None, f"already exists; not replaced by {source} (--force replaces it)")
    articles_dir.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")  # hidden: a build never reads it
    temporary.write_text(article_file_text(story), encoding="utf-8")
    try:
        if force:
            os.replace(temporary, target)
        else:
            os.link(temporary, target)  # fails if the file appeared meanwhile: never over an editor's file
    except FileExistsError:
        raise ContentError(shown, None, f"already exists; not replaced by {source} (--force replaces it)") from None
    finally:
        temporary.unlink(missing_ok=True)
    return target


def article_file_text(story: Story) -> str:
    """The article file: YAML front matter (the date with the evidence for it), then the story's HTML."""
    values = {
        "title": story.title,
        "date": "",
        "author": story.author,
        "outlet": story.outlet,
        "url": story.url,
        "language": story.language,
    }
    lines = ["---"]
    for name in FRONT_MATTER_FIELDS:
        if name == "date" and story.published is not None:
            evidence = " ".join(story.date_evidence.split())
            lines.append(f"date: {iso_date(story.published)}" + (f"  # {evidence}" if evidence else ""))
        elif values[name]:
            lines.append(_front_matter({name: values[name]}, fenced=False))
    return "\n".join(lines) + "\n---\n" + story_html(story.body) + "\n"


def iso_date(moment: dt.datetime) -> str:
    """A publication date as ISO 8601 with its zone, or the day alone when no time of day was stated."""
    if moment.time() == dt.time(0, 0):
        return moment.date().isoformat()  # ingest reads a day as midnight where the site is: the same moment
    return moment.isoformat(timespec="seconds")


def story_html(body: Article) -> str:
    """The story's text as plain HTML (paragraphs, headings, quotes, lists), through nh3."""
    parts: list[str] = []
    in_list = False
    for block in body.blocks:
        if block.kind == "img":
            continue
        if (block.kind == "li") != in_list:
            parts.append("</ul>" if in_list else "<ul>")
            in_list = not in_list
        inner = "<br>".join(escape(line) for line in body.text[block.start : block.end].split("\n"))
        parts.append(STORY_ELEMENTS.get(block.kind, "<p>{}</p>").format(inner))
    if in_list:
        parts.append("</ul>")
    return nh3.clean("\n".join(parts), tags=set(STORY_TAGS), attributes={}, link_rel=None)


def article_name(url: str, title: str) -> str:
    """NAME for `NAME.html`: the address's last segment when it is a slug of words, else the title;
    lower case, words joined by hyphens, at most NAME_MAX_CHARS characters, a valid article id."""
    segment = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1]) if url else ""
    segment = _FILE_EXTENSION.sub("", segment)
    words = _NAME_WORD.findall(
        unicodedata.normalize("NFKC", segment if len(_SLUG_WORD.findall(segment)) >= SLUG_MIN_WORDS else title).lower()
    )
    name = ""
    for word in words:
        if name and len(name) + 1 + len(word) > NAME_MAX_CHARS:
            break
        name = f"{name}-{word}" if name else word
    return article_id(name[:NAME_MAX_CHARS] + ".html") if name else "article"


def _front_matter(fields: dict[str, str], fenced: bool = True) -> str:
    """Fields as YAML (quoted where YAML needs it), between `---` lines when fenced."""
    fields = {name: value for name, value in fields.items() if value}
    if not fields:
        return ""
    text = yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1_000_000).rstrip("\n")
    return f"---\n{text}\n---\n" if fenced else text


def _inside(path: Path, folder: Path) -> bool:
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):
        return False
