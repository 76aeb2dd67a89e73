"""A grammar grid of dated period phrases whose reading a word after or before them used to spoil
(sentences written for the tests).

A part of a year followed by an infinitive "to" ("in the first half of 2021 to cover the gap", "in
the third quarter of 2019 to meet demand"): the part of the year, as without the "to"; a "to" that
starts the end of a range ("the first quarter of 2016 to the end of 2017") still refuses it.

A superlative before "since" and a month with its year ("the lowest total since August 2014", "for
the first time since March 2021"): the month is a reference point (the guide: "the lowest since 1986"
is that calendar year), not the start of a span to publication, as "since 2014" and "since April"
after a superlative already read.

A quarter "of the year" written before a financial year ("the first quarter of the year 2011/12"):
that quarter of the financial year, as "the first quarter of 2011/12".

A statistical year "to the end" of a month written without "of" ("the year to end March 2019", "up
to the end June 2020" after figures): as "to the end of March 2019".

A numeric date that cannot be day first ("04/26/2024": no 26th month): the month first, as US pages
write it; one that can stays day first ("04/06/2024": 4 June).
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import run

PUBLISHED = "2024-07-18"


def _periods(doc) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS]}


# ---- a part of a year before an infinitive "to" ----
PARTS_BEFORE_TO = [
    ("Four wardens were hired in the first half of 2021 to cover the gap.", ("2021-01-01", "2021-06-30")),
    ("Two vans were bought in the third quarter of 2019 to meet demand.", ("2019-07-01", "2019-09-30")),
    ("Patrols were doubled in the first six months of 2022 to deter thieves.", ("2022-01-01", "2022-06-30")),
    ("A helpline opened in the second half of 2018 to support victims.", ("2018-07-01", "2018-12-31")),
    ("Extra staff joined in the final quarter of 2020 to clear the backlog.", ("2020-10-01", "2020-12-31")),
]


@pytest.mark.parametrize("text, period", PARTS_BEFORE_TO, ids=[t[0][:40] for t in PARTS_BEFORE_TO])
def test_part_of_year_before_infinitive(nlp, text, period):
    assert period in _periods(run(nlp, text, published=PUBLISHED))


# near misses: a "to" that starts the end of a range, or a figure's change ("from 13 in ... to 27")
@pytest.mark.parametrize("text, absent", [
    ("Thefts rose from the first quarter of 2016 to the end of 2017.", ("2016-01-01", "2016-03-31")),
    ("Thefts rose in the second half of 2015 to March 2016.", ("2015-07-01", "2015-12-31")),
])
def test_part_of_year_starting_a_range(nlp, text, absent):
    assert absent not in _periods(run(nlp, text, published=PUBLISHED))


def test_part_of_year_before_a_figure(nlp):
    doc = run(nlp, "Robberies climbed from 41 in the second quarter of 2018 to 55 this year.", published=PUBLISHED)
    assert ("2018-04-01", "2018-06-30") in _periods(doc)


# ---- a superlative before "since MONTH YEAR" ----
SUPERLATIVE_SINCE = [
    ("Vehicle crime was at its lowest monthly level since August 2014, and patrols rose by 10%.",
     ("2014-08-01", "2014-08-31")),
    ("The number of gangs fell for the first time since March 2021.", ("2021-03-01", "2021-03-31")),
    ("Burglary fell 12% to the lowest figure since June 2015.", ("2015-06-01", "2015-06-30")),
    ("It was the biggest monthly rise in thefts since October 2019.", ("2019-10-01", "2019-10-31")),
    ("Arrests reached their highest total since 1 May 2020, up 8%.", ("2020-05-01", "2020-05-01")),
]


@pytest.mark.parametrize("text, period", SUPERLATIVE_SINCE, ids=[t[0][:40] for t in SUPERLATIVE_SINCE])
def test_superlative_since_month(nlp, text, period):
    periods = _periods(run(nlp, text, published=PUBLISHED))
    assert period in periods
    assert not any(end == "2024-07-18" for _, end in periods)


# near misses: a change since a month without a superlative still runs to publication
@pytest.mark.parametrize("text, start", [
    ("Crime has fallen by 12% since March 2021.", "2021-03-01"),
    ("Since June 2019 there have been 240 fewer burglaries.", "2019-06-01"),
    ("Thefts have dropped since 4 May 2022, by 9%.", "2022-05-04"),
])
def test_change_since_month_runs_to_publication(nlp, text, start):
    assert (start, "2024-07-18") in _periods(run(nlp, text, published=PUBLISHED))


# ---- a quarter "of the year" before a financial year ----
@pytest.mark.parametrize("text, period", [
    ("Six schemes will be finished in the first quarter of the year 2011/12.", ("2011-04-01", "2011-06-30")),
    ("Burglary fell by 7% in the third quarter of the year 2019-20.", ("2019-10-01", "2019-12-31")),
    ("Thefts rose 4% in the fourth quarter of the financial year 2021/22.", ("2022-01-01", "2022-03-31")),
    ("Thefts rose 4% in the first six months of the year 2016/17.", ("2016-04-01", "2016-09-30")),
    # near miss: a calendar year stays calendar
    ("Burglary fell by 7% in the third quarter of the year 2019.", ("2019-07-01", "2019-09-30")),
])
def test_quarter_of_the_year_financial(nlp, text, period):
    assert _periods(run(nlp, text, published=PUBLISHED)) == {period}


# ---- "to the end" of a month without "of" ----
@pytest.mark.parametrize("text, period", [
    ("Robbery fell by 6% in the year to end March 2019.", ("2018-04-01", "2019-03-31")),
    ("Knife crime rose 3% in the 12 months to end June 2020.", ("2019-07-01", "2020-06-30")),
    ("The statistics show crime is down 5% (up to the end March 2015).", ("2014-04-01", "2015-03-31")),
    ("Thefts rose 2% in the year to the end of September 2021.", ("2020-10-01", "2021-09-30")),
    ("Figures to end December 2017 show a 4% fall in assaults.", ("2017-01-01", "2017-12-31")),
])
def test_to_end_month_without_of(nlp, text, period):
    assert _periods(run(nlp, text, published=PUBLISHED)) == {period}


# ---- a numeric date that can only be month first ----
@pytest.mark.parametrize("text, period", [
    ("Posted 04/26/2024 by the press office.", ("2024-04-26", "2024-04-26")),
    ("The operation ended on 12/31/2023.", ("2023-12-31", "2023-12-31")),
    ("The figures were updated on 09/15/2022.", ("2022-09-15", "2022-09-15")),
    # near misses: day first when it can be
    ("The figures were updated on 04/06/2024.", ("2024-06-04", "2024-06-04")),
    ("The operation ended on 26/04/2024.", ("2024-04-26", "2024-04-26")),
])
def test_numeric_date_month_first(nlp, text, period):
    assert _periods(run(nlp, text, published=PUBLISHED)) == {period}
