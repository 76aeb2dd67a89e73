"""A grammar grid for short quoted fragments and the reported speech around them
(annotation guide, "Attributed quotes": a quote in quotation marks, double or
single, is a quote when the text attributes it).

Slots of the fragment grid, each varied on its own: the verb that attributes
the fragment (a verb of praise, thanks, blame or regret whose object holds the
quoted words; a verb of judgement with its description after "as"), the
fragment's length (one word, two to four words, a clause), the marks (curly,
straight, single) and the speaker (a title and name, an organisation, a
pronoun pointing back). Named cells below hold the refusals (scare quotes, a
quoted name of a scheme, a campaign or a document, a passive with no judge),
reported speech that holds a quoted phrase ('the “vast majority” of residents
feel safe, she said'), the hearer of "told" before a clause with no "that",
and a person's pronoun after an organisation has spoken.
Rows: (text prefix, speaker, role, org, cue, kind).
"""
from __future__ import annotations

import itertools

import pytest

from .test_quotes import blank_nlp, check, run  # noqa: F401  (blank_nlp is a fixture)

CONTEXT = "Chief Constable Jo Bloggs spoke to reporters at headquarters.\n\n"
CC = "Chief Constable"

SPEAKERS = {
    "title_name": ("Inspector Sam Lee", ("Sam Lee", "Inspector", None)),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "pronoun": ("She", ("Jo Bloggs", CC, None)),
}
FRAGMENTS = {
    "one_word": "encouraging",
    "two_words": "very positive",
    "four_words": "a real step forward",
    "clause": "a sign that the patrols are working",
}
MARKS = {"curly": "“{f}”", "straight": '"{f}"', "single": "‘{f}’"}
# verb frame -> (cue reported, does a one-word fragment count?)
# A verb whose object holds the fragment ("hailed the “…” in ...") reports the
# speaker's judgement; one quoted word there is too little to tell a quote from
# a scare quote ("pointed to the “success” of ..."), so it counts from two
# words. A description after "as" counts from one word.
VERBS = {
    "hailed_object": ("{S} hailed the {F} in detections.", "hailed", False),
    "thanked_object": ("{S} thanked the {F} among residents for their help.", "thanked", False),
    "blamed_object": ("{S} blamed {F} for many of the crashes.", "blamed", False),
    "regretted_object": ("{S} regretted {F} in the burglary figures.", "regretted", False),
    "praised_object": ("{S} praised the {F} of the night-time economy team.", "praised", False),
    "criticised_object": ("{S} criticised the {F} in rural patrol funding.", "criticised", False),
    "hailed_as": ("{S} hailed the fall in burglary as {F}.", "hailed as", True),
    "welcomed_as": ("{S} welcomed the annual report as {F}.", "welcomed as", True),
    "branded_as": ("{S} branded the new figures as {F}.", "branded as", True),
}


def _fragment_cells():
    for (vn, (frame, cue, one)), (fn, frag), (mn, mark), (sn, (phrase, who)) in itertools.product(
            VERBS.items(), FRAGMENTS.items(), MARKS.items(), SPEAKERS.items()):
        text = CONTEXT + frame.format(S=phrase, F=mark.format(f=frag))
        counts = one or len(frag.split()) > 1
        expected = [(frag, *who, cue, "direct")] if counts else []
        yield pytest.param(text, expected, id=f"{vn}-{fn}-{mn}-{sn}")


@pytest.mark.parametrize("text,expected", list(_fragment_cells()))
def test_fragment_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


