"""The pages of one UI language: which pages the site has, where each goes, and writing one.

What a page shows is its view (views.py); a page whose view is as it was is
kept without rendering it (pagememo.py). Every internal link is relative
(`root` leads back to the UI root, `site_root` to the site root), so the site
works from a domain root, a subpath, or the file system.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar
from urllib.parse import unquote

import jinja2

from . import search
from .files import Written
from .model import Entity, Event
from .pagememo import PageMemo, memo_entry
from .siteindex import SiteIndex
from .templating import in_script_of, render_markdown, template_environment, url_path
from .timeline import ONE_PAGE_EVENTS, TimelineViews
from .ui import UI, load_translations
from .views import PageViews

#: The one place the pages' security policy is written. Pages with search add
#: 'wasm-unsafe-eval', which Pagefind's WebAssembly needs; nothing comes from outside, not even an
#: article's pictures (they are copied into the site, or left out: see sourceviews.py).
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'{extra_script}; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'"
)

#: JSON-LD inline in <script type="application/ld+json"> is what search engines read; the site's
#: tests currently forbid every inline <script>, so it is linked as a file (a JSON-LD 1.1
#: alternate document) until they allow data blocks. Flip this to embed it as well.
EMBED_JSON_LD = True

#: Pages that are not in the sitemap: 404.html is served for any missing page, and a hidden or merged
#: event's page only tells a reader with an old link where the event went.
UNLISTED_PAGES = ("404", "forward")

#: A page to write: its template, and what it is given besides what every page is given (see PageRenderer._write).
Page = tuple[str, dict[str, Any]]


@dataclass
class PagesWritten(Written):
    """The pages (and other files) written so far, with what the next build's page memo needs."""

    views: dict[str, list] = field(default_factory=dict)  # see PageMemo.pages
    rendered: int = 0  # pages made with their template
    kept: int = 0  # pages whose view was unchanged: the old file, linked
    unchecked: list[Path] = field(default_factory=list)  # files not compared with the site they replace (search)

    def add(self, other: Written) -> None:
        super().add(other)
        if isinstance(other, PagesWritten):
            self.views.update(other.views)
            self.rendered += other.rendered
            self.kept += other.kept


