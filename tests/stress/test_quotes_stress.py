"""A stress set for attributed quotes: invented sentences and mini-releases in the many ways UK
police releases and local or national news attribute words about crime, each with the quotes the
annotation guide ("Attributed quotes") expects, and refusals (no quote).

Every sentence here is written for this file (no corpus text). An expected row is (text prefix,
speaker, role, kind). Rows are compared the way the scorer compares them: the text by its
normalised prefix, the speaker by its last word, the role by containment either way (None must
stay None). Where the guide is silent the comment names the settled tune gold's most common
reading.
"""
from __future__ import annotations

import re

import pytest

from extractor.api import text_release
from extractor.batch import make_doc
from extractor.pipeline import load


@pytest.fixture(scope="module")
def nlp():
    return load()


D, I = "direct", "indirect"
CC, CS, PCC = "Chief Constable", "Chief Superintendent", "Police and Crime Commissioner"


def q(text, speaker, role=None, kind=D):
    return (text, speaker, role, kind)


def run(nlp, body: str, headline: str = ""):
    """A plain text's first line would be its headline: a neutral title keeps the body whole."""
    title = headline or "Latest crime figures published"
    release = text_release(f"```yaml\ntitle: {title!r}\n```\n\n{body}", "stress")
    doc = nlp(make_doc(nlp, release))
    return [(s._.quote_text, s._.speaker, s._.role, s._.quote_kind) for s in doc.spans["quotes"]]


def _norm(s: str | None) -> str:
    """As the scorer does: lower case, punctuation dropped, spaces folded."""
    return " ".join(re.sub(r"[^\w\s]", "", (s or "").lower()).split())


def same(got, want) -> bool:
    text, speaker, role, kind = got
    wtext, wspeaker, wrole, wkind = want
    if not _norm(text).startswith(_norm(wtext)) or kind != wkind:
        return False
    if _norm(speaker).split()[-1:] != _norm(wspeaker).split()[-1:]:
        return False
    if wrole is None or role is None:
        return wrole is None and role is None
    return _norm(wrole) in _norm(role) or _norm(role) in _norm(wrole)


# (id, body, headline, expected rows)
CASES = [
    # --- direct, the attribution before the quote ------------------------------------
    ("pre_colon_cc", "Chief Constable Rachel Morgan said: “Burglary has fallen by 12% and we will keep up the pressure.”", "",
     [q("Burglary has fallen by 12%", "Rachel Morgan", CC)]),
    ("pre_colon_det_supt_straight", 'Det Supt Alan Price said: "Knife crime is down eight per cent across the city."', "",
     [q("Knife crime is down eight", "Alan Price", "Detective Superintendent")]),
    ("pre_colon_acc", "ACC Priya Shah said: “We have seen 300 fewer robberies this year than last.”", "",
     [q("We have seen 300 fewer", "Priya Shah", "Assistant Chief Constable")]),
    ("pre_colon_cllr", "Cllr Tom Ellis said: “The figures show our investment in CCTV is paying off.”", "",
     [q("The figures show our investment", "Tom Ellis", "Councillor")]),
    ("pre_colon_pcc_abbrev", "PCC Marie Dunn said: “Residents should feel reassured by a 6% fall in crime.”", "",
     [q("Residents should feel reassured", "Marie Dunn", PCC)]),
    ("pre_colon_msp_after", "Fiona Grant MSP said: “These statistics show violent crime has risen by a fifth in Fife.”", "",
     [q("These statistics show violent crime", "Fiona Grant", "MSP")]),
    ("pre_colon_mla_after", "Sean Kelly MLA said: “Every one of these 1,200 burglaries is a family left frightened.”", "",
     [q("Every one of these 1200 burglaries", "Sean Kelly", "MLA")]),
    # guide: the role is the title attached to the name; Scotland's sheriffs are titled like judges
    ("pre_colon_sheriff", "Sheriff Laura Reid said: “The number of domestic abuse cases before this court has doubled.”", "",
     [q("The number of domestic abuse cases", "Laura Reid", "Sheriff")]),
    ("pre_colon_inspector", "Inspector Gareth Hughes said: “Anti-social behaviour has dropped by a third in the town centre.”", "",
     [q("Anti-social behaviour has dropped", "Gareth Hughes", "Inspector")]),
    ("pre_colon_title_after_comma", "Mark Olsen, the force’s head of crime, said: “Vehicle crime is down 15% on last year.”", "",
     [q("Vehicle crime is down 15", "Mark Olsen", "head of crime")]),
    ("pre_colon_role_then_name", "Dyfed-Powys Police and Crime Commissioner, Owain Rees, said: “Rural theft fell by 9 per cent.”", "",
     [q("Rural theft fell by 9", "Owain Rees", PCC)]),
    ("pre_colon_who_clause", "Ben Ortiz, who chairs the borough’s community safety partnership, said: “Every burglary is one too many.”", "",
     [q("Every burglary is one too many", "Ben Ortiz")]),
    ("pre_comma", "Chief Inspector Kay Doyle said, “Street robbery is at its lowest level since 2009.”", "",
     [q("Street robbery is at its lowest", "Kay Doyle", "Chief Inspector")]),
    ("pre_told_comma", "Superintendent Ravi Patel told the panel, “Hate crime reports have risen by 14%.”", "",
     [q("Hate crime reports have risen", "Ravi Patel", "Superintendent")]),
    ("pre_also_said", "Chief Constable Ian Frost also said: “Drug seizures were up 40 per cent.”", "",
     [q("Drug seizures were up 40", "Ian Frost", CC)]),
    ("pre_spokesman_for", 'A spokesman for Gwent Police said: "Recorded crime rose by 3% in the year to March."', "",
     [q("Recorded crime rose by 3", "a spokesman", "spokesman")]),
    ("pre_statement_from", "In a statement, Police Scotland said: “Violent crime remains near historic lows.”", "",
     [q("Violent crime remains near historic", "Police Scotland")]),
    # --- direct, the attribution after or inside the quote ------------------------------
    ("post_said_name", "“We are determined to drive down violent crime,” said Chief Superintendent Helen Ward.", "",
     [q("We are determined to drive down", "Helen Ward", CS)]),
    ("post_name_said", "“Shoplifting remains a real concern for us,” Superintendent Owen Bryce said.", "",
     [q("Shoplifting remains a real concern", "Owen Bryce", "Superintendent")]),
    ("post_said_name_role_after", "“Violence against women is our first priority,” said Anna Cole, Lancashire Police’s lead for public protection.", "",
     [q("Violence against women is our first", "Anna Cole", "lead for public protection")]),
    ("post_pronoun", "Chief Constable Ian Frost welcomed the figures. “Burglary is at a ten-year low,” he said.", "",
     [q("Burglary is at a ten-year low", "Ian Frost", CC)]),
    ("interrupted", "“Burglary is at its lowest level for a decade,” said Chief Constable Ian Frost. “But we cannot be complacent.”", "",
     [q("Burglary is at its lowest level for a decade But we cannot", "Ian Frost", CC)]),
    ("interrupted_mid_sentence", "“The 11% rise in recorded violence,” said Commander Dev Singh, “is mostly down to better recording.”", "",
     [q("The 11 rise in recorded violence is mostly", "Dev Singh", "Commander")]),
    ("added_new_quote", "Chief Inspector Kay Doyle said: “Robbery fell by a quarter.”\n\nShe added: “Our teams made 150 arrests.”", "",
     [q("Robbery fell by a quarter", "Kay Doyle", "Chief Inspector"), q("Our teams made 150", "Kay Doyle", "Chief Inspector")]),
    ("single_marks", "Chief Inspector Dawn Lee said: ‘Reports of hate crime have risen by 14 per cent.’", "",
     [q("Reports of hate crime have risen", "Dawn Lee", "Chief Inspector")]),
    ("single_straight_marks", "Chief Inspector Dawn Lee said: 'Reports of hate crime have risen by 14 per cent.'", "",
     [q("Reports of hate crime have risen", "Dawn Lee", "Chief Inspector")]),
    ("multi_paragraph_uk", "Chief Constable Sam Hart said: “Crime fell by 5% last year.\n\n“Officers also made 2,000 more arrests.\n\n“I thank every one of them.”", "",
     [q("Crime fell by 5 last year Officers also made", "Sam Hart", CC)]),
    ("curly_post_org", "“Burglary in Cardiff fell by a fifth,” South Wales Police said.", "",
     [q("Burglary in Cardiff fell by a fifth", "South Wales Police")]),
    ("colon_then_quote_next_para", "Councillor Beth Nolan, cabinet member for communities, said:\n\n“Crime in our parks is down by half.”", "",
     [q("Crime in our parks is down", "Beth Nolan", "Councillor")]),  # the title before the name is the role
    # --- indirect ------------------------------------------------------------------------
    ("said_that", "Chief Constable Lee Harper said that burglary had fallen by a quarter in the year.", "",
     [q("burglary had fallen by a quarter", "Lee Harper", CC, I)]),
    ("says_no_that", "Superintendent Joe Nash says the town centre is safer than it has been for years.", "",
     [q("the town centre is safer", "Joe Nash", "Superintendent", I)]),
    ("believes", "Chief Superintendent Kate Wells believes the extra patrols have driven the fall in robbery.", "",
     [q("the extra patrols have driven", "Kate Wells", CS, I)]),
    ("insists_that", "Policing minister Tom Hale insists that the figures are no cause for alarm.", "",
     [q("the figures are no cause for alarm", "Tom Hale", "Policing minister", I)]),
    ("warns", "Inspector Ruth Evans warns that scams aimed at older people have risen by 30 per cent.", "",
     [q("scams aimed at older people", "Ruth Evans", "Inspector", I)]),
    ("claims", "Councillor Amir Khan claims that crime in the borough has been under-recorded for years.", "",
     [q("crime in the borough has been", "Amir Khan", "Councillor", I)]),
    ("admits", "Chief Constable Paul Reed admits that response times to 999 calls have slipped.", "",
     [q("response times to 999 calls", "Paul Reed", CC, I)]),
    ("explains", "DCI Mo Farouk explains that most of the increase comes from online fraud.", "",
     [q("most of the increase comes from", "Mo Farouk", "Detective Chief Inspector", I)]),
    ("points_out", "Sergeant Lisa Grey points out that reports of drug dealing led to 40 arrests.", "",
     [q("reports of drug dealing led", "Lisa Grey", "Sergeant", I)]),
    ("stresses", "Assistant Chief Constable Neil Cope stresses that Wiltshire remains one of the quietest counties in England.", "",
     [q("Wiltshire remains one of the quietest", "Neil Cope", "Assistant Chief Constable", I)]),
    ("adds_pronoun", "Chief Superintendent Kate Wells said violent crime was down 7%. She adds that knife crime fell too.", "",
     [q("violent crime was down 7", "Kate Wells", CS, I), q("knife crime fell too", "Kate Wells", CS, I)]),
    # gold (r901, r3713) counts "X pointed to ..." as an indirect quote (rule indirect_pointed_to)
    ("pointed_to", "Police and Crime Commissioner Jo Pike pointed to a 20% drop in knife crime as proof the operation was working.", "",
     [q("a 20 drop in knife crime", "Jo Pike", PCC, I)]),
    ("praised_for", "Mayor Andy Lowe praised officers for cutting street robbery by a third.", "",
     [q("officers for cutting street robbery", "Andy Lowe", "Mayor", I)]),
    ("keen_to_stress", "Superintendent Amy Rowe was keen to stress that the rise was largely due to better recording.", "",
     [q("the rise was largely due", "Amy Rowe", "Superintendent", I)]),
    ("told_bbc_that", "Chief Constable Dan Webb told the BBC that violent crime in the county was falling.", "",
     [q("violent crime in the county was falling", "Dan Webb", CC, I)]),
    ("told_bbc_no_that", "Chief Constable Dan Webb told BBC Wales the force had recruited 200 extra officers.", "",
     [q("the force had recruited 200", "Dan Webb", CC, I)]),
    ("according_to_person_post", "Burglaries across Tayside have fallen sharply, according to Detective Inspector Nia Jones.", "",
     [q("Burglaries across Tayside have fallen", "Nia Jones", "Detective Inspector", I)]),
    ("according_to_person_pre", "According to Chief Superintendent Bill Okafor, the number of car thefts halved in 2016.", "",
     [q("the number of car thefts halved", "Bill Okafor", CS, I)]),
    ("in_a_statement_force", "Durham Constabulary recorded 41,000 crimes. In a statement, the force said the rise reflected better recording.", "",
     [q("the rise reflected better recording", "the force", None, I)]),
    # gold (r716, r811, r1011, r1016) writes "the force" as it stands, the force's name given or not
    ("force_attributes", "Northshire Police recorded 3,400 burglaries. The force put the 9% fall down to extra patrols.", "",
     [q("the 9% fall", "the force", None, I)]),
    # a rank, "of" and the force before the name: the rank whole (gold r1015)
    ("acc_of_force_comma_name", "Assistant Chief Constable of Dyfed Police, Ceri Lloyd, said: “Burglary is at a ten-year low.”", "",
     [q("Burglary is at a tenyear low", "Ceri Lloyd", "Assistant Chief Constable")]),
    ("name_comma_acc_of_force", "Burglary fell by 4% in the year, said Ceri Lloyd, Assistant Chief Constable of Dyfed Police.", "",
     [q("Burglary fell by 4", "Ceri Lloyd", "Assistant Chief Constable", I)]),
    ("dcs_of_force_comma_name", "Detective Chief Superintendent of the Met, Tom Reyes said fraud reports rose by 15%.", "",
     [q("fraud reports rose by 15", "Tom Reyes", "Detective Chief Superintendent", I)]),
    # gold (r415, r714) writes a group "police" as it stands
    ("police_said", "Police said the fall in anti-social behaviour followed extra patrols in the summer.", "",
     [q("the fall in antisocial behaviour", "police", None, I)]),
    ("post_say_police", "Car crime has dropped by a quarter in the last year, police say.", "",
     [q("Car crime has dropped by a quarter", "police", None, I)]),
    ("post_said_name_indirect", "Hate crime reports rose by 12 per cent, Inspector Ade Bello said.", "",
     [q("Hate crime reports rose by 12", "Ade Bello", "Inspector", I)]),
    ("report_speaker", "The inspection report said the force had made good progress in recording crime accurately.", "",
     [q("the force had made good progress", "the inspection report", None, I)]),
    ("review_states_direct", "The review states: “Victims are waiting too long for updates on their cases.”", "",
     [q("Victims are waiting too long", "the review")]),
    ("group_officers_believe", "Officers believe the fall in burglary is linked to the new patrol scheme.", "",
     [q("the fall in burglary is linked", "officers", None, I)]),
    ("group_campaigners_warned", "Campaigners warned that the figures hide a rise in domestic abuse.", "",
     [q("the figures hide a rise", "campaigners", None, I)]),
    ("group_senior_detectives", "Senior detectives insisted that the gang had been behind most of the 60 thefts.", "",
     [q("the gang had been behind", "senior detectives", None, I)]),
    ("spokesperson_indirect", "A PSNI spokesperson said the rise in reported domestic abuse showed growing confidence.", "",
     [q("the rise in reported domestic abuse", "PSNI spokesperson", "spokesperson", I)]),
    ("name_role_comma_said_that", "Gill Marsh, the council’s cabinet member for safety, said that shoplifting was up 18%.", "",
     [q("shoplifting was up 18", "Gill Marsh", "cabinet member for safety", I)]),
    ("welsh_force_indirect", "North Wales Police said recorded crime in Gwynedd fell by 4% between 2018 and 2019.", "",
     [q("recorded crime in Gwynedd fell", "North Wales Police", None, I)]),
    # --- headline -------------------------------------------------------------------------
    ("headline_says_clause", "Chief Constable Amy Platt presented the annual figures on Monday. Recorded crime fell by 6%.",
     "Chief Constable says burglary is at a ten-year low",
     [q("burglary is at a ten-year low", "Amy Platt", CC, I)]),
    ("headline_inverted", "Recorded knife crime fell by 11% in the year, the force said.",
     "Knife crime is falling, says Commander Dev Singh",
     [q("Knife crime is falling", "Dev Singh", "Commander", I), q("Recorded knife crime fell by 11", "the force", None, I)]),
    ("headline_repeated_in_body", "Crime is at its lowest level for a decade, say police.\n\nRecorded offences fell to 41,000.",
     "Crime is at its lowest level for a decade, say police",
     [q("Crime is at its lowest level for a decade", "police", None, I)]),
    ("headline_admits_no_that", "Policing Minister Jo Carr spoke to farmers in Powys on Friday.",
     "Policing Minister Jo Carr admits more work needed on rural crime",
     [q("more work needed on rural crime", "Jo Carr", "Policing Minister", I)]),
    ("headline_direct_colon", "Chief Constable Gavin Shaw presented the figures to the panel.",
     "Chief Constable Gavin Shaw: “Burglary is down but there is more to do”",
     [q("Burglary is down but there is more to do", "Gavin Shaw", CC)]),
    # --- refusals -------------------------------------------------------------------------
    ("refuse_said_adjective", "Officers recovered the said property from a garage in Bangor and returned it.", "", []),
    ("refuse_operation_name", "The arrests were made as part of ‘Operation Sceptre’, which targets knife crime.", "", []),
    ("refuse_operation_name_straight", "Some 45 people were charged under 'Operation Nightjar' in 2019.", "", []),
    ("refuse_scare_quotes", "The so-called “county lines” gangs were behind much of the rise in drug crime.", "", []),
    ("refuse_according_to_figures", "Recorded crime fell by 4%, according to figures published on Thursday.", "", []),
    ("refuse_according_to_data_pre", "According to the latest data, shoplifting rose by 27 per cent.", "", []),
    ("refuse_according_to_report", "Violent crime rose by 9%, according to the report.", "", []),
    ("refuse_report_shows", "The report shows a 10% rise in robbery across Northern Ireland.", "", []),
    ("refuse_said_to_be", "A man said to be in his 40s was arrested in Omagh.", "", []),
    ("refuse_passive_urged", "Residents were urged to report suspicious activity to the police.", "", []),
    ("refuse_announced_object", "The force announced a new scheme to tackle shoplifting in Perth.", "", []),
    ("refuse_quoted_fund_name", "The “Safer Streets” fund paid for new lighting in 12 alleys.", "", []),
    ("refuse_quoted_title", "The figures are published in “Crime in England and Wales” each quarter.", "", []),
    ("refuse_headline_figures_reveal", "Recorded crime fell by 3% in 2021.", "Figures reveal crime continues to fall", []),
    ("refuse_headline_report_says", "Recorded crime fell by 4% in 2019.", "Crime falls by 4%, says annual report", []),
    ("refuse_headline_stats_office", "Recorded crime fell by 10% in 2012.", "Sussex crime drops by 10 per cent, says statistics office", []),
    ("refuse_headline_calls_for", "The commissioner wants 100 more officers.", "PCC calls for more officers on the beat", []),
    ("refuse_headline_scare", "Recorded crime was flat but robbery rose by 8%.", "Crime ‘stable’ but robbery rises", []),
    ("refuse_headline_label", "Recorded crime rose by 0.4% in the year.", "PSNI: Crime levels rise very slightly", []),
    ("refuse_headline_hails", "Chief Constable Ann Webb thanked staff.", "Chief constable hails force after drop in crime", []),
    ("refuse_survey_estimates", "The Crime Survey estimates that 1 in 5 adults was a victim.", "", []),
    ("refuse_police_figures_suggest", "Police figures suggest violent crime is rising in Belfast.", "", []),
]


XFAIL = {
}


def _param(c):
    marks = [pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)] if c[0] in XFAIL else []
    return pytest.param(*c, id=c[0], marks=marks)


@pytest.mark.parametrize("case_id,body,headline,expected", [_param(c) for c in CASES])
def test_quotes_stress(nlp, case_id, body, headline, expected):
    found = run(nlp, body, headline)
    assert len(found) == len(expected), found
    for got, want in zip(found, expected):
        assert same(got, want), (got, want)
