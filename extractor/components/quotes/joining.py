"""Quoted segments that go on with the quote before them instead of starting one:
the second half of a split quote ('“A,” said X, “B.”') and the later paragraphs of
a UK-style multi-paragraph quote (a paragraph left open with no closing mark, the
next one opening with a mark)."""
from __future__ import annotations

import re

from .marks import Segment, starts_paragraph
from .models import Found

_GAP = re.compile(r"[\s,.;:–—-]*")


class Joining:
    """Whether a segment goes on with the current direct quote (used by ``DirectQuotes``)."""

    @staticmethod
    def _reopens(cur: Found, prev: Segment | None, seg: Segment, paras: list[tuple[int, int]]) -> bool:
        """UK multi-paragraph style: the current quote's last paragraph ended
        with no closing mark and this segment opens the next paragraph."""
        return (prev is not None and not prev.closed and cur.parts[-1] == (prev.start, prev.end)
                and seg.para == prev.para + 1 and starts_paragraph(seg, paras))

    @staticmethod
    def _continues(text: str, cur: Found, seg: Segment, paras: list[tuple[int, int]]) -> bool:
        """The segment goes on with the current quote: nothing but its attribution
        lies between them, in the same paragraph or at the next one's start."""
        if seg.para == cur.para:
            return seg.open_at >= cur.reach and bool(_GAP.fullmatch(text, cur.reach, seg.open_at))
        if seg.para == cur.para + 1 and starts_paragraph(seg, paras):
            end = paras[cur.para][1]
            return cur.reach >= end or bool(_GAP.fullmatch(text, cur.reach, end))
        return False


def _goes_on(run: list[Segment], seg: Segment, paras: list[tuple[int, int]]) -> bool:
    """UK multi-paragraph style before any attribution: the run's last
    paragraph ended with no closing mark and ``seg`` opens the next one
    ("“A.\n\n“B,” said X." is one quote)."""
    return bool(run) and not run[-1].closed and seg.para == run[-1].para + 1 and starts_paragraph(seg, paras)