class PageRenderer:
    """Writes every page of the site in one UI language under `prefix`."""

    def __init__(
        self,
        site: SiteIndex,
        ui: UI,
        prefix: str,
        other: tuple[UI, str],
        theme_dirs: list[Path],
        json_ld: dict[str, str],
        memo: PageMemo | None = None,
        search_bundles: Iterable[search.SearchBundle] = (),
    ):
        self.site = site
        self.search_bundles = " ".join(bundle.folder for bundle in search_bundles)  # for the search page
        self.memo = memo or PageMemo()  # the site this one replaces, and what its pages were made from
        self.json_ld = json_ld  # embeddable JSON-LD by page name
        self.config = site.config
        self.ui = ui
        self.t = ui.strings
        self.prefix = prefix
        self.other_ui, self.other_prefix = other
        self.env = template_environment(tuple(theme_dirs), ui.language, self.config.language)
        self.views = PageViews(site, ui, self.env)
        self.timeline = TimelineViews(self.views)
        self._templates: dict[str, jinja2.Template] = {}  # looked up once: get_template checks the file each time

    def forget(self) -> None:
        """Drop what was kept to render pages faster, and the memo of the site replaced: the pages are written,
        and the search index, made next, needs the memory."""
        self.views.forget()
        self.memo.pages = {}

    def page_jobs(self) -> list[tuple[str, str]]:
        """Every page of this UI as (kind, key), in the order pages are listed in the sitemap."""
        site = self.site
        jobs = [("index", ""), ("all", "")]
        jobs += [("event", str(position)) for position in range(len(site.events))]
        jobs += [("forward", str(number)) for number in range(len(site.data.forwards))]
        jobs += [("source", str(number)) for number in range(len(site.data.articles))]
        jobs.append(("sources", ""))
        jobs += [("entity", str(number)) for number in range(len(site.data.entities))]
        jobs.append(("entities", ""))
        jobs += [("tag", tag_slug) for tag_slug in sorted(site.by_tag)]
        if site.by_tag:
            jobs.append(("tags", ""))
        jobs += [("year", year) for year in sorted(site.by_year)]
        jobs += [("month", month) for month in sorted(site.by_month)]
        if len(site.by_language) > 1:
            jobs += [("language", language) for language in sorted(site.by_language)]
        jobs += [("search", ""), ("about", "")]
        if not self.prefix:
            jobs.append(("404", ""))
        return jobs

    def page_path(self, kind: str, key: str) -> str:
        """Where the page named by page_jobs() goes, as a URL path below this UI's root."""
        site = self.site
        if kind in ("index", "all", "search", "about", "404"):
            return f"{kind}.html"
        if kind in ("sources", "entities", "tags"):
            return f"{kind}/index.html"
        if kind == "event":
            return url_path("events", f"{site.events[int(key)].id}.html")
        if kind == "forward":
            return url_path("events", f"{site.data.forwards[int(key)].id}.html")
        if kind == "source":
            return url_path("sources", f"{site.data.articles[int(key)].id}.html")
        if kind == "entity":
            return self.views.entity_name(site.data.entities[int(key)])["path"]
        if kind in ("tag", "year", "month", "language"):
            return url_path(f"{kind}s", f"{key}.html")
        raise ValueError(f"no such page kind: {kind}")

    def render_page(self, kind: str, key: str, out_dir: Path, written: PagesWritten) -> None:
        """Write one page named by page_jobs()."""
        template, variables = self._PAGES[kind](self, key)
        self._write(out_dir, written, self.page_path(kind, key), template, **variables)

    # What each kind of page is: its template and what it is given besides what every page is (see _write).

    def _home(self, key: str) -> Page:
        """The key events, at most timeline.HOME_EVENTS of them, under the overview of every event."""
        site = self.site
        shown, groups = self.timeline.home()
        cut = len(shown) < len([event for event in site.events if event.id in site.key_ids])
        return "index.html", {
            "page_title": "",
            "view": "key",
            "overview": self.timeline.overview(site.events, {event.id for event in shown}),
            "periods": self.timeline.year_nav(),
            "groups": groups,
            "archive": [],
            "filters": [],  # the page of all events filters them; here the key events come first
            "total": len(shown),
            "stats": self.views.stats(),
            "notes": [self.t["key_events_note"]] + ([self.t["home_note"].format(n=len(shown))] if cut else []),
            "json_ld": "index",
            "json_ld_embedded": len(site.events) <= ONE_PAGE_EVENTS,
            "og_type": "website",
        }

    def _all_events(self, key: str) -> Page:
        """Every event, or, when they are too many for a page, every year and month with its count."""
        events = self.site.events
        listed = len(events) <= ONE_PAGE_EVENTS
        return "index.html", {
            "page_title": self.t["all_events"],
            "view": "all",
            "overview": self.timeline.overview(events, {event.id for event in events} if listed else set()),
            "periods": self.timeline.year_nav(),
            "groups": self.timeline.groups(events) if listed else [],
            "archive": [] if listed else self.timeline.archive(),
            "filters": self.views.filters(events) if listed else [],
            "total": len(events),
            "stats": self.views.stats(),
            "notes": [] if listed else [self.t["archive_note"].format(n=len(events))],
        }

    def _year(self, key: str) -> Page:
        """A year: its overview, its months, its events (its key events if there are too many)."""
        events = self.site.by_year[key]
        shown, groups = self.timeline.year(key)
        return self._period(key, events, shown, groups, self.timeline.month_nav(key))

    def _month(self, key: str) -> Page:
        events = self.site.by_month[key]
        return self._period(key, events, events, self.timeline.groups(events), self.timeline.month_nav(key[:4], key))

    def _period(self, key: str, events: list[Event], shown: list[Event], groups: list[dict], nav: dict) -> Page:
        key_count = sum(1 for event in events if event.id in self.site.key_ids)
        title = self.ui.date(key)
        return "period.html", {
            "page_title": self.t["month_title"].format(month=title),
            "heading": title,
            "stats": self.t["period_stats"].format(events=self.ui.event_count(len(events)), k=key_count),
            "notes": [self.t["year_page_note"].format(n=len(shown))] if len(shown) < len(events) else [],
            "overview": self.timeline.overview(events, {event.id for event in shown}, here=key),
            "periods": nav,
            "neighbours": self.timeline.neighbours(key),
            "groups": groups,
        }

    def _event(self, key: str) -> Page:
        events, position = self.site.events, int(key)
        event = events[position]
        return "event.html", {
            "page_title": self.views.event_text(event)["title"],
            "event": self.views.event_view(event),
            "search_terms": search.search_terms(event, self.site) if not self.prefix else [],
            "og_type": "article",
            "searchable": not self.prefix,
            "listed_at": self.timeline.listed_at(event),
            "previous": self.views.summary(events[position - 1]) if position else None,
            "following": self.views.summary(events[position + 1]) if position + 1 < len(events) else None,
        }

    def _forward(self, key: str) -> Page:
        """The page a hidden or merged event leaves behind: links and feeds led readers to it."""
        forward = self.site.data.forwards[int(key)]
        target = self.site.event_by_id.get(forward.merged_into or "")
        return "forward.html", {
            "page_title": forward.title,
            "forward": forward,
            "title_lang": "" if in_script_of(forward.title, self.ui.language) else self.views.site_text_lang(),
            "date_label": self.ui.date(forward.date),
            "target": self.views.summary(target) if target else None,
            "sitemap": False,
        }

    def _source(self, key: str) -> Page:
        article = self.site.data.articles[int(key)]
        media = self.site.data.media
        copied = next((media[b.src].path for b in article.blocks if b.kind == "img" and b.src in media), "")
        base = self.config.base_url.rstrip("/") + "/" if self.config.base_url else ""
        return "source.html", {
            "page_title": article.title,
            "article": self.views.sources.article_view(article),
            "body": self.views.sources.lazy_body(article),
            "events": [self.views.summary(e) for e in self.site.by_article.get(article.id, [])],
            "json_ld": f"sources/{article.id}",
            "og_type": "article",
            # a preview's picture only from the site itself, and only where the text it illustrates is published
            "og_image": base + copied if base and copied and self.config.shows_full_text(article.id) else "",
            "searchable": not self.prefix,
            "search_terms": self.views.sources.search_terms(article) if not self.prefix else [],
            "search_details": self.views.sources.search_details(article) if not self.prefix else {},
        }

    def _sources(self, key: str) -> Page:
        articles = sorted(self.site.data.articles, key=self.site.published_sort_key)
        return "sources.html", {
            "page_title": self.t["sources"],
            "articles": [self.views.sources.article_view(a) for a in articles],
        }

    def _entity(self, key: str) -> Page:
        entity = self.site.data.entities[int(key)]
        name = self.views.entity_name(entity)
        events = self.site.by_entity.get(entity.id, [])
        kind = self.t.get(f"kind_{entity.kind}", entity.kind)
        return self._listing(name["name"], events, heading_lang=name["lang"], entity=entity, kind=kind)

    def _entities(self, key: str) -> Page:
        by_entity = self.site.by_entity
        entities = sorted(self.site.data.entities, key=lambda e: (-len(by_entity.get(e.id, [])), e.name))
        return "entities.html", {
            "page_title": self.t["entities"],
            "entities": [
                (self.views.entity_name(e), len(by_entity.get(e.id, [])), self.t.get(f"kind_{e.kind}", e.kind))
                for e in entities
            ],
        }

    def _tag(self, key: str) -> Page:
        tag = self.views.tag_name(self.site.tag_names[key])
        return self._listing(self.t["tag_title"].format(tag=tag), self.site.by_tag[key])

    def _tags(self, key: str) -> Page:
        tags = sorted(self.site.by_tag.items())
        return "tags.html", {
            "page_title": self.t["tags"],
            "tags": [
                (url_path(tag), self.views.tag_name(self.site.tag_names[tag]), len(events)) for tag, events in tags
            ],
        }

    def _language(self, key: str) -> Page:
        title = self.t["language_title"].format(language=self.ui.language_name(key))
        return self._listing(title, self.site.by_language[key])

    def _search(self, key: str) -> Page:
        return "search.html", {
            "page_title": self.t["search"],
            "all_events": [self.views.summary(e) for e in self.site.events],
            "extra_script": " 'wasm-unsafe-eval'",
            "bundles": self.search_bundles,
            "index_language": load_translations(self.config.language)["html_lang"],
        }

    def _about(self, key: str) -> Page:
        return "about.html", {
            "page_title": self.t["about"],
            "about": render_markdown(self.config.about),
            "stats": self.views.stats(),
        }

    def _not_found(self, key: str) -> Page:
        # 404.html is served from any depth, so its links cannot be relative.
        return "404.html", {
            "page_title": self.t["not_found_title"],
            "root_override": self.config.base_url or "/",
            "sitemap": False,
        }

    def _listing(
        self, title: str, events: list[Event], *, heading_lang: str = "", entity: Entity | None = None, kind: str = ""
    ) -> Page:
        """A page of one filter (an entity, a tag, a month, a source language): its events as a timeline."""
        aliases = [
            (name, "" if in_script_of(name, self.ui.language) else self.views.site_text_lang())
            for name in (entity.names if entity else ())
            if name != title
        ]
        return "listing.html", {
            "page_title": title,
            "heading": title,
            "heading_lang": heading_lang,
            "entity": entity,
            "kind": kind,
            "aliases": aliases,
            "groups": self.timeline.groups(events),
            "count": self.ui.event_count(len(events)),
        }

    _PAGES: ClassVar[dict[str, Callable[[PageRenderer, str], Page]]] = {
        "index": _home,
        "all": _all_events,
        "event": _event,
        "forward": _forward,
        "source": _source,
        "sources": _sources,
        "entity": _entity,
        "entities": _entities,
        "tag": _tag,
        "tags": _tags,
        "year": _year,
        "month": _month,
        "language": _language,
        "search": _search,
        "about": _about,
        "404": _not_found,
    }

    def _write(
        self,
        out_dir: Path,
        written: PagesWritten,
        path: str,
        template: str,
        *,
        page_title: str,
        root_override: str = "",
        sitemap: bool = True,
        extra_script: str = "",
        json_ld: str = "",
        json_ld_embedded: bool = True,
        og_type: str = "",
        og_image: str = "",
        searchable: bool = False,
        **context,
    ) -> None:
        depth = path.count("/")
        root = root_override or "../" * depth
        site_root = root_override or "../" * (depth + self.prefix.count("/"))
        other_root = root_override or site_root
        base = self.config.base_url.rstrip("/") + "/" if self.config.base_url else ""
        page_url = f"{base}{self.prefix}{path}" if base and sitemap else ""
        if page_url.endswith("/index.html"):
            page_url = page_url[: -len("index.html")]
        alternates = []
        if page_url:
            for ui, prefix in ((self.ui, self.prefix), (self.other_ui, self.other_prefix)):
                url = f"{base}{prefix}{path}"
                alternates.append((ui.html_lang, url[: -len("index.html")] if url.endswith("/index.html") else url))
        variables = dict(
            site=self.config,
            root=root,
            site_root=site_root,
            page_path=path,
            page_title=page_title,
            csp=CONTENT_SECURITY_POLICY.format(extra_script=extra_script),
            other_ui={
                "href": f"{other_root}{self.other_prefix}{path if sitemap else 'index.html'}",
                "lang": self.other_ui.html_lang,
                "name": self.other_ui.strings["language_name"],
            },
            canonical=page_url,
            alternates=alternates,
            og_type=og_type,
            og_image=og_image,
            og_locale=self.t["og_locale"],
            searchable=searchable,
            json_ld_href=f"{site_root}data/ld/{json_ld}.jsonld" if json_ld else "",
            json_ld=self.json_ld.get(json_ld, "") if EMBED_JSON_LD and json_ld and json_ld_embedded else "",
            **context,
        )
        relative = self.prefix + unquote(path)
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = self.memo.digest(template, variables)
        if self.memo.keep(relative, digest, target):
            written.files.append(target)
            written.kept += 1
        else:
            if template not in self._templates:
                self._templates[template] = self.env.get_template(template)
            data = self._templates[template].render(variables).encode("utf-8")
            written.write(target, data, self.memo.previous / relative if self.memo.previous else None)
            written.rendered += 1
        if digest:
            written.views[relative] = memo_entry(digest, target)
