"""The claims component on small literal texts: number forms, directions,
hedges, distractors, metric and area; plus rule-file validation.

The component needs the parser (metric) and NER (places), so cases run on the
full pipeline; it is built once per test session by ``extractor.pipeline.load``.
Expected rows: (value, unit, kind, direction, approx).
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest
import srsly

from extractor.components.base import RuleError, check_unique_ids
from extractor.components.claims.validation import validate_rules
from .helpers import run

RULES_DIR = Path(__file__).resolve().parents[2] / "models" / "crime_claims" / "rules"


def rows(doc):
    """(value rounded to 2 places, unit, kind, direction, approx) per claim."""
    return [(None if s._.value is None else round(s._.value, 2), s._.unit, s._.kind, s._.direction, s._.approx)
            for s in doc.spans["claims"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Crime fell by 10% last year.", [(10, "percent", "change", "decrease", "exact")]),
        ("Crime fell by 10 per cent last year.", [(10, "percent", "change", "decrease", "exact")]),
        ("Crime fell by 10 percent last year.", [(10, "percent", "change", "decrease", "exact")]),
        ("Crime fell 10pc last year.", [(10, "percent", "change", "decrease", "exact")]),
        ("Burglary fell by ten per cent.", [(10, "percent", "change", "decrease", "exact")]),
        ("Robbery rose by 10.4%.", [(10.4, "percent", "change", "increase", "exact")]),
        ("The charge rate was down 4.5 percentage points.",
         [(4.5, "percentage_point", "change", "decrease", "exact")]),
        ("The force recorded 3,412 offences.", [(3412, "count", "level", None, "exact")]),
        ("Police recorded 3.9 million crimes.", [(3900000, "count", "level", None, "exact")]),
        ("Fraud losses reached £3.9m.", [(3900000, "currency", "level", None, "exact")]),
        ("Officers dealt with nearly 500 reports.", [(500, "count", "level", None, "approximate")]),
        ("The PCC has set aside £1.2 million for patrols.", [(1200000, "currency", "level", None, "exact")]),
        ("The council is spending £500,000 on CCTV.", [(500000, "currency", "level", None, "exact")]),
        ("That works out at 25p a week for patrols.", [(0.25, "currency", "level", None, "exact")]),
        ("The crime rate stands at 62 crimes per 1,000 people.", [(62, "rate", "level", None, "exact")]),
        ("Vehicle crime fell by a third.", [(33.33, "percent", "change", "decrease", "exact")]),
        ("Vehicle crime fell by a quarter.", [(25, "percent", "change", "decrease", "exact")]),
        ("Domestic abuse accounts for one in five of all crimes.", [(20, "percent", "level", None, "exact")]),
        # "N out of M", "N in every M", "two in three": a share; the number words are no counts
        ("Meanwhile, nine out of ten victims of burglary (88 per cent) were satisfied.",
         [(90, "percent", "level", None, "exact"), (88, "percent", "level", None, "exact")]),
        ("Two in three residents feel safe in the town centre.", [(66.67, "percent", "level", None, "exact")]),
        ("Seven out of 10 victims of fraud were women.", [(70, "percent", "level", None, "exact")]),
        ("One in every 100 calls to the force was a hoax.", [(1, "percent", "level", None, "exact")]),
        # a digit denominator past 20 is no share: two counts
        ("Officers visited 32 out of 43 schools.",
         [(32, "count", "level", None, "exact"), (43, "count", "level", None, "exact")]),
        # the size of a survey's sample is about the data source, not the world: no claim (guide,
        # "What the context carries": "A figure that is not about the world but about the text or the
        # data source is no claim: ... 'data from 44 forces'"); a figure the survey found still is
        ("The study draws on interviews with 28,000 households across Wales.", []),
        ("A survey of more than 3,000 residents found 62% felt safe.", [(62, "percent", "level", None, "exact")]),
        ("Officers asked 40 shops to close early.", [(40, "count", "level", None, "exact")]),
        ("London accounts for around half of all offences.", [(50, "percent", "level", None, "approximate")]),
        ("Theft from the person halved.", [(50, "percent", "change", "decrease", "exact")]),
        ("The number of knives seized doubled.", [(100, "percent", "change", "increase", "exact")]),
        ("The rate in Hull is three times the national average.", [(3, "ratio", "level", None, "exact")]),
        ("Crime changed by -4.6% in the year.", [(4.6, "percent", "change", "decrease", "exact")]),
        ("Robbery (-9.4%) fell sharply.", [(9.4, "percent", "change", "decrease", "exact")]),
        ("Thefts were +3% on last year.", [(3, "percent", "change", "increase", "exact")]),
        # a rate named before its figure: "the rate per 1,000 ... is N", "a rate of N"
        ("In Leeds the burglary rate per thousand homes is 12.", [(12, "rate", "level", None, "exact")]),
        ("The town's crime rate per 1,000 residents was about 95.", [(95, "rate", "level", None, "approximate")]),
        ("The county has a crime rate of 41.", [(41, "rate", "level", None, "exact")]),
    ],
)
def test_claims_number_forms(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("There was a 10% drop in burglary.", [(10, "percent", "change", "decrease", "exact")]),
        ("Burglary showed a reduction of 8%.", [(8, "percent", "change", "decrease", "exact")]),
        ("Drug offences went up by 19 per cent.", [(19, "percent", "change", "increase", "exact")]),
        ("The total is 8% higher than in 2019.", [(8, "percent", "change", "increase", "exact")]),
        ("Recorded crime was 3% more than in the previous year.", [(3, "percent", "change", "increase", "exact")]),
        ("Burglary is now a third lower than in 2019.", [(33.33, "percent", "change", "decrease", "exact")]),
        ("Burglary fell by 10.4% to 4,517 offences.",
         [(10.4, "percent", "change", "decrease", "exact"), (4517, "count", "level", None, "exact")]),
        ("The rate rose from 25.8% to 26.4%.",
         [(25.8, "percent", "level", None, "exact"), (26.4, "percent", "level", None, "exact")]),
        ("Robbery was unchanged at 1,086 offences.", [(1086, "count", "level", None, "exact")]),
        ("The charge rate remained stable at 7.4%.", [(7.4, "percent", "level", None, "exact")]),
        # the guide: "down 14% and 7%" is two claims, both the same fall
        ("Crime was down 14% and 7%.",
         [(14, "percent", "change", "decrease", "exact"), (7, "percent", "change", "decrease", "exact")]),
        ("Thefts and robberies increased by 9% and 3% respectively.",
         [(9, "percent", "change", "increase", "exact"), (3, "percent", "change", "increase", "exact")]),
        ("Violence fell 10%, 8% and 5% respectively.",
         [(10, "percent", "change", "decrease", "exact"), (8, "percent", "change", "decrease", "exact"),
          (5, "percent", "change", "decrease", "exact")]),
        ("Burglary fell by 12% to 4,517 offences.",
         [(12, "percent", "change", "decrease", "exact"), (4517, "count", "level", None, "exact")]),
        ("Fraud made up 3.9 million of them.", [(3900000, "count", "level", None, "exact")]),
        ("Robbery did not rise by 5%.", [(5, "percent", "change", "none", "exact")]),
        ("The actual decrease is closer to 2%.", [(2, "percent", "change", "decrease", "approximate")]),
        # a change noun with its "in" phrase as the subject of a copula: the figure is the change
        ("The real rise in vehicle thefts was about 11%.", [(11, "percent", "change", "increase", "approximate")]),
        ("The fall in reported robbery over the year was 14 per cent.",
         [(14, "percent", "change", "decrease", "exact")]),
        # refusals: the change noun in another clause, or the figure a level of something else
        ("After the rise in shoplifting, the charge rate was 18%.", [(18, "percent", "level", None, "exact")]),
        ("The increase in patrols means 35% of residents feel safer.", [(35, "percent", "level", None, "exact")]),
        # the direction verb before ", by N" (not an elliptical clause continuing the fall)
        ("Crime fell by 4%, with shoplifting the only offence to rise, by 2.7 per cent.",
         [(4, "percent", "change", "decrease", "exact"), (2.7, "percent", "change", "increase", "exact")]),
        ("A household will pay an increase of £12.96, or 4.9 per cent.",
         [(12.96, "currency", "change", "increase", "exact"), (4.9, "percent", "change", "increase", "exact")]),
    ],
)
def test_claims_direction_and_kind(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # elliptical and coordinated changes
        ("Thefts from homes have fallen eight per cent, and from sheds by four per cent.",
         [(8, "percent", "change", "decrease", "exact"), (4, "percent", "change", "decrease", "exact")]),
        ("Robbery and arson were all up by between two and four percent.",
         [(2, "percent", "change", "increase", "exact"), (4, "percent", "change", "increase", "exact")]),
        ("Knife crime rose from 2 to 5 per cent of all offences.",
         [(2, "percent", "level", None, "exact"), (5, "percent", "level", None, "exact")]),
        ("Robbery is down 9 per cent and arson down 4 per cent.",
         [(9, "percent", "change", "decrease", "exact"), (4, "percent", "change", "decrease", "exact")]),
        ("Robbery rose 3% and burglary fell by 10%.",
         [(3, "percent", "change", "increase", "exact"), (10, "percent", "change", "decrease", "exact")]),
        # direction from a noun phrase with "of", "at" or a noun after the figure
        ("The force recorded a fall in overall crime of four per cent.", [(4, "percent", "change", "decrease", "exact")]),
        ("The figures show a reduction of 12 per cent.", [(12, "percent", "change", "decrease", "exact")]),
        ("There was a rise of 2% in shed burglary.", [(2, "percent", "change", "increase", "exact")]),
        ("Despite the drop in burglary the town saw a rise of 6% in arson.",
         [(6, "percent", "change", "increase", "exact")]),
        ("Police blamed a 14 per cent spike in bike thefts on unlocked sheds.",
         [(14, "percent", "change", "increase", "exact")]),
        ("Fines saw a 7% hike.", [(7, "percent", "change", "increase", "exact")]),
        ("There was a 5% dip in robbery.", [(5, "percent", "change", "decrease", "exact")]),
        ("Cumbria saw a smaller rise in violence, at just seven per cent overall.",
         [(7, "percent", "change", "increase", "exact")]),
        ("There was a drop in crime across England and Wales of 5%.",
         [(5, "percent", "change", "decrease", "exact")]),
        ("Recorded crime shows an increase of 4%. In Kent the increase is less, at 2%.",
         [(4, "percent", "change", "increase", "exact"), (2, "percent", "change", "increase", "exact")]),
        # a figure named as a figure restates the change of the same value before it
        ("There was a drop in burglary of 5%. Analysts cannot say if the 5% figure will last.",
         [(5, "percent", "change", "decrease", "exact"), (5, "percent", "change", "decrease", "exact")]),
        ("Nationally there was a rise of 4%. Locally theft rose by 2%, half the national figure of 4%.",
         [(4, "percent", "change", "increase", "exact"), (2, "percent", "change", "increase", "exact"),
          (4, "percent", "change", "increase", "exact")]),
        ("Analysts cannot say if the 5% figure will last.", [(5, "percent", "level", None, "exact")]),
        # long distance: the verb that "by" hangs on
        ("Nationally the numbers fell across all offences recorded by police in the year to March by seven per cent.",
         [(7, "percent", "change", "decrease", "exact")]),
        ("The station was opened by 12 volunteers.", [(12, "count", "level", None, "exact")]),
        # restated changes, intensifiers, relative clauses, "year-on-year"
        ("Shed thefts were down by a huge 20pc.", [(20, "percent", "change", "decrease", "exact")]),
        ("There were 150 burglaries in May, down from 210, or 29 per cent, compared with May last year.",
         [(150, "count", "level", None, "exact"), (210, "count", "level", None, "exact"),
          (29, "percent", "change", "decrease", "exact")]),
        ("Knife crime rose to 400 offences, or 3 per cent of all crime.",
         [(400, "count", "level", None, "exact"), (3, "percent", "level", None, "exact")]),
        ("The chairman blamed the 120 officers the force has lost since 2010.",
         [(120, "count", "change", "decrease", "exact")]),
        ("All crime in the county rose by almost 20 per cent year-on-year.",
         [(20, "percent", "change", "increase", "approximate")]),
        # a trend takes the direction of the change it is compared with
        ("Burglary fell eight per cent, putting the county ahead of the two per cent national trend.",
         [(8, "percent", "change", "decrease", "exact"), (2, "percent", "change", "decrease", "exact")]),
    ],
)
def test_claims_coordination_and_noun_phrases(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "hedge, approx",
    [
        ("around", "approximate"), ("about", "approximate"), ("roughly", "approximate"),
        ("some", "approximate"), ("almost", "approximate"), ("nearly", "approximate"),
        ("approximately", "approximate"), ("more than", "lower_bound"), ("over", "lower_bound"),
        ("at least", "lower_bound"), ("in excess of", "lower_bound"), ("less than", "upper_bound"),
        ("under", "upper_bound"), ("fewer than", "upper_bound"), ("up to", "upper_bound"),
    ],
)
def test_claims_hedges(nlp, hedge, approx):
    doc = run(nlp, f"Officers made {hedge} 1,900 arrests.")
    assert rows(doc) == [(1900, "count", "level", None, approx)]


def test_claims_hedge_after_direction(nlp):
    assert rows(run(nlp, "Knife crime was down by about 8%.")) == [(8, "percent", "change", "decrease", "approximate")]


@pytest.mark.parametrize(
    "text",
    [
        "The Theft Act 1968 applies.",
        "In 2019, patrols began.",
        "A 23-year-old man was arrested.",
        "The men, aged 19 and 23, were charged.",
        "The assault happened shortly after 2am.",
        "She was arrested at around 3.15pm.",
        "Call 101 or dial 999 in an emergency.",
        "Report it to police on 101.",
        "Contact us on 101, or 999 if a crime is in progress.",
        "Ring 999 if you see anyone acting suspiciously.",
        "Contact Crimestoppers on 0800 555 111.",
        "Call the helpline on 0808 2000 247.",
        "Hang up and call 159 to reach your bank.",
        "He lives at 14 Acacia Avenue.",
        "Officers used powers under section 60 of the Act.",
        "The launch of Operation Nightjar 2021 was a success.",
        "The panel meets on 16 November.",
        "It was the first time the force had done so.",
        "The force saw double-digit growth.",
        "That remains one of the highest rates in England.",
        "The proportion of adults who were victims of at least one crime is small.",
        "Losses ranged from a few hundred pounds upwards.",
        "Wait at least five minutes before calling back.",
        "The 24-hour helpline is free.",
        "Figures for 2019/20 are published today.",
        "Over the twelve months, officers were busy.",
        # a rank, not a figure
        "The force is in the top 10 highest detection rates.",
        "Leeds was in the bottom 5 for response times.",
    ],
)
def test_claims_distractors(nlp, text):
    assert rows(run(nlp, text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # a number that names a class, category, outcome or priority is no figure, nor a list or range of them
        ("Detections of class 2 and 3 offences were up on last year.", []),
        ("Reports of crimes in groups 1 to 4 are shown in the annex.", []),
        ("Burglary is covered under Priority 3 of the plan.", []),
        ("Officers closed the case under Outcome 16 after the victim withdrew.", []),
        ("The force aims to be a top five performer by 2026.", []),
        ("She said the county was in our top 3 most improved areas.", []),
        # a definite count of reviews or operations the text refers back to
        ("The force adopted advice from the three inspections of its call handling.", []),
        ("Patrols ran under Operation Kestrel and Operation Hawk - two large operations aimed at car theft.", []),
        # refusals: the same nouns with a figure that compares, a count of the nouns, a top share
        ("Categories 3% lower than last year included arson.", [(3, "percent", "change", "decrease", "exact")]),
        ("Officers carried out 45 operations against drug dealing.", [(45, "count", "level", None, "exact")]),
        ("Outcomes 1,204 were recorded as charged.", [(1204, "count", "level", None, "exact")]),
        ("The top 10% of offenders commit most thefts.", [(10, "percent", "level", None, "exact")]),
    ],
)
def test_claims_numbers_that_name_are_not_figures(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "better"/"worse" after a figure: a change whose direction the measure decides; for a harm better is
        # a fall, for a service (calls answered, detections, satisfaction) better is a rise
        ("Vehicle crime ended the year 4.2% better than the force target.",
         [(4.2, "percent", "change", "decrease", "exact")]),
        ("Serious injuries on the roads were 11 per cent worse than in 2019.",
         [(11, "percent", "change", "increase", "exact")]),
        ("Victim satisfaction with the service was 3 per cent better than last year.",
         [(3, "percent", "change", "increase", "exact")]),
        ("Staff answered most non-emergency calls on time. That was 2.5% worse than the year before.",
         [(2.5, "percent", "change", "decrease", "exact")]),
        # refusal: a figure reached stays a level; "better than the average" compares places
        ("Detections improved to 28% better.", [(28, "percent", "level", None, "exact")]),
        ("The burglary rate was 9% better than the national average.", [(9, "percent", "level", None, "exact")]),
    ],
)
def test_claims_better_and_worse_take_the_direction_of_the_measure(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "a difference of N%", "a N per cent change": the change between the two levels just given, when
        # their difference is the figure to its rounding
        ("Shoplifting went from 2,400 offences to 2,160, a 10 per cent change.",
         [(2400, "count", "level", None, "exact"), (2160, "count", "level", None, "exact"),
          (10, "percent", "change", "decrease", "exact")]),
        ("Last year we logged 812 hate crimes. This year we logged 870. That is a difference of 7.1%.",
         [(812, "count", "level", None, "exact"), (870, "count", "level", None, "exact"),
          (7.1, "percent", "change", "increase", "exact")]),
        ("Arrests moved from 300 to 340, a change of 40.",
         [(300, "count", "level", None, "exact"), (340, "count", "level", None, "exact"),
          (40, "count", "change", "increase", "exact")]),
        # refusal: figures whose difference is not the figure leave it a level
        ("Robbery went from 500 to 450, a 3 per cent change in the share of street crime.",
         [(500, "count", "level", None, "exact"), (450, "count", "level", None, "exact"),
          (3, "percent", "level", None, "exact")]),
        ("The survey found a difference of 12% between men and women.", [(12, "percent", "level", None, "exact")]),
    ],
)
def test_claims_neutral_change_takes_the_direction_of_the_levels_before_it(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


def test_claims_rate_denominator_is_not_a_claim(nlp):
    doc = run(nlp, "The crime rate now stands at 84 crimes per 1,000 residents.")
    assert [s._.value for s in doc.spans["claims"]] == [84]
    assert doc.spans["claims"][0]._.metric.endswith("rate")


@pytest.mark.parametrize(
    "text, expected",
    [
        # "for every million journeys" is a rate's denominator like "per 1,000 people"
        ("Bus routes saw 7 assaults for every million journeys.", [(7, "rate", "level", None, "exact")]),
        ("There were 31 burglaries for every 1,000 homes in the borough.", [(31, "rate", "level", None, "exact")]),
        ("Officers made 12 arrests per million residents.", [(12, "rate", "level", None, "exact")]),
        # refusal: a count before "for every" with no such denominator stays a count
        ("Police charged 14 men for every offence they admitted.", [(14, "count", "level", None, "exact")]),
    ],
)
def test_claims_for_every_million_is_a_rate(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a thousands comma followed by a stray space: one figure when exactly three digits follow
        ("Officers logged 41, 286 calls about noise last winter.", [(41286, "count", "level", None, "exact")]),
        ("Shoplifting climbed from 9,870 to 10, 415 offences.",
         [(9870, "count", "level", None, "exact"), (10415, "count", "level", None, "exact")]),
        # refusals: a year before the comma; two digits after it; a list of figures; a date
        ("During 2021, 318 drivers were banned.", [(318, "count", "level", None, "exact")]),
        ("Patrols visited 14, 62 and 9 schools in turn.",
         [(14, "count", "level", None, "exact"), (62, "count", "level", None, "exact"),
          (9, "count", "level", None, "exact")]),
        ("The wards saw 25, 310 and 640 thefts respectively.",
         [(25, "count", "level", None, "exact"), (310, "count", "level", None, "exact"),
          (640, "count", "level", None, "exact")]),
        ("By June 3, 150 arrests had been made.", [(150, "count", "level", None, "exact")]),
    ],
)
def test_claims_thousands_with_a_spaced_comma(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "per every 1,000 people" is a rate's denominator like "per 1,000 people"; the figure it is
        # compared with takes the unit
        ("The town had 71 offences per every 1,000 residents, against 64 a year earlier.",
         [(71, "rate", "level", None, "exact"), (64, "rate", "level", None, "exact")]),
        # refusal: "every" with no population denominator leaves a count
        ("Wardens issued 30 fines per every patrol shift.", [(30, "count", "level", None, "exact")]),
    ],
)
def test_claims_per_every_thousand_is_a_rate(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a bracketed figure the text calls a total is the level, its neighbours the change
        ("Car crime fell by 8% (2,410 offences in total, 210 fewer offences).",
         [(8, "percent", "change", "decrease", "exact"), (2410, "count", "level", None, "exact"),
          (210, "count", "change", "decrease", "exact")]),
        ("Robbery rose by 4% (612 in all).", [(4, "percent", "change", "increase", "exact"),
                                             (612, "count", "level", None, "exact")]),
        # refusal: without "total" a bracketed figure still carries the change
        ("Car crime fell by 8% (210 offences).", [(8, "percent", "change", "decrease", "exact"),
                                                  (210, "count", "change", "decrease", "exact")]),
    ],
)
def test_claims_bracketed_total_is_a_level(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # money the text calls savings was cut, the noun on either side
        ("The force has found savings of nearly £3million.", [(3000000, "currency", "change", "decrease", "approximate")]),
        ("Two thirds of the £9.5 million total savings are already made.",
         [(66.67, "percent", "level", None, "exact"), (9500000, "currency", "change", "decrease", "exact")]),
        # refusal: savings someone had are an amount, a level
        ("A pensioner was conned out of £20,000 life savings.", [(20000, "currency", "level", None, "exact")]),
    ],
)
def test_claims_savings_are_money_cut(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure that moved from another is the new level
        ("Fraud rose 6% (total 2,210 up from 2,085).", [(6, "percent", "change", "increase", "exact"),
                                                       (2210, "count", "level", None, "exact"),
                                                       (2085, "count", "level", None, "exact")]),
        # "by an average of" stands between the verb and its figure
        ("Thefts rose by an average of 4.5% across the region.", [(4.5, "percent", "change", "increase", "exact")]),
        # refusal: "up" with no "from" after the figure still says the change
        ("Fraud was 215 up on last year.", [(215, "count", "change", "increase", "exact")]),
    ],
)
def test_claims_moved_from_and_average_by(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the set of bodies the text covers, a committee paper's number, a count of targets
        ("Officers worked with the six district councils on the scheme.", []),
        ("Report 4 of the June meeting sets out the figures.", []),
        ("The force met two of its four detection rate targets.", [(2, "count", "level", None, "exact")]),
        # refusals: councils counted as a measure, a figure "across police forces", a lower-case report verb
        ("Six councils cut their CCTV budgets.", [(6, "count", "level", None, "exact")]),
        ("Robbery rose by 3.1% across police forces.", [(3.1, "percent", "change", "increase", "exact")]),
    ],
)
def test_claims_figures_about_the_bodies_and_papers(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


def test_claims_paper_number_on_its_own_header_line(nlp):
    assert rows(run(nlp, "Report: 7\nBy: Commissioner\n\nBurglary fell by 4%.")) == [
        (4, "percent", "change", "decrease", "exact")]


def test_claims_examples_cited_are_no_claims(nlp):
    assert rows(run(nlp, "Market towns such as Ripon are just three examples of places hit by thefts.")) == []
    # refusal: instances of a crime are a count
    assert rows(run(nlp, "Officers logged three instances of arson.")) == [(3, "count", "level", None, "exact")]


def test_claims_rate_carries_to_bare_figure(nlp):
    doc = run(nlp, "Dyfed-Powys has a crime rate of 47 crimes per 1,000 people against a national average of 89.",
              area="Dyfed-Powys")
    claims = doc.spans["claims"]
    assert [(s._.value, s._.unit) for s in claims] == [(47, "rate"), (89, "rate")]
    assert claims[0]._.area == "Dyfed-Powys"
    assert claims[1]._.area == "England and Wales"


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Commissioner welcomes fall in crime across Gwent", [("decrease", "crime")]),
        ("Crime levels remain stable across Dyfed-Powys", [("none", "Crime levels")]),
        ("Shoplifting across Norfolk has risen sharply", [("increase", "Shoplifting")]),
        ("Burglary and vehicle crime are down in Swindon", [("decrease", "Burglary"), ("decrease", "vehicle crime")]),
        ("Extra funding to take more knives off the streets", []),
        ("Car thefts on the up as figures published", [("increase", "Car thefts")]),
        ("Big fall in shed burglary level and arson", [("decrease", "shed burglary level"), ("decrease", "arson")]),
        # a slug title drops the "in": the noun after the change noun is what changed
        ("Big reduction burglary across the county welcomed", [("decrease", "burglary")]),
        # headline-ese without a verb: the tagger reads the measure word as one ("crime up" as a phrasal verb)
        ("Lancashire crime up", [("increase", "Lancashire crime")]),
        ("Crime up in Chorley", [("increase", "Crime")]),
        ("Violence up, crime down", [("increase", "Violence"), ("decrease", "crime")]),
        ("Offending rises", [("increase", "Offending")]),
        # ... not a phrasal verb of its own before "up"
        ("Officers step up patrols in Preston", []),
        ("Fewer burglaries in Chorley", [("decrease", "burglaries")]),
        ("Robberies plunge across the county", [("decrease", "Robberies")]),
        ("Crime in Preston creeping back to pre-pandemic levels", [("increase", "Crime")]),
        ("Fewer than expected turn out for police meeting", []),
    ],
)
def test_claims_headline_direction_without_number(nlp, headline, expected):
    doc = run(nlp, "Officers made 12 arrests.", headline=headline)
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert sorted((s._.direction, s._.metric) for s in heads) == sorted(expected)
    assert all(s._.value is None and s._.unit is None and s._.approx is None for s in heads)


def test_claims_body_direction_without_number_is_not_a_claim(nlp):
    doc = run(nlp, "The Commissioner welcomed a fall in recorded crime across the county.")
    assert rows(doc) == []


@pytest.mark.parametrize(
    "text, metric",
    [
        ("Violent crime rose by 3.8%.", "Violent crime"),
        ("Theft of and from vehicles was down 7 per cent.", "Theft of and from vehicles"),
        ("Officers have made more than 1,900 arrests for burglary.", "arrests for burglary"),
        ("Burglary fell by 10.4% to 4,517 offences.", "Burglary"),
        ("There was a reduction of 8% in burglary.", "burglary"),
        ("The Commissioner has secured £760,000 for domestic violence advisers.", "domestic violence advisers"),
        ("Violent crime was down 3 per cent and burglary fell by ten per cent.", "burglary"),
        ("Robbery fell by 31 per cent and theft from the person halved.", "theft from the person"),
        ("Robbery, burglary and theft fell by 5 per cent.", "Robbery, burglary and theft"),
        ("The force recorded a fall in overall crime of four per cent.", "crime"),
        ("Cumbria saw a smaller rise in violence, at just seven per cent overall.", "violence"),
        ("All crime in the county rose by almost 20 per cent year-on-year.", "crime"),
        # a place before the rate is its area, not part of the metric
        ("In contrast, the City of London crime rate per thousand people is 150.", "crime rate"),
        # a change noun as subject says what changed through the verb's object
        ("A steep 12% fall over the year has brought burglaries to a new low.", "burglaries"),
        ("A sharp 9% drop in the last year has pushed recorded crime to its lowest point.", "recorded crime"),
        # quotation marks around part of the phrase stay out of it, its words stay in
        ('Burglary fell by 4%, while "other theft" offences rose by 0.3%.', "other theft offences"),
    ],
)
def test_claims_metric(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][-1]._.metric == metric


@pytest.mark.parametrize(
    "headline, metric",
    [
        # title and description parse as one sentence, the subject is lost, and the nearest noun
        # before the verb is who was told, not what was reported
        ("Stalking reports continue to climb in Kent\nReports of stalking to Kent Police have risen again, "
         "new figures show.", "Reports of stalking to Kent Police"),
        ("Calls continue to rise in Surrey\nCalls about domestic abuse to Surrey Police have increased again, "
         "figures show.", "Calls"),
    ],
)
def test_claims_headline_metric_not_the_agent(nlp, headline, metric):
    doc = run(nlp, "Officers made 12 arrests.", headline=headline, area="Kent")
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert heads[-1]._.metric == metric


@pytest.mark.parametrize(
    "text, metric",
    [
        # a bare count noun takes the offence the sentence is about
        ("Shoplifting remains the biggest worry for retailers, and the latest count of 5,200 offences is a record.",
         "Shoplifting"),
        ("Fraud is the most common crime, and police logged 3,000 cases in the period.", "Fraud"),
        # ... but not a total, a count with its own offence, or a sentence that names no offence
        ("Burglary fell by 10%, while the force recorded 40,000 offences overall.", "offences"),
        ("Burglary fell, and officers recorded 3,000 shoplifting offences.", "shoplifting offences"),
        ("The survey estimated 8.9 million offences.", "offences"),
        ("Robbery fell, but the survey counted 1,200 offences against businesses.", "offences against businesses"),
    ],
)
def test_claims_metric_count_noun_takes_the_offence_topic(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][-1]._.metric == metric


@pytest.mark.parametrize(
    "text, metric",
    [
        # a counter after the figure counts what the sentence names
        ("Car crime went down, with 312 fewer victims.", "Car crime"),
        ("There were 80 fewer victims of arson, with reports falling 6%.", "arson"),
        ("Shed burglary has been at a ten year low and 45 fewer people reported it this year.", "Shed burglary"),
        ("Courier fraud is a nasty crime, and the number of reports rose by 40% this year.", "Courier fraud"),
        ("It saw the highest rate of violent crimes (6,000 cases) in the region.", "violent crimes"),
        # ... or the figure before it in the sentence
        ("Robbery fell by 7% (1,210 offences to 1,125).", "Robbery"),
        ("Arson rose by 12%, an additional 40 offences on the year before.", "Arson"),
        # a figure defined after a dash or by the change noun it ends on
        ("Last year in the town:\n- 310 - the number of robberies recorded by police.", "robberies"),
        ("Last year in the town:\n- 52 - the percentage increase in stalking offences.", "stalking offences"),
        # refusals: a counter with a measure of its own, a total, and a sentence naming no measure
        # ("fewer" says how the count changed, it is no part of the measure)
        ("Arson rose, and there were 400 fewer victims of car crime.", "victims of car crime"),
        ("Robbery fell by 4%, while a total of 52,000 offences were recorded.", "offences"),
        ("Officers attended 300 incidents in the borough.", "incidents"),
        ("The force serves 900,000 people.", "people"),
    ],
)
def test_claims_metric_of_a_counter_from_context(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][-1]._.metric == metric


@pytest.mark.parametrize(
    "text, metrics",
    [
        # victims of all crime are a measure of their own; the figures after them carry the total
        ("Overall crime fell by 9%, with some 12,000 fewer victims this year.", ["crime", "victims"]),
        ("Recorded crime dropped 3 per cent - the equivalent of 2,100 victims; a figure down from 70,400 "
         "to 68,300.", ["Recorded crime", "victims", "Recorded crime", "Recorded crime"]),
        ("Total crime rose by 4%, meaning 3,000 more victims. That is twice the national rise.",
         ["crime", "victims", "crime"]),
        ("Overall crime fell by 8%, which means 26,000 fewer victims; that is 500 fewer each week.",
         ["crime", "victims", "victims"]),
        # refusal: victims of one offence count that offence
        ("Shoplifting fell by 6%, with 450 fewer victims.", ["Shoplifting", "Shoplifting"]),
        # a count of people named by participles counts them; the change word is no part of the measure
        ("Road casualties fell, with 14 fewer seriously injured and 30 fewer slightly injured.",
         ["seriously injured", "slightly injured"]),
        ("There were 25 more killed or seriously injured on the county's roads.", ["killed or seriously injured"]),
        ("Officers recorded 62 fewer crimes involving a bladed weapon.", ["crimes involving a bladed weapon"]),
        # refusals: a verb of recording, a comparison
        ("Robbery dropped by 10%, with 41 recorded in the latest period.", ["Robbery", "Robbery"]),
        ("Arrests rose to 340, 40 more compared with the year before.", ["Arrests", "Arrests"]),
    ],
)
def test_claims_metric_of_counted_people(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # the data that shows a figure is its source, not its measure
        ("Quarterly crime figures released today reveal that 48,210 crimes were recorded, a rise of 1,100 (2.3%).",
         ["crimes", "crimes", "crimes"]),
        ("Police stats show reports of stalking in the district up 30 on last year.", ["reports of stalking"]),
        # a place the lists do not know (a name joined to a place) is no measure
        ("Like many places, the Moorlands and Lancashire has seen a rise in reports of shoplifting, with 212 "
         "additional offences recorded.", ["reports of shoplifting"]),
        # refusals: a measure named "figures" keeps them, and so does a subject that shows nothing
        ("Crime figures rose by 4%.", ["Crime figures"]),
        ("Burglary figures fell by 7%, new data shows.", ["Burglary figures"]),
    ],
)
def test_claims_metric_is_no_source_or_place(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # the data for a place or a year is still the data that shows the figure
        ("The latest crime statistics for Cumbria show that there were 24,100 crimes, an increase of 900 (3.9%).",
         ["crimes", "crimes", "crimes"]),
        ("Crime figures for 2021/22 published today reveal that burglary in the county has fallen by 8.1%.",
         ["burglary"]),
        # refusal: figures for an offence are a measure
        ("The figures for arson show a rise of 4%.", ["figures for arson"]),
        # a person whose honour the model leaves untagged is who spoke, not what was measured
        ("Deputy Mayor Tom Ridley OBE announced violent crime in the city reduced by 6% in the year.",
         ["violent crime"]),
        # a count of places is a place; a time or a trend is no measure; nor is a noun in a closed
        # adverbial clause ("since the unit came into operation")
        ("Burglary rose by 2%.\nSince the unit came into operation, a number of wards bucked the trend, "
         "including Preston (7% rise) and Chorley (4%).", ["Burglary"] * 3),
        ("The quarter to June shows a fall of 12%.", [None]),
        # refusal: a subject of the figure's own clause after a closed clause is its measure
        ("Since the new unit came into operation, robbery fell by 9%.", ["robbery"]),
    ],
)
def test_claims_metric_is_no_person_time_or_count_of_places(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # who spoke (the subject of a speech verb, a title with a name) is never the measure
        ("The Deputy Chief Constable of Kent Police, Mary Dunn, said despite an overall increase of 2 per cent, "
         "some offences have fallen.", [None]),
        # a group of people is no measure as a subject
        ("Put another way, rural residents are a quarter less likely to be burgled than they were in 2015.", [None]),
        # a word about the document or a scale is no measure: the figure carries the measure before
        ("Robbery is up again. This is a big change from the last report, which saw a 6% fall.",
         ["Robbery"]),
        ("Detection rates for stolen bicycles are nearing the 90% mark.", ["Detection rates for stolen bicycles"]),
        # refusals: a group with a clause saying what was counted of it, a document word with a preposition
        # saying of what, and a speaker's "rise in" object still name the measure
        ("People killed on the roads fell by 8%.", ["People"]),
        ("Residents who reported a burglary rose by 3% last year.", ["Residents"]),
        ("The average for burglary was 4%.", ["average for burglary"]),
        ("Burglary rose by 4%. Safe Homes Trust commented on the rise in recorded burglaries across the county, "
         "from 310 to 402.", ["Burglary", "recorded burglaries", "recorded burglaries"]),
    ],
)
def test_claims_metric_is_never_a_speaker_group_or_document_word(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a title or group word in capitals or in the singular is still no measure, nor is a group whose
        # preposition says only what body it belongs to
        ("A MEMBER of the Harbour Police Authority has praised officers after new figures showed theft in the "
         "city fell by 7 per cent.", [None]),
        ("A COUNCILLOR on the Harbour Police Board has praised officers after figures showed theft in the city "
         "fell by 7 per cent.", [None]),
        # a count of forces or districts is that figure's own, never carried to the next figure
        ("Our county is one of only five forces to record a fall. A drop of 1.2% was recorded across the area.",
         ["forces", None]),
        ("Burglary rose in eleven districts. Across the county a rise of 4% was seen.", ["districts", None]),
        # the "in" of a figure's change noun is its measure, not an "in" of another phrase before it
        ("Last year there were 80 thefts in the village, but this year there were 120 - a rise of 50 per cent.",
         ["thefts"] * 3),
        # refusals: a group with a clause saying what was counted; a measure recorded in districts carries
        ("Members of the public reporting nuisance fell by 5%.", ["Members of the public reporting nuisance"]),
        # ("the four policing districts" names the set the figures cover, no claim: guide, "What the context
        # carries", a figure about the data source; see dis_definite_set)
        ("Crimes recorded in the four policing districts fell by 2%.\nA drop of 1% is expected next year.",
         ["Crimes", "Crimes"]),
        ("There was a fall in robbery of 12% across the region.", ["robbery"]),
    ],
)
def test_claims_metric_refuses_titles_groups_and_bodies_in_any_case(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a conjunct with a determiner of its own starts a second noun phrase: the measure stops before it
        ("The scheme paid for 30 new cameras, and a youth shelter in the park.", ["new cameras"]),
        ("The grant bought 12 extra patrol cars and the radios to go with them.", ["patrol cars"]),
        # refusals: conjuncts without a determiner are one measure
        ("Officers recorded 95 thefts, robberies and burglaries.", ["thefts, robberies and burglaries"]),
        ("Vehicle crime fell by 7%, with 40 fewer thefts and robberies.", ["Vehicle crime", "thefts and robberies"]),
    ],
)
def test_claims_metric_stops_at_a_second_noun_phrase(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # each figure of a list with its own noun names its own measure
        ("Officers recorded 70 fewer robberies, 25 more shoplifting offences and 9 fewer arsons.",
         ["robberies", "offences", "arsons"]),
        ("The county saw 310 burglaries, 12 per cent down on last year, and 95 robberies, 4 per cent up.",
         ["burglaries"] * 2 + ["robberies"] * 2),
        # refusals: a bare counter after another figure still carries, and a conjunct without a figure stays
        ("Vandalism fell by 9%, with 60 fewer victims.", ["Vandalism"] * 2),
        ("Officers recorded 420 thefts and robberies last year.", ["thefts and robberies"]),
    ],
)
def test_claims_metric_of_each_item_of_a_list_of_figures(nlp, text, metrics):
    """The measure's head word (the parse decides whether "fewer" stays), and never another item's figure."""
    doc = run(nlp, text)
    got = [s._.metric for s in doc.spans["claims"]]
    assert not any(ch.isdigit() for m in got for ch in m)
    assert [m.split()[-1] if " and " not in m else m for m in got] == metrics


@pytest.mark.parametrize(
    "text, metric",
    [
        # a dash glued to the word after a figure opens an aside: the figure keeps the measure of its clause
        ("Shoplifting rose by 8% to 1,204 -almost four a day.", "Shoplifting"),
        # refusal: a hyphen inside a word after the figure is part of the measure
        ("Officers dealt with 320 anti-social behaviour reports.", "anti-social behaviour reports"),
    ],
)
def test_claims_metric_stops_at_a_glued_dash(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][1 if "%" in text else 0]._.metric == metric


@pytest.mark.parametrize(
    "text, metric",
    [
        # "the largest fall was in X, down N%": the change noun's "in" names the measure
        ("Arson rose. The largest fall was in vehicle crime, down 17%.", "vehicle crime"),
        ("The sharpest increase was in stalking, up 30%.", "stalking"),
        # refusals: "in" a place or an idiom names no measure
        ("The sharpest increase was in Lancashire, up 30%.", None),
        ("The increase was in line with the trend, up 30%.", None),
    ],
)
def test_claims_metric_of_a_change_that_was_in(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][-1]._.metric == metric


def test_claims_metric_of_a_counter_from_the_sentence_before(nlp):
    """A counter in the next sentence of the same paragraph carries the figure before; not across paragraphs."""
    doc = run(nlp, "- 33 - the percentage increase in vandalism. There were 5,100 incidents in all.\n\n"
                   "Officers attended 2,000 incidents.")
    assert [s._.metric for s in doc.spans["claims"]] == ["vandalism", "vandalism", "incidents"]


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a rate with an offence of its own keeps it; a bare second rate in the sentence takes the first's
        ("The county had 11 burglaries per 1,000 homes, against a national average of eight per 1,000 homes.",
         ["burglaries", "burglaries"]),
        # what a rate is of, after the rate word; the people it is per are never the measure
        ("The town had the second highest rate in the region for robbery per 1,000 people (2.3).", ["robbery"]),
        ("It had high rates for burglary (14.2) and arson (3.1).", ["burglary", "arson"]),
        # a rate word with only adjectives names no measure: the sentence's first rate does
        ("The county had 61 recorded offences per 1,000 people, against a national rate of 70.",
         ["offence rate", "offence rate"]),
        # refusal: a bare rate word alone in its sentence is the crime rate
        ("The rate of 88.2 was the fourth highest in the country.", ["crime rate"]),
        # a bare rate with no rate word is its clause subject's (or the noun a relative clause hangs on)
        ("Cycle theft stands at 4 per 1,000 in the borough.", ["Cycle theft"]),
        ("The rise was driven by domestic burglaries, which at 58 per 10,000 households are the highest in "
         "the region.", ["domestic burglaries"]),
        # a bare count noun under a rate word takes what the rate is of
        ("Lancashire has the lowest rate of robbery in the North West, with only 3 offences per 1,000 people.",
         ["robbery"]),
        # refusals: who counted, a noun that is no subject, a place after "rate of"
        ("The force recorded 62 crimes per 1,000 people.", ["crime rate"]),
        ("There was a drop in crime across the area from 58 per 1,000 people to 54.", ["crime rate"] * 2),
        ("Preston had the highest rate of any district, at 150 crimes per 1,000 people.", ["crime rate"]),
        # a chance or risk is no measure: the offence one is the victim of is, else the counted noun's rate
        ("The risk of becoming a victim of robbery in the borough is tiny at 2 per 1,000 residents.", ["robbery"]),
        ("Your chance of falling victim to crime here is low, with 58 crimes per 1,000 people last year.",
         ["crime rate"]),
        # a participle after the counted noun is part of what was counted
        ("In the city, 77 offences were reported per 1,000 people.", ["offence rate"]),
        ("Nationally there were 90 offences reported per 1,000 people.", ["offences reported"]),
    ],
)
def test_claims_metric_of_a_rate(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


def _period(span):
    return (span._.period_start, span._.period_end)


def test_claims_period_not_from_a_distant_relative_clause(nlp):
    headline = "Burglary in the county fell between January and December 2021 compared with the year before."
    body = ("The ONS reports a 9% fall in burglary, although the real fall is closer to 3% because of a delay in "
            "logging reports after the force moved to a new computer system which will be switched on next month.")
    doc = run(nlp, body, headline=headline, published="2022-03-10")
    body_claims = [s for s in doc.spans["claims"] if s.start_char >= doc._.headline_end]
    assert [s._.value for s in body_claims] == [9, 3]
    assert all(_period(s) == ("2021-01-01", "2021-12-31") for s in body_claims)
    assert body_claims[0]._.baseline_start == "2020-01-01"  # the headline's comparison, not "on next month"


def test_claims_period_from_a_relative_clause_on_the_figure(nlp):
    doc = run(nlp, "In a poll, 72% of people who answered last month's survey said they felt safe.",
              published="2022-03-10")
    assert _period(doc.spans["claims"][0]) == ("2022-02-01", "2022-02-28")


def test_claims_headline_duration_is_no_period(nlp):
    headline = "Reports of doorstep scams have doubled in a year"
    body = ("Reports of doorstep scams rose from 150 in 2021 to 280 in 2022, an increase of 87%.\n\n"
            "Victims lost more than £300,000.")
    doc = run(nlp, body, headline=headline, published="2023-02-01")
    claims = {s._.value: s for s in doc.spans["claims"]}
    assert _period(claims[100]) == (None, None)                    # "in a year" is a duration
    assert _period(claims[150]) == ("2021-01-01", "2021-12-31")
    assert _period(claims[87]) == ("2022-01-01", "2022-12-31")
    assert _period(claims[300000]) == ("2022-01-01", "2022-12-31")  # the release's period, not where it started


def test_claims_baseline_only_sentence_takes_the_release_period(nlp):
    doc = run(nlp, "Burglary fell by 8% in 2022/23.\n\nThe detection rate was down 1.5 percentage points on 2021/22.",
              published="2023-06-01")
    rate = doc.spans["claims"][-1]
    assert _period(rate) == ("2022-04-01", "2023-03-31")
    assert (rate._.baseline_start, rate._.baseline_end) == ("2021-04-01", "2022-03-31")


@pytest.mark.parametrize(
    "text, metrics",
    [
        # each item of a run-on list has its own noun phrase before its "down"/"up" or verb
        ("Overall crime in the county fell by 6%, with car crime down 9%, shoplifting up 4% and arson down by 12%.",
         ["crime", "car crime", "shoplifting", "arson"]),
        ("Theft rose by 5%, criminal damage fell by 2% and drug offences rose by 15.8%.",
         ["Theft", "criminal damage", "drug offences"]),
        ("Crime fell by 5%, dwelling burglary down 8% and robbery down by 3%.",
         ["Crime", "dwelling burglary", "robbery"]),
        # a bulleted line: the phrase may hold a preposition
        ("• Theft from the person offences down by 4.2%", ["Theft from the person"]),
        # ... but a phrase that does not start its item is left to the parse
        ("Crimes recorded in the Kent & Medway police force area fell by 3%.", ["Crimes"]),
        ("The number of offences against older people has risen by 3%.", ["number of offences against older people"]),
    ],
)
def test_claims_metric_of_a_list_item(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a bracketed figure measures the noun just before its bracket
        ("The report notes rises in stalking (24%), vandalism (5%) and car theft (11%).",
         ["stalking", "vandalism", "car theft"]),
        ("Falls were seen in Robbery (9% against 3% nationally) and crimes of dishonesty (14 per cent).",
         ["Robbery", "Robbery", "crimes of dishonesty"]),
    ],
)
def test_claims_metric_of_a_bracketed_figure(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a count noun with its kind before a bracket is that kind's figure; the phrase stops at the bracket
        ("Burglary is down by a fifth (20%) and there were falls in arson offences (12%), shoplifting (7%) "
         "and violent offences (3%).", ["Burglary", "Burglary", "arson offences", "shoplifting", "violent offences"]),
        ("There were drops in burglary (8%), theft from shops (14%) and fraud and forgery (21%).",
         ["burglary", "theft from shops", "forgery"]),
        # refusal: a bare count noun before the bracket says nothing; the subject says more
        ("Vandalism rose by 10%, to 900 offences (up 12%).", ["Vandalism", "Vandalism", "Vandalism"]),
    ],
)
def test_claims_metric_of_a_bracketed_kind_of_offence(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # "in comparison to", "in relation to" open no measure: the subject (a capitalised offence the model
        # may tag as an organisation) is what changed
        ("Cycle Theft has seen a 9% decrease in comparison to a national fall of 3%.",
         ["Cycle Theft", "Cycle Theft"]),
        ("Arson rose by 3%, a rise in line with the rest of the region.", ["Arson"]),
        # refusal: a real "in" object is still read
        ("The force recorded an 8% increase in shoplifting.", ["shoplifting"]),
    ],
)
def test_claims_metric_not_from_an_in_idiom(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a change noun held by its own clause's subject is that subject's, not carried from the clause before
        ("Burglary fell by 6% while vehicle crime levels saw a drop of 11%.", ["Burglary", "vehicle crime levels"]),
        ("Robbery rose by 2%, while the figures for arson showed a rise of 9%.", ["Robbery", "figures for arson"]),
        # refusal: who counted is no metric; the measure carries
        ("Burglary fell by 6% while Kent Police recorded a drop of 11%.", ["Burglary", "Burglary"]),
    ],
)
def test_claims_metric_of_a_change_held_by_its_clause_subject(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metric",
    [
        # who recorded it, where and when are not part of what is measured
        ("The number of crimes recorded by the three forces in 2019 was 84,212.", "number of crimes recorded"),
        ("Offences logged by police in Preston numbered 9,300 last year.", "Offences"),
        ("The number of offences recorded yearly by the force rose by 4%.", "number of offences recorded"),
        # refusal: a preposition that says what was measured stays
        ("The number of offences against older people was 1,200.", "number of offences against older people"),
    ],
)
def test_claims_metric_without_agent_place_or_time(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][0]._.metric == metric


def test_claims_metric_of_a_ranking_is_carried(nlp):
    """"the biggest fall of 900" names no measure: the one before carries."""
    doc = run(nlp, "Recorded crime fell by 5% across the region. Preston saw the biggest fall of 900.")
    assert [s._.metric for s in doc.spans["claims"]] == ["Recorded crime", "Recorded crime"]


def test_claims_metric_not_of_a_bracket_after_a_non_metric_noun(nlp):
    """"the region as a whole (7%)": the bracket gives the region's figure, not a metric called "whole"."""
    doc = run(nlp, "Violent crime rose by 3% in the county, less than in the region as a whole (7%).")
    assert [s._.metric for s in doc.spans["claims"]] == ["Violent crime", "Violent crime"]


@pytest.mark.parametrize(
    "text, metric",
    [
        # a share of people that is the subject of a verb of opinion measures that opinion
        ("In the residents' survey, 72% of those questioned said they felt safe walking alone after dark.",
         "said they felt safe walking alone after dark"),
        ("Some 40% of respondents believed antisocial behaviour had got worse.",
         "believed antisocial behaviour had got worse"),
        # a count of people answering a survey counts the responses to it
        ("Nearly 2,400 residents responded to the policing survey this spring.", "policing survey responses"),
        # a count of occasions counts uses of what the verb used
        ("Officers drew their Tasers on 31 occasions last year.", "Tasers"),
        ("Call handlers answered non-emergency calls within a minute 78 per cent of the time.", "non-emergency calls"),
        # a figure set off by dashes is the level of the phrase before them
        ("Satisfaction with the service - now 81% across the county - has risen again.",
         "Satisfaction with the service"),
        # a change verb with an object before "by" changes that object
        ("The force plans to reduce its overtime bill by £2 million.", "overtime bill"),
        # money: what it is of, what it costs, what the verb makes of it, what it goes on
        ("Forces have absorbed £35m of savings since 2015.", "savings"),
        ("Shoplifting costs retailers in the town an estimated £3 million a year.", "cost of shoplifting"),
        ("The higher precept will generate an additional £4.2 million next year.", "income"),
        ("The unit will receive £900,000 from the Home Office next year.", "funding"),
        ("The Commissioner has found £500,000 to expand the force's cyber crime unit.", "cyber crime unit"),
        ("The chief constable must cut £12m off the policing budget.", "policing budget"),
        # a plural change noun that names a measure of its own is what its figure measures,
        # whatever offence the clause around it talks of
        ("Crime has fallen despite government cuts of at least 20 per cent since 2010.", "government cuts"),
        ("Burglary fell by 4% last year, despite cuts of 25% to the police budget.", "cuts"),
        ("Offending went down even as savings of almost 15% were made.", "savings"),
    ],
)
def test_claims_metric_of_a_figure_that_is_no_offence_count(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][-1]._.metric == metric


