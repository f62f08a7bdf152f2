"""Headlines and summaries for extracted events, from the sentences that report them.

A headline is the clause that carries the event, without its date expression,
attribution (据…报道) or filler, short, in the source's language; a clause that
lost its subject to the clause before borrows it back, as a sub-editor would.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

#: Leading words that attribute, connect or pad a clause and never start a headline.
ATTRIBUTION = re.compile(
    r"^(据[^，,]{0,24}(报道|消息|介绍|了解|显示|称|表示)|据了解|据悉|据报道|消息称|近期|近日|日前|随后|此前|"
    r"其中提到|原因很简单|事实上|不过|然而|同时|另外|此外|当时|今年|去年|就在|于是|所以|因此|并且|并|也|还|才|"
    r"according to [^,]{0,40}|reportedly|meanwhile|however|on \w+|then|and)[，,：:\s]*",
    re.IGNORECASE)
#: Clauses that set the scene for another clause: "after …", "to implement …", "because …".
SUBORDINATE = re.compile(r"(^(为了?|因为?|由于|在|随着|根据|按照|对于|如果|虽然|距|离|称|when|after|before|because|as)"
                         r"|(后|之后|以后|时|之际|前|以来)$)", re.IGNORECASE)
#: Verbs that carry an event, strongest first; a clause with one makes a better headline.
EVENT_VERBS = re.compile(
    r"(暂停|印发|施行|生效|上线|成立|回应|宣布|披露|处罚|发布|收到|确认|修复|决定|发现|报告|通报|表示|"
    r"签署|通过|批准|召开|举行|启动|开始|结束|去世|逝世|当选|辞职|任命|起诉|判决|逮捕|爆发|袭击|"
    r"推出|上市|收购|公布|出台|实施|下发|提交|致函|约谈|罚款|关闭|恢复|"
    r"announc|publish|releas|suspend|found|discover|issu|launch|respond|fix|report|sign|approv|"
    r"elect|resign|appoint|su(?:e|ed)|arrest|die|kill|start|end|open|clos|fin(?:e|ed)|acquir)", re.IGNORECASE)
#: Words left dangling when the date is cut out of a clause ("于1999年成立" -> "成立").
DATE_PREPOSITION = re.compile(r"(于|在|自|从|截至|截止|on|in|since)\s*$", re.IGNORECASE)
_CLAUSE_SPLIT = re.compile(r"[，,；;：:。！？!?]")
HEADLINE_LIMIT = {"zh": 40, "en": 100}


@dataclass(frozen=True)
class Quote:
    """One sentence that reports the event, with its date expression and language."""

    sentence: str
    as_written: str
    language: str


def _language_family(language: str) -> str:
    return "en" if language.startswith("en") else "zh"


def without_date(sentence: str, as_written: str) -> str:
    """The sentence with its date expression (and a preposition left dangling) cut out."""
    at = sentence.find(as_written)
    if at < 0:
        return sentence
    before = DATE_PREPOSITION.sub("", sentence[:at])
    after = sentence[at + len(as_written):]
    after = re.sub(r"^(起|以来|前后)", "", after)
    joiner = " " if before[-1:].isascii() and before[-1:].isalnum() and after[:1].isascii() and after[:1].isalnum() else ""
    return before + joiner + after


def headline_candidates(sentence: str, as_written: str, language: str,
                        leading_name: Callable[[str], str] = lambda clause: "") -> list[str]:
    """Clauses of a sentence that could stand as a headline, date and attribution removed.

    A clause that lacks its subject ("率先向阿帕奇披露了该漏洞") borrows it from the
    clause before when that one starts with a name, as a sub-editor would.
    """
    limit = HEADLINE_LIMIT[_language_family(language)]
    clauses = []
    previous_subject = ""
    for raw in _CLAUSE_SPLIT.split(without_date(sentence, as_written)):
        clause = raw.strip(" \u3000\"'“”‘’「」（）()[]——-")
        stripped = None
        while stripped != clause:
            stripped = clause
            clause = ATTRIBUTION.sub("", clause).strip()
        if not clause:
            continue
        subject = leading_name(clause)
        if previous_subject and not subject and _starts_with_predicate(raw.strip()):
            clause = previous_subject + clause
        elif subject:
            previous_subject = subject
        if len(clause) >= 6:
            clauses.append(clause if len(clause) <= limit else clause[: limit - 1] + "…")
    return clauses


def _starts_with_predicate(raw_clause: str) -> bool:
    return bool(re.match(r"^(并|也|还|才|遂|随即|随后|率先|立即|即|则|又|再|但|而|被)", raw_clause))


def _headline_score(clause: str, entities: int) -> float:
    verb = EVENT_VERBS.search(clause)
    score = 0.0
    if verb:
        score += 2.0
    if SUBORDINATE.search(clause):
        score -= 2.0
    score += min(entities, 3) * 0.6
    score -= abs(len(clause) - 22) / 22
    if clause.endswith("…"):
        score -= 0.5
    return score


def describe(quotes: Sequence[Quote], leading_name: Callable[[str], str],
             count_entities: Callable[[str], int]) -> tuple[str, str, str]:
    """Headline, summary and language from the quote that states the event best.

    `leading_name(text)` is the entity name text starts with ('' if none);
    `count_entities(text)` how many entities it names.
    """
    best: tuple[float, str, str, str] | None = None
    for quote in quotes:
        for clause in headline_candidates(quote.sentence, quote.as_written, quote.language, leading_name):
            score = _headline_score(clause, count_entities(clause))
            if best is None or score > best[0]:
                best = (score, clause, quote.sentence, quote.language)
    if best is None:
        first = quotes[0]
        return first.sentence[:HEADLINE_LIMIT[_language_family(first.language)]], first.sentence, first.language
    return best[1], best[2], best[3]


