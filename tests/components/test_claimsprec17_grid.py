"""A grammar grid for NUMBERS THAT COUNT THE TEXT'S OWN ITEMS OR NAME SOMETHING (sentences written for
the tests).

The guide ("Statistical claims"): a claim measures something in the world; "a figure that is not about
the world but about the text or the data source is no claim", and numbers inside names are no figures.
Three ways English writes such numbers, each beside frames where the same form IS a claim:

- an ENUMERATION: a count of a handful, its noun, then a colon, a semicolon or a dash and the list that
  names each member ("we focus on three crimes – burglary, robbery and arson"): the count only says how
  many items the text names next. A count that changed ("four new units: ..."), a list holding figures
  ("12 burglaries: five in A and seven in B") or a count in a clause of change ("fell in three districts:
  ...") stays a figure.
- the text's own POINTS: "three reasons", "two ways", "four factors", "five steps", "two key messages".
- a NAME holding a number: a capitalised number word after an article and a capitalised word ("the Fatal
  Five unit", "a Famous Five book") or after "News at" ("the News at Ten"), and a small number closing a
  name after an acronym ("known as the ABC 7)"). A title-case headline's count ("Police Make Ten Arrests")
  and a unit after the word ("Crime Down Ten Per Cent") stay figures.

Each cell: (sentence, expected (value rounded to 2 places, unit) per claim in order); [] is a refusal.
"""
from __future__ import annotations

import pytest

from .helpers import run


def claims(nlp, body: str, headline: str = "") -> list[tuple[float | None, str | None]]:
    doc = run(nlp, body, headline=headline)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit)
            for s in doc.spans["claims"] if not headline or s.start_char >= len(headline)]


# --- an enumeration: the count of the list the text names next -----------------------------------------
ENUMERATION_REFUSALS = [
    "The force is concentrating on four offences: burglary, robbery, arson and car theft.",
    "Dalton shares a border with three counties; Northshire, Westmoor and Eastvale.",
    "The partnership runs 3 schemes: Safe Streets, Night Watch and Shop Safe.",
    "Our plan rests on two strands – prevention and enforcement.",
    "Officers work with two charities - the Harbour Trust and Safe Homes.",
    "The council now follows the five Cs approach: care, contact, consent, control and closure.",
    "Inspectors praised the force for its work in two fields: missing people and online fraud.",
]
ENUMERATION_CLAIMS = [
    # the list holds figures: the count and the list's figures are claims
    ("Police recorded 12 burglaries: five in Dalton and seven in Westmoor.",
     [(12, "count"), (5, "count"), (7, "count")]),
    # a change: the figure, with or without a list after a dash
    ("Crime fell by 8% – burglary, robbery and theft all dropped.", [(8, "percent")]),
    ("Officers made 45 arrests – for burglary, theft and assault.", [(45, "count")]),
    # a count that changed, even with a list of its members
    ("The force has set up four new patrol units: Dalton, Westmoor, Eastvale and Northby.", [(4, "count")]),
    ("There were 230 more thefts: shoplifting, cycle theft and pickpocketing.", [(230, "count")]),
    # a count in a clause of change is a finding about the world
    ("Burglary fell in three districts: Dalton, Westmoor and Eastvale.", [(3, "count")]),
    # no list after the noun: the count is left to the other rules
    ("Officers seized two cars and a van.", [(2, "count")]),
]

# --- the text's own points: how many reasons, ways, steps or messages it gives ------------------------
POINT_REFUSALS = [
    "There are three reasons for the rise in recorded theft.",
    "The chief constable gave two main reasons for the fall.",
    "Residents can help in four simple ways.",
    "The report names five factors behind the increase in shoplifting.",
    "The campaign sets out six steps to keep your bike safe.",
    "The review drew three key lessons from the inquiry.",
]
POINT_CLAIMS = [
    ("Recorded theft rose for three reasons, with 240 more offences.", [(240, "count")]),
    ("Officers stopped 25 vehicles on the ring road.", [(25, "count")]),
    ("Shoplifting rose by 14% for the third year.", [(14, "percent")]),
]