REFUSALS = {
    # a scare quote with no one speaking it
    "so_called": "Officers arrested three men over the so-called “county lines” trade.",
    # a quoted name of a scheme, a campaign, an operation or a document
    "campaign_name": "Northshire Police launched its “Safe Streets” campaign in May.",
    "scheme_after_praise_verb": "Inspector Sam Lee welcomed the “Safer Streets” funding from the Home Office.",
    "operation_name": "Inspector Sam Lee praised Operation “Nightjar” for its results.",
    "document_title": "Northshire Police hailed its ‘Looking to 2025’ plan, available online.",
    # a verb that is no judgement or speech
    "arrest_verb": "Northshire Police arrested the “county lines” gang leaders in June.",
    # a passive with no judge
    "passive_no_agent": "The fall in burglary was hailed as “very positive” in the local paper.",
}


@pytest.mark.parametrize("text", list(REFUSALS.values()), ids=list(REFUSALS))
def test_fragment_refusals(blank_nlp, text):
    check(run(blank_nlp, CONTEXT + text), [])


NAMED = {
    # a quoted object of a verb of judgement whose description follows after
    # "as": the description is the quote, not the object
    "object_then_as_description": (
        "Northshire Police hailed the “significant reduction”, which began in April, as “hugely encouraging”.",
        [("hugely encouraging", "Northshire Police", None, None, "hailed as", "direct")]),
    # a second fragment after a first in the same sentence ("hailed ... and thanked ...")
    "second_fragment_after_first": (
        "Northshire Police hailed the “sharp fall” in thefts and thanked the “vast majority” of residents.",
        [("sharp fall", "Northshire Police", None, None, "hailed", "direct"),
         ("vast majority", "Northshire Police", None, None, "thanked", "direct")]),
    # the judge is the noun before a relative "which" / "who"
    "relative_subject_judges": (
        "Inspector Sam Lee presented the report to the Northshire Police Board, which welcomed it as "
        "“very positive”.",
        [("very positive", "Northshire Police Board", None, None, "welcomed as", "direct")]),
    # the judge before an auxiliary ("police have hailed as")
    "judge_before_auxiliary": (
        "Burglary fell in a year the force has hailed as “unprecedented”.\n\n"
        "Thefts fell, according to new figures police have hailed as “remarkable”.",
        [("unprecedented", "the force", None, None, "hailed as", "direct"),
         ("remarkable", "police", None, None, "hailed as", "direct")]),
}


@pytest.mark.parametrize("text,expected", list(NAMED.values()), ids=list(NAMED))
def test_fragment_named(blank_nlp, text, expected):
    check(run(blank_nlp, CONTEXT + text), expected)


# Reported speech with the attribution after it, holding a quoted phrase:
# the whole clause is the speaker's indirect quote. Slots: where the phrase
# stands (opening the subject, inside, at the end), the speaker (pronoun,
# name after the cue, organisation), the cue.
POSITIONS = {
    "subject": "The “vast majority” of residents feel safe in the town centre",
    "inside": "The new patrols had been a “real success” in the town centre",
    "straight_end": 'The funding squeeze would bring "hard choices" this year',
}
POST_SPEAKERS = {
    "pronoun": ("{T}, she {C}.", ("Jo Bloggs", CC, None)),
    "name_after_cue": ("{T}, {C} Inspector Sam Lee.", ("Sam Lee", "Inspector", None)),
    "organisation": ("{T}, Northshire Police {C}.", ("Northshire Police", None, None)),
}
POST_CUES = ["said", "added"]


def _post_cells():
    for (pn, words), (sn, (frame, who)), cue in itertools.product(
            POSITIONS.items(), POST_SPEAKERS.items(), POST_CUES):
        text = CONTEXT + frame.format(T=words, C=cue)
        yield pytest.param(text, [(words, *who, cue, "indirect")], id=f"{pn}-{sn}-{cue}")


