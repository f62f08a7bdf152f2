"""A whole page's story as trafilatura finds it: the headline, the author and the story's HTML, without the
page's menus, lists of other articles and comments.

`dateline add` writes that story; ingest reads a page whose markup does not say where its story is (no
`<article>`) with it, to tell where the story ends and the comments and related lists begin.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import re
import warnings
from collections.abc import Iterator

from .htmltree import HIDDEN_STYLE

#: trafilatura falls back to the whole page's text when the story it finds is shorter than this; its
#: default, 250 characters, is longer than many a Chinese news brief.
MIN_STORY_CHARS = 25
#: Elements no reader sees (ingest never reads them): taken out before trafilatura reads the page.
HIDDEN_ELEMENTS = "//template|//*[@hidden]|//*[@aria-hidden='true']|//*[@style]"

_PAGE_WRAPPER = re.compile(r"</?(?:html|body)\b[^>]*>", re.I)


def trafilatura_story(html: str, url: str = "") -> tuple[str, str, str]:
    """The headline, the author and the story's HTML as trafilatura reads the page ("" where it finds none)."""
    import trafilatura  # imported late: with lxml and jusText, a tenth of a second

    try:
        with libraries_quiet():
            tree = trafilatura.load_html(html)
            if tree is None:
                return "", "", ""
            for element in tree.xpath(HIDDEN_ELEMENTS):
                if (
                    element.tag == "template"
                    or element.get("hidden") is not None
                    or element.get("aria-hidden") == "true"
                    or HIDDEN_STYLE.search(element.get("style") or "")
                ):
                    element.drop_tree()
            metadata = trafilatura.extract_metadata(copy.deepcopy(tree), default_url=url or None)
            story = trafilatura.extract(
                tree,
                url=url or None,
                output_format="html",
                include_comments=False,
                include_tables=True,
                config=_settings(),
            )
    except Exception:  # noqa: BLE001 - a library's failure on hostile markup: the page is read without it
        return "", "", ""
    return (metadata.title or "").strip(), (metadata.author or "").strip(), _PAGE_WRAPPER.sub("", story or "").strip()


@contextlib.contextmanager
def libraries_quiet() -> Iterator[None]:
    """Around a call into trafilatura or htmldate: dateutil, under them, warns on the console of each zone it cannot
    place (`EST`) and reads the date all the same; a build's output is its messages about the files."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        yield


def story_paragraphs(story_html: str) -> list[str]:
    """The story's paragraphs as plain text, in order; each line of a block is one (trafilatura may put a
    page's paragraphs in one <p>, a line break between them)."""
    texts = re.findall(r"<(?:p|li|blockquote|h\d)\b[^>]*>(.*?)</(?:p|li|blockquote|h\d)>", story_html, re.S | re.I)
    lines = (line.strip() for t in texts for line in re.sub(r"<[^>]+>", "", _LINE_BREAK.sub("\n", t)).split("\n"))
    return [line for line in lines if line]


_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)


@functools.lru_cache(maxsize=1)
def _settings():
    from trafilatura.settings import use_config

    settings = use_config()
    settings.set("DEFAULT", "MIN_EXTRACTED_SIZE", str(MIN_STORY_CHARS))
    return settings
