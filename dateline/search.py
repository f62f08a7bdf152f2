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


class SearchIndexError(RuntimeError):
    """Pagefind could not be run or failed; the message says why."""


def build_search_index(site_dir: Path) -> list[Path]:
    """Index site_dir/events/*.html into site_dir/pagefind/; return the files written.

    A site without events gets no index (Pagefind refuses to build an empty one);
    its search page then lists every event, that is none, as it does without JavaScript.
    """
    if not any((site_dir / "events").glob("*.html")):
        return []
    command = [sys.executable, "-m", "pagefind", "--site", str(site_dir), "--glob", "events/*.html",
               "--output-subdir", SEARCH_DIR, "--silent"]
    try:
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
    except (OSError, subprocess.TimeoutExpired) as error:
        raise SearchIndexError(f"could not run Pagefind to index the site for search: {error}") from error
    if result.returncode != 0:
        detail = (result.stderr or result.stdout).strip() or f"exit status {result.returncode}"
        if "No module named pagefind" in detail:
            detail = "the pagefind package is not installed (pip install 'pagefind[extended]')"
        raise SearchIndexError(f"Pagefind failed to index the site for search: {detail}")
    bundle = site_dir / SEARCH_DIR
    for name in UNUSED:
        (bundle / name).unlink(missing_ok=True)
    return sorted(path for path in bundle.rglob("*") if path.is_file())
