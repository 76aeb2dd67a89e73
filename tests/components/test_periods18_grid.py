"""A grammar grid of days written with a two-digit year (sentences written for the tests).

Forum posts, slide footers and report titles write a day with its year cut to two figures: the
month as a word between hyphens ("9-Jun-12"), the month abbreviated between spaces ("28 Feb 13"),
or all in figures with dots or slashes ("07.11.10", "15/03/14"). Each is that day (the guide: any
expression that resolves to a calendar interval is a period), its year in 1950-2049 as other
two-digit years are read.

Refusals: a day and a month followed by a count ("on 4 May 15 people were hurt", "by 2 Oct 30
officers had joined") is a day without its year and a figure; figures in dots that cannot be a day
("12.34.56") or that run on ("1.02.03.04") are no date; a single-figure day or month in dots
("3.2.11") is a section number, not a day.

Before the change 8 cells failed (every reading cell); the refusal cells passed.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import run

PUBLISHED = "2016-02-10"


def _periods(doc) -> set[tuple]:
    return {(s._.start, s._.end) for s in doc.spans[PERIODS]}


READINGS = [
    ("Posted 9-Jun-12, 08:45 by a resident of the ward.", ("2012-06-09", "2012-06-09")),
    ("Updated on 23-Sep-09 after the meeting.", ("2009-09-23", "2009-09-23")),
    ("Board paper 28 Feb 13 Annex C", ("2013-02-28", "2013-02-28")),
    ("Summary of offences, 4 Nov 15 (draft)", ("2015-11-04", "2015-11-04")),
    ("GAZETTE 07.11.10", ("2010-11-07", "2010-11-07")),
    ("The survey closed on 15/03/14 with a good response.", ("2014-03-15", "2014-03-15")),
    ("Minutes agreed 30.06.98 by the panel.", ("1998-06-30", "1998-06-30")),
    ("Last edited: 1-Dec-15", ("2015-12-01", "2015-12-01")),
]


@pytest.mark.parametrize("text, period", READINGS, ids=[t[0][:40] for t in READINGS])
def test_day_with_two_digit_year(nlp, text, period):
    assert period in _periods(run(nlp, text, published=PUBLISHED))


REFUSALS = [
    ("Officers said on 4 May 15 people were hurt in the crash.", ("2015-05-04", "2015-05-04")),
    ("By 2 Oct 30 officers had joined the new team.", ("2030-10-02", "2030-10-02")),
    ("The code 12.34.56 was quoted in the log.", None),
    ("See item 1.02.03.04 of the plan.", None),
    ("Section 3.2.11 sets out the duties.", ("2011-02-03", "2011-02-03")),
]


@pytest.mark.parametrize("text, absent", REFUSALS, ids=[t[0][:40] for t in REFUSALS])
def test_no_day_with_two_digit_year(nlp, text, absent):
    found = _periods(run(nlp, text, published=PUBLISHED))
    if absent is None:
        assert not any(start and start == end for start, end in found), found  # no single day read
    else:
        assert absent not in found

