"""Running the pipeline on a literal text as a release reads it, and the small readers the grids share."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from extractor.extensions import PERIODS


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


def changes(nlp: Language, body: str) -> list[tuple[float | None, str | None, str | None]]:
    """(value, unit, direction) of each claim the pipeline finds in ``body``: what the claims grids compare."""
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.direction) for s in doc.spans["claims"]]


def metrics(nlp: Language, body: str) -> list[str | None]:
    """The metric of each claim the pipeline finds in ``body``, in order: what the metric grids compare."""
    doc = run(nlp, body)
    return [s._.metric for s in doc.spans["claims"]]


def capitalised(text: str) -> str:
    """``text`` with its first letter capitalised: a grid phrase fronted in its sentence."""
    return text[:1].upper() + text[1:]


def period_triples(doc: Doc) -> set[tuple]:
    """The doc's periods as (text, start, end): what a period grid compares."""
    return {(s.text, s._.start, s._.end) for s in doc.spans[PERIODS]}
