"""Typed errors that carry the file and line a user has to fix."""

from __future__ import annotations

import os
import unicodedata
from pathlib import Path

from .model import Problem

#: Characters a one-line message writes as escapes: controls (a line break in a file name), format characters
#: (which can make a name read backwards), line separators, and the lone surrogates of undecodable bytes.
_UNPRINTABLE_CATEGORIES = frozenset({"Cc", "Cf", "Cs", "Zl", "Zp"})


def display_path(path: Path | str) -> str:
    """A path as messages show it: one the user can open from where they ran the command.

    Relative to the current directory when the file is below it, else absolute;
    symbolic links in the path are kept as the user wrote them. Characters that
    would break the message's one line are written as escapes (\\n, \\u202e).
    """
    absolute = Path(os.path.abspath(path))
    try:
        shown = absolute.relative_to(Path.cwd()).as_posix()
    except ValueError:
        shown = absolute.as_posix()
    return "".join(
        repr(char)[1:-1] if unicodedata.category(char) in _UNPRINTABLE_CATEGORIES else char for char in shown
    )


class DatelineError(Exception):
    """Base class: every error dateline raises on purpose."""


class ContentError(DatelineError):
    """A problem in a content file, reported as `path:line: message`."""

    def __init__(self, path: str, line: int | None, message: str):
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")
        self.path = path
        self.line = line
        self.message = message

    def to_problem(self) -> Problem:
        return Problem(self.path, self.line, self.message, "error")


class UsageError(DatelineError):
    """The command line asks for something that cannot be done (exit status 2)."""
