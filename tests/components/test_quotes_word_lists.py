"""Word lists the quotes component reads from its rules file (not from code),
applied through the small pattern builders on literal strings."""
from __future__ import annotations

from pathlib import Path

import pytest
import srsly

from extractor.components.quotes.indirect import clause_split
from extractor.components.quotes.resolve import _expansion, org_run

RULES = srsly.read_yaml(Path(__file__).resolve().parents[2] / "models" / "crime_claims" / "rules" / "quotes.yaml")
SMALL = frozenset(w.lower() for w in RULES["acronym_small_words"])


@pytest.mark.parametrize("text,cut", [
    ("Burglary fell, while he said shop theft rose.", True),
    ("Arrests were up – however, she added that charges fell.", True),
    ("Knife crime fell, but they also warned of a rise in fraud.", True),
    # refusals: no pronoun after the conjunction, or no comma or dash before it
    ("Knife crime fell, while officers said fraud rose.", False),
    ("Knife crime fell while he was in post.", False),
])
def test_quotes_clause_split_from_rules(text, cut):
    rx = clause_split(RULES["clause_split_conjunctions"], RULES["clause_split_pronouns"])
    assert bool(rx.search(text)) is cut


def test_quotes_clause_split_empty_lists_never_cut():
    assert clause_split([], []).search("Crime fell, while he said fraud rose.") is None


@pytest.mark.parametrize("text,acronym,name", [
    ("Figures from the Office for National Statistics show a fall. The ONS said", "ONS", "Office for National Statistics"),
    ("The Police and Crime Commissioner welcomed it. The PCC said", "PCC", "Police and Crime Commissioner"),
    # refusal: lower-case words are no name, however their initials run
    ("the office for national statistics said so. The ONS said", "ONS", None),
])
def test_quotes_acronym_expansion_from_rules(text, acronym, name):
    assert _expansion(text, acronym, SMALL, org_run(SMALL)) == name


@pytest.fixture(scope="module")
def parser():
    from extractor.components.quotes.speakers import SpeakerParser
    return SpeakerParser(RULES)


@pytest.mark.parametrize("phrase,rest", [
    ("However, the force", "the force"),
    ("Meanwhile the council", "the council"),
    ("But he", "he"),
    # refusal: a name that starts like a connective is kept whole
    ("Butler", "Butler"),
    ("Nowak", "Nowak"),
])
def test_quotes_sentence_connectives_from_rules(parser, phrase, rest):
    assert parser.drop_connective(phrase) == rest


@pytest.mark.parametrize("phrase,name,role,org", [
    ("Chief Constable Jo van Hale", "Jo van Hale", "Chief Constable", None),
    ("Jo Bloggs, who chairs the Dale Valley Partnership", "Jo Bloggs", "chair", "Dale Valley Partnership"),
    ("Jo Bloggs, who heads the force's crime unit", "Jo Bloggs", "head", None),
    ("the county's crime reduction board", "county's crime reduction board", None, None),
    # refusal: "leads the way" names nothing the speaker leads
    ("Jo Bloggs, who leads the way", "Jo Bloggs", None, None),
])
def test_quotes_speaker_word_lists_from_rules(parser, phrase, name, role, org):
    sp = parser.parse(phrase)
    assert (sp.name, sp.role, sp.org) == (name, role, org)


@pytest.mark.parametrize("phrase", [
    # refusals: an auxiliary makes the phrase a clause, not a group or a body
    "the force was failing board",
    "the residents were",
])
def test_quotes_clause_auxiliaries_refuse_speaker(parser, phrase):
    assert parser.parse(phrase) is None
