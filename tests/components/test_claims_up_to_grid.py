"""Grammar grid: "up to" as the level a change reached, not a cap (annotation guide, "Statistical
claims": "rose from 25.8% to 26.4%" with no difference stated is two levels; `upper_bound` is the hedge
of "up to" as a limit). After a copula, a change verb, or a comma or dash that closes a change's clause,
"up" is the direction and "to" the level cue: "burglaries were up to 2,309", "detection rates have risen
up to 35.1%", "a rise in the rate – up to 20.1%" are exact levels. Slots varied on their own: the
subject, the link before "up to" and the figure; the refusals keep the cap ("fines of up to £5,000",
"rose by up to 10%", "up to 20% of crime").

Each cell is an invented sentence; the expected list holds (value, unit, kind, approx) per claim.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import run


def claims(nlp, body: str) -> list[tuple[float | None, str | None, str | None, str | None]]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.kind, s._.approx)
            for s in doc.spans["claims"]]


SUBJECTS = ["Burglaries of homes", "Solved crimes", "Reported shoplifting offences"]
LINKS = ["were", "are now", "have risen", "rose", "has gone", "climbed", "was"]
FIGURES = [("2,309", 2309, "count"), ("20.1%", 20.1, "percent"), ("35.1 per cent", 35.1, "percent"),
           ("£4.5m", 4_500_000, "currency")]


def _reached_grid():
    for subject, link, (fig, value, unit) in itertools.product(SUBJECTS, LINKS, FIGURES):
        yield f"{subject} {link} up to {fig} in the year.", [(value, unit, "level", "exact")]


@pytest.mark.parametrize("sentence, expected", list(_reached_grid()))
def test_up_to_after_copula_or_change_verb_is_the_level_reached(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


SET_OFF = [("The year saw a rise in the detection rate – up to {fig}.", None),
           ("There was a small rise of 3% in shed burglaries, up to {fig}.", (3, "percent", "change", "exact"))]


def _set_off_grid():
    for (frame, before), (fig, value, unit) in itertools.product(SET_OFF, FIGURES):
        expected = [before] if before else []
        yield frame.format(fig=fig), [*expected, (value, unit, "level", "exact")]


@pytest.mark.parametrize("sentence, expected", list(_set_off_grid()))
def test_up_to_set_off_after_a_change_is_the_level_reached(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        # refusals: "up to" as a cap keeps its hedge
        ("Fines of up to £5,000 can be imposed.", [(5000, "currency", "level", "upper_bound")]),
        ("Council tax could rise by up to 10% next year.", [(10, "percent", "change", "upper_bound")]),
        ("Up to 20% of crime goes unreported.", [(20, "percent", "level", "upper_bound")]),
        ("A rise of up to 5% is expected.", [(5, "percent", "change", "upper_bound")]),
        ("The scheme will fund up to 300 extra patrols.", [(300, "count", "change", "upper_bound")]),
        # the comparator of a level reached is a level too
        ("The rate rose up to 18.4% compared to 15.2% last year.",
         [(18.4, "percent", "level", "exact"), (15.2, "percent", "level", "exact")]),
    ],
)
def test_up_to_cells(nlp, sentence, expected):
    assert claims(nlp, sentence) == expected
