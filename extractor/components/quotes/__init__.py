"""Attributed quotes, in the order ``component`` runs them:

- ``marks``: paragraphs and quotation marks paired into quoted segments;
- ``direct``: each segment's attribution, before or after its marks (and quoted
  fragments, and statements printed without marks), on the value objects of
  ``models``; ``joining`` says when a segment goes on with the quote before it
  (a split quote, a UK-style multi-paragraph quote);
- ``indirect``: reported speech in the sentences outside direct quotes;
- ``resolve``: speakers resolved across the release (pronouns, short names,
  bare titles, "the force", acronyms);
- ``speakers``: a speaker phrase read into name, role and organisation (used by
  every step);
- ``component``: the spaCy factory, the rules compiled once, and the
  orchestration (``match`` then ``set_annotations``).
"""
from .component import QuotesComponent, make_quotes

__all__ = ["QuotesComponent", "make_quotes"]
