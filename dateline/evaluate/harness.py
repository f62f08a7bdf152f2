"""The scores every kind of evaluation set reports, and the one table they make.

Each set is scored as recall, precision and their F1 on values; what they count
depends on the kind of set (see `MEASURES`), so that one table compares seeds,
TempEval-3 and SemEval-2015 timelines side by side. Errors are kept with their
cause, so that the table can say what goes wrong most often, with examples.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Ratio:
    part: int
    whole: int

    @property
    def value(self) -> float | None:
        return self.part / self.whole if self.whole else None

    def __str__(self) -> str:
        return f"{self.value:.3f} ({self.part}/{self.whole})" if self.whole else f"n/a ({self.part}/0)"


@dataclass(frozen=True)
class Error:
    """One thing a set's gold says that extraction got wrong."""

    cause: str  # "missed", "spurious", "wrong year", …
    where: str  # the document
    detail: str  # what was written, found and expected


@dataclass(frozen=True)
class SetScore:
    """How extraction did on one evaluation set."""

    name: str
    kind: str  # a key of MEASURES
    documents: int
    recall: Ratio
    precision: Ratio
    value_recall: Ratio
    value_precision: Ratio
    errors: tuple[Error, ...] = ()

    @property
    def f1(self) -> float | None:
        """The F1 of value recall and value precision: right values over gold, and over what was found."""
        recall, precision = self.value_recall.value, self.value_precision.value
        if recall is None or precision is None:
            return None
        return 2 * recall * precision / (recall + precision) if recall + precision else 0.0

    def causes(self) -> list[tuple[str, int]]:
        return Counter(error.cause for error in self.errors).most_common()


#: What recall, precision and F1 count, per kind of set.
MEASURES = {
    "seeds": "recall: gold mentions found with their date; precision: mentions reported as events whose date is "
    "a gold date of the article; F1 of the two",
    "timeml": "recall: gold DATE/TIME calendar values overlapped by a mention (relaxed span); precision: mentions "
    "that overlap one (mentions overlapping only other TIMEX3s are left out); F1: value F1, the right "
    "values over gold and over mentions (a part of the day, 1998-03-22TEV, is compared at its day; a "
    "range of two TIMEX3s, from 1991 to 1997, gives both values)",
    "timelines": "recall: gold (article, date) pairs cited by an event on that date (a gold 2007-01-XX is the "
    "month 2007-01, XXXX-XX-XX is left out, an event's time counts as its day); precision: dates of the "
    "events linked to each target entity that are dates of its gold timeline, micro-averaged over the "
    "timelines; F1: of that precision and the same dates' recall",
    "cases": "recall: cases whose text has a mention with the expected value exactly (the same date at the same "
    "granularity, or the same start and end); precision: those among the cases given any value; F1 of the two",
}


def table(scores: list[SetScore], examples: int = 3, causes: int = 5) -> str:
    """One plain table for the terminal, then each set's most frequent errors with examples."""
    header = ("set", "kind", "docs", "recall", "precision", "F1")
    rows = [header] + [
        (s.name, s.kind, str(s.documents), str(s.recall), str(s.precision), "n/a" if s.f1 is None else f"{s.f1:.3f}")
        for s in scores
    ]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip() for row in rows]
    for score in scores:
        if not score.errors:
            continue
        lines.append("")
        lines.append(f"{score.name}: top errors by cause")
        for cause, count in score.causes()[:causes]:
            lines.append(f"  {count:5d}  {cause}")
            for error in [e for e in score.errors if e.cause == cause][:examples]:
                lines.append(f"         {error.where}: {error.detail}")
    return "\n".join(lines)


def markdown_table(scores: list[SetScore]) -> str:
    """The same figures as a Markdown table, for QUALITY.md."""
    lines = [
        "| set | kind | docs | recall | precision | F1 | most frequent errors |",
        "| --- | --- | ---: | ---: | ---: | ---: | --- |",
    ]
    for s in scores:
        top = ", ".join(f"{cause} {count}" for cause, count in s.causes()[:3]) or "none"
        f1 = "n/a" if s.f1 is None else f"{s.f1:.3f}"
        lines.append(f"| {s.name} | {s.kind} | {s.documents} | {s.recall} | {s.precision} | {f1} | {top} |")
    return "\n".join(lines)
