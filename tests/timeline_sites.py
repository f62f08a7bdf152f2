"""Content folders for the timeline at scale: hundreds of events from the benchmark's articles, thousands from
an editor's file.

Both are deterministic. `articles_content` writes the benchmark corpus
(bench/corpus.py): articles that dateline reads and extracts, so its events,
key events, summaries and entities are what a build of real-looking news
gives. `editorial_content` writes one editor's file of N events, as a
newsroom keeping a long-running timeline by hand would: stories that burst
and fade over months, dozens of events on their busiest days, quiet years
with a background event or two, events dated to a month or a quarter, and
ranges; each with a title, a summary of one or two sentences taken from the
benchmark's sentence banks with the event's own date written in, its
entities, a tag now and then, and a source. An editor's event is a key
event, so every one of them is: the home page must stay short even then.
"""

from __future__ import annotations

import calendar
import datetime as dt
import importlib.util
import random
import shutil
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"


def bench_corpus():
    """bench/corpus.py as a module (it is a script, not part of the package)."""
    if "bench_corpus" in sys.modules:
        return sys.modules["bench_corpus"]
    spec = importlib.util.spec_from_file_location("bench_corpus", BENCH / "corpus.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def articles_content(folder: Path, articles: int, seed: int = 1) -> Path:
    """The benchmark corpus of `articles` articles in folder/content (about 2.3 events an article)."""
    bench_corpus().write_corpus(folder, articles, seed)
    return folder / "content"


MONTHS_EN = [calendar.month_name[number] for number in range(1, 13)]
STORY_SIZES = (40, 80, 120, 200, 320)
TAGS = ("背景", "处罚", "regulation", "outage", "investigation")


def _written(day: dt.date, slot: str, language: str, granularity: str) -> str:
    """A date as the slot of a bank sentence wants it written, at the event's granularity."""
    if language == "zh":
        if granularity == "year" or slot == "year":
            return f"{day.year}年"
        return f"{day.year}年{day.month}月" if granularity == "month" else f"{day.year}年{day.month}月{day.day}日"
    month = MONTHS_EN[day.month - 1]
    if granularity == "year" or slot == "year":
        return f"in {day.year}"
    if granularity == "month" or slot == "month":
        return f"in {month} {day.year}"
    return f"on {day.day} {month} {day.year}" if slot == "on" else f"{day.day} {month} {day.year}"


def _sentence(rng: random.Random, day: dt.date, language: str, granularity: str) -> tuple[str, str]:
    """A bank sentence with the date written in, and a headline from it: its words without the date."""
    corpus = bench_corpus()
    bank = corpus.chinese_bank() if language == "zh" else corpus.english_bank()
    template = rng.choice(bank.templates["event"])
    text = headline = template.parts[0]
    for slot, part in zip(template.slots, template.parts[1:]):
        text += _written(day, slot, language, granularity) + part
        headline += part
    return _capitalised(text.strip()), _headline(headline, language)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _headline(words: str, language: str) -> str:
    """A headline from a sentence whose date is taken out: its main clause, short, without closing punctuation."""
    words = " ".join(words.split()).strip(" ，,、")
    separators = ("，", ",", "；", "：", "。") if language == "zh" else (", ", "; ", ". ")
    cut = min((words.find(s) for s in separators if words.find(s) > 8), default=len(words))
    words = words[:cut].rstrip("。. ")
    if len(words) > 70:
        words = words[: words.rfind(" ", 0, 70)] if language == "en" else words[:36]
    return _capitalised(words.replace(" ,", ",").replace(" .", "."))


def _story_days(rng: random.Random, start: dt.date, size: int) -> list[dt.date]:
    """The days of a story's events: a burst around its peak, a tail of follow-ups over months."""
    peak = start + dt.timedelta(days=rng.randint(3, 20))
    days = []
    for _ in range(size):
        roll = rng.random()
        if roll < 0.12:
            days.append(peak)  # the busiest day: dozens of events
        elif roll < 0.6:
            days.append(peak + dt.timedelta(days=int(rng.expovariate(1 / 6))))
        else:
            days.append(peak + dt.timedelta(days=int(rng.expovariate(1 / 90))))
    return days


def editorial_events(count: int, seed: int = 1) -> list[dict]:
    """`count` editor's entries (see the module's docstring), in no particular order."""
    rng = random.Random(seed)
    entities = [entry["id"] for entry in yaml.safe_load((REPO / "content" / "entities.yaml").read_text("utf-8"))]
    entries: list[dict] = []
    for year in range(1990, 2008, 2):  # quiet years: a background event now and then
        day = dt.date(year, rng.randint(1, 12), 1)
        entries.append({"date": str(year), "language": "en", "day": day})
    while len(entries) < count:
        start = dt.date(2008, 1, 1) + dt.timedelta(days=rng.randint(0, 16 * 365))
        size = min(rng.choice(STORY_SIZES), count - len(entries))
        language = "zh" if rng.random() < 0.6 else "en"
        for day in _story_days(rng, start, size):
            roll = rng.random()
            date = day.isoformat()
            if roll < 0.07:
                date = day.isoformat()[:7]
            elif roll < 0.09:
                date = f"{day.year}-Q{(day.month - 1) // 3 + 1}"
            elif roll < 0.11:
                date = f"{date}T{rng.randint(6, 22):02d}:{rng.choice((0, 15, 30, 45)):02d}"
            entries.append({"date": date, "language": language, "day": day})
    events = []
    granularities = {4: "year", 7: "month"}
    for number, entry in enumerate(entries[:count], start=1):
        day, language = entry.pop("day"), entry.pop("language")
        granularity = granularities.get(len(entry["date"]), "day")
        first, title = _sentence(rng, day, language, granularity)
        summary = first
        if rng.random() < 0.5:
            summary += ("" if language == "zh" else " ") + _sentence(rng, day, language, granularity)[0]
        event = {
            "id": f"generated-{number:05d}",
            "date": entry["date"],
            "title": title,
            "summary": summary,
            "entities": rng.sample(entities, rng.randint(0, 6)),
            "importance": rng.choice((1, 1, 1, 2, 3, 5)),
            "sources": [{"url": f"https://news.example.com/{day:%Y/%m/%d}/{number}.html", "title": title}],
        }
        if rng.random() < 0.03 and len(entry["date"]) == 10:
            event["end_date"] = (day + dt.timedelta(days=rng.randint(1, 20))).isoformat()
        if rng.random() < 0.1:
            event["tags"] = [rng.choice(TAGS)]
        events.append(event)
    return events


def editorial_content(folder: Path, count: int, seed: int = 1) -> Path:
    """A content folder holding no article and one editor's file of `count` events; returns the folder."""
    content = folder / "content"
    (content / "articles").mkdir(parents=True)
    (content / "events").mkdir()
    (content / "site.yaml").write_text(
        "title: 一条很长的时间线\ndescription: 编辑整理的多年事件。\nlanguage: zh-CN\ntimezone: Asia/Shanghai\n",
        encoding="utf-8",
    )
    shutil.copyfile(REPO / "content" / "entities.yaml", content / "entities.yaml")
    text = yaml.safe_dump(editorial_events(count, seed), allow_unicode=True, sort_keys=False, width=1000)
    (content / "events" / "timeline.yaml").write_text(text, encoding="utf-8")
    return content
