"""The claims component (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import CLAIMS
from .base import RuleComponent


class ClaimsComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[CLAIMS] = []
        return doc


@Language.factory("crime_claims_claims", assigns=["doc.spans"], default_config={})
def make_claims(nlp: Language, name: str) -> ClaimsComponent:
    return ClaimsComponent(nlp, name)
