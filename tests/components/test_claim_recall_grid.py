"""Grammar grid: figures a release states that must each be a claim (annotation guide, "Statistical claims":
a number that measures something in the world is a claim; "One number, one claim"). Each class varies its
slots independently: the figure's form, what precedes it, what follows it and the frame around it, with the
claims the guide expects per cell as (value, unit, kind, direction); refusals keep the same words where the
guide counts no claim.

Classes:
- a figure set off by a spaced dash from another figure of a different form ("dropped 12 per cent - 1,437
  offences - to 14,180", "was 76,215 - 10 per cent less"): two claims; a score of two small bare numbers
  ("won 3 - 1") stays refused;
- an amount written as "a thousand" / "one thousand" with a hedge or a comparative ("more than a thousand
  fewer burglaries");
- a count written without its thousands comma, in a year's range, as the amount of a change noun ("a
  reduction of 1630 offences") or set against another count ("3418 compared to 1875");
- a headline change stated by a verb of lessening without a number ("resources have diminished").
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import run


def claims(nlp, body: str, headline: str = "") -> list[tuple[float | None, str | None, str | None, str | None]]:
    doc = run(nlp, body, headline=headline)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.kind, s._.direction)
            for s in doc.spans["claims"]]


# --- a spaced dash between two figures of different forms ------------------------------------------------
LEVELS = [("76,215", 76215), ("7,215", 7215), ("12,400", 12400)]
DASHES = [" - ", " – "]
PCTS = [("10 per cent", 10), ("10%", 10), ("ten per cent", 10), ("2.5%", 2.5)]
COMPARATIVES = [("less", "decrease"), ("lower", "decrease"), ("more", "increase"), ("higher", "increase")]


def _level_then_change():
    for (lvl, lv), dash, (pct, pv), (cmp, direction) in itertools.product(LEVELS, DASHES, PCTS, COMPARATIVES):
        yield (f"The number of crimes recorded in 2023 was {lvl}{dash}{pct} {cmp} than in 2022.",
               [(lv, "count", "level", None), (pv, "percent", "change", direction)])


@pytest.mark.parametrize("sentence, expected", list(_level_then_change()))
def test_a_level_then_a_dash_and_its_change(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


CHANGES = [("dropped 12 per cent", 12), ("fell 12%", 12), ("fell by 8 per cent", 8), ("dropped 12.5%", 12.5)]
ASIDES = [("1,437 offences", 1437), ("1,437 crimes", 1437), ("some 1,437 offences", 1437)]


def _change_then_aside():
    for (chg, cv), dash, (aside, av) in itertools.product(CHANGES, DASHES, ASIDES):
        # the percentage must stay a claim whatever follows its dash; the aside count and the new level
        # are read by the direction rules (their kind is not this grid's concern)
        yield f"Violent crime {chg}{dash}{aside}{dash}to 14,180.", (cv, "percent", "change", "decrease"), {av, 14180}


@pytest.mark.parametrize("sentence, change, counts", list(_change_then_aside()))
def test_a_change_then_a_dash_and_its_count(nlp, sentence, change, counts):
    got = claims(nlp, sentence)
    assert got[0] == change
    assert {v for v, unit, _, _ in got[1:] if unit == "count"} == counts


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: a score of two small bare numbers, a range of percentages with a spaced dash
        ("The home side won 3 - 1 on Saturday, said the club.", [(1, "count", "level", None)]),
        ("Burglary fell by 12 - 15 per cent.", [(15, "percent", "level", None)]),
    ],
)
def test_scores_stay_refused(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


# --- "a thousand" ----------------------------------------------------------------------------------------
THOUSAND_HEDGES = ["", "more than ", "almost ", "nearly "]
THOUSANDS = [("a thousand", 1000), ("one thousand", 1000)]
THOUSAND_FRAMES = [
    ("That means {h}{n} fewer cars were broken into.", "change", "decrease"),
    ("There were {h}{n} more thefts from shops.", "change", "increase"),
    ("Officers made {h}{n} arrests during the operation.", "level", None),
]


def _thousand_grid():
    for h, (n, v), (frame, kind, direction) in itertools.product(THOUSAND_HEDGES, THOUSANDS, THOUSAND_FRAMES):
        yield frame.format(h=h, n=n), [(v, "count", kind, direction)]


@pytest.mark.parametrize("sentence, expected", list(_thousand_grid()))
def test_a_thousand_is_a_figure(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # "one in a thousand" is a rate per head of one (as "one in 1,000"), not a count of a thousand
        ("Around one in a thousand homes was burgled.", [(1, "rate", "level", None)]),
        ("The chance of being burgled is one in a thousand.", [(1, "rate", "level", None)]),
        # refusal: "thousands of" is vague
        ("Thousands of people visited the stall.", []),
    ],
)
def test_one_in_a_thousand_and_refusals(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


# --- a count in a year's range ---------------------------------------------------------------------------
YEAR_COUNTS = [("1630", 1630), ("1911", 1911), ("2047", 2047)]
CHANGE_NOUNS = [("a reduction of", "decrease"), ("a fall of", "decrease"), ("an increase of", "increase"),
                ("a rise of", "increase")]
COUNTED = ["offences", "crimes", "victims"]


def _year_shaped_change():
    for (fig, v), (noun, direction), counted in itertools.product(YEAR_COUNTS, CHANGE_NOUNS, COUNTED):
        yield f"Last year saw {noun} {fig} {counted} across the county.", [(v, "count", "change", direction)]


@pytest.mark.parametrize("sentence, expected", list(_year_shaped_change()))
def test_a_year_shaped_amount_of_a_change(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


COMPARED = ["compared to", "compared with", "against"]


def _year_shaped_comparator():
    for (fig, v), cmp in itertools.product(YEAR_COUNTS, COMPARED):
        yield (f"The number of drivers caught at red lights was 3418 {cmp} {fig}.",
               [(3418, "count", "level", None), (v, "count", "level", None)])


@pytest.mark.parametrize("sentence, expected", list(_year_shaped_comparator()))
def test_a_year_shaped_count_set_against_a_count(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: a year after a change noun with no counted noun or figure against it stays a date
        ("The reduction of 2019 was smaller than expected.", []),
        ("Crime in 2020 compared to 2019 was lower.", []),
        ("The total is a reduction of 14 compared to 2016.", [(14, "count", "change", "decrease")]),
        ("Officers made 45 arrests compared to 2019.", [(45, "count", "level", None)]),
        ("The figures for 2021 compared with 2019 show a fall of 5%.", [(5, "percent", "change", "decrease")]),
    ],
)
def test_years_stay_dates(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


# --- a headline change by a verb of lessening ------------------------------------------------------------
LESSEN = ["have diminished", "are diminishing", "diminish", "dwindle", "have dwindled"]
SUBJECTS = ["Police resources", "Officer numbers"]


def _lessen_grid():
    for subject, verb in itertools.product(SUBJECTS, LESSEN):
        yield f"{subject} {verb} across the county", [(None, None, "change", "decrease")]


@pytest.mark.parametrize("headline, expected", list(_lessen_grid()))
def test_a_headline_verb_of_lessening(nlp, headline, expected):
    assert claims(nlp, "The force published its figures today.", headline=headline) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # in the body the verb states the change of the figure after "by"; "to" gives the new level
        ("Officer numbers have dwindled by 40 since 2010.", [(40, "count", "change", "decrease")]),
        ("Burglaries diminished by 12% last year.", [(12, "percent", "change", "decrease")]),
        ("Officer numbers dwindled to 1,200.", [(1200, "count", "level", None)]),
    ],
)
def test_a_verb_of_lessening_in_the_body(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


# --- a headline change without a number: a verb of cutting, a level that holds ------------------------------
HOLD_VERBS = ["remain", "remained", "stay", "stays"]
HOLD_STATES = ["consistent", "the same"]
HOLD_SUBJECTS = ["Crime levels", "Burglary figures"]


def _hold_grid():
    for subject, verb, state in itertools.product(HOLD_SUBJECTS, HOLD_VERBS, HOLD_STATES):
        yield f"{subject} {verb} {state} across the county", [(None, None, "change", "none")]


@pytest.mark.parametrize("headline, expected", list(_hold_grid()))
def test_a_headline_level_that_holds(nlp, headline, expected):
    assert claims(nlp, "The force published its figures today.", headline=headline) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Police dramatically slash crime rates", [(None, None, "change", "decrease")]),
        ("Town centre team slash shop theft", [(None, None, "change", "decrease")]),
        # refusals: "consistent with" and "the same" without a verb of remaining compare, they state no change
        ("Results consistent with the national picture", []),
        ("Officers treat every victim the same", []),
    ],
)
def test_headline_cuts_and_refusals(nlp, headline, expected):
    assert claims(nlp, "The force published its figures today.", headline=headline) == expected


# --- "by half": the size of a change, like "halved" ---------------------------------------------------------
HALF_VERBS = [("fell", "decrease"), ("was cut", "decrease"), ("has been reduced", "decrease"),
              ("increased", "increase"), ("rose", "increase")]
HALF_HEDGES = [("", "exact"), ("almost ", "approximate"), ("more than ", "lower_bound")]
HALF_TAILS = [" last year.", " since 2019.", "."]


def _by_half_grid():
    for (verb, direction), (hedge, approx), tail in itertools.product(HALF_VERBS, HALF_HEDGES, HALF_TAILS):
        yield f"Burglary {verb} by {hedge}half{tail}", [(50, "percent", "change", direction)], approx


@pytest.mark.parametrize("sentence, expected, approx", list(_by_half_grid()))
def test_by_half_is_a_change_of_fifty_percent(nlp, sentence, expected, approx):
    assert claims(nlp, sentence) == expected
    doc = run(nlp, sentence)
    assert [s._.approx for s in doc.spans["claims"]] == [approx]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: "by half-time", "by half term" are times
        ("The crowd had gone by half-time.", []),
        ("The work will be done by half term.", []),
    ],
)
def test_by_half_refusals(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


# --- a ratio to the level of a year ------------------------------------------------------------------------
RATIO_WORDS = [("half", 0.5), ("almost half", 0.5), ("twice", 2), ("double", 2)]
RATIO_HEADS = ["the figure of", "the level of", "the number of"]
RATIO_YEARS = ["2005/06", "2019", "2010-11"]


def _ratio_year_grid():
    for (word, value), head, year in itertools.product(RATIO_WORDS, RATIO_HEADS, RATIO_YEARS):
        yield f"Offences this year were {word} {head} {year}.", [(value, "ratio", "level", None)]


@pytest.mark.parametrize("sentence, expected", list(_ratio_year_grid()))
def test_a_ratio_to_a_years_level(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # refusals kept: the compared figure itself follows, so the text states both figures (no ratio)
        "Crime rose 2%, half the national figure of 4%.",
        "The rate is twice the average of 2,010 crimes.",
    ],
)
def test_a_ratio_with_its_figure_stated(nlp, sentence):
    assert all(unit != "ratio" for _, unit, _, _ in claims(nlp, sentence))


# --- a change ranked among others: the rank's field is a bare count, the change's figure is a claim -----------
RANKS = ["second highest", "third largest", "fifth biggest", "2nd highest"]
RANKED_CHANGES = [("increase of", "increase"), ("rise of", "increase"), ("fall of", "decrease"),
                  ("reduction of", "decrease")]
RANKED_FIGURES = [("49%", 49), ("12 per cent", 12), ("3.5%", 3.5)]


def _ranked_change_grid():
    for rank, (noun, direction), (fig, value) in itertools.product(RANKS, RANKED_CHANGES, RANKED_FIGURES):
        yield f"Cleveland had the {rank} {noun} {fig} in the region.", [(value, "percent", "change", direction)]


@pytest.mark.parametrize("sentence, expected", list(_ranked_change_grid()))
def test_a_ranked_change_keeps_its_figure(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # refusals: the field of a ranking
        "Kent was ranked 38th out of 43 forces.",
        "Kent had the fifth highest rate of 43 forces.",
        "Kent came third of 43.",
    ],
)
def test_the_field_of_a_ranking_stays_refused(nlp, sentence):
    assert claims(nlp, sentence) == []


# --- "one" as the figure of a rate per head ---------------------------------------------------------------
ONE_HEDGES = [("", "exact"), ("less than ", "upper_bound"), ("just over ", "lower_bound"), ("about ", "approximate")]
ONE_NOUNS = ["victim", "crime", "burglary", "offence"]
ONE_TAILS = ["per 1,000 population", "per 1,000 people", "per 10,000 residents", "per thousand households"]


def _one_rate_grid():
    for (hedge, approx), noun, tail in itertools.product(ONE_HEDGES, ONE_NOUNS, ONE_TAILS):
        yield f"The district recorded {hedge}one {noun} {tail} last year.", approx


@pytest.mark.parametrize("sentence, approx", list(_one_rate_grid()))
def test_one_per_thousand_is_a_rate(nlp, sentence, approx):
    doc = run(nlp, sentence)
    assert [(s._.value, s._.unit, s._.kind, s._.approx) for s in doc.spans["claims"]] == [(1, "rate", "level", approx)]


@pytest.mark.parametrize(
    "sentence",
    [
        # refusals: "one of" a ranked set, "one in" a share, "one per cent" a percentage
        "Kent has one of the lowest crime rates per 1,000 people.",
        "The town has one officer per 602 citizens.",
    ],
)
def test_one_rate_refusals(nlp, sentence):
    assert all(unit != "rate" or value != 1 for value, unit, _, _ in claims(nlp, sentence))
