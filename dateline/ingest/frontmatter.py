"""Front matter and sidecars: the metadata an article file, or its editor, writes in YAML.

Front matter opens a file with `---`; a sidecar `NAME.meta.yaml` beside an
article holds an editor's corrections and overrides everything the file says.
Both come from outside (front matter from the open web), so their YAML passes
the same guard as editor files, and every problem names the file and line.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ContentError
from ..model import SiteConfig
from ..yamlfile import parse_yaml
from .decode import decode, read_bytes
from .reading import URL, Value, as_text

SIDECAR_SUFFIX = ".meta.yaml"

#: Metadata keys accepted in front matter and sidecars, field -> keys (first wins).
METADATA_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate", "publish_date", "datepublished"),
    "author": ("author", "authors", "byline"),
    "outlet": ("outlet", "publisher", "site_name"),
    "url": ("url", "link", "source", "permalink", "canonical", "source_url", "original_url", "original", "from"),
    "language": ("lang", "language"),
}

#: Front matter is a few lines of metadata; YAML this long is a mistake, and slow to parse.
FRONT_MATTER_MAX_CHARS = 100_000


def load_sidecar(path: Path, shown_path: str | None = None, max_bytes: int = SiteConfig.max_article_bytes) -> dict:
    """The editor's overrides in a `NAME.meta.yaml` sidecar, as {field: value}.

    Fields are title, date, author, outlet, url and language; an unknown key,
    bad YAML or a non-mapping raises `ContentError` with the line to fix.
    """
    _, fields = read_sidecar(Path(path), shown_path or Path(path).as_posix(), max_bytes)
    return {name: found.value for name, found in fields.items()}


def split_front_matter(text: str, shown_path: str) -> tuple[dict[str, Value], str, int] | None:
    """(metadata, body, line number of the body) if the text opens with `---`, else None."""
    lines = text.split("\n")
    opening = 0
    while opening < len(lines) and not lines[opening].strip():
        opening += 1
    if opening == len(lines) or lines[opening].rstrip() != "---":
        return None
    for closing in range(opening + 1, len(lines)):
        if lines[closing].rstrip() in ("---", "..."):
            break
    else:
        raise ContentError(
            shown_path, opening + 1, "front matter opened with --- is never closed (add a line with --- after it)"
        )
    yaml_text = "\n".join(lines[opening + 1 : closing])
    if len(yaml_text) > FRONT_MATTER_MAX_CHARS:
        raise ContentError(
            shown_path,
            opening + 1,
            f"front matter is {len(yaml_text)} characters long, over the "
            f"limit of {FRONT_MATTER_MAX_CHARS}; it should hold a few lines "
            "of metadata (is its closing --- missing?)",
        )
    mapping, key_lines = _parse_yaml_mapping(yaml_text, shown_path, opening + 2, "front matter")
    metadata = _metadata_fields(mapping, key_lines, shown_path, "front matter")
    return metadata, "\n".join(lines[closing + 1 :]), closing + 2


def read_sidecar(path: Path, shown_path: str, max_bytes: int) -> tuple[bytes, dict[str, Value]]:
    """The sidecar's bytes (they go into the article's content hash) and its fields."""
    raw = read_bytes(path, shown_path, max_bytes)
    try:
        text, _ = decode(raw, shown_path)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        mapping, key_lines = _parse_yaml_mapping(text, shown_path, 1, "sidecar")
    except ContentError:
        raise
    except Exception as exc:  # as in read_article: never a traceback for bad input
        raise ContentError(shown_path, None, f"could not read this sidecar ({type(exc).__name__}: {exc})") from exc
    known = {key for keys in METADATA_KEYS.values() for key in keys}
    for key in mapping:
        if key not in known:
            raise ContentError(
                shown_path, key_lines.get(key), f"unknown key {key!r} (a sidecar may set: {', '.join(METADATA_KEYS)})"
            )
    return raw, _metadata_fields(mapping, key_lines, shown_path, "sidecar")


def _parse_yaml_mapping(yaml_text: str, shown_path: str, first_line: int, what: str) -> tuple[dict, dict[str, int]]:
    """A YAML mapping with lower-cased keys, and the file line of each key.

    Read by the editor files' reader (`yamlfile.parse_yaml`), whose messages get
    `what` in front; `first_line` is the file line of the YAML's first line.
    Keys are matched without case, so `Title` and `title` are the same key.
    """
    try:
        located = parse_yaml(yaml_text, shown_path, first_line - 1)
    except ContentError as error:
        raise ContentError(error.path, error.line, f"{what}: {error.message}") from None
    if located is None:
        return {}, {}
    if not isinstance(located.value, dict):
        raise ContentError(
            shown_path,
            located.line,
            f"{what} must be a mapping of keys to values (title: …, date: …), not a {type(located.value).__name__}",
        )
    mapping: dict = {}
    key_lines: dict[str, int] = {}
    for key, value in located.value.items():
        lowered = str(key).strip().lower()
        line = located.key_lines.get(key, located.line)
        if lowered in key_lines:
            raise ContentError(
                shown_path, line, f"{what}: duplicate key {key!r} (also on line {key_lines[lowered]}); keep one"
            )
        mapping[lowered], key_lines[lowered] = value, line
    return mapping, key_lines


def _metadata_fields(mapping: dict, key_lines: dict[str, int], shown_path: str, where: str) -> dict[str, Value]:
    """Pick dateline's fields out of a front matter or sidecar mapping (`where` says which, for a date's evidence)."""
    fields: dict[str, Value] = {}
    for name, keys in METADATA_KEYS.items():
        for key in keys:
            value = mapping.get(key)
            if value in (None, "", [], {}):
                continue
            if name == "url" and not URL.match(as_text(value).strip()):
                if key == "source":  # `source: 观察者网` names the outlet, not an address
                    fields.setdefault("outlet", Value(value, key_lines.get(key), shown_path))
                continue
            fields[name] = Value(value, key_lines.get(key), shown_path, where)
            break
    return fields
