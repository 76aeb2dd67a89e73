"""Grammar grid: the frame a change figure is stated in (annotation guide, "Statistical claims":
direction from the verb or noun; "What the context carries": a figure listed after a change takes
its direction). Two constructions, each slot varied on its own:

- a change noun that takes its amount with "by", as its verb does, with or without the thing
  changed between ("a reduction in burglary by 14%");
- figures listed after a change, each with its own qualifier of place or time, a year among them
  ("down 1.6% in 2023 and 6% in 2024").

Each cell is an invented sentence; the expected list holds (value, unit, direction) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import changes


NOUNS = [("reduction", "decrease"), ("decrease", "decrease"), ("increase", "increase"), ("rise", "increase"),
         ("fall", "decrease")]
DETERMINERS = ["a", "a further", "the"]
CHANGED = ["", " in burglary", " in reported crime", " in the number of victims", " of victims of crime"]
FIGURES = [("14%", 14, "percent"), ("14 per cent", 14, "percent"), ("over 1,000", 1000, "count"),
           ("250 offences", 250, "count")]
FRAMES = ["Officers achieved {np} by {fig} last year.", "There has been {np} by {fig} since April."]


def _noun_by_grid():
    for (noun, direction), det, changed, (fig, value, unit), frame in itertools.product(
            NOUNS, DETERMINERS, CHANGED, FIGURES, FRAMES):
        if det == "the" and frame.startswith("There"):
            continue  # "There has been the reduction" is no English
        np = f"{det} {noun}{changed}"
        yield frame.format(np=np, fig=fig), [(value, unit, direction)]


@pytest.mark.parametrize("sentence, expected", list(_noun_by_grid()))
def test_change_noun_takes_its_amount_with_by(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: the "by" belongs to a passive or another clause, not to the change noun
        ("The reduction in crime by officers on patrol was welcomed by 300 residents.", [(300, "count", None)]),
        # ... "12 forces" counts the sources of the data, no claim either
        ("A fall in burglary was reported by 12 forces.", []),
        ("The increase in theft, which was highlighted by 40 retailers, worried the panel.", [(40, "count", None)]),
        # the "by" of a year is a date, no claim
        ("The plan aims for a reduction in knife crime by 2030.", []),
    ],
)
def test_change_noun_by_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


CHANGE_LEADS = [("Burglary was down {a}", "decrease"), ("Burglary fell by {a}", "decrease"),
                ("Thefts rose {a}", "increase"), ("Violence went up {a}", "increase")]
QUALIFIERS = [(" in 2023", " in 2024"), (" in 2019/20", " in 2020/21"), (" during 2022", " during 2023"),
              (" in Kent", " in Essex"), (" in the city in 2014-16", " over the last decade"),
              (" in the north in 2022", " in the south in 2022")]
JOINS = [" and ", ", and ", ", "]
LISTED = [("5%", "7%", 5, 7, "percent"), ("six per cent", "nine per cent", 6, 9, "percent"),
          ("300", "200", 300, 200, "count")]


def _listed_grid():
    for (lead, direction), (q1, q2), join, (a, b, va, vb, unit) in itertools.product(CHANGE_LEADS, QUALIFIERS,
                                                                                    JOINS, LISTED):
        if unit == "count" and "down" in lead:
            continue  # "was down 300" states no unit the reader can check
        yield (lead.format(a=a) + q1 + join + b + q2 + ".", [(va, unit, direction), (vb, unit, direction)])


@pytest.mark.parametrize("sentence, expected", list(_listed_grid()))
def test_figure_listed_with_a_year_takes_the_change(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: a share ("40% of victims") or a figure of another unit after the list's "and"
        ("Burglary was down 5% in 2023 and 40% of victims were older people.",
         [(5, "percent", "decrease"), (40, "percent", None)]),
        ("Crime fell 6% in 2020 and 2,000 officers were recruited.",
         [(6, "percent", "decrease"), (2000, "count", None)]),
        # two counts in brackets, each dated by its year, are the change's two levels
        ("Castlereagh saw a 4% increase in violent crime (247 in 2012 and 257 in 2013).",
         [(4, "percent", "increase"), (247, "count", None), (257, "count", None)]),
        # ... but undated counts in brackets after a change noun are the changes of the items
        ("There were rises in burglary and theft (300 and 400).",
         [(300, "count", "increase"), (400, "count", "increase")]),
    ],
)
def test_listed_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


# -- a change noun whose scope stands before its amount -------------------------------------------------
# "an increase nationally of 8%", "a rise across the country of 15%": an adverb of place or an "across" /
# "throughout" phrase between the change noun (with or without the thing changed) and its "of"/"by" amount.
SCOPE_NOUNS = [("increase", "increase"), ("rise", "increase"), ("fall", "decrease"), ("reduction", "decrease"),
               ("drop", "decrease")]
SCOPES = [" nationally", " locally", " overall", " across the country", " across England and Wales",
          " throughout the county", ", nationally,"]
SCOPE_CHANGED = ["", " in burglary"]
SCOPE_PREPS = ["of", "by"]
SCOPE_FIGURES = [("8%", 8, "percent"), ("8.5 per cent", 8.5, "percent"), ("1,200", 1200, "count")]
SCOPE_FRAMES = ["Thefts fell, compared with {np} {fig} last year.", "There was {np} {fig} in the year."]


def _scope_grid():
    for (noun, direction), scope, changed, prep, (fig, value, unit), frame in itertools.product(
            SCOPE_NOUNS, SCOPES, SCOPE_CHANGED, SCOPE_PREPS, SCOPE_FIGURES, SCOPE_FRAMES):
        art = "an" if noun[0] in "aeiou" else "a"
        np = f"{art} {noun}{changed}{scope} {prep}"
        yield frame.format(np=np, fig=fig), [(value, unit, direction)]


@pytest.mark.parametrize("sentence, expected", list(_scope_grid()))
def test_change_noun_takes_its_amount_after_its_scope(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: the figure is no amount of the change ("of" names the thing changed; "to" a level)
        ("The rise across the country of knife crime worried 300 residents.", [(300, "count", None)]),
        ("An increase nationally of 8% took the total to 5,000 offences.",
         [(8, "percent", "increase"), (5000, "count", None)]),
        ("The fall overall in 2023 was welcomed by 40 councils.", [(40, "count", None)]),
        # ... but a copula before "by" that opens no passive leaves the amount to the change
        ("The fall in robberies was particularly sharp - by 34 per cent.", [(34, "percent", "decrease")]),
        ("The only rise was in shop thefts, by 22 per cent.", [(22, "percent", "increase")]),
    ],
)
def test_change_scope_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


# -- a figure set off after a change noun ---------------------------------------------------------------
# "rises in reported offences – 9 per cent in Devon, 4 per cent in Somerset": after a comma, dash or colon the
# figure is the change's amount when what follows only places, dates, compares or lists it; the figures
# listed after it take the same change.
SET_OFF_NOUNS = [("increases", "increase"), ("rises", "increase"), ("falls", "decrease"),
                 ("reductions", "decrease")]
SET_OFF_THINGS = ["", " in recorded crime", " in burglary and theft"]
MARKS = [" –", " —", " -", ":"]
SET_OFF_TAILS = [
    ("{a} in Kent, {b} in Essex and {c} in Surrey", 3),
    ("{a} in 2023 and {b} in 2024", 2),
    ("{a} for men and {b} for women", 2),
    ("{a}", 1),
]
SET_OFF_FIGURES = [("13 per cent", "11 per cent", "9 per cent", [13, 11, 9], "percent"),
                   ("13%", "11%", "9%", [13, 11, 9], "percent")]
SET_OFF_FRAMES = ["Nearby forces have also seen {np}{mark} {tail}.", "The report shows {np}{mark} {tail}."]


def _set_off_grid():
    for (noun, direction), thing, mark, (tail, n), (a, b, c, values, unit), frame in itertools.product(
            SET_OFF_NOUNS, SET_OFF_THINGS, MARKS, SET_OFF_TAILS, SET_OFF_FIGURES, SET_OFF_FRAMES):
        sentence = frame.format(np=noun + thing, mark=mark, tail=tail.format(a=a, b=b, c=c))
        if sentence == "The report shows falls: 13 per cent.":
            yield pytest.param(sentence, [(13, unit, direction)], marks=pytest.mark.xfail(
                reason="the parser ends the sentence at the colon after a bare plural ('shows falls:'), so the "
                       "change noun is outside the figure's sentence"))
            continue
        yield sentence, [(v, unit, direction) for v in values[:n]]
    # a comma before the figure, then a comparator whose figure is the comparator's change
    for (noun, direction), thing, (a, _, c, values, unit) in itertools.product(
            [("fall", "decrease"), ("rise", "increase"), ("reduction", "decrease")], SET_OFF_THINGS, SET_OFF_FIGURES):
        sentence = f"The dramatic {noun}{thing}, {a} compared with a national average of {c}, was welcomed."
        yield sentence, [(values[0], unit, direction), (values[2], unit, direction)]


@pytest.mark.parametrize("sentence, expected", list(_set_off_grid()))
def test_figure_set_off_after_a_change_noun(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: the figure starts a clause of its own (a share, a count doing something)
        ("There was a rise in crime – 40% of victims were young.", [(40, "percent", None)]),
        ("Despite a fall in crime, 300 officers were cut.", [(300, "count", None)]),
        ("Following the rise in burglary: 1,200 homes were visited by officers.", [(1200, "count", None)]),
        ("After the fall in theft, 25% of shops still reported losses.", [(25, "percent", None)]),
        # ... or the change states its own figure before the noun: the set-off counts are its two levels
        ("There was a 40% increase in robberies – 410 in 2015 to 574 in 2016.",
         [(40, "percent", "increase"), (410, "count", None), (574, "count", None)]),
        ("There has been a 6.4% drop in arson in the town – 78 in 2014 versus 73 in 2015.",
         [(6.4, "percent", "decrease"), (78, "count", None), (73, "count", None)]),
    ],
)
def test_set_off_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


# -- a verb of change with its "by" amount, including evaluative verbs ----------------------------------
# "detection improved by 6%": an evaluative verb is a change whose direction the measure decides, as for
# "6% better" (a service rises, a harm falls); "skyrocketed", "nosedived" are plain direction verbs.
EVAL_SUBJECTS = [("Overall crime detection", "service"), ("The number of burglaries being cleared", "service"),
                 ("Public satisfaction", "service"), ("Injuries on the roads", "harm"), ("Violent crime", "harm")]
EVAL_VERBS = [("has improved", "good"), ("improved", "good"), ("worsened", "bad"), ("has deteriorated", "bad")]
EVAL_FIGURES = [("6%", 6, "percent"), ("4.9 per cent", 4.9, "percent")]
EVAL_TAILS = ["", " during this time", " on last year"]
_EVAL = {("good", "service"): "increase", ("good", "harm"): "decrease", ("bad", "service"): "decrease",
         ("bad", "harm"): "increase"}


def _evaluative_grid():
    for (subject, polarity), (verb, value), (fig, number, unit), tail in itertools.product(
            EVAL_SUBJECTS, EVAL_VERBS, EVAL_FIGURES, EVAL_TAILS):
        yield f"{subject} {verb} by {fig}{tail}.", [(number, unit, _EVAL[(value, polarity)])]
    for verb, direction in [("skyrocketed", "increase"), ("has skyrocketed", "increase"), ("nosedived", "decrease")]:
        for fig, number, unit in EVAL_FIGURES:
            yield f"Reported fraud {verb} by {fig} last year.", [(number, unit, direction)]


@pytest.mark.parametrize("sentence, expected", list(_evaluative_grid()))
def test_evaluative_and_vivid_verbs_take_their_amount(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: an evaluative verb without "by" does not take the figure as its amount
        ("The scheme improved 300 homes in the area.", [(300, "count", None)]),
        ("Security improved at 40 shops.", [(40, "count", None)]),
    ],
)
def test_evaluative_verb_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected
