"""Dates as pages write them for their own publication: parsed, placed in the site's timezone.

Front matter and `<meta>` write machine dates (ISO 8601, RFC 2822); date lines
write them for people (`2021年12月22日 12:43`, `Published 10:42 AM EST, Fri
January 7, 2022`, `23/5/2022 21:40`); an address may hold one
(`/2021/12/22/`, `/20211222/`). The forms are tables (`DATE_TEXT`, the
patterns below); `parse_publication_date` reads any of them. A time with a
numeric offset keeps it (the writer's zone); one in `Z`, UTC or GMT keeps it
too unless the caller knows better where it was written; any other time is
taken as written in the site's timezone.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from email.utils import parsedate_to_datetime
from functools import cache
from zoneinfo import ZoneInfo

#: English month names and abbreviations (lower case) -> month.
ENGLISH_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
ENGLISH_WEEKDAYS = (
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
)


def _words(words) -> str:
    """An alternation of words in any case, longest first."""
    return "(?i:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


_MONTH_NAME = _words(ENGLISH_MONTHS) + r"\.?"
#: A month's English name, for tables that print one without a day (`November 2000, Volume 134`).
MONTH_NAME_TEXT = _MONTH_NAME
_WEEKDAY_NAME = _words(ENGLISH_WEEKDAYS) + r"\.?"
#: An English weekday's name, in full or cut short (`Saturday`, `Sat.`).
WEEKDAY_TEXT = _WEEKDAY_NAME
_ORDINAL = r"(?:st|nd|rd|th)?"

#: The regex texts other tables build on (furniture's date lines use them): a time of day, a date with
#: its year, a date without one (`Jan 07`), and a time relative to now (`29 minutes ago`, `3小时前`).
TIME_TEXT = (
    r"(?:(?:北京|香港|台北|格林尼治标准|格林尼治標準|格林威治标准|格林威治標準)(?:时间|時間)\s*)?"  # 北京时间10:41
    r"(?:\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?(?:\s*[AaPp]\.?[Mm]\.?(?![A-Za-z])|[ap](?![A-Za-z]))?"
    r"|\d{1,2}\.\d{2}\s*[AaPp]\.?[Mm]\.?(?![A-Za-z])|\d{1,2}\s*[AaPp]\.?[Mm]\.?"  # `3:30p`, `10.34PM`
    r"|(?:[01]\d|2[0-3])[0-5]\d(?=\s*(?:GMT|UTC|[A-Z]{2,4}T)(?![A-Za-z]))"  # `0948 GMT`: a clock's four digits
    r"|\d{1,2}\s*[时時点點]\s*\d{1,2}\s*分(?:\s*\d{1,2}\s*秒)?)"  # `10时54分`
    r"(?:\s*(?:UTC|GMT|Z|[A-Z]{1,4}T|(?:ist|[ecmp][sd]t)(?![A-Za-z]))(?:\s*[+-]\d{1,2}(?::?\d{2})?)?"
    r"|\s*[+-]\d{2}:?\d{2})?"
)
DATE_TEXT = (
    r"(?:"
    r"\d{4}\s*[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}(?:T\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*[日号號]?"
    r"|\d{1,2}[/.]\d{1,2}[/.]\d{4}|\d{1,2}-\d{1,2}-\d{4}"
    rf"|(?:{_WEEKDAY_NAME},?\s+)?{_MONTH_NAME}\s+\d{{1,2}}{_ORDINAL}(?:,\s*|\s+)\d{{4}}"  # `Mar 21,2017`
    rf"|(?:{_WEEKDAY_NAME},?\s+)?\d{{1,2}}{_ORDINAL}\s+{_MONTH_NAME}(?:,\s*|\s+)\d{{4}}"  # `05 Jan,2015`
    r")"
)
#: After a Chinese date, its weekday (`2024年5月22日週三`, `2021年12月22日（星期三）`, `2024年12月20日(五)`), and
#: before its time, the part of the day (`上午8:21`).
_CHINESE_WEEKDAY = r"(?:\s*[(（]?(?:星期|周|週|礼拜|禮拜)[一二三四五六日天][)）]?|\s*[(（][一二三四五六日天][)）])?"
_PART_OF_A_CHINESE_DAY = r"\s*(?:上午|下午|早上|晚上|中午|凌晨)\s*"
#: A date of numbers with a two-digit year, month first, is a stamp's only before its time (`8/17/13 11:04am`,
#: `Updated: 08-14-10 12:41 AM`): alone, `12/10/10` may be a player's points, rebounds and assists.
_SHORT_YEAR_DATE = r"\d{1,2}(?:/\s?\d{1,2}/|-\d{1,2}-|\.\d{1,2}\.)\d{2}"
#: A date and its time, in either order (`10:42 AM EST, Fri January 7, 2022`, `Fri 6:45 PM, Feb 16, 2018`,
#: `2022-04-15 14:31:09`).
DATETIME_TEXT = (
    rf"(?:(?:(?:{_WEEKDAY_NAME},?\s+)?{TIME_TEXT},?\s+(?:on\s+)?|{_WEEKDAY_NAME},?\s+)?{DATE_TEXT}{_CHINESE_WEEKDAY}"
    rf"(?:\s*[,.，]?\s*(?:at\s+|[-–—/|｜@:]\s*|{_PART_OF_A_CHINESE_DAY})?{TIME_TEXT}"  # `June 14, 2017 — 1:08 PM`
    rf"|\s*[(（]{TIME_TEXT}[)）]"  # `2014-12-17 (16:31)`
    rf"|\s+(?:UTC|GMT|[A-Z]{{1,4}}T)(?![A-Za-z]))?{_CHINESE_WEEKDAY}"  # `… 2021 BST`, `… 10时54分 星期三`
    rf"|(?<![\d/.-]){_SHORT_YEAR_DATE},?\s+(?:at\s+)?{TIME_TEXT}"
    rf"|{TIME_TEXT}\s*[(（]{DATE_TEXT}[)）])"  # `11:47 IST(11/1/2008)`
)
YEARLESS_DATE_TEXT = (
    rf"(?:(?:{_WEEKDAY_NAME},?\s+)?(?:{_MONTH_NAME}\s+\d{{1,2}}{_ORDINAL}|\d{{1,2}}{_ORDINAL}\s+"
    rf"{_MONTH_NAME})|\d{{1,2}}\s*月\s*\d{{1,2}}\s*[日号號])"
)
RELATIVE_TIME_TEXT = (
    r"(?:\d+\s*(?:秒|分钟|分鐘|小时|小時|个小时|個小時|天|日|周|週|星期|个月|個月|年)前|刚刚|剛剛"
    r"|(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago"
    r"|in\s+(?:\d+|an?|one)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)"
    r"|just now|yesterday|today|昨天|今天)"
)

#: Machine and numeric dates (after RFC 2822 and ISO 8601), matched whole after NFKC.
NUMERIC_DATE_PATTERNS = (
    re.compile(
        r"(?P<year>\d{4})\s*[-/.]\s*(?P<month>\d{1,2})\s*[-/.]\s*(?P<day>\d{1,2})"
        r"(?:[T\s]+(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2}))?)?"
    ),
    re.compile(
        r"(?P<year>\d{4})\s*年\s*(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]?"
        r"(?:\s*(?P<hour>\d{1,2})\s*[:时時点點]\s*(?P<minute>\d{1,2})"
        r"(?:\s*[:分]\s*(?P<second>\d{1,2}))?\s*[分秒]?)?"
    ),
)
RFC_2822_START = re.compile(r"(?:[A-Za-z]{3},?\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\b")

#: Dates as people write them, searched (not matched whole) after NFKC: the first one found is the date.
_YMD = re.compile(r"(?P<year>\d{4})\s*(?:[-/.]|年)\s*(?P<month>\d{1,2})\s*(?:[-/.]|月)\s*(?P<day>\d{1,2})(?!\d)")
_DAY_MONTH_NAME_YEAR = re.compile(
    rf"(?<![\d])(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>{_MONTH_NAME})(?:,\s*|\s+)"  # `05 Jan,2015`
    r"(?P<year>\d{4})",
    re.I,
)
_MONTH_NAME_DAY_YEAR = re.compile(
    rf"(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}}){_ORDINAL},?\s+(?P<year>\d{{4}})", re.I
)
#: A date as a computer's clock prints it, the time between the day and the year (`Tue Jul 30 09:35:14 CEST 2019`).
_MONTH_NAME_DAY_TIME_YEAR = re.compile(
    rf"(?P<month>{_MONTH_NAME})\s+(?P<day>\d{{1,2}})\s+(?=\d{{1,2}}:\d{{2}}(?::\d{{2}})?(?:\s+[A-Za-z]{{2,5}})?\s+(?P<year>\d{{4}})\b)",
    re.I,
)
_NUMERIC_DMY_OR_MDY = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<mark>[/.-])(?P<second>\d{1,2})(?P=mark)(?P<year>\d{4})(?!\d)"
)
_NUMERIC_SHORT_YEAR_BEFORE_A_TIME = re.compile(
    r"(?<![\d/.-])(?P<first>\d{1,2})(?P<mark>[/.-])\s?(?P<second>\d{1,2})(?P=mark)(?P<year>\d{2})"
    r"(?=,?\s+(?:at\s+)?\d{1,2}:\d{2})"
)
_TIME = re.compile(
    r"(?<![\d:.])(?P<hour>\d{1,2})\s*(?::\s*(?P<minute>\d{2})(?:\s*:\s*(?P<second>\d{2}))?|\.(?P<dotted>\d{2})(?=\s*[AaPp]))?"
    r"\s*(?P<half>[AaPp])?\.?(?(half)(?:[Mm]\.?)?|)(?![\d:A-Za-z])"
)
_UTC_OFFSET = re.compile(
    r"(?:\b(?:UTC|GMT)|\d(?:Z)|(?:格林尼治|格林威治)(?:标准|標準)?(?:时间|時間))\s*(?:(?P<sign>[+-])(?P<hours>\d{1,2})(?::?(?P<minutes>\d{2}))?)?"
    r"|(?P<sign2>[+-])(?P<hours2>\d{2}):?(?P<minutes2>\d{2})\b"
)

#: An address's date: /2021/12/22/, /2021-12-22/, /20211222/, /2021/1222/, /202112/22/, a section between
#: its year and month.
URL_DATE_PATTERNS = (
    re.compile(r"/(?P<year>(?:19|20)\d{2})[/_-](?P<month>\d{1,2})[/_-](?P<day>\d{1,2})(?=[/_.-]|$)"),
    # `/20211222/`, `-20210318/`
    re.compile(r"[/_-](?P<year>(?:19|20)\d{2})(?P<month>\d{2})(?P<day>\d{2})(?=[/_.-]|$)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})/(?P<month>\d{2})(?P<day>\d{2})(?=/)"),
    re.compile(r"/(?P<year>(?:19|20)\d{2})-?(?P<month>\d{2})/(?P<day>\d{2})(?=/)"),
    re.compile(
        r"/(?P<year>(?:19|20)\d{2})/[A-Za-z][\w-]*/(?P<month>\d{2})/(?P<day>\d{2})(?=/)"
    ),  # /2010/POLITICS/08/13/
)


def parse_publication_date(
    value: object, timezone: str, date_order: str = "MDY", utc_written_in: str | None = None
) -> dt.datetime:
    """An aware datetime from a date string or a YAML date/datetime.

    A time that states its zone keeps it: its day is the day the writer dated the
    article (`2023-06-07T20:54-04:00` is 7 June where it was written, 8 June in
    Shanghai), which `yesterday` and `on Friday` count from. A time in UTC is
    often a server's; `utc_written_in` names the zone its writer is known to be
    in. Naive times are taken as in `timezone`; a date alone is midnight there.
    `date_order` says how `5/6/2022` is read (`23/5/2022` can only be day first).
    Raises ValueError if unreadable.
    """
    zone = _zone(timezone)
    if isinstance(value, dt.datetime):
        moment = value
    elif isinstance(value, dt.date):
        moment = dt.datetime.combine(value, dt.time())
    elif isinstance(value, str):
        moment = parse_date_text(unicodedata.normalize("NFKC", value).strip(), date_order)
    else:
        raise ValueError(f"{value!r} is not a date")
    offset = moment.utcoffset() if moment.tzinfo is not None else None
    if offset is None:
        return moment.replace(tzinfo=zone)
    if offset == dt.timedelta(0) and utc_written_in:
        try:
            return moment.astimezone(_zone(utc_written_in))
        except OverflowError:  # 9999-12-31T23:00Z is in the year 10000 at UTC+8
            raise ValueError(f"{value!r} is out of the calendar's range") from None
    return moment


def parses_as_date(value: str) -> bool:
    try:
        parse_written_date(value)
    except ValueError:
        return False
    return True


def parse_written_date(value: object) -> dt.datetime:
    """A date as written (full-width digits and spaces folded), naive or with the zone it states."""
    return parse_date_text(unicodedata.normalize("NFKC", str(value)).strip())


def parse_date_text(text: str, date_order: str = "MDY") -> dt.datetime:
    """Naive or aware datetime from RFC 2822, ISO 8601, `2021/12/22 12:43`, `2021年12月22日 12:43`,
    or a date line's words (`Fri January 7, 2022, 10:42 AM`, `23/5/2022 21:40`)."""
    if not text:
        raise ValueError("empty date")
    if RFC_2822_START.match(text):
        try:
            return parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError):
            pass
    try:
        return dt.datetime.fromisoformat(text)
    except ValueError:
        pass
    for pattern in NUMERIC_DATE_PATTERNS:
        match = pattern.fullmatch(text)
        if match:
            parts = {name: int(value) for name, value in match.groupdict().items() if value}
            return dt.datetime(
                parts["year"],
                parts["month"],
                parts["day"],
                parts.get("hour", 0),
                parts.get("minute", 0),
                parts.get("second", 0),
            )
    return _date_in_words(text, date_order)


def url_date(url: str) -> dt.date | None:
    """The date an article's address holds (`/2021/12/22/`, `/20211222/` …), or None."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    for pattern in URL_DATE_PATTERNS:
        for match in pattern.finditer(path):
            try:
                return dt.date(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
    return None


def the_weekdays_year(written: str, years: list[int]) -> dt.date | None:
    """The day a stamp without its year names (`Thu Aug 25`), in the first of `years` where its weekday falls on
    it; None when it names no weekday, or no such year is given."""
    wanted = weekday_named(written)
    if wanted is None:
        return None
    for year in years:
        try:
            found = parse_date_text(f"{written} {year}").date()
        except ValueError:
            continue
        if found.weekday() == wanted:
            return found
    return None


def weekday_named(text: str) -> int | None:
    """The number (Monday 0) of the first English weekday the text names (`Updated Saturday at 10:30 a.m. ET`)."""
    weekday = _A_WEEKDAY.search(text)
    return None if weekday is None else _WEEKDAY_NUMBER[weekday.group().lower()]


_A_WEEKDAY = re.compile(rf"\b{_words(ENGLISH_WEEKDAYS)}\b")
#: A weekday written out right before a date (`Friday 30 April 2059`, `Friday, April 30, 2021`).
_A_WEEKDAY_BEFORE = re.compile(r"\b(?P<weekday>(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b[,\s]*$")
#: A weekday's name -> its number (Monday 0), by its first three letters.
_WEEKDAY_NUMBER = {name: ("mon", "tue", "wed", "thu", "fri", "sat", "sun").index(name[:3]) for name in ENGLISH_WEEKDAYS}


def _date_in_words(text: str, date_order: str) -> dt.datetime:
    """The date a line states in a person's words, with the time of day written beside it (if any)."""
    found = _date_match(text, date_order)
    if found is None:
        raise ValueError(
            "not a date in a known format (ISO 8601, RFC 2822, 2021/12/22, 2021年12月22日, "
            "December 22, 2021, 22/12/2021)"
        )
    (year, month, day), (start, end) = found
    rest = text[:start] + " " + text[end:]
    hour = minute = second = 0
    time_match = next((match for match in _TIME.finditer(rest) if match["minute"] or match["half"]), None)
    if time_match:
        hour, second = int(time_match["hour"]), int(time_match["second"] or 0)
        minute = int(time_match["minute"] or time_match["dotted"] or 0)
        half = (time_match["half"] or "").lower()
        if half == "p" and hour < 12:
            hour += 12
        elif half == "a" and hour == 12:
            hour = 0
    moment = dt.datetime(year, month, day, hour, minute, second)  # ValueError for 2021-02-30, 25:00 …
    wrong = wrong_weekday_before(text, start, moment.date())
    if wrong:
        raise ValueError(f"{wrong} is not the weekday of {moment.date().isoformat()}")
    offset = _UTC_OFFSET.search(rest)
    if offset:
        sign = offset["sign"] or offset["sign2"]
        hours, minutes = (
            int(offset["hours"] or offset["hours2"] or 0),
            int(offset["minutes"] or offset["minutes2"] or 0),
        )
        delta = dt.timedelta(hours=hours, minutes=minutes) * (-1 if sign == "-" else 1)
        moment = moment.replace(tzinfo=dt.timezone(delta))
    return moment


