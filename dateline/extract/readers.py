"""The readers of every form of `forms.FORMS`, by form name."""

from __future__ import annotations

import re
from collections.abc import Callable

from . import forms
from . import readers_en as english
from . import readers_zh as chinese
from .context import ExtractionContext
from .reading import NotADate, Reading

__all__ = ["READERS", "NotADate", "Reading"]

READERS: dict[str, Callable[[re.Match, ExtractionContext], Reading]] = {
    "zh_festival": chinese.read_zh_festival,
    "zh_lunar_date": chinese.read_zh_lunar_date,
    "en_festival": english.read_en_festival,
    "numeric_ymd": chinese.read_numeric_ymd,
    "numeric_dmy": chinese.read_numeric_dmy,
    "zh_decade": chinese.read_zh_decade,
    "zh_date": chinese.read_zh_date,
    "zh_period": chinese.read_zh_period,
    "zh_year": chinese.read_zh_year,
    "zh_short_year": chinese.read_zh_short_year,
    "zh_relative": chinese.read_zh_relative,
    "zh_weekday": chinese.read_zh_weekday,
    "zh_week": chinese.read_zh_week,
    "zh_quarter_shift": chinese.read_zh_quarter_shift,
    "zh_month_shift": chinese.read_zh_month_shift,
    "zh_year_word": chinese.read_zh_year_word,
    "zh_season": chinese.read_zh_season,
    "zh_period_part": chinese.read_zh_period_part,
    "zh_this_and_next_year": chinese.read_zh_this_and_next_year,
    "zh_day_word": chinese.read_zh_day_word,
    "zh_part_of_day": chinese.read_zh_part_of_day,
    "zh_day": chinese.read_zh_day,
    "zh_numeric_md": chinese.read_zh_numeric_md,
    "zh_clock": chinese.read_zh_clock,
    "en_decade": english.read_en_decade,
    "en_period": english.read_en_period,
    "en_month_day": english.read_en_month_day,
    "en_day_month": english.read_en_day_month,
    "en_month_year": english.read_en_month_year,
    "en_month": english.read_en_month,
    "en_year": english.read_en_year,
    "en_season": english.read_en_season,
    "en_weekday": english.read_en_weekday,
    "en_day_word": english.read_en_day_word,
    "en_relative": english.read_en_relative,
    "en_period_shift": english.read_en_period_shift,
    "en_period_ahead": english.read_en_period_ahead,
    "en_weekend": english.read_en_weekend,
    "en_period_anaphor": english.read_en_period_anaphor,
    "en_spoken_year": english.read_en_spoken_year,
    "en_month_spoken": english.read_en_month_spoken,
    "en_bare_year": english.read_en_bare_year,
    "en_fiscal_year": english.read_en_fiscal_year,
    "en_short_year": english.read_en_short_year,
    "en_clock": english.read_en_clock,
}
assert set(READERS) == {name for name, _ in forms.FORMS}, "every form needs a reader"
