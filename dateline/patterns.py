"""Regular expressions made from word tables: the one way dateline joins words into an alternation."""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A group matching any of `words` as written, longest first so that the longest word wins."""
    return "(?:" + "|".join(re.escape(word) for word in sorted(set(words), key=lambda w: (-len(w), w))) + ")"
