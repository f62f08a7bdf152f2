"""A date that describes a thing, not when something happened: a work's or a model's year, a decade's style, a
birth cohort, a year a clause talks of, what a Chinese date is said to be (see judge.py)."""

from __future__ import annotations

import datetime as dt
import re

from . import tables
from .clauses import WHEN_AFTER
from .layout import Layout
from .place import Place
from .readers import Reading
from .tense import PRESENT, is_finite_verb


def a_things_period(text: str, reading: Reading, place: Place, layout: Layout, published: dt.date | None) -> bool:
    """A period that dates a work or a thing (`Aciman's 2007 novel`, `the 2020 Sentra`, `'60s rhetoric`), a group
    of people (`1972年以后出生的女性`), or the year a clause talks of (`2026 will accelerate the shift`)."""
    return (
        _a_works_year(text, reading, published)
        or (
            layout.english
            and (
                _a_year_talked_of(text, reading)
                or _a_season_of_every_year(text, reading, place)
                or _the_present_year_in_the_present(text, reading, place, published)
            )
        )
        or _annual(text, reading)
        or (layout.english and _how_far_back_a_thing_dates(text, reading))
        or _a_decade_describing(text, reading)
        or _a_maturity(text, reading)
        or _a_birth_cohort(text, reading, place)
        or _years_ago_describing(text, reading, layout)
    )


def _the_present_year_in_the_present(text: str, reading: Reading, place: Place, published: dt.date | None) -> bool:
    """The year of publication written as a number, in a clause in the present (`In 2025, the landscape of AI
    certifications has expanded significantly`): this year so far, a trend's or a figure's, as `this year` is;
    not `In 2025, the company opened 40 stores`."""
    return (
        published is not None
        and reading.year == published.year
        and reading.granularity == "year"
        and reading.range_end is None
        and text[reading.start : reading.end].isdigit()
        and place.tense == PRESENT
    )


def _a_season_of_every_year(text: str, reading: Reading, place: Place) -> bool:
    """`In the summer, the lake fills with tourists`: a season with no year, in the present, is every year's (not
    `will launch it in the summer`, `launched it in the summer`, `This summer, …`)."""
    return text[reading.start : reading.end].lower() in _THE_SEASONS and place.tense == PRESENT


_THE_SEASONS = frozenset({"the spring", "the summer", "the fall", "the autumn", "the winter"})


def _a_year_talked_of(text: str, reading: Reading) -> bool:
    """A year that is what its clause talks of, not when something happened: its subject, with no preposition
    before it (`2026 will accelerate the shift`, `2016 probably wasn't the most enjoyable year`, `As 2025 draws to
    a close`); not `in 1951 drew the attention`."""
    written = text[reading.start : reading.end]
    if reading.granularity != "year" or reading.range_end is not None or not written.isdigit():
        return False
    if _A_PREPOSITION_BEFORE.search(text, max(0, reading.start - 12), reading.start):
        return False
    return _A_VERB_AFTER_A_SUBJECT.match(text, reading.end) is not None


#: After a Chinese date, maybe past a comma, what says what the date is, not what happened on it: a year
#: characterised (`2020年是极不寻常的一年`), a day's festival or anniversary (`今年的6月16日是父亲节`,
#: `8月22日是農曆七夕情人節`, `7月1日是主权移交23周年`).
_WHAT_THE_DATE_IS = re.compile(
    # (what it is to something: `2020年对欧中关系是重要的一年`)
    r"(?:的)?[，,]?[ \u3000]*(?:[对對][^，,。；;！？!?：:是]{1,12})?"
    r"(?:是|被视为|被視為|被称为|被稱為|堪称|堪稱)[^，,。；;！？!?：:]{0,20}?"
    r"(?:一年|之年|年份|节|節|纪念日|紀念日|节日|節日|元年|周年|週年"
    r"|转折点|轉折點|分水岭|分水嶺|里程碑)"
    r"(?=[，,。；;！？!?\s]|$)"
    # … or, with no verb, the anniversary it is, all its sentence says (`2020年6月4日，某事件31周年纪念日。`)
    r"|[，,][^，,。；;！？!?：:]{0,20}?(?:纪念日|紀念日)(?=[。！!]|$)"
)


