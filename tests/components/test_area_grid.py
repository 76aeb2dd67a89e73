"""Grammar grid: the AREA of a body figure in a force or local release.

Each cell is a small invented release about "Northshire" (its metadata area)
whose body varies one slot: a figure with no place, a national figure written
as English writes one ("nationally", "across England and Wales", "the national
average of 9%", "across the country"), a region, a nation, a district or ward
inside the area, the force's own area named by reference ("the force area",
"the county"), a sentence setting the national figure against the local one,
a place carried from the sentence before, a place in a quote, a new paragraph
that resets the place, and refusals (a place inside a name: a road, a panel,
an operation). The expected area follows the annotation guide (`area`: the
place named in the figure's sentence or the clause it continues, else the
release's area; "What the context carries"). All sentences are invented.
"""
from __future__ import annotations

import re

import pytest

from extractor.api import extract_text

AREA = "Northshire"
EW = "England and Wales"

# (cell, body, figure: a text the claim's span holds, expected area); "cell@Place": the release is about Place
CELLS: list[tuple[str, str, str, str]] = [
    ("no_place", "Recorded crime fell by 4% in the year to March 2023.", "4%", AREA),
    ("named_own", "Recorded crime in Northshire fell by 4% in the year to March 2023.", "4%", AREA),
    ("nationally_after", "Recorded crime fell by 4% in Northshire. Nationally, crime rose by 3%.", "3%", EW),
    ("nationally_end", "Burglary fell by 4% in Northshire, but rose by 3% nationally.", "3%", EW),
    ("nationally_local_kept", "Burglary fell by 4% in Northshire, but rose by 3% nationally.", "4%", AREA),
    ("across_ew", "Across England and Wales, recorded crime rose by 3% over the year.", "3%", EW),
    ("in_ew_after", "Recorded crime rose by 3% in England and Wales over the year.", "3%", EW),
    ("national_average_of", "Recorded crime fell by 4%, against the national average of 9%.", "9%", EW),
    ("national_average_main", "Recorded crime fell by 4%, against the national average of 9%.", "4%", AREA),
    ("national_average_bracket", "Recorded crime fell by 4%, better than the national average (9%).", "9%", EW),
    ("national_average_bracket_main", "Recorded crime fell by 4%, better than the national average (9%).", "4%",
     AREA),
    ("surpassing_average", "A survey found that 61% of residents trust the police, surpassing the national "
     "average of 59%.", "59%", EW),
    ("surpassing_average_main", "A survey found that 61% of residents trust the police, surpassing the national "
     "average of 59%.", "61%", AREA),
    ("exceeding_average_bracket", "The force saw a 13% fall in crime, exceeding the national average (4%).",
     "4%", EW),
    ("exceeding_average_main", "The force saw a 13% fall in crime, exceeding the national average (4%).",
     "13%", AREA),
    ("ranked_in_ew", "Northshire Police saw a 13% fall in crime, the second largest fall in England and Wales.",
     "13%", AREA),
    ("average_named_nation", "Ours is better than the national average (England and Wales) of a 7% fall.",
     "7%", EW),
    ("average_named_nation_and", "Ours is better than the national average (England and Wales) of a 7% fall and "
     "there were falls in Northshire in most crime types.", "7%", EW),
    ("compared_place_later", "Burglary fell by 8%, better than the 5% fall in recorded burglary in Southmoor.",
     "5%", "Southmoor"),
    ("compared_place_right_after", "Burglary fell by 8%, compared with 5% in Southmoor.", "5%", "Southmoor"),
    ("across_country", "Burglary fell by 8%, compared with 5% across the country.", "5%", EW),
    ("across_country_main", "Burglary fell by 8%, compared with 5% across the country.", "8%", AREA),
    ("region", "Burglary rose by 6% in the North East region.", "6%", "North East"),
    ("region_compass_lower", "Across the north east, burglary rose by 6%.", "6%", "north east"),
    ("nation_as_whole", "Recorded crime fell by 2% in Northern Ireland as a whole.", "2%", "Northern Ireland"),
    ("district_in", "Burglary fell by 12% in Bloggton.", "12%", "Bloggton"),
    ("district_lead_in", "In Bloggton, burglary fell by 12% over the year.", "12%", "Bloggton"),
    ("ward", "In Bloggton ward, burglary fell by 12% over the year.", "12%", "Bloggton"),
    ("district_area", "Burglary in the Bloggton area fell by 12%.", "12%", "Bloggton"),
    ("district_subject", "Bloggton saw a 12% fall in burglary.", "12%", "Bloggton"),
    ("force_area", "Crime across the force area fell by 4% over the year.", "4%", AREA),
    ("the_county", "Crime in the county fell by 4% over the year.", "4%", AREA),
    ("while_nationally", "While nationally crime rose 3%, in Northshire it fell 2%.", "3%", EW),
    ("while_nationally_local", "While nationally crime rose 3%, in Northshire it fell 2%.", "2%", AREA),
    ("while_district", "Crime fell by 4% across Northshire, while in Bloggton it rose by 2%.", "2%", "Bloggton"),
    ("while_district_main", "Crime fell by 4% across Northshire, while in Bloggton it rose by 2%.", "4%", AREA),
    ("carried_sentence", "In Bloggton, burglary fell by 5%. Robbery rose by 2%.", "2%", "Bloggton"),
    ("carried_national", "Across England and Wales, crime rose by 3%. Burglary rose by 5%.", "5%", EW),
    ("quote_place", "Chief Constable Jane Doe said: \u201cIn Bloggton we have cut burglary by 10%.\u201d", "10%",
     "Bloggton"),
    ("quote_no_place", "Chief Constable Jane Doe said: \u201cWe have cut burglary by 10% this year.\u201d", "10%",
     AREA),
    ("paragraph_resets", "In Bloggton, burglary fell by 5% over the year.\n\nRobbery rose by 2% over the year.",
     "2%", AREA),
    ("list_lead_in", "The figures for the Bloggton area are:\n\n- burglary down 12%;\n\n- robbery down 8%.",
     "8%", "Bloggton"),
    ("list_bullets", "Crimes recorded in Bloggton included:\n\n\u2022 120 burglaries, down 4%\n\n\u2022 80 robberies, "
     "up 2%", "up 2%", "Bloggton"),
    ("list_ends_at_sentence", "Crimes recorded in Bloggton included:\n\n120 burglaries, down 4%\n\nAcross Northshire "
     "as a whole the picture was better.\n\nThis puts the burglary rate at 5.1 per 1,000 people.", "5.1", AREA),
    ("list_ends_at_heading", "Crimes recorded in Bloggton included:\n\n120 burglaries, down 4%\n\nNorthshire\n\n"
     "80 robberies, up 2%", "up 2%", AREA),
    ("include_part", "The Bloggton district, which includes Easthaven, saw a 9% fall in crime.", "9%", "Bloggton"),
    ("council_area", "Crime also fell in the Bloggton Council area by 2%.", "2%", "Bloggton"),
    ("council_areas_known", "Crime also fell in the Mid and East Antrim Council areas by 3%.", "3%",
     "Mid and East Antrim"),
    ("where_clause", "The worst-hit ward was Bloggton, where burglary rose by 30% over the year.", "30%",
     "Bloggton"),
    ("where_clause_in", "Burglary rose most in Bloggton, where there were 40 more break-ins.", "40", "Bloggton"),
    # a local release of Northern Ireland: "the province" is the nation
    ("province@Newtownabbey", "Across the province, reported crime fell by 3% over the year.", "3%",
     "Northern Ireland"),
    ("province_local_kept@Newtownabbey", "Reported crime in Newtownabbey fell by 11%, while across the province "
     "it fell by 3%.", "11%", "Newtownabbey"),
    ("nationally_ni@Newtownabbey", "Crime fell by 11% in the borough, against 3% nationally.", "3%",
     "Northern Ireland"),
    # refusals: a place inside a name is not where the figure is
    ("refuse_road", "Speaking at Bloggton Road police station, the chief said crime fell by 5%.", "5%", AREA),
    ("refuse_panel", "The Northshire Police and Crime Panel heard that burglary fell by 5%.", "5%", AREA),
    ("refuse_operation", "Operation Bloggton led to a 15% fall in burglary.", "15%", AREA),
    ("refuse_university", "Research by the University of Bloggton found a 15% fall in burglary.", "15%", AREA),
    ("refuse_where_day", "Officers met residents on Monday, where they heard that burglary rose by 30%.", "30%",
     AREA),
    ("refuse_where_org", "The figures went to the Northshire Police and Crime Panel, where members heard that "
     "burglary rose by 30%.", "30%", AREA),
    ("refuse_council_org", "Bloggton Council said burglary rose by 30% over the year.", "30%", AREA),
    ("refuse_quote_colon", "Chief Constable Jane Doe said of the Bloggton figures:\n\n\u201cBurglary rose by 30% "
     "across the force.\u201d", "30%", AREA),
]

