"""Grammar grid: the extent of a claim, what it holds around its number (annotation guide,
"Statistical claims": the claim's `text` is the shortest span holding the number and its
unit/direction words; the unit, direction and hedge are read from those words). A figure read
with too little around it ("25" for "25 crimes every hour", "3.1%" for "3.1% pts") gets the
wrong unit or direction, and so misses its gold claim and counts as a spurious one.

Slots varied on their own, each cell an invented sentence:
- the number form: digits, digits with thousands, a written number; with no hedge or with
  "more than", "nearly", "about", "over", "under", "just over";
- the unit: %, per cent, percent, pc, percentage points and their abbreviations ("% pts", "%pt",
  "ppts"), a count with its noun, £, a rate ("per 1,000 people");
- the change framing: a verb with "by", a change noun ("a N% fall"), "down N", "from X to Y";
- the rate tail: none, "per 1,000 people", a frequency ("every 30 minutes", "every minute");
- the comparator: none, "below/above the national average" (two places compared, a level),
  "the national average of N%" after a change (the comparator's change, same direction);
- brackets: a figure bracketed after a change takes its direction.
Refusals: a year, an age, an ordinal ("the second of five"), a phone number, "one of the",
dates, times of day, and an interval's own figure ("every 30 minutes" holds no claim of 30).

The expected tuple per claim is (value, unit, direction, approx); each cell also checks that the
claim's span holds the figure as written.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import run

HEDGES = [("", "exact"), ("more than ", "lower_bound"), ("nearly ", "approximate"), ("about ", "approximate"),
          ("over ", "lower_bound"), ("under ", "upper_bound"), ("just over ", "lower_bound")]
PERCENTS = [("{n}%", "percent"), ("{n} per cent", "percent"), ("{n} percent", "percent"), ("{n}pc", "percent"),
            ("{n} percentage points", "percentage_point"), ("{n}% pts", "percentage_point"),
            ("{n}%pt", "percentage_point"), ("{n} ppts", "percentage_point")]
NUMBERS = [("12", 12.0), ("3.1", 3.1), ("twelve", 12.0)]
COUNTS = [("1,250", "crimes", 1250.0), ("421", "burglaries", 421.0), ("twelve", "homicides", 12.0),
          ("800", "offences", 800.0)]


def claims(nlp, body: str) -> list[tuple]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.direction, s._.approx, s.text)
            for s in doc.spans["claims"]]


def fields(got: list[tuple]) -> list[tuple]:
    return [g[:4] for g in got]


def _written(n: str, form: str) -> str | None:
    """The figure in a unit form; a written number takes only the spelled-out units."""
    if n.isalpha() and not form.startswith("{n} p"):
        return None
    return form.format(n=n)


# --- a change stated by a verb with "by", a change noun, "down", or its two levels ----------------
CHANGE_FRAMES = [
    ("Burglary fell by {h}{fig} last year.", "decrease"),
    ("Recorded crime rose by {h}{fig} in the year to March.", "increase"),
    ("The force reported a fall of {h}{fig} in robbery.", "decrease"),
    ("Violent crime is down {h}{fig} on the previous year.", "decrease"),
    ("Shoplifting was up {h}{fig} compared with 2019.", "increase"),
]


def _change_grid():
    for (frame, direction), (h, approx), (n, value), (form, unit) in itertools.product(
            CHANGE_FRAMES, HEDGES, NUMBERS, PERCENTS):
        fig = _written(n, form)
        if fig is None or (h and n.isalpha()):
            continue
        yield frame.format(h=h, fig=fig), fig, (value, unit, direction, approx)


@pytest.mark.parametrize("sentence, figure, expected", list(_change_grid()))
def test_extent_change_figure_with_its_unit_and_hedge(nlp, sentence, figure, expected):
    got = claims(nlp, sentence)
    assert fields(got) == [expected]
    assert figure in got[0][4]


# a change noun after the figure: "a 12% fall", "a 3.1% pts rise"
NOUN_AFTER = [("fall", "decrease"), ("drop", "decrease"), ("reduction", "decrease"), ("rise", "increase"),
              ("increase", "increase")]


@pytest.mark.parametrize("noun, direction", NOUN_AFTER)
@pytest.mark.parametrize("h, approx", HEDGES[:4])
@pytest.mark.parametrize("form, unit", [p for p in PERCENTS if p[0] != "{n}%pt"])
def test_extent_figure_before_its_change_noun(nlp, noun, direction, h, approx, form, unit):
    fig = form.format(n="12")
    got = claims(nlp, f"Police figures show a {h}{fig} {noun} in burglary this year.")
    assert fields(got) == [(12.0, unit, direction, approx)]
    assert fig in got[0][4]


# a count with its noun: the noun is part of the claim, the change words around it give the direction
COUNT_FRAMES = [
    ("The force recorded {h}{n} {noun} last year.", None),
    ("There were {h}{n} {noun} in the county in 2023.", None),
    ("Officers dealt with {h}{n} fewer {noun} than the year before.", "decrease"),
    ("The force recorded {h}{n} more {noun} than last year.", "increase"),
    ("Figures show an increase of {h}{n} {noun} on last year.", "increase"),
    ("Figures show a reduction of {h}{n} {noun} on last year.", "decrease"),
    ("The number fell by {h}{n} compared with last year.", "decrease"),
]


@pytest.mark.parametrize("frame, direction", COUNT_FRAMES)
@pytest.mark.parametrize("h, approx", HEDGES)
@pytest.mark.parametrize("n, noun, value", COUNTS)
def test_extent_count_with_its_noun(nlp, frame, direction, h, approx, n, noun, value):
    if h and n.isalpha():
        pytest.skip("a hedge before a written count is tested with digits")
    got = claims(nlp, frame.format(h=h, n=n, noun=noun))
    assert fields(got) == [(value, "count", direction, approx)]
    assert n in got[0][4]


CURRENCY = [("£1.2 million", 1_200_000.0), ("£50m", 50_000_000.0), ("£350,000", 350_000.0)]
CURRENCY_FRAMES = [("The force spent {h}{fig} on overtime.", None), ("The budget was cut by {h}{fig} this year.", "decrease"),
                   ("Savings of {h}{fig} were made.", "decrease")]  # a saving is money cut (guide: "of savings cut")


@pytest.mark.parametrize("frame, direction", CURRENCY_FRAMES)
@pytest.mark.parametrize("h, approx", HEDGES[:4])
@pytest.mark.parametrize("fig, value", CURRENCY)
def test_extent_currency(nlp, frame, direction, h, approx, fig, value):
    got = claims(nlp, frame.format(h=h, fig=fig))
    assert fields(got) == [(value, "currency", direction, approx)]


# --- two levels: "from X to Y" (two level claims when no difference is stated) -------------------
FROM_TO = [("{a}%", "{b}%", "percent"), ("{a} per cent", "{b} per cent", "percent"), ("{a}", "{b} offences", "count"),
           ("{a} crimes", "{b}", "count")]


@pytest.mark.parametrize("a_form, b_form, unit", FROM_TO)
@pytest.mark.parametrize("verb", ["rose", "fell", "went", "changed"])
def test_extent_from_to_two_levels(nlp, a_form, b_form, unit, verb):
    a, b = ("25.8", "26.4") if unit == "percent" else ("3,097", "3,856")
    got = claims(nlp, f"The detection rate {verb} from {a_form.format(a=a)} to {b_form.format(b=b)} last year."
                 if unit == "percent" else f"Race crimes {verb} from {a_form.format(a=a)} to {b_form.format(b=b)}.")
    assert fields(got) == [(float(a.replace(",", "")), unit, None, "exact"),
                           (float(b.replace(",", "")), unit, None, "exact")]


# --- the rate tail: "per 1,000 people" and a frequency -------------------------------------------
RATE_TAILS = ["per 1,000 people", "per 1,000 population", "for every 1,000 residents", "per 10,000 people"]


@pytest.mark.parametrize("tail", RATE_TAILS)
@pytest.mark.parametrize("noun", ["", " crimes", " recorded crimes"])
@pytest.mark.parametrize("h, approx", HEDGES[:4])
def test_extent_rate_per_population(nlp, tail, noun, h, approx):
    got = claims(nlp, f"The county had {h}62{noun} {tail} last year.")
    assert fields(got) == [(62.0, "rate", None, approx)]
    assert tail in got[0][4]


FREQUENCY_TAILS = ["every 30 seconds", "every two minutes", "every minute", "every hour", "every three hours",
                   "every 15 minutes"]
FREQUENCY_COUNTS = [("one", 1.0), ("One", 1.0), ("two", 2.0), ("3", 3.0), ("ten", 10.0)]
FREQUENCY_FRAMES = ["Police recorded {c} crime{s} {tail} last year.",
                    "{c} violent crime{s} {v} reported {tail} in the county.",
                    "That is {c} burglar{y} {tail}, the report said.",
                    "On average {c} crime{s} {v} recorded somewhere in the county {tail}."]


def _frequency_grid():
    for frame, (c, value), tail in itertools.product(FREQUENCY_FRAMES, FREQUENCY_COUNTS, FREQUENCY_TAILS):
        plural = value != 1
        if frame.startswith("{c}"):
            c = c.capitalize()
        yield frame.format(c=c, s="s" if plural else "", y="ies" if plural else "y", v="are" if plural else "is",
                           tail=tail), tail, value


@pytest.mark.parametrize("sentence, tail, value", list(_frequency_grid()))
def test_extent_frequency_is_a_rate(nlp, sentence, tail, value):
    got = claims(nlp, sentence)
    assert fields(got) == [(value, "rate", None, "exact")]
    assert got[0][4].endswith(tail)


# ... on a line of its own (a headline or a bullet), and with a count after it (the rate does not carry)
@pytest.mark.parametrize("c, value", [("One", 1.0), ("Two", 2.0), ("ONE", 1.0), ("5", 5.0)])
@pytest.mark.parametrize("tail", ["every 30 minutes", "every minute", "every two hours"])
@pytest.mark.parametrize("noun", ["crime", "serious crime", "burglary reported"])
def test_extent_frequency_on_its_own_line(nlp, c, value, tail, noun):
    line = f"{c} {noun} {tail}"
    got = claims(nlp, f"The Weekly Gazette\n\n{line.upper() if c.isupper() and c.isalpha() else line}\n\n"
                      "The figures were published today.")
    assert fields(got) == [(value, "rate", None, "exact")]


@pytest.mark.parametrize("after, value", [("with 520,000 in all", 520000.0), ("and 4,000 were burglaries", 4000.0),
                                          ("while 1,200 were solved", 1200.0)])
def test_extent_frequency_does_not_carry_its_unit(nlp, after, value):
    got = claims(nlp, f"That is one crime every minute, {after}.")
    assert fields(got) == [(1.0, "rate", None, "exact"), (value, "count", None, "exact")]


# an interval with no count of events before it, or a schedule, is no claim
FREQUENCY_REFUSALS = [
    "Patrols run every 30 minutes in the town centre.",
    "The data is updated every two weeks.",
    "A burglary happens every two minutes somewhere in the country.",
    "Checks are made every hour on the custody suite.",
]


@pytest.mark.parametrize("sentence", FREQUENCY_REFUSALS)
def test_extent_interval_alone_is_no_claim(nlp, sentence):
    assert claims(nlp, sentence) == []


# "a day" / "per day" after a count: the tune gold reads it both as a count and as a rate (see the
# session report); the grid holds only the value and that one claim is read
DAY_TAILS = ["a day", "per day", "each day", "every day", "a week"]


@pytest.mark.parametrize("tail", DAY_TAILS)
@pytest.mark.parametrize("h, approx", HEDGES[:4])
def test_extent_count_a_day_reads_its_value(nlp, tail, h, approx):
    got = claims(nlp, f"Officers dealt with {h}25 crimes {tail} last year.")
    assert [(g[0], g[3]) for g in got] == [(25.0, approx)]


# --- the comparator --------------------------------------------------------------------------------
# two places compared (a level): "five per cent below the national average"
AVERAGES = ["the national average", "the force average", "the regional average", "the average for England and Wales",
            "average"]


@pytest.mark.parametrize("average", AVERAGES)
@pytest.mark.parametrize("side", ["below", "above", "lower than", "higher than"])
@pytest.mark.parametrize("fig, value, unit", [("5%", 5.0, "percent"), ("five per cent", 5.0, "percent"),
                                              ("12 per cent", 12.0, "percent")])
def test_extent_figure_against_an_average_is_a_level(nlp, average, side, fig, value, unit):
    got = claims(nlp, f"Burglary in the county is {fig} {side} {average}.")
    assert fields(got) == [(value, unit, None, "exact")]
    assert fig in got[0][4]


# ... but a change noun names a change whatever it is set against: the average of earlier years is its baseline
@pytest.mark.parametrize("noun, direction", [("drop", "decrease"), ("fall", "decrease"), ("reduction", "decrease"),
                                             ("rise", "increase"), ("increase", "increase")])
@pytest.mark.parametrize("link", ["against the average for the past three years", "on the average of the last five years",
                                  "compared with the three-year average", "on average figures for the same period"])
@pytest.mark.parametrize("fig, value", [("17.6%", 17.6), ("8.4 per cent", 8.4)])
def test_extent_change_noun_against_an_average_is_a_change(nlp, noun, direction, link, fig, value):
    got = claims(nlp, f"The force recorded 2,110 crimes, a {fig} {noun} {link}.")
    assert fields(got)[1:] == [(value, "percent", direction, "exact")]


# the comparator of a change is a change in the same direction (guide, "What the context carries")
@pytest.mark.parametrize("verb, direction", [("rose", "increase"), ("fell", "decrease")])
@pytest.mark.parametrize("link", [", above the national average of {c}", ", compared with the national average of {c}",
                                  ", against a national average of {c}", ", below the national average of {c}"])
@pytest.mark.parametrize("c", ["9%", "9 per cent"])
def test_extent_comparator_of_a_change(nlp, verb, direction, link, c):
    got = claims(nlp, f"Crime {verb} by 12.1%{link.format(c=c)}.")
    assert fields(got) == [(12.1, "percent", direction, "exact"), (9.0, "percent", direction, "exact")]


# --- brackets: a figure bracketed after a change takes its direction -------------------------------
@pytest.mark.parametrize("change, direction", [("rises in", "increase"), ("falls in", "decrease"),
                                               ("increases in", "increase"), ("reductions in", "decrease")])
@pytest.mark.parametrize("fig", ["31%", "31 per cent", "-31%"])
def test_extent_bracketed_after_a_change(nlp, change, direction, fig):
    if fig.startswith("-") and direction == "increase":
        pytest.skip("a minus sign under a rise is a contradiction, not a grid cell")
    got = claims(nlp, f"There were {change} harassment ({fig}), arson (6%) and robbery (22%).")
    assert fields(got) == [(31.0, "percent", direction, "exact"), (6.0, "percent", direction, "exact"),
                           (22.0, "percent", direction, "exact")]


# --- refusals: numbers that are no claim, in the same frames -------------------------------------
REFUSALS = [
    "A 23-year-old man was arrested in the town.",
    "The figures for 2019 were published on Thursday.",
    "Burglary is the second of five priorities in the plan.",
    "Anyone with information should call 101 or Crimestoppers on 0800 555 111.",
    "It was one of the busiest weekends for officers.",
    "The report was published on 5 May 2020.",
    "The incident happened at 10.30pm on Friday.",
    "Officers patrol the town every 30 minutes at weekends.",
    "The plan runs from 2020 to 2025.",
]


@pytest.mark.parametrize("sentence", REFUSALS)
def test_extent_refusals(nlp, sentence):
    assert claims(nlp, sentence) == []


# --- a share of a population stated with "in": "2.7 in every 1,000 households" is a rate per head ---
@pytest.mark.parametrize("n, value", [("2.7", 2.7), ("nine", 9.0), ("12", 12.0), ("45", 45.0)])
@pytest.mark.parametrize("link", ["in", "in every", "out of every"])
@pytest.mark.parametrize("pop", ["1,000 people", "1,000 households", "10,000 residents", "1,000 of the population"])
def test_extent_n_in_a_population_is_a_rate(nlp, n, value, link, pop):
    got = claims(nlp, f"Burglary affected {n} {link} {pop} in the county last year.")
    assert fields(got) == [(value, "rate", None, "exact")]


# --- a multiple of a compared level: a ratio, hedged like any figure ------------------------------
@pytest.mark.parametrize("h, approx", HEDGES[:4])
@pytest.mark.parametrize("mult, value", [("double", 2.0), ("twice", 2.0), ("three times", 3.0)])
@pytest.mark.parametrize("average", ["the national average", "the regional average", "the rate in 2015"])
def test_extent_multiple_of_a_level(nlp, h, approx, mult, value, average):
    got = claims(nlp, f"The burglary rate in the town is {h}{mult} {average}.")
    assert fields(got) == [(value, "ratio", None, approx)]


# --- a figure against a target compares with a goal, not with an earlier period: a level ----------
# The guide is silent on targets; the tune gold reads "above the force's target" as a level but "better
# than target" as a change, and one text holds the class: left as it is (see the session report).
@pytest.mark.xfail(reason="guide silent on targets, tune gold split; fewer than three tune texts", strict=False)
@pytest.mark.parametrize("fig, value", [("20%", 20.0), ("nearly 20%", 20.0), ("five per cent", 5.0)])
@pytest.mark.parametrize("side", ["above", "below"])
@pytest.mark.parametrize("target", ["the force's target", "target", "the target set by the commissioner"])
def test_extent_figure_against_a_target_is_a_level(nlp, fig, value, side, target):
    got = claims(nlp, f"Detections in the county were {fig} {side} {target}.")
    assert [g[:3] for g in fields(got)] == [(value, "percent", None)]


# --- a decimal written in words ("two point six"): one figure --------------------------------------
@pytest.mark.parametrize("frame, direction", [("a decrease of {f}", "decrease"), ("an increase of {f}", "increase"),
                                              ("fell by {f}", "decrease")])
def test_extent_written_decimal_point(nlp, frame, direction):
    got = claims(nlp, "The detection rate showed " + frame.format(f="two point six percentage points") + " last year.")
    assert fields(got) == [(2.6, "percentage_point", direction, "exact")]
