"""Grammar grid: a headline against the body when the body also states a change over several years (round 16).

Class 1, the long-run change: besides the change for the period the release reports, the body (often a
speaker) gives a change over a span of years, written after the figure in its clause: "since 2004",
"since records began", "in four years", "over the last decade", "than this time six years ago". That
figure is about another comparison: it neither qualifies a headline on the reported period ("Crime falls in
Kent" against "down 6%" and "down 45% since 2004") nor contradicts it. Refusals: with no figure for the
reported period the long-run change still backs the headline (it is the only figure on the measure); a
headline that is itself about the span ("halved since 2004") is backed by it (45% rounds to a half); a second figure for the reported
period that differs still qualifies it.

Class 2, a county's short form after a compass word ("North Yorks", "West Yorks"): the same place as the
county written out, so the force's figures back the headline. Refusal: another county's figures do not.

All sentences are invented.
"""
from __future__ import annotations

import pytest

from extractor.api import extract_text

LEAD = "Kent Police has published its crime figures for the year to March 2023."
P = "in the year to March 2023"


def release(title: str, body: str, area: str = "Kent") -> str:
    return f"---\ntitle: \"{title}\"\narea: {area}\npublish:\n  date: 10:00 20/07/2023\n---\n\n{LEAD} {body}\n"


#: the long-run phrases written after a change figure (``{fig}``), with the direction of the change
LONG_RUN = [
    ("since_year", "since 2004"),
    ("since_fy", "since 2004/05"),
    ("records", "since records began"),
    ("in_years", "in four years"),
    ("over_last_years", "over the last seven years"),
    ("over_past_decade", "over the past decade"),
    ("years_ago", "compared with six years ago"),
    ("introduction", "since the introduction of the new patrol model"),
]

#: (name, headline, body before the long-run sentence, expected status)
HEADLINES = [
    ("total", "Crime falls in Kent", f"Recorded crime in Kent fell by 6% {P}.", "consistent"),
    ("figure", "Kent crime down 6%", f"Recorded crime in Kent fell by 6% {P}.", "consistent"),
    ("burglary", "Burglaries fall in Kent", f"Burglaries in Kent fell by 6% {P}.", "consistent"),
    ("rise", "Crime rises in Kent", f"Recorded crime in Kent rose by 6% {P}.", "consistent"),
]


def long_run_sentence(about: str, phrase: str, direction: str = "fallen") -> str:
    what = "burglary" if about == "burglary" else "crime"
    return f"The chief constable said: \"We have seen {what} in Kent {direction} by 45% {phrase}.\""


def cells() -> list[tuple[str, str, str, str]]:
    out = []
    for name, title, body, status in HEADLINES:
        for cue, phrase in LONG_RUN:
            out.append((f"{name}-{cue}", title, f"{body} {long_run_sentence(name, phrase)}", status))
    # a long-run change in the opposite direction neither contradicts nor qualifies
    out.append(("rise-opposite_long_run", "Crime rises in Kent",
                f"Recorded crime in Kent rose by 6% {P}. {long_run_sentence('total', 'since 2004')}", "consistent"))
    # refusals: the only figure on the measure still backs it
    out.append(("only_long_run", "Crime falls in Kent", long_run_sentence("total", "since 2004"), "consistent"))
    # a second figure for the reported period that differs still qualifies the headline
    out.append(("two_reported", "Crime falls in Kent",
                f"Recorded crime in Kent fell by 6% {P}. Overall crime in Kent fell by 12% over the same period. "
                f"{long_run_sentence('total', 'since 2004')}", "qualified"))
    # a span of years after a comma is no part of the figure's clause ("the lowest for ten years")
    out.append(("years_after_comma", "Crime falls in Kent",
                f"Recorded crime in Kent fell by 6% {P}. Overall crime in Kent fell by 12% over the same period, "
                f"the lowest level for ten years.", "qualified"))
    # a headline about the span keeps the long-run figure
    out.append(("headline_span", "Crime in Kent halved since 2004",
                f"Recorded crime in Kent fell by 6% {P}. {long_run_sentence('total', 'since 2004')}", "consistent"))
    return out


CELLS = cells()
#: cells that would need a wording-specific rule, with the reason
XFAIL: dict[str, str] = {}


def statuses(text: str) -> list[tuple[str, str, str]]:
    rows = extract_text(text, release_id="grid").comparison
    rows = rows[rows["headline_text"].notna()]
    return [(r["headline_text"], r["status"], r["note"]) for _, r in rows.iterrows()]


@pytest.mark.parametrize("cell, title, body, status", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)) if c[0] in XFAIL else c
    for c in CELLS], ids=[c[0] for c in CELLS])
def test_long_run_grid(cell: str, title: str, body: str, status: str) -> None:
    rows = statuses(release(title, body))
    assert rows, "no headline claim read"
    for text, got, note in rows:
        assert got == status, f"{text!r}: {note}"


#: (cell, headline, release area, body, expected status)
SHORT_FORMS = [
    ("north_yorks", "Crime up in North Yorks", "North Yorkshire",
     f"Recorded crime in North Yorkshire rose by 6% {P}.", "consistent"),
    ("west_yorks", "Burglaries fall in West Yorks", "West Yorkshire",
     f"Burglaries in West Yorkshire fell by 7% {P}.", "consistent"),
    ("south_yorks_body_short", "Crime falls in South Yorkshire", "South Yorkshire",
     f"Recorded crime in South Yorks fell by 4% {P}.", "consistent"),
    # refusal: another county written in full is another place
    ("other_county", "Crime up in North Yorks", "North Yorkshire",
     f"Recorded crime in West Yorkshire rose by 6% {P}.", "unsupported"),
]


@pytest.mark.parametrize("cell, title, area, body, status", SHORT_FORMS, ids=[c[0] for c in SHORT_FORMS])
def test_compass_short_form_grid(cell: str, title: str, area: str, body: str, status: str) -> None:
    rows = statuses(release(title, body, area))
    assert rows, "no headline claim read"
    for text, got, note in rows:
        assert got == status, f"{text!r}: {note}"
