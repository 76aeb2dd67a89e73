"""Keep the tokenizer linear on long runs without spaces.

spaCy strips suffixes one at a time, and each strip searches the whole
remaining chunk with ``suffix_search`` (patterns anchored at ``$``, which
``re.search`` tries from every position). A chunk of n characters with n/2
closing marks, "((((…))))" from a scraped page, cost O(n²): ten thousand
nested brackets took 45 s to tokenize. Suffixes are short, so searching the
last ``SUFFIX_REACH`` characters finds the same match (same offsets; a
search from ``pos`` still sees the characters before it for lookbehinds).
"""
from __future__ import annotations

import re

from spacy.language import Language

#: no suffix pattern of the English tokenizer matches more than a few characters
#: (a longer run of dots is split into several tokens instead of one)
SUFFIX_REACH = 64


class TailSearch:
    """``rx.search(text)`` for ``$``-anchored suffix patterns, reading only the end of ``text``.

    ``__self__`` is the compiled pattern, as on a bound ``re.Pattern.search``, so spaCy
    serialises the tokenizer's suffix patterns as before.
    """

    def __init__(self, rx: re.Pattern[str], reach: int = SUFFIX_REACH) -> None:
        self.__self__ = rx
        self.reach = reach

    def __call__(self, text: str) -> re.Match[str] | None:
        return self.__self__.search(text, max(0, len(text) - self.reach))


def bound_suffix_search(nlp: Language) -> None:
    """Give ``nlp``'s tokenizer a suffix search that reads only the end of a chunk."""
    search = nlp.tokenizer.suffix_search
    rx = getattr(search, "__self__", None)
    if isinstance(rx, re.Pattern) and not isinstance(search, TailSearch):
        nlp.tokenizer.suffix_search = TailSearch(rx)
