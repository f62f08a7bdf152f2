"""The timeline overview: where every event sits on one time axis, computed at build time.

`overview_layout` is pure geometry (dates in, coordinates out) so it can be
tested without a browser; the `overview_svg` macro of templates/_macros.html
draws the result as inline SVG. It holds from five events to thousands:

- long empty stretches (more than `break_after_days`) are cut out of the axis
  and drawn as a labelled break; everything else is to scale;
- the axis is labelled at the finest step (days, months, years) whose labels,
  measured, do not touch: zoomed out it names years, zoomed in months or days;
- events too close together to draw one by one become a density band for each
  period (a day, a month or a year, the shortest that is wide enough to read
  at the zoom), with their count;
- no two texts drawn overlap: each is placed on a row only where it is free.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass

from .axis import LABEL_PAD, TextRows, Tick, axis_ticks, default_label, text_width

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
    shown: bool  # the label is drawn (else it would touch another); it is the break's title either way


@dataclass(frozen=True)
class Band:
    """A period's events that are too close together to draw one by one, drawn as their density, with a count."""

    period: str  # "2021" or "2021-12": the page that lists them
    first: str  # id of its earliest event
    start: dt.date  # the first and last day of its events
    end: dt.date
    count: int
    key_count: int
    x0: float
    x1: float
    bars: tuple[tuple[float, float, float], ...]  # the histogram: (x, width, height) above the axis
    label: str  # the count as drawn; "" where it would touch another label
    label_x: float
    label_y: float


@dataclass(frozen=True)
class Gap:
    """The time between two events that matter, drawn as a bracket above the axis."""

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
    bands: tuple[Band, ...] = ()
    gaps: tuple[Gap, ...] = ()
    band_height: float = 0.0  # the tallest histogram bar

    def texts(self) -> Iterator[tuple[str, float, float, float]]:
        """Every text drawn: (text, middle x, baseline y, font weight factor)."""
        for segment in self.segments:
            for tick in segment.ticks:
                if tick.label:
                    yield tick.label, tick.label_x, self.label_y, 1.0
        for cut in self.breaks:
            if cut.shown:
                yield cut.label, (cut.x0 + cut.x1) / 2, self.label_y, 1.0
        for band in self.bands:
            if band.label:
                yield band.label, band.label_x, band.label_y, 1.0
        for gap in self.gaps:
            yield gap.label, gap.label_x, gap.label_y, BOLD


#: Gap labels are drawn bold (style.css), which is about this much wider.
BOLD = 1.1


def label_boxes(layout: OverviewLayout) -> list[tuple[float, float, float, float]]:
    """The box (left, top, right, bottom) each text of the layout takes, as placed: none touches another."""
    size = layout.font_size
    return [
        (x - half, y - 0.9 * size, x + half, y + 0.25 * size)
        for text, x, y, weight in layout.texts()
        for half in (text_width(text, size) * weight / 2,)
    ]


