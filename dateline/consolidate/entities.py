"""Entities in text: where the entity table's names are, as news writes them.

An alias is found on word boundaries in any script and through possessives;
a person named in full is then named by surname, and by `he`/`she` (他/她) in
the sentences right after, as news writes about people.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict

from ..model import Entity
from .text import CJK, is_latin_word_char, to_simplified

_POSSESSIVE_GAP = re.compile(r"(?:['’]s?)?\s+")


def _latin_alias(alias: str) -> str:
    """A Latin-script alias on word boundaries, its words apart as writers set them: `Beatles' Apple Corps`
    and `the Beatles's Apple Corps` name the entity `Beatles Apple Corps` (the possessive is left out of it)."""
    first, *rest = [re.escape(word) for word in alias.split(" ")]
    # the literal comes first (the regex engine then skips where no alias starts), the boundary after it
    pattern = rf"{first}(?<![a-z0-9]{first})" + "".join(rf"(?:['’]s?)?\s+{word}" for word in rest)
    return pattern + r"(?![a-z0-9])"


#: A person's pronoun as the subject or owner of a sentence's act (not `they`: it is as often a company).
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b|[他她](?![们們])")
#: Two capitalised words: perhaps a person's name.
_NAME_LIKE = re.compile(r"\b[A-Z][a-z]+ [A-Z][a-z]+\b")
#: How far back the person a pronoun stands for is looked for: two or three sentences.
_ANTECEDENT_REACH = 400
_SENTENCE_END = re.compile(r"(?:[。！？]|[.!?](?=\s))[”’\"」]?\s*")


#: A surname as news writes it after the full name: a capitalised word, not run on into another one.
_SURNAME = r"(?<![\w.-]){}(?![\w-])(?!\s+[A-Z])"


class EntityMatcher:
    """Finds entity aliases in text: longest alias first, Latin ones on word boundaries.

    News names a person in full once, then by surname: in an article that names a person entity in
    full, the surname alone (`Jobs`, capitalised, not run on into another capitalised word) names it too.
    """

    def __init__(self, entities: tuple[Entity, ...]):
        self._entity_of_alias: dict[str, str] = {}
        surnames: dict[str, set[str]] = defaultdict(set)
        self._person_names = {entity.id: entity.names for entity in entities if entity.kind == "person"}
        for entity in entities:
            for name in entity.names:
                self._entity_of_alias.setdefault(self._fold(name), entity.id)
                words = name.split()
                if entity.kind == "person" and len(words) > 1 and re.fullmatch(r"[A-Z][a-z'’-]+", words[-1]):
                    surnames[words[-1]].add(entity.id)
        # a surname two persons share names neither
        self._surname_of = {next(iter(ids)): surname for surname, ids in surnames.items() if len(ids) == 1}
        self._surnames = {
            entity_id: re.compile(_SURNAME.format(re.escape(surname)))
            for entity_id, surname in self._surname_of.items()
        }
        aliases = sorted(self._entity_of_alias, key=lambda a: (-len(a), a))
        self._longest = len(aliases[0]) if aliases else 0
        # headline writing asks about the same clauses many times
        self._leading_name = functools.lru_cache(maxsize=1 << 16)(self._leading_name_uncached)
        # Every alternative starts with its literal (the word-boundary lookbehind follows it), so the regex
        # engine skips the positions where no alias can start: ten times faster than a leading lookbehind.
        parts = [_latin_alias(a) if re.match(r"^[a-z0-9 .-]+$", a) else re.escape(a) for a in aliases]
        self._pattern = re.compile("|".join(parts)) if parts else None

    @staticmethod
    def _fold(text: str) -> str:
        return to_simplified(text).lower()

    def _entity_of(self, written: str) -> str:
        """The entity of a name as the pattern found it (`beatles' apple corps` is `beatles apple corps`)."""
        return self._entity_of_alias.get(written) or self._entity_of_alias[_POSSESSIVE_GAP.sub(" ", written)]

    def leading_name(self, text: str) -> str:
        """The entity name a text starts with, as written there, or ''."""
        return self._leading_name(text)

    def _leading_name_uncached(self, text: str) -> str:
        """The entity name a text starts with, as written there, or ''."""
        if self._pattern is None:
            return ""
        match = self._pattern.match(self._fold(text[: self._longest + 1]))
        return text[: match.end()] if match else ""

    def names_in(self, text: str) -> list[tuple[int, str]] | None:
        """(offset, name as written) of every name in text, left to right, longest first, none starting
        inside a Latin word; None if folding changed the text's length, so offsets would not carry over."""
        if self._pattern is None:
            return []
        folded = self._fold(text)
        if len(folded) != len(text):
            return None
        found, at = [], 0
        while match := self._pattern.search(folded, at):
            start = match.start()
            if start and is_latin_word_char(text[start - 1]) and is_latin_word_char(text[start]):
                at = start + 1
                continue
            found.append((start, text[start : match.end()]))
            at = match.end()
        return found

    def find(self, text: str, named_in_full: frozenset[str] = frozenset()) -> tuple[str, ...]:
        """Ids of the entities named in text, in order of first appearance; the persons of named_in_full
        (`persons_named` of the whole article) by their surnames too."""
        if self._pattern is None:
            return ()
        found = [(m.start(), self._entity_of(m.group(0))) for m in self._pattern.finditer(self._fold(text))]
        for entity_id in named_in_full & self._surnames.keys():
            if match := self._surnames[entity_id].search(text):
                found.append((match.start(), entity_id))
        return tuple(dict.fromkeys(entity_id for _, entity_id in sorted(found)))

    def name_for(self, person: str, language: str) -> str:
        """How a headline in language names a person after the first mention: the surname in English
        (`Jobs`), else the first name of the table written in the language's script; '' for no one."""
        if not person:
            return ""
        if language.startswith("en"):
            if person in self._surnames:
                return self._surname_of[person]
            return next((name for name in self._person_names[person] if not CJK.search(name)), "")
        return next((name for name in self._person_names[person] if CJK.search(name)), self._person_names[person][0])

    def persons_named(self, text: str) -> frozenset[str]:
        """The persons named in full in text, whose surnames and pronouns then name them in its sentences."""
        if not self._person_names:
            return frozenset()
        return frozenset(entity_id for entity_id in self.find(text) if entity_id in self._person_names)

    def antecedent(self, text: str, sentence_start: int, sentence: str, named_in_full: frozenset[str]) -> str:
        """The person a `he`/`she` (他/她) of a sentence that names no person stands for: the person named
        last in the sentences just before it, if that is one of named_in_full and nobody who might be a person
        has been named since; else ''."""
        if not named_in_full or not (pronoun := _PRONOUN.search(sentence)):
            return ""
        if any(entity_id in self._person_names for entity_id in self.find(sentence[: pronoun.start()], named_in_full)):
            return ""  # `Steve Jobs said he …`: named in the sentence already
        if _NAME_LIKE.search(sentence, 0, pronoun.start()):
            return ""  # `Tim Cook said his company …`: someone the table does not know may be meant
        before = text[max(0, sentence_start - _ANTECEDENT_REACH) : sentence_start] + sentence[: pronoun.start()]
        assert self._pattern is not None  # there are persons
        named = [  # he and she stand for persons: the organisations named meanwhile do not count
            (match.start(), entity_id)
            for match in self._pattern.finditer(self._fold(before))
            if (entity_id := self._entity_of(match.group(0))) in self._person_names
        ]
        named += [
            (match.start(), entity_id)
            for entity_id in named_in_full & self._surnames.keys()
            for match in self._surnames[entity_id].finditer(before)
        ]
        if not named:
            return ""
        at, last = max(named)
        if last not in named_in_full:
            return ""  # the last named is another person
        after = _SENTENCE_END.search(before, at)  # names in its own sentence are its company, title, …
        if after and _NAME_LIKE.search(before, after.end()):
            return ""  # someone else may have been named since
        return last
