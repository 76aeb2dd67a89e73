"""A grammar grid of period expressions (sentences written for the tests).

Each slot varies on its own: the expression's shape (financial years written 2019/20, 2019-20,
2019/2020, "financial year 2019/20", "FY"; ranges "between ... and ...", "from ... to ...", "over the
N years to ..."; "the year to MONTH [YEAR]", "the 12 months ending ...", "the rolling year"; parts of a
year; "last/this/next" + unit; "since YEAR/MONTH"; "the last decade"), the frame around it (a level, a
change after it, the period fronted), and the release around the sentence: its publication date and
the period it reports, named in a first sentence. Expected (text, start, end) come from the annotation
guide's period table and conventions ("the last 12 months", "the past year" are the 12 whole months
before the publication month; "the last decade" the ten calendar years before the publication year;
"since 2010" runs from 1 January 2010 to the publication date). Refusals (durations without an anchor,
a year inside a name, a date that is a deadline in the future of no figure) stay in the grid.
"""
from __future__ import annotations

import pytest

from extractor.extensions import PERIODS

from .helpers import capitalised, period_triples, run

PUBLISHED = "2024-07-18"

# (phrase as it stands after a verb, span text, start, end): read the same in every frame and after
# every lead sentence
FORMS = [
    # financial years, every way of writing one
    ("in 2019/20", "2019/20", "2019-04-01", "2020-03-31"),
    ("in 2019-20", "2019-20", "2019-04-01", "2020-03-31"),
    ("in 2019/2020", "2019/2020", "2019-04-01", "2020-03-31"),
    ("in 2019-2020", "2019-2020", "2019-04-01", "2020-03-31"),
    ("in financial year 2019/20", "financial year 2019/20", "2019-04-01", "2020-03-31"),
    ("in the financial year 2019/20", "financial year 2019/20", "2019-04-01", "2020-03-31"),
    ("in the 2019/20 financial year", "2019/20 financial year", "2019-04-01", "2020-03-31"),
    ("in FY 2019/20", "FY 2019/20", "2019-04-01", "2020-03-31"),
    ("in FY2019/20", "FY2019/20", "2019-04-01", "2020-03-31"),
    ("in FY19/20", "FY19/20", "2019-04-01", "2020-03-31"),
    # the second year written with one digit
    ("in 2018-9", "2018-9", "2018-04-01", "2019-03-31"),
    ("in 2018/9", "2018/9", "2018-04-01", "2019-03-31"),
    # a financial year named by the year it ends in
    ("in FY20", "FY20", "2019-04-01", "2020-03-31"),
    ("in FY 2020", "FY 2020", "2019-04-01", "2020-03-31"),
    ("in the financial year 2019 to 2020", "financial year 2019 to 2020", "2019-04-01", "2020-03-31"),
    # spans of financial years ending with one: the first's 1 April to the last's 31 March
    ("over the three years to 2019/20", "the three years to 2019/20", "2017-04-01", "2020-03-31"),
    ("in the three years to 2019-20", "the three years to 2019-20", "2017-04-01", "2020-03-31"),
    ("over the three financial years to 2019/20", "the three financial years to 2019/20",
     "2017-04-01", "2020-03-31"),
    ("in the decade to 2019/20", "the decade to 2019/20", "2010-04-01", "2020-03-31"),
    # spans of calendar years
    ("between 2017 and 2019", "2017 and 2019", "2017-01-01", "2019-12-31"),
    ("from 2017 to 2019", "2017 to 2019", "2017-01-01", "2019-12-31"),
    ("over the five years to 2023", "the five years to 2023", "2019-01-01", "2023-12-31"),
    ("over the three years to March 2024", "the three years to March 2024", "2021-04-01", "2024-03-31"),
    # a range with a month at one end and a day at the other is one range
    ("between September 2023 and August 31, 2024", "September 2023 and August 31, 2024",
     "2023-09-01", "2024-08-31"),
    ("from September 2023 to 31 August 2024", "September 2023 to 31 August 2024", "2023-09-01", "2024-08-31"),
    ("from 1 September 2023 to August 2024", "1 September 2023 to August 2024", "2023-09-01", "2024-08-31"),
    ("between 1 April 2023 and March 2024", "1 April 2023 and March 2024", "2023-04-01", "2024-03-31"),
    # statistical years ending a month
    ("in the year to March 2024", "the year to March 2024", "2023-04-01", "2024-03-31"),
    ("in the year ending June 2024", "year ending June 2024", "2023-07-01", "2024-06-30"),
    ("in the 12 months ending June 2024", "the 12 months ending June 2024", "2023-07-01", "2024-06-30"),
    ("in the twelve months to June 2024", "the twelve months to June 2024", "2023-07-01", "2024-06-30"),
    ("in the rolling year to June 2024", "year to June 2024", "2023-07-01", "2024-06-30"),
    ("in the rolling 12 months to June 2024", "12 months to June 2024", "2023-07-01", "2024-06-30"),
    ("in the year to the end of June 2024", "the year to the end of June 2024", "2023-07-01", "2024-06-30"),
    ("in the year to 30 June 2024", "the year to 30 June 2024", "2023-07-01", "2024-06-30"),
    ("in the year to end-June 2024", "the year to end-June 2024", "2023-07-01", "2024-06-30"),
    ("in the 12 months to end-June", "the 12 months to end-June", "2023-07-01", "2024-06-30"),
    # the same without the year: the latest such year ended by publication
    ("in the year to March", "the year to March", "2023-04-01", "2024-03-31"),
    ("in the year to June", "the year to June", "2023-07-01", "2024-06-30"),
    ("in the year ending June", "the year ending June", "2023-07-01", "2024-06-30"),
    ("in the 12 months to June", "the 12 months to June", "2023-07-01", "2024-06-30"),
    ("in the 12 months ending in June", "the 12 months ending in June", "2023-07-01", "2024-06-30"),
    ("in the year to September", "the year to September", "2022-10-01", "2023-09-30"),
    ("in the three months to June", "the three months to June", "2024-04-01", "2024-06-30"),
    # parts of a year
    ("in the first seven months of 2023", "the first seven months of 2023", "2023-01-01", "2023-07-31"),
    ("in the first quarter of 2024", "the first quarter of 2024", "2024-01-01", "2024-03-31"),
    ("in the first half of 2024", "the first half of 2024", "2024-01-01", "2024-06-30"),
    ("in Q1 2024", "Q1 2024", "2024-01-01", "2024-03-31"),
    ("between April and June 2024", "April and June 2024", "2024-04-01", "2024-06-30"),
    ("from April to June", "April to June", "2024-04-01", "2024-06-30"),
    ("between January and June", "January and June", "2024-01-01", "2024-06-30"),
    # months listed one after another: one span
    ("in April, May and June", "April, May and June", "2024-04-01", "2024-06-30"),
    ("in the months of May, June and July last year", "May, June and July last year", "2023-05-01", "2023-07-31"),
    ("in April, May, and June 2024", "April, May, and June 2024", "2024-04-01", "2024-06-30"),
    ("in December, January and February", "December, January and February", "2023-12-01", "2024-02-29"),
    ("in the first six months of the year", "the first six months of the year", "2024-01-01", "2024-06-30"),
    ("so far this year", "so far this year", "2024-01-01", "2024-07-18"),
    ("in the year to date", "the year to date", "2024-01-01", "2024-07-18"),
    ("in the financial year to date", "the financial year to date", "2024-04-01", "2024-07-18"),
    # last / this / next + unit, against the publication date
    ("last month", "last month", "2024-06-01", "2024-06-30"),
    ("this month", "this month", "2024-07-01", "2024-07-31"),
    ("last year", "last year", "2023-01-01", "2023-12-31"),
    ("this year", "this year", "2024-01-01", "2024-12-31"),
    ("in the last financial year", "the last financial year", "2023-04-01", "2024-03-31"),
    ("over the last 12 months", "the last 12 months", "2023-07-01", "2024-06-30"),
    ("over the past year", "the past year", "2023-07-01", "2024-06-30"),
    ("in the past three months", "the past three months", "2024-04-01", "2024-06-30"),
    ("over the past five years", "the past five years", "2019-01-01", "2023-12-31"),
    ("over the last decade", "the last decade", "2014-01-01", "2023-12-31"),
    ("over the past decade", "the past decade", "2014-01-01", "2023-12-31"),
    ("over the last three financial years", "the last three financial years", "2021-04-01", "2024-03-31"),
    ("in June", "June", "2024-06-01", "2024-06-30"),
    ("in June 2024", "June 2024", "2024-06-01", "2024-06-30"),
    ("in June last year", "June last year", "2023-06-01", "2023-06-30"),
]

# frames: (template, a claim in it). {p} is the phrase, {P} the phrase with a capital
FRAMES = [
    ("Officers recorded 1,240 burglaries {p}.", True),
    ("Burglary fell by 12% {p}, the force said.", True),
    ("{P}, the number of burglaries fell by 12%.", True),
    ("Officers reviewed burglary reports {p}.", False),
    # the period between two figures ("rose from 13 in ... to 27"): read as a period (the figures'
    # periods are the claim-period grid's)
    ("Robberies rose from 13 {p} to 27.", False),
]

# the release's first sentence, naming the period it reports (or none): the forms above read the same
LEADS = [
    "",
    "Figures published today cover the 12 months to March 2024.",
    "The force published its annual report on Thursday.",
]


def _body(lead: str, sentence: str) -> str:
    return f"{lead}\n\n{sentence}" if lead else sentence


def _lead_periods(nlp, lead: str) -> set[tuple]:
    return period_triples(run(nlp, lead, published=PUBLISHED)) if lead else set()


GRID = [(lead, frame, claim, form) for lead in LEADS for frame, claim in FRAMES for form in FORMS]


@pytest.mark.parametrize("lead, frame, claim, form", GRID,
                         ids=[f"{LEADS.index(c[0])}{FRAMES.index(c[1:3])}-{c[3][0]}" for c in GRID])
def test_expression_in_frame(nlp, lead, frame, claim, form):
    phrase, span, start, end = form
    doc = run(nlp, _body(lead, frame.format(p=phrase, P=capitalised(phrase))), published=PUBLISHED)
    found = period_triples(doc) - _lead_periods(nlp, lead)
    assert {(s, e) for _, s, e in found} == {(start, end)}, found
    assert any(text.lower().endswith(span.lower()) or span.lower().endswith(text.lower())
               for text, _, _ in found), found
    if claim:
        claims = [c for c in doc.spans["claims"] if c.start_char >= len(lead)]
        assert claims and all((c._.period_start, c._.period_end) == (start, end) for c in claims), \
            [(c.text, c._.period_start, c._.period_end) for c in claims]


