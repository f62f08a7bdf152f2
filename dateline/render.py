"""Render the site: pages from Jinja2 templates, assets, the data exports and the search index.

Everything a template shows is computed here and passed in, so templates hold
presentation only. The site is written twice: in its own UI language at the
root and in the other shipped UI language under `en/` (or `zh/`); the data,
feeds, assets and search index exist once, at the root. Every internal link is
relative (`root` leads back to the UI root, `site_root` to the site root), so
the site works from a domain root, a subpath, or the file system.
"""
from __future__ import annotations

import copyreg
import datetime as dt
import functools
import hashlib
import io
import json
import os
import pickle
import re
import stat
import sys
import threading
from collections import Counter, defaultdict
from concurrent.futures import Future
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable
from urllib.parse import quote, unquote

import jinja2
import nh3
import yaml
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from . import code_digest, exports, package_version, search
from .files import stamp_of, write_file
from .model import Article, Entity, Event, Mention, SiteConfig
from .overview import OverviewItem, event_bounds, overview_layout, period_bounds
from .workers import can_fork, forked_pool, release_free_memory

TRANSLATIONS_DIR = Path(__file__).parent / "translations"


def _default_theme_dir() -> Path:
    """Where dateline's own templates/ and static/ are: inside the installed package (a wheel carries them
    as dateline/theme/), or at the top of a source checkout, where they are kept."""
    package = Path(__file__).resolve().parent
    packaged = package / "theme"
    return packaged if (packaged / "templates").is_dir() else package.parent


DEFAULT_THEME_DIR = _default_theme_dir()

#: The one place the pages' security policy is written. Pages with search add
#: 'wasm-unsafe-eval', which Pagefind's WebAssembly needs; nothing else comes from outside.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'{extra_script}; style-src 'self'; img-src 'self' https: http: data:; "
    "object-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'self'")

#: The UI languages dateline ships, and where the other one lives when the site uses one.
UI_LANGUAGES = {"zh-CN": "zh/", "en": "en/"}

#: JSON-LD inline in <script type="application/ld+json"> is what search engines read; the site's
#: tests currently forbid every inline <script>, so it is linked as a file (a JSON-LD 1.1
#: alternate document) until they allow data blocks. Flip this to embed it as well.
EMBED_JSON_LD = True

#: The overview is laid out once per screen size (style.css picks one), so its text is never scaled much.
OVERVIEW_WIDTHS = {"wide": 800, "medium": 560, "narrow": 330}
KEY_IMPORTANCE = 2.0  # independent sources that make an event a key event
GRANULARITY_ORDER = {"year": 0, "half": 1, "quarter": 2, "month": 3, "day": 4, "time": 5}


@dataclass(frozen=True)
class SiteData:
    """Everything the site is made from."""

    config: SiteConfig
    articles: tuple[Article, ...]
    mentions: dict[str, tuple[Mention, ...]]
    events: tuple[Event, ...]
    entities: tuple[Entity, ...]
    event_of_mention: dict = field(default_factory=dict)  # (article, start) -> event id


# -- language --------------------------------------------------------------

@functools.lru_cache(maxsize=None)
def load_translations(language: str) -> dict:
    """UI strings for a language, from `translations/LANG.yaml`."""
    with open(TRANSLATIONS_DIR / f"{language}.yaml", encoding="utf-8") as handle:
        return yaml.safe_load(handle)


class UI:
    """The strings and the date and duration formats of one UI language."""

    def __init__(self, language: str):
        self.language = language
        self.strings = load_translations(language)
        self.html_lang = self.strings["html_lang"]
        self._dates: dict[str, str] = {}  # a site shows the same few thousand dates on every page

    def date(self, date: str | None) -> str:
        """A date at its granularity as a reader of this language writes it: `2021年11月24日`, `24 Nov 2021`."""
        if not date:
            return ""
        text = self._dates.get(date)
        if text is None:
            text = self._dates[date] = self._written_date(date)
        return text

    def _written_date(self, date: str) -> str:
        day_part, _, time_part = date.partition("T")
        parts = day_part.split("-")
        fields = {"year": int(parts[0])}
        if len(parts) == 1:
            text = self.strings["date_year"].format(**fields)
        elif parts[1].startswith("Q"):
            quarter = int(parts[1][1])
            text = self.strings["date_quarter"].format(
                quarter=quarter, quarter_name=self.strings["quarter_names"][quarter - 1], **fields)
        elif parts[1].startswith("H"):
            half = int(parts[1][1])
            text = self.strings["date_half"].format(half=half, half_name=self.strings["half_names"][half - 1], **fields)
        else:
            month = int(parts[1])
            fields.update(month=month, month_name=self.strings["month_names"][month - 1])
            if len(parts) == 2:
                text = self.strings["date_month"].format(**fields)
            else:
                text = self.strings["date_day"].format(day=int(parts[2]), **fields)
        if time_part:
            text = self.strings["date_time"].format(date=text, time=time_part)
        return text

    def date_range(self, date: str, end_date: str | None) -> str:
        if not end_date or end_date == date:
            return self.date(date)
        return self.strings["date_range"].format(start=self.date(date), end=self.date(end_date))

    def period(self, key: str) -> str:
        """A period inside its year, as a heading under that year: `12月`, `December`, `Q3`, `全年`."""
        parts = key.split("-")
        if len(parts) == 1:
            return self.strings["period_year"]
        if parts[1].startswith("Q"):
            quarter = int(parts[1][1])
            return self.strings["period_quarter"].format(quarter=quarter,
                                                         quarter_name=self.strings["quarter_names"][quarter - 1])
        if parts[1].startswith("H"):
            half = int(parts[1][1])
            return self.strings["period_half"].format(half_name=self.strings["half_names"][half - 1])
        month = int(parts[1])
        long_names = self.strings.get("month_names_long", self.strings["month_names"])
        return self.strings["period_month"].format(month=month, month_name=self.strings["month_names"][month - 1],
                                                   month_name_long=long_names[month - 1])

    def period_in_year(self, key: str) -> str:
        """A period with its year, for headings read on their own: `2021年7月`, `1999年全年`."""
        return self.strings["period_in_year"].format(year=self.date(key[:4]), period=self.period(key))

    def axis_label(self, day: dt.date, unit: str, first: bool) -> str:
        """A tick label on the overview's axis; the first of a segment names the year."""
        if unit == "year":
            return self.date(str(day.year))
        if unit == "month":
            key = f"{day.year:04d}-{day.month:02d}"
            if first or day.month == 1:
                return self.date(key)
            return self.strings["axis_month"].format(month=day.month, month_name=self.strings["month_names"][day.month - 1])
        return self.strings["axis_day"].format(day=day.day, month=day.month,
                                               month_name=self.strings["month_names"][day.month - 1])

    def duration(self, days: int) -> str:
        """A length of time, to the day when that matters and roughly when it does not."""
        if days == 0:
            return self.strings["duration_same_day"]
        if days == 1:
            return self.strings["duration_one_day"]
        if days < 120:
            return self.strings["duration_days"].format(n=days)
        if days < 730:
            return self.strings["duration_months"].format(n=round(days / 30.44))
        return self.strings["duration_years"].format(n=round(days / 365.25))

    def source_count(self, count: int) -> str:
        return self.strings["one_source"] if count == 1 else self.strings["source_count"].format(n=count)

    def language_name(self, code: str) -> str:
        return self.strings["language_names"].get(code, code)

    def lang_of(self, content_language: str) -> str:
        """The lang attribute content in another language needs on a page in this UI, or ""."""
        if not content_language:
            return ""
        return content_language if content_language.split("-")[0] != self.html_lang.split("-")[0] else ""


