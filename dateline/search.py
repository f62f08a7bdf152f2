"""The search index: Pagefind's extended build (which segments Chinese) over the event and source pages.

It runs over the finished site, so it indexes what readers see: each event
and source page marks its searchable part with `data-pagefind-body`, an
event its date with `data-pagefind-meta`, a source the line search results
show under it. Beside what a page shows, the index holds what makes it
findable in either language and script (search_terms): every name of the
entities it names, in simplified and traditional characters, and the
editors' title and summary in the other language. Only the site-language
pages are indexed; the other UI's search page uses the same index and links
to its own copy of each page.

Pagefind cannot add a page to an index it made, so a large site's index is
split by date into bundles (`pagefind/2021/`, …) that the search page merges:
a change to a few pages makes again only the bundles that hold them.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import json
import logging
import os
import re
import shutil
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from . import package_version
from .errors import DatelineError
from .model import Entity, Event
from .templating import url_path

if TYPE_CHECKING:
    from .siteindex import SiteIndex

logging.getLogger("pagefind").addHandler(logging.NullHandler())  # its failures reach the user as ours

SEARCH_DIR = "pagefind"
#: Pagefind also writes ready-made search UIs; the site has its own search page, so they go.
UNUSED = (
    "pagefind-ui.js",
    "pagefind-ui.css",
    "pagefind-modular-ui.js",
    "pagefind-modular-ui.css",
    "pagefind-component-ui.js",
    "pagefind-component-ui.css",
    "pagefind-highlight.js",
)
TIMEOUT = 600  # seconds
#: Event pages a bundle holds before it is split by date. Remaking a bundle costs about 2 ms a page; the
#: search page fetches a little of every bundle, so they should not be many either.
BUNDLE_PAGES = 500
#: How a date is cut to split a bundle: the whole site, then decades, years, months, days.
_DATE_PREFIXES = (0, 3, 4, 7, 10)
#: What each bundle was made from, beside Pagefind's own files: a bundle is reused only for the same pages.
MANIFEST = "dateline-pages.json"
#: Bundles Pagefind makes at once: each lane waits on Pagefind's replies in turn.
LANES = 2


@functools.lru_cache(maxsize=2)
def _converter(config: str):
    import opencc

    return opencc.OpenCC(config)


@functools.lru_cache(maxsize=1 << 14)
def in_both_scripts(text: str) -> tuple[str, ...]:
    """A text as written, in simplified and in traditional characters (each once)."""
    return tuple(dict.fromkeys((text, _converter("t2s").convert(text), _converter("s2t").convert(text))))


#: Where the site keeps its table of traditional characters and their simplified forms, for search.js to fold a
#: query typed in traditional characters into the simplified ones the index also holds (see search_terms).
SIMPLIFIED_TABLE = "assets/han-simplified.txt"
#: The blocks of Chinese characters the table covers: the unified ideographs, extension A, compatibility forms.
_HAN_BLOCKS = ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))


@functools.lru_cache(maxsize=1)
def simplified_table() -> bytes:
    """Each traditional character OpenCC simplifies, followed by its simplified form, one pair after another
    (about 4,000 pairs, 25 kB): character by character, as a query is typed."""
    characters = [chr(code) for first, last in _HAN_BLOCKS for code in range(first, last + 1)]
    simplified = _converter("t2s").convert("\n".join(characters)).split("\n")
    pairs = "".join(
        written + plain for written, plain in zip(characters, simplified) if len(plain) == 1 and plain != written
    )
    return pairs.encode("utf-8")


@functools.lru_cache(maxsize=2)
def _entity_matcher(entities: tuple[Entity, ...]):
    from .consolidate import EntityMatcher

    return EntityMatcher(entities)


def entity_terms(site: SiteIndex, named: Iterable[str], text: str = "") -> list[str]:
    """Every name of the entities given by id, and of those text names, in simplified and traditional
    characters: a line for each entity, so that a search for any of them finds the page."""
    ids = dict.fromkeys([*named, *(_entity_matcher(site.data.entities).find(text) if text else ())])
    terms = []
    for entity_id in ids:
        entity = site.entities.get(entity_id)
        if entity is not None:
            names = dict.fromkeys(variant for name in entity.names for variant in in_both_scripts(name))
            terms.append(" · ".join(names) + ".")
    return terms


def search_terms(event: Event, site: SiteIndex) -> list[str]:
    """What the index holds of an event beyond what its page shows, so that a reader finds it in either
    language and script: every name of its entities and of those its page names (entities.yaml), in
    simplified and traditional characters; the editors' title and summary in the other language; its
    tags' other names; and the simplified form of what its page quotes in traditional characters."""
    shown = [event.title, event.summary, *(citation.quote for citation in event.sources)]
    terms = entity_terms(site, event.entities, "\n".join(shown))
    for text in event.texts:
        terms += [part for part in (text.title, text.summary) if part]
    other_names = dict(site.config.tag_names)
    terms += [other_names[tag] for tag in event.tags if tag in other_names]
    for written in shown:
        simplified = _converter("t2s").convert(written)
        if simplified != written:
            terms.append(simplified)
    return terms