# --- a number inside a name -------------------------------------------------------------------------
NAME_REFUSALS = [
    "The town appeared on the News at Ten as an example of falling crime.",
    "The force is setting up a Fatal Five unit to target speeding drivers.",
    "Volunteers read from a Famous Five book at the library on Monday.",
    "The borough is one of the target areas for the mayor (known as the ABC 7).",
]
NAME_CLAIMS = [
    # a title-case headline: the count and the change stay figures
    ("Police Make Ten Arrests In Dalton", "Officers arrested ten people on Monday.", [(10, "count")]),
    ("Crime Down Ten Per Cent In Dalton", "Recorded crime fell by 10% in the year.", [(10, "percent")]),
]
NAME_BODY_CLAIMS = [
    ("The force recorded ten burglaries in the town.", [(10, "count")]),
    ("Burglary in the ABC area fell by 7.", [(7, "count")]),
]


# --- a chart's axis flattened into the text, and a phone extension ------------------------------------
AXIS_REFUSALS = [
    "Offences by month 100 80 60 40 20 0 Jan Feb Mar Apr",
    "Share of victims 0% 5% 10% 15% 20% 25% Dalton Westmoor",
    "Burglaries 3500 3000 2500 2000 1500 1000 500 0 2019 2020 2021",
    "For more details ring 01632 960000 ext. 4521 during office hours.",
    "Call the crime desk on Extension 2210.",
]
AXIS_CLAIMS = [
    # a run of figures that does not step evenly, or does not reach 0, is a table's row
    ("Burglary 1,240 965 77 838 212", [(1240, "count"), (965, "count"), (77, "count"), (838, "count"), (212, "count")]),
    ("Robbery 40 30 20 10 5", [(40, "count"), (30, "count"), (20, "count"), (10, "count"), (5, "count")]),
    ("Officers extended the patrols and made 45 arrests.", [(45, "count")]),
]


def _grid():
    for s in ENUMERATION_REFUSALS:
        yield pytest.param(s, "", [], id=f"enum refused: {s[:50]}")
    for s, exp in ENUMERATION_CLAIMS:
        yield pytest.param(s, "", exp, id=f"enum kept: {s[:50]}")
    for s in POINT_REFUSALS:
        yield pytest.param(s, "", [], id=f"points refused: {s[:50]}")
    for s, exp in POINT_CLAIMS:
        yield pytest.param(s, "", exp, id=f"points kept: {s[:50]}")
    for s in NAME_REFUSALS:
        yield pytest.param(s, "", [], id=f"name refused: {s[:50]}")
    for h, s, exp in NAME_CLAIMS:
        yield pytest.param(s, h, exp, id=f"headline kept: {h}")
    for s in AXIS_REFUSALS:
        yield pytest.param(s, "", [], id=f"axis/extension refused: {s[:50]}")
    for s, exp in AXIS_CLAIMS:
        yield pytest.param(s, "", exp, id=f"axis kept: {s[:50]}")
    for s, exp in NAME_BODY_CLAIMS:
        yield pytest.param(s, "", exp, id=f"name kept: {s[:50]}")


@pytest.mark.parametrize("sentence, headline, expected", list(_grid()))
def test_claimsprec17_grid(nlp, sentence, headline, expected):
    assert claims(nlp, sentence, headline) == expected


# the headline's own figure beside the body's: a title-case count is a claim in the headline
@pytest.mark.parametrize("headline, value", [("Police Make Ten Arrests In Dalton", 10),
                                             ("Crime Down Ten Per Cent In Dalton", 10)])
def test_claimsprec17_headline_count(nlp, headline, value):
    doc = run(nlp, "Officers were praised on Monday.", headline=headline)
    assert [round(s._.value, 2) for s in doc.spans["claims"] if s._.value is not None] == [value]
