"""One article file in, one `Article` out: the whole of reading, in order.

Find the files, read the bytes and the sidecar, decode, let the format's
reader take the text apart, set the page's furniture aside, merge the
metadata (furniture and byline, then the document, then front matter, then
the editor's sidecar), date the article from the best evidence, and
assemble the blocks into the text every later stage reads. Anything that
goes wrong is a `ContentError` naming the file and line, never a traceback.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import re
import unicodedata
from pathlib import Path

from ..errors import ContentError, display_path
from ..model import Article, Block, Furniture, SiteConfig
from .decode import decode, read_bytes
from .frontmatter import SIDECAR_SUFFIX, read_sidecar
from .furniture import FurnitureLine, margin_furniture, split_furniture, split_writers_lines
from .furniture_tables import EDGE_MAX_BLOCKS, STORY_PARAGRAPH_MIN_CHARS
from .metadata import article_language, author_name, byline_metadata, looks_like_headline
from .page import a_story_paragraph, site_name_after, site_name_before, without_site_suffix
from .published import edition_day, publication_date
from .readers import read_document
from .reading import (
    HAN_CHARS,
    HEADLINE_MAX_CHARS,
    URL,
    Piece,
    Value,
    as_text,
    clean_inline,
    non_empty,
    same_text,
    scrubbed,
    scrubbed_block,
)

#: Windows cannot create files with these names (any extension), so no id may be one.
RESERVED_FILE_NAMES = frozenset(
    {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(1, 10)), *(f"lpt{n}" for n in range(1, 10))}
)
#: An id becomes a file name (sources/ID.html, extracted/ID.yaml); file systems allow 255 bytes.
ID_MAX_BYTES = 120
#: How many short lines at the top of a text with no stated title are looked at for its headline.
TITLE_SCAN_PIECES = 4
#: What an article id keeps besides [A-Za-z0-9_-]: Han, kana and Hangul.
ID_EXTRA_CHARS = HAN_CHARS + "\u3040-\u30ff\uac00-\ud7af"

_UNSAFE_ID_RUN = re.compile(f"[^A-Za-z0-9_{ID_EXTRA_CHARS}-]+")
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def discover_articles(articles_dir: Path, skipped: list[tuple[Path, str]] | None = None) -> list[Path]:
    """Article files under `articles_dir`, sorted by relative posix path.

    Skips hidden files and folders, `*.meta.yaml` sidecars, editor backups
    (`name~`), links to folders and links that resolve outside `articles_dir`;
    each file or folder skipped that is not the sidecar of an article is added
    to `skipped` with the reason, for the editor to be told.
    """
    root = Path(articles_dir)
    if not root.is_dir():
        raise ContentError(root.as_posix(), None, "articles folder not found")
    real_root = root.resolve()
    found: list[Path] = []
    passed: list[tuple[Path, str]] = []
    for folder, subfolders, names in os.walk(root):  # does not descend into symlinked folders
        for name in sorted(subfolders):
            why_not = _skipped_folder(Path(folder) / name)
            if why_not:
                passed.append((Path(folder) / name, why_not))
                subfolders.remove(name)
        for name in names:
            candidate = Path(folder) / name
            reason = _skipped_file(candidate, real_root)
            if reason is None:
                found.append(candidate)
            else:
                passed.append((candidate, reason))
    if skipped is not None:
        stems = {(path.parent, path.stem) for path in found}
        skipped += sorted(
            ((path, reason) for path, reason in passed if not _sidecar_of(path, reason, stems)),
            key=lambda item: item[0].relative_to(root).as_posix(),
        )
    return sorted(found, key=lambda found_path: found_path.relative_to(root).as_posix())


#: Why a file is not read as an article (a sidecar is read with its article: only one without is told).
SIDECAR = f"a sidecar ({SIDECAR_SUFFIX}) with no article of the same name beside it"


def _sidecar_of(path: Path, reason: str, stems: set[tuple[Path, str]]) -> bool:
    """Whether a file skipped is the sidecar of an article found (read with it)."""
    return reason == SIDECAR and (path.parent, path.name[: -len(SIDECAR_SUFFIX)]) in stems


def _skipped_folder(folder: Path) -> str:
    """Why a folder is not looked into, or '' to look into it."""
    if folder.name.startswith("."):
        return "a hidden folder (its name starts with '.'): nothing in it is read"
    if folder.is_symlink():
        return "a link to a folder: links to folders are not followed; move the folder here instead"
    return ""


def _skipped_file(candidate: Path, real_root: Path) -> str | None:
    """Why a file is not an article (None: it is one)."""
    name = candidate.name
    if name.endswith(SIDECAR_SUFFIX):
        return SIDECAR
    if name.startswith("."):
        return "a hidden file (its name starts with '.')"
    if name.endswith("~"):
        return "an editor's backup (its name ends with '~')"
    if candidate.is_symlink():
        try:
            target = candidate.resolve(strict=True)
        except (OSError, RuntimeError):  # a link loop, or a link to nothing
            return "a link that leads to no file"
        if not target.is_relative_to(real_root):
            return f"a link to {display_path(target)}, outside the articles folder: copy the file here instead"
    if not candidate.is_file():
        return "not a regular file"
    return None


def read_article(path: Path, content_dir: Path, config: SiteConfig, max_bytes: int | None = None) -> Article:
    """Read one article file, and its sidecar `NAME.meta.yaml` if there is one.

    Raises `ContentError(path, line, message)` for anything it cannot read or
    that is over a limit in `config`; the path is relative to the parent of
    `content_dir` (`content/articles/x.txt`). `max_bytes` overrides the size limit.
    """
    path = Path(path)
    shown_path = _display_path(path, content_dir)
    if max_bytes is not None:
        config = dataclasses.replace(config, max_article_bytes=max_bytes)
    try:
        return _read_article(path, shown_path, content_dir, config)
    except ContentError as error:
        raise ContentError(error.path, error.line, _one_line(error.message)) from None
    except RecursionError:
        raise ContentError(shown_path, None, "nested too deeply to read") from None
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # noqa: BLE001 - the contract: bad input never escapes as a traceback
        # (bs4, markdown, codecs …; nh3 raises a PanicException, which is not an Exception)
        raise ContentError(
            shown_path, None, _one_line(f"could not read this file ({type(exc).__name__}: {exc})")
        ) from None


def _read_article(path: Path, shown_path: str, content_dir: Path, config: SiteConfig) -> Article:
    raw = read_bytes(path, shown_path, config.max_article_bytes)
    sidecar_path = path.with_name(path.stem + SIDECAR_SUFFIX)
    sidecar_raw: bytes = b""
    sidecar: dict[str, Value] = {}
    if sidecar_path.is_file():
        shown_sidecar = _display_path(sidecar_path, content_dir)
        if sidecar_path.is_symlink() and not _inside(sidecar_path, path.parent):
            raise ContentError(
                shown_sidecar,
                None,
                "this sidecar is a link to a file outside the articles folder; copy the file here instead",
            )
        sidecar_raw, sidecar = read_sidecar(sidecar_path, shown_sidecar, config.max_article_bytes)

    text, encoding = decode(raw, shown_path)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ContentError(shown_path, None, "the file is empty")
    reading = read_document(text, path.suffix.lower(), shown_path, config)
    stated_title = clean_inline(as_text((reading.front_matter or {}).get("title") or reading.metadata.get("title")))
    chrome, story_pieces, headline = _before_the_headline(reading.pieces, stated_title, reading.format)
    pieces, furniture = split_furniture(story_pieces)
    furniture = margin_furniture(reading.margin_pieces) + _chrome_furniture(chrome) + furniture
    furniture += _after_story_furniture(reading.after_story)

    metadata = _furniture_metadata(furniture)
    metadata.update(byline_metadata(reading.pieces))
    metadata.update(non_empty(reading.metadata))
    metadata.update(non_empty(reading.front_matter))
    metadata.update(non_empty(sidecar))

    author = author_name(clean_inline(as_text(metadata.get("author"))))
    pieces, writers_lines = split_writers_lines(pieces, author)
    furniture += writers_lines
    title = clean_inline(as_text(metadata.get("title")))
    if headline and title == stated_title:
        title = headline  # the page's own headline, without the site's name its <title> adds
    title_dropped = reading.title_dropped
    if not title and reading.title_may_lead:
        # a page's header lines (`17.8 C`, `New York`) may come first: the first short line that reads
        # like a headline, before the story starts
        for index, piece in enumerate(pieces[:TITLE_SCAN_PIECES]):
            if looks_like_headline(piece.text):
                title, title_dropped = pieces.pop(index).text, True
                furniture = [
                    dataclasses.replace(line, above_title=True) if 0 <= line.after_pieces <= index else line
                    for line in furniture
                ]
                break
            if len(piece.text) > HEADLINE_MAX_CHARS:
                break
    if not title:
        title = _fallback_title(pieces)
    text, blocks = _assemble(pieces, title)
    text, blocks = scrubbed(text), tuple(scrubbed_block(block) for block in blocks)
    article_id = _article_id(path.name)
    url = clean_inline(as_text(metadata.get("url")))
    editors_language = non_empty(reading.front_matter or {}).get("language") or sidecar.get("language")
    language = article_language(
        metadata.get("language"), title + "\n" + text, config, by_the_page=editors_language is None
    )
    published, date_evidence = publication_date(
        metadata.get("date"),
        reading,
        furniture,
        url,
        config,
        shown_path,
        title if title_dropped else "",
        language,
        text,
    )

    return Article(
        id=article_id,
        path=shown_path,
        format=reading.format,
        title=title or article_id,
        text=text,
        blocks=blocks,
        language=language,
        published=published,
        author=author,
        outlet=clean_inline(as_text(metadata.get("outlet"))),
        url=url,
        encoding=encoding,
        content_hash=hashlib.sha256(raw + sidecar_raw).hexdigest(),
        date_evidence=scrubbed(date_evidence),
        furniture=tuple(Furniture(line.kind, scrubbed(line.text)) for line in furniture),
        updated=edition_day(published, reading, furniture, config, language),
    )


def _furniture_metadata(furniture: list[FurnitureLine]) -> dict[str, Value]:
    """The author, outlet and address the page's furniture names first (the file's own metadata overrides them)."""
    found: dict[str, Value] = {}
    for line in furniture:
        for name in ("author", "outlet", "url"):
            value = getattr(line, name)
            if value and name not in found and (name != "url" or URL.fullmatch(value)):
                found[name] = Value(value)
    return found


def _fallback_title(pieces: list[Piece]) -> str:
    """With no stated title: the first heading, else a first paragraph that reads like one."""
    for piece in pieces:
        if piece.kind == "h":
            return piece.text.replace("\n", " ")
    first = next((piece for piece in pieces if piece.kind != "img"), None)
    return first.text if first and looks_like_headline(first.text) else ""


#: How far down a whole page its headline is looked for (past menus and tickers).
HEADLINE_SCAN_PIECES = 250
#: Past this many pieces (a portal's menus), only a heading is taken for the printed headline.
HEADING_ONLY_AFTER = 60


def _before_the_headline(pieces: list[Piece], title: str, format: str) -> tuple[list[Piece], list[Piece], str]:
    """A whole page's chrome above its headline (menus, tickers, the site's header), the pieces from the
    headline on, and the headline as printed: the page's <title> is that line, or that line and the site's
    name. Where the page does not print its <title>, nothing is chrome."""
    if format != "html-page" or not title:
        return [], pieces, ""
    cut = without_site_suffix(title).rstrip(".…。 ")  # the <title> without its site name and ellipsis
    prose_above, from_here = 0, sum(len(piece.text) for piece in pieces)
    for index, piece in enumerate(pieces[:HEADLINE_SCAN_PIECES]):
        printed = piece.text.strip()
        if prose_above > from_here:
            break  # the story is above this line: the headline printed again under it (a pull quote, a card)
        from_here -= len(piece.text)
        if len(printed) >= STORY_PARAGRAPH_MIN_CHARS:
            prose_above += len(printed)
        if piece.kind == "img" or not printed or "\n" in printed or (index >= HEADING_ONLY_AFTER and piece.kind != "h"):
            continue
        if (
            same_text(printed, title)
            or (title.startswith(printed) and site_name_after(title[len(printed) :]))
            or (title.endswith(printed) and site_name_before(title[: -len(printed)]))
            # a <title> cut short (`…地铁直达+无敌免...`)
            or (
                len(cut) >= TRUNCATED_TITLE_MIN_CHARS
                and printed.startswith(cut)
                and len(printed) <= HEADLINE_MAX_CHARS
                and not _a_section_of_the_story(printed, title, cut)
            )
        ):
            index = _printed_again_over_the_story(pieces, index)
            return pieces[:index], pieces[index:], printed
    return [], pieces, ""


def _a_section_of_the_story(printed: str, title: str, cut: str) -> bool:
    """A heading that names the story, then sets off a part of it, where the <title> sets off another
    (`演唱會2026 | 交通` under the <title> `演唱會2026｜門票攻略`): a section's heading, not the headline."""
    whole = title.rstrip(".…。 ")
    return (
        not printed.startswith(whole)
        and not whole.startswith(printed)
        and site_name_after(title[len(cut) :])
        and site_name_after(printed[len(cut) :])
    )