def what_the_date_is(text: str, reading: Reading, place: Place) -> bool:
    """A Chinese date said to be what it is (`2020年是极不寻常的一年`, `今天是记者节，我来看看您`, a day's anniversary:
    `7月1日是主权移交23周年`), with nothing the sentence goes on to say happened then (`2019年是关键的一年，公司在这一年
    上市` is an event; so is a year of a centenary, `2021年是…成立100周年`, a year of its celebrations)."""
    found = _WHAT_THE_DATE_IS.match(text, reading.end)
    if found is None or (reading.granularity == "year" and found[0].endswith(_ANNIVERSARIES)):
        return False
    return _BACK_TO_THE_DATE.search(text, found.end(), place.sentence_end) is None


_ANNIVERSARIES = ("周年", "週年")


#: Words that go back to the date just named (`在这一年上市`, `当天`).
_BACK_TO_THE_DATE = re.compile("(?:这|這|那)(?:一)?(?:年|天|日)|当年|當年|当天|當天|当日|當日|同年|同日")
#: Right before a year, a preposition that makes it a time (`in 1998`, `by 2050`), or a word of a list or a
#: part of the year (`and 2016`, `early 2016`).
_OTHER_LEAD_INS = frozenset({"for", "about", "and", "or", "early", "late", "mid", "the"})
_YEARS_LEAD_INS = tables.ENGLISH_PREPOSITIONS_BEFORE_A_PERIOD | _OTHER_LEAD_INS
_A_PREPOSITION_BEFORE = re.compile(r"\b(?i:" + tables.alternation(sorted(_YEARS_LEAD_INS)) + r")[ \u00a0]+$")
#: After a year, the verb of a clause it is the subject of (`2026 will`, `2017 is`, `2016 probably wasn't`).
_A_VERB_AFTER_A_SUBJECT = re.compile(
    r"[ \u00a0]+(?:probably[ \u00a0]+|also[ \u00a0]+|already[ \u00a0]+)?"
    r"(?:will|is|was|wasn['’]t|isn['’]t|has|had|promises|brings|brought|marks|marked|looks|looked|seems"
    r"|seemed|proved|draws|drew|starts|started|continues|continued|['’]s)\b"
)

#: After a year, the work it dates, maybe past a few words that describe it (`2007 novel`, `1865 Russian novella`).
_A_WORK_AFTER_A_YEAR = re.compile(
    r"(?:[ \u00a0]+(?:[A-Z][\w'’-]*|[a-z]+(?:-[a-z]+)*)){0,3}?[ \u00a0]+"
    + tables.alternation(tables.ENGLISH_WORK_NOUNS)
    + r"\b"
)
#: … or the people, holdings or measures it describes, past words that describe them (`2011 PGA champion`).
_DESCRIBED_AFTER_A_YEAR = re.compile(
    r"(?:[ \u00a0]+(?!(?:of|the|a|an|and|or|to|in|on|for|with|by|from|at)\b)(?:[A-Z][\w'’-]*|[a-z]+(?:-[a-z]+)*)){0,3}?"
    r"[ \u00a0]+" + tables.alternation(tables.ENGLISH_DESCRIBED_NOUNS) + r"\b"
)
#: … after a determiner or an owner, maybe past a word or two that describe the work (`an 1865 novella`,
#: `Aciman's 2007 novel`, `Few 2017 movies`, `a small 2025 study`, `a celebrated 2019 paper`, `whose 2020 review`).
_A_DETERMINER_BEFORE = re.compile(
    r"(?:['’]s|\b(?i:a|an|the|his|her|their|its|our|my|your|whose|few|many|several|some|all|both|these|those|this"
    r"|that))(?:[ \u00a0]+(?!(?:in|on|at|of|by|for|from|to|since|until|and|or)\b)[a-z][a-z-]*){0,2}[ \u00a0]+$"
)
#: Before a year, a ranking of the things it saw (`the best films of`, `top 21 films of`, `favorite albums of`).
_A_RANKING_BEFORE_A_YEAR = re.compile(
    r"\b(?:[a-z]+est|most[ \u00a0]+\w+|top(?:[ \u00a0]+\d+)?|favou?rite)"
    r"(?:[ \u00a0]+[\w'’-]+){1,3}?[ \u00a0]+of[ \u00a0]+$"
)
#: Right before a bracket: a Latin word (`Unfolding`, `3210`), or a title's closing quote (`”`, `》`).
_NAME_BEFORE_A_BRACKET = re.compile(r"(?:(?<![\w'’.-])(?P<word>[A-Za-z0-9][\w'’.-]*)|[”\"’'》」])[ \u00a0]*$")


