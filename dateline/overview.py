"""The timeline overview: where every event sits on one time axis, computed at build time.

`overview_layout` is pure geometry (dates in, coordinates out) so it can be
tested without a browser; `templates/_overview.html` draws the result as inline
SVG. Long empty stretches (more than `break_after_days`) are cut out of the axis
and drawn as a labelled break, so twenty quiet years do not squash the months
that matter; everything else is to scale.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass

_DATE = re.compile(r"^(\d{4})(?:-(?:(Q[1-4])|(H[12])|(\d{2})(?:-(\d{2}))?))?(?:T.*)?$")


def period_bounds(date: str) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of the period an ISO date names at its granularity."""
    match = _DATE.match(date)
    if not match:
        raise ValueError(f"not an ISO date at a granularity: {date!r}")
    year = int(match.group(1))
    quarter, half, month, day = match.group(2), match.group(3), match.group(4), match.group(5)
    if day:
        first = dt.date(year, int(month), int(day))
        return first, first
    if month:
        first_month = last_month = int(month)
    elif quarter:
        first_month = 3 * int(quarter[1]) - 2
        last_month = first_month + 2
    elif half:
        first_month = 6 * int(half[1]) - 5
        last_month = first_month + 5
    else:
        first_month, last_month = 1, 12
    return dt.date(year, first_month, 1), dt.date(year, last_month, calendar.monthrange(year, last_month)[1])


def event_bounds(date: str, end_date: str | None) -> tuple[dt.date, dt.date]:
    """The days an event covers: from the start of `date` to the end of `end_date` (or of `date`)."""
    start, end = period_bounds(date)
    if end_date:
        end = max(end, period_bounds(end_date)[1])
    return start, end


def text_width(text: str, font_size: float) -> float:
    """Roughly how wide text is drawn: wide (CJK) characters one em, others about half."""
    return sum(font_size if unicodedata.east_asian_width(c) in "WF" else 0.6 * font_size for c in text)


@dataclass(frozen=True)
class OverviewItem:
    """One event as the overview needs it."""

    id: str
    start: dt.date
    end: dt.date  # inclusive
    key: bool
    point: bool  # dated to the day: drawn as a dot; otherwise as a bar over its period


@dataclass(frozen=True)
class Marker:
    id: str
    x: float  # centre of a dot, or left end of a bar
    x_end: float  # equal to x for a dot
    y: float
    key: bool
    point: bool


@dataclass(frozen=True)
class Tick:
    x: float
    date: dt.date
    unit: str  # "year", "month" or "day"
    labelled: bool
    first: bool  # the first labelled tick of its segment (labels may then name the year)


@dataclass(frozen=True)
class Segment:
    x0: float
    x1: float
    start: dt.date
    end: dt.date
    ticks: tuple[Tick, ...]


@dataclass(frozen=True)
class AxisBreak:
    x0: float
    x1: float
    days: int
    label: str


@dataclass(frozen=True)
class Gap:
    """The time between two consecutive key events, drawn as a bracket above the axis."""

    earlier: str
    later: str
    x0: float
    x1: float
    days: int
    label: str
    label_x: float
    label_y: float
    bracket_y: float


@dataclass(frozen=True)
class OverviewLayout:
    width: float
    height: float
    axis_y: float
    label_y: float  # baseline of tick labels
    font_size: float
    segments: tuple[Segment, ...]
    breaks: tuple[AxisBreak, ...]
    markers: tuple[Marker, ...]
    gaps: tuple[Gap, ...]


def overview_layout(
    items: Sequence[OverviewItem],
    *,
    width: float = 800,
    duration: Callable[[int], str] = str,
    font_size: float = 12,
    margin: float = 14,
    break_width: float = 64,
    coarse_width: float = 72,
    min_segment: float = 40,
    break_after_days: int = 365,
    marker_gap: float = 13,
    lanes: int = 3,
    intervals: Sequence[tuple[str, str]] = (),
) -> OverviewLayout:
    """Place every item on a horizontal axis `width` units wide.

    The gaps labelled are those between consecutive key events and the
    `intervals` (earlier id, later id) that sources talk about, which come first.
    `duration(days)` words a length of time for the labels of breaks and gaps
    ("15天", "15 days"); a gap label is drawn only where it does not collide.
    """
    axis_y, lane_step = 80.0, 15.0
    label_y = axis_y + font_size + 10
    height = label_y + 6
    ordered = sorted(items, key=lambda item: (item.start, -(item.end - item.start).days, item.id))
    if not ordered:
        return OverviewLayout(width, height, axis_y, label_y, font_size, (), (), (), ())

    groups: list[list[OverviewItem]] = [[ordered[0]]]
    group_end = ordered[0].end
    for item in ordered[1:]:
        if (item.start - group_end).days > break_after_days:
            groups.append([])
        groups[-1].append(item)
        group_end = max(group_end, item.end)

    spans = []
    for group in groups:
        start, end = group[0].start, max(item.end for item in group)
        days = (end - start).days + 1
        pad = max(1, round(days * 0.04)) if any(item.point for item in group) else 0
        spans.append((start - dt.timedelta(days=pad), end + dt.timedelta(days=pad)))
    fixed = [not any(item.point for item in group) for group in groups]
    available = width - 2 * margin - break_width * (len(groups) - 1)
    free = available - sum(coarse_width for f in fixed if f)
    scaled_days = sum((end - start).days + 1 for (start, end), f in zip(spans, fixed) if not f)
    widths = []
    for (start, end), is_fixed in zip(spans, fixed):
        if is_fixed:
            widths.append(coarse_width if free > 0 else available / len(groups))
        else:
            widths.append(max(min_segment, free * ((end - start).days + 1) / scaled_days))
    excess = sum(widths) - available  # minimum widths may overflow: take it from the widest segment
    if excess > 0:
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= excess

    segments, breaks, positions = [], [], {}
    x = margin
    for index, (group, (start, end), segment_width) in enumerate(zip(groups, spans, widths)):
        if index:
            previous_end = max(item.end for item in groups[index - 1])
            days = (group[0].start - previous_end).days
            breaks.append(AxisBreak(x, x + break_width, days, duration(days)))
            x += break_width
        total_days = (end - start).days + 1

        def place(
            day: dt.date, x0: float = x, first: dt.date = start, total: int = total_days, span: float = segment_width
        ) -> float:
            return x0 + span * (day - first).days / total

        for item in group:
            if item.point:
                centre = place(item.start) + segment_width / total_days / 2
                positions[item.id] = (centre, centre)
            else:
                positions[item.id] = (place(item.start), place(item.end + dt.timedelta(days=1)))
        ticks = _ticks(start, end, place, segment_width, total_days, font_size)
        segments.append(Segment(x, x + segment_width, start, end, ticks))
        x += segment_width

    # Periods are bands on the axis itself, drawn first; dots too close to share a line go up a lane.
    markers = [
        Marker(item.id, round(positions[item.id][0], 1), round(positions[item.id][1], 1), axis_y, item.key, False)
        for item in ordered
        if not item.point
    ]
    lane_ends = [-1e9] * lanes
    for item in sorted((item for item in ordered if item.point), key=lambda item: (positions[item.id][0], item.id)):
        x0, x1 = positions[item.id]
        free_lanes = [lane for lane in range(lanes) if lane_ends[lane] + marker_gap <= x0]
        lane = free_lanes[0] if free_lanes else min(range(lanes), key=lane_ends.__getitem__)
        lane_ends[lane] = max(lane_ends[lane], x1)
        markers.append(Marker(item.id, round(x0, 1), round(x1, 1), axis_y - lane * lane_step, item.key, True))

    gaps = _gaps(positions, groups, intervals, duration, width, font_size, top=axis_y - (lanes - 1) * lane_step - 16)
    return OverviewLayout(
        width, height, axis_y, label_y, font_size, tuple(segments), tuple(breaks), tuple(markers), gaps
    )


def _ticks(
    start: dt.date,
    end: dt.date,
    place: Callable[[dt.date], float],
    segment_width: float,
    total_days: int,
    font_size: float,
) -> tuple[Tick, ...]:
    """Year, month or day ticks for one segment, labelled where the labels have room."""
    if total_days > 3 * 365 or total_days >= 365 and segment_width < 120:
        unit, days = "year", [dt.date(year, 1, 1) for year in range(start.year, end.year + 1)]
        days = [day for day in days if day >= start] or [start]
    elif total_days > 45:
        unit, days = "month", []
        year, month = start.year, start.month
        while dt.date(year, month, 1) <= end:
            if dt.date(year, month, 1) >= start:
                days.append(dt.date(year, month, 1))
            year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    else:
        per_day = segment_width / total_days
        step = next((s for s in (1, 2, 7, 14) if per_day * s >= font_size * 3.5), 14)
        unit, days = "day", [start + dt.timedelta(days=n) for n in range(0, total_days, step)]
    ticks: list[Tick] = []
    last_label = -1e9
    min_spacing = font_size * (3.2 if unit == "month" else 3.6)
    for day in days:
        x = place(day)
        labelled = x - last_label >= min_spacing
        if labelled:
            last_label = x
        ticks.append(Tick(round(x, 1), day, unit, labelled, labelled and not any(t.labelled for t in ticks)))
    return tuple(ticks)


def _gaps(
    positions: dict,
    groups: list[list[OverviewItem]],
    intervals: Sequence[tuple[str, str]],
    duration: Callable[[int], str],
    width: float,
    font_size: float,
    top: float,
) -> tuple[Gap, ...]:
    """Brackets between events that matter, with labels placed on two rows without overlap."""
    pairs: list[tuple[OverviewItem, OverviewItem]] = []
    for group in groups:
        by_id = {item.id: item for item in group}
        pairs.extend((by_id[a], by_id[b]) for a, b in intervals if a in by_id and b in by_id)
    for group in groups:
        keys = [item for item in group if item.key]
        pairs.extend(zip(keys, keys[1:]))
    rows: list[list[tuple[float, float]]] = [[], []]
    gaps, seen = [], set()
    for earlier, later in pairs:
        days = (later.start - earlier.start).days
        if days <= 0 or (earlier.id, later.id) in seen:
            continue
        seen.add((earlier.id, later.id))
        x0, x1 = positions[earlier.id][0], positions[later.id][0]
        label = duration(days)
        half = text_width(label, font_size) / 2 + 3
        centre = min(max((x0 + x1) / 2, half), width - half)
        for row, taken in enumerate(rows):
            if all(centre + half <= left or centre - half >= right for left, right in taken):
                taken.append((centre - half, centre + half))
                bracket_y = top - row * (font_size + 6)
                gaps.append(
                    Gap(
                        earlier.id,
                        later.id,
                        round(x0, 1),
                        round(x1, 1),
                        days,
                        label,
                        round(centre, 1),
                        bracket_y - 4,
                        bracket_y,
                    )
                )
                break
    return tuple(sorted(gaps, key=lambda gap: (gap.x0, gap.x1)))
