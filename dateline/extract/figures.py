"""A date that is a figure's, not an act's: the period a statistic, a count, a measured value, a forecast or a
goal is of, the base a change is measured from, a report's period (see judge.py)."""

from __future__ import annotations

import datetime as dt
import re

from . import tables
from .clauses import WHEN_AFTER, clause_of, clause_told_of, end_of_clause, frames_the_next_clause_en, fronted
from .layout import Layout
from .place import Place
from .readers import Reading
from .tense import FUTURE, PAST, PROSPECT

EVENT_VERB = re.compile(tables.alternation(tables.EVENT_VERBS))
_EVENT_ON_A_DAY = re.compile(tables.alternation(tables.EVENT_VERBS + tables.MARKET_MOVES + tables.REVISIONS))
PERIOD_GRANULARITIES = frozenset({"year", "half", "quarter", "month"})
#: Before an amount, words that make it rough (`about 50`, `as many as 80`, `more than $2 million`).
_ABOUT = (
    "(?:about|nearly|almost|roughly|some|over|more than|less than|an estimated|just|only|probably|still|around"
    "|approximately|as many as|as much as|an average of)"
)
#: After a number, what makes it a share or a sum (`4.5%`, `2 million`, `$1bn`).
_AMOUNT_UNITS = r"%|percent\b|per cent\b|[mb]n\b|million\b|billion\b"


def at_the_days_close(text: str, reading: Reading, place: Place) -> bool:
    """`截至当天收盘，道琼斯工业平均指数下跌232.79点`: a market's move up to the day's close is the day's trading, no
    figure as of a date."""
    return (
        text.startswith(_THE_CLOSE, reading.end)
        and text[reading.end + 2 : reading.end + 3] not in _A_PRICE  # `截止到10月28日收盘价61元`: a price then
        and _A_MOVE_AT_THE_CLOSE.search(text, reading.end, place.sentence_end) is not None
    )


_THE_CLOSE = ("收盘", "收盤", "收市")
_A_PRICE = ("价", "價")
_A_MOVE_AT_THE_CLOSE = re.compile("跌|涨|漲|收于|收於|收报|收報")


def a_statistics_date(text: str, reading: Reading, place: Place, granularity: str, layout: Layout) -> bool:
    """In a sentence with a statistic, a period is a reporting period unless its own clause says what happened
    (founded in 2009, had 33%); a day needs an event anywhere in the sentence, since Chinese sets the date before
    a comma (12月22日，美股暴跌4.21%), or a market's move (`Gold is up 1% this morning`); in English, a clause in
    the past around a day says something happened on it."""
    if granularity in PERIOD_GRANULARITIES:
        start, end = clause_told_of(text, reading, place, layout)
        if EVENT_VERB.search(text, start, end) is not None:
            return False
        # `In October, the company had said it expected revenue of …`: what was said then, figures and all (the
        # clause told of runs past the comma only where the period opens its sentence)
        said_then = layout.english and text.startswith(",", reading.end) and _A_SAYING.match(text, reading.end + 1, end)
        return not said_then
    if _EVENT_ON_A_DAY.search(text, place.sentence_start, place.sentence_end) is not None:
        return False
    if not layout.english:
        return not at_the_days_close(text, reading, place)  # `截至當天收盤，道瓊工業平均指數跌315.51點，…跌幅1.79%`
    if text[reading.start : reading.end].lower() in _THE_DAY_OF_PUBLICATION:
        return False  # `The Volatility Index headed higher by 11.4% today`, `Morgan Stanley reports today, with …`
    if _AN_ACT_SINCE_OR_AFTER.search(text, max(place.sentence_start, reading.start - ACT_SINCE_REACH), reading.start):
        return False  # `up 7% since hitting the lowest point of 2020 on March 9`: the act the figure counts from
    return place.tense != PAST and A_MARKETS_MOVE.search(text, place.sentence_start, place.sentence_end) is None


#: Before a day, an act after `since` or `after` that the day dates (`since hitting its low on March 9`), at most
#: ACT_SINCE_REACH characters back.
_AN_ACT_SINCE_OR_AFTER = re.compile(r"\b(?:since|after)[ \u00a0]+[a-z]+ing\b[^,;.]*$")
ACT_SINCE_REACH = 80


#: After a period that opens its sentence, who said something then (`the company had said`, `Kumar told`), not
#: only who gives the figures (`sales rose 5%, the company said`, `the force said, there were 26 cases`).
_A_SAYING = re.compile(
    r"\s*(?:[\w.'’-]+[ \u00a0]+){1,5}?(?:had[ \u00a0]+|has[ \u00a0]+)?"
    r"(?:said|says|told|warned|predicted|forecast)\b(?![ \u00a0]*,)"
)


#: The day a page tells of as its own (`today`, `this morning`, `tonight`): what has a figure on it is that day's news.
_THE_DAY_OF_PUBLICATION = frozenset(
    word for word, (days, anchors) in tables.ENGLISH_DAY_WORDS.items() if days == 0 and anchors == ("publication",)
)

#: Right before `the end of this year`: what makes it a deadline.
BY_OR_BEFORE = re.compile(r"\b(?:[Bb]y|[Bb]efore)[ \u00a0]+(?:the[ \u00a0]+)?$")
#: A sum or a share (`$4 billion`, `4.5%`, `2 million`): a figure forecast, not an act.
A_FIGURE_EN = re.compile(rf"(?:US)?[$€£¥][ \u00a0]?[0-9]|\b[0-9][0-9,.]*[ \u00a0]?(?:{_AMOUNT_UNITS})")


def a_figures_period(text: str, reading: Reading, place: Place, layout: Layout, published: dt.date | None) -> bool:
    """A period that dates a figure (`2022年末，中国拥有近9亿劳动力`, `JPMorgan earned $4.9 billion in 2014`), a
    report's (`2020年《政府工作报告》`), or a forecast's or a goal's (`the outlook for 2017`, `by 2050`)."""
    after = text[reading.end : reading.end + 10].lstrip(" 的之\u3000")
    if after.startswith(tables.REPORTING_NOUNS) or _the_date_of_a_figure(text, reading, place):
        return True
    if not layout.english and (
        after.startswith(_A_TOTAL_OVER)  # `1至10月累计国有控股企业利润`
        or _names_a_report(text, reading, place)
        or _a_base_compared_to(text, reading, place)
        or _a_measured_value(text, reading, place)
        or _A_CHINESE_FORECAST_BEFORE.search(text, place.sentence_start, reading.start) is not None
        or _a_distant_forecast_in_chinese(text, reading, place, published)
    ):
        return True
    return layout.english and (
        _an_english_measured_value(text, reading, place)
        or _AN_ENGLISH_BASE_BEFORE.search(text, max(place.sentence_start, reading.start - 60), reading.start)
        is not None
        or _A_MEASURE_AFTER_A_PERIOD.match(text, reading.end) is not None
        or _A_MEASURE_BEFORE_A_PERIOD.search(text, max(place.sentence_start, reading.start - 40), reading.start)
        is not None
        or (text.startswith(",", reading.end) and _THE_LATEST_WITH_DATA.match(text, reading.end) is not None)
        or text.endswith(_ALL_OF, max(0, reading.start - 16), reading.start)  # `67 executions in all of 2021`
        or _an_amounts_period(text, reading, place)
        or _a_goals_or_an_outlooks_period(text, reading, place, published)
        or _a_measures_period(text, reading, place)
        or _A_WEATHER_RECORD.search(text, place.sentence_start, place.sentence_end) is not None
    )


