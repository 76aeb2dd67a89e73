"""A grammar grid for direct-quote attribution (annotation guide, "Attributed quotes").

Each slot of an attribution is varied on its own, the way English press
releases vary it: a lead-in clause (none, a participle clause, one with a
modifier of its own after a comma), a time adverb (none, before the speaker,
after the cue), the speaker (a title and name, a name and a title in commas, an
honorific and surname, a pronoun, an organisation, a spokesperson), the cue and
the layout (colon in the paragraph, colon ending the paragraph before, comma;
attribution after the closing mark; a UK multi-paragraph quote; single marks).
The expected row of each cell is written from the guide. Named cells below the
grid hold further forms and the refusals: a quoted headline, title or name is no
one's statement. Rows: (text prefix, speaker, role, org, cue, kind).
"""
from __future__ import annotations

import itertools

import pytest

from .test_quotes import blank_nlp, check, run  # noqa: F401  (blank_nlp is a fixture)

# the sentence before names the person a pronoun or "Mr Bloggs" points back to
CONTEXT = "Chief Constable Jo Bloggs spoke to reporters at headquarters.\n\n"
WORDS = "Burglary has fallen in every town this year and we will keep going."
CC = "Chief Constable"

LEADS = {
    "no_lead": "",
    "commenting": "Commenting on the figures, ",
    "speaking_when": "Speaking at the launch on Monday, ",
    "responding_relative": "Responding to the report, which was published today, ",
    "commenting_participle": "Commenting on the statistics, issued by the Home Office, ",
}
# (before the speaker, after the cue)
TIMES = {
    "no_time": ("", ""),
    "today_before": ("today ", ""),
    "thursday_before": ("on Thursday ", ""),
    "today_after": ("", " today"),
}
# speaker phrase -> (speaker, role, org) as the guide reports them
SPEAKERS = {
    "title_name": ("Chief Constable Jo Bloggs", ("Jo Bloggs", CC, None)),
    "name_comma_title": ("Jo Bloggs, Chief Constable of Northshire Police,", ("Jo Bloggs", CC, "Northshire Police")),
    "honorific_surname": ("Mr Bloggs", ("Jo Bloggs", CC, None)),
    "pronoun": ("he", ("Jo Bloggs", CC, None)),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "spokesperson": ("a spokesperson for Northshire Police", ("spokesperson", "spokesperson", "Northshire Police")),
}
# cue as written -> cue reported
CUES = {"said": "said", "added": "added", "commented": "commented", "explained": "explained",
        "told the Gazette": "told"}
PRE_LAYOUTS = {
    "colon_same_paragraph": "{attr}: “{q}”",
    "colon_paragraph_before": "{attr}:\n\n“{q}”",
    "comma": "{attr}, “{q}”",
}


def _sentence(lead: str, before: str, speaker: str, cue: str, after: str) -> str:
    attr = f"{lead}{before}{speaker} {cue}{after}".replace(",,", ",")
    return attr[:1].upper() + attr[1:]


def _pre_cells():
    for (ln, lead), (tn, (before, after)), (sn, (phrase, who)), (cn, cue), (yn, layout) in itertools.product(
            LEADS.items(), TIMES.items(), SPEAKERS.items(), CUES.items(), PRE_LAYOUTS.items()):
        text = CONTEXT + layout.format(attr=_sentence(lead, before, phrase, cn, after), q=WORDS)
        yield pytest.param(text, [(WORDS[:20], *who, cue, "direct")], id=f"{ln}-{tn}-{sn}-{cn.split()[0]}-{yn}")


POST_LAYOUTS = {
    "speaker_first": "“{q},” {spk} {cue}.",
    "cue_first": "“{q},” {cue} {spk}.",
    "multi_paragraph": "“Thefts are down across the county.\n\n“{q},” {spk} {cue}.",
    "single_marks": "‘{q},’ {spk} {cue}.",
}


def _post_cells():
    for (sn, (phrase, who)), cue, (yn, layout) in itertools.product(
            SPEAKERS.items(), ["said", "added", "commented", "explained"], POST_LAYOUTS.items()):
        if yn == "cue_first" and sn == "pronoun":
            continue    # "said he" is not press-release English
        text = CONTEXT + layout.format(q=WORDS.rstrip("."), spk=phrase.rstrip(","), cue=cue)
        first = "Thefts are down" if yn == "multi_paragraph" else WORDS[:20]
        yield pytest.param(text, [(first, *who, cue, "direct")], id=f"post-{sn}-{cue}-{yn}")


@pytest.mark.parametrize("text,expected", list(_pre_cells()) + list(_post_cells()))
def test_attribution_grid(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


SP = ("Sam Lee", "Chief Inspector", None)
SAM = "Chief Inspector Sam Lee said burglary fell by 5%.\n\n"

FORMS = {
    # a participle cue after a fragment quoted in the same sentence and the rest of its clause
    "participle_after_fragment": (
        "Chief Inspector Sam Lee said the results were “a real credit” to officers in every town, "
        "adding: “We will not let up on burglars this winter.”",
        [("a real credit", *SP, "said", "direct"), ("We will not let up", *SP, "adding", "direct")],
    ),
    # a sentence ending in a colon: a verb of speech and its object
    "colon_after_cue_and_object_noun": (
        SAM + "But he added a word of warning: “Thefts rise as the nights draw in.”",
        [("burglary fell by 5%", *SP, "said", "indirect"), ("Thefts rise as the nights", *SP, "added", "direct")],
    ),
    "colon_after_reporting_verb_object": (
        SAM + "Speaking at the station, he highlighted the role of patrols:\n\n“Patrols work in every town.”",
        [("burglary fell by 5%", *SP, "said", "indirect"), ("Patrols work in every town", *SP, "highlighted", "direct")],
    ),
    "colon_after_speech_act_object": (
        SAM + "He also issued a plea to drivers: “Lock your car every time you leave it.”",
        [("burglary fell by 5%", *SP, "said", "indirect"), ("Lock your car", *SP, "issued", "direct")],
    ),
    # a copula and a participle before the clause that ends in ", saying:"
    "copula_then_participle_cue": (
        "Councillor Amy Hart is worried about the rise and is calling for more patrols, saying: "
        "“Residents deserve to feel safe.”",
        [("Residents deserve to feel safe", "Amy Hart", "Councillor", None, "saying", "direct")],
    ),
    # a new attribution between two quotes of one paragraph, the first closing its sentence
    "colon_between_two_quotes": (
        "Chief Inspector Sam Lee said: “The figures are good.” Mr Lee added: “Robbery is down too.”",
        [("The figures are good.", *SP, "said", "direct"), ("Robbery is down too.", *SP, "added", "direct")],
    ),
    # refusal: the words between a split quote's halves attribute the first, even before a colon
    "split_quote_stays_one": (
        "“Crime is down,” Chief Inspector Sam Lee said: “and we will keep it down.”",
        [("Crime is down and we will keep it down.", *SP, "said", "direct")],
    ),
    # an attribution after the closing mark, then a second verb of the speaker's
    "post_attribution_then_coordinated_verb": (
        SAM + "The level of car crime, including thefts from vans, “remains a worry”, he said, "
              "but highlighted officers and staff for the work they had done on the streets of every town this winter.",
        [("burglary fell by 5%", *SP, "said", "indirect"), ("remains a worry", *SP, "said", "direct"),
         ("officers and staff for the work", *SP, "highlighted", "indirect")],
    ),
    "post_cue_first_then_coordinated_verb": (
        "“Crime is down across the county,” said Chief Inspector Sam Lee, and pointed out that patrols had doubled.",
        [("Crime is down across the county", *SP, "said", "direct"),
         ("patrols had doubled", *SP, "pointed out", "indirect")],
    ),
    # refusal: a verb that also takes a plain object reports no statement without "that"
    "post_then_coordinated_verb_plain_object": (
        "“Crime is down across the county,” said Chief Inspector Sam Lee, and announced a new scheme for the town.",
        [("Crime is down across the county", *SP, "said", "direct")],
    ),
    # scraped text with the space after a full stop lost
    "sentence_glued_to_the_one_before": (
        "Thefts fell by 8% last year.A Northshire Police spokesperson said: “Officers worked hard.”",
        [("Officers worked hard", "Northshire Police spokesperson", "spokesperson", "Northshire Police",
          "said", "direct")],
    ),
    # the opening mark lost, the closing one kept
    "opening_mark_lost": (
        "Chief Inspector Sam Lee said: We want to reduce crime further this year.”",
        [("We want to reduce crime further", *SP, "said", "direct")],
    ),
    # an opening mark with no closing one before the text ends
    "closing_mark_lost": (
        "A spokesperson for Northshire Police commented: “We have worked hard with partners this year.",
        [("We have worked hard", "spokesperson", "spokesperson", "Northshire Police", "commented", "direct")],
    ),
    # refusal of the lead-in modifier rule: a noun phrase after a connective is the speaker's
    "connective_then_speaker_with_modifier": (
        "However, the national survey, based on interviews with residents, suggests thefts continue to fall.",
        [("thefts continue to fall", "the national survey", None, None, "suggests", "indirect")],
    ),
    # refusals: a headline, a title or a name in marks is no one's statement
    "refusal_headline_in_marks": ("Under the headline “Crime falls again”, the Gazette ran the figures.", []),
    "refusal_quoted_title_colon": (
        "The force published its plan, titled “Safer Streets”: it sets out three aims for the year.", []),
    "refusal_report_titled_colon": (
        "The report, titled “Policing in Northshire”: a review of the year, is online.", []),
    "refusal_operation_name": ("Officers launched Operation “Nightjar” in May to tackle car crime.", []),
    "refusal_publication_verb_colon": (
        "The force printed a leaflet for residents: “Lock it or lose it.”", []),    # refusal: "that" after the verb is no object: "found that:" introduces what the data show,
    # and the list after it is no one's statement in their words
    "refusal_found_that_colon_before_list": (
        "The annual report found that:\n\n• Burglary fell by 5% across the county.\n• Robbery rose by 2%.", []),
    "refusal_revealed_that_colon_before_list": (
        "The Northshire Police review has revealed that:\n\nThefts fell by 8% last year and robbery by 3%.", []),
}


@pytest.mark.parametrize("text,expected", list(FORMS.values()), ids=list(FORMS))
def test_attribution_forms(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.xfail(reason="a colon typed with a dash (':-') is one old publisher's habit, not a general form",
                   strict=True)
def test_colon_dash(blank_nlp):
    check(run(blank_nlp, "Chief Inspector Sam Lee said:- “Thefts are down.”"),
          [("Thefts are down", *SP, "said", "direct")])


# A verb of citing, its object, then a colon and the quotation: the quotation
# gives what is cited in the speaker's words (as "X highlighted the rise:" does).
# A colon with no quotation after it, or a citing verb in the passive, gives none.
CITE_CELLS = {
    "cited_object": ("Mr Bloggs cited the rise in officers: “{W}”", [(WORDS[:20], "Jo Bloggs", CC, None, "cited", "direct")]),
    "cited_object_to": ("Chief Constable Jo Bloggs cited the force pledge to: “{W}”",
                        [(WORDS[:20], "Jo Bloggs", CC, None, "cited", "direct")]),
    "pointed_to": ("She pointed to the fall in burglary: “{W}”", [(WORDS[:20], "Jo Bloggs", CC, None, "pointed to", "direct")]),
    "referred_to_time": ("On Monday Chief Constable Jo Bloggs referred to the new patrols: “{W}”",
                         [(WORDS[:20], "Jo Bloggs", CC, None, "referred to", "direct")]),
    "organisation_cites": ("Northshire Police cites the rise in arrests: “{W}”",
                           [(WORDS[:20], "Northshire Police", None, None, "cites", "direct")]),
}
CITE_REFUSALS = {
    "cited_no_marks": "Officers referred to the map: the town centre had the most burglaries this year.",
    "cited_passive": "The figures were cited by the council: the town centre had the most burglaries this year.",
}


@pytest.mark.parametrize("template,rows", list(CITE_CELLS.values()), ids=list(CITE_CELLS))
def test_citing_colon(blank_nlp, template, rows):
    check(run(blank_nlp, CONTEXT + template.format(W=WORDS)), rows)


@pytest.mark.parametrize("text", list(CITE_REFUSALS.values()), ids=list(CITE_REFUSALS))
def test_citing_colon_refusals(blank_nlp, text):
    check(run(blank_nlp, CONTEXT + text), [])


# A fragment quoted inside a sentence is no statement a quoted paragraph after it
# goes on with; the paragraph is the same speaker's next quote (as after an
# indirect quote, "direct_after_indirect"). Slots: how the fragment is reported
# (inside reported speech, the complement of a verb of judgement, a fragment cue),
# the speaker (title and name, honorific and surname, pronoun), the punctuation
# after the fragment (full stop after the mark, inside it, none).
FRAG_FRAMES = {
    "reported": ("{S} said the figures were “very welcome”{P}",
                 [("the figures were", "said", "indirect")], "said"),
    "judgement_as": ("{S} described the rise as “worrying”{P}",
                     [("the rise as", "described", "indirect")], "described as"),
    "fragment_cue": ("{S} branded the figures “a disgrace”{P}",
                     [("a disgrace", "branded", "direct")], "branded"),
}
FRAG_SPEAKERS = {"title_name": "Chief Constable Jo Bloggs", "honorific_surname": "Mr Bloggs", "pronoun": "He"}
FRAG_PUNCT = {"stop_after": ".", "none": ""}
FRAG_NEXT = "“We need more officers in every town across the county this winter.”"


def _fragment_cells():
    for (fn, (frame, rows, cue)), (sn, spk), (pn, punct) in itertools.product(
            FRAG_FRAMES.items(), FRAG_SPEAKERS.items(), FRAG_PUNCT.items()):
        text = CONTEXT + frame.format(S=spk, P=punct) + "\n\n" + FRAG_NEXT
        expected = [(t, "Jo Bloggs", CC, None, c, k) for t, c, k in rows]
        expected.append(("We need more officers", "Jo Bloggs", CC, None, cue, "direct"))
        yield pytest.param(text, expected, id=f"fragment-{fn}-{sn}-{pn}")


FRAG_REFUSALS = {
    # a short quoted paragraph is a title or a name, no statement
    "title_after_fragment": (
        "Chief Constable Jo Bloggs said the figures were “very welcome”.\n\n“Operation Nightjar”",
        [("the figures were", "Jo Bloggs", CC, None, "said", "indirect")]),
    # a paragraph with its own attribution is that attribution's
    "own_attribution_after_fragment": (
        "Chief Constable Jo Bloggs said the figures were “very welcome”.\n\n"
        "“We need more officers in every town,” said Councillor Amy Hart.",
        [("the figures were", "Jo Bloggs", CC, None, "said", "indirect"),
         ("We need more officers", "Amy Hart", "Councillor", None, "said", "direct")]),
    # a fragment left open at its paragraph's end goes on (a UK multi-paragraph quote)
    "open_fragment_goes_on": (
        "Chief Constable Jo Bloggs said: “We are pleased.\n\n“We need more officers in every town across the county.”",
        [("We are pleased. We need more officers", "Jo Bloggs", CC, None, "said", "direct")]),
}


@pytest.mark.parametrize("text,expected", list(_fragment_cells()))
def test_paragraph_after_fragment(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.parametrize("text,expected", list(FRAG_REFUSALS.values()), ids=list(FRAG_REFUSALS))
def test_paragraph_after_fragment_refusals(blank_nlp, text, expected):
    check(run(blank_nlp, CONTEXT + text), expected)


# Round two of attribution grammar: the words that may stand inside an
# attribution without changing who speaks or what is said.
ADV_CLAUSE = "burglary had fallen in every town this year"
ADV_SPEAKERS = {
    "title_name": ("Chief Constable Jo Bloggs", ("Jo Bloggs", CC, None)),
    "honorific_surname": ("Mr Bloggs", ("Jo Bloggs", CC, None)),
    "pronoun": ("He", ("Jo Bloggs", CC, None)),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "who_chairs": ("Jo Bloggs, who chairs the Northshire Policing Board,",
                   ("Jo Bloggs", "chair", "Northshire Policing Board")),
    # a surname in -ly is a name, not an adverb
    "surname_in_ly": ("Inspector Sam Kelly", ("Sam Kelly", "Inspector", None)),
}
# 1. an adverb or adverbial between the auxiliary (or the subject) and the cue
ADV_BEFORE = {
    "has_repeatedly": "has repeatedly",
    "has_today": "has today",
    "has_also_previously": "has also previously",
    "has_once_again": "has once again",
    "has_this_week": "has this week",
    "repeatedly": "repeatedly",
    "has_consistently_and_publicly": "has consistently and publicly",
}
ADV_CUES = {"said": "said", "warned": "warned", "stated": "stated"}
ADV_KINDS = {
    "indirect_that": ("{S} {A} {V} that " + ADV_CLAUSE + ".", ADV_CLAUSE, "indirect"),
    "direct_colon": ("{S} {A} {V}: “" + WORDS + "”", WORDS[:20], "direct"),
}


def _adverb_cells():
    for (sn, (spk, who)), (an, adv), (vn, cue), (kn, (frame, first, kind)) in itertools.product(
            ADV_SPEAKERS.items(), ADV_BEFORE.items(), ADV_CUES.items(), ADV_KINDS.items()):
        text = CONTEXT + frame.format(S=spk, A=adv, V=vn)
        yield pytest.param(text, [(first, *who, cue, kind)], id=f"adverb-{sn}-{an}-{vn}-{kn}")


@pytest.mark.parametrize("text,expected", list(_adverb_cells()))
def test_adverb_before_cue(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


# 2. a time or place adverbial (or a hearer and one) between the cue and "that"
ADVERBIALS = {
    "said_on_day": ("said on Monday", "said"),
    "said_in_statement": ("said in a statement", "said"),
    "said_in_statement_on_day": ("said in a statement on Friday", "said"),
    "said_at_meeting": ("said at the meeting", "said"),
    "said_at_meeting_of_board_on_day": ("said at a meeting of the policing board on Tuesday", "said"),
    "said_during_debate": ("said during the debate", "said"),
    "warned_in_report": ("warned in his annual report", "warned"),
    "told_hearer_on_day": ("told the council on Monday", "told"),
    "told_hearer_at_meeting": ("told councillors at the meeting", "told"),
    "told_hearer_in_interview_last_week": ("told the Gazette in an interview last week", "told"),
    "told_committee_of_board_on_day": ("told a committee of the policing board on Tuesday", "told"),
    "told_hearer_day_in_brackets": ("told the town council last night (Monday)", "told"),
    "said_at_meeting_day_in_brackets": ("said at the meeting (Monday)", "said"),
}
ADVERBIAL_SPEAKERS = {k: ADV_SPEAKERS[k] for k in ("title_name", "pronoun", "organisation")}


def _adverbial_cells():
    for (sn, (spk, who)), (an, (words, cue)) in itertools.product(ADVERBIAL_SPEAKERS.items(), ADVERBIALS.items()):
        text = CONTEXT + f"{spk} {words} that {ADV_CLAUSE}."
        yield pytest.param(text, [(ADV_CLAUSE, *who, cue, "indirect")], id=f"adverbial-{sn}-{an}")


@pytest.mark.parametrize("text,expected", list(_adverbial_cells()))
def test_adverbial_before_that(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


# 3. reported words, then a participle (or "and" and a cue) and a colon before
# a direct quote in the same sentence: two quotes, the indirect and the direct
ADDING_SPEAKERS = {
    "title_name": ("Chief Constable Jo Bloggs", ("Jo Bloggs", CC, None)),
    "pronoun": ("He", ("Jo Bloggs", CC, None)),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "spokesperson": ("A spokesperson for Northshire Police", ("spokesperson", "spokesperson", "Northshire Police")),
}
ADDING_VERBS = {"said": ("said", "said"), "explained": ("explained", "explained"),
                "said_that": ("said that", "said"), "told_hearer": ("told the Gazette", "told")}
ADDING_LINKS = {"adding": (", adding:", "adding"), "before_adding": (", before adding:", "adding"),
                "and_added": (" and added:", "added")}
ADDING_LAYOUTS = {"same_paragraph": " “{q}”", "next_paragraph": "\n\n“{q}”"}


def _adding_cells():
    for (sn, (spk, who)), (vn, (verb, cue)), (ln, (link, cue2)), (yn, layout) in itertools.product(
            ADDING_SPEAKERS.items(), ADDING_VERBS.items(), ADDING_LINKS.items(), ADDING_LAYOUTS.items()):
        text = CONTEXT + f"{spk} {verb} {ADV_CLAUSE}{link}" + layout.format(q=WORDS)
        yield pytest.param(text, [(ADV_CLAUSE, *who, cue, "indirect"), (WORDS[:20], *who, cue2, "direct")],
                           id=f"adding-{sn}-{vn}-{ln}-{yn}")


ADDING_REFUSALS = {
    # a verb of judgement alone reports no words: only the direct quote
    "welcomed_then_adding": ("Chief Constable Jo Bloggs welcomed the fall in burglary, adding: “{q}”",
                             [(WORDS[:20], "Jo Bloggs", CC, None, "adding", "direct")]),
    # an object, not a clause, after a verb that needs "that"
    "announced_object_then_adding": ("Northshire Police announced a new scheme for the town, adding: “{q}”",
                                     [(WORDS[:20], "Northshire Police", None, None, "adding", "direct")]),
}


@pytest.mark.parametrize("text,expected", list(_adding_cells()))
def test_indirect_then_participle_direct(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.parametrize("template,expected", list(ADDING_REFUSALS.values()), ids=list(ADDING_REFUSALS))
def test_indirect_then_participle_direct_refusals(blank_nlp, template, expected):
    check(run(blank_nlp, CONTEXT + template.format(q=WORDS)), expected)


# 4. a lower-case role (with the place it covers) between the organisation and
# the name; a rank before the name is the role when there is one
ROLE_FORMS = {
    "org_role_name": ("Northshire Police divisional commander Jane Doe",
                      ("Jane Doe", "divisional commander", "Northshire Police")),
    "org_role_place_name": ("Northshire Police divisional commander for North Dale Jane Doe",
                            ("Jane Doe", "divisional commander for North Dale", "Northshire Police")),
    "org_role_place_comma_rank_name": ("Northshire Police divisional commander for North Dale, Chief Superintendent "
                                       "Jane Doe,", ("Jane Doe", "Chief Superintendent", "Northshire Police")),
    "lower_role_rank_name": ("Local area commander Inspector John Smith", ("John Smith", "Inspector", None)),
    "owner_role_comma_rank_name": ("The force's local area commander, Inspector John Smith,",
                                   ("John Smith", "Inspector", None)),
    "org_role_place_article_name": ("Northshire Police area commander for the Dale Jane Doe",
                                    ("Jane Doe", "area commander for the Dale", "Northshire Police")),
    # a capitalised role before a rank describes the rank-holder: the rank is the role
    "descriptor_rank_name": ("Divisional commander Chief Superintendent Jane Doe",
                             ("Jane Doe", "Chief Superintendent", None)),
    "descriptor_rank_name_short": ("Area commander Inspector John Smith", ("John Smith", "Inspector", None)),
}
ROLE_KINDS = {
    "direct_colon": ("{S} said: “" + WORDS + "”", WORDS[:20], "direct"),
    "indirect_that": ("{S} said that " + ADV_CLAUSE + ".", ADV_CLAUSE, "indirect"),
}


def _role_cells():
    for (fn, (spk, who)), (kn, (frame, first, kind)) in itertools.product(ROLE_FORMS.items(), ROLE_KINDS.items()):
        text = CONTEXT + frame.format(S=spk)
        yield pytest.param(text, [(first, *who, "said", kind)], id=f"role-{fn}-{kn}")


@pytest.mark.parametrize("text,expected", list(_role_cells()))
def test_role_with_place_before_name(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


# 5. a prepositional lead-in with no comma before the speaker
LEADS_NOCOMMA = {"despite": "Despite the rise", "despite_ranking": "Despite the ranking", "amid": "Amid the rise",
                 "during": "During the debate", "since": "Since the launch", "before": "Before the meeting",
                 "following": "Following the report"}
LEAD_SPEAKERS = {"title_name": ("Chief Constable Jo Bloggs", ("Jo Bloggs", CC, None)),
                 "organisation": ("Northshire Police", ("Northshire Police", None, None)),
                 "the_force": ("the force", ("the force", None, None))}
LEAD_KINDS = {
    "indirect_said": ("{L} {S} said {C}.", ADV_CLAUSE, "said", "indirect"),
    "direct_colon": ("{L} {S} said: “{W}”", WORDS[:20], "said", "direct"),
    "participle_that": ("{L} {S} will not take the fall for granted, acknowledging that {C}.", ADV_CLAUSE,
                        "acknowledging", "indirect"),
}


def _lead_cells():
    for (ln, lead), (sn, (spk, who)), (kn, (frame, first, cue, kind)) in itertools.product(
            LEADS_NOCOMMA.items(), LEAD_SPEAKERS.items(), LEAD_KINDS.items()):
        text = CONTEXT + frame.format(L=lead, S=spk, C=ADV_CLAUSE, W=WORDS)
        yield pytest.param(text, [(first, *who, cue, kind)], id=f"lead-{ln}-{sn}-{kn}")


LEAD_REFUSALS = {
    "no_cue": "Despite the rise Northshire is still among the safest counties in the land.",
    "no_speaker_clause": "Since the launch officers have arrested 40 people in the town.",
    "adverb_not_speech": "Burglary has repeatedly fallen in every town, the figures show.",
    "adverb_failed": "The force has repeatedly failed to publish its figures on time.",
    "relative_that_after_adverbial": "Chief Constable Jo Bloggs spoke at the meeting that was held on Monday.",
}


@pytest.mark.parametrize("text,expected", list(_lead_cells()))
def test_lead_in_without_comma(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.parametrize("text", list(LEAD_REFUSALS.values()), ids=list(LEAD_REFUSALS))
def test_round_two_refusals(blank_nlp, text):
    check(run(blank_nlp, CONTEXT + text), [])


# 6. round three: further verbs of speech, and a person named before and then
# described ("the officer", "the force boss"). Each cue x kind and layout x
# speaker form; a definite description of a person with no name of its own
# points back to the person named before, as a pronoun does.
R3_CLAUSE = "burglary had fallen in every town this year"
R3_CUES = {
    # cue as written -> (cue reported, layouts it takes in English)
    "cautioned": ("cautioned", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "advised": ("advised", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "assured residents": ("assured", {"direct_colon_hearer", "indirect_that"}),
    "assured": ("assured", {"direct_colon"}),
    "warned": ("warned", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "insisted": ("insisted", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "stressed": ("stressed", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "reiterated": ("reiterated", {"direct_colon", "direct_after", "indirect_that"}),
    "acknowledged": ("acknowledged", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "conceded": ("conceded", {"direct_colon", "direct_after", "indirect_that", "indirect_after"}),
    "went on to say": ("went on to say", {"direct_colon", "indirect_that", "indirect_bare"}),
    "made clear": ("made clear", {"indirect_that"}),
    "made it clear": ("made it clear", {"direct_colon", "indirect_that"}),
}
R3_LAYOUTS = {
    "direct_colon": ("{S} {V}: “{W}”", "W"),
    "direct_colon_hearer": ("{S} {V}: “{W}”", "W"),
    "direct_after": ("“{W},” {s} {V}.", "W"),
    "indirect_that": ("{S} {V} that {C}.", "C"),
    "indirect_bare": ("{S} {V} {C}.", "C"),
    "indirect_after": ("{CC}, {s} {V}.", "C"),
}
# speaker form -> (as subject, expected (speaker, role, org)); the context names Jo Bloggs
R3_SPEAKERS = {
    "title_name": ("Chief Constable Jo Bloggs", JO := ("Jo Bloggs", CC, None)),
    "name": ("Jo Bloggs", JO),
    "honorific_surname": ("Mr Bloggs", JO),
    "definite_rank": ("the chief constable", JO),
    "definite_officer": ("the officer", JO),
    "definite_force_boss": ("the force boss", JO),
    "definite_chief": ("the chief", JO),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "pronoun": ("he", JO),
}


def _r3_cells():
    for (vn, (cue, layouts)), (sn, (spk, who)), (ln, (frame, what)) in itertools.product(
            R3_CUES.items(), R3_SPEAKERS.items(), R3_LAYOUTS.items()):
        if ln not in layouts:
            continue
        body = frame.format(S=spk[:1].upper() + spk[1:], s=spk, V=vn, W=WORDS, C=R3_CLAUSE,
                            CC=R3_CLAUSE[:1].upper() + R3_CLAUSE[1:])
        first = WORDS[:20] if what == "W" else body[:20] if ln == "indirect_after" else R3_CLAUSE[:20]
        kind = "direct" if what == "W" else "indirect"
        yield pytest.param(CONTEXT + body, [(first, *who, cue, kind)], id=f"r3-{vn.replace(' ', '_')}-{sn}-{ln}")


R3_REFUSALS = {
    # the same verbs with no speech: a thing as subject, a passive, a hearer with no words
    "figures_warned_of": "The figures warned of a rise in burglary across the county this winter.",
    "urged_on_by": "Urged on by the crowd, the runners finished the race in record time this year.",
    "advised_against_travel": "Drivers were advised against travel on the coast road during the storm.",
    "advised_passive_that": "Residents were advised that the coast road would close during the storm.",
    "assured_feeling": "Residents can be assured of a visible police presence in every town this winter.",
    "made_clear_object": "The new signs made clear the route to the car park for every visitor.",
    "the_officer_acted": "The officer arrested a man in the town centre on Monday night.",
    "the_chief_no_speech": "The chief handed over the awards to officers at the ceremony on Monday.",
    "cautioned_arrest": "A man was cautioned for the theft of a bicycle in the town centre.",
    "cautioned_offender": "Officers cautioned the driver for speeding through the town centre.",
}


@pytest.mark.parametrize("text,expected", list(_r3_cells()))
def test_round_three_cues_and_speakers(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.xfail(reason="the guide lets a report speak and the gold counts a speaker's 'stressed the importance "
                   "of X' as reported words; a report's 'stressed the need' cannot be refused apart from it",
                   strict=True)
def test_report_stressed_object(blank_nlp):
    check(run(blank_nlp, CONTEXT + "The report stressed the need for more patrols in every town this winter."), [])


@pytest.mark.parametrize("text", list(R3_REFUSALS.values()), ids=list(R3_REFUSALS))
def test_round_three_refusals(blank_nlp, text):
    check(run(blank_nlp, CONTEXT + text), [])


# 7. round four: a sentence adverb of sequence or addition with no comma before
# the speaker ("In addition he said that ..."), further verbs of speech in every
# finite form, a group of authors as speaker, and "told" with its hearer after a
# clause ("..., she told reporters"). The context names Jo Bloggs.
R4_ADVERBS = {"in_addition": "In addition", "furthermore": "Furthermore", "moreover": "Moreover", "also": "Also",
              "later": "Later", "earlier": "Earlier", "separately": "Separately", "elsewhere": "Elsewhere",
              "afterwards": "Afterwards", "meanwhile": "Meanwhile", "however": "However"}
R4_ADVERB_SPEAKERS = {"pronoun": ("he", JO), "honorific_surname": ("Mr Bloggs", JO),
                      "the_force": ("the force", ("the force", None, None)),
                      "organisation": ("Northshire Police", ("Northshire Police", None, None)),
                      "police": ("police", ("police", None, None))}
R4_ADVERB_KINDS = {
    "said_that": ("{A} {S} said that {C}.", "C", "said"),
    "said_bare": ("{A} {S} said {C}.", "C", "said"),
    "added_that": ("{A} {S} added that {C}.", "C", "added"),
    "said_colon": ("{A} {S} said: “{W}”", "W", "said"),
}


def _r4_adverb_cells():
    for (an, adv), (sn, (spk, who)), (kn, (frame, what, cue)) in itertools.product(
            R4_ADVERBS.items(), R4_ADVERB_SPEAKERS.items(), R4_ADVERB_KINDS.items()):
        body = frame.format(A=adv, S=spk, C=R3_CLAUSE, W=WORDS)
        first, kind = (WORDS[:20], "direct") if what == "W" else (R3_CLAUSE[:20], "indirect")
        yield pytest.param(CONTEXT + body, [(first, *who, cue, kind)], id=f"r4-adverb-{an}-{sn}-{kn}")


R4_CUES = {
    # cue as written -> layouts it takes in English
    "claims": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "argues": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "admits": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "acknowledges": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "confirms": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "maintained": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "maintains": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "predicted": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "predicts": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "boasted": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "boasts": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "countered": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "remarked": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "remarks": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "promises": {"direct_colon", "indirect_that"},
    "vows": {"direct_colon", "indirect_that"},
    "pledges": {"direct_colon", "indirect_that"},
    "cautions": {"direct_colon", "direct_after", "indirect_that", "indirect_after"},
    "told reporters": {"indirect_after"},
    "told the Gazette on Monday": {"indirect_after"},
    "added later": {"indirect_after"},
}
R4_SPEAKERS = {
    "name": ("Jo Bloggs", JO),
    "pronoun": ("he", JO),
    "organisation": ("Northshire Police", ("Northshire Police", None, None)),
    "authors": ("the authors", ("the authors", None, None)),
}


def _r4_cue_cells():
    for (vn, layouts), (sn, (spk, who)), (ln, (frame, what)) in itertools.product(
            R4_CUES.items(), R4_SPEAKERS.items(), R3_LAYOUTS.items()):
        if ln not in layouts or (sn == "authors" and vn.endswith("s")):
            continue     # "the authors claims" is no English
        subject = spk[:1].upper() + spk[1:]
        body = frame.format(S=subject, s=spk, V=vn, W=WORDS, C=R3_CLAUSE, CC=R3_CLAUSE[:1].upper() + R3_CLAUSE[1:])
        first = WORDS[:20] if what == "W" else body[:20] if ln == "indirect_after" else R3_CLAUSE[:20]
        kind = "direct" if what == "W" else "indirect"
        name = who[0]
        if sn == "authors" and frame.startswith("{S}"):
            name = subject     # a group is reported as written ("The authors")
        yield pytest.param(CONTEXT + body, [(first, name, *who[1:], vn.split()[0], kind)],
                           id=f"r4-{vn.replace(' ', '_')}-{sn}-{ln}")


R4_REFUSALS = {
    # an adverb before no speaker, or before a thing that only shows
    "adverb_figures_show": "In addition the figures show that burglary had fallen in every town this year.",
    "adverb_no_cue": "Later officers arrested a man in the town centre on Monday night.",
    "adverb_place": "Elsewhere in the county burglary had fallen in every town this year.",
    "adverb_court_heard": "Later the court heard that the man had stolen from every shop in the town.",
    # the new verbs with an object or in a headline-like phrase, not speech
    "promises_object": "The force promises more patrols in every town this winter.",
    "countered_object": "Officers countered the threat with extra patrols in every town this winter.",
    "remarked_on": "Jo Bloggs remarked on the fall in burglary in every town this year.",
    "maintains_object": "The council maintains the street lights in every town in the county.",
    "predicted_by_data": "Burglary had fallen in every town this year, as the model predicted.",
}


@pytest.mark.parametrize("text,expected", list(_r4_adverb_cells()))
def test_round_four_adverb_before_speaker(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.parametrize("text,expected", list(_r4_cue_cells()))
def test_round_four_cues_and_groups(blank_nlp, text, expected):
    check(run(blank_nlp, text), expected)


@pytest.mark.parametrize("text", list(R4_REFUSALS.values()), ids=list(R4_REFUSALS))
def test_round_four_refusals(blank_nlp, text):
    check(run(blank_nlp, CONTEXT + text), [])
