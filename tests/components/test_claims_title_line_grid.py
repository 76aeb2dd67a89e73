"""Grammar grid: a title-case or capitalised line is one clause (annotation guide, "Statistical
claims": direction from the verb). The parser may cut such a line before a capitalised word ("Crime In
North Wales Falls | By 3%"); a cut between two words with no mark to end a sentence is no sentence end,
so the figure keeps its verb. Slots varied on their own: the subject and its place, the verb, the
figure, the words after it and the case of the line; the refusals keep real sentence ends.

Each cell is an invented line; the expected list holds (value, unit, direction) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import changes


SUBJECTS = ["Crime In North Wales", "Recorded Crime", "Burglary In The County", "Violent Crime On Merseyside"]
VERBS = [("Falls", "decrease"), ("Drops", "decrease"), ("Rises", "increase"), ("Increases", "increase")]
FIGURES = [("3%", 3), ("12 Per Cent", 12), ("4.5%", 4.5)]
TAILS = ["", " Across The Area", " (For October 2011 To September 2012)"]
CASES = [str, str.upper]


def _title_grid():
    for subject, (verb, direction), (fig, value), tail, case in itertools.product(SUBJECTS, VERBS, FIGURES, TAILS,
                                                                                   CASES):
        yield case(f"{subject} {verb} By {fig}{tail}"), [(value, "percent", direction)]


@pytest.mark.parametrize("line, expected", list(_title_grid()))
def test_title_line_is_one_clause(nlp, line, expected):
    assert changes(nlp, line) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        # refusals: a real sentence end stays a cut
        ("Crime fell in the year. 3% of victims were repeat victims.", [(3, "percent", None)]),
        ("Burglary rose sharply! By March the force had 300 officers on patrol.", [(300, "count", None)]),
        ("Crime fell in the county: 12% of residents felt unsafe.", [(12, "percent", None)]),
    ],
)
def test_sentence_ends_stay(nlp, body, expected):
    assert changes(nlp, body) == expected