def _how_far_back_a_thing_dates(text: str, reading: Reading) -> bool:
    """`many of these buildings dated back to the 1930s`, `a streak dating back to 1992`, `The most recent data is
    from 2016`: how old a thing is, no act then (but `The dispute dates back to 2000, when …` goes on to the
    act)."""
    start = max(0, reading.start - 30)
    how_old = (text.find("back", start, reading.start) >= 0 and _DATES_BACK_TO.search(text, start, reading.start)) or (
        text.find("from", start, reading.start) >= 0 and _IS_FROM.search(text, start, reading.start)
    )
    return bool(how_old) and WHEN_AFTER.match(text, reading.end) is None


#: Before a year, a law's or a charter's name that it ends (`the Civil Rights Act of 1964`, `Constitution of 1935`,
#: `the Goods and Services Tax Act, 2017`, `the Code on Wages Rules, 2026`).
_A_DOCUMENT_OF = re.compile(
    r"\b(?:Act|Constitution|Charter|Code|Protocol|Rules|Regulations|Ordinance|Bill)"
    r"(?:[ \u00a0]+of[ \u00a0]+|,[ \u00a0]+)$|\bCode[ \u00a0]+on[ \u00a0]+[A-Z][a-z]+,[ \u00a0]+$"
)
#: Before a date, how far back a thing goes (`dates back to the`, `dating back to`), or where it comes from (`is
#: from`, `comes from the`).
_DATES_BACK_TO = re.compile(r"\bdat(?:e|es|ed|ing)[ \u00a0]+back[ \u00a0]+to[ \u00a0]+(?:the[ \u00a0]+)?['’]?$")
_IS_FROM = re.compile(r"\b(?:is|are|was|were|comes?|came)[ \u00a0]+from[ \u00a0]+(?:the[ \u00a0]+)?$")


def _a_maturity(text: str, reading: Reading) -> bool:
    """The year a debt falls due, naming it (`2027年到期的债券`, `bonds maturing in 2027`, `notes due 2030`): no
    act then."""
    return (
        _FALLS_DUE_AFTER.match(text, reading.end) is not None
        or _FALLS_DUE_BEFORE.search(text, max(0, reading.start - 24), reading.start) is not None
    )


_FALLS_DUE_AFTER = re.compile("(?:到期|期满|期滿)(?:的|之)")
_FALLS_DUE_BEFORE = re.compile(
    r"(?:maturing|(?:bonds?|notes?|debt|debentures?|securities|loans?)[ \u00a0]+due)[ \u00a0]+(?:in[ \u00a0]+)?$"
)


def _a_decade_describing(text: str, reading: Reading) -> bool:
    """A decade before a noun it describes (`schmaltzy '60s rhetoric`, `her inner '90s child`), not after a
    preposition (`in the 1990s`) nor before its verb (`the 1960s saw`): the style of a time, no act."""
    if not _A_DECADE.search(text, reading.start, reading.end):
        return False
    if _A_THING_OF_THE.search(text, max(0, reading.start - 40), reading.start):
        return True  # `the paranoid style of the 1960s`, `the crime wave of the 1980s`: the time's, no act
    following = _A_WORD.match(text, reading.end)
    if following is None or following[1].lower() in tables.ENGLISH_FUNCTION_WORDS or is_finite_verb(following[1]):
        return False
    before = _WORD_BEFORE.search(text, max(0, reading.start - 24), reading.start)
    return before is None or before[1].lower() not in tables.ENGLISH_PREPOSITIONS_BEFORE_A_PERIOD


