"""Grammar grid: the metric of a claim (annotation guide, the `metric` field and
"What the context carries"; scored as in evaluation: the last word of either
phrase occurs in the other).

The same measures are put into the sentence shapes English releases use for a
figure: a verb of change, a change noun with "in", a level with "to", a count
noun after the figure, "there were", "the number of", a line label, list items,
coordination and gapping, a fronted change, a second sentence that continues
the subject, "of which", a rate, a share, possessives, and reporting clauses.
Places, times, sources and words like "figures" are never the metric: those
cells are refusals. Each cell is an invented sentence; the expected list holds
the metric per claim in order ("!" in a refusal: any metric but a refused word will do).
"""
from __future__ import annotations

import pytest

from extractor.evaluate import metric_match
from .helpers import metrics


# (as a mass noun or plural subject, as counted after a figure, verb "be" agreeing with the first form)
MEASURES = [
    ("crime", "crimes", "was"),
    ("recorded crime", "recorded crimes", "was"),
    ("burglary", "burglaries", "was"),
    ("violence against the person", "violence against the person offences", "was"),
    ("knife crime", "knife crime offences", "was"),
    ("anti-social behaviour incidents", "anti-social behaviour incidents", "were"),
    ("999 calls", "calls to 999", "were"),
    ("officer numbers", "officers", "were"),
    ("the detection rate", None, "was"),
    ("arrests", "arrests", "were"),
    ("hate crimes", "hate crimes", "were"),
    ("domestic abuse incidents", "domestic abuse incidents", "were"),
]
# a second measure for the cells that name two
PARTNER = {"crime": "robbery", "burglary": "robbery", "robbery": "burglary"}

# shapes with one measure: (template, claims as "m" for the mass form, "c" for the counted form)
# {M} mass form, {Mc} capitalised mass form, {B} without "the", {C} counted form, {be} its verb
ONE = [
    ("{Mc} fell by 5% in Kent last year.", "m"),
    ("There was a 5% fall in {M} across the county.", "m"),
    ("Figures show a 5% rise in {M} in the year to March.", "m"),
    ("{Mc} {be} down 5% to 1,234.", "mm"),
    ("{Mc} rose from 1,100 to 1,234 last year.", "mm"),
    ("{Mc}: 1,234 (down 5%)", "mm"),
    ("- {Mc} down 5%", "m"),
    ("Down 5% on last year, {M} {be} at {its} lowest level for a decade.", "m"),
    ("{Mc} fell in Kent last year. {It} down 5%, the lowest level for a decade.", "m"),
    ("The county's {M} fell by 5%.", "m"),
    ("Figures show {M} fell by 5% in Kent last year.", "m"),
    ("The latest statistics show {M} rose by 5% last year.", "m"),
    ("In Kent, {M} rose by 5% last year, according to the latest data.", "m"),
    ("Last year {M} rose by 5% compared with the year before.", "m"),
    ("According to the ONS, {M} increased by 5%.", "m"),
    ("{Mc} dropped again last year, a 5% fall.", "m"),
    ("{Mc} in England and Wales fell by 5% last year.", "m"),
    ("Police report a 5% fall in Kent {B}.", "m"),
    ("The force saw falls in {M}, with a 5% drop in this period.", "m"),
    ("{Mc} fell again, after a fall of 5% in the same period last year.", "m"),
    ("Figures showed {M} declined from 1,100 in 2023 to 937 this year.", "mm"),
    ("{Mc} fell by 5%, against a national fall of 3%.", "mm"),
    ("{Mc} fell by 5%. The Welsh figure was 3%.", "mm"),
    ("{Mc} fell by 5%, compared with a Scottish average of 3%.", "mm"),
    ("{Mc} fell by 5%; the London reduction was 7%.", "mm"),
    ("{Mc} fell by 5%, bucking the national upward trend of 3%.", "mm"),
    ("For {M}, the national figure was 3%.", "m"),
    ("{Mc} rose by 5% in Kent, compared with 3% nationally.", "mm"),
    ("{Mc} saw a 5% rise last year.", "m"),
    ("{Mc} went up 5% in the year to March.", "m"),
    ("{Mc} {has} fallen again. A decrease of 5% was recorded in the year to March.", "m"),
]
COUNTED = [
    ("Police recorded 1,234 {C} last year.", "c"),
    ("1,234 {C} were recorded in the year to March.", "c"),
    ("There were 1,234 {C} in Kent last year.", "c"),
    ("The number of {C} rose from 1,100 to 1,234.", "cc"),
    ("There were 56 fewer {C} than the year before.", "c"),
    ("{Mc} fell again, a 5% fall, to 1,234 in the year.", "mm"),
    ("Police recorded 1,234 {C}, up 5% on the year before.", "cc"),
    ("The number of {C} recorded by police rose 5% to 1,234.", "cc"),
    ("There has been a 5% increase in the number of {C}.", "c"),
]
# shapes for offences only: a share of all crime, a part of a total, a rate per head
OFFENCE_ONLY = [
    ("{Mc} accounted for 40% of all crime.", "m"),
    ("Police recorded 5,000 crimes, of which 300 were {C}.", "tc"),
    ("Of the 5,000 crimes recorded, 300 were {C}.", "tc"),
    ("The rate of {M} per 1,000 people was 12.3.", "m"),
]
OFFENCE_MEASURES = ("burglary", "violence against the person", "knife crime", "hate crimes", "domestic abuse incidents")
# shapes with two measures: (template, expected as measure names)
TWO = [
    ("{A} and {B} fell by 5% and 7% respectively.", "ab"),
    ("{A} rose 5% and {B} 7%.", "ab"),
    ("There were rises in {A} (5%) and {B} (7%).", "ab"),
    ("- {A} down 5%\n- {B} down 7%", "ab"),
    ("{A} was down 5% while {B} was up 7%.", "ab"),
]
OFFENCES = ["crime", "burglary", "robbery", "violence against the person", "knife crime", "hate crime", "shoplifting"]

