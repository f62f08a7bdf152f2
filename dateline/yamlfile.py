"""Safe YAML reading for editor-owned files, with the line of every entry.

Editors write these files by hand, so every problem must name its line, and a
file must never be able to run code or explode in memory: tags beyond YAML's
plain types, aliases and duplicate keys are refused before anything is built.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from .errors import ContentError


@dataclass(frozen=True)
class Located:
    """A value read from YAML with the 1-based line (and column) it starts on."""

    value: object
    line: int
    column: int
    key_lines: dict  # for mappings: key -> line of that key
    key_columns: dict = None  # for mappings: key -> 1-based column of that key


_PLAIN_TAGS = {f"tag:yaml.org,2002:{name}" for name in
               ("str", "int", "float", "bool", "null", "timestamp")} | {"!"}

_CONTAINER_TAGS = {"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _plain(node: yaml.Node, path: str) -> object:
    """Convert a node to plain Python, refusing what editors never need."""
    if isinstance(node, yaml.ScalarNode):
        if node.tag in _PLAIN_TAGS:
            loader = yaml.SafeLoader("")
            try:
                return loader.construct_object(node, deep=True)
            except ValueError:
                # An impossible timestamp (2021-02-30): keep the text so validation can name it.
                return node.value
            except yaml.YAMLError as error:
                problem = getattr(error, "problem", None) or str(error).splitlines()[0]
                raise ContentError(path, _line(node), f"cannot read value: {problem}") from None
        raise ContentError(path, _line(node), f"tag {node.tag} is not allowed")
    if node.tag not in _CONTAINER_TAGS:
        raise ContentError(path, _line(node), f"tag {node.tag} is not allowed")
    if isinstance(node, yaml.SequenceNode):
        return [_plain(item, path) for item in node.value]
    if isinstance(node, yaml.MappingNode):
        result: dict = {}
        for key_node, value_node in node.value:
            key = _plain(key_node, path)
            if isinstance(key, (list, dict)):
                raise ContentError(path, _line(key_node), "a key must be a plain value")
            if key in result:
                raise ContentError(path, _line(key_node), f"duplicate key {key!r}")
            result[key] = _plain(value_node, path)
        return result
    raise ContentError(path, _line(node), "unsupported YAML node")


def _check_events(text: str, path: str, line_offset: int) -> None:
    """Refuse aliases (the 'billion laughs' bomb) and non-standard tags up front."""
    try:
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.AliasEvent):
                raise ContentError(path, event.start_mark.line + 1 + line_offset,
                                   "YAML aliases (*name) are not allowed here")
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 + line_offset if mark else None
        raise ContentError(path, line, f"YAML syntax error: {error.problem or error}") from None
    except yaml.YAMLError as error:
        raise ContentError(path, None, f"YAML syntax error: {error}") from None


def parse_yaml(text: str, path: str, line_offset: int = 0) -> Located | None:
    """Parse one YAML document into a `Located` tree; None for an empty document."""
    if "\t" in text:
        for number, line in enumerate(text.splitlines(), 1):
            if "\t" in line[: len(line) - len(line.lstrip())]:
                raise ContentError(path, number + line_offset,
                                   "tab used for indentation; YAML needs spaces")
    _check_events(text, path, line_offset)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        raise ContentError(path, mark.line + 1 + line_offset if mark else None,
                           f"YAML syntax error: {error.problem or error}") from None
    if root is None:
        return None
    return _locate(root, path, line_offset)


def _locate(node: yaml.Node, path: str, line_offset: int) -> Located:
    key_lines, key_columns = {}, {}
    if isinstance(node, yaml.MappingNode):
        for key_node, _ in node.value:
            if isinstance(key_node, yaml.ScalarNode):
                key_lines[key_node.value] = _line(key_node) + line_offset
                key_columns[key_node.value] = key_node.start_mark.column + 1
    if isinstance(node, yaml.SequenceNode) and node.tag in _CONTAINER_TAGS:
        value: object = [_locate(item, path, line_offset) for item in node.value]
    else:
        value = _plain(node, path)
    return Located(value, _line(node) + line_offset, node.start_mark.column + 1, key_lines, key_columns)


def read_yaml_file(path: Path, display_path: str) -> Located | None:
    """Read an editor YAML file; decoding and syntax problems become ContentError."""
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ContentError(display_path, None, f"not UTF-8 text ({error.reason})") from None
    except OSError as error:
        raise ContentError(display_path, None, f"cannot read: {error.strerror}") from None
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