_A_DECADE = re.compile(r"[0-9]0s$")
#: A noun and `of the` before a decade, the noun no part of it (`the end of the 1990s` is a time).
_A_THING_OF_THE = re.compile(
    r"\b(?!(?:end|start|beginning|middle|turn|rest|part|half|course|years?|decades?|days?)\b)[a-z]+[ \u00a0]+of"
    r"[ \u00a0]+the[ \u00a0]+['’]?$"
)
_A_WORD = re.compile(r"[ \u00a0]+([A-Za-z][\w-]*)")
#: The word before a date, past `the`.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \u00a0]+(?:the[ \u00a0]+)?['’]?$")


def _years_ago_describing(text: str, reading: Reading, layout: Layout) -> bool:
    """A count of years before a thing it dates (`十年前的案子`, `20年前的一桩旧事`, `八年前的点名册`): the thing, not
    an act then; not before a time or a day (`八年前的那次撤稿`, `20年后的清明节`)."""
    return (
        not layout.english
        and reading.kind == "relative"
        and text.startswith("的", reading.end)
        and _A_TIME_AFTER_DE.match(text, reading.end + 1) is None
        and _AN_INCIDENT_AFTER_DE.match(text, reading.end + 1) is None
    )


#: After a count of years and 的, an incident's name (`三年前的「709大抓捕事件」`): what happened then.
_AN_INCIDENT_AFTER_DE = re.compile(r"[^，,。；;！？!?]{0,20}?" + tables.alternation(tables.INCIDENT_NAMES))


#: After a count of years and 的, what makes the words a time: `那次`, `那天`, `时候`, a date or a season.
_A_TIME_AFTER_DE = re.compile(
    r"[ \u3000]*(?:那次|那一次|那天|那一天|这天|這天|时候|時候|今天|今日|某一?[天日]|一天"
    r"|早上|上午|中午|下午|傍晚|晚上|夜里|夜裡|深夜|凌晨|清晨"
    r"|[0-9０-９一二三四五六七八九十]+[ \u3000]*[年月日号號]"
    r"|[春夏秋冬]|清明|除夕|元旦|中秋|国庆|國慶|端午|元宵|年底|年初|年末)"
)


def _a_birth_cohort(text: str, reading: Reading, place: Place) -> bool:
    """A year that sorts people by when they were born, no one's birth: `1972年以及以后出生的女性`,
    `1980年出生女职工`, `出生于1967年后的人们`, `those born after 1980`; not `他1943年在美国出生`."""
    if _COHORT_AFTER_A_YEAR.match(text, reading.end, place.sentence_end):
        return True
    before = text[max(place.sentence_start, reading.start - 16) : reading.start]
    if before.endswith(("出生于", "出生於")):
        return _AFTER_OR_BEFORE_IT.match(text, reading.end, place.sentence_end) is not None
    return _BORN_AFTER_OR_BEFORE.search(before) is not None


#: After a year, people born then or since (`以及以后出生的`, `后出生的`, `生的人群`, `出生女职工`); not one
#: person's (`1956年生人`).
_COHORT_AFTER_A_YEAR = re.compile(
    r"[ \u3000]*(?:以及|及)?[ \u3000]*(?:以后|以後|以前|之后|之後|之前|后|後|前)?[ \u3000]*"
    r"(?:出生(?:的|[女男]|人)|生的)"
)
_AFTER_OR_BEFORE_IT = re.compile(r"[ \u3000]*(?:以后|以後|以前|之后|之後|之前|后|後|前)的")
_BORN_AFTER_OR_BEFORE = re.compile(r"\bborn[ \u00a0]+(?:after|before|since|between)[ \u00a0]+(?:the[ \u00a0]+)?$")


def _annual(text: str, reading: Reading) -> bool:
    """`2021年度综合考核`, `2021年度绿色制造名单`: a year written as 年度 is what a thing covers, no time of an act."""
    return reading.granularity == "year" and text[reading.end : reading.end + 1] == "度" and reading.range_end is None


#: A year's before a name in capitals: the thing it names (`2002's Die Another Day`).
_A_YEARS_NAMED_THING = re.compile(r"['’]s\s+(?:[A-Z][a-z]|[A-Z]\s)")