#: In a sentence, a weather record (`the hottest September on record`, `the wettest month`): its periods are the
#: record's, no act.
_A_WEATHER_RECORD = re.compile(r"\b(?:hottest|warmest|coldest|wettest|driest|sunniest|snowiest|coolest)\b")


#: Right after a Chinese period, what makes it the period a total is counted over.
_A_TOTAL_OVER = ("累计", "累計")
#: Right after an English period, a measure it is the period of (`an above-forecast gain in August jobs`, `March
#: payrolls`, `June's retail sales`, `2015 sales`, `March's reading`): a statistic's period, no act.
_A_MEASURE_AFTER_A_PERIOD = re.compile(
    r"(?:['’]s)?[ \u00a0]+(?:(?:non-?farm[ \u00a0]+)?payrolls?|jobs?[ \u00a0]+(?:data|numbers|growth|gains|report)|jobs"
    r"|(?:retail|home|car|auto|vehicle)[ \u00a0]+sales|sales|data|numbers|inflation|exports|imports|output"
    r"|unemployment|jobless|employment|GDP|CPI|PPI|PMI|(?:factory|durable[ \u00a0]+goods)[ \u00a0]+orders"
    r"|housing[ \u00a0]+starts|shipments|deliveries)\b"
    r"|['’]s[ \u00a0]+(?:readings?|figures?|levels?|totals?|print)\b"  # `easing from March's reading of 50.2`
)


#: Right before an English period, a measure it is the period of, and `in` or `for` (`profits in the final
#: quarter`, `a record annual profit of $40bn for 2022`, `payouts for 2023`, `its value at the start of 2022`).
_A_MEASURE_BEFORE_A_PERIOD = re.compile(
    r"\b(?:profits?|revenues?|earnings|sales|income|turnover|payouts|losses|value|valuation)"
    r"(?:[ \u00a0]+of[ \u00a0]+(?:US)?[$€£¥]?[0-9][0-9,.]*(?:[ \u00a0]?(?:bn|m|million|billion|trillion))?)?"
    r"[ \u00a0]+(?:in|for|during|at)[ \u00a0]+"
    r"(?:the[ \u00a0]+(?:start|end|beginning|(?:final|first|second|third|fourth|last)[ \u00a0]+(?:quarter|half))"
    r"[ \u00a0]+of[ \u00a0]+)?(?:the[ \u00a0]+)?$"
)
#: Right before an English period, what makes it the whole period a total is counted over.
_ALL_OF = ("in all of ", "for all of ", "in all of the ", "for all of the ")
#: After an English period, what says it is the last one with figures (`In 2009, the most recent year for which tax
#: records are available, the foundation raised $1.3 million`): a statistic's period.
_THE_LATEST_WITH_DATA = re.compile(
    r",[ \u00a0]+the[ \u00a0]+(?:most[ \u00a0]+recent|latest|last)(?:[ \u00a0]+full)?[ \u00a0]+"
    r"(?:year|quarter|month|period|season)[ \u00a0]+(?:for[ \u00a0]+which|with)\b"
)


def a_count_on_a_day(text: str, reading: Reading, place: Place) -> bool:
    """A count of what there was on a day, nothing done: `The company had 12,500 employees on June 30`."""
    before = text[max(place.sentence_start, reading.start - 7) : reading.start].rstrip().lower()
    if not before.endswith((" on", " as of")):
        return False
    start = max(place.sentence_start, reading.start - COUNT_REACH)  # not the clause: `12,500` holds a comma
    end = end_of_clause(text, reading.end, place.sentence_end)
    return _A_COUNT_EN.search(text, start, reading.start) is not None and EVENT_VERB.search(text, start, end) is None


def a_figure_forecast_by(text: str, reading: Reading, place: Place) -> bool:
    """A day a figure is forecast to reach by (`will see between 1,600 and 2,300 cases a day by November 7th`,
    `will rise to 5% by June 30`): what is expected then, no act."""
    if not BY_OR_BEFORE.search(text, max(place.sentence_start, reading.start - 8), reading.start):
        return False
    start, end = clause_of(text, reading, place)
    if A_FIGURE_EN.search(text, start, end) is None and _A_RATE_EN.search(text, start, end) is None:
        return False
    if _A_LEVEL_REACHED.search(text, start, reading.start) is None:
        return False  # `80 million Americans will get the deposit by Wednesday`: a count of whom a plan reaches
    return place.tense in (FUTURE, PROSPECT)  # the tense is looked at last: it costs


#: A verb of a figure reaching a level.
_A_LEVEL_REACHED = re.compile(
    r"\b(?:see|reach|rise|fall|hit|top|exceed|climb|drop|grow|increase|decrease|decline|double|triple|surpass)\b"
)


#: How far before a day its count is looked for, in characters.
COUNT_REACH = 60


#: A verb of having and an amount (`had 12,500 employees`, `there were 380`).
_A_COUNT_EN = re.compile(
    r"\b(?:had|has|have|numbered|totaled|totalled|there were|there was)[ \u00a0]+"
    rf"(?:{_ABOUT}[ \u00a0]+)?[0-9][0-9,.]*"
)


def the_days_of_a_count(text: str, reading: Reading, place: Place) -> bool:
    """Chinese days a count is made over: a span of days with an amount counted in its clause (`6月13日至16日，
    北京已完成35.6万人的核酸检测`, `在2月28日至3月20日期间扣留了超过11000名`), or a day a total is counted
    from (`6月11日至今，北京已累计新增106例`)."""
    if reading.range_end is None:
        total = _A_TOTAL_COUNTED.match(text, reading.end, place.sentence_end)
        return total is not None and _A_COUNTED_AMOUNT.search(text, total.end(), place.sentence_end) is not None
    start, end = clause_of(text, reading, place)
    if text[reading.end : end].strip(" \u3000，,期间間") == "" and end < place.sentence_end:
        start, end = end + 1, end_of_clause(text, end + 1, place.sentence_end)  # `6月13日至16日，` alone: the next
        # … where a count is made (`已完成35.6万人的核酸检测`), not an act with its party (`组织40余名记者赴江苏采访`)
        if _A_COUNTS_WORD.search(text, start, end) is None:
            return False
    return _A_COUNTED_AMOUNT.search(text, start, end) is not None


#: In the clause after a span of days alone, what makes its amount a count over them.
_A_COUNTS_WORD = re.compile(
    "已|累计|累計|共|新增|完成|超过|超過|逾|达|達|总计|總計|合计|合計|检测|檢測|确诊|確診"
    "|下跌|上涨|上漲|增长|增長|下降|减少|減少|增加|贬值|貶值|升值|%|％"  # a change measured over them
)
#: After a day, what makes the figure after it a total counted from then (`至今，…已累计新增106例`).
_A_TOTAL_COUNTED = re.compile(r"[^。；;！？!?]{0,4}?(?:至今|以来|以來|开始|開始)[^。；;！？!?]{0,20}?(?:累计|累計)")
#: An amount counted: a number and a counter (`35.6万人`, `超过11000名`, `516个`, `106例`).
_A_COUNTED_AMOUNT = re.compile(
    r"[0-9０-９][0-9０-９,，.．]*[ \u3000]*(?:多|余|餘)?[ \u3000]*(?:万|萬|亿|億)?[ \u3000]*"
    r"(?:个|個|人|名|例|起|宗|件|辆|輛|吨|噸|元|美元|%|％|人次|户|戶|家|条|條)"
)


def a_count_in_a_chinese_period(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """A count of cases there was on a Chinese day or in a period (`10月8日有近6千例新增感染病例`, `上周又有近6万新增
    病例`; not `有3人在事故中死亡`), or how a count of people or cases changed then (`九月份，失业人数甚至略有下降`,
    `三月份的感染人数太少`), with nothing done in the clause told of: a statistic's date."""
    # (what each pattern needs is looked for first, around the date or in its sentence: most dates have neither, and
    # the clause told of costs a scan)
    there_was = "有" in text[reading.end : reading.end + 5]
    if not (there_was or _A_COUNTS_NOUN.search(text, place.sentence_start, place.sentence_end)):
        return False
    start, end = clause_told_of(text, reading, place, layout)
    counted = (there_was and _A_COUNT_THERE_WAS.match(text, reading.end, end)) or _A_COUNT_CHANGED.search(
        text, start, end
    )
    return bool(counted) and EVENT_VERB.search(text, start, end) is None


#: Right after a Chinese date, how many cases there were then (`有近6千例`, `又有近6万新增病例`).
_A_COUNT_THERE_WAS = re.compile(
    r"[^，,。；;]{0,3}?(?:又|共|还|還|仍|已)?有(?:近|约|約|超过|超過|逾)?[ \u3000]*[0-9０-９][0-9０-９,，.．]*"
    r"(?:多|余|餘)?[万萬千百]?[\u4e00-\u9fff]{0,4}?(?:例|宗|个案|個案)"
)
#: A count of people or cases (`失业人数`, `感染病例`) …
_COUNTS_NOUNS = "人数|人數|病例|数量|數量|销量|銷量|人次|失业率|失業率"
_A_COUNTS_NOUN = re.compile(_COUNTS_NOUNS)
#: … and how it changed (`失业人数甚至略有下降`, `感染人数太少`).
_A_COUNT_CHANGED = re.compile(
    rf"(?:{_COUNTS_NOUNS})[^，,。；;]{{0,8}}?"
    r"(?:下降|上升|增加|减少|減少|增长|增長|回落|下跌|上涨|上漲|太少|太多|较少|較少|较多|較多|翻倍)"
)


def the_hours_of_a_figure(text: str, reading: Reading, place: Place, layout: Layout) -> bool:
    """Chinese hours a figure is measured over (`16时至17时，1小时的降水量达53.2毫米`,
    `13时至20时降水量统计数据显示`)."""
    if layout.english or reading.range_end is None:
        return False
    return _names_a_report(text, reading, place) or (
        measures_a_value(text, place.sentence_start, place.sentence_end)
        and EVENT_VERB.search(text, place.sentence_start, place.sentence_end) is None
    )


#: A market and how it moved, in a clause (`Stocks are lower`, `Gold is up 1%`, `shares traded higher`): a day's
#: trading, which `today` dates.
A_MARKETS_MOVE = re.compile(
    r"\b(?:[Ss]tocks?|[Ss]hares|[Pp]rices|[Mm]arkets?|[Ff]utures|[Ii]nd(?:ex|exes|ices)|[Yy]ields?|[Bb]onds|[Oo]il"
    r"|[Gg]old|[Ss]ilver|[Cc]rude|[Dd]ollar|[Ee]uro|[Yy]en|[Bb]itcoin|Dow|Nasdaq|S&P(?:[ \u00a0]500)?)"
    r"(?:[ \u00a0]+(?:is|are|were|was|traded|trading|opened|closed|moved|edged|ended|finished))?"
    r"(?:[ \u00a0]+(?:sharply|slightly|modestly|broadly|firmly))?"
    r"[ \u00a0]+(?:higher|lower|up|down|flat|mixed|steady)\b"
)

#: A change measured since a date (`has risen from 33 gigabits to 27 terabits since 1997`, `prices have doubled`).
_A_CHANGE = re.compile(
    r"\b(?:risen|rose|grown|grew|increased|fallen|fell|declined|dropped|climbed|surged|jumped|soared|plunged"
    r"|slumped|doubled|tripled|quadrupled|halved|shrunk|shrank)\b"
)

#: A span that reaches up to now (`the past year`, `the last few weeks`), not `last week`, a week of its own, nor
#: `the last week of March`.
_A_SPAN_UP_TO_NOW = re.compile(
    r"[Tt]he[ \u00a0]+(?:past|last)[ \u00a0]+(?:(?:few|several|couple[ \u00a0]+of|\d+|two|three|four|five|six|ten)"
    r"[ \u00a0]+)?(?:days?|weeks?|months?|quarters?|years?|decades?)"
)
_OF_AFTER = re.compile(r"[ \u00a0]+of\b")


def a_span_up_to_now(text: str, reading: Reading) -> bool:
    """`over the past year`, `Seven were reported in the last week`: what a sentence says over a span up to now is
    a sum or a trend, not an act on a day."""
    return bool(_A_SPAN_UP_TO_NOW.fullmatch(text, reading.start, reading.end)) and not _OF_AFTER.match(
        text, reading.end
    )


#: A count before `since` and a year (`more than 1,000 times since 2004`, `320 people had died … since 2001`,
#: `two-thirds of residents have left since 1950`): a sum over the years since, not what began then (`The
#: threshold has been frozen since 2009` is).
_A_COUNT = re.compile(
    r"(?<![\w,.-])(?!(?:1[89]|20)\d\d(?![\d,]))\d[\d,.]*(?=[ \u00a0%])"
    r"|\b(?:(?i:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|a hundred)"
    r"|dozens|hundreds|thousands|millions|billions)\s+(?:of\s+)?(?:[A-Za-z-]+\s+)?[A-Za-z-]+s\b"
    r"|\b(?:one|two|three)-(?:thirds?|quarters?|fifths?)\b|\bhalf of\b|\btimes\b|\bper ?cent\b"
)
#: The present perfect's auxiliary, which makes a count after a fronted `Since` a sum up to now.
_HAVE = re.compile(r"\b(?:have|has)\b")
#: What opens a sentence right before the date its count runs from.
_SINCE_OPENING = frozenset({"Since", "Since the", "Ever since", "Ever since the"})
#: `the` before a date (`since the 1990s`).
_THE_AT_THE_END = re.compile(r"\s+the$")


def a_point_of_comparison(text: str, reading: Reading, place: Place) -> bool:
    """`the biggest failure since 2008`, `for the first time since the 1990s`, `prices have doubled since 2010`,
    `2008年以来首次`: the date a record or a change is measured from."""
    if "ince" in text[max(place.sentence_start, reading.start - 16) : reading.start]:
        before = _THE_AT_THE_END.sub("", text[max(place.sentence_start, reading.start - 60) : reading.start].rstrip())
        if before.endswith(tables.SINCE_CUES) and not WHEN_AFTER.match(text, reading.end):
            return (
                _ENGLISH_SUPERLATIVE.search(before[: -len("since")]) is not None
                or _EVERY_ONE_SINCE.search(before) is not None  # `won the state in every election since 1952`
                or text.endswith("0s", reading.start, reading.end)  # `known since the 1870s`: no act starts a decade
                or _A_CHANGE.search(text, place.sentence_start, place.sentence_end) is not None
                or (
                    reading.granularity != "day"
                    and (
                        _A_COUNT.search(text, place.sentence_start, reading.start) is not None
                        or (  # `Since June, eight park visitors have contracted the virus`: the count after it
                            text[place.sentence_start : reading.start].strip() in _SINCE_OPENING
                            and _HAVE.search(text, reading.end, place.sentence_end) is not None
                            and _A_COUNT.search(text, reading.end, place.sentence_end) is not None
                        )
                    )
                )
            )
    after = text[reading.end : reading.end + 3].lstrip(" 底初末")
    since = None
    if not after.startswith(tables.SINCE_CUES_AFTER) and text[reading.start - 1 : reading.start] in ("自", "从", "從"):
        since = _SINCE_A_WHILE_AFTER.match(text, reading.end, place.sentence_end)  # `自2003年有系統記錄以來`
    if after.startswith(tables.SINCE_CUES_AFTER) or since is not None:
        counted_from = since.end() if since else reading.end
        after_since = text[counted_from : counted_from + 16]
        # `以来首次`, `以來，第5次`, `以来…的第一艘船`: a record, counted from then; `以來，已有59名記者殉職`: a count
        return (
            any(word in after_since for word in (*tables.CHINESE_SUPERLATIVES, "第一"))
            or _AN_ORDINAL_TIME.search(after_since) is not None
            or _A_COUNT_SINCE.match(text, counted_from + 2, place.sentence_end) is not None
        )
    window_start = max(place.sentence_start, reading.start - 40)
    compared = (
        _THAN_BEFORE.search(text, window_start, reading.start) if "than" in text[window_start : reading.start] else None
    )
    # `higher than a year ago`, `better than we were a year ago`, `fewer than in 2010`; not `more than a year ago`,
    # an amount of time
    return compared is not None and (compared["then"] is not None or compared["word"].lower() not in _AMOUNTS_THAN)


_ENGLISH_SUPERLATIVE = re.compile(tables.ENGLISH_SUPERLATIVE)
#: After a Chinese date opened by 自 or 从, records beginning, then 以来 (`自2003年有系統記錄以來`, `自1961年有气象观测
#: 以来`): not an act (`自2003年加入公司以来` is the day of joining).
_SINCE_A_WHILE_AFTER = re.compile(
    r"(?:有|开始|開始)?(?:系统|系統|完整)?(?:的)?(?:气象|氣象|水文)?(?:记录|記錄|统计|統計|记载|記載|观测|觀測)(?:以来|以來)"
)
#: After `以来`, a count of what there has been since (`，已有59名`, `，被扣押的船隻數量已接近70艘`).
_A_COUNT_SINCE = re.compile(
    r"[，, \u3000]*[^，,。；;！？!?]{0,12}?(?:已有|已经有|已經有|共有|累计|累計|总计|總計|数量|數量|人数|人數|共)"
    r"[^，,。；;！？!?]{0,10}?[0-9０-９一二三四五六七八九十两兩几幾数數逾近]"  # `以来，…共侦破各类经济犯罪5600余起`
)
#: The how-manieth time (`第5次`, `第二次`): a count from a date, as a superlative is.
_AN_ORDINAL_TIME = re.compile(r"第[0-9０-９一二三四五六七八九十两兩]{1,3}[次度回]")
#: Before `since`, `every` and what it counts (`in every election since`): what recurs from then on.
_EVERY_ONE_SINCE = re.compile(r"\bevery[ \u00a0]+(?:[A-Za-z-]+[ \u00a0]+){1,3}since$")
#: `than` before a date, maybe past a subject and its verb or a preposition: the date a comparison is made with.
_THAN_BEFORE = re.compile(
    r"\b(?P<word>[A-Za-z]+)[ \u00a0]+than[ \u00a0]+"
    r"(?P<then>(?:(?:it|they|we|he|she|I|you)[ \u00a0]+(?:was|were|had been|did|had|is|are)[ \u00a0]+)"
    r"|(?:in|at|on|during)[ \u00a0]+)?$"
)
#: Before `than` right before a date, the words that make it an amount of time (`more than a year ago`).
_AMOUNTS_THAN = frozenset({"more", "less", "fewer", "no", "over", "rather", "other"})


def _the_date_of_a_figure(text: str, reading: Reading, place: Place) -> bool:
    """A period that dates a figure rather than an act: `由2012年的324.7万人年提高到2022年的635.4万人年`,
    `是2023年的3倍`, `from 0.437 in 1999 to 0.474 in 2020`, `$1.2 billion by 2025`, `to as many as 80 by 2022`,
    `to 450 gigawatts by 2022`, `the 27 in 2020`; not a price paid then."""
    if "的" in text[reading.end : reading.end + 3] and _FIGURE_AFTER_A_PERIOD.match(
        text, reading.end, place.sentence_end
    ):
        return True
    if text[reading.start - 1 : reading.start] in ("是", "為", "为") and _MULTIPLE_AFTER_A_PERIOD.match(
        text, reading.end, place.sentence_end
    ):
        return True
    if text[max(0, reading.start - 4) : reading.start] not in (" in ", " by "):
        return False
    figure = _FIGURE_BEFORE_A_PERIOD.search(text, max(place.sentence_start, reading.start - 40), reading.start)
    if figure is None:
        figure = _A_RANGES_END_BEFORE_A_PERIOD.search(
            text, max(place.sentence_start, reading.start - 60), reading.start
        )
        if figure is None or not _A_RANGES_START.search(text, place.sentence_start, figure.start()):
            return False
    return not _A_PRICE_BEFORE.search(text, max(0, figure.start() - 20), figure.start())


def _names_a_report(text: str, reading: Reading, place: Place) -> bool:
    """A Chinese period in a report's, a data set's or an agreement's name: `一季度货币执行报告`, `2015年的日韩共识`,
    `2011年至2023年城轨交通统计数据`, `1968~2016年气象资料`, `2022年江苏省政府工作报告`, `2020年《政府工作报告》`;
    an economic indicator's (`5月居民消费价格指数`) or a numbered thing's (`2012年长江第1号洪峰`); not a report made
    then (`2023年发布报告`)."""
    name = (
        _A_REPORTS_NAME.match(text, reading.end, place.sentence_end)
        or _AN_INDICATORS_NAME.match(text, reading.end, place.sentence_end)
        or _A_NUMBERED_THINGS_NAME.match(text, reading.end, place.sentence_end)
        or _AN_AGREEMENTS_NAME.match(text, reading.end, place.sentence_end)
    )
    return (
        name is not None
        and EVENT_VERB.search(name[0]) is None
        and not _AN_ACTS_MARK.search(name[0])
        and not _MADE_OR_CITED.search(name[0])
    )


def _a_base_compared_to(text: str, reading: Reading, place: Place) -> bool:
    """The period a change is measured from: `较协定生效前的2021年增长5.3%`, `比2019年下降`, `去年同期基数抬高`."""
    if _A_BASE_NAMED.match(text, reading.end, place.sentence_end) is not None:
        return True
    if _CHANGE_AFTER_A_BASE.match(text, reading.end, place.sentence_end) is None:
        return False
    clause_start = clause_of(text, reading, place)[0]
    before = text[max(clause_start, reading.start - _BASE_MAX_CHARS) : reading.start]
    return _COMPARED_TO.search(before) is not None


def a_day_compared_to(text: str, reading: Reading, place: Place) -> bool:
    """The day a count is measured from: `较24日分别减少250例`, `相比于2月1日的统计增加了2275例`."""
    return (
        text[reading.start - 1 : reading.start] in _A_COMPARISONS_LAST_CHARACTERS  # one character tells most days
        and _COMPARED_TO_RIGHT_BEFORE.search(text, max(place.sentence_start, reading.start - 4), reading.start)
        is not None
        and _A_CHANGE_FROM_A_DAY.match(text, reading.end, place.sentence_end) is not None
    )


def _a_measured_value(text: str, reading: Reading, place: Place) -> bool:
    """A Chinese period whose clause gives a value measured then, and nothing done: `2022年末，中国拥有近9亿
    劳动力`, `2023年，客运强度为0.55万人次`, `到2030年，需求量将达4500万辆`, `第一季度净利润为4381万元`.
    A period that opens its sentence alone (`2023年，`) is measured by the clause after it."""
    start, end = clause_of(text, reading, place)
    if fronted(text, reading, start, end):  # measured by the clauses after it, up to the sentence's end or a semicolon
        if end >= place.sentence_end or text[end] not in "，,":
            return False
        start = end + 1
        semicolons = [at for at in (text.find(mark, start, place.sentence_end) for mark in "；;") if at != -1]
        end = min(semicolons, default=place.sentence_end)
    return measures_a_value(text, start, end) and EVENT_VERB.search(text, start, end) is None


def _an_english_measured_value(text: str, reading: Reading, place: Place) -> bool:
    """An English period whose clause gives an amount measured then, and nothing done: `JPMorgan earned $4.9
    billion in the fourth quarter of 2014`, `Sony sold 18.5 million consoles in 2014`, `In 2010, the company had
    50 employees`, `In 1980, the city consumed 1.5 billion gallons per day` (a period that frames its sentence is
    measured by the clause after it), a trend over years (`Between 2007 and 2013, the rate fell by half`)."""
    if reading.range_end is not None and _A_CHANGE.search(text, place.sentence_start, place.sentence_end):
        return True  # a trend over the years: `bandwidth demand rose 4.5 times between 2009 and 2013`
    start, end = clause_of(text, reading, place)
    if end < place.sentence_end and frames_the_next_clause_en(text, reading, place, end):
        start = end + 1
        end = end_of_clause(text, start, place.sentence_end)
        if end < place.sentence_end and _AN_ATTRIBUTION.fullmatch(text, start, end):
            start = end + 1  # `Last year, the force said, there were 26 cases`: the clause after who said it
            end = end_of_clause(text, start, place.sentence_end)
    return measured_en(text, start, end)


#: A clause that only says who said it (`the force said`, `officials say`).
_AN_ATTRIBUTION = re.compile(r"[ \u00a0]*(?:[A-Za-z.'’-]+[ \u00a0]+){1,4}(?:said|says|added|noted)[ \u00a0]*")


def _an_amounts_period(text: str, reading: Reading, place: Place) -> bool:
    """The period an amount right before it was counted over, whatever the clause's verb: a change (`reported a
    net gain of 98,000 jobs in March`, `payrolls rose by 263,000 last month`), a base it is compared with
    (`vs. about 38 million in 2014`, `down from 10 in 2014, 13 in 2013 and 15 in 2012`)."""
    before = text[max(place.sentence_start, reading.start - AMOUNTS_PERIOD_REACH) : reading.start]
    if _A_CHANGE_BY_AN_AMOUNT.search(before):
        return True
    listed = _AN_AMOUNT_IN.search(before)  # `…, 13 in 2013`: one more of a list of bases
    return listed is not None and _A_BASE_CUE.search(text, place.sentence_start, reading.start) is not None


def _a_goals_or_an_outlooks_period(text: str, reading: Reading, place: Place, published: dt.date | None) -> bool:
    """The period an outlook, a forecast or a target is for (`the outlook for 2017`, `its forecast for the fourth
    quarter`, `analysts have predicted that the launch will prompt a super cycle for the end of 2017`), or a goal's
    deadline (`aims to eliminate the deficit by 2018`, `a goal of 1,000 stores by 2020`, and any year years away:
    `promised net-zero emissions by 2050`): what is hoped for then, no act (`plans to open the line by 2019` is a
    plan, an act to come)."""
    before = text[max(place.sentence_start, reading.start - 24) : reading.start]
    if _AN_OUTLOOK_FOR.search(before) or (
        any(text.find(word, place.sentence_start, reading.start) >= 0 for word in _FORECAST_WORDS)
        and _A_FORECAST_BEFORE.search(text, place.sentence_start, reading.start)
    ):
        return True  # … or what is forecast to be then (`is predicted to have the lowest growth … in 2024`)
    if not BY_OR_BEFORE.search(before):
        return False
    if published is not None and reading.year is not None and reading.year - published.year >= TARGETS_YEARS_AWAY:
        return True
    start, _ = clause_of(text, reading, place)
    return _A_GOAL.search(text, start, reading.start) is not None


#: A year this many years after publication or more, after `by` or `before`, is a target's: no plan is dated so far.
TARGETS_YEARS_AWAY = 5


def _a_distant_forecast_in_chinese(text: str, reading: Reading, place: Place, published: dt.date | None) -> bool:
    """A year years away that a thing is forecast to be by or before, or around (`到2050年老年人将占总人口约三分之一`,
    `大概要到2040年前后才会达到这个规模`): a forecast's, as `by 2050` is in English; not a deadline set for an act
    (`承诺到2027年将华为设备从5G网络中移除`), which is one to come."""
    if published is None or reading.year is None or reading.year - published.year < TARGETS_YEARS_AWAY:
        return False
    if not (text.endswith(_UP_TO, 0, reading.start) or text.startswith(_BEFORE_OR_AROUND, reading.end)):
        return False
    return _A_LIKELIHOOD.search(text, place.sentence_start, place.sentence_end) is not None


_UP_TO = ("到", "至")
_BEFORE_OR_AROUND = ("前", "之前", "以前", "底前", "末前", "年底前", "年前")
#: What says a thing may or is likely to be then, not that it is to be done: `应该会`, `才会`, `将占`, `预计`.
_A_LIKELIHOOD = re.compile(
    "应该会|應該會|可能|估计|估計|预计|預計|预测|預測|才会|才會|将占|將佔|将达|將達|将超过|將超過"
)


def _a_measures_period(text: str, reading: Reading, place: Place) -> bool:
    """A measure and `in` right before the period (`Hiring in March was expected to drop`, `sales in 2015 rose`,
    `exports in the first quarter`), or how it changed then (`Factory orders rose in August`, `a steep decline in
    July`): the period the measure is of; not a year that names a thing after `the` (`turnout in the 2013
    Bundestag elections`)."""
    found = _A_MEASURES_PERIOD_BEFORE.search(text, max(place.sentence_start, reading.start - 24), reading.start)
    if found is not None:
        return not (found.group().endswith(("the ", "the\u00a0")) and text[reading.start].isdigit())
    before = max(place.sentence_start, reading.start - MEASURES_CHANGE_REACH)
    return (
        _A_MEASURES_CHANGE_BEFORE.search(text, before, reading.start) is not None
        or _A_CHANGE_IN_BEFORE.search(text, before, reading.start) is not None
    )


#: Right before a period, a measure and `in`.
_A_MEASURES_PERIOD_BEFORE = re.compile(
    r"\b(?:[Hh]iring|[Ss]ales|[Gg]rowth|[Ii]nflation|[Uu]nemployment|[Oo]utput|[Ee]xports|[Ii]mports|[Rr]evenues?"
    r"|[Pp]rofits?|[Ss]pending|[Dd]emand|[Pp]ayrolls|GDP|[Ll]easing|[Vv]olume|[Tt]raffic|[Rr]ainfall|[Tt]urnout"
    r"|[Mm]edian|[Aa]verage|[Ii]ncomes?|[Ww]ages|[Ee]nrollment|[Ee]missions)"
    r"[ \u00a0]+(?:in|during|for)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: How far before a period a measure's change is looked for, in characters.
MEASURES_CHANGE_REACH = 90
#: The past tenses of an amount going up or down, which a measure's change and a change by an amount share.
_ROSE_OR_FELL = "rose|fell|dropped|climbed|declined|grew|increased|decreased|jumped|slipped|slid|gained"
_CHANGED = (
    rf"(?:{_ROSE_OR_FELL}|shrank|plunged|surged|soared|rebounded|slowed|accelerated|eased|contracted|expanded"
    r"|edged[ \u00a0]+(?:up|down|higher|lower))"
)
#: Before a period, a measure, how it changed and `in` (`Factory orders rose in August`, `inventories declined
#: sharply in the past month`, `Sales fell 5% in the first quarter`).
_A_MEASURES_CHANGE_BEFORE = re.compile(
    r"\b(?:[Oo]rders|[Ss]ales|[Pp]rices|[Cc]laims|[Ii]nventories|[Ss]tockpiles|[Ee]xports|[Ii]mports|[Oo]utput"
    r"|[Pp]roduction|[Ss]pending|[Ee]arnings|[Pp]rofits?|[Rr]evenues?|[Pp]ayrolls|[Ss]hipments|[Dd]eliveries"
    r"|[Uu]nemployment|[Ii]nflation|[Gg]rowth|GDP|[Dd]emand|[Cc]onsumption|[Ii]nvestment|[Ll]ending|[Dd]eficit)"
    rf"(?:[ \u00a0]+[\w.%$,-]+){{0,3}}?[ \u00a0]+{_CHANGED}"
    r"(?:[ \u00a0]+[\w.%$,-]+){0,4}?[ \u00a0]+(?:in|during|over)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: Right before a period, a change and `in` (`a steep decline in July`, `the rise in 2015`).
_A_CHANGE_IN_BEFORE = re.compile(
    r"\b(?:a|an|the)[ \u00a0]+(?:[\w-]+[ \u00a0]+)?(?:decline|drop|rise|increase|decrease|slowdown|slump|surge"
    r"|rebound|contraction)[ \u00a0]+(?:in|during)[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: Right before a period, what makes it the one an outlook or a target is for.
_AN_OUTLOOK_FOR = re.compile(
    r"(?:\b(?:outlook|forecasts?|guidance|projections?|estimates?|targets?|goals?)[ \u00a0]+(?:for|of)"
    r"|\b(?:mov|head|go|enter)(?:e|es|ing|s)?[ \u00a0]+into)"  # `a focus moving into 2021`, `as we head into 2021`
    r"[ \u00a0]+(?:the[ \u00a0]+)?(?:fiscal[ \u00a0]+|full[- ]year[ \u00a0]+)?$"
)
#: Before a period in its sentence, a forecast of what will be then (`is predicted to`, `forecast that`, `projects
#: that`): not `than people predicted in 2015`.
_FORECAST_WORDS = ("predict", "forecast", "project", "estimat")
_A_FORECAST_BEFORE = re.compile(
    r"\b(?:predict(?:s|ed)?|forecasts?|forecasted|projects|projected|estimates|estimated)[ \u00a0]+(?:that|to)\b"
)
#: … in Chinese (`各路市场分析机构都在预测，到2014年、2015年，WP将是…`); not `预计`, as often a plan (`预计2024年投产`).
_A_CHINESE_FORECAST_BEFORE = re.compile("预测|預測|预估|預估")
#: In the clause before `by` and a period, what makes it a goal's deadline.
_A_GOAL = re.compile(
    r"\b(?:goals?|targets?|objectives?|aims?|aimed|aiming|pledged?|pledges|vow(?:s|ed)?|commit(?:s|ted)?)"
    r"[ \u00a0]+(?:to|of)\b"
)


#: How far before a period its amount is looked for, in characters.
AMOUNTS_PERIOD_REACH = 80
_AN_AMOUNT_EN = rf"(?:{_ABOUT}[ \u00a0]+)?(?:US)?[$€£¥]?[0-9][0-9,.]*(?:[ \u00a0]?(?:{_AMOUNT_UNITS}))?"
#: The words that compare an amount with a base (`down from 10`, `vs. 38 million`).
_COMPARED_WITH = r"down from|up from|compared (?:to|with)|vs\.?|versus"
#: A change by an amount, or a base compared with, right before the period (and `in`, `during` …).
_A_CHANGE_BY_AN_AMOUNT = re.compile(
    r"\b(?:(?:net[ \u00a0]+)?(?:gain|loss|increase|decrease|drop|decline|rise|fall|growth|jump)s?[ \u00a0]+of"
    rf"|(?:{_ROSE_OR_FELL}|lost|shed|added)"
    r"(?:[ \u00a0]+by)?"
    rf"|{_COMPARED_WITH}|from(?=[ \u00a0]+(?:US)?[$€£¥]|[ \u00a0]+[0-9][0-9,.]*[ \u00a0]?(?:{_AMOUNT_UNITS})"
    r"|[ \u00a0]+[0-9]{1,3}(?:,[0-9]{3})+\b))"  # `from 5,809 terawatt-hours in 2000`
    # `a loss of $687 million from $55 million a year ago`, not `from 1989 until his death in February`
    rf"[ \u00a0]+{_AN_AMOUNT_EN}(?:[ \u00a0]+[a-z-]+){{0,3}}?"
    r"(?:[ \u00a0]+(?:in|during|over|for))?[ \u00a0]+(?:the[ \u00a0]+)?$"
)
#: … or one more amount of a list, after a comma or `and` (`, 13 in 2013 and 15 in 2012`) …
_AN_AMOUNT_IN = re.compile(rf"(?:,|\band)[ \u00a0]+{_AN_AMOUNT_EN}(?:[ \u00a0]+[a-z-]+){{0,2}}?[ \u00a0]+in[ \u00a0]+$")
#: … after a word of comparing in the sentence.
_A_BASE_CUE = re.compile(rf"\b(?:{_COMPARED_WITH})[ \u00a0]")


def measured_en(text: str, start: int, end: int) -> bool:
    """Whether an English clause gives an amount measured (`had 50 employees`, `cost $3 per minute`) and nothing
    done."""
    measured = _MEASURED_VALUE_EN.search(text, start, end) or _A_RATE_EN.search(text, start, end)
    if measured is None:
        return False
    done = EVENT_VERB.search(text, start, end)
    # `there were 26 reported cases`: a participle after the count of what there was describes it
    return done is None or (done.start() > measured.end() and text.endswith("there ", start, measured.start()))


#: A verb of measure and an amount (`earned $4.9 billion`, `sold 18.5 million`, `had 50 employees`, `were 380`,
#: `there was probably $1 billion`, `spent $30 million`, `cost about $3`), or of a tally (`saw 12,690 default
#: notices`, `counted 213 fatalities`, `received 2,000 complaints`).
_MEASURED_VALUE_EN = re.compile(
    r"\b(?:earned|earns|had|has|have|totaled|totalled|totaling|numbered|sold|were|there was|generated|amounted to"
    r"|reached|spent|cost|costs|consumed|racked up|made|posted|posting|topped|raked in|raking in|pulled in"
    r"|pulling in|lost|gained|added|drew|(?:fell|rose|dropped|climbed|declined|grew|increased|jumped) to"
    r"|saw|sees|recorded|records|counted|logged|registered|received|handled|processed|attracted|welcomed"
    r"|emitted|produced|exported|imported)[ \u00a0]+"
    rf"(?:{_ABOUT}[ \u00a0]+){{0,2}}"
    r"(?:US)?[$€£¥]?[ \u00a0]?[0-9][0-9,.]*(?![0-9,.]*(?:st|nd|rd|th)\b)"  # a rank, `rose to 17th`
    r"(?![0-9,.]*[ \u00a0]*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|years? old\b"
    r"|(?:years?|months?|weeks?|days?)[ \u00a0]+(?:ago|earlier|later)\b))"  # `recorded 10 years ago`: no amount
    # `the debt was $1tn`, `the rate is 4.5%`, `stood at $6 billion`: a sum or a share, not an age
    r"|\b(?:was|is|stood at|stands at|stand at)[ \u00a0]+"
    rf"(?:{_ABOUT}[ \u00a0]+){{0,2}}"
    r"(?:(?:US)?[$€£¥][ \u00a0]?[0-9]"
    rf"|[0-9][0-9,.]*[ \u00a0]?(?:{_AMOUNT_UNITS}|trillion\b))"
)
#: An amount in a unit of time or per head (`1.5 billion gallons per day`, `$3 per minute`, `1 terabit per second`).
_A_RATE_EN = re.compile(
    r"\b[0-9][0-9,.]*(?:[ \u00a0]+[a-z]+){0,3}[ \u00a0]+(?:per|a)[ \u00a0]+"
    r"(?:second|minute|hour|day|week|month|year|person|capita|head)\b"
)

#: An amount in digits, not a date's or a clock's number.
_AN_AMOUNT = r"[0-9０-９][0-9０-９,，.．]*(?![0-9０-９]|[ \u3000]*[年月日号號时時点點])"
#: A value measured: a verb of measure and a number (`为0.55万`, `达4500万辆`, `拥有近9亿`, `維持於正9`); an amount
#: gathered, spent, sold or caught over the period, maybe after what it counts (`第一季度就筹集了3000万美元`,
#: `种植了300万亩玉米`, `共破获毒品犯罪案件2.7万起`); a figure doubled (`在2016年翻一番`); a measure named and its
#: amount, or a rank (`营业收入2.5万亿元`, `排名跃居第二`). Several patterns, not one alternation of them: `re` skips
#: ahead in C to where a pattern may match only when it starts with one list of words (or one character), and tries
#: an alternation of lists at every character.
_MEASURED_VALUES = (
    re.compile(
        r"(?:为|為|达|達|达到|達到|达至|共有|约有|約有|拥有|擁有|增至|升至|降至|跌至|增加到|增长到|增長到|提高到|下降到|"
        r"下降至|减少到|減少到|突破|超过|超過|不到|不足|维持于|維持於|维持在|維持在|约为|約為|合计|合計|累计|累計|"
        r"总计|總計|是|下滑到|下滑至|下跌到|跌到|上升到|上升至|回落到|回落至|攀升到|攀升至|涨到|漲到)"
        rf"[ \u3000]*(?:了|近|约|約|超|逾|正|负|負|约为|約為)?[ \u3000]*{_AN_AMOUNT}"
    ),
    re.compile(
        r"(?:积蓄|積蓄|筹集|籌集|募集|筹得|籌得|花费|花費|种植|種植|销售|銷售|售出|卖出|賣出|亏损|虧損|净赚|淨賺|盈利"
        r"|吸引|发放|發放"
        rf"|破获|破獲|查处|查處|接待)了?[\u3400-\u9fff]{{0,8}}?[ \u3000]*(?:近|约|約|超|逾)?[ \u3000]*"
        rf"{_AN_AMOUNT}(?![A-Za-z])"  # not `銷售5G技術`
    ),
    re.compile(r"翻(?:了)?(?:一|两|兩|几|幾)?番"),
    # a measure named and its amount (`营业收入2.5万亿元`), or a rank (`排名跃居中国第二`)
    re.compile(
        r"(?:营业收入|營業收入|营收|營收|净利润|淨利潤|利润总额|利潤總額|产值|產值|销售额|銷售額|交易额|交易額"
        rf"|出口额|出口額|进口额|進口額|产量|產量)[ \u3000]*(?:约|約|近|超|逾)?[ \u3000]*{_AN_AMOUNT}"
        r"|(?:排名|排位|位列|位居|跃居|躍居)[\u3400-\u9fff]{0,6}?第[0-9０-９一二三四五六七八九十]"
    ),
)


def measures_a_value(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] gives a value measured (`为0.55万`, `筹集了3000万美元`)."""
    return any(pattern.search(text, start, end) for pattern in _MEASURED_VALUES)


#: After a Chinese period, a few words and what names a report or data (`货币执行报告`, `城轨交通统计数据`).
_A_REPORTS_NAME = re.compile(
    r"《?[\u3400-\u9fff]{1,10}?(?:报告|報告|财报|財報|数据|數據|资料|資料|公报|公報|年报|年報|季报|季報)"
)
#: … or an economic indicator's (`5月居民消费价格指数`, `5月末社会融资规模存量`, `二季度经济运行`,
#: `今年前5个月深圳港外贸集装箱吞吐量`): the period it measures.
_AN_INDICATORS_NAME = re.compile(
    r"(?:份|末|底)?[的 \u3000]*[\u3400-\u9fff]{0,10}?(?:指数|指數|存量|增加值|生产总值|生產總值|吞吐量"
    r"|经济运行|經濟運行|经济总体|經濟總體|GDP|CPI|PPI|PMI)"
)
#: … or an agreement's (`2015年的日韩共识`, `1965年日韩基本条约`): the year it was made in, named.
_AN_AGREEMENTS_NAME = re.compile(
    r"的?[\u3400-\u9fff]{1,8}?(?:共识|共識|协议|協議|协定|協定|条约|條約|宣言|联合声明|聯合聲明)"
)
#: … unless the words before it make it (`2015年日韩达成共识`, `2018年签署协议`) or cite it for what was done then
#: (`在1985年根據…條約建立`).
_MADE_OR_CITED = re.compile(
    "达成|達成|签|簽|通过|通過|发表|發表|发布|發布|缔结|締結|宣布|根据|根據|按照|依据|依據|依照"
)
#: … or a thing the year numbers (`2012年长江第1号洪峰`, `2026年第三期150亿元人民币国债`, `2020年第7号台风`).
_A_NUMBERED_THINGS_NAME = re.compile(r"(?:(?!的)[\u3400-\u9fff]){0,4}?第[0-9０-９一二三四五六七八九十]{1,3}[号號期]")
#: Between a period and a report, what marks an act rather than a name: an aspect, a future, an object's
#: or a recipient's word (`写了报告`, `将发布报告`, `向董事会提交报告`).
_AN_ACTS_MARK = re.compile("[了过過将將向给給对對]")
#: In its clause after a period, a multiple of another figure (`是2023年全球总装机量的近4倍`).
_MULTIPLE_AFTER_A_PERIOD = re.compile(
    r"[^，,。；;：:！？!?]{0,15}?的[ \u3000]*(?:近|约|約|超过|超過)?[0-9０-９.．]+(?:多)?[ \u3000]*倍"
)
#: After the period a change is measured from: the change (`增长5.3%`, `同期下降`).
_CHANGE_AFTER_A_BASE = re.compile(
    r"[ \u3000]*(?:同期|全年|水平|的(?:预期|預期|预测|預測))?[ \u3000]*"  # `比三月份的預期好轉`
    r"(?:(?:相比|相较|相較|比较|比較)[，, \u3000]*)?"  # `与去年同期相比持平`
    r"(?:(?:基本|大致|大体)?(?:持平|相当)"  # `和去年基本持平`
    r"|增长|增長|下降|增加|减少|減少|上涨|上漲|下跌|下滑|下挫|提高|降低|上升|攀升|回落|扩大|擴大|收窄|缩小|縮小|"
    r"翻番|翻倍|多|少|高|低|大涨|大漲|大跌|暴涨|暴漲|暴跌|涨|漲|跌|"  # `較29日大漲10元`
    # a time moved or a state changed from then (`較2024年同期提前20天`)
    r"提前|推迟|推遲|延后|延後|偏早|偏晚|好转|好轉|改善|恶化|惡化)"
)
#: Right before an English period, what makes it the base a figure is compared with (`are down this year compared
#: to 2006`, `up from 796 arrests during the same period in 2006`, `at nearly the same pace as in March`, `as high as
#: in 2010`), or one of a streak a figure is on (`expanded for the second month in a row in April`, `for a third
#: straight month in May`).
_AN_ENGLISH_BASE_BEFORE = re.compile(
    r"\b[Ss]ame (?:\w+ )?(?:months?|quarter|weeks?|days?)\s+$"  # `from $7.89 in the same months last year`
    r"|(?:\bcompared (?:to|with)|\b[Ss]ame (?:\w+ )?period (?:in|of|last))\s+"
    r"(?:the same (?:\w+ )?period (?:in|of) |last )?$"
    r"|\bsame(?: [a-z-]+){0,3} as (?:in |during )?$|\bas [a-z]+ as (?:in|during) $"
    r"|\b(?:(?:month|quarter|year|week)s? in a row|(?:straight|consecutive|successive) (?:month|quarter|year|week)s?)"
    r" (?:in|during) (?:the )?$"
)
#: After a period, what names it the base of a comparison (`去年同期基数较高`, `2020年的低基数`).
_A_BASE_NAMED = re.compile(r"[ \u3000]*(?:同期)?[ \u3000]*(?:的)?[ \u3000]*(?:低|高)?(?:基数|基數)")
#: Before it, what compares (`较`, `比`, `相比`), at most _BASE_MAX_CHARS before the period in its clause.
_COMPARED_TO = re.compile(r"(?:较|較|比|相比|相较|相較|对比|對比|和|与|與|同|跟)")
_BASE_MAX_CHARS = 12
#: Right before a day, what makes it the base of a comparison (not `和`, `与`: they also join names).
_COMPARED_TO_RIGHT_BEFORE = re.compile(r"(?:较|較|比|相比|相较|相較)(?:于|於)?$")
_A_COMPARISONS_LAST_CHARACTERS = frozenset("较較比于於")
#: After a day compared to, the change, maybe past its figures or each of several (`的统计`, `分别`).
_A_CHANGE_FROM_A_DAY = re.compile(
    r"(?:的(?:统计|統計|数据|數據|水平))?[ \u3000]*(?:分别|分別)?" + _CHANGE_AFTER_A_BASE.pattern
)
#: Before an amount, what makes it a price paid (`acquired for $200 million in 2017`): the act's date.
_A_PRICE_BEFORE = re.compile(r"\bfor[ ]+(?:about[ ]+|around[ ]+|roughly[ ]+|nearly[ ]+|some[ ]+|over[ ]+)?$")
#: After a Chinese period, 的 and an amount: its value then (`2012年的324.7万人年`, `2023年的3倍`).
_FIGURE_AFTER_A_PERIOD = re.compile(
    r"[底初末]?[ \u3000]*的[ \u3000]*(?:"  # `2017年底的38.5万家`
    r"(?:近|约|約|超过|超過)?第?[0-9０-９][0-9０-９,，.．]*(?:多|余|餘)?"
    r"(?![ \u3000]*(?:[0-9０-９月日号號年届屆季场場轮輪期天周週时時点點分秒]|次[^人]))"
    r"|[一二三四五六七八九十两兩]+[ \u3000]*(?:[%％倍万萬亿億千百元]|美元|人民币|人民幣))"
)
#: Before an English period, an amount and `in` or `by`: its value then (`0.437 in 1999`, `$1.2 billion by
#: 2025`, `from 27 in 2015`), not a count of what happened (`killed 12 in 2015`).
_FIGURE_BEFORE_A_PERIOD = re.compile(
    r"(?:[$€£¥][ ]?[0-9][0-9,.]*(?:[ ]?(?:[mb]n|million|billion|trillion))?|\b[0-9]+\.[0-9]+"
    r"|\b[0-9][0-9,.]*[ ]?(?:%|percent|per cent)|\b(?:from|to|the)[ ][0-9][0-9,.]*)[ ]+(?:in|by)[ ]+$"
)
#: … or the end of a range an amount goes over (`from 175 gigawatts to 450 gigawatts by`, `from 16 currently to as
#: many as 80 by`).
_A_RANGES_END_BEFORE_A_PERIOD = re.compile(
    rf"\bto[ ](?:{_ABOUT}[ ])?[0-9][0-9,.]*(?:[ ][a-z]+){{0,2}}"
    r"[ ]+(?:in|by)[ ]+$"
)
#: … after its start, or after a change (`will almost triple to 20 million tons by 2035`).
_A_RANGES_START = re.compile(
    r"\bfrom[ ][0-9]|\b(?:rise|rises|rose|grow|grows|grew|increases?|increased|doubles?|doubled|triples?|tripled"
    r"|quadruples?|quadrupled|climbs?|climbed|jumps?|jumped|falls?|fell|drops?|dropped|declines?|declined)\b"
)