def format_date(date: str | None, language: str) -> str:
    """A date at its granularity as a reader of the UI language writes it."""
    return UI(language).date(date)


#: Editor Markdown (summaries, about): CommonMark with tables and strikethrough, read as articles are.
EDITOR_MARKDOWN = MarkdownIt("commonmark", {"html": True}).enable(["table", "strikethrough"])


@functools.lru_cache(maxsize=1 << 14)
def render_markdown(text: str) -> Markup:
    """Editor Markdown to sanitised HTML: editors are trusted, but not to be careful.

    Cached: each summary is shown in both UI languages, and serve rebuilds often.
    """
    return Markup(nh3.clean(EDITOR_MARKDOWN.render(text or ""), link_rel="noopener noreferrer"))


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
    return Markup("".join(out))  # every piece is already markup: Markup.join would escape each again


def in_script_of(text: str, language: str) -> bool:
    """Whether a name is written in the script of a UI language (Latin for English, Han for Chinese)."""
    if language.startswith("zh"):
        return bool(re.search(r"[\u4e00-\u9fff]", text))
    return bool(re.search(r"[A-Za-z]", text)) and not re.search(r"[^\x00-\u024f\u2010-\u2027]", text)


def slug(text: str) -> str:
    """A file name for a tag: letters and digits of any script, other runs become '-'."""
    cleaned = re.sub(r"[^\w]+", "-", text.strip().lower()).strip("-_")
    return cleaned or "tag"


@functools.lru_cache(maxsize=1 << 16)
def url_path(*parts: str) -> str:
    """Join path parts, each percent-encoded as a URL needs (ids may hold spaces or Chinese)."""
    return "/".join(quote(part) for part in parts)


def time_datetime(date: str) -> str:
    """The `<time datetime>` value for an ISO date, or "" where HTML has no form for it (quarters, halves)."""
    return "" if re.search(r"-[QH]", date) else date


def when(date: str, label: str) -> Markup:
    """A date as pages show it: `<time>` where HTML has a form for the date, else a `<span>`."""
    attribute = time_datetime(date or "")
    if attribute:
        return Markup(f'<time datetime="{escape(attribute)}">{escape(label)}</time>')
    return Markup(f"<span>{escape(label)}</span>")


@functools.lru_cache(maxsize=256)
def lang_attr(code: str) -> Markup:
    """` lang="…"` for content in another language than the page, or nothing."""
    return Markup(f' lang="{escape(code)}"') if code else Markup("")


def period_key(event: Event) -> str:
    """The heading an event is listed under inside its year: its month, or its own coarser period."""
    if event.granularity in ("day", "time", "month"):
        return event.date[:7]
    return event.date.split("T")[0]


# -- what the site holds, independent of the UI language --------------------

class SiteIndex:
    """The site's events, sources and entities, ordered and cross-referenced once."""

    def __init__(self, data: SiteData):
        self.data = data
        self.config = data.config
        self.articles = {article.id: article for article in data.articles}
        self.entities = {entity.id: entity for entity in data.entities}
        self.bounds = {event.id: event_bounds(event.date, event.end_date) for event in data.events}
        # Readers see events in time order; a period ("2021-Q3") comes before the days inside it.
        self.events = sorted(data.events, key=lambda e: (self.bounds[e.id][0], GRANULARITY_ORDER.get(e.granularity, 9),
                                                         e.date, e.id))
        self.position = {event.id: position for position, event in enumerate(self.events)}
        self.event_by_id = {event.id: event for event in self.events}
        focus = set(getattr(self.config, "focus", ()) or ())
        self.key_ids = {e.id for e in self.events
                        if e.importance >= KEY_IMPORTANCE or e.edited_in or focus & set(e.entities)}
        self.by_entity: dict[str, list[Event]] = defaultdict(list)
        self.by_article: dict[str, list[Event]] = defaultdict(list)
        self.by_tag: dict[str, list[Event]] = defaultdict(list)
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
            if event.granularity in ("day", "time", "month"):
                self.by_month[event.date[:7]].append(event)
            if self.language_of(event):
                self.by_language[self.language_of(event)].append(event)
        self.mention_at = {(article_id, mention.start): mention
                           for article_id, mentions in data.mentions.items() for mention in mentions}

    def articles_of(self, event: Event) -> list[str]:
        return list(dict.fromkeys([c.article for c in event.sources if c.article]
                                  + list(getattr(event, "also_published_by", ()) or ())))

    def language_of(self, event: Event) -> str:
        if event.language:
            return event.language
        languages = [self.articles[a].language for a in self.articles_of(event) if a in self.articles]
        return languages[0] if languages else ""

    def published_sort_key(self, article: Article) -> tuple:
        return (article.published is None, article.published or dt.datetime.min.replace(tzinfo=dt.timezone.utc),
                article.id)

    def latest_publication(self) -> dt.datetime | None:
        dates = [a.published for a in self.data.articles if a.published]
        return max(dates) if dates else None


# -- one UI language --------------------------------------------------------

def site_lang(ui_language: str, site_language: str) -> str:
    """The lang attribute for text from site.yaml and entities.yaml (written in the site's language)."""
    return UI(ui_language).lang_of(load_translations(site_language)["html_lang"])


class _Environment(jinja2.Environment):
    """Jinja2 reading `view.key` from the plain dicts render.py passes as a key first.

    Jinja tries the attribute first and, for a dict, fails into the key: an
    exception for every `{{ e.title }}` on every page.
    """

    def getattr(self, obj, attribute):
        if type(obj) is dict or type(obj) is _Summary:
            try:
                return obj[attribute]
            except KeyError:
                pass
        return super().getattr(obj, attribute)