@pytest.mark.parametrize(
    "text, metric",
    [
        # no verb of opinion, no survey, no use of anything: the readings for offences stand
        ("Burglary fell by 12% and officers said they were pleased.", "Burglary"),
        ("Across the county, 45% of victims were women.", "victims"),
        ("About 300 residents responded to the appeal for witnesses.", "residents"),
        ("Burglars struck 31 times in the village.", "Burglars"),
        ("Violent crime rose across the county by 6%.", "Violent crime"),
        ("Officers seized £40,000 in cash.", "cash"),
        # a place before the dashes says where, not what
        ("Violent crime rose again, with Cumbria - at 5% - seeing the smallest rise.", "Violent crime"),
        # the preposition of a later verb gives no purpose to the money
        ("Bank staff stopped £8,000 being transferred to scammers.", "Bank staff"),
        # a singular cut, or cuts whose figure belongs to a noun after them, is about the offence
        ("There was a cut of 10% in burglary last year.", "burglary"),
        ("Burglary fell last year, with cuts in offences of 10%.", "offences"),
    ],
)
def test_claims_metric_no_offence_reading_refused(nlp, text, metric):
    doc = run(nlp, text)
    assert doc.spans["claims"][-1]._.metric == metric


def test_claims_area_is_never_an_offence(nlp):
    """The model may tag a capitalised offence as a place: it is no area."""
    doc = run(nlp, "Fraud and forgery cases have fallen by 18pc and robbery has gone down 7pc.", area="Suffolk")
    assert [s._.area for s in doc.spans["claims"]] == ["Suffolk", "Suffolk"]


@pytest.mark.parametrize(
    "text, area",
    [
        # a capitalised common place noun names no place: the release's area (or the place it qualifies)
        ("Vehicle crime across the Kingdom dropped to 812.", "Lancashire"),
        ("There were about 300 robberies in the Island last year.", "Lancashire"),
        ("Some 92 per cent of victims were satisfied with States of Guernsey Police.", "Guernsey"),
        # refusal: a place whose name holds such a noun is still a place
        ("Burglary on the Isle of Wight fell by 8%.", "Isle of Wight"),
    ],
)
def test_claims_area_bare_place_noun_is_no_place(nlp, text, area):
    doc = run(nlp, text)
    assert doc.spans["claims"][0]._.area == area


@pytest.mark.parametrize(
    "text, area",
    [
        ("Shoplifting was down 11% in Bedfordshire.", "Bedfordshire"),
        ("Across England and Wales, crime rose by 4%.", "England and Wales"),
        ("Crime recorded in the county rose by 4%.", "Lancashire"),
        ("Lancashire Police recorded 128,406 crimes.", "Lancashire"),
        ("Robbery fell by 9%.", "Lancashire"),
        ("Officers made 1,900 arrests in Preston, Blackburn and Burnley.", "Preston, Blackburn and Burnley"),
    ],
)
def test_claims_area(nlp, text, area):
    doc = run(nlp, text)
    assert doc.spans["claims"][0]._.area == area


@pytest.mark.parametrize(
    "text, areas",
    [
        # short forms of counties are places, written as the text writes them
        ("Crime fell by 4% in Bucks and Oxon.", ["Bucks and Oxon"]),
        ("In Notts reported crimes dropped by almost 2,000.", ["Notts"]),
        # refusal: the common word is no place
        ("The hospital had 40 beds.", ["Lancashire"]),
        # a national figure named after the figure, or as "a national rise of", is national
        ("Kent recorded one of the 3 falls nationally in burglary.", ["England and Wales"]),
        ("Robbery in Kent rose 9% compared to a national rise of 4%.", ["Kent", "England and Wales"]),
        # refusal: a trend named in passing is no comparison figure
        ("Burglary in Kent rose 9%, following the national trend of recent years.", ["Kent"]),
    ],
)
def test_claims_area_abbreviations_and_national_figures(nlp, text, areas):
    doc = run(nlp, text)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "headline, text, area, areas",
    [
        # a word found by its capitals alone is no place when the body writes it in lower case
        ("Lowest Crime For 25 Years", "Crime fell to its lowest level in years. Burglary fell by 8%.", "Kent", ["Kent"]),
        ("Increase recorded in vehicle crime", "Vehicle crime saw an increase of 6% this year.", "Kent",
         ["Kent", "Kent"]),
        # ... nor among title-case words (a report's quoted name) that the text never writes elsewhere
        ("", "The “Safer Streets in Hardship: Meeting the Test” review found the force cut costs by 12%.", "Kent",
         ["Kent"]),
        # an acronym, also a plural one, is no district
        ("", "Rises in ASBOs were recorded in 14 wards.", "Kent", ["Kent"]),
        # refusal: a place in a title-case headline that the body names again is a place
        ("Lowest Crime In Tendring For 25 Years", "The figures show crime in Tendring fell by 4%.", "Essex",
         ["Tendring"]),
        ("", "Burglary in Wyre Forest fell by 6%.", "Lancashire", ["Wyre Forest"]),
    ],
)
def test_claims_area_capitals_alone_name_no_place(nlp, headline, text, area, areas):
    doc = run(nlp, text, headline=headline, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # a nation's initials are written out
        ("Crime in NI rose by 3% last year.", "Northern Ireland", ["Northern Ireland"]),
        # refusal: inside a force's initials they are no place
        ("The PSNI recorded 3% more crime.", "Belfast", ["Belfast"]),
        # "compares to", "in contrast to" open a comparison like "compared with"
        ("Arson rose by 5% but this compares to a national rise of 11%.", "Somerset",
         ["Somerset", "England and Wales"]),
        ("The rate was 37 crimes per 1,000 residents, in contrast to the national average of 58.", "Cheshire",
         ["Cheshire", "England and Wales"]),
        # a multiple of the national figure is about the place the sentence is about
        ("Burglary fell by 8% in Kent. That is twice the national average.", "Kent", ["Kent", "Kent"]),
        ("Its rate of 84 per 10,000 is more than double the national average of 39 per 10,000.", "Dundee",
         ["Dundee", "Dundee", "Scotland"]),
        # a later clause opened by "and", "but", "despite" ... keeps its place to itself
        ("Burglary fell by 12%, and in Southend it halved.", "Essex", ["Essex", "Southend"]),
        ("Crime rose by 3% in a year, despite national figures falling.", "Lancashire", ["Lancashire"]),
        # refusal: a later clause that describes the figure gives it its place
        ("Crime rose by 7%, as recorded by forces in England and Wales.", "Lancashire", ["England and Wales"]),
    ],
)
def test_claims_area_initials_and_comparisons(nlp, text, area, areas):
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # a national change stated with its figure, or the country as a whole, is the release's nation
        ("Burglary fell by 19%, compared to an 8 per cent national reduction.", "Norfolk",
         ["Norfolk", "England and Wales"]),
        ("Thefts fell by 12%, while the national decrease was 6%.", "Dorset", ["Dorset", "England and Wales"]),
        ("Robbery fell by 4%, compared with the 2% fall seen across the country.", "Dorset",
         ["Dorset", "England and Wales"]),
        ("Burglaries are down nationwide by almost 20%.", "Ireland", ["Ireland"]),
        ("Theft is climbing across the country and, locally, officers have recorded 87 more robberies.", "Fife",
         ["Fife"]),
        # "nationally" after a ranking ("the fourth force nationally") is the field ranked in
        ("The force ranks as the fourth force nationally for victim satisfaction, with 81% of victims satisfied.",
         "Cumbria", ["Cumbria"]),
        # refusal: a ranking word further off leaves "nationally" the figure's
        ("Burglary, the most common offence, fell by 5% nationally.", "Gwent", ["England and Wales"]),
        ("The force is the most improved throughout England and Wales for robbery, with 90 fewer offences.", "Gwent",
         ["Gwent"]),
        ("Robbery fell by 4% throughout England and Wales.", "Gwent", ["England and Wales"]),
        # a force's name yields to a plain place of the same clause: the force is who was told
        ("Tayside also saw a fall in sexual crimes reported to Police Scotland (-10).", "Tayside", ["Tayside"]),
        ("Maidstone had a fall in thefts reported to Kent Police (-12).", "Kent", ["Maidstone"]),
        # refusal: a force's name alone is its area
        ("Thefts reported to Kent Police fell by 5%.", "Sussex", ["Kent"]),
    ],
)
def test_claims_area_national_figures_and_rankings(nlp, text, area, areas):
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


def test_claims_area_listed_with_the(nlp):
    """"Lancashire and the Isle of Man" is one listed area, like "Preston, Blackburn and Burnley"."""
    doc = run(nlp, "Officers recorded 9,100 offences in Lancashire and the Isle of Man last year.")
    assert doc.spans["claims"][0]._.area == "Lancashire and the Isle of Man"


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # a comparator's clause holds its own figure's place; the main figure keeps the release's
        ("Burglary fell by 9 per cent, better than the national average of 3 per cent.", "Lancashire",
         ["Lancashire", "England and Wales"]),
        ("Robbery fell by 6%, compared with a national average of 2%.", "Lancashire",
         ["Lancashire", "England and Wales"]),
        ("Compared with England and Wales, shoplifting fell by 8%.", "Lancashire", ["Lancashire"]),
        ("Our rate is 52 crimes per 1,000 people, well below the national rate; 9 thefts per 1,000 people "
         "compared to 12 nationally.", "Lancashire", ["Lancashire", "Lancashire", "England and Wales"]),
        # a national word inside the claim's own words
        ("Theft rose nationally by 5%.", "Lancashire", ["England and Wales"]),
        # "national" is the release's nation
        ("Crime fell by 4% in Fife, while nationally it rose by 1%.", "Fife", ["Fife", "Scotland"]),
        ("Thefts were down 3% on last year, against a national average of 2%.", "Belfast", ["Belfast", "Northern Ireland"]),
        # parallel comparisons: each figure takes the place of the figure it parallels
        ("Falls were larger here (5% in Kent against 3% in England and Wales) and for theft (7% compared to 2%).",
         "Kent", ["Kent", "England and Wales", "Kent", "England and Wales"]),
        # a place right after the figure is its own, before a place earlier in the clause
        ("Burglary is up by 2% in Essex and by 4% in Suffolk.", "Essex", ["Essex", "Suffolk"]),
        # a nation after a ranking is the field ranked in
        ("The county had the second highest rate in England and Wales (8.2).", "Lancashire", ["Lancashire"]),
        ("It saw the tenth highest number of thefts (4,100 offences) in all of England and Wales.", "Lancashire",
         ["Lancashire"]),
        # a place that is excluded is not the figure's
        ("Greater London (excluding the City of London) recorded 88 crimes per 1,000 people.", "London",
         ["Greater London"]),
        # a force named by its area is that area; a university named after a place is not
        ("Cumbria Police recorded 61 crimes per 1,000 people.", "Lancashire", ["Cumbria"]),
        ("Professor Ann Lee of the University of Manchester said 300 fewer crimes were recorded.", "Lancashire",
         ["Lancashire"]),
        # "the X police force area" names a place X, gazetteer or not
        ("Crimes recorded in the Northern police force area fell by 6%.", "Scotland", ["Northern"]),
    ],
)
def test_claims_area_scope(nlp, text, area, areas):
    """The figure's own clause first, then its sentence (a comparator's place only for comparisons), then the
    release's area."""
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # a paragraph's first sentence names the place its later sentences are about
        ("Crimes recorded in the Northern police force area fell by 6%. Vandalism dropped by 11%.", "Scotland",
         ["Northern", "Northern"]),
        ("In Moray, the picture was mixed. Vandalism dropped by 11%.", "Scotland", ["Moray"]),
        ("Kent: 4,120\nEssex: 3,870", "England and Wales", ["Kent", "Essex"]),
        # refusal: a later paragraph does not inherit it
        ("In Moray, the picture was mixed.\n\nVandalism dropped by 11%.", "Scotland", ["Scotland"]),
    ],
)
def test_claims_area_paragraph_lead(nlp, text, area, areas):
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # "the region", "the city" refer to the place the text named as one
        ("Figures for the Cleveland Police region were published. Burglary fell by 3% in the region.", "Durham",
         ["Cleveland"]),
        ("Crime in the Steel City fell by 4%. In the city, robbery rose by 7%.", "South Yorkshire",
         ["Sheffield", "Sheffield"]),
        # "the city" in a release about a city is that city
        ("Robbery in the city rose by 7%.", "Leeds", ["Leeds"]),
        # refusal: with no region named, "the region" stays as written
        ("Officers worked with banks across the region to stop 50 payments.", "Lancashire", ["the region"]),
        # ... a region the figure itself is about is the release's own area (guide: else the release's area)
        ("Crime across the region fell by 5%.", "Lancashire", ["Lancashire"]),
        # refusal: a name after "the borough of" is the place, not the reference
        ("Burglary fell by 5% in the borough of Wexbury.", "Lancashire", ["Wexbury"]),
    ],
)
def test_claims_area_references(nlp, text, area, areas):
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


def test_claims_area_headline_comparison_is_not_the_release(nlp):
    """"Is Kent safer than London": the headline's place after "than" is the comparison."""
    doc = run(nlp, "Crime fell by 3%.", headline="Is Kent safer than London", area="Kent")
    assert [s._.area for s in doc.spans["claims"]] == ["Kent"]


def test_claims_area_person_name_is_no_place(nlp):
    doc = run(nlp, "Inspector Angus Smith said robbery fell by 5%.", area="Fife")
    assert [s._.area for s in doc.spans["claims"]] == ["Fife"]


@pytest.mark.parametrize(
    "headline, metric",
    [
        # a slug title writes the release's own area in lower case: a place, not the metric
        ("Burglary rose 12 per cent lancashire last year", "Burglary"),
        ("Recorded crime fell 8 per cent lancashire figures show", "Recorded crime"),
    ],
)
def test_claims_lower_case_release_area_is_a_place(nlp, headline, metric):
    doc = run(nlp, "Officers made 12 arrests.", headline=headline)
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert heads[0]._.metric == metric
    assert heads[0]._.area == "Lancashire"


@pytest.mark.parametrize(
    "headline, area, metric",
    [
        # a headline place, also one written in lower case or a word of the release's area, or a time,
        # is never what rose or fell
        ("Vehicle crime levels dropping in lancashire", "Lancashire", "Vehicle crime levels"),
        ("Total Crime Drops in the Dales and Moors", "Dales and Moors", "Crime"),
        ("Recorded robbery offences in england and wales reach a new high", "England and Wales",
         "Recorded robbery offences"),
        ("Robberies in Lancashire fall", "Lancashire", "Robberies"),
        ("Burglary levels rise slightly in a year", "Lancashire", "Burglary levels"),
        # refusal: a measure after "in" is still the measure
        ("Sharp rise in shoplifting in lancashire", "Lancashire", "shoplifting"),
    ],
)
def test_claims_headline_metric_is_no_place_or_time(nlp, headline, area, metric):
    doc = run(nlp, "Officers made 12 arrests.", headline=headline, area=area)
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert heads[0]._.metric == metric


@pytest.mark.parametrize(
    "headline, metrics",
    [
        # one headline claim per measure of a coordinated subject, also before a headline phrase
        ("Car thefts and break-ins are down in Lancashire", ["Car thefts", "break-ins"]),
        ("Arson and vandalism on the rise in Preston", ["Arson", "vandalism"]),
        ("Drug offences and knife crime continue to climb", ["Drug offences", "knife crime"]),
        # each change reads its measure in its own clause: nothing after "but" is what increased
        ("Increase in fraud but burglary and robbery down", ["fraud", "burglary", "robbery"]),
        ("Thefts fall while shoplifting on the rise", ["Thefts", "shoplifting"]),
        # refusals: a complement before "and" makes one measure; places are no measures; a duration is none
        ("Theft from sheds and garages down", ["Theft from sheds and garages"]),
        ("Blackburn and Burnley crime down", ["Blackburn and Burnley crime"]),
        ("Burglary rising again after two years on the wane", ["Burglary", "Burglary"]),
    ],
)
def test_claims_headline_metric_per_conjunct_in_its_clause(nlp, headline, metrics):
    doc = run(nlp, "Officers made 12 arrests.", headline=headline, area="Lancashire")
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert len(heads) == len(metrics)
    assert all(s._.metric.startswith(m) for s, m in zip(heads, metrics)), [s._.metric for s in heads]


def run_lines(nlp, body: str, headline: str, area: str = "Lancashire"):
    """As the batch reads a release: a line break ends the headline's sentence."""
    from extractor.batch import mark_line_starts
    doc = nlp.make_doc(f"{headline}\n\n{body}")
    doc._.headline_end = len(headline) + 2
    doc._.release_area = area
    mark_line_starts(doc)
    return nlp(doc)


@pytest.mark.parametrize(
    "headline, expected",
    [
        # a list of measures under one change word, also behind a counting lead ("number of"), is one claim each
        ("Sharp rise in the number of arson, fraud and robbery offences in Preston",
         [("increase", "arson"), ("increase", "fraud"), ("increase", "robbery offences")]),
        ("Steep fall in vandalism, assaults and shoplifting",
         [("decrease", "vandalism"), ("decrease", "assaults"), ("decrease", "shoplifting")]),
        ("Vandalism and disorder pushed down across Preston",
         [("decrease", "Vandalism"), ("decrease", "disorder")]),
        # a quantity compared without a figure is a change of what is counted
        ("Recorded crime has fallen with fewer thefts but more assaults",
         [("decrease", "Recorded crime"), ("decrease", "thefts"), ("increase", "assaults")]),
        ("More police patrolling the streets of Preston", [("increase", "police")]),
        ("Detectives are clearing more burglaries than last year", [("increase", "burglaries cleared")]),
        # refusals: a title is no list; an aim, a comparison of qualities or "more than" is no change;
        # a phrasal verb of another sense before "down" is none
        ("Police and Crime Commissioner visits Preston", []),
        ("Report shows fall in burglary and rise in officers", [("decrease", "burglary"), ("increase", "officers")]),
        ("Plan to put more officers on the beat", []),
        ("Commissioner calls for more police in Preston", []),
        ("Is Preston more dangerous than Chorley", []),
        ("Still more to do on shoplifting, says chief", []),
        ("Police crack down on car crime", []),
    ],
)
def test_claims_headline_lists_and_comparatives(nlp, headline, expected):
    doc = run_lines(nlp, "Officers made 12 arrests.", headline)
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert sorted((s._.direction, s._.metric) for s in heads) == sorted(expected)
    assert all(s._.value is None for s in heads)


@pytest.mark.parametrize(
    "text, source",
    [
        ("Crime fell by 4% in 2022, the Office for National Statistics (ONS) reports.", "ONS"),
        ("Figures from the Home Office show that crime fell by 4%.", "Home Office"),  # one name per producer (sources list)
        ("The ONS reports a 10% drop for the period.", "ONS"),  # as the guide writes it
    ],
)
def test_claims_source(nlp, text, source):
    doc = run(nlp, text)
    assert doc.spans["claims"][0]._.source == source


@pytest.mark.parametrize(
    "text, sources",
    [
        # the text sets its own figure against the producer's: the second is not the ONS's
        ("The ONS reports a 12% fall, although the real reduction is nearer 3%.", ["ONS", None]),
        ("Figures from the Home Office show a 9% rise, but in fact the increase is closer to 4%.", ["Home Office", None]),
        # refusal: a contrast that does not dispute the figure keeps the producer
        ("The ONS reports a 12% fall in burglary, although robbery rose by 3%.", ["ONS", "ONS"]),
    ],
)
def test_claims_a_disputed_figure_is_not_the_producers(nlp, text, sources):
    doc = run(nlp, text)
    assert [s._.source for s in doc.spans["claims"]] == sources


def test_claims_rule_ids_unique_and_files_validate():
    rules = srsly.read_yaml(RULES_DIR / "claims.yaml")
    places = srsly.read_yaml(RULES_DIR / "places.yaml")
    validate_rules(rules)
    for section in ("distractors", "multipliers", "sources"):
        check_unique_ids(rules[section], section)
    assert all(isinstance(v, list) and v for v in places.values())


def test_claims_validation_rejects_duplicate_ids():
    rules = {"distractors": [{"id": "x", "left": "a$"}, {"id": "x", "right": "^b"}]}
    with pytest.raises(RuleError):
        validate_rules(rules)


def test_claims_rules_round_trip(nlp, tmp_path):
    pipe = nlp.get_pipe("crime_claims_claims")
    pipe.to_disk(tmp_path)
    again = type(pipe)(nlp, "copy").from_disk(tmp_path)
    assert again.rules == pipe.rules


def _baseline(span):
    return (span._.baseline_start, span._.baseline_end)


def _by_value(doc):
    return {s._.value: s for s in doc.spans["claims"]}


def test_claims_period_is_never_the_publication_date(nlp):
    doc = run(nlp, "Figures released today show burglary fell by 6% in 2022/23.\n\n"
                   "Statistics published this morning show robbery rose by 4%.", published="2023-07-20")
    claims = _by_value(doc)
    assert _period(claims[6]) == ("2022-04-01", "2023-03-31")
    assert _period(claims[4]) == ("2022-04-01", "2023-03-31")  # the release's period, not 20 July


def test_claims_period_is_never_a_day_of_publication_or_update(nlp):
    # a page's "Updated" day a few days after publication is when it changed, not what it covers
    doc = run(nlp, "Published 3 May 2022. Updated 6 May 2022.\n\nIn the year to March 2022 burglary fell by 9%.\n\n"
                   "Vehicle crime rose by 4%.", published="2022-05-03")
    assert _period(_by_value(doc)[4]) == ("2021-04-01", "2022-03-31")
    # with only the month of publication known, a day of that month is when the figures came out
    doc = run(nlp, "The ministry released the data on Tuesday 16 August 2022.\n\nAcross the 12 months to June 2022 "
                   "shoplifting rose by 11%.\n\nArson fell by 2%.", published="2022-08-01", precision="month")
    assert _period(_by_value(doc)[2]) == ("2021-07-01", "2022-06-30")


def test_claims_day_before_the_publication_month_is_a_period(nlp):
    # refusal: a day of another month is what a headcount is taken on ("as at")
    doc = run(nlp, "On 31 March 2022 the force employed 3,150 officers.", published="2022-08-01", precision="month")
    assert _period(doc.spans["claims"][0]) == ("2022-03-31", "2022-03-31")


def test_claims_compared_figure_holds_its_own_period(nlp):
    doc = run(nlp, "Officers recorded 4,210 thefts in 2023, compared with 4,880 the year before.", published="2024-02-01")
    claims = _by_value(doc)
    assert _period(claims[4210]) == ("2023-01-01", "2023-12-31")
    assert _period(claims[4880]) == ("2022-01-01", "2022-12-31")


def test_claims_level_does_not_take_the_period_of_the_figure_after_it(nlp):
    doc = run(nlp, "The force logged 9,100 reports during 2021/22.\n\n"
                   "Vandalism fell to 640 offences, against 700 in 2020/21.", published="2022-06-01")
    claims = _by_value(doc)
    assert _period(claims[640]) == ("2021-04-01", "2022-03-31")
    assert _period(claims[700]) == ("2020-04-01", "2021-03-31")


def test_claims_from_to_change_takes_the_later_period_and_the_earlier_as_baseline(nlp):
    doc = run(nlp, "Car thefts went up by 9% from 1,200 in 2020-21 to 1,308 in 2021-22.", published="2022-06-01")
    change = _by_value(doc)[9]
    assert _period(change) == ("2021-04-01", "2022-03-31")
    assert _baseline(change) == ("2020-04-01", "2021-03-31")


def test_claims_between_two_periods_the_first_is_the_baseline(nlp):
    doc = run(nlp, "Between 2019-20 and 2020-21, arson rose by 11%.", published="2021-09-01")
    change = _by_value(doc)[11]
    assert _period(change) == ("2020-04-01", "2021-03-31")
    assert _baseline(change) == ("2019-04-01", "2020-03-31")


def test_claims_change_with_a_level_after_it_keeps_the_free_period(nlp):
    doc = run(nlp, "In 2022/23 shoplifting stood at 8,400, up 6% from 7,925 in 2021/22, but under the 9,000 "
                   "offences in 2018/19.", published="2023-08-01")
    change = _by_value(doc)[6]
    assert _period(change) == ("2022-04-01", "2023-03-31")
    assert _baseline(change) == ("2021-04-01", "2022-03-31")


def test_claims_baseline_after_each_change(nlp):
    doc = run(nlp, "In the last quarter thefts were down 5% on the previous quarter and down 2% on 2021.",
              published="2022-10-10")
    claims = _by_value(doc)
    assert _baseline(claims[2]) == ("2021-01-01", "2021-12-31")
    assert _baseline(claims[5]) != _baseline(claims[2])


def test_claims_same_period_alone_is_the_period_not_a_baseline(nlp):
    doc = run(nlp, "Burglary fell by 7% in 2022 compared with 2021.\n\nVehicle crime rose by 3% over the same period.",
              published="2023-03-01")
    rise = _by_value(doc)[3]
    assert _period(rise) == ("2022-01-01", "2022-12-31")
    assert _baseline(rise) == ("2021-01-01", "2021-12-31")


def test_claims_last_year_alone_is_a_period(nlp):
    doc = run(nlp, "Reports of fraud rose by 12% last year.", published="2023-05-01")
    rise = doc.spans["claims"][0]
    assert _period(rise) == ("2022-01-01", "2022-12-31")
    assert _baseline(rise) == (None, None)


def test_claims_reference_point_is_neither_period_nor_baseline(nlp):
    doc = run(nlp, "Crime fell by 4% during 2022, the lowest level since 1998.", published="2023-03-01")
    fall = doc.spans["claims"][0]
    assert _period(fall) == ("2022-01-01", "2022-12-31")
    assert _baseline(fall) == (None, None)


def test_claims_reference_point_decade_with_a_modifier(nlp):
    doc = run(nlp, "Crime is at its lowest level since the early 1990s, figures show.\n\nIn 2022 burglary fell 6%.\n\n"
                   "Robbery rose by 3%.", published="2023-02-01")
    assert _period(_by_value(doc)[3]) == ("2022-01-01", "2022-12-31")
    # refusal: a decade with no superlative before it is a period
    doc = run(nlp, "Car crime rose 5% in the 1990s.", published="2023-02-01")
    assert _period(doc.spans["claims"][0]) == ("1990-01-01", "1999-12-31")
    # a part of a decade has no calendar bounds: the figure's period is undated (periods.yaml `decade`)
    doc = run(nlp, "Car crime rose 5% in the late 1990s.", published="2023-02-01")
    assert _period(doc.spans["claims"][0]) == (None, None)


@pytest.mark.parametrize("text, baseline", [
    # "the same" before a period the period rules read without it
    ("In the year to September 2023 robbery was up 5% in comparison to the same period ending September 2020.",
     ("2019-10-01", "2020-09-30")),
    ("Theft rose by 4% in 2022.\n\nCriminal damage was in line with 2019, up 3 offences.", ("2019-01-01", "2019-12-31")),
])
def test_claims_comparison_words_before_a_baseline(nlp, text, baseline):
    doc = run(nlp, text, published="2023-08-10")
    change = doc.spans["claims"][-1]
    assert change._.kind == "change"
    assert _baseline(change) == baseline


def test_claims_in_line_with_no_period_is_no_baseline(nlp):
    # refusal: "in line with" before no period compares with no time
    doc = run(nlp, "Theft rose by 4% in 2022, in line with the national trend.", published="2023-02-01")
    assert _baseline(doc.spans["claims"][0]) == (None, None)


def test_claims_previous_year_is_a_year_before_the_claims_own_period(nlp):
    # "the previous year" anchored by the period rules on a year the text names in passing ("launched
    # in 2001") is still the year before the figure's own period
    doc = run(nlp, "Figures for 2022/23 were published today. The survey has run since it was launched in 2001. "
                   "Robbery fell by 4% on the previous year.", published="2023-07-20")
    assert _baseline(_by_value(doc)[4]) == ("2021-04-01", "2022-03-31")
    # ... and left undated (a release dated only by its year), it is the year before the figure's period
    doc = run(nlp, "Year-end figures show that offending keeps dropping in the district - with over "
                   "1,900 fewer incidents in the 12 months to March than during the previous year.\n\n"
                   "Burglary was down by 9%.", published="2009-01-01", precision="year")
    claims = _by_value(doc)
    assert _baseline(claims[1900]) == ("2007-04-01", "2008-03-31")
    assert _baseline(claims[9]) == ("2007-04-01", "2008-03-31")


def test_claims_named_baseline_is_not_moved_to_the_year_before(nlp):
    # refusal: a year the text names keeps its dates
    doc = run(nlp, "Robbery in 2022 was 12% lower than in 2019.", published="2023-02-01")
    assert _baseline(doc.spans["claims"][0]) == ("2019-01-01", "2019-12-31")


def test_claims_change_without_baseline_takes_the_same_period_a_year_earlier(nlp):
    doc = run(nlp, "Police recorded 5,500 offences in 2022, up 8% on 2021. Compared with 2019 the rise is 2%.\n\n"
                   "Robbery rose by 15%.", published="2023-03-01")
    robbery = _by_value(doc)[15]
    assert _period(robbery) == ("2022-01-01", "2022-12-31")
    assert _baseline(robbery) == ("2021-01-01", "2021-12-31")


def test_claims_headline_takes_the_release_period_and_baseline(nlp):
    doc = run(nlp, "Recorded crime fell by 5% in 2021/22 compared with the previous year.",
              headline="Crime falls across the county", published="2022-07-21")
    head = doc.spans["claims"][0]
    assert head.start_char < doc._.headline_end
    assert _period(head) == ("2021-04-01", "2022-03-31")
    assert _baseline(head) == ("2020-04-01", "2021-03-31")


def test_claims_a_plan_in_the_headline_is_not_the_release_period(nlp):
    # a year written out that ends after publication is a plan; the figures are about a year that has ended
    doc = run(nlp, "Officers made 7,400 arrests in 2022. Burglary fell by 5%.",
              headline="Commissioner sets out her goals for 2023", published="2023-01-12")
    assert _period(_by_value(doc)[5]) == ("2022-01-01", "2022-12-31")
    # ... a year in progress yields to the months of it the body writes out
    doc = run(nlp, "From April to September 2021 robbery rose by 8%. Burglary fell by 5%.",
              headline="Robbery rising in 2021/22", published="2021-10-20")
    assert _period(_by_value(doc)[5]) == ("2021-04-01", "2021-09-30")
    # refused: a budget release with no ended period written out reports the year it plans for
    doc = run(nlp, "Households will pay £12 more a year for policing, a rise of 4%.",
              headline="Police precept for 2023/24 agreed", published="2023-02-03")
    assert _period(_by_value(doc)[4]) == ("2023-04-01", "2024-03-31")


def test_claims_figure_held_by_a_reference_point_year(nlp):
    doc = run(nlp, "Arson fell to 80 cases in 2022, the fewest since 2009, when there were 75 cases.",
              published="2023-03-01")
    assert _period(_by_value(doc)[75]) == ("2009-01-01", "2009-12-31")


def test_claims_body_takes_its_dated_period_over_a_loose_headline_last_year(nlp):
    doc = run(nlp, "Between April 2021 and March 2022 the force recorded 3,150 assaults.\n\nRobbery rose by 6%.",
              headline="Assaults went up last year", published="2022-08-01")
    robbery = _by_value(doc)[6]
    assert _period(robbery) == ("2021-04-01", "2022-03-31")
# --- what the context carries (guide: "What the context carries") -----------------------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure in brackets after a change word takes its direction
        ("There were rises in vandalism (12%), arson (5%) and shoplifting (18%).",
         [(12, "percent", "change", "increase", "exact"), (5, "percent", "change", "increase", "exact"),
          (18, "percent", "change", "increase", "exact")]),
        ("Vehicle theft is down (by 6.5% and 2.5% respectively) across the county.",
         [(6.5, "percent", "change", "decrease", "exact"), (2.5, "percent", "change", "decrease", "exact")]),
        ("The town saw an increase of 1,210 (4.4%) on the year before.",
         [(1210, "count", "change", "increase", "exact"), (4.4, "percent", "change", "increase", "exact")]),
        ("Shed burglary has decreased by 9% to 2,500 (see table 3), mostly garden thefts (14%).",
         [(9, "percent", "change", "decrease", "exact"), (2500, "count", "level", None, "exact"),
          (14, "percent", "change", "decrease", "exact")]),
        # a bracket holding a from-to pair states two levels
        ("Robbery shows a further fall of 3% (2,100 offences to 2,037).",
         [(3, "percent", "change", "decrease", "exact"), (2100, "count", "level", None, "exact"),
          (2037, "count", "level", None, "exact")]),
        # a bracket with no change word before it stays a level
        ("The county has the lowest burglary count in the region (412).", [(412, "count", "level", None, "exact")]),
        # listed after a change of the same unit, with a place or group between
        ("Theft is down 7pc in Kent, 4pc in Surrey and 2pc in Sussex.",
         [(7, "percent", "change", "decrease", "exact"), (4, "percent", "change", "decrease", "exact"),
          (2, "percent", "change", "decrease", "exact")]),
        ("Reports rose by 30% for women (52 reports) and 50% for men (six reports).",
         [(30, "percent", "change", "increase", "exact"), (52, "count", "change", "increase", "exact"),
          (50, "percent", "change", "increase", "exact"), (6, "count", "change", "increase", "exact")]),
        # a comparator of the change before it, same unit
        ("Arson rose by 11.5%, above the regional average of 7%.",
         [(11.5, "percent", "change", "increase", "exact"), (7, "percent", "change", "increase", "exact")]),
        ("Violence fell sharply (5% in the city against 3% in the county).",
         [(5, "percent", "change", "decrease", "exact"), (3, "percent", "change", "decrease", "exact")]),
        ("Fraud showed a 12% reduction, compared to 6% across the region.",
         [(12, "percent", "change", "decrease", "exact"), (6, "percent", "change", "decrease", "exact")]),
        # ... but not a figure of another unit or a level named otherwise
        ("Burglary rose 5% to 3,100, compared with 2,950 the year before.",
         [(5, "percent", "change", "increase", "exact"), (3100, "count", "level", None, "exact"),
          (2950, "count", "level", None, "exact")]),
        ("The rate has risen by 2% but is still lower than the high of 31%.",
         [(2, "percent", "change", "increase", "exact"), (31, "percent", "level", None, "exact")]),
        # "without" negates the next word only
        ("Assaults with a weapon rose by 4 per cent and those without a weapon dropped by 8 per cent.",
         [(4, "percent", "change", "increase", "exact"), (8, "percent", "change", "decrease", "exact")]),
        ("Crime fell by 3%, with the only offence to go up, by 1.5%, being fraud.",
         [(3, "percent", "change", "decrease", "exact"), (1.5, "percent", "change", "increase", "exact")]),
        ("Shoplifting is also up over the whole of the year, by 6.1%",
         [(6.1, "percent", "change", "increase", "exact")]),
        ("Drug offences have risen by one per cent.", [(1, "percent", "change", "increase", "exact")]),
        ("Vandalism fell, with a 2% overall decrease across the borough.",
         [(2, "percent", "change", "decrease", "exact")]),
    ],
)
def test_claims_context_carries_direction(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # verbs that change a count or an amount of money
        ("The force expects to shed 150 staff by spring.", [(150, "count", "change", "decrease", "exact")]),
        ("The county must save another £35million over four years.",
         [(35000000, "currency", "change", "decrease", "exact")]),
        ("Chiefs plan to slash £12m from the budget.", [(12000000, "currency", "change", "decrease", "exact")]),
        ("The new offence added 310 crimes to the total.", [(310, "count", "change", "increase", "exact")]),
        ("Chiefs warned the county could lose 90 officers.", [(90, "count", "change", "decrease", "exact")]),
        ("Despite £18m of savings, response times held up.", [(18000000, "currency", "change", "decrease", "exact")]),
        # money victims lost is an amount, not a change
        ("Victims lost more than £2.4 million to scams.", [(2400000, "currency", "level", None, "lower_bound")]),
        # "N - the percentage increase in ...": a list line that names its figure afterwards
        ("- 58 - the percentage increase in reported bike thefts.", [(58, "percent", "change", "increase", "exact")]),
        ("31 - the number of new patrol cars.", [(31, "count", "level", None, "exact")]),
        # an adjective after a count says it was added (guide: "120 extra officers", "four new patrol
        # units", "212 fewer burglaries" are count increase / increase / decrease)
        ("The precept rise will pay for 120 extra officers.", [(120, "count", "change", "increase", "exact")]),
        ("The council bought four new patrol units this spring.",
         [(4, "count", "change", "increase", "exact")]),
        ("The money funds up to 35 additional PCSOs on weekend nights.",
         [(35, "count", "change", "increase", "upper_bound")]),
        ("There were 212 fewer burglaries than a year earlier.", [(212, "count", "change", "decrease", "exact")]),
        # ... but a count reached stays a level, and "new-build" is no adjective of the count
        ("Recorded crime rose to 1,200 new cases.", [(1200, "count", "level", None, "exact")]),
        ("The force recorded 3,000 new-build burglaries.", [(3000, "count", "level", None, "exact")]),
    ],
)
def test_claims_amount_changes_and_list_lines(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a unit stated once carries
        ("The county recorded 61 offences per one thousand population against 70 nationally.",
         [(61, "rate", "level", None, "exact"), (70, "rate", "level", None, "exact")]),
        ("It had the second highest rate of robbery per 1,000 people (2.6) in the region.",
         [(2.6, "rate", "level", None, "exact")]),
        ("The city had the highest rates for theft (12.4 or 5,100 offences) and arson (3.2 or 1,300 incidents).",
         [(12.4, "rate", "level", None, "exact"), (5100, "count", "level", None, "exact"),
          (3.2, "rate", "level", None, "exact"), (1300, "count", "level", None, "exact")]),
        # a change restated as a rate: the rate is a level
        ("That is a drop of six per cent, and is equivalent to 640 crimes per 10,000 population.",
         [(6, "percent", "change", "decrease", "exact"), (640, "rate", "level", None, "exact")]),
    ],
)
def test_claims_rate_unit_carries(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bulletin was updated at 11:40 BST.",
        "Updated 09:15 UK",
        "Figures released this morning (21/3) were welcomed.",
        "This page holds press release 41/09 from the authority.",
        "The survey uses data from 43 forces.",
        "Falls were recorded across all 43 police forces in England and Wales.",
        "Statistics on crimes recorded by the eight Welsh police forces are published.",
        "Patrols are the second of the five priorities.",
        "The plan has four priorities, set by residents.",
        "This is the third of six objectives in the plan.",
        "The two sets of figures can differ.",
        "The two together give a fuller picture.",
        "He was charged with offences against a child under 13.",
        "There were more offences than in the 12 previous months.",
        "Full details are in Table 2.",
        "Please call the press office on 07700 900123.",
        # the sample of a survey is about the data source
        "The poll asked 12,000 adults about their fear of crime.",
        "The estimates come from a representative sample of 9,500 households.",
    ],
)
def test_claims_figures_about_the_text_are_no_claims(nlp, text):
    assert rows(run(nlp, text)) == []


