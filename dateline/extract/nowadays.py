"""`today`, `今天` as these days, and the page's own `today` (`Sign up today`): no day's news (see judge.py)."""

from __future__ import annotations

import re

from .clauses import clause_of, end_of_clause, opens_its_sentence
from .figures import A_MARKETS_MOVE, measured_en
from .place import Place
from .readers import Reading
from .tense import PAST, PRESENT


def jintian_as_nowadays(text: str, reading: Reading) -> bool:
    """今天 as these days: before 的 and what the age has (`今天的民营企业的焦虑`, `搜索今天的网络`), not before
    what happens today (`今天的比赛`, `在今天的见面会上`); or after 到 (`走到今天`): up to now."""
    if text[reading.start : reading.end] not in ("今天", "今日"):
        return False
    if text.endswith(("到", "至"), 0, reading.start):
        return True
    if _AN_AGES_PEOPLE.match(text, reading.end):
        return True  # `所以今天企业应该…`, `今天社会公众所以为的`: these days
    if _A_COUNTRYS_THINGS.match(text, reading.end):
        return True  # `今天中国的中小型企业`: these days' (not `今天中国队夺冠`, `美国今天宣布`)
    if _LOOKING_BACK.match(text, reading.end):
        return True  # `今天回想起来`, `今天看來更不可想象的是`: from where the writer stands these days
    if _NAMED_THESE_DAYS.match(text, reading.end):
        return True  # `当时叫做迦南之地，今天叫做以色列`, `也就是今天所说的印尼`: its name these days
    if _THIS_AGE.match(text, reading.end):
        return True  # `在今天這個資訊時代`, `今天这样的社会`: the age we live in
    if (
        text.endswith("在", 0, reading.start)
        and not text.endswith("就在", 0, reading.start)
        and text.startswith(("，", ","), reading.end)
    ):
        return True  # `但在今天，任何一家媒体都可以…`: in this age (not `就在今天，…宣布`)
    return (
        text.startswith("的", reading.end)
        and _WHAT_HAPPENS_TODAY.search(text, reading.end + 1, reading.end + WHAT_HAPPENS_REACH) is None
    )


#: Right after 今天, the people of an age (`今天企业`, `今天年轻人`; not `今天企业家座谈会`, `今天社会各界…`).
_AN_AGES_PEOPLE = re.compile(r"(?:社会|社會)(?!各界)|(?:企业|企業)(?!家)|年轻人|年輕人|人类|人類|人们|人們")
#: After 今天, a country and 的: what it has these days.
_A_COUNTRYS_THINGS = re.compile(r"(?:中国|中國|美国|美國|香港|台湾|台灣|大陆|大陸|日本|欧洲|歐洲)的")
#: After 今天, looking back on what was (`今天回想起来`, `今天看來`, `今天回顾这个案子`).
_LOOKING_BACK = re.compile(r"[ \u3000]*(?:回想|回顾|回顧|回头看|回頭看|回看|看来|看來|想来|想來)")
#: After 今天, `this` and an age or a society (`今天这个信息时代`, `今天這樣的社會`).
_THIS_AGE = re.compile(r"(?:这个|這個|这样的|這樣的|这种|這種)[^，,。；;！？]{0,8}?(?:时代|時代|年代|社会|社會|世界)")
#: After 今天, what a thing is called these days (`今天叫做以色列`, `今天所说的印尼`).
_NAMED_THESE_DAYS = re.compile(r"所?(?:叫做|叫作|(?:称为|稱為)(?!了)|称作|稱作|说的|說的|谓的|謂的|称的|稱的)")
#: How far after 今天的 a word for what happens on a day is looked for.
WHAT_HAPPENS_REACH = 9


#: After 今天的, words for what happens on a day (`比赛`, `发布会`, `会议`, `演出`).
_WHAT_HAPPENS_TODAY = re.compile(
    r"比赛|比賽|赛事|賽事|会|會|活动|活動|演出|仪式|儀式|典礼|典禮|发布|發布|演讲|演講|讲话|講話|表演|节目|節目|见面|見面"
    r"|采访|採訪|庭审|庭審|开庭|開庭|航班|行程|抗议|抗議|游行|遊行|集会|集會|选举|選舉|投票|变动|變動|事件|事故|交易|行动|行動"
    r"|声明|聲明|直播|晚会|晚會|派对|派對|聚会|聚會|音乐|音樂|报道|報道|报告|報告|课|課|考试|考試|手术|手術"
)


