"""Score what an extractor found against the dates planted in (or annotated on) a text.

Every extractor's output is reduced to `Found` items: a span of the text and the
days it names (first and last; a point in time when the tool gives only one
datetime). A found item is right when its span overlaps a gold expression and
its days agree with the gold date at the gold's granularity:

- a tool that returns a period (dateline, jionlp) must name the same first and
  last day: `2021-12` is right for `2021年12月`, `2021-12-01` is not;
- a tool that returns only a datetime (dateparser) is right when that day is
  the gold day, or lies inside a coarser gold period (more lenient: it cannot
  say which granularity it meant);
- for a gold range (`12月9日至11日`) the first day must agree.

Recall counts gold expressions (not the neutral ones) matched by some found
item; precision counts found items that carry a date and match a gold
expression, neutral ones included. A found item that overlaps nothing in the
gold is a false positive: the gold lists every date expression of the text
except vague ones (`近日`, `recently`), which are not dates.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Gold:
    start: int
    end: int
    first: dt.date | None  # None: the text alone does not say (an undated article's "yesterday")
    last: dt.date | None
    is_range: bool
    neutral: bool
    form: str = ""
    as_written: str = ""


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    first: dt.date | None
    last: dt.date | None
    point: bool = False  # the tool gave one datetime, not a period
    is_event: bool = True
    text: str = ""


def period(value: str | None) -> tuple[dt.date, dt.date] | None:
    """First and last day of an ISO date at its granularity.

    `2021`, `2021-Q3`, `2021-H1`, `2021-12`, `2021-12-09T10:00`.
    """
    if not value:
        return None
    value = value.split("T")[0]
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        if parts[1].startswith("Q"):
            first_month = 3 * (int(parts[1][1]) - 1) + 1
            return dt.date(year, first_month, 1), _month_end(year, first_month + 2)
        if parts[1].startswith("H"):
            first_month = 1 if parts[1] == "H1" else 7
            return dt.date(year, first_month, 1), _month_end(year, first_month + 5)
        month = int(parts[1])
        if len(parts) == 2:
            return dt.date(year, month, 1), _month_end(year, month)
        day = dt.date(year, month, int(parts[2]))
        return day, day
    except (ValueError, IndexError):
        return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def gold_item(
    start: int, end: int, date: str | None, end_date: str | None, neutral: bool, form: str = "", as_written: str = ""
) -> Gold:
    first_period = period(date)
    last_period = period(end_date) if end_date else first_period
    return Gold(
        start,
        end,
        first_period[0] if first_period else None,
        last_period[1] if last_period else None,
        bool(end_date),
        neutral,
        form,
        as_written,
    )


def matches(found: Found, gold: Gold) -> bool:
    """Whether a found item names the gold date (spans are checked by the caller)."""
    if found.first is None or gold.first is None:
        return False
    if gold.is_range:
        return found.first == gold.first
    if found.point:
        if gold.first == gold.last:
            return found.first == gold.first
        return gold.first <= found.first <= gold.last
    return found.first == gold.first and found.last == gold.last


def _overlaps(found: Found, gold: Gold) -> bool:
    return found.start < gold.end and gold.start < found.end


@dataclass
class Score:
    """Counts for one extractor over many texts."""

    gold: int = 0  # gold expressions to find (not neutral)
    found_gold: int = 0  # … found with the right date
    dated: int = 0  # found items that carry a date
    right: int = 0  # … that match a gold expression (neutral ones too)
    events: int = 0  # dated items reported as events (dateline only)
    right_events: int = 0
    wrong_date: int = 0  # dated items on a gold span, with the wrong date
    spurious: int = 0  # dated items on no gold span
    per_form: dict = field(default_factory=lambda: defaultdict(lambda: [0, 0]))  # form -> [found, gold]
    spurious_examples: Counter = field(default_factory=Counter)
    wrong_examples: Counter = field(default_factory=Counter)
    missed_examples: Counter = field(default_factory=Counter)

    @property
    def recall(self) -> float | None:
        return self.found_gold / self.gold if self.gold else None

    @property
    def precision(self) -> float | None:
        return self.right / self.dated if self.dated else None

    @property
    def event_precision(self) -> float | None:
        return self.right_events / self.events if self.events else None

    def add(self, golds: list[Gold], founds: list[Found]) -> None:
        """Score one text."""
        used: set[int] = set()
        for gold in golds:
            if gold.neutral:
                continue
            self.gold += 1
            self.per_form[gold.form][1] += 1
            for index, found in enumerate(founds):
                if index not in used and _overlaps(found, gold) and matches(found, gold):
                    used.add(index)
                    self.found_gold += 1
                    self.per_form[gold.form][0] += 1
                    break
            else:
                self.missed_examples[f"{gold.form}: {gold.as_written}"] += 1
        for found in founds:
            if found.first is None:
                continue
            self.dated += 1
            on_span = [gold for gold in golds if _overlaps(found, gold)]
            right = any(matches(found, gold) for gold in on_span)
            self.right += right
            if found.is_event:
                self.events += 1
                self.right_events += right
            if not right:
                if on_span:
                    self.wrong_date += 1
                    self.wrong_examples[f"{found.text} -> {found.first}"] += 1
                else:
                    self.spurious += 1
                    self.spurious_examples[found.text] += 1

    def to_json(self) -> dict:
        return {
            "gold": self.gold,
            "found_gold": self.found_gold,
            "dated": self.dated,
            "right": self.right,
            "events": self.events,
            "right_events": self.right_events,
            "wrong_date": self.wrong_date,
            "spurious": self.spurious,
            "recall": self.recall,
            "precision": self.precision,
            "event_precision": self.event_precision,
            "per_form": {form: list(counts) for form, counts in sorted(self.per_form.items())},
            "spurious_examples": self.spurious_examples.most_common(8),
            "wrong_examples": self.wrong_examples.most_common(8),
            "missed_examples": self.missed_examples.most_common(8),
        }


def locate(text: str, items: list[tuple[str, str | None, bool, str]], every: bool = False) -> list[Gold]:
    """Gold spans for annotations given as (as written, date, neutral, form), in text order.

    The same words written twice are placed at successive occurrences; longer
    expressions are placed first, so `23日晚间` is not placed inside `12月23日晚间`.
    With `every`, each annotation covers every occurrence of its words (a
    reporting period the gold lists once but the text repeats). One not found is dropped.
    """
    taken: list[tuple[int, int]] = []
    golds: list[Gold] = []
    next_from: dict[str, int] = {}

    def free(at: int, end: int) -> bool:
        return all(end <= start or stop <= at for start, stop in taken)

    for as_written, date, neutral, form in sorted(items, key=lambda item: -len(item[0])):
        at = text.find(as_written, next_from.get(as_written, 0))
        while at >= 0 and not free(at, at + len(as_written)):
            at = text.find(as_written, at + 1)
        while at >= 0:
            end = at + len(as_written)
            taken.append((at, end))
            golds.append(gold_item(at, end, date, None, neutral, form, as_written))
            next_from[as_written] = end
            if not every:
                break
            at = text.find(as_written, end)
            while at >= 0 and not free(at, at + len(as_written)):
                at = text.find(as_written, at + 1)
    return sorted(golds, key=lambda gold: gold.start)