# spans of financial years written as a range: one period with no change measured between them; a
# figure's change between them compares the two years (the later the figure's period, the earlier its
# baseline), as the guide's "rose from 25.8% to 26.4%" compares two levels
FY_RANGES = [
    ("between 2017/18 and 2019/20", "2017-04-01", "2020-03-31"),
    ("from 2017-18 to 2019-20", "2017-04-01", "2020-03-31"),
    ("between 2017/2018 and 2019/2020", "2017-04-01", "2020-03-31"),
    ("between 2008/09 and 2010/11", "2008-04-01", "2011-03-31"),
    ("from 2003-04 to 2005-06", "2003-04-01", "2006-03-31"),
]
FY_RANGE_FRAMES = [
    ("Officers recorded 1,240 burglaries {p}.", False),
    ("Officers reviewed burglary reports {p}.", False),
    ("Burglary fell by 12% {p}, the force said.", True),
    ("{P}, the number of burglaries fell by 12%.", True),
]


@pytest.mark.parametrize("frame, compared, form", [(f, c, r) for f, c in FY_RANGE_FRAMES for r in FY_RANGES],
                         ids=[f"{i}-{r[0]}" for i in range(len(FY_RANGE_FRAMES)) for r in FY_RANGES])
def test_financial_year_range(nlp, frame, compared, form):
    phrase, start, end = form
    doc = run(nlp, frame.format(p=phrase, P=capitalised(phrase)), published=PUBLISHED)
    dates = {(s, e) for _, s, e in period_triples(doc)}
    if compared:
        first = (start, f"{int(start[:4]) + 1}-03-31")
        last = (f"{int(end[:4]) - 1}-04-01", end)
        assert dates == {first, last}, dates
    else:
        assert dates == {(start, end)}, dates


# a change told without a figure runs over the span ("fell faster between 2006/07 and 2011/12"); a figure
# measured between the two years, before or after them, compares them: (sentence, one span or two)
FY_RANGE_CHANGE = [
    ("Burglary has fallen faster than theft, particularly between 2017/18 and 2019/20.", True),
    ("Between 2017/18 and 2019/20, the trend has been a reduction in burglary.", True),
    ("Since 2017/18 and up until 2019/20, the general trend has been a rise in burglary.", True),
    ("Between 2017/18 and 2019/20 there was a 39% drop in burglary.", False),
    ("A 39% drop in burglary was seen between 2017/18 and 2019/20.", False),
    ("Burglary fell between 2017/18 and 2019/20 by 39%.", False),
    ("Burglary rose between 2017/18 and 2019/20, from 120 to 150.", False),
    ("Burglary fell from 1,240 to 980 between 2017/18 and 2019/20.", False),
    ("Burglary has risen from five to 12 between 2017/18 and 2019/20.", False),
]


@pytest.mark.parametrize("text, one", FY_RANGE_CHANGE, ids=[t[:48] for t, _ in FY_RANGE_CHANGE])
def test_financial_year_range_with_a_change(nlp, text, one):
    doc = run(nlp, text, published=PUBLISHED)
    dates = {(s, e) for _, s, e in period_triples(doc)}
    expected = {("2017-04-01", "2020-03-31")} if one else {("2017-04-01", "2018-03-31"), ("2019-04-01", "2020-03-31")}
    assert dates == expected, dates


# a change "since" a point runs from it to publication (the guide: "since 2010" runs from 2010-01-01 to
# the publication date); a month or financial year too
SINCE = [
    ("since 2010", "2010-01-01", "2024-07-18"),
    ("since 2019/20", "2019-04-01", "2024-07-18"),
    ("since March 2020", "2020-03-01", "2024-07-18"),
    ("since April", "2024-04-01", "2024-07-18"),
    ("since 1 April", "2024-04-01", "2024-07-18"),
    ("since the start of the year", "2024-01-01", "2024-07-18"),
    ("since last April", "2024-04-01", "2024-07-18"),
    ("since last summer", "2023-06-01", "2024-07-18"),
]
SINCE_FRAMES = [
    "Burglary has fallen by 12% {p}, the force said.",
    "{P}, burglary has fallen by 12%.",
    "There have been 300 fewer burglaries {p}.",
]


@pytest.mark.parametrize("frame, form", [(f, r) for f in SINCE_FRAMES for r in SINCE],
                         ids=[f"{i}-{r[0]}" for i in range(len(SINCE_FRAMES)) for r in SINCE])
def test_change_since(nlp, frame, form):
    phrase, start, end = form
    doc = run(nlp, frame.format(p=phrase, P=capitalised(phrase)), published=PUBLISHED)
    assert {(s, e) for _, s, e in period_triples(doc)} == {(start, end)}, period_triples(doc)


