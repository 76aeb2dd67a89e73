"""Where a claim's context starts and stops: sentences and lines (``_segments``, the
segment holding an offset) and the relative clause a claim's figure stands in."""
from __future__ import annotations

import bisect
import re

from spacy.tokens import Doc, Span


def _segments(doc: Doc, text: str) -> list[int]:
    """Start offsets of sentences and lines: a claim's context never crosses them."""
    starts = {0}
    for sent in doc.sents:
        # a semicolon joins clauses of one sentence ("rises in Fife (6%); Angus (5%)"), whatever the parser cut
        if _SEMICOLON_END.search(text, max(0, sent.start_char - 8), sent.start_char) is not None:
            continue
        # a date is one phrase: the parser's cut between a day and its month ("10 | April 2013, 11:17")
        if _DAY_END.search(text, max(0, sent.start_char - 8), sent.start_char) is not None \
                and _MONTH_START.match(text, sent.start_char) is not None:
            continue
        starts.add(sent.start_char)
    for m in re.finditer(r"\n+", text):
        starts.add(m.end())
    if doc._.headline_end:
        starts.add(doc._.headline_end)
    return sorted(starts)


_SEMICOLON_END = re.compile(r";[ \t]*$")
_DAY_END = re.compile(r"(?<![\d,.])\d{1,2}(?:st|nd|rd|th)?[ \t]+$")
_MONTH_START = re.compile(r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\b")


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
