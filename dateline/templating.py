"""What pages are written with: the Jinja2 environment, and the helpers and filters templates use.

Templates hold presentation only: everything they show is computed in Python
(views.py) and passed in; the helpers here turn values into the markup pages
share (Markdown, marked dates, `<time>`, `lang` attributes, URL paths).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from urllib.parse import quote

import jinja2
import nh3
from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from .model import Event
from .pagememo import Summary
from .ui import UI, site_lang

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


class _Environment(jinja2.Environment):
    """Jinja2 reading `view.key` from the plain dicts views.py makes as a key first.

    Jinja tries the attribute first and, for a dict, fails into the key: an
    exception for every `{{ e.title }}` on every page.
    """

    def getattr(self, obj, attribute):
        if type(obj) is dict or type(obj) is Summary:
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
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["date"] = ui.date
    env.filters["datetime_attr"] = time_datetime
    # Filters for the shipped templates; the same functions as globals for themes written before.
    env.filters.update(when=when, lang_attr=lang_attr, lang_of=ui.lang_of)
    env.globals.update(when=when, lang_attr=lang_attr)
    # Macros see globals only, so what they need is here; it depends on nothing but the two languages.
    env.globals.update(
        t=ui.strings, lang_of=ui.lang_of, lang=ui.html_lang, site_lang=site_lang(ui_language, site_language)
    )
    return env