# the publication date known only to the month or the year: what it can resolve (the component's
# conventions: "last year" needs the year, "last month" the month, "today" the day)
PRECISION = [
    ("month", "2024-07-01", "Burglary fell by 12% last year.", ("2023-01-01", "2023-12-31")),
    ("year", "2024-01-01", "Burglary fell by 12% last year.", ("2023-01-01", "2023-12-31")),
    ("month", "2024-07-01", "Burglary fell by 12% last month.", ("2024-06-01", "2024-06-30")),
    ("year", "2024-01-01", "Burglary fell by 12% last month.", (None, None)),
    ("month", "2024-07-01", "Burglary fell by 12% over the last decade.", ("2014-01-01", "2023-12-31")),
    ("year", "2024-01-01", "Burglary fell by 12% over the last decade.", ("2014-01-01", "2023-12-31")),
    ("year", "2024-01-01", "Burglary fell by 12% over the last three financial years.",
     ("2021-04-01", "2024-03-31")),
    ("month", "2024-07-01", "Burglary fell by 12% in the year to March.", ("2023-04-01", "2024-03-31")),
    ("month", "2024-07-01", "Burglary has fallen by 12% since 2010.", ("2010-01-01", "2024-07-31")),
    # the year so far, known to the month: to that month's end, as "since 2010"; known to the year: unresolved
    ("month", "2024-07-01", "Burglary fell by 12% so far this year.", ("2024-01-01", "2024-07-31")),
    ("month", "2024-07-01", "Burglary fell by 12% in the year to date.", ("2024-01-01", "2024-07-31")),
    ("month", "2024-07-01", "Burglary fell by 12% in the financial year to date.", ("2024-04-01", "2024-07-31")),
    ("month", "2024-07-01", "So far this financial year, 300 burglaries were recorded.", ("2024-04-01", "2024-07-31")),
    ("year", "2024-01-01", "Burglary fell by 12% so far this year.", (None, None)),
    ("year", "2024-01-01", "Burglary fell by 12% in the year to date.", (None, None)),
]


@pytest.mark.parametrize("precision, published, text, dates", PRECISION, ids=[f"{p[0]}-{p[2][:40]}" for p in PRECISION])
def test_publication_precision(nlp, precision, published, text, dates):
    doc = run(nlp, text, published=published, precision=precision)
    assert {(s, e) for _, s, e in period_triples(doc)} == {dates}, period_triples(doc)


# relative to the period the release reports, named before: (lead, sentence, span text, start, end)
ANCHORED = [
    ("Burglary fell by 8% in 2023/24.", "It was 10% below the average for the past three years.",
     "the average for the past three years", "2020-04-01", "2023-03-31"),
    ("Burglary fell by 8% in 2023.", "It was 10% below the average of the last five years.",
     "the average of the last five years", "2018-01-01", "2022-12-31"),
    ("Burglary fell by 8% in the year to June 2024.", "It was 10% below the mean over the previous three years.",
     "the mean over the previous three years", "2020-07-01", "2023-06-30"),
    ("Burglary fell by 8% in 2023/24.", "It was 10% below the five-year average.",
     "the five-year average", "2018-04-01", "2023-03-31"),
    ("Burglary fell by 8% in 2023/24.", "There were 300 fewer offences than in the previous year.",
     "the previous year", "2022-04-01", "2023-03-31"),
    ("Burglary fell by 8% in the year to June 2024.", "The same period the previous year saw 1,300.",
     "The same period the previous year", "2022-07-01", "2023-06-30"),
    # "the same timeframe", "the same point last year": as "the same period", "this time last year"
    ("Burglary fell by 8% in the year to June 2024.", "That is down on the same timeframe the previous year.",
     "the same timeframe the previous year", "2022-07-01", "2023-06-30"),
    ("Burglary fell by 8% in the year to June 2024.", "That is down on the same time frame a year earlier.",
     "the same time frame a year earlier", "2022-07-01", "2023-06-30"),
    ("Burglary fell by 8% in 2023.", "There were 300 fewer than in the same timeframe in 2021.",
     "the same timeframe in 2021", "2021-01-01", "2021-12-31"),
    ("Burglary fell by 8% in the year to June 2024.", "It is below the same point last year.",
     "the same point last year", "2022-07-01", "2023-06-30"),
    ("Burglary fell by 8% in the year to June 2024.", "It is below this point last year.",
     "this point last year", "2022-07-01", "2023-06-30"),
    # "the same period as last year": a year before the period named
    ("Burglary fell by 8% in the first quarter of 2024/25.", "That is down on the same period as last year.",
     "the same period as last year", "2023-04-01", "2023-06-30"),
    ("Burglary fell by 8% in the first quarter of 2024/25.", "Fraud rose by 85 on the same three month period as "
     "last year.", "the same three month period as last year", "2023-04-01", "2023-06-30"),
    ("Burglary fell by 8% in June 2024.", "That is down on the same month as last year.",
     "the same month as last year", "2023-06-01", "2023-06-30"),
    # a list of months after "compared with" is a baseline: "the same period last year" after it takes
    # the reported period
    ("Figures for the second quarter of 2024/25 were published today.",
     "Compared with the months of July, August and September last year, robbery fell by 9%. Thefts fell by 4% "
     "compared to the same period last year.", "the same period last year", "2023-07-01", "2023-09-30"),
    # with nothing named before: the years before publication
    ("", "The average for the past three years is 1,300 burglaries.",
     "The average for the past three years", "2021-01-01", "2023-12-31"),
]


