"""Names in headlines: where the entity table's names are in a text, and which name the same thing."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from .headline_words import NAME_WINDOW
from .text import CJK, fold, is_latin_word_char

#: (offset, name as written) of every name in a text, left to right, longest first, none starting inside a
#: Latin word; None when it cannot tell offsets in the text as written.
NameFinder = Callable[[str], "list[tuple[int, str]] | None"]


class Names:
    """What the entity table says about names: where they are, and which name the same thing."""

    def __init__(
        self,
        leading_name: Callable[[str], str],
        count_entities: Callable[[str], int],
        find_names: NameFinder | None = None,
    ):
        self.leading_name = leading_name
        self.count_entities = count_entities
        self.find_names = find_names
        self._outer: dict[str, list[tuple[int, str]]] = {}
        self._inner: dict[str, list[tuple[int, str]]] = {}
        self._same: dict[tuple[str, str], bool] = {}

    def outer(self, text: str) -> list[tuple[int, str]]:
        """(offset, name) of every name in the text, longest first, left to right."""
        if text not in self._outer:
            found = self.find_names(text) if self.find_names else None
            self._outer[text] = self.outer_by_position(text) if found is None else found
        return self._outer[text]

    def outer_by_position(self, text: str) -> list[tuple[int, str]]:
        """outer() asking leading_name at each position where a name could start."""
        found, at = [], 0
        while at < len(text):
            if at and is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]):
                at += 1
                continue
            name = self.leading_name(text[at : at + NAME_WINDOW])
            if name:
                found.append((at, name))
                at += len(name)
            else:
                at += 1
        return found

    def inner(self, name: str) -> list[tuple[int, str]]:
        """(offset, name) of the shorter names inside a name: 工信部 in 工信部网络安全管理局."""
        if name in self._inner:
            return self._inner[name]
        found = []
        for at in range(len(name)):
            if at and is_latin_word_char(name[at - 1]) and is_latin_word_char(name[at]):
                continue
            part = self.leading_name(name[at : len(name) if at else len(name) - 1])
            end = at + len(part)
            if (
                part
                and len(part) < len(name)
                and not (end < len(name) and is_latin_word_char(name[end - 1]) and is_latin_word_char(name[end]))
            ):
                found.append((at, part))
        self._inner[name] = found
        return found

    def ending_at(self, text: str, end: int) -> int | None:
        """Where the longest name that ends at `end` starts, or None."""
        for at in range(max(0, end - 60), end):
            if at and is_latin_word_char(text[at - 1]) and is_latin_word_char(text[at]):
                continue
            if self.leading_name(text[at:end]) == text[at:end]:
                return at
        return None

    def pools(self, texts: Iterable[str]) -> tuple[frozenset[str], frozenset[str]]:
        """The names texts use: as they stand, and with the names inside them too."""
        standing, every = set(), set()
        for text in texts:
            for _, name in self.outer(text):
                standing.add(name)
                every.add(name)
                every.update(part for _, part in self.inner(name))
        return frozenset(standing), frozenset(every)

    def same(self, one: str, other: str) -> bool:
        """Whether two different names name one entity."""
        key = (one, other)
        if key not in self._same:
            self._same[key] = one != other and self.count_entities(one + "\n" + other) == 1
        return self._same[key]

    def shorter(self, name: str, pool: Iterable[str]) -> str:
        """The shortest name in pool, in the same script, that names what `name` names."""
        script = bool(CJK.search(name))
        options = [n for n in pool if len(n) < len(name) and bool(CJK.search(n)) == script and self.same(name, n)]
        return min(options, key=lambda n: (len(n), n)) if options else name

    def shorten(self, text: str, pools: tuple[frozenset[str], frozenset[str]]) -> str:
        """Each name in text replaced by a shorter name of the same entity that the source uses.

        A name inside a longer name is replaced only when the result is itself a
        known name (工业和信息化部网络安全…平台 -> 工信部网络安全…平台).
        """
        standing, every = pools
        for at, name in reversed(self.outer(text)):
            better = self.shorter(name, standing)
            if better == name:
                for inner_at, part in reversed(self.inner(name)):
                    short = self.shorter(part, every)
                    candidate = name[:inner_at] + short + name[inner_at + len(part) :]
                    if short != part and self.leading_name(candidate) == candidate:
                        better = candidate
                        break
            text = text[:at] + better + text[at + len(name) :]
        return text

    def drop_repeated_possessive(self, text: str) -> str:
        """ "阿里云被暂停…阿里云的合作单位资格" -> "…合作单位资格": the subject's own, said once."""
        found = self.outer(text)
        for number in range(len(found) - 1, 0, -1):
            at, name = found[number]
            if fold(text[at + len(name) : at + len(name) + 1]) == "的" and any(
                n == name or self.same(name, n) for _, n in found[:number]
            ):
                text = text[:at] + text[at + len(name) + 1 :]
        return text

    def repeated(self, text: str) -> int:
        """How many names in text name again an entity named before them, also inside a longer
        name (工信部 … 工信部网络安全威胁信息共享平台)."""
        groups = [{name, *(part for _, part in self.inner(name))} for _, name in self.outer(text)]
        return sum(
            1
            for i, group in enumerate(groups)
            if any(a == b or self.same(a, b) for earlier in groups[:i] for a in earlier for b in group)
        )
