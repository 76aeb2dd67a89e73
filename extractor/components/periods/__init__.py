"""Periods: every time expression, resolved to inclusive start/end dates, in the
order ``component`` runs them:

- ``rules``: the rules file compiled once (word lists, placeholders, fragments,
  gates, context regexes) into the ``PeriodRule`` objects of ``models``;
- ``matching``: each rule's matches inside its gate's windows, context tests, and
  the longest winning where candidates overlap;
- ``resolvers/``: one resolver per rule kind (``RESOLVERS``): periods the text
  writes out (``stated``), periods relative to the publication date
  (``published``) or to the anchor (``anchored``), on the ``Context`` of
  ``context``;
- ``anchoring``: resolution in text order: which anchor each relative expression
  takes (the last stated period that is no baseline, the stated period after
  words that open a sentence, a compared year, a period restated in brackets);
- ``calendar``: pure date arithmetic (used by every step);
- ``component``: the spaCy factory and the orchestration (``match``, then
  ``resolve_in_order``, then ``set_annotations``).
"""
from .component import PeriodsComponent, make_periods

__all__ = ["PeriodsComponent", "make_periods"]