@pytest.mark.parametrize("lead, sentence, span, start, end", ANCHORED, ids=[a[1][:40] for a in ANCHORED])
def test_relative_to_reported_period(nlp, lead, sentence, span, start, end):
    doc = run(nlp, _body(lead, sentence), published=PUBLISHED)
    found = {p for p in period_triples(doc) if p[0].lower() == span.lower()}
    assert found == {(span, start, end)}, period_triples(doc)


# refusals: no period, or not the one a careless reading would give
REFUSALS = [
    # a duration without an anchor is no period
    ("Burglary fell by 12% over many months.", set()),
    ("The scheme will run over the coming months.", set()),
    # a year inside a name, a count that looks like a year
    ("Officers made 2019 arrests for burglary.", set()),
    # a number before "years" that is an age or a sentence
    ("A 15-year-old boy was arrested.", set()),
    ("He was jailed for three years.", set()),
    # a year and a zero-padded month ("2024-05") is no financial year "2024-5": it is that month (ISO 8601)
    ("The monthly report dated 2024-05 shows burglary fell by 12%.", {("2024-05-01", "2024-05-31")}),
    ("Tables for 2023-04 and 2023-06 were revised.", {("2023-04-01", "2023-04-30"), ("2023-06-01", "2023-06-30")}),
    # "year-on-year" and "the 12-month period" name no dates by themselves
    ("Burglary fell year-on-year.", set()),
    # months listed with a gap are no span
    ("Patrols ran in January, May 2024 and in July 2024.",
     {("2024-01-01", "2024-01-31"), ("2024-05-01", "2024-05-31"), ("2024-07-01", "2024-07-31")}),
    # a month and a yearless day: no one range (the day is the nearest such day, the month a month)
    ("The appeal ran from September 2023 to 31 August.", {("2023-09-01", "2023-09-30"), ("2024-08-31", "2024-08-31")}),
    # "the last three years" without "financial" stay calendar years, even after a financial year
    ("Burglary fell by 8% in 2023/24 and by 20% over the last three years.",
     {("2023-04-01", "2024-03-31"), ("2021-01-01", "2023-12-31")}),
    # an average of years with its own dates is no span before the period named
    ("Burglary fell by 8% in 2023 against the 2019-2021 average.",
     {("2023-01-01", "2023-12-31"), ("2019-01-01", "2021-12-31")}),
]


@pytest.mark.parametrize("text, expected", REFUSALS, ids=[r[0][:40] for r in REFUSALS])
def test_refusals(nlp, text, expected):
    doc = run(nlp, text, published=PUBLISHED)
    assert {(s, e) for _, s, e in period_triples(doc)} == expected, period_triples(doc)


# a quarter named without its year ("Q2", "quarter 2", "the second quarter"): slots varied on their own are
# the quarter's form and number, what the release names before it, the frame, and how much of the
# publication date is known. Quarterly figures come out after their quarter ends, so a quarter with no year
# is the latest such quarter ended by publication; a release that counts in financial years (it names one,
# or a span of months from April) numbers its quarters from April (the guide: "2019/20" is a financial
# year, so its fourth quarter is January to March); a quarter the release names with its year is that one.
QUARTER_WORDS = {1: "first", 2: "second", 3: "third", 4: "fourth"}
BARE_QUARTER_FORMS = ["Q{q}", "quarter {q}", "the {w} quarter"]
BARE_QUARTER_FRAMES = [
    "Burglary fell by 12% in {p}.",
    "In {p}, the force recorded 1,240 burglaries.",
    "Officers recorded 300 fewer burglaries in {p}, the report shows.",
]
_CALENDAR_LATEST = {1: ("2024-01-01", "2024-03-31"), 2: ("2024-04-01", "2024-06-30"),
                    3: ("2023-07-01", "2023-09-30"), 4: ("2023-10-01", "2023-12-31")}
_FY_2023 = {1: ("2023-04-01", "2023-06-30"), 2: ("2023-07-01", "2023-09-30"), 3: ("2023-10-01", "2023-12-31"),
            4: ("2024-01-01", "2024-03-31")}
_FY_LATEST = {**_FY_2023, 1: ("2024-04-01", "2024-06-30")}
# (lead sentence naming the release's period, or none; precision; expected dates per quarter number)
BARE_QUARTER_LEADS = [
    ("", "day", _CALENDAR_LATEST),
    ("Burglary fell by 8% in the first half of 2024.", "day", _CALENDAR_LATEST),
    # the financial year just named: its quarter
    ("Burglary fell by 8% in 2023/24.", "day", _FY_2023),
    # a span from April names a financial year so far: a quarter inside it is that year's, another the latest
    # financial-year quarter ended by publication
    ("Officers recorded 9,800 crimes between April and December 2023.", "day", _FY_2023),
    ("Figures for April to September 2023 were published today.", "day", _FY_2023),
    ("The force's report for the financial year to date was published today.", "day", _FY_LATEST),
    # a publication known only to the year: the quarter of the last whole financial year before it
    ("Officers recorded 9,800 crimes between April and December 2023.", "year", _FY_2023),
]


def _bare_quarter_cells() -> list[tuple]:
    cells = []
    for lead, precision, expected in BARE_QUARTER_LEADS:
        for frame in BARE_QUARTER_FRAMES:
            for form in BARE_QUARTER_FORMS:
                for q in (1, 2, 3, 4):
                    cells.append((lead, precision, frame, form.format(q=q, w=QUARTER_WORDS[q]), expected[q]))
    return cells


BARE_QUARTER_GRID = _bare_quarter_cells()


@pytest.mark.parametrize("lead, precision, frame, phrase, dates", BARE_QUARTER_GRID,
                         ids=[f"{BARE_QUARTER_LEADS.index(next(x for x in BARE_QUARTER_LEADS if x[:2] == c[:2]))}"
                              f"{BARE_QUARTER_FRAMES.index(c[2])}-{c[3]}" for c in BARE_QUARTER_GRID])
def test_quarter_without_its_year(nlp, lead, precision, frame, phrase, dates):
    published = PUBLISHED if precision == "day" else "2024-01-01"
    sentence = frame.format(p=phrase)
    doc = run(nlp, _body(lead, capitalised(sentence)), published=published, precision=precision)
    found = {(s.text, s._.start, s._.end) for s in doc.spans[PERIODS] if s.start_char >= len(lead)}
    assert found == {(phrase if not sentence.startswith(phrase) else capitalised(phrase), *dates)}, found


# a quarter the release names with its year: the same quarter named again without it is that one
STATED_QUARTER = [
    ("Burglary fell by 8% in the second quarter of 2023. In Q2, robbery rose by 3%.", "Q2",
     ("2023-04-01", "2023-06-30")),
    ("Figures for Q3 2023 were published today. Burglary fell by 12% in the third quarter.", "the third quarter",
     ("2023-07-01", "2023-09-30")),
    ("Figures for Q3 2022/23 were published today. Burglary fell by 12% in quarter 3.", "quarter 3",
     ("2022-10-01", "2022-12-31")),
    # named after it, in a release with a span from April: still the quarter named with its year
    ("In Q2, 300 burglaries were recorded between April and September 2023. Robbery fell in the second "
     "quarter of 2023.", "Q2", ("2023-04-01", "2023-06-30")),
]


@pytest.mark.parametrize("text, span, dates", STATED_QUARTER, ids=[s[1] + "-" + s[0][:30] for s in STATED_QUARTER])
def test_quarter_named_with_its_year_before(nlp, text, span, dates):
    doc = run(nlp, text, published=PUBLISHED)
    assert {(s._.start, s._.end) for s in doc.spans[PERIODS] if s.text == span} == {dates}, period_triples(doc)


# the year joined to a quarter by "in": one period ("by the end of Q2 in 2023/24")
QUARTER_IN_YEAR = [
    ("by the end of Q2 in 2023/24", "Q2 in 2023/24", ("2023-07-01", "2023-09-30")),
    ("in quarter 2 in 2023-24", "quarter 2 in 2023-24", ("2023-07-01", "2023-09-30")),
    ("in the second quarter in 2023/24", "the second quarter in 2023/24", ("2023-07-01", "2023-09-30")),
    ("in Q2 in 2023", "Q2 in 2023", ("2023-04-01", "2023-06-30")),
    ("in the second quarter in 2023", "the second quarter in 2023", ("2023-04-01", "2023-06-30")),
]


@pytest.mark.parametrize("frame", BARE_QUARTER_FRAMES[:1] + ["Officers had recorded 1,240 burglaries {p}."])
@pytest.mark.parametrize("phrase, span, dates", QUARTER_IN_YEAR, ids=[q[1] for q in QUARTER_IN_YEAR])
def test_quarter_in_year(nlp, frame, phrase, span, dates):
    text = frame.format(p=phrase).replace("in in ", "in ").replace("in by ", "by ")
    doc = run(nlp, text, published=PUBLISHED)
    assert period_triples(doc) == {(span, *dates)}, period_triples(doc)


BARE_QUARTER_REFUSALS = [
    # a fraction, a report's name, a quarter-final: no quarter
    ("Burglary fell by a quarter.", set()),
    ("Three quarters of victims were satisfied.", set()),
    ("The Q3 Performance Report shows burglary fell.", set()),
    ("The force published its Second Quarter Performance Report.", set()),
    ("The team reached the quarter-final.", set()),
    # "the last quarter" keeps its own rule: the last whole calendar quarter before publication
    ("Burglary fell by 4% in the last quarter.", {("2024-04-01", "2024-06-30")}),
]


@pytest.mark.parametrize("text, expected", BARE_QUARTER_REFUSALS, ids=[r[0][:40] for r in BARE_QUARTER_REFUSALS])
def test_quarter_without_its_year_refusals(nlp, text, expected):
    doc = run(nlp, text, published=PUBLISHED)
    assert {(s, e) for _, s, e in period_triples(doc)} == expected, period_triples(doc)


# "the same quarter ..." names a quarter: after a longer period that ends with a quarter (a year, 12 months to
# a quarter's last month, a financial year) it is that period's last quarter, moved as the words say; after a
# quarter, that quarter. Slots: the period named first, the words for the same quarter, the frame.
SAME_QUARTER_LEADS = [
    ("Crime fell by 4% in the year to March 2024", "2024-01-01"),
    ("Crime fell by 4% in 2023/24", "2024-01-01"),
    ("Crime fell by 4% in the 12 months to December 2023", "2023-10-01"),
    ("Crime fell by 4% in 2023", "2023-10-01"),
    ("Crime fell by 4% in Q3 2023", "2023-07-01"),
]
SAME_QUARTER_WORDS = [("the same quarter last year", -12), ("the same quarter the previous year", -12),
                      ("the same quarter a year earlier", -12), ("the corresponding quarter last year", -12),
                      ("this quarter", 0)]
