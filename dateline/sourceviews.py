"""What the site shows of its sources, in one UI language: the card that names a source, its page, its text.

A source is shown as a careful newsroom shows one: its outlet, author and
date from the article's metadata (the site it was found on when it names no
outlet), a label when it is a copy or a low-quality page (sourcequality.py),
and by default only the sentences that give dates, in their paragraphs, with
a link to the original; the whole text only where site.yaml says the editor
may publish it. An article's pictures are never loaded from the outlet: they
are dropped, or shown from the copy made into the site (`images: copy`).
"""

from __future__ import annotations

import functools
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from .consolidate.text import to_simplified
from .model import Article, Mention
from .pagememo import Lazy
from .search import entity_terms
from .siteindex import SiteIndex
from .templating import marked_text, url_path
from .ui import UI, UI_LANGUAGES


def site_of(url: str) -> str:
    """The host an address names, as readers know it (`mp.weixin.qq.com`, `reuters.com`), or ""."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.")


class SourceViews:
    """The source cards, source pages and source texts of one UI language."""

    def __init__(self, site: SiteIndex, ui: UI):
        self.site = site
        self.ui = ui
        self.t = ui.strings
        self._cards: dict[str, dict] = {}
        self._uis = {ui.language: ui}  # every UI language's, for what the index says in each

    def forget(self) -> None:
        self._cards.clear()

    def name(self, article: Article) -> str:
        """A source's short name: its outlet, else its author, else the site it is on, else its title."""
        return article.outlet or article.author or site_of(article.url) or article.title

    def card(self, article: Article) -> dict:
        """What names a source wherever it is listed: title, outlet, author, site, date, and how far it counts."""
        if article.id in self._cards:
            return self._cards[article.id]
        ui, site = self.ui, self.site
        quality = site.quality_of(article.id)
        copies = [site.articles[original] for original in quality.copies if original in site.articles]
        verdict = {"copy": self.t["verdict_copy"], "low-quality": self.t["verdict_low_quality"]}.get(
            quality.verdict, ""
        )
        card = {
            "id": article.id,
            "path": url_path("sources", f"{article.id}.html"),
            "title": article.title,
            "lang": ui.lang_of(article.language),
            "name": self.name(article),
            "outlet": article.outlet,
            "author": article.author if article.author != article.outlet else "",
            "site": site_of(article.url),
            "url": article.url,
            "published": ui.date(article.publication_date.isoformat()) if article.publication_date else "",
            "published_attr": article.publication_date.isoformat() if article.publication_date else "",
            "verdict": quality.verdict,
            "verdict_label": verdict,
            "reasons": [self.t[f"signal_{signal}"] for signal in quality.signals if signal != "copies"]
            if quality.verdict
            else [],
            # what a card's line (outlet, date) does not already say
            "card_reasons": [self.t[f"signal_{signal}"] for signal in quality.signals if signal == "stuffed-title"]
            if quality.verdict
            else [],
            "copies": [
                {
                    "name": self.name(original),
                    "path": url_path("sources", f"{original.id}.html"),
                    "lang": ui.lang_of(original.language),
                }
                for original in copies
            ]
            if quality.verdict
            else [],
        }
        self._cards[article.id] = card
        return card

    def card_inputs(self, article: Article) -> tuple:
        """What a source's card is made from, for the digest of a view that holds it lazily."""
        quality = self.site.quality_of(article.id)
        return (article, quality, tuple(self.site.articles.get(original) for original in quality.copies))

    def article_view(self, article: Article) -> dict:
        """A source as its page and the list of sources show it."""
        mentions = self.site.data.mentions.get(article.id, ())
        events = self.site.by_article.get(article.id, [])
        return {
            "article": article,
            "card": self.card(article),
            "path": url_path("sources", f"{article.id}.html"),
            "lang": self.ui.lang_of(article.language),
            "published": self.ui.date(article.publication_date.isoformat()) if article.publication_date else "",
            "published_attr": article.publication_date.isoformat() if article.publication_date else "",
            "language": self.ui.language_name(article.language),
            "counts": self.t["mention_counts"].format(n=len(mentions), e=len(events)),
            "events": len(events),
            "full_text": self.site.config.shows_full_text(article.id),
        }

    def search_details(self, article: Article) -> dict[str, str]:
        """The line under a source in search results, in every UI language (the index is made once)."""
        details = {}
        for language in UI_LANGUAGES:
            if language not in self._uis:
                self._uis[language] = UI(language)
            ui = self._uis[language]
            parts = [self.name(article)]
            parts.append(
                ui.date(article.publication_date.isoformat()) if article.publication_date else ui.strings["no_date"]
            )
            verdict = self.site.quality_of(article.id).verdict
            if verdict:
                parts.append(ui.strings["verdict_copy" if verdict == "copy" else "verdict_low_quality"])
            details[language.split("-")[0]] = " · ".join(parts)
        return details

    def search_terms(self, article: Article) -> list[str]:
        """What the index holds of a source beyond what its page shows: every name, in either script, of the
        entities its title and its shown text name; its title and text in simplified characters, where they
        are written in traditional ones (search.js folds a query into simplified characters)."""
        if self.site.config.shows_full_text(article.id):
            shown = article.text
        else:
            shown = "\n".join(mention.sentence for mention in self.site.data.mentions.get(article.id, ()))
        terms = entity_terms(self.site, (), f"{article.title}\n{shown}")
        return terms + [simplified for text in (article.title, shown) if (simplified := to_simplified(text)) != text]

    def lazy_body(self, article: Article) -> Lazy:
        """The marked text, made only if the page is rendered: it is the dearest part of a source page's view."""
        mentions = self.site.data.mentions.get(article.id, ())
        events = tuple(self.site.data.event_of_mention.get((article.id, m.start)) for m in mentions)
        media = self.site.data.media
        copies = tuple(media[block.src].path for block in article.blocks if block.kind == "img" and block.src in media)
        full = self.site.config.shows_full_text(article.id)
        return Lazy(functools.partial(self._marked_body, article), (article, mentions, events, copies, full))

    def _marked_body(self, article: Article) -> list[dict]:
        """The article's blocks, each with its dated expressions marked and linked: every block where the
        editor may publish the whole text, else only the sentences that hold a date, in their paragraphs."""
        full = self.site.config.shows_full_text(article.id)
        mentions = sorted(self.site.data.mentions.get(article.id, ()), key=lambda m: m.start)
        blocks = []
        index = 0
        for block in article.blocks:
            if block.kind == "img":
                copied = self.site.data.media.get(block.src)
                if full and copied:
                    blocks.append({"kind": "img", "src": copied.path, "alt": block.alt})
                continue
            while index < len(mentions) and mentions[index].start < block.start:
                index += 1
            inside: list[Mention] = []
            while index + len(inside) < len(mentions) and mentions[index + len(inside)].end <= block.end:
                inside.append(mentions[index + len(inside)])
            if full:
                ranges = [(block.start, block.end)]
            elif inside:
                ranges = _sentence_ranges(inside, block.start, block.end)
            else:
                continue
            pieces = []
            for start, end in ranges:
                spans = [
                    (m.start - start, m.end - start, self._opening(article, m))
                    for m in inside
                    if start <= m.start and m.end <= end
                ]
                pieces.append(marked_text(article.text[start:end], spans))
            gap = Markup(escape(self.t["omission"]))
            html = gap.join(pieces)
            if ranges[0][0] > block.start:
                html = gap + html
            if ranges[-1][1] < block.end:
                html = html + gap
            blocks.append({"kind": block.kind, "html": Markup(html)})
        return blocks

    def _opening(self, article: Article, mention: Mention) -> Markup:
        """The opening tag that marks a date: linked to its event, or saying why it is none."""
        event_id = self.site.data.event_of_mention.get((article.id, mention.start))
        # Markup.format would cost a string.Formatter run for each of a site's hundred thousand dates.
        if event_id:
            return Markup(
                f'<mark class="date event" id="m-{mention.start}">'
                f'<a href="../{escape(url_path("events", f"{event_id}.html"))}">'
            )
        if mention.date is None:
            return Markup(
                f'<mark class="date unresolved" id="m-{mention.start}" title="{escape(self.t["unresolved"])}">'
            )
        title = f"{self.ui.date(mention.date)} · {self.t['not_an_event']}"
        return Markup(f'<mark class="date other" id="m-{mention.start}" title="{escape(title)}">')


def _sentence_ranges(mentions: list[Mention], start: int, end: int) -> list[tuple[int, int]]:
    """The sentences that hold the mentions, kept inside their block [start, end), joined where they touch."""
    ranges: list[tuple[int, int]] = []
    for mention in mentions:
        low = max(start, min(mention.sentence_start, mention.start))
        high = min(end, max(mention.sentence_end, mention.end))
        if ranges and low <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(ranges[-1][1], high))
        else:
            ranges.append((low, high))
    return ranges