@functools.lru_cache(maxsize=16)
def template_environment(theme: tuple[Path, ...], ui_language: str, site_language: str) -> jinja2.Environment:
    """The templates of a theme for one UI language, compiled once per process (serve and tests build often)."""
    ui = UI(ui_language)
    env = _Environment(
        loader=jinja2.FileSystemLoader([str(d / "templates") for d in theme]),
        autoescape=True, undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["date"] = ui.date
    env.filters["datetime_attr"] = time_datetime
    # Filters for the shipped templates; the same functions as globals for themes written before.
    env.filters.update(when=when, lang_attr=lang_attr, lang_of=ui.lang_of)
    env.globals.update(when=when, lang_attr=lang_attr)
    # Macros see globals only, so what they need is here; it depends on nothing but the two languages.
    env.globals.update(t=ui.strings, lang_of=ui.lang_of, lang=ui.html_lang,
                       site_lang=site_lang(ui_language, site_language))
    return env


@dataclass
class Written:
    """Files written so far."""

    files: list[Path] = field(default_factory=list)
    views: dict[str, list] = field(default_factory=dict)  # see PageMemo.pages
    unchecked: list[Path] = field(default_factory=list)  # files not compared with the site they replace (search)


class _Card:
    """An event's list item, made when a template asks for it (see PageRenderer._card)."""

    __slots__ = ("make", "event_id")

    def __init__(self, make: Callable[..., Markup], event_id: str):
        self.make, self.event_id = make, event_id

    def __call__(self, *args) -> Markup:
        return self.make(self.event_id, *args)


class _Lazy:
    """A part of a view made only when a template reads it; its digest stands for what it is made from."""

    __slots__ = ("make", "inputs", "_value")

    def __init__(self, make: Callable[[], list], inputs: tuple):
        self.make, self.inputs = make, inputs

    def _made(self) -> list:
        if not hasattr(self, "_value"):
            self._value = self.make()
        return self._value

    def __iter__(self):
        return iter(self._made())

    def __len__(self) -> int:
        return len(self._made())


class _Summary(dict):
    """An event as lists show it. It is in many views (every timeline, its neighbours' pages, its sources'
    pages), so a view's digest holds the digest of its items, made once, in their place."""

    __slots__ = ("digest",)


def _summary_digest(summary: _Summary) -> str:
    try:
        return summary.digest
    except AttributeError:  # first met: made whole by now (see PageRenderer._summary)
        summary.digest = view_digest(b"", "", dict(summary))
        return summary.digest


def _article_digest(article: Article) -> bytes:
    """What an article is, for the digest of a view that holds it (an event's view holds each of its sources).

    Read from its file, it is made from the bytes its content_hash covers, its
    place, and the settings and code that the views' salt covers; else every field counts.
    """
    if article.content_hash:
        return f"{article.id}\0{article.path}\0{article.content_hash}".encode("utf-8", "surrogateescape")
    return view_digest(b"", "", vars(article)).encode()


#: How a view is serialised for its digest: a card stands for its event, whose summary is in the view beside
#: it; an article for the digest of its fields.
_VIEW_REDUCERS = copyreg.dispatch_table.copy()
_VIEW_REDUCERS[_Card] = lambda card: (_Card, (None, card.event_id))
_VIEW_REDUCERS[Article] = lambda article: (Article, (_article_digest(article),))
_VIEW_REDUCERS[_Lazy] = lambda lazy: (_Lazy, (None, lazy.inputs))
_VIEW_REDUCERS[_Summary] = lambda summary: (_Summary, (_summary_digest(summary),))


def view_digest(salt: bytes, template: str, variables: dict) -> str:
    """A digest of everything a template is given, by value; "" when some of it cannot be serialised.

    Pickled without its memo ("fast" mode), so two equal views give the same
    bytes whether or not they share objects.
    """
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.dispatch_table = _VIEW_REDUCERS
    pickler.fast = True
    try:
        pickler.dump((template, variables))
    except (pickle.PicklingError, TypeError, AttributeError, ValueError, RecursionError):
        return ""
    return hashlib.blake2b(salt + buffer.getbuffer(), digest_size=20).hexdigest()


def view_salt(theme: list[Path], config: SiteConfig) -> bytes:
    """What every page depends on besides its view: templates, dateline's code and strings, settings, libraries."""
    libraries = "\0".join(package_version(name) for name in ("jinja2", "markupsafe"))
    digest = hashlib.sha256(f"{code_digest()}\0{config!r}\0{libraries}\0{sys.version}\0".encode(
        "utf-8", "surrogateescape"))
    for directory in theme:
        for path in sorted((directory / "templates").rglob("*")):
            if path.is_file():
                digest.update(f"{path.relative_to(directory).as_posix()}\0".encode("utf-8", "surrogateescape"))
                digest.update(path.read_bytes())
    return digest.digest()


class PageMemo:
    """What each page of the site being replaced was made from, so that a page whose view is the same is
    kept without rendering it: its old file is linked.

    `pages` maps a page's path in the site to [view digest, inode, size,
    modification time] of the file it was written to; a file that changed
    since (another inode, size or time) is rendered again.
    """

    def __init__(self, previous: Path | None = None, pages: dict[str, list] | None = None, salt: bytes = b""):
        self.previous = previous
        self.pages = pages or {}
        self.salt = salt  # see view_salt

    @staticmethod
    def read(path: Path) -> dict[str, list]:
        """The pages of a memo saved at path; {} when there is none or it cannot be read."""
        try:
            pages = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return pages if isinstance(pages, dict) else {}

    def digest(self, template: str, variables: dict) -> str:
        return view_digest(self.salt, template, variables) if self.salt else ""

    def keep(self, relative: str, digest: str, target: Path) -> bool:
        """Link target to the old page at relative if that page was made from the same view and is unchanged."""
        entry = self.pages.get(relative)
        if not digest or self.previous is None or not isinstance(entry, list) or entry[:1] != [digest]:
            return False
        old = self.previous / relative
        try:
            status = os.lstat(old)
            if not stat.S_ISREG(status.st_mode) or entry[1:] != stamp_of(status):
                return False
            os.link(old, target)
        except OSError:
            return False
        return True


def memo_entry(digest: str, path: Path) -> list:
    return [digest, *stamp_of(os.stat(path))]


class PageRenderer:
    """Writes every page of the site in one UI language under `prefix`."""

    def __init__(self, site: SiteIndex, ui: UI, prefix: str, other: tuple[UI, str], theme_dirs: list[Path],
                 json_ld: dict[str, str], memo: PageMemo | None = None,
                 search_bundles: Iterable[search.SearchBundle] = ()):
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
        self._summaries: dict[str, _Summary] = {}
        self._cards: dict[tuple[str, str, int], Markup] = {}
        self._templates: dict[str, jinja2.Template] = {}  # looked up once: get_template checks the file each time

    # -- pages -------------------------------------------------------------

    def forget(self) -> None:
        """Drop what was kept to render pages faster, and the memo of the site replaced: the pages are written,
        and the search index, made next, needs the memory."""
        self._summaries.clear()
        self._cards.clear()
        self.memo.pages = {}

    def page_jobs(self) -> list[tuple[str, str]]:
        """Every page of this UI as (kind, key), in the order pages are listed in the sitemap."""
        site = self.site
        jobs = [("index", ""), ("key", "")]
        jobs += [("event", str(position)) for position in range(len(site.events))]
        jobs += [("source", str(number)) for number in range(len(site.data.articles))]
        jobs.append(("sources", ""))
        jobs += [("entity", str(number)) for number in range(len(site.data.entities))]
        jobs.append(("entities", ""))
        jobs += [("tag", tag_slug) for tag_slug in sorted(site.by_tag)]
        if site.by_tag:
            jobs.append(("tags", ""))
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
        if kind in ("index", "key", "search", "about", "404"):
            return f"{kind}.html"
        if kind in ("sources", "entities", "tags"):
            return f"{kind}/index.html"
        if kind == "event":
            return url_path("events", f"{site.events[int(key)].id}.html")
        if kind == "source":
            return url_path("sources", f"{site.data.articles[int(key)].id}.html")
        if kind == "entity":
            return self._entity_name(site.data.entities[int(key)])["path"]
        if kind in ("tag", "month", "language"):
            return url_path(f"{kind}s", f"{key}.html")
        raise ValueError(f"no such page kind: {kind}")

    def render_page(self, kind: str, key: str, out_dir: Path, written: Written) -> None:
        """Write one page named by page_jobs()."""
        site = self.site
        path = self.page_path(kind, key)
        if kind in ("index", "key"):
            events = site.events if kind == "index" else [e for e in site.events if e.id in site.key_ids]
            self._write(out_dir, written, path, "index.html", page_title="" if kind == "index" else self.t["key_events"],
                        view="all" if kind == "index" else "key", overview=self._overview(events),
                        groups=self._groups(events), filters=self._filters(events), total=len(events),
                        stats=self._stats(), json_ld="index" if kind == "index" else "", og_type="website")
        elif kind == "event":
            position = int(key)
            event = site.events[position]
            self._write(out_dir, written, path, "event.html",
                        page_title=event.title, event=self._event_view(event), og_type="article",
                        searchable=not self.prefix,
                        previous=self._summary(site.events[position - 1]) if position else None,
                        following=self._summary(site.events[position + 1]) if position + 1 < len(site.events) else None)
        elif kind == "source":
            article = site.data.articles[int(key)]
            events = site.by_article.get(article.id, [])
            self._write(out_dir, written, path, "source.html",
                        page_title=article.title, article=self._article_view(article),
                        body=self._lazy_body(article), events=[self._summary(e) for e in events],
                        json_ld=f"sources/{article.id}", og_type="article",
                        og_image=next((b.src for b in article.blocks if b.kind == "img" and b.src.startswith("http")), ""))
        elif kind == "sources":
            articles = sorted(site.data.articles, key=site.published_sort_key)
            self._write(out_dir, written, path, "sources.html", page_title=self.t["sources"],
                        articles=[self._article_view(a) for a in articles])
        elif kind == "entity":
            entity = site.data.entities[int(key)]
            view = self._entity_name(entity)
            self._listing(out_dir, written, path, view["name"], site.by_entity.get(entity.id, []),
                          heading_lang=view["lang"], entity=entity, kind=self.t.get(f"kind_{entity.kind}", entity.kind))
        elif kind == "entities":
            entities = sorted(site.data.entities, key=lambda e: (-len(site.by_entity.get(e.id, [])), e.name))
            self._write(out_dir, written, path, "entities.html", page_title=self.t["entities"],
                        entities=[(self._entity_name(e), len(site.by_entity.get(e.id, [])),
                                   self.t.get(f"kind_{e.kind}", e.kind)) for e in entities])
        elif kind == "tag":
            self._listing(out_dir, written, path, self.t["tag_title"].format(tag=site.tag_names[key]),
                          site.by_tag[key])
        elif kind == "tags":
            self._write(out_dir, written, path, "tags.html", page_title=self.t["tags"],
                        tags=[(url_path(s), site.tag_names[s], len(events)) for s, events in sorted(site.by_tag.items())])
        elif kind == "month":
            self._listing(out_dir, written, path, self.t["month_title"].format(month=self.ui.date(key)),
                          site.by_month[key])
        elif kind == "language":
            self._listing(out_dir, written, path,
                          self.t["language_title"].format(language=self.ui.language_name(key)), site.by_language[key])
        elif kind == "search":
            self._write(out_dir, written, path, "search.html", page_title=self.t["search"],
                        all_events=[self._summary(e) for e in site.events], extra_script=" 'wasm-unsafe-eval'",
                        bundles=self.search_bundles,
                        index_language=load_translations(self.config.language)["html_lang"])
        elif kind == "about":
            self._write(out_dir, written, path, "about.html", page_title=self.t["about"],
                        about=render_markdown(self.config.about), stats=self._stats())
        elif kind == "404":
            # 404.html is served from any depth, so its links cannot be relative.
            base = self.config.base_url or "/"
            self._write(out_dir, written, path, "404.html", page_title=self.t["not_found_title"],
                        root_override=base, sitemap=kind not in UNLISTED_PAGES)

    def _listing(self, out_dir: Path, written: Written, path: str, title: str, events: list[Event], *,
                 heading_lang: str = "", entity: Entity | None = None, kind: str = "") -> None:
        """A page of one filter (an entity, a tag, a month, a source language): its events as a timeline."""
        aliases = [(name, "" if in_script_of(name, self.ui.language) else self._site_lang())
                   for name in (entity.names if entity else ()) if name != title]
        self._write(out_dir, written, path, "listing.html", page_title=title, heading=title, heading_lang=heading_lang,
                    entity=entity, kind=kind, aliases=aliases, groups=self._groups(events),
                    count=self.t["article_count"].format(n=len(events)))

    def _write(self, out_dir: Path, written: Written, path: str, template: str, *, page_title: str,
               root_override: str = "", sitemap: bool = True, extra_script: str = "", json_ld: str = "",
               og_type: str = "", og_image: str = "", searchable: bool = False, **context) -> None:
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
            site=self.config, root=root, site_root=site_root, page_path=path, page_title=page_title,
            csp=CONTENT_SECURITY_POLICY.format(extra_script=extra_script),
            other_ui={"href": f"{other_root}{self.other_prefix}{path if sitemap else 'index.html'}",
                      "lang": self.other_ui.html_lang,
                      "name": self.other_ui.strings["language_name"]},
            canonical=page_url, alternates=alternates, og_type=og_type, og_image=og_image,
            og_locale=self.t["og_locale"], searchable=searchable,
            json_ld_href=f"{site_root}data/ld/{json_ld}.jsonld" if json_ld else "",
            json_ld=self.json_ld.get(json_ld, "") if EMBED_JSON_LD and json_ld else "", **context)
        relative = self.prefix + unquote(path)
        target = out_dir / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        digest = self.memo.digest(template, variables)
        if not self.memo.keep(relative, digest, target):
            if template not in self._templates:
                self._templates[template] = self.env.get_template(template)
            data = self._templates[template].render(variables).encode("utf-8")
            write_file(target, data, self.memo.previous / relative if self.memo.previous else None)
        if digest:
            written.views[relative] = memo_entry(digest, target)
        written.files.append(target)

    def _site_lang(self) -> str:
        """The lang attribute for text from site.yaml and entities.yaml, written in the site's language."""
        return site_lang(self.ui.language, self.config.language)

    # -- views -------------------------------------------------------------

    def _summary(self, event: Event) -> _Summary:
        """An event as lists show it (computed once per UI language)."""
        if event.id in self._summaries:
            return self._summaries[event.id]
        site = self.site
        articles = site.articles_of(event)
        view = _Summary({
            "id": event.id, "path": url_path("events", f"{event.id}.html"), "title": event.title,
            "title_lang": self.ui.lang_of(site.language_of(event)),
            "date": event.date, "end_date": event.end_date, "date_label": self.ui.date_range(event.date, event.end_date),
            "key": event.id in site.key_ids, "sources_label": self.ui.source_count(event.independent_sources),
            "differ": bool(event.variant_dates), "edited": bool(event.edited_in),
            "editorial": event.origin == "editorial",
            "entities": [self._entity_name(site.entities[e]) for e in event.entities if e in site.entities],
            "tags": [(url_path("tags", f"{slug(t)}.html"), t) for t in event.tags],
            # Space-separated lists of percent-encoded values (article ids may hold spaces).
            "filter": {"entity": " ".join(map(quote, event.entities)), "source": " ".join(map(quote, articles)),
                       "tag": " ".join(quote(slug(t)) for t in event.tags), "language": quote(site.language_of(event))},
        })
        view["card"] = _Card(self._card, event.id)
        self._summaries[event.id] = view
        return view

    def _card(self, event_id: str, root: str, level: int, filterable: bool = False) -> Markup:
        """An event's list item (the theme's `event_item` macro), made once per root, heading level and
        whether it carries what the timeline's filters read.

        An event is listed on the timeline, the key events and the page of each
        of its entities, tags, month and language: the same markup each time.
        """
        key = (event_id, root, level, filterable)
        if key not in self._cards:
            macros = self.env.get_template("_macros.html").module
            self._cards[key] = macros.event_item(self._summaries[event_id], root, level, filterable)
        return self._cards[key]

    def _groups(self, events: list[Event]) -> list[dict]:
        """Events grouped by year, then by month (or by their own coarser period) for sticky headings."""
        years: list[dict] = []
        for event in events:
            year = event.date[:4]
            if not years or years[-1]["key"] != year:
                years.append({"key": year, "label": self.ui.date(year), "periods": []})
            key = period_key(event)
            periods = years[-1]["periods"]
            if not periods or periods[-1]["key"] != key:
                periods.append({"key": key, "full": self.ui.period_in_year(key), "short": self.ui.period(key),
                                "archive": url_path("months", f"{key}.html") if key in self.site.by_month else "",
                                "events": []})
            periods[-1]["events"].append(self._summary(event))
        return years

    def _stats(self) -> dict:
        site = self.site
        text = self.t["events_total"].format(n=len(site.events), s=len(site.data.articles))
        span = ""
        if site.events:
            first, last = site.events[0], site.events[-1]
            span = self.t["time_span"].format(start=self.ui.date(first.date), end=self.ui.date(last.end_date or last.date))
        return {"text": text, "span": span, "events": len(site.events), "key": len(site.key_ids)}

    def _filters(self, events: list[Event]) -> list[dict]:
        """The filter groups on a timeline page: every choice is also a real page."""
        site = self.site
        listed = {e.id for e in events}

        def count(members: list[Event]) -> int:
            return sum(1 for e in members if e.id in listed)

        groups = []
        entities = sorted((e for e in site.data.entities if count(site.by_entity.get(e.id, []))),
                          key=lambda e: (-count(site.by_entity[e.id]), e.name))
        named = [(e, self._entity_name(e)) for e in entities]
        groups.append({"kind": "entity", "label": self.t["filter_by_entity"], "lang": "", "index": "entities/index.html",
                       "choices": [{"value": e.id, "label": view["name"], "label_lang": view["lang"],
                                    "title": view["original"] if view["original"] != view["name"] else "",
                                    "count": count(site.by_entity[e.id]), "path": view["path"]} for e, view in named]})
        articles = [a for a in sorted(site.data.articles, key=site.published_sort_key)
                    if count(site.by_article.get(a.id, []))]
        labels = self._source_labels(articles)
        groups.append({"kind": "source", "label": self.t["filter_by_source"], "lang": "", "index": "sources/index.html",
                       "choices": [
            {"value": a.id, "label": labels[a.id], "title": a.title, "label_lang": self.ui.lang_of(a.language),
             "count": count(site.by_article[a.id]), "path": url_path("sources", f"{a.id}.html")} for a in articles]})
        if site.by_tag:
            groups.append({"kind": "tag", "label": self.t["filter_by_tag"], "lang": "", "index": "tags/index.html",
                           "choices": [
                {"value": s, "label": site.tag_names[s], "count": count(members), "path": url_path("tags", f"{s}.html")}
                for s, members in sorted(site.by_tag.items()) if count(members)]})
        if len(site.by_language) > 1:
            groups.append({"kind": "language", "label": self.t["filter_by_language"], "lang": "", "choices": [
                {"value": code, "label": self.ui.language_name(code), "count": count(members),
                 "path": url_path("languages", f"{code}.html")}
                for code, members in sorted(site.by_language.items()) if count(members)]})
        months = [m for m, members in sorted(site.by_month.items()) if count(members)]
        if months:
            groups.append({"kind": "month", "label": self.t["filter_by_month"], "lang": "", "choices": [
                {"value": "", "label": self.ui.date(m), "count": count(site.by_month[m]),
                 "path": url_path("months", f"{m}.html")} for m in months]})
        for group in groups:
            group.setdefault("index", "")
            for choice in group["choices"]:
                choice["value"] = quote(choice["value"])
                choice.setdefault("title", "")
                choice.setdefault("label_lang", group["lang"])
        return [group for group in groups if group["choices"]]

    def _entity_name(self, entity: Entity) -> dict:
        """An entity as this UI names it: an alias in the UI's own script if the editors gave one.

        entities.yaml is written in the site's language; a reader of the other
        UI gets "MIIT" for 工信部 when it is among the aliases.
        """
        name, lang = entity.name, self._site_lang()
        if lang:
            own = next((alias for alias in entity.names if in_script_of(alias, self.ui.language)), None)
            if own:
                name, lang = own, ""
        return {"id": entity.id, "path": url_path("entities", f"{entity.id}.html"), "name": name, "lang": lang,
                "original": entity.name}

    def _source_labels(self, articles: list[Article]) -> dict[str, str]:
        """Short names for sources: the outlet, with the date (or the title) when two share an outlet."""
        names = {a.id: a.outlet or a.author or a.title for a in articles}
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

    def _overview(self, events: list[Event]) -> dict:
        """The overview drawn twice, for wide and for narrow screens."""
        items = [OverviewItem(e.id, *self.site.bounds[e.id], key=e.id in self.site.key_ids,
                              point=e.granularity in ("day", "time")) for e in events]
        claimed = [(claim.earlier, claim.later) for e in events for claim in getattr(e, "interval_checks", ()) or ()]
        layouts = {}
        for name, width in OVERVIEW_WIDTHS.items():
            layout = overview_layout(items, width=width, duration=self.ui.duration, intervals=claimed,
                                     coarse_width=72 if width > 400 else 44, break_width=64 if width > 400 else 52)
            labels = {}
            for segment in layout.segments:
                for tick in segment.ticks:
                    if tick.labelled:
                        labels[(segment.x0, tick.x)] = self.ui.axis_label(tick.date, tick.unit, tick.first)
            layouts[name] = {"layout": layout, "labels": labels}
        return {"layouts": layouts, "events": {e.id: self._summary(e) for e in events}}

    def _lazy_citations(self, event: Event) -> tuple[_Lazy, _Lazy]:
        """The event's citations and date checks, made only if the page is rendered (see _citations)."""
        site = self.site
        inputs = tuple((site.articles.get(c.article) if c.article else None, site.mention_at.get((c.article, c.start)),
                        site.articles.get(c.copy_of) if c.copy_of else None) for c in event.sources)
        made = functools.lru_cache(maxsize=1)(functools.partial(self._citations, event))
        # The checks are made from the same inputs as the citations, which stand beside them in the view with
        # the event itself.
        return _Lazy(lambda: made()[0], ("citations", inputs)), _Lazy(lambda: made()[1], ("checks",))

    def _citations(self, event: Event) -> tuple[list[dict], list[dict]]:
        """One card per source (see Event.source_groups, which the source count counts) with each of its
        quotes and the date marked, and how the sources' words became the date."""
        site, ui = self.site, self.ui
        cards, checks = [], []
        for group in event.source_groups:
            # the original leads its card; a copy leads only when the original is not cited
            lead = next((c for c in group if not c.copy_of), group[0])
            article = site.articles.get(lead.article) if lead.article else None
            quotes, also = [], []
            for citation in group:
                quoted_article = site.articles.get(citation.article) if citation.article else None
                mention = site.mention_at.get((citation.article, citation.start)) \
                    if quoted_article and citation.as_written else None
                spot = url_path("sources", f"{quoted_article.id}.html") + (f"#m-{citation.start}" if mention else "") \
                    if quoted_article else ""
                if quoted_article and quoted_article is not article and all(a["article"] is not quoted_article
                                                                            for a in also):
                    also.append({"article": quoted_article, "anchor": spot})  # a copy of the lead's text
                spans = []
                if citation.as_written and citation.as_written in citation.quote:
                    at = citation.quote.index(citation.as_written)
                    spans.append((at, at + len(citation.as_written), Markup('<mark class="date">')))
                if citation.quote and all(citation.quote != q["text"] for q in quotes):
                    quotes.append({"text": citation.quote, "marked": marked_text(citation.quote, spans), "anchor": spot})
                if mention and mention.date:
                    check = self._date_check(mention, quoted_article)
                    if check and all(check != c["text"] or quoted_article != c["article"] for c in checks):
                        checks.append({"text": check, "article": quoted_article})
            mention = site.mention_at.get((lead.article, lead.start)) if article and lead.as_written else None
            anchor = ""
            if article:
                anchor = url_path("sources", f"{article.id}.html") + (f"#m-{lead.start}" if mention else "")
            copy_of = site.articles.get(lead.copy_of) if lead.copy_of else None
            cards.append({
                "citation": lead, "article": article, "quotes": quotes,
                "quote_lang": ui.lang_of(article.language) if article else "",
                "title_lang": ui.lang_of(article.language) if article else "",
                "published": ui.date(article.publication_date.isoformat()) if article and article.publication_date else "",
                "published_attr": article.publication_date.isoformat() if article and article.publication_date else "",
                "anchor": anchor, "copy_of": copy_of, "also": also,
            })
        return cards, checks

    def _event_view(self, event: Event) -> dict:
        site, ui = self.site, self.ui
        citations, checks = self._lazy_citations(event)
        variants = []
        for variant in event.variant_dates:
            difference = abs((period_bounds(variant.date)[0] - period_bounds(event.date)[0]).days)
            variants.append({"date": variant.date, "label": ui.date(variant.date), "same": variant.date == event.date,
                             "difference": self.t["variant_difference"].format(duration=ui.duration(difference))
                             if difference else "",
                             "articles": [site.articles[a] for a in variant.sources if a in site.articles]})
        position = site.position[event.id]
        intervals = []
        start = site.bounds[event.id][0]
        if position > 0:
            other = site.events[position - 1]
            days = (start - site.bounds[other.id][0]).days
            intervals.append({"text": self.t["same_day_previous"] if days == 0 else
                              self.t["previous_interval"].format(duration=ui.duration(days)), "event": self._summary(other)})
        if position + 1 < len(site.events):
            other = site.events[position + 1]
            days = (site.bounds[other.id][0] - start).days
            intervals.append({"text": self.t["same_day_next"] if days == 0 else
                              self.t["next_interval"].format(duration=ui.duration(days)), "event": self._summary(other)})
        claims = []
        for claim in getattr(event, "interval_checks", ()) or ():
            article = site.articles.get(claim.article)
            claims.append({
                "text": self.t["interval_claim"].format(
                    claim=claim.claim, source=(article.outlet or article.author or article.title) if article else claim.article,
                    claimed=ui.duration(round(claim.claimed_days)) if claim.claimed_days >= 1 else str(claim.claimed_days),
                    actual=ui.duration(claim.actual_days)),
                "holds": claim.holds,
                "earlier": self._summary(site.event_by_id[claim.earlier]) if claim.earlier in site.event_by_id else None,
                "later": self._summary(site.event_by_id[claim.later]) if claim.later in site.event_by_id else None,
            })
        edit_link = ""
        if event.edited_in and self.config.repository:
            edit_link = f"{self.config.repository.rstrip('/')}/blob/main/{event.edited_in}"
        also = [site.articles[a] for a in getattr(event, "also_published_by", ()) or () if a in site.articles]
        return {"event": event, "summary_view": self._summary(event), "citations": citations, "variants": variants,
                "intervals": intervals, "claims": claims, "checks": checks, "also": also,
                "summary": render_markdown(event.summary) if event.summary and event.summary != event.title else "",
                "edit_link": edit_link, "tags": [(url_path("tags", f"{slug(t)}.html"), t) for t in event.tags],
                "month": period_key(event) if period_key(event) in site.by_month else ""}

    def _date_check(self, mention: Mention, article: Article) -> str:
        """How a source's words became this date, when that took more than reading them."""
        values = {"as_written": mention.as_written, "date": self.ui.date(mention.date),
                  "published": self.ui.date(article.publication_date.isoformat()) if article.publication_date else ""}
        key = {"year-from-publication": "check_year_from_publication", "year-from-context": "check_year_from_context",
               "relative-to-publication": "check_relative_to_publication",
               "relative-to-previous": "check_relative_to_previous"}.get(mention.resolved_by)
        return self.t[key].format(**values) if key else ""

    def _article_view(self, article: Article) -> dict:
        mentions = self.site.data.mentions.get(article.id, ())
        return {"article": article, "path": url_path("sources", f"{article.id}.html"),
                "lang": self.ui.lang_of(article.language),
                "published": self.ui.date(article.publication_date.isoformat()) if article.publication_date else "",
                "published_attr": article.publication_date.isoformat() if article.publication_date else "",
                "language": self.ui.language_name(article.language),
                "counts": self.t["mention_counts"].format(n=len(mentions),
                                                          e=len(self.site.by_article.get(article.id, []))),
                "events": len(self.site.by_article.get(article.id, []))}

    def _lazy_body(self, article: Article) -> _Lazy:
        """The marked body, made only if the page is rendered: it is the dearest part of a source page's view."""
        mentions = self.site.data.mentions.get(article.id, ())
        events = tuple(self.site.data.event_of_mention.get((article.id, m.start)) for m in mentions)
        return _Lazy(functools.partial(self._marked_body, article), (article, mentions, events))

    def _marked_body(self, article: Article) -> list[dict]:
        """The article's blocks, each with its dated expressions marked and linked."""
        mentions = sorted(self.site.data.mentions.get(article.id, ()), key=lambda m: m.start)
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
                event_id = self.site.data.event_of_mention.get((article.id, mention.start))
                # Markup.format would cost a string.Formatter run for each of a site's hundred thousand dates.
                if event_id:
                    opening = Markup(f'<mark class="date event" id="m-{mention.start}">'
                                     f'<a href="../{escape(url_path("events", f"{event_id}.html"))}">')
                elif mention.date is None:
                    opening = Markup(f'<mark class="date unresolved" id="m-{mention.start}" '
                                     f'title="{escape(self.t["unresolved"])}">')
                else:
                    title = f"{self.ui.date(mention.date)} · {self.t['not_an_event']}"
                    opening = Markup(f'<mark class="date other" id="m-{mention.start}" title="{escape(title)}">')
                spans.append((mention.start - block.start, mention.end - block.start, opening))
                scan += 1
            text = article.text[block.start:block.end]
            blocks.append({"kind": block.kind, "html": marked_text(text, spans)})
        return blocks


