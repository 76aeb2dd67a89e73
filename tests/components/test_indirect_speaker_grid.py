"""A grammar grid for the speaker of indirect speech (annotation guide,
"Attributed quotes": an indirect quote is as much a quote as a direct one; the
speaker is the name as written at its fullest, a role-holder the release does
not name is the speaker as written, an organisation can speak).

The grid varies three slots on their own: the speaker's form (a person the
release does not name, with an article in either case, "a senior council
official", "A council spokesman"; a title with its owner in the possessive and
in lower case, "Northshire's police and crime commissioner"; a title in lower
case before a name and an appositive after it, "chief superintendent Jo Bloggs,
Northshire Police's divisional commander,"; a titled name as the control), the
reporting verb ("said", "said that", "has said that", "insisted that", "says",
"warned that", "told the BBC that") and the placement (opening the paragraph,
after "However,", after a lead-in of speech "Speaking on Monday,", after a
sentence of its own in the same paragraph).

A second grid varies the participle that reports what the subject of a
sentence said: the subject (a titled name, a person not named, an
organisation), the first verb (a regular past with an object, an irregular past
"hit back", "spoke out"), the separator before the participle (a comma, a spaced
en dash or hyphen: "has defended the figures – saying ...") and the participle
("saying", "insisting that", "warning that").

Refusals below each grid: the same speakers and separators with no speech.
Rows compare the quote text's opening, the speaker's last word (as the score
does) and the role in lower case.
"""
from __future__ import annotations

import itertools

import pytest

from .helpers import capitalised
from .test_quotes import blank_nlp, run  # noqa: F401  (blank_nlp is a fixture)

CLAUSE = "burglary had fallen by a fifth in every town this year"

# key -> (subject form, speaker's last word, role in lower case)
SPEAKERS = {
    "indefinite_official": ("a senior council official", "official", "senior council official"),
    "indefinite_officer": ("a senior police officer", "officer", "senior police officer"),
    "indefinite_spokesman": ("a council spokesman", "spokesman", "council spokesman"),
    "possessive_lower_title": ("Northshire's police and crime commissioner", "commissioner",
                               "police and crime commissioner"),
    "lower_rank_appositive": ("chief superintendent Jo Bloggs, Northshire Police's divisional commander,",
                              "bloggs", "chief superintendent"),
    "title_name": ("Chief Constable Jo Bloggs", "bloggs", "chief constable"),
}

# key -> (template, cue)
VERBS = {
    "said": ("{S} said {C}.", "said"),
    "said_that": ("{S} said that {C}.", "said"),
    "has_said_that": ("{S} has said that {C}.", "said"),
    "insisted_that": ("{S} insisted that {C}.", "insisted"),
    "says": ("{S} says {C}.", "says"),
    "warned_that": ("{S} warned that {C}.", "warned"),
    "told_that": ("{S} told the BBC that {C}.", "told"),
}

PLACEMENTS = {
    "opening": "",
    "however": "However, ",
    "speaking_lead": "Speaking on Monday, ",
    "inside_paragraph": "Thefts from cars were also down. ",
}


def _cells():
    for (sk, (subject, last, role)), (vk, (template, cue)), (pk, before) in itertools.product(
            SPEAKERS.items(), VERBS.items(), PLACEMENTS.items()):
        sentence = template.format(S=subject, C=CLAUSE)
        text = before + (sentence if before.endswith(", ") else capitalised(sentence))
        yield pytest.param(text, (CLAUSE, last, role, cue), id=f"{sk}-{vk}-{pk}")


def _speaker_last(speaker: str | None) -> str:
    words = (speaker or "").lower().split()
    return words[-1] if words else ""


def check(found, expected):
    """One indirect quote: its text's opening, the speaker's last word, the role, the cue."""
    text, last, role, cue = expected
    assert len(found) == 1, found
    got = found[0]
    assert got[0].startswith(text), (got, expected)
    assert _speaker_last(got[1]) == last, (got, expected)
    assert (got[2] or "").lower() == role, (got, expected)
    assert (got[4], got[5]) == (cue, "indirect"), (got, expected)


@pytest.mark.parametrize("text,expected", list(_cells()))
def test_indirect_speaker_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


SPEAKER_REFUSALS = {
    # the same speakers with a verb that reports no speech
    "indefinite_visited": "A senior council official visited the town centre on Monday.",
    "indefinite_was_among": "A council spokesman was among those at the meeting on Monday.",
    "possessive_chairs": "Northshire's police and crime commissioner chairs the panel every month.",
    "lower_rank_attended": ("However, chief superintendent Jo Bloggs, Northshire Police's divisional commander, "
                            "attended the launch on Monday."),
    # a title in lower case with no name after it is a lead-in's modifier, not the speaker
    "lead_in_modifier": "Commenting on the figures, released by the Home Office, the town had a quiet year.",
}


@pytest.mark.parametrize("text", list(SPEAKER_REFUSALS.values()), ids=list(SPEAKER_REFUSALS))
def test_indirect_speaker_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []


# the participle grid: key -> (subject, speaker's last word, role)
SUBJECTS = {
    "title_name": ("Chief Constable Jo Bloggs", "bloggs", "chief constable"),
    "unnamed_person": ("A police chief", "chief", "police chief"),
    "organisation": ("Northshire Police", "police", ""),
}
FIRST = {
    "defended": "has defended the figures for the county",
    "welcomed": "welcomed the figures",
    "hit_back": "hit back at the critics",
    "spoke_out": "spoke out on Monday",
}
SEPARATORS = {"comma": ", ", "en_dash": " – ", "hyphen": " - "}
PARTICIPLES = {
    "saying": ("saying {C}", "saying"),
    "insisting_that": ("insisting that {C}", "insisting"),
    "warning_that": ("warning that {C}", "warning"),
}


def _participle_cells():
    for (sk, (subject, last, role)), (fk, first), (xk, sep), (pk, (tail, cue)) in itertools.product(
            SUBJECTS.items(), FIRST.items(), SEPARATORS.items(), PARTICIPLES.items()):
        text = f"{subject} {first}{sep}{tail.format(C=CLAUSE)}."
        yield pytest.param(text, (CLAUSE, last, role, cue), id=f"{sk}-{fk}-{xk}-{pk}")


@pytest.mark.parametrize("text,expected", list(_participle_cells()))
def test_participle_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


PARTICIPLE_REFUSALS = {
    # a participle that is no verb of speech after the dash
    "seizing": "Officers hit back at the gang on Monday – seizing drugs worth £5,000 in the raid.",
    "showing": "The figures were published on Monday – showing burglary had fallen by a fifth in every town.",
    # the subject is no speaker: data do not speak
    "figures_saying": "The figures rose sharply in the spring - prompting councillors to ask for a review.",
}


@pytest.mark.parametrize("text", list(PARTICIPLE_REFUSALS.values()), ids=list(PARTICIPLE_REFUSALS))
def test_participle_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []


# the attribution after the clause with no comma before the cue ("... say
# police", a heading's habit carried into a sentence): the speaker (an
# organisation, "police", a group, a body's spokesman) x the cue ("say",
# "says", "said", "claim", "claims") x what ends the sentence (the speaker,
# or a relative clause about it: "..., who published the figures ...")
POST_SPEAKERS = {
    "organisation": ("Northshire Police", "police"),
    "police": ("police", "police"),
    "group": ("councillors", "councillors"),
    "definite_org": ("the force", "force"),
}
POST_CUES = ["say", "says", "said", "claim", "claims"]
POST_ENDS = {"speaker": ".", "relative": ", who published the figures on Monday."}


def _post_cells():
    for (sk, (spk, last)), cue, (ek, end) in itertools.product(POST_SPEAKERS.items(), POST_CUES, POST_ENDS.items()):
        text = f"{capitalised(CLAUSE)} {cue} {spk}{end}"
        yield pytest.param(text, (capitalised(CLAUSE), last, "", cue), id=f"{sk}-{cue}-{ek}")


@pytest.mark.parametrize("text,expected", list(_post_cells()))
def test_post_nocomma_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


def test_post_nocomma_relative_judgement(blank_nlp):
    """A relative clause that gives the speaker's reason stays with the attribution."""
    text = f"{capitalised(CLAUSE)} say Northshire Police, who put the rise down to better recording."
    check(run(blank_nlp, text), (capitalised(CLAUSE), "police", "", "say"))


POST_REFUSALS = {
    # "claim" as a noun before a clause: no one speaks
    "claim_noun": "Officers rejected the claim Northshire Police had failed victims in the town last year.",
    "claim_noun_object": "The force has rejected any claim councillors made about the rise in burglary.",
    # what follows the cue is no speaker
    "say_no_speaker": "Burglary had fallen by a fifth in every town, residents were told to say nothing.",
}


@pytest.mark.parametrize("text", list(POST_REFUSALS.values()), ids=list(POST_REFUSALS))
def test_post_nocomma_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []


# verbs of judgement with an object and a verdict (guide: indirect speech is
# what the text attributes to someone; the judgement_cues read "described the
# rise as notable"): the judge (a titled name, an organisation, a report, a
# pronoun after a named sentence) x the verb and its complement ("hailed A as
# B", "praised A as B", "credited A for B" / "with B") x the frame (a main
# clause, after a lead-in of speech, a progressive "is hailing", an absolute
# clause "..., with X crediting A for B")
JUDGES = {
    "title_name": ("Chief Constable Jo Bloggs", "bloggs"),
    "organisation": ("Northshire Police", "police"),
    "report": ("The inspection report", "report"),
}
VERDICTS = {
    "hailed_as": ("hailed", "hailing", "the fall in burglary as good news for victims", "the fall in burglary"),
    "praised_as": ("praised", "praising", "the force as an example of good practice", "the force as an example"),
    "credited_for": ("credited", "crediting", "more patrols for the fall in burglary", "more patrols for the fall"),
    "credited_with": ("credited", "crediting", "more patrols with cutting burglary", "more patrols with cutting"),
}
JUDGE_FRAMES = {
    "main": "{S} {V} {O}.",
    "has": "{S} has {V} {O}.",
    "speaking_lead": "Speaking on Monday, {S} {V} {O}.",
    "progressive": "{S} is {ING} {O}.",
    "with_absolute": "Burglary fell by a fifth this year, with {s} {ING} {O}.",
}


def _judge_cells():
    for (jk, (judge, last)), (vk, (verb, ing, obj, prefix)), (fk, frame) in itertools.product(
            JUDGES.items(), VERDICTS.items(), JUDGE_FRAMES.items()):
        if jk == "report" and fk in ("speaking_lead", "progressive"):
            continue    # a report neither speaks at an event nor "is hailing"
        text = frame.format(S=judge, s=judge[:1].lower() + judge[1:] if jk == "report" else judge,
                            V=verb, ING=ing, O=obj)
        cue = ing if fk in ("progressive", "with_absolute") else verb
        yield pytest.param(text, (prefix, last, "chief constable" if jk == "title_name" else "", cue),
                           id=f"{jk}-{vk}-{fk}")


@pytest.mark.parametrize("text,expected", list(_judge_cells()))
def test_judgement_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


JUDGE_REFUSALS = {
    # "as" that joins a clause is no verdict
    "praised_as_clause": "Chief Constable Jo Bloggs praised officers as crime fell across the county.",
    "hailed_as_clause": "Officers hailed a taxi as the suspect ran off towards the station.",
    # no complement: an act, not words
    "hailed_no_complement": "Chief Constable Jo Bloggs hailed the fall in burglary across the county.",
    "credited_no_complement": "The bank credited the account of the victim on Monday.",
    # a passive with no agent names no judge
    "passive_hailed": "The fall in burglary was hailed as good news for victims.",
    # the absolute clause's subject is no speaker
    "with_figures": "Burglary fell by a fifth, with figures crediting nobody for the fall in crime.",
}


