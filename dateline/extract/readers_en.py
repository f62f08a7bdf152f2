"""Readers of the English forms (December 9, 2021; last Friday; two days ago): one per form."""

from __future__ import annotations

import datetime as dt
import functools
import re

from . import tables
from .context import ExtractionContext
from .reading import (
    NotADate,
    Reading,
    check_calendar,
    decade_reading,
    english_clock,
    latest_decade,
    range_to,
    relative_offsets,
    season_reading,
    span,
    spoken_number,
    spoken_year,
    two_digit_year,
    with_clock,
)


def read_en_period(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar")
    year = next((groups[name] for name in ("y1", "y2", "y3", "y4", "y5", "y6", "y7") if groups[name]), None)
    if year:
        reading.year = int(year)
    if groups["qshift"]:  # the fourth quarter of last year
        reading.year_shift = tables.ENGLISH_PERIOD_SHIFTS[groups["qshift"]]
    if groups["q1"] and not year and _a_questions_number(match.string, match.start(), match.end()):
        raise NotADate(match.group())
    if groups["q1"] or groups["q2"]:
        reading.quarter = int(groups["q1"] or groups["q2"])
    elif groups["ordinal"]:
        reading.quarter = tables.ENGLISH_ORDINALS[groups["ordinal"]]
        if not reading.states_year and _a_games_quarter(match.string, match.start(), match.end()):
            raise NotADate(match.group())
    elif groups["h1"] or groups["h2"]:
        reading.half = int(groups["h1"] or groups["h2"])
    else:
        reading.half = 1 if groups["half_ordinal"] == "first" else 2
    return check_calendar(reading)


def _a_games_quarter(text: str, start: int, end: int) -> bool:
    """`a layup late in the first quarter`: a quarter of a game, not of a year; a sentence that speaks of
    money (`profit`, `$`, `percent`) is about the year's."""
    sentence_start = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    stops = [i for i in (text.find(".", end), text.find("\n", end)) if i >= 0]
    sentence = text[sentence_start : min(stops, default=len(text))]
    if _MONEY_WORDS.search(sentence) is not None:
        return False
    return _GAME_WORDS.search(sentence) is not None or _a_games_report(text)


@functools.lru_cache(maxsize=16)
def _a_games_report(text: str) -> bool:
    """A text that tells a game (`45-17`, `rebounds`, `halftime`, `touchdowns` a few times over): its quarters
    with nothing of money around them are the game's (`The third quarter belonged to Embiid`)."""
    return len(_GAME_REPORT_WORDS.findall(text)) >= GAME_REPORT_MIN_WORDS


_GAME_WORDS = re.compile(
    r"\b(?:game|points?|scor\w*|touchdowns?|goals?|layups?|rebounds?|quarterback|halftime|overtime|buzzer|"
    r"three-pointers?|3-pointers?|free throws?|shots?|assists?|yards?|innings?|dunks?|timeout|[0-9]{1,3}-[0-9]{1,3})\b",
    re.IGNORECASE,
)
#: Words of a game's report, and how many of them make one (not `points`: earnings have percentage points).
_GAME_REPORT_WORDS = re.compile(
    r"\b(?:rebounds?|assists?|touchdowns?|layups?|halftime|overtime|innings?|quarterback|three-pointers?|"
    r"3-pointers?|free throws?|dunks?|[0-9]{1,3}-[0-9]{1,3} (?:win|loss|victory|defeat|lead))\b",
    re.IGNORECASE,
)
GAME_REPORT_MIN_WORDS = 3
_MONEY_WORDS = re.compile(
    r"\$|%|\b(?:profits?|earnings|revenues?|sales|results|loss|losses|income|fiscal|GDP|economy|growth|quarterly|"
    r"shares?|dividends?|percent(?:age)?|billion|million|ended|output|deliveries|orders)\b",
    re.IGNORECASE,
)


def _english_month(name: str) -> int:
    return tables.ENGLISH_MONTHS[name.rstrip(".")]


def read_en_month_day(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(
        *match.span(),
        "calendar",
        month=_english_month(groups["month"]),
        day=int(groups["day"]),
        year=int(groups["year"]) if groups["year"] else None,
    )
    with_clock(reading, english_clock(groups))
    check_calendar(reading)
    if groups["day_to"]:
        range_to(reading, day=int(groups["day_to"]), hour=None, minute=None)
    return reading


read_en_day_month = read_en_month_day


def read_en_month_year(match: re.Match, context: ExtractionContext) -> Reading:
    return check_calendar(
        Reading(*match.span(), "calendar", month=_english_month(match["month"]), year=int(match["year"]))
    )


def read_en_month(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if not (groups["cue"] or groups["month_part"] or groups["shift"]):
        # A month alone (`October's sales`, `sales fell in … October`): not May, a verb as often as a month,
        # nor a month that starts a name (`June Carter`), nor one in English written inside another language.
        after = match.string[match.end() : match.end() + 2]
        if (
            groups["month"] in tables.ENGLISH_MONTHS_NEEDING_A_CUE
            or not context.language.startswith("en")
            or (after[:1] == " " and after[1:].isupper())
        ):
            raise NotADate(match.group())
    elif not (groups["month_part"] or groups["shift"]) and _A_PERSONS_AFTER.match(match.string, match.end()):
        raise NotADate(match.group())  # `since May admonished Trump`, `in May's Conservative Party`: a person
    reading = Reading(*span(match), "calendar", month=_english_month(groups["month"]))
    shift = groups["shift"]
    if shift and shift.lower() == "this past":
        return reading  # `this past January`: the one just gone, as any January in a clause about the past
    if shift:
        if tables.ENGLISH_PERIOD_SHIFTS[shift] == 0:
            reading.year_shift = 0
        else:
            reading.direction = "last" if tables.ENGLISH_PERIOD_SHIFTS[shift] < 0 else "next"
    return reading


#: After a month's name, what makes it a person's (`May said`, `May's colleagues`, `June's husband`).
_A_PERSONS_AFTER = re.compile(
    r"[ \u00a0]+(?:said|says|told|tells|admonished|warned|urged|insisted|argued|wrote|tweeted|accused|critici[sz]ed"
    r"|announced|admitted|conceded|promised|pledged|vowed|resigned|refused|rejected|spoke|met|called)\b"
    r"|['’]s[ \u00a0]+(?:[A-Z][a-z]+[ \u00a0]+)?(?i:colleagues|government|cabinet|party|spokes(?:man|woman|person)"
    r"|office|allies|critics|team|ministers|premiership|leadership|successor|predecessor|husband|wife|aides?"
    r"|supporters|opponents|rivals|administration|family)\b"
)


def read_en_season(match: re.Match, context: ExtractionContext) -> Reading:
    """last summer, the winter of 1994, spring 2019, in the fall: the season's months, as a range. A season
    needs a word that makes it a time (`the fall of Rome`, `the fall in prices`, `spring water` are not)."""
    groups = match.groupdict()
    year = int(groups["year"]) if groups["year"] else None
    if year is None and not groups["shift"] and not (groups["cue"] in tables.ENGLISH_SEASON_CUES and groups["the"]):
        raise NotADate(match.group())  # `the first snow of the winter`: the season describes the snow
    if year is None and _PREPOSITION_AFTER.match(match.string, match.end()):
        raise NotADate(match.group())  # `in the fall of the wall`, `in the summer of love`
    if groups["season"][0].isupper() and _CAPITALISED_WORD_AFTER.match(match.string, match.end("season")):
        raise NotADate(match.group())  # `the Winter Palace`, `the Summer Olympics`: a name
    season = tables.ENGLISH_SEASONS[groups["season"]]
    shift = tables.ENGLISH_PERIOD_SHIFTS[groups["shift"]] if groups["shift"] else None
    if shift is None or shift == 0:
        return season_reading(*span(match), season, year=year, year_shift=shift, published=context.published)
    return season_reading(*span(match), season, year=year, direction="last" if shift < 0 else "next")


_PREPOSITION_AFTER = re.compile(r"[ \u00a0]+(?:of|in|on|to|from|by|for)\b")
_CAPITALISED_WORD_AFTER = re.compile(r" [A-Z][a-z]")


def read_en_year(match: re.Match, context: ExtractionContext) -> Reading:
    if _BEFORE_CHRIST.match(match.string, match.end()):
        raise NotADate(match.group())  # `in 1170 BCE`: no year of the calendar news is dated in
    if _a_count_or_a_clock(match.string, match.end()):
        raise NotADate(match.group())  # `compared to 2000 pages`, `by 1500 GMT`
    return check_calendar(Reading(*span(match), "calendar", year=int(match["year"])))


def _a_count_or_a_clock(text: str, end: int) -> bool:
    """Whether the number that ends at `end` counts the noun after it (`2000 pages`, `a 2000 calorie diet`)
    or is a time of the day (`2010 GMT`, `1500 hrs`)."""
    _, word = _word_around(text, end, end)
    return word.lower() in tables.ENGLISH_COUNT_NOUNS or word in _CLOCK_ZONES


def read_en_weekday(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if _SHOW_AFTER_A_WEEKDAY.match(match.string, match.end("weekday")):
        raise NotADate(match.group())  # `Saturday Night Live`, `Thursday Night Football`: a show's name
    if _NAME_BEFORE_A_WEEKDAY.search(match.string, max(0, match.start("weekday") - 16), match.start("weekday")):
        raise NotADate(match.group())  # `Super Tuesday`, `Ash Wednesday`: a day with a name of its own
    if _SOME_BEFORE_A_WEEKDAY.search(
        match.string, max(0, match.start() - 16), match.start()
    ) and not _A_NOUN_AFTER.match(match.string, match.end()):
        raise NotADate(match.group())  # `a Sunday in late fall`, `falls on a Tuesday`: some day of the kind
    reading = Reading(*span(match), "weekday", weekday=tables.ENGLISH_WEEKDAYS[groups["weekday"]])
    shift = groups["shift"]
    if shift:
        value = tables.ENGLISH_PERIOD_SHIFTS[shift]
        if value == 0:
            reading.week_shift = 0
        else:
            reading.direction = "last" if value < 0 else "next"
    return with_clock(reading, english_clock(groups))


#: Before a weekday, a word that makes it a day with a name of its own (`Super Tuesday`, `Ash Wednesday`), or
#: a newspaper's name (`the Mail on Sunday`).
_NAME_BEFORE_A_WEEKDAY = re.compile(
    r"(?<![A-Za-z])(?:(?:Super|Ash|Palm|Bloody|Holy|Maundy|Shrove|Giving) |(?:Mail|Independent|Scotland|Wales) on )$"
)
#: Before a weekday, a word that makes it any day of its kind (`a Sunday in late fall`, `on a chilly Tuesday
#: in December 1999`), unless a noun follows (`a Sunday vote`, `a Friday deadline`: that Sunday's, that
#: Friday's). Only an adjective of the day's kind may stand between: `a news conference Tuesday` is Tuesday's.
_SOME_BEFORE_A_WEEKDAY = re.compile(
    r"(?<![A-Za-z])(?:[Aa]n?|[Aa]ny) (?:(?:chilly|rainy|sunny|snowy|windy|stormy|cloudy|foggy|hot|warm|cold|"
    r"busy|lazy|quiet|typical|normal|recent|certain|particular|given|random|single|fateful|late) )?$"
)
_A_NOUN_AFTER = re.compile(r" (?!(?:in|of|on|at|and|or|when|that|which|with|to|for|as|is|was)\b)[a-z]{3,}")
#: A weekday, a part of the day in capitals and a capitalised word make a name (`Monday Night Football`).
_SHOW_AFTER_A_WEEKDAY = re.compile(r" (?:Night|Morning|Evening|Afternoon) [A-Z][a-z]")


def read_en_day_word(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    word = " ".join(groups["word"].lower().split())
    if word not in tables.ENGLISH_GENERIC_DAY_WORDS and _a_name(match.string, match.start(), groups["word"]):
        raise NotADate(match.group())  # `CBS This Morning`
    if word in tables.ENGLISH_GENERIC_DAY_WORDS and _generic(match.string, match.start(), match.end(), groups["word"]):
        raise NotADate(match.group())
    if _quoted_alone(match.string, *match.span()):
        raise NotADate(match.group())  # the “Today” folder, a “Tomorrow” button: a name
    offset, anchors = tables.ENGLISH_DAY_WORDS[word]
    reading = Reading(*match.span(), "day_word", offset_days=offset, anchors=anchors)
    return with_clock(reading, english_clock(groups))


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Whether the words are all a quotation holds, with no full stop of a sentence said (`the “Today”
    folder`, not `he answered: “Today.”`)."""
    return (
        start > 0
        and text[start - 1] in "“\"'‘"
        and text[end : end + 1] in ("”", '"', "'", "’")
        and text[end + 1 : end + 2] != "s"  # `“Today’s charges …`: a possessive, inside a quotation
    )


#: Right before a capitalised day word, a word of a broadcast's name (`Vice News Tonight`, `Sports Today`).
_A_BROADCASTS_WORDS = frozenset({"News", "Sports", "Business", "World", "Politics", "Live"})


def _a_name(text: str, start: int, written: str) -> bool:
    """A capitalised day word inside a sentence after a broadcaster's initials, its possessive or `the`: a
    show's name (not in a headline, whose words are all capitalised)."""
    if not written[0].isupper():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    leading = text[line_start:start].rstrip()
    if not leading or leading[-1] in '.!?:"“”(—–-':
        return False  # it opens a sentence
    before = leading.split()[-1]
    if not (
        (before.isupper() and len(before) > 1)
        or before == "the"
        or before.endswith(("'s", "’s", "'", "’"))
        or before in _A_BROADCASTS_WORDS
    ):
        return False  # `CBS This Morning`, `the Tonight Show`, `NBC News' Today`, `Vice News Tonight`
    line_end = text.find("\n", start)
    words = [word for word in text[line_start : line_end if line_end >= 0 else len(text)].split() if word[:1].isalpha()]
    return sum(word[0].isupper() for word in words) * 10 < len(words) * 6  # a headline capitalises most words


def _generic(text: str, start: int, end: int, written: str) -> bool:
    """`today's youth`, `the people of tomorrow`, `VOA Today`, `the Today programme`: the present or the future
    in general, or a name; not `ahead of today's negotiations`, a day's."""
    before, after = _word_around(text, start, end)
    if written[0].isupper() and (before[:1].isupper() or before == "the") and text[start - 2 : start - 1] != ".":
        return True
    following = text[end : end + 30]
    if following.startswith(("'s ", "’s ")):  # its noun, maybe past a word (`today's personal computers`)
        return any(word.strip(".,;:!?").lower() in tables.ENGLISH_GENERIC_NOUNS for word in following[3:].split()[:2])
    return before.lower() == "of"


def read_en_relative(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    written = groups["amount"]
    amount = (
        int(written) if written.isdigit() else tables.ENGLISH_NUMBERS.get(written.lower()) or spoken_number(written)
    )
    if amount <= 0:
        raise NotADate(written)
    unit, size = tables.ENGLISH_RELATIVE_UNITS[groups["unit"]]
    direction = tables.ENGLISH_RELATIVE_DIRECTIONS[groups["direction"]]
    if direction == "away" and unit == "years":
        raise NotADate(written)  # `still at least 20 years away`: a time too far off to date anything
    offsets = relative_offsets(amount, unit, size)
    sign = 1 if direction in ("later", "away") else -1
    offsets = {key: sign * value for key, value in offsets.items()}
    anchors = ("publication",) if direction in ("ago", "away") else ("previous",)
    to_the_day = bool(groups["today"]) and direction == "ago" and unit != "days"  # 5 years ago today: that day
    to_the_month = bool(groups["this_month"]) and direction == "ago" and "offset_years" in offsets
    to_the_week = bool(groups["this_week"]) and direction == "ago" and "offset_years" in offsets
    return Reading(
        *match.span(),
        "relative",
        anchors=anchors,
        to_the_day=to_the_day or to_the_week,
        to_the_month=to_the_month,
        to_the_week=to_the_week,
        **offsets,
    )


def _a_questions_number(text: str, start: int, end: int) -> bool:
    """`Q1：…何時生效？`, `Q2: Why …`, `Q1. Is coffee healthy?` at a line's start: a question's number, not a
    quarter (`revenue rose in Q1.` is one)."""
    if _A_COLON.match(text, end):
        return True
    return (start == 0 or text[start - 1] == "\n") and text.startswith(". ", end)


_A_COLON = re.compile(r"[ \u00a0]*[:：]")


def read_en_period_shift(match: re.Match, context: ExtractionContext) -> Reading:
    written, unit = re.sub(r"\s+", " ", match["shift"]).lower(), match["unit"]
    if written in ("the past", "the last") and unit in ROLLING_UNIT_DAYS:
        shift = _rolling_shift(unit, context, -1)  # `over the past year`: the twelve months to publication
    else:
        shift = tables.ENGLISH_PERIOD_SHIFTS[match["shift"]] if written != "the last" else -1
    if unit in ("week", "weekend"):
        return Reading(*span(match), "week", week_shift=shift, weekend=unit == "weekend")
    if unit == "month":
        return Reading(*span(match), "calendar", month_shift=shift)
    if unit == "quarter":
        return Reading(*span(match), "calendar", quarter_shift=shift)
    return Reading(*span(match), "calendar", year_shift=shift)


def read_en_period_ahead(match: re.Match, context: ExtractionContext) -> Reading:
    """the year ahead: the twelve months from publication, as the year most of them are in."""
    shift, unit = _rolling_shift(match["unit"], context, 1), match["unit"]
    if unit == "week":
        return Reading(*span(match), "week", week_shift=shift)
    if unit == "month":
        return Reading(*span(match), "calendar", month_shift=shift)
    return Reading(*span(match), "calendar", year_shift=shift)


#: The length of a week, month and year that ends (or starts) at publication, in days.
ROLLING_UNIT_DAYS = {"week": 7, "month": 30, "year": 365}


def _rolling_shift(unit: str, context: ExtractionContext, direction: int) -> int:
    """A week, month or year that ends at publication (the past year) or starts there (the year ahead) is
    read as the calendar one most of its days are in: its middle's, counted from the publication's."""
    if context.published is None:
        return direction
    published = context.published
    middle = published + dt.timedelta(days=direction * (ROLLING_UNIT_DAYS[unit] // 2))
    if unit == "year":
        return middle.year - published.year
    if unit == "month":
        return (middle.year - published.year) * 12 + middle.month - published.month
    return (
        middle - dt.timedelta(days=middle.weekday()) - (published - dt.timedelta(days=published.weekday()))
    ).days // 7


#: After `the period`, what bounds it (`between now and Christmas`, `from 2001 to 2005`, `when …`): a stretch
#: of time of its own, not a reporting period.
_BOUNDS_AFTER_A_PERIOD = re.compile(r"\s+(?:between|from|since|until|when|during|in which|before|after)\b")


def read_en_weekend(match: re.Match, context: ExtractionContext) -> Reading:
    """over the weekend: the weekend just past, or the coming one when the clause speaks of the future."""
    return Reading(*span(match), "week", weekend=True)


def read_en_period_anaphor(match: re.Match, context: ExtractionContext) -> Reading:
    """`the quarter`, `the year-earlier period`, `last year's quarter`, `the quarter a year ago`, `the 1988
    quarter`, `fiscal 1989`, `that year`, `for the year`, `year-end`."""
    groups = match.groupdict()
    start, end = span(match)
    if groups["year_end"]:  # the last day of a year: `since year-end` the last one, `by year-end` this one
        shift = groups["year_end_shift"]
        year_shift = tables.ENGLISH_PERIOD_SHIFTS[shift] if shift else None
        return Reading(start, end, "calendar", month=12, day=31, year_shift=year_shift)
    if groups["fiscal_year"]:
        return check_calendar(Reading(start, end, "calendar", year=int(groups["fiscal_year"])))
    reading = Reading(start, end, "anaphor")
    if groups["year_before"]:
        reading.anaphor, reading.anaphor_unit = "year-before", groups["yb_unit"] or "period"
        ordinal = groups["yb_ordinal"]
    elif groups["explicit_year"]:
        reading.anaphor, reading.anaphor_unit = "same", groups["ey_unit"]
        reading.year, ordinal = int(groups["explicit_year"]), groups["ey_ordinal"]
    elif groups["ly_unit"]:  # last year's quarter
        reading.anaphor, reading.anaphor_unit, ordinal = "year-before", groups["ly_unit"], groups["ly_ordinal"]
    elif groups["unit"]:
        if not groups["unit_year_before"] and _a_games_quarter(match.string, start, end):
            raise NotADate(match.group())  # `to close the quarter`, `a dozen in the period`: the game's
        if groups["unit"] == "period" and _BOUNDS_AFTER_A_PERIOD.match(match.string, end):
            raise NotADate(match.group())  # `the period between now and Christmas`: a stretch of time
        relation = (groups["relation"] or "same").replace("most recent", "latest")
        reading.anaphor = {
            "comparable": "same",
            "corresponding": "same",
            "prior": "previous",
            "preceding": "previous",
        }.get(relation, relation)
        if groups["unit_year_before"]:  # the quarter a year ago, the same period last year
            reading.anaphor = "year-before"
        reading.anaphor_unit, ordinal = groups["unit"], None
    elif groups["that_unit"] or groups["same_unit"]:  # that year, that same year, the same month
        reading.anaphor, reading.anaphor_unit, ordinal = "same", groups["that_unit"] or groups["same_unit"], None
    elif groups["neighbour"] and groups["neighbour_unit"] == "week":  # the week after the day the story told
        shift = 1 if groups["neighbour"] in ("following", "next") else -1
        return Reading(start, end, "week", week_shift=shift, week_from_the_day_told=True)
    elif groups["neighbour"]:
        reading.anaphor = "following" if groups["neighbour"] in ("following", "next") else "previous"
        reading.anaphor_unit, ordinal = groups["neighbour_unit"], None
    else:  # the (full, fiscal, current) year, the end of the year, for the year: the year of publication
        return Reading(start, end, "calendar", year_shift=0)
    if ordinal:
        reading.quarter, reading.anaphor_unit = tables.ENGLISH_ORDINALS[ordinal], "quarter"
    return reading


def read_en_spoken_year(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    if not groups["century"] and not match.group().lower().startswith("the"):
        raise NotADate(match.group())  # `two thousand` alone is a number
    return check_calendar(Reading(*span(match), "calendar", year=spoken_year(groups)))


def read_en_month_spoken(match: re.Match, context: ExtractionContext) -> Reading:
    groups = match.groupdict()
    reading = Reading(*match.span(), "calendar", month=_english_month(groups["month"]))
    if groups["ordinal_day"]:
        reading.day = tables.ENGLISH_ORDINAL_DAYS[groups["ordinal_day"]]
        if groups["day_year"]:
            reading.year = spoken_year(groups, "d_")
    else:
        reading.year = spoken_year(groups, "m_")
    return check_calendar(reading)


def _word_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words just before start and just after end (without punctuation)."""
    before = _WORDS_OF_ENGLISH.findall(text, max(0, start - 20), start)
    after = _WORDS_OF_ENGLISH.findall(text, end, end + 20)
    return (before[-1].strip("\"'(“‘") if before else "", after[0].strip(".,;:!?\"')”’") if after else "")


#: Runs of text between spaces and Chinese characters or brackets (an English name inside Chinese: `（India
#: Today）`).
_WORDS_OF_ENGLISH = re.compile(r"[^\s\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+")


def read_en_bare_year(match: re.Match, context: ExtractionContext) -> Reading:
    """A four-digit year with no cue (`1957`, `the 1990 elections`), in English text only, and not an
    amount (`about 2000`, `2000 people`)."""
    if not context.language.startswith("en"):
        raise NotADate(match.group())
    before, _ = _word_around(match.string, match.start(), match.end())
    if before in tables.ENGLISH_AMOUNT_WORDS or _a_count_or_a_clock(match.string, match.end()):
        raise NotADate(match.group())
    if _AN_ADDRESS_AFTER.match(match.string, match.end()):
        raise NotADate(match.group())  # `at 2015 Washtenaw Avenue`, `the 2100 block of Main`: a house number
    if _BEFORE_CHRIST.match(match.string, match.end()):
        raise NotADate(match.group())  # `1170 BCE`: no year of the calendar news is dated in
    if _A_TABLES_ROW.match(match.string, match.end()) and _A_LINES_START.search(
        match.string, max(0, match.start() - 2), match.start()
    ):
        raise NotADate(match.group())  # `1604 86`: a line of a table's numbers
    if _a_names_number(match.string, match.start()) and not _TO_ANOTHER_YEAR.match(match.string, match.end()):
        raise NotADate(match.group())  # `Windows Server 2019`, `RTX 2080`, `Euro 2020`: part of a name
    if _CITED_BEFORE.search(match.string, max(0, match.start() - 100), match.start()) and _CITED_AFTER.match(
        match.string, match.end()
    ):
        raise NotADate(match.group())  # `(World Meteorological Organization, 2023)`: a source's year, cited
    paired = _PAIRED_AMOUNT.match(match.string, match.end())
    if paired and paired["noun"].lower() in tables.ENGLISH_COUNT_NOUNS:
        raise NotADate(match.group())  # `2024 & 2031 grams`, `1500 to 2000 people`: amounts
    return check_calendar(Reading(*match.span(), "calendar", year=int(match["year"])))


#: After a number that starts its line, only numbers to the line's end (`1604 86`): a row of a table.
_A_TABLES_ROW = re.compile(r"(?:[ \t\u00a0]+[0-9][0-9,.]*)+[ \t\u00a0]*(?:\n|$)")
_A_LINES_START = re.compile(r"(?:^|\n)[ \t\u00a0]*$")
#: After a number, the street it is a house on, or the block it numbers (`2015 Washtenaw Avenue`, `1633 Broadway`,
#: `2100 block of`).
_AN_ADDRESS_AFTER = re.compile(
    r"[ \u00a0]+(?:block[ \u00a0]+of\b|(?:[NSEW]\.?[ \u00a0]+)?Broadway\b"
    r"|(?:[NSEW]\.?[ \u00a0]+)?(?:[A-Z][a-z]+[ \u00a0]+){1,2}"
    r"(?:Avenue|Ave\.|Street|St\.|Road|Rd\.|Boulevard|Blvd\.|Drive|Dr\.|Lane|Ln\.|Place|Pl\.|Court|Ct\.|Way|Highway|Parkway)\b)"
)
#: After a year, its possessive and the word after (`1984’s Heart album`).
_POSSESSIVE_AFTER = re.compile(r"['’]s[ \u00a0]+(?P<next>[A-Za-z]+)")
#: Around a year and an `'s`, words that make it a decade written with an apostrophe (`the 1990's were`).
_BEFORE_A_DECADE = frozenset({"the", "early", "late", "mid", "mid-", "of", "in", "during", "since", "through"})
_AFTER_A_DECADE = frozenset({"and", "or", "to", "through", "were", "was", "saw", "brought", "had", "when"})


def _a_names_number(text: str, start: int) -> bool:
    """Whether the capitalised word right before a number, on its line, makes the number part of a name:
    not a word of the calendar or one that opens a phrase (`Summer 2019`, `Between 1979 and 2008`, `A 1996
    survey`), nor a possessive (`Mixte's 1989 results`) or what ends with a stop (`the U.S. 2020 census`,
    `in Washington. 2019 was`)."""
    if start < 2 or text[start - 1] not in " \u00a0" or not text[start - 2].isalpha():
        return False
    before = _WORD_RIGHT_BEFORE.search(text, max(0, start - 30), start)
    if before is None:
        return False
    word = before["word"]
    if word.endswith(("'s", "’s", "s'", "'S", "’S", ".")):
        return False
    last = _LAST_GLUED_WORD.search(word)  # `Lord of War.A 2005 film`, `Iron ManThe 2008 hit`: text run together
    if last is not None and last["word"].lower() in _CAPITALISED_BEFORE_A_YEAR:
        return False
    return word.lower() not in _CAPITALISED_BEFORE_A_YEAR and not _A_PERIODS_NAME.fullmatch(word)


#: The rest of a range of years (`EU 2021-2027 budget`): years, whatever names them.
_TO_ANOTHER_YEAR = re.compile(r"[-–][12][0-9]{3}(?![0-9])")
#: A capitalised word, then one space, right before a number: `Server 2019`, not `Mississippi, 1964`.
_WORD_RIGHT_BEFORE = re.compile(r"(?<![\w'’.-])(?P<word>[A-Z][\w'’&.-]*)[ \u00a0]$")
_LAST_GLUED_WORD = re.compile(r"(?:\.|(?<=[a-z]))(?P<word>[A-Z][a-z]*)$")
#: Capitalised words after which a number is a year: a title-case or sentence-initial function word, or
#: a word of the calendar.
_CAPITALISED_BEFORE_A_YEAR = (
    tables.ENGLISH_NOT_BEFORE_A_VERB
    | tables.ENGLISH_SUBJECT_PRONOUNS
    | {cue.lower() for cue in tables.ENGLISH_DATE_CUES}
    | {name.lower() for name in tables.ENGLISH_MONTHS}
    | {name.lower() for name in tables.ENGLISH_WEEKDAYS}
    | set(tables.ENGLISH_SEASONS)
    | {word.lower() for name in tables.ENGLISH_FESTIVALS for word in name.split()}
    | {
        "against", "among", "amid", "via", "per", "within", "without", "under", "over", "like",
        "unlike", "despite", "except", "beyond", "toward", "towards", "upon", "across", "near", "past",
        "if", "when", "while", "where", "because", "although", "though", "once", "unless", "whether", "so",
        "yet", "nor", "then", "also", "not", "only", "even", "still", "just", "what", "how", "why", "there",
        "here", "i", "is", "was", "were", "are", "be", "been", "fiscal", "year", "early", "late", "mid",
        "end", "copyright", "ad", "ce", "ca", "c",
    }
)  # fmt: skip
#: Quarters, halves, fiscal and calendar years written before a year (`Q3 2021`, `H1 2022`, `CY 2015`).
_A_PERIODS_NAME = re.compile(r"[QH][1-4]|FY|CY")
_BEFORE_CHRIST = re.compile(r"\s?(?:BCE|BC|B\.C\.(?:E\.)?)(?![A-Za-z])")
#: A source cited by its author and year: `(Smith et al., 2019)`, `(Copernicus Climate Change Service, 2023;`.
_CITED_BEFORE = re.compile(r"[(;]\s*[A-Z][^()]{0,80}?(?:,|\bet al\.?)\s*$")
_CITED_AFTER = re.compile(r"[a-z]?\s*(?:[);]|,\s*(?:p|pp)\.)")
#: After four digits, what makes them a time of the day (`at 2010 GMT`, `1500 hrs`).
_CLOCK_ZONES = frozenset(
    {
        "GMT",
        "UTC",
        "Z",
        "ET",
        "EST",
        "EDT",
        "PT",
        "PST",
        "PDT",
        "CT",
        "CST",
        "CDT",
        "BST",
        "CET",
        "CEST",
        "hrs",
        "HRS",
        "hours",
    }
)
#: A number joined to the one before it, and the noun it counts (`& 2031 grams`, `to 2000 people`).
_PAIRED_AMOUNT = re.compile(r"\s*(?:&|and|or|to|[-–])\s*[0-9][0-9,.]*\s+(?P<noun>[A-Za-z]+)")


def read_en_fiscal_year(match: re.Match, context: ExtractionContext) -> Reading:
    """FY2021, FY21: the year a fiscal year is named after (which months it holds depends on who keeps it)."""
    written = match["fy"]
    year = int(written) if len(written) == 4 else two_digit_year(int(written), context.published)
    return check_calendar(Reading(*match.span(), "calendar", year=year))


def read_en_decade(match: re.Match, context: ExtractionContext) -> Reading:
    """the 1960s, the mid-1990s, the late '80s (the apostrophe is part of what is written)."""
    written = match["decade"]
    if match["apostrophe"]:  # `the 1990's were`, not `1990's Heart album`, a year's
        before, _ = _word_around(match.string, match.start(), match.end())
        after = _POSSESSIVE_AFTER.match(match.string, match.end("decade"))
        if (
            before.lower() not in _BEFORE_A_DECADE
            and not match["part"]
            and (after is None or after["next"].lower() not in _AFTER_A_DECADE)
        ):
            raise NotADate(match.group())
    first_year = int(written) if len(written) == 4 else latest_decade(int(written), context.published)
    start = match.start() - 1 if len(written) == 2 and not match["part"] else match.start()
    # `the 1800s` is a century; `the 2000s` the decade it is as often
    century = len(written) == 4 and written.endswith("00") and first_year < 2000
    return decade_reading(start, match.end(), first_year, (match["part"] or "").lower(), century)


def read_en_short_year(match: re.Match, context: ExtractionContext) -> Reading:
    """'98: the apostrophe is part of what is written."""
    if not context.language.startswith("en"):
        raise NotADate(match.group())
    year = two_digit_year(int(match["yy"]), context.published)
    return Reading(match.start() - 1, match.end(), "calendar", year=year)


#: After `midnight`, a colour it names (`a midnight blue hoodie`).
_COLOURS = frozenset({"blue", "black", "green", "purple"})


def read_en_clock(match: re.Match, context: ExtractionContext) -> Reading:
    """10:35 a.m., 6 a.m, 4 in the morning, noon: a time alone, on the day of the date before it."""
    groups = match.groupdict()
    reading = Reading(*span(match), "clock")
    if groups["clock_word"]:
        before, after = _word_around(match.string, match.start(), match.end())
        if before.lower() == "high" or after.lower() in _COLOURS:
            raise NotADate(match.group())  # `high noon`, `midnight blue`
        reading.hour, reading.minute = (0 if groups["clock_word"] == "midnight" else 12), 0
        return reading
    written = groups["hour"] or groups["hour_oclock"] or groups["hour_part"]
    hour = int(written) if written.isdigit() else spoken_number(written)
    minute = int(groups["minute"] or 0)
    if not (1 <= hour <= 12 and 0 <= minute <= 59):
        raise NotADate(match.group())
    if groups["meridiem"]:
        afternoon = groups["meridiem"].lower().startswith("p")
    else:
        afternoon = groups["part"] in ("afternoon", "evening") or (groups["part"] == "night" and hour >= 6)
    if afternoon and hour < 12:
        hour += 12
    elif not afternoon and hour == 12 and groups["meridiem"]:
        hour = 0
    reading.hour, reading.minute = hour, minute
    return reading


def read_en_festival(match: re.Match, context: ExtractionContext) -> Reading:
    """Thanksgiving, Christmas Day 2020, last Christmas: the holiday's day, in the year written, the one
    before or after publication, or the one nearest it."""
    groups = match.groupdict()
    name = re.sub(r"\s+", " ", groups["festival"]).replace("’", "'")
    reading = Reading(*match.span(), "festival", festival=tables.ENGLISH_FESTIVALS[name])
    reading.festival_season = groups["season"] is not None  # `the Christmas shopping season`: its month
    if _A_GREETING_BEFORE.search(match.string, max(0, match.start() - 8), match.start()):
        raise NotADate(match.group())  # `wished all a Merry Christmas`: a greeting, no day
    if _ANOTHER_CALENDAR_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        raise NotADate(match.group())  # `Orthodox Christmas`, `Chinese Valentine's Day`: another day
    if not (groups["year"] or groups["direction"] or reading.festival_season) and _a_festivals_thing(match, name):
        raise NotADate(match.group())  # `a Christmas party`, `his Christmas cards`, `A Christmas Carol`
    if groups["year"]:
        reading.year = int(groups["year"])
    elif groups["direction"]:
        direction = groups["direction"].lower()
        if direction == "this":
            reading.year_shift = 0
        else:
            reading.direction = direction
    return reading


#: Before a festival's name, a word that makes it another calendar's day, or another day of the name.
_ANOTHER_CALENDAR_BEFORE = re.compile(r"(?<![A-Za-z])(?:Orthodox|Chinese|Jewish|Holocaust|Coptic|Julian) $")
#: Before a festival's name, the word of a greeting (`Merry Christmas`, `Happy Thanksgiving`).
_A_GREETING_BEFORE = re.compile(r"(?<![A-Za-z])(?:[Mm]erry|[Hh]appy|HAPPY|MERRY) $")


def _a_festivals_thing(match: re.Match, name: str) -> bool:
    """`a Christmas party`, `his Christmas cards`, `the Good Friday Agreement`: after a determiner, the
    festival's name describes the word after it, a thing rather than a day, unless that word is a time
    of the day (`the Christmas morning`) or a word of grammar (`the Christmas of 1914`, `the Christmas
    before`). `Christmas Day` and `Christmas Eve` are days whatever follows (`the Christmas Day parade`)."""
    if match.string[match.end() : match.end() + 1] == "-" and match.string[match.end() + 1 : match.end() + 2].isalpha():
        return True  # `Christmas-tree-style lights`: a word of a compound
    if name.endswith((" Day", " Eve")):
        return False
    text = match.string
    following = _NEXT_WORD.match(text, match.end())
    if following is None or following.group(1).lower() in tables.WORDS_AFTER_A_FESTIVALS_DAY:
        return False
    if _DETERMINER_BEFORE.search(text, max(0, match.start() - 16), match.start()) is not None:
        return True
    # with no determiner, a noun after it (`Portsmouth's Christmas market returns`, `Christmas ads`), unless a
    # preposition of time says the day (`before Christmas shopping`)
    previous = text[max(0, match.start() - 16) : match.start()].split()[-1:]
    return following.group(1).lower() not in tables.WORDS_AFTER_A_FESTIVAL_NAMED_AS_A_DAY and not (
        previous and previous[0].lower() in tables.ENGLISH_TIME_PREPOSITIONS
    )


_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z'’-]*)")
_DETERMINER_BEFORE = re.compile(
    r"(?:(?<![A-Za-z])(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our|[Mm]y|[Ii]ts|[Ee]very|[Ee]ach|[Aa]nother)"
    r"|[A-Za-z]['’]s)[ \u00a0]+$"
)
