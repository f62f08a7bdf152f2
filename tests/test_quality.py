"""Quality floors: a fast subset of the evaluation sets must not score under today's figures.

Each floor is today's figure (QUALITY.md) less a small margin. Whoever raises
quality raises the floors here, so that it cannot fall back unnoticed. The public
sets are read from `../shared/eval/` beside the clone; without it their tests skip.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from dateline.evaluate import SetScore
from dateline.evaluate.cases import score_file
from dateline.evaluate.sets import score_seeds
from dateline.evaluate.timelines import score_folder as score_timelines
from dateline.evaluate.timeml import read_timeml, score_documents
from dateline.model import Report

# The project's own gold for the four demo articles (today: 1.000 and 1.000).
SEEDS_RECALL_FLOOR = 0.95
SEEDS_PRECISION_FLOOR = 0.95
# SemEval-2015 Task 4 trial (today: pair recall 0.712, date precision 0.490, date F1 0.480).
SEMEVAL_PAIR_RECALL_FLOOR = 0.69
SEMEVAL_DATE_PRECISION_FLOOR = 0.48
SEMEVAL_DATE_F1_FLOOR = 0.45
# The first TIMEBANK_DOCUMENTS TimeBank files by name (today: recall 0.972, precision 0.996, F1 0.904).
TIMEBANK_DOCUMENTS = 60
TIMEBANK_RECALL_FLOOR = 0.95
TIMEBANK_PRECISION_FLOOR = 0.97
TIMEBANK_F1_FLOOR = 0.88
# Chinese cases (today: 1.000 and 1.000 on both).
CASES_FLOORS = {"zh-duckling": (0.97, 0.97), "zh-jionlp": (0.97, 0.97)}  # recall, precision

REPO = Path(__file__).resolve().parent.parent
FIXTURES = REPO / "tests" / "fixtures"
EVAL = REPO.parent / "shared" / "eval"


def needs(path: Path) -> Path:
    if not path.exists():
        pytest.skip(f"{path} is not beside the clone (the public evaluation sets are in ../shared/eval/)")
    return path


def assert_at_least(score: SetScore, figures: dict[str, tuple[float | None, float]]) -> None:
    """Every figure at or over its floor; the message names the figure, the floor and the top errors."""
    under = [
        f"{name} {value if value is None else round(value, 3)} < floor {floor}"
        for name, (value, floor) in figures.items()
        if value is None or value < floor
    ]
    top = ", ".join(f"{cause} {count}" for cause, count in score.causes()[:5])
    assert not under, f"{score.name}: " + "; ".join(under) + f" (most frequent errors: {top})"


def test_seeds_gold_on_the_demo():
    scored = score_seeds(FIXTURES / "gold" / "seeds.yaml", REPO / "content", Report()).score
    assert_at_least(
        scored,
        {
            "recall": (scored.recall.value, SEEDS_RECALL_FLOOR),
            "precision": (scored.precision.value, SEEDS_PRECISION_FLOOR),
        },
    )


def test_semeval_trial_timelines():
    scored = score_timelines(needs(EVAL / "semeval2015-t4-trial"))
    assert scored.documents == 30
    assert_at_least(
        scored,
        {
            "pair recall": (scored.recall.value, SEMEVAL_PAIR_RECALL_FLOOR),
            "date precision": (scored.precision.value, SEMEVAL_DATE_PRECISION_FLOOR),
            "date F1": (scored.f1, SEMEVAL_DATE_F1_FLOOR),
        },
    )


def test_timebank_subset():
    paths = sorted(needs(EVAL / "te3-tbaq" / "TimeBank").glob("*.tml"))[:TIMEBANK_DOCUMENTS]
    scored = score_documents([read_timeml(path) for path in paths], f"TimeBank, first {TIMEBANK_DOCUMENTS}")
    assert scored.documents == TIMEBANK_DOCUMENTS
    assert_at_least(
        scored,
        {
            "recall": (scored.recall.value, TIMEBANK_RECALL_FLOOR),
            "precision": (scored.precision.value, TIMEBANK_PRECISION_FLOOR),
            "value F1": (scored.f1, TIMEBANK_F1_FLOOR),
        },
    )


@pytest.mark.parametrize("name", sorted(CASES_FLOORS))
def test_chinese_cases(name):
    recall_floor, precision_floor = CASES_FLOORS[name]
    scored = score_file(FIXTURES / "time-cases" / f"{name}.yaml")
    assert_at_least(
        scored, {"recall": (scored.recall.value, recall_floor), "precision": (scored.precision.value, precision_floor)}
    )


def test_every_cases_file_has_floors():
    assert {path.stem for path in (FIXTURES / "time-cases").glob("*.yaml")} == set(CASES_FLOORS)


# -- bench/quality.py -------------------------------------------------------------------------------

sys.path.insert(0, str(REPO / "bench"))
quality = pytest.importorskip("quality")


def test_quality_finds_every_shared_set(tmp_path):
    (tmp_path / "tbaq" / "TimeBank").mkdir(parents=True)
    (tmp_path / "tbaq" / "TimeBank" / "a.tml").write_text("<TimeML/>", encoding="utf-8")
    (tmp_path / "tbaq" / "AQUAINT").mkdir()
    (tmp_path / "tbaq" / "AQUAINT" / "b.tml").write_text("<TimeML/>", encoding="utf-8")
    (tmp_path / "loose").mkdir()
    (tmp_path / "loose" / "c.tml").write_text("<TimeML/>", encoding="utf-8")
    (tmp_path / "timelines" / "docs").mkdir(parents=True)
    (tmp_path / "timelines" / "docs" / "d.tml").write_text("<TimeML/>", encoding="utf-8")
    (tmp_path / "timelines" / "gold").mkdir()
    (tmp_path / "timelines" / "gold" / "e.txt").write_text("E\n", encoding="utf-8")
    (tmp_path / "notes").mkdir()
    found = quality.shared_sets(tmp_path)
    assert [path.relative_to(tmp_path).as_posix() for path in found] == [
        "loose",
        "tbaq/AQUAINT",
        "tbaq/TimeBank",
        "timelines",
    ]
    assert quality.shared_sets(tmp_path / "missing") == []


def test_quality_writes_the_table_what_it_counts_and_how_to_reproduce(tmp_path):
    out = tmp_path / "QUALITY.md"
    status = quality.main(["--shared", str(tmp_path), "--write", str(out)])
    text = out.read_text(encoding="utf-8")
    assert status == 0
    rows = [line.split("|")[1].strip() for line in text.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows[:3] == ["set", "seeds", "zh-duckling"] and "zh-jionlp" in rows
    for heading in ("## What the columns count", "## Reproduce", "## jionlp on the same cases"):
        assert heading in text
    assert "python bench/quality.py --write QUALITY.md" in text and "bench/jionlp_cases.py" in text


publication_dates = pytest.importorskip("publication_dates")


def test_publication_dates_are_scored_against_htmldates_gold(tmp_path):
    """A stand-in for a checkout of htmldate: its gold file and two saved English pages."""
    story = " ".join(["The council said the harbour terminal would open after a long review of the plans."] * 8)
    page = (
        '<html><head><title>Harbour terminal</title><meta property="article:published_time" content="{}">'
        "</head><body><article><h1>Harbour terminal</h1><p>{}</p></article></body></html>"
    )
    (tmp_path / "tests" / "eval").mkdir(parents=True)
    (tmp_path / "tests" / "eval" / "a.html").write_text(page.format("2023-11-08T10:00:00Z", story), encoding="utf-8")
    (tmp_path / "tests" / "eval" / "b.html").write_text(page.format("2023-11-01T10:00:00Z", story), encoding="utf-8")
    gold = {
        "https://example.com/a": {"file": "a.html", "date": "2023-11-08"},
        "https://example.com/b": {"file": "b.html", "date": "2023-11-03"},
        "https://example.com/c": {"file": "missing.html", "date": "2023-11-03"},
    }
    (tmp_path / "tests" / "eval_default.json").write_text(json.dumps(gold), encoding="utf-8")
    counts, errors = publication_dates.score(tmp_path)
    assert (counts["gold day"], counts["further off"]) == (1, 1)
    assert errors == [("https://example.com/b", "2023-11-03", "2023-11-01 (<meta property=article:published_time>)")]
    assert publication_dates.markdown_table(counts)[2].startswith("| 2 | 1 (50.0%)")
