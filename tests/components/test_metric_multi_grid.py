"""Grammar grid: the metric of each figure when several figures share a sentence (annotation guide,
the `metric` field: what the figure itself counts; "What the context carries").

Two to four figures in one sentence, in the shapes English releases use: figures before their nouns
("180 fewer burglaries and 55 fewer robberies", "fewer crimes of X and fewer crimes of Y"), nouns
before their figures ("X fell by 5% and Y by 7%"), "respectively" sharing a list out in order, "from N
to M", a bracketed level after a change (it takes the metric of the change it qualifies), clauses joined
by "while", "whereas", "but" or "with", lists with semicolons, and change nouns with "in". Each
figure's metric is the thing it counts, so it never takes in another figure of the sentence or the
measure another figure counts. Refusal cells: a place or a year that tells figures of one measure
apart is no measure. Each cell is an invented sentence; the expected list holds one measure per claim
in order (scored as in evaluation, and also: the metric holds no other figure and no other measure
of the cell).
"""
from __future__ import annotations

import re

import pytest

from extractor.evaluate import metric_match
from .helpers import run


# three measures per row: (mass form, counted form)
ROWS = [
    (("burglary", "burglaries"), ("robbery", "robberies"), ("theft", "thefts")),
    (("shoplifting", "shoplifting offences"), ("criminal damage", "criminal damage offences"),
     ("vehicle crime", "vehicle crimes")),
    (("violence against the person", "violence against the person offences"), ("sexual offences", "sexual offences"),
     ("drug offences", "drug offences")),
    (("knife crime", "knife crimes"), ("hate crime", "hate crimes"), ("arson", "arson offences")),
    (("housebreaking", "housebreakings"), ("theft from vehicles", "thefts from vehicles"), ("fraud", "frauds")),
]

# (template, expected per claim: a, b, c for the row's measures, A, B, C for their counted forms, "k" for "crime")
# {A} {B} {C} mass forms ({Au} capitalised), {Ac} {Bc} {Cc} counted forms
TEMPLATES = [
    # figures before their nouns
    ("There were 180 fewer {Ac} and 55 fewer {Bc}.", "AB"),
    ("Police recorded 120 more {Ac}, 45 fewer {Bc} and 30 more {Cc}.", "ABC"),
    ("There were 180 fewer crimes of {A} and 55 fewer crimes of {B}.", "ab"),
    ("There were 180 fewer offences of {A}, 55 fewer offences of {B} and 12 more offences of {C}.", "abc"),
    ("There were 4,100 {Ac} and 900 {Bc} last year.", "AB"),
    # nouns before their figures, gapped or not
    ("{Au} fell by 5% and {B} by 7%.", "ab"),
    ("{Au} fell by 5%, {B} by 7% and {C} by 2%.", "abc"),
    ("{Au} fell by 5%, {B} rose by 7%.", "ab"),
    # "respectively" shares the list out in order
    ("{Au}, {B} and {C} fell by around 52%, 48% and 38% respectively.", "abc"),
    ("{Au} and {B} rose by 5% and 7% respectively.", "ab"),
    ("{Au} and {B} rose by 5% and 7%, respectively.", "ab"),
    ("Falls of 5% and 7% were recorded in {A} and {B} respectively.", "ab"),
    ("The biggest falls were in {A} and {B}, down 5% and 7% respectively.", "ab"),
    # a level with "to" after a change, in clauses joined by while / whereas / but
    ("{Au} rose 4% to 1,200 offences while {B} fell 9% to 310.", "aabb"),
    ("{Au} fell 9% to 310 offences, but {B} rose 4% to 1,200 offences.", "aabb"),
    ("{Au} rose by 4%, whereas {B} fell by 9%.", "ab"),
    ("{Au} rose by 4% but {B} fell by 9%.", "ab"),
    # from N to M
    ("{Au} fell from 1,100 to 950 and {B} from 400 to 380.", "aabb"),
    ("{Au} fell from 1,100 to 950, while {B} rose from 400 to 420.", "aabb"),
    # change nouns with "in"
    ("Figures show a 12% drop in {A}, a 7% rise in {B} and 3% fewer {Cc}.", "abC"),
    ("There was a 12% drop in {A} and a 7% rise in {B}.", "ab"),
    # a bracketed level takes the metric of the change it qualifies
    ("{Au} was down 6% (to 4,100 crimes), with {B} down 11%.", "aab"),
    ("{Au} fell by 9% (310 offences) and {B} by 4% (1,200 offences).", "aabb"),
    ("{Au} was down 6% (down 250 offences), while {B} was up 3% (up 40).", "aabb"),
    # lists with semicolons; "with" clauses under a total
    ("{Au} fell by 12%; {B} rose by 7%; {C} rose by 3%.", "abc"),
    ("{Au} fell by 12%; {B} by 7%; and {C} by 3%.", "abc"),
    ("Crime fell by 5%, with {A} down 11% and {B} down 3%.", "kab"),
]

