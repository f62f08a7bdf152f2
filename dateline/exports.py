"""The site's data for other tools: JSON contracts, TimelineJS, iCalendar, feeds, sitemap, JSON-LD.

Every export is written once, at the site root, in the site's own language.
Output is deterministic: times come from the content (the latest publication
date) or from SOURCE_DATE_EPOCH, never from the clock.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import uuid
import zoneinfo
from pathlib import Path
from urllib.parse import quote, urlsplit
from xml.etree import ElementTree

import icalendar
from markupsafe import escape

from .files import Written
from .model import Event
from .overview import days_from, event_bounds, period_bounds
from .siteindex import SiteIndex
from .ui import UI

ATOM = "http://www.w3.org/2005/Atom"
SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML = "http://www.w3.org/1999/xhtml"


#: json.dumps makes an encoder per call when given options; the exports call it once a line.
_encode = json.JSONEncoder(ensure_ascii=False).encode


def to_json(value: object, indent: int | None = 1) -> str:
    """JSON text; with indent, the two outer levels are laid out and each item below is one line.

    One event (or mention) a line reads and diffs well, and each line is
    written by the json module's C encoder: `indent=` would use its Python one.
    """
    if indent is None:
        return _encode(value)
    return _laid_out(value, 0, " " * indent) + "\n"


def _laid_out(value: object, depth: int, step: str) -> str:
    if depth >= 2 or not isinstance(value, (dict, list)) or not value:
        return _encode(value)
    inner, outer = "\n" + step * (depth + 1), "\n" + step * depth
    if isinstance(value, dict):
        parts = (_encode(str(key)) + ": " + _laid_out(item, depth + 1, step) for key, item in value.items())
        return "{" + inner + ("," + inner).join(parts) + outer + "}"
    return "[" + inner + ("," + inner).join(_laid_out(item, depth + 1, step) for item in value) + outer + "]"


def absolute_url(site: SiteIndex, path: str) -> str:
    """The public address of a path in the site, or "" when base_url is not set."""
    base = site.config.base_url
    return f"{base.rstrip('/')}/{path}" if base else ""


def build_time(site: SiteIndex) -> dt.datetime:
    """The one timestamp exports carry: SOURCE_DATE_EPOCH if set, else the latest publication (UTC)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC)
    latest = site.latest_publication()
    if latest is not None:
        return latest.astimezone(dt.UTC)
    if site.events:
        last = max(site.bounds[e.id][1] for e in site.events)
        return dt.datetime(last.year, last.month, last.day, tzinfo=dt.UTC)
    return dt.datetime(1970, 1, 1, tzinfo=dt.UTC)


def _event_path(event: Event) -> str:
    return f"events/{quote(event.id)}.html"


# -- the JSON contracts (DESIGN.md) -------------------------------------------


def event_json(site: SiteIndex, event: Event) -> dict:
    return {
        "id": event.id,
        "date": event.date,
        "end_date": event.end_date,
        "granularity": event.granularity,
        "title": event.title,
        "summary": event.summary,
        "entities": list(event.entities),
        "tags": list(event.tags),
        "origin": event.origin,
        "url": absolute_url(site, _event_path(event)) or _event_path(event),
        "sources": [
            {"article": c.article, "quote": c.quote, "url": c.url, "as_written": c.as_written} for c in event.sources
        ],
        "variant_dates": [{"date": v.date, "sources": list(v.sources)} for v in event.variant_dates],
    }


def events_json(site: SiteIndex) -> dict:
    return {"events": [event_json(site, e) for e in sorted(site.data.events, key=lambda e: e.sort_key)]}


def mentions_json(site: SiteIndex) -> dict:
    rows = []
    for article in site.data.articles:
        for mention in site.data.mentions.get(article.id, ()):
            rows.append(mention.to_json(site.data.event_of_mention.get((article.id, mention.start))))
    return {"mentions": rows}


# -- TimelineJS3 ----------------------------------------------------------------


