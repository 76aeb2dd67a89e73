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

from extractor.pipeline import load

from .helpers import run


@pytest.fixture(scope="module")
def nlp():
    return load()


def changes(nlp, body: str) -> list[tuple[float | None, str | None, str | None]]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.direction) for s in doc.spans["claims"]]


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