def test_claims_numbered_lines_are_no_claims(nlp):
    text = ("Summary\n3\nSection heading\n4.2 Northern division\n1. Totals include a small number of wardens.\n"
            "West division: 4,120\n")
    assert rows(run(nlp, text)) == [(4120, "count", "level", None, "exact")]


def test_claims_line_opening_figures_that_are_no_section_numbers_are_claims(nlp):
    # a thousands figure or a percentage opening a line of a flattened table is a figure ...
    text = "Shoplifting\n2,314 offences\n58% detected\n"
    assert rows(run(nlp, text)) == [(2314, "count", "level", None, "exact"), (58, "percent", "level", None, "exact")]
    # ... a small dotted or whole number before a title is still a heading (refusal)
    assert rows(run(nlp, "Review\n6.3 Southern area\n12 Appendix tables\nSouthern area: 310\n")) == \
        [(310, "count", "level", None, "exact")]


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # a headline figure that lost its "%" takes the unit of the body's change it states
        ("Town crime rates drop by 6 last year", "Crime in the town dropped by 6% last year.",
         (6, "percent", "decrease", "exact")),
        ("Thefts up almost 15 in past year", "Thefts were up by 14.7 per cent.", (15, "percent", "increase", "approximate")),
        # ... and keeps its count when the body has no such change
        ("Burglaries drop by 40 last year", "Burglaries dropped by 12% last year.", (40, "count", "decrease", "exact")),
    ],
)
def test_claims_headline_figure_takes_the_body_unit(nlp, headline, body, expected):
    doc = run(nlp, body, headline=headline)
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert [(round(s._.value, 2), s._.unit, s._.direction, s._.approx) for s in heads] == [expected]


@pytest.mark.parametrize(
    "headline, direction",
    [
        ("Minister accused over worsening crime figures", "increase"),
        ("Bike thefts in the city hit new ten year high", "increase"),
        ("Vehicle crime reaches record low", "decrease"),
        ("Shop theft hits five-year high", "increase"),
        ("Downward trend in county burglary", "decrease"),
    ],
)
def test_claims_headline_patterns(nlp, headline, direction):
    doc = run(nlp, "Officers made 12 arrests.", headline=headline)
    heads = [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end]
    assert [(s._.direction, s._.value) for s in heads] == [(direction, None)]


def test_claims_headline_level_held_is_no_change(nlp):
    # a rank held ("at record low") states a level with no figure: no headline claim
    doc = run(nlp, "Officers made 12 arrests.", headline="Burglary in the county at record low")
    assert [s for s in doc.spans["claims"] if s.start_char < doc._.headline_end] == []


def test_claims_share_of_groups_keeps_the_part_not_the_total(nlp):
    # "N of the M crime groups": M counts the data's groups, N is the claim
    assert rows(run(nlp, "The decrease came in nine of the 12 crime groups for which figures exist.")) == [
        (9, "count", "level", None, "exact")]


def test_claims_loose_past_year_yields_to_the_months_the_body_writes_out(nlp):
    doc = run(nlp, "The force logged 2,300 burglaries in the 12 months to March 31.\n\nVandalism rose by 4%.",
              headline="Burglary up in past year", published="2023-05-10")
    assert _period(_by_value(doc)[4]) == ("2022-04-01", "2023-03-31")


def test_claims_loose_past_year_stays_when_the_body_writes_out_nothing(nlp):
    doc = run(nlp, "Vandalism rose by 4%.", headline="Burglary up in past year", published="2023-05-10")
    assert _period(_by_value(doc)[4]) == ("2022-05-01", "2023-04-30")


def test_claims_since_a_year_is_not_the_release_period_over_the_past_year(nlp):
    doc = run(nlp, "Crime has stayed level during the past year.\n\nTheft is up 2% since 2019.\n\nArson rose by 7%.",
              published="2023-06-15")
    assert _period(_by_value(doc)[7]) == ("2022-06-01", "2023-05-31")


def test_claims_since_a_month_after_a_change_is_the_release_period(nlp):
    doc = run(nlp, "The borough feels safer today than it did this time last year.\n\nThefts have dropped by 9% since "
                   "March 2022.\n\nArson rose by 7%.", published="2023-06-15")
    assert _period(_by_value(doc)[7]) == ("2022-03-01", "2023-06-15")


@pytest.mark.parametrize("sentence", [
    "Following the launch of the new unit on 4 May 2022, officers made 130 extra arrests.",
    "Excluding last year's flood damage claims, 45 more thefts were recorded than the previous year.",
])
def test_claims_period_in_an_opening_aside_is_not_the_figures(nlp, sentence):
    doc = run(nlp, f"The force recorded 8,000 crimes in 2022/23.\n\n{sentence}", published="2023-06-15")
    figure = next(s for s in doc.spans["claims"] if s._.value in (130, 45))
    assert _period(figure) == ("2022-04-01", "2023-03-31")


def test_claims_period_opening_a_sentence_without_an_aside_is_the_figures(nlp):
    doc = run(nlp, "The force recorded 8,000 crimes in 2022/23.\n\nIn 2021, officers made 130 extra arrests.",
              published="2023-06-15")
    assert _period(_by_value(doc)[130]) == ("2021-01-01", "2021-12-31")


def test_claims_change_takes_the_period_it_holds_over_a_later_one(nlp):
    doc = run(nlp, "The commissioner said that despite £20m of cuts delivered in the last four years, the force "
                   "had been rated good in the inspection report published in March for the way it handled cuts.",
              published="2023-06-15")
    assert _period(_by_value(doc)[20000000]) == ("2019-01-01", "2022-12-31")


def test_claims_change_with_a_period_after_it_and_none_held_takes_the_later(nlp):
    doc = run(nlp, "Arson rose by 11%, the force said of the figures for 2022.", published="2023-06-15")
    assert _period(_by_value(doc)[11]) == ("2022-01-01", "2022-12-31")


def test_claims_release_comparing_against_a_year_reports_the_year_after(nlp):
    doc = run(nlp, "The annual statistics are out.\n\nThere were 900 fewer thefts, down by 4% from 2020/21.\n\n"
                   "Arson rose by 2%.", published="2021")
    claims = _by_value(doc)
    assert _period(claims[4]) == ("2021-04-01", "2022-03-31")
    assert _period(claims[2]) == ("2021-04-01", "2022-03-31")
    assert _baseline(claims[2]) == ("2020-04-01", "2021-03-31")


def test_claims_release_comparing_against_a_quarter_implies_no_period(nlp):
    doc = run(nlp, "The statistics are out.\n\nThefts are down by 4% on the first quarter of 2021.\n\n"
                   "Arson rose by 2%.", published="2021")
    assert _period(_by_value(doc)[2]) == (None, None)


def test_claims_figure_compared_across_places_takes_the_period_beside_it(nlp):
    doc = run(nlp, "In the 12 months to June 2022, the county had a rate of 9 thefts per one thousand "
                   "households compared to 12 nationally.", published="2022-10-01")
    assert _period(_by_value(doc)[12]) == ("2021-07-01", "2022-06-30")


def test_claims_figure_compared_against_a_named_year_takes_that_year(nlp):
    doc = run(nlp, "In 2022 the force recorded 640 thefts, down from 700. In 2021 there were 700.",
              published="2023-03-01")
    assert _period(doc.spans["claims"][1]) == ("2021-01-01", "2021-12-31")


# --- how English states figures: a table of forms, each with a refusal nearby -----------------
@pytest.mark.parametrize(
    "text, expected",
    [
        # hedges before the figure
        ("Just shy of 700 thefts were logged.", [(700, "count", "level", None, "upper_bound")]),
        ("Approaching 700 thefts were logged.", [(700, "count", "level", None, "approximate")]),
        ("Thefts went up by as much as 8%.", [(8, "percent", "change", "increase", "upper_bound")]),
        ("In some wards the share was as high as 40%.", [(40, "percent", "level", None, "upper_bound")]),
        ("In some wards the share was as low as 4%.", [(4, "percent", "level", None, "lower_bound")]),
        # a table written as a line: the signed change is a column, not a score
        ("Shoplifting 2,310 2,050 -11.3%", [(2310, "count", "level", None, "exact"),
                                           (2050, "count", "level", None, "exact"),
                                           (11.3, "percent", "change", "decrease", "exact")]),
        # a change noun after the figure, past up to two modifiers
        ("Arson saw a 6% year-on-year fall.", [(6, "percent", "change", "decrease", "exact")]),
        ("Arson saw a 6 per cent year on year fall.", [(6, "percent", "change", "decrease", "exact")]),
        ("Arson saw a 6% annual rise.", [(6, "percent", "change", "increase", "exact")]),
        ("Arson saw a 6% sharp annual rise.", [(6, "percent", "change", "increase", "exact")]),
        # ... a modifier is no direction by itself, and "reported" is a verb, not a modifier
        ("About 6% annual turnover is normal.", [(6, "percent", "level", None, "approximate")]),
        ("Some 45% reported fewer incidents.", [(45, "percent", "level", None, "approximate")]),
    ],
)
def test_claims_english_forms(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It will take 2 to 3 days to process.",                 # a range of durations
        "Checks take two or three weeks.",
        "Quote crime reference 45/12345/22 when you call.",     # a reference with slashes
        "Figure 3 shows the trend since 2015.",                 # a label of the text
        "Priority 2 is safer roads.",
        "Please quote incident 1234 when calling.",
        "The Covid 19 rules changed patterns of crime.",        # a disease's name
        "COVID 19 restrictions closed the pubs.",
    ],
)
def test_claims_labels_and_names_are_no_claims(nlp, text):
    assert rows(run(nlp, text)) == []


def test_claims_a_figure_after_the_word_figure_still_counts(nlp):
    # "the figure 20% higher": the lower-case word is no label
    assert rows(run(nlp, "That makes the figure 20% higher than in 2019.")) == [
        (20, "percent", "change", "increase", "exact")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # written numbers take spelled-out units
        ("The charge rate rose by one percentage point.", [(1, "percentage_point", "change", "increase", "exact")]),
        ("Satisfaction fell by six percentage points.", [(6, "percentage_point", "change", "decrease", "exact")]),
        # bare points are percentage points in a sentence about a percentage or a rate ...
        ("Confidence fell 4 points to 71%.", [(4, "percentage_point", "change", "decrease", "exact"),
                                             (71, "percent", "level", None, "exact")]),
        ("The solved rate went up by 2.5 points.", [(2.5, "percentage_point", "change", "increase", "exact")]),
        # ... and a count elsewhere
        ("The youth team scored 3 points on Saturday.", [(3, "count", "level", None, "exact")]),
        # "above" / "below" after a figure compare like "higher" / "lower"
        ("Vandalism was 7% below last year.", [(7, "percent", "change", "decrease", "exact")]),
        ("Vandalism was 7% above last year.", [(7, "percent", "change", "increase", "exact")]),
        ("People aged 65 and above were targeted by 40 scams.", [(40, "count", "level", None, "exact")]),
        # a list whose verb is stated once: each item names its own figure
        ("Vandalism fell 9%, arson 4% and robbery 2%.", [(9, "percent", "change", "decrease", "exact"),
                                                       (4, "percent", "change", "decrease", "exact"),
                                                       (2, "percent", "change", "decrease", "exact")]),
        ("Thefts rose 6pc, criminal damage 3pc, while arson about 1pc.",
         [(6, "percent", "change", "increase", "exact"), (3, "percent", "change", "increase", "exact"),
          (1, "percent", "change", "increase", "approximate")]),
        # ... but not a share, a clause with its own verb, or a figure after "with"
        ("Vandalism fell 9%, and vans 30% of the total.", [(9, "percent", "change", "decrease", "exact"),
                                                          (30, "percent", "level", None, "exact")]),
        ("Vandalism fell 9%, the solved rate was 21%.", [(9, "percent", "change", "decrease", "exact"),
                                                        (21, "percent", "level", None, "exact")]),
        ("Vandalism fell 9%, with 40% of it in town.", [(9, "percent", "change", "decrease", "exact"),
                                                       (40, "percent", "level", None, "exact")]),
    ],
)
def test_claims_units_comparatives_and_item_lists(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "twice" / "half" before a comparison: a ratio, a level (like "three times the average")
        ("Arson in the town is twice the national average.", [(2, "ratio", "level", None, "exact")]),
        ("There were twice as many robberies as in 2015.", [(2, "ratio", "level", None, "exact")]),
        ("The local rise is half the regional increase.", [(0.5, "ratio", "level", None, "exact")]),
        ("Theft rose 3%, half the regional increase of 6%.", [(3, "percent", "change", "increase", "exact"),
                                                             (6, "percent", "change", "increase", "exact")]),
        ("Robbery is half as common as a decade ago.", [(0.5, "ratio", "level", None, "exact")]),
        # ... a share or a frequency otherwise
        ("Half of all robberies happened after dark.", [(50, "percent", "level", None, "exact")]),
        ("The shop was raided twice last year.", []),
        ("Twice a week officers visit the estate.", []),
        # "twice this," points back to the figure just given; "twice this year" is a frequency
        ("Vandalism cost the council £40,000, and ten years ago nearly twice this.",
         [(40000, "currency", "level", None, "exact"), (2, "ratio", "level", None, "approximate")]),
        ("The van was stolen twice this year.", []),
        # money written with "pounds"; a weight is no money
        ("Scams took 2.5 million pounds from pensioners.", [(2500000, "currency", "level", None, "exact")]),
        ("Officers seized 9 pounds of cannabis.", [(9, "count", "level", None, "exact")]),
    ],
)
def test_claims_ratio_words_and_pounds(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


def test_claims_dateline_is_never_a_figures_period(nlp):
    """A date alone on its line is when the page went up, even with no publication date known."""
    doc = run(nlp, "Monday, 4th February 2019\n\nShoplifting rose by 12%.", published=None)
    assert _period(doc.spans["claims"][0]) == (None, None)


def test_claims_headline_document_name_yields_to_the_body_period(nlp):
    doc = run(nlp, "Annual crime statistics 2020\n\nIn 2021 arson rose by 9% to 410 fires.",
              headline="Annual crime statistics 2020", published="2022-02-01")
    claims = _by_value(doc)
    assert _period(claims[9]) == ("2021-01-01", "2021-12-31")
    assert _period(claims[410]) == ("2021-01-01", "2021-12-31")


def test_claims_headline_opening_with_a_period_that_names_a_document_yields_to_the_body(nlp):
    doc = run(nlp, "The report covers the year to date, i.e. April 2010 to October 2010.\n\nArson fell by 6%.",
              headline="October 2010 district performance", published="2010-12-01")
    assert _period(_by_value(doc)[6]) == ("2010-04-01", "2010-10-31")


def test_claims_headline_opening_with_a_period_and_a_verb_stays_the_period(nlp):
    """Refusal: "October 2010 saw arson fall" dates the figures; no document is named."""
    doc = run(nlp, "Arson fell by 6%.\n\nA review of April 2010 to October 2010 follows.",
              headline="October 2010 saw arson fall", published="2010-12-01")
    assert _period(_by_value(doc)[6]) == ("2010-10-01", "2010-10-31")


def test_claims_headline_year_that_is_no_document_name_stays_the_period(nlp):
    """Refusal: "Arson falls in 2020" dates the figures; the headline's period stands."""
    doc = run(nlp, "Officers recorded 410 fires.\n\nA new unit began work in 2021.",
              headline="Arson falls in 2020", published="2021-02-01")
    assert _period(_by_value(doc)[410]) == ("2020-01-01", "2020-12-31")


def test_claims_change_is_never_its_own_baseline(nlp):
    doc = run(nlp, "In 2022 shoplifting rose by 7%, less than last year's 12%.", published="2023-03-01")
    seven = _by_value(doc)[7]
    assert _period(seven) == ("2022-01-01", "2022-12-31")
    assert _baseline(seven) != ("2022-01-01", "2022-12-31")


def test_claims_baseline_named_by_words_before_its_year(nlp):
    doc = run(nlp, "In the first half of 2021 arson fell by 12% when compared with pre-pandemic levels in 2019.",
              published="2021-08-01")
    twelve = _by_value(doc)[12]
    assert _period(twelve) == ("2021-01-01", "2021-06-30")
    assert _baseline(twelve) == ("2019-01-01", "2019-12-31")


# which period of a sentence each figure takes, and its baseline (value, period start, baseline start)
@pytest.mark.parametrize(
    "text, expected",
    [
        ("Burglary in 2023 was 12% below the 2019 level.", [(12, "2023-01-01", "2019-01-01")]),
        ("Shoplifting in 2023 was 25% higher than the levels seen in 2019.", [(25, "2023-01-01", "2019-01-01")]),
        ("Burglary rose from 1,200 in 2019 to 1,500 in 2023.", [(1200, "2019-01-01", None), (1500, "2023-01-01", None)]),
        ("Burglary fell by 8% to 1,100 in 2023, down from 1,200 in 2022.",
         [(8, "2023-01-01", "2022-01-01"), (1100, "2023-01-01", None), (1200, "2022-01-01", None)]),
        ("Compared with the same period last year, burglary in January to June 2024 fell by 11%.",
         [(11, "2024-01-01", "2023-01-01")]),
        ("There were 52 murders in 2023, 8 fewer than in 2022.", [(52, "2023-01-01", None), (8, "2023-01-01", "2022-01-01")]),
        ("Burglary fell 6% in 2023/24 on 2022/23.", [(6, "2023-04-01", "2022-04-01")]),
        ("Robbery has fallen 30% since 2010.", [(30, "2010-01-01", None)]),
        ("Figures published today show burglary fell 5% in the year to March 2024.", [(5, "2023-04-01", None)]),
        # a change compared against holds its own period
        ("Robbery rose 4% in the year ending March 2024, compared with a 2% rise the year before.",
         [(4, "2023-04-01", "2022-04-01"), (2, "2022-04-01", None)]),
        # refused: one compared with a place keeps the sentence's period
        ("Robbery rose 4% in 2023, compared with a 2% rise nationally.", [(4, "2023-01-01", None), (2, "2023-01-01", None)]),
        # "year on year" beside a change: its own period a year back
        ("Vehicle thefts were up 9% year-on-year in 2023.", [(9, "2023-01-01", "2022-01-01")]),
        ("Year on year, cycle thefts in the quarter to March 2024 fell by 5%.", [(5, "2024-01-01", "2023-01-01")]),
        # refused: "year on year" in another sentence, beside no figure
        ("Arson has varied year on year. In 2023 arson rose 6%.", [(6, "2023-01-01", None)]),
        # refused: "above"/"than" before no period names no baseline
        ("In 2023 arson rose 6%, above the national average.", [(6, "2023-01-01", None)]),
        ("Arson was 6% higher in 2023 than any other year.", [(6, "2023-01-01", None)]),
    ],
)
def test_claims_period_and_baseline_of_each_figure(nlp, text, expected):
    doc = run(nlp, text, published="2024-07-18")
    got = [(s._.value, s._.period_start, s._.baseline_start) for s in doc.spans["claims"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a period that ends the phrase a comparison word opens is the baseline; the change keeps the
        # period of its clause (a figure of several digits before "on" too)
        ("Staff numbers now stand at 9,310, up 214 on last year.",
         [(9310, "2024-01-01", None), (214, "2024-01-01", "2023-01-01")]),
        ("Shoplifting in 2023/24 was down 1,310 on offences logged in 2022/23.", [(1310, "2023-04-01", "2022-04-01")]),
        ("Arson in 2023/24 rose by 31 incidents when compared with the twelve-month period from April 2022 to "
         "March 2023.", [(31, "2023-04-01", "2022-04-01")]),
        # a bracket right after a baseline restates it
        ("Vandalism in 2023/24 rose by 8% on the year before (2022/23).", [(8, "2023-04-01", "2022-04-01")]),
        ("Fraud rose 6% in 2023/24 compared with last year [2022/23].", [(6, "2023-04-01", "2022-04-01")]),
        # refused: a bracket after the claim's own period restates that period
        ("Fraud rose 6% in the latest year (2023/24).", [(6, "2023-04-01", None)]),
        # refused: "on" that opens no comparison ("on the high street in May")
        ("Thefts fell by 8% in 2023, with 420 offences on the high street in May.",
         [(8, "2023-01-01", None), (420, "2024-05-01", None)]),
    ],
)
def test_claims_period_after_a_comparison_word_is_the_baseline(nlp, text, expected):
    doc = run(nlp, text, published="2024-07-18")
    got = [(s._.value, s._.period_start, s._.baseline_start) for s in doc.spans["claims"]]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change followed by the two levels it runs between: its period is the "to" level's, its baseline
        # the first level's, whether "from", a dash or a bracket opens the pair
        ("There was a 40% rise in robberies – 410 in 2015 to 574 in 2016.",
         [(40, "2016-01-01", "2015-01-01"), (410, "2015-01-01", None), (574, "2016-01-01", None)]),
        ("Thefts fell by 143 (1,962 in 2016 down to 1,819 in 2017).",
         [(143, "2017-01-01", "2016-01-01"), (1962, "2016-01-01", None), (1819, "2017-01-01", None)]),
        ("Arson rose 12% from 300 in 2014 to 336 in 2015.",
         [(12, "2015-01-01", "2014-01-01"), (300, "2014-01-01", None), (336, "2015-01-01", None)]),
        # refused: a pair whose first part is no level holds no baseline
        ("Arson rose 12% in 2015, from a low base, to 336 fires.", [(12, "2015-01-01", None), (336, "2015-01-01", None)]),
    ],
)
def test_claims_change_between_two_levels_is_about_the_later(nlp, text, expected):
    doc = run(nlp, text, published="2016-07-18")
    got = [(s._.value, s._.period_start, s._.baseline_start) for s in doc.spans["claims"]]
    assert got == expected


