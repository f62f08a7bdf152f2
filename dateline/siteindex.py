"""What the site holds, whatever the UI language: its events, sources and entities, ordered and cross-referenced once.

Pages and exports read the site through this index; it is made once per
build and shared by every page worker.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict

from .model import Article, Event, SiteData
from .overview import event_bounds
from .sourcequality import COUNTED, SourceQuality, counted_sources
from .templating import slug

KEY_IMPORTANCE = 2.0  # independent sources that make an event a key event
GRANULARITY_ORDER = {"year": 0, "half": 1, "quarter": 2, "month": 3, "day": 4, "time": 5}


class SiteIndex:
    """The site's events, sources and entities, ordered and cross-referenced once."""

    def __init__(self, data: SiteData):
        self.data = data
        self.config = data.config
        self.articles = {article.id: article for article in data.articles}
        self.entities = {entity.id: entity for entity in data.entities}
        self.bounds = {event.id: event_bounds(event.date, event.end_date) for event in data.events}
        # Readers see events in time order; a period ("2021-Q3") comes before the days inside it.
        self.events = sorted(
            data.events, key=lambda e: (self.bounds[e.id][0], GRANULARITY_ORDER.get(e.granularity, 9), e.date, e.id)
        )
        self.position = {event.id: position for position, event in enumerate(self.events)}
        self.event_by_id = {event.id: event for event in self.events}
        focus = set(getattr(self.config, "focus", ()) or ())
        self.quality: dict[str, SourceQuality] = data.quality
        # (sources counted, sources not counted): copies and low-quality pages are not (see sourcequality.py)
        self.counted = {event.id: counted_sources(event, self.quality) for event in self.events}
        self.key_ids = {
            e.id
            for e in self.events
            if self.counted[e.id][0] >= KEY_IMPORTANCE or e.edited_in or focus & set(e.entities)
        }
        self.by_entity: dict[str, list[Event]] = defaultdict(list)
        self.by_article: dict[str, list[Event]] = defaultdict(list)
        self.by_tag: dict[str, list[Event]] = defaultdict(list)
        self.by_year: dict[str, list[Event]] = defaultdict(list)  # by the year an event begins in
        self.by_month: dict[str, list[Event]] = defaultdict(list)
        self.by_language: dict[str, list[Event]] = defaultdict(list)
        self.tag_names: dict[str, str] = {}
        for event in self.events:
            for entity_id in event.entities:
                self.by_entity[entity_id].append(event)
            for article_id in self.articles_of(event):
                self.by_article[article_id].append(event)
            for tag in event.tags:
                self.tag_names.setdefault(slug(tag), tag)
                self.by_tag[slug(tag)].append(event)
            self.by_year[event.date[:4]].append(event)
            if event.granularity in ("day", "time", "month"):
                self.by_month[event.date[:7]].append(event)
            if self.language_of(event):
                self.by_language[self.language_of(event)].append(event)
        self.mention_at = {
            (article_id, mention.start): mention
            for article_id, mentions in data.mentions.items()
            for mention in mentions
        }

    def articles_of(self, event: Event) -> list[str]:
        return list(
            dict.fromkeys(
                [c.article for c in event.sources if c.article] + list(getattr(event, "also_published_by", ()) or ())
            )
        )

    def quality_of(self, article_id: str) -> SourceQuality:
        return self.quality.get(article_id, COUNTED)

    def language_of(self, event: Event) -> str:
        if event.language:
            return event.language
        languages = [self.articles[a].language for a in self.articles_of(event) if a in self.articles]
        return languages[0] if languages else ""

    def published_sort_key(self, article: Article) -> tuple:
        return (article.published is None, article.published or dt.datetime.min.replace(tzinfo=dt.UTC), article.id)

    def latest_publication(self) -> dt.datetime | None:
        dates = [a.published for a in self.data.articles if a.published]
        return max(dates) if dates else None
