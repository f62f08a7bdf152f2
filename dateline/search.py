"""The search index: Pagefind's extended build (which segments Chinese) over the event pages.

It runs over the finished site, so it indexes exactly what readers see: each
event page marks its searchable part with `data-pagefind-body` and its date
with `data-pagefind-meta`. Only the site-language pages are indexed; the other
UI's search page uses the same index and links to its own copy of each event.
"""
from __future__ import annotations

import functools
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from . import package_version

SEARCH_DIR = "pagefind"
#: Pagefind also writes ready-made search UIs; the site has its own search page, so they go.
UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js", "pagefind-modular-ui.css",
          "pagefind-component-ui.js", "pagefind-component-ui.css", "pagefind-highlight.js")
TIMEOUT = 600  # seconds


class SearchIndexError(RuntimeError):
    """Pagefind could not be run or failed; the message says why."""


def build_search_index(site_dir: Path) -> list[Path]:
    """Index site_dir/events/*.html into site_dir/pagefind/; return the files written."""
    return SearchIndexing(site_dir).finish()


class SearchIndexing:
    """Pagefind indexing site_dir/events/*.html into site_dir/pagefind/, started at once.

    It runs beside whatever the build does next (the other pages); `finish()`
    waits for it and returns the files written. A site without events gets no
    index (Pagefind refuses to build an empty one); its search page then lists
    every event, that is none, as it does without JavaScript. When `previous`
    (the site being replaced) has the very same event pages and an index made
    by the installed Pagefind, that index is linked instead: Pagefind would
    make the same one, and it takes seconds.
    """

    def __init__(self, site_dir: Path, previous: Path | None = None):
        self.site_dir = site_dir
        self._process = None
        self._reused: list[Path] = []
        if not any((site_dir / "events").glob("*.html")):
            return
        if previous is not None and _same_event_pages(site_dir, previous) \
                and _made_by_this_pagefind(previous / SEARCH_DIR):
            self._reused = _link_tree(previous / SEARCH_DIR, site_dir / SEARCH_DIR)
            if self._reused:
                return
        command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", "events/*.html",
                   "--output-subdir", SEARCH_DIR, "--silent"]
        try:
            self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as error:
            raise SearchIndexError(f"could not run Pagefind to index the site for search: {error}") from error

    def finish(self) -> list[Path]:
        if self._process is None:
            return self._reused
        try:
            stdout, stderr = self._process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired as error:
            self._process.kill()
            self._process.communicate()
            raise SearchIndexError(f"could not run Pagefind to index the site for search: {error}") from error
        if self._process.returncode != 0:
            detail = (stderr or stdout).strip() or f"exit status {self._process.returncode}"
            if "No module named pagefind" in detail:
                detail = "the pagefind package is not installed (pip install 'pagefind[extended]')"
            raise SearchIndexError(f"Pagefind failed to index the site for search: {detail}")
        bundle = self.site_dir / SEARCH_DIR
        for name in UNUSED:
            (bundle / name).unlink(missing_ok=True)
        return sorted(path for path in bundle.rglob("*") if path.is_file())


@functools.lru_cache(maxsize=1)
def pagefind_version() -> str:
    """The installed Pagefind's version ("" when it is not installed): an index is only as good as its maker."""
    return package_version("pagefind_bin_extended", "pagefind_bin", "pagefind")


def _made_by_this_pagefind(bundle: Path) -> bool:
    try:
        entry = json.loads((bundle / "pagefind-entry.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return isinstance(entry, dict) and bool(pagefind_version()) and entry.get("version") == pagefind_version()


def _same_event_pages(site_dir: Path, previous: Path) -> bool:
    """Whether site_dir's event pages are previous's own files (linked when rendered the same), no more, no fewer."""
    names = sorted(path.name for path in (site_dir / "events").glob("*.html"))
    if names != sorted(path.name for path in (previous / "events").glob("*.html")):
        return False
    try:
        return all(os.path.samefile(site_dir / "events" / name, previous / "events" / name) for name in names)
    except OSError:
        return False


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
