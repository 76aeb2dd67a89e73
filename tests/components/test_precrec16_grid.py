"""Precision and recall grid (session 16): figures that are no claims and claims that were not found.

Classes (annotation guide, "What counts as a claim"):
- a compound number written in words without its hyphen ("Sixty four per cent") is one figure, as
  "sixty-four per cent" is; a tens word alone or before a word that is no unit digit stays as it is;
- a figure named as a target after "target of" ("against a target of 640") is a level the release
  reports, as "a 75 per cent target" is; the copular form ("the target is 80 per cent") stays refused
  (an existing test keeps it so);
- a page counter is about the document, not the world: "Page | 4", "Page 3 of 58";
- the emergency and non-emergency phone lines are no counts before words about answering calls
  ("101 average answer times", "999 are now answered"), while "999 burglaries" stays a count;
- "There was one homicide": the tune gold counts it, an existing test refuses it (expected failures).

Every sentence is invented; the expected list holds (value rounded to 2 places, unit) per claim.
"""
from __future__ import annotations

import pytest

from .helpers import run


def claims(nlp, body: str) -> list[tuple[float | None, str | None]]:
    doc = run(nlp, body)
    return [(None if s._.value is None else round(s._.value, 2), s._.unit) for s in doc.spans["claims"]]


# --- a compound number word written with a space instead of its hyphen ---------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Sixty four per cent of residents said they trust the force.", [(64, "percent")]),
    ("Eighty one percent of victims were satisfied with the service.", [(81, "percent")]),
    ("Just forty three per cent of thefts were solved in Barnsley.", [(43, "percent")]),
    ("Twenty nine burglaries were reported in the village.", [(29, "count")]),
    # the hyphenated form, as before
    ("Seventy-two per cent of calls were answered promptly.", [(72, "percent")]),
    # near misses: a tens word alone, and a ones word that is no part of the tens
    ("Thirty per cent of residents feel unsafe after dark.", [(30, "percent")]),
    ("Officers seized twenty knives and nine guns.", [(20, "count"), (9, "count")]),
])
def test_compound_number_words(nlp, text, expected):
    assert claims(nlp, text) == expected


# --- a target figure after "target of" --------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Burglaries fell to 512 against a target of 640.", [(512, "count"), (640, "count")]),
    ("The detection rate reached the authority's target of 31%.", [(31, "percent")]),
    ("Robberies stood at 97 against a six month target of 120 in Luton.", [(97, "count"), (120, "count")]),
    # the copular form states the goal, not a figure (kept as an existing test has it)
    ("The target is 85 per cent and the force reached 79 per cent.", [(79, "percent")]),
    ("The target was 400 and officers recorded 380 thefts.", [(380, "count")]),
])
def test_target_of_figure(nlp, text, expected):
    assert claims(nlp, text) == expected


# --- page counters ------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Annual Policing Review\n\nPage | 4\n\nRecorded crime fell by 6% in the county.", [(6, "percent")]),
    ("Page 3 of 58\n\nVehicle crime rose by 11% in the year.", [(11, "percent")]),
    ("Page 12 of 40\n\nThere were 2,150 burglaries.", [(2150, "count")]),
    # near miss: the figures on a numbered page stay
    ("Page 3 of the report shows 1,240 thefts.", [(1240, "count")]),
])
def test_page_counters(nlp, text, expected):
    assert claims(nlp, text) == expected


# --- a phone line before words about answering its calls ---------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    ("Demand in the control room has led to longer 101 average answer times this winter.", []),
    ("Nine out of ten 999 are now answered within ten seconds.", [(90, "percent")]),
    ("Most 101 are now answered within a minute in Dyfed.", []),
    # near misses: a count that happens to be 999 or 101
    ("Police recorded 999 burglaries in the city last year.", [(999, "count")]),
    ("There were 101 arrests in the operation.", [(101, "count")]),
])
def test_phone_lines(nlp, text, expected):
    assert claims(nlp, text) == expected


# --- "one" as the count of a grave offence after an existential clause ---------------------------------------
# The tune gold keeps "There was one homicide" as a count (two texts), but an existing cell of
# tests/components/test_claims.py ("There was one murder, ..." -> no claim: "one" only as a change's amount)
# says the opposite: left for the lead, the positive cells are expected failures.
CONFLICT = pytest.mark.xfail(strict=True, reason="existing test_claims cell refuses 'There was one murder'; "
                                                 "tune gold keeps 'one homicide': conflict left to the lead")


@pytest.mark.parametrize("text, expected", [
    pytest.param("There was one homicide in the borough during the year.", [(1, "count")], marks=CONFLICT),
    pytest.param("There has been just one murder – a figure that includes manslaughter.", [(1, "count")],
                 marks=CONFLICT),
    pytest.param("In Rutland there had been only one fatality, on the A47.", [(1, "count")], marks=CONFLICT),
    # near misses: "one" that counts no offence, or an offence's case
    ("There was one occasion when officers were delayed.", []),
    ("There was one murder investigation still open in Tamworth.", []),
    ("One murder can devastate a whole community.", []),
])
def test_one_grave_offence(nlp, text, expected):
    assert claims(nlp, text) == expected


# --- the metric of a target figure is the target of what the sentence measures -------------------------------
@pytest.mark.parametrize("text, value, metric", [
    ("Shoplifting offences fell to 430 against a target of 515.", 515, "target"),
    ("Vehicle thefts stood at 221, against a target of 260 for the year.", 260, "target"),
    ("The solved rate for robbery is now 18%, against a target of 25%.", 25, "target"),
])
def test_target_metric(nlp, text, value, metric):
    doc = run(nlp, text)
    got = [s._.metric for s in doc.spans["claims"] if s._.value == value]
    assert len(got) == 1 and got[0] is not None and got[0].split()[-1] == metric
    others = [s._.metric for s in doc.spans["claims"] if s._.value != value]
    assert all(m is None or not m.endswith("target") for m in others)
