"""Render the site: every page in both UI languages, the assets, the data exports and the search index.

The site is written twice: in its own UI language at the root and in the
other shipped UI language under `en/` (or `zh/`); the data, feeds, assets and
search index exist once, at the root. Pages are written by this process and
processes forked from it, which share the site's index (see render_pages).
"""

from __future__ import annotations

import contextlib
import functools
import gc
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

from . import exports, search
from .files import Written
from .model import SiteData
from .pagememo import PageMemo, view_salt
from .pages import UNLISTED_PAGES, PageRenderer, PagesWritten
from .siteindex import SiteIndex
from .ui import UI, UI_LANGUAGES
from .workers import ForkedTasks, can_fork, release_free_memory


def _default_theme_dir() -> Path:
    """Where dateline's own templates/ and static/ are: inside the installed package (a wheel carries them
    as dateline/theme/), or at the top of a source checkout, where they are kept."""
    package = Path(__file__).resolve().parent
    packaged = package / "theme"
    return packaged if (packaged / "templates").is_dir() else package.parent


DEFAULT_THEME_DIR = _default_theme_dir()


def theme_dirs(project_dir: Path) -> list[Path]:
    """Where templates and assets come from: the project's own, then dateline's defaults."""
    project_dir = project_dir.resolve()
    if project_dir != DEFAULT_THEME_DIR and (project_dir / "templates").is_dir():
        return [project_dir, DEFAULT_THEME_DIR]
    return [DEFAULT_THEME_DIR]


def copy_static(theme: list[Path], out_dir: Path, previous: Path | None = None) -> Written:
    """Copy the theme's static/ to assets/ (a project's files win over dateline's); see files.write_file."""
    copied: dict[Path, Path] = {}
    for directory in reversed(theme):
        static = directory / "static"
        if static.is_dir():
            for source in sorted(static.rglob("*")):
                if source.is_file():
                    copied[source.relative_to(static)] = source
    written = Written()
    for relative, source in sorted(copied.items()):
        target = out_dir / "assets" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        written.write(target, source.read_bytes(), previous / "assets" / relative if previous else None)
    return written


def render_site(
    data: SiteData,
    out_dir: Path,
    project_dir: Path,
    jobs: int = 1,
    meanwhile: Callable[[], None] = lambda: None,
    previous: Path | None = None,
    views: dict[str, list] | None = None,
) -> PagesWritten:
    """Render the whole site into out_dir (which should be empty); return the files written.

    With jobs > 1 the pages are written by that many processes, this one
    among them once it has written the data exports; `meanwhile` (other work
    of the build, which writes no file of the site) is one more task for them.
    A page identical to its file in `previous` (the site being replaced) is
    linked to that file, and with `views` (PagesWritten.views of the build that
    made `previous`) a page made from the same view is linked without being
    rendered.
    """
    site = SiteIndex(data)
    theme = theme_dirs(project_dir)
    memo = PageMemo(previous, views, view_salt(theme, data.config) if views is not None else b"")  # kept or none
    main_ui = UI(data.config.language)
    other_language = next(language for language in UI_LANGUAGES if language != data.config.language)
    other_ui, other_prefix = UI(other_language), UI_LANGUAGES[other_language]
    json_ld = {
        name: exports.to_json(document, indent=None)
        for name, document in exports.json_ld_documents(site, main_ui).items()
    }
    bundles = search.plan_bundles(search.indexed_pages(site))
    renderers = (
        PageRenderer(site, main_ui, "", (other_ui, other_prefix), theme, json_ld, memo, bundles),
        PageRenderer(site, other_ui, other_prefix, (main_ui, ""), theme, json_ld, memo, bundles),
    )
    indexing: list[search.SearchIndexing] = []
    languages = {"": main_ui.html_lang, other_prefix: other_ui.html_lang}
    side_work = (
        functools.partial(exports.write_data, site, main_ui, out_dir, json_ld, previous),
        functools.partial(exports.write_feeds, site, main_ui, out_dir, previous),
        functools.partial(write_sitemap, renderers, out_dir, languages, previous),
        meanwhile,
    )
    written = render_pages(
        renderers,
        out_dir,
        jobs,
        side_work,
        events_written=lambda: indexing.append(search.SearchIndexing(out_dir, bundles, previous)),
    )
    written.add(copy_static(theme, out_dir, previous))
    for image in data.media.values():  # an article's pictures, copied (see media.py)
        (out_dir / image.path).parent.mkdir(parents=True, exist_ok=True)
        written.write(out_dir / image.path, image.data, previous / image.path if previous else None)
    publishing = {".nojekyll": b"", search.SIMPLIFIED_TABLE: search.simplified_table()}
    if data.config.domain:
        publishing["CNAME"] = (data.config.domain + "\n").encode("utf-8")
    for name, content in publishing.items():
        written.write(out_dir / name, content, previous / name if previous else None)
    written.unchecked = indexing[0].finish()  # made by Pagefind, not compared yet
    written.files.extend(written.unchecked)
    return written


def write_sitemap(
    renderers: tuple[PageRenderer, ...], out_dir: Path, languages: dict[str, str], previous: Path | None = None
) -> Written:
    """The sitemap of every page the renderers write, known before any is (a task of the page workers)."""
    listed = [
        (renderer.prefix, renderer.page_path(kind, key))
        for renderer in renderers
        for kind, key in renderer.page_jobs()
        if kind not in UNLISTED_PAGES
    ]
    return exports.write_sitemap(renderers[0].site, out_dir, listed, languages, previous)


