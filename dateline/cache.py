"""The project's `.dateline-cache/`: what one build learnt that saves the next one work.

Every cache is an entry of one store, in one format: a file `NAME.pickle`
holding (FORMAT, salt, value). The salt digests everything the value was made
from besides its own keys (dateline's code, the settings, a library's version),
so a value made under another salt is never found. A missing, stale, damaged
or foreign file is only a missing cache. Writes are atomic; a write that fails
is a warning in the build's report, never an error: a cache only saves work.

Pickle, because the values are dateline's own objects and the files are the
project's own, written by dateline itself; and it reads them several times
faster than JSON rebuilt into objects.
"""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path
from typing import TypeVar

from .errors import display_path
from .files import Stamp, file_stamp, trusted, write_atomically
from .model import Report

#: Bump when the layout of the entries changes: every entry written before is then stale.
FORMAT = 1
CACHE_DIR_NAME = ".dateline-cache"

Value = TypeVar("Value")


def salt_of(*parts: object) -> str:
    """A salt from the parts a value depends on, each as its repr (settings are frozen dataclasses)."""
    return hashlib.sha256("\0".join(map(repr, parts)).encode("utf-8", "surrogateescape")).hexdigest()


class Cache:
    """A named, salted store of values in one folder; a Cache of no folder keeps nothing (`--no-cache`).

    `load` and `save` are all a stage needs: it names its entry, says what
    the entry depends on (the salt) and what kind of value it holds.
    """

    def __init__(self, folder: Path | None, report: Report | None = None):
        self.folder = folder
        self.report = report  # told of the writes that failed; without one, they raise

    @classmethod
    def of_project(cls, content_dir: Path, report: Report | None = None) -> Cache:
        """The store of the project that holds content_dir (beside it)."""
        return cls(content_dir.resolve().parent / CACHE_DIR_NAME, report)

    @property
    def enabled(self) -> bool:
        return self.folder is not None

    def path(self, name: str) -> Path:
        if self.folder is None:
            raise ValueError("a disabled cache has no files")
        return self.folder / f"{name}.pickle"

    def load(self, name: str, salt: str, kind: type[Value]) -> Value | None:
        """The `kind` saved as name under this salt; None when there is none, or it is stale or cannot be read."""
        if self.folder is None:
            return None
        try:
            stored = pickle.loads(self.path(name).read_bytes())  # the project's own file, written by save()
        except Exception:  # noqa: BLE001 - a truncated or foreign file is only a missing cache
            return None
        if not (
            isinstance(stored, tuple)
            and len(stored) == 3
            and stored[:2] == (FORMAT, salt)
            and isinstance(stored[2], kind)
        ):
            return None
        return stored[2]

    def save(self, name: str, salt: str, value: object) -> None:
        """Keep value as name under this salt, atomically; a failure is a warning in the report."""
        if self.folder is None:
            return
        path = self.path(name)
        try:
            write_atomically(path, pickle.dumps((FORMAT, salt, value), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as error:
            if self.report is None:
                raise
            self.report.warning(
                display_path(path),
                None,
                f"could not write this cache file "
                f"({error.strerror or error}); the next build will redo "
                "the work it keeps",
            )


#: No store: every load misses and nothing is saved.
NO_CACHE = Cache(None)


class StampedFiles:
    """What was learnt from files at the last build, each kept while the file keeps its stamp (see files.py).

    A file (with the files that go with it, such as an article's sidecar) whose
    stamps are those it had then need not be read to know it is unchanged;
    stamps newer than files.RECENT_NS are not kept, as the file may still change
    within their resolution.
    """

    def __init__(self, known: dict | None = None):
        self.known: dict = known or {}
        self.learnt: dict = {}

    def get(self, name: str, stamps: list[Stamp | None]) -> object | None:
        """What was learnt from name when its files had these stamps; None when they changed or it is unknown."""
        entry = self.known.get(name)
        if isinstance(entry, tuple) and len(entry) == 2 and entry[0] == stamps and stamps[0]:
            return entry[1]
        return None

    def learn(self, name: str, stamps: list[Stamp | None], value: object, now_ns: int) -> None:
        """Keep what was learnt from name now, if its stamps can be trusted."""
        if stamps[0] and trusted(stamps, now_ns):
            self.learnt[name] = (stamps, value)

    @property
    def changed(self) -> bool:
        return self.learnt != self.known

    @staticmethod
    def stamps(*paths: Path) -> list[Stamp | None]:
        return [file_stamp(path) for path in paths]
