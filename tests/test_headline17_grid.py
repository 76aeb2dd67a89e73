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
