"""jionlp on the same Chinese cases as dateline: `python bench/jionlp_cases.py [CASES.yaml…]`.

Each case's text is given to `jionlp.ner.extract_time` (finding and resolving, the
task dateline's extraction does) with the case's reference time as `time_base`. A
case passes when one of the times jionlp returns spans exactly the seconds of the
expected value: from its first second to the last second of its end (a time
written to the minute may end on that minute, or on its hour's last second when
jionlp read an hour such as 晚上8点). Scored as dateline's cases are (`MEASURES["cases"]`).

jionlp is not a dependency of dateline: `pip install -r bench/requirements.txt`
in the environment dateline is installed in. Without it, the script says so and exits 2.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import io
import sys
from pathlib import Path

from dateline.evaluate import Error, SetScore, table
from dateline.evaluate.cases import Case, cases_score, load_cases

CASES = sorted((Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "time-cases").glob("zh-*.yaml"))
INSTALL_HINT = "pip install -r bench/requirements.txt"


def jionlp_missing() -> str | None:
    """None when jionlp can be imported here, else why not."""
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # jionlp prints a banner on import
            import jionlp  # noqa: F401
    except Exception as error:  # a broken dependency fails in many ways
        return f"jionlp is not importable ({type(error).__name__}: {error}); install it with `{INSTALL_HINT}`"
    return None


def first_second(value: str) -> dt.datetime:
    """The first second of an ISO value at its granularity."""
    if "T" in value:
        return dt.datetime.fromisoformat(value)
    if "-Q" in value:
        year, quarter = value.split("-Q")
        return dt.datetime(int(year), 3 * int(quarter) - 2, 1)
    if "-H" in value:
        year, half = value.split("-H")
        return dt.datetime(int(year), 6 * int(half) - 5, 1)
    parts = [int(part) for part in value.split("-")]
    return dt.datetime(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def last_seconds(value: str) -> set[dt.datetime]:
    """The moments a span ending with this value may end at (see the module's docstring)."""
    if "T" in value:
        moment = dt.datetime.fromisoformat(value)
        ends = {moment, moment.replace(second=59)}
        if moment.minute == 0:
            ends.add(moment.replace(minute=59, second=59))
        return ends
    start = first_second(value)
    if "-Q" in value or "-H" in value:
        months = 3 if "-Q" in value else 6
        month = start.month + months - 1
    elif value.count("-") == 0:
        month = 12
    else:
        month = start.month
    day = start.day if value.count("-") == 2 else calendar.monthrange(start.year, month)[1]
    return {dt.datetime(start.year, month, day, 23, 59, 59)}


def passes(times: list[str], case: Case) -> bool:
    """Whether a [start, end] jionlp returned spans the case's expected value."""
    try:
        start, end = (dt.datetime.strptime(moment, "%Y-%m-%d %H:%M:%S") for moment in times)
    except (TypeError, ValueError):  # 'inf' or an odd shape
        return False
    return start == first_second(case.start) and end in last_seconds(case.end or case.start)


def jionlp_times(case: Case) -> list[list[str]]:
    """The [start, end] of every time jionlp finds in the case's text."""
    import jionlp

    reference = case.reference
    base = {
        "year": reference.year,
        "month": reference.month,
        "day": reference.day,
        "hour": reference.hour,
        "minute": reference.minute,
        "second": reference.second,
    }
    found = jionlp.ner.extract_time(case.text, time_base=base) or []
    return [result["detail"]["time"] for result in found if isinstance((result.get("detail") or {}).get("time"), list)]


def score_jionlp(path: Path) -> SetScore:
    """jionlp's score on a cases file, as a row of dateline's table."""
    name, cases = load_cases(path)
    right = valued = 0
    errors = []
    for case in cases:
        times = jionlp_times(case)
        if any(passes(span, case) for span in times):
            right += 1
            valued += 1
            continue
        valued += bool(times)
        shown = ", ".join("/".join(span) for span in times)
        errors.append(
            Error(
                "wrong value" if times else "not found",
                case.source,
                f"{case.text!r} -> {shown or 'nothing'}, expected {case.expected}",
            )
        )
    return cases_score(f"{name} (jionlp)", len(cases), right, valued, errors)


def main(argv: list[str]) -> int:
    reason = jionlp_missing()
    if reason:
        print(reason, file=sys.stderr)
        return 2
    paths = [Path(arg) for arg in argv] or CASES
    with contextlib.redirect_stdout(io.StringIO()):
        scores = [score_jionlp(path) for path in paths]
    print(table(scores))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
