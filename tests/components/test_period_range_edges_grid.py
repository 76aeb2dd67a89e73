"""A grammar grid for two-point ranges of months, parts of decades and "the 12 months prior" (sentences
written for the tests).

Ranges: each slot varies on its own the way releases write a span between two months: the range word
("from ... to", "between ... and"), the start point (the month, or "the end of" it), the end point (the
month, "the end of", "the start of" or "the beginning of" it), a comma after the first year (American
style, "June, 2022, and June 2023"), the pair of months (the same month a year apart, the month before it
a year later, the month after it) and the frame (a change after it, fronted before a change, no figure).
Expected dates follow the guide's table: the same month a year apart is a statistical year; otherwise the
months are whole; the ends of a range are points in time, so a range from "the end of" a month starts when
that month is over and one to "the start of" a month ends when it begins.

Decades: "the 1980s" is that decade; a part of one ("the early 1970s") has no calendar bounds, so a period
with null dates (the guide: unresolvable); a capitalised name word before it makes it a name (refusal).

Baselines: "the 12 months prior", "the 12-month period prior", "the 12 months before that", "the year
before that" are the period just named, a year back; "prior to" an event or "before that" with a clause
after it are no period (refusals).
"""
from __future__ import annotations

import pytest

from extractor.components.periods import calendar as cal
from extractor.extensions import PERIODS

from .helpers import run

PUBLISHED = "2024-07-18"
MONTHS = {3: "March", 4: "April", 6: "June"}

CONNECTORS = [("from", "to"), ("between", "and")]
START_EDGES = ["", "the end of "]
END_EDGES = ["", "the end of ", "the start of ", "the beginning of "]
COMMAS = [False, True]
# (first month, first year, second month, second year)
PAIRS = [(3, 2022, 3, 2023), (4, 2022, 3, 2023), (3, 2022, 4, 2023)]
FRAMES = [
    ("Burglary fell by 12% {p}.", True),
    ("{P}, burglary fell by 12%.", True),
    ("Officers reviewed burglary reports {p}.", False),
]


def _expected(start_edge: str, end_edge: str, pair: tuple[int, int, int, int]) -> tuple[str, str]:
    """The guide's reading of the range: a statistical year for the same month a year apart with plain
    ends; else whole months from the start point's month to the end point's."""
    m1, y1, m2, y2 = pair
    if not start_edge and end_edge in ("", "the end of ") and m1 == m2 and y2 == y1 + 1:
        start, end = cal.months_ending(y2, m2, 12)
        return start.isoformat(), end.isoformat()
    if start_edge:
        y1, m1 = cal.add_months(y1, m1, 1)
    if end_edge in ("the start of ", "the beginning of "):
        y2, m2 = cal.add_months(y2, m2, -1)
    start, end = cal.months_range(y1, m1, y2, m2)
    return start.isoformat(), end.isoformat()


def _phrase(connector: tuple[str, str], start_edge: str, end_edge: str, comma: bool,
            pair: tuple[int, int, int, int]) -> str:
    m1, y1, m2, y2 = pair
    first = f"{start_edge}{MONTHS[m1]}, {y1}," if comma else f"{start_edge}{MONTHS[m1]} {y1}"
    return f"{connector[0]} {first} {connector[1]} {end_edge}{MONTHS[m2]} {y2}"


def _periods(doc) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS]}


RANGE_GRID = [
    pytest.param(frame, claim, connector, start_edge, end_edge, comma, pair,
                 id=f"{FRAMES.index((frame, claim))}-{_phrase(connector, start_edge, end_edge, comma, pair)}")
    for frame, claim in FRAMES for connector in CONNECTORS for start_edge in START_EDGES
    for end_edge in END_EDGES for comma in COMMAS for pair in PAIRS
]


@pytest.mark.parametrize("frame, claim, connector, start_edge, end_edge, comma, pair", RANGE_GRID)
def test_range_of_months(nlp, frame, claim, connector, start_edge, end_edge, comma, pair):
    phrase = _phrase(connector, start_edge, end_edge, comma, pair)
    doc = run(nlp, frame.format(p=phrase, P=phrase[0].upper() + phrase[1:]), published=PUBLISHED)
    expected = _expected(start_edge, end_edge, pair)
    assert _periods(doc) == {expected}
    claims = list(doc.spans["claims"])
    assert bool(claims) == claim
    assert [(c._.period_start, c._.period_end) for c in claims] == [expected] * len(claims)


# ---- decades and their parts ----
PARTS = ["", "early ", "mid-", "mid ", "late "]
DECADE_FRAMES = [
    "Crime is at its lowest level since the {d}.",
    "Burglaries were far more common in the {d}.",
    "Crime levels are similar to those of the {d}.",
]


@pytest.mark.parametrize("frame", DECADE_FRAMES)
@pytest.mark.parametrize("part", PARTS)
@pytest.mark.parametrize("decade", [1970, 1990])
def test_decade_and_its_parts(nlp, frame, part, decade):
    doc = run(nlp, frame.format(d=f"{part}{decade}s"), published=PUBLISHED)
    expected = (None, None) if part else (f"{decade}-01-01", f"{decade + 9}-12-31")
    assert _periods(doc) == {expected}


@pytest.mark.parametrize("text", [
    "Fans travelled to the Euro 2020s tournament games.",
    "The force launched its Vision 2020s programme.",
])
def test_decade_after_a_name_is_no_period(nlp, text):
    assert _periods(run(nlp, text, published=PUBLISHED)) == set()


# ---- "the 12 months prior" and "... before that" ----
ANCHORS = [
    ("in the year to March 2024", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")),
    ("in 2023", ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")),
    ("between April 2023 and March this year", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")),
]
PRIOR = ["the 12 months prior", "the 12-month period prior", "the twelve months prior", "the 12 months before that",
         "the year before that", "the 12 months before"]
PRIOR_ENDS = [".", ", the force said."]


@pytest.mark.parametrize("end", PRIOR_ENDS)
@pytest.mark.parametrize("prior", PRIOR)
@pytest.mark.parametrize("anchor", ANCHORS, ids=[a[0] for a in ANCHORS])
def test_baseline_a_year_prior(nlp, anchor, prior, end):
    phrase, period, baseline = anchor
    doc = run(nlp, f"Burglary fell by 12% {phrase}, compared to {prior}{end}", published=PUBLISHED)
    assert _periods(doc) == {period, baseline}
    (claim,) = doc.spans["claims"]
    assert (claim._.period_start, claim._.period_end) == period
    assert (claim._.baseline_start, claim._.baseline_end) == baseline


@pytest.mark.parametrize("text", [
    "Some 8% of adults were victims of crime in the 12 months prior to interview.",
    "Burglary fell by 12% in 2023, compared with the 12 months prior to the pandemic.",
    "Burglary fell by 12% in 2023, compared with the 12 months before that scheme began.",
])
def test_prior_to_an_event_is_no_baseline(nlp, text):
    doc = run(nlp, text, published=PUBLISHED)
    assert all(c._.baseline_start is None for c in doc.spans["claims"])
    assert all(s.text.lower().startswith(("2023",)) for s in doc.spans[PERIODS])