@pytest.mark.parametrize("text,expected", list(_post_cells()))
def test_reported_with_quoted_phrase(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


# refusals: a clause that opens with a quotation mark is a direct quote's
# (read as direct); a quoted name inside reported speech stays in it
POST_NAMED = {
    "direct_not_indirect": (
        "“Crime is down across the county,” she said.",
        [("Crime is down across the county", "Jo Bloggs", CC, None, "said", "direct")]),
    "quoted_name_inside_reported_words": (
        "Burglary fell by a fifth after the “Safer Homes” scheme began, police said.",
        [("Burglary fell by a fifth after the “Safer Homes” scheme began", "police", None, None, "said",
          "indirect")]),
}


@pytest.mark.parametrize("text,expected", list(POST_NAMED.values()), ids=list(POST_NAMED))
def test_reported_with_quoted_phrase_named(blank_nlp, text, expected):
    check(run(blank_nlp, CONTEXT + text), expected)


# "told HEARER CLAUSE" with "that" left out: the hearer may be a body's name of
# several words, "and" inside it included; the clause needs its own finite verb
HEARERS = {
    "one_word": "councillors",
    "the_name": "the BBC",
    "members_of_body": "members of the Northshire Police Authority",
    "name_with_and": "the Northshire Police and Crime Panel",
}
CLAUSES = {
    "had_fallen": "crime had fallen by 14 per cent",
    "was_due": "the fall was due to more patrols",
}


def _hearer_cells():
    for (hn, hearer), (cn, clause), that in itertools.product(HEARERS.items(), CLAUSES.items(), ["", "that "]):
        text = CONTEXT + f"Inspector Sam Lee told {hearer} {that}{clause}."
        yield pytest.param(text, [(clause, "Sam Lee", "Inspector", None, "told", "indirect")],
                           id=f"{hn}-{cn}-{'that' if that else 'no_that'}")


@pytest.mark.parametrize("text,expected", list(_hearer_cells()))
def test_told_hearer_clause(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


# refusals: "told" with an object and no clause after it
HEARER_REFUSALS = [
    "Inspector Sam Lee told the story of the new station to the visiting members of the panel.",
    "Inspector Sam Lee told members of the Northshire Police Authority about the new station.",
]


@pytest.mark.parametrize("text", HEARER_REFUSALS, ids=["story", "about"])
def test_told_hearer_refusals(blank_nlp, text):
    check(run(blank_nlp, CONTEXT + text), [])


def test_person_pronoun_skips_organisation(blank_nlp):
    """"he" / "she" point to a person, never to an organisation quoted since."""
    text = ("Chief Constable Jo Bloggs presented the annual report to the Northshire Police Board, "
            "which welcomed it as “very positive”.\n\n"
            "She said: “We have had a busy year.”\n\n"
            "The Northshire Police Board said the report was clear. It said: “The board is content.”")
    check(run(blank_nlp, text), [
        ("very positive", "Northshire Police Board", None, None, "welcomed as", "direct"),
        ("We have had a busy year.", "Jo Bloggs", CC, None, "said", "direct"),
        ("the report was clear", "Northshire Police Board", None, None, "said", "indirect"),
        ("The board is content.", "Northshire Police Board", None, None, "said", "direct"),
    ])


# A headline is a lede: a title-holder it leaves unnamed is the body's first
# named speaker sharing a word of the title, the headline's words the role
HEADLINE_BODY = ("\n\nBurglary has fallen in the county this year.\n\n"
                 "Chief Superintendent Jo Bloggs said: “We are pleased with the fall.”")
HEADLINES = {
    "title_shares_word": ("Crime is down, says the county's police chief",
                          [("Crime is down", "Jo Bloggs", "police chief", None, "says", "indirect")]),
    "named_in_headline": ("Crime is down, says Chief Superintendent Sam Lee",
                          [("Crime is down", "Sam Lee", "Chief Superintendent", None, "says", "indirect")]),
}


@pytest.mark.parametrize("headline,expected", list(HEADLINES.values()), ids=list(HEADLINES))
def test_headline_title_holder_in_body(blank_nlp, headline, expected):
    body = [("We are pleased with the fall.", "Jo Bloggs", "Chief Superintendent", None, "said", "direct")]
    check(run(blank_nlp, headline + HEADLINE_BODY, headline_end=len(headline)), expected + body)