SAME_QUARTER_FRAMES = ["{lead}, and by 2% compared with {q}.", "{lead}. Burglary was down 2% on {q}."]


def _quarter_shifted(start: str, months: int) -> tuple[str, str]:
    from datetime import date

    from extractor.components.periods import calendar as cal

    first = date.fromisoformat(start)
    period = cal.shift_months(cal.months_ending(*cal.add_months(first.year, first.month, 2), 3), months)
    return period[0].isoformat(), period[1].isoformat()


SAME_QUARTER_GRID = [(lead, q, frame) for lead in SAME_QUARTER_LEADS for q in SAME_QUARTER_WORDS
                     for frame in SAME_QUARTER_FRAMES]


@pytest.mark.parametrize("lead, words, frame", SAME_QUARTER_GRID,
                         ids=[f"{SAME_QUARTER_LEADS.index(a)}-{b[0]}-{SAME_QUARTER_FRAMES.index(c)}"
                              for a, b, c in SAME_QUARTER_GRID])
def test_same_quarter(nlp, lead, words, frame):
    (text, start), (phrase, months) = lead, words
    doc = run(nlp, frame.format(lead=text, q=phrase), published=PUBLISHED)
    found = {(s, e) for t, s, e in period_triples(doc) if t.lower() == phrase}
    assert found == {_quarter_shifted(start, months)}, period_triples(doc)


SAME_QUARTER_REFUSALS = [
    # a longer period that does not end with a quarter keeps its length
    ("Crime fell by 4% in the year to May 2024 compared with the same period last year.",
     ("the same period last year", "2022-06-01", "2023-05-31")),
    # "the same period" names no quarter: the whole period, a year before
    ("Crime fell by 4% in the year to March 2024 compared with the same period last year.",
     ("the same period last year", "2022-04-01", "2023-03-31")),
]


@pytest.mark.parametrize("text, expected", SAME_QUARTER_REFUSALS, ids=[r[0][:50] for r in SAME_QUARTER_REFUSALS])
def test_same_quarter_refusals(nlp, text, expected):
    assert expected in period_triples(run(nlp, text, published=PUBLISHED))


# a span of months written without its year ("between April and December", "the year to September"): the
# latest such span ended by the publication date (a release reports months already counted), whether the
# publication falls before the span's months in its year, inside them, or after them (a release naming the same
# months with their year is not followed: "comparing April-October 2011 with 2012" names the earlier year
# while the figures are the later one's). Each slot varies on its own: the range's form, the pair of
# months (one wrapping round the new year), the publication date, the frame, the lead sentence.
YEARLESS_SPAN_FORMS = [
    ("between {a} and {b}", "{a} and {b}"),
    ("from {a} to {b}", "{a} to {b}"),
    ("in {a} to {b}", "{a} to {b}"),
    ("in {a}-{b}", "{a}-{b}"),
    ("in {a} through {b}", "{a} through {b}"),
]
MONTH_NAMES = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"]
YEARLESS_PAIRS = [(4, 12), (1, 6), (4, 9), (10, 12), (11, 2)]
# publication dates: early in the year (before most spans end), mid-year (inside some), late, the day after one ends
YEARLESS_PUBLISHED = ["2015-03-17", "2015-07-18", "2015-11-05", "2016-01-01"]
YEARLESS_FRAMES = ["Burglary fell by 12% {p}.", "{P}, officers recorded 1,240 burglaries."]
YEARLESS_LEADS = ["", "The force published its annual report on Thursday.",
                  "Figures published today cover the 12 months to March 2014."]


def _month_end(year: int, month: int) -> str:
    import calendar

    return f"{year}-{month:02d}-{calendar.monthrange(year, month)[1]:02d}"


def _latest_ended(published: str, first: int, last: int) -> tuple[str, str]:
    """From the guide's default: the latest span of these months whose last day is on or before publication."""
    year = int(published[:4])
    while _month_end(year, last) > published:
        year -= 1
    start_year = year - 1 if first > last else year
    return f"{start_year}-{first:02d}-01", _month_end(year, last)


YEARLESS_GRID = [(lead, frame, form, pair, pub) for lead in YEARLESS_LEADS for frame in YEARLESS_FRAMES
                 for form in YEARLESS_SPAN_FORMS for pair in YEARLESS_PAIRS for pub in YEARLESS_PUBLISHED]


@pytest.mark.parametrize("lead, frame, form, pair, published", YEARLESS_GRID,
                         ids=[f"{YEARLESS_LEADS.index(c[0])}{YEARLESS_FRAMES.index(c[1])}-{c[2][0]}-{c[3]}-{c[4]}"
                              for c in YEARLESS_GRID])
