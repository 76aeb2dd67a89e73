"""A grammar grid for THE PERIOD A RELEASE REPORTS (sentences written for the tests).

The period a release reports is the one its figures are about; figures with no period of
their own take it, and so does a headline claim with no period of its own (the guide:
"with no period in its own clause, the period the release reports"; headline claims take
"the period the release reports"). The grid varies WHERE the release states it (the title
only, the first sentence, a sentence opened by it, a sentence opened by the period compared
against, a heading line, a list's lead-in, a quote only), HOW it is written (a financial year,
"the year to March", a range with an en dash or a hyphen beside month names, "the past year"
and "the last 12 months" with a full publication date, a calendar year), and what stands
beside it to distract: a dateline, a publication date ("published on 18 July 2024"), an event
date, a next-release date, a long-term span ("down 30% since 2010"). None of these is the
period a figure is about ("a claim's period is never its publication date"; a plan is not
what the release reports; "since 2010" holds only its own figure).
"""
from __future__ import annotations

import pytest

from extractor.api import parse

PUBLISHED = "17/10/2024"

# (id, as a noun phrase, as an adverbial, dates, the period a year before as written when compared against)
FORMS = [
    ("fy", "2023/24", "in 2023/24", ("2023-04-01", "2024-03-31"), "2022/23"),
    ("year to", "the year to March 2024", "in the year to March 2024", ("2023-04-01", "2024-03-31"),
     "the year to March 2023"),
    ("en dash", "April 2023\u2013March 2024", "from April 2023\u2013March 2024", ("2023-04-01", "2024-03-31"),
     "April 2022\u2013March 2023"),
    ("hyphen", "June 2023-June 2024", "from June 2023-June 2024", ("2023-07-01", "2024-06-30"),
     "June 2022-June 2023"),
    ("spaced dash", "April 2023 - March 2024", "between April 2023 - March 2024", ("2023-04-01", "2024-03-31"),
     "April 2022 - March 2023"),
    ("past year", "the past year", "over the past year", ("2023-10-01", "2024-09-30"), "the previous year"),
    ("last 12 months", "the last 12 months", "in the last 12 months", ("2023-10-01", "2024-09-30"),
     "the previous 12 months"),
    ("calendar year", "2023", "in 2023", ("2023-01-01", "2023-12-31"), "2022"),
    ("two-digit years", "April 23 \u2013 March 24", "from April 23 to March 24", ("2023-04-01", "2024-03-31"),
     "April 22 \u2013 March 23"),
    ("relative end", "April 2023 to March this year", "between April 2023 and March this year",
     ("2023-04-01", "2024-03-31"), "April 2022 to March 2023"),
]

# the figures no clause dates, in a paragraph of their own
BARE = "Burglary fell by 9% and officers recorded 1,240 robberies."
BARE_FIGURES = ("9%", "1,240")

# (id, headline ({np}/{pp} the period), body before the bare paragraph, figures expected to take the period)
# the headline claim ("7%") takes the period the release reports when the headline states none
PLACES = [
    ("title only", "Lancashire crime down 7% {pp}", "Figures show the force made progress.", ("7%",)),
    ("first sentence", "Lancashire crime down 7%",
     "Recorded crime in Lancashire fell by 7% {pp}, figures show.", ("down 7%", "fell by 7%")),
    ("opening adverbial", "Lancashire crime down 7%",
     "{PP}, recorded crime in Lancashire fell by 7%.", ("down 7%", "fell by 7%")),
    ("comparison first", "Lancashire crime down 7%",
     "Compared with the previous year, recorded crime in Lancashire {pp} fell by 7%.", ("down 7%", "fell by 7%")),
    ("comparison written first", "Lancashire crime down 7%",
     "Compared with {cmp}, recorded crime in Lancashire fell by 7% {pp}.", ("down 7%", "fell by 7%")),
    ("table header", "Lancashire crime down 7%",
     "Recorded crime in Lancashire\nOffence {np} Change\nBurglary\n2,140\n-12%\nRobbery\n310\n+4%\n\n"
     "Recorded crime fell by 7%.", ("down 7%", "fell by 7%", "2,140", "310")),
    ("heading line", "Lancashire crime down 7%",
     "Crime figures for {np}\n\nRecorded crime in Lancashire fell by 7%.", ("down 7%", "fell by 7%")),
    ("lead-in", "Lancashire crime down 7%",
     "The figures for {np} show:\n\n- recorded crime down 7%\n- 310 fewer victims", ("down 7%", "310")),
    ("quote only", "Lancashire crime down 7%",
     "\u201cRecorded crime in Lancashire fell by 7% {pp} and that is down to our officers,\u201d said Chief "
     "Superintendent Jane Hill.", ("down 7%", "fell by 7%")),
]

