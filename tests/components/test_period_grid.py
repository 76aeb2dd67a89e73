"""A grammar grid for period expressions (sentences written for the tests).

Each slot varies on its own the way English releases vary it: the period form
(statistical years, financial years, ranges, quarters, relative words), the frame
around it (no figure, a change after it, a fronted period, a level), and for a
change the comparison period after it. Expected dates come from the annotation
guide's period table and conventions; the claim's period and baseline from the
claim fields ("a claim's period is never its publication date"). Refusals (dates
of publication or of an event, ages, "24/7", emergency and phone numbers) stay
in the grid.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import capitalised, period_triples, run

PUBLISHED = "2024-07-18"

# (phrase as it stands after a verb, span text, start, end)
FORMS = [
    ("in the year to March 2024", "the year to March 2024", "2023-04-01", "2024-03-31"),
    ("in the year ending March 2024", "year ending March 2024", "2023-04-01", "2024-03-31"),
    ("in the 12 months to 30 September 2015", "the 12 months to 30 September 2015", "2014-10-01", "2015-09-30"),
    ("in the twelve months ending September 30, 2015", "the twelve months ending September 30, 2015",
     "2014-10-01", "2015-09-30"),
    ("in 2023/24", "2023/24", "2023-04-01", "2024-03-31"),
    ("in 2023-24", "2023-24", "2023-04-01", "2024-03-31"),
    ("in 2023-2024", "2023-2024", "2023-04-01", "2024-03-31"),
    ("in financial year 2023/24", "financial year 2023/24", "2023-04-01", "2024-03-31"),
    ("in the 2023/24 financial year", "2023/24 financial year", "2023-04-01", "2024-03-31"),
    ("in 2023–24", "2023–24", "2023-04-01", "2024-03-31"),
    ("in the year 2023/24", "2023/24", "2023-04-01", "2024-03-31"),
    ("in the year to the end of March 2024", "the year to the end of March 2024", "2023-04-01", "2024-03-31"),
    ("in the year up to March 2024", "the year up to March 2024", "2023-04-01", "2024-03-31"),
    ("in the rolling 12 months to March 2024", "12 months to March 2024", "2023-04-01", "2024-03-31"),
    ("in the 12 months ending in March 2024", "the 12 months ending in March 2024", "2023-04-01", "2024-03-31"),
    ("in the 12-month period to March 2024", "12-month period to March 2024", "2023-04-01", "2024-03-31"),
    ("in the 12 months to March", "the 12 months to March", "2023-04-01", "2024-03-31"),
    ("in the three months to June 2024", "the three months to June 2024", "2024-04-01", "2024-06-30"),
    ("for the period April 2023 to March 2024", "April 2023 to March 2024", "2023-04-01", "2024-03-31"),
    ("for the period 1 April 2023 to 31 March 2024", "1 April 2023 to 31 March 2024", "2023-04-01", "2024-03-31"),
    ("in April 2023 – March 2024", "April 2023 – March 2024", "2023-04-01", "2024-03-31"),
    ("from 2019 to 2023", "2019 to 2023", "2019-01-01", "2023-12-31"),
    ("in the calendar year 2023", "2023", "2023-01-01", "2023-12-31"),
    ("in March 2024", "March 2024", "2024-03-01", "2024-03-31"),
    ("in the first half of 2024", "the first half of 2024", "2024-01-01", "2024-06-30"),
    ("between January and June", "January and June", "2024-01-01", "2024-06-30"),
    ("in the last financial year", "the last financial year", "2023-04-01", "2024-03-31"),
    ("so far this year", "so far this year", "2024-01-01", "2024-07-18"),
    ("in the year to date", "the year to date", "2024-01-01", "2024-07-18"),
    ("over the past year", "the past year", "2023-07-01", "2024-06-30"),
    ("in the last three years", "the last three years", "2021-01-01", "2023-12-31"),
    ("over the past decade", "the past decade", "2014-01-01", "2023-12-31"),
    ("from the 1st of April 2022 to the 31st of March 2023", "1st of April 2022 to the 31st of March 2023",
     "2022-04-01", "2023-03-31"),
    ("from the 1 April 2022 to 31 March 2023", "1 April 2022 to 31 March 2023", "2022-04-01", "2023-03-31"),
    ("between 1st April 2022 and 31st March 2023", "1st April 2022 and 31st March 2023", "2022-04-01", "2023-03-31"),
    ("in April 2022 - March 2023", "April 2022 - March 2023", "2022-04-01", "2023-03-31"),
    ("from Apr 2022 to Mar 2023", "Apr 2022 to Mar 2023", "2022-04-01", "2023-03-31"),
    ("in the year April 2022 to March 2023", "April 2022 to March 2023", "2022-04-01", "2023-03-31"),
    ("in the financial year ending March 2024", "financial year ending March 2024", "2023-04-01", "2024-03-31"),
    ("in the year ended 31 March 2024", "year ended 31 March 2024", "2023-04-01", "2024-03-31"),
    ("in the year to 31 March 2024", "the year to 31 March 2024", "2023-04-01", "2024-03-31"),
    ("in the year to March 31, 2024", "the year to March 31, 2024", "2023-04-01", "2024-03-31"),
    ("in the year ending 31st March 2024", "year ending 31st March 2024", "2023-04-01", "2024-03-31"),
    ("over the 12 months to the end of March 2024", "the 12 months to the end of March 2024",
     "2023-04-01", "2024-03-31"),
    ("in the quarter to June 2024", "the quarter to June 2024", "2024-04-01", "2024-06-30"),
    ("in the second quarter of 2024", "the second quarter of 2024", "2024-04-01", "2024-06-30"),
    ("in the six months to September 2023", "the six months to September 2023", "2023-04-01", "2023-09-30"),
    ("in the first nine months of 2023", "the first nine months of 2023", "2023-01-01", "2023-09-30"),
    ("during the first half of the year", "the first half of the year", "2024-01-01", "2024-06-30"),
    ("in the past three years", "the past three years", "2021-01-01", "2023-12-31"),
    # headline style drops the article of "the end of"
    ("between April 2022 and end of March 2023", "April 2022 and end of March 2023", "2022-04-01", "2023-03-31"),
    ("from April 2022 to end of March 2023", "April 2022 to end of March 2023", "2022-04-01", "2023-03-31"),
    ("in the year to end of March 2024", "the year to end of March 2024", "2023-04-01", "2024-03-31"),
    ("in the 12 months to end of September 2015", "the 12 months to end of September 2015",
     "2014-10-01", "2015-09-30"),
    ("from April to June 2024", "April to June 2024", "2024-04-01", "2024-06-30"),
    ("between April 2022 and March 2023", "April 2022 and March 2023", "2022-04-01", "2023-03-31"),
    ("from 1 April 2022 to 31 March 2023", "1 April 2022 to 31 March 2023", "2022-04-01", "2023-03-31"),
    ("from October 1, 2014, to September 30, 2015", "October 1, 2014, to September 30, 2015",
     "2014-10-01", "2015-09-30"),
    ("in Q1 2019", "Q1 2019", "2019-01-01", "2019-03-31"),
    ("in the first quarter of 2019", "the first quarter of 2019", "2019-01-01", "2019-03-31"),
    ("in the first six months of the year", "the first six months of the year", "2024-01-01", "2024-06-30"),
    ("last year", "last year", "2023-01-01", "2023-12-31"),
    ("this year", "this year", "2024-01-01", "2024-12-31"),
    ("in the past 12 months", "the past 12 months", "2023-07-01", "2024-06-30"),
    ("since 2010", "since 2010", "2010-01-01", "2024-07-18"),
    ("over the last five years", "the last five years", "2019-01-01", "2023-12-31"),
    ("in 2019", "2019", "2019-01-01", "2019-12-31"),
    # a range whose end carries a relative year, after "between" or with "the end of"
    ("between April 2023 and March this year", "April 2023 and March this year", "2023-04-01", "2024-03-31"),
    ("between July 2023 and June this year", "July 2023 and June this year", "2023-07-01", "2024-06-30"),
    ("from January to the end of June this year", "January to the end of June this year",
     "2024-01-01", "2024-06-30"),
    ("between April and the end of June last year", "April and the end of June last year",
     "2023-04-01", "2023-06-30"),
    ("from June to the end of October last year", "June to the end of October last year",
     "2023-06-01", "2023-10-31"),
    ("from April to the end of June 2024", "April to the end of June 2024", "2024-04-01", "2024-06-30"),
    ("between April 2023 and the end of March this year", "April 2023 and the end of March this year",
     "2023-04-01", "2024-03-31"),
    # months with two-digit years a year apart (the statistical year): not days
    ("between April 22 and March 23", "April 22 and March 23", "2022-04-01", "2023-03-31"),
    ("from April 22 to March 23", "April 22 to March 23", "2022-04-01", "2023-03-31"),
    ("in April 22 – March 23", "April 22 – March 23", "2022-04-01", "2023-03-31"),
    ("for the period April 22 to March 2023", "April 22 to March 2023", "2022-04-01", "2023-03-31"),
    ("between November 22 and October 23", "November 22 and October 23", "2022-11-01", "2023-10-31"),
]

# frames: (template, has a claim). {p} is the phrase, {P} the phrase with a capital
FRAMES = [
    ("Officers reviewed burglary reports {p}.", False),
    ("Burglary fell by 12% {p}.", True),
    ("{P}, burglary fell by 12%.", True),
    ("Officers recorded 1,240 burglaries {p}.", True),
    ("Reports of burglary were down 12 per cent {p}, the force said.", True),
    ("Burglary in Lancashire fell by 12% to 1,240 offences {p}.", True),
    ("According to figures, burglary fell by 12% {p}.", True),
    ("The figures show that {p} burglary fell by 12%.", True),
]


def _run(nlp, text: str, published: str | None = PUBLISHED):
    return run(nlp, text, published=published)


def _period(span) -> tuple:
    return (span._.period_start, span._.period_end)


def _baseline(span) -> tuple:
    return (span._.baseline_start, span._.baseline_end)


GRID = [(frame, claim, form) for frame, claim in FRAMES for form in FORMS]


@pytest.mark.parametrize("frame, claim, form", GRID,
                         ids=[f"{i // len(FORMS)}-{form[1]}" for i, (_, _, form) in enumerate(GRID)])
def test_period_form_in_frame(nlp, frame, claim, form):
    phrase, span, start, end = form
    doc = _run(nlp, frame.format(p=phrase, P=capitalised(phrase)))
    found = period_triples(doc)
    # the span text may keep or drop a leading article; the dates are what the guide scores
    assert {(s, e) for _, s, e in found} == {(start, end)}, found
    assert any(text.lower().endswith(span.lower()) or span.lower().endswith(text.lower())
               for text, _, _ in found), found
    claims = list(doc.spans["claims"])
    assert bool(claims) == claim, [c.text for c in claims]
    assert [_period(c) for c in claims] == [(start, end)] * len(claims)


# two financial years joined by a range word are one span, the first's 1 April to the second's 31 March,
# when no change is measured between them: (phrase, start, end)
FY_RANGES = [
    ("between 2019/20 and 2023/24", "2019-04-01", "2024-03-31"),
    ("from 2019/20 to 2023/24", "2019-04-01", "2024-03-31"),
    ("from 2019-20 to 2023-24", "2019-04-01", "2024-03-31"),
    ("between 2019/2020 and 2023/2024", "2019-04-01", "2024-03-31"),
    ("from 2019/20 until 2023/24", "2019-04-01", "2024-03-31"),
    ("in 2019/20 to 2023/24", "2019-04-01", "2024-03-31"),
    ("from 2005/6 until 2007/8", "2005-04-01", "2008-03-31"),
    ("in 2019-20 – 2023-24", "2019-04-01", "2024-03-31"),
    ("since 2019/20 and up until 2023/24", "2019-04-01", "2024-03-31"),
]
FY_RANGE_FRAMES = [
    "The force made savings of £6.5m {p}.",
    "{P}, the force made savings of £6.5m.",
    "Officers reviewed burglary reports {p}.",
    "Recorded crime, {p}",
    "The force recruited 120 officers {p}, the report says.",
]
_SINCE = ("the claim's period link treats a period after 'since' as a point in time (claims.yaml period_links), "
          "so a figure in a span opened by 'since ... up until' takes no period; the span itself is read")


def _fy_cell(frame: str, form: tuple) -> object:
    has_claim = FY_RANGE_FRAMES.index(frame) in (0, 1, 4)
    marks = [pytest.mark.xfail(reason=_SINCE, strict=True)] if has_claim and form[0].startswith("since") else []
    return pytest.param(frame, form, marks=marks, id=f"{FY_RANGE_FRAMES.index(frame)}-{form[0]}")


FY_RANGE_GRID = [_fy_cell(frame, form) for frame in FY_RANGE_FRAMES for form in FY_RANGES]


@pytest.mark.parametrize("frame, form", FY_RANGE_GRID)
def test_financial_year_range_is_one_span(nlp, frame, form):
    phrase, start, end = form
    doc = _run(nlp, frame.format(p=phrase, P=capitalised(phrase)))
    assert {(s, e) for _, s, e in period_triples(doc)} == {(start, end)}, period_triples(doc)
    for claim in doc.spans["claims"]:
        assert _period(claim) == (start, end)


# refusals: a change measured between two financial years, or two years in a row, compares the two years
FY_COMPARED = [
    "Burglary fell by 39% between 2019/20 and 2023/24.",
    "Between 2019/20 and 2023/24 there was a 39% drop in burglary.",
    "There was a 39% drop in burglary from 2019/20 to 2023/24.",
    "Burglary rose by 39% from 2019-20 to 2023-24.",
]


@pytest.mark.parametrize("text", FY_COMPARED, ids=[t[:40] for t in FY_COMPARED])
def test_change_between_financial_years_compares_them(nlp, text):
    doc = _run(nlp, text)
    assert {(s, e) for _, s, e in period_triples(doc)} == {("2019-04-01", "2020-03-31"), ("2023-04-01", "2024-03-31")}
    claims = list(doc.spans["claims"])
    assert len(claims) == 1, [c.text for c in claims]
    assert _period(claims[0]) == ("2023-04-01", "2024-03-31")


@pytest.mark.parametrize("text", ["Officers reviewed burglary reports from 2022/23 to 2023/24.",
                                  "The force compared the figures between 2022/23 and 2023/24."])
def test_two_financial_years_in_a_row_stay_two(nlp, text):
    doc = _run(nlp, text)
    assert {(s, e) for _, s, e in period_triples(doc)} == {("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")}


# a change in a stated period, compared with another: (comparison, span text, baseline start, end)
STATED = [
    ("in the year to March 2024", "2023-04-01", "2024-03-31"),
    ("in 2023/24", "2023-04-01", "2024-03-31"),
    ("between April 2023 and March 2024", "2023-04-01", "2024-03-31"),
    ("from the 1 April 2023 to 31 March 2024", "2023-04-01", "2024-03-31"),
    ("in the 12 months ending in March 2024", "2023-04-01", "2024-03-31"),
]
COMPARISONS = [
    ("compared with the same period last year", "the same period last year", "2022-04-01", "2023-03-31"),
    ("compared with the previous year", "the previous year", "2022-04-01", "2023-03-31"),
    ("on the year before", "the year before", "2022-04-01", "2023-03-31"),
    ("compared with the previous 12 months", "the previous 12 months", "2022-04-01", "2023-03-31"),
    ("compared to the year ending March 2023", "year ending March 2023", "2022-04-01", "2023-03-31"),
    ("compared with 2022/23", "2022/23", "2022-04-01", "2023-03-31"),
    ("when compared with the 12 months to March 2023", "the 12 months to March 2023", "2022-04-01", "2023-03-31"),
    ("compared with the same period in 2022/23", "the same period in 2022/23", "2022-04-01", "2023-03-31"),
    ("compared with the equivalent period a year earlier", "the equivalent period a year earlier",
     "2022-04-01", "2023-03-31"),
    ("compared with 12 months earlier", "12 months earlier", "2022-04-01", "2023-03-31"),
    ("compared with the corresponding period of the previous year",
     "the corresponding period of the previous year", "2022-04-01", "2023-03-31"),
    ("when compared to the previous twelve months", "the previous twelve months", "2022-04-01", "2023-03-31"),
    ("against the year to March 2023", "the year to March 2023", "2022-04-01", "2023-03-31"),
]

CHANGE_FRAMES = [
    "Burglary fell by 12% {s} {c}.",
    "Burglary fell by 12% {s}, {c}.",
    "{S}, burglary fell by 12% {c}.",
    "There were 12% fewer burglaries {s} {c}.",
    "{C}, burglary fell by 12% {s}.",
]

CHANGE_GRID = [(frame, stated, comp) for frame in CHANGE_FRAMES for stated in STATED for comp in COMPARISONS]


@pytest.mark.parametrize("frame, stated, comparison", CHANGE_GRID,
                         ids=[f"{CHANGE_FRAMES.index(f)}-{s[0]}-{c[1]}" for f, s, c in CHANGE_GRID])
def test_change_with_comparison_period(nlp, frame, stated, comparison):
    phrase, span, b_start, b_end = comparison
    stated, start, end = stated
    doc = _run(nlp, frame.format(s=stated, S=capitalised(stated), c=phrase, C=capitalised(phrase)))
    assert {(s, e) for _, s, e in period_triples(doc)} == {(start, end), (b_start, b_end)}, period_triples(doc)
    claims = list(doc.spans["claims"])
    assert len(claims) == 1, [c.text for c in claims]
    assert _period(claims[0]) == (start, end)
    assert _baseline(claims[0]) == (b_start, b_end)


# comparisons of other shapes: (text, periods as (start, end), claim period, claim baseline)
OTHER_COMPARISONS = [
    ("Burglary in 2019 was 8% lower compared with 2018.",
     {("2019-01-01", "2019-12-31"), ("2018-01-01", "2018-12-31")},
     ("2019-01-01", "2019-12-31"), ("2018-01-01", "2018-12-31")),
    ("Burglary fell by 8% in 2019 compared with 2018.",
     {("2019-01-01", "2019-12-31"), ("2018-01-01", "2018-12-31")},
     ("2019-01-01", "2019-12-31"), ("2018-01-01", "2018-12-31")),
    ("Burglary fell by 8% in Q1 2019 compared with the same quarter last year.",
     {("2019-01-01", "2019-03-31"), ("2018-01-01", "2018-03-31")},
     ("2019-01-01", "2019-03-31"), ("2018-01-01", "2018-03-31")),
    ("Burglary fell by 8% in the first quarter of 2019 compared with the same period last year.",
     {("2019-01-01", "2019-03-31"), ("2018-01-01", "2018-03-31")},
     ("2019-01-01", "2019-03-31"), ("2018-01-01", "2018-03-31")),
    ("Burglary fell by 8% from April to June 2024 compared with the same period last year.",
     {("2024-04-01", "2024-06-30"), ("2023-04-01", "2023-06-30")},
     ("2024-04-01", "2024-06-30"), ("2023-04-01", "2023-06-30")),
    ("Burglary fell by 8% in 2023/24, compared with 2022/23.",
     {("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")},
     ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")),
    # relative to the publication date
    ("Burglary fell by 8% last year compared with the year before.",
     {("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")},
     ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31")),
    ("Burglary fell by 8% this year compared with last year.",
     {("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")},
     ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")),
    ("Burglary fell by 8% in the past 12 months compared with the previous 12 months.",
     {("2023-07-01", "2024-06-30"), ("2022-07-01", "2023-06-30")},
     ("2023-07-01", "2024-06-30"), ("2022-07-01", "2023-06-30")),
    ("Burglary is 20% lower than a decade ago.",
     {("2014-01-01", "2014-12-31")},
     (None, None), ("2014-01-01", "2014-12-31")),
    ("Burglary has fallen by 20% since 2010.",
     {("2010-01-01", "2024-07-18")},
     ("2010-01-01", "2024-07-18"), (None, None)),
    ("Burglary has fallen by 20% over the last five years.",
     {("2019-01-01", "2023-12-31")},
     ("2019-01-01", "2023-12-31"), (None, None)),
]


@pytest.mark.parametrize("text, found, period, baseline", OTHER_COMPARISONS,
                         ids=[c[0][:48] for c in OTHER_COMPARISONS])
def test_other_comparisons(nlp, text, found, period, baseline):
    doc = _run(nlp, text)
    assert {(s, e) for _, s, e in period_triples(doc)} == found, period_triples(doc)
    claims = list(doc.spans["claims"])
    assert len(claims) == 1, [c.text for c in claims]
    if period != (None, None):
        assert _period(claims[0]) == period
    assert _baseline(claims[0]) == baseline


# refusals: (text, periods as (start, end), the claim's period or None when there is no claim)
REFUSALS = [
    # a publication date is a date in the text but never the claim's period
    ("Figures released on 18 July 2024 show burglary fell by 12% in the year to March 2024.",
     {("2024-07-18", "2024-07-18"), ("2023-04-01", "2024-03-31")}, ("2023-04-01", "2024-03-31")),
    ("Figures released on 18 July 2024 show 12% fewer burglaries in 2023/24.",
     {("2024-07-18", "2024-07-18"), ("2023-04-01", "2024-03-31")}, ("2023-04-01", "2024-03-31")),
    ("Figures released on 2024-07-18 show burglary fell by 12% in the year to March 2024.",
     {("2024-07-18", "2024-07-18"), ("2023-04-01", "2024-03-31")}, ("2023-04-01", "2024-03-31")),
    # an ISO date is a day (after a change, "on" a day reads as its baseline, as "down 12% on 2023")
    ("Officers made 12 arrests on 2024-04-29.",
     {("2024-04-29", "2024-04-29")}, ("2024-04-29", "2024-04-29")),
    ("date 2024-07-18 Burglary fell by 12% in the year to March 2024.",
     {("2024-07-18", "2024-07-18"), ("2023-04-01", "2024-03-31")}, ("2023-04-01", "2024-03-31")),
    ("Figures published today show burglary fell by 12% in the year to March 2024.",
     {("2024-07-18", "2024-07-18"), ("2023-04-01", "2024-03-31")}, ("2023-04-01", "2024-03-31")),
    # the date of an event is not the figure's period
    ("The chief constable, who took office on 3 May 2021, said burglary fell by 12% in 2023.",
     {("2021-05-03", "2021-05-03"), ("2023-01-01", "2023-12-31")}, ("2023-01-01", "2023-12-31")),
    # no periods at all
    ("A 24-year-old man was arrested.", set(), None),
    ("A man, 24, was arrested on suspicion of burglary.", set(), None),
    ("Officers are on patrol 24/7 across the county.", set(), None),
    ("Call 999 in an emergency or 101 otherwise.", set(), None),
    ("Anyone with information should call 0800 555 111 or 01632 960 2019.", set(), None),
    ("Anyone with information should call 01632 960 2019 quoting log 1234.", set(), None),
    ("Call 101 quoting incident 2024-0412 or crime number 2024-04-291.", set(), None),
    # days of two months (no year apart): stay days nearest publication
    ("Officers made 12 arrests between April 12 and April 19.", {("2024-04-12", "2024-04-19")},
     ("2024-04-12", "2024-04-19")),
    ("Officers made 12 arrests from March 12 to April 13.", {("2024-03-12", "2024-04-13")},
     ("2024-03-12", "2024-04-13")),
    ("Officers made 12 arrests from April 12 to April 13.", {("2024-04-12", "2024-04-13")},
     ("2024-04-12", "2024-04-13")),
    # two financial years in a list are two periods, not a range
    ("The force published its reports for 2019/20 and 2023/24.",
     {("2019-04-01", "2020-03-31"), ("2023-04-01", "2024-03-31")}, None),
    ("The force published its reports for 2019/20, 2020/21 and 2023/24.",
     {("2019-04-01", "2020-03-31"), ("2020-04-01", "2021-03-31"), ("2023-04-01", "2024-03-31")}, None),
]


@pytest.mark.parametrize("text, found, period", REFUSALS, ids=[r[0][:48] for r in REFUSALS])
def test_period_refusals(nlp, text, found, period):
    doc = _run(nlp, text)
    assert {(s, e) for _, s, e in period_triples(doc)} == found, period_triples(doc)
    claims = list(doc.spans["claims"])
    if period is None:
        assert claims == []
    else:
        assert len(claims) == 1, [c.text for c in claims]
        assert _period(claims[0]) == period


# a hedge before the figure ("more than", "fewer than", "less than") makes no comparison: the period
# after the figure is what the text measures and anchors "the previous year"; a comparative ("lower
# than 131 in 2018") does make a baseline, which anchors nothing (refusal)
HEDGES = [
    ("There were more than 2,700 fewer burglaries in the year to March 2024 than in the previous year.",
     {("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")}),
    ("Police recorded more than 1,200 burglaries in 2023/24, compared with the previous year.",
     {("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")}),
    ("Fewer than 300 robberies were recorded in the 12 months to March 2024, down on the year before.",
     {("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31")}),
    ("Less than 5% of thefts in Q1 2019 were solved, against 7% in the previous quarter.",
     {("2019-01-01", "2019-03-31"), ("2018-10-01", "2018-12-31")}),
    # refusal: a comparative before a figure and a period is a baseline, no anchor
    ("Burglary fell to 120 offences, lower than 131 in 2018. Robbery rose on the previous year.",
     {("2018-01-01", "2018-12-31"), (None, None)}),
]


@pytest.mark.parametrize("text, found", HEDGES, ids=[h[0][:48] for h in HEDGES])
def test_hedged_figure_does_not_make_a_baseline(nlp, text, found):
    doc = _run(nlp, text)
    assert {(s, e) for _, s, e in period_triples(doc)} == found, period_triples(doc)


# ---- a stated span "to" a point: the length word x the end point x the connector x the figure's position ----
# The guide's period table: "the 12 months to March 2023" / "the year ending 30 June 2016" end with the point
# and run back the length stated; "Q3 2019" is July to September 2019, so "the year to Q3 2024" is October 2023
# to September 2024; a yearless end is the latest such point before publication (18 July 2024); "leading up
# to" a month that opens a quarter names the time before it (statistics end at a quarter's end: "leading up to
# April" is to March), any other month closes the span as "to" does (gold r3403, r3216). (phrase, start, end)
TO_SPANS = [
    # weeks and days to a day
    ("the 4 weeks to 12 April 2024", "2024-03-16", "2024-04-12"),
    ("the four weeks to 12 April", "2024-03-16", "2024-04-12"),
    ("the four weeks ending 7 June", "2024-05-11", "2024-06-07"),
    ("the 28 days to 12 April 2024", "2024-03-16", "2024-04-12"),
    ("the six weeks ending 12 April 2024", "2024-03-02", "2024-04-12"),
    ("the week to 12 April", "2024-04-06", "2024-04-12"),
    ("the two weeks up to 30 June", "2024-06-17", "2024-06-30"),
    # a year, months or a quarter to a quarter
    ("the year to Q1 2024", "2023-04-01", "2024-03-31"),
    ("the 12 months to the end of Q1 2024", "2023-04-01", "2024-03-31"),
    ("the year ending Q4 2023", "2023-01-01", "2023-12-31"),
    ("the 12 months up to the end of Q1", "2023-04-01", "2024-03-31"),
    ("the twelve months to Q2 2024", "2023-07-01", "2024-06-30"),
    ("the three months to the end of Q1 2024", "2024-01-01", "2024-03-31"),
    ("the year to Q3 2023/24", "2023-01-01", "2023-12-31"),
    ("the 12-month period to Q1 2024", "2023-04-01", "2024-03-31"),
    # months and years to a month without its year
    ("the three months to June", "2024-04-01", "2024-06-30"),
    ("the 12 months to the end of June", "2023-07-01", "2024-06-30"),
    ("the year up to the end of September last year", "2022-10-01", "2023-09-30"),
    ("the rolling 12-month period to October 2022", "2021-11-01", "2022-10-31"),
    ("the six months up to the end of March this year", "2023-10-01", "2024-03-31"),
    # "leading up to" a quarter's first month: the months before it; any other month: to its end, as "to"
    ("the 12 months leading up to April this year", "2023-04-01", "2024-03-31"),
    ("the 12 months leading up to April 2024", "2023-04-01", "2024-03-31"),
    ("the three months leading up to April", "2024-01-01", "2024-03-31"),
    ("the three months leading up to June", "2024-04-01", "2024-06-30"),
    ("the year leading up to July 2023", "2022-07-01", "2023-06-30"),
    ("the year running up to October 2022", "2021-10-01", "2022-09-30"),
    ("the 12 months leading up to September 2023", "2022-10-01", "2023-09-30"),
    ("the 12 months running up to December 2022", "2022-01-01", "2022-12-31"),
    ("the year leading up to March 2021", "2020-04-01", "2021-03-31"),
    # years to a year or a financial year
    ("the five years to 2023", "2019-01-01", "2023-12-31"),
    ("the decade to 2023/24", "2014-04-01", "2024-03-31"),
    ("the last decade to 2016-17", "2007-04-01", "2017-03-31"),
    ("the three years to 2022/23", "2020-04-01", "2023-03-31"),
    ("the three years to March 2024", "2021-04-01", "2024-03-31"),
    # a day to the end of a month
    ("1 April to the end of June 2024", "2024-04-01", "2024-06-30"),
    ("July 1 to the end of September last year", "2023-07-01", "2023-09-30"),
    ("1 April 2023 to the end of March 2024", "2023-04-01", "2024-03-31"),
]
TO_FRAMES = [
    "Burglary fell by 12% in {p}.",
    "In {p}, burglary fell by 12%.",
    "Officers recorded 1,240 burglaries over {p}, the force said.",
    "During {p} there were 12% fewer burglaries than a year before.",
    "The report covers {p}.",
]


def _to_cell(frame: str, form: tuple) -> object:
    return pytest.param(frame, form, id=f"{TO_FRAMES.index(frame)}-{form[0]}")


TO_GRID = [_to_cell(frame, form) for frame in TO_FRAMES for form in TO_SPANS]


@pytest.mark.parametrize("frame, form", TO_GRID)
def test_span_to_a_point(nlp, frame, form):
    phrase, start, end = form
    doc = _run(nlp, frame.format(p=phrase))
    dated = {(s, e) for _, s, e in period_triples(doc)}
    assert (start, end) in dated, period_triples(doc)
    # the span is read whole: no shorter period from inside it ("12 April", "Q1 2024", "April this year")
    inside = {(t, s, e) for t, s, e in period_triples(doc) if t.lower() in phrase.lower() and (s, e) != (start, end)
              and "year before" not in t}
    assert not inside, inside
    for claim in doc.spans["claims"]:
        assert _period(claim) == (start, end)


# a figure measured "to" (or "up to", "until") a month with no length stated is the statistical year to it
# (the guide: "12 months to June" is a period; recorded crime is published for the 12 months to a month), when
# the clause says it is recorded or reported figures; with no such word the month stays a month (refusals)
FIGURES_TO = [
    ("Police recorded 1,240 burglaries up to the end of June.", ("2023-07-01", "2024-06-30")),
    ("There were 1,240 offences recorded across the borough until June, down 12% on the year before.",
     ("2023-07-01", "2024-06-30")),
    ("The drop in reported theft of 8 per cent up to September last year was welcomed.",
     ("2022-10-01", "2023-09-30")),
    ("Crime reductions recorded to the end of March were: burglary down 12%.", ("2023-04-01", "2024-03-31")),
    ("The figures relate to crime in Lancashire to the end of March 2024.", ("2023-04-01", "2024-03-31")),
    ("Crimes reported to the force up to March 2024 fell by 12%.", ("2023-04-01", "2024-03-31")),
    ("Statistics for the county up to the end of December 2023 show 1,240 burglaries.",
     ("2023-01-01", "2023-12-31")),
]
FIGURES_TO_REFUSED = [
    # no recorded figures: an event's end, a month
    ("The operation, which led to 40 arrests, ran until June.", {("2024-06-01", "2024-06-30")}),
    ("Officers will patrol the town centre until June.", {("2024-06-01", "2024-06-30")}),
    ("The consultation is open up to the end of September 2024.", {("2024-09-01", "2024-09-30")}),
    # a range with its start stays the range
    ("Police recorded 1,240 burglaries from April to the end of June.", {("2024-04-01", "2024-06-30")}),
    ("Recorded burglary rose from 120 in March to 150 in June 2024.",
     {("2024-03-01", "2024-03-31"), ("2024-06-01", "2024-06-30")}),
    # a comparison of figures with a month, not figures that run to it
    ("The force compared the figures to March 2024.", {("2024-03-01", "2024-03-31")}),
    # a month reached backwards is where the figures start
    ("Burglary is at its lowest according to figures going back to April 2003.", {("2003-04-01", "2003-04-30")}),
]


@pytest.mark.parametrize("text, period", FIGURES_TO, ids=[t[:48] for t, _ in FIGURES_TO])
def test_figures_to_a_month_are_the_year_to_it(nlp, text, period):
    doc = _run(nlp, text)
    assert period in {(s, e) for _, s, e in period_triples(doc)}, period_triples(doc)
    assert not any((s, e) == (period[1][:8] + "01", period[1]) for _, s, e in period_triples(doc)), period_triples(doc)
    for claim in doc.spans["claims"]:
        if not claim._.baseline_start:
            assert _period(claim) == period


@pytest.mark.parametrize("text, found", FIGURES_TO_REFUSED, ids=[t[:48] for t, _ in FIGURES_TO_REFUSED])
def test_to_a_month_without_figures_stays_a_month(nlp, text, found):
    doc = _run(nlp, text)
    assert {(s, e) for _, s, e in period_triples(doc)} == found, period_triples(doc)


# ---- a month naming an event: "the June meeting", "its October sitting" ----
# The guide: a period is any expression that resolves to a calendar interval. "The June meeting" is held in
# June, so the month is a period (the occurrence nearest publication, 18 July 2024), as the date of any event
# is; it is when the event happens, never the period of a figure. (phrase, start, end)
MONTH_EVENTS = [
    ("the June meeting", "2024-06-01", "2024-06-30"),
    ("the October sitting of the council", "2024-10-01", "2024-10-31"),
    ("its October sitting", "2024-10-01", "2024-10-31"),
    ("the June Board meeting", "2024-06-01", "2024-06-30"),
    ("their March edition", "2024-03-01", "2024-03-31"),
    ("the May elections", "2024-05-01", "2024-05-31"),
    ("the force's September review", "2024-09-01", "2024-09-30"),
    ("the August bank holiday weekend", "2024-08-01", "2024-08-31"),
]
MONTH_EVENT_FRAMES = [
    ("The chief constable will be questioned at {p}.", False),
    ("At {p}, the chief constable will present the report.", False),
    ("The report will go before {p}, the panel said.", False),
    ("Burglary fell by 12% in 2023, the panel was told ahead of {p}.", True),
]
MONTH_EVENT_GRID = [pytest.param(frame, claim, form, id=f"{i}-{form[0]}")
                    for i, (frame, claim) in enumerate(MONTH_EVENT_FRAMES) for form in MONTH_EVENTS]


@pytest.mark.parametrize("frame, claim, form", MONTH_EVENT_GRID)
def test_month_naming_an_event_is_a_period(nlp, frame, claim, form):
    phrase, start, end = form
    doc = _run(nlp, frame.format(p=phrase))
    dated = {(s, e) for _, s, e in period_triples(doc)}
    expected = {(start, end)} | ({("2023-01-01", "2023-12-31")} if claim else set())
    assert dated == expected, period_triples(doc)
    for span in doc.spans["claims"]:
        assert _period(span) == ("2023-01-01", "2023-12-31")


# refusals: a month that recurs ("every June") or a person's name is no calendar interval
MONTH_EVENT_REFUSED = [
    "The board meets every June to review the figures.",
    "The panel holds each October meeting in public.",
    "The report was written by June Evans, the force's analyst.",
    "Ms April Jones chaired the meeting.",
]


@pytest.mark.parametrize("text", MONTH_EVENT_REFUSED, ids=[t[:40] for t in MONTH_EVENT_REFUSED])
def test_month_without_an_event_is_no_period(nlp, text):
    doc = _run(nlp, text)
    assert period_triples(doc) == set()


# quarters of a financial year: each quarter form x each year form x frame. The guide: "Q3 2019" is July to
# September 2019 and "2019/20" a financial year from 1 April, so a quarter of a financial year counts from
# April (Q1 April to June, Q4 January to March); a quarter without its year is a quarter of the financial year
# the release names before it, and with no financial year named the latest such calendar quarter ended by
# publication (code and words alike: quarterly figures come out after their quarter).
# (form with {y} for the year, quarter number)
QUARTER_FORMS = [
    ("Q1{y}", 1), ("Q4{y}", 4), ("Quarter 1{y}", 1), ("Quarter 4{y}", 4),
    ("quarter one{y}", 1), ("the first quarter{of}", 1), ("the fourth quarter{of}", 4), ("the third quarter{of}", 3),
]
# (year text, kind): kind "none" / "calendar" / "financial"
QUARTER_YEARS = [("", "none"), ("2023", "calendar"), ("2023/24", "financial"), ("2023-24", "financial"),
                 ("2023 -24", "financial")]
QUARTER_FRAMES = [
    ("Burglary fell by 12% in {p}.", False),
    ("{P} saw 1,240 burglaries recorded.", False),
    ("The report covers the 2023/24 financial year. Burglary fell by 12% in {p}.", True),
    ("In 2023-24 the force recorded 9,800 crimes, and {p} saw 1,240 burglaries.", True),
]


def _quarter_expected(q: int, kind: str, fy_named: bool) -> tuple | None:
    if kind == "calendar":
        first = 3 * (q - 1) + 1
        return (f"2023-{first:02d}-01", {1: "2023-03-31", 3: "2023-09-30", 4: "2023-12-31"}[q])
    if kind == "financial" or fy_named:
        return {1: ("2023-04-01", "2023-06-30"), 3: ("2023-10-01", "2023-12-31"), 4: ("2024-01-01", "2024-03-31")}[q]
    return {1: ("2024-01-01", "2024-03-31"), 3: ("2023-07-01", "2023-09-30"), 4: ("2023-10-01", "2023-12-31")}[q]


QUARTER_GRID = [(frame, fy_named, form, year) for frame, fy_named in QUARTER_FRAMES
                for form in QUARTER_FORMS for year in QUARTER_YEARS]


@pytest.mark.parametrize("frame, fy_named, form, year", QUARTER_GRID,
                         ids=[f"{QUARTER_FRAMES.index((f, n))}-{fo[0]}-{y[0] or 'none'}"
                              for f, n, fo, y in QUARTER_GRID])
def test_quarter_of_financial_year(nlp, frame, fy_named, form, year):
    (template, q), (ytext, kind) = form, year
    phrase = template.format(y=f" {ytext}" if ytext else "", of=f" of {ytext}" if ytext else "")
    doc = _run(nlp, frame.format(p=phrase, P=capitalised(phrase)))
    quarter = [(s.text, s._.start, s._.end) for s in doc.spans[PERIODS]
               if "uarter" in s.text or s.text.startswith("Q")]
    expected = _quarter_expected(q, kind, fy_named)
    assert [(s, e) for _, s, e in quarter] == [expected], quarter
    assert phrase.lower().endswith(quarter[0][0].lower()) or quarter[0][0].lower().endswith(phrase.lower()), quarter


# refusals and neighbours: (text, dates that must be found, dates that must not)
QUARTER_REFUSALS = [
    # a quarter code or words with no financial year named are not a financial year's quarter
    ("Q4 results show burglary fell by 10%.", set(), {("2024-01-01", "2024-03-31")}),
    ("The third quarter saw fewer burglaries.", set(), {("2023-10-01", "2023-12-31"), ("2024-07-01", "2024-09-30")}),
    # a report's name is no period, even after a financial year
    ("In 2023/24 the force published its Q3 Management Information report.", {("2023-04-01", "2024-03-31")},
     {("2023-10-01", "2023-12-31")}),
    ("In 2023/24 the force published the Second Quarter Performance Report.", {("2023-04-01", "2024-03-31")},
     {("2023-07-01", "2023-09-30")}),
    # "the last quarter" keeps its own rule: the final quarter of the longer period just stated
    ("In 2023/24 crime fell. Burglary fell by 4% in the last quarter.", {("2024-01-01", "2024-03-31")}, set()),
    # a yearless code before a capitalised word is part of a name, or a label the months after it restate
    ("The force's Q2 Crime Summary shows burglary fell by 5%.", set(), {("2024-04-01", "2024-06-30")}),
    ("Burglary rose by 6% in Q1 April to June 2024.", {("2024-04-01", "2024-06-30")},
     {("2024-01-01", "2024-03-31")}),
    ("Burglary fell in Q2, compared with Q1.", {("2024-04-01", "2024-06-30"), ("2024-01-01", "2024-03-31")}, set()),
    # a fraction is no quarter
    ("In 2023/24 burglary fell by a quarter.", {("2023-04-01", "2024-03-31")}, set()),
    # "March 13" with no year is a day when a day is meant
    ("The meeting on March 13 heard that crime fell by 10%.", {("2024-03-13", "2024-03-13")}, set()),
]


@pytest.mark.parametrize("text, found, absent", QUARTER_REFUSALS, ids=[t[0][:40] for t in QUARTER_REFUSALS])
def test_quarter_refusals(nlp, text, found, absent):
    dates = {(s, e) for _, s, e in period_triples(_run(nlp, text))}
    assert found <= dates, dates
    assert not absent & dates, dates


@pytest.mark.xfail(reason="a two-digit year after a month ('since March 07') reads as a zero-padded day; "
                          "telling them apart needs the release's date style, left", strict=True)
def test_since_month_two_digit_year(nlp):
    dates = {(s, e) for _, s, e in period_triples(_run(nlp, "Knife crime since May 08 has dropped by 6%."))}
    assert ("2008-05-01", "2024-07-18") in dates, dates
