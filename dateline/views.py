"""What each page shows, in one UI language: the views its template is given, computed here.

A view is plain data (dicts, lists, strings, Markup) so that templates hold
presentation only, and so that a view can be digested by value (pagememo.py):
a page whose view did not change is not rendered again. The costly parts of
a view (a source's marked text, an event's citations) are `Lazy`: made only
when the page is rendered, digested by what they are made from.
"""

from __future__ import annotations

import functools
from collections import Counter
from urllib.parse import quote

import jinja2
from markupsafe import Markup

from .lede import lede
from .model import Article, Entity, Event, Mention
from .overview import period_bounds
from .pagememo import Card, Lazy, Summary
from .siteindex import GRANULARITY_ORDER, SiteIndex
from .sourceviews import SourceViews
from .templating import in_script_of, marked_text, period_key, render_markdown, slug, url_path
from .ui import UI, site_lang


class PageViews:
    """The views of one UI language's pages; an event's list item is made once and reused on every page."""

    def __init__(self, site: SiteIndex, ui: UI, env: jinja2.Environment):
        self.site = site
        self.config = site.config
        self.ui = ui
        self.t = ui.strings
        self.env = env  # for the theme's `event_item` macro
        self._summaries: dict[str, Summary] = {}
        self._cards: dict[tuple[str, str, int, bool], Markup] = {}
        self.sources = SourceViews(site, ui)
        self._tag_names = dict(self.config.tag_names)

    def forget(self) -> None:
        """Drop the list items kept to render pages faster: the pages are written."""
        self._summaries.clear()
        self._cards.clear()
        self.sources.forget()

    def site_text_lang(self) -> str:
        """The lang attribute for text from site.yaml and entities.yaml, written in the site's language."""
        return site_lang(self.ui.language, self.config.language)

    def event_text(self, event: Event) -> dict:
        """An event's title and summary for readers of this UI: the editors' own for its language where they
        wrote one (`title_en:`), else the event's, with the lang attribute that needs."""
        own = event.text_in(self.ui.language)
        lang = self.ui.lang_of(self.site.language_of(event))
        summary = own.summary if own and own.summary else event.summary
        return {
            "title": own.title if own and own.title else event.title,
            "title_lang": "" if own and own.title else lang,
            "summary": summary,
            "summary_lang": "" if own and own.summary else lang,
        }

    def tag_name(self, tag: str) -> str:
        """A tag as this UI names it: site.yaml's `tag_names` gives its name in the other UI language."""
        if self.ui.language == self.config.language:
            return tag
        return self._tag_names.get(tag, tag)

    def tags(self, event: Event) -> list[tuple[str, str]]:
        """(page, name) of each of an event's tags."""
        return [(url_path("tags", f"{slug(t)}.html"), self.tag_name(t)) for t in event.tags]

    def sources_label(self, event: Event) -> str:
        """How many sources report the event, copies and low-quality pages left out (see sourcequality.py)."""
        counted, uncounted = self.site.counted[event.id]
        if counted:
            return self.ui.source_count(counted)
        return self.t["no_counted_source"] if uncounted else self.ui.source_count(0)

    def summary(self, event: Event) -> Summary:
        """An event as lists show it (computed once per UI language)."""
        if event.id in self._summaries:
            return self._summaries[event.id]
        site = self.site
        articles = site.articles_of(event)
        text = self.event_text(event)
        view = Summary(
            {
                "id": event.id,
                "path": url_path("events", f"{event.id}.html"),
                "title": text["title"],
                "title_lang": text["title_lang"],
                "date": event.date,
                "end_date": event.end_date,
                "date_label": self.ui.date_range(event.date, event.end_date),
                "date_in_year": self.ui.date_in_year(event.date, event.end_date),
                "lede": lede(event.summary, event.title),
                "key": event.id in site.key_ids,
                "sources_label": self.sources_label(event),
                "differ": bool(event.variant_dates),
                "edited": bool(event.edited_in),
                "editorial": event.origin == "editorial",
                "entities": [self.entity_name(site.entities[e]) for e in event.entities if e in site.entities],
                "tags": self.tags(event),
                # Space-separated lists of percent-encoded values (article ids may hold spaces).
                "filter": {
                    "entity": " ".join(map(quote, event.entities)),
                    "source": " ".join(map(quote, articles)),
                    "tag": " ".join(quote(slug(t)) for t in event.tags),
                    "language": quote(site.language_of(event)),
                },
            }
        )
        view["card"] = Card(self.card, event.id)
        self._summaries[event.id] = view
        return view

    def card(self, event_id: str, root: str, level: int, filterable: bool = False) -> Markup:
        """An event's list item (the theme's `event_item` macro), made once per root, heading level and
        whether it carries what the timeline's filters read.

        An event is listed on the timeline, the key events and the page of each
        of its entities, tags, month and language: the same markup each time.
        """
        key = (event_id, root, level, filterable)
        if key not in self._cards:
            macros = self.env.get_template("_macros.html").module
            item = macros.event_item  # type: ignore[attr-defined]  # a macro of the theme, known when it is read
            self._cards[key] = item(self._summaries[event_id], root, level, filterable)
        return self._cards[key]

    def stats(self) -> dict:
        site = self.site
        text = self.t["events_total"].format(n=len(site.events), s=len(site.data.articles))
        span = ""
        if site.events:
            first, last = site.events[0], site.events[-1]
            span = self.t["time_span"].format(
                start=self.ui.date(first.date), end=self.ui.date(last.end_date or last.date)
            )
        return {"text": text, "span": span, "events": len(site.events), "key": len(site.key_ids)}

    def filters(self, events: list[Event]) -> list[dict]:
        """The filter groups on a timeline page: every choice is also a real page."""
        site = self.site
        listed = {e.id for e in events}

        def count(members: list[Event]) -> int:
            return sum(1 for e in members if e.id in listed)

        groups = []
        entities = sorted(
            (e for e in site.data.entities if count(site.by_entity.get(e.id, []))),
            key=lambda e: (-count(site.by_entity[e.id]), e.name),
        )
        named = [(e, self.entity_name(e)) for e in entities]
        groups.append(
            {
                "kind": "entity",
                "label": self.t["filter_by_entity"],
                "lang": "",
                "index": "entities/index.html",
                "choices": [
                    {
                        "value": e.id,
                        "label": view["name"],
                        "label_lang": view["lang"],
                        "title": view["original"] if view["original"] != view["name"] else "",
                        "count": count(site.by_entity[e.id]),
                        "path": view["path"],
                    }
                    for e, view in named
                ],
            }
        )
        articles = [
            a for a in sorted(site.data.articles, key=site.published_sort_key) if count(site.by_article.get(a.id, []))
        ]
        labels = self._source_labels(articles)
        groups.append(
            {
                "kind": "source",
                "label": self.t["filter_by_source"],
                "lang": "",
                "index": "sources/index.html",
                "choices": [
                    {
                        "value": a.id,
                        "label": labels[a.id],
                        "title": a.title,
                        "label_lang": self.ui.lang_of(a.language),
                        "count": count(site.by_article[a.id]),
                        "path": url_path("sources", f"{a.id}.html"),
                    }
                    for a in articles
                ],
            }
        )
        if site.by_tag:
            groups.append(
                {
                    "kind": "tag",
                    "label": self.t["filter_by_tag"],
                    "lang": "",
                    "index": "tags/index.html",
                    "choices": [
                        {
                            "value": s,
                            "label": self.tag_name(site.tag_names[s]),
                            "count": count(members),
                            "path": url_path("tags", f"{s}.html"),
                        }
                        for s, members in sorted(site.by_tag.items())
                        if count(members)
                    ],
                }
            )
        if len(site.by_language) > 1:
            groups.append(
                {
                    "kind": "language",
                    "label": self.t["filter_by_language"],
                    "lang": "",
                    "choices": [
                        {
                            "value": code,
                            "label": self.ui.language_name(code),
                            "count": count(members),
                            "path": url_path("languages", f"{code}.html"),
                        }
                        for code, members in sorted(site.by_language.items())
                        if count(members)
                    ],
                }
            )
        months = [m for m, members in sorted(site.by_month.items()) if count(members)]
        if months:
            groups.append(
                {
                    "kind": "month",
                    "label": self.t["filter_by_month"],
                    "lang": "",
                    "choices": [
                        {
                            "value": "",
                            "label": self.ui.date(m),
                            "count": count(site.by_month[m]),
                            "path": url_path("months", f"{m}.html"),
                        }
                        for m in months
                    ],
                }
            )
        for group in groups:
            group.setdefault("index", "")
            for choice in group["choices"]:
                choice["value"] = quote(choice["value"])
                choice.setdefault("title", "")
                choice.setdefault("label_lang", group["lang"])
        return [group for group in groups if group["choices"]]

    def entity_name(self, entity: Entity) -> dict:
        """An entity as this UI names it: an alias in the UI's own script if the editors gave one.

        entities.yaml is written in the site's language; a reader of the other
        UI gets "MIIT" for 工信部 when it is among the aliases.
        """
        name, lang = entity.name, self.site_text_lang()
        if lang:
            own = next((alias for alias in entity.names if in_script_of(alias, self.ui.language)), None)
            if own:
                name, lang = own, ""
        return {
            "id": entity.id,
            "path": url_path("entities", f"{entity.id}.html"),
            "name": name,
            "lang": lang,
            "original": entity.name,
        }

    def _source_labels(self, articles: list[Article]) -> dict[str, str]:
        """Short names for sources: the outlet, with the date (or the title) when two share an outlet."""
        names = {a.id: self.sources.name(a) for a in articles}
        sharing = Counter(names.values())
        same_day = Counter((names[a.id], a.publication_date) for a in articles)
        labels = {}
        for article in articles:
            name = names[article.id]
            if sharing[name] > 1:
                detail = self.ui.date(article.publication_date.isoformat()) if article.publication_date else ""
                if not detail or same_day[(name, article.publication_date)] > 1:
                    detail = article.title if len(article.title) <= 16 else article.title[:15] + "…"
                name = self.t["qualified"].format(name=name, detail=detail)
            labels[article.id] = name
        return labels

    def _lazy_citations(self, event: Event) -> tuple[Lazy, Lazy, Lazy]:
        """The event's citations (the sources counted, and those not) and date checks, made only if the page
        is rendered (see _citations)."""
        site = self.site
        inputs = tuple(
            (
                self.sources.card_inputs(site.articles[c.article]) if c.article in site.articles else None,
                site.mention_at.get((c.article, c.start)) if c.article else None,
                self.sources.card_inputs(site.articles[c.copy_of]) if c.copy_of in site.articles else None,
            )
            for c in event.sources
        )
        made = functools.lru_cache(maxsize=1)(functools.partial(self._citations, event))
        # The others are made from the same inputs as the citations, which stand beside them in the view with
        # the event itself.
        return (
            Lazy(lambda: made()[0], ("citations", inputs)),
            Lazy(lambda: made()[1], ("not counted",)),
            Lazy(lambda: made()[2], ("checks",)),
        )

    def _citations(self, event: Event) -> tuple[list[dict], list[dict], list[dict]]:
        """One card per source (see Event.source_groups) with each of its quotes and the date marked: those
        of the sources counted, then those of copies and low-quality pages (see sourcequality.py); and how
        the sources' words became the date."""
        site, ui = self.site, self.ui
        cards: list[dict] = []
        uncounted: list[dict] = []
        checks: list[dict] = []
        for group in event.source_groups:
            # the original leads its card; a copy leads only when the original is not cited
            lead = next((c for c in group if not c.copy_of), group[0])
            article = site.articles.get(lead.article) if lead.article else None
            quotes: list[dict] = []
            also: list[dict] = []
            for citation in group:
                quoted_article = site.articles.get(citation.article) if citation.article else None
                mention = (
                    site.mention_at.get((citation.article, citation.start))
                    if quoted_article and citation.article and citation.as_written
                    else None
                )
                spot = (
                    url_path("sources", f"{quoted_article.id}.html") + (f"#m-{citation.start}" if mention else "")
                    if quoted_article
                    else ""
                )
                if (
                    quoted_article
                    and quoted_article is not article
                    and all(a["source"]["id"] != quoted_article.id for a in also)
                ):
                    also.append({"source": self.sources.card(quoted_article), "anchor": spot})  # a copy of the lead
                spans = []
                if citation.as_written and citation.as_written in citation.quote:
                    at = citation.quote.index(citation.as_written)
                    spans.append((at, at + len(citation.as_written), Markup('<mark class="date">')))
                if citation.quote and all(citation.quote != q["text"] for q in quotes):
                    quotes.append(
                        {"text": citation.quote, "marked": marked_text(citation.quote, spans), "anchor": spot}
                    )
                if mention and mention.date and quoted_article:
                    check = self._date_check(mention, quoted_article)
                    if check and all(check != c["text"] or quoted_article.id != c["source"]["id"] for c in checks):
                        checks.append({"text": check, "source": self.sources.card(quoted_article)})
            mention = (
                site.mention_at.get((lead.article, lead.start))
                if article and lead.article and lead.as_written
                else None
            )
            anchor = ""
            if article:
                anchor = url_path("sources", f"{article.id}.html") + (f"#m-{lead.start}" if mention else "")
            copy_of = site.articles.get(lead.copy_of) if lead.copy_of else None
            owner = lead.copy_of or lead.article
            (uncounted if owner and not site.quality_of(owner).counted else cards).append(
                {
                    "citation": lead,
                    "source": self.sources.card(article) if article else None,
                    "quotes": quotes,
                    "quote_lang": ui.lang_of(article.language) if article else "",
                    "anchor": anchor,
                    "copy_of": self.sources.card(copy_of) if copy_of else None,
                    "also": also,
                }
            )
        return cards, uncounted, checks

    def event_view(self, event: Event) -> dict:
        site, ui = self.site, self.ui
        citations, uncounted, checks = self._lazy_citations(event)
        variants = []
        for variant in event.variant_dates:
            difference = abs((period_bounds(variant.date)[0] - period_bounds(event.date)[0]).days)
            variants.append(
                {
                    "date": variant.date,
                    "label": ui.date(variant.date),
                    "same": variant.date == event.date,
                    "difference": self.t["variant_difference"].format(duration=ui.duration(difference))
                    if difference
                    else "",
                    "sources": [self.sources.card(site.articles[a]) for a in variant.sources if a in site.articles],
                }
            )
        position = site.position[event.id]
        intervals = []
        if position > 0:
            other = site.events[position - 1]
            intervals.append({"text": self._interval(other, event, "previous"), "event": self.summary(other)})
        if position + 1 < len(site.events):
            other = site.events[position + 1]
            intervals.append({"text": self._interval(event, other, "next"), "event": self.summary(other)})
        claims = []
        for claim in getattr(event, "interval_checks", ()) or ():
            article = site.articles.get(claim.article)
            claims.append(
                {
                    "text": self.t["interval_claim"].format(
                        claim=claim.claim,
                        source=self.sources.name(article) if article else claim.article,
                        claimed=ui.duration(round(claim.claimed_days))
                        if claim.claimed_days >= 1
                        else str(claim.claimed_days),
                        actual=ui.duration(claim.actual_days),
                    ),
                    "holds": claim.holds,
                    "earlier": self.summary(site.event_by_id[claim.earlier])
                    if claim.earlier in site.event_by_id
                    else None,
                    "later": self.summary(site.event_by_id[claim.later]) if claim.later in site.event_by_id else None,
                }
            )
        edit_link = ""
        if event.edited_in and self.config.repository:
            edit_link = f"{self.config.repository.rstrip('/')}/blob/main/{event.edited_in}"
        also = [
            self.sources.card(site.articles[a])
            for a in getattr(event, "also_published_by", ()) or ()
            if a in site.articles
        ]
        text = self.event_text(event)
        return {
            "event": event,
            "summary_view": self.summary(event),
            "citations": citations,
            "uncounted": uncounted,
            "variants": variants,
            "intervals": intervals,
            "claims": claims,
            "checks": checks,
            "also": also,
            "summary": render_markdown(text["summary"]) if text["summary"] and text["summary"] != text["title"] else "",
            "summary_lang": text["summary_lang"],
            "edit_link": edit_link,
            "tags": self.tags(event),
            "month": period_key(event) if period_key(event) in site.by_month else "",
        }

    def _interval(self, earlier: Event, later: Event, direction: str) -> str:
        """How far the previous or next event is: in days between days; for an event dated to a month or a
        year, from the end of the earlier period to the start of the later, or "also in 1999" when they meet."""
        (first, first_end), (second, _) = self.site.bounds[earlier.id], self.site.bounds[later.id]
        if earlier.granularity in ("day", "time") and later.granularity in ("day", "time"):
            days = (second - first).days
            return self.t[f"same_day_{direction}"] if days == 0 else self._interval_text(direction, days)
        if second <= first_end:
            coarser = min((earlier, later), key=lambda e: GRANULARITY_ORDER.get(e.granularity, 9))
            return self.t[f"same_period_{direction}"].format(period=self.ui.date(coarser.date))
        return self._interval_text(direction, (second - first_end).days)

    def _interval_text(self, direction: str, days: int) -> str:
        return self.t[f"{direction}_interval"].format(duration=self.ui.duration(days))

    def _date_check(self, mention: Mention, article: Article) -> str:
        """How a source's words became this date, when that took more than reading them."""
        values = {
            "as_written": mention.as_written,
            "date": self.ui.date(mention.date),
            "published": self.ui.date(article.publication_date.isoformat()) if article.publication_date else "",
        }
        key = {
            "year-from-publication": "check_year_from_publication",
            "year-from-context": "check_year_from_context",
            "relative-to-publication": "check_relative_to_publication",
            "relative-to-previous": "check_relative_to_previous",
        }.get(mention.resolved_by)
        return self.t[key].format(**values) if key else ""
