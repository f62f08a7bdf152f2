"""Helpers for tests that read a built site: parsed HTML, internal links, anchors."""

from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote, urlsplit

import html5lib
from bs4 import BeautifulSoup


def parse_html(path: Path) -> BeautifulSoup:
    """Parse a page strictly enough to notice broken markup, with html5lib."""
    data = path.read_bytes()
    parser = html5lib.HTMLParser(strict=False)
    parser.parse(data)
    assert not [e for e in parser.errors if e[1] not in ("unexpected-end-tag-before-html",)], (path, parser.errors[:3])
    return BeautifulSoup(data, "html5lib")


def load_json(site: Path, name: str) -> dict:
    return json.loads((site / name).read_text(encoding="utf-8"))


def internal_targets(site: Path, base_url: str = "") -> list[tuple[Path, str, Path, str]]:
    """Every internal link in the site: (page, href, file it points to, fragment)."""
    found = []
    base_path = urlsplit(base_url).path if base_url else "/"
    for page in sorted(site.rglob("*.html")):
        soup = BeautifulSoup(page.read_bytes(), "html.parser")
        for tag in soup.find_all(["a", "link", "script", "img"]):
            href = tag.get("href") or tag.get("src")
            if not href:
                continue
            parts = urlsplit(href)
            if parts.scheme in ("http", "https", "mailto", "data") or parts.netloc:
                if not (base_url and href.startswith(base_url)):
                    continue
                parts = urlsplit(href[len(base_url.rstrip("/")) :])
            if parts.path.startswith("/"):
                relative = parts.path[len(base_path) :] if parts.path.startswith(base_path) else parts.path[1:]
                target = site / unquote(relative)
            elif parts.path:
                target = (page.parent / unquote(parts.path)).resolve()
            else:
                target = page
            if target.is_dir():
                target = target / "index.html"
            found.append((page, href, target, unquote(parts.fragment)))
    return found


def broken_links(site: Path, base_url: str = "") -> list[str]:
    """Internal links whose file or #anchor does not exist, as 'page: href'."""
    ids_cache: dict[Path, set[str]] = {}
    broken = []
    for page, href, target, fragment in internal_targets(site, base_url):
        if not target.exists():
            broken.append(f"{page.relative_to(site)}: {href}")
            continue
        if fragment and target.suffix == ".html":
            if target not in ids_cache:
                soup = BeautifulSoup(target.read_bytes(), "html.parser")
                ids_cache[target] = {tag["id"] for tag in soup.find_all(id=True)}
            if fragment not in ids_cache[target]:
                broken.append(f"{page.relative_to(site)}: {href} (no #{fragment})")
    return broken


def unparsable_outputs(site: Path) -> list[str]:
    """Every output file read with a real parser for its type; returns 'file: problem' for those that fail."""
    from xml.etree import ElementTree

    import icalendar

    problems = []
    for path in sorted(p for p in site.rglob("*") if p.is_file() and "pagefind" not in p.relative_to(site).parts):
        name = path.relative_to(site).as_posix()
        try:
            if path.suffix == ".html":
                parse_html(path)
            elif path.suffix in (".json", ".jsonld"):
                json.loads(path.read_text(encoding="utf-8"))
            elif path.suffix in (".xml", ".svg"):
                ElementTree.parse(path)
            elif path.suffix == ".ics":
                icalendar.Calendar.from_ical(path.read_bytes())
            elif path.suffix in (".css", ".js", ".txt", ""):
                path.read_text(encoding="utf-8")
            else:
                problems.append(f"{name}: no parser for this kind of file")
        except Exception as error:  # noqa: BLE001 - any failure to parse is the finding
            problems.append(f"{name}: {error}")
    return problems
