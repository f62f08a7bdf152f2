"""Tense: whether the words around a date speak of the past or of the future.

A year-less date (`December 23`, `12月23日`) or a weekday (`Friday`, `周五`) lies near
the publication date, before or after it; a careful reader decides by the clause
that holds it. English marks tense on the verb, so the verb group nearest the date
decides (`said Friday`, `will meet on Friday`, `is scheduled to resume Monday`);
what is a verb and which form is its past comes from lemminflect's English
lexicon, not from a list of our own. Chinese rarely marks tense: its cues decide
(`将于`, `计划`, `已`, `了`), and a clause without one is a report, as news is.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Mapping

from . import tables
from .layout import in_a_title

PAST, FUTURE, PRESENT, UNKNOWN = "past", "future", "present", ""
#: The future said by the words around the date rather than by its own verb (`a plan to raise … on March 8`,
#: `宣布计划融资` in the clause after the date): weaker than FUTURE.
PROSPECT = "prospect"

#: Words, with `I'll` and `they’re` split in two (`'ll` is an auxiliary), and the marks that break a clause.
_WORD = re.compile(
    r"[A-Za-z]+(?=['’](?:ll|re|ve|d)(?![A-Za-z]))|['’](?:ll|re|ve|d)(?![A-Za-z])|[A-Za-z]+(?:['’][a-z]{1,2})?|n't"
    r"|[,;:()\"“”]|--|[—–]"
)
_CLAUSE_BREAK = frozenset(';:()"“”—–') | {"--"}
#: How far from the date (in words) its verb is looked for, and the characters that hold them at most.
_LEFT_WORDS, _RIGHT_WORDS = 12, 10
#: How far back (in words) a list's items look for the future said once before them.
_LIST_WORDS = 24
_WINDOW_CHARACTERS = 120


def english_tense(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """The tense of the verb group that governs text[start:end]: the nearest one before it in its
    clause, or, when the date opens the clause (`On Friday, the company said`), the first after it.

    A deadline (`until Friday`, `the Jan. 14 deadline`) says nothing of the tense: it is read as
    present, so that the nearer date wins, unless its verb is in the future.
    """
    window_start = max(sentence_start, start - _WINDOW_CHARACTERS)
    window_end = min(sentence_end, end + _WINDOW_CHARACTERS)
    words = [
        (match.group().replace("’", "'"), match.start()) for match in _WORD.finditer(text, window_start, window_end)
    ]
    if window_start > sentence_start and words:
        words = words[1:]  # the first may be the end of a word cut by the window
    # the words are in text order: those before the date lead, those after it close the list
    positions = [at for _, at in words]
    before = list(range(bisect_left(positions, start)))
    after = list(range(bisect_left(positions, end), len(words)))
    if _the_subject_of_what_will_be(words, before, after):
        return FUTURE  # `said Sunday would be another hot day`, `Monday will be another day`: ahead
    cue = _english_cue(words, before, after)
    if cue == PAST:
        return PAST
    if _expected_then(words, before, after):
        return FUTURE  # `expected as early as Friday`, `Friday's expected announcement`: ahead, whatever the verb
    if _come_before(words, before):
        return FUTURE  # `armed with information come January 20`: the day when it comes, ahead
    if _a_plan_named_by_its_day(words, before):
        tense = PROSPECT  # `the panel's scheduled Feb. 13 hearing`: a day still ahead, unless just past
    elif _a_thing_named_by_its_day(words, before, after):
        return PRESENT  # `his April 2 Florida Derby victory`: the clause's verb is not its; the nearer date
    else:
        tense = _governing_tense(words, before, after, window_start == sentence_start)
    opens_sentence = window_start == sentence_start and all(
        words[i][0].lower() in tables.ENGLISH_DATE_PREPOSITIONS for i in before
    )
    if not tense and opens_sentence:
        tense = first_verb_tense(text, end, sentence_end)
    if cue == FUTURE:
        return PAST if tense == PAST else FUTURE
    if cue == PRESENT and tense not in (FUTURE, PROSPECT):
        return PRESENT
    if tense == PRESENT and _a_day_something_is_on(text, words, before, start, end):
        return FUTURE  # `The Vikings' next game is on Sunday`, `The deadline is Friday`: when it is, ahead
    if tense != FUTURE and _in_a_time_clause_of_the_future(text, sentence_start, start):
        return FUTURE  # `will face 8 years in prison when he's sentenced on Aug. 23`: the main clause's time
    return tense or cue


def _in_a_time_clause_of_the_future(text: str, sentence_start: int, start: int) -> bool:
    """A date in a clause of time in the present (`when he's sentenced on`, `once it is approved in`) hanging on a
    future (`will face … when`): that future's time; not `will face charges after police arrested him on`."""
    before = text[sentence_start:start]
    if "will" not in before and "'ll" not in before and "shall" not in before:
        return False  # most dates: no future before them, and the pattern's search would try every position
    clause = _A_TIME_CLAUSE_OF_THE_FUTURE.search(text, sentence_start, start)
    return clause is not None and _PRESENT_IN_IT.search(clause[1]) is not None and not _PAST_IN_IT.search(clause[1])


#: Before a date, a future and a clause of time hanging on it (`will face … when he's sentenced on`).
_A_TIME_CLAUSE_OF_THE_FUTURE = re.compile(
    r"\b(?:will|'ll|shall)\b[^.;:]*\b(?:when|once|until|before|after)\b([^.;:,]*)$"
)
_PRESENT_IN_IT = re.compile(r"(?:\b(?:is|are|am|gets|get)\b|['’]s\b)")
_PAST_IN_IT = re.compile(r"\b(?:was|were|had|did)\b")


