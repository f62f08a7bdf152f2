"""Front matter and sidecars: the metadata an article file, or its editor, writes in YAML.

Front matter opens a file with `---`; a sidecar `NAME.meta.yaml` beside an
article holds an editor's corrections and overrides everything the file says.
Both come from outside (front matter from the open web), so their YAML passes
the same guard as editor files, and every problem names the file and line.
"""
from __future__ import annotations

from pathlib import Path

import yaml

from ..errors import ContentError
from ..model import SiteConfig
from ..yamlfile import refuse_unsafe_yaml
from .decode import decode, read_bytes
from .reading import URL, Value, as_text

SIDECAR_SUFFIX = ".meta.yaml"

#: Metadata keys accepted in front matter and sidecars, field -> keys (first wins).
METADATA_KEYS = {
    "title": ("title", "headline"),
    "date": ("date", "published", "pubdate", "publish_date", "datepublished"),
    "author": ("author", "authors", "byline"),
    "outlet": ("outlet", "publisher", "site_name"),
    "url": ("url", "link", "source", "permalink", "canonical"),
    "language": ("lang", "language"),
}

#: Front matter is a few lines of metadata; YAML this long is a mistake, and slow to parse.
FRONT_MATTER_MAX_CHARS = 100_000

#: libyaml's loader when PyYAML has it: front matter is read for every article.
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


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
        raise ContentError(shown_path, opening + 1,
                           "front matter opened with --- is never closed (add a line with --- after it)")
    yaml_text = "\n".join(lines[opening + 1:closing])
    if len(yaml_text) > FRONT_MATTER_MAX_CHARS:
        raise ContentError(shown_path, opening + 1, f"front matter is {len(yaml_text)} characters long, over the "
                                                    f"limit of {FRONT_MATTER_MAX_CHARS}; it should hold a few lines "
                                                    "of metadata (is its closing --- missing?)")
    mapping, key_lines = _parse_yaml_mapping(yaml_text, shown_path, opening + 2, "front matter")
    metadata = _metadata_fields(mapping, key_lines, shown_path)
    return metadata, "\n".join(lines[closing + 1:]), closing + 2


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
            raise ContentError(shown_path, key_lines.get(key),
                               f"unknown key {key!r} (a sidecar may set: {', '.join(METADATA_KEYS)})")
    return raw, _metadata_fields(mapping, key_lines, shown_path)


def _parse_yaml_mapping(yaml_text: str, shown_path: str, first_line: int, what: str) -> tuple[dict, dict[str, int]]:
    """A YAML mapping with lower-cased keys, and the file line of each key.

    `first_line` is the file line of the YAML's first line, so that PyYAML's
    0-based marks become the line an editor sees.
    """
    for number, line in enumerate(yaml_text.split("\n")):
        indent = line[: len(line) - len(line.lstrip(" \t"))]
        if "\t" in indent:
            raise ContentError(shown_path, first_line + number,
                               f"tab in the indentation of the {what}; YAML needs spaces")
    try:
        refuse_unsafe_yaml(yaml_text, shown_path, first_line - 1)
    except ContentError as error:
        raise ContentError(error.path, error.line, f"{what}: {error.message}") from None
    loader = _YAML_LOADER(yaml_text)  # what yaml.safe_load uses; kept to read the key lines
    node = None
    try:
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.MarkedYAMLError as exc:
        # "end of stream" is found past the mistake; the construct it interrupted is where to look.
        mark = exc.problem_mark
        if exc.context_mark and (mark is None or "end of stream" in str(exc.problem)):
            mark = exc.context_mark
        line = first_line + mark.line if mark else first_line
        if "python/" in str(exc.problem):
            message = f"{what}: Python object tags (!!python/…) are not allowed; write plain values"
        else:
            message = f"{what} is not valid YAML: " + "; ".join(
                str(part) for part in (exc.context, exc.problem) if part)
        raise ContentError(shown_path, line, message) from exc
    except yaml.YAMLError as exc:
        raise ContentError(shown_path, first_line, f"{what} is not valid YAML: {exc}") from exc
    except (ValueError, TypeError, OverflowError) as exc:  # a value YAML resolves but cannot build: 2021-02-30
        bad_node = _unbuildable_scalar(node)
        line = first_line + bad_node.start_mark.line if bad_node else first_line
        value = f" {bad_node.value!r}" if bad_node else ""
        raise ContentError(shown_path, line, f"{what}: cannot read the value{value} ({exc})") from exc
    finally:
        loader.dispose()
    if data is None:
        return {}, {}
    if not isinstance(data, dict):
        raise ContentError(shown_path, first_line, f"{what} must be a mapping of keys to values "
                                                   f"(title: …, date: …), not a {type(data).__name__}")
    key_lines: dict[str, int] = {}
    for key_node, _ in node.value:
        key, line = str(key_node.value).strip().lower(), first_line + key_node.start_mark.line
        if key in key_lines:
            raise ContentError(shown_path, line, f"{what}: duplicate key {key_node.value!r} "
                                                 f"(also on line {key_lines[key]}); keep one")
        key_lines[key] = line
    return {str(key).strip().lower(): value for key, value in data.items()}, key_lines


def _unbuildable_scalar(root: yaml.Node | None) -> yaml.ScalarNode | None:
    """The first scalar under `root` that PyYAML cannot construct, to point at its line."""
    pending = [root] if root is not None else []
    while pending:
        node = pending.pop(0)
        if isinstance(node, yaml.ScalarNode):
            try:
                _YAML_LOADER("").construct_object(node)
            except (ValueError, TypeError, OverflowError, yaml.YAMLError):
                return node
        elif isinstance(node, yaml.SequenceNode):
            pending.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            pending.extend(item for pair in node.value for item in pair)
    return None


def _metadata_fields(mapping: dict, key_lines: dict[str, int], shown_path: str) -> dict[str, Value]:
    """Pick dateline's fields out of a front matter or sidecar mapping."""
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
            fields[name] = Value(value, key_lines.get(key), shown_path)
            break
    return fields
