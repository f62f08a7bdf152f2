"""Evaluate: score extracted mentions against a gold file.

Changes to the extractor are measured, not guessed: `dateline eval GOLD.yaml`
says how many of the dates a careful human found were found (recall), how
many of the dates reported as events are right (precision), and whether the
events the timeline must show are there at all (core events). The gold format
is the one of `gold/seeds.yaml`: articles keyed by file name, each with its
`mentions` (date, as written), `neutral` dates that are right but need not be
events, and `unresolved` expressions with the date they take once an editor
supplies the publication date.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePath

import yaml

from ..errors import ContentError
from ..model import Mention
from .harness import Error, Ratio, SetScore


def load_gold(path: Path) -> dict:
    """Read a gold file into plain data: `{"events": {key: {...}}, "articles": {file: {...}}}`.

    Dates come back as ISO strings whatever YAML made of them; problems raise ContentError.
    """
    shown = str(path)
    try:
        raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except OSError as error:
        raise ContentError(shown, None, f"cannot read the gold file: {error.strerror or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        raise ContentError(shown, line, f"not valid YAML: {getattr(error, 'problem', None) or error}") from None
    if not isinstance(raw, dict):
        raise ContentError(shown, None, "a gold file is a mapping with `events` and `articles`")
    events = raw.get("events") or {}
    articles = raw.get("articles") or {}
    if not isinstance(events, dict) or not isinstance(articles, dict):
        raise ContentError(shown, None, "`events` and `articles` must be mappings")

    gold_events = {}
    for key, event in events.items():
        if not isinstance(event, dict) or "date" not in event:
            raise ContentError(shown, None, f"event {key!r} needs a date")
        gold_events[str(key)] = {
            **event,
            "date": _iso(event["date"]),
            "core": bool(event.get("core", False)),
            "variant_dates": [_iso(d) for d in event.get("variant_dates") or []],
        }

    gold_articles = {}
    for name, article in articles.items():
        article = article or {}
        if not isinstance(article, dict):
            raise ContentError(shown, None, f"article {name!r} must be a mapping")
        gold_articles[str(name)] = {
            "dct": _iso(article.get("dct")),
            "dct_if_supplied": _iso(article.get("dct_if_supplied")),
            "mentions": [_gold_item(shown, name, "mentions", item) for item in article.get("mentions") or []],
            "neutral": [_gold_item(shown, name, "neutral", item) for item in article.get("neutral") or []],
            "unresolved": [_gold_item(shown, name, "unresolved", item) for item in article.get("unresolved") or []],
        }
    return {"events": gold_events, "articles": gold_articles}


def _iso(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return str(value)


def _gold_item(shown: str, article: str, section: str, item: object) -> dict:
    if not isinstance(item, dict) or "as_written" not in item:
        raise ContentError(shown, None, f"{article}: each entry of `{section}` needs `as_written`")
    return {
        "date": _iso(item.get("date")),
        "as_written": str(item["as_written"]),
        "event": item.get("event"),
        "date_if_dct_supplied": _iso(item.get("date_if_dct_supplied")),
    }


def dates_match(found: str | None, gold: str | None) -> bool:
    """A found date matches a gold date when equal, or when it is a time on the gold day."""
    if found is None or gold is None:
        return False
    return found == gold or found.startswith(gold + "T")


@dataclass(frozen=True)
class ArticleScore:
    """How extraction did on one gold article."""

    article: str  # the gold key: a file name
    gold_mentions: int
    found_mentions: int  # gold mentions matched by (date, as written), each at most once
    event_mentions: int  # resolved mentions reported as events
    right_event_mentions: int  # … whose date is one of the article's gold dates
    missed: tuple[tuple[str | None, str], ...] = ()  # gold (date, as written) not found
    wrong: tuple[tuple[str, str], ...] = ()  # event (date, as written) with no gold date

    @property
    def recall(self) -> float | None:
        return self.found_mentions / self.gold_mentions if self.gold_mentions else None

    @property
    def precision(self) -> float | None:
        return self.right_event_mentions / self.event_mentions if self.event_mentions else None


@dataclass(frozen=True)
class EvalResult:
    """Scores per article and overall, and which core events the timeline would show."""

    articles: tuple[ArticleScore, ...]
    core_events: int
    core_events_found: int
    missing_core_events: tuple[str, ...] = ()

    @property
    def gold_mentions(self) -> int:
        return sum(a.gold_mentions for a in self.articles)

    @property
    def found_mentions(self) -> int:
        return sum(a.found_mentions for a in self.articles)

    @property
    def event_mentions(self) -> int:
        return sum(a.event_mentions for a in self.articles)

    @property
    def right_event_mentions(self) -> int:
        return sum(a.right_event_mentions for a in self.articles)

    @property
    def recall(self) -> float | None:
        return self.found_mentions / self.gold_mentions if self.gold_mentions else None

    @property
    def precision(self) -> float | None:
        return self.right_event_mentions / self.event_mentions if self.event_mentions else None

    @property
    def core_recall(self) -> float | None:
        return self.core_events_found / self.core_events if self.core_events else None

    def to_text(self) -> str:
        """A plain table for the terminal, with what was missed or wrong under each article."""
        width = max([len("overall")] + [len(a.article) for a in self.articles])
        lines = [f"{'article':<{width}}  {'recall':>16}  {'precision':>16}"]
        for score in self.articles:
            lines.append(
                f"{score.article:<{width}}  {_ratio(score.found_mentions, score.gold_mentions):>16}"
                f"  {_ratio(score.right_event_mentions, score.event_mentions):>16}"
            )
            lines.extend(f"{'':<{width}}    missed: {date or '-'} {written}" for date, written in score.missed)
            lines.extend(f"{'':<{width}}    not in gold: {date} {written}" for date, written in score.wrong)
        lines.append(
            f"{'overall':<{width}}  {_ratio(self.found_mentions, self.gold_mentions):>16}"
            f"  {_ratio(self.right_event_mentions, self.event_mentions):>16}"
        )
        core = f"core events found: {_ratio(self.core_events_found, self.core_events)}"
        if self.missing_core_events:
            core += "  (missing: " + ", ".join(self.missing_core_events) + ")"
        lines.append(core)
        return "\n".join(lines)


def _ratio(part: int, whole: int) -> str:
    return f"{part}/{whole} {100 * part / whole:5.1f}%" if whole else f"{part}/{whole}    n/a"


def score(
    gold: dict,
    mentions_by_article: Mapping[str, Sequence[Mention]],
    article_ids_by_file: Mapping[str, str] | None = None,
) -> EvalResult:
    """Score mentions (keyed by article id) against gold (keyed by file name).

    `article_ids_by_file` maps a gold file name to the article id; by default the id
    is the file name without its extension, as ingest makes it.
    """
    ids_by_file = dict(article_ids_by_file or {})
    scores = []
    event_dates_found: list[str] = []
    for file_name, article in gold.get("articles", {}).items():
        article_id = ids_by_file.get(file_name, PurePath(file_name).stem)
        mentions = list(mentions_by_article.get(article_id, ()))
        scores.append(_score_article(file_name, article, mentions))
        event_dates_found.extend(m.date for m in mentions if m.is_event and m.date)

    core = {key: event for key, event in gold.get("events", {}).items() if event.get("core")}
    missing = tuple(
        key for key, event in core.items() if not any(dates_match(found, event["date"]) for found in event_dates_found)
    )
    return EvalResult(tuple(scores), len(core), len(core) - len(missing), missing)


def _score_article(file_name: str, article: dict, mentions: list[Mention]) -> ArticleScore:
    used: set[int] = set()
    missed = []
    for gold_mention in article.get("mentions", []):
        for index, mention in enumerate(mentions):
            if (
                index not in used
                and mention.as_written == gold_mention["as_written"]
                and dates_match(mention.date, gold_mention["date"])
            ):
                used.add(index)
                break
        else:
            missed.append((gold_mention["date"], gold_mention["as_written"]))

    gold_dates = {item["date"] for item in article.get("mentions", []) + article.get("neutral", []) if item["date"]}
    gold_dates |= {
        item["date_if_dct_supplied"] for item in article.get("unresolved", []) if item.get("date_if_dct_supplied")
    }
    events = [m for m in mentions if m.is_event and m.date]
    wrong = [(m.date or "", m.as_written) for m in events if not any(dates_match(m.date, gold) for gold in gold_dates)]
    return ArticleScore(
        article=file_name,
        gold_mentions=len(article.get("mentions", [])),
        found_mentions=len(article.get("mentions", [])) - len(missed),
        event_mentions=len(events),
        right_event_mentions=len(events) - len(wrong),
        missed=tuple(missed),
        wrong=tuple(wrong),
    )


def set_score(result: EvalResult, name: str) -> SetScore:
    """The seeds scores as the one table reports them; what was missed or wrong becomes the error list."""
    errors = [
        Error("missed", score.article, f"{date or '-'} {written}")
        for score in result.articles
        for date, written in score.missed
    ]
    errors += [
        Error("not in gold", score.article, f"{date} {written}")
        for score in result.articles
        for date, written in score.wrong
    ]
    errors += [Error("core event missing", name, key) for key in result.missing_core_events]
    recall = Ratio(result.found_mentions, result.gold_mentions)
    precision = Ratio(result.right_event_mentions, result.event_mentions)
    return SetScore(
        name=name,
        kind="seeds",
        documents=len(result.articles),
        recall=recall,
        precision=precision,
        value_recall=recall,
        value_precision=precision,
        errors=tuple(errors),
    )