def _a_day_something_is_on(text: str, words: list[tuple[str, int]], before: list[int], start: int, end: int) -> bool:
    """A present copula right before the date, or before `on` and it (`is Friday`, `are on Sunday`); not a day
    word, which `is` says what day it is (`Election Day, which is today`)."""
    leading = [words[i][0].lower() for i in before[-3:]]
    if leading[-2:-1] in (["this"], ["that"]) or leading[-1:] == ["that's"]:
        return False  # `This is January 11th`, `That's January 11th`: which day it was, said again
    return (leading[-1:] in _A_DAY_SOMETHING_IS_ON or leading[-2:] in _A_DAY_SOMETHING_IS_ON) and (
        text[start:end].lower() not in tables.ENGLISH_DAY_WORDS
    )


#: A present copula right before a date, or before `on` and it (`is Friday`, `are on Sunday`).
_A_DAY_SOMETHING_IS_ON = (["is"], ["are"], ["is", "on"], ["are", "on"])


def _a_plan_named_by_its_day(words: list[tuple[str, int]], before: list[int]) -> bool:
    """`the scheduled Feb. 13 hearing`, `its planned March 1 launch`: a participle of intent right before the
    date, after a determiner or a possessive, names a thing by the day it is planned for."""
    if len(before) < 2:
        return False
    word, previous = words[before[-1]][0].lower(), words[before[-2]][0].lower()
    return word in tables.ENGLISH_PLANNED_ADJECTIVES and (
        previous in tables.ENGLISH_DETERMINERS or previous.endswith(("'s", "s'"))
    )


def _a_thing_named_by_its_day(words: list[tuple[str, int]], before: list[int], after: list[int]) -> bool:
    """`his April 2 victory`, `the company's March 3 filing`: a possessive right before the date and a noun after
    it name a thing by its day, whatever the tense of the clause around them; so do `the` or `a` before it and a
    vote after it."""
    if not before or not after:
        return False
    previous = words[before[-1]][0].lower()
    following = words[after[0]][0]
    if previous in ("the", "a", "an"):  # `the January 20 presidential election`, `a mid-February election`
        # (a date with no word, all digits, has its year: `the 2020 elections`)
        return after[0] > before[-1] + 1 and any(words[i][0].lower() in _VOTES for i in after[:3])
    return (
        (previous in _POSSESSIVES or previous.endswith(("'s", "s'")))
        and following.isalpha()
        and following.lower() not in tables.ENGLISH_FUNCTION_WORDS  # `Adobe's fourth quarter and …`: no thing named
    )


#: After `the` or `a` and a date, within a few words, a vote it names (`the January 20 presidential election`): its
#: day is named before it as often as after, so the nearer is the date, whatever the tense of the clause.
_VOTES = frozenset({"election", "elections", "poll", "polls", "vote", "referendum", "primary", "primaries", "runoff"})


_POSSESSIVES = frozenset({"his", "her", "its", "their", "our", "my", "your"})


def _governing_tense(words: list[tuple[str, int]], before: list[int], after: list[int], whole_sentence: bool) -> str:
    """The nearest verb group before the date within its comma-delimited chunk, else the first after it
    (`the Aug. 7 blasts killed`, `On Friday, the company said`: across one comma at most)."""
    for index in reversed(before[-_LEFT_WORDS:]):
        word = words[index][0]
        if word in _CLAUSE_BREAK or word == ",":
            break
        tense = _verb_group_tense(words, index, index == 0 and whole_sentence, len(before))
        if tense == FUTURE and _future_in_the_past(words, index):
            return PROSPECT  # ahead of a saying before publication: a date just past stays, one further back goes ahead
        if tense is not None:
            if tense != FUTURE and _lemma_in(word.lower(), tables.ENGLISH_RESCHEDULING_VERBS):
                previous = words[before[-1]][0].lower()
                if previous in ("to", "from"):
                    # `extended to Nov. 16`: a new deadline, `moved from Nov. 19`: the old one, on whichever side
                    # is nearer
                    return PRESENT
                if previous in ("until", "till"):
                    return PROSPECT  # `postponed until Tuesday`: put off to a day still ahead
            return tense
    commas = 0
    for index in after[:_RIGHT_WORDS]:
        word = words[index][0]
        if word == ",":
            commas += 1
            if commas > 1:
                break
            continue
        if word in _CLAUSE_BREAK or word.lower() in _SUBORDINATE_CLAUSE_STARTS:
            break  # `told investors on Oct. 31 that the merger would …`: the clause after is another verb's
        if _leads_to_the_verb(words, index):
            continue
        tense = _verb_group_tense(words, index, False, floor=after[0])
        if tense is not None:
            if commas and _lemma_in(word.lower(), _ATTRIBUTION_VERBS):
                # `… admit Poland, Hungary and the Czech Republic in early March, an official said`: the
                # attribution is the whole sentence's; the date's own verb is before it, past a list's commas,
                # or, where the attribution closes the sentence, too far back to tell (`That will be followed by
                # a weekend of strategy sessions for Trump and Republican leaders on Jan. 6 and 7, the White
                # House said.`); not a clause's own verb after a phrase (`In a statement on 13 June, Ramaphosa
                # said that …`)
                closes = index + 1 >= len(words) or words[index + 1][0] == ","
                return _tense_across_commas(words, before) or (UNKNOWN if closes else tense)
            return tense
    # `The chemistry prize will be announced Wednesday, the literature prize on Thursday`, `Rallies are scheduled
    # for Colorado Springs, Colo., on Thursday`: a chunk with no verb of its own shares a future said before it
    said_future = any(words[index][0].lower() in _WORDS_OF_A_FUTURE for index in before[-_LIST_WORDS:])
    return FUTURE if said_future and _tense_across_commas(words, before, _LIST_WORDS) == FUTURE else UNKNOWN


#: The words a future is said with (a quick test before the verb groups are read, which costs).
_WORDS_OF_A_FUTURE = tables.ENGLISH_FUTURE_AUXILIARIES | tables.ENGLISH_PLANNED_ADJECTIVES | {"due", "set"}


