"""The search index: Pagefind's extended build (which segments Chinese) over the event pages.

It runs over the finished site, so it indexes exactly what readers see: each
event page marks its searchable part with `data-pagefind-body` and its date
with `data-pagefind-meta`. Only the site-language pages are indexed; the other
UI's search page uses the same index and links to its own copy of each event.
"""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

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
    every event, that is none, as it does without JavaScript.
    """

    def __init__(self, site_dir: Path):
        self.site_dir = site_dir
        self._process = None
        if not any((site_dir / "events").glob("*.html")):
            return
        command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", "events/*.html",
                   "--output-subdir", SEARCH_DIR, "--silent"]
        try:
            self._process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        except OSError as error:
            raise SearchIndexError(f"could not run Pagefind to index the site for search: {error}") from error

    def finish(self) -> list[Path]:
        if self._process is None:
            return []
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
