"""The UI languages: their strings (`translations/LANG.yaml`) and how each writes dates and durations.

The site is written once in its own UI language and once in the other one
dateline ships; everything a reader sees in the UI's words comes from here.
"""

from __future__ import annotations

import datetime as dt
import functools
from pathlib import Path

import yaml

TRANSLATIONS_DIR = Path(__file__).parent / "translations"

#: The UI languages dateline ships, and where the other one lives when the site uses one.
UI_LANGUAGES = {"zh-CN": "zh/", "en": "en/"}


@functools.cache
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
                quarter=quarter, quarter_name=self.strings["quarter_names"][quarter - 1], **fields
            )
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

    def date_in_year(self, date: str, end_date: str | None = None) -> str:
        """A date as a list under its year's heading shows it: without the year (`12月22日`, `第三季度`);
        a month-dated event, under its month's heading, says only that it is dated to the month."""
        if end_date and end_date != date:
            if end_date[:4] != date[:4]:
                return self.date_range(date, end_date)
            return self.strings["date_range"].format(
                start=self._in_year(date, alone=False), end=self._in_year(end_date, alone=False)
            )
        return self._in_year(date, alone=True)

    def _in_year(self, date: str, alone: bool) -> str:
        day_part, _, time_part = date.partition("T")
        parts = day_part.split("-")
        if len(parts) < 3:
            if len(parts) == 2 and parts[1].isdigit() and alone:
                return self.strings["period_whole_month"]
            return self.period(day_part)
        month = int(parts[1])
        text = self.strings["axis_day"].format(
            day=int(parts[2]), month=month, month_name=self.strings["month_names"][month - 1]
        )
        return self.strings["date_time"].format(date=text, time=time_part) if time_part else text

    def period(self, key: str) -> str:
        """A period inside its year, as a heading under that year: `12月`, `December`, `Q3`, `全年`."""
        parts = key.split("-")
        if len(parts) == 1:
            return self.strings["period_year"]
        if parts[1].startswith("Q"):
            quarter = int(parts[1][1])
            return self.strings["period_quarter"].format(
                quarter=quarter, quarter_name=self.strings["quarter_names"][quarter - 1]
            )
        if parts[1].startswith("H"):
            half = int(parts[1][1])
            return self.strings["period_half"].format(half_name=self.strings["half_names"][half - 1])
        month = int(parts[1])
        long_names = self.strings.get("month_names_long", self.strings["month_names"])
        return self.strings["period_month"].format(
            month=month, month_name=self.strings["month_names"][month - 1], month_name_long=long_names[month - 1]
        )

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
            return self.strings["axis_month"].format(
                month=day.month, month_name=self.strings["month_names"][day.month - 1]
            )
        return self.strings["axis_day"].format(
            day=day.day, month=day.month, month_name=self.strings["month_names"][day.month - 1]
        )

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

    def event_count(self, count: int) -> str:
        return self.strings["one_event"] if count == 1 else self.strings["article_count"].format(n=count)

    def source_count(self, count: int) -> str:
        return self.strings["one_source"] if count == 1 else self.strings["source_count"].format(n=count)

    def language_name(self, code: str) -> str:
        return self.strings["language_names"].get(code, code)

    def lang_of(self, content_language: str) -> str:
        """The lang attribute content in another language needs on a page in this UI, or ""."""
        if not content_language:
            return ""
        return content_language if content_language.split("-")[0] != self.html_lang.split("-")[0] else ""


def site_lang(ui_language: str, site_language: str) -> str:
    """The lang attribute for text from site.yaml and entities.yaml (written in the site's language)."""
    return UI(ui_language).lang_of(load_translations(site_language)["html_lang"])