def _future_in_the_past(words: list[tuple[str, int]], index: int) -> bool:
    """`the staff said they would be ready in September`: `would` or `could` after a past verb of saying
    is ahead of the saying, which may itself be months before publication."""
    auxiliaries = {w.lower() for w, _ in words[max(0, index - 4) : index]}
    return bool(auxiliaries & {"would", "could"}) and any(
        w.lower() in tables.ENGLISH_PAST_SAYING for w, _ in words[: max(0, index - 1)]
    )


#: Modals that with `have` and a participle say what was, or might have been (`would have said`).
_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "should", "might", "must"})
#: Modals whose passive looks ahead (`may be announced`, `might be delayed`); `could`, `would` and `must` tell of the
#: past as often (`could not be reached`, `ruled that he must be returned … and set Friday as the deadline`).
_MODALS_OF_WHAT_MAY_COME = frozenset({"may", "might", "should"})
#: Adverbs that may stand between a modal and its verb (`may yet fall`).
_ADVERBS_AFTER_A_MODAL = frozenset({"also", "still", "yet", "soon", "then", "even"})
#: Prepositions after which a verb's participle is an adjective of the noun after it (`of planned outages`).
_PREPOSITIONS_BEFORE_AN_ADJECTIVE = frozenset(
    {"of", "for", "with", "in", "on", "at", "from", "about", "amid", "among", "into", "over", "under", "without"}
)
#: Words that open a clause of its own after the date: its verb is not the date's.
_SUBORDINATE_CLAUSE_STARTS = frozenset({"that", "which", "who", "whom", "whose", "because", "although", "if"})
#: Verbs that attribute a whole sentence to a source (`…, an official said`), not the date's own verb.
_ATTRIBUTION_VERBS = frozenset({"say", "tell", "add", "report", "state", "confirm", "announce"})


def _tense_across_commas(words: list[tuple[str, int]], before: list[int], reach: int = _LEFT_WORDS) -> str:
    """The nearest verb group before the date across commas, within a clause, at most `reach` words back."""
    for index in reversed(before[-reach:]):
        word = words[index][0]
        if word in _CLAUSE_BREAK:
            break
        if word == ",":
            continue
        tense = _verb_group_tense(words, index, False, len(before))
        if tense is not None:
            return tense
    return UNKNOWN


def first_verb_tense(text: str, end: int, sentence_end: int) -> str:
    """The tense of the first verb group after a date that opens its sentence before a long aside (`In
    January, a week after the anniversary of …, a clinic bombing … killed`), up to a clause break."""
    words = [(match.group(), match.start()) for match in _WORD.finditer(text, end, min(sentence_end, end + 400))]
    in_aside = False
    first = next((index for index, (word, _) in enumerate(words) if word != ","), None)
    for index, (word, _) in enumerate(words):
        if word in _CLAUSE_BREAK:
            break
        if in_aside:
            in_aside = word != ","
            continue
        if index == first and _describes_the_subject(words, index):
            continue  # `Today, advanced imaging tools show …`: the subject's first word, no verb
        if (
            word.lower() in _BEFORE_A_PARTICIPLE
            and words[index + 1 : index + 2]
            and words[index + 1][0].endswith("ing")
        ):
            in_aside = True  # `two days after receiving the instructions on creating camera feeds,`: no verb of its own
            continue
        tense = _verb_group_tense(words, index, False)
        if tense is not None:
            return tense
    return UNKNOWN


def _leads_to_the_verb(words: list[tuple[str, int]], index: int) -> bool:
    """A word after a date that is no verb group's head, though it may look it: `have` before its participle
    (`would have said`), or an -ed word opening the subject after a comma (`Today, advanced imaging tools show`)."""
    word = words[index][0]
    if word.lower() == "have" and index + 1 < len(words) and "VBN" in _verb_forms(words[index + 1][0].lower()):
        return True
    return index > 0 and words[index - 1][0] == "," and _describes_the_subject(words, index)


def _describes_the_subject(words: list[tuple[str, int]], index: int) -> bool:
    """An -ed word opening a clause before another word (`advanced imaging tools`, `armed men`): it describes the
    subject it opens, no verb comes before a subject."""
    following = words[index + 1 : index + 2]
    return (
        words[index][0].endswith("ed")
        and bool(following)
        and following[0][0].isalpha()
        and following[0][0].islower()
        and following[0][0] not in _NOT_A_NOUNS_WORD
    )


#: After an -ed word, words that make it a verb (`announced by`, `closed at`, `rated the`).
_NOT_A_NOUNS_WORD = frozenset({
    "by", "at", "in", "on", "to", "from", "with", "for", "up", "down", "out", "off", "the", "a", "an", "that", "its",
    "his", "her", "their", "it", "him", "them", "as", "and", "or", "into", "over",
})  # fmt: skip
#: Before an -ing form, what makes a phrase of it set off by commas (`after receiving …,`).
_BEFORE_A_PARTICIPLE = frozenset({"after", "before", "while", "since", "upon", "when", "by"})

_PROGRESSIVE = re.compile(r"\b(?:is|are)\s+(?!going\b)[a-z]+ing\b")
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:[a-z]+ly\s+|not\s+|now\s+)?([a-z]+)\b")


def tells_what_happened(text: str, start: int, end: int) -> bool:
    """Whether an English sentence's first verb says something happened or is happening: a past (`Apple
    released`), a present perfect (`Apple has released`) or progressive (`is stepping down`), not a present
    (`This post contains`)."""
    tense = first_verb_tense(text, start, end)
    if tense == PAST:
        return True
    progressive = _PROGRESSIVE.search(text, start, end)
    if progressive is not None and first_verb_tense(text, start, progressive.start()) == UNKNOWN:
        return True  # `Mark Papermaster is stepping down`, `Apple is planning to sell films`: news as it happens
    perfect = _PRESENT_PERFECT.search(text, start, end)
    return perfect is not None and "VBN" in _verb_forms(perfect.group(1))