def wrong_weekday_before(text: str, end: int, day: dt.date) -> str:
    """The weekday written out right before text[end:] when it is not `day`'s (`Friday 30 April 2059`: a
    template's placeholder or a misprint, no evidence of a day), else ""."""
    named = _A_WEEKDAY_BEFORE.search(text, 0, end)
    if named is None or _WEEKDAY_NUMBER[named["weekday"].lower()] == day.weekday():
        return ""
    return named["weekday"]


def _date_match(text: str, date_order: str) -> tuple[tuple[int, int, int], tuple[int, int]] | None:
    match = _YMD.search(text)
    if match:
        return (int(match["year"]), int(match["month"]), int(match["day"])), match.span()
    for pattern in (_MONTH_NAME_DAY_YEAR, _DAY_MONTH_NAME_YEAR, _MONTH_NAME_DAY_TIME_YEAR):
        match = pattern.search(text)
        if match:
            month = ENGLISH_MONTHS[match["month"].rstrip(".").lower()]
            return (int(match["year"]), month, int(match["day"])), match.span()
    match = _NUMERIC_DMY_OR_MDY.search(text) or _NUMERIC_SHORT_YEAR_BEFORE_A_TIME.search(text)
    if match:
        first, second = int(match["first"]), int(match["second"])
        # dots write the day first wherever they are used (`07.11.2023`, 7 November)
        day_first = first > 12 or (second <= 12 and (date_order.upper().startswith("D") or match["mark"] == "."))
        day, month = (first, second) if day_first else (second, first)
        year = int(match["year"])
        if len(match["year"]) == 2:  # `8/17/13`: as POSIX reads a two-digit year, 1969 to 2068
            year += 1900 if year >= 69 else 2000
        return (year, month, day), match.span()
    return None


@cache
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)