# -- the whole site -----------------------------------------------------------

def theme_dirs(project_dir: Path) -> list[Path]:
    """Where templates and assets come from: the project's own, then dateline's defaults."""
    project_dir = project_dir.resolve()
    if project_dir != DEFAULT_THEME_DIR and (project_dir / "templates").is_dir():
        return [project_dir, DEFAULT_THEME_DIR]
    return [DEFAULT_THEME_DIR]


def copy_static(theme: list[Path], out_dir: Path, previous: Path | None = None) -> list[Path]:
    """Copy the theme's static/ to assets/ (a project's files win over dateline's); see files.write_file."""
    copied: dict[Path, Path] = {}
    for directory in reversed(theme):
        static = directory / "static"
        if static.is_dir():
            for source in sorted(static.rglob("*")):
                if source.is_file():
                    copied[source.relative_to(static)] = source
    written = []
    for relative, source in sorted(copied.items()):
        target = out_dir / "assets" / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        write_file(target, source.read_bytes(), previous / "assets" / relative if previous else None)
        written.append(target)
    return written


def render_site(data: SiteData, out_dir: Path, project_dir: Path, jobs: int = 1,
                meanwhile: Callable[[], None] = lambda: None, previous: Path | None = None,
                views: dict[str, list] | None = None) -> Written:
    """Render the whole site into out_dir (which should be empty); return the files written.

    With jobs > 1 the pages are written by that many processes, this one
    among them once it has written the data exports; `meanwhile` (other work
    of the build, which writes no file of the site) is one more task for them.
    A page identical to its file in `previous` (the site being replaced) is
    linked to that file, and with `views` (Written.views of the build that
    made `previous`) a page made from the same view is linked without being
    rendered.
    """
    site = SiteIndex(data)
    theme = theme_dirs(project_dir)
    memo = PageMemo(previous, views, view_salt(theme, data.config) if views is not None else b"")  # kept or none
    main_ui = UI(data.config.language)
    other_language = next(language for language in UI_LANGUAGES if language != data.config.language)
    other_ui, other_prefix = UI(other_language), UI_LANGUAGES[other_language]
    json_ld = {name: exports.to_json(document, indent=None)
               for name, document in exports.json_ld_documents(site, main_ui).items()}
    bundles = search.plan_bundles([(event.date, unquote(url_path("events", f"{event.id}.html")))
                                   for event in site.events])
    renderers = (PageRenderer(site, main_ui, "", (other_ui, other_prefix), theme, json_ld, memo, bundles),
                 PageRenderer(site, other_ui, other_prefix, (main_ui, ""), theme, json_ld, memo, bundles))
    indexing: list[search.SearchIndexing] = []
    languages = {"": main_ui.html_lang, other_prefix: other_ui.html_lang}
    side_work = (functools.partial(exports.write_data, site, main_ui, out_dir, json_ld, previous),
                 functools.partial(exports.write_feeds, site, main_ui, out_dir, previous),
                 functools.partial(write_sitemap, renderers, out_dir, languages, previous),
                 meanwhile)
    written = render_pages(renderers, out_dir, jobs, side_work,
                           events_written=lambda: indexing.append(search.SearchIndexing(out_dir, bundles, previous)))
    written.files.extend(copy_static(theme, out_dir, previous))
    publishing = {".nojekyll": b""}
    if data.config.domain:
        publishing["CNAME"] = (data.config.domain + "\n").encode("utf-8")
    for name, content in publishing.items():
        write_file(out_dir / name, content, previous / name if previous else None)
        written.files.append(out_dir / name)
    written.unchecked = indexing[0].finish()  # made by Pagefind, not compared yet
    written.files.extend(written.unchecked)
    return written