def _printed_again_over_the_story(pieces: list[Piece], index: int) -> int:
    """Where a page prints its headline again as a heading further down: a line of a list above it (`Recent
    posts`) is not the headline, the heading is; a heading at the top (in a share bar), with its menus and
    no story paragraph below it, gives way to the one under the menus when a paragraph of story is right
    under that one."""
    headline = pieces[index].text.strip()
    in_a_list = pieces[index].kind == "li"
    for later in range(index + 1, min(len(pieces), index + HEADLINE_SCAN_PIECES)):
        piece = pieces[later]
        if piece.kind == "h" and piece.text.strip() == headline:
            under = pieces[later + 1 : later + 1 + _STORY_UNDER_A_HEADLINE_PIECES]
            return later if in_a_list or any(a_story_paragraph(below.text.strip()) for below in under) else index
        if not in_a_list and a_story_paragraph(piece.text.strip()):
            break
    return index


#: How many pieces under a headline its story's first paragraph may be (stamp, source, share bar, font size).
_STORY_UNDER_A_HEADLINE_PIECES = 10


def _after_story_furniture(after: list[Piece]) -> list[FurnitureLine]:
    """What follows a page's story (its comments, lists of other articles, footer) as furniture: a labelled
    date line right under the story is the page's (`发布日期：2019-03-06 责任编辑：…`); any other date there is
    a comment's or another article's, and dates nothing."""
    found = []
    for index, piece in enumerate(after):
        if piece.kind == "img" or not piece.text.strip():
            continue
        if index < EDGE_MAX_BLOCKS:
            line = margin_furniture([piece])[:1]
        elif _A_COPYRIGHT_MARK.search(piece.text):
            # the page's copyright line in its footer, however far down: its year dates a stamp without one
            line = [found for found in margin_furniture([piece])[:1] if found.kind == "copyright"]
        else:
            line = []
        if line and (line[0].labelled or not (line[0].date or line[0].update)):
            found.append(line[0])
        else:
            found.append(FurnitureLine("after-story", piece.text))
    return found


