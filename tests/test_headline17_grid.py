"""Grammar grid: a headline against the body when the body names a national force as the source of its figures
(round 17).

Class 1, the national force as the source: a release about one division or district of a nation-wide force
(Police Scotland, the Police Service of Northern Ireland) writes "Police Scotland has released figures which
show ...", "figures published by Police Scotland show ...", "Police Scotland's quarterly report shows ...".
The force's name holds the nation's name, but the force is who published or recorded the figures, not where
they are: with no other place in the sentence, the figures are about the release's own area, so they back
(or contradict) the headline on it. Refusals: a figure the sentence places in the nation ("across Scotland",
"nationally", "in Scotland as a whole") is the nation's; a force named by a county or region ("Humberside
Police") still names the figure's place; a release about the nation itself is unchanged.

Class 2, a count per day, week or month (``test_per_time_count_grid``): see ``PER_TIME`` below.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from extractor.api import extract_text

P = "in the year to March 2023"


def release(title: str, body: str, area: str) -> str:
    return f"---\ntitle: \"{title}\"\narea: {area}\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"


#: (cell, headline, release area, body, expected status, expected area of the body figures or None)
CELLS = [
    # class 1: the national force as who published the figures
    ("released_which_show", "Crime falls in Tayside", "Tayside",
     f"Police Scotland has today released figures {P}, which show that recorded crime fell by 6%.",
     "consistent", "Tayside"),
    ("published_by", "Crime falls in Tayside", "Tayside",
     f"Figures published by Police Scotland show that recorded crime fell by 6% {P}.", "consistent", "Tayside"),
    ("possessive_report", "Violent crime up in Ayrshire", "Ayrshire",
     f"Police Scotland's quarterly report shows violent crime rose by 9% {P}.", "consistent", "Ayrshire"),
    ("according_to_levels", "Housebreaking falls in Fife", "Fife",
     "According to Police Scotland figures, the number of housebreakings fell from 211 to 187 between April "
     "and June 2023 compared with the same period last year.", "consistent", "Fife"),
    ("issued_data", "Housebreaking falls in Fife", "Fife",
     "Police Scotland has today issued its management information for 1 April to 30 June 2023, which shows "
     "that the total number of housebreakings, including attempted break-ins, fell by 11% compared with last "
     "year.", "consistent", "Fife"),
    ("contradicted", "Crime falls in Highland", "Highland",
     f"Figures released by Police Scotland show that recorded crime rose by 4% {P}.", "contradicted",
     "Highland"),
    ("psni_possessive", "Crime falls in Newry", "Newry, Mourne and Down",
     f"The Police Service of Northern Ireland's latest statistics show that crime fell by 6% {P}.",
     "consistent", "Newry, Mourne and Down"),
    ("psni_by", "Burglaries down in Mid Ulster", "Mid Ulster",
     f"Statistics published by the Police Service of Northern Ireland show burglaries fell by 12% {P}.",
     "consistent", "Mid Ulster"),
    # refusals: the nation named as the figure's place
    ("across_nation", "Crime falls in Tayside", "Tayside",
     f"Police Scotland figures show that recorded crime fell by 6% across Scotland {P}.", "unsupported",
     "Scotland"),
    ("nationally", "Crime falls in Tayside", "Tayside",
     f"Police Scotland figures show that recorded crime fell by 6% nationally {P}.", "unsupported", "Scotland"),
    ("in_nation_first", "Crime falls in Tayside", "Tayside",
     f"In Scotland as a whole, recorded crime fell by 6% {P}, according to Police Scotland.", "unsupported",
     "Scotland"),
    # refusal: a county force names its place
    ("county_force", "Crime falls in Hull", "Hull",
     f"Humberside Police recorded a 6% fall in crime {P}.", "unsupported", "Humberside"),
    # refusal: a release about the nation itself
    ("nation_release", "Crime falls in Scotland", "Scotland",
     f"Figures published by Police Scotland show that recorded crime fell by 6% {P}.", "consistent",
     "Scotland"),
]

#: cells that would need a wording-specific rule, with the reason
XFAIL: dict[str, str] = {}


def run(title: str, body: str, area: str):
    return extract_text(release(title, body, area), release_id="grid")


@pytest.mark.parametrize("cell, title, area, body, status, place", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)) if c[0] in XFAIL else c
    for c in CELLS], ids=[c[0] for c in CELLS])
def test_national_force_source_grid(cell: str, title: str, area: str, body: str, status: str, place: str) -> None:
    tables = run(title, body, area)
    rows = tables.comparison[tables.comparison["headline_text"].notna()]
    assert len(rows), "no headline claim read"
    for _, r in rows.iterrows():
        assert r["status"] == status, f"{r['headline_text']!r}: {r['note']}"
    body_claims = tables.claims[tables.claims["where"] == "body"]
    assert len(body_claims), "no body figure read"
    assert set(body_claims["area"].fillna("")) == {place}


#: class 2, a count per day, week or month beside the year's count: "the equivalent of twelve fewer victims of
#: crime every day" is a rate, another unit than "4,300 fewer offences", so the two do not disagree and qualify
#: a headline without a figure. Refusals: a second count for the year that differs still qualifies it, also
#: when it is set "than a year earlier" (that "a year" is the baseline, not a rate).
PER_TIME = [
    ("per_day_long", "Crime falls in Dorset",
     f"Recorded crime in Dorset fell by 7% {P}, the equivalent of twelve fewer victims of crime every day. "
     "There were 4,300 fewer offences over the year.", "consistent"),
    ("per_week_long", "Burglaries fall in Dorset",
     f"Burglaries in Dorset fell by 9% {P}, which means about 40 fewer homes broken into each week. "
     "There were 2,100 fewer burglaries over the year.", "consistent"),
    ("per_month_long", "Crime falls in Dorset",
     f"There were 4,300 fewer offences in Dorset {P}, some 358 fewer reports of crime per month.",
     "consistent"),
    ("per_day_short", "Crime falls in Dorset",
     f"There were 4,300 fewer offences in Dorset {P}, or twelve fewer a day.", "consistent"),
    ("or_rate", "Crime falls in Dorset",
     f"Crime in Dorset fell by 7% {P}. This means there were nearly 4,300 fewer victims of crime or 12 fewer "
     "crimes per day.", "consistent"),
    # refusals: two counts for the year that differ
    ("two_year_counts", "Crime falls in Dorset",
     f"There were 4,300 fewer offences in Dorset {P}. Overall there were 6,900 fewer recorded offences in "
     "Dorset over the same period.", "qualified"),
    ("than_a_year_earlier", "Crime falls in Dorset",
     f"There were 4,300 fewer offences in Dorset {P}. The force recorded 6,900 fewer offences than a year "
     "earlier.", "qualified"),
]


@pytest.mark.parametrize("cell, title, body, status", PER_TIME, ids=[c[0] for c in PER_TIME])
def test_per_time_count_grid(cell: str, title: str, body: str, status: str) -> None:
    tables = run(title, body, "Dorset")
    rows = tables.comparison[tables.comparison["headline_text"].notna()]
    assert len(rows), "no headline claim read"
    for _, r in rows.iterrows():
        assert r["status"] == status, f"{r['headline_text']!r}: {r['note']}"
