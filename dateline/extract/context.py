"""What extraction is told about an article besides its text."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractionContext:
    """What extraction needs to know about an article besides its text."""

    article: str = ""  # article id, copied into each Mention
    published: dt.date | None = None  # publication date in the site's timezone
    language: str = "zh-Hans"  # "zh-Hans" | "zh-Hant" | "en"
    date_order: str = "MDY"  # how "12/9/2021" is read ("DMY" for UK sites)
    updated: dt.date | None = None  # the day a later edition of the story was saved, a day or two after publication