def _a_works_year(text: str, reading: Reading, published: dt.date | None) -> bool:
    """A year, or years, in brackets right after a name: a work's or a model's year (`Life Unfolding (2014)`,
    `Nokia 3210 (2024)`, `《流浪地球》（2019）`) or a life's span (`(1828-1893)`), not an act in the sentence;
    a year before a work it dates (`Aciman's 2007 novel`, `an 1865 Russian novella`), or before a model's name,
    the year of publication or after it (`the 2020 Sentra`, written in 2019); the year a ranking covers (`the
    best films of 2017`, `top 21 films of 2017`); a year's before a name (`2006's Casino Royale`); a year right
    before a title (`1984年《中英联合声明》`, `1964年《民权法案》`): the title's year."""
    if reading.granularity != "year":
        return False
    if text.startswith("《", reading.end) and text[reading.end - 1] == "年":  # a year, not a decade's part
        closing = text.find("》", reading.end, reading.end + tables.TITLE_MAX_CHARS)
        # … unless the work comes out then (`2019年《流浪地球》上映`)
        return closing == -1 or not _A_WORKS_RELEASE.match(text, closing + 1)
    if _A_RANKING_BEFORE_A_YEAR.search(text, max(0, reading.start - 60), reading.start):
        return True
    if _A_YEARS_NAMED_THING.match(text, reading.end):
        return True  # `2002's Die Another Day`, `1985's A View to a Kill`: a work or a thing by its year
    if text.endswith(("of ", ", "), 0, reading.start) and _A_DOCUMENT_OF.search(
        text, max(0, reading.start - 24), reading.start
    ):
        return True  # `the Human Rights Act of 2013`, `the Tax Act, 2017`: a law's name
    a_model = published is not None and reading.year is not None and reading.year >= published.year
    if (
        (
            _A_WORK_AFTER_A_YEAR.match(text, reading.end)
            or _DESCRIBED_AFTER_A_YEAR.match(text, reading.end)
            or (a_model and _a_models_name(text, reading))
        )
        and _A_DETERMINER_BEFORE.search(text, max(0, reading.start - 40), reading.start)
        and not text.endswith(("In a ", "In an "), max(0, reading.start - 6), reading.start)
    ):
        # not `In 2019 work began`: the year is the work's when a determiner or an owner opens them; `In a 1985
        # story, Barry died` opens a sentence with when the work told it
        return True
    if text[reading.end : reading.end + 1] not in (")", "）"):
        return False
    opening = reading.start - 1
    if opening < 1 or text[opening] not in "(（":
        return False
    name = _NAME_BEFORE_A_BRACKET.search(text, max(0, opening - 40), opening)
    if name is None:
        return False
    word = name["word"]
    return word is None or word[0].isupper() or any(character.isdigit() for character in word)


#: After a work's title, the verb of its coming out or its coming into force (`《流浪地球》上映`, `《民法典》正式施行`).
_A_WORKS_RELEASE = re.compile(
    r"[ \u3000]*(?:正式|首次|首度|已|在[^，。；]{0,10})?"
    r"(?:上映|出版|发行|發行|发布|發布|发表|發表|颁布|頒布|公布|通过|通過|问世|問世|播出|首播|首映|开播|開播"
    r"|施行|生效|实施|實施|签署|簽署|出台|印发|印發|推出)"
)


def _a_models_name(text: str, reading: Reading) -> bool:
    """A name after a year that is a model's or a thing's (`the 2020 Sentra`, `the 2021 RAV4 Prime`), not an
    event's (`the 2008 Beijing Olympics`, `the 2016 Brexit referendum`)."""
    after = _WORDS_AFTER_A_YEAR.match(text, reading.end)
    if after is None:
        return False
    first = after["first"]
    if not (first[:1].isupper() or first[1:2].isupper()) or first.lower() in _MONTHS_AND_WEEKDAYS:
        return False  # (`iPhone`, `eGolf`: a name too)
    return not any(word.lower() in tables.ENGLISH_EVENT_NAME_WORDS for word in after.group().split())


#: The words after a year, the first a name's (`2020 Sentra gets a new`).
_WORDS_AFTER_A_YEAR = re.compile(r"[ \u00a0]+(?P<first>[A-Za-z][\w'’-]*)(?:[ \u00a0]+[A-Za-z][\w'’-]*){0,3}")
_MONTHS_AND_WEEKDAYS = frozenset(name.lower() for name in (*tables.ENGLISH_MONTHS, *tables.ENGLISH_WEEKDAYS))
