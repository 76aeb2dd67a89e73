"""Degenerate releases finish with a result (house style 10: odd input degrades, never hangs).

These texts once took seconds each: a ``doc.text`` rebuild per figure, and regexes tried at every
position of a long line for every figure on it. No timing is asserted here (the benchmark measures
time); each case must simply finish without an error row and find what it finds today.
"""
from __future__ import annotations

import pytest

from extractor.api import text_release
from extractor.batch import process_releases

DEGENERATE = {
    # hundreds of figures on one line, no words: every figure is a level (a one-line text
    # has no headline, so each figure is found once, in the body)
    "bare_figures": ("123,456 " * 400, 400, 0),
    # a unit repeated for a whole line before one change
    "per_cent_run": (("per cent " * 300) + "fell by 10%", 1, 0),
    # hundreds of quotation marks that pair into nothing attributable
    "unpaired_marks": ("“" * 300 + " said " + "”" * 300, 0, 0),
    # a direction word repeated hundreds of times before one figure
    "up_run": (" ".join(["up"] * 500) + " 5%", 1, 0),
    # a title repeated forty times before one short quote
    "repeated_title": (("The Police and Crime Commissioner for Northshire, " * 40) + "said: “Hi.”", 0, 1),
    # one sentence of 60 clauses with two changes each, no full stop
    "long_unpunctuated": ("Headline\n\n"
                          + "the figures from the force show that crime rose by 5% and burglary fell by 3% " * 60,
                          120, 0),
    # a change verb far from its figure behind a long chain of "by"
    "by_chain": ("Headline\n\nCrime " + "fell sharply across the county " * 50 + "by 7% and of non-dwellings "
                 + "by " * 200 + "7%.", 2, 0),
}


@pytest.mark.parametrize("name", sorted(DEGENERATE))
def test_robustness_degenerate_text_finishes(nlp, name: str) -> None:
    text, n_claims, n_quotes = DEGENERATE[name]
    [result] = process_releases([text_release(text, name)], nlp)
    assert result.error is None
    assert len(result.claims) == n_claims
    assert len(result.quotes) == n_quotes


def test_robustness_bare_figures_are_levels(nlp) -> None:
    [result] = process_releases([text_release(DEGENERATE["bare_figures"][0], "bare")], nlp)
    assert {c.value for c in result.claims} == {123456.0}
    assert {c.kind for c in result.claims} == {"level"}


def test_robustness_long_sentence_keeps_directions(nlp) -> None:
    [result] = process_releases([text_release(DEGENERATE["long_unpunctuated"][0], "long")], nlp)
    assert [c.direction for c in result.claims[:2]] == ["increase", "decrease"]
    assert [c.direction for c in result.claims[-2:]] == ["increase", "decrease"]


def test_robustness_unicode_case_folding_letters(nlp) -> None:
    """'ſ' matches 's' case-insensitively; the word lists must still find the direction."""
    [result] = process_releases([text_release("Headline\n\nBurglary roſe by 5% in Kent.", "longs")], nlp)
    assert result.error is None
    assert [(c.value, c.direction) for c in result.claims] == [(5.0, "increase")]