#: What a copyright line shows (cheaply looked for before the line is read as furniture).
_A_COPYRIGHT_MARK = re.compile(r"©|\([cC]\)|Copyright|COPYRIGHT|版权|版權")


def _chrome_furniture(chrome: list[Piece]) -> list[FurnitureLine]:
    """The page's chrome above its headline as furniture printed above the title: the lines it can read
    (a date, a byline), and the rest as navigation, so that nothing leaves the text unlisted."""
    left, furniture = split_furniture(chrome)
    furniture += [
        FurnitureLine("navigation", piece.text) for piece in left if piece.kind != "img" and piece.text.strip()
    ]
    return [dataclasses.replace(line, above_title=True, after_pieces=-1) for line in furniture]


#: A <title> cut short is a headline's beginning when at least this long.
TRUNCATED_TITLE_MIN_CHARS = 10


def _assemble(pieces: list[Piece], title: str) -> tuple[str, tuple[Block, ...]]:
    """The article text (blocks joined by a blank line) and its blocks with offsets.

    Blocks with no letters or digits (separators like "-" or "■") are dropped,
    and so is a first heading that repeats the title. An image sits at the end
    offset of the text block before it (0 when it comes first).
    """
    kept = [piece for piece in pieces if piece.kind == "img" or any(char.isalnum() for char in piece.text)]
    first_text = next((piece for piece in kept if piece.kind != "img"), None)
    if title and first_text is not None and first_text.kind == "h" and same_text(first_text.text, title):
        kept.remove(first_text)
    elif title:  # a page that prints its headline again under the date line
        top = [piece for piece in kept if piece.kind != "img"][:TITLE_SCAN_PIECES]
        again = next((piece for piece in top if same_text(piece.text, title)), None)
        if again is not None:
            kept.remove(again)
    parts: list[str] = []
    blocks: list[Block] = []
    length = 0
    for piece in kept:
        if piece.kind == "img":
            blocks.append(Block("img", length, length, src=piece.src, alt=piece.alt))
            continue
        if parts:
            parts.append("\n\n")
            length += 2
        blocks.append(Block("p" if piece.kind == "caption" else piece.kind, length, length + len(piece.text)))
        parts.append(piece.text)
        length += len(piece.text)
    return "".join(parts), tuple(blocks)


