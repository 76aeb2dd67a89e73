"""A grammar grid for a title-holder the release never names, after "the"
(annotation guide, "Attributed quotes": the speaker is the name as written at
its fullest; a role-holder the release does not name is the speaker as
written, "the Chief Constable", with the title as the role).

The grid varies three slots on their own: the title's form (capitalised, in
lower case, of several words, an office with "of", an abbreviation), the
attribution (indirect with "said", "said that", "says", "warned that", "told
the BBC that", "according to", the attribution after the clause; direct with a
colon in the same paragraph, a colon ending the paragraph before, the
attribution after the closing mark in either order) and whether the release
names the holder in an earlier paragraph (then the holder's name is the
speaker, as before).

Refusals: the same titles in sentences that report no speech, a title in the
possessive, and a title opening a sentence whose first verb is no cue (the
summary a release opens with; left as before).
Rows compare the quote text's opening, the speaker's last word (as the score
does), the role in lower case and the kind.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import capitalised
from .test_quotes import blank_nlp, run  # noqa: F401  (blank_nlp is a fixture)

CLAUSE = "burglary had fallen in every town this year"
WORDS = "Burglary has fallen in every town this year."

# key -> (title after "the", last word of the speaker, role in lower case)
TITLES = {
    "capitalised": ("Chief Constable", "constable", "chief constable"),
    "lower_case": ("chief constable", "constable", "chief constable"),
    "long_title": ("Police and Crime Commissioner", "commissioner", "police and crime commissioner"),
    "one_word": ("Commissioner", "commissioner", "commissioner"),
    "deputy": ("Deputy Chief Constable", "constable", "deputy chief constable"),
    "abbreviation": ("PCC", "pcc", "police and crime commissioner"),
}

# key -> (template with {T} for "the TITLE" and {C} for the clause or {W} for the words, kind)
LAYOUTS = {
    "said": ("{T} said {C}.", "indirect"),
    "said_that": ("{T} said that {C}.", "indirect"),
    "says": ("{T} says {C}.", "indirect"),
    "warned_that": ("{T} warned that {C}.", "indirect"),
    "told_that": ("{T} told the BBC that {C}.", "indirect"),
    "speaking_lead": ("Speaking on Monday, {t} said {C}.", "indirect"),
    "according_to": ("According to {t}, {C}.", "indirect"),
    "after_clause": ("Thefts were also down. {Cc}, {t} said.", "indirect"),
    "colon": ("{T} added: “{W}”", "direct"),
    "colon_paragraph": ("{T} said:\n\n“{W}”", "direct"),
    "after_mark_said_x": ("“{Wc},” said {t}.", "direct"),
    "after_mark_x_said": ("“{Wc},” {t} said.", "direct"),
}


def _text(template: str, title: str) -> str:
    return template.format(T=f"The {title}", t=f"the {title}", C=CLAUSE, Cc=capitalised(CLAUSE),
                           W=WORDS, Wc=WORDS.rstrip("."))


def _cells():
    for (tk, (title, last, role)), (lk, (template, kind)) in itertools.product(TITLES.items(), LAYOUTS.items()):
        opening = CLAUSE if kind == "indirect" else WORDS[:30]
        yield pytest.param(_text(template, title), (opening, last, role, kind), id=f"{tk}-{lk}")


def _speaker_last(speaker: str | None) -> str:
    words = (speaker or "").lower().split()
    return words[-1] if words else ""


def check(found, expected):
    """One quote: its text's opening (without case), the speaker's last word, the role, the kind."""
    opening, last, role, kind = expected
    assert len(found) == 1, found
    got = found[0]
    assert got[0].lower().startswith(opening.lower()), (got, expected)
    assert _speaker_last(got[1]) == last, (got, expected)
    assert (got[2] or "").lower() == role, (got, expected)
    assert got[5] == kind, (got, expected)


@pytest.mark.parametrize("text,expected", list(_cells()))
def test_unnamed_title_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


# the holder named in an earlier paragraph: the holder's name is the speaker
NAMED = {
    "capitalised": ("Chief Constable Jo Bloggs", "Chief Constable", "bloggs", "chief constable"),
    "long_title": ("Police and Crime Commissioner Sam Lee", "Police and Crime Commissioner", "lee",
                   "police and crime commissioner"),
}


def _named_cells():
    for (nk, (full, title, last, role)), lk in itertools.product(NAMED.items(), ("said", "says", "colon",
                                                                                   "after_mark_said_x")):
        template, kind = LAYOUTS[lk]
        text = f"{full} published the figures on Monday.\n\n" + _text(template, title)
        opening = CLAUSE if kind == "indirect" else WORDS[:30]
        yield pytest.param(text, (opening, last, role, kind), id=f"{nk}-{lk}")


@pytest.mark.parametrize("text,expected", list(_named_cells()))
def test_unnamed_title_resolves_to_named_holder(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


REFUSALS = {
    "visited": "The Chief Constable visited the town centre on Monday.",
    "was_among": "The Police and Crime Commissioner was among those at the meeting on Monday.",
    "possessive": "The Chief Constable's annual report was published on Monday.",
    "chairs": "The Commissioner chairs the panel every month.",
    # a title opening a sentence whose first verb is no cue: the release's summary, left
    "first_verb_no_cue": "The Chief Constable has been in post since May and said burglary had fallen.",
}


@pytest.mark.parametrize("text", list(REFUSALS.values()), ids=list(REFUSALS))
def test_unnamed_title_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []
