"""Grammar grid: the AREA of a figure whose place is a definite reference or a compass part of a place.

Two constructions, each slot varied on its own (all sentences invented):

1. "the region" / "the borough" / "the district" as the figure's place: preposition (in, across, within,
   throughout) x position (before the figure, after it, a lead-in clause) x antecedent (none: the release's
   area; a place named as one before, "the Bloggton district": that place). Guide (`area`): the place named
   in the claim's sentence at its plainest, else the release's area; a reference is no name, it points back.
2. A compass point right before a place ("north Belfast", "West Leeds", "south-east Bloggton"): the point
   is part of the name, written as the text writes it (case: lower / title; point: single / two-point;
   frame: "in X" after the figure / "Across X," lead-in).

Refusals: "the borough council" and "the city council" are organisations; "in the region of 40" is a size,
not a place; "north of Belfast" is a direction (the place is Belfast); "the north-east of the county" is a
direction inside the release's area.
"""
from __future__ import annotations

import itertools
import re

import pytest

from extractor.api import extract_text

AREA = "Northshire"

# the reference's kind, and a place named as one of that kind before it
KINDS = {"region": "the Wessex region", "borough": "the Bloggton borough", "district": "the Bloggton district"}
PLACE_OF = {"region": "Wessex", "borough": "Bloggton", "district": "Bloggton"}
PREPOSITIONS = ["in", "across", "within", "throughout"]
FRAMES = {
    "before": "Recorded crime {p} the {k} fell by 4% over the year.",
    "after": "Recorded crime fell by 4% {p} the {k} over the year.",
    "lead": "{P} the {k}, recorded crime fell by 4% over the year.",
}


def _ref_cells() -> list[tuple[str, str, str, str]]:
    cells = []
    for kind, prep, (frame, pattern) in itertools.product(KINDS, PREPOSITIONS, FRAMES.items()):
        sentence = pattern.format(p=prep, P=prep.capitalize(), k=kind)
        cells.append((f"ref_{kind}_{prep}_{frame}", sentence, "4%", AREA))
        named = f"Figures for {KINDS[kind]} were published on Monday. {sentence}"
        cells.append((f"ref_{kind}_{prep}_{frame}_named", named, "4%", PLACE_OF[kind]))
    return cells


COMPASS = ["north", "south", "east", "west", "north-west", "south east"]
COMPASS_PLACES = ["Belfast", "Leeds"]
COMPASS_FRAMES = {
    "in": "Burglary rose by 6% in {c} {x} over the year.",
    "lead": "Across {c} {x}, burglary rose by 6% over the year.",
}


def _compass_cells() -> list[tuple[str, str, str, str]]:
    cells = []
    for point, place, case, (frame, pattern) in itertools.product(COMPASS, COMPASS_PLACES, ("lower", "title"),
                                                                 COMPASS_FRAMES.items()):
        written = point if case == "lower" else re.sub(r"\b\w", lambda m: m.group(0).upper(), point)
        cells.append((f"compass_{point}_{place}_{case}_{frame}".replace(" ", "-"),
                      pattern.format(c=written, x=place), "6%", f"{written} {place}"))
    return cells


