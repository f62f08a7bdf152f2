"""Regular expressions made from word tables: the one way dateline joins words into an alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A group matching any of `words` as written, the longest one where several could match.

    The words are written as a trie (`上(?:一|个)?` rather than `上一|上个|上`): `re` tries an alternation's
    branches one by one, so a long list tried at every word of a text costs a step per word; the trie
    costs one step per character that the words share.
    """
    trie: dict = {}
    for word in set(words):
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _trie_pattern(trie) + ")"


def _trie_pattern(node: dict) -> str:
    branches = [re.escape(char) + _trie_pattern(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body
