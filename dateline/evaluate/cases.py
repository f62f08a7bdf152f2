"""Cases: single expressions with the value they must get, taken from other parsers' public tests.

A cases file (`tests/fixtures/time-cases/*.yaml`) is a mapping with a `name` and
`cases`, each `{text, reference, expected, source}`: the text is given whole to
extraction with the reference time's day as publication date, and the case
passes when a mention overlapping the text has the expected value exactly: the
same ISO date at the same granularity, or for a range (`{start, end}`) the same
start and end. The file's header says which cases were chosen and why.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

import yaml

from ..errors import ContentError
from ..extract import ExtractionContext, extract_mentions
from ..model import Mention
from .harness import Error, Ratio, SetScore

LANGUAGES = ("zh-Hans", "zh-Hant", "en")


@dataclass(frozen=True)
class Case:
    """One expression, when it is said, and the value it must get."""

    text: str
    reference: dt.datetime
    start: str  # the expected date, or the start of the expected range
    end: str | None  # the end of the expected range; None for a point
    source: str
    line: int
    language: str | None = None  # detected from the text when not given

    @property
    def expected(self) -> str:
        return self.start if self.end is None else f"{self.start}/{self.end}"


def load_cases(path: Path) -> tuple[str, tuple[Case, ...]]:
    """The set's name and its cases; a malformed case is a ContentError naming its line."""
    shown = str(path)
    try:
        node = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as error:
        raise ContentError(shown, None, f"cannot read the cases file: {error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ContentError(shown, mark.line + 1 if mark else None, f"not valid YAML: {error}") from None
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if node is None or not isinstance(data, dict) or not isinstance(data.get("cases"), list):
        raise ContentError(shown, None, "a cases file is a mapping with `name` and a `cases` list")
    lines = _case_lines(node)
    cases = tuple(
        _case(shown, lines[index] if index < len(lines) else None, item) for index, item in enumerate(data["cases"])
    )
    return str(data.get("name") or path.stem), cases


def _case_lines(node: yaml.Node) -> list[int]:
    """The line each case starts on, from the composed YAML."""
    for key, value in getattr(node, "value", ()):
        if getattr(key, "value", None) == "cases" and isinstance(value, yaml.SequenceNode):
            return [item.start_mark.line + 1 for item in value.value]
    return []


def _case(shown: str, line: int | None, item: object) -> Case:
    if not isinstance(item, dict) or not {"text", "reference", "expected"} <= set(item):
        raise ContentError(shown, line, "each case needs text, reference and expected")
    reference = _moment(item["reference"])
    if reference is None:
        raise ContentError(shown, line, f"reference {item['reference']!r} is not an ISO date or time")
    expected = item["expected"]
    if isinstance(expected, dict):
        if set(expected) != {"start", "end"}:
            raise ContentError(shown, line, "a range is written {start: …, end: …}")
        start, end = _iso(expected["start"]), _iso(expected["end"])
    else:
        start, end = _iso(expected), None
    language = item.get("language")
    if language is not None and language not in LANGUAGES:
        raise ContentError(shown, line, f"language must be one of {', '.join(LANGUAGES)}")
    return Case(str(item["text"]), reference, start, end, str(item.get("source") or ""), line or 0, language)


def _iso(value: object) -> str:
    return value.isoformat() if isinstance(value, (dt.date, dt.datetime)) else str(value)


def _moment(value: object) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    try:
        return dt.datetime.fromisoformat(str(value))
    except ValueError:
        return None


def case_mentions(case: Case) -> tuple[Mention, ...]:
    """What extraction finds in the case's text, published on the reference day."""
    from ..ingest import detect_language

    language = case.language or detect_language(case.text)
    context = ExtractionContext(article="case", published=case.reference.date(), language=language)
    return extract_mentions(case.text, context)


def value_of(mention: Mention) -> str | None:
    """A mention's value as the cases write it: the date, or start/end for a range."""
    if mention.date is None:
        return None
    return mention.date if mention.end_date is None else f"{mention.date}/{mention.end_date}"


def score_cases(cases: tuple[Case, ...], name: str) -> SetScore:
    """Cases right over all cases (recall), and over the cases given a value (precision)."""
    right = valued = 0
    errors: list[Error] = []
    for case in cases:
        mentions = case_mentions(case)
        values = [value_of(m) for m in mentions]
        where = case.source or f"line {case.line}"
        if case.expected in values:
            right += 1
            valued += 1
            continue
        found = [value for value in values if value is not None]
        if found:
            valued += 1
            errors.append(
                Error(_cause(found[0], case), where, f"{case.text!r} -> {', '.join(found)}, expected {case.expected}")
            )
        elif mentions:
            errors.append(
                Error(
                    "unresolved",
                    where,
                    f"{case.text!r}: {mentions[0].as_written!r} has no date, expected {case.expected}",
                )
            )
        else:
            errors.append(Error("not found", where, f"{case.text!r}, expected {case.expected}"))
    return cases_score(name, len(cases), right, valued, errors)


def cases_score(name: str, cases: int, right: int, valued: int, errors: list[Error]) -> SetScore:
    """A cases set's score: the cases passed over all of them (recall) and over those given any value
    (precision); for cases, the values are what is scored, so value recall and precision are the same."""
    return SetScore(
        name=name,
        kind="cases",
        documents=cases,
        recall=Ratio(right, cases),
        precision=Ratio(right, valued),
        value_recall=Ratio(right, cases),
        value_precision=Ratio(right, valued),
        errors=tuple(errors),
    )


def _cause(found: str, case: Case) -> str:
    """Why a found value is not the expected one, in the words of the table's error list."""
    found_range, expected_range = "/" in found, case.end is not None
    if found_range != expected_range:
        return "a range for a point" if found_range else "a point for a range"
    first = found.split("/", 1)[0]
    if _granularity(first) != _granularity(case.start):
        return f"granularity {_granularity(first)} for {_granularity(case.start)}"
    if first[:4] != case.start[:4]:
        return "wrong year"
    return f"wrong {_granularity(case.start)}"


def _granularity(value: str) -> str:
    if "T" in value:
        return "time"
    if len(value) == 4:
        return "year"
    if "-Q" in value or "-H" in value:
        return "quarter or half"
    return "day" if value.count("-") == 2 else "month"


def score_file(path: Path, name: str | None = None) -> SetScore:
    """Score a cases file."""
    set_name, cases = load_cases(path)
    return score_cases(cases, name or set_name)
