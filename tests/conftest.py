"""Shared fixtures: the repository's demo content and small made-up content folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

#: Every property test draws the same examples on every machine and run, and keeps no database of past
#: failures: what fails in CI fails on a laptop too. HYPOTHESIS_PROFILE=explore draws new examples.
settings.register_profile("reproducible", derandomize=True, database=None)
settings.register_profile("explore", derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "reproducible"))

REPO = Path(__file__).resolve().parent.parent
DEMO_CONTENT = REPO / "content"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def demo_content(tmp_path: Path) -> Path:
    """A private copy of the demo content folder (builds write content/extracted/)."""
    target = tmp_path / "content"
    shutil.copytree(DEMO_CONTENT, target, ignore=shutil.ignore_patterns("extracted"))
    return target


@pytest.fixture
def make_content(tmp_path: Path):
    """Write a content folder from {relative path: text}; returns its path."""

    def make(files: dict[str, str | bytes], site: str = "title: Test\ntimezone: Asia/Shanghai\n") -> Path:
        content = tmp_path / "content"
        (content / "articles").mkdir(parents=True, exist_ok=True)
        (content / "site.yaml").write_text(site, encoding="utf-8")
        for relative, data in files.items():
            path = content / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(data, bytes):
                path.write_bytes(data)
            else:
                path.write_text(data, encoding="utf-8")
        return content

    return make