@pytest.mark.parametrize("text", list(JUDGE_REFUSALS.values()), ids=list(JUDGE_REFUSALS))
def test_judgement_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []


def test_quoted_verdict_is_a_fragment(blank_nlp):
    """A verdict in quotation marks after "hailed ... as" is the judge's own words."""
    text = "Northshire Police hailed the fall, which began in May, as “hugely encouraging” for the town."
    found = run(blank_nlp, text)
    assert [(f[0], f[4], f[5]) for f in found] == [("hugely encouraging", "hailed as", "direct")]


# a clause of reported speech, then a second cue that opens a direct quote
# ("X insisted CLAUSE, but added: “...”"): both are the speaker's quotes. The
# speaker (a titled name, a name with its title in commas, an organisation)
# x the first cue x the link before the colon
LINK_SPEAKERS = {
    "title_name": ("Justice Minister Jo Bloggs", "bloggs"),
    "name_appositive": ("Jo Bloggs, the justice minister,", "bloggs"),
    "organisation": ("Northshire Police", "police"),
}
LINK_CUES = ["said", "insisted", "warned"]
LINKS = {"adding": (", adding:", "adding"), "but_added": (", but added:", "added"),
         "and_added": (" and added:", "added"), "before_adding": (", before adding:", "adding")}
DIRECT_WORDS = "There is much more to do in every town."


def _link_cells():
    for (sk, (spk, last)), cue, (lk, (link, cue2)) in itertools.product(
            LINK_SPEAKERS.items(), LINK_CUES, LINKS.items()):
        text = f"{spk} {cue} {CLAUSE}{link} “{DIRECT_WORDS}”"
        yield pytest.param(text, last, cue, cue2, id=f"{sk}-{cue}-{lk}")


@pytest.mark.parametrize("text,last,cue,cue2", list(_link_cells()))
def test_clause_then_direct_grid(blank_nlp, text, last, cue, cue2):
    found = run(blank_nlp, text)
    assert [(f[0][:20], _speaker_last(f[1]), f[4], f[5]) for f in found] == [
        (CLAUSE[:20], last, cue, "indirect"), (DIRECT_WORDS[:20], last, cue2, "direct")]


# praise with its reason: the judge x the object (one noun phrase, two joined
# by "and", a list with commas) x the placement; the object and its "for"
# phrase are the reported words
PRAISERS = {
    "title_name": ("Chief Constable Jo Bloggs", "bloggs"),
    "pronoun": ("He also", "bloggs"),
    "organisation": ("Northshire Police", "police"),
}
PRAISED = {
    "one": "the force",
    "two": "officers and staff",
    "list": "officers, staff and volunteers",
    "long_list": "officers, special constables, staff and volunteers",
}
PRAISE_PLACES = {"opening": "", "after_sentence": "Burglary fell by a fifth this year. "}


def _praise_cells():
    for (sk, (spk, last)), (ok, obj), (pk, before) in itertools.product(
            PRAISERS.items(), PRAISED.items(), PRAISE_PLACES.items()):
        context = "Chief Constable Jo Bloggs spoke at headquarters on Monday.\n\n" if sk == "pronoun" else ""
        text = f"{context}{before}{spk} praised {obj} for their work to cut burglary in every town."
        yield pytest.param(text, (obj, last, "chief constable" if sk != "organisation" else "", "praised"),
                           id=f"{sk}-{ok}-{pk}")


@pytest.mark.parametrize("text,expected", list(_praise_cells()))
def test_praise_list_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


PRAISE_REFUSALS = {
    # a relative clause after the object: "for" is inside it, no reason given
    "relative": "Chief Constable Jo Bloggs praised officers, who worked for months on the case.",
    # no "for": an act, not words
    "no_reason": "Chief Constable Jo Bloggs praised officers, staff and volunteers.",
}


@pytest.mark.parametrize("text", list(PRAISE_REFUSALS.values()), ids=list(PRAISE_REFUSALS))
def test_praise_list_refusals(blank_nlp, text):
    assert run(blank_nlp, text) == []
