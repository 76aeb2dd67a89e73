"""A grammar grid of relative period phrases (sentences written for the tests).

"Same period last year" written without its article ("down 4% on same period last year", "compared to
same time previous year", "against corresponding quarter last year"): note and table style drops "the",
and the phrase still means the period just named a year earlier (the guide: "the same period the year
before" resolves against the period just mentioned), as it does with the article. The words "last year"
inside it are no calendar year of their own.

Near misses keep their reading: the phrase with its article, "same" before other nouns ("same officers
last year": "last year" alone is the calendar year), and the phrase with no period named before it
(unresolved, as with the article).

A weekday named with "on" in the clause of a future auxiliary ("will be discussed on Wednesday") is the
next such day after publication, not the last one before it.

"The first six months of the year" in a release that names those same months counted from April ("April
to September"): those months from April of the financial year holding publication, once ended; without
such a span (or with a span from April of other months), with the months not yet over, "of last year" or
a year named, the calendar year's.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import run

PUBLISHED = "2024-07-18"


def _periods(doc) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS]}


def _texts(doc) -> list[str]:
    return [s.text for s in doc.spans[PERIODS]]


def _claim_baselines(doc) -> list[tuple]:
    return [(c._.baseline_start, c._.baseline_end) for c in doc.spans["claims"]]


# ---- "same period last year" without its article ----
# (sentence, the stated period, the period a year before it)
BARE_SAME_PERIOD = [
    ("Burglary fell by 12% in April to June 2021 compared to same period last year.",
     ("2021-04-01", "2021-06-30"), ("2020-04-01", "2020-06-30")),
    ("Vehicle crime in 2019/20 was down 6% on same period the previous year.",
     ("2019-04-01", "2020-03-31"), ("2018-04-01", "2019-03-31")),
    ("Shoplifting in Q3 2022 rose by 9% against same time previous year.",
     ("2022-07-01", "2022-09-30"), ("2021-07-01", "2021-09-30")),
    ("Thefts between May and August 2018 were 7% lower than same period in the previous year.",
     ("2018-05-01", "2018-08-31"), ("2017-05-01", "2017-08-31")),
    ("Arson in January to March 2023 was up 3% on corresponding period last year.",
     ("2023-01-01", "2023-03-31"), ("2022-01-01", "2022-03-31")),
    ("Robberies in the year to September 2016 fell by 5% compared with same period a year earlier.",
     ("2015-10-01", "2016-09-30"), ("2014-10-01", "2015-09-30")),
    ("Cycle thefts in June 2020 rose 15% on same month last year.",
     ("2020-06-01", "2020-06-30"), ("2019-06-01", "2019-06-30")),
    ("Criminal damage in 2015/16 dropped 4%, down on equivalent period the year before.",
     ("2015-04-01", "2016-03-31"), ("2014-04-01", "2015-03-31")),
]


@pytest.mark.parametrize("text, stated, before", BARE_SAME_PERIOD, ids=[c[0][:40] for c in BARE_SAME_PERIOD])
def test_same_period_without_article(nlp, text, stated, before):
    doc = run(nlp, text, published=PUBLISHED)
    assert _periods(doc) == {stated, before}


@pytest.mark.parametrize("text, stated, before", BARE_SAME_PERIOD, ids=[c[0][:40] for c in BARE_SAME_PERIOD])
def test_same_period_without_article_as_with_it(nlp, text, stated, before):
    """The article changes nothing: the same periods as the sentence written with "the"."""
    bare = run(nlp, text, published=PUBLISHED)
    for word in ("same", "corresponding", "equivalent"):
        if f" {word} " in text:
            with_article = text.replace(f" {word} ", f" the {word} ", 1)
            break
    full = run(nlp, with_article, published=PUBLISHED)
    assert _periods(bare) == _periods(full)


def test_same_period_without_article_is_the_baseline(nlp):
    doc = run(nlp, "Burglary fell by 12% in April to June 2021 compared to same period last year.",
              published=PUBLISHED)
    assert _claim_baselines(doc) == [("2020-04-01", "2020-06-30")]


def test_same_period_without_article_is_one_span(nlp):
    """"last year" inside the phrase is no calendar year of its own."""
    doc = run(nlp, "Arson in January to March 2023 was up 3% on same period last year.", published=PUBLISHED)
    assert _texts(doc) == ["January to March 2023", "same period last year"]


# ---- near misses ----
@pytest.mark.parametrize("text, expected", [
    # "same" before another noun: "last year" is the calendar year before publication
    ("Same officers patrolled the estate last year.", {("2023-01-01", "2023-12-31")}),
    ("Burglars targeted same streets last year, residents said.", {("2023-01-01", "2023-12-31")}),
    # the article kept: unchanged
    ("Burglary fell by 12% in April to June 2021 compared to the same period last year.",
     {("2021-04-01", "2021-06-30"), ("2020-04-01", "2020-06-30")}),
    # no period named before it: unresolved, as with the article
    ("Crime was down 4% on same period last year.", {(None, None)}),
    ("Crime was down 4% on the same period last year.", {(None, None)}),
])
def test_same_period_near_misses(nlp, text, expected):
    assert _periods(run(nlp, text, published=PUBLISHED)) == expected


# ---- a weekday in a sentence about the future ----
# Published on a Thursday (2024-07-18): "on Tuesday" after a future auxiliary in the same clause is the
# next Tuesday; in a sentence about the past, or with the auxiliary in another clause, the last one.
@pytest.mark.parametrize("text, expected", [
    ("The report will be discussed by councillors on Tuesday.", ("2024-07-23", "2024-07-23")),
    ("The police board is due to meet on Monday.", ("2024-07-22", "2024-07-22")),
    ("A new patrol team will start work in the town centre on Saturday.", ("2024-07-20", "2024-07-20")),
    ("The figures are set to be published on Wednesday.", ("2024-07-24", "2024-07-24")),
    ("Residents will be able to meet officers at the library on Friday.", ("2024-07-19", "2024-07-19")),
    # near misses: the past, or the future auxiliary in another clause
    ("Councillors discussed the report on Tuesday.", ("2024-07-16", "2024-07-16")),
    ("The force said on Monday that burglary will fall.", ("2024-07-15", "2024-07-15")),
    ("The chief constable, who will retire in the spring, spoke on Monday.", ("2024-07-15", "2024-07-15")),
    ("The panel, which will meet again in the autumn, met on Tuesday.", ("2024-07-16", "2024-07-16")),
    ("The panel met on Tuesday; it will meet again soon.", ("2024-07-16", "2024-07-16")),
    pytest.param("Officers who will join the team were sworn in on Tuesday.", ("2024-07-16", "2024-07-16"),
                 marks=pytest.mark.xfail(strict=True, reason="a future auxiliary in a relative clause without "
                                         "commas is read as the clause of the weekday")),
])
def test_weekday_in_a_future_sentence(nlp, text, expected):
    assert _periods(run(nlp, text, published=PUBLISHED)) == {expected}


# ---- "the first six months of the year" in a release that counts in financial years ----
# A release that names the same months counted from April ("April to September") counts its year from
# April: "the first six months of the year" there are April to September of the financial year holding
# publication, once they have ended; otherwise, and with a year named, the calendar year's months.
def _span(doc, words: str) -> tuple:
    return next((s._.start, s._.end) for s in doc.spans[PERIODS] if words in s.text.lower())


@pytest.mark.parametrize("text, published, precision, expected", [
    ("Thefts fell by 6% between April and September 2024. The first six months of the year saw 120 fewer "
     "burglaries.", "2024-11-05", "day", ("2024-04-01", "2024-09-30")),
    ("Police recorded 4,100 crimes from April to December 2023. Violent crime fell 8% in the first nine "
     "months of the year.", "2024-01-20", "day", ("2023-04-01", "2023-12-31")),
    ("Shoplifting rose 5% from April to September. In the first six months of the year, officers made 300 "
     "arrests.", "2023-01-01", "year", ("2023-04-01", "2023-09-30")),
    ("Burglary fell by 3% in the first six months of the current year, from April to September 2022.",
     "2022-10-30", "day", ("2022-04-01", "2022-09-30")),
    # near misses: a span from April of other months; no span from April longer than a quarter; the months
    # not yet over; last year's; a year named
    ("Crime fell 5% in 2023/24. Burglary rose over the first three months of the year.", "2024-09-20", "day",
     ("2024-01-01", "2024-03-31")),
    ("Thefts fell from April to December 2023. In the first six months of the year, arson rose.",
     "2024-11-05", "day", ("2024-01-01", "2024-06-30")),
    ("Robbery fell 4% between April and June. Arson was flat over the first three months of this year.",
     "2024-07-18", "day", ("2024-01-01", "2024-03-31")),
    ("In the first six months of the year, officers made 300 arrests.", "2024-11-05", "day",
     ("2024-01-01", "2024-06-30")),
    ("Thefts fell between April and June. The first six months of this year saw fewer burglaries.",
     "2024-07-18", "day", ("2024-01-01", "2024-06-30")),
    ("Thefts fell between April and September 2024. The first six months of last year saw more.",
     "2024-11-05", "day", ("2023-01-01", "2023-06-30")),
    ("Thefts fell between April and September 2024. The first six months of 2024 saw 80 fewer.",
     "2024-11-05", "day", ("2024-01-01", "2024-06-30")),
])
def test_first_months_of_the_year_in_a_financial_release(nlp, text, published, precision, expected):
    doc = run(nlp, text, published=published, precision=precision)
    assert _span(doc, "first") == expected