CELLS: list[tuple[str, str, str, str]] = _ref_cells() + _compass_cells() + [
    # refusals: an organisation, a size, a direction
    ("refuse_borough_council", "The borough council said recorded crime fell by 4% over the year.", "4%", AREA),
    ("refuse_city_council", "The city council said recorded crime fell by 4% over the year.", "4%", AREA),
    ("refuse_region_of_size", "Crime in Bloggton fell by 4%, a drop in the region of 40 offences.", "4%",
     "Bloggton"),
    ("refuse_borough_of_name", "Recorded crime fell by 4% in the borough of Bloggton.", "4%", "Bloggton"),
    ("refuse_district_of_name", "In the district of Bloggton, recorded crime fell by 4%.", "4%", "Bloggton"),
    # a borough or a district is no force: in a force's release "the borough" stays as written
    ("refuse_borough_force@Kent", "Across the borough, recorded crime fell by 4% over the year.", "4%", "the borough"),
    ("refuse_district_force@Kent", "Recorded crime in the district fell by 4% over the year.", "4%", "the district"),
    ("borough_local@Wexbury", "Across the borough, recorded crime fell by 4% over the year.", "4%", "Wexbury"),
    # "the region" of several bodies is the wider region they share, not the force's area
    ("refuse_region_forces", "Forces across the region recorded a 4% fall in crime over the year.", "4%",
     "the region"),
    ("refuse_region_banks", "Officers worked with banks across the region, and staff stopped 40 payments.", "40",
     "the region"),
    ("refuse_region_possessive", "The region's four forces recorded a 4% fall in crime over the year.", "4%",
     "the region"),
    ("region_forces_named", "Figures for the Wessex region were published. Forces across the region recorded a 4% "
     "fall in crime.", "4%", "Wessex"),
    ("region_force_singular", "The force recorded a 4% fall in crime across the region over the year.", "4%", AREA),
    ("refuse_north_of", "Burglary rose by 6% in the villages north of Belfast.", "6%", "Belfast"),
    ("refuse_north_east_of_county", "Burglary rose by 6% in the north-east of the county.", "6%", AREA),
    # a compass region on its own stays the region
    ("compass_region_alone", "Burglary rose by 6% across the north-west over the year.", "6%", "north-west"),
]

# cells a general rule does not yet reach, with the reason
XFAIL: dict[str, str] = {}


def release(body: str, area: str = AREA) -> str:
    return f"---\ntitle: \"Crime figures published\"\narea: {area}\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"


def plain(area: str | None) -> str:
    """An area as the scorer compares it: lower case, without the force words, "area" and a name's place suffix
    ("Bloggton district" is Bloggton; "the region" kept as written is not the release's area)."""
    words = re.sub(r"\b(?:police|constabulary|county|area)\b", " ", (area or "").lower())
    words = re.sub(r"(?<=\w)\s+(?:region|district|borough)\s*$", "", words.strip())
    return " ".join(re.sub(r"^the\s+(?=\w+\s)", "", words).replace("-", " ").split())


@pytest.mark.parametrize(("cell", "body", "figure", "area"), [
    pytest.param(*c, marks=pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)) if c[0] in XFAIL else c
    for c in CELLS], ids=[c[0] for c in CELLS])
def test_area_refs_grid(cell: str, body: str, figure: str, area: str) -> None:
    # a cell "name@Place" is a release whose metadata area is Place
    claims = extract_text(release(body, *cell.split("@")[1:]), release_id="grid", check=False).claims
    rows = claims[(claims["where"] == "body") & claims["text"].str.contains(figure, regex=False)]
    assert len(rows) == 1, f"{cell}: {claims[['text', 'area']].values.tolist()}"
    assert plain(rows.iloc[0]["area"]) == plain(area), f"{cell}: {claims[['text', 'area']].values.tolist()}"


# A headline place that names a police force ("Westshire police", "Westshire's police chief") says whose
# figures they are; where the release is about stays its metadata area. Slots: the place (unknown to the
# gazetteer / a county), the force word and its case (police / Police / Constabulary / 's police), the
# headline's frame, and the metadata area (a force area, a town).
# Refusal: a headline place that is where ("Crime rises in Westshire") is the release's area.
HEADLINE_CELLS: list[tuple[str, str, str, str]] = []
for _place, _word, (_frame, _pattern), (_meta, _expected) in itertools.product(
        ["Westshire", "Worcestershire"], ["police", "Police", "Constabulary", "'s police"],
        {"backs": "Commissioner backs Westshire{w} over crime rise", "lead": "Westshire{w} report rise in crime",
         "figures": "Westshire{w} crime figures show rise"}.items(),
        [("Northshire", "Northshire"), ("Bloggton", "Bloggton")]):
    _sep = "" if _word.startswith("'") else " "
    HEADLINE_CELLS.append((f"owner_{_place}_{_word.strip(chr(39)).replace(' ', '-')}_{_frame}@{_meta}",
                           _pattern.format(w=_sep + _word).replace("Westshire", _place), _meta, _expected))
