"""A grammar grid for THE PERIOD OF THE FIRST LEVEL OF A BRACKETED PAIR (sentences written for the tests).

A change often states the two levels it runs between in a bracket or after a dash, without "from":
"burglary fell by 9% (640 to 582)", "a 12 per cent rise in shoplifting (1,210 offences to 1,356)",
"thefts of bikes also rose – 288, to 319". The first level is the count of the earlier time the change
is measured against, the second the count of the period the change is about (the guide: "rose from
25.8% to 26.4%" is two level claims, each of its own time). Before this change the first level took the
change's period, like the second.

Refusals: a pair joined by "compared to" keeps the usual order (the first level is the period's, the
second the earlier one: "(1,402 compared to 1,286)"); a range of a plan ("300 to 400 officers") with no
bracket or dash before it; and the second level of a pair.

Cells failing before the change: 9 of 21 (the eight "first level" cells and the list cell); after: 0.
"""
from __future__ import annotations

import pytest

from extractor.api import parse

PUBLISHED = "12/05/2024"
FY = ("2023-04-01", "2024-03-31")
FY_BEFORE = ("2022-04-01", "2023-03-31")


def _release(body: str) -> str:
    return ("---\ntitle: Annual crime figures for Ravenshire\narea: Ravenshire\npublish:\n"
            f"  date: 10:15 {PUBLISHED}\n---\n\n"
            "Recorded crime in Ravenshire fell by 3% in 2023/24 compared with 2022/23, the force said.\n\n"
            f"{body}\n")


def _claim(doc, text: str):
    end = doc._.headline_end or 0
    return next(c for c in doc.spans["claims"] if c.start_char >= end and c.text.startswith(text))


# (id, the sentence, the first level, the second level)
PAIRS = [
    ("bracket", "Shoplifting fell by 9% (640 to 582) over the year.", "640", "582"),
    ("bracket noun", "There was a 12 per cent rise in vehicle crime (1,210 offences to 1,356).", "1,210", "1,356"),
    ("bracket two nouns", "Criminal damage was down by 6% (417 recorded crimes to 392).", "417", "392"),
    ("bracket after noun", "Robbery showed a fall of 14 incidents (88 to 74) in the year.", "88", "74"),
    ("count change", "Domestic burglary went down by 45 (730 to 685) across the county.", "730", "685"),
    ("dash comma", "The rise includes more thefts of bicycles – 288, to 319.", "288", "319"),
    ("square bracket", "Hate crime rose by 7% [205 to 219] in Ravenshire.", "205", "219"),
    ("list of pairs", "Arson fell by 10% (70 to 63) and fraud rose by 5% (400 to 420).", "70", "63"),
]


@pytest.mark.parametrize("case", PAIRS, ids=[c[0] for c in PAIRS])
def test_first_level_of_a_pair_is_the_earlier_year(case):
    _id, sentence, first, _second = case
    doc = parse(_release(sentence))
    c = _claim(doc, first)
    assert (c._.period_start, c._.period_end) == FY_BEFORE


@pytest.mark.parametrize("case", PAIRS, ids=[c[0] for c in PAIRS])
def test_second_level_of_a_pair_is_the_period(case):
    _id, sentence, _first, second = case
    doc = parse(_release(sentence))
    c = _claim(doc, second)
    assert (c._.period_start, c._.period_end) == FY


def test_second_pair_of_a_list():
    doc = parse(_release("Arson fell by 10% (70 to 63) and fraud rose by 5% (400 to 420)."))
    assert (_claim(doc, "400")._.period_start, _claim(doc, "400")._.period_end) == FY_BEFORE
    assert (_claim(doc, "420")._.period_start, _claim(doc, "420")._.period_end) == FY


# refusals: the first figure keeps the change's period
REFUSALS = [
    ("compared to", "Racially aggravated offences went up 9% (1,402 compared to 1,286).", "1,402"),
    ("compared with", "Vehicle crime rose by 8% (512 compared with 474).", "512"),
    ("plain range", "The force will recruit 300 to 400 officers in Ravenshire.", "300"),
    ("hyphen in a word", "Thefts of pedal-cycles rose by 4% to 1,100 offences.", "1,100"),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[c[0] for c in REFUSALS])
def test_refusals_keep_the_period(case):
    _id, sentence, figure = case
    doc = parse(_release(sentence))
    end = doc._.headline_end or 0
    found = [c for c in doc.spans["claims"] if c.start_char >= end and c.text.startswith(figure)]
    # a range of a plan may be no claim at all; where it is one, it keeps the release's period
    assert all((c._.period_start, c._.period_end) == FY for c in found)
    assert found or _id == "plain range"
