"""How the search index is split into bundles by date, so that a change remakes only the bundles it reaches."""

from __future__ import annotations

import datetime as dt
import random

from dateline.search import SearchBundle, plan_bundles


def _pages(dates: list[str]) -> list[tuple[str, str]]:
    return [(date, f"events/{date}-{number}.html") for number, date in enumerate(sorted(dates))]


def _dates(bundle: SearchBundle) -> list[str]:
    return [path.removeprefix("events/").rsplit("-", 1)[0] for path in bundle.pages]


def test_a_site_that_fits_has_one_bundle_at_the_root_of_the_index():
    pages = _pages(["2019-05-01", "2021-12-09", "2021-12-22"])
    assert plan_bundles(pages, limit=3) == [SearchBundle("pagefind/", tuple(path for _, path in pages))]
    assert plan_bundles([], limit=3) == []


def test_a_larger_site_is_cut_by_decade_year_and_month_only_where_a_part_is_over_the_limit():
    dates = [
        "1999-01-01",
        "1999-02-01",
        "2005-01-01",
        "2005-06-01",
        "2005-07-01",
        "2021-01-02",
        "2021-01-03",
        "2021-03-01",
        "2021-03-02",
        "2021-03-03",
        "2021-11-30",
        "2021-Q4",
    ]
    bundles = plan_bundles(_pages(dates), limit=4)
    assert [(bundle.folder, _dates(bundle)) for bundle in bundles] == [
        ("pagefind/199/", ["1999-01-01", "1999-02-01"]),  # 2 + 3 pages would be over the limit
        ("pagefind/200/", ["2005-01-01", "2005-06-01", "2005-07-01"]),
        ("pagefind/2021-01/", ["2021-01-02", "2021-01-03"]),  # the 2020s (7 pages) by year, 2021 by month
        ("pagefind/2021-03/", ["2021-03-01", "2021-03-02", "2021-03-03", "2021-11-30"]),  # neighbours that fit
        ("pagefind/2021-Q4/", ["2021-Q4"]),
    ]


def test_a_day_over_the_limit_stays_one_bundle():
    bundles = plan_bundles(_pages(["2021-12-22"] * 5 + ["2021-12-23"]), limit=2)
    assert [len(bundle.pages) for bundle in bundles] == [5, 1]


def test_a_new_event_changes_no_other_page_s_bundle_while_the_cut_stays_the_same():
    chooser = random.Random(8)
    start = dt.date(2010, 1, 1)
    checked = 0
    for _ in range(200):
        dates = [str(start + dt.timedelta(days=chooser.randrange(5000))) for _ in range(chooser.randrange(20, 120))]
        pages = _pages(dates)
        added = (str(start + dt.timedelta(days=chooser.randrange(5000))), "events/new.html")
        before = plan_bundles(pages, limit=12)
        after = plan_bundles(sorted([*pages, added]), limit=12)
        for given, bundles in ((pages, before), (sorted([*pages, added]), after)):
            assert [path for bundle in bundles for path in bundle.pages] == [path for _, path in given]
            assert all(len(bundle.pages) <= 12 for bundle in bundles)  # no day holds more than 12 here
        if [bundle.folder for bundle in before] == [bundle.folder for bundle in after]:
            checked += 1
            changed = [old for old, new in zip(before, after) if old != new]
            assert len(changed) == 1 and "events/new.html" in {
                path for new in after for path in new.pages if new.folder == changed[0].folder
            }
    assert checked > 100
