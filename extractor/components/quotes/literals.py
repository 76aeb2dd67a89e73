"""The strings a pattern's matches need, tested on a sentence cheaply.

A sentence pattern of ``indirect`` is tried only on a sentence that holds one string of each
set its matches need (``prefilter.required_literals``: its cue words). Some 25 sets serve 24
patterns, and one sentence is tested against all of them, so the test runs often:

- equal sets are made one object (``shared_sets``), so that the answers kept for a sentence
  are found by identity, not by comparing sets of 70 strings;
- each set is searched with ``map`` over ``str.__contains__``, with no Python frame per string.

``may_match`` answers as ``prefilter.may_match`` does."""
from __future__ import annotations

import re

from ..claims.prefilter import Needed, required_literals


def shared_sets(patterns: dict[str, re.Pattern[str]]) -> dict[str, Needed]:
    """``required_literals`` of each pattern by id, equal sets one object."""
    same: dict[frozenset[str], frozenset[str]] = {}
    return {rule_id: tuple(same.setdefault(words, words) for words in required_literals(rx))
            for rule_id, rx in patterns.items()}


def may_match(needed: Needed, text: str, known: dict[frozenset[str], bool]) -> bool:
    """False only when ``text`` lacks every string of one set of ``needed``; ``known``: the
    answers for this same ``text`` found so far, by set."""
    holds = text.__contains__
    for words in needed:
        held = known.get(words)
        if held is None:
            held = known[words] = any(map(holds, words))
        if not held:
            return False
    return True
