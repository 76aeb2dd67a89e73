"""displaCy rendering of one release: claims, periods and quotes highlighted.

For reading a release with its findings in a notebook; the tables are the
record, this is the picture. It is drawn from the same records the tables are
made of, through the same code as the report (``highlight``), so what a
notebook shows is what ``crime-claims report`` shows.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from spacy.tokens import Doc
from spacy.util import is_in_jupyter

from .collect import collect_claims, collect_periods, collect_quotes
from .components.base import text_of
from .highlight import CSS, highlighted


def doc_html(doc: Doc) -> str:
    """The release text of a processed Doc with its findings underlined (HTML with its CSS)."""
    text = text_of(doc)  # spaCy rebuilds doc.text on every access: once for all three
    rows = {"claims": collect_claims(doc, text), "periods": collect_periods(doc, text),
            "quotes": collect_quotes(doc, text)}
    return highlighted(text, rows) + f"<style>{CSS}</style>"


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
    markup = doc_html(doc)
    if jupyter or (jupyter is None and is_in_jupyter()):
        from IPython.display import HTML, display

        display(HTML(f'<span class="tex2jax_ignore">{markup}</span>'))
        return None
    return markup
