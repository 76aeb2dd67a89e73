"""Grammar grid: a national place inside a comparison or a likeness is not the main figure's area.

Each cell is a small invented release about "Northshire" (its metadata area). A sentence can set its
own figure beside the nation's in a phrase that only compares: "against" followed by a percentage
written in words ("a 14 per cent fall against three per cent nationally"), or a likeness ("as is the
case nationally, ...", "like many forces across the country, ..."). The place in that phrase is the
one compared with or likened to; the main figure stays with the release's area (annotation guide,
`area`; "A figure for England and Wales ... does not bear on a force's headline"). The compared
figure itself keeps the national area. Refusal cells: a national figure in its own clause, "against"
before no figure, "like" before an offence list rather than other forces.

Before the change (session 18, area18) 4 of the 12 cells failed (against_spelled_main,
as_is_the_case, as_was_the_pattern, like_many_forces); after it none fail.
All sentences are invented.
"""
from __future__ import annotations

import re

import pytest

from extractor.api import extract_text

AREA = "Northshire"
EW = "England and Wales"

# (cell, body, figure: a text the claim's span holds, expected area)
CELLS: list[tuple[str, str, str, str]] = [
    # "against" and a spelled percentage: the main figure is the release's, the compared one the nation's
    ("against_spelled_main", "Theft from sheds, a 14 per cent decrease against three per cent decrease "
     "nationally.", "14 per cent", AREA),
    ("against_spelled_compared", "Theft from sheds, a 14 per cent decrease against three per cent decrease "
     "nationally.", "three per cent", EW),
    ("against_digits_main", "Theft from sheds, a 14 per cent decrease against 3 per cent decrease nationally.",
     "14 per cent", AREA),
    # a likeness opens the sentence: its place is the one likened to
    ("as_is_the_case", "As is the case nationally, burglaries are down, with thefts from homes falling by 9% "
     "this year.", "9%", AREA),
    ("as_was_the_pattern", "As was the pattern across the country, shop theft went up, rising by 12% on the "
     "year before.", "12%", AREA),
    ("like_many_forces", "Like many forces across the country, the force saw a 3 percentage point drop in its "
     "charge rate.", "3 percentage point", AREA),
    ("like_most_forces", "Like most forces across England and Wales, we recorded 6% more crime this year.",
     "6%", AREA),
    # refusals: a national figure in its own clause, "against" before no figure, "like" before offences
    ("refuse_nationally_own", "Burglary fell by 4% in Northshire, but rose by 3% nationally.", "3%", EW),
    ("refuse_national_average", "Recorded crime fell by 4%, against the national average of 9%.", "9%", EW),
    ("refuse_against_victims", "Assaults against emergency workers rose by 6% nationally.", "6%", EW),
    ("refuse_like_offences", "Offences like shoplifting rose by 7% across England and Wales.", "7%", EW),
    ("refuse_as_is_own", "Vehicle crime went up by 5% nationally, as is the case in most years.", "5%", EW),
]

# cells a general rule does not yet reach, with the reason
XFAIL: dict[str, str] = {}


def release(body: str, area: str = AREA) -> str:
    return f"---\ntitle: \"Crime figures published\"\narea: {area}\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"


def plain(area: str | None) -> str:
    """An area as the scorer compares it: lower case, without "the" and the force words."""
    words = re.sub(r"\b(?:the|police|constabulary|county|area|region|district|ward)\b", " ", (area or "").lower())
    return " ".join(words.split())


@pytest.mark.parametrize(("cell", "body", "figure", "area"), [
    pytest.param(*c, marks=pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)) if c[0] in XFAIL else c
    for c in CELLS], ids=[c[0] for c in CELLS])
def test_area18_grid(cell: str, body: str, figure: str, area: str) -> None:
    claims = extract_text(release(body), release_id="grid").claims
    rows = claims[(claims["where"] == "body") & claims["text"].str.contains(figure, regex=False)]
    assert len(rows) == 1, f"{cell}: {claims[['text', 'area']].values.tolist()}"
    assert plain(rows.iloc[0]["area"]) == plain(area), f"{cell}: {claims[['text', 'area']].values.tolist()}"
