"""A deterministic corpus of news articles for the benchmarks, with the dates planted in it.

Articles are recombined from real text: the sentences of the demo articles in
`content/articles/` (Chinese) and the English news sentences in
`bench/data/en_news.txt`. Every date expression in a sentence becomes a slot;
the generator fills each slot with a date it chose and writes it in one of the
forms news text uses (`2021年12月9日`, `12月9日晚间`, `昨天`, `23日`, `次日`,
`Dec. 9`, `the next day` …), so it knows the true date of every expression it
planted. Sentences that keep a date expression the generator cannot control
(`一个月前`, `今年` alone) are left out; sentences with numbers that are not
dates (`6个月`, `21世纪经济报道`, `CVE-2021-44228`, `4.21%`) are kept on purpose.

Articles come in stories of `STORY_SIZE` articles that report the same events,
so consolidation has real work to do. Each article is written in one of the
formats ingest reads (front matter + HTML, front matter + Markdown, a read-later
Markdown export with an editor's sidecar, scraped plain text with footer labels,
a whole HTML page with JSON-LD), in UTF-8 or, for a few, GB18030 or Big5.

Article `i` depends only on the seed and `i`, so the first 1,000 articles of a
10,000-article corpus are the 1,000-article corpus, and any range can be made
in memory (`generate(n, seed, start)`). Same seed, same bytes.

    python bench/corpus.py --n 1000 --out /tmp/corpus     # writes content/ and gold.json
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import functools
import hashlib
import html
import json
import random
import re
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from zoneinfo import ZoneInfo

#: Bump when the same seed would give different bytes.
GENERATOR_VERSION = "1"

BENCH_DIR = Path(__file__).resolve().parent
REPO = BENCH_DIR.parent
DEMO_ARTICLES = REPO / "content" / "articles"
DEMO_ENTITIES = REPO / "content" / "entities.yaml"
ENGLISH_SENTENCES = BENCH_DIR / "data" / "en_news.txt"

TIMEZONE = ZoneInfo("Asia/Shanghai")
STORY_SIZE = 16
FIRST_STORY_DAY = dt.date(2012, 1, 1)
LAST_STORY_DAY = dt.date(2024, 6, 30)
STORY_SPAN_DAYS = 240
MIN_DATES, MAX_DATES = 5, 15
#: Share of event dates that follow the date told just before (which makes "次日", "the next day" possible).
FOLLOW_UP_SHARE = 0.3

#: Share of articles per language.
LANGUAGES = (("zh-Hans", 0.6), ("en", 0.3), ("zh-Hant", 0.1))
#: Share of articles per file format.
FORMATS = (
    ("front-matter-html", 0.25),
    ("front-matter-markdown", 0.15),
    ("markdown-sidecar", 0.15),
    ("text", 0.2),
    ("html-page", 0.25),
)
#: Chance that an article of this language, in a format that can carry it, is not UTF-8.
LEGACY_ENCODINGS = {"zh-Hans": ("gb18030", 0.06), "zh-Hant": ("big5", 0.4)}
LEGACY_ENCODING_FORMATS = ("text", "html-page")

OUTLETS = {
    "zh-Hans": (
        ("观察者网", "www.guancha.cn"),
        ("新京报", "www.bjnews.com.cn"),
        ("澎湃新闻", "www.thepaper.cn"),
        ("界面新闻", "www.jiemian.com"),
        ("财新网", "www.caixin.com"),
        ("21世纪经济报道", "www.21jingji.com"),
    ),
    "zh-Hant": (
        ("中央社", "www.cna.com.tw"),
        ("聯合報", "udn.com"),
        ("明報", "news.mingpao.com"),
        ("香港01", "www.hk01.com"),
    ),
    "en": (
        ("The Daily Ledger", "www.dailyledger.example"),
        ("Harbour Times", "harbourtimes.example"),
        ("Northern Courier", "www.northerncourier.example"),
        ("Tech Wire", "techwire.example"),
        ("Global Monitor", "globalmonitor.example"),
    ),
}
AUTHORS = {
    "zh-Hans": ("吕栋", "罗亦丹", "张雪松", "王晓", "陈静", "李明"),
    "zh-Hant": ("陳家豪", "林怡君", "黃志明", "張美玲"),
    "en": ("Alex Morgan", "Priya Shah", "Tom Becker", "Lena Ortiz", "Sam Okafor", "Mei Lin"),
}


# --------------------------------------------------------------------------
# What the generator makes
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Planted:
    """A date expression the generator wrote, with what it means.

    `start`/`end` are offsets into `GeneratedArticle.text`; `date` and `end_date`
    are ISO strings at their granularity, as dateline writes them.
    """

    as_written: str
    start: int
    end: int
    date: str
    end_date: str | None
    granularity: str
    form: str  # how it was written: "zh_md", "en_yesterday" …
    neutral: bool  # right to resolve, but need not be an event (as-of dates, reporting periods)


@dataclass(frozen=True)
class GeneratedArticle:
    index: int
    id: str
    file_name: str
    language: str  # "zh-Hans", "zh-Hant", "en"
    format: str
    encoding: str
    published: dt.datetime  # aware, Asia/Shanghai
    title: str
    outlet: str
    domain: str
    author: str
    paragraphs: tuple[str, ...]
    planted: tuple[Planted, ...]

    @property
    def text(self) -> str:
        """The body as plain text, paragraphs separated by a blank line: what the extractors are given."""
        return "\n\n".join(self.paragraphs)

    @property
    def url(self) -> str:
        return f"https://{self.domain}/{self.published:%Y/%m/%d}/{self.id}.html"


# --------------------------------------------------------------------------
# The sentence bank
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Template:
    """A sentence with slots: `parts` are the text around the slots (one more than slots)."""

    kind: str  # "event", "background", "neutral", "filler", "headline"
    parts: tuple[str, ...]
    slots: tuple[str, ...]  # "day", "on", "date", "month", "year", "period", "asof"
    standalone: bool = False  # a heading-like line with no closing punctuation: a paragraph of its own


@dataclass(frozen=True)
class Bank:
    language: str  # "zh" or "en"
    templates: dict[str, tuple[Template, ...]]
    source_hash: str


#: Date expressions in the demo sentences that become slots (longest first).
ZH_SLOT = re.compile(
    r"(?:今年)?(?:\d{4}\s?年\s?)?\d{1,2}\s?月\s?\d{1,2}\s?日(?:晚间|中午12点)?"
    r"|(?<![\d月])\d{1,2}日晚间"
    r"|\d{4}\s?年\s?第[一二三四]季度"
    r"|\d{4}\s?年"
)
#: Temporal expressions the generator cannot control: a sentence still holding one is left out.
ZH_UNCONTROLLED = re.compile(
    r"昨|今天|今日|明天|前天|后天|当天|当日|同日|次日|翌日|隔天|此前一天|今年|去年|明年|前年|"
    r"[一二三四五六七八九十两半\d]+\s?个?多?\s?(?:月|天|日|周|星期|年)(?:前|后|以前|以后)|"
    r"上午|下午|中午|晚间|凌晨|周[一二三四五六日末]|星期|季度|上半年|下半年|上旬|中旬|下旬|月底|月初|年底|年初|"
    r"\d{1,2}\s?月|\d{1,2}\s?[日号](?!\s?[内內])|[一二三四五六七八九十]+月|\d{4}\s?年"
)
#: Sentences about the future: a year-less date there may lie after publication.
ZH_FUTURE = re.compile(r"将|就要|即将|预计|计划")
ZH_STATISTIC = re.compile(r"份额|占比|市场|同比|增长|%|报告显示")
ZH_JUNK = re.compile(
    r"https?:|imageUrl|mp\.weixin|查看原网页|本文题目|本文来源|■|【文/|网站建设|网站开发|网站制作|建站|售后"
)
#: A sentence ending otherwise is a heading or a fragment: it stands as a paragraph of its own.
CLOSING_PUNCTUATION = ("。", "！", "？", "!", "?", "”", "」", "』")
HEADLINE_JUNK = re.compile(r"本文系|将想法|的回答|截图")
ZH_SENTENCE = re.compile(r"[^。！？!?]+[。！？!?]*[”」』]?")


def _strip_markup(raw: str) -> str:
    """The visible text of a demo article: no front matter, tags, links or images."""
    text = raw.replace("\r\n", "\n")
    front = re.match(r"\s*---\n.*?\n---\n", text, re.S)
    if front:
        text = text[front.end() :]
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "\n", text)
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"<br\s*/?>|</?(?:p|div|h\d|li|ul|ol|blockquote|section|figure)\b[^>]*>", "\n", text, flags=re.I)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text).replace("**", "")
    return re.sub(r"^#+\s*", "", text, flags=re.M)


def _zh_slot_kind(expression: str, before: str, sentence: str) -> str:
    if before.endswith(("截至", "截止")):
        return "asof"
    if "季度" in expression:
        return "period"
    if re.fullmatch(r"\d{4}\s?年", expression):
        return "year_statistic" if ZH_STATISTIC.search(sentence) else "year"
    return "day"


@functools.cache
def chinese_bank(articles_dir: Path = DEMO_ARTICLES) -> Bank:
    """Templates from the sentences of the demo articles."""
    sources = sorted(p for p in articles_dir.iterdir() if p.is_file() and not p.name.endswith(".meta.yaml"))
    digest = hashlib.sha256()
    seen: set[str] = set()
    templates: dict[str, list[Template]] = {"event": [], "background": [], "neutral": [], "filler": [], "headline": []}
    for path in sources:
        raw = path.read_bytes()
        digest.update(raw)
        for line in _strip_markup(raw.decode("utf-8", errors="replace")).split("\n"):
            line = " ".join(line.split())
            if not line or ZH_JUNK.search(line):
                continue
            if len(line) <= 30 and not ZH_UNCONTROLLED.search(line) and not ZH_SLOT.search(line):
                headline = line.rstrip("。.!！")
                if (
                    len(headline) >= 8
                    and headline not in seen
                    and not headline.endswith(("：", ":", "，", ","))
                    and not HEADLINE_JUNK.search(headline)
                ):
                    seen.add(headline)
                    templates["headline"].append(Template("headline", (headline,), ()))
                continue
            for sentence in ZH_SENTENCE.findall(line):
                sentence = sentence.strip()
                if len(sentence) < 8 or sentence in seen:
                    continue
                seen.add(sentence)
                template = _zh_template(sentence)
                if template is not None:
                    templates[template.kind].append(template)
    return Bank("zh", {kind: tuple(items) for kind, items in templates.items()}, digest.hexdigest()[:16])


def _zh_template(sentence: str) -> Template | None:
    parts: list[str] = []
    slots: list[str] = []
    position = 0
    for match in ZH_SLOT.finditer(sentence):
        before = sentence[position : match.start()]
        parts.append(before)
        slots.append(_zh_slot_kind(match.group(), sentence[: match.start()], sentence))
        position = match.end()
    parts.append(sentence[position:])
    if any(ZH_UNCONTROLLED.search(part) for part in parts):
        return None
    if slots and ZH_FUTURE.search(sentence):
        return None
    standalone = not sentence.endswith(CLOSING_PUNCTUATION)
    if not slots:
        return Template("filler", tuple(parts), (), standalone)
    if all(slot == "year" for slot in slots):
        kind = "background"
    elif any(slot in ("asof", "period", "year_statistic") for slot in slots):
        kind = "neutral"
    else:
        kind = "event"
    return Template(kind, tuple(parts), tuple(slots), standalone)


EN_SLOT = re.compile(r"\{(ON|DATE|IN_MONTH|IN_YEAR|ASOF|PERIOD)\}")
EN_KINDS = {"H": "headline", "E": "event", "B": "background", "N": "neutral", "F": "filler"}
EN_SLOT_KINDS = {"ON": "on", "DATE": "date", "IN_MONTH": "month", "IN_YEAR": "year", "ASOF": "asof", "PERIOD": "period"}


@functools.cache
def english_bank(path: Path = ENGLISH_SENTENCES) -> Bank:
    """Templates from bench/data/en_news.txt."""
    raw = path.read_bytes()
    templates: dict[str, list[Template]] = {kind: [] for kind in EN_KINDS.values()}
    for line in raw.decode("utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        code, _, text = line.partition("|")
        pieces = EN_SLOT.split(text.strip())
        parts, slots = tuple(pieces[0::2]), tuple(EN_SLOT_KINDS[name] for name in pieces[1::2])
        templates[EN_KINDS[code]].append(Template(EN_KINDS[code], parts, slots))
    return Bank("en", {kind: tuple(items) for kind, items in templates.items()}, hashlib.sha256(raw).hexdigest()[:16])


@functools.cache
def _to_traditional(text: str) -> str:
    return _opencc().convert(text)


@functools.lru_cache(maxsize=1)
def _opencc():
    import opencc  # a dependency of dateline itself

    return opencc.OpenCC("s2tw")


# --------------------------------------------------------------------------
# Writing dates
# --------------------------------------------------------------------------

HANZI_DIGITS = "〇一二三四五六七八九"
HANZI_QUARTERS = "一二三四"
FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
EN_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
EN_MONTH_ABBREVIATIONS = (
    "Jan.",
    "Feb.",
    "March",
    "April",
    "May",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
)
EN_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EN_ORDINALS = ("first", "second", "third", "fourth")
#: After these a day alone (23日) opens a clause and reads as a date.
DAY_ALONE_AFTER = "，,。；;：:、！？!? \n（("


def _hanzi_number(value: int) -> str:
    if value < 10:
        return HANZI_DIGITS[value]
    tens, units = divmod(value, 10)
    return ("" if tens == 1 else HANZI_DIGITS[tens]) + "十" + (HANZI_DIGITS[units] if units else "")


def _hanzi_year(year: int) -> str:
    return "".join(HANZI_DIGITS[int(digit)] for digit in str(year))


def _quarter_of(day: dt.date) -> int:
    return (day.month - 1) // 3 + 1


@dataclass
class _Written:
    """A date as it will appear: the phrase in the sentence, and the part that is the date."""

    phrase: str  # what goes into the slot ("on Dec. 9")
    expression: str  # the date itself inside the phrase ("Dec. 9")
    date: str
    end_date: str | None
    granularity: str
    form: str
    day: dt.date | None  # the day it names, for expressions that follow ("the next day")
    explicit_year: int | None  # the year it states in so many words


@dataclass
class _ArticleState:
    """What a reader knows at this point of the article: the previous date, the years stated."""

    published: dt.date
    previous: _Written | None = None  # the day stated just before, in this paragraph
    paragraph_year: int | None = None  # the last year stated in the paragraph so far


def _day_forms_zh(
    day: dt.date, state: _ArticleState, before: str, rng: random.Random
) -> list[tuple[str, float, _Written]]:
    """Every way to write `day` in Chinese that a careful reader resolves to it, with a weight."""
    iso = day.isoformat()
    y, m, d = day.year, day.month, day.day
    hour = rng.choice((8, 9, 10, 11))
    forms: list[tuple[str, float, str, str]] = [  # form, weight, written, date
        ("zh_ymd", 20, f"{y}年{m}月{d}日", iso),
        ("zh_ymd_spaced", 3, f"{y} 年 {m} 月 {d} 日", iso),
        ("zh_ymd_hanzi", 2, f"{_hanzi_year(y)}年{_hanzi_number(m)}月{_hanzi_number(d)}日", iso),
        ("zh_ymd_fullwidth", 2, f"{y}年{m}月{d}日".translate(FULLWIDTH), iso),
    ]
    days_back = (state.published - day).days
    if _year_less_ok(day, state):
        forms += [
            ("zh_md", 30, f"{m}月{d}日", iso),
            ("zh_md_spaced", 3, f"{m} 月 {d} 日", iso),
            ("zh_md_evening", 4, f"{m}月{d}日晚间", iso),
            ("zh_md_clock", 3, f"{m}月{d}日上午{hour}时", f"{iso}T{hour:02d}:00"),
            ("zh_md_hanzi", 2, f"{_hanzi_number(m)}月{_hanzi_number(d)}日", iso),
        ]
        if y == state.published.year:
            forms.append(("zh_this_year", 4, f"今年{m}月{d}日", iso))
        if (y, m) == (state.published.year, state.published.month):
            forms.append(("zh_this_month", 3, f"本月{d}日", iso))
    this_monday = state.published - dt.timedelta(days=state.published.weekday())
    if this_monday - dt.timedelta(days=7) <= day < this_monday:
        forms.append(("zh_last_week_day", 3, "上周" + "一二三四五六日"[day.weekday()], iso))
    deictic = {0: ("今天", "今日"), 1: ("昨天", "昨日"), 2: ("前天",)}.get(days_back)
    if deictic:
        forms.append(("zh_deictic", 12, rng.choice(deictic), iso))
    previous = state.previous
    if previous is not None:
        gap = (day - previous.day).days
        if gap == 1:
            forms.append(("zh_next_day", 10, rng.choice(("次日", "翌日")), iso))
        if gap == 0:
            forms.append(("zh_same_day", 6, rng.choice(("当天", "同日")), iso))
        # 23日 takes its month from the date before it; it must open a clause to read as a date.
        if gap > 0 and (previous.day.year, previous.day.month) == (y, m):
            if not before or before[-1] in DAY_ALONE_AFTER:
                forms.append(("zh_day_only", 10, f"{d}日", iso))
            elif "\u4e00" <= before[-1] <= "\u9fff":  # 工信部9日发现: news style, after a name
                forms.append(("zh_day_only_inline", 4, f"{d}日", iso))
    return [
        (
            form,
            weight,
            _Written(
                text,
                text,
                date,
                None,
                "time" if "T" in date else "day",
                form,
                day,
                y if form.startswith("zh_ymd") else None,
            ),
        )
        for form, weight, text, date in forms
    ]


def _day_forms_en(
    day: dt.date, state: _ArticleState, at_start: bool, bare: bool, rng: random.Random
) -> list[tuple[str, float, _Written]]:
    iso = day.isoformat()
    y, m, d = day.year, day.month, day.day
    month, short = EN_MONTHS[m - 1], EN_MONTH_ABBREVIATIONS[m - 1]
    forms: list[tuple[str, float, str, str, str]] = [  # form, weight, phrase, expression, granularity
        ("en_mdy", 18, f"on {month} {d}, {y}", f"{month} {d}, {y}", "day"),
        ("en_mdy_short", 8, f"on {short} {d}, {y}", f"{short} {d}, {y}", "day"),
        ("en_dmy", 6, f"on {d} {month} {y}", f"{d} {month} {y}", "day"),
        ("en_iso", 3, f"on {iso}", iso, "day"),
        ("en_numeric_mdy", 3, f"on {m}/{d}/{y}", f"{m}/{d}/{y}", "day"),
    ]
    days_back = (state.published - day).days
    if _year_less_ok(day, state):
        forms += [
            ("en_md", 20, f"on {month} {d}", f"{month} {d}", "day"),
            ("en_md_short", 12, f"on {short} {d}", f"{short} {d}", "day"),
        ]
        if not bare:
            hour = rng.choice((9, 10, 11))
            forms.append(("en_md_clock", 2, f"on {short} {d} at {hour} a.m.", f"{short} {d} at {hour} a.m.", "day"))
    if not bare:
        if days_back == 1:
            forms.append(("en_yesterday", 12, "yesterday", "yesterday", "day"))
        if 2 <= days_back <= 5:
            amount = ("two", "three", "four", "five")[days_back - 2]
            forms.append(("en_days_ago", 3, f"{amount} days ago", f"{amount} days ago", "day"))
        if 2 <= days_back <= 6:
            weekday = EN_WEEKDAYS[day.weekday()]
            forms.append(("en_weekday", 8, f"on {weekday}", weekday, "day"))
        previous = state.previous
        if previous is not None:
            gap = (day - previous.day).days
            if gap == 1:
                forms.append(("en_next_day", 10, "the next day", "the next day", "day"))
            if 2 <= gap <= 5:
                amount = ("two", "three", "four", "five")[gap - 2]
                forms.append(("en_days_later", 6, f"{amount} days later", f"{amount} days later", "day"))
    written = []
    for form, weight, phrase, expression, granularity in forms:
        if bare:
            phrase = expression
        elif at_start:
            phrase = phrase[0].upper() + phrase[1:]
            if expression[0].islower():
                expression = expression[0].upper() + expression[1:]
        explicit = y if form in ("en_mdy", "en_mdy_short", "en_dmy", "en_iso", "en_numeric_mdy") else None
        written.append((form, weight, _Written(phrase, expression, iso, None, granularity, form, day, explicit)))
    return written


def _pick(rng: random.Random, options: list[tuple[str, float, _Written]]) -> _Written:
    total = sum(weight for _, weight, _ in options)
    target = rng.random() * total
    for _, weight, written in options:
        target -= weight
        if target < 0:
            return written
    return options[-1][2]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def _year_less_ok(day: dt.date, state: _ArticleState) -> bool:
    """A date may go without its year when it lies within ten months before publication and
    no other year was stated in the paragraph before it."""
    return 0 <= (state.published - day).days <= 300 and state.paragraph_year in (None, day.year)


def _write_slot(
    slot: str, language: str, day: dt.date, state: _ArticleState, before: str, rng: random.Random
) -> _Written:
    """Write the date for one slot; `day` is the event's day (the generator may write a coarser date)."""
    published = state.published
    if slot in ("day", "on", "date") and language == "zh":
        roll = rng.random()
        if roll < 0.05:  # a whole month: 2021年12月, 去年12月
            if day.year == published.year - 1 and rng.random() < 0.5:
                text = f"去年{day.month}月"
                return _Written(text, text, f"{day:%Y-%m}", None, "month", "zh_last_year_month", None, None)
            text = f"{day.year}年{day.month}月"
            return _Written(text, text, f"{day:%Y-%m}", None, "month", "zh_ym", None, day.year)
        if roll < 0.10 and day.day <= 25 and (published - day).days >= 5:  # 12月9日至11日
            end = day + dt.timedelta(days=rng.randint(1, 3))
            text = f"{day.month}月{day.day}日至{end.day}日"
            explicit = None
            if not _year_less_ok(day, state):
                text, explicit = f"{day.year}年{text}", day.year
            return _Written(text, text, day.isoformat(), end.isoformat(), "day", "zh_range", None, explicit)
        return _pick(rng, _day_forms_zh(day, state, before, rng))
    if slot in ("day", "on", "date"):
        return _pick(rng, _day_forms_en(day, state, not before.strip(), slot == "date", rng))
    if slot == "month":  # English only: "in December 2021", "in late November"
        months_back = (published.year - day.year) * 12 + published.month - day.month
        month = EN_MONTHS[day.month - 1]
        if 1 <= months_back <= 10 and state.paragraph_year in (None, day.year) and rng.random() < 0.5:
            expression = rng.choice(("", "late ", "early ")) + month
            return _Written(f"in {expression}", expression, f"{day:%Y-%m}", None, "month", "en_month", None, None)
        expression = f"{month} {day.year}"
        return _Written(f"in {expression}", expression, f"{day:%Y-%m}", None, "month", "en_month_year", None, day.year)
    if slot in ("year", "year_statistic"):
        year = day.year
        if language == "zh":
            if year == published.year - 1 and rng.random() < 0.3:
                return _Written("去年", "去年", str(year), None, "year", "zh_last_year", None, None)
            return _Written(f"{year}年", f"{year}年", str(year), None, "year", "zh_year", None, year)
        return _Written(f"in {year}", str(year), str(year), None, "year", "en_year", None, year)
    if slot == "period":
        quarter = _quarter_of(day)
        if language == "zh":
            if rng.random() < 0.3:
                half = 1 if day.month <= 6 else 2
                text = f"{day.year}年{'上' if half == 1 else '下'}半年"
                return _Written(text, text, f"{day.year}-H{half}", None, "half", "zh_half", None, day.year)
            text = f"{day.year}年第{HANZI_QUARTERS[quarter - 1]}季度"
            return _Written(text, text, f"{day.year}-Q{quarter}", None, "quarter", "zh_quarter", None, day.year)
        if rng.random() < 0.5:
            text = phrase = f"Q{quarter} {day.year}"
        else:
            text = f"{EN_ORDINALS[quarter - 1]} quarter of {day.year}"
            phrase = "the " + text
        return _Written(phrase, text, f"{day.year}-Q{quarter}", None, "quarter", "en_quarter", None, day.year)
    if slot == "asof":
        if language == "zh":
            text = f"{day.month}月{day.day}日" if _year_less_ok(day, state) else f"{day.year}年{day.month}月{day.day}日"
            if rng.random() < 0.4:
                text += "中午12点"
                return _Written(text, text, f"{day.isoformat()}T12:00", None, "time", "zh_asof", None, None)
            return _Written(text, text, day.isoformat(), None, "day", "zh_asof", None, None)
        text = f"{EN_MONTH_ABBREVIATIONS[day.month - 1]} {day.day}, {day.year}"
        return _Written(text, text, day.isoformat(), None, "day", "en_asof", None, day.year)
    raise ValueError(f"unknown slot {slot!r}")


