"""What the timeline pages show, from five events to thousands: the home page, every event, each year and month.

The home page lists the key events, at most HOME_EVENTS of them, chosen
across the years; the rest of a year is on its page, one click away. A year
page lists every event of the year while they fit on a page, else its key
events with the rest on the months' pages. Each of these pages draws the
overview of what it covers (overview.py) and links the periods around it.
Everything here is made from the events a page covers, never from the whole
site, so that a year or month page costs what it shows.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from .model import Event
from .overview import OverviewItem, OverviewLayout, overview_layout
from .templating import period_key, url_path
from .views import PageViews

#: Events the home page lists at most: the key events, chosen across the years when there are more.
HOME_EVENTS = 50
#: A page lists all its events up to this many; a year with more lists its key events (YEAR_EVENTS of them),
#: and the page of all events becomes an index of the years and months.
ONE_PAGE_EVENTS = 200
YEAR_EVENTS = 60
#: The overview is laid out once per screen size (style.css shows the one that fits), so its text is never
#: scaled much: the narrow one is drawn about as wide as a 320-375 px phone shows it.
OVERVIEW_WIDTHS = {"wide": 800, "medium": 560, "narrow": 320}


def year_of(event: Event) -> str:
    return event.date[:4]


def month_of(event: Event) -> str:
    """The month page an event is listed on, or "" (an event dated to a year, half or quarter is on none)."""
    key = period_key(event)
    return key if len(key) == 7 and key[5].isdigit() else ""


def rank(event: Event) -> tuple:
    """Which of two events matters more: the editors' importance, then the number of independent sources."""
    return (-event.importance, -event.independent_sources, event.date, event.id)


def highlights(events: Sequence[Event], key_ids: set[str], budget: int, period: Callable[[Event], str]) -> list[Event]:
    """The events a page lists when it cannot list them all: its key events (all of them if it has none),
    at most `budget`, shared among the periods (years, months) in proportion to how many each has, the
    most important of each; in the order given. A period whose share is too small to make one event may
    get none: the busy periods are the story, and every period has its own page."""
    candidates = [event for event in events if event.id in key_ids] or list(events)
    if len(candidates) <= budget:
        return candidates
    by_period: dict[str, list[Event]] = {}
    for event in candidates:
        by_period.setdefault(period(event), []).append(event)
    ranked = {name: sorted(members, key=rank) for name, members in by_period.items()}
    shares = {name: budget * len(members) / len(candidates) for name, members in ranked.items()}
    quota = {name: int(share) for name, share in shares.items()}
    # The seats left go to the largest remainders, the period with the more important event first on a tie.
    leftover = budget - sum(quota.values())
    for name in sorted(shares, key=lambda name: (-(shares[name] % 1), rank(ranked[name][0])))[:leftover]:
        quota[name] += 1
    chosen = {event.id for name, members in ranked.items() for event in members[: quota[name]]}
    return [event for event in candidates if event.id in chosen]


