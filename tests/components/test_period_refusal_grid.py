"""A grid of dates the guide does not count as periods, beside the frames where the same date is one
(sentences written for the tests).

Two constructions, each slot varied on its own:
- a four-digit number that counts ("1911 fewer victims", "a total of 1966 crimes", "from 2080 to
  2694") against the same number as a year ("In 1911 more crimes were recorded", "since 2014");
- "since" a date when the publication date is known only to the year: it runs to the publication day
  (the guide), which is then unknown, so its dates stay null, against the same words with the
  publication known to the day (to that day) or to the month (to that month's end), and against a
  reference point ("the lowest since 2010": that year) whatever is known.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import run

NUMBERS = ["1911", "2014", "1986"]

# a four-digit number counting something: no period may hold it
COUNT_FRAMES = [
    "Police recorded {n} fewer victims than the year before.",
    "{n} more crimes were reported to the force.",
    "The force now has {n} extra officers on patrol.",
    "With {n} fewer burglaries, the county is safer.",
    "{n} additional patrols were carried out by the team.",
    "There were {n} less assaults on staff.",
    "Officers recorded a total of {n} burglaries.",
    "Officers recorded a total of {n} child sexual abuse crimes.",
    "Drug offences rose from {n} to 2,694.",
    "Drug offences rose from {n} to 2694 after targeted work.",
]

# the same number as a year: a period starting on 1 January of it
YEAR_FRAMES = [
    "In {n} more crimes were reported than in any year before.",
    "During {n} fewer victims came forward.",
    "The force recorded 300 more crimes in {n}.",
    "A total of 5,000 crimes were recorded in {n}.",
    "Crime rose in {n} and fewer victims came forward.",
    "Burglaries rose by 12% between {n} and 2020.",
    "By the end of {n} more officers were on patrol.",
    "Burglary rose from 1,200 in {n} to 1,500 in 2023.",
    "Arson rose 12% from 300 in {n} to 336 the year after.",
    "Recorded thefts went from {n} to 2022 levels within a year.",
]


def _spans(nlp, text: str, published: str = "2021-07-18", precision: str = "day") -> list[tuple]:
    doc = run(nlp, text, published=published, precision=precision)
    return [(s.text, s._.start, s._.end) for s in doc.spans[PERIODS]]


@pytest.mark.parametrize("n", NUMBERS)
@pytest.mark.parametrize("frame", COUNT_FRAMES)
def test_period_refusal_grid_a_count_is_no_year(nlp, frame, n):
    found = _spans(nlp, frame.format(n=n))
    assert not [s for s in found if n in s[0]], found


@pytest.mark.parametrize("n", NUMBERS)
@pytest.mark.parametrize("frame", YEAR_FRAMES)
def test_period_refusal_grid_the_same_number_as_a_year(nlp, frame, n):
    found = _spans(nlp, frame.format(n=n))
    assert [s for s in found if n in s[0] and s[1] == f"{n}-01-01"], found


# (as written after the change / fronted, span text, start)
SINCE_FORMS = [
    ("since 2010", "2010-01-01"),
    ("since March 2012", "2012-03-01"),
    ("since 1 April 2010", "2010-04-01"),
    ("since 2006/07", "2006-04-01"),
    ("since April last year", "2015-04-01"),
]

SINCE_FRAMES = [
    "Thefts have fallen 4% {x}.",
    "{X}, officer numbers have dropped by 450.",
    "Officer numbers are down by 300 {x}, the force said.",
    "Recorded crime has risen by a fifth {x} across the county.",
]

# (publication date, how much of it is known, expected end)
PUBLICATIONS = [
    ("2016-07-18", "day", "2016-07-18"),
    ("2016-07-01", "month", "2016-07-31"),
    ("2016-01-01", "year", None),
]


@pytest.mark.parametrize("published, precision, end", PUBLICATIONS)
@pytest.mark.parametrize("frame", SINCE_FRAMES)
@pytest.mark.parametrize("form, start", SINCE_FORMS)
def test_period_refusal_grid_since_runs_to_the_publication_day(nlp, form, start, frame, published, precision, end):
    text = frame.format(x=form, X=form[0].upper() + form[1:])
    found = _spans(nlp, text, published, precision)
    span = [s for s in found if s[0].lower() == form.lower()]
    assert span, found
    expected = (start, end) if end else (None, None)
    assert span[0][1:] == expected, found


# a reference point is that year, whatever is known of the publication date (the guide: "the lowest
# since 1986")
@pytest.mark.parametrize("published, precision, _end", PUBLICATIONS)
@pytest.mark.parametrize("text", [
    "Burglary is at its lowest level since 2010.",
    "It is the highest figure since 2010, the force said.",
    "Thefts are at the lowest since records began in 2010.",
])
def test_period_refusal_grid_a_reference_point_is_its_year(nlp, text, published, precision, _end):
    found = _spans(nlp, text, published, precision)
    assert ("2010", "2010-01-01", "2010-12-31") in found, found
