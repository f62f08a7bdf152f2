"""Render the site: pages from Jinja2 templates, assets, and the data exports.

Everything a template shows is computed here and passed in, so templates hold
presentation only. Every internal link is relative (`root` is the way back to
the site root from a page), so the site works from a domain root, a subpath,
or the file system.
"""
from __future__ import annotations

import functools
import json
import shutil
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import jinja2
import markdown as markdown_lib
import nh3
import yaml
from markupsafe import Markup, escape

from .model import Article, Entity, Event, Mention, SiteConfig

TRANSLATIONS_DIR = Path(__file__).parent / "translations"
DEFAULT_THEME_DIR = Path(__file__).resolve().parent.parent

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: http: data:; "
    "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'")

MONTHS_EN = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
QUARTER_ZH = ("一", "二", "三", "四")


@dataclass(frozen=True)
class SiteData:
    """Everything the site is made from."""

    config: SiteConfig
    articles: tuple[Article, ...]
    mentions: dict[str, tuple[Mention, ...]]
    events: tuple[Event, ...]
    entities: tuple[Entity, ...]
    event_of_mention: dict = field(default_factory=dict)  # (article, start) -> event id


@functools.lru_cache(maxsize=None)
def load_translations(language: str) -> dict[str, str]:
    """UI strings for a language, from `translations/LANG.yaml`."""
    with open(TRANSLATIONS_DIR / f"{language}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def format_date(date: str | None, language: str) -> str:
    """A date at its granularity as a reader of the UI language writes it."""
    if not date:
        return ""
    day_part, _, time_part = date.partition("T")
    parts = day_part.split("-")
    year = parts[0]
    zh = language.startswith("zh")
    if len(parts) == 1:
        text = f"{year}年" if zh else year
    elif parts[1].startswith("Q"):
        quarter = int(parts[1][1])
        text = f"{year}年第{QUARTER_ZH[quarter - 1]}季度" if zh else f"Q{quarter} {year}"
    elif parts[1].startswith("H"):
        half = int(parts[1][1])
        text = f"{year}年{'上' if half == 1 else '下'}半年" if zh else f"H{half} {year}"
    elif len(parts) == 2:
        month = int(parts[1])
        text = f"{year}年{month}月" if zh else f"{MONTHS_EN[month - 1]} {year}"
    else:
        month, day = int(parts[1]), int(parts[2])
        text = f"{year}年{month}月{day}日" if zh else f"{day} {MONTHS_EN[month - 1]} {year}"
    if time_part:
        text += f" {time_part}"
    return text


def render_markdown(text: str) -> Markup:
    """Editor Markdown to sanitised HTML: editors are trusted, but not to be careful."""
    html = markdown_lib.markdown(text or "", extensions=["extra"])
    return Markup(nh3.clean(html, link_rel="noopener noreferrer"))


def marked_text(text: str, spans: list[tuple[int, int, Markup]]) -> Markup:
    """Escape text, wrapping each (start, end) span in the markup given for it."""
    out, position = [], 0
    for start, end, opening in sorted(spans, key=lambda s: s[0]):
        if start < position:
            continue
        out.append(escape(text[position:start]))
        out.append(opening)
        out.append(escape(text[start:end]))
        out.append(Markup("</a></mark>") if "<a " in opening else Markup("</mark>"))
        position = end
    out.append(escape(text[position:]))
    return Markup("").join(out)


class Renderer:
    """Writes one site into an output folder."""

    def __init__(self, data: SiteData, project_dir: Path):
        self.data = data
        self.config = data.config
        self.language = data.config.language
        self.strings = load_translations(self.language)
        theme = project_dir if (project_dir / "templates").is_dir() else DEFAULT_THEME_DIR
        self.static_dir = theme / "static"
        self.env = jinja2.Environment(
            loader=jinja2.FileSystemLoader([str(theme / "templates"), str(DEFAULT_THEME_DIR / "templates")]),
            autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
        self.env.filters["date"] = lambda date: format_date(date, self.language)
        self.env.globals["t"] = self.strings
        self.articles = {article.id: article for article in data.articles}
        self.entities = {entity.id: entity for entity in data.entities}
        self.events = sorted(data.events, key=lambda event: event.sort_key)
        self.events_of_entity: dict[str, list[Event]] = defaultdict(list)
        self.events_of_article: dict[str, list[Event]] = defaultdict(list)
        for event in self.events:
            for entity_id in event.entities:
                self.events_of_entity[entity_id].append(event)
            for article_id in dict.fromkeys(c.article for c in event.sources if c.article):
                self.events_of_article[article_id].append(event)

    # -- pages -------------------------------------------------------------

    def render(self, out_dir: Path) -> list[Path]:
        """Write every page, asset and export; return the files written."""
        written: list[Path] = []
        write = functools.partial(self._write, out_dir, written)
        write("index.html", self._page("index.html", "", page_title="", months=self._months()))
        for position, event in enumerate(self.events):
            previous = self.events[position - 1] if position > 0 else None
            following = self.events[position + 1] if position + 1 < len(self.events) else None
            write(f"events/{event.id}.html", self._page(
                "event.html", "../", page_title=event.title, event=self._event_view(event, "../"),
                previous=previous, following=following))
        for article in self.data.articles:
            write(f"sources/{article.id}.html", self._page(
                "source.html", "../", page_title=article.title, article=article,
                body=self._marked_body(article), events=self.events_of_article.get(article.id, []),
                published=self._published(article)))
        write("sources/index.html", self._page(
            "sources.html", "../", page_title=self.strings["sources"],
            articles=[(a, self._published(a), len(self.events_of_article.get(a.id, []))) for a in self.data.articles]))
        for entity in self.data.entities:
            write(f"entities/{entity.id}.html", self._page(
                "entity.html", "../", page_title=entity.name, entity=entity,
                events=self.events_of_entity.get(entity.id, [])))
        write("entities/index.html", self._page(
            "entities.html", "../", page_title=self.strings["entities"],
            entities=[(e, len(self.events_of_entity.get(e.id, []))) for e in self.data.entities]))
        write("about.html", self._page("about.html", "", page_title=self.strings["about"],
                                       about=render_markdown(self.config.about)))
        # 404.html is served from any depth, so its links cannot be relative.
        write("404.html", self._page("404.html", self.config.base_url or "/", page_title=self.strings["not_found_title"]))
        write("data/events.json", self._json({"events": [self._event_json(e) for e in self.events]}))
        write("data/mentions.json", self._json({"mentions": self._mentions_json()}))
        write(".nojekyll", "")
        written.extend(self._copy_static(out_dir))
        return written

    def _page(self, template: str, root: str, **context) -> str:
        return self.env.get_template(template).render(
            site=self.config, root=root, lang=self.language, csp=CONTENT_SECURITY_POLICY,
            entities_by_id=self.entities, articles_by_id=self.articles,
            event_meta=lambda event: self._event_meta(event), **context)

    @staticmethod
    def _write(out_dir: Path, written: list[Path], relative: str, content: str) -> None:
        path = out_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
        written.append(path)

    def _copy_static(self, out_dir: Path) -> list[Path]:
        copied = []
        if self.static_dir.is_dir():
            for source in sorted(self.static_dir.rglob("*")):
                if source.is_file():
                    target = out_dir / "assets" / source.relative_to(self.static_dir)
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(source, target)
                    copied.append(target)
        return copied

    # -- views -------------------------------------------------------------

    def _months(self) -> list[dict]:
        """Events grouped by year and month for the timeline."""
        groups: list[dict] = []
        for event in self.events:
            key = event.date[:7] if event.granularity in ("day", "time", "month") else event.date[:4]
            if not groups or groups[-1]["key"] != key:
                groups.append({"key": key, "label": format_date(key, self.language), "events": []})
            groups[-1]["events"].append(event)
        return groups

    def _event_meta(self, event: Event) -> dict:
        independent = len({c.article or c.url for c in event.sources})
        count = self.strings["one_source"] if independent == 1 else self.strings["source_count"].format(n=independent)
        return {"sources": count, "differ": bool(event.variant_dates), "edited": bool(event.edited_in),
                "entities": [self.entities[e] for e in event.entities if e in self.entities]}

    def _event_view(self, event: Event, root: str) -> dict:
        citations = []
        for citation in event.sources:
            article = self.articles.get(citation.article) if citation.article else None
            quote = citation.quote
            spans = []
            if citation.as_written and citation.as_written in quote:
                at = quote.index(citation.as_written)
                spans.append((at, at + len(citation.as_written), Markup('<mark class="date">')))
            citations.append({
                "citation": citation, "article": article,
                "quote": marked_text(quote, spans),
                "published": self._published(article) if article else "",
                "anchor": f"{root}sources/{article.id}.html#m-{citation.start}" if article and citation.as_written
                else (f"{root}sources/{article.id}.html" if article else ""),
            })
        variants = [{"date": v.date, "articles": [self.articles[a] for a in v.sources if a in self.articles]}
                    for v in event.variant_dates]
        edit_link = ""
        if event.edited_in and self.config.repository:
            edit_link = f"{self.config.repository.rstrip('/')}/blob/main/{event.edited_in}"
        return {"event": event, "citations": citations, "variants": variants,
                "summary": render_markdown(event.summary), "edit_link": edit_link, **self._event_meta(event)}

    def _published(self, article: Article | None) -> str:
        if article is None or article.publication_date is None:
            return ""
        return format_date(article.publication_date.isoformat(), self.language)

    def _marked_body(self, article: Article) -> list[dict]:
        """The article's blocks, each with its dated expressions marked and linked."""
        mentions = sorted(self.data.mentions.get(article.id, ()), key=lambda m: m.start)
        blocks = []
        index = 0
        for block in article.blocks:
            if block.kind == "img":
                blocks.append({"kind": "img", "src": block.src, "alt": block.alt})
                continue
            spans = []
            while index < len(mentions) and mentions[index].start < block.start:
                index += 1
            scan = index
            while scan < len(mentions) and mentions[scan].end <= block.end:
                mention = mentions[scan]
                event_id = self.data.event_of_mention.get((article.id, mention.start))
                if event_id:
                    opening = Markup('<mark class="date event" id="m-{}"><a href="../events/{}.html">').format(
                        mention.start, event_id)
                elif mention.date is None:
                    opening = Markup('<mark class="date unresolved" id="m-{}" title="{}">').format(
                        mention.start, self.strings["unresolved"])
                else:
                    opening = Markup('<mark class="date other" id="m-{}" title="{}">').format(
                        mention.start, f"{format_date(mention.date, self.language)} · {self.strings['not_an_event']}")
                spans.append((mention.start - block.start, mention.end - block.start, opening))
                scan += 1
            text = article.text[block.start:block.end]
            blocks.append({"kind": block.kind, "html": marked_text(text, spans)})
        return blocks

    # -- data --------------------------------------------------------------

    def _event_json(self, event: Event) -> dict:
        base = self.config.base_url.rstrip("/") + "/" if self.config.base_url else ""
        return {
            "id": event.id, "date": event.date, "end_date": event.end_date, "granularity": event.granularity,
            "title": event.title, "summary": event.summary, "entities": list(event.entities),
            "tags": list(event.tags), "origin": event.origin, "url": f"{base}events/{event.id}.html",
            "sources": [{"article": c.article, "quote": c.quote, "url": c.url, "as_written": c.as_written}
                        for c in event.sources],
            "variant_dates": [{"date": v.date, "sources": list(v.sources)} for v in event.variant_dates],
        }

    def _mentions_json(self) -> list[dict]:
        rows = []
        for article in self.data.articles:
            for mention in self.data.mentions.get(article.id, ()):
                rows.append(mention.to_json(self.data.event_of_mention.get((article.id, mention.start))))
        return rows

    @staticmethod
    def _json(value: object) -> str:
        return json.dumps(value, ensure_ascii=False, indent=1) + "\n"


def render_site(data: SiteData, out_dir: Path, project_dir: Path) -> list[Path]:
    """Render the whole site into out_dir (which should be empty)."""
    return Renderer(data, project_dir).render(out_dir)
