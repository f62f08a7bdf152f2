"""Writing files so that nobody sees one half-written: atomic writes, links to unchanged files, the site swap.

A file equal to the one it replaces is that file, hard-linked, not written
again: cheaper than writing it, and a deploy or a browser sees it unchanged. A
file's stamp tells the next build whether it changed since, without reading it.
The site is built in a staging folder beside the output folder and swapped in
whole, so a failed or killed build leaves the previous site serving.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import shutil
import sys
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .errors import UsageError

#: A stamp: inode, size and modification time in nanoseconds.
Stamp = list[int]


def link_if_same(old: Path, target: Path, data: bytes) -> bool:
    """Make target a hard link to old if old holds exactly data; False if it does not (or cannot be linked)."""
    try:
        if old.is_symlink() or old.stat().st_size != len(data) or old.read_bytes() != data:
            return False
        os.link(old, target)
    except OSError:
        return False
    return True


def write_file(target: Path, data: bytes, old: Path | None = None) -> bool:
    """Write data to target, or link target to old (the file it replaces) when that holds the same bytes.

    True when the bytes were written, False when target is old's file, linked.
    """
    if old is not None and link_if_same(old, target, data):
        return False
    target.write_bytes(data)
    return True


@dataclass
class Written:
    """The files writers made in a site folder, gathered as they come back from the processes that made them."""

    files: list[Path] = field(default_factory=list)  # every file made, in a fixed order
    new: int = 0  # how many were written; the others are the old site's files, linked

    def write(self, target: Path, data: bytes, old: Path | None = None) -> None:
        """See write_file."""
        self.files.append(target)
        self.new += write_file(target, data, old)

    def add(self, other: Written) -> None:
        self.files.extend(other.files)
        self.new += other.new


def write_atomically(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write a whole file under a temporary name, then rename it into place: readers see the old or the new.

    `mode` gives the file its permissions (those of the file it replaces, say).
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        if mode is not None:
            os.chmod(temporary, mode)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_if_changed(path: Path, data: bytes) -> bool:
    """Write atomically, and not at all when the file already holds these bytes; True when it was written."""
    try:
        if path.read_bytes() == data:
            return False
    except OSError:
        pass
    write_atomically(path, data)
    return True


def stamp_of(status: os.stat_result) -> Stamp:
    """What tells that a file changed without reading it: inode, size, modification time."""
    return [status.st_ino, status.st_size, status.st_mtime_ns]


def file_stamp(path: Path) -> Stamp | None:
    """The stamp (see stamp_of) of the file at path; None when there is none."""
    try:
        return stamp_of(os.stat(path))
    except OSError:
        return None


#: A file changed this recently may change again within its time stamp's resolution, keeping its size:
#: its stamp is not trusted (as git does not trust an index entry as new as the index).
RECENT_NS = 2_000_000_000


def trusted(stamps: list[Stamp | None], now_ns: int) -> bool:
    """Whether these stamps (None: no file) are old enough to stand for their files' bytes."""
    return all(stamp is None or now_ns - stamp[2] > RECENT_NS for stamp in stamps)


def keep_unchanged_files(staging: Path, out_dir: Path, files: list[Path]) -> int:
    """Where a new file (of those in staging given) equals the old one, use the old file itself (a hard link):
    it is not rewritten. The renderer links what it writes as it writes it; this is for what others made.

    Returns how many of the files are new bytes on disk, not the old files linked.
    """
    if not out_dir.is_dir():
        return len(files)
    new_bytes = 0
    for new in files:
        if not new.is_file() or new.is_symlink():
            continue
        old = out_dir / new.relative_to(staging)
        link = new.with_name(f".{new.name}.same")
        try:
            if old.is_symlink() or not old.is_file():
                new_bytes += 1
                continue
            old_stat, new_stat = old.stat(), new.stat()
            if os.path.samestat(old_stat, new_stat):
                continue  # already linked as it was made
            if old_stat.st_size == new_stat.st_size and link_if_same(old, link, new.read_bytes()):
                os.replace(link, new)  # in one step: the new copy is never missing
                continue
            new_bytes += 1
        except OSError:  # a file system without hard links: keep the new copy
            new_bytes += 1
            with contextlib.suppress(OSError):
                link.unlink(missing_ok=True)
    return new_bytes


def check_output_folder(out_dir: Path, content_dir: Path) -> None:
    """Refuse an output folder whose replacement would lose files that are not a site dateline built."""
    out, content, here = out_dir.resolve(), content_dir.resolve(), Path.cwd().resolve()
    if out == content or out in content.parents:
        raise UsageError(f"--out {out_dir} would replace the folder that holds {content_dir}; choose another folder")
    if out == here or out in here.parents:
        raise UsageError(f"--out {out_dir} would replace the folder you are working in; choose another folder")
    if content in out.parents:
        raise UsageError(f"--out {out_dir} is inside the content folder; choose a folder outside {content_dir}")
    built_by_dateline = (out / ".nojekyll").is_file() and (out / "data" / "events.json").is_file()
    if out.is_dir() and any(out.iterdir()) and not built_by_dateline:
        raise UsageError(
            f"{out_dir} holds files that are not a site dateline built, and a build replaces the whole "
            "folder; move them away or choose another --out"
        )


@contextlib.contextmanager
def staging_folder(out_dir: Path) -> Iterator[Path]:
    """A new, empty folder beside out_dir to build the site in; removed on the way out unless swapped in."""
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.", dir=out_dir.parent))
    try:
        yield staging
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by staging with renames, so readers never see a half-written site."""
    os.chmod(staging, 0o755)
    if out_dir.exists() and exchange_folders(staging, out_dir):
        shutil.rmtree(staging, ignore_errors=True)  # it holds the old site now
        return
    if out_dir.exists():
        retired = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.rename(out_dir, retired)
        os.rename(staging, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, out_dir)


def exchange_folders(first: Path, second: Path) -> bool:
    """Swap two folders in one step with Linux's renameat2(RENAME_EXCHANGE); False where the system cannot.

    What it buys: out_dir never goes missing, not even for the instant between
    two renames, nor for good when the build is killed between them (swap_in's
    fallback, elsewhere). The standard library has no call for it.
    """
    if not sys.platform.startswith("linux"):
        return False
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_current_directory, rename_exchange = -100, 2
    return bool(
        renameat2(at_current_directory, os.fsencode(first), at_current_directory, os.fsencode(second), rename_exchange)
        == 0
    )