def overview_layout(
    items: Sequence[OverviewItem],
    *,
    width: float = 800,
    label: Callable[[dt.date, str, bool], str] = default_label,
    duration: Callable[[int], str] = str,
    count: Callable[[int], str] = str,
    font_size: float = 12,
    margin: float = 14,
    break_width: float = 64,
    coarse_width: float = 72,
    min_segment: float = 40,
    break_after_days: int = 365,
    marker_gap: float = 13,
    lanes: int = 4,
    intervals: Sequence[tuple[str, str]] = (),
    max_gaps: int = 12,
    max_breaks: int = 3,
) -> OverviewLayout:
    """Place every item on a horizontal axis `width` units wide.

    `label(day, unit, first)` words a tick ("2021年", "12月", "12月9日"; the
    first of a segment may name the year), `duration(days)` the length of a
    break or a gap ("15天", "15 days"), `count(n)` a band's count. The gaps
    bracketed are the `intervals` (earlier id, later id) that sources talk
    about, then those between consecutive key events, while there are at most
    `max_gaps` of them.
    """
    rows = TextRows(width, LABEL_PAD * font_size)
    ordered = sorted(items, key=lambda item: (item.start, -(item.end - item.start).days, item.id))
    if not ordered:
        return _assembled(width, font_size, (lanes - 1) * LANE_STEP, (), (), [], [], [])
    groups = _groups(ordered, break_after_days, max_breaks)
    spans = [_padded_span(group) for group in groups]
    gaps_days = [(after[0].start - max(item.end for item in before)).days for before, after in zip(groups, groups[1:])]
    break_texts = [duration(days) for days in gaps_days]
    break_widths = [max(break_width, text_width(text, font_size) + 2 * rows.pad) for text in break_texts]
    widths = _segment_widths(groups, spans, width - 2 * margin - sum(break_widths), coarse_width, min_segment)
    segments, positions, units, breaks = [], {}, [], []
    x = margin
    for index, (group, (start, end), segment_width) in enumerate(zip(groups, spans, widths)):
        if index:  # the break before this stretch, labelled first: the label says how much is left out
            text, cut = break_texts[index - 1], break_widths[index - 1]
            half, middle = text_width(text, font_size) / 2, x + cut / 2
            shown = rows.free("axis", middle - half, middle + half)
            if shown:
                rows.take("axis", middle - half, middle + half)
            breaks.append(AxisBreak(round(x, 1), round(x + cut, 1), gaps_days[index - 1], text, shown))
            x += cut
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
                positions[item.id] = (place(item.start), place(days_from(item.end, 1)))
        ticks = axis_ticks(start, end, place, segment_width, label, font_size, rows)
        units.append(_band_unit(segment_width / total_days))
        segments.append(Segment(round(x, 1), round(x + segment_width, 1), start, end, ticks))
        x += segment_width

    markers, bands = _dots_and_bands(groups, units, positions, marker_gap, lanes)
    lanes_height = (lanes - 1) * LANE_STEP
    shapes = _band_shapes(bands, positions, lanes_height + 4)
    # Band counts before gaps: on a crowded axis the counts say more.
    placed_bands = []
    for shape in shapes:
        text = count(shape.count)
        middle, row = _place_on_top(rows, (shape.x0 + shape.x1) / 2, text_width(text, font_size))
        placed_bands.append((shape, text if row is not None else "", middle, row))
    placed_gaps = []
    for earlier, later in _gap_pairs(groups, intervals, {marker.id for marker in markers if marker.point}, max_gaps):
        days = (later.start - earlier.start).days
        text = duration(days)
        x0, x1 = positions[earlier.id][0], positions[later.id][0]
        middle, row = _place_on_top(rows, (x0 + x1) / 2, text_width(text, font_size) * BOLD)
        if row is not None:
            placed_gaps.append((earlier.id, later.id, days, text, x0, x1, middle, row))
    return _assembled(width, font_size, lanes_height, segments, breaks, markers, placed_bands, placed_gaps)


#: How far apart lanes of dots are, above the axis; a band's histogram is no taller than the lanes.
LANE_STEP = 15.0
#: Rows of text above the lanes, for band counts and gap labels.
TOP_ROWS = 2


def _groups(ordered: list[OverviewItem], break_after_days: int, max_breaks: int) -> list[list[OverviewItem]]:
    """The items in stretches of time, cut where nothing happens for more than break_after_days.

    Stretches with no day-dated event next to each other (a background year
    here and there) stay one stretch; and since each cut takes room of its
    own, only the max_breaks longest gaps are cut.
    """
    stretches: list[list[OverviewItem]] = [[ordered[0]]]
    gaps: list[int] = []  # gaps[n]: the days between stretches n and n + 1
    group_end = ordered[0].end
    for item in ordered[1:]:
        if (item.start - group_end).days > break_after_days:
            gaps.append((item.start - group_end).days)
            stretches.append([])
        stretches[-1].append(item)
        group_end = max(group_end, item.end)
    coarse = [not any(item.point for item in stretch) for stretch in stretches]
    cuttable = [n for n in range(len(gaps)) if not (coarse[n] and coarse[n + 1])]
    cuts = set(sorted(cuttable, key=lambda n: (-gaps[n], n))[:max_breaks])
    groups = [stretches[0]]
    for n, stretch in enumerate(stretches[1:]):
        if n in cuts:
            groups.append([])
        groups[-1].extend(stretch)
    return groups


def _padded_span(group: list[OverviewItem]) -> tuple[dt.date, dt.date]:
    """The days a stretch of the axis shows: its events', with a little room around dots."""
    start, end = group[0].start, max(item.end for item in group)
    pad = max(1, round(((end - start).days + 1) * 0.04)) if any(item.point for item in group) else 0
    return days_from(start, -pad), days_from(end, pad)


def days_from(day: dt.date, days: int) -> dt.date:
    """The day `days` after `day`, held at the calendar's first and last days (an event may be on either)."""
    room = (dt.date.max - day).days if days > 0 else (dt.date.min - day).days
    return day + dt.timedelta(days=min(days, room) if days > 0 else max(days, room))


def _place_on_top(rows: TextRows, x: float, text_width: float) -> tuple[float, int | None]:
    """Where a text above the lanes goes: its middle, and the first row where it is free (None: nowhere)."""
    half = text_width / 2
    middle = rows.middle(x, half)
    row = next((row for row in range(TOP_ROWS) if rows.free(row, middle - half, middle + half)), None)
    if row is not None:
        rows.take(row, middle - half, middle + half)
    return middle, row


def _assembled(
    width: float,
    font_size: float,
    lanes_height: float,
    segments: Sequence[Segment],
    breaks: Sequence[AxisBreak],
    markers: list[Marker],
    placed_bands: list[tuple[Band, str, float, int | None]],
    placed_gaps: list[tuple[str, str, int, str, float, float, float, int]],
) -> OverviewLayout:
    """The layout, its heights known now that the rows of text above the lanes are: as many as are used."""
    rows_used = 1 + max(
        [row for *_, row in placed_bands if row is not None] + [gap[-1] for gap in placed_gaps], default=-1
    )
    row_step = font_size + 6
    first_row = lanes_height + 14  # baseline of the lowest row, above the top lane's dots and the tallest band
    axis_y = first_row + (rows_used - 1) * row_step + font_size + 2 if rows_used else lanes_height + 10
    label_y = axis_y + font_size + 10

    def row_y(row: int | None) -> float:
        return round(axis_y - first_row - (row or 0) * row_step, 1)

    bands = tuple(
        dataclasses.replace(shape, label=text, label_x=round(middle, 1), label_y=row_y(row) if text else 0.0)
        for shape, text, middle, row in placed_bands
    )
    gaps = tuple(
        Gap(earlier, later, round(x0, 1), round(x1, 1), days, text, round(middle, 1), row_y(row), row_y(row) + 4)
        for earlier, later, days, text, x0, x1, middle, row in sorted(placed_gaps, key=lambda gap: (gap[4], gap[5]))
    )
    return OverviewLayout(
        width,
        round(label_y + 0.3 * font_size + 2, 1),
        round(axis_y, 1),
        round(label_y, 1),
        font_size,
        tuple(segments),
        tuple(breaks),
        tuple(
            Marker(m.id, m.x, m.x_end, round(axis_y - m.y, 1), m.key, m.point)
            for m in sorted(markers, key=lambda m: (m.point, m.x, m.id))
        ),
        bands,
        gaps,
        lanes_height + 4,
    )


#: At most this share of the axis goes to stretches with no day-dated event (a year's background, say).
COARSE_SHARE = 0.35


def _segment_widths(
    groups: list[list[OverviewItem]],
    spans: list[tuple[dt.date, dt.date]],
    available: float,
    coarse_width: float,
    min_segment: float,
) -> list[float]:
    """How wide each stretch of the axis is: to scale, except that one without a day-dated event is kept small
    (coarse_width, or less where there are many), leaving the room to the days."""
    fixed = [not any(item.point for item in group) for group in groups]
    if all(fixed):
        total = sum((end - start).days + 1 for start, end in spans)
        return [available * ((end - start).days + 1) / total for start, end in spans]
    coarse = min(coarse_width, available * COARSE_SHARE / max(1, sum(fixed)))
    free = available - coarse * sum(fixed)
    scaled_days = sum((end - start).days + 1 for (start, end), f in zip(spans, fixed) if not f)
    widths = [
        coarse if is_fixed else max(min_segment, free * ((end - start).days + 1) / scaled_days)
        for (start, end), is_fixed in zip(spans, fixed)
    ]
    excess = sum(widths) - available  # minimum widths may overflow: take it from the widest segment
    if excess > 0:
        widest = max(range(len(widths)), key=widths.__getitem__)
        widths[widest] -= excess
    return widths


def _dots_and_bands(
    groups: list[list[OverviewItem]],
    units: list[str],
    positions: dict[str, tuple[float, float]],
    marker_gap: float,
    lanes: int,
) -> tuple[list[Marker], list[tuple[str, list[OverviewItem]]]]:
    """The markers drawn one by one (y: height above the axis), and the bands: (period, its events).

    Dots closer than marker_gap form a run; a run whose dots all find a free
    lane is drawn dot by dot. A period (a day, a month or a year: the unit
    given for the stretch) with a run that does not fit, or with bars over
    each other, is crowded: its events are drawn as one band.
    """
    markers: list[Marker] = []
    bands: list[tuple[str, list[OverviewItem]]] = []
    for group, unit in zip(groups, units):
        crowded: set[str] = set()
        lanes_of: dict[str, int] = {}
        points = sorted((item for item in group if item.point), key=lambda item: (positions[item.id][0], item.id))
        runs: list[list[OverviewItem]] = []
        for item in points:
            if runs and positions[item.id][0] - positions[runs[-1][-1].id][0] < marker_gap:
                runs[-1].append(item)
            else:
                runs.append([item])
        for run in runs:
            lane_ends = [-math.inf] * lanes
            for item in run:
                x = positions[item.id][0]
                lane = next((lane for lane in range(lanes) if lane_ends[lane] + marker_gap <= x), None)
                if lane is None:  # its period is crowded; the others of the run keep their lanes
                    crowded.add(_band_period(item.start, unit))
                    continue
                lane_ends[lane] = x
                lanes_of[item.id] = lane
        bars = sorted((item for item in group if not item.point), key=lambda item: positions[item.id])
        for before, after in zip(bars, bars[1:]):
            if positions[after.id][0] < positions[before.id][1] - 0.5:
                crowded.update(_band_period(item.start, unit) for item in (before, after))
        for item in sorted(group, key=lambda item: (positions[item.id][0], item.id)):
            period = _band_period(item.start, unit)
            if period in crowded:
                if not bands or bands[-1][0] != period:
                    bands.append((period, []))
                bands[-1][1].append(item)
            else:
                x0, x1 = positions[item.id]
                height = lanes_of[item.id] * LANE_STEP if item.point else 0.0
                markers.append(Marker(item.id, round(x0, 1), round(x1, 1), height, item.key, item.point))
    return markers, bands


