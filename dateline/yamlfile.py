"""Safe YAML reading for editor-owned files, with the line of every entry.

Editors write these files by hand, so every problem must name its line, and a
file must never be able to run code or explode in memory: tags beyond YAML's
plain types, aliases, duplicate keys and absurd nesting are refused before
anything is built. Article front matter and sidecars (ingest) are read the
same way, since they come from the open web.
"""

from __future__ import annotations

import codecs
import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ContentError

#: Deeper nesting than this is never meant; PyYAML's parser slows down quadratically with depth.
MAX_YAML_DEPTH = 50
#: Hand-written files are small; a bigger one is a mistake (a data dump saved as .yaml).
MAX_YAML_BYTES = 10_000_000
#: libyaml when PyYAML was built with it: the safety scan then costs almost nothing.
_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FLOW_BRACKET = re.compile(r"[\[\]{}]")
#: Byte-order marks of the encodings YAML allows besides UTF-8 (Notepad saves UTF-16).
_YAML_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class Located:
    """A value read from YAML with the 1-based line (and column) it starts on."""

    value: object
    line: int
    column: int
    key_lines: dict  # for mappings: key -> line of that key
    key_columns: dict | None = None  # for mappings: key -> 1-based column of that key
    #: for mappings: (key, index, key …) of every value below the top level -> (line, column) of its key or item
    positions: dict | None = None


_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "timestamp")} | {"!"}