# (id, text before the statement, text after it, {claim text: its own dates} for a figure the distractor holds)
DISTRACTORS = [
    ("none", "", "", {}),
    ("dateline", "Posted on Thursday 17 October 2024\n\n", "", {}),
    ("publication date", "", "\n\nThe figures were published on 18 July 2024 by the Office for National Statistics.",
     {}),
    ("published today", "", "\n\nThe figures were published by the Office for National Statistics today.", {}),
    ("event date", "", "\n\nOperation Shield was launched in May 2022 to target burglars across the county.", {}),
    ("event day", "", "\n\nThe Chief Constable presented the figures at a public meeting on Tuesday 8 October.",
     {}),
    ("next release", "", "\n\nThe next figures will be published in January 2025.", {}),
    ("long-term span", "", "\n\nCrime in the county is down 30% since 2010.", {"30%": ("2010-01-01", "2024-10-17")}),
    # told before the statement
    ("publication date first", "Figures published on 18 July 2024 by the Office for National Statistics show "
     "the force's progress.\n\n", "", {}),
    ("event date first", "Operation Shield was launched in May 2022 to target burglars across the county.\n\n", "",
     {}),
    ("event day first", "At a public meeting on Tuesday 8 October the Chief Constable presented the figures.\n\n",
     "", {}),
    ("next release first", "The next figures will be published in January 2025.\n\n", "", {}),
    ("long-term span first", "Crime in the county is down 30% since 2010.\n\n", "",
     {"30%": ("2010-01-01", "2024-10-17")}),
]


def _release(headline: str, body: str) -> str:
    return f"---\ntitle: {headline}\narea: Lancashire\npublish:\n  date: 10:00 {PUBLISHED}\n---\n\n{body}\n"


def _fill(template: str, form) -> str:
    _id, np, pp, _dates, cmp = form
    return template.format(np=np, pp=pp, PP=pp[0].upper() + pp[1:], cmp=cmp)


# ways of writing a period that need a wording-specific reading stay xfail with their reason
_NAME = ("a heading line ending in a year after 'figures for' reads as the document's name ('Crime figures for "
         "2023/24', the names_document rule for 'Crime statistics 2021'), which heads no figures; an event date "
         "told before it then stands as the release's period")
XFAIL: dict[tuple[str, str, str], str] = {("heading line", f, "event date first"): _NAME for f in ("fy", "en dash")}
XFAIL[("table header", "two-digit years", "none")] = (
    "a header line's period columns are read by the table_column rules (months with four-digit years, "
    "years, financial years); 'April 23 – March 24' as one column is not among them, so the cells under it "
    "are no claims")


def _cell(place, form, distractor):
    key = (place[0], form[0], distractor[0])
    reason = XFAIL.get(key)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(place, form, distractor, marks=marks, id="-".join(key))


# every place with every form; every distractor with every place for three forms; a table's header names its
# period columns by dates, never by loose talk ("Offence the past year Change" is no header)
LOOSE = ("past year", "last 12 months")
GRID = [_cell(p, f, d) for p in PLACES for f in FORMS for d in DISTRACTORS
        if (d[0] == "none" or f[0] in ("fy", "en dash", "past year"))
        and not (p[0] == "table header" and f[0] in LOOSE)]


def _first(claims, text):
    match = [c for c in claims if text in c.text]
    assert match, (text, [c.text for c in claims])
    return match[0]


@pytest.mark.parametrize("place, form, distractor", GRID)
def test_release_reports_its_period(place, form, distractor):
    _name, headline, body, held = place
    dates = form[3]
    _did, before, after, own = distractor
    doc = parse(_release(_fill(headline, form), before + _fill(body, form) + after + "\n\n" + BARE))
    claims = list(doc.spans["claims"])
    got, want = {}, {}
    for text in (*held, *BARE_FIGURES, *own):
        c = _first(claims, text)
        got[text] = (c._.period_start, c._.period_end)
        want[text] = own.get(text, dates)
    assert got == want


