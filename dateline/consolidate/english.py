"""English verbs as a headline needs them: forms from lemminflect, never from hand-written tables.

A headline keeps the verb as the source wrote it, except for one change news style
asks for and that is safe: the main verb, right after its subject, in the present
tense ("Apache released Log4j 2.15.0" -> "Apache releases Log4j 2.15.0"). Anything
less certain (a participle after a noun, a subject whose number is unclear, a verb
lemminflect does not know) is left as written.
"""

from __future__ import annotations

import functools
import re

from .headline_words import (
    ADVERBS_EN,
    AUXILIARIES_EN,
    CLAUSE_WORDS_EN,
    NOT_BEFORE_VERB_EN,
    REPORTING_VERBS_EN,
    SUBJECT_PREPOSITIONS_EN,
)

_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")


@functools.cache
def _lemmas(word: str) -> dict:
    from lemminflect import getAllLemmas  # its tables load on first use: 0.3 s, once per process

    return getAllLemmas(word)


@functools.cache
def _inflections(lemma: str, tag: str) -> tuple[str, ...]:
    from lemminflect import getInflection

    return tuple(getInflection(lemma, tag=tag) or ())


def preload() -> None:
    """Load lemminflect's tables now: processes forked after this share them instead of each loading its own."""
    _lemmas("released")
    _inflections("release", "VBD")


@functools.cache
def verb_forms(verb: str) -> frozenset[str]:
    """Every inflection of a verb, or of the verb of a phrase ("take effect" -> "took effect")."""
    head, _, rest = verb.partition(" ")
    tail = " " + rest if rest else ""
    forms = {head}
    for tag in ("VBD", "VBN", "VBZ", "VBG", "VBP"):
        forms.update(_inflections(head, tag))
    return frozenset(form + tail for form in forms)


def _base_for(word: str, tag: str) -> str:
    lower = word.lower()
    for lemma in _lemmas(lower).get("VERB", ()):
        if lower in _inflections(lemma, tag):
            return lemma
    return ""


def past_base(word: str) -> str:
    """The verb whose simple past `word` is ('' if it is none): "released" -> "release"."""
    return _base_for(word, "VBD")


def participle_base(word: str) -> str:
    """The verb whose past participle `word` is ('' if it is none): "chosen" -> "choose"."""
    return _base_for(word, "VBN")


def base_verb(word: str) -> str:
    """The word itself if it is a verb's base form and no noun ("adopt", not "report"), else ''."""
    lower = word.lower()
    lemmas = _lemmas(lower)
    return lower if lower in lemmas.get("VERB", ()) and "NOUN" not in lemmas else ""


def is_verb(word: str) -> bool:
    """Whether lemminflect reads the word as a form of some verb."""
    return "VERB" in _lemmas(word.lower())


def is_present_verb(word: str) -> bool:
    """A third-person present form that is not also a plural noun ("illustrates", not "reports")."""
    lower = word.lower()
    lemmas = _lemmas(lower)
    return bool(_base_for(lower, "VBZ")) and "NOUN" not in lemmas


def is_finite_verb(word: str) -> bool:
    """A word that can be the predicate of a clause: an auxiliary, a past or a present form."""
    lower = word.lower()
    return lower in AUXILIARIES_EN or bool(past_base(lower) or _base_for(lower, "VBZ") or _base_for(lower, "VBP"))


def is_adjective(word: str) -> bool:
    """A word that is only an adjective ("brightest"): what follows it is a noun, not a verb."""
    lemmas = _lemmas(word.lower())
    return "ADJ" in lemmas and "VERB" not in lemmas and "NOUN" not in lemmas


def is_unknown_word(word: str) -> bool:
    """A word lemminflect has no reading of (a coinage, a name, a typo)."""
    return word.isalpha() and not _lemmas(word.lower())


def _is_plural_noun(word: str) -> bool | None:
    """True for a plural common noun, False for a singular one, None when lemminflect cannot tell."""
    lower = word.lower()
    nouns = _lemmas(lower).get("NOUN")
    if not nouns:
        return None
    return all(noun != lower for noun in nouns)


#: A subject's head that is plural whatever follows it (`Both of those amounts`).
_PLURAL_QUANTIFIERS = frozenset(("both", "many", "several", "few"))
#: A time adverbial that ends a subject (`The first rolling blackouts this time`): not its head.
_TRAILING_TIME = re.compile(
    r"\s+(?:this|that|last|next)\s+(?:time|year|week|month|day|morning|afternoon|evening|night|weekend)\s*$", re.I
)


def agree(base: str, subject: str) -> str:
    """The present form of `base` for `subject`, or '' when the subject's number is unclear."""
    subject = _TRAILING_TIME.sub("", subject)  # "the first rolling blackouts this time": blackouts agree
    words = [w for w in subject.split() if not (w.endswith("ly") and w[0].islower()) and w not in ADVERBS_EN]
    if not words or ("," in subject and " and " not in subject):
        return ""  # "a company, based in Basel": an apposition, not a subject whose verb this is
    head_index = next(
        (i - 1 for i, w in enumerate(words) if i and w.lower() in SUBJECT_PREPOSITIONS_EN), len(words) - 1
    )
    head_phrase = words[: head_index + 1]
    if words[0].lower() in ("they", "we", "i", "you") or any(w.lower() in _PLURAL_QUANTIFIERS for w in head_phrase):
        return _present(base, plural=True)  # "both of those amounts fall"
    if any(w.lower() == "and" for w in words) or any(w.endswith(",") for w in head_phrase):
        # "MIIT, CAC and MPS issue"; but "president and CEO Louis Gallois" is one person: unclear
        names_only = all(w[0].isupper() or w.lower() == "and" for w in words)
        return _present(base, plural=True) if names_only else ""
    head = head_phrase[-1].rstrip(",")
    if head.isupper() or (head[0].isupper() and head_index > 0) or not head.lower().endswith("s"):
        return _present(base, plural=False)  # an acronym, a name, a singular noun
    if head[0].isupper() and len(head_phrase) == 1 and is_verb(head):
        return ""  # "Jobs said": a surname or a plural ("Stocks"), the capital says nothing at the start
    plural = _is_plural_noun(head)
    if plural is None:
        return ""  # "Reuters": a name, or a noun lemminflect does not know
    return _present(base, plural=plural)