def _timeline_date(date: str, ui: UI) -> dict:
    day_part, _, time_part = date.partition("T")
    parts = day_part.split("-")
    value: dict = {"year": int(parts[0])}
    if len(parts) > 1:
        if parts[1][0] in "QH":
            value["month"] = period_bounds(date)[0].month
        else:
            value["month"] = int(parts[1])
    if len(parts) > 2:
        value["day"] = int(parts[2])
    if time_part:
        hour, _, minute = time_part.partition(":")
        value["hour"] = int(hour)
        value["minute"] = int(minute[:2] or 0)
    value["display_date"] = ui.date(date)
    return value


def _citations_html(site: SiteIndex, event: Event, ui: UI, link_root: str, links: dict[str, str]) -> str:
    """The event's summary and every source's sentence, as HTML for slides and feeds.

    `links` keeps each article's link as it is made: an article is cited by many events.
    """
    t = ui.strings
    parts = []
    if event.summary and event.summary != event.title:
        parts.append(f"<p>{escape(event.summary)}</p>")
    items = []
    for citation in event.sources:
        article = site.articles.get(citation.article) if citation.article else None
        if article:
            source = links.get(article.id)
            if source is None:
                name = article.outlet or article.author or article.title
                when = f", {ui.date(article.publication_date.isoformat())}" if article.publication_date else ""
                href = (
                    article.url
                    or absolute_url(site, f"sources/{article.id}.html")
                    or f"{link_root}sources/{article.id}.html"
                )
                source = links[article.id] = f'<a href="{escape(href)}">{escape(name)}</a>{escape(when)}'
        else:
            source = f'<a href="{escape(citation.url)}">{escape(citation.title or citation.url)}</a>'
        quote = f"“{escape(citation.quote)}” — " if citation.quote else ""
        items.append(f"<li>{quote}{source}</li>")
    if items:
        parts.append(f"<p>{escape(t['labelled'].format(label=t['reported_by'], text=''))}</p><ul>{''.join(items)}</ul>")
    event_href = absolute_url(site, _event_path(event)) or f"{link_root}{_event_path(event)}"
    title = t["dated_title"].format(date=ui.date_range(event.date, event.end_date), title=event.title)
    parts.append(f'<p><a href="{escape(event_href)}">{escape(title)}</a></p>')
    return "".join(parts)


def timeline_json(site: SiteIndex, ui: UI) -> dict:
    """The events in TimelineJS3's JSON format, with citations in each slide and an era per month."""
    events: list[dict] = []
    links: dict[str, str] = {}
    for event in site.events:
        slide = {
            "unique_id": event.id,
            "start_date": _timeline_date(event.date, ui),
            "text": {"headline": str(escape(event.title)), "text": _citations_html(site, event, ui, "../", links)},
        }
        if event.end_date:
            slide["end_date"] = _timeline_date(event.end_date, ui)
        elif event.granularity in ("month", "quarter", "half", "year"):
            last = event_bounds(event.date, None)[1]
            slide["end_date"] = {
                "year": last.year,
                "month": last.month,
                "day": last.day,
                "display_date": ui.date(event.date),
            }
        if event.tags:
            slide["group"] = event.tags[0]
        events.append(slide)
    eras = []
    for month in sorted(site.by_month):
        first, last = period_bounds(month)
        eras.append(
            {
                "start_date": {"year": first.year, "month": first.month, "day": 1},
                "end_date": {"year": last.year, "month": last.month, "day": last.day},
                "text": {"headline": ui.date(month)},
            }
        )
    title = {
        "text": {
            "headline": str(escape(site.config.title)),
            "text": f"<p>{escape(site.config.description)}</p>" if site.config.description else "",
        }
    }
    return {"title": title, "events": events, "eras": eras if len(eras) > 1 else [], "scale": "human"}


# -- iCalendar ------------------------------------------------------------------

#: Sources quoted in a calendar entry's description; the rest are counted, and the event page (its URL) lists them.
CALENDAR_SOURCES = 5


