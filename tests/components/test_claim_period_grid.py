"""A grammar grid for the PERIOD and BASELINE of a claim: which period each figure is about
when the release names its reporting period once (sentences written for the tests).

Slots varied independently:
- where the reporting period is named: the headline, the first sentence, a later sentence
  of the first paragraph, or only in a "compared with" phrase (the release then reports the
  same span a year on);
- its shape: part of a year, a rolling year ("the year to September 2024"), a financial
  year ("2023/24"), a quarter, a calendar year;
- what stands between it and the claim: nothing, a quote that says "last year" or "this
  year" about something else, a long-run aside ("since 2002"), a paragraph of no figure,
  a list of figures;
- how the claim states its period: not at all, "the same period", "over the period",
  "year-on-year", "from X to Y".
Expected values from the annotation guide: "with no period in its own clause, the period the
release reports", never the publication date; "the same period last year" is the baseline;
relative words resolve against the period just mentioned.
"""
from __future__ import annotations

import pytest

from extractor.api import parse

PUBLISHED = "17/10/2024"
NONE = (None, None)

# (name, phrase as it stands after a verb, its period, the same period a year earlier, the phrase a
# "compared with" gives for the year-earlier span)
SHAPES = [
    ("part", "between April and September", ("2024-04-01", "2024-09-30"), ("2023-04-01", "2023-09-30"),
     "April to September 2023"),
    ("rolling", "in the year to September 2024", ("2023-10-01", "2024-09-30"), ("2022-10-01", "2023-09-30"),
     "the year to September 2023"),
    ("financial", "in 2023/24", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31"), "2022/23"),
    ("quarter", "between July and September 2024", ("2024-07-01", "2024-09-30"), ("2023-07-01", "2023-09-30"),
     "July to September 2023"),
    ("calendar", "in 2023", ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31"), "2022"),
]

# (name, headline, first paragraph): {p} the period phrase, {P} capitalised, {b} the year-earlier phrase
POSITIONS = [
    ("headline", "Recorded crime falls by 6% {p}",
     "Lancashire Police have published the latest crime figures. Recorded crime fell by 6% compared with "
     "the same period last year."),
    ("first", "Crime figures published",
     "Recorded crime in Lancashire fell by 6% {p}, compared with the same period last year, figures "
     "published today show."),
    ("later", "Crime figures published",
     "Lancashire Police have published the latest crime figures. {P}, recorded crime fell by 6% compared "
     "with the same period last year."),
    ("compared only", "Crime figures published",
     "Recorded crime in Lancashire fell by 6% compared with {b}, figures published today show."),
]

# what stands between the first paragraph and the claim's paragraph
BETWEEN = [
    ("nothing", " "),
    ("quote last year", "\n\n\u201cWe launched Operation Shield last year and it is working,\u201d said Chief "
     "Inspector Jane Hill.\n\n"),
    ("quote this year", "\n\n\u201cThis year our officers have focused on the people who cause most harm,\u201d "
     "said Chief Inspector Jane Hill.\n\n"),
    ("since aside", "\n\nOverall crime in the county is at its lowest level since 2002.\n\n"),
    ("paragraph", "\n\nOfficers have worked closely with local communities.\n\n"),
    ("list", "\n\nThe figures show:\n\n- robbery down 4%\n- vehicle crime down 2%\n\n"),
]

# (name, sentence, expected: claim text -> (period, baseline)); "P" the release's period, "B" a year earlier
STATES = [
    ("none", "Burglary fell by 9%.", {"9%": ("P", "B")}),
    ("same period", "Burglary fell by 9% on the same period last year.", {"9%": ("P", "B")}),
    ("over the period", "Over the period, burglary fell by 9%.", {"9%": ("P", "B")}),
    ("year-on-year", "Burglary fell by 9% year-on-year.", {"9%": ("P", "B")}),
    ("from to", "Burglary fell by 9%, from 1,400 to 1,274.",
     {"9%": ("P", "B"), "1,400": ("B", NONE), "1,274": ("P", NONE)}),
    ("levels", "Officers recorded 1,274 burglaries, compared with 1,400 in the same period last year.",
     {"1,274": ("P", NONE), "1,400": ("B", NONE)}),
]

XFAIL: dict[tuple[str, str, str, str], str] = {}


def _release(headline: str, body: str) -> str:
    return f"---\ntitle: {headline}\narea: Lancashire\npublish:\n  date: 10:00 {PUBLISHED}\n---\n\n{body}\n"


def _cell(position, shape, between, state):
    key = (position[0], shape[0], between[0], state[0])
    reason = XFAIL.get(key)
    marks = [pytest.mark.xfail(reason=reason, strict=True)] if reason else []
    return pytest.param(position, shape, between, state, marks=marks, id="-".join(key))


# every position and shape with each claim state right after the first paragraph, and every
# intervener with each shape and state after a first sentence that names the period
GRID = [_cell(pos, shape, BETWEEN[0], state) for pos in POSITIONS for shape in SHAPES for state in STATES] \
    + [_cell(POSITIONS[1], shape, between, state) for between in BETWEEN[1:] for shape in SHAPES
       for state in STATES]


def _cell_doc(position, shape, between, sentence):
    """The parsed release of one cell: the headline and lead of ``position`` naming the period of
    ``shape``, then what stands ``between``, then the claim's ``sentence``."""
    _pos, headline, lead = position
    _shape, phrase, _period, _before, earlier = shape
    fill = {"p": phrase, "P": phrase[0].upper() + phrase[1:], "b": earlier}
    return parse(_release(headline.format(**fill), lead.format(**fill) + between[1] + sentence))


@pytest.mark.parametrize("position, shape, between, state", GRID)
def test_claim_period(position, shape, between, state):
    _shape, _phrase, period, before, _earlier = shape
    _name, sentence, expected = state
    doc = _cell_doc(position, shape, between, sentence)
    claims = list(doc.spans["claims"])
    got, want = {}, {}
    for text, (p, b) in expected.items():
        match = [c for c in claims if text in c.text]
        assert match, (text, [c.text for c in claims])
        c = match[-1]
        got[text] = ((c._.period_start, c._.period_end), (c._.baseline_start, c._.baseline_end))
        dates = {"P": period, "B": before}
        want[text] = (dates[p], dates.get(b, b) if isinstance(b, str) else b)
    assert got == want


# a claim that names a calendar year ("this year", "last year", "in 2024") in a release that reports a span
# written out: the year stands for that span when the span lies inside it; otherwise the year is the claim's
# own (refusals: "last year" before a part of this year or over a financial year that starts in it, "this
# year" over a rolling year that ends in it: the tune gold reads a year that only shares days as the year)
THIS_YEAR, LAST_YEAR = ("2024-01-01", "2024-12-31"), ("2023-01-01", "2023-12-31")
YEAR_WORDS = [
    ("this year", "Burglary has fallen by 9% this year.",
     {"part": "P", "rolling": THIS_YEAR, "financial": THIS_YEAR, "quarter": "P", "calendar": THIS_YEAR}),
    ("in 2024", "Burglary fell by 9% in 2024.",
     {"part": "P", "rolling": THIS_YEAR, "financial": THIS_YEAR, "quarter": "P", "calendar": THIS_YEAR}),
    ("last year", "Burglary fell by 9% last year.",
     {"part": LAST_YEAR, "rolling": LAST_YEAR, "financial": LAST_YEAR, "quarter": LAST_YEAR, "calendar": "P"}),
    ("levels in years", "Officers recorded 1,274 burglaries this year.",
     {"part": "P", "rolling": THIS_YEAR, "financial": THIS_YEAR, "quarter": "P", "calendar": THIS_YEAR}),
]
YEAR_GRID = [pytest.param(pos, shape, between, words, id="-".join((pos[0], shape[0], between[0], words[0])))
             for pos in POSITIONS[:3] for shape in SHAPES for between in (BETWEEN[0], BETWEEN[2], BETWEEN[4])
             for words in YEAR_WORDS]


@pytest.mark.parametrize("position, shape, between, words", YEAR_GRID)
def test_claim_in_a_calendar_year(position, shape, between, words):
    name, _phrase, period, _before, _earlier = shape
    _w, sentence, expected = words
    doc = _cell_doc(position, shape, between, sentence)
    figure = "1,274" if "1,274" in sentence else "9%"
    claim = [c for c in doc.spans["claims"] if figure in c.text][-1]
    want = period if expected[name] == "P" else expected[name]
    assert (claim._.period_start, claim._.period_end) == want


# a release that names no period of its own but compares against a span of whole months reports the same
# months a year on, when they have ended by publication (refusal: months a year on still to come)
COMPARED_ONLY = [
    ("April to September 2023", ("2024-04-01", "2024-09-30")),
    ("July 2023", ("2024-07-01", "2024-07-31")),
    ("the first quarter of 2023", ("2024-01-01", "2024-03-31")),
    ("2022/23", ("2023-04-01", "2024-03-31")),
    ("October to December 2023", NONE),
    ("November 2023", NONE),
]


@pytest.mark.parametrize("earlier, want", COMPARED_ONLY, ids=[c[0] for c in COMPARED_ONLY])
def test_compared_only_reports_the_months_a_year_on(earlier, want):
    body = f"Recorded crime in Lancashire fell by 6% compared with {earlier}, figures published today show."
    doc = parse(_release("Crime figures published", body))
    claim = next(c for c in doc.spans["claims"] if "6%" in c.text)
    assert (claim._.period_start, claim._.period_end) == want


# a year that has ended by publication has figures of its own, though the release reports a part of it:
# (published, first sentence, claim sentence, the claim's period)
ENDED_YEAR = [
    ("17/10/2024", "Recorded crime fell by 6% between April and September 2024, compared with the same period "
     "last year.", "Burglary fell by 9% in 2024.", ("2024-04-01", "2024-09-30")),
    ("17/10/2024", "Recorded crime fell by 6% between April and September 2024, compared with the same period "
     "last year.", "Officers recorded 1,274 burglaries this year.", ("2024-04-01", "2024-09-30")),
    # refusals: the year named has ended
    ("20/01/2025", "Recorded crime fell by 6% between April and December 2024, compared with the same period "
     "the year before.", "Burglary fell by 9% last year.", ("2024-01-01", "2024-12-31")),
    ("20/01/2025", "Recorded crime fell by 6% between April and December 2024, compared with the same period "
     "the year before.", "Officers recorded 1,274 burglaries in 2024.", ("2024-01-01", "2024-12-31")),
]


@pytest.mark.parametrize("published, lead, sentence, want", ENDED_YEAR,
                         ids=[e[0] + "-" + e[2][:30] for e in ENDED_YEAR])
def test_year_named_after_it_ended(published, lead, sentence, want):
    text = _release("Crime figures published", f"{lead}\n\n{sentence}").replace(PUBLISHED, published)
    doc = parse(text)
    figure = "1,274" if "1,274" in sentence else "9%"
    claim = [c for c in doc.spans["claims"] if figure in c.text][-1]
    assert (claim._.period_start, claim._.period_end) == want


# two periods a verb of comparing sets side by side, in either order: the later is what the release reports,
# the earlier its baseline ("The figures compare A with B"); (sentence, the 9%'s period and baseline)
PAIRS = [
    ("The figures compare April to September 2023 with April to September 2024.",
     (("2024-04-01", "2024-09-30"), ("2023-04-01", "2023-09-30"))),
    ("The figures compare April to September 2024 with April to September 2023.",
     (("2024-04-01", "2024-09-30"), ("2023-04-01", "2023-09-30"))),
    ("The statistics compare 2022/23 to 2023/24.", (("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31"))),
    ("Comparing the year to September 2024 with the year to September 2023, crime fell.",
     (("2023-10-01", "2024-09-30"), ("2022-10-01", "2023-09-30"))),
    ("The figures compare the year to September 2023 with the year to September 2024.",
     (("2023-10-01", "2024-09-30"), ("2022-10-01", "2023-09-30"))),
    # refusals: two periods not compared by the verb
    ("Officers compared notes in 2023/24.", (("2023-04-01", "2024-03-31"), NONE)),
    ("Crime fell between April and September 2024, compared with April to September 2023.",
     (("2024-04-01", "2024-09-30"), ("2023-04-01", "2023-09-30"))),
]


@pytest.mark.parametrize("lead, want", PAIRS, ids=[p[0][:50] for p in PAIRS])
def test_compared_pair_in_either_order(lead, want):
    doc = parse(_release("Crime figures published", f"{lead} Burglary fell by 9%, from 1,400 to 1,274."))
    claims = {c.text: c for c in doc.spans["claims"]}
    change = next(c for t, c in claims.items() if "9%" in t)
    assert ((change._.period_start, change._.period_end), (change._.baseline_start, change._.baseline_end)) == want
    if want[1] == NONE:
        return
    first = next(c for t, c in claims.items() if "1,400" in t)
    second = next(c for t, c in claims.items() if "1,274" in t)
    assert ((first._.period_start, first._.period_end), (second._.period_start, second._.period_end)) \
        == (want[1], want[0])


# a period the release compares against elsewhere is its baseline wherever it is named: one named first in
# passing ("following a rise in 2022/23") is not the span the figures cover, which is the span a year on
# (named later, or implied by the comparison). Slots: how the earlier span is first named (an aside before
# the figures, a sentence of its own, a quote), how the change compares against it, whether the reported
# span is named later; refusals: a period that is never compared against stays the release's period.
# (name, the year-earlier phrase, the span a year on, the year-earlier dates, the phrase naming the span on)
EARLIER_SHAPES = [
    ("financial", "2022/23", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31"), "in 2023/24"),
    ("calendar", "2022", ("2023-01-01", "2023-12-31"), ("2022-01-01", "2022-12-31"), "in 2023"),
    ("rolling", "the year to March 2023", ("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31"),
     "in the year to March 2024"),
]
FIRST_NAMED = [
    ("aside", "Lancashire Police say recorded crime has fallen again following a rise in {b}."),
    ("own sentence", "Recorded crime in Lancashire went up during {b}. The force has published new figures."),
    ("quote", "\u201cWe worked hard after a difficult {b},\u201d said Chief Inspector Jane Hill."),
]
COMPARED_BY = [
    ("compared with", "Recorded crime fell by 6% compared with {b}."),
    ("on", "Recorded crime was down 6% on {b}."),
    ("levels", "Recorded crime fell by 6%, from 52,400 in {b} to 49,300."),
]
NAMED_LATER = [("not named", ""), ("named later", " Shoplifting made up 12% of all crime {p}.")]


@pytest.mark.parametrize(
    "shape, first, compared, later",
    [pytest.param(s, f, c, n, id="-".join((s[0], f[0], c[0], n[0])))
     for s in EARLIER_SHAPES for f in FIRST_NAMED for c in COMPARED_BY for n in NAMED_LATER])
def test_period_compared_against_is_not_reported(shape, first, compared, later):
    _name, earlier, on, before, named = shape
    body = first[1].format(b=earlier) + "\n\n" + compared[1].format(b=earlier) + later[1].format(p=named) \
        + "\n\nBurglary fell by 9%."
    doc = parse(_release("Crime figures published", body).replace(PUBLISHED, "17/10/2024"))
    claims = list(doc.spans["claims"])
    for figure in ("6%", "9%"):
        c = next(c for c in claims if figure in c.text)
        assert ((c._.period_start, c._.period_end), (c._.baseline_start, c._.baseline_end)) == (on, before), figure


# refusals: the span named first is compared against nothing, or compared against a span of its own
# before it: it stays the release's period
NOT_COMPARED = [
    ("Recorded crime in Lancashire fell in 2023/24, new figures show.\n\nBurglary fell by 9%.",
     (("2023-04-01", "2024-03-31"), NONE)),
    ("Recorded crime in Lancashire fell in 2023/24, new figures show.\n\nBurglary fell by 9% compared with "
     "2022/23.", (("2023-04-01", "2024-03-31"), ("2022-04-01", "2023-03-31"))),
    ("Recorded crime went up during 2023, the force said.\n\nBurglary fell by 9%.",
     (("2023-01-01", "2023-12-31"), NONE)),
]


@pytest.mark.parametrize("body, want", NOT_COMPARED, ids=[b[0][:40] + str(i) for i, b in enumerate(NOT_COMPARED)])
def test_period_not_compared_stays_reported(body, want):
    doc = parse(_release("Crime figures published", body).replace(PUBLISHED, "17/10/2024"))
    c = next(c for c in doc.spans["claims"] if "9%" in c.text)
    assert ((c._.period_start, c._.period_end), (c._.baseline_start, c._.baseline_end)) == want


# a level in a relative clause on the period compared against is that period's ("compared with 2022/23, when
# 5,100 burglaries were recorded"); slots: the comparison, the relative word, the shape of the period;
# refusals: a level after a full stop or a coordinating "and" is the release's period
RELATIVE_WORDS = [", when", ", where", " where", ", which saw", ", during which", ", in which"]
EARLIER_PHRASES = [("2022/23", ("2022-04-01", "2023-03-31")), ("2022", ("2022-01-01", "2022-12-31")),
                   ("the same period last year", ("2022-04-01", "2023-03-31")),
                   ("the previous year", ("2022-04-01", "2023-03-31"))]
COMPARISONS = ["fell by 9% compared with", "was down 9% on"]


@pytest.mark.parametrize("comparison", COMPARISONS)
@pytest.mark.parametrize("rel", RELATIVE_WORDS)
@pytest.mark.parametrize("earlier", EARLIER_PHRASES, ids=[e[0] for e in EARLIER_PHRASES])
def test_level_in_a_clause_on_the_baseline(comparison, rel, earlier):
    phrase, dates = earlier
    if phrase == "2022":
        dates = ("2022-01-01", "2022-12-31")
    lead = "Recorded crime in Lancashire fell by 6% in 2023/24, figures published today show."
    sentence = f"Burglary {comparison} {phrase}{rel} 5,100 burglaries were recorded."
    doc = parse(_release("Crime figures published", f"{lead}\n\n{sentence}").replace(PUBLISHED, "17/10/2024"))
    level = next(c for c in doc.spans["claims"] if "5,100" in c.text)
    change = next(c for c in doc.spans["claims"] if "9%" in c.text)
    assert (level._.period_start, level._.period_end) == dates
    assert (change._.period_start, change._.period_end) == ("2023-04-01", "2024-03-31")


@pytest.mark.parametrize("gap", [". In Preston ", " and in Preston "])
def test_level_after_the_baseline_clause_is_the_release_period(gap):
    lead = "Recorded crime in Lancashire fell by 6% in 2023/24, figures published today show."
    sentence = f"Burglary fell by 9% compared with 2022/23{gap}5,100 burglaries were recorded."
    doc = parse(_release("Crime figures published", f"{lead}\n\n{sentence}").replace(PUBLISHED, "17/10/2024"))
    level = next(c for c in doc.spans["claims"] if "5,100" in c.text)
    assert (level._.period_start, level._.period_end) == ("2023-04-01", "2024-03-31")


# (published in January 2025, after the year named has ended) a calendar year named in passing, in a
# sentence of no figure, that holds the shorter span the first change states: the changes say which part of the year the release reports, and a later claim with no period of
# its own takes that part. Slots: where the year is named in passing, how the shorter span is written, how
# the later claim is stated; refusals: the span is not inside the year, or only a level states it.
PASSING_YEAR = [
    ("copyright", "Copyright: 2024 Lancashire Police"),
    ("aside", "The force has faced a busy 2024 with several large events."),
    ("plan", "Officers have been working hard in 2024 to tackle burglary."),
]
SHORTER = [
    ("months", "between April and September 2024", ("2024-04-01", "2024-09-30")),
    ("quarter", "in the second quarter of 2024", ("2024-04-01", "2024-06-30")),
    ("months no year", "between April and September", ("2024-04-01", "2024-09-30")),
    ("months to", "in the six months to September 2024", ("2024-04-01", "2024-09-30")),
]
LATER_CLAIM = [("change", "Burglary fell by 9%."), ("listed", "Robbery is down 4% and theft is down 3%."),
               ("level", "Officers made 1,274 arrests.")]


@pytest.mark.parametrize("later", LATER_CLAIM, ids=[c[0] for c in LATER_CLAIM])
@pytest.mark.parametrize("shorter", SHORTER, ids=[s[0] for s in SHORTER])
@pytest.mark.parametrize("passing", PASSING_YEAR, ids=[p[0] for p in PASSING_YEAR])
def test_year_named_in_passing_yields_to_the_changes_span(passing, shorter, later):
    _n, span_words, span = shorter
    body = (f"{passing[1]}\n\nRecorded crime in Lancashire fell by 6% {span_words}, compared with the same period "
            f"last year.\n\n{later[1]}")
    doc = parse(_release("Crime figures published", body).replace(PUBLISHED, "20/01/2025"))
    claims = [c for c in doc.spans["claims"] if "6%" not in c.text]
    assert claims
    for c in claims:
        assert (c._.period_start, c._.period_end) == span, c.text


PASSING_REFUSALS = [
    # the span is not inside the year named in passing
    ("Copyright: 2023 Lancashire Police", "Recorded crime fell by 6% between April and September 2024.",
     ("2023-01-01", "2023-12-31")),
    # only a level states the shorter span
    ("The force has faced a busy 2024 with several large events.",
     "Officers recorded 5,100 crimes between April and September 2024.", ("2024-01-01", "2024-12-31")),
]


@pytest.mark.parametrize("passing, lead, want", PASSING_REFUSALS, ids=["not inside", "level only"])
def test_year_named_in_passing_kept(passing, lead, want):
    body = f"{passing}\n\n{lead}\n\nBurglary fell by 9%."
    doc = parse(_release("Crime figures published", body).replace(PUBLISHED, "20/01/2025"))
    c = next(c for c in doc.spans["claims"] if "9%" in c.text)
    assert (c._.period_start, c._.period_end) == want


# "last year" as a change's baseline is the calendar year it names (guide) when that year ends before the
# claim's period starts ("up 9% on last year" in a release on April to September 2024 is against 2023); a year
# that does not end first cannot be the earlier time, and means the same months a year earlier when the release
# names them (a financial or rolling year that "last year" runs into, or the calendar year reported itself).
# Slots: the release's period (SHAPES), how the baseline is worded; published 17/10/2024.
LAST_YEAR_WORDS = ["Burglary is down 9% on last year.", "Burglary fell by 9% compared with last year.",
                   "There were 9% fewer burglaries than last year."]
LAST_YEAR_BASELINE = {"part": LAST_YEAR, "quarter": LAST_YEAR, "financial": "B", "rolling": "B", "calendar": "B"}


@pytest.mark.parametrize("words", LAST_YEAR_WORDS, ids=["on", "compared with", "than"])
@pytest.mark.parametrize("shape", SHAPES, ids=[s[0] for s in SHAPES])
def test_last_year_as_baseline(shape, words):
    name, phrase, period, before, earlier = shape
    body = f"Recorded crime in Lancashire fell by 6% {phrase}, compared with {earlier}.\n\n{words}"
    doc = parse(_release("Crime figures published", body))
    c = next(c for c in doc.spans["claims"] if "9%" in c.text)
    want = before if LAST_YEAR_BASELINE[name] == "B" else LAST_YEAR_BASELINE[name]
    assert ((c._.period_start, c._.period_end), (c._.baseline_start, c._.baseline_end)) == (period, want)


# a change runs over a span: a single day in its clause is when something happened or was told (a meeting,
# a publication with a mistyped year), and the change takes the release's period; a level can be counted on a
# day ("as at 3 June 2024") and keeps it (refusal). Published 17/10/2024.
DAY_CLAUSES = [
    "Burglary fell by 9%, according to figures first shown to the board on 3 June 2024.",
    "Burglary fell by 9%, the board heard at its meeting on Monday 3 June 2024.",
    "On 3 June 2024 the board heard that burglary had fallen by 9%.",
    "Burglary fell by 9% according to statistics published on Thursday 19 January 2023.",
    "There were 9% fewer burglaries, the police and crime panel was told on 3 June 2024.",
]
DAY_LEADS = [
    ("rolling", "Recorded crime in Lancashire fell by 6% in the year to September 2024, compared with the previous "
     "year.", ("2023-10-01", "2024-09-30")),
    ("financial", "Recorded crime in Lancashire fell by 6% in 2023/24, compared with the previous year.",
     ("2023-04-01", "2024-03-31")),
]


@pytest.mark.parametrize("lead", DAY_LEADS, ids=[d[0] for d in DAY_LEADS])
@pytest.mark.parametrize("sentence", DAY_CLAUSES, ids=[str(i) for i in range(len(DAY_CLAUSES))])
def test_change_never_takes_a_single_day(lead, sentence):
    doc = parse(_release("Crime figures published", f"{lead[1]}\n\n{sentence}"))
    c = next(c for c in doc.spans["claims"] if "9%" in c.text)
    assert (c._.period_start, c._.period_end) == lead[2]


def test_level_keeps_its_day():
    lead = DAY_LEADS[0][1]
    doc = parse(_release("Crime figures published", f"{lead}\n\nOfficers held 1,274 people on bail on 3 June 2024."))
    c = next(c for c in doc.spans["claims"] if "1,274" in c.text)
    assert (c._.period_start, c._.period_end) == ("2024-06-03", "2024-06-03")


# a contrasting word opens a new clause with or without a comma: the period after it is the next figure's, not
# the one before ("4,119 crimes in 2022/23 while in 2023/24 there were 3,821"); refusal: "and" with no comma
# joins a list, and the period after it is the figure's before ("1,300 burglaries and robberies in 2023/24").
CONTRASTS = ["but", "while", "whilst", "whereas", ", but", ", while"]
PAIRS_OF_YEARS = [
    ("In 2022/23 there were 4,119 crimes{c} in 2023/24 there were 3,821.",
     ("2022-04-01", "2023-03-31"), ("2023-04-01", "2024-03-31")),
    ("There were 4,119 crimes in 2022{c} in 2023 there were 3,821.",
     ("2022-01-01", "2022-12-31"), ("2023-01-01", "2023-12-31")),
    ("Officers recorded 4,119 crimes{c} last year they recorded 3,821.",
     ("2023-04-01", "2024-03-31"), ("2023-01-01", "2023-12-31")),
]


@pytest.mark.parametrize("contrast", CONTRASTS)
@pytest.mark.parametrize("pair", PAIRS_OF_YEARS, ids=["financial", "calendar", "last year"])
def test_contrast_opens_a_clause(pair, contrast):
    sentence, first, second = pair
    lead = "Recorded crime in Lancashire fell by 6% in 2023/24, compared with the previous year."
    body = f"{lead}\n\n{sentence.format(c=' ' + contrast.strip(' ') if not contrast.startswith(',') else contrast)}"
    doc = parse(_release("Crime figures published", body))
    claims = {c.text: c for c in doc.spans["claims"]}
    a = next(c for t, c in claims.items() if "4,119" in t)
    b = next(c for t, c in claims.items() if "3,821" in t)
    assert ((a._.period_start, a._.period_end), (b._.period_start, b._.period_end)) == (first, second)


def test_and_without_comma_lists():
    body = ("Recorded crime in Lancashire fell by 6% in 2023/24, compared with the previous year.\n\n"
            "Officers recorded 1,300 burglaries and robberies in 2022.")
    doc = parse(_release("Crime figures published", body))
    c = next(c for c in doc.spans["claims"] if "1,300" in c.text)
    assert (c._.period_start, c._.period_end) == ("2022-01-01", "2022-12-31")


# a figure takes the whole span of a period written in these general ways: a lower-case quarter code, "leading" or
# "running up to" a month, "a one-year period, ending" a month, two numeric days joined by a dash or "to", an ISO
# year-month (sentences written for the tests)
WHOLE_SPANS = [
    ("Vehicle crime rose by 7% in q3 2023 compared with q3 2022.", ("2023-07-01", "2023-09-30")),
    ("Vehicle crime rose by 7% in the 12 months running up to June 2023.", ("2022-07-01", "2023-06-30")),
    ("Vehicle crime rose by 7% in the year leading up to December 2022.", ("2022-01-01", "2022-12-31")),
    ("Vehicle crime rose by 7% over a one-year period, ending March, 2023.", ("2022-04-01", "2023-03-31")),
    ("Officers recorded 2,310 vehicle crimes (01/04/22 – 31/03/23).", ("2022-04-01", "2023-03-31")),
    ("Officers recorded 2,310 vehicle crimes from 01/01/2023 to 30/06/2023.", ("2023-01-01", "2023-06-30")),
    ("Officers recorded 2,310 vehicle crimes in 2024-02.", ("2024-02-01", "2024-02-29")),
]


@pytest.mark.parametrize("sentence, period", WHOLE_SPANS, ids=[s[:40] for s, _ in WHOLE_SPANS])
def test_claim_takes_the_whole_written_span(sentence, period):
    doc = parse(_release("Crime figures published", sentence))
    claim = doc.spans["claims"][0]
    assert (claim._.period_start, claim._.period_end) == period