# refusals and the readings beside the grid: (body, claim text, its period)
BESIDE = [
    # a dash between years alone is a financial year: "from" before it compares
    ("Recorded crime fell by 7% from 2022-23.\n\n" + BARE, "fell by 7%", ("2023-04-01", "2024-03-31")),
    # loose talk yields to a written-out period that restates it (shares a day with it) ...
    ("Recorded crime fell by 7% over the past year.\n\nThe figures cover April 2023 to March 2024.\n\n" + BARE,
     "9%", ("2023-04-01", "2024-03-31")),
    # ... and loose talk of a week to any period written out after it
    ("Figures released last week show crime is falling.\n\nBetween April and June 2024 recorded crime fell "
     "by 7%.\n\n" + BARE, "9%", ("2024-04-01", "2024-06-30")),
]


@pytest.mark.parametrize("body, figure, dates", BESIDE, ids=[b[0][:40] for b in BESIDE])
def test_reported_period_beside_the_grid(body, figure, dates):
    doc = parse(_release("Crime figures published", body))
    c = _first(list(doc.spans["claims"]), figure)
    assert (c._.period_start, c._.period_end) == dates


# A newsletter or a monthly update is named by its issue: a month set off by a dash at the end of the title
# ("Parish newsletter – May 2024") is the issue's date, not the span its figures cover; the period the body
# writes out is what the release reports. (name, separator, body template, form)
ISSUE_NAMES = ["Parish newsletter", "Police monthly update", "Neighbourhood Watch", "Beat bulletin"]
ISSUE_SEPARATORS = [" \u2013 ", " - ", " \u2014 ", " | "]
ISSUE_BODIES = ["Recorded crime in Lancashire fell by 7% {pp}.", "{PP}, recorded crime in Lancashire fell by 7%.",
                "Figures for {np} show recorded crime in Lancashire fell by 7%."]
WRITTEN = [f for f in FORMS if f[0] not in LOOSE]
ISSUE_GRID = [(n, s, b, f) for n in ISSUE_NAMES for s in ISSUE_SEPARATORS for b in ISSUE_BODIES for f in WRITTEN]


@pytest.mark.parametrize("name, sep, body, form", ISSUE_GRID,
                         ids=[f"{n}-{ISSUE_SEPARATORS.index(s)}-{ISSUE_BODIES.index(b)}-{f[0]}"
                              for n, s, b, f in ISSUE_GRID])
def test_issue_date_in_title_yields_to_the_body(name, sep, body, form):
    doc = parse(_release(f"{name}{sep}May 2024", _fill(body, form) + "\n\n" + BARE))
    claims = list(doc.spans["claims"])
    got = {t: (_first(claims, t)._.period_start, _first(claims, t)._.period_end) for t in ("7%", *BARE_FIGURES)}
    assert got == {t: form[3] for t in ("7%", *BARE_FIGURES)}


# refusals: (headline, body, claim text, its period)
ISSUE_REFUSALS = [
    # the issue's month stands when the body writes out no period
    ("Parish newsletter \u2013 May 2024", BARE, "9%", ("2024-05-01", "2024-05-31")),
    # a month that is part of the sentence, with no dash: the headline's period
    ("Lancashire burglary down 9% in May 2024", "Officers recorded 1,240 robberies.", "1,240",
     ("2024-05-01", "2024-05-31")),
    # a span after the dash is no issue's date: the figures' period
    ("Lancashire crime figures \u2013 the year to March 2024", BARE, "9%", ("2023-04-01", "2024-03-31")),
    # a month before the name opens no dash at the title's end
    ("May 2024 \u2013 Parish newsletter", BARE, "9%", ("2024-05-01", "2024-05-31")),
]


@pytest.mark.parametrize("headline, body, figure, dates", ISSUE_REFUSALS, ids=[r[0] for r in ISSUE_REFUSALS])
def test_issue_date_refusals(headline, body, figure, dates):
    doc = parse(_release(headline, body))
    c = _first(list(doc.spans["claims"]), figure)
    assert (c._.period_start, c._.period_end) == dates