_CONTAINER_TAGS = {"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _construct_scalar(node: yaml.ScalarNode) -> object:
    """A plain scalar as PyYAML's safe loader builds it, without making a loader for each one."""
    try:
        return _SCALARS.construct_object(node, deep=True)
    finally:
        _SCALARS.constructed_objects.clear()
        _SCALARS.recursive_objects.clear()


_SCALARS = yaml.constructor.SafeConstructor()


def _plain(node: yaml.Node, path: str, line_offset: int = 0) -> object:
    """Convert a node to plain Python, refusing what editors never need."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag in _PLAIN_TAGS:
            try:
                return _construct_scalar(node)
            except ValueError:
                # An impossible timestamp (2021-02-30): keep the text so validation can name it.
                return node.value
            except yaml.YAMLError as error:
                problem = getattr(error, "problem", None) or str(error).splitlines()[0]
                raise ContentError(path, _line(node) + line_offset, f"cannot read value: {problem}") from None
        raise ContentError(path, _line(node) + line_offset, f"tag {node.tag} is not allowed")
    if node.tag not in _CONTAINER_TAGS:
        raise ContentError(path, _line(node) + line_offset, f"tag {node.tag} is not allowed")
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, path, line_offset) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        key_lines: dict = {}
        for key_node, value_node in node.value:
            key = _plain(key_node, path, line_offset)
            if isinstance(key, (list, dict)):
                raise ContentError(path, _line(key_node) + line_offset, "a key must be a plain value")
            if key in result:
                raise ContentError(
                    path, _line(key_node) + line_offset, f"duplicate key {key!r} (also on line {key_lines[key]})"
                )
            result[key] = _plain(value_node, path, line_offset)
            key_lines[key] = _line(key_node) + line_offset
        return result
    raise ContentError(path, _line(node) + line_offset, "unsupported YAML node")


def _line_of(event: yaml.Event, line_offset: int) -> int | None:
    return event.start_mark.line + 1 + line_offset if event.start_mark else None


def refuse_unsafe_yaml(text: str, path: str, line_offset: int = 0) -> None:
    """Refuse aliases (the 'billion laughs' bomb) and nesting deeper than MAX_YAML_DEPTH.

    Runs before anything is composed. Syntax errors are left to the caller's
    parser, which words them; this only stops what would make it slow or huge.
    """
    _refuse_deep_brackets(text, path, line_offset)
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_FAST_LOADER):
            if isinstance(event, yaml.AliasEvent):
                raise ContentError(path, _line_of(event, line_offset), "YAML aliases (*name) are not allowed here")
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_YAML_DEPTH:
                    raise ContentError(
                        path, _line_of(event, line_offset), f"YAML nested more than {MAX_YAML_DEPTH} levels deep"
                    )
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return


def _refuse_deep_brackets(text: str, path: str, line_offset: int) -> None:
    """A cheap look at [ and { before any parser: even libyaml is quadratic in flow nesting."""
    if text.count("[") + text.count("{") <= MAX_YAML_DEPTH:
        return
    depth = 0
    for match in _FLOW_BRACKET.finditer(text):
        if match.group() in "[{":
            depth += 1
            if depth > MAX_YAML_DEPTH:
                line = text.count("\n", 0, match.start()) + 1 + line_offset
                raise ContentError(path, line, f"YAML nested more than {MAX_YAML_DEPTH} levels deep")
        elif depth:
            depth -= 1


def parse_yaml(text: str, path: str, line_offset: int = 0) -> Located | None:
    """Parse one YAML document into a `Located` tree; None for an empty document."""
    if "\t" in text:
        for number, line in enumerate(text.splitlines(), 1):
            if "\t" in line[: len(line) - len(line.lstrip())]:
                raise ContentError(path, number + line_offset, "tab used for indentation; YAML needs spaces")
    refuse_unsafe_yaml(text, path, line_offset)
    try:
        root = _compose(text)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        if error.context_mark and ("end of stream" in str(error.problem) or "<stream end>" in str(error.problem)):
            mark = error.context_mark  # found past the mistake: point where the unclosed quote or bracket opened
        raise ContentError(
            path, mark.line + 1 + line_offset if mark else None, f"YAML syntax error: {error.problem or error}"
        ) from None
    except yaml.reader.ReaderError as error:  # a control character or an undecodable byte
        code = error.character if isinstance(error.character, int) else ord(error.character)
        raise ContentError(
            path,
            text.count("\n", 0, error.position) + 1 + line_offset,
            f"YAML syntax error: {error.reason} (U+{code:04X})",
        ) from None
    if root is None:
        return None
    return _locate(root, path, line_offset)


def _compose(text: str) -> yaml.Node | None:
    """The document's node tree, by libyaml when PyYAML has it (front matter is read for every article).

    A document libyaml refuses is composed again by PyYAML's own parser, whose
    errors the messages quote: its positions count characters, libyaml's bytes.
    """
    if _FAST_LOADER is not yaml.SafeLoader:
        try:
            return yaml.compose(text, Loader=_FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _locate(node: yaml.Node, path: str, line_offset: int) -> Located:
    key_lines, key_columns = {}, {}
    positions: dict | None = None
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key_lines[key_node.value] = _line(key_node) + line_offset
                key_columns[key_node.value] = key_node.start_mark.column + 1
        positions = {}
        _nested_positions(node, (), line_offset, positions)
    if isinstance(node, yaml.SequenceNode) and node.tag in _CONTAINER_TAGS:
        value: object = [_locate(item, path, line_offset) for item in node.value]
    else:
        value = _plain(node, path, line_offset)
    return Located(value, _line(node) + line_offset, node.start_mark.column + 1, key_lines, key_columns, positions)


def _nested_positions(node: yaml.Node, at: tuple, line_offset: int, positions: dict) -> None:
    """Where each value inside node starts, by its path: a message can name the line of `sources[1].quote`."""
    if isinstance(node, yaml.MappingNode):
        children = [(key.value, key, value) for key, value in node.value if isinstance(key, yaml.ScalarNode)]
    elif isinstance(node, yaml.SequenceNode):
        children = [(index, item, item) for index, item in enumerate(node.value)]
    else:
        return
    for name, marked, child in children:
        path = (*at, name)
        positions[path] = (_line(marked) + line_offset, marked.start_mark.column + 1)
        _nested_positions(child, path, line_offset, positions)


def read_yaml_file(path: Path, display_path: str) -> Located | None:
    """Read an editor YAML file; size, decoding and syntax problems become ContentError."""
    try:
        if path.stat().st_size > MAX_YAML_BYTES:
            raise ContentError(display_path, None, f"file is over the limit of {MAX_YAML_BYTES} bytes for YAML")
        raw = path.read_bytes()
    except OSError as error:
        raise ContentError(display_path, None, f"cannot read: {error.strerror or error}") from None
    encoding = next((name for mark, name in _YAML_BOMS if raw.startswith(mark)), "utf-8-sig")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as error:
        raise ContentError(display_path, None, f"not UTF-8 text ({error.reason}); save it as UTF-8") from None
    return parse_yaml(text, display_path)


def iso_date_text(value: object) -> str | None:
    """YAML turns `2021-12-09` into a date object; editors mean the string."""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%dT%H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    if isinstance(value, str):
        return value.strip()
    return None