def today_as_nowadays(text: str, reading: Reading, place: Place) -> bool:
    """`today` in a sentence about how things are, not about what happens today: an age's things after
    `today's` (`today's wonders are`), a comparison with how things were (`buyers are more sophisticated
    today`), an amount there is (`Today, the service has some 5,000 employees`), a state in the present (`Neon
    signs exist today`) or a superlative before it (`one of the hottest trends today`); not `Today is the
    deadline`, `The Senate votes today` nor `today's glitches were`."""
    if text[reading.start : reading.end].lower() != "today":
        return False
    if _the_pages_own_words(text, reading, place):
        return True
    if text.endswith(("than ", "than\u00a0"), max(0, reading.start - 5), reading.start) or _AS_MUCH_AS_TODAY.match(
        text, reading.end
    ):
        return True  # `more powerful than today's`, `as compelling today as they ever were`: these days, compared
    if _THE_WORLD_AS_IT_IS.search(text, max(0, reading.start - 24), reading.start):
        return True  # `ideas shaping our world today`, `feels especially relevant today`, `just like today`
    if _IN_TODAYS_AGE.match(text, reading.end) and text[max(0, reading.start - 3) : reading.start].lower() == "in ":
        return True  # `In today's interconnected world, the rise of … has transformed our lives`, `in today's market`
    if _TODAYS_AGE.match(text, reading.end):
        return place.tense != PAST  # `today's innovations are`, `in today's digital environment`, not `… were`
    clause_start, clause_end = clause_of(text, reading, place)
    if _A_COMPARISON_WITH_BEFORE.search(text, clause_start, reading.start):
        return True  # `buyers are more sophisticated today`
    if _WHAT_MAY_BE_TODAY.search(text, clause_start, reading.start):
        return True  # `a model agencies can adopt today`, `she would be alive today`, `artists operating today`
    if A_MARKETS_MOVE.search(text, clause_start, clause_end):
        return False  # `Stocks are lower today`: the day's trading
    return _how_things_are_today(text, reading, place, clause_start, clause_end)


def _how_things_are_today(text: str, reading: Reading, place: Place, clause_start: int, clause_end: int) -> bool:
    """`today` in a clause that tells how things are these days: an amount there is, a state, the present of a
    plural subject, a superlative of the age (see `today_as_nowadays`)."""
    if place.tense != PAST:  # an amount there is these days: `Today, the service has some 5,000 employees`
        if not (text[clause_start : reading.start].strip() or text[reading.end : clause_end].strip()):
            clause_start = clause_end + 1  # `Today,` alone: the clause after it
            clause_end = end_of_clause(text, clause_start, place.sentence_end)
        if measured_en(text, clause_start, clause_end):
            return True
    opens = opens_its_sentence(text, reading, place)
    if opens and _HOW_THINGS_ARE_TODAY.match(text, reading.end, clause_end):
        return True  # `Today the company is valued at $1bn`, `Today we are great friends`
    if (
        place.tense == PRESENT
        and text[reading.end : reading.end + 1] not in ("'", "’")
        and not (opens and _A_VERB_AFTER_TODAY.match(text, reading.end))
        and not _A_DAYS_ACT.search(text, place.sentence_start, place.sentence_end)
    ):
        return True  # `Today, women create and lead a growing number of businesses`, `Today we see …`
    if not (
        _A_STATE.search(text, place.sentence_start, place.sentence_end)
        or _A_SUPERLATIVE_OF_THE_AGE.search(text, clause_start, reading.start)
    ):
        return False
    if opens and _A_VERB_AFTER_TODAY.match(text, reading.end):
        return False  # `Today is the last day`, `Today marks …`: the day itself
    return place.tense in (PRESENT, "")


def _the_pages_own_words(text: str, reading: Reading, place: Place) -> bool:
    """A page's bidding (`Become a member today to get …`, `…, please register today`) or a list's label
    (`Today's Most Read`): the page talking, no day's news."""
    return bool(
        _A_CALL_TO_ACT.match(text, place.sentence_start)
        or _PLEASE_BEFORE.search(text, max(place.sentence_start, reading.start - 40), reading.start)
        or _A_PAGES_LABEL.fullmatch(text, reading.start, place.sentence_end)
    )


#: Before `today` in its clause, what makes it the present in general: a modal of what may or would be (`can
#: adopt today`, `would be alive today`; not `will`), or a participle of who is at work these days right before it
#: (`artists operating today`, `humans living today`; not `the company is launching today`).
_WHAT_MAY_BE_TODAY = re.compile(
    r"\b(?:[Cc]an|[Cc]ould|[Ww]ould|[Mm]ight|may)\b"  # not `May`, the month
    r"|(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!['’]s )(?<!['’]re )"
    r"\b(?:operating|living|working|writing|playing|performing|making|practising|practicing|alive)[ \u00a0]+$"
)
#: `please` and up to three words before `today` (`please register today`, `please sign up today`).
_PLEASE_BEFORE = re.compile(r"\b[Pp]lease(?:[ \u00a0]+[a-z]+){1,3}[ \u00a0]+$")
#: `Today's` and a few words in title case, alone: the label of a list of articles on a page.
_A_PAGES_LABEL = re.compile(r"Today['’]s(?:[ \u00a0]+[A-Z][a-z]+){1,3}[ \u00a0]*")
#: After `today`, the second half of a comparison (`as compelling today as they ever were`, `a better place today than
#: a year ago`).
_AS_MUCH_AS_TODAY = re.compile(
    r"[ \u00a0]+(?:as[ \u00a0]+(?:they|it|he|she|we|you|I|ever|before|then|in)"
    r"|than[ \u00a0]+(?:ever|before|then|at any|in (?:the past|years|decades)|(?:a|one|two|three|five|ten|[0-9]+)"
    r"[ \u00a0]+(?:years?|decades?)[ \u00a0]+ago|last year|(?:it|they|we|he|she)[ \u00a0]+(?:was|were|had|has|have)))\b"
)
#: A sentence that opens with a bidding, as a page's appeals do (`Become a member today`, `Sign up today`).
_A_CALL_TO_ACT = re.compile(
    r"[\s\"“]*(?:Please[ \u00a0]+)?(?i:become|join|subscribe|sign[ \u00a0]+up|donate|consider|download|register"
    r"|upgrade)\b"
)
#: After `today`, an age's things: `today's wonders`, `today's browser-based maps`, `today's digital environment`
#: (not a day's happenings: `today's talks`, `today's vote`).
_TODAYS_AGE = re.compile(
    r"['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,4}?"
    r"(?!(?:talks|elections|games|matches|hearings|protests|negotiations|results|events|news|meetings)\b)"
    r"(?:[a-z]{2,}[^su\W]s|world|society|environment|economy|era|age|climate|culture|landscape|generation)\b"
)
#: Right before `today`, the world as it is or what is true of it (`our world today`, `relevant today`), or a
#: likeness to it (`just like today`): these days.
_THE_WORLD_AS_IT_IS = re.compile(
    r"\b(?:(?:our|the)[ \u00a0]+world|relevant|(?:just|much|exactly)[ \u00a0]+like)[ \u00a0]+$"
)
#: … an age itself, after `in` (`in today's interconnected world`, `in today's market`): these days, whatever the tense.
_IN_TODAYS_AGE = re.compile(
    r"['’]s[ \u00a0]+(?:[a-z-]+[ \u00a0]+){0,3}?"
    r"(?:world|society|environment|economy|era|age|climate|culture|landscape|market|times)\b"
)
#: … or a comparison with how things were (`buyers are more sophisticated today`).
_A_COMPARISON_WITH_BEFORE = re.compile(
    r"\b(?:is|are|am|['’]re)[ \u00a0]+(?:(?:much|far|even|now)[ \u00a0]+)?(?:more|less)[ \u00a0]+[a-z]+"
)

#: Verbs of a state, which `today` beside them makes the present age's (`exist today`, `remain unresolved today`).
_A_STATE = re.compile(
    r"\b(?:exists?|remains?|seems?|persists?|lacks?|belongs?|consists?|appears?|as it is|as they are)\b"
)
#: … or a superlative that ranks things among all there are (`one of the hottest trends`, `the most engaging tool`).
_A_SUPERLATIVE_OF_THE_AGE = re.compile(r"\b(?:one of the [a-z]+est|the (?:most|best|worst) [a-z])")
#: After a sentence's opening `Today`, a subject and `is`/`are`, not of what is going on (`is voting`) or coming
#: (`are to meet`): how things are these days.
_HOW_THINGS_ARE_TODAY = re.compile(
    r",?[ \u00a0]+(?:(?:[A-Za-z][\w'’-]*[ \u00a0]+){1,4}?(?:is|are|am|['’]re)|(?:that|it|he|she|there)['’]s)[ \u00a0]+"
    r"(?!(?:[a-z]+ing|to|due|set|expected|closed|open|off|shut|scheduled|canceled|cancelled|postponed)\b)"
)
#: In a sentence with `today` in the present, a verb of what is done on a day (`The Senate votes today`, `the
#: law takes effect today`, `Today marks …`): the day's news, not the age's.
_A_DAYS_ACT = re.compile(
    r"\b(?:says?|announces?|votes?|meets?|opens?|closes?|begins?|starts?|ends?|launch(?:es)?|releases?|marks?"
    r"|takes? effect|goes on sale|arrives?|visits?|hosts?|holds?|testif(?:y|ies)|kicks? off|returns?|celebrates?"
    r"|expires?|plays?|faces?|unveils?|files?|reports?|publishes|debuts?|premieres?|airs?|resumes?|convenes?"
    r"|heads?|travels?|leaves?|signs?|hears?|rules?|decides?|joins?|shares?|available|deadline|birthday"
    r"|anniversary|is due|are due|was|were)\b"
    r"|\b(?:is|are|am|['’]s|['’]re)[ \u00a0]+(?:[a-z]+ing|in|at|on|closed|open|off|shut|here|there|back|away|out)\b"
    # `is launching today`, `is in Paris today`, `is closed today`: going on, or where one is, today
    r"|\b(?:has|have|['’]ve)[ \u00a0]+(?:[a-z]+ly[ \u00a0]+)?[a-z]+(?:ed|en|wn|t)\b"  # `has taken`: done today
)
#: A verb right after a sentence's opening `Today`, whose subject it is.
_A_VERB_AFTER_TODAY = re.compile(r"[ \u00a0]+(?:is|was|will|marks|would|has|could|might)\b")
