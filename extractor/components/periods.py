"""The periods component (placeholder until its issue lands)."""
from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..extensions import PERIODS
from .base import RuleComponent


class PeriodsComponent(RuleComponent):
    def __call__(self, doc: Doc) -> Doc:
        doc.spans[PERIODS] = []
        return doc


@Language.factory("crime_claims_periods", assigns=["doc.spans"], default_config={})
def make_periods(nlp: Language, name: str) -> PeriodsComponent:
    return PeriodsComponent(nlp, name)
