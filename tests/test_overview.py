"""The overview at scale: labels that never touch, an axis thinned to its zoom, crowded periods as counted bands."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dateline.overview import OverviewItem, event_bounds, label_boxes, overview_layout
from dateline.ui import UI

WIDTHS = (320, 560, 800)


def _item(event_id: str, date: str, key: bool = False, end_date: str | None = None) -> OverviewItem:
    return OverviewItem(event_id, *event_bounds(date, end_date), key=key, point=len(date) >= 10)


def _layout(items, width: float, language: str = "zh-CN", **options):
    ui = UI(language)
    return overview_layout(items, width=width, label=ui.axis_label, duration=ui.duration, **options)


def _overlapping(boxes):
    return [
        (a, b)
        for number, a in enumerate(boxes)
        for b in boxes[number + 1 :]
        if a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
    ]


def _burst(count: int, first: dt.date, days: int, seed: int = 1, prefix: str = "e") -> list[OverviewItem]:
    rng = random.Random(seed)
    return [
        _item(f"{prefix}{n}", (first + dt.timedelta(days=rng.randint(0, days))).isoformat(), key=rng.random() < 0.3)
        for n in range(count)
    ]


def _accounted(layout, items) -> None:
    """Every event is drawn once: as a marker of its own or counted in one band."""
    drawn = [marker.id for marker in layout.markers]
    assert len(drawn) == len(set(drawn))
    assert len(drawn) + sum(band.count for band in layout.bands) == len(items)


DATES = st.builds(
    lambda day, shape: (
        day.isoformat()
        if shape == "day"
        else day.isoformat()[:7]
        if shape == "month"
        else f"{day.year}-Q{(day.month - 1) // 3 + 1}"
        if shape == "quarter"
        else str(day.year)
    ),
    st.dates(dt.date(1980, 1, 1), dt.date(2030, 12, 31)),
    st.sampled_from(("day", "day", "day", "month", "quarter", "year")),
)


@settings(max_examples=60, deadline=None)
@given(
    dates=st.lists(DATES, min_size=1, max_size=120),
    width=st.sampled_from(WIDTHS),
    language=st.sampled_from(("zh-CN", "en")),
)
def test_no_two_texts_of_the_overview_overlap_nor_leave_it(dates, width, language):
    items = [_item(f"e{n}", date, key=n % 3 == 0) for n, date in enumerate(dates)]
    layout = _layout(items, width, language)
    boxes = label_boxes(layout)
    assert _overlapping(boxes) == []
    assert all(left >= 0 and right <= width for left, _, right, _ in boxes)
    _accounted(layout, items)


@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("count", [5, 50, 500, 5000])
def test_from_five_to_five_thousand_events_every_label_has_room(width, count):
    rng = random.Random(count)
    items = []
    for story in range(max(1, count // 100)):
        first = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 15 * 365))
        items += _burst(min(100, count), first, rng.choice((10, 60, 300)), seed=story, prefix=f"s{story}-")
    items += [_item(f"background{year}", str(year)) for year in range(1990, 2006, 3)]
    layout = _layout(items, width)
    assert _overlapping(label_boxes(layout)) == []
    _accounted(layout, items)
    labelled = [tick for segment in layout.segments for tick in segment.ticks if tick.label]
    assert labelled, "the axis says when"
    assert len(layout.markers) + len(layout.bands) <= width  # what is drawn is bounded by the room, not the events


def test_a_crowded_month_is_one_band_with_its_count_and_quiet_days_stay_dots():
    crowded = _burst(150, dt.date(2021, 12, 1), 27, prefix="dec")
    quiet = [_item("jul", "2021-07-12", key=True), _item("sep", "2021-09-01", key=True)]
    layout = _layout(crowded + quiet, 800)
    assert [(band.period, band.count) for band in layout.bands] == [("2021-12", 150)]
    assert layout.bands[0].label == "150"
    assert {marker.id for marker in layout.markers} == {"jul", "sep"}
    band = layout.bands[0]
    assert all(band.x0 <= x and x + width <= band.x1 + 0.1 and height > 0 for x, width, height in band.bars)


def test_on_a_months_axis_a_crowded_day_is_a_band_of_its_own():
    items = [_item(f"d{n}", "2021-12-22") for n in range(12)] + [_item("a", "2021-12-01"), _item("b", "2021-12-30")]
    layout = _layout(items, 800)
    assert [(band.period, band.count, band.label) for band in layout.bands] == [("2021-12-22", 12, "12")]
    assert {marker.id for marker in layout.markers} == {"a", "b"}


def test_bands_follow_the_zoom_years_when_the_axis_names_years():
    items = []
    for year in range(2010, 2022):
        items += _burst(120, dt.date(year, 3, 1), 200, seed=year, prefix=f"y{year}-")
    layout = _layout(items, 560)
    assert {tick.unit for segment in layout.segments for tick in segment.ticks} == {"year"}
    assert [band.period for band in layout.bands] == [str(year) for year in range(2010, 2022)]
    _accounted(layout, items)


@pytest.mark.parametrize(
    "first, last, unit",
    [("1980-01-01", "2024-06-30", "year"), ("2021-01-05", "2021-12-20", "month"), ("2021-12-01", "2021-12-31", "day")],
)
def test_the_axis_is_labelled_at_the_step_its_zoom_allows(first, last, unit):
    start, end = dt.date.fromisoformat(first), dt.date.fromisoformat(last)
    step = max(1, (end - start).days // 60)
    items = [_item(f"e{n}", (start + dt.timedelta(days=n)).isoformat()) for n in range(0, (end - start).days + 1, step)]
    for width in WIDTHS:
        layout = _layout(items, width)
        labelled = [tick for segment in layout.segments for tick in segment.ticks if tick.label]
        assert {tick.unit for tick in labelled} == {unit}, width
        assert len(labelled) >= 2
    wide, narrow = (_layout(items, width) for width in (800, 320))
    assert sum(1 for s in wide.segments for t in s.ticks if t.label) >= sum(
        1 for s in narrow.segments for t in s.ticks if t.label
    )


def test_labels_name_the_periods_their_pages_are_for():
    layout = _layout([_item("a", "2021-01-05"), _item("b", "2021-12-20")], 800)
    periods = [tick.period for segment in layout.segments for tick in segment.ticks if tick.label]
    assert periods and all(len(period) == 7 and period.startswith("2021-") for period in periods)


def test_background_years_keep_to_a_corner_of_the_axis():
    background = [_item(f"bg{year}", str(year)) for year in range(1990, 2008, 2)]
    story = _burst(300, dt.date(2012, 1, 1), 3000)
    for width in WIDTHS:
        layout = _layout(background + story, width, coarse_width=72 if width > 400 else 44)
        assert len(layout.segments) == 2 and len(layout.breaks) == 1
        days = layout.segments[1]
        assert days.x1 - days.x0 >= 0.6 * (width - 28 - (layout.breaks[0].x1 - layout.breaks[0].x0))


def test_only_the_longest_quiet_stretches_are_cut():
    items = [_item(f"e{year}", f"{year}-06-01") for year in (1990, 1995, 1997, 2010, 2012)]
    layout = _layout(items, 800, max_breaks=2)
    assert sorted(cut.days for cut in layout.breaks) == [
        (dt.date(1995, 6, 1) - dt.date(1990, 6, 1)).days,
        (dt.date(2010, 6, 1) - dt.date(1997, 6, 1)).days,
    ]


def test_gaps_are_bracketed_only_while_few_key_events_are_drawn():
    few = [_item(f"k{n}", f"2021-{n + 1:02d}-15", key=True) for n in range(6)]
    assert len(_layout(few, 800).gaps) == 5
    many = [_item(f"k{n}", (dt.date(2015, 1, 1) + dt.timedelta(days=40 * n)).isoformat(), key=True) for n in range(40)]
    assert _layout(many, 800).gaps == ()
