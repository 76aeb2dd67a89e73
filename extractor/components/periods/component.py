"""The periods component: every time expression, resolved to inclusive start/end dates.

Rules (word lists and regexes with stable ids) come from
``models/crime_claims/rules/periods.yaml`` through ``initialize``. One pass of
each compiled regex over ``doc.text`` finds candidates; the longest wins where
they overlap; each is resolved by small pure functions of ``calendar`` (this package)
against the publication date (``doc._.published``) or, for "the previous year"
and its kin, against the anchor: the last absolute period mentioned before it
that is not itself a comparison baseline ("up 8% on 2019/20").

"The same month ..." resolves against the last single month mentioned, even one
that is no anchor ("in November ... the same month in 2010").

Conventions the annotation guide leaves open (decided here, tested in
``tests/components/test_periods.py``):
- "the end of 2012" alone is the year 2012 (as "since October 2020" is that whole
  month); as the end of a range ("between December 2011 and the end of 2012") it
  closes the range on 31 December.
- "the last year" / "the past year" are the 12 whole months before publication;
  bare "last year" is the calendar year. "the last quarter" is the last whole
  calendar quarter.
- "a year ago" / "this time last year": the anchor a year earlier; with none, the
  publication day a year earlier.
- "the first half of the year", "the third quarter of this year": the publication
  year ("of last year": the one before). "the year to date": 1 January (1 April for
  "the financial year to date") to publication.
- Not periods: "year-on-year", "the 12-month period" (anaphora), "half-year figures",
  a page's dateline ("Published: 28 November 2024", a date alone on its line).
- A publication date known only to the month or year (``doc._.published_precision``)
  resolves only what it can: "today" and "this week" stay unresolved; "last month" needs
  the month, and so does "since 2010" (it runs to the publication day: known to the month,
  to that month's end); a yearless month is the publication year's when only the year is known,
  except a span of months that runs to December ("the 12 months to December"): the year before's.
- A change "since March 2008" runs to publication; "since October 2020" with no change
  in its clause is that month. "The past five years" (several years) are whole calendar
  years, as "the last decade". "2012 to 2013" without "from"/"between" is a financial year.
- A quarter without its year ("Q2", "the third quarter") is the financial year's just named (counted
  from April), else the quarter the release names with its year, else the latest such quarter ended by
  publication, counted from April when the release names a span from 1 April longer than a quarter.
  "The same quarter last year" and "this quarter" after a longer period ending with a quarter are its
  last quarter.
- "this quarter" after a quarter was named is that quarter; "the previous financial year" with no
  financial year named is the one before the release's (the last whole one before publication); a
  publication known only to the year is taken to fall after March for "the new financial year".
  "Over the coming year" is a horizon (no dates). "The five-year average": the five years before the
  period just named. "The year ending April 1" runs to that day.
- A yearless range of days across months ("from April 1 to September 30") is the occurrence nearest
  publication, the year before's when it has not ended by then (its figures cannot be out); one wholly
  ahead stays ahead (an announcement). "The same period this year" is the period just mentioned, a
  baseline too, moved so that it ends in the publication year.
- "The last three financial years" are the whole financial years ended by publication (as "the past five
  years" are whole calendar years); "the year to date" with a publication known to the month runs to that
  month's end (as "since 2010"). A span of financial years ("between 2006/07 and 2011/12") is two years
  compared only when a figure is measured between them, and anchors no "previous year".

``__call__`` is ``match`` (``matching``: rules compiled once by ``rules``) then
``resolve_in_order`` (``anchoring``, with the resolvers of ``resolvers/``) then
``set_annotations``. The steps are mixins of ``PeriodsComponent`` so that each
reads the compiled rules from ``self``; this module holds the factory, the Doc side
(the publication date read, tokens split, spans written) and the orchestration.

Spans go to ``doc.spans["periods"]`` (sorted, label ``PERIOD``, ``id_`` = rule id)
with ``_.start``/``_.end`` (ISO dates, None when unresolvable), ``_.relative``
and ``_.rule_id``. A period followed by a possessive the tokenizer does not split
("today′s" with U+2032) has its token split so the span ends at the period.
"""
from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterator

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...extensions import PERIODS
from ..base import RuleComponent, text_of
from .anchoring import Anchoring
from .matching import Matching
from .models import Candidate, PeriodRule, Resolution
from .resolvers.context import PRECISION_RANK
from .rules import RuleCompiler

#: characters of context given to ``not_before`` / ``not_after`` / the baseline test
CONTEXT_CHARS = 120
#: characters either side of a gate hit in which a rule's pattern is searched
WINDOW_CHARS = 80
SPAN_LABEL = "PERIOD"


