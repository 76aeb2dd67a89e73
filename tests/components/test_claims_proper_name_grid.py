"""Grammar grid: a comparative that opens a proper name is no change word (annotation guide,
"Statistical claims": direction from the verb or noun; a count is a level). "Greater Manchester",
"Greater London" after a figure name a place: "the other ten Greater Manchester partnerships" counts
partnerships, it does not say ten more. A capitalised comparative followed by a capitalised word, after a
figure in an ordinary (not title-case) sentence, is read as a name; in a title-case line ("Crime 5%
Higher In Kent") and in lower case ("5% greater than last year") it stays a change word.

Each cell is an invented sentence; the expected list holds (value, unit, direction) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import changes


FIGURES = [("ten", 10), ("10", 10), ("3,000", 3000), ("twelve", 12)]
NAMES = ["Greater Manchester", "Greater London", "Greater Glasgow"]
FRAMES = ["Officers spoke to {fig} {name} residents about burglary.",
          "The survey found that {fig} {name} shops had been targeted.",
          "Crime fell in {fig} {name} wards last year."]


def _name_grid():
    for (fig, value), name, frame in itertools.product(FIGURES, NAMES, FRAMES):
        yield frame.format(fig=fig, name=name), [(value, "count", None)]


@pytest.mark.parametrize("sentence, expected", list(_name_grid()))
def test_comparative_opening_a_name_is_no_change(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: a comparative that is no name stays a change word
        ("Crime 5% Higher In Kent", [(5, "percent", "increase")]),
        ("Burglary 12% Lower Across The County", [(12, "percent", "decrease")]),
        ("Thefts were 5% greater than last year.", [(5, "percent", "increase")]),
        ("There were 300 more officers in Manchester.", [(300, "count", "increase")]),
    ],
)
def test_comparative_cells(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected
