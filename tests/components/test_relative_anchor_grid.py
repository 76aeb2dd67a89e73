"""A grammar grid for RELATIVE PERIODS AND THEIR ANCHOR (sentences written for the tests).

The guide: relative expressions resolve against the publication date ("today", "last year",
"since 2010" runs from 2010-01-01 to the publication date) or against the period just
mentioned ("the same period the year before", "the previous year", "compared to 2018").
The grid varies, each on its own: the period the release reports (a calendar year, a
financial year, a year to a month, a quarter, some months), the relative expression
comparing with it, where that expression stands (the same sentence as the figure, the next
sentence, a quote), and how precisely the publication date is known (day, month, year).
Beside those stand the things that must NOT become the anchor: a figure's baseline written
as a number before relative words ("from 112 last year"), a reference point ("the lowest
since the early 1980s"); and "since" with a month and no year, which runs from the latest
such month to publication (the guide's "since 2010"), unresolved when only the year of
publication is known. Refusals stay in the grid.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import run

# publication 18 July 2024, known to the day, the month or only the year
PUBLISHED = {"day": "2024-07-18", "month": "2024-07-01", "year": "2024-01-01"}

# (id, the reported period as an adverbial, its dates, the same period a year earlier)
REPORTED = [
    ("calendar year", "in 2023", ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")),
    ("financial year", "in 2023/24", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")),
    ("year to a month", "in the year to March 2024", ("2023-04-01", "2024-03-31"),
     ("2022-04-01", "2023-03-31")),
    ("statistical year", "in the 12 months to September 2023", ("2022-10-01", "2023-09-30"),
     ("2021-10-01", "2022-09-30")),
    ("quarter", "in Q1 2024", ("2024-01-01", "2024-03-31"), ("2023-01-01", "2023-03-31")),
    ("months", "between April and June 2024", ("2024-04-01", "2024-06-30"), ("2023-04-01", "2023-06-30")),
]

# relative expressions that mean the reported period a year back, whatever its length; the
# year-long ones ("the previous year", "the previous 12 months") only after a year-long period
SHIFTED_ANY = ["the same period last year", "the same period the previous year", "this time last year",
               "the equivalent period a year earlier"]
SHIFTED_YEARLONG = ["the previous year", "the year before", "the previous 12 months", "12 months earlier"]

# where the comparison stands: {p} the reported period, {c} the comparison
POSITIONS = [
    ("same sentence", "Burglary fell by 9% {p}, compared with {c}."),
    ("next sentence", "Police recorded 1,240 burglaries {p}. That was 9% fewer than in {c}."),
    ("quote", "Police recorded 1,240 burglaries {p}.\n\n\u201cThat is 9% fewer than {c},\u201d "
     "said Chief Inspector Jane Hill."),
    # a baseline figure before "last year" in between is no anchor: the later comparison still
    # takes the reported period
    ("baseline between", "Police recorded 1,240 burglaries {p}. Robbery rose from 112 last year to 130, "
     "and burglary was 9% lower than {c}."),
    # a reference point in between is no anchor either
    ("reference point between", "Police recorded 1,240 burglaries {p}, the lowest since the early 1990s. "
     "That was 9% fewer than in {c}."),
]

LAST_YEAR = ("2023-01-01", "2023-12-31")
# "the early 1990s": a part of a decade, a period with no calendar bounds (periods.yaml `decade`)
NINETIES = (None, None)


def _grid():
    for rid, phrase, dates, shifted in REPORTED:
        yearlong = rid not in {"quarter", "months"}
        for comp in SHIFTED_ANY + (SHIFTED_YEARLONG if yearlong else []):
            for pid, frame in POSITIONS:
                for precision in PUBLISHED:
                    yield pytest.param(frame, phrase, comp, dates, shifted, pid, precision,
                                       id=f"{rid}-{comp}-{pid}-{precision}")


def _periods(doc) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS]}


def _dates_of(doc, text: str) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS] if s.text.lower().endswith(text.lower())}


@pytest.mark.parametrize("frame, phrase, comp, dates, shifted, position, precision", list(_grid()))
def test_comparison_takes_the_reported_period(nlp, frame, phrase, comp, dates, shifted, position, precision):
    text = frame.format(p=phrase, c=comp)
    doc = run(nlp, text, published=PUBLISHED[precision], precision=precision)
    assert _dates_of(doc, comp) == {shifted}, _periods(doc)
    # nothing else but the reported period, the comparison and what stands between them
    extra = {"baseline between": {LAST_YEAR}, "reference point between": {NINETIES}}.get(position, set())
    assert _periods(doc) - (extra - {dates, shifted}) == {dates, shifted}, _periods(doc)


# "since" with a month and no year: from the 1st (or the day given) of the latest such month on or
# before publication, to the publication date (to the end of its month when only the month is known);
# known only to the year, the month could be this year's or last year's: unresolved.
# (phrase, expected by precision: day, month, year)
SINCE = [
    ("since April", ("2024-04-01", "2024-07-18"), ("2024-04-01", "2024-07-31"), None),
    ("since 1 April", ("2024-04-01", "2024-07-18"), ("2024-04-01", "2024-07-31"), None),
    ("since April 1", ("2024-04-01", "2024-07-18"), ("2024-04-01", "2024-07-31"), None),
    ("since the 1st of April", ("2024-04-01", "2024-07-18"), ("2024-04-01", "2024-07-31"), None),
    # a month after the publication month is last year's
    ("since September", ("2023-09-01", "2024-07-18"), ("2023-09-01", "2024-07-31"), None),
    ("since January", ("2024-01-01", "2024-07-18"), ("2024-01-01", "2024-07-31"), None),
    # the publication month itself
    ("since July", ("2024-07-01", "2024-07-18"), ("2024-07-01", "2024-07-31"), None),
]

SINCE_FRAMES = [
    "Burglary has fallen by 14% {s}.",
    "{S}, burglary has fallen by 14%.",
    "{S} officers have recorded 1,240 burglaries.",
    "The force has made 312 arrests {s}, the chief constable said.",
    "\u201cWe have seen a notable drop in robbery {s},\u201d said Chief Inspector Jane Hill.",
]


def _since_grid():
    for phrase, by_day, by_month, by_year in SINCE:
        for frame in SINCE_FRAMES:
            for precision, want in zip(PUBLISHED, (by_day, by_month, by_year)):
                yield pytest.param(frame, phrase, precision, want, id=f"{phrase}-{SINCE_FRAMES.index(frame)}-{precision}")


@pytest.mark.parametrize("frame, phrase, precision, want", list(_since_grid()))
def test_since_a_month_runs_to_publication(nlp, frame, phrase, precision, want):
    text = frame.format(s=phrase, S=phrase[0].upper() + phrase[1:])
    doc = run(nlp, text, published=PUBLISHED[precision], precision=precision)
    found = _periods(doc)
    assert found == ({want} if want else {(None, None)}), found


# refusals: a month after "since" that is a reference point ("the lowest since April"), or has its
# own year, or is no month at all; a baseline's relative words that DO measure ("in the last 12
# months compared with the previous year" keeps the last 12 months as the anchor)
SINCE_REFUSALS = [
    ("Burglary is at its lowest level since April.", {("2024-04-01", "2024-04-30")}),
    ("Burglary has fallen by 14% since April 2023.", {("2023-04-01", "2024-07-18")}),
    ("Burglary has fallen by 14% since April last year.", {("2023-04-01", "2024-07-18")}),
    ("Ms April Jones has led the team since 2019.", {("2019-01-01", "2024-07-18")}),
    ("She said it may rise again.", set()),
    ("Burglary fell by 9% in the last 12 months compared with the previous year.",
     {("2023-07-01", "2024-06-30"), ("2022-07-01", "2023-06-30")}),
    ("Robbery rose from 112 last year to 130 this year.",
     {("2023-01-01", "2023-12-31"), ("2024-01-01", "2024-12-31")}),
    # a part of a decade: no range to publication, and no calendar bounds (periods.yaml `decade`)
    ("Crime is at its lowest since the mid-1990s.", {(None, None)}),
]


@pytest.mark.parametrize("text, found", SINCE_REFUSALS, ids=[r[0][:48] for r in SINCE_REFUSALS])
def test_since_and_anchor_refusals(nlp, text, found):
    doc = run(nlp, text, published=PUBLISHED["day"], precision="day")
    assert _periods(doc) == found, _periods(doc)
