"""A grammar grid of period phrases that releases write in shortened, reversed or untidy forms
(sentences written for the tests).

Statistical years written as a range of months (the guide: the same month a year apart is a
statistical year, the 12 months ending with the later month): the end month left out when it repeats
the first ("between August 2016 and 2017": the year to August 2017), the two ends given latest first
("between August 2017 and August 2016"), and the same month several years apart ("from May 2015 to May
2019": four statistical years, from June 2015). Near misses keep their reading: the end month left out
with years that are not a year apart, a range of different months, a range "to the end of" a year.

Days written with a comma before the range word ("the period of 2 July, to 29 September, 2023"): one
range, as the guide's "October 1, 2014, to September 30, 2015"; "the same period last year" after it
is that range a year back.

Decades written with an apostrophe ("the 1960’s", "the 1980's"): the decade, as "the 1960s"; a part of
one ("the early 1980's") has no calendar bounds (null dates), and no bare year is read inside it.

"The five-year average" set against some months of a year ("between May and October 2023 ... below the
five-year average") is the same months of five years, not one calendar interval: a period with null
dates (the guide: unresolvable); against a whole year or a statistical year it stays the five years
before it.

A full date after "up to" with the day written against the month ("the 12-month period up to
June30th 2022"): read as the spaced date.

A financial year written with two digits that would make a span of decades ("in 2016 – 61") is no
span: no period.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import run

PUBLISHED = "2024-07-18"


def _periods(doc) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS]}


def _claim_periods(doc) -> list[tuple]:
    return [(c._.period_start, c._.period_end) for c in doc.spans["claims"]]


FRAMES = [
    ("Shoplifting fell by 9% {p}.", True),
    ("{P}, shoplifting fell by 9%.", True),
    ("Officers logged 3,215 shoplifting offences {p}.", True),
    ("Officers reviewed shoplifting reports {p}.", False),
]


def _fill(frame: str, phrase: str) -> str:
    return frame.format(p=phrase, P=phrase[:1].upper() + phrase[1:])


# ---- statistical years written as ranges ----
# (phrase, start, end)
STAT_YEARS = [
    # the end month left out: it repeats the first, a year later
    ("between August 2016 and 2017", "2016-09-01", "2017-08-31"),
    ("between December 2020 and 2021", "2021-01-01", "2021-12-31"),
    ("from June 2018 to 2019", "2018-07-01", "2019-06-30"),
    ("between Nov 2012 and 2013", "2012-12-01", "2013-11-30"),
    # latest first
    ("between August 2017 and August 2016", "2016-09-01", "2017-08-31"),
    ("between March 2023 and March 2022", "2022-04-01", "2023-03-31"),
    ("between May 2021 and June 2020", "2020-06-01", "2021-05-31"),
    # the same month several years apart
    ("from May 2015 to May 2019", "2015-06-01", "2019-05-31"),
    ("between October 2010 and October 2013", "2010-11-01", "2013-10-31"),
    ("from January 2016 to January 2018", "2016-02-01", "2018-01-31"),
    # near misses: a year apart as before, different months, "the end of" a year
    ("between August 2016 and August 2017", "2016-09-01", "2017-08-31"),
    ("from May 2015 to April 2019", "2015-05-01", "2019-04-30"),
    ("between December 2011 and the end of 2012", "2011-12-01", "2012-12-31"),
]


@pytest.mark.parametrize("frame, claim", FRAMES, ids=range(len(FRAMES)))
@pytest.mark.parametrize("phrase, start, end", STAT_YEARS, ids=[s[0] for s in STAT_YEARS])
def test_statistical_year_as_a_range(nlp, frame, claim, phrase, start, end):
    doc = run(nlp, _fill(frame, phrase), published=PUBLISHED)
    assert _periods(doc) == {(start, end)}
    if claim:
        assert _claim_periods(doc) == [(start, end)]


# the end month left out with years that are not a year apart: no statistical year is read into it
@pytest.mark.parametrize("text, expected", [
    ("Shoplifting fell by 9% between August 2016 and 2019.",
     {("2016-08-01", "2016-08-31"), ("2019-01-01", "2019-12-31")}),
    ("Shoplifting fell by 9% between August 2017 and 2016.",
     {("2017-08-01", "2017-08-31"), ("2016-01-01", "2016-12-31")}),
])
def test_elided_month_needs_the_next_year(nlp, text, expected):
    assert _periods(run(nlp, text, published=PUBLISHED)) == expected


# ---- day ranges with a comma before the range word ----
DAY_RANGES = [
    ("the period of 2 July, to 29 September, 2023", "2023-07-02", "2023-09-29"),
    ("the period of July 2, to September 29, 2023", "2023-07-02", "2023-09-29"),
    ("the period of 1 April, to 31 December 2023", "2023-04-01", "2023-12-31"),
    ("the period 1 October, 2022, to 30 June, 2023", "2022-10-01", "2023-06-30"),
    ("the months from 1 May, until 31 August, 2023", "2023-05-01", "2023-08-31"),
]


@pytest.mark.parametrize("phrase, start, end", DAY_RANGES, ids=[d[0] for d in DAY_RANGES])
def test_day_range_with_a_comma(nlp, phrase, start, end):
    text = (f"Figures for {phrase} show shoplifting down 9%, compared with the same period last year, "
            "the force said.")
    doc = run(nlp, text, published=PUBLISHED)
    baseline = (f"{int(start[:4]) - 1}{start[4:]}", f"{int(end[:4]) - 1}{end[4:]}")
    assert _periods(doc) == {(start, end), baseline}
    assert _claim_periods(doc) == [(start, end)]


@pytest.mark.parametrize("text, expected", [
    # a day then a comma and "to" that opens no range
    ("On 2 July, to mark the anniversary, officers held an open day.", {("2024-07-02", "2024-07-02")}),
    ("On 2 July 2023, to mark the launch, officers met 40 residents.", {("2023-07-02", "2023-07-02")}),
])
def test_comma_before_to_opens_no_range(nlp, text, expected):
    assert _periods(run(nlp, text, published=PUBLISHED)) == expected


# ---- decades with an apostrophe ----
DECADE_FRAMES = [
    "Burglary is at its lowest level since the {d}.",
    "Car crime was far more common in the {d}.",
    "Levels are back to those last seen in the {d}, the force said.",
]
APOSTROPHES = ["’", "'", "′"]


@pytest.mark.parametrize("frame", DECADE_FRAMES)
@pytest.mark.parametrize("mark", APOSTROPHES)
@pytest.mark.parametrize("part", ["", "early ", "mid-", "late "])
@pytest.mark.parametrize("decade", [1960, 1980])
def test_decade_with_an_apostrophe(nlp, frame, mark, part, decade):
    doc = run(nlp, frame.format(d=f"{part}{decade}{mark}s"), published=PUBLISHED)
    expected = (None, None) if part else (f"{decade}-01-01", f"{decade + 9}-12-31")
    assert _periods(doc) == {expected}


def test_possessive_of_a_year_stays_the_year(nlp):
    # a year that is no decade keeps its reading with a possessive after it
    doc = run(nlp, "Shoplifting fell by 9% on 2023's total.", published=PUBLISHED)
    assert _periods(doc) == {("2023-01-01", "2023-12-31")}


# ---- an N-year average against some months ----
PART_YEARS = [
    "Between May and October 2023",
    "In the first half of 2023",
    "From 1 April to 30 September 2023",
    "In the first two quarters of 2023/24",
]


@pytest.mark.parametrize("average", ["the five-year average", "the three year average",
                                     "the average for the past five years"])
@pytest.mark.parametrize("lead", PART_YEARS)
def test_average_against_part_of_a_year(nlp, lead, average):
    doc = run(nlp, f"{lead} shoplifting fell by 9%, and was 12% below {average}.", published=PUBLISHED)
    spans = {s.text.lower(): (s._.start, s._.end) for s in doc.spans[PERIODS]}
    assert spans[average] == (None, None), spans


WHOLE_YEARS = [
    ("In 2022/23", "2017-04-01", "2022-03-31"),
    ("In the year to June 2023", "2017-07-01", "2022-06-30"),
    ("In 2022", "2017-01-01", "2021-12-31"),
]


@pytest.mark.parametrize("lead, start, end", WHOLE_YEARS, ids=[w[0] for w in WHOLE_YEARS])
def test_average_against_whole_years(nlp, lead, start, end):
    doc = run(nlp, f"{lead} shoplifting fell by 9%, and was 12% below the five-year average.", published=PUBLISHED)
    spans = {s.text.lower(): (s._.start, s._.end) for s in doc.spans[PERIODS]}
    assert spans["the five-year average"] == (start, end), spans


# ---- a full date with the day against the month ----
@pytest.mark.parametrize("phrase, start, end", [
    ("the 12-month period up to June30th 2022", "2021-07-01", "2022-06-30"),
    ("the 12 months to March31st 2023", "2022-04-01", "2023-03-31"),
    ("the year ending December31 2021", "2021-01-01", "2021-12-31"),
])
def test_day_against_the_month(nlp, phrase, start, end):
    doc = run(nlp, f"Figures for {phrase} show shoplifting fell by 9%.", published=PUBLISHED)
    assert _periods(doc) == {(start, end)}
    assert _claim_periods(doc) == [(start, end)]


# ---- a span of decades from two digits ----
@pytest.mark.parametrize("text, expected", [
    ("There were six more robberies in 2016 – 61 compared to 48 last year.", {("2023-01-01", "2023-12-31")}),
    ("Shoplifting rose by 9% in 2019-85.", set()),
    # near misses: a financial year and a plan's span of years keep their readings
    ("Shoplifting rose by 9% in 2019-20.", {("2019-04-01", "2020-03-31")}),
    ("Shoplifting rose by 9% over 2019-23.", {("2019-01-01", "2023-12-31")}),
])
def test_two_digit_span_of_decades(nlp, text, expected):
    assert _periods(run(nlp, text, published=PUBLISHED)) == expected