def calendar_ics(site: SiteIndex, ui: UI) -> bytes:
    """Every event as an all-day VEVENT over the days its date covers (RFC 5545).

    A calendar shows the description in a small box: it quotes the first
    CALENDAR_SOURCES sources, not the dozens a widely reported event has.
    """
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//dateline//timeline//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", site.config.title)
    if site.config.description:
        calendar.add("x-wr-caldesc", site.config.description)
    stamp = build_time(site)
    host = _uid_host(site)
    for event in site.events:
        first, last = site.bounds[event.id]
        entry = icalendar.Event()
        entry.add("uid", f"{event.id}@{host}")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", first)
        entry.add("dtend", days_from(last, 1))
        entry.add("summary", event.title)
        lines = []
        if event.granularity not in ("day", "time"):
            lines.append(ui.date_range(event.date, event.end_date))
        if event.summary and event.summary != event.title:
            lines.append(event.summary)
        groups = event.source_groups  # sources counted as the event page counts them
        for citation in (group[0] for group in groups[:CALENDAR_SOURCES]):
            article = site.articles.get(citation.article) if citation.article else None
            name = (article.outlet or article.author or article.title) if article else (citation.title or citation.url)
            lines.append(
                "— " + (ui.strings["labelled"].format(label=name, text=citation.quote) if citation.quote else name)
            )
        if len(groups) > CALENDAR_SOURCES:
            lines.append(ui.strings["more_sources"].format(n=len(groups) - CALENDAR_SOURCES))
        entry.add("description", "\n".join(lines))
        url = absolute_url(site, _event_path(event))
        if url:
            entry.add("url", url)
        if event.tags:
            entry.add("categories", list(event.tags))
        calendar.add_component(entry)
    return calendar.to_ical()


def _uid_host(site: SiteIndex) -> str:
    if site.config.base_url:
        parts = urlsplit(site.config.base_url)
        return (parts.netloc + parts.path.rstrip("/").replace("/", ".")) or "dateline"
    return f"{uuid.uuid5(uuid.NAMESPACE_URL, 'dateline:' + site.config.title).hex[:12]}.dateline.invalid"


# -- feeds ----------------------------------------------------------------------


def _entry_times(site: SiteIndex, event: Event) -> tuple[dt.datetime, dt.datetime]:
    """When an event was first and last reported, from its sources; its own date when they have none."""
    published = [
        moment
        for a in site.articles_of(event)
        if a in site.articles and (moment := site.articles[a].published) is not None
    ]
    if published:
        return min(published), max(published)
    first = site.bounds[event.id][0]
    zone = zoneinfo.ZoneInfo(site.config.timezone)
    moment = dt.datetime(first.year, first.month, first.day, tzinfo=zone)
    return moment, moment


def _entry_id(site: SiteIndex, event: Event) -> str:
    url = absolute_url(site, _event_path(event))
    return url or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'dateline:' + site.config.title + ':' + event.id)}"


def _dated_title(event: Event, ui: UI) -> str:
    return ui.strings["dated_title"].format(date=ui.date_range(event.date, event.end_date), title=event.title)


def _feed_order(site: SiteIndex) -> list[Event]:
    return sorted(site.events, key=lambda e: (site.bounds[e.id][0], e.id), reverse=True)


def feed_contents(site: SiteIndex, ui: UI) -> dict[str, str]:
    """Each event's entry in the feeds, as HTML, by event id: both feeds carry the same."""
    links: dict[str, str] = {}
    return {event.id: _citations_html(site, event, ui, "", links) for event in site.events}


def atom_feed(site: SiteIndex, ui: UI, contents: dict[str, str] | None = None) -> bytes:
    """The events as an Atom feed, newest event first; `contents` as made by feed_contents()."""
    config = site.config
    contents = feed_contents(site, ui) if contents is None else contents

    def add(parent, tag, text=None, **attributes):
        element = ElementTree.SubElement(parent, tag, {k: v for k, v in attributes.items() if v})
        if text is not None:
            element.text = text
        return element

    feed = ElementTree.Element("feed", {"xmlns": ATOM, "xml:lang": ui.html_lang})
    add(feed, "title", config.title)
    if config.description:
        add(feed, "subtitle", config.description)
    add(feed, "id", absolute_url(site, "") or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'dateline:' + config.title)}")
    add(feed, "link", href=absolute_url(site, "") or "index.html", rel="alternate", type="text/html")
    if config.base_url:
        add(feed, "link", href=absolute_url(site, "feed.xml"), rel="self", type="application/atom+xml")
    events = _feed_order(site)
    updated = max((_entry_times(site, e)[1] for e in events), default=build_time(site))
    add(feed, "updated", updated.isoformat())
    author = add(feed, "author")
    add(author, "name", config.title)
    add(feed, "generator", "dateline")
    for event in events:
        first, last = _entry_times(site, event)
        entry = add(feed, "entry")
        add(entry, "title", _dated_title(event, ui))
        add(entry, "id", _entry_id(site, event))
        add(
            entry,
            "link",
            href=absolute_url(site, _event_path(event)) or _event_path(event),
            rel="alternate",
            type="text/html",
        )
        add(entry, "published", first.isoformat())
        add(entry, "updated", last.isoformat())
        if event.summary:
            add(entry, "summary", event.summary)
        add(entry, "content", contents[event.id], type="html")
        for tag in event.tags:
            add(entry, "category", term=tag)
        for entity_id in event.entities:
            if entity_id in site.entities:
                add(entry, "category", term=entity_id, label=site.entities[entity_id].name)
    return _xml(feed)


def json_feed(site: SiteIndex, ui: UI, contents: dict[str, str] | None = None) -> dict:
    """The events as a JSON Feed 1.1, newest event first; `contents` as made by feed_contents()."""
    config = site.config
    contents = feed_contents(site, ui) if contents is None else contents
    feed: dict = {"version": "https://jsonfeed.org/version/1.1", "title": config.title}
    if config.base_url:
        feed["home_page_url"] = absolute_url(site, "")
        feed["feed_url"] = absolute_url(site, "feed.json")
    if config.description:
        feed["description"] = config.description
    feed["language"] = ui.html_lang
    feed["authors"] = [{"name": config.title}]
    items = []
    for event in _feed_order(site):
        first, last = _entry_times(site, event)
        item: dict[str, object] = {"id": _entry_id(site, event)}
        url = absolute_url(site, _event_path(event))
        if url:
            item["url"] = url
        item.update(
            {
                "title": _dated_title(event, ui),
                "content_html": contents[event.id],
                "date_published": first.isoformat(),
                "date_modified": last.isoformat(),
            }
        )
        if event.summary:
            item["summary"] = event.summary
        tags = list(event.tags) + [site.entities[e].name for e in event.entities if e in site.entities]
        if tags:
            item["tags"] = tags
        if site.language_of(event):
            item["language"] = site.language_of(event)
        items.append(item)
    feed["items"] = items
    return feed


# -- sitemap and robots -------------------------------------------------------------


def sitemap_xml(site: SiteIndex, pages: list[tuple[str, str]], languages: dict[str, str]) -> bytes:
    """Every page, with its other-language version; addresses are absolute when base_url is set."""

    def address(prefix: str, path: str) -> str:
        relative = f"{prefix}{path}"
        if relative == "index.html" or relative.endswith("/index.html"):
            relative = relative[: -len("index.html")]
        return absolute_url(site, relative) or relative or "./"

    paths = sorted({path for _, path in pages})
    present = set(pages)
    urlset = ElementTree.Element("urlset", {"xmlns": SITEMAP, "xmlns:xhtml": XHTML})
    for prefix in sorted(languages):
        for path in paths:
            if (prefix, path) not in present:
                continue
            url = ElementTree.SubElement(urlset, "url")
            ElementTree.SubElement(url, "loc").text = address(prefix, path)
            for other_prefix, language in sorted(languages.items()):
                if (other_prefix, path) in present:
                    ElementTree.SubElement(
                        url,
                        "xhtml:link",
                        {"rel": "alternate", "hreflang": language, "href": address(other_prefix, path)},
                    )
    return _xml(urlset)


def _xml(root: ElementTree.Element) -> bytes:
    """Serialise a tree whose root declares its namespaces itself (ElementTree would invent prefixes)."""
    ElementTree.indent(root)
    body = ElementTree.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="utf-8"?>\n' + body + "\n").encode("utf-8")


def robots_txt(site: SiteIndex) -> str:
    lines = ["User-agent: *", "Allow: /"]
    if site.config.base_url:
        lines.append(f"Sitemap: {absolute_url(site, 'sitemap.xml')}")
    return "\n".join(lines) + "\n"