def _come_before(words: list[tuple[str, int]], before: list[int]) -> bool:
    """`come January 20`, `come Monday`: `come` as a preposition (no verb of its own before it)."""
    if not before or words[before[-1]][0].lower() != "come":
        return False
    earlier = words[before[-2]][0].lower() if len(before) > 1 else ""
    return earlier not in _AUXILIARIES_OF_COME


#: Adjectives that put a thing ahead (`the upcoming vote`, `its forthcoming report`).
_AHEAD_ADJECTIVES = frozenset({"upcoming", "forthcoming"})
#: After `next`, words of time it counts on from a day told (`the next day`), not a thing still ahead.
_TIMES_AFTER_NEXT = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "month", "year", "time"})


def _the_subject_of_what_will_be(words: list[tuple[str, int]], before: list[int], after: list[int]) -> bool:
    """A day with `will` or `would` right after it, opening its clause or right after a verb of saying or
    forecasting: what that day will be (not `the bill released on Thursday would end`, a past day's act)."""
    if not after or words[after[0]][0].lower() not in ("will", "would"):
        return False
    return not before or words[before[-1]][0].lower() in _SAYING_OR_FORECASTING


_SAYING_OR_FORECASTING = frozenset({"said", "says", "say", "predicted", "predicts", "forecast", "forecasts", "warned"})


def _expected_then(words: list[tuple[str, int]], before: list[int], after: list[int]) -> bool:
    """`expected` right before the date or before `as early as` (`expected Friday`, `expected as early as
    Friday`; not `as expected on Friday`), `expected` or `coming` and `in` (`coming in March`), the day a warning
    is for (`a storm watch for Tuesday`), a participle of expectation after its possessive (`Friday's expected
    announcement`), `upcoming` a few words before it (`the upcoming inauguration on Friday`), or the day a case is
    set for hearing (`for further hearing on Oct 5`): a day still ahead."""
    leading = [words[i][0].lower() for i in before[-5:]]
    if leading[-3:] in (["as", "early", "as"], ["as", "soon", "as"]):
        leading = leading[:-3]
    arriving = leading[-2:-1] in (["expected"], ["coming"]) and leading[-1:] in (["in"], ["on"])
    expected = (leading[-1:] == ["expected"] and leading[-2:-1] != ["as"]) or (
        arriving and leading[-3:-2] not in (["as"], ["than"])  # `coming in March`; not `than expected in January`
    )
    if leading[-1:] == ["for"] and leading[-2:-1] and leading[-2] in tables.ENGLISH_FORECAST_NOUNS:
        return True  # `issued a storm watch for Tuesday`: the day a warning is for
    if any(word in _AHEAD_ADJECTIVES for word in leading[-4:]):
        return True  # `the upcoming presidential inauguration on Friday`: the thing the date is of is still ahead
    if leading[-1:] in (["in"], ["on"]) and any(
        word == "next" and following not in _TIMES_AFTER_NEXT for word, following in zip(leading[-4:-2], leading[-3:-1])
    ):
        return True  # `the Bank's next rate decision in November`; not `the next day, on Friday`
    if leading[-2:] == ["hearing", "on"] and "for" in leading[-4:-2]:
        return True  # `posted the matter for further hearing on Oct 5`: a court's next day, ahead
    following = [words[i][0].lower() for i in after[:1]]
    return expected or (bool(following) and following[0] in tables.ENGLISH_EXPECTATION_PARTICIPLES)


def _english_cue(words: list[tuple[str, int]], before: list[int], after: list[int]) -> str:
    """A word right before or after the date that says which side of publication it is on (`since
    Friday`, `Friday last week`, `as early as Friday`), or that it is a deadline (`until Friday`, `the
    Jan. 14 deadline`)."""
    previous = words[before[-1]][0].lower() if before else ""
    if tuple(words[i][0].lower() for i in before[-3:]) in tables.ENGLISH_EARLIEST_WORDS:
        return FUTURE  # `as soon as Tuesday`: the earliest a thing may happen is ahead, unless the verb is past
    if previous in tables.ENGLISH_PAST_PREPOSITIONS:
        return PAST
    if previous in tables.ENGLISH_DEADLINE_PREPOSITIONS:
        return PRESENT
    following = [words[i][0].lower() for i in after[:4]]
    if following[:1] == ["ago"] or following[:2] == ["last", "week"] or following[:2] == ["last", "year"]:
        return PAST
    # `the Jan. 14 deadline`, `a Jan. 14 return date`, `set Nov. 10 as the deadline`: within the phrase
    for word in following:
        if word in tables.ENGLISH_DEADLINE_NOUNS:
            return PRESENT
        if not word.isalpha() or word in ("that", "which", "when", "after", "before"):
            break
    return UNKNOWN