_TABLE = ("ARSON BY DIVISION\n\nDivision Mar 2021 Mar 2020 Change % Change\n\nNorth\n\n1,204\n\n1,310\n\n-106\n\n"
          "-8.09\n\nSouth\n\n988\n\n950\n\n38\n\n+4.00\n\nThe table ends here with a sentence of 3 words.\n\n7\n")


def test_claims_table_written_as_lines_reads_each_cell_by_its_column(nlp):
    # a header naming the columns, then a label line and one figure per line: period columns are
    # levels, the change column a count change, the % column a percentage change; a sign gives the
    # direction, an unsigned change is an increase; a lone figure after running text is no cell
    assert rows(run(nlp, _TABLE)) == [
        (1204, "count", "level", None, "exact"), (1310, "count", "level", None, "exact"),
        (106, "count", "change", "decrease", "exact"), (8.09, "percent", "change", "decrease", "exact"),
        (988, "count", "level", None, "exact"), (950, "count", "level", None, "exact"),
        (38, "count", "change", "increase", "exact"), (4, "percent", "change", "increase", "exact"),
        (3, "count", "level", None, "exact")]


@pytest.mark.parametrize(
    "text",
    [
        # no header naming a change column or two periods: lone figures stay markers
        "Contents\n\nNorth\n\n12\n\n14\n",
        # a header line that is a sentence is no header
        "Crime fell between 2019 and 2020 with little change.\n\nNorth\n\n12\n",
    ],
)
def test_claims_lone_figures_without_a_table_header_are_no_claims(nlp, text):
    assert rows(run(nlp, text)) == []


def _cells(doc):
    """(value, kind, metric, area, period, baseline) per claim of a table."""
    return [(round(s._.value, 2), s._.kind, s._.metric, s._.area, _period(s), _baseline(s)) for s in doc.spans["claims"]]


_Y15 = ("2014-10-01", "2015-09-30")  # the 12 months to Sep 2015
_Y16 = ("2015-10-01", "2016-09-30")
_NONE = (None, None)


@pytest.mark.parametrize(
    "text, expected",
    [
        # by district: the label is the area, the title in capitals gives the metric and, for the row of
        # totals, the area; the same month of two years as columns are the 12 months to that month;
        # the changes run from the second period column to the first
        ("SHOPLIFTING NORTHUMBRIA\n\nDistrict Sep 2016 Sep 2015 +/- % change\n\nGateshead\n\n1,020\n\n980\n\n"
         "40\n\n4.1\n\nAll districts\n\n2,300\n\n2,250\n\n50\n\n2.2\n",
         [(1020, "level", "shoplifting", "Gateshead", _Y16, _NONE),
          (980, "level", "shoplifting", "Gateshead", _Y15, _NONE),
          (40, "change", "shoplifting", "Gateshead", _Y16, _Y15),
          (4.1, "change", "shoplifting", "Gateshead", _Y16, _Y15),
          (2300, "level", "shoplifting", "Northumbria", _Y16, _NONE),
          (2250, "level", "shoplifting", "Northumbria", _Y15, _NONE),
          (50, "change", "shoplifting", "Northumbria", _Y16, _Y15),
          (2.2, "change", "shoplifting", "Northumbria", _Y16, _Y15)]),
        # by offence: the label is the metric, the lead-in gives the area and the total's metric
        ("Recorded crime in Cumbria:\n\nOffence 2018 2017 Diff\n\nBurglary\n\n310\n\n355\n\n-45\n\n"
         "Total\n\n1,012\n\n1,045\n\n-33\n",
         [(310, "level", "Burglary", "Cumbria", ("2018-01-01", "2018-12-31"), _NONE),
          (355, "level", "Burglary", "Cumbria", ("2017-01-01", "2017-12-31"), _NONE),
          (45, "change", "Burglary", "Cumbria", ("2018-01-01", "2018-12-31"), ("2017-01-01", "2017-12-31")),
          (1012, "level", "Recorded crime", "Cumbria", ("2018-01-01", "2018-12-31"), _NONE),
          (1045, "level", "Recorded crime", "Cumbria", ("2017-01-01", "2017-12-31"), _NONE),
          (33, "change", "Recorded crime", "Cumbria", ("2018-01-01", "2018-12-31"), ("2017-01-01", "2017-12-31"))]),
        # no label column named: a label the gazetteer knows is a place; financial years in time
        # order: the change runs from the earlier to the later
        ("Robbery figures\n\n2016/17 2017/18 Change\n\nCarlisle\n\n40\n\n52\n\n12\n",
         [(40, "level", "Robbery", "Carlisle", ("2016-04-01", "2017-03-31"), _NONE),
          (52, "level", "Robbery", "Carlisle", ("2017-04-01", "2018-03-31"), _NONE),
          (12, "change", "Robbery", "Carlisle", ("2017-04-01", "2018-03-31"), ("2016-04-01", "2017-03-31"))]),
    ],
)
def test_claims_table_cells_take_their_row_title_and_columns(nlp, text, expected):
    assert _cells(run(nlp, text)) == expected


def test_claims_table_header_label_column_says_the_rows_are_places(nlp):
    # "Police Force" names the label column: a label the gazetteer does not know is still the area;
    # "Year to March" columns; a title that is a long lead-in sentence gives no metric
    doc = run(nlp, "These are the numbers the forces sent us for this report, in full, for the record\n\n"
                   "Police Force Year to March 2014 Year to March 2013 % change\n\nFictional Vale\n\n"
                   "2,000\n\n2,100\n\n-4.8\n")
    assert [(s._.area, s._.metric, _period(s), _baseline(s)) for s in doc.spans["claims"]] == [
        ("Fictional Vale", None, ("2013-04-01", "2014-03-31"), _NONE),
        ("Fictional Vale", None, ("2012-04-01", "2013-03-31"), _NONE),
        ("Fictional Vale", None, ("2013-04-01", "2014-03-31"), ("2012-04-01", "2013-03-31"))]


@pytest.mark.parametrize(
    "text",
    [
        # a list of labels and figures under no header is no table
        "Key facts\n\nCarlisle\n\n12\n\nRobbery\n\n14\n",
        # a header followed by running text: the table ends before any figure
        "Ward 2016 2017\n\nOfficers went to every ward meeting in both years, as they had promised.\n\nCarlisle\n\n12\n",
    ],
)
def test_claims_lines_that_are_no_table_give_no_cells(nlp, text):
    assert rows(run(nlp, text)) == []


@pytest.mark.parametrize(
    "label, total",
    [("TOTAL", True), ("All forces", True), ("Force total", True), ("Overall", True),
     # an offence or a place, not a row of totals
     ("Total recorded crime", False), ("All crime", False), ("Allerdale", False)],
)
def test_claims_table_row_of_totals_names_neither_place_nor_offence(label, total):
    from extractor.components.claims.line_tables import LineTables
    tables = LineTables(srsly.read_yaml(Path(__file__).resolve().parents[2] / "models" / "crime_claims" / "rules"
                                        / "claims.yaml"))
    assert tables.is_total(label) is total