#: Pages a worker takes at a time: small enough to balance the heavy pages (the timeline), large enough to be cheap.
PAGES_PER_TASK = 64
#: Below this many pages, starting worker processes costs more than it saves.
PARALLEL_PAGES = 400
HEAVY_PAGES = ("index", "all", "search", "sources")
#: The kinds of page the search index reads (see search.indexed_pages), in the site's language only.
INDEXED_PAGES = ("event", "source")

#: A page to write: (which renderer, kind, key), as PageRenderer.page_jobs() names it.
Page = tuple[int, str, str]
#: Work of the build beside the pages; it returns the files of the site it wrote (None: no file of the site).
SideWork = Callable[[], Written | None]


def render_pages(
    renderers: tuple[PageRenderer, ...],
    out_dir: Path,
    jobs: int,
    side_work: tuple[SideWork, ...],
    events_written: Callable[[], None],
) -> PagesWritten:
    """Every page of every UI, and the files of side_work, in the same order whichever process wrote them.

    With jobs 1 (or a small site) this process writes every page, then does
    the side work. Otherwise jobs - 1 processes are forked once the site is
    indexed, so they share it instead of receiving a copy, and take the pages
    in task-sized chunks; this process does the first side work meanwhile,
    then writes pages too, taking the last chunks no process has started:
    every worker copies much of what it shares as it reads it, so one fewer
    saves hundreds of MB. events_written (which starts the search index) is
    called as soon as the site-language event and source pages are written,
    so that Pagefind works beside the other pages.
    """
    pages = [(number, kind, key) for number, renderer in enumerate(renderers) for kind, key in renderer.page_jobs()]
    with _collector_frozen():  # the site's objects outlive the pages: no use scanning them while pages are made
        if jobs <= 1 or len(pages) < PARALLEL_PAGES or not can_fork():
            written = PagesWritten()
            for number, kind, key in pages:
                renderers[number].render_page(kind, key, out_dir, written)
            events_written()
            for work in side_work:
                written.add(work() or Written())
            return written
        return _render_in_parallel(renderers, out_dir, jobs, pages, side_work, events_written)


@contextlib.contextmanager
def _collector_frozen() -> Iterator[None]:
    """Within the block, the garbage collector leaves alone every object alive when it began (gc.freeze).

    What it buys: this process does not scan the site's objects again and
    again while it writes pages: a one-article rebuild of 1,000 articles took
    13% less CPU (median of ten paired runs); and the page workers, forked
    inside the block, never write to the memory they share with this one by
    scanning it. Objects that die meanwhile are still freed by their reference
    counts; only cycles among them wait for the block's end. (Frozen around
    consolidation's forks it made no difference to the memory of a cold
    10,000-article build that runs could tell apart, so it is used here alone.)
    """
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _render_in_parallel(
    renderers: tuple[PageRenderer, ...],
    out_dir: Path,
    jobs: int,
    pages: list[Page],
    side_work: tuple[SideWork, ...],
    events_written: Callable[[], None],
) -> PagesWritten:
    """See render_pages."""
    chunks = _chunks(pages)
    # The site-language pages the search index reads go first, before the side work: the sooner they are
    # written, the more of the index is made beside the pages instead of after them; then the heavy pages.
    indexed = {at for at, chunk in enumerate(chunks) if chunk[0][0] == 0 and chunk[0][1] in INDEXED_PAGES}
    order = sorted(range(len(chunks)), key=lambda at: (at not in indexed, chunks[at][0][1] not in HEAVY_PAGES))
    event_chunks = indexed
    queue: list[tuple[str, int]] = (
        [("pages", at) for at in order[: len(event_chunks)]]
        + [("side", at) for at in range(1, len(side_work))]
        + [("pages", at) for at in order[len(event_chunks) :]]
    )
    search_start = _SearchStart(event_chunks, events_written)

    def run(task: int) -> Written | None:
        what, at = queue[task]
        if what == "side":
            return side_work[at]()
        part = PagesWritten()
        for number, kind, key in chunks[at]:
            renderers[number].render_page(kind, key, out_dir, part)
        return part

    def done(task: int) -> None:
        what, at = queue[task]
        if what == "pages":
            search_start.chunk_written(at)

    with ForkedTasks(jobs - 1, run, len(queue), done) as tasks:
        first = side_work[0]()  # while the workers start on the pages
        tasks.help()  # the chunks no worker has started yet, from the light end of the queue
        results = tasks.results()
    for renderer in renderers:
        renderer.forget()
    release_free_memory()
    search_start.chunk_written(None)  # a site without events
    parts = {queue[task]: result for task, result in enumerate(results)}
    written = PagesWritten()
    for at in range(len(chunks)):
        written.add(parts[("pages", at)] or Written())
    written.add(first or Written())
    for at in range(1, len(side_work)):
        written.add(parts[("side", at)] or Written())
    return written


def _chunks(pages: list[Page]) -> list[list[Page]]:
    """Pages in task-sized runs, in order, each of one renderer and kind; a heavy page is a run of its own."""
    chunks: list[list[Page]] = []
    for page in pages:
        if page[1] in HEAVY_PAGES or not chunks or len(chunks[-1]) >= PAGES_PER_TASK or chunks[-1][0][:2] != page[:2]:
            chunks.append([])
        chunks[-1].append(page)
    return chunks


class _SearchStart:
    """Starts the search index once the last site-language event page is written, and only once."""

    def __init__(self, pending: set[int], start: Callable[[], None]):
        self.pending = set(pending)
        self.start = start
        self.started = False
        self.lock = threading.Lock()  # held while it starts: once chunk_written returns, the index has started

    def chunk_written(self, at: int | None) -> None:
        """Chunk `at` is written (often told in another thread); with None, start now unless started."""
        with self.lock:
            if at is not None:
                self.pending.discard(at)
            if not self.started and (at is None or not self.pending):
                self.started = True
                self.start()
