"""Which kind of evaluation set a path is, and its score: what `dateline eval SET…` runs.

The kind is recognised from the files: a seeds gold YAML (a mapping with
`articles`), a cases YAML (a mapping with a `cases` list), a SemEval-2015 Task 4
folder (`docs/*.tml` and `gold/*.txt`), or a folder of TimeML files (`*.tml`).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import UsageError
from ..model import Report
from . import cases, seeds, timelines, timeml
from .harness import SetScore


@dataclass(frozen=True)
class Scored:
    """One set's score, and the seeds' per-article detail (empty for the other kinds)."""

    score: SetScore
    detail: str = ""


def kind_of(path: Path) -> str:
    """The kind of set at path (a key of MEASURES); a UsageError says why a path is none."""
    if path.is_dir():
        if timelines.is_timelines_folder(path):
            return "timelines"
        if any(path.rglob("*.tml")):
            return "timeml"
        raise UsageError(
            f"{path} holds no TimeML files (*.tml) and is not a SemEval-2015 Task 4 folder (docs/*.tml and gold/*.txt)"
        )
    if not path.is_file():
        raise UsageError(f"no evaluation set at {path}")
    if path.suffix.lower() not in (".yaml", ".yml"):
        raise UsageError(f"{path} is not an evaluation set: a gold or cases YAML file, or a folder of TimeML files")
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return "seeds"  # reading it as gold says what is wrong, with its line
    if isinstance(data, dict) and "cases" in data:
        return "cases"
    if isinstance(data, dict) and ("articles" in data or "events" in data):
        return "seeds"
    raise UsageError(f"{path} is neither a gold file (with `articles`) nor a cases file (with `cases`)")


def score_seeds(gold_path: Path, content_dir: Path, report: Report) -> Scored:
    """Extract the content folder's articles and score them against a seeds gold file."""
    from ..pipeline import extract_all, read_content

    if not content_dir.is_dir():
        raise UsageError(f"no content folder at {content_dir} to score {gold_path} against (use --content DIR)")
    gold = seeds.load_gold(gold_path)
    content = read_content(content_dir, report)
    mentions = extract_all(content)  # no cache: a measurement reads nothing a previous run left
    ids_by_file = {Path(article.path).name: article.id for article in content.articles}
    result = seeds.score(gold, mentions, ids_by_file)
    return Scored(seeds.set_score(result, gold_path.stem), result.to_text())


def score_set(path: Path, content_dir: Path, report: Report) -> Scored:
    """Score one set of whatever kind it is."""
    kind = kind_of(path)
    if kind == "seeds":
        return score_seeds(path, content_dir, report)
    if kind == "cases":
        return Scored(cases.score_file(path))
    if kind == "timelines":
        return Scored(timelines.score_folder(path))
    return Scored(timeml.score_folder(path))


def score_sets(paths: list[Path], content_dir: Path, report: Report) -> list[Scored]:
    """Score every set, in the order given; every path is checked before any is scored."""
    kinds = [kind_of(path) for path in paths]
    if "seeds" in kinds and not content_dir.is_dir():
        raise UsageError(f"no content folder at {content_dir} to score the gold against (use --content DIR)")
    return [score_set(path, content_dir, report) for path in paths]
