"""Grammar grid: the UNIT of a claim (annotation guide, "Statistical claims": `unit`; "What the context
carries": a unit stated once carries to the figures it governs; "figures under a 'per 1,000 population'
lead-in are rates").

Slots varied independently: the unit's wording (per 1,000 people / population / residents, per
thousand, for every 1,000, per 10,000 households; per cent / percentage change); its distance from the
figure (after the figure, in a lead-in of the sentence, in a heading line ending in a colon above a list
of lines, in a legend sentence "(in brackets) the percentage change", in the sentence before when the
figure is set against it); the figure form (decimals, whole numbers, signed "+6"/"-11" in brackets);
the frame (level, change, comparator). Refusals: a unit stated for one list does not carry past the list;
a count beside a rate or percentage keeps its own unit; a legend about something else ("position in
brackets") carries no percentage. Every cell is an invented sentence; a cell lists (value, unit) pairs
that must be among the claims, or that must not be.
"""
from __future__ import annotations

import pytest

from .helpers import run


def units(nlp, body: str) -> list[tuple[float, str | None]]:
    """(value rounded to 2 places, unit) of each claim with a value."""
    doc = run(nlp, body)
    return [(round(s._.value, 2), s._.unit) for s in doc.spans["claims"] if s._.value is not None]


def unit_of(got: list[tuple[float, str | None]], value: float) -> list[str | None]:
    return [u for v, u in got if v == value]


# --- a rate per head: the denominator's wording x where it stands --------------------------------
RATE_WORDS = ["per 1,000 people", "per 1,000 population", "per 1,000 residents", "per thousand people",
              "for every 1,000 people", "per 10,000 households"]
RATE_LAYOUTS = [
    # after the figure, and a comparator set against it in the same sentence
    ("after", "The town recorded 47.4 crimes {u}, against an average of 46.8."),
    # a lead-in of the sentence, set off by a comma
    ("lead_in", "{U}, the town recorded 47.4 crimes against 46.8 nationally."),
    # a heading line ending in a colon, the figures on the lines below
    ("heading", "Crime rates {u} in each district:\n\nNorth: 47.4\nSouth: 46.8\n\nThe figures were published today."),
    ("heading_numbered", "The table shows the rate {u} in the force's districts:\n\n1. North: 47.4\n2. South: 46.8\n\n"
                         "The figures were published today."),
    ("heading_dash", "Recorded crime {u}, by district:\n\n- North 47.4\n- South 46.8\n\nThe figures were published today."),
    ("heading_no_colon", "Crime rates {u}\n\nNorth 47.4\nSouth 46.8\n\nThe figures were published today."),
    ("heading_bracketed", "Recorded crime ({u}) by district:\n\nNorth – 47.4\nSouth – 46.8\n\nThe figures were "
                          "published today."),
    # the comparator in the next sentence
    ("next_sentence", "The town recorded 47.4 crimes {u} in the year to March, the lowest in the region. "
                      "The national average stood at 46.8."),
]


@pytest.mark.parametrize("words", RATE_WORDS)
@pytest.mark.parametrize("layout, body", RATE_LAYOUTS, ids=[k for k, _ in RATE_LAYOUTS])
def test_unit_rate_stated_once(nlp, words, layout, body):
    text = body.format(u=words, U=words[:1].upper() + words[1:])
    got = units(nlp, text)
    assert unit_of(got, 47.4) == ["rate"] and unit_of(got, 46.8) == ["rate"], got


# a rate's unit stops where the list or sentence it governs ends; a count beside it keeps its unit
RATE_REFUSALS = [
    ("past_list", "Crime rates {u} in each district:\n\nNorth: 47.4\nSouth: 46.8\n\nThe force recruited 120 officers "
                  "this year.", 120),
    ("past_list_no_gap", "Crime rates {u} in each district:\n\nNorth: 47.4\nSouth: 46.8\nOfficers made 120 arrests "
                         "in the year.", 120),
    ("count_noun", "The town recorded 47.4 crimes {u} and 3,000 arrests.", 3000),
    ("next_sentence_not_compared", "The town recorded 47.4 crimes {u}. Officers made 120 arrests.", 120),
    ("population", "The town recorded 47.4 crimes {u} out of a population of 120.", 120),
    ("population_hedged", "The town recorded 47.4 crimes {u}, in a population of about 120, against 46.8 nationally.",
     120),
    ("heading_no_list", "The rate {u} is shown below:\n\nIn total 5,000 crimes were recorded in the county last "
                        "year, police said.", 5000),
]


@pytest.mark.parametrize("words", RATE_WORDS)
@pytest.mark.parametrize("case, body, count", RATE_REFUSALS, ids=[k for k, _, _ in RATE_REFUSALS])
def test_unit_rate_does_not_carry(nlp, words, case, body, count):
    got = units(nlp, body.format(u=words))
    assert unit_of(got, count) == ["count"], got


# --- a rate named by the noun "rate" before a bare figure ------------------------------------
RATE_NOUN = [
    ("from_to", "Its crime rate fell from 5.1 to 4.5 in November.", [5.1, 4.5]),
    ("taking_from_to", "Burglary fell, taking the crime rate from 5.1 to 4.5.", [5.1, 4.5]),
    ("of", "The town has a crime rate of 52.6, the lowest in the county.", [52.6]),
    ("stood_at", "The crime rate stood at 52.6 last year.", [52.6]),
]


@pytest.mark.parametrize("case, body, values", RATE_NOUN, ids=[k for k, _, _ in RATE_NOUN])
def test_unit_rate_named_before(nlp, case, body, values):
    got = units(nlp, body)
    assert all(unit_of(got, v) == ["rate"] for v in values), got


RATE_NOUN_REFUSALS = [
    ("percent", "The detection rate rose from 25% to 30%.", [(25, "percent"), (30, "percent")]),
    ("count_noun", "The crime rate fell, from 5,100 crimes to 4,500 crimes.", [(5100, "count"), (4500, "count")]),
    ("percent_range", "Solved rates rose from 54 to 61% over the year.", [(54, "percent"), (61, "percent")]),
]


@pytest.mark.parametrize("case, body, expected", RATE_NOUN_REFUSALS, ids=[k for k, _, _ in RATE_NOUN_REFUSALS])
def test_unit_rate_named_before_refusals(nlp, case, body, expected):
    got = units(nlp, body)
    assert all(e in got for e in expected), got


# --- a percentage stated once in a legend for bracketed figures ------------------------------
LEGENDS = [
    "Figures for the year are set out below, with (in brackets) the percentage change on the year before.",
    "Figures for the year are set out below, with the percentage change in brackets.",
    "The percentage changes on the year before are shown in brackets.",
    "Figures in brackets show the percentage change since last year.",
    "The numbers recorded are listed below (percentage change in brackets).",
    "The figures in parentheses are the per cent change on last year.",
]
LEGEND_LISTS = [
    ("signed", "1,200 burglaries (+6), 340 robberies (-11) and 95 arson offences (+25).",
     [(6, "increase"), (11, "decrease"), (25, "increase")]),
    ("decimals", "Burglary 1,200 (+6.5), robbery 340 (-11.2), arson 95 (+2.5).",
     [(6.5, "increase"), (11.2, "decrease"), (2.5, "increase")]),
    ("lines", "Burglary: 1,200 (+6)\nRobbery: 340 (-11)\nArson: 95 (+25)",
     [(6, "increase"), (11, "decrease"), (25, "increase")]),
]


def directed(nlp, body: str) -> list[tuple[float, str | None, str | None]]:
    doc = run(nlp, body)
    return [(round(s._.value, 2), s._.unit, s._.direction) for s in doc.spans["claims"] if s._.value is not None]


@pytest.mark.parametrize("legend", LEGENDS)
@pytest.mark.parametrize("case, body, expected", LEGEND_LISTS, ids=[k for k, _, _ in LEGEND_LISTS])
def test_unit_percent_legend(nlp, legend, case, body, expected):
    got = directed(nlp, f"{legend}\n\n{body}")
    assert all((v, "percent", d) in got for v, d in expected), got
    assert (1200, "count", None) in got and (340, "count", None) in got, got


LEGEND_REFUSALS = [
    # no legend: a signed bracketed figure after a count stays what it is without a unit
    ("no_legend", "Officers recorded the figures below.\n\n1,200 burglaries (+6), 340 robberies (-11).", [6, 11]),
    # a legend about something else
    ("other_legend", "Last month's position is shown in brackets.\n\nNorth 5.1 (3), South 4.6 (2).", [3, 2]),
    # the legend's paragraph list ends; a later paragraph is not governed
    ("past_list", "Figures are below, with (in brackets) the percentage change on the year before.\n\n"
                  "1,200 burglaries (+6), 340 robberies (-11).\n\nSeparately, the force said 45 officers (+3) "
                  "joined in March, police said.\n\nThe chief constable welcomed the figures, adding that 20 new "
                  "officers (+7) would start in May.", [7]),
]


@pytest.mark.parametrize("case, body, values", LEGEND_REFUSALS, ids=[k for k, _, _ in LEGEND_REFUSALS])
def test_unit_percent_legend_refusals(nlp, case, body, values):
    got = units(nlp, body)
    assert all("percent" not in unit_of(got, v) for v in values), got


# --- a percentage heading above a list of lines ----------------------------------------------
PERCENT_HEADINGS = ["Percentage change in recorded crime, by district:", "Change in recorded crime (%):",
                    "Change in recorded crime (per cent) since last year:", "Percentage change on last year"]
PERCENT_LISTS = [("signed", "North: +6\nSouth: -11", [(6, "increase"), (11, "decrease")]),
                 ("signed_decimal", "North: +6.5\nSouth: -11.2", [(6.5, "increase"), (11.2, "decrease")])]


# a heading naming no unit, or a sub-heading between: the items keep their own unit
HEADING_REFUSALS = [
    "Crime in each district:\n\nNorth: 120\nSouth: 140\n\nThe figures were published today.",
    "Crime rates per 1,000 people are below.\n\nNorth: 120\nSouth: 140\n\nThe figures were published today.",
    "Successes include:\n- lower crime per 1,000 people than similar forces\n- 120 people charged\n- 140 arrests",
    "Percentage change in crime\n\nThe force recorded these offences in each district.\nNorth: 120\nSouth: 140\n\n"
    "The figures were published today.",
]


@pytest.mark.parametrize("body", HEADING_REFUSALS)
def test_unit_heading_refusals(nlp, body):
    got = units(nlp, body)
    assert unit_of(got, 120) == ["count"] and unit_of(got, 140) == ["count"], got


# items stating their own unit: the bare figure beside it keeps its own (a count)
PERCENT_HEADING_REFUSALS = [
    "Other crime types whose percentages have increased include:\n\n- burglary up 36% (2,188)\n- robbery up 25% (640)",
    "Percentage change in recorded crime, by district:\n\nNorth: up 6 per cent to 2,188\nSouth: down 25 per cent to 640",
]


@pytest.mark.parametrize("body", PERCENT_HEADING_REFUSALS)
def test_unit_percent_heading_refusals(nlp, body):
    got = units(nlp, body + "\n\nThe figures were published today.")
    assert unit_of(got, 2188) == ["count"] and unit_of(got, 640) == ["count"], got


@pytest.mark.parametrize("heading", PERCENT_HEADINGS)
@pytest.mark.parametrize("case, body, expected", PERCENT_LISTS, ids=[k for k, _, _ in PERCENT_LISTS])
def test_unit_percent_heading(nlp, heading, case, body, expected):
    got = directed(nlp, f"{heading}\n\n{body}\n\nThe figures were published today.")
    assert all((v, "percent", d) in got for v, d in expected), got


# --- a comparator of a rate in the next sentence ---------------------------------------------
COMPARATORS = ["the average standing at 76.2", "the national average at 76.2", "a national figure of 76.2",
               "the average for England and Wales standing at 76.2"]


@pytest.mark.parametrize("comparator", COMPARATORS)
def test_unit_rate_comparator_next_sentence(nlp, comparator):
    body = ("Crime rose by 4% in the year, giving the county a crime rate of 52.6 per 1,000 residents. "
            f"That is below most forces, with {comparator}.")
    got = units(nlp, body)
    assert unit_of(got, 76.2) == ["rate"], got


# --- percentage points: a change in a percentage equal to the difference of its two levels -------
POINTS = [
    ("from_to", "The detection rate decreased by {c} from 26.9% to 22.7%.", 4.2),
    ("bracketed_levels", "Solved rates increased by {c} on the year before (31.5% against 27.3%).", 4.2),
    ("levels_after_comma", "Outcome rates are down {c} year-on-year, from 34.3 to 30.1 per cent.", 4.2),
    ("levels_first", "The share solved fell from 22.4% to 18.2%, a drop of {c}.", 4.2),
]
POINT_FORMS = ["4.2%", "4.2 per cent", "4.2 percent"]


@pytest.mark.parametrize("form", POINT_FORMS)
@pytest.mark.parametrize("case, body, value", POINTS, ids=[k for k, _, _ in POINTS])
def test_unit_points_from_levels(nlp, form, case, body, value):
    got = units(nlp, body.format(c=form))
    assert unit_of(got, value) == ["percentage_point"], got


POINT_REFUSALS = [
    ("count_levels", "Burglary fell by 20% from 500 to 400.", 20),
    ("relative_change", "Satisfaction rose by 10%, from 50% to 55%.", 10),
    ("compared_changes", "Falls in violence (8% compared to 1%) and burglary (7% against 4%) were welcome.", 7),
    ("listed_changes", "Burglary fell by 6%, robbery by 14% and theft by 8% in the year.", 6),
    ("listed_changes_and", "Falls of 6% in burglary, 14% and 8% in robbery and theft were recorded.", 6),
    ("other_sentence", "Burglary fell by 4.2% last year. Detection rose from 22.4% to 18.2% a year later.", 4.2),
]


@pytest.mark.parametrize("case, body, value", POINT_REFUSALS, ids=[k for k, _, _ in POINT_REFUSALS])
def test_unit_points_refusals(nlp, case, body, value):
    got = units(nlp, body)
    assert unit_of(got, value) == ["percent"], got