# refusals: a place or a year that tells apart figures of one measure is no measure of its own
REFUSAL_TEMPLATES = [
    ("{Au} fell by 5% in Kent and by 3% in Essex.", "aa"),
    ("{Au} fell by 5% in 2023 and 3% in 2024.", "aa"),
    ("There were 4,100 {Ac} in Kent and 900 in Essex.", "AA"),
    ("{Au} fell by 5% in Kent, while the national figure was 3%.", "aa"),
    ("Kent saw a 5% fall in {A} and Essex a 3% rise.", "aa"),
]
REFUSED = {"kent", "essex", "year", "figure", "2023", "2024", "national"}


def _fill(template: str, row) -> str:
    (a, ac), (b, bc), (c, cc) = row
    return template.format(A=a, B=b, C=c, Au=a[0].upper() + a[1:], Ac=ac, Bc=bc, Cc=cc)


CELLS: list[tuple[str, list[str], list[str]]] = []  # (sentence, expected per claim, the cell's measures)
for row in ROWS:
    names = {"a": row[0][0], "b": row[1][0], "c": row[2][0], "A": row[0][1], "B": row[1][1], "C": row[2][1],
             "k": "crime"}
    for template, expected in TEMPLATES + REFUSAL_TEMPLATES:
        used = sorted({names[e] for e in expected})
        CELLS.append((_fill(template, row), [names[e] for e in expected], used))

XFAIL: dict[str, str] = {
    "Falls of 5% and 7% were recorded in knife crime and hate crime respectively.":
        "the parse reads 'hate' as a verb with 'crime' its object, so the words after the figures make no "
        "list of nouns; telling it apart needs a word-specific case",
    "Crime fell by 5%, with housebreaking down 11% and theft from vehicles down 3%.":
        "the parse reads 'housebreaking' after 'with' as a verb; a word-specific case",
}


def _words(phrase: str) -> list[str]:
    return [w.rstrip("s") for w in re.findall(r"[\w-]+", phrase.lower())]


@pytest.mark.parametrize("text, expected, measures", [
    pytest.param(t, e, m, marks=pytest.mark.xfail(reason=XFAIL[t], strict=True)) if t in XFAIL else (t, e, m)
    for t, e, m in CELLS])
def test_metric_multi_grid(nlp, text, expected, measures):
    doc = run(nlp, text)
    got = [s._.metric for s in doc.spans["claims"]]
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        assert g is not None and metric_match(e, g), (e, got)
        assert not re.search(r"\d", g), (e, got)  # no other figure of the sentence
        assert not set(_words(g)) & REFUSED, (e, got)
        others = [m for m in measures if m != e and not set(_words(m)) & set(_words(e))]
        assert not any(" ".join(_words(m)) in " ".join(_words(g)) for m in others), (e, got)  # no other measure