def test_span_of_months_without_its_year(nlp, lead, frame, form, pair, published):
    a, b = (MONTH_NAMES[m - 1] for m in pair)
    phrase, span = form[0].format(a=a, b=b), form[1].format(a=a, b=b)
    doc = run(nlp, _body(lead, frame.format(p=phrase, P=capitalised(phrase))), published=published)
    found = {(s.text, s._.start, s._.end) for s in doc.spans[PERIODS] if s.start_char >= len(lead)}
    assert {(t.lower(), s, e) for t, s, e in found} == {(span.lower(), *_latest_ended(published, *pair))}, found


# "the year / 12 months to MONTH" without its year: the same default, with the publication date before, in
# and after the month (a month is ended on its last day)
YEARLESS_ENDING = [
    ("the year to {m}", 12), ("the 12 months to {m}", 12), ("the year ending {m}", 12),
    ("the 12 months ending in {m}", 12), ("the six months to {m}", 6),
]


@pytest.mark.parametrize("published", ["2015-03-17", "2015-09-15", "2015-09-30", "2015-10-05", "2016-01-01"])
@pytest.mark.parametrize("month", [3, 9, 12])
@pytest.mark.parametrize("form, months", YEARLESS_ENDING, ids=[f[0] for f in YEARLESS_ENDING])
def test_months_to_a_month_without_its_year(nlp, form, months, month, published):
    phrase = form.format(m=MONTH_NAMES[month - 1])
    doc = run(nlp, f"Burglary fell by 12% in {phrase}.", published=published)
    _, end = _latest_ended(published, month, month)
    end_year, end_month = int(end[:4]), int(end[5:7])
    first = end_year * 12 + end_month - months  # months counted from year 0, zero-based
    start = f"{first // 12}-{first % 12 + 1:02d}-01"
    assert period_triples(doc) == {(phrase, start, end)}



# refusals of the default: months with their year, or with a relative year, keep the year they are given
YEARLESS_REFUSALS = [
    ("Burglary fell by 12% between April and December 2012.", ("April and December 2012", "2012-04-01", "2012-12-31")),
    ("Burglary fell by 12% from April to December last year.",
     ("April to December last year", "2014-04-01", "2014-12-31")),
    ("Burglary fell by 12% from April to December this year.",
     ("April to December this year", "2015-04-01", "2015-12-31")),
    ("Burglary fell by 12% in January-June 2015.", ("January-June 2015", "2015-01-01", "2015-06-30")),
]


@pytest.mark.parametrize("text, triple", YEARLESS_REFUSALS, ids=[r[0][:40] for r in YEARLESS_REFUSALS])
def test_span_of_months_with_its_year(nlp, text, triple):
    assert period_triples(run(nlp, text, published="2015-03-17")) == {triple}


# the same spans in a sentence about the future (an auxiliary before them): the first such span not yet ended
# at publication (a plan, not figures), while a past or present verb keeps the latest ended
YEARLESS_FUTURE_FRAMES = [
    "The team will hold crime prevention roadshows {p}.",
    "Extra patrols are due to run {p}, the force said.",
    "Officers said they would work with schools, and the campaign will run {p}.",
]


def _next_unended(published: str, first: int, last: int) -> tuple[str, str]:
    start, end = _latest_ended(published, first, last)
    return f"{int(start[:4]) + 1}{start[4:]}", _month_end(int(end[:4]) + 1, last)


YEARLESS_FUTURE_GRID = [(frame, form, pair, pub) for frame in YEARLESS_FUTURE_FRAMES
                        for form in YEARLESS_SPAN_FORMS[:3] for pair in YEARLESS_PAIRS for pub in YEARLESS_PUBLISHED]


@pytest.mark.parametrize("frame, form, pair, published", YEARLESS_FUTURE_GRID,
                         ids=[f"{YEARLESS_FUTURE_FRAMES.index(c[0])}-{c[1][0]}-{c[2]}-{c[3]}"
                              for c in YEARLESS_FUTURE_GRID])
def test_span_of_months_without_its_year_planned(nlp, frame, form, pair, published):
    a, b = (MONTH_NAMES[m - 1] for m in pair)
    phrase, span = form[0].format(a=a, b=b), form[1].format(a=a, b=b)
    found = period_triples(run(nlp, frame.format(p=phrase), published=published))
    assert found == {(span, *_next_unended(published, *pair))}, found


# refusals: a future verb in an earlier sentence, or after the span, leaves the latest ended
@pytest.mark.parametrize("text", [
    "The force will publish more figures soon. Burglary fell by 12% between April and December.",
    "Burglary fell by 12% between April and December and will fall again.",
])
def test_span_of_months_future_elsewhere(nlp, text):
    assert period_triples(run(nlp, text, published="2015-03-17")) == \
        {("April and December", "2014-04-01", "2014-12-31")}


# a publication known only to its month: its day taken as the month's last, so months ending in it have ended
@pytest.mark.parametrize("phrase, dates", [
    ("between January and March", ("2016-01-01", "2016-03-31")),
    ("from April to December", ("2015-04-01", "2015-12-31")),
    ("in February-April", ("2015-02-01", "2015-04-30")),
])
def test_span_of_months_published_in_a_month(nlp, phrase, dates):
    found = period_triples(run(nlp, f"Thefts rose by 6% {phrase}.", published="2016-03-01", precision="month"))
    assert {(s, e) for _, s, e in found} == {dates}, found
