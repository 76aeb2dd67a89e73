"""A grammar grid for the attribution after the closing mark followed by an
adverbial of its own (annotation guide, "Attributed quotes": the quoted words,
their speaker as written at its fullest and the title attached to the name).

English puts a time or a circumstance after an attribution that follows the
quote: '“...,” said Jo Bloggs on Monday.', '... said Jo Bloggs after the
figures were published.', '... said the force as it launched the plan.' The
adverbial is no part of the speaker.

The grid varies four slots on their own: the speaker (a full name with its
title, a title alone after "the", an organisation, "a spokesperson for X"),
the order (cue first, speaker first), the cue ("said", "added", "explained",
"warned") and the adverbial (none, "on Monday", "today", a clause after
"after", "as", "when", a phrase after "following", "ahead of"), with the quote's
closing comma inside the mark. Refusals: a title of a report in quotation
marks and a scare-quoted word with no speaker, followed by the same adverbials.
Rows compare the quote text's opening, the speaker's last word (as the score
does), the role in lower case and the cue.
"""
from __future__ import annotations

import itertools

import pytest

from .test_quotes import blank_nlp, run  # noqa: F401  (blank_nlp is a fixture)

WORDS = "Burglary has fallen in every town this year"

# key -> (speaker as written, speaker's last word, role in lower case)
SPEAKERS = {
    "title_name": ("Chief Constable Jo Bloggs", "bloggs", "chief constable"),
    "title_only": ("the Chief Constable", "constable", "chief constable"),
    "organisation": ("Northshire Police", "police", ""),
    "spokesperson": ("a spokesperson for Northshire Police", "spokesperson", "spokesperson"),
}
ORDERS = {
    "cue_first": "“{W},” {V} {S}{A}.",
    "speaker_first": "“{W},” {S} {V}{A}.",
}
CUES = {"said": "said", "added": "added", "explained": "explained", "warned": "warned"}
ADVERBIALS = {
    "none": "",
    "on_monday": " on Monday",
    "today": " today",
    "after_clause": " after the figures were published",
    "as_clause": " as the force launched its winter plan",
    "when_clause": " when the figures were published",
    "following_phrase": " following the publication of the figures",
    "ahead_of": " ahead of the meeting of the police panel",
}


def _cells():
    for (sk, (speaker, last, role)), (ok, order), (ck, cue), (ak, adverbial) in itertools.product(
            SPEAKERS.items(), ORDERS.items(), CUES.items(), ADVERBIALS.items()):
        text = order.format(W=WORDS, V=cue, S=speaker, A=adverbial)
        yield pytest.param(text, (WORDS, last, role, cue), id=f"{sk}-{ok}-{ck}-{ak}")


def _speaker_last(speaker: str | None) -> str:
    words = (speaker or "").lower().split()
    return words[-1] if words else ""


@pytest.mark.parametrize("text,expected", list(_cells()))
def test_post_attribution_tail_grid(blank_nlp, text, expected):
    opening, last, role, cue = expected
    found = run(blank_nlp, text)
    assert len(found) == 1, found
    got = found[0]
    assert got[0].startswith(opening), (got, expected)
    assert _speaker_last(got[1]) == last, (got, expected)
    assert (got[2] or "").lower() == role, (got, expected)
    assert (got[4], got[5]) == (cue, "direct"), (got, expected)


REFUSALS = {
    # a report's title in quotation marks: a name, not words anyone says
    "report_title": "“Safer Streets” was published after the figures were released.",
    "report_title_today": "The force published “Safer Streets” today as the figures were released.",
    # a scare-quoted word with no speaker
    "scare_quote": "The so-called “hotspots” saw most thefts after dark.",
    "scare_quote_when": "Thefts rose in the “hotspots” when the nights drew in.",
}


@pytest.mark.parametrize("text", list(REFUSALS.values()), ids=list(REFUSALS))
def test_post_attribution_tail_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []
