"""The date extractors compared by the benchmark, each reduced to `score.Found` items.

- dateline: `dateline.extract.extract_mentions(text, ExtractionContext)`.
- jionlp: `jionlp.ner.extract_time(text, time_base=…)` (Chinese only), with the
  publication date as the time base. Durations (`time_delta`) and recurring
  times (`time_period`) are not dates and are dropped, as jionlp labels them.
- dateparser: `dateparser.search.search_dates(text, languages=[…], settings=…)`
  with the publication date as `RELATIVE_BASE` and past dates preferred. It
  returns the matched words, not offsets: each is located by searching the
  text from the end of the previous one.

Each adapter is given the same text and the same publication date and language.
jionlp and dateparser are optional (bench/requirements.txt); `available()` says
why one cannot be used.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from score import Found, period

INSTALL_HINT = "pip install -r bench/requirements.txt"


@dataclass(frozen=True)
class Text:
    """One text to extract from, with what every tool is told about it."""

    key: str
    text: str
    published: dt.datetime | None  # aware or naive local time of the article
    language: str  # "zh-Hans", "zh-Hant", "en"


def available(name: str) -> str | None:
    """None if the extractor can run here, else why not (for the report)."""
    try:
        if name == "jionlp":
            with _quiet():
                import jionlp  # noqa: F401
        elif name == "dateparser":
            import dateparser.search  # noqa: F401
        return None
    except Exception as error:  # an import can fail in many ways (missing, broken dependency)
        return f"{name} not importable ({type(error).__name__}: {error}); install it with `{INSTALL_HINT}`"


@contextlib.contextmanager
def _quiet():
    """jionlp prints a banner to stdout on import."""
    with contextlib.redirect_stdout(io.StringIO()):
        yield


def dateline_extractor() -> Callable[[Text], list[Found]]:
    from dateline.extract import ExtractionContext, extract_mentions

    def extract(item: Text) -> list[Found]:
        published = item.published.date() if item.published else None
        context = ExtractionContext(article=item.key, published=published, language=item.language)
        found = []
        for mention in extract_mentions(item.text, context):
            first, last = period(mention.date), period(mention.end_date or mention.date)
            found.append(
                Found(
                    mention.start,
                    mention.end,
                    first[0] if first else None,
                    last[1] if last else None,
                    False,
                    mention.is_event,
                    mention.as_written,
                )
            )
        return found

    return extract


def jionlp_extractor() -> Callable[[Text], list[Found]]:
    with _quiet():
        import jionlp

    def extract(item: Text) -> list[Found]:
        base = None
        if item.published is not None:
            moment = item.published
            base = {
                "year": moment.year,
                "month": moment.month,
                "day": moment.day,
                "hour": moment.hour,
                "minute": moment.minute,
                "second": moment.second,
            }
        found = []
        for result in jionlp.ner.extract_time(item.text, time_base=base) or ():
            detail = result.get("detail") or {}
            start, end = result["offset"]
            if result.get("type") not in ("time_point", "time_span"):
                found.append(Found(start, end, None, None, text=result["text"]))
                continue
            times = detail.get("time")
            try:
                first = dt.datetime.strptime(times[0], "%Y-%m-%d %H:%M:%S").date()
                last = dt.datetime.strptime(times[1], "%Y-%m-%d %H:%M:%S").date()
            except (TypeError, ValueError, IndexError):  # 'inf' for open-ended spans, or an odd shape
                first = last = None
            found.append(Found(start, end, first, last, text=result["text"]))
        return found

    return extract


DATEPARSER_LANGUAGES = {"zh-Hans": ["zh"], "zh-Hant": ["zh-Hant"], "en": ["en"]}


def dateparser_extractor() -> Callable[[Text], list[Found]]:
    from dateparser.search import search_dates

    def extract(item: Text) -> list[Found]:
        settings = {"PREFER_DATES_FROM": "past", "PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False}
        if item.published is not None:
            settings["RELATIVE_BASE"] = item.published.replace(tzinfo=None)
        results = search_dates(item.text, languages=DATEPARSER_LANGUAGES[item.language], settings=settings) or []
        found = []
        position = 0
        for words, moment in results:
            if not words.strip():
                continue
            at = item.text.find(words, position)
            if at < 0:
                at = item.text.find(words)
                if at < 0:
                    continue
            position = at + len(words)
            day = moment.date() if moment.year >= 1 else None
            found.append(Found(at, at + len(words), day, day, point=True, text=words))
        return found

    return extract


EXTRACTORS = {"dateline": dateline_extractor, "jionlp": jionlp_extractor, "dateparser": dateparser_extractor}
#: The languages each tool is run on (jionlp reads Chinese only).
LANGUAGES_OF = {
    "dateline": ("zh-Hans", "zh-Hant", "en"),
    "jionlp": ("zh-Hans", "zh-Hant"),
    "dateparser": ("zh-Hans", "zh-Hant", "en"),
}