@pytest.mark.parametrize(
    "text, expected",
    [
        # a figure listed after a change whose noun follows its figure shares its direction
        ("There was a 14% surge for the north division and 6% in the south.",
         [(14, "percent", "change", "increase", "exact"), (6, "percent", "change", "increase", "exact")]),
        # "equates to" restates the change before it as a count
        ("The 20% rise in arson equates to 31 fires over the year.",
         [(20, "percent", "change", "increase", "exact"), (31, "count", "change", "increase", "exact")]),
        ("The 9% fall equates to 40 fewer stolen cars.",
         [(9, "percent", "change", "decrease", "exact"), (40, "count", "change", "decrease", "exact")]),
        # ... and without a change before it stays a level
        ("The grant equates to 31 patrol hours a week.", [(31, "count", "level", None, "exact")]),
        # "N in every M people" is a rate per head; without a population it stays a share
        ("That means six out of every 1,000 people were burgled.", [(6, "rate", "level", None, "exact")]),
        ("There is a theft for at least one in every 20 residents.", [(1, "rate", "level", None, "lower_bound")]),
        ("One in every 20 calls was a hoax.", [(5, "percent", "level", None, "exact")]),
        # an average after a comparative compares places: a level
        ("Shoplifting in the town is 40 per cent above the national average.",
         [(40, "percent", "level", None, "exact")]),
        ("Shoplifting is 12% lower than the regional average.", [(12, "percent", "level", None, "exact")]),
        ("Shoplifting is 12% lower than last year.", [(12, "percent", "change", "decrease", "exact")]),
        # "double the average" is a ratio like "twice the average"; "doubled" is a change
        ("Knife crime here is double the national average.", [(2, "ratio", "level", None, "exact")]),
        ("Knife crime in the town doubled.", [(100, "percent", "change", "increase", "exact")]),
    ],
)
def test_claims_carried_changes_rates_per_head_and_averages(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a frequency: a count of events in a stated interval is a rate, value the count
        ("Last year a burglary was reported every 20 minutes, or one every 20 minutes.",
         [(1, "rate", "level", None, "exact")]),
        ("Officers now record three thefts every hour across the city.", [(3, "rate", "level", None, "exact")]),
        ("The town saw one assault every three days in the summer.", [(1, "rate", "level", None, "exact")]),
        # ... on its own line, as a headline or a bullet, it is no lone number
        ("Weekly Gazette\n\nOne car stolen every 40 minutes\n\nThe figures came out today.",
         [(1, "rate", "level", None, "exact")]),
        # ... whose unit does not carry to the count after it
        ("That is one crime every minute, with 520,000 in all.",
         [(1, "rate", "level", None, "exact"), (520000, "count", "level", None, "exact")]),
        # "every day" alone stays as "a day" reads; a schedule with no count is no claim
        ("Patrols visit the estate every 30 minutes.", []),
        ("The 40 cameras are checked every day.", [(40, "count", "level", None, "exact")]),
        # a figure in a population of a thousand or more is a rate per head like "per 1,000"
        ("Only 3.4 homes in 1,000 were burgled last year.", [(3.4, "rate", "level", None, "exact")]),
        ("Robbery hit one in 10,000 residents.", [(1, "rate", "level", None, "exact")]),
        ("Police cleared 45 cases in 1,000 days.", [(45, "count", "level", None, "exact")]),
        # ... and a part of a whole after it stays a count
        ("Burglary hit 3.4 homes in 1,000, equal to 15 of the town's 44,000 homes.",
         [(3.4, "rate", "level", None, "exact"), (15, "count", "level", None, "exact"),
          (44000, "count", "level", None, "exact")]),
        # the per cent sign with an abbreviated "points" is percentage points
        ("The detection rate rose by 2.4% pts to 31%.",
         [(2.4, "percentage_point", "change", "increase", "exact"), (31, "percent", "level", None, "exact")]),
        ("Satisfaction was down 3%pt on the year.", [(3, "percentage_point", "change", "decrease", "exact")]),
        ("Satisfaction was down 3% on the year.", [(3, "percent", "change", "decrease", "exact")]),
    ],
)
def test_claims_frequency_population_share_and_points(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # the sample of a survey as the subject of its sentence
        ("About 6,000 households are asked to take part in the study each year.", []),
        ("About 6,000 households were burgled last year.", [(6000, "count", "level", None, "approximate")]),
        # a count of the data's own groups, with no total
        ("Thefts rose in six of the categories.", []),
        ("Thefts fell in nine of the 12 crime groups.", [(9, "count", "level", None, "exact")]),
        # a target measures nothing
        ("The target is 80 per cent and the force reached 76 per cent.",
         [(76, "percent", "level", None, "exact")]),
        # a markup attribute
        ("[gallery id=4]", []),
    ],
)
def test_claims_samples_groups_targets_and_attributes_are_no_claims(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # exceptions to a change in brackets went the other way
        ("Crime fell by 4%, with the exception of arson (3.1%) and fraud (2%).",
         [(4, "percent", "change", "decrease", "exact"), (3.1, "percent", "change", "increase", "exact"),
          (2, "percent", "change", "increase", "exact")]),
        ("All offences rose, apart from theft (6%).", [(6, "percent", "change", "decrease", "exact")]),
        ("There were rises in arson (6%) and fraud (2%).",
         [(6, "percent", "change", "increase", "exact"), (2, "percent", "change", "increase", "exact")]),
        # a count in brackets after a share is the share's count, a level
        ("Thefts rose by 9%, with almost a third of them (1,020) from shops.",
         [(9, "percent", "change", "increase", "exact"), (33.33, "percent", "level", None, "approximate"),
          (1020, "count", "level", None, "exact")]),
        # a comparator written as an earlier period's figure
        ("Arson rose by 4%, less steep than last year's 9%.",
         [(4, "percent", "change", "increase", "exact"), (9, "percent", "change", "increase", "exact")]),
        # a change noun, a comma, and the figure ending its clause
        ("The town had the sharpest fall in burglary, 12%.", [(12, "percent", "change", "decrease", "exact")]),
        ("After the fall in burglary, 12 officers moved to other teams.", [(12, "count", "level", None, "exact")]),
        # a running total of a change reaches the figure
        ("That brings the total cut in officer numbers to 1,240 since 2012.",
         [(1240, "count", "change", "decrease", "exact")]),
        ("Officer numbers fell to 1,240.", [(1240, "count", "level", None, "exact")]),
        # "one" as the amount of a change; never otherwise
        ("Murders saw an increase of one on the year before.", [(1, "count", "change", "increase", "exact")]),
        ("Murders fell by one.", [(1, "count", "change", "decrease", "exact")]),
        ("There was one murder, and one of the officers said one more would come.", []),
        # the parts of a definition are about the text
        ("A gang must show the following three elements.", []),
    ],
)
def test_claims_exceptions_shares_comparators_and_totals(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a "per 1,000 population" lead-in makes the sentence's counts rates ...
        ("Per 1,000 residents, the town had 45 offences.", [(45, "rate", "level", None, "exact")]),
        ("Crime per 1,000 population: Dover 45, Deal 52.",
         [(45, "rate", "level", None, "exact"), (52, "rate", "level", None, "exact")]),
        # ... not the tail of a figure's own rate, nor a rate named mid-sentence
        ("The town had 62 crimes per 1,000 people, and 3,000 offences were solved.",
         [(62, "rate", "level", None, "exact"), (3000, "count", "level", None, "exact")]),
        ("It had the highest rate for theft per 1,000 people (4.1), equivalent to 800 cases.",
         [(4.1, "rate", "level", None, "exact"), (800, "count", "level", None, "exact")]),
        # an alternative duration in brackets after a duration is no claim; a share there is
        ("Calls were answered within 10 minutes (15 in rural areas) 80 per cent of the time.",
         [(80, "percent", "level", None, "exact")]),
        ("Calls were answered within 10 minutes (15%).", [(15, "percent", "level", None, "exact")]),
    ],
)
def test_claims_rate_lead_ins_and_bracketed_durations(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, metrics",
    [
        # "involving" parsed as a verb still says what was counted; a clause after it does not
        ("Officers dealt with 85 offences involving a blade in Chorley during the summer.",
         ["offences involving a blade"]),
        # a figure inside the phrase belongs to the claim: "the 2019 period 40,120 crimes", "6.1m crimes"
        ("Over the 2019-20 period 40,120 crimes were logged in Lancashire.", ["crimes"]),
        ("Vandalism rose 2% while the 6.1m crimes recorded by forces fell by 1% since 2018/19.",
         ["Vandalism", "crimes", "crimes"]),
        # refusal: a number after a capitalised word is part of a name
        ("Section 60 searches rose by 8% to 410.", ["Section 60 searches", "Section 60 searches"]),
    ],
)
def test_claims_metric_phrase_without_figures(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # "N - an increase of 2%": the object of "of" is the figure, the subject says what it counts
        ("Arson fell by 5% to 310. Harassment and stalking reports reached 6,020 - a rise of about 2%.",
         ["Arson", "Arson", "Harassment and stalking reports", "Harassment and stalking reports"]),
        # a change noun subject is a change in its object
        ("The drop in shoplifting was sharp - by 21% - from 880 to 695 offences.",
         ["shoplifting", "shoplifting", "shoplifting"]),
        # refusal: a change in a place or an idiom names no measure; the one before carries
        ("Burglary rose by 3%. The rise in comparison to last year was 7%.", ["Burglary", "Burglary"]),
    ],
)
def test_claims_metric_not_from_a_figure_or_a_change_noun(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a heading line: the noun a kept preposition hangs from, not its object
        ("Offences against property – from 2,311 to 2,104, down by 9 per cent.",
         ["Offences against property"] * 3),
        # refusal: a noun that names no offence keeps its object
        ("Categories with vehicle offences – from 2,311 to 2,104.", ["vehicle offences"] * 2),
    ],
)
def test_claims_metric_of_a_heading_line(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # the figure's own clause after "while": its subject, not the measure of the clause before
        ("Arson is also down by six while recorded incidents of carrying blades are up from 180 to 215.",
         ["Arson"] + ["recorded incidents of carrying blades"] * 2),
        ("Theft is down by 30 while reports of carrying weapons are up from 150 to 172.",
         ["Theft"] + ["reports of carrying weapons"] * 2),
        # refusal: a figure of the same clause carries
        ("Robbery is also down by 6% from 210 to 198.", ["Robbery", "Robbery", "Robbery"]),
    ],
)
def test_claims_metric_of_a_clause_after_a_conjunction(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a figure after a relative clause carries from the claim before the clause
        ("Police logged 48,200 offences in the county, which is home to 1.2 million people, against 51,900 "
         "a year earlier.", ["offences", "people", "offences"]),
        # refusal: within the relative clause the clause's own measure carries
        ("Burglary, which fell by 8% to 1,020, remains a priority.", ["Burglary", "Burglary"]),
    ],
)
def test_claims_metric_not_carried_from_a_relative_clause(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a generic count noun whose "of"/"involving" names the kind counted is the figure's own measure,
        # also for the figure that restates it
        ("Arson rose by 6%, while there were 214 fewer incidents of disorder, a reduction of 8%.",
         ["Arson", "incidents of disorder", "incidents of disorder"]),
        ("Theft fell by 12%, with 40 more cases involving knives.", ["Theft", "cases involving knives"]),
        # refusals: "of this nature" and a place name nothing: the measure carries
        ("Theft fell by 12%, with 40 fewer incidents of this nature.", ["Theft", "Theft"]),
        ("Theft fell by 12%, or 40 fewer incidents in Leeds.", ["Theft", "Theft"]),
        # a change participle hanging on a noun says what changed
        ("The report shows a fall in thefts which were down from 410 to 380 with the number of serious assaults "
         "falling by 26 to 90.", ["thefts", "thefts", "serious assaults", "serious assaults"]),
        # refusals: a participle of no change, a noun after "be", an agent
        ("Detections rose, with a new poll showing a satisfaction rate of 85%.",
         ["Detections"]),
        ("Vehicle crime was the biggest faller, dropping by 31%.", ["Vehicle crime"]),
        ("Theft fell by 12%, with the force recording 40 more.", ["Theft", "Theft"]),
    ],
)
def test_claims_metric_of_the_figures_own_clause_before_carry(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, areas",
    [
        # a district no list knows, starting a paragraph as the subject of a verb of record
        ("Crime fell 6% in the county.\nWexbury has seen a 12% fall in crime, with burglary down 9%.",
         ["Lancashire", "Wexbury", "Wexbury"]),
        ("Crime fell 6% in the county.\nThe Vale of Marrow saw 310 fewer crimes.", ["Lancashire", "Vale of Marrow"]),
        ("Crime fell 6% in the county.\nCrime in the Tollands is down by 8% on last year.",
         ["Lancashire", "Tollands"]),
        # refusals: a time, a title and name, an organisation, a measure, an acronym
        ("Crime fell 6% in the county.\nJanuary saw a 12% fall in crime.", ["Lancashire", "Lancashire"]),
        ("Crime fell 6% in the county.\nChief Inspector Hollis has seen a 12% fall in thefts.",
         ["Lancashire", "Lancashire"]),
        ("Crime fell 6% in the county.\nThe Neighbourhood Team recorded 40 arrests.", ["Lancashire", "Lancashire"]),
        ("Crime fell 6% in the county.\nBurglary has seen a 12% fall.", ["Lancashire", "Lancashire"]),
        ("Crime fell 6% in the county.\nThe ONS recorded a 12% fall.", ["Lancashire", "Lancashire"]),
        # refusal: a sentence adverb before "recorded" is no district
        ("Crime fell 6% in the county.\nOverall recorded crime fell by 310 offences.", ["Lancashire", "Lancashire"]),
        ("Crime fell 6% in the county.\nMeanwhile recorded burglary fell by 12%.", ["Lancashire", "Lancashire"]),
        # refusal: a name in the middle of a paragraph is left to the lists and the model
        ("Crime fell 6% in the county and Wexbury has seen a 12% fall.", ["Lancashire", "Lancashire"]),
    ],
)
def test_claims_area_district_starting_a_paragraph(nlp, text, areas):
    doc = run(nlp, text)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a bare count or a pronoun after a sentence that names an offence but states no figure counts it
        ("Bicycle thefts have reached a record level in the county.\nA total of 2,310 offences were logged by "
         "officers last year.", ["Bicycle thefts"]),
        ("Bicycle thefts have reached a record level in the county. They were up 18% on the year before.",
         ["Bicycle thefts"]),
        # refusals: the sentence before states a figure; the count is of every offence; two offences
        ("Bicycle thefts rose by 4% in the county. A total of 2,310 offences were logged.", ["Bicycle thefts", "offences"]),
        ("Bicycle thefts have reached a record level. About 90,000 crimes were recorded in all.", ["crimes"]),
        ("Arson and vandalism have risen in the county. A total of 2,310 offences were logged.", ["offences"]),
    ],
)
def test_claims_metric_of_the_sentence_before(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # an offence the model tags as a place is still the measure
        ("Burglary has risen by 12 per cent since 2019.", ["Burglary"]),
        ("Fraud has risen by 12% since 2019.", ["Fraud"]),
        # a list item opened by "with" after a clause of its own; its words as written
        ("Offences fell overall, with robbery down 6%.", ["robbery"]),
        ("Offences fell overall, with hate crime down 6%.", ["hate crime"]),
        ("Offences fell overall, with violence with injury down 6%.", ["violence with injury"]),
        # items joined by "and" with one figure are one item; a figure after each makes two
        ("Crime fell, with burglary, robbery and arson down 6%.", ["burglary, robbery and arson"]),
        ("Offences fell overall, with burglary down 3% and arson down 6%.", ["burglary", "arson"]),
        # a coordination inside the subject's phrase is the subject's
        ("Reports of criminal damage and arson rose by 4%.", ["Reports of criminal damage and arson"]),
        # "the X figure" names X; refusal: "the total figure" points back
        ("The anti-social behaviour figure rose by 4%.", ["anti-social behaviour figure"]),
        ("Robbery fell by 2%. The total figure rose by 4%.", ["Robbery", "Robbery"]),
    ],
)
def test_claims_metric_of_list_items_and_subjects(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # "respectively": each figure is its own item's, in order
        ("Arson and fraud are down by 3.2% and 0.6% respectively.", ["Arson", "fraud"]),
        ("Burglary, robbery and arson rose by 5%, 3% and 2% respectively.", ["Burglary", "robbery", "arson"]),
        ("Burglary and robbery rose by 5% and 3% to 400 and 300 respectively.",
         ["Burglary", "robbery", "Burglary", "robbery"]),
        # refusal: without "respectively" the figures are the whole subject's
        ("Arson and fraud are down by 3.2% and 0.6%.", ["Arson and fraud", "Arson and fraud"]),
    ],
)
def test_claims_metric_respectively(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a sentence that opens with its measure
        ("In relation to hate crime, there was a 6% fall.", ["hate crime"]),
        ("When it comes to shoplifting, there were 320 offences.", ["shoplifting"]),
        # refusal: a place opening the sentence names no measure
        ("Burglary rose by 2%. In relation to Kent, there was a 6% fall.", ["Burglary", "Burglary"]),
        # a line "label: figure" is the label's
        ("Shoplifting: 320 (up 4%)", ["Shoplifting", "Shoplifting"]),
        ("Criminal damage and arson: 320 offences (up 4%)", ["Criminal damage and arson"] * 2),
        # refusals: a place label, a clause before the colon
        ("Kent: 4,120 (up 4%)", [None, None]),
        ("Figures show: 320 crimes were recorded.", ["crimes"]),
        # a line "label – figures", after a bullet or none; a hyphen inside the label stays in it
        ("* Shoplifting – 412 crimes up from 388 (+6.2 per cent)", ["Shoplifting"] * 3),
        ("Theft of pedal cycles - up by 9% (54 more crimes)", ["Theft of pedal cycles"] * 2),
        ("• Non-domestic arson — 97 crimes, down from 120", ["Non-domestic arson"] * 2),
        ("Drug trafficking – 230 offences – (-4.1% on last year)", ["Drug trafficking"] * 2),
        # refusals: a total, a place, a clause set off by dashes, a sign glued to a figure
        ("• Overall – 41,300 crimes, down from 42,000", ["crimes", "crimes"]),
        ("Burglary fell by 3%.\nPreston – down by 8%", ["Burglary", "Burglary"]),
        ("Robbery – the force said – fell by 5%.", ["Robbery"]),
        ("Arson rose (- 4 per cent on 2022).", ["Arson"]),
    ],
)
def test_claims_metric_of_a_lead_or_a_label(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # an aside between dashes defines the subject; its own subject is not the measure
        ("The charge rate – cases in which suspects were charged – dropped by 1.4% to 11%.",
         ["charge rate", "charge rate"]),
        ("Knife crime — which officers say is driven by gangs — rose by 7%.", ["Knife crime"]),
        # refusal: a dash that opens no aside leaves the clause after it alone
        ("Burglary fell by 3% – and shoplifting rose by 5%.", ["Burglary", "shoplifting"]),
    ],
)
def test_claims_metric_not_from_an_aside_between_dashes(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, areas",
    [
        # a place no list knows, named as a place
        ("Burglary in the Wexbury area fell by 5%.", ["Wexbury area"]),
        ("Burglary fell by 5% across the Wexbury district.", ["Wexbury district"]),
        ("Burglary fell by 5% in the borough of Wexbury.", ["Wexbury"]),
        ("Burglary fell by 5% in Marrow Vale.", ["Marrow Vale"]),
        ("In Wexbury, robbery fell by 5%.", ["Wexbury"]),
        ("Burglary fell by 5% in Lancashire, with Wexbury seeing a 9% fall.", ["Lancashire", "Wexbury"]),
        # refusals: a time, an operation, an organisation, a pandemic, a sentence-opening word
        ("Burglary fell by 5% in March.", ["Lancashire"]),
        ("Burglary fell by 5% in Operation Nova, officers said.", ["Lancashire"]),
        ("Burglary fell by 5% in the Home Office area.", ["Lancashire"]),
        ("Crime fell by 5% in Covid lockdowns.", ["Lancashire"]),
        ("In Total, crime fell by 5%.", ["Lancashire"]),
        # "the X region", "the X policing district" name a place too
        ("The rate was 41 per 1,000, compared with the Wessex region's average of 57.", ["Lancashire", "Wessex region"]),
        ("Robbery rose by 6% in the Marrow Vale policing district.", ["Marrow Vale"]),
        # refusal: a force's region is the force
        ("Robbery rose by 6% across the Lancashire Police region.", ["Lancashire"]),
    ],
)
def test_claims_area_named_as_a_place(nlp, text, areas):
    doc = run(nlp, text)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, areas",
    [
        # a place name after a title is a person
        ("Chief Inspector Kent said burglary fell by 5%.", ["Lancashire"]),
        ("Mr Preston said burglary fell by 5%.", ["Lancashire"]),
        # refusal: a force after a title is still a place
        ("Chief Inspector Jo Hale of Kent Police said burglary fell by 5% in Kent.", ["Kent"]),
    ],
)
def test_claims_area_place_name_after_a_title_is_a_person(nlp, text, areas):
    doc = run(nlp, text)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a phone number before "calls" names the calls
        ("999 calls rose by 8% last year.", ["999 calls"]),
        ("The force answered 92% of 999 calls within 10 seconds.", ["999 calls"]),
        # refusal: a figure before "calls" is a count of them
        ("The force received 101,000 calls.", ["calls"]),
        # refusal: 999 or 101 before any other noun is the figure, not a phone line
        ("Officers recorded 999 burglaries last year.", ["burglaries"]),
        ("The force received 101 complaints in 2023.", ["complaints"]),
        # a clausal subject with its conjunct is the whole measure
        ("Stop and search rose by 10%.", ["Stop and search"]),
        # refusal: a subject conjoined to a verb is its own clause's
        ("Violent crime fell and burglary rose by 4%.", ["burglary"]),
    ],
)
def test_claims_metric_of_calls_and_clausal_subjects(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a bare count opening a bracket after a change counts what changed
        ("Robbery fell by 9% (2,410 offences in total, 230 fewer offences).",
         ["Robbery", "Robbery", "Robbery"]),
        # ... or the noun the bracket follows
        ("The figures split into arson with intent (312 offences in total, a 4% rise).",
         ["arson", "arson"]),
        # refusal: a count with its own measure in the bracket keeps it
        ("Robbery fell by 9% (2,410 knife offences).", ["Robbery", "knife offences"]),
        # a figure classed "as" something counts that
        ("Assaults rose by 5%, of which 640 were classed as hate crimes.",
         ["Assaults", "hate crimes"]),
        # refusal: "as" after a verb that does not class
        ("In May, 45 people were arrested as part of the operation.", ["people"]),
        # a category subject names no measure: the item before "by" does
        ("Other categories that fell are criminal damage by 6% and public order by 3%.",
         ["criminal damage", "public order"]),
        # refusal: a real subject keeps the measure
        ("Vehicle crime fell by 6% and burglary by 3%.", ["Vehicle crime", "burglary"]),
    ],
)
def test_claims_metric_of_brackets_classes_and_category_lists(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


def test_claims_loose_last_year_baseline_means_the_same_months_a_year_earlier_when_named(nlp):
    doc = run(nlp, "This note covers May 2018 to December 2018 compared with May 2017 to December 2017.\n\n"
                   "Shoplifting is down 4% on last year.", published="2019-02-01")
    change = _by_value(doc)[4]
    assert _period(change) == ("2018-05-01", "2018-12-31")
    assert _baseline(change) == ("2017-05-01", "2017-12-31")


def test_claims_loose_last_year_baseline_stays_calendar_without_a_named_year_before(nlp):
    doc = run(nlp, "This note covers May 2018 to December 2018.\n\n"
                   "Shoplifting is down 4% on last year.", published="2019-02-01")
    change = _by_value(doc)[4]
    assert _baseline(change) == ("2018-01-01", "2018-12-31")


def test_claims_take_the_period_of_their_section_heading(nlp):
    """A short line ending in a period heads the figures below it, until the next heading."""
    headline = "Community safety update"
    body = ("The council reports its work as at 31 March 2019.\n\n"
            "Youth diversion (January - March 2019)\n\n"
            "Young people referred 412\n\n"
            "October - December 2018\n\n"
            "Young people referred 377\n")
    doc = run(nlp, body, headline=headline, published="2019-04-20")
    claims = {s._.value: s for s in doc.spans["claims"]}
    assert _period(claims[412]) == ("2019-01-01", "2019-03-31")
    assert _period(claims[377]) == ("2018-10-01", "2018-12-31")


def test_claims_section_heading_refusals(nlp):
    """Refusal: a year that names the document, a single day and a sentence head no section."""
    headline = "Arson fell in 2019"
    body = ("Annual arson statistics 2018\n\n"
            "Firefighters attended 310 deliberate fires.\n\n"
            "Next edition: 14 May 2020\n\n"
            "Crews also attended 52 car fires.\n\n"
            "The figures were checked in 2018\n\n"
            "There were 17 school fires.\n")
    doc = run(nlp, body, headline=headline, published="2020-02-01")
    claims = {s._.value: s for s in doc.spans["claims"]}
    assert all(_period(claims[v]) == ("2019-01-01", "2019-12-31") for v in (310, 52, 17))


def test_claims_quarter_code_without_a_year_yields_to_the_written_out_period(nlp):
    """"Q2" with no year is loose (often the name of a report): the period written out reports."""
    body = ("The Q2 performance data for 1 April 2023 to 30 September 2023 was issued today.\n\n"
            "Shoplifting fell by 7%.")
    doc = run(nlp, body, published="2023-10-20")
    assert _period(_by_value(doc)[7]) == ("2023-04-01", "2023-09-30")


def test_claims_quarter_code_with_a_year_stays_the_period(nlp):
    """Refusal: "Q2 2023" names its year, so it is the period the release reports."""
    body = "Figures for Q2 2023 are out.\n\nShoplifting fell by 7% compared with April to September 2022."
    doc = run(nlp, body, published="2023-10-20")
    assert _period(_by_value(doc)[7]) == ("2023-04-01", "2023-06-30")


@pytest.mark.parametrize(
    "text, expected",
    [
        # "that compares with" and "in comparison to" name what is compared against, like "compared with"
        ("In 2023 the force recorded 447 robberies. That compares with 410 in 2022 and represents a 9% rise.",
         [(447, "2023-01-01", None), (410, "2022-01-01", None), (9, "2023-01-01", "2022-01-01")]),
        ("Between April and December 2023 the county recorded 8,200 thefts.\n\n"
         "In all, 14 wards saw fewer thefts in comparison to the same period last year.",
         [(8200, "2023-04-01", None), (14, "2023-04-01", None)]),
        # refused: "for comparison" opens a figure of its own period
        ("In 2023 the force recorded 447 robberies. For comparison, 300 were recorded in 2019.",
         [(447, "2023-01-01", None), (300, "2019-01-01", None)]),
    ],
)
def test_claims_comparison_phrases_name_the_baseline(nlp, text, expected):
    doc = run(nlp, text, published="2024-02-01")
    got = [(s._.value, s._.period_start, s._.baseline_start) for s in doc.spans["claims"]]
    assert got == expected


def test_claims_compared_figure_of_loose_last_year_is_the_year_before_the_release_period(nlp):
    """"against 94 last year" in a release on 2022/23 that names 2021/22: loose words for the year before."""
    doc = run(nlp, "Stalking reports rose by 217% in 2022/23 compared with 2021/22, with 298 reports against 94 "
                   "last year.", published="2023-06-01")
    assert _period(_by_value(doc)[94]) == ("2021-04-01", "2022-03-31")


def test_claims_compared_figure_of_loose_last_year_stays_calendar_without_a_named_year_before(nlp):
    """Refusal: when the release names no year before its period, "last year" keeps its calendar dates."""
    doc = run(nlp, "Stalking reports rose by 217% in 2022/23, with 298 reports against 94 last year.",
              published="2023-06-01")
    assert _period(_by_value(doc)[94]) == ("2022-01-01", "2022-12-31")


def test_claims_list_items_take_the_period_of_their_lead_in(nlp):
    """A line ending in a colon that holds a period leads in a list: its items are about that period;
    the text after the list returns to the release's period."""
    body = ("Burglary fell by 4% in the year to March 2024.\n\n"
            "Recorded figures for January to March 2024 compared with the same months last year show:\n\n"
            "• arson up 9 per cent\n\n"
            "• robbery down 3 per cent\n\n"
            "The force also recorded 210 hate crimes.")
    doc = run(nlp, body, published="2024-05-20")
    claims = _by_value(doc)
    assert _period(claims[9]) == ("2024-01-01", "2024-03-31")
    assert _period(claims[3]) == ("2024-01-01", "2024-03-31")
    assert _period(claims[210]) == ("2023-04-01", "2024-03-31")


def test_claims_colon_before_running_text_leads_in_no_list(nlp):
    """Refusal: "said in March:" before a paragraph of running text dates none of its figures."""
    body = ("Burglary fell by 4% in the year to March 2024.\n\n"
            "Speaking at a meeting in March 2024, the commissioner said:\n\n"
            "“We have had a good year and arson is down 9 per cent, which shows our work with partners is "
            "paying off across the county.”")
    doc = run(nlp, body, published="2024-05-20")
    assert _period(_by_value(doc)[9]) == ("2023-04-01", "2024-03-31")


def test_claims_change_stating_its_levels_takes_the_period_of_its_to_level(nlp):
    """"fell by 9% from A in 2021/22 to B in 2022/23": the change is about 2022/23, over loose words stated
    before it in the sentence; refused for a change whose "to" level holds no period."""
    doc = run(nlp, "In the past year, arson fell by 9% from 1,100 in 2021/22 to 1,001 in 2022/23.\n\n"
                   "In the 12 months to June 2023, robbery fell by 4% from 500 to 480.", published="2023-08-01")
    claims = _by_value(doc)
    assert _period(claims[9]) == ("2022-04-01", "2023-03-31")
    assert _baseline(claims[9]) == ("2021-04-01", "2022-03-31")
    assert _period(claims[4]) == ("2022-07-01", "2023-06-30")


def test_claims_release_period_stated_with_its_year_in_the_same_sentence(nlp):
    """The release's period: in the first sentence that states one, a period as long written with its year
    over one whose year is guessed; refused for a shorter one guessed ("April to December")."""
    doc = run(nlp, "In the year to May, crime fell from 4,000 in 2021/22 to 3,700 in 2022/23.\n\n"
                   "Shoplifting fell by 6%.", published="2023-08-01")
    assert _period(_by_value(doc)[6]) == ("2022-04-01", "2023-03-31")
    doc = run(nlp, "Between April and December, crime fell from 4,000 in 2021 to 3,700 in 2022.\n\n"
                   "Shoplifting fell by 6%.", published="2023-02-01")
    assert _period(_by_value(doc)[6]) == ("2022-04-01", "2022-12-31")


def test_claims_change_does_not_take_the_period_another_change_holds_in_its_own_clause(nlp):
    """"6,500 fewer victims and the chance ... down 35 per cent over the last ten years": the ten years are the
    fall's; a list sharing one period keeps it ("44 per cent and 37 per cent respectively over ...")."""
    body = ("Crime fell by 5% in the year to September 2012.\n\n"
            "There were almost 6,500 fewer victims and the chance of falling victim to crime fell by 35 per cent "
            "over the last 10 years.\n\n"
            "Burglary and arson fell by 44 per cent and 37 per cent respectively over the last 10 years.")
    doc = run(nlp, body, published="2013-01-15")
    claims = _by_value(doc)
    assert _period(claims[6500]) == ("2011-10-01", "2012-09-30")
    assert _period(claims[35]) == ("2003-01-01", "2012-12-31")
    assert _period(claims[44]) == ("2003-01-01", "2012-12-31")


def test_claims_loose_baseline_far_from_the_year_before_keeps_its_dates(nlp):
    """Refusal: "than ten years ago" is loose but is no year before; it keeps its own dates."""
    doc = run(nlp, "Burglary fell by 8% in 2022/23 compared with 2021/22.\n\n"
                   "There were 900 fewer burglaries than ten years ago.", published="2023-06-01")
    assert _baseline(_by_value(doc)[900]) == ("2013-01-01", "2013-12-31")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a focus adverb between the change and its figure
        ("Shoplifting saw an increase of just 2.3 per cent.", [(2.3, "percent", "change", "increase", "exact")]),
        ("Arson fell by only 4% in the year.", [(4, "percent", "change", "decrease", "exact")]),
        ("Car crime went up a mere 1%.", [(1, "percent", "change", "increase", "exact")]),
        # a slash verb states a cut with its size
        ("Robbery has been slashed by 40% since 2015.", [(40, "percent", "change", "decrease", "exact")]),
        ("Theft was slashed by a massive 25 per cent.", [(25, "percent", "change", "decrease", "exact")]),
        # "in" after a change noun takes the amount
        ("Assaults rose, an increase in 7% on the year.", [(7, "percent", "change", "increase", "exact")]),
        ("Arson fell by 9%, a reduction in 212 offences.",
         [(9, "percent", "change", "decrease", "exact"), (212, "count", "change", "decrease", "exact")]),
        # refusals: "in" a part of groups, or a number of areas
        ("There was a rise in 12 of the 15 crime categories.", [(12, "count", "level", None, "exact")]),
        ("There was a fall in three wards.", [(3, "count", "level", None, "exact")]),
    ],
)
def test_claims_change_cue_with_a_filler_or_in(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Quarter 3 Performance Report was published.",
        "Figures for quarter 2 are now out.",
        "Burglary fell across all six districts.",
        "Detections rose in all 12 main crime groups.",
        "Crime rose in the three force areas.",
        "The plan sets four operational goals.",
        "Media enquiries: +44 (0)20 7946 0000.",
    ],
)
def test_claims_quarters_groups_and_phones_are_no_claims(nlp, text):
    assert rows(run(nlp, text)) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        # refusals: a count of officers or crimes after "all" is a figure; a quarter's size compared is one too
        ("All 250 officers were trained.", [(250, "count", "level", None, "exact")]),
        ("The third quarter 12% higher than the second.", [(12, "percent", "change", "increase", "exact")]),
    ],
)
def test_claims_groups_refused_for_counts_of_the_world(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Assaults were up 12 and 40 per cent in Leeds and York respectively.",
         [(12, "percent", "change", "increase", "exact"), (40, "percent", "change", "increase", "exact")]),
        ("Injuries fell, a drop of 7.5 per cent and four respectively.",
         [(7.5, "percent", "change", "decrease", "exact"), (4, "count", "change", "decrease", "exact")]),
        # refusal: without "respectively" a bare figure and a percentage are two things
        ("Robbery rose 12 and 40 per cent of it was street robbery.",
         [(12, "count", "change", "increase", "exact"), (40, "percent", "level", None, "exact")]),
    ],
)
def test_claims_respectively_pairs_figures_of_other_units(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a compound holding "up" is no change word for a bracketed figure
        ("The town has one of the best clear-up rates in the region (45 per cent).",
         [(45, "percent", "level", None, "exact")]),
        # a bracketed count after a count level is the other level
        ("Thefts rose by 10% to total 530 (480).",
         [(10, "percent", "change", "increase", "exact"), (530, "count", "level", None, "exact"),
          (480, "count", "level", None, "exact")]),
        ("Arson rose 4% to 1,200 and Wrexham had the lowest number of crimes (9,100).",
         [(4, "percent", "change", "increase", "exact"), (1200, "count", "level", None, "exact"),
          (9100, "count", "level", None, "exact")]),
        # a bracketed from-to pair with its years between
        ("Crime fell by 150 (1,900 in 2019 down to 1,750 last year).",
         [(150, "count", "change", "decrease", "exact"), (1900, "count", "level", None, "exact"),
          (1750, "count", "level", None, "exact")]),
        # refusals: a percentage after a level is the change; a bracket after a change word still is
        ("Burglary fell to 300 (12%).",
         [(300, "count", "level", None, "exact"), (12, "percent", "change", "decrease", "exact")]),
        ("There were rises in harassment (31%) and arson (6%).",
         [(31, "percent", "change", "increase", "exact"), (6, "percent", "change", "increase", "exact")]),
    ],
)
def test_claims_bracketed_figure_after_a_level(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Residents are 12 times more likely to be targeted by fraud than by burglary.",
         [(12, "ratio", "level", None, "exact")]),
        ("Knife crime is three times higher than in rural areas.", [(3, "ratio", "level", None, "exact")]),
    ],
)
def test_claims_ratio_is_a_level(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The force has a crime rate of 41.5 crimes per 1,000 people, against the regional average of "
         "66.1 crimes.", [(41.5, "rate", "level", None, "exact"), (66.1, "rate", "level", None, "exact")]),
        ("Violence is low at 6 per 1,000 population. (The regional figure is 8, the national figure is 12.)",
         [(6, "rate", "level", None, "exact"), (8, "rate", "level", None, "exact"),
          (12, "rate", "level", None, "exact")]),
        # refusals: a count of crimes in the rate's sentence, a figure of the next sentence not compared
        ("The rate is 62 crimes per 1,000 people and 3,000 crimes were recorded.",
         [(62, "rate", "level", None, "exact"), (3000, "count", "level", None, "exact")]),
        ("Violence is low at 6 per 1,000 population. Officers made 120 arrests.",
         [(6, "rate", "level", None, "exact"), (120, "count", "level", None, "exact")]),
    ],
)
def test_claims_rate_carries_to_its_comparators(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


def test_claims_segments_do_not_end_at_a_semicolon(nlp):
    """A semicolon joins clauses of one sentence: a sentence start the parser put right after one is
    no segment start (a list "rises in A (6%); B (5%)" keeps its change word for every item); a full
    stop still ends a segment."""
    from extractor.components.claims.segments import _segments

    text = "Rises came in Ayr (6 per cent); Troon (5 per cent). Irvine was flat."
    doc = nlp.make_doc(text)
    for t in doc:
        t.is_sent_start = t.i == 0 or doc[t.i - 1].text in (";", ".")
    doc._.headline_end = 0
    segs = _segments(doc, text)
    assert text.index("Troon") not in segs
    assert text.index("Irvine") in segs


@pytest.mark.parametrize(
    "text, cut_at, joined",
    [
        ("Published on 14 March 2011. Crime fell.", "March", True),
        ("Published on 3rd Sept. 2019. Crime fell.", "Sept", True),
        # refusals: a figure that is no day, and a word that is no month
        ("Burglaries rose to 140 March marchers.", "March", False),
        ("Thefts came to 1,214 Monday last.", "Monday", False),
        ("The total was 214 Robberies rose.", "Robberies", False),
    ],
)
def test_claims_segments_keep_a_cut_date_together(nlp, text, cut_at, joined):
    """A sentence start the parser put between a day and its month is no segment start; the months and
    ordinal suffixes come from ``date_cut`` in ``claims.yaml``. A day is one or two digits with no digit,
    comma or point before them: "140 March" and "1,214 Monday" are no dates."""
    from extractor.components.claims.segments import _segments

    doc = nlp.make_doc(text)
    at = text.index(cut_at)
    for t in doc:
        t.is_sent_start = t.i == 0 or t.idx == at or doc[t.i - 1].text == "."
    doc._.headline_end = 0
    segs = _segments(doc, text, nlp.get_pipe("crime_claims_claims").date_cut)
    assert (at not in segs) is joined
    assert at in _segments(doc, text)  # without the rules no date is joined


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a list that leaves out the verb it shares: each item names its own figure's measure
        ("Shoplifting rose by 6%, bicycle theft by 9% and arson by 2%.", ["Shoplifting", "bicycle theft", "arson"]),
        ("Robbery fell 7pc, car crime 3pc.", ["Robbery", "car crime"]),
        # refusal: a place or a year after the figure makes no item
        ("Burglary fell 6% in Luton, 2% in Bedford.", ["Burglary", "Burglary"]),
        # a list whose figures are set off by a comma, with or without a bracket
        ("Rises were seen in harassment, up 9%, and arson, (up 4%).", ["harassment", "arson"]),
        # refusal: a verb after the comma has its subject further back
        ("Theft offences, which include shoplifting, have risen by 3%.", ["Theft offences"]),
    ],
)
def test_claims_metric_of_a_list_item_without_its_verb(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


@pytest.mark.parametrize(
    "text, metrics",
    [
        # a total's change counted in its own words is that count's measure
        ("Overall crime fell by 4%, with 900 fewer offences.", ["crime", "offences"]),
        ("Recorded crime fell 6%, which equates to 2,100 fewer victims.", ["Recorded crime", "victims"]),
        # refusal: one offence's change counted in offences is that offence's
        ("Robbery fell by 9%, with 40 fewer offences.", ["Robbery", "Robbery"]),
    ],
)
def test_claims_metric_of_a_restated_total(nlp, text, metrics):
    doc = run(nlp, text)
    assert [s._.metric for s in doc.spans["claims"]] == metrics


def test_claims_area_quantifier_opening_a_sentence_is_no_place(nlp):
    doc = run(nlp, "All recorded crime has decreased by 2%. Blackpool recorded 3,000 offences.")
    assert [s._.area for s in doc.spans["claims"]] == ["Lancashire", "Blackpool"]


# -- prefilter: faster searches with the same matches ----------------------------------------
from extractor.components.claims.prefilter import guarded, may_match, required_chars, required_literals  # noqa: E402


@pytest.mark.parametrize("pattern,flags,text", [
    (r"\b(?:national average|nationwide)\b", re.I, "Above the National average; NATIONWIDE, nationwider."),
    (r"(?<![\w-])(?:Kent|Essex)(?![\w-])", 0, "Kent, Essex-based, MidKent and kent in Essex."),
    (r"(?i:sub)total|Grand", 0, "SUBTOTAL subtotal Grand grand \u017fubtotal"),
    (r"\b(?P<cue>kilos?|stone)\s+$", re.I, "the weight in \u212aILOS  "),
    (r"(?:\b(?:a|an|the)\s+)?\b(?P<cue>rise|fall)\s+of\s+$", re.I, "There was a Rise of "),
    (r"(?<![\w.,])\d+\s+months?\b", 0, "in 12 months, 3 month trial, 1.5 months, x9 months, \u0664 months"),
    (r"\s[–—-]\s|\bbut\b", re.I, "rose - but fell – BUT then; but-"),   # a space or a word's letter first
])
def test_claims_guarded_pattern_finds_the_same_matches(pattern, flags, text):
    rx = re.compile(pattern, flags)
    fast = guarded(rx)
    assert fast is not rx
    assert [(m.span(), m.groupdict()) for m in fast.finditer(text)] == \
        [(m.span(), m.groupdict()) for m in rx.finditer(text)]
    assert [m.span() for m in rx.finditer(text)]  # the cases do match


@pytest.mark.parametrize("pattern,flags", [
    (r"^The\s+\w+", re.M),   # anchored at line starts: re already tries only there
    (r".x", 0),              # any character first
    (r"[^a]b", 0),           # a negated class first
    (r"a*", 0),              # matches the empty string
    (r"(?i)abc", 0),         # inline global flags must stay first
    (r"\w+ing", 0),          # a category first
    (r"\d\d/\d\d", 0),        # re skips to the class it starts with by itself
    (r"(?:apr|aug|dec)", 0),  # ... or to the first letters of its words
])
def test_claims_guarded_pattern_left_as_it_is(pattern, flags):
    rx = re.compile(pattern, flags)
    assert guarded(rx) is rx


@pytest.mark.parametrize("pattern,flags,chars", [
    (r"(?P<src>[\w ]+?)['’]s\s+figures", 0, {"'", "’"}),
    (r"x*y", 0, {"y"}),
    (r"\bab", 0, {"a"}),
    (r"(?i:according)\s+to", 0, {"t"}),  # the first literal matched as written
    (r"(?i:according)\s+\w+", 0, None),  # no literal at the top level
    (r"according", re.I, None),           # any case
])
def test_claims_required_chars(pattern, flags, chars):
    found = required_chars(re.compile(pattern, flags))
    assert (set(found) if found is not None else None) == chars


@pytest.mark.parametrize("pattern,flags,needed", [
    (r"^(?P<who>.+?)\s+(?P<cue>said|says|went\s+on\s+to\s+say)\s+(?P<rest>.+)$", 0,
     [{"said", "says", "went"}]),                                  # each word's literal start
    (r"^.*?,\s+which\s+(?P<cue>told|tells)\s+.+$", 0, [{"which"}, {"old", "ells"}]),
    (r"^(?:(?P<a>seen|viewed)\s+x|(?P<b>heard)\s+y)$", 0, [{"seen", "viewed", "heard"}]),
    (r"^(?P<a>seen|\w+)\s+x$", 0, []),                             # a branch with no literal: nothing known
    (r"^(?i:said|told)\s+x$", 0, []),                               # any case: not used
    (r"^(?:said)?\s+today$", 0, [{"today"}]),                       # an optional word is not needed
    (r"^(?P<cue>claim|claims|claimed)\b", 0, [{"claim"}]),          # a word holding another is dropped
])
def test_claims_required_literals(pattern, flags, needed):
    assert [set(words) for words in required_literals(re.compile(pattern, flags))] == needed


@pytest.mark.parametrize("text", [
    "The chief constable said crime was down.",
    "The report, which tells a different story, was read.",
    "Officers went on to say the rise was small.",
    "Nobody spoke.",
    "She SAID it.",
])
def test_claims_may_match_never_skips_a_match(text):
    for pattern in (r"^(?P<who>.+?)\s+(?P<cue>said|went\s+on\s+to\s+say)\s+(?P<rest>.+)$",
                    r"^.*?,\s+which\s+(?P<cue>told|tells)\s+.+$"):
        rx = re.compile(pattern)
        if rx.match(text):
            assert may_match(required_literals(rx), text, {})


@pytest.mark.parametrize("broken", ["missing", "changed"])
def test_claims_prefilter_without_a_readable_parser_gives_no_shortcut(monkeypatch, broken):
    """``re``'s parser is internal: without it, or with a parse tree of another shape, the
    patterns are searched as they are (slower, same matches), never an error."""
    from extractor.components.claims import prefilter

    class OtherShape:
        @staticmethod
        def parse(pattern, flags):
            return object()  # no .state, no .data

    monkeypatch.setattr(prefilter, "_p", None if broken == "missing" else OtherShape)
    rx = re.compile(r"\b(?:national average|nationwide)\b", re.I)
    assert prefilter.guarded(rx) is rx
    assert prefilter.required_chars(re.compile(r"x*y")) is None
    assert prefilter.required_literals(re.compile(r"said\s+x")) == ()


@pytest.mark.parametrize("left", [
    "Burglary in the county has gone up ",      # the word before the cue is read
    "Robberies were UP by a huge ",             # a filler after the cue
    "Shoplifting rose 4% while vehicle crime dropped ",
    "x'fell ",                                  # an apostrophe before the cue
    "The figures went up and then came down ",  # two cues: the last one ends the text
    "Crime was recorded across the county ",    # no cue: no match
])
def test_claims_verb_cue_search_finds_what_the_full_search_finds(nlp, left):
    from extractor.components.claims.context import _search_end

    reader = nlp.get_pipe("crime_claims_claims").reader
    fast, full = reader._verb_adj(left), _search_end(reader.verb_adj_re, left)
    assert (fast is None) == (full is None)
    if full is not None:
        assert (fast.start(), fast.end(), fast.group("pre"), fast.group("cue")) == \
            (full.start(), full.end(), full.group("pre"), full.group("cue"))


def test_claims_months_inside_a_year_of_publication_are_no_plan(nlp):
    """A release dated only by its year (or month) can report months of that year: "between April and
    September" in a release of 2015 is the figures' span, not a plan after publication."""
    doc = run(nlp, "Recorded offences on the island fell by 4% between April and September, compared with the "
                   "same period last year.\n\nVandalism dropped by 11%.", published="2015-01-01", precision="year")
    assert _period(_by_value(doc)[11]) == ("2015-04-01", "2015-09-30")
    doc = run(nlp, "Between January and March thefts rose by 6%.\n\nAssaults rose by 2%.",
              published="2016-03-01", precision="month")
    assert _period(_by_value(doc)[2]) == ("2016-01-01", "2016-03-31")


def test_claims_a_relative_period_past_the_year_of_publication_is_a_plan(nlp):
    """Refusal: a relative period that runs past the year of publication is a plan, never the release's
    period ("the coming financial year" in a release dated 2019)."""
    doc = run(nlp, "Extra patrols are funded for the coming financial year.\n\nRobbery fell by 7%.",
              published="2019-01-01", precision="year")
    assert _period(_by_value(doc)[7]) == (None, None)


def test_claims_a_day_in_the_body_is_never_the_release_period(nlp):
    """A single day in the body is when something happened, not the span the figures cover."""
    doc = run(nlp, "The new rural unit began patrols on 3 June 2019 and has been busy since.\n\n"
                   "Figures show farm thefts fell by 8% and vehicle thefts by 5%.", published="2020-02-10")
    assert _period(_by_value(doc)[5]) == (None, None)
    # ... the first span the body states is the release's, even after a day
    doc = run(nlp, "Officers launched the scheme on 14 May 2021.\n\nIn the 12 months to March 2022 "
                   "shoplifting fell by 9%.\n\nCar crime rose by 3%.", published="2022-06-01")
    assert _period(_by_value(doc)[3]) == ("2021-04-01", "2022-03-31")


def test_claims_a_day_the_headline_names_dates_a_headcount(nlp):
    """Refusal: a headline that names a day dates the counts "as at" it."""
    doc = run(nlp, "The force employed 3,412 officers and 1,980 staff.",
              headline="Police workforce, Northshire: 30 September 2021", published="2022-01-27")
    assert _period(_by_value(doc)[1980]) == ("2021-09-30", "2021-09-30")


def test_claims_a_plan_heads_no_section(nlp):
    """A short line naming a year that ends after publication ("Priorities for 2024") is a plan: the
    figures below it keep the release's period; an ended period still heads its section (refusal)."""
    body = ("In 2023 the force recorded 1,240 burglaries.\n\n"
            "Priorities for 2024\n\n"
            "Officers made 640 arrests for drug supply.\n\n"
            "October - December 2023\n\n"
            "Officers made 95 arrests for robbery.\n")
    doc = run(nlp, body, headline="Commissioner reviews the year", published="2024-01-15")
    claims = _by_value(doc)
    assert _period(claims[640]) == ("2023-01-01", "2023-12-31")
    assert _period(claims[95]) == ("2023-10-01", "2023-12-31")


@pytest.mark.parametrize(
    "text, expected",
    [
        # a list line that opens on a count and goes on in lower case is a count, not a numbered heading
        ("Offences logged in the borough:\n\n212 shoplifting offences, a rise of six per cent\n\n"
         "48 robberies, down five\n",
         [(212, "count", "level", None, "exact"), (6, "percent", "change", "increase", "exact"),
          (48, "count", "level", None, "exact"), (5, "count", "change", "decrease", "exact")]),
        # refusals: a numbered heading opens on a capital; a dotted number heads whatever follows
        ("Summary\n\n3 Performance against the plan\n\nThe force met its aims.", []),
        ("Summary\n\n2.4 eCrime unit roll-out\n\nThe force met its aims.", []),
    ],
)
def test_claims_list_line_of_counts_is_no_heading(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a count comparative after "to" sizes a change: the text arrives at a difference
        ("Car thefts dropped 11%, equal to 530 fewer cars taken.",
         [(11, "percent", "change", "decrease", "exact"), (530, "count", "change", "decrease", "exact")]),
        ("The rise amounts to 75 more assaults than last spring.",
         [(75, "count", "change", "increase", "exact")]),
        # refusals: a comparative of degree before an adjective, and a comma, leave the level
        ("Reports rose to 640 more serious offences.", [(640, "count", "level", None, "exact")]),
        ("Arson climbed to 310, more than in any year.", [(310, "count", "level", None, "exact")]),
    ],
)
def test_claims_count_comparative_after_a_level_cue(nlp, text, expected):
    assert [r for r in rows(run(nlp, text)) if r[0] != 0] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "one of only N forces" counts the forces that share a feat
        ("Gwent is one of only four forces to cut burglary this year.", [(4, "count", "level", None, "exact")]),
        ("The county is one of just six forces judged outstanding.", [(6, "count", "level", None, "exact")]),
        # ... and is not the amount of a change named before it
        ("Dyfed saw a fall in theft and is only one of three forces to do so.",
         [(3, "count", "level", None, "exact")]),
        # refusals: the set of forces the text covers, a part of a set
        ("Dyfed is one of the 43 forces in England and Wales.", []),
        ("Dyfed is one of 43 forces in England and Wales.", []),
        ("Figures from 43 forces were published.", []),
        ("It is one of four priorities in the plan.", []),
    ],
)
def test_claims_one_of_n_forces(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # quarters of a year are a duration, like months
        ("Thefts fell 9% over the last two quarters.", [(9, "percent", "change", "decrease", "exact")]),
        # refusal: three quarters of something is a share
        ("Three quarters of calls were answered.", [(75, "percent", "level", None, "exact")]),
    ],
)
def test_claims_quarters_of_a_year_are_a_duration(nlp, text, expected):
    assert rows(run(nlp, text)) == expected


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # a region named by its compass point in lower case is a place, written as the text writes it
        ("Violent crime rose by 9% in south Wales last year.", "Gwent", ["south Wales"]),
        ("Shoplifting fell by 4% across the north east.", "Durham", ["north east"]),
        ("Robbery was up 7% in north-west towns.", "Cumbria", ["north-west"]),
        # refusals: a direction within a place, a lone compass word
        ("Burglary fell by 8% in the north-east of the county.", "Kent", ["Kent"]),
        ("Officers moved south and made 40 arrests.", "Kent", ["Kent"]),
    ],
)
def test_claims_area_compass_region_in_lower_case(nlp, text, area, areas):
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "text, area, areas",
    [
        # a Police Scotland division, a PSNI policing district are places
        ("Across Forth Valley, robbery fell by 11%.", "Scotland", ["Forth Valley"]),
        ("Mid Ulster recorded 4,120 crimes, up 3%.", "Northern Ireland", ["Mid Ulster", "Mid Ulster"]),
        # ... and "national" in a release about one of them means their nation
        ("Nationally, 2,300 thefts were recorded, up 4%.", "Forth Valley", ["Scotland", "Scotland"]),
        # refusal: a release about an English force keeps England and Wales
        ("Nationally, 2,300 thefts were recorded, up 4%.", "Dorset", ["England and Wales", "England and Wales"]),
    ],
)
def test_claims_area_divisions_of_scotland_and_northern_ireland(nlp, text, area, areas):
    doc = run(nlp, text, area=area)
    assert [s._.area for s in doc.spans["claims"]] == areas


@pytest.mark.parametrize(
    "headline, area, expected",
    [
        # a headline naming the metadata's area another way leaves the metadata's name as the release's area
        ("Crime falls across Notts", "Nottinghamshire", "Nottinghamshire"),
        ("Crime falls in Wexbury and Dunmore and Tarn Vale", "Wexbury and Tarn Vale", "Wexbury and Tarn Vale"),
        # ... and a region written loosely in lower case is no narrower place than the metadata's
        ("Crime falls across north west", "Cumbria", "Cumbria"),
        # refusals: a place within the metadata's area, a compass part of it
        ("Crime falls in Preston", "Lancashire", "Preston"),
        ("Crime falls in Wexbury", "Wexbury and Tarn Vale", "Wexbury and Tarn Vale"),
        ("Crime falls in East Wexbury", "Wexbury", "East Wexbury"),
    ],
)
def test_claims_release_area_named_another_way_in_headline(nlp, headline, area, expected):
    doc = run(nlp, "Burglary fell by 6% last year.", headline=headline, area=area)
    body = [s for s in doc.spans["claims"] if s.start_char >= doc._.headline_end]
    assert [s._.area for s in body] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        # a comma and a coordinating word open a new clause: the period after it is the next figure's
        ("In 2019, there were only 52 thefts of bicycles in the district, but last year there were 97.",
         [(52, "2019-01-01"), (97, "2023-01-01")]),
        ("The force recorded 310 robberies in 2021, while in 2022 there were 284.",
         [(310, "2021-01-01"), (284, "2022-01-01")]),
        # refused: with no new clause the period after a figure stays its own
        ("The force recorded 310 robberies and 284 burglaries in 2022.",
         [(310, "2022-01-01"), (284, "2022-01-01")]),
        ("There were 41 arson attacks in 2020 and 39 in 2021.",
         [(41, "2020-01-01"), (39, "2021-01-01")]),
    ],
)
def test_claims_period_after_a_new_clause_is_not_the_earlier_figures(nlp, text, expected):
    doc = run(nlp, text, published="2024-02-01")
    assert [(s._.value, s._.period_start) for s in doc.spans["claims"]] == expected


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        # the figures state the period the release reports: a year the headline gives in passing yields to it
        ("Policing the town in 2019",
         "Vehicle crime fell by 9% between July and December compared with the same period a year before. "
         "Shoplifting rose by 4% between July and December. Overall crime fell by 3%.",
         [(9, "2019-07-01"), (4, "2019-07-01"), (3, "2019-07-01")]),
        # refused: a reference period that a figure states itself keeps its place
        ("Policing the town in 2019",
         "Vehicle crime fell by 9% in 2019. Shoplifting rose by 4% between July and December. "
         "Arson rose by 6% between July and December. Overall crime fell by 3%.",
         [(9, "2019-01-01"), (4, "2019-07-01"), (6, "2019-07-01"), (3, "2019-01-01")]),
        # refused: one figure alone does not say what the release reports
        ("Policing the town in 2019",
         "Vehicle crime fell by 9% between July and December. Overall crime fell by 3%.",
         [(9, "2019-07-01"), (3, "2019-01-01")]),
    ],
)
def test_claims_release_period_is_the_one_its_figures_state(nlp, headline, body, expected):
    doc = run(nlp, body, headline=headline, published="2020-02-01")
    assert [(s._.value, s._.period_start) for s in doc.spans["claims"]] == expected
