"""Grammar grid: which noun phrase of a sentence is a figure's metric (annotation guide, the
`metric` field; scored as in evaluation: the last word of either phrase occurs in the other).

Two ways English names the measure away from the noun a parse may hand the figure:

- examples after "such as": "possession of weapons such as knives or firearms, down 7%" measures
  the possession of weapons, not knives; "offences such as fraud rose" measures offences. The
  examples only illustrate the noun they hang from (the parse may still make an example the
  subject or the item of a list).
- a change noun (or "one of" the changes, the factors or drivers behind one) as the subject of
  "be", the copula naming where the change was: "The biggest jump was in fraud, up from 40 to 75",
  "One of the main factors behind the rise was an increase in arson": the metric is what "be"
  specifies (the object of its "in", or of its complement's "in"), not the change noun.

Refusals: a place or a time after "was in" is no metric ("The biggest rise was in Dorset"),
nor an idiom ("was in line with"); a change noun subject whose verb is not "be" keeps its reading.
Every sentence is invented. Each cell: (text, the metric per claim in order; "!" = any metric
but the refused words).
"""
from __future__ import annotations

import pytest

from extractor.evaluate import metric_match
from .helpers import metrics, run

SUCH_AS = [
    ("Possession of weapons such as knives or firearms, down 12 per cent.", ["possession of weapons"]),
    ("Vandalism fell by 3 per cent and possession of weapons such as knives or firearms was also down 7 per cent.",
     ["vandalism", "possession of weapons"]),
    ("Possession of weapons such as knives or firearms rose by 9 per cent.", ["possession of weapons"]),
    ("Offences such as fraud and forgery rose by 8% in Dorset.", ["offences"]),
    ("Acquisitive crimes such as theft or shoplifting were down 4% last year.", ["acquisitive crimes"]),
    ("Serious offences, such as robbery and arson, rose by 9 per cent.", ["serious offences"]),
    # near-misses: the examples' own clause, a list item after the examples, a plain subject
    ("Robbery fell by 6%, while offences such as arson rose by 2%.", ["robbery", "offences"]),
    ("Drug offences have dropped by 20 per cent and theft was down 5 per cent.", ["drug offences", "theft"]),
    ("Crimes such as shoplifting and fraud fell by 5% last year.", ["crimes"]),
    # an example with a figure of its own is that figure's measure
    ("There was a fall in some crimes such as vandalism, which dropped by 12 per cent.", ["vandalism"]),
    ("Most offences took place in shops such as bakeries (41 offences), chemists (22 offences) or cafes "
     "(17 offences).", ["bakeries", "chemists", "cafes"]),
]

SPECIFIED = [
    ("The biggest jump was in fraud, climbing from 40 to 75.", ["fraud", "fraud"]),
    ("One of the biggest falls was in robbery, with 210 offences in 2021, compared with 260 the year before.",
     ["robbery", "robbery"]),
    ("The largest rise was in shoplifting, up 20%.", ["shoplifting"]),
    ("The sharpest increase was in vehicle theft, which rose from 310 to 402.", ["vehicle theft", "vehicle theft"]),
    ("One of the main drivers of the rise was an increase in arson, which went up by 9%.", ["arson"]),
    ("One of the main factors behind the increase was the rise in harassment, from 1,200 incidents to 1,450.",
     ["harassment", "harassment"]),
    ("The steepest fall was in bicycle theft, down 31% to 560 offences.", ["bicycle theft", "bicycle theft"]),
    # refusals: a place or an idiom after "was in" names no measure; a change noun that is no copula's subject
    ("Burglary rose sharply. The biggest rise was in Dorset, up 20%.", ["!"]),
    ("Robbery went up. The rise was in line with the national trend of 4%.", ["!"]),
    ("The rise in burglary was 12% last year.", ["burglary"]),
    ("Robbery fell. The drop of 9% was the most welcome news of the year.", ["robbery"]),
    ("Shoplifting saw the biggest jump, up 14%.", ["shoplifting"]),
]

REFUSED = {"knives", "firearms", "fraud and forgery", "forgery", "shoplifting", "arson", "jump", "falls", "fall",
           "rise", "increase", "dorset", "line", "one", "factors", "drivers"}


@pytest.mark.parametrize("text,expected", SUCH_AS + SPECIFIED)
def test_metric17_grid(nlp, text, expected):
    got = metrics(nlp, text)
    assert len(got) == len(expected), got
    for g, e in zip(got, expected):
        if e == "!":
            assert g is None or (g.lower().split() or [""])[-1] not in REFUSED, got
        else:
            assert g is not None and metric_match(e, g), (e, got)
            assert g.lower() not in REFUSED - {e}, (e, got)


# a headline whose data noun shows the change: the data is the source, what it shows is the metric
HEADLINES = [
    ("Figures show burglary down again in Dorset", "burglary"),
    ("Crime has fallen in north Dorset official figures show", "crime"),
    ("New figures show robbery up in Dorset", "robbery"),
    # near-misses: the measure named after the change, or a showing subject that is no data noun
    ("Latest statistics reveal rise in shoplifting across Dorset", "shoplifting"),
    ("Dorset Police annual report shows drop in burglary", "burglary"),
    ("Fall in local crime figures", "crime"),
    ("Residents told not to worry about rise in crime figures", "crime"),
]


@pytest.mark.parametrize("headline,expected", HEADLINES)
def test_metric17_headline_grid(nlp, headline, expected):
    doc = run(nlp, "Robbery fell by 3% in the county last year.", headline=headline)
    got = [s._.metric for s in doc.spans["claims"] if s.start_char < len(headline)]
    assert got and all(g is not None and metric_match(expected, g) for g in got), got
