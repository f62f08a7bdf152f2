"""Writing the site's files: a file equal to the one it replaces is that file, linked, not written again.

Cheaper than writing it, and a deploy or a browser sees it unchanged. A file's
stamp tells the next build whether it changed since, without reading it.
"""
from __future__ import annotations

import os
from pathlib import Path


def link_if_same(old: Path, target: Path, data: bytes) -> bool:
    """Make target a hard link to old if old holds exactly data; False if it does not (or cannot be linked)."""
    try:
        if old.is_symlink() or old.stat().st_size != len(data) or old.read_bytes() != data:
            return False
        os.link(old, target)
    except OSError:
        return False
    return True


def write_file(target: Path, data: bytes, old: Path | None = None) -> None:
    """Write data to target, or link target to old (the file it replaces) when that holds the same bytes."""
    if old is None or not link_if_same(old, target, data):
        target.write_bytes(data)


def stamp_of(status: os.stat_result) -> list[int]:
    """What tells that a file changed without reading it: inode, size, modification time."""
    return [status.st_ino, status.st_size, status.st_mtime_ns]


def file_stamp(path: Path) -> list[int] | None:
    """The stamp (see stamp_of) of the file at path; None when there is none."""
    try:
        return stamp_of(os.stat(path))
    except OSError:
        return None