def _verb_group_tense(
    words: list[tuple[str, int]], index: int, sentence_initial: bool, date_at: int | None = None, floor: int = 0
) -> str | None:
    """The tense of the verb group whose last word is words[index], or None when that word is not
    taken for a verb (a noun that is also a verb, `the deal`, `his position`, is not).

    `date_at` is the index of the date's first word when the date comes after the verb; words before
    `floor` (the date's own, when the verb comes after it) are not its auxiliaries."""
    word = words[index][0]
    if word[0].isupper() and not sentence_initial:
        return None  # a name (`Bush`, `Friday`) or a title word
    lower = word.lower()
    if lower in tables.ENGLISH_MODALS:
        return UNKNOWN
    if lower in tables.ENGLISH_ADJECTIVAL_PARTICIPLES:
        return None  # `visitors aged between 16 and 24`, `a company based in Ohio`: no verb of the clause
    forms = _verb_forms(lower)
    if not forms or _object_of_a_past_verb(forms, words, index, floor):
        return None  # no verb; or `sent troops into Ukraine`: the noun the past verb before it governs
    auxiliaries = [w.lower() for w, _ in words[max(floor, index - 4) : index] if w not in _CLAUSE_BREAK and w != ","]
    if _a_participle_not_the_verb(forms, auxiliaries):
        return None
    if (
        _preceded_by_determiner(auxiliaries)
        and lower not in tables.ENGLISH_PRESENT_AUXILIARIES
        and lower not in tables.ENGLISH_PAST_AUXILIARIES
        and not (auxiliaries[-1] == "that" and "VBD" in forms)  # `talks that opened on Thursday`: a relative clause
    ):
        return None
    if auxiliaries[-1:] == ["have"] and set(auxiliaries[-2:-1]) & _COUNTERFACTUAL_MODALS and "VBN" in forms:
        return PAST  # `I would have said`, `could have been`: what was, or might have been
    if _looks_ahead(lower, forms, auxiliaries):
        return FUTURE
    if (
        date_at is not None
        and lower in tables.ENGLISH_INTENT_WORDS
        and "VBN" in forms
        and not _be(auxiliaries[-2:])
        and [w.lower() for w, _ in words[index + 1 : date_at]] == ["for"]
    ):
        return PRESENT  # `tariffs planned for Oct. 15`: a plan's day, on whichever side is nearer
    if _plans(lower, auxiliaries, words, index, date_at) or _expects(lower, forms, words, index, date_at):
        return FUTURE
    if "to" in auxiliaries[-2:]:
        return _infinitive_tense(auxiliaries)
    if (passive := _a_modals_passive(lower, forms, auxiliaries)) is not None:
        return passive
    if lower in tables.ENGLISH_PRESENT_AUXILIARIES or (
        "VBP" in forms and "VBD" not in forms and _after_a_plural_subject(words, index, floor)
    ):
        return PRESENT  # (`Today, women create and lead …`, `Many investors buy`: a plural subject's present)
    if lower in tables.ENGLISH_PAST_AUXILIARIES:
        return PAST
    return _inflected_tense(lower, forms, auxiliaries)


def _a_participle_not_the_verb(forms: frozenset[str], auxiliaries: list[str]) -> bool:
    """`four rounds of planned outages`, `for scheduled maintenance`: a participle as adjective after a
    preposition; `would go forward as planned on Thursday`: an aside. Neither is the clause's verb."""
    if not auxiliaries:
        return False
    if auxiliaries[-1] == "as":
        return "VBN" in forms
    return auxiliaries[-1] in _PREPOSITIONS_BEFORE_AN_ADJECTIVE and forms <= {"VBD", "VBN", "JJ"}


def _a_modals_passive(lower: str, forms: frozenset[str], auxiliaries: list[str]) -> str | None:
    """The tense of a modal's passive: what may yet happen (`may be announced Tuesday`, `should be resolved in
    2018`), or after `could`, `would` or `must` neither past nor future by itself (`could be reached Friday`);
    None for any other verb group."""
    if not (
        "be" in auxiliaries[-2:]
        and set(auxiliaries[-4:]) & tables.ENGLISH_MODALS
        and "VBN" in forms
        and lower not in tables.ENGLISH_INTENT_WORDS
    ):
        return None
    return FUTURE if set(auxiliaries[-4:]) & _MODALS_OF_WHAT_MAY_COME else UNKNOWN


def _looks_ahead(lower: str, forms: frozenset[str], auxiliaries: list[str]) -> bool:
    """A verb group in the future (`will meet`, `'ll be having`, `going to meet`), or a forecast's (`should peak
    Friday`, `may fall on Friday`); `going` is no auxiliary but before `to` (`going down 97-81 on Sunday`, `was
    going home`), and `would not` before a verb of telling is a refusal made then (`would not confirm`)."""
    recent = auxiliaries[-3:]
    if (recent[-2:] == ["would", "not"] or recent[-1:] == ["wouldn't"]) and _lemma_in(lower, _WHAT_ONE_WOULD_NOT_SAY):
        return False  # `Twitter on Wednesday would not confirm whether …`: a refusal, made then
    if any(
        word in tables.ENGLISH_FUTURE_AUXILIARIES and (word != "going" or recent[at + 1 : at + 2] == ["to"])
        for at, word in enumerate(recent)
    ):
        return True
    return lower != "have" and "VB" in forms and _after_a_modal(auxiliaries)


#: Verbs of telling whose `would not` is a refusal already made (`would not comment`, `wouldn't say`).
_WHAT_ONE_WOULD_NOT_SAY = frozenset(
    {"comment", "confirm", "say", "disclose", "discuss", "elaborate", "reveal", "identify", "answer", "specify"}
)


def _after_a_modal(auxiliaries: list[str]) -> bool:
    """Whether a base verb's auxiliaries end in a modal that looks ahead, maybe with an adverb between
    (`should peak`, `may yet fall`); not `could not`, which tells of the past as often (`could not be
    reached Friday`)."""
    if auxiliaries[-1:] and auxiliaries[-1] in tables.ENGLISH_MODALS:
        return True
    return (
        len(auxiliaries) >= 2
        and auxiliaries[-2] in tables.ENGLISH_MODALS
        and (auxiliaries[-1].endswith("ly") or auxiliaries[-1] in _ADVERBS_AFTER_A_MODAL)
    )


def _object_of_a_past_verb(forms: frozenset[str], words: list[tuple[str, int]], index: int, floor: int) -> bool:
    """A word that could only be a present verb (`troops`, `prices`) right after a verb in the past tense
    (`sent`, `raised`) is that verb's object, a noun."""
    if index <= floor or not forms <= {"VBZ", "VBP", "VB"}:
        return False
    previous = words[index - 1][0].lower()
    previous_forms = _verb_forms(previous)
    return (
        "VBD" in previous_forms
        and "JJ" not in previous_forms  # `preferred shares`, `increased prices`: an adjective, maybe
        and previous not in tables.ENGLISH_PAST_AUXILIARIES
        and previous not in tables.ENGLISH_PRESENT_AUXILIARIES
        # `must wait`, `could face`: the modal's own verb; `could be located Wednesday` tells of the past as often
        and (previous not in tables.ENGLISH_MODALS or (previous == "could" and words[index][0].lower() == "be"))
    )


