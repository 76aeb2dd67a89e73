"""Grammar grid: a duration as a measured level (annotation guide, "Statistical claims": a number that
measures something in the world is a claim; durations used as periods are not). A duration the text gives
as the value of an average or of a response, arrival or answer time is a count level ("the average arrival
time was 51 minutes"); a time limit ("answered within 10 seconds"), a period ("over the last 12 months")
and a frequency ("every 30 minutes") stay refused. Slots varied on their own: the measured noun, the verb
or preposition linking it to the figure, the hedge, the figure (digits or words) and its unit.

Each cell is an invented sentence; the expected list holds (value, unit, kind) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import run


def claims(nlp, body: str) -> list[tuple[float | None, str | None, str | None]]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.kind) for s in doc.spans["claims"]]


MEASURES = ["The average response time", "The average arrival time", "Average call answer time",
            "The average waiting time for a non-emergency call"]
LINKS = ["was", "stood at", "fell to", "is now"]
HEDGES = ["", "just over ", "under ", "about "]
FIGURES = [("12 minutes", 12), ("six seconds", 6), ("1.5 hours", 1.5), ("45 seconds", 45)]


def _measured_grid():
    for measure, link, hedge, (fig, value) in itertools.product(MEASURES, LINKS, HEDGES, FIGURES):
        yield f"{measure} {link} {hedge}{fig} last year.", [(value, "count", "level")]


@pytest.mark.parametrize("sentence, expected", list(_measured_grid()))
def test_measured_duration_is_a_level(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # an average given by its verb phrase, then a comparator of the same duration
        ("Non-urgent calls are now answered on average in just eight seconds, compared to 15 seconds a year ago.",
         [(8, "count", "level"), (15, "count", "level")]),
        ("Most calls were dealt with fast, with the average call handled at seven seconds.",
         [(7, "count", "level")]),
        # refusals: a time limit, a period, a frequency, a duration with no average or time named
        ("Officers answered 95 per cent of 999 calls within 10 seconds.", [(95, "percent", "level")]),
        ("The average arrival time was 51 minutes, and 90% of incidents were attended within 55 minutes.",
         [(51, "count", "level"), (90, "percent", "level")]),
        ("Crime fell by 5% on average over the last 12 months.", [(5, "percent", "change")]),
        # ... the interval of a frequency is no duration claim; the count before it is a rate (the guide's
        # "N per M" form; test_claim_extent_grid.py), not a duration
        ("On average, one burglary is reported every 30 minutes.", [(1, "rate", "level")]),
        ("Patrols visit the estate every 30 minutes.", []),
        ("The average for the past three years was lower.", []),
        ("Officers were at the scene for four hours.", []),
        ("The force answered calls in 20 seconds.", []),
        ("Response times are measured over 12 months.", []),
    ],
)
def test_duration_cells(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected
