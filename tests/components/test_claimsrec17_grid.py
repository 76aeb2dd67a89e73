"""Grammar grid: how a change's direction spreads to a figure the regexes read as a level (annotation guide,
"Statistical claims": direction from the verb or noun; "What the context carries": a figure listed after a
change takes its direction). Two mechanisms, each slot varied on its own:

- a "by" figure far from the change it measures: the change verb's object holds a relative clause ("increased
  the number of arrests they made ... by 24 percent"), or the change is a noun with no article whose "in"
  phrase stands before the "by" ("reduction in shop theft by 12%"), or the change verb is the complement of a
  verb of continuing ("kept climbing ..., though by only 2.5%");
- a list after a change whose later figures carry a hedge ("by 300 in A, more than 200 in B") or whose change
  is a comparative with its noun ("120 more thefts in A and almost 400 in B": the items named by place);
- refusals: a "by" that names an agent ("answered by 1,200 residents", "areas hit by 40 burglaries"), a share
  ("by 40% of the teams"), a listed figure that names its own noun ("and 85 arrests in B") or a share ("200 of
  them"), a list after a level.

Each cell is an invented sentence; the expected list holds (value, unit, direction) per claim.
"""
from __future__ import annotations

import pytest

from .helpers import changes

BY_FAR = [
    # a relative clause inside the changed thing, the figure a percentage
    ("Officers increased the number of arrests they made for shoplifting by more than 24 percent.",
     [(24, "percent", "increase")]),
    ("We are increasing the size of the teams that protect children by 40%.", [(40, "percent", "increase")]),
    ("The council reduced the number of lamps it switches off at night by 15 per cent.",
     [(15, "percent", "decrease")]),
    ("Detectives cut the time victims wait for a visit by 20%.", [(20, "percent", "decrease")]),
    ("The unit boosted the share of cases that reach court by 8 per cent.", [(8, "percent", "increase")]),
    # a change noun without an article, its "in" phrase before the "by"
    ("Year-on-year reduction in shop theft offences by 12%.", [(12, "percent", "decrease")]),
    ("Reduction in rural thefts by 18% across the county.", [(18, "percent", "decrease")]),
    ("Increase in arrests for drink driving by 9%.", [(9, "percent", "increase")]),
    ("The report shows a rise in thefts from vans across the west of the county by 7%.",
     [(7, "percent", "increase")]),
    # a verb of continuing whose complement is the change
    ("Recorded crime kept climbing in 2021/22, though by only 2.5% compared with the year before.",
     [(2.5, "percent", "increase")]),
    ("Burglary continued falling this year, by almost 6 per cent.", [(6, "percent", "decrease")]),
]

BY_REFUSALS = [
    # "by" names an agent
    ("The survey that the council ran was answered by 1,200 residents.", [(1200, "count", None)]),
    ("Officers increased patrols in streets that were hit by 40 burglaries.", [(40, "count", None)]),
    # a share after "by"
    ("The force reduced waiting times in cases that were handled by 40% of the teams.", [(40, "percent", None)]),
    # a percentage "by" a verb that is no change, with no change verb above it
    ("The homes were visited by officers who spoke to 30% of residents.", [(30, "percent", None)]),
    # a change noun whose clause closes before the "by" ("caused by")
    ("The rise in thefts was caused by 12 repeat offenders.", [(12, "count", None)]),
]