class TimelineViews:
    """The views of the timeline pages (home, all events, years, months) in one UI language."""

    def __init__(self, views: PageViews):
        self.views = views
        self.site = views.site
        self.ui = views.ui
        self.t = views.t
        self.years = sorted(self.site.by_year)
        self.months = sorted(self.site.by_month)
        self._site_layouts: dict[str, OverviewLayout] = {}  # the whole site's, drawn on the home and all pages
        self._home: set[str] | None = None  # the events the home page lists

    # -- what a page lists -------------------------------------------------------------

    def groups(self, events: Sequence[Event], more: dict[str, tuple[int, str]] | None = None) -> list[dict]:
        """Events by year, then by month, for sticky headings; an event dated to a coarser period (a year, a
        half, a quarter) is listed at its place without a heading of its own, its date saying which.

        `more` maps a year or a month to (events of it not listed, the page that lists them); each gets a
        link after the events it does list.
        """
        more = more or {}
        years: list[dict] = []
        for event in events:
            year = year_of(event)
            if not years or years[-1]["key"] != year:
                years.append(self._year_group(year, more))
            key = period_key(event)
            periods = years[-1]["periods"]
            if not periods or periods[-1]["key"] != key:
                month = key if key == month_of(event) else ""
                periods.append(
                    {
                        "key": key,
                        "heading": bool(month),
                        "full": self.ui.period_in_year(key),
                        "short": self.ui.period(key),
                        "archive": url_path("months", f"{key}.html") if month in self.site.by_month else "",
                        "more": self._more(key, more),
                        "events": [],
                    }
                )
            periods[-1]["events"].append(self.views.summary(event))
        return years

    def _year_group(self, year: str, more: dict[str, tuple[int, str]]) -> dict:
        return {
            "key": year,
            "label": self.ui.date(year),
            "path": url_path("years", f"{year}.html"),
            "periods": [],
            "more": self._more(year, more),
        }

    def _more(self, period: str, more: dict[str, tuple[int, str]]) -> dict | None:
        if period not in more or not more[period][0]:
            return None
        count, path = more[period]
        return {"text": self.t["more_in_period"].format(n=count, period=self.ui.date(period)), "path": path}

    def home(self) -> tuple[list[Event], list[dict]]:
        """The home page's events and their groups: the key events, at most HOME_EVENTS, each year's others
        one link away on the year's page."""
        site = self.site
        shown = highlights(site.events, site.key_ids, HOME_EVENTS, year_of)
        listed = {event.id for event in shown}
        more = {
            year: (sum(1 for event in members if event.id not in listed), url_path("years", f"{year}.html"))
            for year, members in site.by_year.items()
        }
        return shown, self.groups(shown, more)

    def listed_at(self, event: Event) -> str:
        """Where the timeline lists an event: the home page if it is among its events, else the page of all
        events, of its year or of its month, whichever lists it."""
        if self._home is None:
            self._home = {e.id for e in highlights(self.site.events, self.site.key_ids, HOME_EVENTS, year_of)}
        year, month = year_of(event), month_of(event)
        if event.id in self._home:
            path = "index.html"
        elif len(self.site.events) <= ONE_PAGE_EVENTS:
            path = "all.html"
        elif len(self.site.by_year[year]) <= ONE_PAGE_EVENTS or not month:
            path = url_path("years", f"{year}.html")
        else:
            path = url_path("months", f"{month}.html")
        return f"{path}#{event.id}"

    def year(self, year: str) -> tuple[list[Event], list[dict]]:
        """A year page's events and groups: all of them, or its key events (and those dated to no month) with
        the rest on the months' pages."""
        events = self.site.by_year[year]
        if len(events) <= ONE_PAGE_EVENTS:
            return events, self.groups(events)
        # Events dated to the year, a half or a quarter are on no month's page: they are always listed here.
        listed = {event.id for event in highlights(events, self.site.key_ids, YEAR_EVENTS, month_of)}
        listed.update(event.id for event in events if not month_of(event))
        shown = [event for event in events if event.id in listed]
        more: dict[str, tuple[int, str]] = {}
        for event in events:
            month = month_of(event)
            if event.id not in listed and month:
                count, path = more.get(month, (0, url_path("months", f"{month}.html")))
                more[month] = (count + 1, path)
        return shown, self.groups(shown, more)

    def archive(self) -> list[dict]:
        """Every year and month with how many events each has: the page of all events when there are too many."""
        archive = []
        for year in self.years:
            months = [month for month in self.months if month.startswith(year)]
            archive.append(
                {
                    **self._period_link(year),
                    "months": [self._period_link(month, short=True) for month in months],
                }
            )
        return archive

    # -- navigation between periods -----------------------------------------------------

    def _period_link(self, period: str, short: bool = False) -> dict:
        if len(period) == 4:
            members, folder, label = self.site.by_year[period], "years", self.ui.date(period)
        else:
            members, folder = self.site.by_month[period], "months"
            label = self.ui.period(period) if short else self.ui.date(period)
        return {
            "key": period,
            "label": label,
            "count": len(members),
            "count_label": self.ui.event_count(len(members)),
            "path": url_path(folder, f"{period}.html"),
        }

    def year_nav(self, here: str = "") -> dict:
        """Every year with events, linked to its page."""
        return {
            "label": self.t["by_year"],
            "items": [{**self._period_link(year), "current": year == here} for year in self.years],
        }

    def month_nav(self, year: str, here: str = "") -> dict:
        """The months of a year with events, linked to their pages."""
        months = [month for month in self.months if month.startswith(year)]
        return {
            "label": self.t["by_month"],
            "items": [{**self._period_link(month, short=True), "current": month == here} for month in months],
        }

    def neighbours(self, period: str) -> dict:
        """The periods before and after one (the nearest with events), and the year a month is in."""
        keys = self.years if len(period) == 4 else self.months
        at = bisect.bisect_left(keys, period)
        unit = "year" if len(period) == 4 else "month"
        found: dict[str, dict | None] = {
            "previous": self._period_link(keys[at - 1]) if at > 0 else None,
            "next": self._period_link(keys[at + 1]) if at + 1 < len(keys) else None,
            "up": self._period_link(period[:4]) if unit == "month" and period[:4] in self.site.by_year else None,
        }
        for direction in ("previous", "next"):
            link = found[direction]
            if link:
                link["direction"] = self.t[f"{direction}_{unit}"]
        return found

    # -- the overview --------------------------------------------------------------------

    def overview(self, events: Sequence[Event], listed: set[str], here: str = "") -> dict:
        """The overview of `events` for each screen size; a marker leads to its event in the list when the
        page lists it (`listed`), else to its page; a band and an axis label lead to their period's page.
        `here` is the period the page is about ("" for the whole site)."""
        ui = self.ui
        if here or not self._site_layouts:
            layouts = self._layouts(events)
            if not here:
                self._site_layouts = layouts  # the home page and the page of all events draw the same
        else:
            layouts = self._site_layouts
        drawn = {marker.id for layout in layouts.values() for marker in layout.markers}
        links: dict[str, str] = {}
        for event in events:
            if event.id in drawn:
                links[event.id] = f"#{event.id}" if event.id in listed else url_path("events", f"{event.id}.html")
        bands: dict[tuple[str, str], dict] = {}
        periods: dict[str, str] = {}
        for layout in layouts.values():
            for band in layout.bands:
                bands[(band.period, band.first)] = {
                    "href": self._band_link(band.period, band.first, listed),
                    "label": self.t["overview_band"].format(
                        dates=ui.date_range(band.start.isoformat(), band.end.isoformat()), n=band.count
                    ),
                }
            for segment in layout.segments:
                for tick in segment.ticks:
                    if tick.period and tick.period != here and tick.period not in periods:
                        periods[tick.period] = self._period_path(tick.period)
        return {
            "layouts": layouts,
            "events": {e.id: self.views.summary(e) for e in events if e.id in drawn},
            "links": links,
            "bands": bands,
            "periods": {period: path for period, path in periods.items() if path},
        }

    def _layouts(self, events: Sequence[Event]) -> dict[str, OverviewLayout]:
        site, ui = self.site, self.ui
        items = [
            OverviewItem(e.id, *site.bounds[e.id], key=e.id in site.key_ids, point=e.granularity in ("day", "time"))
            for e in events
        ]
        claimed = [(claim.earlier, claim.later) for e in events for claim in getattr(e, "interval_checks", ()) or ()]
        return {
            name: overview_layout(
                items,
                width=width,
                label=ui.axis_label,
                duration=ui.duration,
                intervals=claimed,
                coarse_width=72 if width > 400 else 44,
                break_width=64 if width > 400 else 48,
                lanes=4 if width > 400 else 3,
            )
            for name, width in OVERVIEW_WIDTHS.items()
        }

    def _period_path(self, period: str) -> str:
        if len(period) == 4:
            return url_path("years", f"{period}.html") if period in self.site.by_year else ""
        return url_path("months", f"{period}.html") if period in self.site.by_month else ""

    def _band_link(self, period: str, first: str, listed: set[str]) -> str:
        """Where a band leads: to its first event in this page's list, else to the page of its period (a day's
        is its month's), at the event if that page lists it, else to the event's page."""
        if first in listed:
            return f"#{first}"
        period = period[:7]
        path = self._period_path(period)
        event = self.site.event_by_id[first]
        if not path:
            return url_path("events", f"{first}.html")
        if len(period) == 7:
            lists_it = month_of(event) == period
        else:
            lists_it = len(self.site.by_year[period]) <= ONE_PAGE_EVENTS
        return f"{path}#{first}" if lists_it else path
