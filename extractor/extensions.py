"""Custom attributes on Doc and Span, registered in one place.

Values are plain Python (str, float, int, bool, None), never Spans, so Docs
survive pickling for multiprocessing and DocBin.

Doc attributes are set by the release reader before the pipeline runs; Span
attributes are written by the project's components on the spans of the span
groups named in ``SPAN_GROUPS``.
"""
from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span
from spacy.tokens.underscore import Underscore

CLAIMS = "claims"
PERIODS = "periods"
QUOTES = "quotes"
SPAN_GROUPS = (CLAIMS, PERIODS, QUOTES)

DOC_EXTENSIONS: dict[str, object] = {
    "release_id": None,   # str: file stem, carried for error reports
    "published": None,    # str | None: ISO date (YYYY-MM-DD) anchoring relative periods
    "published_precision": "day",  # day | month | year: how much of `published` the source gave
    "headline_end": 0,    # int: char offset where the body starts; spans before it are headline
    "release_area": None,  # str | None: the release's own area (metadata `area`)
}

SPAN_EXTENSIONS: dict[str, object] = {
    # every finding
    "rule_id": None,        # str: id of the rule that produced the span
    # periods
    "start": None,          # str | None: ISO start date, inclusive
    "end": None,            # str | None: ISO end date, inclusive
    "relative": False,      # bool: dates came from an anchor
    # claims
    "value": None,          # float | None
    "unit": None,           # percent | percentage_point | count | rate | currency | ratio
    "kind": None,           # change | level
    "direction": None,      # decrease | increase | none | None
    "approx": None,         # exact | approximate | lower_bound | upper_bound | None
    "metric": None,         # str | None
    "area": None,           # str | None
    "source": None,         # str | None
    "period_start": None,
    "period_end": None,
    "baseline_start": None,
    "baseline_end": None,
    "quote_id": None,       # int | None: 1-based index in doc.spans["quotes"]
    "because": None,        # tuple[str, ...] | None: ids of the rules that set direction, hedge, period, baseline
    # quotes (the span covers the quoted words; several paragraphs for UK-style quotes)
    "quote_text": None,     # str: quoted words without quotation marks, spaces folded
    "speaker": None,
    "role": None,
    "org": None,
    "cue": None,
    "quote_kind": None,     # direct | indirect
}


def register_extensions() -> None:
    """Register every extension once; safe to call repeatedly."""
    for name, default in DOC_EXTENSIONS.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, default in SPAN_EXTENSIONS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


def is_headline(span: Span) -> bool:
    """A span lies in the headline when it starts before the body offset."""
    return span.start_char < (ext(span.doc, "headline_end") or 0)


def ext(obj: Any, name: str) -> Any:
    """``obj._.<name>`` read without building spaCy's ``Underscore`` object (about 2 µs a read; the
    claims component reads the periods' dates and the release's fields hundreds of times a release):
    the value ``doc.user_data`` holds under the key spaCy uses (a span's character offsets), else the
    default. An extension with a getter or method, a mutable default (spaCy stores a copy on first
    read) or any other object goes the ordinary way, so the answer is always ``obj._.<name>``'s."""
    kind = type(obj)
    if kind is Span:
        table, doc, start, end = Underscore.span_extensions, obj.doc, obj.start_char, obj.end_char
    elif kind is Doc:
        table, doc, start, end = Underscore.doc_extensions, obj, None, None
    else:
        return getattr(obj._, name)
    default, method, getter, _setter = table[name]
    if getter is not None or method is not None or isinstance(default, Underscore.mutable_types):
        return getattr(obj._, name)
    return doc.user_data.get(("._.", name, start, end), default)