def _present(base: str, plural: bool) -> str:
    if base == "be":
        return ""
    forms = _inflections(base, "VBP" if plural else "VBZ")
    return forms[0] if forms else ""


def present_tense(headline: str) -> str:
    """An English headline's main verb in the present tense, where that is safe.

    "X released Y" -> "X releases Y"; "X has released" -> "X releases"; "X was
    suspended" -> "X suspended"; "X will open" -> "X to open"; a verb joined by
    "and" follows the first. A headline whose main verb is already in the present,
    a participle ("strategies adopted by Boeing"), or a subject whose number is
    unclear keeps its verbs as written.
    """
    words = list(_WORD.finditer(headline))
    for index, word in enumerate(words[1:], start=1):
        text = word.group(0)
        lower = text.lower()
        previous = words[index - 1].group(0).lower()
        following = words[index + 1] if index + 1 < len(words) else None
        if text[0].isupper():
            continue  # part of a name
        if previous in NOT_BEFORE_VERB_EN and lower.endswith("ed"):
            continue  # "the newly released version": a participle that describes a noun
        subject = headline[: word.start()].strip()
        if lower in ("was", "were", "is", "are", "had", "has", "have") and following:
            return _auxiliary_dropped(headline, words, index, subject)
        if lower == "will" and following:
            return headline[: word.start()] + "to" + headline[word.end() :]
        if lower in AUXILIARIES_EN or is_present_verb(lower) or lower in CLAUSE_WORDS_EN:
            return headline  # the main verb is already in the present, or a clause of its own begins
        base = past_base(lower)
        if base and following is not None and following.group(0).lower() == "by":
            continue  # "the strategies adopted by Boeing": a participle, not the main verb
        if base and following is not None and _finite_be_or_have_later(words, index, following):
            continue  # "the rise in deaths announced in New York on Friday was 777": the main verb is later
        if base:
            return _in_the_present(headline, word, base, subject)
        if len(lower) > 4 and lower.endswith("ed"):
            return headline
    return headline


def _auxiliary_dropped(headline: str, words: list[re.Match], index: int, subject: str) -> str:
    """`was suspended` -> `suspended`, `has released` -> `releases`, `has been fined` -> `fined`; the headline
    as it is when the auxiliary is not followed by a participle."""
    word, following = words[index], words[index + 1]
    lower, second = word.group(0).lower(), following.group(0).lower()
    if lower in ("has", "have"):
        if second == "been" and index + 2 < len(words) and participle_base(words[index + 2].group(0)):
            return headline[: word.start()] + headline[words[index + 2].start() :]
        base = participle_base(second)
        present = agree(base, subject) if base else ""
        return headline[: word.start()] + present + headline[following.end() :] if present else headline
    participle = following
    if second in ADVERBS_EN and index + 2 < len(words):
        participle = words[index + 2]
    if participle_base(participle.group(0)):
        return headline[: word.start()] + headline[following.start() :]
    return headline


#: After a participle that describes the noun before it, a preposition (`announced in New York`).
_AFTER_A_PARTICIPLE = frozenset(("in", "on", "at", "for", "from", "to", "with", "during", "after", "last", "this"))


def _finite_be_or_have_later(words: list[re.Match], index: int, following: re.Match) -> bool:
    """Whether the past form at words[index] describes the noun before it: a preposition follows it, and a
    finite `was`, `were`, `is`, `are`, `has`, `have` or `had` comes later in the clause."""
    if following.group(0).lower() not in _AFTER_A_PARTICIPLE:
        return False
    for later in words[index + 2 :]:
        text = later.group(0).lower()
        if text in ("that", "which", "who", "and", "but", "the", "a", "an", "its", "their", "his", "her"):
            return False  # a clause of its own, or the object, comes first: `announced on Friday the plan was`
        if text in ("was", "were", "is", "are", "has", "have", "had"):
            return True
    return False


def _in_the_present(headline: str, word: re.Match, base: str, subject: str) -> str:
    """The headline with its main verb (in the past; `base` its base form) in the present, and a verb joined
    to it by `and` too; the headline as it is when the subject's number is unclear."""
    present = agree(base, subject)
    if not present:
        return headline
    rest = headline[word.end() :]
    if base in REPORTING_VERBS_EN:
        rest = re.sub(r"^(?: (?:on|in) [\w.]+)? that\b", "", rest)

    def joined(match: re.Match) -> str:
        verb = match.group(1)
        verb_base = past_base(verb)
        return (agree(verb_base, subject) or verb) if verb_base else verb

    rest = re.sub(r"(?<=\band )([a-z]+)\b", joined, rest, count=1)
    return headline[: word.start()] + present + rest