def _infinitive_tense(auxiliaries: list[str]) -> str:
    """`to resume`, `to be completed`: the verb that takes the infinitive decides (`set to resume`)."""
    at = len(auxiliaries) - 1 - auxiliaries[::-1].index("to")
    governing = auxiliaries[at - 1] if at >= 1 else ""
    noun = at >= 2 and auxiliaries[at - 2] in tables.ENGLISH_DETERMINERS  # `a plan to raise`, `the vote to be held`
    if governing in tables.ENGLISH_INTENT_WORDS or _lemma_in(governing, tables.ENGLISH_INTENT_WORDS):
        if set(auxiliaries[max(0, at - 4) : at - 1]) & tables.ENGLISH_PAST_AUXILIARIES:
            return PRESENT  # `was expected to launch on October 15`: an old plan, the nearer date on either side
        return PROSPECT if noun else FUTURE
    if set(auxiliaries[max(0, at - 3) : at - 1]) & tables.ENGLISH_PAST_ORDERS:
        return PROSPECT  # `ordered Stone to appear Thursday`: what was ordered is ahead of the order
    if auxiliaries[at + 1 :] == ["be"] and governing and (noun or not _verb_forms(governing)):
        return PROSPECT  # `a documentary to be shown at the festival on Saturday`, `the vote to be held on Friday`
    return UNKNOWN


def _inflected_tense(lower: str, forms: frozenset[str], auxiliaries: list[str]) -> str | None:
    """The tense a verb's own form says, with the auxiliaries before it."""
    if lower in tables.ENGLISH_INTENT_WORDS and forms & {"VBN", "JJ"} and _be(auxiliaries[-2:]):
        if set(auxiliaries[-2:]) & {"was", "were"}:
            return PRESENT  # `was due in March`, `was scheduled for Friday`: an old plan, the nearer date
        return FUTURE  # `is scheduled for Friday`, `are due`
    if lower == "due" and not auxiliaries:
        return FUTURE  # `Due in Q4 along with its app, …`: a product's, a payment's time to come
    if "VBN" in forms and any(w in ("has", "have", "had", "was", "were", "been") for w in auxiliaries[-2:]):
        return PAST
    if "VBN" in forms and auxiliaries[-1:] and auxiliaries[-1] in ("is", "are", "am", "'re"):
        return PRESENT  # `when the case is heard in May`: a passive in the present
    if lower in tables.ENGLISH_PAST_HOMOGRAPHS and not (auxiliaries[-1:] and auxiliaries[-1] in _BEFORE_A_BASE_FORM):
        return PAST  # `shares fell in mid-March`, `police found the car on Friday`
    if (
        {"VBD", "VBP", "VB"} <= forms
        and lower not in tables.ENGLISH_INTENT_WORDS  # `a summit set for April`: scheduled
        and auxiliaries[-1:]
        and _a_singular_subject(auxiliaries[-1])
    ):
        return PAST  # `the storm hit Florida in March`: in the present a singular subject would say `hits`
    if "VBG" in forms and _be(auxiliaries[-1:]):
        # `are meeting Friday`, `may be coming sooner than June`: to come; `was coming home Friday`: past
        ahead = auxiliaries[-1] in ("is", "are", "am", "'s", "'re") or _after_a_modal(auxiliaries[:-1])
        return FUTURE if ahead else PAST
    if "VBD" in forms and not forms & {"VB", "VBP"}:
        return PAST
    if forms & {"VBZ", "VBP"} and auxiliaries[-1:] and auxiliaries[-1] in tables.ENGLISH_SUBJECT_PRONOUNS:
        return PRESENT  # `they meet Friday`, `which expire Nov. 21`; alone, `position` is as often a noun
    if (
        "VBZ" in forms
        and auxiliaries[-1:]
        and auxiliaries[-1].isalpha()
        and auxiliaries[-1] not in tables.ENGLISH_NOT_BEFORE_A_VERB
        and not (auxiliaries[-2:-1] and auxiliaries[-2] in tables.ENGLISH_NOT_BEFORE_A_VERB - {"the", "a", "an"})
    ):
        # `the vote takes place Saturday`: after a noun, a word in -s is its verb; but not in a phrase
        # (`for health reasons`, `of market shares`)
        return PRESENT
    return None


def _after_a_plural_subject(words: list[tuple[str, int]], index: int, floor: int) -> bool:
    """Right after a word that is no verb and reads as a plural noun (`officials`, `women`), which opens its
    clause or follows a determiner: its subject (`officials meet`); not the end of a compound noun (`the
    global billionaires issue`)."""
    if index - 1 < floor:
        return False
    word = words[index - 1][0].lower()
    if not (
        word in _IRREGULAR_PLURALS
        or (word.endswith("s") and not word.endswith(("ss", "us", "is")) and word.isalpha() and not _verb_forms(word))
    ):
        return False
    before = words[index - 2][0].lower() if index - 2 >= floor else ","
    return before == "," or before in _CLAUSE_BREAK or before in _BEFORE_A_PLURAL_SUBJECT


