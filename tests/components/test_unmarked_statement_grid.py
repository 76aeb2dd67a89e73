"""A grammar grid for statements printed without quotation marks (annotation
guide, "Attributed quotes": a quote is speech or writing the text attributes to
someone; "The review states: …": speaker "the review").

A paragraph that ends in an introducer ("SPEAKER CUE:" or "SPEAKER CUE..."),
followed by a paragraph with no quotation marks, attributes that paragraph to the
speaker. Each slot is varied on its own: a lead-in clause (none, "In a
statement,", "Commenting on the figures,", one with a relative clause), the
speaker (the force, an organisation, a titled name, a spokesperson, the council,
a pronoun after a named sentence), the cue (says, said, added, commented,
explained), the punctuation that ends the introducer (a colon, three dots, an
ellipsis character), the placement (the introducer alone in its paragraph, or
ending a paragraph after a sentence of narrative) and the statement's length
(one paragraph or two). The quote starts with the statement's first words (the
score matches a quote by its start). Refusals: a colon after data, a table
heading, a name with no cue, a cue inside a sentence that goes on. Rows: (text
prefix, speaker, role, org, cue, kind); speakers compared by their last word.
"""
from __future__ import annotations

import itertools

import pytest

from .test_quotes import blank_nlp, run  # noqa: F401  (blank_nlp is a fixture)
from .test_quotes import check_speaker_head as check

CONTEXT = "Chief Constable Jo Bloggs spoke to reporters at headquarters.\n\n"
STATEMENT = "Burglary has fallen in every town this year and we will keep going."
SECOND = "Officers will patrol the town centres through the winter."
NARRATIVE = "The figures were published on Monday. "
CC = "Chief Constable"

LEADS = {
    "no_lead": "",
    "in_a_statement": "In a statement, ",
    "commenting": "Commenting on the figures, ",
    "responding_relative": "Responding to the report, which was published today, ",
}
SPEAKERS = {
    "the_force": ("the force", ("the force", None, None)),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "title_name": ("Chief Constable Jo Bloggs", ("Jo Bloggs", CC, None)),
    "spokesperson": ("a spokesperson for Northshire Police", ("spokesperson", "spokesperson", "Northshire Police")),
    "pronoun": ("he", ("Jo Bloggs", CC, None)),
}
CUES = ("says", "said", "added", "commented", "explained")
ENDINGS = {"colon": ":", "dots": "...", "ellipsis": "…"}
PLACEMENTS = ("alone", "after_narrative")
LENGTHS = ("one_paragraph", "two_paragraphs")


def _cells():
    for (ln, lead), (sn, (phrase, who)), cue, (en, end), place, length in itertools.product(
            LEADS.items(), SPEAKERS.items(), CUES, ENDINGS.items(), PLACEMENTS, LENGTHS):
        intro = f"{lead}{phrase} {cue}{end}"
        intro = intro[:1].upper() + intro[1:]
        if place == "after_narrative":
            intro = NARRATIVE + intro
        body = STATEMENT + ("\n\n" + SECOND if length == "two_paragraphs" else "")
        text = CONTEXT + intro + "\n\n" + body
        yield pytest.param(text, [(STATEMENT[:30], *who, cue, "direct")],
                           id=f"{ln}-{sn}-{cue}-{en}-{place}-{length}")


@pytest.mark.parametrize("text,expected", list(_cells()))
def test_unmarked_statement_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


REFUSALS = {
    # data that "show" are a claim's source, and a list or table heading is no speech
    "figures_show_colon": "The figures show:\n\nBurglary fell by 5% in the year and robbery by 2%.",
    "figures_show_dots": "The figures show...\n\nBurglary fell by 5% in the year and robbery by 2%.",
    "table_heading": "Crime by category:\n\nBurglary fell by 5% in the year and robbery by 2%.",
    "heading_with_dots": "Crime in the county...\n\nBurglary fell by 5% in the year and robbery by 2%.",
    "key_points": "Key points of the report include:\n\nBurglary fell by 5% in the year and robbery by 2%.",
    # a name with no cue may head a list or a table
    "name_colon": "Chief Constable Jo Bloggs:\n\nBurglary fell by 5% in the year and robbery by 2%.",
    "name_dots": "Chief Constable Jo Bloggs...\n\nBurglary fell by 5% in the year and robbery by 2%.",
    # a discovery, not speech
    "officers_found": "Officers found:\n\nThe back door of the house had been forced open.",
    # the next paragraph is a list item, not a sentence
    "said_then_list": "The force said:\n\n- burglary down 5%",
}


@pytest.mark.parametrize("text", list(REFUSALS.values()), ids=list(REFUSALS))
def test_unmarked_statement_refusals(blank_nlp, text):
    assert run(blank_nlp, CONTEXT + text) == []
