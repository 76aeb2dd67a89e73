"""Where a claim's context starts and stops: sentences and lines (``_segments``, the
segment holding an offset) and the relative clause a claim's figure stands in."""
from __future__ import annotations

import bisect
import re
from typing import Any

from spacy.tokens import Doc, Span

from ...extensions import ext
from .numbers import alternation


def date_cut_patterns(rules: dict[str, Any]) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The day that ends and the month that opens a date the parser cut in two (``date_cut`` in
    ``claims.yaml``), or None when the rules name no months."""
    d = rules.get("date_cut", {})
    if not d.get("months"):
        return None
    suffixes = alternation(d.get("ordinal_suffixes", [])) or "(?!x)x"
    day_end = re.compile(r"(?<![\d,.])\d{1,2}(?:" + suffixes + r")?[ \t]+$")
    month_start = re.compile(r"(?:" + alternation(d["months"]) + r")[a-z]*\.?\b")
    return day_end, month_start


def _segments(doc: Doc, text: str,
              date_cut: tuple[re.Pattern[str], re.Pattern[str]] | None = None) -> list[int]:
    """Start offsets of sentences and lines: a claim's context never crosses them. ``date_cut``
    (``date_cut_patterns``) keeps a date the parser cut in two in one segment."""
    starts = {0}
    for sent in doc.sents:
        # a semicolon joins clauses of one sentence ("rises in Fife (6%); Angus (5%)"), whatever the parser cut
        if _SEMICOLON_END.search(text, max(0, sent.start_char - 8), sent.start_char) is not None:
            continue
        # a date is one phrase: the parser's cut between a day and its month ("10 | April 2013, 11:17")
        if date_cut is not None and date_cut[0].search(text, max(0, sent.start_char - 8), sent.start_char) is not None \
                and date_cut[1].match(text, sent.start_char) is not None:
            continue
        # a cut the parser makes between two words of one line, with no mark to end a sentence before it, is no
        # sentence end: a title-case line ("Crime In North Wales Falls By 3%") reads as one clause
        if _WORD_BEFORE.search(text, max(0, sent.start_char - 40), sent.start_char) is not None:
            continue
        starts.add(sent.start_char)
    for m in re.finditer(r"\n+", text):
        starts.add(m.end())
    if ext(doc, "headline_end"):
        starts.add(ext(doc, "headline_end"))
    return sorted(starts)


_SEMICOLON_END = re.compile(r";[ \t]*$")
_WORD_BEFORE = re.compile(r"(?<![\w'’-])[A-Za-z]+[ \t]+$")  # a word of letters only ("3rd" is a date's day)


def _relative_clause(span: Span) -> int | None:
    """The index of the relative clause (its verb) the claim's figure stands in, or None."""
    t = span.root
    for _ in range(12):
        if t.dep_ == "relcl":
            return t.i
        if t.head.i == t.i:
            return None
        t = t.head
    return None


def _segment_of(segs: list[int], pos: int, length: int) -> tuple[int, int]:
    i = bisect.bisect_right(segs, pos) - 1
    start = segs[max(i, 0)]
    end = segs[i + 1] if i + 1 < len(segs) else length
    return start, end
