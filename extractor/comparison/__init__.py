"""Headline against body: does the body back each headline claim?

For each headline claim, ``compare`` keeps the body claims on the same thing
(same measure, same area, same period when both are known, a change with
changes and a level with levels, the same kind of comparison) and gives a
status by the rules of the annotation guide ("Headline against body"):
``unsupported``, ``contradicted``, ``qualified`` or ``consistent``; a release
whose headline has no claim gets one ``no_headline_claim`` row.

Which metric phrases name the same measure, and which area names the same
place, is data: ``rules/measures.yaml`` in the model folder. The package works
on records only (no spaCy, no pandas), so it can be tested with literal
``ClaimRecord`` lists.

The parts, in the order a headline claim goes through them (each imports only
the ones before it):

1. ``figures``: one claim's figure read on its own: change or level,
   direction, unit with any per-time rate, and whether two figures agree up
   to rounding.
2. ``measures``: the measure list and its rules (``MeasureRules``,
   ``load_rules``): which metric phrases name the same measure, the offence
   tree, which areas are the same place.
3. ``pairing``: the measure each claim is about, and the body claims on the
   same thing as a headline claim (``BodyIndex``, ``same_thing``, period and
   baseline keys).
4. ``notes``: figures as words and the note of each row (``figure``,
   ``figure_list``, ``unsupported_note``).
5. ``verdict``: the status of each headline claim and its row (``judge``,
   ``compare_one``, ``compare``).
"""
from __future__ import annotations

from .figures import agree, precision
from .measures import MeasureRules, load_rules, measures_path
from .notes import figure
from .pairing import baseline_key, figure_measure, with_named_measure
from .verdict import compare

__all__ = [
    "MeasureRules", "agree", "baseline_key", "compare", "figure", "figure_measure", "load_rules",
    "measures_path", "precision", "with_named_measure",
]
