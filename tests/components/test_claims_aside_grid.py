"""Grammar grid: where a change figure's change word stands (annotation guide, "Statistical claims":
direction from the verb or noun; the claim's text is the shortest span holding the number and its
unit/direction words). Two constructions, each slot varied on its own:

- a bracket between the figure and its change word: the count beside a percentage ("a 20% (789)
  drop"), the two levels of a count's change ("394 (3,492 compared to 3,098) more crimes"); the
  figure alone in the bracket takes the same change word ("(789) drop");
- a figure with its own change noun after a level cue ("a 12 per cent decrease against five per
  cent increase nationally"): the noun names the comparator's change, not the change before it.

Each cell is an invented sentence; the expected list holds (value, unit, direction) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import changes


NOUNS = [("drop", "decrease"), ("fall", "decrease"), ("reduction", "decrease"), ("rise", "increase"),
         ("increase", "increase"), ("year-on-year fall", "decrease")]
PERCENTS = [("20%", 20), ("20 per cent", 20), ("12.5%", 12.5)]
ASIDES = [("789", 789), ("789 offences", 789), ("1,204 crimes", 1204)]
FRAMES = ["Police recorded a {pct} ({aside}) {noun} in theft from vehicles last year.",
          "The report showed a {pct} ({aside}) {noun} in burglary.",
          "\u2022 A {pct} ({aside}) {noun} in criminal damage"]


def _aside_grid():
    for (noun, direction), (pct, pv), (aside, av), frame in itertools.product(NOUNS, PERCENTS, ASIDES, FRAMES):
        yield frame.format(pct=pct, aside=aside, noun=noun), [(pv, "percent", direction), (av, "count", direction)]


@pytest.mark.parametrize("sentence, expected", list(_aside_grid()))
def test_bracket_between_figure_and_change_word(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


COMPARATIVES = [("more", "increase"), ("fewer", "decrease"), ("less", "decrease")]
PAIRS = ["{a} compared to {b}", "{a} compared with {b}", "{a} against {b}", "{a} v {b}"]


def _levels_aside_grid():
    for (comp, direction), pair in itertools.product(COMPARATIVES, PAIRS):
        a, b = (3492, 3098) if direction == "increase" else (3098, 3492)
        inner = pair.format(a=f"{a:,}", b=f"{b:,}")
        for frame in ["In total there were 394 ({inner}) {comp} recorded crimes in the area this year.",
                      "Officers dealt with 394 ({inner}) {comp} incidents than in the year before."]:
            yield frame.format(inner=inner, comp=comp), [(394, "count", direction), (a, "count", None),
                                                        (b, "count", None)]


@pytest.mark.parametrize("sentence, expected", list(_levels_aside_grid()))
def test_bracketed_levels_between_count_and_comparative(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


CUES = ["against", "compared with", "compared to"]
SECONDS = [("five per cent", 5), ("5%", 5), ("4.3 per cent", 4.3)]
OWN = [("increase", "increase"), ("rise", "increase"), ("decrease", "decrease"), ("fall", "decrease")]
PLACES = [" nationally", " across the region", ""]


def _own_noun_after_level_cue_grid():
    for cue, (fig, value), (noun, direction), place in itertools.product(CUES, SECONDS, OWN, PLACES):
        sentence = f"Public order offences, a 12 per cent decrease {cue} {fig} {noun}{place}."
        yield sentence, [(12, "percent", "decrease"), (value, "percent", direction)]


@pytest.mark.parametrize("sentence, expected", list(_own_noun_after_level_cue_grid()))
def test_own_change_noun_after_level_cue(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: a bracket with no change word after it leaves the figures as they were
        ("Police recorded 20% (789 offences) of all crime in the city.", [(20, "percent", None), (789, "count", None)]),
        ("Detections rose to 20 per cent (from 16 per cent) over the year.",
         [(20, "percent", None), (16, "percent", None)]),
        # a bracket of words only is no aside: "(provisional)" holds no figure, so no change word is reached past it
        ("Officers recorded 4,100 (provisional) crimes in the year.", [(4100, "count", None)]),
        # a level cue before a comparative of a percentage still gives a level: "to 45% more likely"
        ("Young men were found to be 45% more likely to be victims.", [(45, "percent", "increase")]),
        # the figure alone in brackets after a change word keeps that change word's direction
        ("Burglary fell (by 9%) and robbery rose (12%).", [(9, "percent", "decrease"), (12, "percent", "increase")]),
    ],
)
def test_aside_refusals(nlp, sentence, expected):
    assert changes(nlp, sentence) == expected