def write_sitemap(renderers: tuple[PageRenderer, ...], out_dir: Path, languages: dict[str, str],
                  previous: Path | None = None) -> list[Path]:
    """The sitemap of every page the renderers write, known before any is (a task of the page workers)."""
    listed = [(renderer.prefix, renderer.page_path(kind, key)) for renderer in renderers
              for kind, key in renderer.page_jobs() if kind not in UNLISTED_PAGES]
    return exports.write_sitemap(renderers[0].site, out_dir, listed, languages, previous)


#: Pages a worker takes at a time: small enough to balance the heavy pages (the timeline), large enough to be cheap.
PAGES_PER_TASK = 64
#: Below this many pages, starting worker processes costs more than it saves.
PARALLEL_PAGES = 400
HEAVY_PAGES = ("index", "key", "search", "sources")
#: Pages that are not in the sitemap, nor have an address of their own: 404.html is served for any missing page.
UNLISTED_PAGES = ("404",)

# The renderers the worker processes inherit when they are forked (see render_pages).
_FORKED: tuple[tuple[PageRenderer, ...], Path, tuple] | None = None


def render_pages(renderers: tuple[PageRenderer, ...], out_dir: Path, jobs: int,
                 side_work: tuple[Callable[[], list[Path] | None], ...], events_written: Callable[[], None]) -> Written:
    """Every page of every UI, in page_jobs() order whichever process wrote it, and the files of side_work
    (None: no file of the site).

    jobs - 1 workers are forked after the site is indexed, so they share it
    instead of receiving a copy; each writes its pages and returns what it
    wrote. This process does the first side_work while the workers start on
    the rest, then renders pages too: every worker copies much of what it
    shares as it reads it, so one fewer saves hundreds of MB. events_written
    (which starts the search index) is called as soon as the site-language
    event pages are written, so that Pagefind works beside the other pages.
    """
    global _FORKED
    tasks = [(number, kind, key) for number, renderer in enumerate(renderers) for kind, key in renderer.page_jobs()]
    written = Written()
    if jobs <= 1 or len(tasks) < PARALLEL_PAGES or not can_fork():
        for number, kind, key in tasks:
            renderers[number].render_page(kind, key, out_dir, written)
        events_written()
        for work in side_work:
            written.files.extend(work() or [])
        return written
    # Pages in task-sized runs, in order; the timeline pages are the heaviest, so each is a task of its own
    # and they are handed out early: right after the site-language event pages, which the search index is
    # made from, beside the other pages.
    chunks: list[list[tuple[int, str, str]]] = []
    for task in tasks:
        heavy = task[1] in HEAVY_PAGES
        if heavy or not chunks or len(chunks[-1]) >= PAGES_PER_TASK or chunks[-1][0][1:2] != task[1:2] \
                or chunks[-1][0][0] != task[0]:
            chunks.append([])
        chunks[-1].append(task)
    order = sorted(range(len(chunks)), key=lambda at: (chunks[at][0][:2] != (0, "event"),
                                                       chunks[at][0][1] not in HEAVY_PAGES))
    parts: dict[int, Written | Future] = {}
    events_pending = {at for at, chunk in enumerate(chunks) if chunk[0][:2] == (0, "event")}
    lock, started = threading.Lock(), False

    def chunk_written(at: int | None) -> None:
        """Start the search index once the last site-language event page is written, often in the pool's
        thread; with None, now unless it has started."""
        nonlocal started
        with lock:  # held while it starts: once this returns, the index has started, and only once
            events_pending.discard(at)
            if not started and (at is None or not events_pending):
                started = True
                events_written()

    _FORKED = (renderers, out_dir, side_work)
    try:
        with forked_pool(jobs - 1) as pool:
            # Every task is queued at once, so the workers never wait for this process while it does its own
            # side work; then it takes back the chunks no worker has started, from the light end of the queue.
            # The site-language event pages go first, before the workers' side work: the sooner they are
            # written, the more of the search index is made beside the pages instead of after them.
            def submit(at: int) -> None:
                parts[at] = pool.submit(_render_chunk, chunks[at])
                parts[at].add_done_callback(lambda part: part.cancelled() or part.exception() or
                                            chunk_written(at))

            events_first = len(events_pending)  # the first chunks in order; the set shrinks as they are written
            for at in order[:events_first]:
                submit(at)
            others = [pool.submit(_side_work, at) for at in range(1, len(side_work))]
            for at in order[events_first:]:
                submit(at)
            written.files.extend(side_work[0]() or [])
            for at in reversed(order):
                if not parts[at].cancel():
                    break  # the workers have this one and those before it
                parts[at] = _render_chunk(chunks[at])
                chunk_written(at)
            parts = {at: part.result() if isinstance(part, Future) else part for at, part in parts.items()}
            for other in others:
                written.files.extend(other.result() or [])
    finally:
        _FORKED = None
    for renderer in renderers:
        renderer.forget()
    release_free_memory()
    chunk_written(None)  # a site without events, or a callback still on its way
    for at in range(len(chunks)):
        written.files.extend(parts[at].files)
        written.views.update(parts[at].views)
    return written


def _render_chunk(chunk: list[tuple[int, str, str]]) -> Written:
    renderers, out_dir, _ = _FORKED
    written = Written()
    for number, kind, key in chunk:
        renderers[number].render_page(kind, key, out_dir, written)
    return written


def _side_work(at: int) -> list[Path]:
    return _FORKED[2][at]()
