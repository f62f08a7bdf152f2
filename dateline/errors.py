"""Typed errors that carry the file and line a user has to fix."""
from __future__ import annotations

from pathlib import Path

from .model import Problem


def shown_path(path: Path, root: Path | None) -> str:
    """A path as messages show it: relative to root (where the user works) when it is below it."""
    try:
        return (path.relative_to(root) if root else path).as_posix()
    except ValueError:
        return path.as_posix()


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
