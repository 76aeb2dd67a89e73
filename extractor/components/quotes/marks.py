"""Quotation marks in a release body: paragraphs and quoted segments.

Pure text functions (no spaCy), so that the hard part of quote finding,
pairing marks that press-release layouts often leave unbalanced, can be
tested on literal strings. Nothing here raises on odd input: a mark that
cannot be paired is ignored, and an opening mark with no closing mark runs to
the end of its paragraph (house style 10).

Single marks are quotation marks too (British papers use them as the primary
marks), told from apostrophes by their neighbours: one opens after a space, a
colon, a bracket or the paragraph start and before a letter; one closes after
a letter or punctuation and before a space, punctuation or the paragraph end.
Marks inside a word (don't, force's), before a year ('90s) or after a plural
s before a lower-case word (officers' work) are apostrophes. A single-quoted
segment that does not close by the paragraph end is kept only when the next
paragraph opens with a single mark (a UK multi-paragraph quote); otherwise it
is dropped, since a stray apostrophe is likelier than a lost closing mark.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_BLANK_LINE = re.compile(r"\r?\n[ \t\r]*\n\s*")
_LINE = re.compile(r"\r?\n\s*")


@dataclass(frozen=True)
class MarkSet:
    """The quotation-mark characters, by shape (from the rules file)."""

    double_open: str
    double_close: str
    double_ambiguous: str
    single_open: str
    single_close: str
    single_ambiguous: str

    @property
    def double(self) -> str:
        return self.double_open + self.double_close + self.double_ambiguous

    @property
    def single(self) -> str:
        return self.single_open + self.single_close + self.single_ambiguous

    @property
    def all(self) -> str:
        return self.double + self.single


@dataclass(frozen=True)
class Segment:
    """Quoted words between two marks (or to the paragraph end when unclosed).

    ``start``/``end`` delimit the words inside the marks; ``open_at`` is the
    opening mark's offset and ``close_at`` the closing mark's (None when the
    paragraph ended first).
    """

    start: int
    end: int
    open_at: int
    close_at: int | None
    para: int

    @property
    def closed(self) -> bool:
        return self.close_at is not None

    @property
    def after(self) -> int:
        """Offset just past the segment, closing mark included."""
        return self.close_at + 1 if self.close_at is not None else self.end


def paragraphs(text: str, start: int = 0) -> list[tuple[int, int]]:
    """(start, end) offsets of the non-empty paragraphs of ``text[start:]``.

    Blank lines separate paragraphs; a text without any blank line is taken
    to have one paragraph per line (scraped releases often look like that).
    """
    splitter = _BLANK_LINE if _BLANK_LINE.search(text, start) else _LINE
    spans: list[tuple[int, int]] = []
    pos = start
    for m in splitter.finditer(text, start):
        _add_para(text, pos, m.start(), spans)
        pos = m.end()
    _add_para(text, pos, len(text), spans)
    return spans


def _add_para(text: str, a: int, b: int, out: list[tuple[int, int]]) -> None:
    while a < b and text[a].isspace():
        a += 1
    while b > a and text[b - 1].isspace():
        b -= 1
    if b > a:
        out.append((a, b))


def _role(text: str, i: int, a: int, b: int, open_chars: str, close_chars: str,
          *, single: bool = False) -> str | None:
    """'open', 'close' or None for the mark at ``i`` in paragraph [a, b);
    a single mark opens only before a letter."""
    ch = text[i]
    prev = text[i - 1] if i > a else " "
    nxt = text[i + 1] if i + 1 < b else " "
    opens = (prev.isspace() or prev in "([{—–-/:" or prev in open_chars) and not nxt.isspace()
    if single and opens and not nxt.isalpha():
        opens = False
    closes = not prev.isspace() and (nxt.isspace() or not nxt.isalnum())
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    if ch in open_chars:
        return "open"
    if ch in close_chars:
        return "close"
    return None


def _is_apostrophe(text: str, i: int, a: int, b: int) -> bool:
    """A single mark inside a word (force's, can't), before a year ('90s),
    or after a plural s (residents' groups) is an apostrophe, not a quote."""
    prev = text[i - 1] if i > a else " "
    nxt = text[i + 1] if i + 1 < b else " "
    if prev.isalnum() and nxt.isalnum():
        return True
    if nxt.isdigit() and (prev.isspace() or i == a):
        return re.match(r"\d\ds\b|\d\d\b", text[i + 1:b]) is not None
    return False


def segments(text: str, paras: list[tuple[int, int]], marks: MarkSet) -> list[Segment]:
    """Quoted segments of every paragraph, in text order.

    Double marks pair first; single marks form segments only outside double
    ones (single inside double is a quote within the quote, part of its
    words) and only when a closing single mark is found in the paragraph, or
    the next paragraph opens with a single mark (UK multi-paragraph quote).
    """
    out: list[Segment] = []
    d_open = marks.double_open
    d_close = marks.double_close
    for p, (a, b) in enumerate(paras):
        doubles = _pair(text, a, b, marks.double, d_open, d_close, p, allow_unclosed=True)
        out.extend(doubles)
        continued = p + 1 < len(paras) and _opens_single(text, paras[p + 1], marks.single)
        singles = _pair(text, a, b, marks.single, marks.single_open, marks.single_close, p,
                        allow_unclosed=continued, single=True, skip=doubles)
        out.extend(singles)
    out.sort(key=lambda s: s.open_at)
    return out


def _pair(
    text: str, a: int, b: int, chars: str, open_chars: str, close_chars: str, para: int,
    *, allow_unclosed: bool, single: bool = False, skip: list[Segment] | tuple[()] = (),
) -> list[Segment]:
    found: list[Segment] = []
    open_at: int | None = None
    skip_iter = iter(skip)
    blocked = next(skip_iter, None)
    for m in _mark_re(chars).finditer(text, a, b):
        i = m.start()
        while blocked is not None and blocked.after <= i:
            blocked = next(skip_iter, None)
        if blocked is not None and blocked.open_at <= i:
            continue
        if single and _is_apostrophe(text, i, a, b):
            continue
        role = _role(text, i, a, b, open_chars, close_chars, single=single)
        if single and role == "close" and open_at is not None and \
                _plural_possessive(text, i, b, chars, continued=allow_unclosed):
            continue
        if open_at is None and role == "open":
            open_at = i
        elif open_at is not None and role == "close":
            if i > open_at + 1:
                found.append(_segment(text, open_at, i, para))
            open_at = None
    if open_at is not None and allow_unclosed and b > open_at + 1:
        found.append(_segment(text, open_at, None, para, end=b))
    return found


def _plural_possessive(text: str, i: int, b: int, chars: str, *, continued: bool = False) -> bool:
    """"the residents’ response": a mark after a plural s, before a lower-case
    word, is an apostrophe when another single mark follows in the paragraph,
    or the quote goes on into the next paragraph (``continued``)."""
    if text[i - 1] != "s" or not re.match(r"\s[a-z]", text[i + 1:i + 3]):
        return False
    return continued or _mark_re(chars).search(text, i + 1, b) is not None


def _opens_single(text: str, para: tuple[int, int], chars: str) -> bool:
    """The paragraph opens with a single mark before a letter ('The ...)."""
    a, b = para
    return b - a > 1 and text[a] in chars and text[a + 1].isalpha()


@lru_cache(maxsize=16)
def _mark_re(chars: str) -> re.Pattern[str]:
    """One character class per mark set, compiled once."""
    return re.compile("[" + re.escape(chars) + "]")


def _segment(text: str, open_at: int, close_at: int | None, para: int, end: int | None = None) -> Segment:
    start = open_at + 1
    stop = close_at if close_at is not None else end
    while start < stop and text[start].isspace():
        start += 1
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    return Segment(start, stop, open_at, close_at, para)


def starts_paragraph(seg: Segment, paras: list[tuple[int, int]]) -> bool:
    """The segment's opening mark is the first character of its paragraph."""
    return paras[seg.para][0] == seg.open_at


def fold(text: str) -> str:
    """Spaces folded, so a quote's text reads as one line."""
    return " ".join(text.split())