#: A band stands for the shortest period (a day, a month, a year) at least this wide on the axis.
BAND_MIN_WIDTH = 20


def _band_unit(per_day: float) -> str:
    return "day" if per_day >= BAND_MIN_WIDTH else "month" if per_day * 30.44 >= BAND_MIN_WIDTH else "year"


def _band_period(day: dt.date, unit: str) -> str:
    """The period a band stands for, at the axis's unit: a year, a month or a day."""
    return day.isoformat()[: {"year": 4, "month": 7}.get(unit, 10)]


def _band_shapes(
    bands: list[tuple[str, list[OverviewItem]]], positions: dict[str, tuple[float, float]], band_height: float
) -> list[Band]:
    """Each band's extent and histogram, its label not placed yet; a bar is as tall as its share of the densest."""
    bin_width, half_dot = 3.0, 3.0
    extents = []
    for _, members in bands:
        extents.append(
            [
                min(positions[item.id][0] for item in members) - half_dot,
                max(positions[item.id][1] for item in members) + half_dot,
            ]
        )
    for before, after in zip(extents, extents[1:]):  # bands of neighbouring periods meet halfway, a line apart
        if before[1] > after[0] - 1:
            middle = (before[1] + after[0]) / 2
            before[1], after[0] = middle - 0.5, middle + 0.5
    histograms = []
    for (_, members), (x0, _) in zip(bands, extents):
        bins: dict[int, int] = {}
        for item in members:
            number = int((sum(positions[item.id]) / 2 - (x0 - 0.5)) // bin_width)
            bins[number] = bins.get(number, 0) + 1
        histograms.append(bins)
    densest = max((n for bins in histograms for n in bins.values()), default=1)
    shapes = []
    for (period, members), (x0, x1), bins in zip(bands, extents, histograms):
        bars = []
        for number, n in sorted(bins.items()):
            bar_x, bar_end = max(x0 - 0.5 + number * bin_width, x0), min(x0 - 0.5 + (number + 1) * bin_width, x1)
            if bar_end > bar_x:
                bars.append(
                    (
                        round(bar_x, 1),
                        round(bar_end - bar_x, 1),
                        round(3 + (band_height - 3) * math.sqrt(n / densest), 1),
                    )
                )
        shapes.append(
            Band(
                period,
                members[0].id,
                members[0].start,
                max(item.start for item in members),
                len(members),
                sum(1 for item in members if item.key),
                round(x0, 1),
                round(x1, 1),
                tuple(bars),
                "",
                0.0,
                0.0,
            )
        )
    return shapes


def _gap_pairs(
    groups: list[list[OverviewItem]], intervals: Sequence[tuple[str, str]], drawn: set[str], max_gaps: int
) -> list[tuple[OverviewItem, OverviewItem]]:
    """The pairs of events whose time apart is bracketed: intervals sources state, then consecutive key dots."""
    stated: list[tuple[OverviewItem, OverviewItem]] = []
    between_keys: list[tuple[OverviewItem, OverviewItem]] = []
    for group in groups:
        by_id = {item.id: item for item in group}
        stated.extend((by_id[a], by_id[b]) for a, b in intervals if a in by_id and b in by_id)
        keys = [item for item in group if item.key and item.id in drawn]
        between_keys.extend(zip(keys, keys[1:]))
    pairs = stated + (between_keys if len(stated) + len(between_keys) <= max_gaps else [])
    seen, chosen = set(), []
    for earlier, later in pairs[:max_gaps]:
        if (later.start - earlier.start).days > 0 and (earlier.id, later.id) not in seen:
            seen.add((earlier.id, later.id))
            chosen.append((earlier, later))
    return chosen
