"""Load `content/site.yaml` once into a typed `SiteConfig`."""

from __future__ import annotations

import dataclasses
import re
import zoneinfo
from pathlib import Path
from typing import Any

from .errors import ContentError, display_path
from .model import SiteConfig
from .ui import UI_LANGUAGES
from .yamlfile import read_yaml_file

#: Settings that are limits on what an article may cost: name -> default.
LIMITS = {f.name: f.default for f in dataclasses.fields(SiteConfig) if f.name.startswith("max_")}
#: Settings that are switches: true or false.
SWITCHES = {f.name for f in dataclasses.fields(SiteConfig) if isinstance(f.default, bool)}


#: What `images:` may say: an article's pictures are never loaded from the outlet's server by a reader's browser.
IMAGE_CHOICES = ("drop", "copy")


def _full_text(value: Any, display: str, line: int) -> bool | tuple[str, ...]:
    if isinstance(value, bool):
        return value
    if isinstance(value, list) and all(isinstance(v, str) and v.strip() for v in value):
        return tuple(v.strip() for v in value)
    raise ContentError(
        display, line, "full_text must be true, false, or a list of article ids (their file names without extension)"
    )


def _images(value: Any, display: str, line: int) -> str:
    if value not in IMAGE_CHOICES:
        raise ContentError(
            display, line, "images must be drop (no pictures) or copy (pictures copied into the site, never hot-linked)"
        )
    return value


def _tag_names(value: Any, display: str, line: int) -> tuple[tuple[str, str], ...]:
    if isinstance(value, dict) and all(
        isinstance(tag, str) and isinstance(name, str) and tag.strip() and name.strip() for tag, name in value.items()
    ):
        return tuple((tag.strip(), name.strip()) for tag, name in value.items())
    raise ContentError(
        display, line, "tag_names must map each tag to its name in the other UI language, like `法规: Regulations`"
    )


def _focus(value: Any, display: str, line: int) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ContentError(display, line, "focus must be a list of entity ids")
    return tuple(value)


#: Settings that are not plain text, each with what reads it.
_READERS = {"focus": _focus, "full_text": _full_text, "images": _images, "tag_names": _tag_names}


def load_site_config(content_dir: Path) -> SiteConfig:
    """Read site.yaml (all keys optional); unknown keys and bad values are ContentErrors."""
    path = content_dir / "site.yaml"
    display = display_path(path)
    if not path.exists():
        return SiteConfig()
    located = read_yaml_file(path, display)
    if located is None:
        return SiteConfig()
    if not isinstance(located.value, dict):
        raise ContentError(display, located.line, "site.yaml must be a mapping of settings")
    fields = {f.name for f in dataclasses.fields(SiteConfig)}
    values: dict[str, Any] = {}
    for key, value in located.value.items():
        line = located.key_lines.get(key, located.line)
        if key not in fields:
            raise ContentError(display, line, f"unknown setting {key!r}; known: {', '.join(sorted(fields))}")
        values[key] = _setting(key, value, display, line)
    config = SiteConfig(**values)
    try:
        zoneinfo.ZoneInfo(config.timezone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ContentError(
            display, located.key_lines.get("timezone"), f"unknown timezone {config.timezone!r}"
        ) from None
    if config.language not in UI_LANGUAGES:
        raise ContentError(
            display, located.key_lines.get("language"), f"UI language must be one of {', '.join(UI_LANGUAGES)}"
        )
    if config.domain and not re.fullmatch(
        r"(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}", config.domain
    ):
        raise ContentError(
            display,
            located.key_lines.get("domain"),
            f"domain {config.domain!r} is not a host name like timeline.example.org",
        )
    if config.date_order not in ("MDY", "DMY"):
        raise ContentError(display, located.key_lines.get("date_order"), "date_order must be MDY or DMY")
    return config


def _setting(key: str, value: Any, display: str, line: int) -> Any:
    """One setting's value as SiteConfig holds it; a ContentError when it cannot be one."""
    if key in _READERS:
        return _READERS[key](value, display, line)
    if key in LIMITS:
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise ContentError(display, line, f"{key} must be a whole number above 0, like {LIMITS[key]}")
        return value
    if key in SWITCHES:
        if not isinstance(value, bool):
            raise ContentError(display, line, f"{key} must be true or false")
        return value
    return ("" if value is None else str(value)).strip()