HEADLINE_CELLS += [
    ("refuse_where_in@Northshire", "Crime rises in Westshire", "Northshire", "Westshire"),
    ("refuse_where_in_known@Northshire", "Crime rises in Worcestershire", "Northshire", "Worcestershire"),
    ("refuse_where_lead@Northshire", "Worcestershire crime rises", "Northshire", "Worcestershire"),
]


@pytest.mark.parametrize(("cell", "headline", "meta", "area"), HEADLINE_CELLS, ids=[c[0] for c in HEADLINE_CELLS])
def test_area_headline_force_owner_grid(cell: str, headline: str, meta: str, area: str) -> None:
    text = (f"---\ntitle: \"{headline}\"\narea: {meta}\npublish:\n  date: 10:00 20/07/2023\n---\n\n"
            "Recorded crime rose by 4% over the year, new figures show.\n")
    claims = extract_text(text, release_id="grid", check=False).claims
    rows = claims[(claims["where"] == "body") & claims["text"].str.contains("4%", regex=False)]
    assert len(rows) == 1, f"{cell}: {claims[['text', 'area']].values.tolist()}"
    assert plain(rows.iloc[0]["area"]) == plain(area), f"{cell}: {claims[['text', 'area']].values.tolist()}"


# A relative clause after a comma continues the noun phrase it follows: a figure in ", which stood at 89"
# after "above the rate seen across England and Wales" is the comparison's, about England and Wales; the
# main figure stays the release's. Slots: the comparator, the compared phrase, the relative verb; refusals:
# a relative clause after a main clause keeps that clause's place.
RELATIVE_CELLS: list[tuple[str, str, str, str]] = []
for (_cmp, _cmp_text), (_np, (_np_text, _np_area)), _verb in itertools.product(
        {"higher": "far higher than", "lower": "lower than", "compared": "compared with", "above": "above"}.items(),
        {"across_ew": ("the rate across England and Wales", "England and Wales"),
         "in_ew": ("the rate in England and Wales", "England and Wales"),
         "in_county": ("the rate in Kent", "Kent"),
         "national": ("the national rate", "England and Wales")}.items(),
        ["which stood at", "which was", "which is"]):
    _body = f"At 41.2 crimes per 1,000 people, the rate was {_cmp_text} {_np_text}, {_verb} 33.8."
    RELATIVE_CELLS.append((f"rel_{_cmp}_{_np}_{_verb.replace(' ', '-')}", _body, "33.8", _np_area))
    RELATIVE_CELLS.append((f"rel_{_cmp}_{_np}_{_verb.replace(' ', '-')}_main", _body, "41.2", AREA))
RELATIVE_CELLS += [
    ("refuse_rel_main_place", "Burglary fell by 5% in Bloggton, which recorded 300 burglaries.", "300", "Bloggton"),
    ("refuse_rel_main_no_place", "Burglary fell by 5% over the year, which means 300 fewer victims.", "300", AREA),
]


@pytest.mark.parametrize(("cell", "body", "figure", "area"), RELATIVE_CELLS, ids=[c[0] for c in RELATIVE_CELLS])
def test_area_relative_clause_grid(cell: str, body: str, figure: str, area: str) -> None:
    claims = extract_text(release(body), release_id="grid", check=False).claims
    rows = claims[(claims["where"] == "body") & claims["text"].str.contains(figure, regex=False)]
    assert len(rows) == 1, f"{cell}: {claims[['text', 'area']].values.tolist()}"
    assert plain(rows.iloc[0]["area"]) == plain(area), f"{cell}: {claims[['text', 'area']].values.tolist()}"