LISTS = [
    # a hedge before a listed figure
    ("Burglary has risen by nearly 300 in Ashford, by more than 200 in Dover, more than 150 in Deal and by about "
     "90 in Hythe.",
     [(300, "count", "increase"), (200, "count", "increase"), (150, "count", "increase"), (90, "count", "increase")]),
    ("Thefts fell by 12% in Ripon, almost 9% in Selby and around 4% in Thirsk.",
     [(12, "percent", "decrease"), (9, "percent", "decrease"), (4, "percent", "decrease")]),
    ("Vehicle crime went up 40 in the north, over 25 in the south.",
     [(40, "count", "increase"), (25, "count", "increase")]),
    # a comparative count with its noun, the items named by place or group
    ("There were 120 more thefts in Ashford and almost 400 in Dover.",
     [(120, "count", "increase"), (400, "count", "increase")]),
    ("There were 120 fewer thefts in Ashford and 85 in Dover.", [(120, "count", "decrease"), (85, "count", "decrease")]),
    ("Officers recorded 60 fewer assaults among young men, 45 among young women and 12 among children.",
     [(60, "count", "decrease"), (45, "count", "decrease"), (12, "count", "decrease")]),
    ("The figures show 310 extra burglaries in the city and about 90 in the villages.",
     [(310, "count", "increase"), (90, "count", "increase")]),
]

LIST_REFUSALS = [
    # the listed figure names its own noun: another count, no change
    ("There were 120 fewer thefts in Ashford and 85 arrests in Dover.", [(120, "count", "decrease"), (85, "count", None)]),
    # a share of the change
    ("Burglary rose by 300 in Ashford, more than 200 of them in the town centre.",
     [(300, "count", "increase"), (200, "count", None)]),
    # a list after a level
    ("Officers recorded 300 thefts in Ashford and almost 400 in Dover.", [(300, "count", None), (400, "count", None)]),
    # a comparative followed by a clause with its own figure
    ("There were 120 fewer thefts last year and 85 people were charged in Dover.",
     [(120, "count", "decrease"), (85, "count", None)]),
]


@pytest.mark.parametrize("sentence, expected", BY_FAR)
def test_by_figure_far_from_its_change(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", BY_REFUSALS)
def test_by_figure_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", LISTS)
def test_direction_along_a_list(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize("sentence, expected", LIST_REFUSALS)
def test_list_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


COMPARATOR_BACK = [
    # a sentence that points back to the change closing the sentence before compares its figure with it
    ("Burglary fell by 9 per cent. That compares with 4% nationally.",
     [(9, "percent", "decrease"), (4, "percent", "decrease")]),
    ("Robbery rose by 12%. This is a smaller rise than the national average, which stands at 15%.",
     [(12, "percent", "increase"), (15, "percent", "increase")]),
    ("Robbery rose by 12 per cent. The robbery figure is higher than the national average of 7 per cent.",
     [(12, "percent", "increase"), (7, "percent", "increase")]),
    ("There was a 6% drop in thefts. It compares to a 2% average across the region.",
     [(6, "percent", "decrease"), (2, "percent", "decrease")]),
    # refusals: a sentence of its own subject, a level compared in the sentence, another unit
    ("Crime rose 5%. Satisfaction is above the national average of 80%.",
     [(5, "percent", "increase"), (80, "percent", None)]),
    ("Crime rose 5%. The detection rate was 20%, below the national average of 25%.",
     [(5, "percent", "increase"), (20, "percent", None), (25, "percent", None)]),
    ("Crime fell by 300 offences. That compares with 4% of crimes solved nationally.",
     [(300, "count", "decrease"), (4, "percent", None)]),
]


@pytest.mark.parametrize("sentence, expected", COMPARATOR_BACK)
def test_comparator_in_the_next_sentence(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


ADDED_BEFORE = [
    # "extra"/"additional" before a count says it was added, with or without an article
    ("Half of the additional 208 thefts were shoplifting.", [(50, "percent", None), (208, "count", "increase")]),
    ("The force recorded additional 29 offences under the new law.", [(29, "count", "increase")]),
    ("The extra 40 officers will patrol the town centre.", [(40, "count", "increase")]),
    ("The council funds an extra 12 wardens.", [(12, "count", "increase")]),
    # refusals: "a further" continues the change before it; a figure after "extra" that is a share
    ("Burglary fell by 6% in 2021 and a further 4% in 2022.", [(6, "percent", "decrease"), (4, "percent", "decrease")]),
]


@pytest.mark.parametrize("sentence, expected", ADDED_BEFORE)
def test_added_before_the_figure(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected
