"""Matching: one pass of each compiled rule over the text, inside the windows
its gate opens; a match whose context a rule refuses is dropped; absolute matches
are resolved at once; where candidates overlap the longest wins.

``Matching`` is a mixin of the component: it reads ``patterns``, ``gates``, ``gate_needs``,
``words``, ``window_chars`` and ``context_chars`` from ``self``."""
from __future__ import annotations

import re
from datetime import date
from typing import Iterator

from ..claims.prefilter import may_match
from .models import Candidate, PeriodRule, Skip
from .resolvers import ANCHOR_KINDS, NOT_PERIOD, RESOLVERS
from .resolvers.context import Context


class Matching:
    """Every non-overlapping period candidate of a text (see the module docstring)."""

    def match(self, text: str, published: date | None, precision: str = "day") -> list[Candidate]:
        """Every non-overlapping period candidate in ``text``, in text order."""
        ctx = Context(self.words, published, precision)
        found: list[Candidate] = []
        windows = self._gate_windows(text)
        for order, rule in enumerate(self.patterns):
            for m in self._scan(rule, text, windows.get(rule.gate)):
                start, end = m.span("p") if "p" in rule.regex.groupindex else m.span()
                if start < 0 or start == end or not self._context_ok(rule, text, start, end):
                    continue
                groups = m.groupdict()
                resolution = None
                if rule.kind not in ANCHOR_KINDS and rule.kind != NOT_PERIOD:
                    try:
                        resolution = RESOLVERS[rule.kind](groups, rule.params, ctx)
                    except (Skip, ValueError, TypeError, KeyError):
                        continue  # odd input degrades one finding, never the release
                found.append(Candidate(start, end, order, rule, groups, resolution))
        return [cand for cand in self._settle_overlaps(found) if cand.rule.kind != NOT_PERIOD]

    def _gate_windows(self, text: str) -> dict[str | None, list[tuple[int, int]]]:
        """For each gate, the merged text windows around its hits (one scan per gate; none where
        the text lacks the strings every hit holds)."""
        lower = text.lower()
        reach = self.window_chars
        out: dict[str | None, list[tuple[int, int]]] = {None: [(0, len(text))]}
        known: dict[frozenset[str], bool] = {}
        for key, gate in self.gates.items():
            merged: list[tuple[int, int]] = []
            out[key] = merged
            if not may_match(self.gate_needs[key], lower, known):
                continue
            for hit in gate.finditer(lower):
                lo, hi = max(0, hit.start() - reach), min(len(text), hit.end() + reach)
                if merged and lo <= merged[-1][1]:
                    merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
                else:
                    merged.append((lo, hi))
        return out

    @staticmethod
    def _scan(rule: PeriodRule, text: str, windows: list[tuple[int, int]] | None) -> Iterator[re.Match[str]]:
        """Matches of a rule inside its windows. Each hit is matched again on the whole
        text at the same start, so a window's end never cuts a match or its lookahead."""
        if windows is None:
            windows = [(0, len(text))]
        for lo, hi in windows:
            pos = lo
            while pos < hi:
                m = rule.regex.search(text, pos, hi)
                if m is None:
                    break
                full = m if hi == len(text) else rule.regex.match(text, m.start())
                if full is not None and full.end() > full.start():
                    yield full
                    pos = full.end()
                else:
                    pos = m.start() + 1

    def _context_ok(self, rule: PeriodRule, text: str, start: int, end: int) -> bool:
        if rule.not_before and rule.not_before.search(text[max(0, start - self.context_chars):start]):
            return False
        if rule.not_after and rule.not_after.match(text, end, min(len(text), end + self.context_chars)):
            return False
        return True

    @staticmethod
    def _settle_overlaps(found: list[Candidate]) -> list[Candidate]:
        """Longest first, then earlier rule; keep those that overlap nothing kept."""
        kept: list[Candidate] = []
        for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.order, c.start)):
            if all(cand.end <= k.start or cand.start >= k.end for k in kept):
                kept.append(cand)
        return sorted(kept, key=lambda c: c.start)
