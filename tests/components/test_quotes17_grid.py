"""A grammar grid for quote recall (annotation guide, "Attributed quotes"):
direct quotes opened by "X said:" whose speaker phrase holds more than the
speaker, so that the whole quote was lost.

1. a connective before a full name and its appositive ("And Jo Bloggs, chair
   of the watch, added:"): the connective is no lead-in that takes the name
   with it; a lead-in that is not a name still goes ("But in the town, police
   said:");
2. a description before a titled or full name ("The council's safety
   spokesman Cllr Jo Bloggs said:"): the name at the end speaks, in the title
   the description ends in (a role noun), if any; a phrase with no full name
   at its end names no one;
3. an aside in square brackets after the name ("Chief Constable Jo Bloggs
   [pictured] said:");
4. lines with no end punctuation above the attribution's own line (a list of
   figures, a caption): the attribution is the last line.

Rows: (text, [(text prefix, speaker, role, org, cue, kind)]). All sentences are invented.
"""
from __future__ import annotations

import pytest

from .test_quotes import blank_nlp, check, run  # noqa: F401  (blank_nlp is a fixture)

Q = "“These numbers show that patient local work is paying off for residents.”"
QS = "These numbers show that patient local work"
CH = "Chief Inspector"
CC = "Chief Constable"

CONNECTIVE = [
    ("And Tom Reyes, chairman of the rural watch, added: " + Q,
     [(QS, "Tom Reyes", "chairman", None, "added", "direct")]),
    ("But Mira Okafor, head of the Dale Valley victims’ panel, said: " + Q,
     [(QS, "Mira Okafor", "head", None, "said", "direct")]),
    ("And Chief Inspector Lena Brandt, who leads the town team, said: " + Q,
     [(QS, "Lena Brandt", CH, None, "said", "direct")]),
    ("Yet Owen Price, a councillor for the harbour ward, said: " + Q,
     [(QS, "Owen Price", "councillor", None, "said", "direct")]),
    # unchanged: a connective with no comma, and a lead-in that is no name
    ("And Tom Reyes added: " + Q, [(QS, "Tom Reyes", None, None, "added", "direct")]),
    ("But in the harbour ward, police said: " + Q, [(QS, "police", None, None, "said", "direct")]),
    ("However, the council said: " + Q, [(QS, "the council", None, None, "said", "direct")]),
]

DESCRIBED = [
    ("The borough’s community safety lead Cllr Ana Patel said: " + Q,
     [(QS, "Ana Patel", "Councillor", None, "said", "direct")]),
    ("The town’s longest-serving beat officer PC Dan Hollis said: " + Q,
     [(QS, "Dan Hollis", "longest-serving beat officer", None, "said", "direct")]),
    ("The newly elected rural ward member Sunita Rao told the meeting: " + Q,
     [(QS, "Sunita Rao", "newly elected rural ward member", None, "told", "direct")]),
    # the title the description ends in is the speaker's role; a run of capitals
    # ending in a role noun is that title, not part of the name
    ("The town council’s licensing spokesman Cllr Ana Patel said: " + Q,
     [(QS, "Ana Patel", "licensing spokesman", None, "said", "direct")]),
    ("Green Party Assembly Member Ola Berg told the Dale Gazette: " + Q,
     [(QS, "Ola Berg", "Green Party Assembly Member", None, "told", "direct")]),
    ("Local shop owner and market trader Gary Flint said: " + Q,
     [(QS, "Gary Flint", None, None, "said", "direct")]),
    # unchanged: a phrase the parser reads whole keeps its reading
    ("Cllr Ana Patel said: " + Q, [(QS, "Ana Patel", "Councillor", None, "said", "direct")]),
    # refusals: no full name at the end of the phrase
    ("The figures published by the board last month said: " + Q, []),
    ("Most of the people we asked in the market said: " + Q, []),
]

BRACKETED = [
    ("Chief Constable Ann Holt [pictured] said: " + Q, [(QS, "Ann Holt", CC, None, "said", "direct")]),
    ("Chief Constable Ann Holt [pictured, left] said: " + Q, [(QS, "Ann Holt", CC, None, "said", "direct")]),
    ("Inspector Raj Singh [above] told the panel: " + Q, [(QS, "Raj Singh", "Inspector", None, "told", "direct")]),
]

LINES = [
    ("Other rises include:\n\n  • thefts up 36% (2,188)\n  • robbery up 35% (356)\n"
     "A Northshire Police spokesman told the Dale Gazette: " + Q,
     [(QS, "Northshire Police spokesman", "spokesman", "Northshire Police", "told", "direct")]),
    ("Figures at a glance\n- burglary down 4%\n- robbery flat\nInspector Raj Singh said: " + Q,
     [(QS, "Raj Singh", "Inspector", None, "said", "direct")]),
    ("Photo: the town centre at night\nCllr Ana Patel said: " + Q,
     [(QS, "Ana Patel", "Councillor", None, "said", "direct")]),
    # refusal: a last line in lower case goes on with the sentence above it
    ("Figures at a glance\n- burglary down 4%\nmost of the shops said: " + Q, []),
]


@pytest.mark.parametrize("text,expected", CONNECTIVE + DESCRIBED + BRACKETED + LINES)
def test_quotes17_speaker_phrase(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)
