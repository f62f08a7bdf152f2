"""dateline: a folder of news articles in, a cross-referenced timeline site out."""

import functools
import hashlib
import importlib.metadata
from pathlib import Path

__version__ = "0.1.0"

#: The package's files whose bytes decide what a build makes: its code, UI strings and schema.
CODE_SUFFIXES = (".py", ".yaml", ".json")


@functools.lru_cache(maxsize=8)
def code_digest(*parts: str) -> str:
    """A digest of dateline's own files: anything cached is only as good as the code that made it. With
    `parts` (files or folders of the package, like "extract"), of those only: what one stage's cache
    depends on."""
    digest = hashlib.sha256()
    package = Path(__file__).resolve().parent
    roots = [package / part for part in parts] if parts else [package]
    sources = {path for root in roots for path in ([root] if root.is_file() else root.rglob("*"))}
    for source in sorted(path for path in sources if path.suffix in CODE_SUFFIXES):
        digest.update(source.relative_to(package).as_posix().encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()


def package_version(*names: str) -> str:
    """The version of the first of these installed distributions, or "" when none is: what a library made
    (a cache, an index) is only as good as its version."""
    for name in names:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            continue
    return ""
