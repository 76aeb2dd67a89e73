"""Grammar grid: what a change noun or an "in" phrase does to the measure next to it (annotation guide, the
`metric` field: what is measured, as written, without determiners). Compared as whole phrases (case and
punctuation aside).

Shapes (every sentence invented), each put into several frames:
- COMPOUNDED: the change noun written after the measure as one compound ("a crime reduction of 10%", "a
  burglary rise of 4%", "a 10% crime reduction"): the measure is the words before the change noun, never
  the change noun with them ("crime reduction") and not nothing.
- KIND_IN: an offence named with "in" and the kind of premises or place it happens in ("burglary in a
  dwelling", "burglaries in dwellings", "theft in a dwelling", "violence in public places"): the whole name,
  as the official series ("burglary in a dwelling", "burglary in a building other than a dwelling") write
  it; the "in" phrase says what kind of offence, not where.
- DATED: a time opening the sentence with no comma ("Last year burglary went up by 5.5%") says when, even
  when the parse hangs it on the subject as a compound.
- REFUSED: a place after "in" is the claim's area, never its measure ("crime in Kent", "burglary in
  Maidstone", "burglary in the county", "crime in the town centre"); a change noun followed by its "in"
  keeps the "in" reading ("a rise of 4% in crime"); a kind's "in" followed by a place keeps the kind and
  drops the place ("burglary in dwellings in Kent"); the compound of a change noun that names no measure
  ("a year-on-year rise") names none; a change noun inside a longer name ("a crime reduction fund") stays.

Before the change: 41 of the 58 cells failed; after it: 0 but one xfail (a parse that cuts "burglary in a
building other than a dwelling" after a leading time).
"""
from __future__ import annotations

import pytest

from extractor.evaluate import normalise
from .helpers import capitalised, metrics

COMPOUND_FRAMES = [
    ("There was a {x} {c} of 10% last year.", "{x}"),
    ("Officers recorded a {x} {c} of 4% in 2023.", "{x}"),
    ("The county saw a 10% {x} {c} last year.", "{x}"),
]
COMPOUNDED = [("crime", "reduction"), ("burglary", "rise"), ("crime", "drop"), ("violence", "increase"),
              ("burglary", "fall")]

KIND_FRAMES = [
    "{X} rose by 7% last year.",
    "{X} fell by 4% in 2023.",
    "Last year {x} went up by 5.5%.",
]
KIND_IN = ["burglary in a dwelling", "burglaries in dwellings", "theft in a dwelling", "violence in public places",
           "burglary in a building other than a dwelling"]

CELLS: list[tuple[str, list[str]]] = []
for frame, expected in COMPOUND_FRAMES:
    for x, c in COMPOUNDED:
        CELLS.append((frame.format(x=x, c=c), [expected.format(x=x)]))
for frame in KIND_FRAMES:
    for x in KIND_IN:
        cell = (frame.format(X=capitalised(x), x=x), [x])
        if frame.startswith("Last year") and "other than" in x:
            cell = pytest.param(*cell, marks=pytest.mark.xfail(strict=True, reason=(
                "the parse reads 'than' as opening a clause of 'went' and 'dwelling' as its subject, cutting the "
                "measure's phrase; a fix would have to re-read the parse, too broad for this round")))
        CELLS.append(cell)
CELLS += [
    # COMPOUNDED in other positions: the subject of "be", a list item after another figure
    ("The violent crime increase was 5% last year.", ["violent crime"]),
    ("The burglary rise was 4% last year.", ["burglary"]),
    ("Overall crime rose by 3%, with a burglary increase of 7% and a robbery fall of 2%.",
     ["crime", "burglary", "robbery"]),
    ("Robbery rose by 3%. There was also a burglary increase of 7%.", ["robbery", "burglary"]),
    # KIND_IN in other positions
    ("There were 450 burglaries in dwellings last year.", ["burglaries in dwellings"]),
    ("There was a 7% rise in burglary in a dwelling.", ["burglary in a dwelling"]),
    ("Burglary in dwellings in Kent rose by 7%.", ["burglary in dwellings"]),
    ("Burglary in homes fell by 4% in 2023.", ["burglary in homes"]),
    ("Burglary in dwellings was down 5%, while burglary in other buildings fell by 2%.",
     ["burglary in dwellings", "burglary in other buildings"]),
    ("There were 120 burglaries in homes in Ashford last year.", ["burglaries in homes"]),
    # already right: a kind named by another preposition
    ("Theft from a vehicle fell by 8% last year.", ["theft from a vehicle"]),
    ("Violence against the person was up 3%.", ["violence against the person"]),
    # a time opening the sentence with no comma, which the parse hangs on the subject
    ("Last year burglary went up by 5.5%.", ["burglary"]),
    ("This year shoplifting is up 12%.", ["shoplifting"]),
    ("In 2023 burglary fell by 4%.", ["burglary"]),
    # REFUSED
    ("The council set up a £2m crime reduction fund.", ["crime reduction fund"]),
    ("The force has 300 crime reduction officers.", ["crime reduction officers"]),
    ("Crime in Kent rose by 4% last year.", ["crime"]),
    ("Burglary in Maidstone fell by 9%.", ["burglary"]),
    ("Burglary in the county fell by 3% last year.", ["burglary"]),
    ("Crime in the town centre fell by 4%.", ["crime"]),
    ("There was a rise of 4% in crime.", ["crime"]),
    ("There was a 4% rise in burglary in Kent.", ["burglary"]),
    ("Robbery fell by 6% in the summer.", ["robbery"]),
    ("Burglary fell by 5%. There was a year-on-year drop of 3% in theft.", ["burglary", "theft"]),
    ("Burglary fell by 5%. Theft saw a 3% year-on-year drop.", ["burglary", "theft"]),
    ("There was a 3% year-on-year drop in theft.", ["theft"]),
    ("Violent crime fell by 4%, a 2% sharper drop than in 2022.", ["violent crime", "violent crime"]),
]


@pytest.mark.parametrize("text,expected", CELLS)
def test_metric20_grid(nlp, text, expected):
    got = metrics(nlp, text)
    assert [normalise(g) if g else g for g in got] == [normalise(e) for e in expected], got