class SearchIndexError(DatelineError):
    """Pagefind could not be run or failed; the message says why."""


@dataclass(frozen=True)
class SearchBundle:
    """One Pagefind bundle: where it goes in the site and the event pages it indexes (paths in the site)."""

    folder: str  # "pagefind/" or "pagefind/2021/"
    pages: tuple[str, ...]


def indexed_pages(site: SiteIndex) -> list[tuple[str, str]]:
    """The pages the index reads, as (date, path in the site), in date order: every event page, and every
    source page, at its publication date ("" when it has none)."""
    events = [(event.date, unquote(url_path("events", f"{event.id}.html"))) for event in site.events]
    sources = [
        (article.publication_date.isoformat() if article.publication_date else "", f"sources/{article.id}.html")
        for article in site.data.articles
    ]
    return sorted(events + sources, key=lambda page: page[0])


def plan_bundles(pages: list[tuple[str, str]], limit: int | None = None) -> list[SearchBundle]:
    """Split the event pages, given as (date, path) in date order, into bundles of at most `limit` pages
    (BUNDLE_PAGES unless given).

    A site that fits in one bundle has one, at `pagefind/`. A larger one is cut
    by decade, then year, month and day, only where a part is over the limit;
    neighbouring parts that fit together share a bundle. The cut follows the
    calendar, not the count, so adding an event moves no other event to another
    bundle unless the bundles themselves change (its part, or the run of small
    parts it is packed in, goes over the limit).
    """
    limit = limit or BUNDLE_PAGES
    if not pages:
        return []
    if len(pages) <= limit:
        return [SearchBundle(SEARCH_DIR + "/", tuple(path for _, path in pages))]
    bundles: list[SearchBundle] = []
    for key, part in _split(pages, 1, limit):
        name = re.sub(r"[^0-9A-Za-z-]", "_", key) or "_"
        bundles.append(SearchBundle(f"{SEARCH_DIR}/{name}/", tuple(path for _, path in part)))
    return bundles


def _split(pages: list[tuple[str, str]], level: int, limit: int) -> list[tuple[str, list[tuple[str, str]]]]:
    """(key, pages) runs of the parts of pages cut at date prefix level `level`; see plan_bundles."""
    width = _DATE_PREFIXES[level]
    parts: dict[str, list[tuple[str, str]]] = {}
    for date, path in pages:
        parts.setdefault(date[:width], []).append((date, path))
    runs: list[tuple[str, list[tuple[str, str]]]] = []
    packing = False  # whether the last run may take the next part
    for key, part in parts.items():
        if len(part) > limit and level + 1 < len(_DATE_PREFIXES):
            runs.extend(_split(part, level + 1, limit))
            packing = False
        elif packing and len(runs[-1][1]) + len(part) <= limit:
            runs[-1][1].extend(part)
        else:
            runs.append((key, list(part)))
            packing = True
    return runs