# --------------------------------------------------------------------------
# Stories and articles
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Story:
    """Events that several articles report: their days, and the sentence each is told in."""

    days: tuple[dt.date, ...]
    zh_templates: tuple[int, ...]
    en_templates: tuple[int, ...]


@functools.lru_cache(maxsize=4096)
def story(seed: int, number: int) -> Story:
    rng = random.Random(f"dateline-bench:{GENERATOR_VERSION}:{seed}:story:{number}")
    span = (LAST_STORY_DAY - FIRST_STORY_DAY).days
    first = FIRST_STORY_DAY + dt.timedelta(days=rng.randrange(span))
    count = rng.randint(6, 16)
    offsets = sorted(rng.sample(range(STORY_SPAN_DAYS), count))
    zh_events = len(chinese_bank().templates["event"])
    en_events = len(english_bank().templates["event"])
    return Story(
        tuple(first + dt.timedelta(days=offset) for offset in offsets),
        tuple(rng.randrange(zh_events) for _ in offsets),
        tuple(rng.randrange(en_events) for _ in offsets),
    )


def _weighted(rng: random.Random, choices) -> str:
    target = rng.random()
    for value, share in choices:
        target -= share
        if target < 0:
            return value
    return choices[-1][0]


def article(seed: int, index: int) -> GeneratedArticle:
    """Article `index` of the corpus of `seed`: the same whatever the corpus size."""
    rng = random.Random(f"dateline-bench:{GENERATOR_VERSION}:{seed}:article:{index}")
    events = story(seed, index // STORY_SIZE)
    language = _weighted(rng, LANGUAGES)
    bank = english_bank() if language == "en" else chinese_bank()
    short = "en" if language == "en" else "zh"

    reported = rng.randint(min(2, len(events.days) - 1), len(events.days) - 1)
    day = events.days[reported] + dt.timedelta(days=rng.randint(0, 3))  # news is reported soon after
    published = dt.datetime(
        day.year, day.month, day.day, rng.randint(6, 23), rng.randrange(60), rng.randrange(60), tzinfo=TIMEZONE
    )
    known = [
        (events.days[i], events.zh_templates[i] if short == "zh" else events.en_templates[i])
        for i in range(reported + 1)
    ]

    # Choose the sentences: planted ones until the article holds 5-15 dates, then fillers.
    # No sentence is used twice in an article; an event told twice is told in another sentence.
    wanted = rng.randint(MIN_DATES, MAX_DATES)
    templates = bank.templates
    used: set[tuple[str, int]] = set()

    def unused(kind: str, preferred: int | None = None) -> Template | None:
        if preferred is not None and (kind, preferred) not in used:
            used.add((kind, preferred))
            return templates[kind][preferred]
        free = [number for number in range(len(templates[kind])) if (kind, number) not in used]
        if not free:
            return None
        number = rng.choice(free)
        used.add((kind, number))
        return templates[kind][number]

    chosen: list[tuple[Template, list[dt.date]]] = []
    planted_count = 0
    while planted_count < wanted:
        roll = rng.random()
        if roll < 0.06:
            template = unused("background")
            days = [dt.date(published.year - rng.randint(1, 25), 6, 30)] * len(template.slots) if template else []
        elif roll < 0.16:
            template = unused("neutral")
            days = [_neutral_day(slot, published.date(), rng) for slot in template.slots] if template else []
        else:
            event_day, template_number = rng.choice(known)
            template = unused("event", template_number)
            if template is None:  # every event sentence is used: tell it again
                template = rng.choice(templates["event"])
            days = [event_day, *(rng.choice(known)[0] for _ in template.slots[1:])]
        if template is None or planted_count + len(template.slots) > MAX_DATES:
            continue
        chosen.append((template, days))
        planted_count += len(template.slots)
    filler_count = min(rng.randint(planted_count, 2 * planted_count), len(templates["filler"]))
    chosen.extend((template, []) for template in rng.sample(templates["filler"], filler_count))
    rng.shuffle(chosen)

    # Group into paragraphs and write each slot in text order, as a reader reads it.
    traditional = language == "zh-Hant"
    convert = _to_traditional if traditional else (lambda text: text)
    state = _ArticleState(published.date())
    paragraphs: list[str] = []
    planted: list[Planted] = []
    offset = 0
    position = 0
    per_paragraph = (1, 4) if short == "zh" else (1, 3)
    joiner = "" if short == "zh" else " "
    while position < len(chosen):
        size = rng.randint(*per_paragraph)
        group = chosen[position : position + size]
        standalone = [number for number, (template, _) in enumerate(group) if template.standalone]
        if standalone:  # a heading ends the paragraph before it, or is one by itself
            group = group[: standalone[0]] or group[:1]
        position += len(group)
        state.paragraph_year = None
        state.previous = None
        pieces: list[str] = []
        length = 0
        for number, (template, days) in enumerate(group):
            if number:
                pieces.append(joiner)
                length += len(joiner)
            for slot_number, part in enumerate(template.parts):
                text = convert(part)
                pieces.append(text)
                length += len(text)
                if slot_number == len(template.slots):
                    break
                slot = template.slots[slot_number]
                day = days[slot_number]
                if template.kind == "event" and state.previous is not None and rng.random() < FOLLOW_UP_SHARE:
                    # what happened next: a day or three after the date just told ("次日", "the next day")
                    follow_up = state.previous.day + dt.timedelta(days=rng.randint(0, 3))
                    if follow_up <= state.published:
                        day = follow_up
                written = _write_slot(slot, short, day, state, part, rng)
                phrase, expression = convert(written.phrase), convert(written.expression)
                at = length + phrase.index(expression)
                neutral = template.kind == "neutral" and slot in ("asof", "period", "year_statistic")
                planted.append(
                    Planted(
                        expression,
                        offset + at,
                        offset + at + len(expression),
                        written.date,
                        written.end_date,
                        written.granularity,
                        written.form,
                        neutral,
                    )
                )
                pieces.append(phrase)
                length += len(phrase)
                if written.explicit_year is not None:
                    state.paragraph_year = written.explicit_year
                state.previous = written if written.day is not None and not neutral else None
        paragraph = "".join(pieces)
        paragraphs.append(paragraph)
        offset += len(paragraph) + 2

    outlet, domain = rng.choice(OUTLETS[language])
    title = convert(rng.choice(templates["headline"]).parts[0])
    file_format = _weighted(rng, FORMATS)
    encoding = "utf-8"
    legacy = LEGACY_ENCODINGS.get(language)
    if legacy and file_format in LEGACY_ENCODING_FORMATS and rng.random() < legacy[1]:
        encoding = legacy[0]
    suffix = {
        "front-matter-html": rng.choice((".txt", ".html")),
        "front-matter-markdown": ".md",
        "markdown-sidecar": ".md",
        "text": ".txt",
        "html-page": ".html",
    }[file_format]
    article_id = f"a{index:06d}-{short}"
    result = GeneratedArticle(
        index,
        article_id,
        article_id + suffix,
        language,
        file_format,
        encoding,
        published,
        title,
        outlet,
        domain,
        rng.choice(AUTHORS[language]),
        tuple(paragraphs),
        tuple(planted),
    )
    if encoding != "utf-8":
        try:
            "\n".join((title, outlet, result.author, *paragraphs)).encode(encoding)
        except UnicodeEncodeError:  # 〇 is not in Big5: such an article stays UTF-8
            result = dataclasses.replace(result, encoding="utf-8")
    return result


def _neutral_day(slot: str, published: dt.date, rng: random.Random) -> dt.date:
    if slot == "asof":
        return published - dt.timedelta(days=rng.randint(1, 30))
    if slot == "period":  # a quarter that has ended before publication
        quarter_start = dt.date(published.year, 3 * ((published.month - 1) // 3) + 1, 1)
        return _add_months(quarter_start, -3 * rng.randint(1, 4))
    return dt.date(published.year - rng.randint(1, 3), 6, 30)  # a year of statistics


def generate(n: int, seed: int = 1, start: int = 0) -> Iterator[GeneratedArticle]:
    """Articles start … start+n-1 of the corpus of `seed`."""
    for index in range(start, start + n):
        yield article(seed, index)


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------

SITE_YAML = """\
# Generated by bench/corpus.py: a benchmark corpus, not real news.
title: dateline benchmark corpus
language: zh-CN
timezone: Asia/Shanghai
base_url: ""
"""


def render_file(item: GeneratedArticle) -> dict[str, bytes]:
    """The files of one article in its format: {file name: bytes} (a sidecar is a second file)."""
    published = item.published
    language_tag = {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW", "en": "en"}[item.language]
    files: dict[str, str] = {}
    if item.format == "front-matter-html":
        date = published.astimezone(dt.UTC).strftime("%a, %d %b %Y %H:%M:%S GMT")
        body = "".join(f"<p>\n{html.escape(p, quote=False)}\n</p>\n" for p in item.paragraphs)
        files[item.file_name] = (
            f"\n---\ntitle: {json.dumps(item.title, ensure_ascii=False)}\ncategories: \n - 新媒体\n"
            f" - {item.outlet}\nauthor: {item.outlet}\ncomments: false\ndate: {date}\n---\n\n<div>   \n{body}</div>\n"
        )
    elif item.format == "front-matter-markdown":
        body = "\n\n".join(item.paragraphs)
        files[item.file_name] = (
            f"---\ntitle: {json.dumps(item.title, ensure_ascii=False)}\ndate: {published.isoformat()}\n"
            f"author: {json.dumps(item.author, ensure_ascii=False)}\n"
            f"outlet: {json.dumps(item.outlet, ensure_ascii=False)}\n"
            f"url: {item.url}\nlang: {language_tag}\n---\n\n{body}\n"
        )
    elif item.format == "markdown-sidecar":
        view = "View original" if item.language == "en" else "查看原网页"
        body = "\n\n".join(item.paragraphs)
        files[item.file_name] = (
            f"# {item.title}\n\n[{item.domain}]({item.url}){item.author}\n\n{body}\n\n"
            f"[{view}: {item.domain}]({item.url})\n"
        )
        files[item.file_name.rsplit(".", 1)[0] + ".meta.yaml"] = (
            f"# Editor's sidecar: the export states no date; the editor found it on the page.\n"
            f"date: {published.date().isoformat()}\n"
        )
    elif item.format == "text":
        labels = {
            "en": ("Title", "Source", "Published"),
            "zh-Hans": ("本文题目", "本文来源", "发布时间"),
            "zh-Hant": ("本文標題", "本文來源", "發佈時間"),
        }[item.language]
        body = "\n\n".join(item.paragraphs)
        colon = ": " if item.language == "en" else "："
        files[item.file_name] = (
            f"{item.outlet}\n\n{item.title}\n\n{body}\n\n{labels[0]}{colon}{item.title}\n"
            f"{labels[1]}{colon}{item.url}\n{labels[2]}{colon}{published:%Y-%m-%d %H:%M}\n"
        )
    elif item.format == "html-page":
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": item.title,
            "datePublished": published.isoformat(),
            "author": {"@type": "Person", "name": item.author},
            "publisher": {"@type": "Organization", "name": item.outlet},
            "url": item.url,
            "inLanguage": language_tag,
        }
        charset = {"utf-8": "utf-8", "gb18030": "gb18030", "big5": "big5"}[item.encoding]
        body = "".join(f"    <p>{html.escape(p, quote=False)}</p>\n" for p in item.paragraphs)
        escaped_title = html.escape(item.title)
        licence = f"京ICP备{10000000 + item.index}号" if item.language == "zh-Hans" else ""  # mainland sites show one
        files[item.file_name] = (
            f'<!DOCTYPE html>\n<html lang="{language_tag}">\n<head>\n<meta charset="{charset}">\n'
            f"<title>{escaped_title} | {html.escape(item.outlet)}</title>\n"
            f'<meta property="og:site_name" content="{html.escape(item.outlet)}">\n'
            f'<link rel="canonical" href="{item.url}">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
            f'</head>\n<body>\n<header><nav><a href="/">{html.escape(item.outlet)}</a> | <a href="/tech">Tech</a>'
            f"</nav></header>\n<main>\n  <article>\n    <h1>{escaped_title}</h1>\n{body}  </article>\n</main>\n"
            f"<footer><p>&copy; {published.year} {html.escape(item.outlet)}. All rights reserved. "
            f"{licence}</p></footer>\n</body>\n</html>\n"
        )
    else:
        raise ValueError(item.format)
    return {
        name: text.encode(item.encoding if not name.endswith(".meta.yaml") else "utf-8") for name, text in files.items()
    }


def gold_entry(item: GeneratedArticle) -> dict:
    """The article's planted dates in the format of gold/seeds.yaml (`dateline eval` reads it)."""
    mentions = [
        {
            "date": p.date,
            "as_written": p.as_written,
            "end_date": p.end_date,
            "form": p.form,
            "start": p.start,
            "end": p.end,
        }
        for p in item.planted
        if not p.neutral
    ]
    neutral = [
        {"date": p.date, "as_written": p.as_written, "form": p.form, "start": p.start, "end": p.end}
        for p in item.planted
        if p.neutral
    ]
    return {
        "dct": item.published.isoformat(),
        "language": item.language,
        "format": item.format,
        "encoding": item.encoding,
        "mentions": mentions,
        "neutral": neutral,
    }


def write_corpus(out_dir: Path, n: int, seed: int = 1) -> dict:
    """Write `out_dir/content/` (site.yaml, entities.yaml, articles/) and `out_dir/gold.json`; return the manifest.

    The folder is replaced whole; everything in it is a function of (n, seed, the sentence banks).
    """
    out_dir = Path(out_dir)
    if out_dir.exists():
        shutil.rmtree(out_dir)
    articles_dir = out_dir / "content" / "articles"
    articles_dir.mkdir(parents=True)
    (out_dir / "content" / "site.yaml").write_text(SITE_YAML, encoding="utf-8")
    if DEMO_ENTITIES.is_file():
        shutil.copyfile(DEMO_ENTITIES, out_dir / "content" / "entities.yaml")
    gold_articles = {}
    counts: dict[str, dict[str, int]] = {"language": {}, "format": {}, "encoding": {}, "form": {}}
    characters = planted = 0
    for item in generate(n, seed):
        for name, data in render_file(item).items():
            (articles_dir / name).write_bytes(data)
        gold_articles[item.file_name] = gold_entry(item)
        characters += len(item.text)
        planted += len(item.planted)
        for key, value in (("language", item.language), ("format", item.format), ("encoding", item.encoding)):
            counts[key][value] = counts[key].get(value, 0) + 1
        for p in item.planted:
            counts["form"][p.form] = counts["form"].get(p.form, 0) + 1
    gold = {
        "about": f"Dates planted by bench/corpus.py (seed {seed}, {n} articles); offsets are into the "
        "generated plain text, not the ingested one.",
        "events": {},
        "articles": gold_articles,
    }
    (out_dir / "gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8"
    )
    manifest = {
        "generator": GENERATOR_VERSION,
        "seed": seed,
        "n": n,
        "banks": {"zh": chinese_bank().source_hash, "en": english_bank().source_hash},
        "characters": characters,
        "planted": planted,
        "counts": {key: dict(sorted(value.items())) for key, value in counts.items()},
    }
    (out_dir / "manifest.json").write_text(
        json.dumps(manifest, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8"
    )
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write a deterministic benchmark corpus with its planted dates.")
    parser.add_argument("--n", type=int, default=1000, help="number of articles (default 1000)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="folder to (re)create")
    args = parser.parse_args(argv)
    manifest = write_corpus(args.out, args.n, args.seed)
    print(json.dumps({k: manifest[k] for k in ("n", "seed", "characters", "planted")}), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