# cells a general rule does not yet reach, with the reason
XFAIL: dict[str, str] = {}


def release(body: str, area: str = AREA) -> str:
    return f"---\ntitle: \"Crime figures published\"\narea: {area}\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"


def plain(area: str | None) -> str:
    """An area as the scorer compares it: lower case, without "the", the force words and a place suffix
    ("Bloggton area" is Bloggton; the scorer's containment would also let a wider name pass)."""
    words = re.sub(r"\b(?:the|police|constabulary|county|area|region|district|ward)\b", " ", (area or "").lower())
    return " ".join(words.split())


@pytest.mark.parametrize(("cell", "body", "figure", "area"), [
    pytest.param(*c, marks=pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)) if c[0] in XFAIL else c
    for c in CELLS], ids=[c[0] for c in CELLS])
def test_area_grid(cell: str, body: str, figure: str, area: str) -> None:
    # a cell "name@Place" is a release whose metadata area is Place
    claims = extract_text(release(body, *cell.split("@")[1:]), release_id="grid").claims
    rows = claims[(claims["where"] == "body") & claims["text"].str.contains(figure, regex=False)]
    assert len(rows) == 1, f"{cell}: {claims[['text', 'area']].values.tolist()}"
    assert plain(rows.iloc[0]["area"]) == plain(area), f"{cell}: {claims[['text', 'area']].values.tolist()}"
