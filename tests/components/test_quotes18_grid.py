"""A grammar grid for a quote's speaker and role (annotation guide, "Attributed
quotes": the speaker is the name at its fullest in the release, the role the
title attached to it).

1. a first name alone for a person named in full before ("Sir Colin also
   said", "Nadia said:", "Alice added:"): the one person named in full with
   that first name speaks, in the title given at the full mention; refusals:
   two people share the first name, the word is someone's surname, or no one
   named has it;
2. "&" for "and" inside a listed title ("Police & Crime Commissioner"): the
   title is read whole, as written, and is no organisation.

Before the change 8 of the 13 cells failed (the three refusals and the two
titles written with "and" passed); after it none.
Rows: (text, [(text prefix, speaker, role, org, cue, kind)]). All sentences are invented.
"""
from __future__ import annotations

import pytest

from .test_quotes import blank_nlp, check, run  # noqa: F401  (blank_nlp is a fixture)

PCC = "Police and Crime Commissioner"
PCC_AMP = "Police & Crime Commissioner"
Q = "“Our teams have worked hard on the estates this spring.”"
QS = "Our teams have worked hard on the estates"

FIRST_NAME = [
    ("Harbour Police Commissioner Sir Colin Marsh said the figures showed “the town is safer than a year ago”.\n"
     "Sir Colin also said he was “glad that burglary has fallen in the old quarter”.",
     [("the figures showed", "Colin Marsh", "Commissioner", "Harbour Police", "said", "indirect"),
      ("he was “glad that burglary", "Colin Marsh", "Commissioner", "Harbour Police", "said", "indirect")]),
    ("Nadia Brook, Police and Crime Commissioner for Dale, today thanked the officers of the force.\n"
     "Welcoming the figures Nadia said: " + Q,
     [(QS, "Nadia Brook", PCC, None, "said", "direct")]),
    ("Mayor Ronan Kell opened the new base on Friday.\n"
     "Ronan said the patrols were “a real success for the estate”.",
     [("the patrols were", "Ronan Kell", "Mayor", None, "said", "indirect")]),
    ("Chief Superintendent Alice Moreno said: “Burglary is down by a fifth in the town.”\n"
     "Alice added: " + Q,
     [("Burglary is down by a fifth", "Alice Moreno", "Chief Superintendent", None, "said", "direct"),
      (QS, "Alice Moreno", "Chief Superintendent", None, "added", "direct")]),
    # refusals: two people with the first name; a surname wins; no one named with it
    ("Mayor Ronan Kell and Inspector Ronan Dyer opened the new base on Friday.\n"
     "Ronan said the patrols were “a real success for the estate”.", []),
    ("Inspector Grant Olsen and Dr Mia Grant visited the estate on Friday.\n"
     "Grant said the patrols were “a real success for the estate”.",
     [("the patrols were", "Mia Grant", None, None, "said", "indirect")]),
    ("Inspector Lucy Harlow visited the estate on Friday.\n"
     "Ronan said the patrols were “a real success for the estate”.", []),
]

AMPERSAND = [
    ("Omar Haddad, Police & Crime Commissioner for Dale, added: " + Q,
     [(QS, "Omar Haddad", PCC_AMP, None, "added", "direct")]),
    ("Police & Crime Commissioner Omar Haddad said: " + Q,
     [(QS, "Omar Haddad", PCC_AMP, None, "said", "direct")]),
    ("Deputy Police & Crime Commissioner Omar Haddad said the fall in thefts was “welcome news”.",
     [("the fall in thefts", "Omar Haddad", "Deputy " + PCC_AMP, None, "said", "indirect")]),
    ("The Dale Police & Crime Commissioner, Omar Haddad, said: " + Q,
     [(QS, "Omar Haddad", PCC_AMP, None, "said", "direct")]),
    # unchanged: the title written with "and"
    ("Police and Crime Commissioner Omar Haddad said: " + Q,
     [(QS, "Omar Haddad", PCC, None, "said", "direct")]),
    ("Omar Haddad, Police and Crime Commissioner for Dale, added: " + Q,
     [(QS, "Omar Haddad", PCC, None, "added", "direct")]),
]


@pytest.mark.parametrize("text, expected", FIRST_NAME + AMPERSAND)
def test_quotes18_speaker_and_role(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)
