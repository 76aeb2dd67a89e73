"""A grammar grid for THE PERIOD A CLAIM TAKES WHEN THE RELEASE NAMES ITS SPAN TWICE (sentences written
for the tests).

A release often names the span its figures cover first in words relative to the publication date ("the
first six months of the year", "the second half of the year", "the first half of the year") and then
writes the span out ("between April and September", "April 1 to September 30"). The words relative to
publication are loose talk: the span written out is the period the release reports, and the figures with
no period of their own take it (the guide: "with no period in its own clause, the period the release
reports"); their baseline is the same span a year before. Refusals: with no span written out, or with
only an event told after in a month of its own that shares no day with them, the relative words keep
their dates.
"""
from __future__ import annotations

import pytest

from extractor.api import parse

PUBLISHED = "14/11/2024"

APR_SEP = ("2024-04-01", "2024-09-30")
APR_SEP_BEFORE = ("2023-04-01", "2023-09-30")
JAN_JUN = ("2024-01-01", "2024-06-30")


def _release(headline: str, body: str) -> str:
    return f"---\ntitle: {headline}\narea: Cumbria\npublish:\n  date: 09:30 {PUBLISHED}\n---\n\n{body}\n"


# (id, relative words in the opening sentence, the span written out in the second)
FORMS = [
    ("first six months", "in the first six months of the year", "between April and September"),
    ("second half", "in the second half of the year", "from April 1 to September 30"),
    ("first half", "during the first half of the year", "from April to September"),
]

BODY = ("Thefts of bicycles in Cumbria kept falling {rel}, a council report says.\n\n"
        "Recorded crime fell by 6% {span} compared with the same period last year. "
        "Officers recorded 1,175 burglaries and 96 robberies.")


def _claims(doc):
    end = doc._.headline_end or 0
    return {c.text: c for c in doc.spans["claims"] if c.start_char >= end}


@pytest.mark.parametrize("form", FORMS, ids=[f[0] for f in FORMS])
def test_written_out_span_is_what_the_figures_cover(form):
    _id, rel, span = form
    doc = parse(_release("Cumbria crime report", BODY.format(rel=rel, span=span)))
    claims = _claims(doc)
    change = next(c for t, c in claims.items() if "6%" in t)
    assert (change._.period_start, change._.period_end) == APR_SEP
    assert (change._.baseline_start, change._.baseline_end) == APR_SEP_BEFORE
    for figure in ("1,175", "96"):
        c = next(c for t, c in claims.items() if figure in t)
        assert (c._.period_start, c._.period_end) == APR_SEP, figure


@pytest.mark.parametrize("form", FORMS, ids=[f[0] for f in FORMS])
def test_headline_words_yield_to_the_written_out_span(form):
    _id, rel, span = form
    body = ("Recorded crime fell by 6% " + span + " compared with the same period last year.\n\n"
            "Officers recorded 1,175 burglaries.")
    doc = parse(_release("Crime down " + rel, body))
    c = next(c for t, c in _claims(doc).items() if "1,175" in t)
    assert (c._.period_start, c._.period_end) == APR_SEP


# refusals: the relative words stay the release's period
REFUSALS = [
    ("alone", "Recorded crime in Cumbria fell {rel}, a council report says.\n\n"
              "Officers recorded 1,175 burglaries and 96 robberies."),
    ("event after", "Recorded crime in Cumbria fell {rel}, a council report says.\n\n"
                    "Officers recorded 1,175 burglaries and 96 robberies.\n\n"
                    "A new patrol team started work in August."),
]


@pytest.mark.parametrize("case", REFUSALS, ids=[c[0] for c in REFUSALS])
def test_relative_words_alone_keep_their_dates(case):
    _id, body = case
    doc = parse(_release("Cumbria crime report", body.format(rel="in the first six months of the year")))
    for figure in ("1,175", "96"):
        c = next(c for t, c in _claims(doc).items() if figure in t)
        assert (c._.period_start, c._.period_end) == JAN_JUN, figure


# ---- months without their year in a release dated only by its year ------------------------------------
# Known only to the year, a release may have come out before the months it names ended that year; when the
# text compares them with the same months two years before its year (and never with the year before), the
# months it reports end the year before (the guide: relative expressions resolve against the publication
# date or the period just mentioned; the text's own comparison says which year is meant).

def _dated_by_year(year: str, body: str) -> str:
    return f"```yaml\ntitle: Dorset crime figures\narea: Dorset\ndate: '{year}'\n```\n\n{body}\n"


# (id, publication (a year, or a full date), body, the figure, its period, its baseline)
YEAR_ONLY = [
    ("stated baseline", "2019",
     "Recorded crime in Dorset rose by 4% in the 12 months to June, police figures show.\n\n"
     "Officers recorded 2,310 burglaries, up 7% on the 12 months to June 2017.",
     "rose by 4%", ("2017-07-01", "2018-06-30"), ("2016-07-01", "2017-06-30")),
    ("same period in a year", "2019",
     "Violent crime in Dorset rose by 3% in the three months to September compared with the same period "
     "in 2017.", "rose by 3%", ("2018-07-01", "2018-09-30"), ("2017-07-01", "2017-09-30")),
    ("months between", "2021",
     "Shoplifting in Dorset fell by 12% between April and September, against the same period in 2019.",
     "fell by 12%", ("2020-04-01", "2020-09-30"), ("2019-04-01", "2019-09-30")),
    ("figures to a month", "2019",
     "Officers recorded 640 robberies in the 12 months to June, down 5% on the 12 months to June 2017.",
     "640", ("2017-07-01", "2018-06-30"), None),
]

# refusals: the months stay in the publication year
YEAR_ONLY_KEPT = [
    ("baseline the year before", "2019",
     "Recorded crime in Dorset rose by 4% in the 12 months to June, up on the 12 months to June 2018.",
     "rose by 4%", ("2018-07-01", "2019-06-30")),
    ("full publication date", "14/11/2019",
     "Recorded crime in Dorset rose by 4% in the 12 months to June.\n\n"
     "Officers recorded 2,310 burglaries, up 7% on the 12 months to June 2017.",
     "rose by 4%", ("2018-07-01", "2019-06-30")),
    ("this year", "2019",
     "Recorded crime in Dorset rose by 4% in the 12 months to June this year.\n\n"
     "Officers recorded 2,310 burglaries, up 7% on the 12 months to June 2017.",
     "rose by 4%", ("2018-07-01", "2019-06-30")),
    ("long-term comparison", "2019",
     "Violent crime in Dorset rose by 3% in the three months to September, and by 30% on the same period "
     "in 2010.", "rose by 3%", ("2019-07-01", "2019-09-30")),
]


def _year_release(pub: str, body: str) -> str:
    if "/" in pub:
        return f"---\ntitle: Dorset crime figures\narea: Dorset\npublish:\n  date: 09:30 {pub}\n---\n\n{body}\n"
    return _dated_by_year(pub, body)


def _claim(doc, figure):
    return next(c for c in doc.spans["claims"] if figure in c.text and c.start_char >= (doc._.headline_end or 0))


@pytest.mark.parametrize("case", YEAR_ONLY, ids=[c[0] for c in YEAR_ONLY])
def test_year_only_release_reports_the_months_its_comparison_implies(case):
    _id, pub, body, figure, period, baseline = case
    c = _claim(parse(_year_release(pub, body)), figure)
    assert (c._.period_start, c._.period_end) == period
    if baseline is not None:
        assert (c._.baseline_start, c._.baseline_end) == baseline


@pytest.mark.parametrize("case", YEAR_ONLY_KEPT, ids=[c[0] for c in YEAR_ONLY_KEPT])
def test_year_only_release_keeps_its_year_without_that_comparison(case):
    _id, pub, body, figure, period = case
    c = _claim(parse(_year_release(pub, body)), figure)
    assert (c._.period_start, c._.period_end) == period


# ---- loose words for a leap year, then a year written out --------------------------------------------
# Loose talk yields to a period written out after it unless that is a shorter event; a year written out
# (365 days) is as long as a leap calendar year named loosely (366 days), not a shorter event.
LEAP = [
    ("years ago", "Officers began a new patrol scheme two years ago, the commissioner said.\n\n"
                  "Recorded crime in Powys fell by 3% in 2017/18. There were 910 burglaries.",
     "910", ("2017-04-01", "2018-03-31")),
    ("event month kept", "Recorded crime in Powys fell two years ago, the commissioner said.\n\n"
                         "There were 910 burglaries. A new patrol team started in May 2017.",
     "910", ("2016-01-01", "2016-12-31")),
]


@pytest.mark.parametrize("case", LEAP, ids=[c[0] for c in LEAP])
def test_leap_year_in_loose_words_yields_to_a_year_written_out(case):
    _id, body, figure, period = case
    doc = parse(f"---\ntitle: Powys crime report\narea: Powys\npublish:\n  date: 09:30 20/06/2018\n---\n\n{body}\n")
    c = _claim(doc, figure)
    assert (c._.period_start, c._.period_end) == period


def test_part_of_year_keeps_its_dates_before_the_year_it_is_part_of():
    """Refusal: "the first six months of this financial year" then "2024/25" (the year holding them)."""
    body = ("Recorded crime in Cumbria fell by 5% in the first six months of this financial year.\n\n"
            "Officers recorded 1,175 burglaries.\n\nThe force expects to meet its targets for 2024/25.")
    c = _claim(parse(_release("Cumbria crime report", body)), "1,175")
    assert (c._.period_start, c._.period_end) == APR_SEP