_IRREGULAR_PLURALS = frozenset({"people", "men", "women", "children", "police"})
_BEFORE_A_PLURAL_SUBJECT = tables.ENGLISH_DETERMINERS | {"many", "most", "few", "several", "both", "all"}
#: Words after which a verb is in its base form (`will fell`, `to found`, `does set`), not a past.
_BEFORE_A_BASE_FORM = (
    tables.ENGLISH_FUTURE_AUXILIARIES | tables.ENGLISH_MODALS | tables.ENGLISH_PRESENT_AUXILIARIES | {"to", "did"}
)
#: Words that make `come` after them a verb (`would come Monday`, `had come`), not `come January 20`.
_AUXILIARIES_OF_COME = _BEFORE_A_BASE_FORM | {"had"}
#: Words before a verb that are no subject of it.
_NO_SUBJECT = (
    tables.ENGLISH_NOT_BEFORE_A_VERB
    | tables.ENGLISH_SUBJECT_PRONOUNS
    | tables.ENGLISH_FUTURE_AUXILIARIES
    | tables.ENGLISH_MODALS
    | {"to", "did", "not", "never"}
)


def _a_singular_subject(word: str) -> bool:
    """A word before a verb that is a singular subject: he, she, it, or a noun not in -s (`the storm`)."""
    lower = word.lower()
    if lower in ("he", "she", "it"):
        return True
    return word.isalpha() and not lower.endswith("s") and lower not in _NO_SUBJECT and not _verb_forms(lower)


def _plans(lower: str, auxiliaries: list[str], words: list[tuple[str, int]], index: int, date_at: int | None) -> bool:
    """`planned a rally Saturday`, `has scheduled a news conference Thursday`, `is planned for May`: a verb
    of planning whose object or complement holds the date. Not `planned on Friday to …`: there the date is
    when the plan was made. `call` plans only what it calls for a day (`called an election for May 8`): police
    called on May 8 came then, and a weekday after what was called for (`called for an investigation in a letter on
    Monday`) is the day of the call."""
    if not _lemma_in(lower, tables.ENGLISH_PLANNING_VERBS):
        return False
    between = [w.lower() for w, _ in words[index + 1 : date_at]] if date_at is not None else []
    if "call" in _verb_lemmas(lower) and (
        "for" not in between
        or (between[-1:] != ["for"] and date_at is not None and words[date_at][0].title() in tables.ENGLISH_WEEKDAYS)
    ):
        return False
    if _be(auxiliaries[-2:]):
        return True
    return date_at is not None and any(w not in tables.ENGLISH_DATE_PREPOSITIONS for w in between)


def _expects(lower: str, forms: frozenset[str], words: list[tuple[str, int]], index: int, date_at: int | None) -> bool:
    """`expect a recurrence in the fall`, `forecasts a rebound next spring`: a verb of expecting, not in the
    past, whose object holds the date looks ahead (`analysts expected a rebound in March` may be past by now)."""
    if date_at is None or forms & {"VBD", "VBN"} or not _lemma_in(lower, tables.ENGLISH_EXPECTING_VERBS):
        return False
    return any(w.lower() not in tables.ENGLISH_DATE_PREPOSITIONS for w, _ in words[index + 1 : date_at])


def _be(words: list[str]) -> bool:
    return any(w in ("is", "are", "am", "was", "were", "be", "been", "'s", "'re") for w in words)


def _preceded_by_determiner(auxiliaries: list[str]) -> bool:
    """`the deal`, `a meet`: a noun that is also a verb."""
    return bool(auxiliaries) and auxiliaries[-1] in tables.ENGLISH_DETERMINERS


def _lemma_in(word: str, lemmas: frozenset[str]) -> bool:
    return bool(word) and any(lemma in lemmas for lemma in _verb_lemmas(word))


@functools.lru_cache(maxsize=65536)
def _verb_lemmas(word: str) -> tuple[str, ...]:
    import lemminflect  # loads its lexicon on first use: only English dates need it

    found = lemminflect.getAllLemmas(word, upos="VERB") or lemminflect.getAllLemmas(word, upos="AUX")
    return tuple(lemma for lemmas in found.values() for lemma in lemmas)


def is_past_verb(word: str) -> bool:
    """Whether a word can be an English verb in the past tense (`declared`, `won`)."""
    return "VBD" in _verb_forms(word.lower())


def is_finite_verb(word: str) -> bool:
    """Whether a word can be a finite English verb (`saw`, `brings`, `were`), as it may after a subject."""
    return bool(_verb_forms(word.lower()) & {"VBD", "VBZ", "VBP", "MD"})


@functools.lru_cache(maxsize=65536)
def _verb_forms(word: str) -> frozenset[str]:
    """The Penn tags this word has as a form of an English verb (`said` {VBD, VBN}); {} for no verb."""
    import lemminflect

    if word in tables.ENGLISH_FUTURE_AUXILIARIES or word in tables.ENGLISH_PRESENT_AUXILIARIES:
        return frozenset({"MD"})
    if word in tables.ENGLISH_PAST_AUXILIARIES:
        return frozenset({"VBD"})
    if word == "due":
        return frozenset({"JJ"})  # `is due in March`, `Due in Q4`: an adjective that works as a verb of intent
    tags: set[str] = set()
    for lemma in _verb_lemmas(word):
        inflections = lemminflect.getAllInflections(lemma, upos="VERB")
        for tag, forms in inflections.items():
            if word in forms:
                tags.add(tag)
        if "VBN" not in inflections and word in inflections.get("VBD", ()):
            tags.add("VBN")  # the lexicon leaves out a participle written like the past (`scheduled`)
    if tags and lemminflect.getAllLemmas(word, upos="ADJ"):
        tags.add("JJ")
    return frozenset(tags)


# --- Chinese -------------------------------------------------------------------------------------------


