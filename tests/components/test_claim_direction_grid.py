"""Grammar grid: the direction of a change (annotation guide, "Statistical claims": direction from the
verb or noun, a level has none; "What the context carries": a figure listed, bracketed or compared after a
change takes its direction). Each slot varied on its own:

- where the direction word stands: a verb before ("fell by 5%", "fell 5%"), a participle before ("down
  5%"), a comparative or participle after ("5% lower", "5% down"), a noun after ("a 5% fall") or before ("a
  fall of 5%"), a strong verb ("slashed", "crushed", "soared", "plummeted" by), a comparative before "by"
  ("lower by 5%");
- the figure's unit: percent in two spellings, a count, money, a rate;
- the hedge between: none, "more than", "just over", "only", "almost";
- a direction stated once for several figures: a list with the verb once, a bracket after the change word,
  two figures sharing the word after the second ("5% and 3% lower"), a count set off by dashes after a
  change ("fell 12% – 1,437 offences – to ...");
- a comparator of the change: its own change word ("against a national rise of 9%") or none ("compared
  with 9% nationally": the change's direction);
- refusals: levels ("3,000 offences", "45% of crimes", "from 10.3% to 7.9%", "to 3,000"), a bracket after
  another clause's change word.

Each cell is an invented sentence; the expected list holds (value, unit, direction) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import changes


# (template, direction): {f} is the figure with its hedge; the templates that need a figure before a noun or
# a comparative take only figures that read so ("a 5% fall", not "a £5,000 fall")
POSITIONS = [
    ("{s} fell by {f} last year.", "decrease", "any"),
    ("{s} rose by {f} last year.", "increase", "any"),
    ("{s} decreased {f} last year.", "decrease", "any"),
    ("{s} increased {f} last year.", "increase", "any"),
    ("{s} was down {f} on last year.", "decrease", "any"),
    ("{s} was up {f} on last year.", "increase", "any"),
    ("{s} was {f} down on last year.", "decrease", "after"),
    ("{s} was {f} up on last year.", "increase", "after"),
    ("{s} was {f} lower than last year.", "decrease", "after"),
    ("{s} was {f} higher than last year.", "increase", "after"),
    ("Officers recorded a {f} fall in {l}.", "decrease", "noun"),
    ("Officers recorded a {f} rise in {l}.", "increase", "noun"),
    ("Officers recorded a fall of {f} in {l}.", "decrease", "any"),
    ("Officers recorded an increase of {f} in {l}.", "increase", "any"),
    ("{s} was slashed by {f} last year.", "decrease", "any"),
    ("{s} was crushed by {f} last year.", "decrease", "any"),
    ("{s} crashed by {f} last year.", "decrease", "any"),
    ("{s} plummeted by {f} last year.", "decrease", "any"),
    ("{s} soared by {f} last year.", "increase", "any"),
    ("{s} was lower by {f} than last year.", "decrease", "any"),
    ("{s} was higher by {f} than last year.", "increase", "any"),
    ("{s} was smaller in number by {f} than last year.", "decrease", "any"),
    ("The fall in {l} was {f}.", "decrease", "any"),
    ("The rise in {l} was {f}.", "increase", "any"),
    ("In the western area {l} was down {f}.", "decrease", "any"),
    ("The western team down {f}, the force said.", "decrease", "percent"),
]
# (subject, subject in lower case, figure, value, unit, which positions it fits)
FIGURES = [
    ("Burglary", "burglary", "5%", 5, "percent", {"any", "after", "noun", "percent"}),
    ("Burglary", "burglary", "5 per cent", 5, "percent", {"any", "after", "noun", "percent"}),
    ("Burglary", "burglary", "160", 160, "count", {"any", "after"}),
    ("Spending on overtime", "spending on overtime", "£5,000", 5000, "currency", {"any"}),
    ("The burglary rate", "the burglary rate", "2.1 crimes per 1,000 people", 2.1, "rate", {"any"}),
]
HEDGES = ["", "more than ", "just over ", "only ", "almost "]


def _position_grid():
    for (template, direction, fits), (s, low, fig, value, unit, fit), hedge in itertools.product(
            POSITIONS, FIGURES, HEDGES):
        if fits not in fit:
            continue
        yield template.format(s=s, l=low, f=hedge + fig), [(value, unit, direction)]


@pytest.mark.parametrize("sentence, expected", list(_position_grid()))
def test_direction_word_in_each_position(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


# a direction stated once for several figures: (sentence, expected)
STATED_ONCE = [
    # the verb once for a list of items
    ("Burglary fell by 5%, robbery by 3% and theft 2%.",
     [(5, "percent", "decrease"), (3, "percent", "decrease"), (2, "percent", "decrease")]),
    ("Shoplifting rose 8 per cent, robbery 4 per cent and arson 2 per cent.",
     [(8, "percent", "increase"), (4, "percent", "increase"), (2, "percent", "increase")]),
    ("Burglary was down 8% in Kent, 3% in Essex and 5% in Surrey.",
     [(8, "percent", "decrease"), (3, "percent", "decrease"), (5, "percent", "decrease")]),
    ("Sexual offences were up by one per cent in Kent but 14 per cent nationally.",
     [(1, "percent", "increase"), (14, "percent", "increase")]),
    # an elliptical clause continues the change, past the levels it went between
    ("Robbery fell by 8% from 3,210 to 2,953; shoplifting by 13% from 512 to 445; arson by 9%.",
     [(8, "percent", "decrease"), (3210, "count", None), (2953, "count", None), (13, "percent", "decrease"),
      (512, "count", None), (445, "count", None), (9, "percent", "decrease")]),
    ("Thefts rose by 6%, and robberies by 2%.", [(6, "percent", "increase"), (2, "percent", "increase")]),
    # a change noun's phrase may join two things changed before its "by"
    ("Officers saw a fall in rapes and sexual offences by 5% last year.", [(5, "percent", "decrease")]),
    ("There was a rise in thefts and robberies by 300 last year.", [(300, "count", "increase")]),
    # a bracket after the change word
    ("Burglary fell (5%) last year.", [(5, "percent", "decrease")]),
    ("Officers saw rises in arson (6%) and robbery (22%).", [(6, "percent", "increase"), (22, "percent", "increase")]),
    ("Theft is down (by 9 per cent) on last year.", [(9, "percent", "decrease")]),
    # two figures share the word after the second
    ("Burglary and robbery were 5% and 3% lower respectively.", [(5, "percent", "decrease"), (3, "percent", "decrease")]),
    ("Robberies were 7.4% and 52.8% down on the three-year average.",
     [(7.4, "percent", "decrease"), (52.8, "percent", "decrease")]),
    ("Thefts and assaults were 4% and 9% higher than last year.", [(4, "percent", "increase"), (9, "percent", "increase")]),
    ("There were 120 and 80 fewer burglaries and robberies respectively.",
     [(120, "count", "decrease"), (80, "count", "decrease")]),
    ("Burglary, theft and robbery were 5%, 4% and 3% down respectively.",
     [(5, "percent", "decrease"), (4, "percent", "decrease"), (3, "percent", "decrease")]),
    # a count set off by dashes (or brackets) after a change restates it
    ("Violent crime dropped 9 per cent - 1,437 offences - to 14,180.",
     [(9, "percent", "decrease"), (1437, "count", "decrease"), (14180, "count", None)]),
    ("Violent crime dropped 9 per cent – 1,437 offences – to 14,180.",
     [(9, "percent", "decrease"), (1437, "count", "decrease"), (14180, "count", None)]),
    ("Vehicle crime rose 8% — 420 offences — to 5,300.",
     [(8, "percent", "increase"), (420, "count", "increase"), (5300, "count", None)]),
    ("Violent crime dropped 9 per cent (1,437 offences) to 14,180.",
     [(9, "percent", "decrease"), (1437, "count", "decrease"), (14180, "count", None)]),
    # a comparator: its own change word, else the change's direction
    ("Burglary fell by 5% against a national rise of 9%.", [(5, "percent", "decrease"), (9, "percent", "increase")]),
    ("Burglary fell by 5% compared with 9% nationally.", [(5, "percent", "decrease"), (9, "percent", "decrease")]),
    ("Burglary rose by 12%, above the national average of 9%.",
     [(12, "percent", "increase"), (9, "percent", "increase")]),
    ("Burglary fell by 5% while nationally it rose 9%.", [(5, "percent", "decrease"), (9, "percent", "increase")]),
]


@pytest.mark.parametrize("sentence, expected", STATED_ONCE)
def test_direction_stated_once_for_several_figures(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


REFUSALS = [
    # levels: a count recorded, a share, two levels from-to, a level reached
    ("Officers recorded 3,000 burglaries last year.", [(3000, "count", None)]),
    ("Some 70% of crimes were solved.", [(70, "percent", None)]),
    ("The detection rate fell from 10.3% to 7.9%.", [(10.3, "percent", None), (7.9, "percent", None)]),
    ("Burglary dropped to 3,000 offences.", [(3000, "count", None)]),
    # a change noun that has its own figure: the figure after "at" is the level reached
    ("There was a 37% increase in case conferences at 284.", [(37, "percent", "increase"), (284, "count", None)]),
    # a bracket after another clause's change word: a conjunction opened a new clause
    ("Burglary was up 6 per cent, while robbery (1,200) was unchanged.",
     [(6, "percent", "increase"), (1200, "count", None)]),
    ("Thefts (3,590) were up 66 per cent, while assaults (12,758) were up 20 per cent.",
     [(3590, "count", None), (66, "percent", "increase"), (12758, "count", None), (20, "percent", "increase")]),
    # a contrast that lists a share, not another change
    ("Burglary was down 5% in Kent but 40% of victims were repeat victims.",
     [(5, "percent", "decrease"), (40, "percent", None)]),
    # "down" after a phrasal verb of "down" is no direction; "teamed up" neither
    ("Officers cracked down on 40 dealers.", [(40, "count", None)]),
    ("The force teamed up with 12 councils last year.", [(12, "count", None)]),
    # a level reached, then a change of its own: the change word after the second figure is not shared
    ("Thefts fell from 3,412 to 3,175 and 120 fewer robberies were recorded.",
     [(3412, "count", None), (3175, "count", None), (120, "count", "decrease")]),
    # a clause after the change noun's conjunction: its "by" names the agent
    ("The fall in crime and was welcomed by 40 councils.", [(40, "count", None)]),
    # a count in brackets right after a count change is the level, not the change restated
    ("Drug offences fell by 480 (3,021) last year.", [(480, "count", "decrease"), (3021, "count", None)]),
    ("Shop thefts rose by almost 200 (1,928) compared with last year.",
     [(200, "count", "increase"), (1928, "count", None)]),
    # ... and two counts set against each other in brackets are the levels of the change
    ("There was a 7% reduction in thefts (2,140 thefts last year to date compared to 1,990 thefts this year).",
     [(7, "percent", "decrease"), (2140, "count", None), (1990, "count", None)]),
    # ... two percentages in brackets whose gap is the change are its levels (and the change, their
    # difference, is in percentage points: the unit grid); a comparator is another change
    ("Detection rates increased by 3.8 percent on last year (29.6 percent against 25.8 percent).",
     [(3.8, "percentage_point", "increase"), (29.6, "percent", None), (25.8, "percent", None)]),
    ("Burglary rose by 12% last year (12% compared to 8% nationally).",
     [(12, "percent", "increase"), (12, "percent", "increase"), (8, "percent", "increase")]),
    # a comparative and "by" apart: "by" names the agent
    ("More offences were solved by 40 officers.", [(40, "count", None)]),
    # a figure after a level is no dash aside: "to 14,180 - 300 of them robberies -"
    ("Crime fell to 14,180 – 300 of them robberies – last year.", [(14180, "count", None), (300, "count", None)]),
    # ... nor a part of the change set off: "300 of them"
    ("Burglary fell by 5% – 300 of them – last year.", [(5, "percent", "decrease"), (300, "count", None)]),
]


@pytest.mark.parametrize("sentence, expected", REFUSALS)
def test_direction_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected
