"""Running the pipeline on a literal text as a release reads it: one place for the doc's release fields."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


def run(nlp: Language, body: str, headline: str = "", area: str | None = "Lancashire", published: str | None = None,
        precision: str = "day") -> Doc:
    """The processed doc of ``body`` (with ``headline`` above it when given), the release's area and
    publication date set as the batch sets them."""
    text = f"{headline}\n\n{body}" if headline else body
    doc = nlp.make_doc(text)
    doc._.headline_end = len(headline) + 2 if headline else 0
    doc._.release_area = area
    doc._.published = published
    doc._.published_precision = precision
    return nlp(doc)
