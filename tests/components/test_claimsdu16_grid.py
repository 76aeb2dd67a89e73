"""Grammar grid: a figure read with the right value but the wrong direction or unit (annotation guide,
"Statistical claims": kind, direction, unit; "What the context carries").

Classes (each seen in several real releases; every sentence here is invented):
- a count in brackets after a change restates it when it stands right after the change ("fell by 7% (1,215
  offences)", "theft is down (900)") or after the group the change is about ("up 25% for women (60
  offences)"); after the words naming the period compared against it is that period's level ("up 12% on
  the same period in 2015 (1,480)", "down on last quarter (29)", "has fallen this year (212 ...)");
- money the text calls a saving was cut: "a saving of £4.2m", "£19m saved", "£30m worth of savings";
  money raised ("raised £120,000", "will raise a further £80m") is an amount, a level, while "raised
  by £12" is a change of its own;
- a percentage's unit left off a figure of the same change frame: "a 38.5 increase" beside a figure
  in per cent, "fell by 6.2 per cent and shed burglary by 11.3"; without a percentage in the sentence,
  with a count noun after the figure, or a whole figure after an article ("a 310 decrease": it may restate
  the change in a count), the figure stays a count.
"""
from __future__ import annotations

import pytest

from .helpers import changes, run

BRACKETS = [
    # a bracket after the period compared against: that period's level
    ("Burglary rose 12% on the same period in 2015 (1,480).",
     [(12, "percent", "increase"), (1480, "count", None)]),
    ("Robbery was down 8.5 per cent year on year (930) and up 3 per cent on the five-year average.",
     [(8.5, "percent", "decrease"), (930, "count", None), (3, "percent", "increase")]),
    ("Arson fell by more than 20 per cent from the same months of 2009 (410 offences).",
     [(20, "percent", "decrease"), (410, "count", None)]),
    # a bracket after a figure set against another group
    ("Shoplifting rose 4%, with a 6% rise in thefts from stores against the same (27) number of robberies.",
     [(4, "percent", "increase"), (6, "percent", "increase"), (27, "count", None)]),
    # a change stated without a figure, the bracket after the period compared against or a new clause
    ("The force now tracks 22 gangs, down on last quarter (29).", [(22, "count", None), (29, "count", None)]),
    ("Complaints received went up compared to 2017/18 (640).", [(640, "count", None)]),
    ("Youth crime has fallen this year (212 young people were charged compared with 260 the year before).",
     [(212, "count", None), (260, "count", None)]),
    # refusals: a bracket right after the change's figure restates it
    ("Car crime fell by 8% (210 offences).", [(8, "percent", "decrease"), (210, "count", "decrease")]),
    ("Vehicle crime dropped 7 per cent (1,215 offences) to 16,140.",
     [(7, "percent", "decrease"), (1215, "count", "decrease"), (16140, "count", None)]),
    ("Shoplifting and arson rose by 14 per cent (512) and 22 per cent (390) respectively.",
     [(14, "percent", "increase"), (512, "count", "increase"), (22, "percent", "increase"),
      (390, "count", "increase")]),
    ("Crime in the borough fell by 2.4 per cent, (655 offences) over the year.",
     [(2.4, "percent", "decrease"), (655, "count", "decrease")]),
    ("There was a fall in thefts and frauds by 6% (318 offences) last year.",
     [(6, "percent", "decrease"), (318, "count", "decrease")]),
    ("Sexual assaults rose by 25% for women (60 offences) and 80% for men (12 offences).",
     [(25, "percent", "increase"), (60, "count", "increase"), (80, "percent", "increase"), (12, "count", "increase")]),
    # ... and one right after a change word without a figure
    ("Theft is down (900 offences) on last year.", [(900, "count", "decrease")]),
    # ... a percentage bracketed after a change word keeps the change
    ("There were rises in harassment since 2018 (31%) and arson (6%).",
     [(31, "percent", "increase"), (6, "percent", "increase")]),
]


