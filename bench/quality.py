"""Score every evaluation set, print the table, and write QUALITY.md.

    python bench/quality.py [--shared PATH] [--write QUALITY.md]

The sets: every set in SHARED/eval/ (default: the `shared` folder beside the
repository; a folder of folders of TimeML files, like te3-tbaq/, gives a row per
folder), the project's seeds gold against the demo `content/`, and the Chinese
cases in tests/fixtures/time-cases/. When jionlp is importable (bench/requirements.txt),
it is scored on the same cases (bench/jionlp_cases.py) for comparison.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import sys
from pathlib import Path

import jionlp_cases
import publication_dates

from dateline.errors import ContentError, UsageError
from dateline.evaluate import MEASURES, SetScore, markdown_table, table
from dateline.evaluate.sets import score_sets
from dateline.evaluate.timelines import is_timelines_folder
from dateline.extract import EXTRACTOR_VERSION
from dateline.model import Report

REPO = Path(__file__).resolve().parent.parent
SEEDS_GOLD = REPO / "tests" / "fixtures" / "gold" / "seeds.yaml"
DEMO_CONTENT = REPO / "content"
CASES = sorted((REPO / "tests" / "fixtures" / "time-cases").glob("*.yaml"))

#: What the `docs` column counts, per kind.
DOCS = {
    "seeds": "gold articles",
    "timeml": "TimeML documents",
    "timelines": "documents (all gold timelines share them)",
    "cases": "cases",
}


def shared_sets(eval_dir: Path) -> list[Path]:
    """The sets in an eval folder: SemEval-2015 Task 4 folders, and each folder that holds TimeML files itself."""
    found = []
    for folder in sorted(path for path in eval_dir.iterdir() if path.is_dir()) if eval_dir.is_dir() else ():
        if is_timelines_folder(folder):
            found.append(folder)
            continue
        parts = sorted(sub for sub in folder.iterdir() if sub.is_dir() and any(sub.rglob("*.tml")))
        found.extend(parts or ([folder] if any(folder.rglob("*.tml")) else []))
    return found


def events_reports(eval_dir: Path) -> list:
    """What consolidation makes of the development sets' gold events (dateline.evaluate.events)."""
    from dateline.evaluate.events import score_seeds_events, score_timeline_events

    reports = [score_seeds_events(SEEDS_GOLD, DEMO_CONTENT)]
    trial = eval_dir / "semeval2015-t4-trial"
    if is_timelines_folder(trial):
        reports.append(score_timeline_events(trial))
    return reports


def events_markdown(reports: list) -> list[str]:
    lines = [
        "## Events",
        "",
        "What a reader of the timeline sees, for every gold event of the development sets whose sources "
        "extraction dated (the seeds with the demo built without its editor files; SemEval-2015's trial "
        "timelines, each dated row an event): found (an event on its date cites one of its sources), found "
        "exactly once (not split), source coverage, headlines the judge finds nothing wrong with, and quotes "
        "cited under an event of another date (`dateline/evaluate/events.py`).",
        "",
        "| set | gold events | with a dated source | found | exactly once | split | source coverage "
        "| good headlines | misdated quotes |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in reports:
        lines.append(
            f"| {r.name} | {len(r.scores)} | {len(r.citable)} | {r.found} | {r.exactly_once} | {r.split} "
            f"| {r.coverage} | {r.headlines} | {len(r.misdated)} |"
        )
    return lines + [""]


#: Where a missed target's errors come from, as the errors listed by `bench/quality.py` show them.
WHY_MISSED = {
    "timeml": "most of the value errors left are the annotators' conventions rather than dates read wrong: "
    "in earnings reports `last year` and `a year ago` are annotated now as the year, now as the same quarter "
    "a year before, with no cue in the text to tell which; some weekdays are annotated a week away from "
    "what the document's date gives (`said on Wednesday` in a Wednesday dispatch annotated as the Tuesday); "
    "the expressions missed are mostly bare nouns the gold anchors by reasoning (`the day`, `the morning`, "
    "`weeks`, `10 days`) and ends of periods the gold reads as a day (`the end of the month`).",
    "timelines": "most gold pairs missed are dated by reasoning across documents, not by a date in the "
    "article: a present-tense or undated sentence dated by the document's date (`Apple has released an "
    "application`), a happening dated by another article (`when Jobs first introduced iPhone 4`), or a year "
    "the gold gives as a day it knows from elsewhere (`in 2003` annotated 2003-04-28); the date precision "
    "counts the target entity's events, which are linked by the entity's name, a person's surname and "
    "he or she, but not by a part of a name (`Apple Corps` for `Beatles Apple Corps`), and which include "
    "events the annotators did not put on that entity's timeline (the iMac's launch in a sentence naming the iPod).",
}


def targets_markdown(scores: list[SetScore], jionlp_scores: list[SetScore]) -> list[str]:
    """The targets of the development sets, each with its figure and whether it is met; why, when not."""
    rows, missed = [], set()

    def row(what: str, target: str, figure: float | None, floor: float, kind: str, shown: str = "") -> None:
        met = figure is not None and figure >= floor - 1e-9
        shown = shown or ("n/a" if figure is None else f"{figure:.3f}")
        rows.append(f"| {what} | {target} | {shown} | {'met' if met else '**missed**'} |")
        if not met:
            missed.add(kind)

    jionlp = {score.name.removesuffix(" (jionlp)"): score for score in jionlp_scores}
    for score in scores:
        if score.kind == "seeds":
            row(f"{score.name}: recall", "1.000", score.recall.value, 1.0, "seeds")
            row(f"{score.name}: precision", "1.000", score.precision.value, 1.0, "seeds")
        elif score.kind == "timeml":
            row(f"{score.name}: value F1", "≥ 0.950", score.f1, 0.95, "timeml")
        elif score.kind == "timelines":
            row(f"{score.name}: pair recall", "≥ 0.900", score.recall.value, 0.90, "timelines")
            row(f"{score.name}: date F1", "≥ 0.750", score.f1, 0.75, "timelines")
        elif score.kind == "cases" and score.name in jionlp:
            other = jionlp[score.name].recall
            row(
                f"{score.name}: cases passed",
                f"≥ jionlp's {other.part}/{other.whole}",
                score.recall.part,
                other.part,
                "cases",
                f"{score.recall.part}/{score.recall.whole}",
            )
    lines = [
        "## Targets",
        "",
        "| target | wanted | now | |",
        "| --- | --- | ---: | --- |",
        *rows,
        "",
    ]
    for kind in sorted(missed):
        if kind in WHY_MISSED:
            lines += [f"Why the {kind} sets miss: {WHY_MISSED[kind]}", ""]
    return lines + [""]


HTMLDATE_REPOSITORY = "github.com/adbar/htmldate"


def quality_markdown(
    scores: list[SetScore],
    jionlp_scores: list[SetScore],
    jionlp_note: str,
    events: list | None = None,
    publication: list[str] | None = None,
) -> str:
    """QUALITY.md: the current table, what it counts, how to reproduce it, and jionlp on the same cases."""
    lines = [
        "# Quality",
        "",
        "How right dateline's dates and events are on news it was not written for, as of this commit",
        f"(extractor `{EXTRACTOR_VERSION}`). Written by `python bench/quality.py --write QUALITY.md`; earlier",
        "figures are in this file's git history.",
        "",
        markdown_table(scores),
        "",
        *targets_markdown(scores, jionlp_scores),
        *events_markdown(events or []),
        "## What the columns count",
        "",
        "`docs` counts " + "; ".join(f"{DOCS[kind]} for {kind}" for kind in DOCS) + ". Recall, precision "
        "and F1 are per kind of set:",
        "",
    ]
    lines += [f"- **{kind}**: {text}." for kind, text in MEASURES.items()]
    lines += [
        "",
        "The sets: TempEval-3's TimeBank and AQUAINT (English newswire, TimeML), SemEval-2015 Task 4's trial",
        "timelines (English WikiNews on Apple; each document is written as a published article and run",
        "through dateline's pipeline up to events), the project's own gold for the four demo articles",
        "(`tests/fixtures/gold/seeds.yaml` against `content/`), and Chinese expressions from Duckling's",
        "and jionlp's public tests (`tests/fixtures/time-cases/`, each file's header says which were kept",
        "and why). The public sets are read from `../shared/eval/` (see its README) and never copied here.",
        "",
        "## Reproduce",
        "",
        "```sh",
        "pip install -e '.[eval]'",
        "python bench/quality.py                              # the table, with the most frequent errors",
        "python bench/quality.py --shared PATH --write QUALITY.md",
        "dateline eval ../shared/eval/semeval2015-t4-trial    # any one set, or several: one table",
        "```",
        "",
        "`tests/test_quality.py` checks a fast subset against floors set a little under these figures.",
        "",
        "## Publication dates of saved news pages",
        "",
        "The day dateline dates a saved page on (its `published`, from the page's metadata, date lines and",
        "address; `yesterday` counts from it), against the gold of htmldate's public evaluation sets",
        "(`tests/eval_default.json`, `tests/eval_mediacloud_2020.json`): their English and Chinese pages,",
        "read with the default site settings (`bench/publication_dates.py`; the pages stay in htmldate's",
        "repository). A gold day may be a page's last update where the page states both.",
        "",
        *(publication or [f"Not measured in this run: pass `--htmldate PATH`, a checkout of {HTMLDATE_REPOSITORY}."]),
        "",
        "```sh",
        "git clone https://github.com/adbar/htmldate /tmp/htmldate",
        "python bench/publication_dates.py /tmp/htmldate --errors   # or bench/quality.py --htmldate /tmp/htmldate",
        "```",
        "",
        "## jionlp on the same cases",
        "",
    ]
    if jionlp_scores:
        lines += [
            "jionlp's `ner.extract_time` (finding and resolving, the task dateline's extraction does) on the same",
            "cases, with each case's reference time as `time_base`; a case passes when a time it returns spans",
            "exactly the expected value's seconds (`bench/jionlp_cases.py`).",
            "",
            markdown_table(jionlp_scores),
        ]
    else:
        lines.append(jionlp_note)
    lines += [
        "",
        "```sh",
        "python -m venv /tmp/jionlp && /tmp/jionlp/bin/pip install -e '.[eval]' jionlp",
        "/tmp/jionlp/bin/python bench/jionlp_cases.py          # or bench/quality.py, which adds it to QUALITY.md",
        "```",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--shared",
        type=Path,
        default=REPO.parent / "shared",
        help="the shared folder holding eval/ (default: ../shared beside the repository)",
    )
    parser.add_argument("--write", type=Path, metavar="QUALITY.md", help="also write the report there")
    parser.add_argument(
        "--htmldate", type=Path, metavar="PATH", help="a checkout of github.com/adbar/htmldate: its pages' dates"
    )
    args = parser.parse_args(argv)
    public = shared_sets(args.shared / "eval")
    if not public:
        print(
            f"note: no evaluation sets in {args.shared / 'eval'}; scoring the project's own sets only", file=sys.stderr
        )
    report = Report()
    try:
        scores = [scored.score for scored in score_sets([*public, SEEDS_GOLD, *CASES], DEMO_CONTENT, report)]
    except (UsageError, ContentError) as error:
        print(f"quality: {error}", file=sys.stderr)
        return 2
    for problem in report.problems:
        print(problem, file=sys.stderr)
    print(table(scores))
    events = events_reports(args.shared / "eval")
    for events_report in events:
        print("\n" + events_report.to_text())
    missing = jionlp_cases.jionlp_missing()
    jionlp_scores = []
    if missing is None:
        with contextlib.redirect_stdout(io.StringIO()):
            jionlp_scores = [jionlp_cases.score_jionlp(path) for path in CASES if path.name.startswith("zh-")]
        print("\njionlp on the same cases\n" + table(jionlp_scores, causes=0))
    else:
        print(f"\nnote: {missing}; the jionlp comparison is left out", file=sys.stderr)
    publication = None
    if args.htmldate is not None:
        counts, _ = publication_dates.score(args.htmldate)
        publication = publication_dates.markdown_table(counts)
        print("\npublication dates of htmldate's saved pages\n" + "\n".join(publication))
    if args.write:
        note = f"Not measured in this run: {missing}."
        args.write.write_text(quality_markdown(scores, jionlp_scores, note, events, publication), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
