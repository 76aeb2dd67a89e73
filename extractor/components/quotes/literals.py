"""The strings a pattern's matches need, tested on a sentence cheaply.

A sentence pattern of ``indirect`` is tried only on a sentence that holds one string of each
set its matches need (``prefilter.required_literals``: its cue words). Some 25 sets serve 24
patterns, and one sentence is tested against all of them, so the test runs often:

- equal sets are made one object (``shared_sets``), so that the answers kept for a sentence
  are found by identity, not by comparing sets of 70 strings;
- ``prefilter.may_match`` keeps the answers found for a sentence by set and searches each set
  with ``map`` over ``str.__contains__``, with no Python frame per string."""
from __future__ import annotations

import re

from ..claims.prefilter import Needed, required_literals


def shared_sets(patterns: dict[str, re.Pattern[str]]) -> dict[str, Needed]:
    """``required_literals`` of each pattern by id, equal sets one object."""
    same: dict[frozenset[str], frozenset[str]] = {}
    return {rule_id: tuple(same.setdefault(words, words) for words in required_literals(rx))
            for rule_id, rx in patterns.items()}
