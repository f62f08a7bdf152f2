"""The page memo: a page whose view (everything its template is given) is the same as last time is not rendered.

Each page's view is digested by value, salted with what every page depends
on besides its view (templates, dateline's code and strings, settings,
libraries); a page whose digest and file are as the last build left them is
kept: the new site links the old file instead of rendering it again.
"""

from __future__ import annotations

import copyreg
import hashlib
import io
import os
import pickle
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

from markupsafe import Markup

from . import code_digest, package_version
from .files import stamp_of
from .model import Article, SiteConfig


class Card:
    """An event's list item, made when a template asks for it (see views.PageViews.card)."""

    __slots__ = ("make", "event_id")

    def __init__(self, make: Callable[..., Markup], event_id: str):
        self.make, self.event_id = make, event_id

    def __call__(self, *args: object) -> Markup:
        return self.make(self.event_id, *args)


class Lazy:
    """A part of a view made only when a template reads it; its digest stands for what it is made from."""

    __slots__ = ("make", "inputs", "_value")

    def __init__(self, make: Callable[[], list], inputs: tuple):
        self.make, self.inputs = make, inputs

    def _made(self) -> list:
        if not hasattr(self, "_value"):
            self._value = self.make()
        return self._value

    def __iter__(self) -> Iterator:
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())


class Summary(dict):
    """An event as lists show it. It is in many views (every timeline, its neighbours' pages, its sources'
    pages), so a view's digest holds the digest of its items, made once, in their place."""

    __slots__ = ("digest",)
    digest: str  # made the first time a view holding the summary is digested


def _summary_digest(summary: Summary) -> str:
    try:
        return summary.digest
    except AttributeError:  # first met: made whole by now (see views.PageViews.summary)
        summary.digest = view_digest(b"", "", dict(summary))
        return summary.digest


def _article_digest(article: Article) -> bytes:
    """What an article is, for the digest of a view that holds it (an event's view holds each of its sources).

    Read from its file, it is made from the bytes its content_hash covers, its
    place, and the settings and code that the views' salt covers; else every field counts.
    """
    if article.content_hash:
        return f"{article.id}\0{article.path}\0{article.content_hash}".encode("utf-8", "surrogateescape")
    return view_digest(b"", "", vars(article)).encode()


#: How a view is serialised for its digest: a card stands for its event, whose summary is in the view beside
#: it; an article for the digest of its fields.
_VIEW_REDUCERS = copyreg.dispatch_table.copy()
_VIEW_REDUCERS[Card] = lambda card: (Card, (None, card.event_id))
_VIEW_REDUCERS[Article] = lambda article: (Article, (_article_digest(article),))
_VIEW_REDUCERS[Lazy] = lambda lazy: (Lazy, (None, lazy.inputs))
_VIEW_REDUCERS[Summary] = lambda summary: (Summary, (_summary_digest(summary),))


def view_digest(salt: bytes, template: str, variables: dict) -> str:
    """A digest of everything a template is given, by value; "" when some of it cannot be serialised.

    Pickled without its memo ("fast" mode), so two equal views give the same
    bytes whether or not they share objects.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = _VIEW_REDUCERS
    pickler.fast = True
    try:
        pickler.dump((template, variables))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return ""
    return hashlib.blake2b(salt + buffer.getbuffer(), digest_size=20).hexdigest()


def view_salt(theme: list[Path], config: SiteConfig) -> bytes:
    """What every page depends on besides its view: templates, dateline's code and strings, settings, libraries."""
    libraries = "\0".join(package_version(name) for name in ("jinja2", "markupsafe"))
    digest = hashlib.sha256(
        f"{code_digest()}\0{config!r}\0{libraries}\0{sys.version}\0".encode("utf-8", "surrogateescape")
    )
    for directory in theme:
        for path in sorted((directory / "templates").rglob("*")):
            if path.is_file():
                digest.update(f"{path.relative_to(directory).as_posix()}\0".encode("utf-8", "surrogateescape"))
                digest.update(path.read_bytes())
    return digest.digest()


class PageMemo:
    """What each page of the site being replaced was made from, so that a page whose view is the same is
    kept without rendering it: its old file is linked.

    `pages` maps a page's path in the site to [view digest, inode, size,
    modification time] of the file it was written to; a file that changed
    since (another inode, size or time) is rendered again.
    """

    def __init__(self, previous: Path | None = None, pages: dict[str, list] | None = None, salt: bytes = b""):
        self.previous = previous
        self.pages = pages or {}
        self.salt = salt  # see view_salt

    def digest(self, template: str, variables: dict) -> str:
        return view_digest(self.salt, template, variables) if self.salt else ""

    def keep(self, relative: str, digest: str, target: Path) -> bool:
        """Link target to the old page at relative if that page was made from the same view and is unchanged."""
        entry = self.pages.get(relative)
        if not digest or self.previous is None or not isinstance(entry, list) or entry[:1] != [digest]:
            return False
        old = self.previous / relative
        try:
            status = os.lstat(old)
            if not stat.S_ISREG(status.st_mode) or entry[1:] != stamp_of(status):
                return False
            os.link(old, target)
        except OSError:
            return False
        return True


def memo_entry(digest: str, path: Path) -> list:
    """What the memo keeps of a page just written: its view's digest and its file's stamp."""
    return [digest, *stamp_of(os.stat(path))]