# refusals: a place, a time, a source or a word for the data is never the metric
REFUSED = {"kent", "year", "figure", "statistic", "data", "police", "march", "county"}
REFUSED_HERE = {"officer", "picture", "target", "reason", "force"}  # in the refusal cells only: who counted, what the data shows
REFUSALS = [
    "Kent saw a 5% fall last year.",
    "Last year saw a 5% rise.",
    "The figures show a rise of 5% on the year before.",
    "Statistics published today show a 5% increase.",
    "The latest data shows a 5% fall.",
    "The ONS said there was a 5% fall.",
    "Figures for Kent are down 5% on last year.",
    "The year to March saw a fall of 5%.",
    "Kent was busy last year. It was up 5% on the year before.",  # a pronoun does not stand for a place
    "Officers in Kent worked hard last year. They were up 5% on their targets.",  # nor for who counted
    "Down 5% on last year, the figures show a mixed picture.",  # a fronted figure: not the data
    "Up 5%, Kent saw the biggest rise in the region.",  # nor a place
    "For this reason, the national figure was 3%.",  # a lead that names no offence
]
# the readings of a neighbour that must not fire: a verb of the item is no offence
CELLS_EXTRA = [
    ("Theft rose 5% and reached 7,000.", ["theft", "theft"]),
    ("Burglary fell 5% and robbery 7%, while arrests rose 3%.", ["burglary", "robbery", "arrests"]),
    ("Stalking rose 5% and harassment 7%.", ["stalking", "harassment"]),
    ("For the force, there were 1,234 offences.", ["offences"]),  # a lead that names no measure
]


def _fill(template: str, measure: tuple[str, str | None, str]) -> str:
    mass, counted, be = measure
    plural = be == "were"
    return template.format(M=mass, Mc=mass[0].upper() + mass[1:], C=counted, B=mass.removeprefix("the "), has="have" if be == "were" else "has", be=be, its="their" if plural else "its",
                           It="They were" if plural else "It was")


CELLS: list[tuple[str, list[str | None]]] = []
for m in MEASURES:
    for template, expected in ONE:
        CELLS.append((_fill(template, m), [m[0] for _ in expected]))
    if m[1] is not None:
        for template, expected in COUNTED:
            CELLS.append((_fill(template, m), [m[1] if e == "c" else m[0] for e in expected]))
    if m[0] in OFFENCE_MEASURES:
        for template, expected in OFFENCE_ONLY:
            CELLS.append((_fill(template, m), [{"c": m[1], "t": "crimes"}.get(e, m[0]) for e in expected]))
for i, a in enumerate(OFFENCES):
    b = OFFENCES[(i + 1) % len(OFFENCES)]
    for template, expected in TWO:
        text = template.format(A=a[0].upper() + a[1:] if template.startswith("{A}") else a, B=b)
        CELLS.append((text, [a if e == "a" else b for e in expected]))
CELLS.extend(CELLS_EXTRA)
for text in REFUSALS:
    CELLS.append((text, ["!"]))

_NO_OFFENCE = ("the sentence before and a 'For X,' lead are read only for offence and crime words; taking any "
               "subject there cost tune texts (a 'challenge', a 'country' read as the measure)")
XFAIL: dict[str, str] = {
    "Arrests saw a 5% rise last year.": "with 'saw' the figure is read as no offence count before the subject is "
                                        "asked ('arrests' is also a form of the outcome verb 'arrest'); not traced",
    **{f"For {m}, the national figure was 3%.": _NO_OFFENCE
       for m in ("999 calls", "officer numbers", "the detection rate", "arrests")},
    **{f"{m} {h} fallen again. A decrease of 5% was recorded in the year to March.": _NO_OFFENCE
       for m, h in (("999 calls", "have"), ("Officer numbers", "have"), ("The detection rate", "has"),
                    ("Arrests", "have"))},
    "- 999 calls down 5%": "the parse reads the item as a clause (subject 999, verb 'calls'); a list line's "
                           "label is no verb phrase, but telling them apart needs a phone-line special case",
}


def _last(word: str | None) -> str:
    return (word or "").lower().split()[-1].rstrip("s") if word else ""


@pytest.mark.parametrize("text, expected", [
    pytest.param(t, e, marks=pytest.mark.xfail(reason=XFAIL[t], strict=True)) if t in XFAIL else (t, e)
    for t, e in CELLS])
def test_metric_grid(nlp, text, expected):
    got = metrics(nlp, text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert _last(g) not in REFUSED, (g, got)
        if e == "!":
            assert _last(g) not in REFUSED_HERE, (g, got)
        elif e is not None:
            assert g is not None and metric_match(e, g), (e, got)
