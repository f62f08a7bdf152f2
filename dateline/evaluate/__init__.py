"""Evaluate: how right extraction is, measured on annotated news.

Changes to the extractor are measured, not guessed. Each kind of set has its
own module, and every module reports the same `SetScore`, so that one table
(`harness.table`) compares them all; `sets` recognises a set's kind from its files:

- `seeds`: a gold YAML like `gold/seeds.yaml`, against the articles of a content folder;
- `timeml`: a folder of TimeML files (TempEval-3), each text with its creation date;
- `timelines`: a SemEval-2015 Task 4 folder, run through dateline's pipeline up to events;
- `cases`: single expressions with their expected values (`tests/fixtures/time-cases/`).
"""

from .harness import MEASURES, Error, Ratio, SetScore, markdown_table, table
from .seeds import ArticleScore, EvalResult, dates_match, load_gold, score

__all__ = [
    "MEASURES",
    "ArticleScore",
    "Error",
    "EvalResult",
    "Ratio",
    "SetScore",
    "dates_match",
    "load_gold",
    "markdown_table",
    "score",
    "table",
]
