"""Word lists the claims context reader takes from claims.yaml (not from code),
applied to literal text left of a figure."""
from __future__ import annotations

from pathlib import Path

import pytest
import srsly

from extractor.components.claims.context import ContextReader

RULES = Path(__file__).resolve().parents[2] / "models" / "crime_claims" / "rules" / "claims.yaml"


@pytest.fixture(scope="module")
def reader() -> ContextReader:
    return ContextReader(srsly.read_yaml(RULES))


@pytest.mark.parametrize("left,hit", [
    ("The council plans to save another ", True),
    ("The force will recruit a further ", True),
    ("The force will recruit an  additional ", True),
    ("The force will recruit ", True),
    # refusal: a word that adds nothing to the amount stands between
    ("The force will recruit some ", False),
])
def test_claims_amount_fillers_from_rules(reader, left, hit):
    assert bool(reader.amount_re.search(left)) is hit


@pytest.mark.parametrize("left,hit", [
    ("Burglary fell sharply by ", True),
    # refusal: a conjunction opens another clause whose "by" names an agent
    ("Burglary fell and was tackled by ", False),
    ("Burglary fell whereas it was tackled by ", False),
])
def test_claims_verb_by_conjunctions_from_rules(reader, left, hit):
    assert bool(reader.verb_by_re.search(left)) is hit


@pytest.mark.parametrize("attr,left,hit", [
    ("noun_of_re", "There was a rise of ", True),
    ("noun_of_re", "There was a rise in burglary of ", True),
    ("noun_by_re", "There was a reduction in burglary by ", True),
    ("noun_comma_re", "It was the smallest fall in crime, ", True),
    ("noun_set_off_re", "There were increases in recorded crime – ", True),
    # refusals: "by" needs a determiner before the noun; "of" a part ("one of") is no amount
    ("noun_by_re", "Reduction in burglary by ", False),
    ("noun_of_re", "a fall in crime and is one of ", False),
    ("noun_comma_re", "Crime fell, ", False),
])
def test_claims_change_noun_cues(reader, attr, left, hit):
    assert bool(getattr(reader, attr).search(left)) is hit
