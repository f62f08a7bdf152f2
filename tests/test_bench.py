"""Smoke test of the benchmark corpus (bench/corpus.py): deterministic, buildable, and its gold is right.

No timings are asserted here; bench/run.py measures them.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from dateline.cli import main

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def corpus():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = module  # dataclasses look their module up there
        spec.loader.exec_module(module)
        yield module
    finally:
        sys.modules.pop("bench_corpus", None)
        sys.path.remove(str(BENCH))


def _files(folder: Path) -> dict[str, bytes]:
    return {
        path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()
    }


def test_same_seed_gives_the_same_bytes(corpus, tmp_path):
    corpus.write_corpus(tmp_path / "first", 5, seed=7)
    corpus.write_corpus(tmp_path / "second", 5, seed=7)
    first, second = _files(tmp_path / "first"), _files(tmp_path / "second")
    assert len([name for name in first if name.startswith("content/articles/")]) >= 5
    assert first == second
    corpus.write_corpus(tmp_path / "other", 5, seed=8)
    assert _files(tmp_path / "other") != first


def test_an_article_does_not_depend_on_the_corpus_size(corpus):
    assert list(corpus.generate(3, seed=7)) == list(corpus.generate(5, seed=7))[:3]
    assert list(corpus.generate(2, seed=7, start=3)) == list(corpus.generate(5, seed=7))[3:]


def test_planted_offsets_slice_to_what_was_written(corpus):
    for article in corpus.generate(20, seed=7):
        assert 5 <= len(article.planted) <= 15
        for planted in article.planted:
            assert article.text[planted.start : planted.end] == planted.as_written


def test_dateline_builds_the_corpus_and_finds_the_planted_dates(corpus, tmp_path):
    corpus.write_corpus(tmp_path / "bench", 5, seed=7)
    content, site = tmp_path / "bench" / "content", tmp_path / "site"

    assert main(["build", "--content", str(content), "--out", str(site)]) == 0

    gold = json.loads((tmp_path / "bench" / "gold.json").read_text(encoding="utf-8"))["articles"]
    mentions = json.loads((site / "data" / "mentions.json").read_text(encoding="utf-8"))["mentions"]
    found_by_article: dict[str, list[dict]] = {}
    for mention in mentions:
        found_by_article.setdefault(mention["article"], []).append(mention)
    planted = found = 0
    for file_name, entry in gold.items():
        candidates = list(found_by_article.get(Path(file_name).stem, []))
        for expected in entry["mentions"]:
            planted += 1
            for mention in candidates:
                if (
                    mention["as_written"] == expected["as_written"]
                    and mention["date"]
                    and (mention["date"] == expected["date"] or mention["date"].startswith(expected["date"] + "T"))
                ):
                    candidates.remove(mention)
                    found += 1
                    break
    assert planted >= 25
    assert found / planted >= 0.9, f"{found} of {planted} planted dates found"


def test_the_benchmark_measures_consolidation_alone_and_prints_it(tmp_path):
    """bench/run.py --consolidate-n runs consolidation on generated articles in a child and reports its memory."""
    import subprocess

    result = subprocess.run(
        [
            sys.executable,
            str(BENCH / "run.py"),
            "--n",
            "20",
            "--extract-n",
            "0",
            "--consolidate-n",
            "60",
            "--skip",
            "dateline,pelican,lower-bound,compare",
            "--work",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    entry = json.loads((tmp_path / "results.json").read_text(encoding="utf-8"))["consolidate_scale"][0]
    assert entry["n"] == 60 and entry["mentions"] > 300 and 0 < entry["events"] < entry["mentions"]
    assert entry["cpu"] > 0 and entry["peak_kb"] > 0
    assert "#### Consolidation alone" in result.stdout and "| 60 |" in result.stdout


def test_earlier_outputs_are_set_aside_before_a_build_and_deleted_at_the_end(tmp_path):
    """A measured build never follows a large deletion: bench/run.py moves old outputs away until the run ends."""
    import subprocess

    work = tmp_path / "work"
    command = [
        sys.executable,
        str(BENCH / "run.py"),
        "--n",
        "12",
        "--extract-n",
        "0",
        "--skip",
        "dateline,pelican,compare",
        "--work",
        str(work),
    ]
    for _ in range(2):  # the second run finds the first one's lower-bound site and sets it aside
        result = subprocess.run(command, capture_output=True, text=True, timeout=300)
        assert result.returncode == 0, result.stderr
        assert (work / "lower-bound-12").is_dir() and not (work / ".set-aside").exists()
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("bench_run", BENCH / "run.py")
        run = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(run)
    finally:
        sys.path.remove(str(BENCH))
    site = work / "site"
    for text in ("first", "second"):
        site.mkdir()
        (site / "page.html").write_text(text, encoding="utf-8")
        run.set_aside(site, work)
        assert not site.exists()
    assert sorted(p.read_text(encoding="utf-8") for p in (work / run.TRASH).rglob("page.html")) == ["first", "second"]
    run.empty_trash(work)
    assert not (work / run.TRASH).exists()
