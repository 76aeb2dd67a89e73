"""Grammar grid for two readings of a change's direction (annotation guide, "Statistical claims": direction from
the verb or noun; "What the context carries": a figure listed after a change takes that change's kind and
direction).

1. A listed figure after a bare article whose change noun is left off.

"a 5% fall in 2018 and a 9% in 2017" lists two falls; the second keeps its article but leaves the noun ("fall")
off, so nothing after the figure names it a change. The list already carried "and 9% in 2017"; the article
stopped it. The article is read past only when the figure is followed by a qualifier (in, for, among, across,
during, over, on) or by the clause's end, never by a noun of its own.

- cells: an article ("a", "an") before the listed figure, with a year, a place or a group after it, joined by
  "and", a comma, "while" or "but";
- refusals: the article's figure names its own noun ("and a 9% share of ..."), a figure after a level, a figure
  of another unit, a figure that is no list item ("was followed by a 4% in 2020").

2. A count followed by "up"/"down" and a percentage ("2,190 up by 7%", "3,310 down 6%", lines of a list of
offences): the "up"/"down" opens the percentage's change, so the count is a level and the percentage the change.
Refusals: the count's own comparative ("340 more burglaries, up 12%"), a percentage with "up" after it ("5% up on
last year"), "up" before a count ("45 up by 2"), "up to" a level.

Each cell is an invented sentence; the expected list holds (value, unit, direction) per claim.
Before the change: 8 of the 8 ELIDED cells and 3 of the 3 NEXT_FIGURE cells failed; the 6 REFUSALS and the 5
NEXT_FIGURE_REFUSALS passed.
"""
from __future__ import annotations

import pytest

from .helpers import changes

ELIDED = [
    ("This follows a 5% fall in 2018 and a 9% in 2017.",
     [(5, "percent", "decrease"), (9, "percent", "decrease")]),
    ("Last year brought a 6% rise in burglary and a 3% in robbery.",
     [(6, "percent", "increase"), (3, "percent", "increase")]),
    ("Thefts showed a 12 per cent drop in Kestonbury, a 4 per cent in Marlow Vale and an 8 per cent in Dunhill.",
     [(12, "percent", "decrease"), (4, "percent", "decrease"), (8, "percent", "decrease")]),
    ("The force reported a 7% increase for young drivers and an 11% for older ones.",
     [(7, "percent", "increase"), (11, "percent", "increase")]),
    ("Burglary fell 12% in the city, while a 3% on the coast.",
     [(12, "percent", "decrease"), (3, "percent", "decrease")]),
    ("There was a 14% rise among men but a 2% among women.",
     [(14, "percent", "increase"), (2, "percent", "increase")]),
    ("Arson showed a 10% reduction during the summer and a 6% over the winter.",
     [(10, "percent", "decrease"), (6, "percent", "decrease")]),
    ("The survey found a 3.5% decline across the north and a 1.2%.",
     [(3.5, "percent", "decrease"), (1.2, "percent", "decrease")]),
]

REFUSALS = [
    # the article's figure names a noun of its own
    ("There was a 5% fall in theft and a 9% share of arrests went to youths.",
     [(5, "percent", "decrease"), (9, "percent", None)]),
    ("Theft rose by 4% and a 30% majority of residents agreed.",
     [(4, "percent", "increase"), (30, "percent", None)]),
    # no change before the list
    ("Officers solved 40% of cases in the city and a 25% in the villages.",
     [(40, "percent", None), (25, "percent", None)]),
    # another unit: the list carries within one unit
    ("There was a 6% rise in thefts and a 300 in the last month.",
     [(6, "percent", "increase"), (300, "count", None)]),
    # not a list item: the figure is the object of another verb
    ("A 7% drop in 2019 was followed by a 4% in 2020.",
     [(7, "percent", "decrease"), (4, "percent", None)]),
    # an article before a share of a whole
    ("Violence saw a 9% increase, and a 60% of those offences happened at night.",
     [(9, "percent", "increase"), (60, "percent", None)]),
]


NEXT_FIGURE = [
    ("- Vehicle crime – 2,190 up by 7%", [(2190, "count", None), (7, "percent", "increase")]),
    ("- Shoplifting – 3,310 down 6%", [(3310, "count", None), (6, "percent", "decrease")]),
    ("- Criminal damage 812 up by 4.5 per cent", [(812, "count", None), (4.5, "percent", "increase")]),
]

NEXT_FIGURE_REFUSALS = [
    ("There were 340 more burglaries, up 12% on last year.", [(340, "count", "increase"), (12, "percent", "increase")]),
    ("Crime was 5% up on last year.", [(5, "percent", "increase")]),
    ("There were 120 fewer thefts, down by 9%.", [(120, "count", "decrease"), (9, "percent", "decrease")]),
    ("Burglary rose 300 up to 2,000.", [(300, "count", "increase"), (2000, "count", None)]),
    ("Arrests were 45 up by 2 on the year.", [(45, "count", "increase"), (2, "count", "increase")]),
]


def _close(got: list[tuple], want: list[tuple]) -> bool:
    return len(got) == len(want) and all(
        g[0] is not None and abs(g[0] - w[0]) < 1e-6 and g[1] == w[1] and g[2] == w[2] for g, w in zip(got, want))


@pytest.mark.parametrize("text,want", ELIDED)
def test_elided_noun_listed(nlp, text: str, want: list[tuple]) -> None:
    got = changes(nlp, text)
    assert _close(got, want), got


@pytest.mark.parametrize("text,want", REFUSALS)
def test_elided_noun_refusals(nlp, text: str, want: list[tuple]) -> None:
    got = changes(nlp, text)
    assert _close(got, want), got


@pytest.mark.parametrize("text,want", NEXT_FIGURE)
def test_up_down_opens_next_figure(nlp, text: str, want: list[tuple]) -> None:
    got = changes(nlp, text)
    assert _close(got, want), got


@pytest.mark.parametrize("text,want", NEXT_FIGURE_REFUSALS)
def test_up_down_next_figure_refusals(nlp, text: str, want: list[tuple]) -> None:
    got = changes(nlp, text)
    assert _close(got, want), got
