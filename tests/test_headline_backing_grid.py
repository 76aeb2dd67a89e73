"""Grammar grid: the headline's form against the way the body backs it (round 11).

Slots varied independently: the headline's form (a measure with the change as a noun after it, a
total, a stated figure, a fraction, a verb only, one offence, a list of offences) and the body's
backing (the same total named another way, a rounded figure, only sub-measures, one figure shared
by a list of offences, a figure pointed back to the sentence before, a rate per head, a survey
estimate, a national figure, a long-run change beside the year's change, the opposite direction).
Expected statuses follow the annotation guide ("Headline against body"): a total is not backed by
sub-measures alone, a survey or national figure backs nothing, a list headline's each offence is
backed by its own figure. Every headline claim of the title is checked. All sentences are invented.
"""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from extractor.api import extract_text

LEAD = "Kent Police has published its crime figures for the year to March 2023."
OTHER = "The force also recruited 200 new officers over the same period."
P = "in the year to March 2023"


@dataclass(frozen=True)
class Form:
    """A headline form: its title, what it is about (``total``, ``burglary`` or both listed offences
    ``list``), and the percentage it states (None for none)."""

    name: str
    title: str
    about: str
    value: float | None = None


FORMS = [
    Form("noun_after", "Kent crime: big drop", "total"),
    Form("total", "Crime falls in Kent", "total"),
    Form("figure", "Kent crime down 6%", "total", 6),
    Form("fraction", "Crime in Kent falls by a third", "total", 33.3),
    Form("verb_only", "Kent crime continues to fall", "total"),
    Form("one_offence", "Burglaries fall in Kent", "burglary"),
    Form("list", "Burglary and robbery down in Kent", "list"),
]


def size(f: Form) -> str:
    return "33%" if f.value and f.value > 30 else "6%"


def rounded(f: Form) -> str:
    return "32.8%" if f.value and f.value > 30 else "6.2%"


#: (name, body with {fig}, what it backs: the set of ``about`` values it is on, or "survey"/"elsewhere")
BACKINGS = [
    ("recorded", "Recorded crime in Kent fell by {fig} {P}.", {"total"}),
    ("overall", "Overall crime in Kent fell by {fig} {P}.", {"total"}),
    ("recorded_offences", "The number of recorded offences in Kent fell by {fig} {P}.", {"total"}),
    ("all_crime", "All crime in Kent fell by {fig} {P}.", {"total"}),
    ("rounded", "Recorded crime in Kent fell by {rounded} {P}.", {"total"}),
    ("rate", "The crime rate in Kent fell by {fig} {P}.", {"total"}),
    ("long_run", "Recorded crime in Kent fell by {fig} {P}, and by 40% since 2010.", {"total"}),
    ("long_run_first", "Recorded crime in Kent has fallen by 40% since 2010, and by {fig} {P}.", {"total"}),
    ("long_run_after", "Recorded crime in Kent fell by {fig} {P}. Since 2004/05 it has fallen by more than 40%.",
     {"total"}),
    ("long_run_quoted", "Recorded crime in Kent fell by {fig} {P}. The chief constable said: \"Our figures show a "
                        "drop in offending of more than 40 per cent since 2004/05.\"", {"total"}),
    ("long_run_years_ago", "Recorded crime in Kent fell by {fig} {P}. There were 9,000 fewer crimes than in 2013.",
     {"total"}),
    ("subs_only", "Burglary in Kent fell by {fig} {P}, and robbery fell by {fig} too.", {"burglary", "robbery"}),
    ("list_subject", "Burglary, robbery and vehicle crime in Kent all fell by {fig} {P}.", {"burglary", "robbery"}),
    ("pointed_back", "There were 3,000 burglaries in Kent {P}. That was down by {fig} on the year before.",
     {"burglary"}),
    ("pointed_back_generic", "Recorded crime in Kent fell by {fig} {P}. There were 3,000 burglaries in Kent. That "
                             "was up by 300 offences, a 11% increase.", {"total", "burglary-opposite"}),
    ("pointed_back_bare", "Recorded crime in Kent fell by {fig} {P}. There were 3,000 burglaries in Kent. This was a "
                          "rise of 11%.", {"total", "burglary-opposite"}),
    ("pointer_names_its_measure", "Recorded crime in Kent fell by {fig} {P}. There were 3,000 burglaries in Kent. "
                                  "These figures show a drop in crime of {fig} on the year before.", {"total"}),
    ("survey", "The Crime Survey for England and Wales estimates that crime fell by {fig} {P}.", set()),
    ("national", "Recorded crime in England and Wales fell by {fig} {P}.", set()),
    ("opposite", "Recorded crime in Kent rose by {fig} {P}.", {"total-opposite"}),
]


def expected(about: str, backs: set[str]) -> str:
    """The status of a headline claim on ``about`` (a list's claims each on their own offence)."""
    if f"{about}-opposite" in backs:
        return "contradicted"
    return "consistent" if about in backs else "unsupported"


def cells() -> list[tuple[str, str, str, dict[str, str]]]:
    """(cell, title, body, expected status by the offence of the row: "burglar", "robber" or "" for any)."""
    out = []
    for f in FORMS:
        for name, body, backs in BACKINGS:
            text = body.format(fig=size(f), rounded=rounded(f), P=P)
            if f.about == "list":
                want = {"burglar": expected("burglary", backs), "robber": expected("robbery", backs)}
            else:
                want = {"": expected(f.about, backs)}
            out.append((f"{f.name}-{name}", f.title, f"{LEAD} {text} {OTHER}", want))
    return out


CELLS = cells()
#: cells that would need a wording-specific rule, with the reason
XFAIL: dict[str, str] = {}


def release(title: str, body: str) -> str:
    return f"---\ntitle: \"{title}\"\narea: Kent\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"


@pytest.mark.parametrize("cell, title, body, status", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=XFAIL[c[0]], strict=True)) if c[0] in XFAIL else c
    for c in CELLS], ids=[c[0] for c in CELLS])
def test_headline_backing_grid(cell: str, title: str, body: str, status: dict[str, str]) -> None:
    rows = extract_text(release(title, body), release_id="grid").comparison
    rows = rows[rows["headline_text"].notna()]
    assert len(rows) >= len(status), "a headline claim was not read"
    for _, row in rows.iterrows():
        offence = next(k for k in status if k.lower() in f"{row['metric']} {row['measure']}".lower())
        assert row["status"] == status[offence], f"{row['headline_text']!r} ({row['metric']}): {row['note']}"


# The headline's own measure when its words name none or several (round 11): a list member written without
# the head it shares with the last member ("robbery, sex and violent crime", "knife and gun crime"), and a
# second change whose subject names no measure ("... as new figures show a decline"), which restates
# the headline's other change of the same direction. Refusals: a member the body gives nothing on, a
# restating change against a body on another measure.
# (cell, title, body, expected status by a word of the row's metric, "" for any row)
HEAD_FORMS = [
    ("shared_head_three", "Robbery, sex and violent crime down in Kent",
     f"Robbery in Kent fell by 6% {P}, sexual offences fell by 4% and violent crime fell by 3%.",
     {"": "consistent"}),
    ("shared_head_pair", "Knife and gun crime fall in Kent",
     f"Knife crime in Kent fell by 6% {P}, and gun crime fell by 4%.", {"": "consistent"}),
    ("shared_head_pair_refusal", "Knife and gun crime fall in Kent",
     f"Knife crime in Kent fell by 6% {P}.", {"knife": "consistent", "gun": "unsupported"}),
    ("restating_change", "Kent burglaries continue to fall as new figures show a decline",
     f"Burglaries in Kent fell by 6% {P}.", {"": "consistent"}),
    ("restating_change_other_measure", "Kent burglaries continue to fall as new figures show a decline",
     f"Recorded crime in Kent fell by 6% {P}.", {"": "unsupported"}),
    ("list_member_is_no_restatement", "Fall in burglary and road death figures",
     f"Burglaries in Kent fell by 6% {P}.", {"burglar": "consistent", "": "unsupported"}),
]
#: head-form cells that would need a wording-specific rule, with the reason
HEAD_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("cell, title, body, status", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=HEAD_XFAIL[c[0]], strict=True)) if c[0] in HEAD_XFAIL else c
    for c in HEAD_FORMS], ids=[c[0] for c in HEAD_FORMS])
def test_headline_backing_grid_head_forms(cell: str, title: str, body: str, status: dict[str, str]) -> None:
    rows = extract_text(release(title, f"{LEAD} {body} {OTHER}"), release_id="grid").comparison
    rows = rows[rows["headline_text"].notna()]
    assert len(rows) >= len(status), "a headline claim was not read"
    for _, row in rows.iterrows():
        offence = next(k for k in status if k.lower() in f"{row['metric']} {row['measure']}".lower())
        assert row["status"] == status[offence], f"{row['headline_text']!r} ({row['metric']}): {row['note']}"


# A headline change over a span of years with no figure ("fallen over the last two years") against the body's
# changes for the years inside the span: each year's change is a step of it, and two years' different sizes
# are for two periods, no disagreement. Refusals: a year going the other way contradicts it; a total's span
# is not backed by a sub-measure's years. (cell, title, body, status)
SPAN = "Crime in Kent has fallen over the last two years"
SPAN_FORMS = [
    ("years_same_size", SPAN, "Recorded crime in Kent fell by 6% in 2021 and by 6% in 2022.", "consistent"),
    ("years_other_sizes", SPAN, "Recorded crime in Kent fell by 4% in 2021 and by 9% in 2022.", "consistent"),
    ("years_two_sentences", SPAN, "Recorded crime in Kent fell by 4% in 2021. In 2022 it fell by a further 9%.",
     "consistent"),
    ("year_opposite", SPAN, "Recorded crime in Kent rose by 4% in 2021 and fell by 9% in 2022.", "contradicted"),
    ("years_sub_measure", SPAN, "Burglary in Kent fell by 4% in 2021 and by 9% in 2022.", "unsupported"),
]


#: span cells left failing: the rule (a span's yearly steps back it; two years' sizes do not disagree) was
#: written and dropped: one tune text has the class (r2902), where the body's periods are misread upstream,
#: so it moved that text from unsupported to qualified and nothing else
SPAN_XFAIL = {c[0]: "a figureless headline over a span of years is not matched to the body's years inside it"
              for c in SPAN_FORMS if c[0] != "years_sub_measure"}


@pytest.mark.parametrize("cell, title, body, status", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=SPAN_XFAIL[c[0]], strict=True)) if c[0] in SPAN_XFAIL else c
    for c in SPAN_FORMS], ids=[c[0] for c in SPAN_FORMS])
def test_headline_backing_grid_span_of_years(cell: str, title: str, body: str, status: str) -> None:
    rows = extract_text(release(title, f"{LEAD} {body} {OTHER}"), release_id="grid").comparison
    rows = rows[rows["headline_text"].notna()]
    assert len(rows) == 1, "one headline claim"
    assert rows.iloc[0]["status"] == status, rows.iloc[0]["note"]


# Round 12: four ways the body backs a headline that the status rules had misread. Slots varied
# independently: the headline's form, and the body's backing.
# - sub-measures of a headline measure that is no total ("violent crime"), each with its own size: figures for two
#   offences are no two estimates of one figure, so their sizes do not qualify it; two sizes for the headline's
#   own measure do (refusal), and a total's headline is still not backed by sub-measures alone (refusal);
# - two sizes for the headline's own measure qualify a headline without a figure (the guide's seed: "the
#   decrease is closer to 2%"); a change on another baseline ("down 50% on 2003") is kept as a figure on the
#   same thing, as the gold reads it (a rule preferring the year's comparison was tried and dropped);
# - a place list holding a pointer to the release's area ("across the county and Medway") is the release's area
#   with the places it takes in; a list of other places is not (refusal);
# - a headline figure whose words name no measure ("Latest figures show a 6% drop") is about the measure of the
#   body figure restating it; no restating figure, one for another place, or restating figures on two measures
#   back nothing (refusals).
# (cell, title, body, status)
SUB_TITLES = [
    ("verb", "Violent crime falls in Kent"),
    ("noun_after", "Fall in violent crime in Kent"),
    ("range", "Range of violent crimes fall in Kent"),
]
SUB_BODIES = [
    ("respectively", f"Attempted murders and serious assaults in Kent fell by 12 and 43 offences respectively {P}.",
     "consistent"),
    ("two_sentences", f"Serious assaults in Kent fell by 6% {P}. Robberies with violence fell by 14%.", "consistent"),
    ("named_each", f"Serious assaults in Kent fell by 6% {P}, while common assaults fell by 11%.", "consistent"),
    ("same_measure_refusal", f"Violent crime in Kent fell by 4% {P}. Police figures show violent crime fell by 9% "
                             f"over the same period.", "qualified"),
    ("opposite_refusal", f"Serious assaults in Kent fell by 6% {P}, while common assaults rose by 11%.",
     "contradicted"),
]
TOTAL_SUBS = ("total_subs_refusal", "Crime falls in Kent",
              f"Serious assaults in Kent fell by 6% {P}, while burglaries fell by 11%.", "unsupported")
LONG_TITLES = [("verb", "Crime falls in Kent"), ("noun_after", "Kent police welcome fall in crime"),
               ("continues", "Crime in Kent continues to fall")]
#: two figures for the headline's measure that differ qualify a headline without a figure, also when one of
#: them is written as a reading of the same change ("the decrease is closer to 2%")
LONG_BODIES = [
    ("restated_refusal", f"Recorded crime in Kent fell by 6% {P}. Compared with 2010, the decrease is closer to "
                         f"2%.", "qualified"),
    ("same_base_refusal", f"Recorded crime in Kent fell by 6% {P}. Overall crime in Kent fell by 12% on the year "
                          f"before.", "qualified"),
]
PLACE_BODIES = [
    ("county_and", f"There were 2,400 fewer offences across the county and Stoke-on-Trent {P}, a fall of 6%.",
     "consistent"),
    ("county_and_subject", f"Crime across the county and Stoke-on-Trent fell by 6% {P}.", "consistent"),
    ("in_county_and", f"Recorded crime in the county and Stoke-on-Trent fell by 6% {P}.", "consistent"),
    ("force_area_and", f"Crime across the force area and Stoke-on-Trent fell by 6% {P}.", "consistent"),
    ("other_places_refusal", f"Crime across Sussex and Surrey fell by 6% {P}.", "unsupported"),
    ("other_place_and_city_refusal", f"Crime across Sussex and Stoke-on-Trent fell by 6% {P}.", "unsupported"),
]
UNNAMED = "Latest police figures show 6% drop"
UNNAMED_BODIES = [
    ("restated", f"Crime in Kent is down after falling by 6% {P}.", "consistent"),
    ("restated_offences", f"The number of offences recorded in Kent fell by 6% {P}.", "consistent"),
    ("restated_count_beside", f"There were 3,000 fewer crimes in Kent {P}, a fall of 6%.", "consistent"),
    ("no_restatement_refusal", f"Recorded crime in Kent fell by 9% {P}.", "unsupported"),
    ("national_refusal", f"Recorded crime in England and Wales fell by 6% {P}.", "unsupported"),
    ("two_measures_refusal", f"Burglary in Kent fell by 6% {P}, and robbery fell by 6% too.", "unsupported"),
]
ROUND12 = [
    *[(f"sub-{t}-{b}", title, body, want) for t, title in SUB_TITLES for b, body, want in SUB_BODIES],
    TOTAL_SUBS,
    *[(f"long-{t}-{b}", title, body, want) for t, title in LONG_TITLES for b, body, want in LONG_BODIES],
    *[(f"place-{t}-{b}", title, body, want) for t, title in LONG_TITLES for b, body, want in PLACE_BODIES],
    *[(f"unnamed-{b}", UNNAMED, body, want) for b, body, want in UNNAMED_BODIES],
]
#: round-12 cells that would need a wording-specific rule, with the reason
ROUND12_XFAIL: dict[str, str] = {}


@pytest.mark.parametrize("cell, title, body, status", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=ROUND12_XFAIL[c[0]], strict=True)) if c[0] in ROUND12_XFAIL
    else c for c in ROUND12], ids=[c[0] for c in ROUND12])
def test_headline_backing_grid_round12(cell: str, title: str, body: str, status: str) -> None:
    rows = extract_text(release(title, f"{LEAD} {body} {OTHER}"), release_id="grid").comparison
    rows = rows[rows["headline_text"].notna()]
    assert len(rows) == 1, f"one headline claim: {list(rows['headline_text'])}"
    assert rows.iloc[0]["status"] == status, f"{rows.iloc[0]['headline_text']!r}: {rows.iloc[0]['note']}"


# Round 13: four ways the body backs a headline that the pairing had misread. Slots varied independently: the
# headline's form and the body's backing.
# - the second member of a headline list whose own words open with its measure ("Burglary and drug seizures are
#   down": "drug seizures are down") is about that measure, not the member before it; refusal: a body with a
#   figure on the first member only backs nothing of the second;
# - the victims of an offence are a count of it ("3,000 fewer victims of crime", "burglary victims"); refusals:
#   victims of one offence do not back a total headline, a survey's victims do not back recorded crime;
# - a headline figure with no period of its own that the body gives for one of two periods (a calendar year and
#   a financial year) is about that period: the other period's figure does not qualify it; refusals: no figure
#   restates it, or two figures for one period differ;
# - a baseline written in the headline ("than five years ago") is its own comparison: a change on the year
#   before does not bear on it (refusal), one against that year does.
# (cell, title, body, expected status by a word of the row's metric or measure, "" for any row)
LIST_TITLES = [
    ("are_down", "Burglary and drug seizures are down in Kent"),
    ("fall", "Burglaries and drug seizures fall in Kent"),
    ("down", "Robbery and drug seizures down in Kent"),
]
LIST_BODIES = [
    ("both", f"Burglary and robbery in Kent fell by 6% {P}. The number of drug seizures in Kent was down 2%.",
     {"drug": "consistent", "": "consistent"}),
    ("second_only", f"The number of drug seizures in Kent was down 2% {P}.",
     {"drug": "consistent", "": "unsupported"}),
    ("first_only_refusal", f"Burglary and robbery in Kent fell by 6% {P}.", {"drug": "unsupported", "": "consistent"}),
]
VICTIM_FORMS = [
    ("crime_total", "Crime falls in Kent", f"There were 3,000 fewer victims of crime in Kent {P}.", "consistent"),
    ("crime_victims_title", "Fewer crime victims in Kent", f"Recorded crime in Kent fell by 6% {P}.", "consistent"),
    ("victims_of_title", "Fewer victims of crime in Kent", f"Recorded crime in Kent fell by 6% {P}.", "consistent"),
    ("victims_both", "Fewer crime victims in Kent", f"There were 3,000 fewer victims of crime in Kent {P}.",
     "consistent"),
    ("burglary_victims", "Burglaries fall in Kent", f"The number of burglary victims in Kent fell by 6% {P}.",
     "consistent"),
    ("victims_of_burglary", "Burglaries fall in Kent", f"There were 300 fewer victims of burglary in Kent {P}.",
     "consistent"),
    ("sub_victims_refusal", "Crime falls in Kent", f"There were 300 fewer victims of burglary in Kent {P}.",
     "unsupported"),
    ("survey_victims_refusal", "Crime falls in Kent", "The Crime Survey for England and Wales estimates that there "
                                                      f"were 3,000 fewer victims of crime in Kent {P}.",
     "unsupported"),
    ("opposite", "Fewer crime victims in Kent", f"There were 3,000 more victims of crime in Kent {P}.",
     "contradicted"),
    ("people_were_victims", "Crime falls in Kent", f"The figures show 3,000 fewer people were victims of crime in "
                                                   f"Kent {P}.", "consistent"),
]
PERIOD_TITLES = [("figure", "Kent crime down 3.9%"), ("figure_noun", "3.9% drop in Kent crime")]
PERIOD_BODIES = [
    ("reported_first", "Recorded crime in Kent fell by 3.9% in the year to March 2023. In the 12 months to December "
                       "2022 it fell by 5%.", "consistent"),
    ("other_first", "Recorded crime in Kent fell by 5% in the 12 months to December 2022. In the year to March 2023 "
                    "it fell by 3.9%.", "consistent"),
    ("calendar_restated", "Recorded crime in Kent fell by 3.9% in the 12 months to December 2022. In the year to "
                          "March 2023 it fell by 5%.", "consistent"),
    ("none_restates_refusal", "Recorded crime in Kent fell by 6% in the year to March 2023. In the 12 months to "
                              "December 2022 it fell by 5%.", "qualified"),
    ("one_period_refusal", f"Recorded crime in Kent fell by 3.9% {P}. Police figures show recorded crime in Kent fell "
                           "by 6% over the same period.", "qualified"),
]
BASE_TITLES = [("than", "3,000 fewer crimes in Kent than five years ago"),
               ("on", "Kent crime down by 3,000 offences on five years ago")]
BASE_BODIES = [
    ("same_base", "There were 3,000 fewer crimes in Kent in the year to March 2023 than in the year to March 2018.",
     "consistent"),
    ("year_before_refusal", f"There were 500 fewer crimes in Kent {P} than in the year before.", "unsupported"),
    ("both", f"There were 500 fewer crimes in Kent {P} than in the year before, and 3,000 fewer than in the year "
             "to March 2018.", "consistent"),
]
ROUND13 = [
    *[(f"list-{t}-{b}", title, body, want) for t, title in LIST_TITLES for b, body, want in LIST_BODIES],
    *[(f"victims-{name}", title, body, {"": want}) for name, title, body, want in VICTIM_FORMS],
    *[(f"period-{t}-{b}", title, body, {"": want}) for t, title in PERIOD_TITLES for b, body, want in PERIOD_BODIES],
    *[(f"base-{t}-{b}", title, body, {"": want}) for t, title in BASE_TITLES for b, body, want in BASE_BODIES],
]
#: round-13 cells that would need a wording-specific rule, with the reason
ROUND13_XFAIL: dict[str, str] = {
    f"base-on-{b}": "the claim's period, not the pairing: 'down by 3,000 offences on five years ago' reads 'five "
                    "years ago' as the headline's period, not its baseline"
    for b in ("same_base", "both")}
ROUND13_XFAIL["victims-people_were_victims"] = ("the body claim's metric, not the pairing: '3,000 fewer people were "
                                                "victims of crime' is read as counting 'people'")


@pytest.mark.parametrize("cell, title, body, status", [
    pytest.param(*c, marks=pytest.mark.xfail(reason=ROUND13_XFAIL[c[0]], strict=True)) if c[0] in ROUND13_XFAIL
    else c for c in ROUND13], ids=[c[0] for c in ROUND13])
def test_headline_backing_grid_round13(cell: str, title: str, body: str, status: dict[str, str]) -> None:
    rows = extract_text(release(title, f"{LEAD} {body} {OTHER}"), release_id="grid").comparison
    rows = rows[rows["headline_text"].notna()]
    assert len(rows) >= len(status), f"a headline claim was not read: {list(rows['headline_text'])}"
    for _, row in rows.iterrows():
        offence = next(k for k in status if k.lower() in f"{row['metric']} {row['measure']}".lower())
        assert row["status"] == status[offence], f"{row['headline_text']!r} ({row['metric']}): {row['note']}"
