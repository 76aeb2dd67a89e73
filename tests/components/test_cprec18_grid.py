"""A grammar grid for THE ITEM NUMBERS OF A NUMBERED LIST OR A CONTENTS flattened into the text (sentences
written for the tests).

The guide ("Statistical claims"): "a figure that is not about the world but about the text or the data
source is no claim". A list's item numbers and a contents' page numbers number the text itself. Pages
copied from committee papers, bulletins and league tables keep them as plain numbers:

- a small whole number OPENING A LINE before a capital or a bracketed number, where the lines count on
  by one ("1 The performance of ...", "2 The plan for ...", "3 How the service ..."; a league table's
  position column, "1 (3) Dalton 5.10 4.50");
- a number and a full stop before a capital ANYWHERE on a line, counting on by one (a contents flattened
  into one line: "1. Key points 2 2. Recorded crime 4 3. Background 9"), and the bare number right
  before such an item: the contents' page number.

An item counts only in a run of at least three items that count on by one, each close to the one before
(``list_item_run``, ``list_item_reach`` in claims.yaml). Refusals (the figures stay claims): a count
opening a line in lower case, a figure ending a sentence ("fell by 3. The force ..."), two numbered
lines only, lines whose numbers do not count on by one, and a list whose items hold figures of their own
(those figures stay; only the item number goes).

Before the change (``_list_items`` in finding.py): 6 of the 13 cells failed (five item cells, the agenda of
plain headings passing already, and the list whose items hold figures, whose item numbers were read as
counts); the other refusal cells passed before and after.

Each cell: (text, expected (value rounded to 2 places, unit) per claim in order); [] is no claim.
"""
from __future__ import annotations

import pytest

from .helpers import run


def claims(nlp, body: str) -> list[tuple[float | None, str | None]]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit) for s in doc.spans["claims"]]


# --- item numbers: the list or the contents numbers the text -----------------------------------------
ITEM_CELLS = [
    # a committee's agenda: numbered lines, no full stop after the number
    ("The panel will look at:\n\n1 The work of the Dalton partnership in 2019-20\n\n"
     "2 The safety plan for 2020-21\n\n3 How the youth service supports the partnership.",
     []),
    # ... the same with a plain capital heading on each line
    ("Agenda\n4 Welcome\n5 Minutes of the last meeting\n6 Any other business", []),
    # a league table's position column: the figures of each row stay, the position goes
    ("Position Town Rate\n1 (2) Dalton 4.10\n2 (1) Westmoor 4.60\n3 (3) Eastvale 5.20",
     [(2, "count"), (4.1, "count"), (1, "count"), (4.6, "count"), (3, "count"), (5.2, "count")]),
    # a contents flattened into one line: the item numbers and the page numbers go
    ("Contents 1. Key points 2 2. How recorded crime has changed 4 3. Crime in the districts 7 "
     "4. Background notes 9", []),
    # ... and after a question closing an item
    ("Contents 1. What is measured? 3 2. What has changed this year? 5 3. Where can I find more? 8", []),
    # ... with the contents on a line of its own and the text going on below it
    ("Contents 1. Summary 2 2. Trends 3 3. Notes 6\n\nPolice recorded 4,512 burglaries in the year.",
     [(4512, "count")]),
]

# --- refusals: the same shapes that stay figures -------------------------------------------------------
KEPT_CELLS = [
    # a line opening on a count in lower case is a count
    ("1 burglary was recorded in May.\n2 robberies were recorded in June.\n3 thefts were recorded in July.",
     [(1, "count"), (2, "count"), (3, "count")]),
    # a figure ending a sentence counts on from no item
    ("Burglaries fell by 3. The force said thefts rose by 12. Robberies rose by 4. Officers were praised.",
     [(3, "count"), (12, "count"), (4, "count")]),
    # two numbered lines only: no run of three
    ("Agenda\n1 Welcome\n2 Minutes of the last meeting\n\nRecorded crime fell by 7%.", [(7, "percent")]),
    # lines whose numbers do not count on by one
    ("Arrests by town\n12 (9) Dalton\n40 (31) Westmoor\n7 (5) Eastvale",
     [(12, "count"), (9, "count"), (40, "count"), (31, "count"), (7, "count"), (5, "count")]),
    # a numbered list whose items hold figures: the figures stay
    ("Falls in 2019:\n1 Burglary down 16 per cent\n2 Vehicle crime down 9.8 per cent\n"
     "3 Robbery down 4 per cent", [(16, "percent"), (9.8, "percent"), (4, "percent")]),
    # a ranked list with a full stop: the rates stay
    ("Rates per 1,000 people:\n\n1. Dalton: 47.4\n2. Westmoor: 46.8\n3. Eastvale: 44.5",
     [(47.4, "rate"), (46.8, "rate"), (44.5, "rate")]),
    # a sentence with one numbered point in it
    ("The report makes 3. Recommendations follow on page 12.", [(3, "count")]),
]


def _grid():
    for text, exp in ITEM_CELLS:
        yield pytest.param(text, exp, id=f"item: {text[:50]}")
    for text, exp in KEPT_CELLS:
        yield pytest.param(text, exp, id=f"kept: {text[:50]}")


@pytest.mark.parametrize("text, expected", list(_grid()))
def test_cprec18_grid(nlp, text, expected):
    assert claims(nlp, text) == expected
