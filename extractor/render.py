"""displaCy rendering of one release: claims, periods and quotes highlighted.

For reading a release with its findings in a notebook; the tables are the
record, this is the picture.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from spacy import displacy
from spacy.tokens import Doc, Span

from .extensions import CLAIMS, PERIODS, QUOTES

#: the span group the rendering reads (a copy of the Doc carries it)
RENDER_KEY = "crime_claims_render"
LABELS = {CLAIMS: "CLAIM", PERIODS: "PERIOD", QUOTES: "QUOTE"}
COLORS = {"CLAIM": "#ffb55a", "PERIOD": "#7ec8e3", "QUOTE": "#c5e1a5"}


def render_doc(doc: Doc) -> Doc:
    """A copy of ``doc`` whose ``RENDER_KEY`` group holds every finding, labelled by kind.

    The copy keeps the caller's Doc unchanged; one merged group lets displaCy
    draw overlapping findings (a claim inside a quote) in one picture.
    """
    copy = doc.copy()
    spans: list[Span] = []
    for group, label in LABELS.items():
        if group in copy.spans:
            spans.extend(Span(copy, s.start, s.end, label=label) for s in copy.spans[group])
    copy.spans[RENDER_KEY] = sorted(spans, key=lambda s: (s.start, -s.end))
    return copy


def render(
    text_or_doc: str | Path | Doc,
    published: str | dt.date | None = None,
    jupyter: bool | None = None,
) -> str | None:
    """Render one release with its claims, periods and quotes highlighted (displaCy "span" style).

    ``text_or_doc`` is a release text (metadata block optional), a path to a
    release file, or a Doc from :func:`extractor.parse`. ``published`` anchors
    relative periods when the text has no metadata date. In Jupyter (or with
    ``jupyter=True``) the picture is displayed and None returned; elsewhere
    the HTML is returned as a string.
    """
    if isinstance(text_or_doc, Doc):
        doc = text_or_doc
    else:
        from .api import existing_path, parse

        path = existing_path(text_or_doc)
        doc = parse(path if path is not None and path.is_file() else text_or_doc, published)
    options = {"spans_key": RENDER_KEY, "colors": COLORS}
    return displacy.render(render_doc(doc), style="span", options=options, jupyter=jupyter)