# -- JSON-LD ----------------------------------------------------------------------


def json_ld_documents(site: SiteIndex, ui: UI) -> dict[str, dict]:
    """schema.org data: an ItemList of events for the timeline, a NewsArticle per source."""
    documents: dict[str, dict] = {}
    item_list: dict = {
        "@context": "https://schema.org",
        "@type": "ItemList",
        "name": site.config.title,
        "itemListOrder": "https://schema.org/ItemListOrderAscending",
        "numberOfItems": len(site.events),
        "itemListElement": [],
    }
    if site.config.description:
        item_list["description"] = site.config.description
    for position, event in enumerate(site.events, start=1):
        element = {"@type": "ListItem", "position": position, "name": _dated_title(event, ui)}
        url = absolute_url(site, _event_path(event))
        if url:
            element["url"] = url
        item_list["itemListElement"].append(element)
    documents["index"] = item_list
    for article in site.data.articles:
        document: dict = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": article.title,
            "inLanguage": article.language,
        }
        if article.published:
            document["datePublished"] = article.published.isoformat()
        dateline = ", ".join(
            part
            for part in (
                article.outlet or article.author,
                ui.date(article.publication_date.isoformat()) if article.publication_date else "",
            )
            if part
        )
        if dateline:
            document["dateline"] = dateline
        if article.author:
            document["author"] = {"@type": "Person", "name": article.author}
        if article.outlet:
            document["publisher"] = {"@type": "Organization", "name": article.outlet}
        if article.url:
            document["url"] = article.url
        page = absolute_url(site, f"sources/{article.id}.html")
        if page:
            document["mainEntityOfPage"] = page
        about = [
            site.entities[e].name
            for event in site.by_article.get(article.id, [])
            for e in event.entities
            if e in site.entities
        ]
        if about:
            document["about"] = [{"@type": "Thing", "name": name} for name in dict.fromkeys(about)]
        documents[f"sources/{article.id}"] = document
    return documents


# -- writing --------------------------------------------------------------------------


def write_data(
    site: SiteIndex, ui: UI, out_dir: Path, json_ld: dict[str, str], previous: Path | None = None
) -> Written:
    """Write the JSON exports, JSON-LD and robots.txt into out_dir; return the files written.

    `json_ld` holds each JSON-LD document already serialised, by name. A file
    equal to its namesake in `previous` (the site being replaced) is linked to it.
    """
    files: dict[str, str | bytes] = {
        "data/events.json": to_json(events_json(site)),
        "data/mentions.json": to_json(mentions_json(site)),
        "data/timeline.json": to_json(timeline_json(site, ui)),
        "robots.txt": robots_txt(site),
    }
    for name, document in json_ld.items():
        files[f"data/ld/{name}.jsonld"] = document + "\n"
    return _write_files(out_dir, files, previous)


def write_feeds(site: SiteIndex, ui: UI, out_dir: Path, previous: Path | None = None) -> Written:
    """Write the calendar and the two feeds into out_dir (see write_data); return the files written."""
    contents = feed_contents(site, ui)
    return _write_files(
        out_dir,
        {
            "events.ics": calendar_ics(site, ui),
            "feed.xml": atom_feed(site, ui, contents),
            "feed.json": to_json(json_feed(site, ui, contents)),
        },
        previous,
    )


def write_sitemap(
    site: SiteIndex,
    out_dir: Path,
    pages: list[tuple[str, str]],
    languages: dict[str, str],
    previous: Path | None = None,
) -> Written:
    """`pages` are the HTML pages as (UI prefix, path); `languages` maps each UI prefix to its lang tag."""
    return _write_files(out_dir, {"sitemap.xml": sitemap_xml(site, pages, languages)}, previous)


def _write_files(out_dir: Path, files: dict[str, str | bytes], previous: Path | None = None) -> Written:
    written = Written()
    for relative, content in files.items():
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        written.write(
            path,
            content if isinstance(content, bytes) else content.encode("utf-8"),
            previous / relative if previous else None,
        )
    return written
