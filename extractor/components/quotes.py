"""The quotes component (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import QUOTES
from .base import RuleComponent


class QuotesComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[QUOTES] = []
        return doc


@Language.factory("crime_claims_quotes", assigns=["doc.spans"], default_config={})
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)