def _chinese_cue_pattern(
    cues: tuple[str, ...], false_friends: Mapping[str, tuple[str, ...]], false_before: Mapping[str, str]
) -> re.Pattern:
    """The cues as one alternation, each with its guards. What may not stand before a cue is looked behind from
    the cue's end (`了(?<![为除]了)`, not `(?<![为除])了`): an alternation whose branches all start with a
    character is searched by skipping in C to those characters; one branch led by a look-behind makes it try
    every character."""
    parts = []
    for cue in sorted(cues, key=lambda c: (-len(c), c)):
        written = re.escape(cue)
        guard_after = f"(?!{tables.alternation(false_friends[cue])})" if cue in false_friends else ""
        guard_before = f"(?<![{false_before[cue]}]{written})" if cue in false_before else ""
        parts.append(written + guard_before + guard_after)
    return re.compile("|".join(parts))


_CHINESE_FUTURE = _chinese_cue_pattern(
    tables.FUTURE_CUES, tables.FUTURE_CUE_FALSE_FRIENDS, tables.FUTURE_CUE_FALSE_BEFORE
)
_CHINESE_WILL = re.compile(
    _chinese_cue_pattern(
        tables.CHINESE_MODAL_WILL,
        dict.fromkeys(tables.CHINESE_MODAL_WILL, tables.CHINESE_MODAL_WILL_FALSE_FRIENDS),
        dict.fromkeys(tables.CHINESE_MODAL_WILL, tables.CHINESE_MODAL_WILL_FALSE_BEFORE),
    ).pattern
    + "(?=[\u4e00-\u9fff])"  # before a verb
)
_CHINESE_PAST = _chinese_cue_pattern(
    tables.CHINESE_PAST_CUES, tables.CHINESE_PAST_CUE_FALSE_FRIENDS, tables.CHINESE_PAST_CUE_FALSE_BEFORE
)
_SINCE = ("自", "自从", "自從", "从", "從")
#: Right before a date, a putting off to it (`推迟至`, `推遲三個月至`, `延期到`).
_PUT_OFF_TO = re.compile(r"(?:推迟|推遲|延后|延後|延期|顺延|順延|押后|押後)[^，,。；;！？!?]{0,8}?[至到]$")


_SEE_YOU_THEN = re.compile(r"见(?:[!！。？?，,\s”」]|$)")
_CHINESE_SAYING = re.compile("|".join(tables.CHINESE_SAYING_VERBS))
_CLAUSE_MARKS = re.compile(f"[{re.escape(tables.CLAUSE_PUNCTUATION)}]")
#: From where it is matched, all up to the last clause mark: where the clause before a date opens, found in C by
#: backing up from the date rather than by going through every mark of the sentence.
_UP_TO_THE_LAST_CLAUSE_MARK = re.compile(f"[\\s\\S]*{_CLAUSE_MARKS.pattern}")
_HAN = re.compile("[\u4e00-\u9fff]")


def chinese_tense(text: str, start: int, end: int, sentence_start: int, sentence_end: int) -> str:
    """Future when the clause holding the date says so (`将于12月23日`), past when it says that (`已`, `了`).

    A date that is a clause of its own (`12月9日，平台收到报告`) takes the tense of the clause after it.
    """
    if _SEE_YOU_THEN.match(text, end):
        return FUTURE  # 周一见, 明天见: see you then
    if text.startswith(tables.INCIDENT_NAMES, end):
        return PAST  # `为12月14日慘案中遇難的受害者`: an incident named by its day is past, whatever is done now
    if _PUT_OFF_TO.search(text, max(sentence_start, start - 16), start):
        return FUTURE  # `將其開始日期推遲三個月至10月1日`: the day a thing is put off to is ahead
    last_mark = _UP_TO_THE_LAST_CLAUSE_MARK.match(text, sentence_start, start)
    opened = last_mark.end() if last_mark else sentence_start
    closing = _CLAUSE_MARKS.search(text, end, sentence_end)
    window_end = closing.start() if closing else sentence_end
    if text.endswith(_SINCE, opened, start) and "以来" in text[end:window_end]:
        return PAST  # 自1月23日离汉通道关闭以来: since then
    if closing and len(_HAN.findall(text, opened, start)) + len(_HAN.findall(text, end, window_end)) <= 2:
        following = _CLAUSE_MARKS.search(text, closing.end(), sentence_end)
        window_end = following.start() if following else sentence_end
    cues = _CHINESE_FUTURE.finditer(text, opened, window_end)
    cue = next((match for match in cues if not in_a_title(text, sentence_start, match.start())), None)  # 《…计划》
    if cue:
        # 将于12月23日, 计划3月1日上线, 12月30日，公司将举行: the cue is the date's own;
        # 3月8日，银行宣布计划融资: it is not
        if cue.start() >= end and _CHINESE_SAYING.search(text, end, cue.start()):
            return UNKNOWN  # 7月2日晚回应称将严查: the future is what was said that day
        if _own_cue(text, start, end, cue):
            return FUTURE
        # 3月19日，发改委下发了…行动计划的通知: the past said first is the date's own
        return PAST if _CHINESE_PAST.search(text, opened, cue.start()) else PROSPECT
    if _CHINESE_PAST.search(text, opened, window_end):
        return PAST
    # 週六會靠近: the modal of a forecast, when it is the date's own (会 ends many names: 证监会, 演唱会)
    clause = text[opened:window_end]
    if any(will in clause for will in tables.CHINESE_MODAL_WILL) and any(
        _own_cue(text, start, end, will) for will in _CHINESE_WILL.finditer(text, opened, window_end)
    ):
        return FUTURE
    return UNKNOWN


def _own_cue(text: str, start: int, end: int, cue: re.Match) -> bool:
    """Whether a cue is the date's own: right before it (`将于12月23日`) or at most CHINESE_CUE_REACH
    characters after it (`12月30日，公司将举行`)."""
    return (
        cue.end() <= start
        and start - cue.end() <= CHINESE_CUE_REACH
        or cue.start() >= end
        and len(_HAN.findall(text, end, cue.start())) <= CHINESE_CUE_REACH
    )


#: How many characters may stand between a date and the future cue that is its own (`将于`, `公司将`).
CHINESE_CUE_REACH = 4