class SearchIndexing:
    """Pagefind indexing the bundles' event pages of site_dir, started at once, in a thread.

    It runs beside whatever the build does next; `finish()` waits for it and
    returns the files written. A site without events gets no index (Pagefind
    refuses to build an empty one); its search page then lists every event,
    that is none, as it does without JavaScript. A bundle of `previous` (the
    site being replaced) that indexed the very same files, made by the
    installed Pagefind, is linked instead of made again: Pagefind would make
    the same one, and it takes seconds.
    """

    def __init__(self, site_dir: Path, bundles: list[SearchBundle], previous: Path | None = None):
        self.site_dir = site_dir
        self.bundles = bundles
        self.previous = previous
        self._error: BaseException | None = None
        self._pages = site_dir / ".pagefind-pages"  # each bundle's pages, linked: what Pagefind reads
        self._thread = threading.Thread(target=self._run, name="pagefind", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            made = [
                bundle
                for bundle in self.bundles
                if self.previous is None or not _reuse(bundle, self.site_dir, self.previous)
            ]
            if made:
                asyncio.run(self._index(made))
        except BaseException as error:  # noqa: BLE001 - reported by finish(), in the build's thread
            self._error = error
        finally:
            shutil.rmtree(self._pages, ignore_errors=True)

    async def _index(self, bundles: list[SearchBundle]) -> None:
        from pagefind.service import PagefindService

        # What fails here reaches the user through finish(); the loop would also print it, as a traceback.
        asyncio.get_running_loop().set_exception_handler(lambda loop, context: None)
        todo = list(enumerate(bundles))
        service = await PagefindService().launch()
        lanes = asyncio.gather(*(self._lane(service, todo) for _ in range(min(LANES, len(todo)))))
        watch = asyncio.ensure_future(_stopped(service))
        try:
            await asyncio.wait((lanes, watch), timeout=TIMEOUT, return_when=asyncio.FIRST_COMPLETED)
            if lanes.done():
                lanes.result()
            elif watch.done():  # no reply will come
                raise SearchIndexError(f"Pagefind stopped before it had indexed the site ({watch.result()})")
            else:
                raise SearchIndexError(f"Pagefind did not finish indexing the site for search within {TIMEOUT} s")
        finally:
            lanes.cancel()
            if not watch.done():
                watch.cancel()
                with contextlib.suppress(Exception, asyncio.CancelledError):
                    await asyncio.wait_for(service.close(), 10)
            process = _process_of(service)
            if process is not None and process.returncode is None:
                process.kill()
                await process.wait()

    async def _lane(self, service, todo: list[tuple[int, SearchBundle]]) -> None:
        """Make bundles from todo until none is left; each lane waits for Pagefind's replies in turn."""
        while todo:
            number, bundle = todo.pop(0)
            pages = self._pages / str(number)
            for page in bundle.pages:
                (pages / page).parent.mkdir(parents=True, exist_ok=True)
                try:
                    os.link(self.site_dir / page, pages / page)
                except OSError:  # a file system without hard links
                    shutil.copyfile(self.site_dir / page, pages / page)
            output = self.site_dir / bundle.folder
            index = await service.create_index({"output_path": str(output)})
            await index.add_directory(str(pages))
            await index.write_files(str(output))
            await index.delete_index()  # the service would hold every bundle's index until it stops
            (output / MANIFEST).write_text(_manifest(bundle), encoding="utf-8")

    def finish(self) -> list[Path]:
        self._thread.join()
        if self._error is not None:
            raise SearchIndexError(_explained(self._error)) from self._error
        files = []
        for bundle in self.bundles:
            folder = self.site_dir / bundle.folder
            for name in UNUSED:
                (folder / name).unlink(missing_ok=True)
            files += [path for path in folder.rglob("*") if path.is_file()]
        return sorted(files)


async def _stopped(service) -> str:
    """Wait until the Pagefind service's process ends, and say how; forever where it cannot be watched.

    The service answers each request with a message; one that dies mid-way
    would leave a request waiting for a reply until the timeout.
    """
    process = _process_of(service)
    if process is None:
        await asyncio.Event().wait()  # never set: there is nothing to watch
        return ""
    return f"exit status {await process.wait()}"


def _process_of(service) -> asyncio.subprocess.Process | None:
    """The pagefind package's own handle on the service's process (None if a later version keeps it elsewhere)."""
    process = getattr(service, "_backend", None)
    return process if isinstance(process, asyncio.subprocess.Process) else None


def _explained(error: BaseException) -> str:
    if isinstance(error, SearchIndexError):
        return str(error)
    if isinstance(error, ImportError):
        return (
            "could not run Pagefind to index the site for search: the pagefind package is not installed "
            "(pip install 'pagefind[extended]')"
        )
    if isinstance(error, OSError):
        return (
            f"could not run Pagefind to index the site for search: {str(error) or type(error).__name__} "
            "(pip install 'pagefind[extended]' installs it)"
        )
    detail = " ".join(str(part) for part in error.args if part) or type(error).__name__
    return f"Pagefind failed to index the site for search: {detail}"


@functools.lru_cache(maxsize=1)
def pagefind_version() -> str:
    """The installed Pagefind's version ("" when it is not installed): an index is only as good as its maker."""
    return package_version("pagefind_bin_extended", "pagefind_bin", "pagefind")


def _manifest(bundle: SearchBundle) -> str:
    return json.dumps({"pages": sorted(bundle.pages)}, ensure_ascii=False)


def _reuse(bundle: SearchBundle, site_dir: Path, previous: Path) -> bool:
    """Link the bundle from previous when this Pagefind made it from the same pages, which are previous's own
    files (linked when they were rendered the same); False (nothing linked) otherwise."""
    old = previous / bundle.folder
    try:
        if (old / MANIFEST).read_text(encoding="utf-8") != _manifest(bundle) or not _made_by_this_pagefind(old):
            return False
        if not all(os.path.samefile(site_dir / page, previous / page) for page in bundle.pages):
            return False
    except (OSError, ValueError):
        return False
    return bool(_link_tree(old, site_dir / bundle.folder))


def _made_by_this_pagefind(folder: Path) -> bool:
    try:
        entry = json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(entry, dict) and bool(pagefind_version()) and entry.get("version") == pagefind_version()


def _link_tree(source: Path, target: Path) -> list[Path]:
    """Hard links in target to every file under source; [] (and nothing left in target) if any cannot be made."""
    if not source.is_dir() or source.is_symlink():
        return []
    linked = []
    try:
        for path in sorted(source.rglob("*")):
            if path.is_symlink() or not (path.is_dir() or path.is_file()):
                raise OSError(f"{path} is not a plain file")
            destination = target / path.relative_to(source)
            if path.is_dir():
                destination.mkdir(parents=True, exist_ok=True)
            else:
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.link(path, destination)
                linked.append(destination)
    except OSError:
        shutil.rmtree(target, ignore_errors=True)
        return []
    return linked
