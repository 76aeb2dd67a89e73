"""The sentence of a span or token by bisection instead of a walk.

spaCy's ``Span.sent`` and ``Token.sent`` walk the tokens from the span to
both ends of its sentence on every call. The components and ``collect`` ask
once or more per figure, so a release whose figures share one long sentence
(a flattened statistical table, a page without full stops) cost
O(figures x sentence length): 10,000 figures on one line spent 70 s there.
Docs made by ``batch.make_doc`` carry hooks that find the sentence in the
doc's sentence starts (read once, after the parser) by bisection: the same
span as spaCy's, in O(log n). The span of each sentence is made once per doc
(a Span costs microseconds to build, and the figures of a sentence all ask).
"""
from __future__ import annotations

import weakref
from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

#: doc.user_data key of (doc length, sentence starts)
STARTS = "crime_claims.sent_starts"


def install(doc: Doc) -> Doc:
    """Make ``span.sent`` and ``token.sent`` on ``doc`` bisect (see the module docstring)."""
    doc.user_span_hooks["sent"] = span_sent
    doc.user_token_hooks["sent"] = token_sent
    return doc


def sentence_starts(doc: Doc) -> list[int]:
    """Token indices where sentences start, read once per doc after it has sentences."""
    cached = doc.user_data.get(STARTS)
    if cached is not None and cached[0] == len(doc):
        return cached[1]
    if not doc.has_annotation("SENT_START"):
        raise ValueError("[E030] Sentence boundaries unset (crime-claims sentence index)")
    starts = [0] + [int(i) for i in (doc.to_array("SENT_START") == 1).nonzero()[0] if i > 0]
    doc.user_data[STARTS] = (len(doc), starts)
    return starts


#: (the doc, its sentence starts, sentence index -> span) of the doc asked last: the spans hold
#: their doc, so one doc at a time (a dict of docs would keep them all alive)
_last: tuple["weakref.ref[Doc]", list[int], dict[int, Span]] | None = None


def _sentence_at(doc: Doc, i: int) -> Span:
    """The sentence holding token ``i``: as spaCy's ``Span.sent`` for a span starting at ``i``."""
    global _last
    starts = sentence_starts(doc)
    last = _last
    if last is None or last[1] is not starts or last[0]() is not doc:
        last = _last = (weakref.ref(doc), starts, {})
    k = bisect_right(starts, i)
    span = last[2].get(k)
    if span is None:
        end = starts[k] if k < len(starts) else len(doc)
        span = last[2][k] = doc[starts[k - 1]:end]
    return span


def span_sent(span: Span) -> Span:
    return _sentence_at(span.doc, span.start)


def token_sent(token: Token) -> Span:
    return _sentence_at(token.doc, token.i)
