"""Interval claims written in Chinese numerals are read as their numbers: 十 is ten, never a hundred."""

from __future__ import annotations

import datetime as dt

import pytest

from dateline.consolidate import consolidate
from dateline.model import Article, Block, Entity, Mention

ENTITIES = (Entity("alibaba-cloud", "阿里云"), Entity("miit", "工信部"))
FOUND = ("11月24日，阿里云发现漏洞后，率先向阿帕奇软件基金会披露了该漏洞。", "11月24日", "2021-11-24")


def _checks(claim_sentence: str, as_written: str, date: str) -> dict[str, tuple[float, int, bool]]:
    """The interval checks of one article holding FOUND and then the claim: claim -> (claimed, actual, holds)."""
    sentences = [FOUND, (claim_sentence, as_written, date)]
    text = "\n\n".join(sentence for sentence, _, _ in sentences)
    mentions, blocks, offset = [], [], 0
    for sentence, written, resolved in sentences:
        start = offset + sentence.index(written)
        mentions.append(
            Mention(
                article="a",
                as_written=written,
                start=start,
                end=start + len(written),
                date=resolved,
                end_date=None,
                granularity="day",
                resolved_by="year-from-publication",
                is_event=True,
                sentence=sentence,
                sentence_start=offset,
                sentence_end=offset + len(sentence),
            )
        )
        blocks.append(Block("p", offset, offset + len(sentence)))
        offset += len(sentence) + 2
    article = Article(
        id="a",
        path="content/articles/a.txt",
        format="text",
        title="a",
        text=text,
        blocks=tuple(blocks),
        language="zh-Hans",
        published=dt.datetime(2021, 12, 22, 12, tzinfo=dt.timezone(dt.timedelta(hours=8))),
    )
    events = consolidate((article,), {"a": tuple(mentions)}, ENTITIES).events
    return {c.claim: (c.claimed_days, c.actual_days, c.holds) for e in events for c in e.interval_checks}


@pytest.mark.parametrize("claim, days", [("十五天", 15), ("二十天", 20), ("十天", 10), ("二十五天", 25)])
def test_ten_in_a_chinese_numeral_is_ten(claim, days):
    later = dt.date(2021, 11, 24) + dt.timedelta(days=days)
    written = f"{later.month}月{later.day}日"
    sentence = f"{written}，工信部发现上述漏洞，距阿里云首次发现已经过去{claim}。"
    checks = _checks(sentence, written, later.isoformat())
    assert checks == {f"距阿里云首次发现已经过去{claim}": (days, days, True)}


def test_a_claim_off_by_more_than_its_tolerance_does_not_hold():
    checks = _checks("12月20日，工信部通报此事，距阿里云首次发现已经过去二十天。", "12月20日", "2021-12-20")
    assert checks == {"距阿里云首次发现已经过去二十天": (20, 26, False)}


def test_a_claim_reaching_before_the_first_year_is_checked_without_an_error():
    # a story of the year 1 that claims an interval of thousands of years reaches before the calendar's first day
    checks = _checks(
        "公元1年3月1日，工信部发现上述漏洞，距阿里云首次发现已经过去九百年。", "公元1年3月1日", "0001-03-01"
    )
    assert all(isinstance(holds, bool) for _, _, holds in checks.values())