class PeriodsComponent(RuleCompiler, Matching, Anchoring, RuleComponent):
    """Finds and resolves period expressions; see the module docstring."""

    rule_keys = frozenset({"case_sensitive", "words", "fragments", "context", "patterns"})

    def __init__(
        self, nlp: Language, name: str, *, context_chars: int = CONTEXT_CHARS, window_chars: int = WINDOW_CHARS
    ) -> None:
        super().__init__(nlp, name)
        self.context_chars = context_chars
        self.window_chars = window_chars
        self.gates: dict[str, re.Pattern[str]] = {}
        self.gate_needs: dict[str, tuple[frozenset[str], ...]] = {}
        self.patterns: list[PeriodRule] = []
        self.words: dict[str, dict[str, Any]] = {}
        self.not_anchor_before: list[re.Pattern[str]] = []
        self.restated_between: re.Pattern[str] | None = None
        self.compared_year_before: re.Pattern[str] | None = None
        self.future_before: re.Pattern[str] | None = None

    # -- the pipe -------------------------------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        published = _parse_iso(doc._.published)
        precision = doc._.published_precision if doc._.published_precision in PRECISION_RANK else "day"
        text = text_of(doc)  # spaCy rebuilds doc.text on each access: once per doc
        candidates = self.match(text, published, precision)
        resolutions = self.resolve_in_order(text, candidates, published, precision)
        self.set_annotations(doc, candidates, resolutions, text=text)
        return doc

    def set_annotations(self, doc: Doc, candidates: list[Candidate], resolutions: list[Resolution], *,
                        text: str | None = None) -> None:
        spans: list[Span] = []
        seen: set[tuple[int, int]] = set()
        # splitting a token keeps the text, so ``text`` stays ``doc.text``
        _split_possessives(doc, [cand.end for cand in candidates], text_of(doc) if text is None else text)
        for cand, res in zip(candidates, resolutions):
            span = doc.char_span(cand.start, cand.end, label=SPAN_LABEL, span_id=cand.rule.id,
                                 alignment_mode="expand")
            if span is None or (span.start_char, span.end_char) in seen:
                continue
            seen.add((span.start_char, span.end_char))
            span._.rule_id = cand.rule.id
            span._.start = res.period[0].isoformat() if res.period else None
            span._.end = res.period[1].isoformat() if res.period else None
            span._.relative = res.relative
            spans.append(span)
        doc.spans[PERIODS] = sorted(spans, key=lambda s: (s.start, s.end))

    def iter_periods(self, text: str, published: date | None = None,
                     precision: str = "day") -> Iterator[tuple[str, int, int, Resolution, str]]:
        """Text-only entry point (no Doc): (text, start_char, end_char, resolution, rule id)."""
        candidates = self.match(text, published, precision)
        for cand, res in zip(candidates, self.resolve_in_order(text, candidates, published, precision)):
            yield text[cand.start:cand.end], cand.start, cand.end, res, cand.rule.id


#: the rest of a token after a period's end that is split off: a possessive written
#: with a character the tokenizer does not know as an apostrophe ("today′s", U+2032)
POSSESSIVE_TAIL = re.compile(r"[′ʼ`´][sS]?")
#: the characters a ``POSSESSIVE_TAIL`` starts with: a period followed by none of them splits nothing
POSSESSIVE_MARKS = "′ʼ`´"


def _split_possessives(doc: Doc, ends: list[int], text: str) -> None:
    """Split "today′s" into "today" + "′s" so the span can end at the period's end."""
    splits = []
    for end in ends:
        if end >= len(text) or text[end] not in POSSESSIVE_MARKS:
            continue  # no tail to split: the token lookup is skipped
        token = doc.char_span(end - 1, end, alignment_mode="expand")
        if token is None or token.end_char == end:
            continue
        tail = text[end:token.end_char]
        if POSSESSIVE_TAIL.fullmatch(tail) and token[0].idx < end:
            splits.append((token[0], token[0].text[: end - token[0].idx], tail))
    if not splits:
        return
    with doc.retokenize() as retokenizer:
        for token, head, tail in splits:
            retokenizer.split(token, [head, tail], heads=[token.head if token.head != token else (token, 0), (token, 0)])


def _parse_iso(value: str | None) -> date | None:
    """The publication date from ``doc._.published``; a bad value leaves relatives unresolved."""
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


@Language.factory(
    "crime_claims_periods",
    assigns=["doc.spans"],
    default_config={"context_chars": CONTEXT_CHARS, "window_chars": WINDOW_CHARS},
)
def make_periods(nlp: Language, name: str, context_chars: int, window_chars: int) -> PeriodsComponent:
    return PeriodsComponent(nlp, name, context_chars=context_chars, window_chars=window_chars)