def article_id(file_name: str) -> str:
    """The id an article file gets from its name (its pages and extracted file are named by it)."""
    return _article_id(file_name)


def _article_id(file_name: str) -> str:
    """A URL- and file-name-safe id from a file name: `odd name (副本).txt` -> `odd-name-副本`."""
    stem = file_name.rsplit(".", 1)[0] if "." in file_name.lstrip(".") else file_name
    safe = re.sub(r"-{2,}", "-", _UNSAFE_ID_RUN.sub("-", stem)).strip("-") or "article"
    if len(safe.encode("utf-8")) > ID_MAX_BYTES:
        digest = hashlib.sha256(stem.encode("utf-8", "surrogatepass")).hexdigest()[:8]
        safe = safe.encode("utf-8")[: ID_MAX_BYTES - 9].decode("utf-8", "ignore").rstrip("-") + "-" + digest
    if safe.split(".")[0].lower() in RESERVED_FILE_NAMES:
        safe += "_"
    return safe


def _display_path(path: Path, content_dir: Path) -> str:
    base = Path(os.path.abspath(content_dir)).parent
    try:
        shown = Path(os.path.abspath(path)).relative_to(base).as_posix()
    except ValueError:
        shown = Path(path).as_posix()
    return _printable(shown)


def _printable(text: str) -> str:
    """Text a one-line message can show: control, format and separator characters, and the
    lone surrogates of undecodable file-name bytes, are written as escapes (\\n, \\udcff)."""
    return "".join(repr(char)[1:-1] if unicodedata.category(char) in _UNPRINTABLE_CATEGORIES else char for char in text)


def _one_line(message: str) -> str:
    return _printable(" ".join(message.split()))


def _inside(path: Path, folder: Path) -> bool:
    """Whether path, with every link followed, is inside folder."""
    try:
        return path.resolve().is_relative_to(folder.resolve())
    except (OSError, RuntimeError):  # a link loop
        return False
