"""Publication dates of saved news pages against a public gold: `python bench/publication_dates.py HTMLDATE`.

HTMLDATE is a checkout of htmldate's repository (github.com/adbar/htmldate), whose
evaluation sets (`tests/eval_default.json`, `tests/eval_mediacloud_2020.json`) give,
for each saved page in `tests/eval/` and `tests/cache/`, the day it was published.
Each page is read as dateline reads a saved page in `content/articles/`, with the
default site settings; a page counts when it is in English or Chinese (English
pages tell themselves from other Latin-script languages by their commonest words)
and its gold states a day. The table says how many pages dateline dates on the
gold day, a day off it, further off, or not at all; `--errors` lists the pages.

The pages are not copied into this repository: they are other sites' articles.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

from dateline.errors import ContentError
from dateline.ingest import read_article
from dateline.model import Article, SiteConfig

GOLD_FILES = ("tests/eval_default.json", "tests/eval_mediacloud_2020.json")
PAGE_FOLDERS = ("tests/eval", "tests/cache")
#: The share of a text's words that are these, above which a Latin-script text is English.
ENGLISH_WORDS, ENGLISH_SHARE = frozenset({"the", "and", "of", "to", "is", "that"}), 0.08
MIN_WORDS = 50
OUTCOMES = ("gold day", "a day off", "further off", "no date")


def gold_pages(htmldate: Path) -> list[tuple[str, Path, str]]:
    """(address, saved page, gold day) for every page of the gold sets that is saved and dated."""
    pages = []
    for name in GOLD_FILES:
        if not (htmldate / name).is_file():
            continue
        for address, item in json.loads((htmldate / name).read_text(encoding="utf-8")).items():
            day = item.get("date")
            if not isinstance(day, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", day):
                continue  # NaN or none: the gold states no day
            for folder in PAGE_FOLDERS:
                saved = htmldate / folder / item["file"]
                if saved.is_file():
                    pages.append((address, saved, day))
                    break
    return pages


def in_english_or_chinese(article: Article) -> bool:
    if article.language.startswith("zh"):
        return True
    words = re.findall(r"[a-z]+", article.text.lower())
    return len(words) >= MIN_WORDS and sum(word in ENGLISH_WORDS for word in words) / len(words) >= ENGLISH_SHARE


def outcome(article: Article, gold: str) -> str:
    if article.publication_date is None:
        return "no date"
    off = abs((article.publication_date - dt.date.fromisoformat(gold)).days)
    return OUTCOMES[0] if off == 0 else OUTCOMES[1] if off == 1 else OUTCOMES[2]


def score(htmldate: Path) -> tuple[collections.Counter[str], list[tuple[str, str, str]]]:
    """How many pages fall in each of OUTCOMES, and (address, gold, what dateline found) for the misses."""
    counts: collections.Counter[str] = collections.Counter()
    errors = []
    with tempfile.TemporaryDirectory() as scratch:
        content = Path(scratch)
        (content / "articles").mkdir()
        for address, saved, gold in gold_pages(htmldate):
            target = content / "articles" / "page.html"
            shutil.copyfile(saved, target)
            try:
                article = read_article(target, content, SiteConfig())
            except ContentError as error:
                counts["unreadable"] += 1
                errors.append((address, gold, f"unreadable: {error.message}"))
                continue
            if not in_english_or_chinese(article):
                continue
            found = outcome(article, gold)
            counts[found] += 1
            if found != OUTCOMES[0]:
                date = article.publication_date.isoformat() if article.publication_date else "none"
                errors.append((address, gold, f"{date} ({article.date_evidence or 'no evidence'})"))
    return counts, errors


def markdown_table(counts: collections.Counter[str]) -> list[str]:
    total = sum(counts[name] for name in OUTCOMES)
    cells = [f"{counts[name]} ({counts[name] / max(total, 1):.1%})" for name in OUTCOMES]
    return [
        "| pages | " + " | ".join(OUTCOMES) + " |",
        "| ---: | " + " | ".join("---:" for _ in OUTCOMES) + " |",
        f"| {total} | " + " | ".join(cells) + " |",
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("htmldate", type=Path, help="a checkout of github.com/adbar/htmldate")
    parser.add_argument("--errors", action="store_true", help="list the pages not dated on the gold day")
    args = parser.parse_args(argv)
    if not gold_pages(args.htmldate):
        print(f"no gold pages under {args.htmldate}: is it a checkout of htmldate?", file=sys.stderr)
        return 2
    counts, errors = score(args.htmldate)
    print("\n".join(markdown_table(counts)))
    if args.errors:
        for address, gold, found in errors:
            print(f"{address}: gold {gold}, dateline {found}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
