"""The publication date, from the right evidence, and which evidence it was.

A relative date in a story (`昨天`, `on Friday`, `同日`) is only as good as
the publication date it counts from, so the date is taken from the most
trustworthy place that states one, and the article says which:

1. the editor's sidecar, then front matter (a date that cannot be read there is an error);
2. the page's own metadata: JSON-LD `datePublished`, `<meta>` such as
   `article:published_time`, `<time>` in the article's header; then
   htmldate's reading of the page's metadata elements, which knows more
   names and forms than ours; but a labelled date line printing a day
   more than two days from the metadata's is the page's date (stale metadata);
3. a date line or byline (`发布时间：…`, `Published: …`, `NAME · 2022-01-27`,
   a bare date under the headline), labelled ones first;
4. the date in the article's address (`/2021/12/22/`, `/20211222/`), which comes first when the page's
   own date is days after it (an edit, or the time the page was made); but a stamp without its year naming
   the day before, its weekday agreeing (`Fri Feb 5, 11:46 pm ET` on `/20100206/`), is the writer's day;
5. a date with its year in the headline of a text that states no title (a daily column);
6. a bare date printed above the headline, which is as often the page's header
   showing the day it was saved (`17.8 C · New York · Thursday, May 16, 2024`), or
   the page's update stamp when that is earlier;
7. the dateline opening a wire story's first paragraphs (`Feb. 23, 2015 --`, `【希望之声2020年10月17日】`,
   `新华社北京2021年12月22日电`), the day it was filed;
8. a date line that prints the day and its weekday but no year (`Thu Aug 25, 6:49 AM ET`), in the year
   of the page's copyright line (or the one before) where that day is that weekday.

Never a caption, a photo credit, a copyright line or a related-links list.
An update stamp (`更新时间`, `Updated`, `article:modified_time`) is used only
when nothing else dates the article, and the evidence says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from collections.abc import Callable

from ..errors import ContentError
from ..model import SiteConfig
from .dates import (
    DATE_TEXT,
    parse_publication_date,
    parse_written_date,
    the_weekdays_year,
    url_date,
    weekday_named,
    wrong_weekday_before,
)
from .furniture import FurnitureLine
from .reading import Reading, Value

_DATE_IN_A_HEADLINE = re.compile(DATE_TEXT)
#: How far into a text its dateline is looked for (under a desk's name and a reviewer's line).
DISPATCH_REACH = 600
#: A wire story's dateline opening a paragraph near its start, with its year (`Feb. 23, 2015 --`,
#: `WASHINGTON, Aug. 11, 1998 (AP) --`).
_A_DISPATCHS_DATE = re.compile(
    rf"(?m:^)[ \t]*(?:[A-Z][A-Z.'’ -]{{1,40}},\s+)?(?P<date>{DATE_TEXT})\s*(?:\([^()\n]{{1,40}}\)\s*)?(?:--|—|–)\s"
)

#: … or a Chinese one with its year, opening a paragraph: the outlet and the day in brackets
#: (`【希望之声2020年10月17日】`, `【大纪元2018年08月29日讯】`), or the agency, the place and the day it was filed
#: (`新华社北京2021年12月22日电`).
_CHINESE_DISPATCHES = (
    re.compile(rf"(?m:^)[ \t\u3000]*【[^【】\n]{{2,16}}?(?P<date>{DATE_TEXT})(?:讯|訊|电|電)?】"),
    re.compile(rf"(?m:^)[ \t\u3000]*[（(]?[\u3400-\u9fff]{{2,16}}?(?P<date>{DATE_TEXT})(?:电|電|讯|訊)[）)]?"),
)

#: The zone of the places Chinese news is written in, all at UTC+8.
CHINESE_WRITERS_ZONE = "Asia/Shanghai"
#: A page's own date at most this many days after the date in its address is the publication's (a story
#: filed late in the evening may be dated the next day where it is read); one further after is not.
URL_DAYS_BEFORE = 1
#: How `Article.date_evidence` begins when only an update stamp dates an article (`check` lists those first).
UPDATE_ONLY = "update stamp only"
#: A page's date before this year is a placeholder, as is the first day of Unix time; an editor may state any.
EARLIEST_PAGE_YEAR = 1900
UNIX_EPOCH = dt.date(1970, 1, 1)


def publication_date(
    stated: Value | None,
    reading: Reading,
    furniture: list[FurnitureLine],
    url: str,
    config: SiteConfig,
    shown_path: str,
    title: str = "",
    language: str = "",
    text: str = "",
) -> tuple[dt.datetime | None, str]:
    """The publication date and the evidence that set it (`""` when none did), in order: what the editor
    or the file states, the page's metadata, its date lines, its address, and only then an update stamp.

    A UTC time on a Chinese article is read at UTC+8, where Chinese news is written (mainland China,
    Taiwan, Hong Kong, Macau, Singapore), unless the page prints the day before or after beside it (a
    story written in New York); any other zoned time keeps the zone it states."""
    read = _date_reader(reading, config, language)

    def parsed(value: object) -> dt.datetime | None:
        try:
            moment = read(value)
        except ValueError:
            return None
        return None if _a_placeholder(moment) else moment

    in_address = url_date(url) if url else None
    if stated is not None:
        try:
            written = read(stated.value)
        except ValueError as exc:
            raise ContentError(
                stated.path or shown_path, stated.line, f"cannot read the date {stated.value!r}: {exc}"
            ) from exc
        if language.startswith("zh") and in_address is not None and _written_offset(stated.value) == dt.timedelta(0):
            # a repost's UTC time of a story written where it was still that day (`2021-03-18T20:41:57Z` on
            # `…-20210318`, a Washington afternoon): its address's day, not Shanghai's next morning
            return _on_the_printed_day(written, stated.evidence, [(in_address, f"its address {url}")])
        return written, stated.evidence
    found = _from_the_page(reading, furniture, parsed)
    if found is not None and not (in_address is not None and (found[0].date() - in_address).days > URL_DAYS_BEFORE):
        return _in_the_writers_zone(*found, reading, furniture, url, parsed)
    if in_address is not None:
        # an address is given once, when the story is first published; a page's date days after it is a
        # later edit or the time the page was made (`<meta name=date content="July 31, 2012">` on `/2012/07/23/`)
        return _the_evening_before_the_address(in_address, furniture, parsed) or (read(in_address), f"URL: {url}")
    headline_date = _DATE_IN_A_HEADLINE.search(title) if title else None
    if headline_date is not None and (moment := parsed(headline_date.group())) is not None:
        return moment, f"headline: {title}"  # a daily column, `M&A Chatter for Wednesday November 28, 2012`
    for line in furniture:
        if line.date and line.above_title and (moment := parsed(line.date)) is not None:
            # the page's header may show the day it was saved: an update stamp before it is nearer the story's
            # day (a story is published, then updated, then saved), one after it is not
            updated, evidence = _from_an_update_stamp(reading, furniture, parsed)
            if updated is not None and updated.date() < moment.date():
                return updated, evidence
            return moment, f"date line above the headline: {line.text}"
    return _from_what_else_the_page_shows(reading, furniture, text, shown_path, parsed)


def _from_what_else_the_page_shows(
    reading: Reading,
    furniture: list[FurnitureLine],
    text: str,
    shown_path: str,
    parsed: Callable[[object], dt.datetime | None],
) -> tuple[dt.datetime | None, str]:
    """Where neither the metadata, the date lines nor the address date the page: the story's dateline, the
    address of the story a repost copies, its update stamp, and last an element the page marks as a date."""
    for pattern in (_A_DISPATCHS_DATE, *_CHINESE_DISPATCHES):
        dispatch = pattern.search(text, 0, DISPATCH_REACH)
        if dispatch is not None and (moment := parsed(dispatch["date"])) is not None:
            return moment, f"the story's dateline: {dispatch.group().strip()}"
    original_address = _the_original_address(text)
    in_original = url_date(original_address) if original_address else None
    if in_original is not None and (moment := parsed(in_original)) is not None:
        # `原文地址：https://…/2022/04/16/…`: the day the story it copies was published at that address; a date the
        # repost shows may be a later edition's, so it comes first
        return moment, f"the original's address: {original_address}"
    if reading.date_candidates:
        first = reading.date_candidates[0]
        raise ContentError(
            first.path or shown_path,
            first.line,
            f"cannot read the publication date {first.value!r} (a sidecar NAME.meta.yaml with `date:` can set it)",
        )
    yearless = _a_day_without_its_year(furniture, parsed)
    if yearless is not None:
        return yearless
    updated = _from_an_update_stamp(reading, furniture, parsed)
    if updated[0] is None and reading.marked_dates is not None:
        marked = reading.marked_dates()
        if marked is not None and (moment := parsed(marked.value)) is not None:
            return moment, marked.evidence
    return updated


def _the_original_address(text: str) -> str:
    """A repost's address of the story it copies, as its last lines label it (`原文地址（需翻墙访问）：https://…`,
    `原文链接：http://…`): where the story was published, to date a page that shows no date of its own."""
    # the last one: a repost may quote others' addresses above its own
    addresses = [
        found["address"] for found in _AN_ORIGINAL_ADDRESS.finditer(text, max(0, len(text) - ORIGINAL_ADDRESS_REACH))
    ]
    return addresses[-1] if addresses else ""


#: How far from a text's end its original address is looked for, in characters.
ORIGINAL_ADDRESS_REACH = 2000
_AN_ORIGINAL_ADDRESS = re.compile(
    r"^[ \t]*(?:原文地址|原文链接|原文鏈接|原文网址|原文網址|原文連結|原文出处|原文出處|Original (?:URL|article|link))"
    r"[ \t]*(?:[（(][^）)\n]{0,12}[）)])?[ \t]*[:：][ \t]*(?P<address>https?://[^\s<>\"'）)]+)",
    re.M,
)


def _the_evening_before_the_address(
    in_address: dt.date, furniture: list[FurnitureLine], parsed: Callable[[object], dt.datetime | None]
) -> tuple[dt.datetime, str] | None:
    """A stamp without its year that names the day before the address's, its weekday agreeing (`Fri Feb 5,
    11:46 pm ET` on `/20100206/`): the address gives the day in UTC, the stamp the writer's evening."""
    for line in furniture:
        if not line.yearless or line.above_title:
            continue
        day = the_weekdays_year(line.yearless, [in_address.year])
        if day is not None and (in_address - day).days == 1 and (moment := parsed(day.isoformat())) is not None:
            return moment, f"{DATE_LINE} without its year: {line.text}, the day before its address's"
    return None


def _a_day_without_its_year(
    furniture: list[FurnitureLine], parsed: Callable[[object], dt.datetime | None]
) -> tuple[dt.datetime, str] | None:
    """A date line that prints its day and weekday but no year (`Thu Aug 25, 6:49 AM ET`), in the year of the
    page's copyright line, or the year before, on which that day falls on that weekday."""
    years = []
    for line in furniture:
        if line.kind == "copyright" and (stated := _A_YEAR.findall(line.text)):
            latest = max(int(year) for year in stated)
            years += [latest, latest - 1]
    if not years:
        return None
    for line in furniture:
        day = the_weekdays_year(line.yearless, years) if line.yearless and not line.above_title else None
        if day is not None and (moment := parsed(day.isoformat())) is not None:
            where = f"in the copyright line's year, where it is a {day:%A}"
            return moment, f"{DATE_LINE} without its year: {line.text}, {where}"
    return None


_A_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _date_reader(reading: Reading, config: SiteConfig, language: str) -> Callable[[object], dt.datetime]:
    """How the page's dates are read: in its order of day and month, and a UTC time on a Chinese page where
    Chinese news is written (see `publication_date`)."""
    utc_written_in = CHINESE_WRITERS_ZONE if language.startswith("zh") else None
    date_order = _the_pages_date_order(reading, config.date_order)

    def read(value: object) -> dt.datetime:
        return parse_publication_date(value, config.timezone, date_order, utc_written_in)

    return read


def _the_pages_date_order(reading: Reading, site_order: str) -> str:
    """How the page writes `02/10/2020`: day first where its language tag's region does (`en-GB`, `en-IN`), else as
    the site says."""
    tag = reading.metadata.get("language")
    parts = str(tag.value).replace("_", "-").split("-") if tag is not None else []
    return "DMY" if len(parts) > 1 and parts[-1].upper() in DAY_FIRST_REGIONS else site_order


#: Regions whose English writes the day first.
DAY_FIRST_REGIONS = frozenset({"GB", "UK", "IE", "AU", "NZ", "IN", "ZA", "SG", "HK", "MY", "PK", "NG", "KE"})


def _a_placeholder(moment: dt.datetime) -> bool:
    """A date a page's software prints when it has none (`0001-01-01T00:00:00Z`, a zero Unix time):
    no evidence of when the story was written."""
    return moment.year < EARLIEST_PAGE_YEAR or moment.date() == UNIX_EPOCH


def _from_the_page(
    reading: Reading, furniture: list[FurnitureLine], parsed: Callable[[object], dt.datetime | None]
) -> tuple[dt.datetime, str, object] | None:
    """The page's metadata (`<meta>`, JSON-LD, what htmldate reads), then its date lines, labelled first: the
    moment, the evidence and the value as written."""
    labelled = [(line, line.date) for line in furniture if line.date and line.labelled]
    for candidate in reading.date_candidates:
        moment = parsed(candidate.value)
        if moment is not None:
            return _unless_a_label_prints_another_day((moment, candidate.evidence, candidate.value), labelled, parsed)
    if reading.more_page_dates is not None:
        found = reading.more_page_dates()
        if found is not None and (moment := parsed(found.value)) is not None:
            return _unless_a_label_prints_another_day((moment, found.evidence, found.value), labelled, parsed)
    # a label says what its date is, where an unlabelled line may give the day a repost was made
    date_lines = list(labelled)
    date_lines += [(line, line.labelled_inside) for line in furniture if line.labelled_inside]
    date_lines += [(line, line.date) for line in furniture if line.date and not line.labelled and not line.above_title]
    for line, date in date_lines:
        moment = parsed(date)
        if moment is not None and not wrong_weekday_before(line.text, max(0, line.text.find(date)), moment.date()):
            return moment, f"{DATE_LINE}: {line.text}", date
    return None


def _unless_a_label_prints_another_day(
    found: tuple[dt.datetime, str, object],
    labelled: list[tuple[FurnitureLine, str]],
    parsed: Callable[[object], dt.datetime | None],
) -> tuple[dt.datetime, str, object]:
    """The metadata's date, unless the page prints a labelled publication date days away from it (`First
    Published: 11.30.14`, `… reported this story on Friday, July 18, 2014`): metadata days off what readers
    are told is a template's stale default (a `DC.date` six years before) or a later edit's."""
    for line, date in labelled:
        moment = parsed(date)
        if moment is not None and abs((moment.date() - found[0].date()).days) > LABEL_OVER_METADATA_DAYS:
            return moment, f"{DATE_LINE}: {line.text} (the metadata says {found[0].date()})", date
    return found


#: A labelled date line more than this many days from the metadata's date is the page's date (a day or two
#: apart is the same publication in two zones).
LABEL_OVER_METADATA_DAYS = 2


def _in_the_writers_zone(
    stamp: dt.datetime,
    evidence: str,
    raw: object,
    reading: Reading,
    furniture: list[FurnitureLine],
    url: str,
    parsed: Callable[[object], dt.datetime | None],
) -> tuple[dt.datetime, str]:
    """The page's time on the writer's day: a UTC time as another metadata writes it in the writer's zone; a
    machine's time in UTC or in no zone, read in one that may not be the writer's (a UTC time read at UTC+8
    on a Chinese story written in New York), on the day the page prints beside it."""
    if stamp.utcoffset() == dt.timedelta(0):
        zoned = _the_same_time_in_a_zone(stamp, reading)
        if zoned is not None:
            return zoned
    # a time with a zone of its own (not UTC) is the writer's already
    if not evidence.startswith(DATE_LINE) and stamp.time() != dt.time(0) and not _written_offset(raw):
        return _on_the_printed_day(stamp, evidence, _printed_days(url, furniture, parsed, stamp.date()))
    return stamp, evidence


def _written_offset(value: object) -> dt.timedelta | None:
    """The UTC offset a time is written with (`Z` is zero, `+01:00` an hour), None when it states no zone."""
    try:
        return parse_written_date(value).utcoffset()
    except ValueError:
        return None


#: How the evidence of a date line begins.
DATE_LINE = "date line"


def _the_same_time_in_a_zone(moment: dt.datetime, reading: Reading) -> tuple[dt.datetime, str] | None:
    """The UTC time of the page's first metadata, as another of its metadata writes it in the writer's zone
    (JSON-LD's `2017-02-24T01:18:13Z`, `article:published_time` `2017-02-23T17:18:13-08:00`): the writer's day."""
    for candidate in reading.date_candidates:
        try:
            written = parse_written_date(candidate.value)
        except ValueError:
            continue
        offset = written.utcoffset() if written.tzinfo is not None else None
        if offset and abs(written - moment) <= SAME_TIME:
            return written, candidate.evidence
    return None


#: Two metadata times this near are the same publication written in two zones.
SAME_TIME = dt.timedelta(minutes=1)


def _printed_days(
    url: str, furniture: list[FurnitureLine], parsed: Callable[[object], dt.datetime | None], day: dt.date
) -> list[tuple[dt.date, str]]:
    """The days the page prints for itself where the writer's clock shows: its address, its date lines
    (above the headline too: only a day next to the metadata's is taken from them), and an update stamp's
    day before `day`, the metadata's (a story is not updated before it is published)."""
    days = []
    if url and (in_address := url_date(url)) is not None:
        days.append((in_address, f"its address {url}"))
    for line in furniture:
        if line.date and (moment := parsed(line.date)) is not None:
            days.append((moment.date(), f"its date line {line.text}"))
        elif line.update and (moment := parsed(line.update)) is not None and moment.date() < day:
            days.append((moment.date(), f"its update stamp {line.text}"))
    return days


def _on_the_printed_day(
    moment: dt.datetime, evidence: str, printed: list[tuple[dt.date, str]]
) -> tuple[dt.datetime, str]:
    """A UTC time a day off the day the page prints is a server's clock of the writer's evening (a US story
    of 11:20 pm on 8 November stamped `2023-11-09T04:20Z`, its address `/2023/11/08/`): read it at the
    offset that puts it on the printed day, the nearest to UTC that does."""
    day = moment.date()
    if any(printed_day == day for printed_day, _ in printed):
        return moment, evidence
    for printed_day, where in printed:
        if abs((printed_day - day).days) == 1:
            for hours in sorted(range(-12, 15), key=abs):
                try:
                    local = moment.astimezone(dt.timezone(dt.timedelta(hours=hours)))
                except OverflowError:  # past the first or the last day of the calendar
                    continue
                if local.date() == printed_day:
                    return local, f"{evidence}, on the day {where} prints"
    return moment, evidence


#: An update at most this many days after publication is a later edition of the same story (a wire story
#: updated the next morning), whose text may tell of those days; one later is another matter.
EDITION_DAYS = 2


def edition_day(
    published: dt.datetime | None, reading: Reading, furniture: list[FurnitureLine], config: SiteConfig, language: str
) -> dt.date | None:
    """The day the page says it was updated, when that is a day or two after publication (EDITION_DAYS): its
    update stamp (`Updated 3:19 PM ET, Fri January 30, 2015`, `Updated Saturday at 10:30 a.m. ET`, the weekday
    after publication) or its metadata (`dateModified`)."""
    if published is None:
        return None
    day = published.date()
    read = _date_reader(reading, config, language)
    found: list[dt.date] = []
    for line in furniture:
        if line.kind != "update":
            continue
        if line.update:
            with contextlib.suppress(ValueError):
                found.append(read(line.update).date())
        elif (weekday := weekday_named(line.text)) is not None:
            found.append(day + dt.timedelta(days=(weekday - day.weekday()) % 7))
    for candidate in reading.update_candidates:
        with contextlib.suppress(ValueError):
            found.append(read(candidate.value).date())
    later = [updated for updated in found if 0 < (updated - day).days <= EDITION_DAYS]
    return max(later) if later else None


def _from_an_update_stamp(
    reading: Reading, furniture: list[FurnitureLine], parsed: Callable[[object], dt.datetime | None]
) -> tuple[dt.datetime | None, str]:
    """A last resort, said as such: the page's update stamp."""
    for line in furniture:
        if line.update and (moment := parsed(line.update)) is not None:
            return moment, f"{UPDATE_ONLY}: {line.text}"
    for candidate in reading.update_candidates:
        if (moment := parsed(candidate.value)) is not None:
            return moment, f"{UPDATE_ONLY}: {candidate.evidence}"
    return None, ""