@pytest.mark.parametrize("sentence, expected", BRACKETS)
def test_bracketed_count_after_a_change(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


MONEY = [
    ("The restructure produced a saving of £4.2million this year.", [(4200000, "currency", "decrease")]),
    ("The force must save £20 million by 2015 and has £14 million saved so far.",
     [(20000000, "currency", "decrease"), (14000000, "currency", "decrease")]),
    ("The force is making £30million worth of savings over three years.", [(30000000, "currency", "decrease")]),
    ("The force is making £30million of savings over three years.", [(30000000, "currency", "decrease")]),
    # money raised is an amount
    ("Volunteers have raised £120,000 for local charities.", [(120000, "currency", None)]),
    ("The sale of the old station will raise a further £80m for new equipment.", [(80000000, "currency", None)]),
    ("Since 2001 the choir has raised in the region of £90,000.", [(90000, "currency", None)]),
    # refusals: a rise by an amount is a change; a saving someone holds is a level
    ("The precept was raised by £12 a year.", [(12, "currency", "increase")]),
    ("The thieves took £20,000 of life savings from the couple.", [(20000, "currency", None)]),
    ("Officers seized £250,000 in cash.", [(250000, "currency", None)]),
]


@pytest.mark.parametrize("sentence, expected", MONEY)
def test_money_saved_or_raised(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


UNIT_LEFT_OFF = [
    ("Assaults with injury fell 4.1% but there was a 38.5 increase in assaults without injury.",
     [(4.1, "percent", "decrease"), (38.5, "percent", "increase")]),
    ("Robbery saw a 9.2 per cent increase, with 810 thefts from shops (a 14.5 increase).",
     [(9.2, "percent", "increase"), (810, "count", None), (14.5, "percent", "increase")]),
    ("Dwelling burglary fell by 6.2 per cent and shed burglary by 11.3.",
     [(6.2, "percent", "decrease"), (11.3, "percent", "decrease")]),
    # refusals: no percentage in the sentence, a count noun after the figure, a count change before, a whole
    # figure beside a per cent change of another noun (the change restated in a count)
    ("Thefts saw a 12.5% drop, with a 310 decrease in recorded reports.",
     [(12.5, "percent", "decrease"), (310, "count", "decrease")]),
    ("There was a 120 increase in arrests for drug supply.", [(120, "count", "increase")]),
    ("Robbery rose 5% and there were 300 more thefts.", [(5, "percent", "increase"), (300, "count", "increase")]),
    ("Burglary fell by 6.2 per cent and robbery by 40 offences.",
     [(6.2, "percent", "decrease"), (40, "count", "decrease")]),
    ("Thefts fell by 300 and robberies by 12.", [(300, "count", "decrease"), (12, "count", "decrease")]),
]


@pytest.mark.parametrize("sentence, expected", UNIT_LEFT_OFF)
def test_percent_left_off_a_figure_of_the_same_frame(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


# the bracketed level is of the period the words before the bracket name
BRACKET_PERIODS = [
    ("Complaints received went up compared to 2017/18 (640).", 640, ("2017-04-01", "2018-03-31")),
    ("Arson rose 15% in 2021 on the 12 months to March 2019 (302 offences).", 302, ("2018-04-01", "2019-03-31")),
]


@pytest.mark.parametrize("sentence, value, dates", BRACKET_PERIODS)
def test_bracketed_level_takes_the_period_compared(nlp, sentence, value, dates):
    doc = run(nlp, sentence, published="2022-05-01")
    got = [(str(s._.period_start)[:10], str(s._.period_end)[:10]) for s in doc.spans["claims"] if s._.value == value]
    assert got == [dates]


# a comparator set against a change by a relative clause after "average" is the average's change
COMPARATORS = [
    ("Crime rose by 3.1%, below the national average of 9.4% and the regional average which is 6%.",
     [(3.1, "percent", "increase"), (9.4, "percent", "increase"), (6, "percent", "increase")]),
    ("Burglary fell by 5%, against a county average that stood at 2%.",
     [(5, "percent", "decrease"), (2, "percent", "decrease")]),
    # refusal: an average with no change before it is a level
    ("The regional average which is 8% has not been published before.", [(8, "percent", None)]),
]


@pytest.mark.parametrize("sentence, expected", COMPARATORS)
def test_average_in_a_relative_clause(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected
