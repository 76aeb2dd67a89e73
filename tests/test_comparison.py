"""Headline against body (extractor/comparison/) on literal claim records.

Each case is a headline claim and the body claims of one release, built as
``ClaimRecord`` literals, so the status rules are tested without the pipeline.
The last tests run the rules on the claims of the gold files.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from extractor.comparison import (
    MeasureRules, agree, baseline_key, compare, figure, figure_measure, load_rules, measures_path, precision,
)
from extractor.records import ClaimRecord

RELEASES = Path(__file__).resolve().parents[1] / "data" / "releases"

DEFAULTS: dict[str, Any] = dict(
    claim_id=1, where="body", text="", sentence="", value=None, unit="percent", kind="change",
    direction="decrease", approx="exact", metric="recorded crime", area="Staffordshire", source=None,
    measure=None, period_start="2019-01-01", period_end="2019-12-31", baseline_start=None, baseline_end=None,
    quote_id=None, start_char=0, end_char=0,
)


def claim(**fields: Any) -> ClaimRecord:
    """A claim record: the defaults above (a fall in Staffordshire's recorded crime in 2019) plus ``fields``."""
    values = {**DEFAULTS, **fields}
    if values["value"] is not None and not values["text"]:
        values["text"] = f"{values['value']:g}%"
    return ClaimRecord(**values)


def head(**fields: Any) -> ClaimRecord:
    return claim(where="headline", **fields)


def release(headline: ClaimRecord, *body: ClaimRecord) -> list[ClaimRecord]:
    """Number the claims in text order, headline first, as collect does."""
    return [ClaimRecord(**{**c.__dict__, "claim_id": i}) for i, c in enumerate([headline, *body], start=1)]


def status_of(claims: list[ClaimRecord]) -> str:
    rows = compare(claims)
    assert len(rows) == 1
    return rows[0].status


# --------------------------------------------------------------------------- statuses

STATUS_CASES = [
    # (id, headline, body, status)
    ("consistent_same_figure", head(value=4), [claim(value=4)], "consistent"),
    ("consistent_rounding", head(value=20, direction="increase"),
     [claim(value=19.6, direction="increase")], "consistent"),
    ("consistent_direction_only", head(text="a drop"), [claim(value=8.5)], "consistent"),
    ("qualified_two_body_figures", head(text="a drop"),
     [claim(value=10, source="ONS"), claim(value=2, approx="approximate")], "qualified"),
    ("qualified_other_value", head(value=100, direction="increase"),
     [claim(value=88, direction="increase")], "qualified"),
    ("qualified_restated_and_corrected", head(value=14),
     [claim(value=14), claim(value=5, approx="approximate", sentence="the reduction is closer to 5 per cent")],
     "qualified"),
    ("contradicted_opposite_direction", head(value=3), [claim(value=3, direction="increase")], "contradicted"),
    ("contradicted_beats_agreement", head(value=5),
     [claim(value=5), claim(value=3.8, direction="increase")], "contradicted"),
    ("unsupported_no_body", head(value=12), [], "unsupported"),
    ("unsupported_other_measure", head(value=12, metric="knife crime"),
     [claim(value=12, metric="knives seized")], "unsupported"),
    ("stable_small_change_consistent", head(direction="none", text="remained stable"),
     [claim(value=1, direction="increase", approx="upper_bound")], "consistent"),
    ("stable_big_change_qualified", head(direction="none", text="remained stable"),
     [claim(value=8, direction="increase")], "qualified"),
    ("upper_bound_body_holds", head(value=4, direction="increase"),
     [claim(value=5, direction="increase", approx="upper_bound")], "consistent"),
    ("lower_bound_body_fails", head(value=4, direction="increase"),
     [claim(value=10, direction="increase", approx="lower_bound")], "qualified"),
    ("hedged_headline_covers_near_figure", head(value=33.33, approx="approximate", text="fallen by almost a third"),
     [claim(value=30)], "consistent"),
    ("hedged_body_far_from_headline", head(value=10), [claim(value=7, approx="approximate")], "qualified"),
]


@pytest.mark.parametrize("headline,body,status", [c[1:] for c in STATUS_CASES], ids=[c[0] for c in STATUS_CASES])
def test_comparison_status(headline: ClaimRecord, body: list[ClaimRecord], status: str) -> None:
    assert status_of(release(headline, *body)) == status


def test_comparison_no_headline_claim_row() -> None:
    rows = compare([claim(value=4)])
    assert [r.status for r in rows] == ["no_headline_claim"]
    assert rows[0].headline_claim_id is None and rows[0].note


def test_comparison_one_row_per_headline_claim_with_body_ids_and_values() -> None:
    claims = release(head(value=4), head(value=4, metric="crime"), claim(value=4), claim(value=7, metric="burglary"))
    rows = compare(claims)
    assert [r.headline_claim_id for r in rows] == [1, 2]
    assert all(r.body_claim_ids == (3,) and r.body_values == (4,) for r in rows)


# --------------------------------------------------------------------------- same measure

SAME_MEASURE = [
    ("recorded crime", "crimes", True),
    ("crime", "total recorded crime", True),
    ("overall crime", "crimes recorded by police", True),
    ("Crime levels", "offences", True),
    ("the force's recorded crime", "police recorded crime", True),
    ("recorded crime in the county", "crime", True),
    ("burglary", "burglaries", True),
    ("burglary", "residential burglary", True),           # the headline's shorthand for the body's measure
    ("residential burglary", "domestic burglaries", True),
    ("reports of domestic abuse", "domestic abuse-related crimes", True),
    ("courier fraud reports", "reports of courier fraud", True),
    ("shoplifting", "shoplifting offences", True),
    ("anti-social behaviour", "ASB incidents", True),
    ("knife crime", "knife-enabled crime", True),
    ("policing part of council tax", "Band D policing council tax", True),
    ("robbery fall", "robbery", True),                    # a direction word is not part of the measure
    ("violent crime", "crime", False),                     # a sub-measure is not the whole
    ("crime", "vehicle crime", False),
    ("crime", "crime rate", False),
    ("offences", "COVID offences", False),
    ("crime", "offences against adults", False),
    ("knife crime", "knives seized", False),
    ("residential burglary", "business burglary", False),
    ("anti-social behaviour", "street drinking and vandalism", False),
    ("cost of rural crime", "rural crimes", False),
    ("officers", "arrests", False),
]


@pytest.mark.parametrize("headline_metric,body_metric,same", SAME_MEASURE)
def test_comparison_measure_synonyms_and_sub_measures(headline_metric: str, body_metric: str, same: bool) -> None:
    rules = load_rules()
    assert bool(rules.same_measure(rules.measure(headline_metric), rules.measure(body_metric))) is same
    found = status_of(release(head(value=4, metric=headline_metric), claim(value=4, metric=body_metric)))
    # another measure backs nothing, except a rate per head of the headline's measure, whose percentage
    # change is the count's (test_comparison_count_headline_backed_by_the_rate_when_the_body_gives_no_count)
    h, b = rules.measure(headline_metric), rules.measure(body_metric)
    rate = bool(h and b and h.id and b.id and b.id in rules.rates_of(h.id))
    assert found == ("consistent" if same or rate else "unsupported")


def test_comparison_measure_named_by_its_entry() -> None:
    rules = load_rules()
    assert rules.measure("knife-enabled crimes").id == "knife_crime"
    assert rules.measure("knife-enabled crimes").name == "knife or sharp instrument crime"
    assert rules.measure("Recorded crime in the county").id == "total_recorded_crime"
    assert rules.measure("theft of and from vehicles").id == "vehicle_offences"
    assert rules.measure("reported thefts of motor vehicles").id == "theft_of_vehicles"
    assert rules.measure("theft from vehicles").id == "theft_from_vehicles"
    assert rules.measure("vehicle crime").id == "vehicle_offences"
    assert rules.measure("Neighbourhood crimes").id == "neighbourhood_crime"
    assert rules.measure("crime in the neighbourhood").id == "total_recorded_crime"  # a place, not the grouping
    assert rules.measure("courier fraud reports").id is None  # not in the list: compared as written


def test_comparison_exact_measure_preferred_over_wider_one() -> None:
    # "burglary" is in the body itself: the residential figure is not needed
    claims = release(head(value=10, metric="burglary"), claim(value=10, metric="burglary"),
                     claim(value=17, metric="residential burglary"))
    assert compare(claims)[0].body_claim_ids == (2,)


def test_comparison_area_words_in_metric_say_where() -> None:
    claims = release(head(value=20, direction="increase", metric="Greater Manchester crime", area="Greater Manchester"),
                     claim(value=19.6, direction="increase", metric="crimes", area="Greater Manchester Police"))
    assert status_of(claims) == "consistent"


def test_comparison_headline_claim_without_metric_takes_restatement() -> None:
    claims = release(head(value=5, metric=None), head(value=5, metric="violent crime"),
                     claim(value=3.8, direction="increase", metric="violent crime"),
                     claim(value=5, metric="total recorded crime"))
    assert [r.status for r in compare(claims)] == ["contradicted", "contradicted"]


# --------------------------------------------------------------------------- area, period, kind

AREA_CASES = [
    ("Staffordshire", "Staffordshire Police", True),
    ("Lancashire", "Lancashire Constabulary", True),
    ("the West Midlands", "West Midlands", True),
    ("Dyfed-Powys", "Dyfed Powys", True),
    ("Staffordshire", "the county", True),        # a pointer is the release's own area
    ("Staffordshire", None, True),
    ("Staffordshire", "England and Wales", False),  # a national figure does not bear on a force
    ("Wales", "England and Wales", False),
    ("Reading town centre", "the borough", False),
    ("Greater Manchester", "Manchester", False),
    ("Greater Manchester", "GMP", True),
    # a force area written out as the places it lists is the force's area
    ("Kent", "Kent and the Isle of Sheppey", True),
    ("Lancashire", "Preston, Lancashire and Blackpool", True),
    ("Lancashire", "Preston, Blackburn and Burnley", False),
    ("Devon", "Devon and Cornwall", False),  # one force whose name holds an "and" (single_names)
    # the generic type of a policing or council area is no part of its name, on either side
    ("Riverford and Lowmoor district", "Riverford and Lowmoor", True),
    ("Eastvale", "the Eastvale policing district", True),
    ("Kintore division", "Kintore", True),
    ("Staffordshire", "the region", True),         # a pointer is the release's own area
    ("Riverford district", "Lowmoor district", False),  # refusal: two districts are two places
    ("Kintore division", "Scotland", False),
]


@pytest.mark.parametrize("headline_area,body_area,same", AREA_CASES)
def test_comparison_area_must_match(headline_area: str, body_area: str | None, same: bool) -> None:
    claims = release(head(value=4, area=headline_area), claim(value=4, area=body_area))
    assert status_of(claims) == ("consistent" if same else "unsupported")


def test_comparison_period_mismatch_is_another_thing() -> None:
    claims = release(head(value=4), claim(value=9, period_start="2018-01-01", period_end="2018-12-31"))
    assert status_of(claims) == "unsupported"


def test_comparison_unknown_period_matches_any() -> None:
    claims = release(head(value=4, period_start=None, period_end=None), claim(value=4))
    assert status_of(claims) == "consistent"


def test_comparison_undated_headline_reads_latest_period() -> None:
    claims = release(head(kind="level", direction=None, unit="count", value=398, period_start=None, period_end=None),
                     claim(kind="level", direction=None, unit="count", value=212,
                           period_start="2022-01-01", period_end="2022-12-31"),
                     claim(kind="level", direction=None, unit="count", value=398,
                           period_start="2023-01-01", period_end="2023-12-31"))
    row = compare(claims)[0]
    assert (row.status, row.body_claim_ids) == ("consistent", (3,))


def test_comparison_levels_with_levels_changes_with_changes() -> None:
    claims = release(head(value=4),
                     claim(kind="level", direction=None, unit="count", value=128406),
                     claim(kind="level", direction=None, value=45))
    assert status_of(claims) == "unsupported"
    level = release(head(kind="level", direction=None, unit="count", value=6_700_000),
                    claim(value=4, direction="increase"),
                    claim(kind="level", direction=None, unit="count", value=6_712_000))
    assert status_of(level) == "consistent"


def test_comparison_two_levels_for_different_periods_do_not_disagree() -> None:
    claims = release(head(kind="level", direction=None, unit="count", value=147, text="147 burglaries"),
                     claim(kind="level", direction=None, unit="count", value=147),
                     claim(kind="level", direction=None, unit="count", value=163,
                           period_start="2018-01-01", period_end="2018-12-31"))
    assert status_of(claims) == "consistent"


def test_comparison_other_baseline_is_another_comparison() -> None:
    # "8% higher than in 2019" does not qualify a year-on-year rise of 4% ...
    year_on_year = dict(direction="increase", baseline_start="2018-01-01", baseline_end="2018-12-31")
    claims = release(head(value=4, direction="increase"), claim(value=4, **year_on_year),
                     claim(value=8, direction="increase", baseline_start="2016-01-01", baseline_end="2016-12-31",
                           sentence="The total is 8% higher than in 2016."))
    assert status_of(claims) == "consistent"
    # ... unless the body offers it as the real size of the same change
    corrected = release(head(value=20, direction="increase"), claim(value=19.6, **year_on_year),
                        claim(value=7, direction="increase", approx="approximate", text="closer to 7%",
                              baseline_start="2016-01-01", baseline_end="2016-12-31",
                              sentence="Compared with 2016 the increase is closer to 7%."))
    assert status_of(corrected) == "qualified"


def test_comparison_baseline_key_usual_comparisons() -> None:
    assert baseline_key(claim(baseline_start="2018-01-01", baseline_end="2018-12-31")) is None
    assert baseline_key(claim(period_start="2023-07-01", period_end="2023-09-30",
                              baseline_start="2022-07-01", baseline_end="2022-09-30")) is None
    assert baseline_key(claim(period_start="2020-07-01", period_end="2021-06-30",
                              baseline_start="2019-07-01", baseline_end="2020-06-30")) is None
    assert baseline_key(claim(baseline_start="2015-01-01", baseline_end="2015-12-31")) == ("2015-01-01", "2015-12-31")


def test_comparison_units_compared_apart() -> None:
    # 4.9% and £12.96 a year describe the same rise in different units
    claims = release(head(value=4.9, direction="increase", metric="council tax"),
                     claim(value=12.96, unit="currency", direction="increase", metric="council tax",
                           text="£12.96 a year"),
                     claim(value=4.9, direction="increase", metric="council tax"))
    row = compare(claims)[0]
    assert (row.status, row.body_claim_ids) == ("consistent", (3,))


# --------------------------------------------------------------------------- notes and numbers

NOTE_CASES = [
    (release(head(text="a drop"), claim(value=10, source="ONS"), claim(value=2, approx="approximate")),
     "The body gives 10% (ONS) and about 2% for the same fall."),
    (release(head(value=20, direction="increase"), claim(value=19.6, direction="increase"),
             claim(value=7, direction="increase", approx="approximate", text="closer to 7%")),
     "The headline says a rise of 20% but the body gives 19.6% and about 7% for the same rise."),
    (release(head(value=5, metric="violent crime"), claim(value=3.8, direction="increase", metric="violent crime")),
     "The headline says a fall of 5% but the body gives a rise of 3.8% for the same measure."),
    (release(head(value=12, metric="knife crime", area="the West Midlands")),
     "The body gives no figure for knife crime in the West Midlands to set against the headline."),
    (release(head(value=4.9, metric="policing part of council tax in Derbyshire", area="Derbyshire")),
     "The body gives no figure for policing part of council tax in Derbyshire to set against the headline."),
    (release(head(value=4), claim(value=4, source="ONS")),
     "The body gives 4% (ONS) for the same fall, as the headline says."),
]


@pytest.mark.parametrize("claims,note", NOTE_CASES)
def test_comparison_note_names_the_figures(claims: list[ClaimRecord], note: str) -> None:
    assert compare(claims)[0].note == note


@pytest.mark.parametrize("fields,text", [
    (dict(value=1_400_000, unit="currency", approx="approximate"), "about £1.4 million"),
    (dict(value=0.25, unit="currency", text="25p a week"), "25p a week"),
    (dict(value=2.4, unit="percentage_point"), "2.4 percentage points"),
    (dict(value=1900, unit="count", approx="lower_bound"), "over 1,900"),
    (dict(value=33.33, unit="percent"), "33.33%"),
])
def test_comparison_figure_words(fields: dict, text: str) -> None:
    assert figure(claim(**fields)) == text


@pytest.mark.parametrize("a,b,same", [(20, 19.6, True), (20, 24, False), (4.9, 4.9, True), (100, 88, False),
                                      (6_700_000, 6_712_345, True), (10, 2, False), (4, 4.4, True)])
def test_comparison_agree_up_to_rounding(a: float, b: float, same: bool) -> None:
    assert agree(a, "exact", b, "exact") is same


@pytest.mark.parametrize("a, a_approx, b, b_approx, same", [
    (33.33, "approximate", 30, "exact", True),    # "almost a third" and "30 per cent"
    (500, "approximate", 460, "exact", True),     # "nearly 500" and "460"
    (10, "exact", 2, "approximate", False),       # "10%" and "closer to 2%"
    (20, "exact", 7, "approximate", False),
    (100, "exact", 88, "exact", False),           # no hedge, no leeway
])
def test_comparison_agree_hedged_figures(a: float, a_approx: str, b: float, b_approx: str, same: bool) -> None:
    assert agree(a, a_approx, b, b_approx) is same


def test_comparison_precision_of_written_numbers() -> None:
    assert (precision(20), precision(19.6), precision(6_700_000), precision(33.33)) == (1, 0.1, 100_000, 0.01)


# --------------------------------------------------------------------------- rules file

def test_comparison_rules_file_validates() -> None:
    path = measures_path()
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    rules = MeasureRules(data, source=str(path))
    assert rules.measure("recorded crime").id == "total_recorded_crime"
    ids = [m["id"] for m in data["measures"]]
    assert len(set(ids)) == len(ids)
    assert all(m.get("parent") is None or m["parent"] in ids for m in data["measures"])


def test_comparison_rules_reject_unknown_keys_naming_the_file() -> None:
    with pytest.raises(ValueError, match="measures-test.yaml.*synonyms"):
        MeasureRules({"synonyms": {}}, source="measures-test.yaml")


def test_comparison_rules_reject_phrase_in_two_measures() -> None:
    with pytest.raises(ValueError, match="two measures"):
        MeasureRules({"measures": [{"id": "crime", "synonyms": ["offences"]},
                                   {"id": "violence", "synonyms": ["offences"]}]})


def test_comparison_rules_reject_unknown_parent() -> None:
    with pytest.raises(ValueError, match="unknown parent"):
        MeasureRules({"measures": [{"id": "burglary", "parent": "theft", "synonyms": ["burglary"]}]})


# --------------------------------------------------------------------------- gold

def gold_claims(gold: dict) -> tuple[list[ClaimRecord], dict[int, str]]:
    """A gold file's claims as records (period texts resolved through its periods list)."""
    periods = {p["text"]: (p.get("start"), p.get("end")) for p in gold.get("periods") or []}

    def dates(text: str | None) -> tuple[str | None, str | None]:
        start, end = periods.get(text, (None, None)) if text else (None, None)
        return (str(start) if start else None, str(end) if end else None)

    records, statuses = [], {}
    for i, c in enumerate(gold["claims"], start=1):
        (ps, pe), (bs, be) = dates(c.get("period")), dates(c.get("baseline"))
        records.append(ClaimRecord(
            claim_id=i, where=c["where"], text=str(c["text"]), sentence=str(c["text"]), value=c.get("value"),
            unit=c.get("unit"), kind=c.get("kind"), direction=c.get("direction"), approx=c.get("approx"),
            metric=c.get("metric"), area=c.get("area"), source=c.get("source"), measure=None, period_start=ps,
            period_end=pe, baseline_start=bs, baseline_end=be, quote_id=None, start_char=0, end_char=0,
        ))
        if c["where"] == "headline":
            statuses[i] = c.get("status")
    return records, statuses


def test_comparison_gold_claims_reproduce_gold_statuses() -> None:
    right = total = 0
    wrong = []
    for path in sorted(RELEASES.glob("*.gold.yaml")):
        records, statuses = gold_claims(yaml.safe_load(path.read_text(encoding="utf-8")))
        for row in compare(records):
            total += 1
            right += row.status == statuses.get(row.headline_claim_id)
            if row.status != statuses.get(row.headline_claim_id):
                wrong.append((path.name, row.headline_claim_id, row.status))
    assert total >= 31
    assert right / total >= 0.9, wrong


def test_comparison_seed_release_is_qualified_naming_both_figures() -> None:
    records, _ = gold_claims(yaml.safe_load((RELEASES / "000_01d4fef9a6dae820.gold.yaml").read_text(encoding="utf-8")))
    row = compare(records)[0]
    assert row.status == "qualified"
    assert "10%" in row.note and "2%" in row.note


def test_comparison_rate_headline_without_figure_backed_by_the_count() -> None:
    """"Fall in crime rates" states no figure: the rate per head moves with the count (rate_of)."""
    claims = release(head(text="Fall", metric="crime rates", value=None, unit=None), claim(value=10, metric="crimes"))
    assert status_of(claims) == "consistent"
    rising = release(head(text="Fall", metric="crime rates", value=None, unit=None),
                     claim(value=10, metric="crimes", direction="increase"))
    assert status_of(rising) == "contradicted"
    # a rate's percentage change is the count's: "crime rate down 10%" is backed by "crimes down 10%",
    # but a figure on the rate itself comes first
    assert status_of(release(head(metric="crime rate", value=10), claim(value=10, metric="crimes"))) == "consistent"
    assert status_of(release(head(metric="crime rate", value=10), claim(value=10, metric="crime rate"),
                             claim(value=7, metric="crimes"))) == "consistent"
    # a rate per head as a level is never a count
    assert status_of(release(head(metric="crime rate", value=61.2, unit="rate", kind="level", direction=None),
                             claim(value=61200, unit="count", kind="level", direction=None,
                                   metric="crimes"))) == "unsupported"


def test_comparison_count_headline_backed_by_the_rate_when_the_body_gives_no_count() -> None:
    """"Crime falls by 6%" against "the crime rate fell by 6%": the count moves with its rate per head by the
    same percentage; the count's own figures come first, and a rate's change in its own unit is no
    percentage of the count."""
    rate = dict(metric="crime rate", text="fell by 6%")
    assert status_of(release(head(value=6, metric="crime"), claim(value=6, **rate))) == "consistent"
    assert status_of(release(head(text="Crime falls", value=None, unit=None, metric="crime"),
                             claim(value=6, **rate))) == "consistent"
    assert status_of(release(head(text="Crime falls", value=None, unit=None, metric="crime"),
                             claim(value=6, direction="increase", **rate))) == "contradicted"
    # the count's own figure first: the rate's differing percentage does not qualify it
    assert status_of(release(head(value=6, metric="crime"), claim(value=6, metric="crimes"),
                             claim(value=9, **rate))) == "consistent"
    # refusal: a rate's change in crimes per 1,000 people is no percentage of the count
    assert status_of(release(head(value=6, metric="crime"),
                             claim(value=6, unit="rate", metric="crime rate", text="6 fewer crimes per 1,000"))
                     ) == "unsupported"


def test_comparison_list_subject_shares_its_figure() -> None:
    """"Burglary, robbery and vehicle crime all fell by 6%": the figure is each listed measure's; a list whose
    figures are shared out one each ("rose by 4% and 9%") gives none of them both."""
    sentence = "Burglary, robbery and vehicle crime all fell by 6% last year."
    body = claim(value=6, text="fell by 6%", metric="vehicle crime", sentence=sentence)
    for metric in ("burglary", "robbery", "vehicle crime"):
        assert status_of(release(head(text="fall", value=None, unit=None, metric=metric), body)) == "consistent"
    # a list of figures after a list of measures: the first is burglary's, the second robbery's
    two = "Burglary and robbery rose by 4% and 9%."
    shared = release(head(text="rise", value=None, unit=None, metric="robbery", direction="increase"),
                     claim(value=4, text="rose by 4%", metric="burglary", sentence=two, direction="increase"),
                     claim(value=9, text="9%", metric="robbery", sentence=two, direction="increase"))
    assert compare(shared)[0].body_values == (9,)
    # refusal: a total is not a member of the list
    assert status_of(release(head(text="Crime falls", value=None, unit=None, metric="crime"), body)) == "unsupported"


def test_comparison_list_member_takes_the_shared_head() -> None:
    """"sex" of "Robbery, sex and violent crime up" is sex crime (the head it shares with the last member);
    a member that names a measure with the head added only when that is a listed measure."""
    title = "Robbery, sex and violent crime up in Kent"
    member = head(text="rises in robbery, sex", metric="sex", value=None, unit=None, direction="increase",
                  sentence=title)
    body = claim(value=9, metric="sexual offences", direction="increase")
    assert status_of(release(member, body)) == "consistent"
    # refusal: "youth" + "crime" names no listed measure: the member stays unread and unsupported
    other = head(text="rises in robbery, youth", metric="youth", value=None, unit=None, direction="increase",
                 sentence="Robbery, youth and violent crime up in Kent")
    assert status_of(release(other, body)) == "unsupported"


def test_comparison_restating_change_takes_the_other_headline_claims_measure() -> None:
    """"Burglaries continue to fall as new figures show a decline": the second change has no measure of
    its own and restates the first; a list member sharing the first one's change word does not."""
    title = "Burglaries continue to fall as new figures show a decline"
    first = head(text="continue to fall", metric="Burglaries", value=None, unit=None, sentence=title)
    second = head(text="decline", metric="new figures", value=None, unit=None, sentence=title)
    body = claim(value=6, metric="burglaries")
    rows = compare(release(first, second, body))
    assert [r.status for r in rows] == ["consistent", "consistent"]
    # refusal: "Fall in burglary and road death figures": the second member is its own measure
    title = "Fall in burglary and road death figures"
    first = head(text="Fall in burglary", metric="burglary", value=None, unit=None, sentence=title)
    member = head(text="Fall in burglary and road death figures", metric="road death figures", value=None,
                  unit=None, sentence=title)
    rows = compare(release(first, member, body))
    assert [r.status for r in rows] == ["consistent", "unsupported"]


def test_comparison_pronoun_points_back_to_the_figure_before() -> None:
    """"There were 373 violent offences. That was up by 86 offences, a 30% increase.": the change counts the
    violent offences, not all crime; a sentence whose pronoun is no subject of the figure, or whose figure
    names its own measure, keeps its own reading."""
    before = claim(value=373, unit="count", kind="level", direction=None, text="373",
                   metric="violent offences", sentence="There were 373 violent offences in the borough.")
    pointed = "That was up by 86 offences, a 30% increase."
    rise = dict(direction="increase", sentence=pointed)
    body = [before, claim(value=86, unit="count", text="up by 86", metric="offences", **rise),
            claim(value=30, text="a 30% increase", metric="offences", **rise)]
    total = head(text="Crime rises", value=None, unit=None, direction="increase", metric="crime")
    assert status_of(release(total, *body)) == "unsupported"
    violence = head(text="Violence rises", value=None, unit=None, direction="increase", metric="violent crime")
    assert status_of(release(violence, *body)) == "consistent"
    # refusals: "It is thought crime rose by 30%", "These figures show a rise in crime of 30%": crime's own
    for sentence, text in (("It is thought crime rose by 30%.", "rose by 30%"),
                           ("These figures show a rise in crime of 30%.", "a rise in crime of 30%")):
        own = claim(value=30, text=text, metric="crime", direction="increase", sentence=sentence)
        assert status_of(release(total, before, own)) == "consistent"


def test_comparison_per_time_figure_after_the_claim_is_another_unit() -> None:
    """"about 50 fewer burglaries every week" restates "2,600 fewer burglaries" a year: no disagreement."""
    sentence = "There were 2,600 fewer burglaries, about 50 fewer burglaries every week."
    claims = release(head(text="Fall", value=None, unit=None, metric="burglary"),
                     claim(value=2600, unit="count", text="2,600 fewer", metric="burglaries", sentence=sentence),
                     claim(value=50, unit="count", text="about 50", approx="approximate", metric="burglaries",
                           sentence=sentence))
    assert status_of(claims) == "consistent"


def test_comparison_rate_of_must_name_a_known_measure() -> None:
    data = {"measures": [{"id": "crime_rate", "synonyms": ["crime rate"], "rate_of": "nothing"}]}
    with pytest.raises(ValueError, match="rate of unknown measure"):
        MeasureRules(data)


# --------------------------------------------------------------------------- headline period, groups, additions

def test_comparison_headline_without_period_of_its_own_is_about_the_body_period() -> None:
    """A headline that only fell back on the release's reference period ("period_reference") is
    about the period the body reports; a period of its own still has to match."""
    body = claim(value=6, period_start="2017-04-01", period_end="2018-03-31")
    fell_back = head(text="falls", value=None, unit=None, because="headline_direction;period_reference")
    assert status_of(release(fell_back, body)) == "consistent"
    own = head(text="falls", value=None, unit=None, because="headline_direction;period_clause")
    assert status_of(release(own, body)) == "unsupported"


def test_comparison_headline_year_backed_by_an_overlapping_year() -> None:
    """"Crime down 6% last year" (calendar 2019) is backed by the body's "past 12 months" (to
    February 2020) when the body gives nothing for exactly 2019; a period far off is not."""
    past_year = claim(value=6, period_start="2019-03-01", period_end="2020-02-29")
    assert status_of(release(head(value=6), past_year)) == "consistent"
    exact_first = claim(value=9, period_start="2019-01-01", period_end="2019-12-31")
    assert status_of(release(head(value=6), past_year, exact_first)) == "qualified"
    long_ago = claim(value=6, period_start="2016-01-01", period_end="2016-12-31")
    assert status_of(release(head(value=6), long_ago)) == "unsupported"
    decade = claim(value=6, period_start="2010-01-01", period_end="2019-12-31", baseline_start=None)
    assert status_of(release(head(value=6, period_start="2019-06-01", period_end="2020-05-31"),
                             decade)) == "unsupported"


def test_comparison_stable_headline_with_count_restating_a_small_percentage() -> None:
    """"up 0.2% - 90 more offences": the count is the same small change, so "stable" holds."""
    sentence = "Offences across the county went up 0.2% - 90 more offences than a year before."
    stable = head(text="stable", value=None, unit=None, direction="none")
    pct = claim(value=0.2, direction="increase", text="up 0.2%", sentence=sentence)
    count = claim(value=90, unit="count", direction="increase", text="90 more", sentence=sentence)
    assert status_of(release(stable, pct, count)) == "consistent"
    alone = claim(value=90, unit="count", direction="increase", text="90 more",
                  sentence="There were 90 more offences than a year before.")
    assert status_of(release(stable, alone)) == "qualified"


def test_comparison_figure_for_one_group_of_people_is_not_the_whole_measure() -> None:
    """"rose by 40% for men (12 offences)" is about men only; it does not qualify "stable"."""
    sentence = "Recorded offences rose by 40% for men (12 offences) and 15% for women."
    stable = head(text="stable", value=None, unit=None, direction="none")
    men = claim(value=40, direction="increase", text="rose by 40%", sentence=sentence)
    bracket = claim(value=12, unit="count", direction="increase", text="12", sentence=sentence)
    women = claim(value=15, direction="increase", text="15%", sentence=sentence)
    whole = claim(value=0.5, direction="decrease", text="down 0.5%", sentence="Offences were down 0.5%.")
    assert status_of(release(stable, whole, men, bracket, women)) == "consistent"
    assert compare(release(stable, whole, men, bracket, women))[0].body_claim_ids == (2,)


def test_comparison_headline_on_crime_categories_backed_by_each_category() -> None:
    """"Fall in most crime types": the categories' own falls back it, each in its own right, so
    their different sizes do not qualify it; a category rising contradicts it."""
    types = head(text="Fall", metric="most crime types", value=None, unit=None)
    burglary = claim(value=5, metric="burglary")
    robbery = claim(value=12, metric="robberies")
    assert status_of(release(types, burglary, robbery)) == "consistent"
    arson = claim(value=3, metric="arson", direction="increase")
    assert status_of(release(types, burglary, arson)) == "contradicted"
    assert status_of(release(types, claim(value=5, metric="police officers"))) == "unsupported"


def test_comparison_change_noun_names_the_measure_with_its_modifier() -> None:
    """"Police cuts" are cuts to police funding, not a change in "police"."""
    cuts = head(text="cuts", metric="police", value=None, unit=None)
    budget = claim(value=30_000_000, unit="currency", metric="budget", text="£30m")
    assert status_of(release(cuts, budget)) == "consistent"
    assert compare(release(cuts, budget))[0].measure == "funding"


def test_comparison_added_amount_is_no_competing_estimate() -> None:
    """"savings of £23.5m" and "save another £15m": the second comes on top of the first."""
    cuts = head(text="cuts", metric="budget", value=None, unit=None)
    first = claim(value=23_500_000, unit="currency", metric="savings", text="savings of £23.5m")
    more = claim(value=15_000_000, unit="currency", metric="savings", text="save another £15m")
    assert status_of(release(cuts, first, more)) == "consistent"
    other = claim(value=15_000_000, unit="currency", metric="savings", text="savings of £15m")
    assert status_of(release(cuts, first, other)) == "qualified"


def test_comparison_body_sentence_restating_the_headline_figure() -> None:
    """A body sentence that names the headline's metric and gives its figure backs it, even when
    another metric was read for the body figure; another place, or another figure, does not."""
    sentence = "Farm theft cost farmers and rural businesses an estimated £2.3 million last year."
    headline = head(text="£2.3 million", value=2_300_000, unit="currency", kind="level", direction=None,
                    metric="Farm theft", approx="approximate")
    body = claim(text="an estimated £2.3 million", value=2_300_000, unit="currency", kind="level", direction=None,
                 metric="rural businesses", approx="approximate", sentence=sentence)
    assert status_of(release(headline, body)) == "consistent"
    elsewhere = claim(**{**body.__dict__, "area": "Cumbria", "claim_id": 2})
    assert status_of(release(headline, elsewhere)) == "unsupported"
    other = claim(**{**body.__dict__, "value": 5_100_000, "claim_id": 2})
    assert status_of(release(headline, other)) == "unsupported"


# --------------------------------------------------------------------------- round 3: baselines, named measures, pointers, notes

def test_comparison_figureless_headline_backed_by_every_comparison_of_the_measure() -> None:
    """"Crime falls" states no figure: a fall on the year and a fall since an early year are both the
    body's figures on the measure, and differing they qualify it; a headline with a figure keeps to
    its own comparison (the existing case above)."""
    year = claim(value=9, baseline_start="2018-01-01", baseline_end="2018-12-31")
    long_run = claim(value=40, baseline_start="2005-01-01", baseline_end="2005-12-31",
                     because="dir_verb;period_clause;baseline_clause")
    assert status_of(release(head(text="falls", value=None, unit=None), year, long_run)) == "qualified"
    assert status_of(release(head(value=9), year, long_run)) == "consistent"


def test_comparison_inherited_or_loosely_dated_baseline_is_the_usual_comparison() -> None:
    """A baseline the claim only took from the release ("baseline_release") is no other comparison;
    nor is "last year" (a calendar year) against a financial year."""
    inherited = claim(baseline_start="2012-01-01", baseline_end="2012-12-31", because="dir_verb;baseline_release")
    assert baseline_key(inherited) is None
    loose = claim(period_start="2016-04-01", period_end="2017-03-31", baseline_start="2016-01-01",
                  baseline_end="2016-12-31", because="baseline_clause")
    assert baseline_key(loose) is None
    # refusal: a stated baseline years earlier is another comparison
    stated = claim(baseline_start="2012-01-01", baseline_end="2012-12-31", because="baseline_clause")
    assert baseline_key(stated) == ("2012-01-01", "2012-12-31")


@pytest.mark.parametrize("sentence, text, metric, measure", [
    # the metric read was the source showing the figure: the measure is the one named before the claim
    ("Police figures show reports of burglary in the county up 12 per cent", "up 12 per cent",
     "Police figures", "burglary"),
    # a place word read as the metric: the measure named before the place complement
    ("Robbery offences in England and Wales reach a record high", "reach a record high", "Wales", "robbery"),
    # refusal: the metric is a listed measure and nothing nearer names another
    ("Violent crime rises 8%", "rises 8%", "Violent crime", "violence_against_the_person"),
    # refusal: an unlisted metric keeps its own words, not a measure earlier in the headline
    ("Burglary falls but scam calls up 20%", "up 20%", "scam calls", "scam call"),
])
def test_comparison_headline_measure_named_before_the_claim(sentence: str, text: str, metric: str,
                                                            measure: str) -> None:
    h = head(text=text, sentence=sentence, metric=metric, value=None, unit=None, direction="increase")
    assert compare([h])[0].measure in (measure, None)
    from extractor.comparison import with_named_measure
    found = load_rules().measure_of(with_named_measure(h, load_rules()))
    assert found is not None and (found.id or found.key) == measure


def test_comparison_headline_place_by_pointer_is_the_body_place_restating_it() -> None:
    """"up almost 25% in the borough": the borough is the place whose figure the body gives as 24.6%,
    not the force area's 9.3%; without a figure, or with none restating it, the release's own area."""
    sentence = "Reports of rape in the borough up almost 25 per cent"
    h = head(text="up almost 25 per cent", sentence=sentence, metric="rape", value=25, approx="approximate",
             direction="increase", area="the borough")
    force = claim(value=9.3, metric="rape", direction="increase", area=None)
    town = claim(value=24.6, metric="rape", direction="increase", area="Medway")
    row = compare(release(h, force, town), release_area="Kent")[0]
    assert (row.status, row.body_values) == ("consistent", (24.6,))
    assert "24.6%" in row.note
    assert status_of_area(release(h, force), "Kent") == "qualified"
    # refusal: a named place is no pointer
    named = replace_fields(h, area="Medway", sentence="Reports of rape in Medway up almost 25 per cent")
    assert status_of_area(release(named, force), "Kent") == "unsupported"


def status_of_area(claims: list[ClaimRecord], area: str) -> str:
    return compare(claims, release_area=area)[0].status


def replace_fields(c: ClaimRecord, **fields: Any) -> ClaimRecord:
    return ClaimRecord(**{**c.__dict__, **fields})


def test_comparison_crime_headline_not_backed_by_money() -> None:
    """"Crime falls" is about offences: "£42m cut from the budget" is no figure on it."""
    h = head(text="falls", value=None, unit=None, metric="crime")
    money = claim(value=42_000_000, unit="currency", metric="crime")
    assert status_of(release(h, money)) == "unsupported"
    # refusal: a headline on money is backed by money
    cuts = head(text="cuts", value=None, unit=None, metric="budget")
    assert status_of(release(cuts, claim(value=42_000_000, unit="currency", metric="budget"))) == "consistent"


def test_comparison_notes_name_sub_measures_going_the_other_way() -> None:
    h = head(text="fall", value=None, unit=None, metric="crime")
    total = claim(value=5, metric="recorded crime")
    drugs = claim(value=18, metric="drug offences", direction="increase")
    row = compare(release(h, total, drugs))[0]
    assert row.status == "consistent"  # another measure: it does not qualify the headline
    assert "5%" in row.note and "drug offences (18%)" in row.note


def test_comparison_unsupported_notes_say_why() -> None:
    h = head(text="falls", value=None, unit=None, metric="crime")
    national = claim(value=6, metric="recorded crime", area="England and Wales")
    note = compare(release(h, national))[0].note
    assert "England and Wales" in note and "6%" in note
    survey = claim(value=10, metric="crime", source="the Crime Survey for England and Wales", area=None)
    row = compare(release(h, survey))[0]
    assert row.status == "unsupported" and "survey" in row.note and "10%" in row.note


# --------------------------------------------------------------------------- whole releases

PIPELINE_CASES = [
    # (headline, body, status, figures the note must name)
    ("Crime drops", "Recorded crime in Kent fell by 6% in the year to March 2023.", "consistent", ["6%"]),
    ("Total crime down again", "Total recorded crime in Kent fell by 4.2% in the year to March 2023.",
     "consistent", ["4.2%"]),
    ("Crime statistics show fall", "Recorded crime in Kent fell by 3% in the year to March 2023.",
     "consistent", ["3%"]),
    ("Violence up", "Violence against the person in Kent rose by 12% in the year to March 2023.",
     "consistent", ["12%"]),
    ("Burglaries down", "Burglaries in Kent fell by 9% in the year to March 2023.", "consistent", ["9%"]),
    ("Recorded offences fall", "The number of recorded offences in Kent fell by 5% in the year to March 2023.",
     "consistent", ["5%"]),
    ("Kent crime rises by 3pc", "Recorded crime in Kent rose by 3% in the year to March 2023.", "consistent", ["3%"]),
    ("Kent crime rises by 3pc", "Recorded crime in Kent rose by 9% in the year to March 2023.", "qualified", ["9%"]),
    ("Burglary down a quarter", "Burglaries in Kent fell by 25.3% in the year to March 2023.", "consistent",
     ["25.3%"]),
    ("Burglary down a quarter", "Burglaries in Kent fell by 12% in the year to March 2023.", "qualified", ["12%"]),
    ("Rise in crime blamed on police cuts",
     "Recorded crime in Kent rose by 4% in 2022. The force has had budget cuts of £40 million since 2010.",
     "consistent", ["£40 million"]),
    ("Shoplifting hits new 20 year high",
     "Shoplifting offences recorded by Kent Police rose by 30% in the year to March 2023.", "consistent", ["30%"]),
    ("Rape reports up almost 25 per cent", "Reports of rape in Kent were up by 24.6 per cent in the year to "
     "March 2023.", "consistent", ["24.6%"]),
    ("Reports of rape in the borough up almost 25 per cent", "Reports of rape rose by 7.1 per cent across Kent "
     "in the year to March 2023. In Medway, reports of rape rose by 24.6 per cent.", "consistent", ["24.6%"]),
    # a fall in the total with rises in some categories: the categories are other measures (named in the note)
    ("Crime figures show fall", "Recorded crime in Kent fell by 5% in the year to March 2023. Burglary fell by "
     "10% but robbery rose by 4%.", "consistent", ["5%", "robbery (4%)"]),
    # a total backed only by its sub-measures
    ("Crime falls", "Violent crime in Kent fell by 5% and burglary fell by 8% in the year to March 2023.",
     "unsupported", ["5%", "8%"]),
    # a national figure does not bear on a force headline
    ("Kent crime falls", "Recorded crime in England and Wales fell by 6% in the year to March 2023.",
     "unsupported", ["6%"]),
    ("Crime rises", "Recorded crime in Kent fell by 6% in the year to March 2023.", "contradicted", ["6%"]),
    # bracketed figures of a list are the measures before their brackets, not more figures on crime
    ("Crime falls", "Recorded crime in Kent fell by 4% in the year to March 2023, with falls in every offence "
     "type except robbery (6%), vehicle crime (9%) and theft (12%).", "consistent", ["4%"]),
    # a figure whose own words name its measure ("the fall in robberies ... by 30 per cent")
    ("Crime continues to fall", "Total crime fell in Kent by 8 per cent in the year to March 2023. The fall in "
     "robberies was sharp - by 30 per cent.", "consistent", ["8%"]),
    # "Crime levels" is total crime, also when a time word after the change was read as the metric
    ("Crime levels increase very slightly in a year", "Recorded crime in Kent rose by less than 1% in the year "
     "to March 2023.", "consistent", ["under 1%"]),
    # a survey estimate does not back a recorded-crime headline
    ("Crime falls", "The Crime Survey for England and Wales estimates that crime in Kent fell by 10% in the "
     "year to March 2023.", "unsupported", ["survey", "10%"]),
]


@pytest.mark.parametrize("title, body, status, figures", PIPELINE_CASES)
def test_comparison_whole_release(title: str, body: str, status: str, figures: list[str]) -> None:
    from extractor.api import extract_text
    text = f"---\ntitle: {title}\narea: Kent\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"
    rows = extract_text(text, release_id="t").comparison
    row = rows[rows["headline_text"].notna()].iloc[-1]
    assert row["status"] == status, row["note"]
    for f in figures:
        assert f in row["note"]


def test_comparison_source_that_is_part_of_the_survey_name_is_the_survey() -> None:
    sentence = "The Crime Survey for England and Wales estimates that crime fell by 10%."
    rules = load_rules()
    assert rules.measure_of(claim(metric="crime", source="Wales", sentence=sentence)).id == "csew_crime"
    # refusal: the same source in a sentence without the survey is no survey
    other = claim(metric="crime", source="Wales", sentence="Police in Wales say crime fell by 10%.")
    assert rules.measure_of(other).id == "total_recorded_crime"


# --------------------------------------------------------------------------- round 2: real headlines

def test_comparison_bracketed_figure_is_the_measure_before_its_bracket() -> None:
    """"vehicle crime (9%)" is a vehicle-crime figure even when the list's metric was read as crime:
    a short "Crime falls" headline is then backed by the total alone, not qualified by its parts."""
    sentence = ("Recorded crime fell by 4%, and every offence type fell except robbery (6%), "
                "vehicle crime (9%) and theft (12%).")
    h = head(text="falls", value=None, unit=None, metric="crime")
    total = claim(value=4, text="fell by 4%", sentence=sentence)
    parts = [claim(value=v, text=f"{v}%", sentence=sentence) for v in (6, 9, 12)]
    row = compare(release(h, total, *parts))[0]
    assert (row.status, row.body_values) == ("consistent", (4,))
    # refusal: a bracket after a change, not after a measure, keeps the figure's metric
    quarter = claim(value=23.8, text="23.8%", sentence="Crime in the district is down by nearly a quarter (23.8%).")
    assert status_of(release(h, total, quarter)) == "qualified"


@pytest.mark.parametrize("sentence, text, metric, measure", [
    ("Falls came in theft (down 9%) and robbery (down 4%).", "down 4%", "recorded crime", "robbery"),
    ("Every type fell except robbery (6%).", "6%", "exception of robbery", "robbery"),
    # refusal: a phrase of generic words only ("and related offences") names nothing narrower
    ("Assault and related offences (down 9.7%) fell.", "down 9.7%", "assault", "assault"),
    # refusal: a listed metric is never swapped for a wider or sibling measure
    ("The rate of sexual offences per 1,000 people (4.1) was high.", "4.1", "sexual offences", "sexual_offences"),
    ("Drug offences fell, as did weapons offences (down 15%).", "down 15%", "drug offences", "drug_offences"),
])
def test_comparison_body_figure_measure_from_its_bracket(sentence: str, text: str, metric: str,
                                                        measure: str) -> None:
    from extractor.comparison import figure_measure
    found = figure_measure(claim(text=text, sentence=sentence, metric=metric), load_rules())
    assert found is not None and (found.id or found.key) == measure


def test_comparison_change_noun_in_the_figure_text_names_its_measure() -> None:
    """"the fall in robberies was sharp - by 30 per cent" is about robbery, whatever metric was read."""
    h = head(text="continues to fall", value=None, unit=None, metric="crime")
    total = claim(value=8, text="fell in Northshire by 8 per cent",
                  sentence="Total crime fell in Northshire by 8 per cent.")
    robbery = claim(value=30, text="fall in robberies was sharp - by 30 per cent",
                    sentence="The fall in robberies was sharp - by 30 per cent.")
    row = compare(release(h, total, robbery))[0]
    assert (row.status, row.body_values) == ("consistent", (8,))
    # refusal: a place after the change noun names no measure ("fell in Northshire" stays crime)
    other = claim(value=3, text="fall in Northshire of 3 per cent", sentence="A fall in Northshire of 3 per cent.")
    assert status_of(release(h, total, other)) == "qualified"


def test_comparison_headline_metric_naming_nothing_takes_the_measure_before_the_change() -> None:
    """"Crime levels increase very slightly in a year" with "year" read as the metric is about crime."""
    sentence = "Crime levels increase very slightly in a year"
    h = head(text="increase", sentence=sentence, metric="year", value=None, unit=None, direction="increase")
    body = claim(value=1, approx="upper_bound", direction="increase", metric="overall crime")
    assert status_of(release(h, body)) == "consistent"
    # refusal: nothing before the change names a measure: no measure, unsupported
    bare = replace_fields(h, sentence="Figures increase very slightly in a year")
    row = compare(release(bare, body))[0]
    assert row.status == "unsupported" and "names no measure" in row.note


@pytest.mark.parametrize("metric, measure", [
    # a baseline written into the metric phrase says when, not what
    ("fewer homicides compared with the same reporting period last year", "homicide"),
    ("burglaries compared to the previous financial year", "burglary"),
    # refusal: a complement that says who is part of the measure
    ("homicides against women", None),
])
def test_comparison_baseline_words_in_metric_are_no_measure(metric: str, measure: str | None) -> None:
    assert load_rules().measure_id(metric) == measure


def test_comparison_widened_city_name_in_the_sentence_is_the_wider_area() -> None:
    """A body figure read as "Eastport" in a sentence that only writes "Greater Eastport" backs a
    "Greater Eastport" headline."""
    h = head(text="Drop", value=None, unit=None, metric="homicides", area="Greater Eastport")
    body = claim(value=4, unit="count", metric="homicides", area="Eastport",
                 sentence="Greater Eastport has recorded four fewer homicides than last year.")
    assert status_of(release(h, body)) == "consistent"
    # refusal: a sentence naming the city on its own keeps the city, another place
    city = replace_fields(body, sentence="Eastport had four fewer homicides, the most of any town in "
                                         "Greater Eastport.")
    assert status_of(release(h, city)) == "unsupported"


def test_comparison_two_headline_claims_each_against_their_own_measure() -> None:
    """"Drop in crime including knife crime": two headline claims, each backed by its own measure's figure."""
    sentence = "Drop in crime including knife crime"
    total = head(text="Drop in crime", sentence=sentence, value=None, unit=None, metric="crime")
    knife = head(text="drop in crime including knife crime", sentence=sentence, value=None, unit=None,
                 metric="knife crime")
    body = [claim(value=8, metric="total crime"), claim(value=5.5, metric="knife crime"),
            claim(value=13, metric="burglary dwelling")]
    rows = compare(release(total, knife, *body))
    assert [(r.status, r.body_values) for r in rows] == [("consistent", (8,)), ("consistent", (5.5,))]
    # refusal: with no knife crime figure the second claim is unsupported, the first still backed
    rows = compare(release(total, knife, body[0], body[2]))
    assert [r.status for r in rows] == ["consistent", "unsupported"]


def test_comparison_two_levels_for_successive_periods_imply_a_change() -> None:
    """"Burglary drops in the county" with the body giving only "1,480 burglaries in 2018 and 1,312 in
    2019": the two levels give a fall, which backs the headline (and a rise contradicts it)."""
    h = head(text="drops", sentence="Burglary drops in the county", metric="burglary", value=None, unit=None)
    old = claim(kind="level", direction=None, unit="count", value=1480, metric="burglaries",
                period_start="2018-01-01", period_end="2018-12-31")
    new = claim(kind="level", direction=None, unit="count", value=1312, metric="burglaries")
    row = compare(release(h, old, new))[0]
    assert (row.status, row.body_claim_ids) == ("consistent", (2, 3))
    assert "1,480" in row.note and "1,312" in row.note and "a fall" in row.note
    rise = replace_fields(h, text="rises", direction="increase")
    assert status_of(release(rise, old, new)) == "contradicted"
    # a stated figure is checked against the change the levels give (11.4% here)
    assert status_of(release(replace_fields(h, value=11, unit="percent"), old, new)) == "consistent"
    assert status_of(release(replace_fields(h, value=25, unit="percent"), old, new)) == "qualified"
    # a stated change comes first: the levels are not read when the body gives one
    stated = claim(value=3, direction="increase", metric="burglaries")
    assert status_of(release(h, old, new, stated)) == "contradicted"


def test_comparison_levels_for_one_period_or_another_place_imply_nothing() -> None:
    """Refusals: two levels for the same year, for another place, or in different units give no change."""
    h = head(text="drops", sentence="Burglary drops in the county", metric="burglary", value=None, unit=None)
    a = claim(kind="level", direction=None, unit="count", value=1480, metric="burglaries")
    b = claim(kind="level", direction=None, unit="count", value=1312, metric="burglaries")
    assert status_of(release(h, a, b)) == "unsupported"
    elsewhere = replace_fields(a, area="West Midlands", period_start="2018-01-01", period_end="2018-12-31")
    assert status_of(release(h, elsewhere, b)) == "unsupported"
    share = replace_fields(a, unit="percent", value=12, period_start="2018-01-01", period_end="2018-12-31")
    assert status_of(release(h, share, b)) == "unsupported"
    # another measure's levels say nothing of this one
    robbery = [replace_fields(c, metric="robberies") for c in (replace_fields(a, period_start="2018-01-01",
                                                                             period_end="2018-12-31"), b)]
    assert status_of(release(h, *robbery)) == "unsupported"


def test_comparison_headline_trend_names_its_measure() -> None:
    """"Downward trend for burglary continues": a trend is no measure, the thing trending is."""
    rules = load_rules()
    assert rules.measure_id("trend for burglary") == rules.measure_id("burglary")
    assert rules.measure_id("crime trends") == rules.measure_id("crime")
    assert rules.measure_id("downward trend") is None


def test_comparison_headline_unlisted_metric_gives_way_to_the_measure_before_the_change() -> None:
    """"Overall crime falls in the Dales" with the place read as the metric is about crime; refusal: with
    no listed measure before the change the place stays (and names nothing the body backs)."""
    h = head(text="falls", sentence="Overall crime falls in the Dales", metric="Dales", value=None, unit=None)
    body = claim(value=3, metric="recorded crime")
    assert status_of(release(h, body)) == "consistent"
    bare = replace_fields(h, sentence="Big falls in the Dales")
    assert status_of(release(bare, body)) == "unsupported"


# --------------------------------------------------------------------------- round 5: scope words, subjects, own change nouns

def test_comparison_scope_word_read_as_area_is_the_release_area() -> None:
    """"Overall recorded crime fell by 412 offences": "Overall" read as the area is no place, so the
    figure is about the release's own area and backs "Crime falls"; a named other force does not."""
    h = head(text="falls", value=None, unit=None, metric="Crime", area="Dorset")
    overall = claim(value=412, unit="count", metric="offences", area="Overall")
    assert status_of_area(release(h, overall), "Dorset") == "consistent"
    # refusal: a figure for another force is no figure on the headline's place
    other = claim(value=412, unit="count", metric="offences", area="Wiltshire")
    assert status_of_area(release(h, other), "Dorset") == "unsupported"


def test_comparison_figure_counts_the_listed_measure_that_is_its_subject() -> None:
    """"... and criminal damage is down 9 per cent": when the metric read for the figure names no
    listed measure, the listed measure standing right before it (linking words apart) is its measure."""
    sentence = "Shoplifting rose by 4 per cent, while criminal damage is down 9 per cent."
    h = head(text="down", value=None, unit=None, metric="criminal damage")
    body = claim(text="down 9 per cent", value=9, metric="per cent, while criminal damage", sentence=sentence)
    assert status_of(release(h, body)) == "consistent"
    # refusal: the listed measure is a complement of the subject ("arrests for vandalism"), not the subject
    sentence = "Arrests for vandalism also fell by 9 per cent."
    arrests = claim(text="fell by 9 per cent", value=9, metric="Arrests for vandalism", sentence=sentence)
    assert status_of(release(h, arrests)) == "unsupported"
    # refusal: a list ("vandalism, 9%") is no subject
    listed = claim(text="9%", value=9, metric="per cent", sentence="Down: theft, criminal damage, 9%")
    assert status_of(release(h, listed)) == "unsupported"


def test_comparison_headline_measure_named_after_its_own_change_noun() -> None:
    """"Rise in shoplifting but burglary": the claim's own words name its measure after the change
    noun, whatever metric was read later in the headline; a burglary fall does not contradict it."""
    sentence = "Rise in shoplifting but burglary down across the county"
    h = head(text="Rise in shoplifting but burglary", sentence=sentence, value=None, unit=None,
             metric="burglary", direction="increase")
    burglary = claim(value=6, metric="burglary")
    assert status_of(release(h, burglary)) == "unsupported"
    shoplifting = claim(value=3, metric="shoplifting", direction="increase")
    assert status_of(release(h, shoplifting)) == "consistent"
    # refusal: no change noun in the claim's text, the metric read stands
    plain = head(text="down", sentence=sentence, value=None, unit=None, metric="burglary")
    assert status_of(release(plain, burglary)) == "consistent"


def test_comparison_figure_written_as_a_fraction_is_rounded() -> None:
    """"Burglary down a quarter" holds for 26%: a fraction or a multiple in words stands for the
    nearest such fraction; a figure in digits is held to its own rounding."""
    quarter = head(text="down a quarter", value=25, metric="burglary")
    assert status_of(release(quarter, claim(value=26, metric="burglary"))) == "consistent"
    assert status_of(release(quarter, claim(value=12, metric="burglary"))) == "qualified"
    halved = claim(text="has halved", value=50, metric="burglary")
    assert status_of(release(head(value=47, metric="burglary"), halved)) == "consistent"
    # refusal: "25%" in digits is not "about 25%"
    digits = head(text="down 25%", value=25, metric="burglary")
    assert status_of(release(digits, claim(value=26, metric="burglary"))) == "qualified"


def test_comparison_subject_that_modifies_the_metric_read_is_its_measure() -> None:
    """"Knife crime in Preston rose by 20%" read with the metric "crime": the subject is the metric's
    words with a modifier, so the figure is about knife crime, not total crime; "COVID offences in
    Preston fell", read as "COVID", is no figure on offences."""
    rules = load_rules()
    knife = claim(text="rose by 20%", value=20, metric="crime", area="Preston", direction="increase",
                  sentence="Knife crime in Preston rose by 20% in the year to March.")
    assert figure_measure(knife, rules).id == "knife_crime"
    covid = claim(text="fell by 80%", value=80, metric="COVID", area="Preston",
                  sentence="COVID offences in Preston fell by 80% as restrictions eased.")
    assert figure_measure(covid, rules).id is None
    assert status_of(release(head(text="fall", value=None, unit=None, metric="Offences"), covid)) == "unsupported"
    # refusals: the subject is the metric itself, or only a determiner stands before it
    plain = claim(text="rose by 20%", value=20, metric="crime", area="Preston",
                  sentence="Crime in Preston rose by 20% in the year to March.")
    assert figure_measure(plain, rules).id == "total_recorded_crime"
    that = claim(text="rose by 20%", value=20, metric="crime", area="Preston",
                 sentence="Figures show that crime in Preston rose by 20%.")
    assert figure_measure(that, rules).id == "total_recorded_crime"


@pytest.mark.parametrize("metric, measure", [
    ("per cent more crimes", "total_recorded_crime"),     # a unit read into the metric names nothing
    ("number of crimes recorded on the island", "total_recorded_crime"),  # "on" is a preposition, not true
    ("survey", "csew_crime"),                              # "... but survey shows fall"
    ("attacks on staff", None),                            # refusal: a complement that names what
    ("percentage of crimes solved", None),                 # refusal: a share of another measure
])
def test_comparison_metric_words_of_units_places_and_the_survey(metric: str, measure: str | None) -> None:
    assert load_rules().measure_id(metric, "Guernsey") == measure


def test_comparison_figure_after_the_survey_name_is_a_survey_estimate() -> None:
    """"The Crime Survey ... showed a 10% fall in crime": the survey gives the figure even when no
    source was read for it; not when police figures are named between the survey and the figure."""
    rules = load_rules()
    survey = claim(text="10% fall", value=10, metric="crime", source=None,
                   sentence="The Crime Survey for England and Wales showed a 10% fall in crime.")
    assert rules.measure_of(survey).id == "csew_crime"
    police = claim(text="10% fall", value=10, metric="crime", source=None,
                   sentence="The Crime Survey for England and Wales was out today, and police recorded a 10% "
                            "fall in crime.")
    assert rules.measure_of(police).id == "total_recorded_crime"
    after = claim(text="10% fall", value=10, metric="crime", source=None,
                  sentence="Recorded crime saw a 10% fall, the Crime Survey for England and Wales apart.")
    assert rules.measure_of(after).id == "total_recorded_crime"


def test_comparison_undated_headline_is_not_about_a_quarter_inside_the_reported_year() -> None:
    """"Crime falls" with the year's fall and a rise in its last quarter: the headline is about the
    period the release reports, not a part of it; with no figure for that period, the quarter stands."""
    h = head(text="falls", value=None, unit=None, period_start="2022-04-01", period_end="2023-03-31",
             because="headline_direction;period_reference")
    year = claim(value=5, period_start="2022-04-01", period_end="2023-03-31")
    quarter = claim(value=1, direction="increase", period_start="2023-01-01", period_end="2023-03-31")
    assert status_of(release(h, year, quarter)) == "consistent"
    assert status_of(release(h, quarter)) == "contradicted"


def test_comparison_survey_estimate_of_an_offence_group_is_not_police_recorded() -> None:
    """"The survey suggests violent crime fell by 5%": the survey's estimate of an offence group is a
    measure of its own, neither the police recorded group nor the survey's crime as a whole."""
    rules = load_rules()
    said = "Survey results from the Crime Survey for England and Wales suggest theft fell by 6%."
    survey = claim(text="fell by 6%", value=6, metric="theft", sentence=said)
    assert rules.measure_of(survey).id is None and figure_measure(survey, rules).id is None
    sourced = claim(text="fell by 6%", value=6, metric="robbery", source="the British Crime Survey")
    assert rules.measure_id(sourced.metric, source=sourced.source) is None
    h = head(text="up", metric="violent crime", direction="increase", value=None, unit=None)
    police = claim(text="rose by 3%", value=3, direction="increase", metric="violent crime",
                   sentence="Violent crime recorded by the force rose by 3%.")
    estimate = claim(text="fell by 5%", value=5, metric="violent crime",
                     sentence="The Crime Survey for England and Wales, out the same day, found violent crime fell by 5%.")
    assert status_of(release(h, police, estimate)) == "consistent"
    # ... whatever words name the group before the figure ("... and violence fell by 5%")
    subject = claim(text="fell by 5%", value=5, metric="per cent", sentence="The Crime Survey for England and "
                    "Wales showed crime as a whole down 2% and violence fell by 5%.")
    assert status_of(release(h, police, subject)) == "consistent"
    # refusal: the same figure from the police contradicts the headline
    recorded = claim(text="fell by 5%", value=5, metric="violent crime",
                     sentence="Police figures show violent crime fell by 5%.")
    assert status_of(release(h, police, recorded)) == "contradicted"
    # refusal: police figures named between the survey and the figure are the police's
    between = claim(text="fell by 5%", value=5, metric="violent crime", sentence="The Crime Survey for England and "
                    "Wales was published today, while police recorded violent crime fell by 5%.")
    assert status_of(release(h, police, between)) == "contradicted"


@pytest.mark.parametrize("sentence, text, metric, measure", [
    # a generic noun counting the figure: the subject names the offences
    ("The number of crimes solved has increased by 40 offences.", "increased by 40", "offences", "outcomes"),
    ("Solved crimes rose by 120 offences in the year.", "rose by 120", "offences", "outcomes"),
    ("Crime has fallen across the county by 900 incidents.", "fallen across the county by 900", "incidents",
     "total_recorded_crime"),
    ("Overall, offences are down by 2,100 cases on last year.", "down by 2,100", "cases", "total_recorded_crime"),
    ("Shoplifting is up by 85 offences in the city.", "up by 85", "offences", "shoplifting"),
    # refusals: a metric naming a listed measure keeps it, whatever generic subject stands before
    ("Neighbourhood crime, on the whole, has also seen a drop of 7%.", "a drop of 7%", "Neighbourhood crime",
     "neighbourhood_crime"),
    ("Crime in the county, driven by burglaries, rose by 300.", "rose by 300", "burglaries", "burglary"),
    # refusal: a generic metric with no subject before it stays what it names
    ("There were 1,200 fewer offences recorded.", "1,200 fewer", "offences", "total_recorded_crime"),
])
def test_comparison_generic_noun_figure_takes_its_subject(sentence: str, text: str, metric: str,
                                                          measure: str | None) -> None:
    """"The number of crimes solved rose by 21 offences", "Crime has dropped by 2,670 incidents": a metric of
    only a generic noun says in what the figure counts; the subject before the figure names what."""
    rules = load_rules()
    found = figure_measure(claim(text=text, sentence=sentence, metric=metric, value=1, unit="count"), rules)
    assert (found.id if found else None) == measure


def test_comparison_generic_noun_figure_of_another_measure_does_not_contradict() -> None:
    """"Crime falls" with "the number of crimes solved rose by 40 offences": solved crimes are outcomes,
    not crime, so the rise does not contradict the fall."""
    h = head(text="falls", metric="crime", value=None, unit=None)
    fall = claim(text="fell by 4%", value=4, metric="recorded crime")
    solved = claim(text="increased by 40", value=40, unit="count", direction="increase", metric="offences",
                   sentence="The number of crimes solved has increased by 40 offences.")
    assert status_of(release(h, fall, solved)) == "consistent"
    # refusal: a rise whose subject is crime itself still contradicts
    more = claim(text="up by 40", value=40, unit="count", direction="increase", metric="offences",
                 sentence="Recorded crime is up by 40 offences.")
    assert status_of(release(h, fall, more)) == "contradicted"


def test_comparison_further_percentage_is_a_figure_of_its_own() -> None:
    """"Recorded crime fell by a further 2% ... a fall of 10% on the three-year average": a percentage
    change never adds to another, so two figures that differ qualify a figureless headline; an amount
    written as "a further 200" still comes on top of an earlier one."""
    h = head(text="continues to fall", metric="crime rate", value=None, unit=None)
    further = claim(text="fell by a further 2%", value=2, metric="recorded crime")
    average = claim(text="a fall of 10%", value=10, metric="recorded crime")
    assert status_of(release(h, further, average)) == "qualified"
    # refusal: amounts add ("another £15m" is no competing estimate)
    cuts = head(text="cuts", metric="budget", value=None, unit=None)
    first = claim(value=40_000_000, unit="currency", metric="savings", text="savings of £40m")
    more = claim(value=12_000_000, unit="currency", metric="savings", text="a further £12m")
    assert status_of(release(cuts, first, more)) == "consistent"


def test_comparison_rate_headline_backed_by_two_count_levels() -> None:
    """"Crime rates hit three-year high" with only "48,100 crimes ... up from 46,900": a rate per head
    moves with its count, so the count's two levels give the rate's change too."""
    h = head(text="hit three-year high", metric="crime rates", direction="increase", value=None, unit=None)
    old = claim(kind="level", direction=None, unit="count", value=46_900, metric="crimes",
                period_start="2018-01-01", period_end="2018-12-31")
    new = claim(kind="level", direction=None, unit="count", value=48_100, metric="crimes")
    assert status_of(release(h, old, new)) == "consistent"
    fall = replace_fields(h, text="falls", direction="decrease")
    assert status_of(release(fall, old, new)) == "contradicted"
    # refusal: two levels for the same period imply nothing
    same = claim(kind="level", direction=None, unit="count", value=46_900, metric="crimes")
    assert status_of(release(h, same, new)) == "unsupported"
    # refusal: the levels of another measure say nothing of the crime rate
    other = [claim(kind="level", direction=None, unit="count", value=v, metric="arrests", period_start=f"{y}-01-01",
                   period_end=f"{y}-12-31") for v, y in ((900, 2018), (950, 2019))]
    assert status_of(release(h, *other)) == "unsupported"


# --------------------------------------------------------------------------- a stress set of releases

#: (release area, "headline\n\nbody", status of each headline claim in order). Written for these tests in
#: the style of force releases and local news; one case per rule of "Headline against body".
STRESS_RELEASES = [
    ("Durham", "Crime drops\n\nCrime across County Durham and Darlington fell by 4.1 per cent in the year to "
     "March 2023, figures from the Office for National Statistics show. Durham Constabulary recorded 58,912 "
     "offences over the 12 months.", ["consistent"]),
    ("Cumbria", "Total crime down again\n\nTotal recorded crime in Cumbria has fallen for the second year in a "
     "row. The constabulary logged 29,406 crimes in 2022/23, a reduction of 2.3 per cent on the previous year.",
     ["consistent"]),
    ("Gwent", "Crime statistics show fall\n\nThe latest crime statistics for Gwent show a 5% reduction in "
     "recorded crime compared with the previous 12 months. Violent offences were down 8%, while shoplifting "
     "rose by 21%.", ["consistent"]),
    ("West Yorkshire", "Violence up\n\nViolent crime in West Yorkshire rose by 6 per cent in the year to June "
     "2023. Overall crime fell by 2 per cent over the same period.", ["consistent"]),
    ("Lincolnshire", "Burglaries down\n\nThere were 3,112 burglaries in Lincolnshire in 2022, 14% fewer than in "
     "2021. Detective Inspector Sarah Cole said the figures were encouraging.", ["consistent"]),
    ("Norfolk", "Police report a steep increase in the level of offending\n\nNorfolk Constabulary recorded "
     "71,200 crimes in the 12 months to September 2023, an increase of 11% on the previous year. Sexual "
     "offences rose by 17%.", ["consistent"]),
    ("Essex", "Essex crime rises by 3pc\n\nCrime in Essex went up by 3.4 per cent last year, according to the "
     "Office for National Statistics. Essex Police recorded 172,000 offences in the 12 months to December.",
     ["consistent"]),
    ("Essex", "Essex crime rises by 3pc\n\nCrime in Essex went up by 7.9 per cent last year, according to the "
     "Office for National Statistics.", ["qualified"]),
    ("Avon and Somerset", "Recorded offences fall\n\nAvon and Somerset Police recorded 134,000 offences in the "
     "year ending March 2023, a fall of 1.8 per cent. The force said it was focusing on repeat offenders.",
     ["consistent"]),
    ("Thames Valley", "Car crime down a quarter\n\nVehicle crime across the Thames Valley fell by 26 per cent "
     "in the six months to September compared with the same period last year.", ["consistent"]),
    ("Merseyside", "Burglary down a quarter\n\nBurglaries on Merseyside fell by 12 per cent in 2022, the force "
     "said. Officers made 640 arrests.", ["qualified"]),
    # a place and no measure: nothing for the body to back
    ("Hampshire", "Big fall for Portsmouth\n\nRecorded crime in Portsmouth fell by 9% in the year to March "
     "2023, Hampshire Constabulary said. Across the county, crime fell by 3%.", ["unsupported"]),
    ("Sheffield", "Crime in Sheffield falls by 4%\n\nRecorded crime in Sheffield dropped by 4.2 per cent in "
     "the year to March 2023. South Yorkshire Police said anti-social behaviour was also down.", ["consistent"]),
    ("Guernsey", "Crime in Guernsey falls in 2022 says annual report\n\nThe number of crimes recorded on the "
     "island fell by 7% in 2022, the annual report of the Bailiwick's police shows. Burglary was down by 18 "
     "per cent.", ["consistent"]),
    # a total backed only by its sub-measures
    ("Leicestershire", "Crime falls across Leicestershire\n\nBurglary in Leicestershire fell by 12% in the "
     "year to March 2023. Robbery was down 7% and vehicle crime dropped by 15%.", ["unsupported"]),
    # a survey estimate against a recorded-crime headline, and a survey headline
    ("Kent", "Crime falls in Kent\n\nThe Crime Survey for England and Wales suggests crime in the county fell "
     "by 8% in the year to March 2023. The survey asks people about crimes they have experienced.",
     ["unsupported"]),
    ("England and Wales", "Recorded crime rises by 12 per cent but survey shows fall\n\nPolice in England and "
     "Wales recorded 12% more crimes in the year to March 2023. The Crime Survey for England and Wales showed "
     "a 10% fall in crime over the same period.", ["consistent", "consistent"]),
    # a national, a regional or another force's figure against a force headline
    ("North Wales", "North Wales crime down\n\nRecorded crime across England and Wales fell by 5% in the year "
     "to March 2023, the Office for National Statistics said. Figures for individual forces will follow next "
     "month.", ["unsupported"]),
    ("Suffolk", "Suffolk crime down\n\nRecorded crime in Suffolk fell by 3% in the year to March 2023. Across "
     "England and Wales, crime rose by 2% over the same period.", ["consistent"]),
    ("Cheshire", "Crime falls in Cheshire\n\nCrime across the North West fell by 4% in the year to March "
     "2023. Cheshire Police did not publish its own figures.", ["unsupported"]),
    ("Surrey", "Crime falls in Surrey\n\nRecorded crime in Sussex fell by 6% in the year to March 2023. Surrey "
     "Police will publish its figures next week.", ["unsupported"]),
    ("Kent", "Crime in Kent rises\n\nRecorded crime in Kent rose by 4% in the year to March 2023, compared "
     "with a fall of 2% nationally.", ["consistent"]),
    # a body figure for another period, a part of the reported period
    ("Gloucestershire", "Crime rises in Gloucestershire\n\nCrime in Gloucestershire rose by 4% in the year to "
     "March 2023. In 2019, recorded crime had fallen by 6%.", ["consistent"]),
    ("Avon and Somerset", "Crime falls\n\nRecorded crime in Avon and Somerset fell by 5% in the year to March "
     "2023. In the three months to March it rose by 1% on the previous quarter.", ["consistent"]),
    ("Sussex", "Crime up 4% in first half of 2023\n\nRecorded crime in Sussex rose by 4% between January and "
     "June 2023 compared with the same period of 2022. Over the full year to March, crime fell by 1%.",
     ["consistent"]),
    # the body states the change only in words
    ("Wiltshire", "Crime falls in Wiltshire\n\nRecorded crime in Wiltshire fell in the year to March 2023, "
     "police said. Chief Constable Catherine Roper said the county remained one of the safest in the country.",
     ["unsupported"]),
    ("Wiltshire", "Crime falls in Wiltshire\n\nRecorded crime in Wiltshire fell in the year to March 2023. "
     "Burglary fell by 10%.", ["unsupported"]),
    # a change headline against two body levels for successive periods
    ("Dorset", "Crime falls in Dorset\n\nDorset Police recorded 49,850 crimes in 2022/23. In 2021/22 the force "
     "recorded 52,310 crimes.", ["consistent"]),
    ("Dorset", "Crime falls in Dorset\n\nDorset Police recorded 54,850 crimes in 2022/23. In 2021/22 the force "
     "recorded 52,310 crimes.", ["contradicted"]),
    ("Cumbria", "Crime rises in Cumbria\n\nCumbria Police recorded 7,410 crimes between April and June 2023, "
     "compared with 6,980 crimes between April and June 2022.", ["consistent"]),
    # the statuses
    ("Cleveland", "Crime falls in Cleveland\n\nRecorded crime in Cleveland rose by 7% in the year to March "
     "2023. Violent crime increased by 10%.", ["contradicted"]),
    ("Staffordshire", "Drop in crime\n\nThe Office for National Statistics reports a 10% drop in recorded crime "
     "in Staffordshire in 2022. But the force says the actual decrease is closer to 2%.", ["qualified"]),
    ("Bedfordshire", "Crime falls by 10%\n\nRecorded crime in Bedfordshire fell by 4% in the year to March "
     "2023.", ["qualified"]),
    ("Warwickshire", "Crime levels remain stable\n\nRecorded crime in Warwickshire rose by 0.4% in the year to "
     "March 2023, figures show.", ["consistent"]),
    ("Warwickshire", "Crime levels remain stable\n\nRecorded crime in Warwickshire rose by 8% in the year to "
     "March 2023, figures show.", ["qualified"]),
    ("Norfolk", "Burglaries down in Norfolk\n\nBurglary in Norfolk rose by 4% in the year to March 2023, while "
     "robbery fell by 10%.", ["contradicted"]),
    # the same measure, not the same last word
    ("Northumbria", "Crime up in Northumbria\n\nViolent crime in Northumbria rose by 9% in the year to March "
     "2023. Knife crime rose by 4%.", ["unsupported"]),
    ("Lancashire", "Offences fall\n\nCOVID offences in Lancashire fell by 80% in the year to March 2022 as "
     "restrictions eased. Officers issued 120 fixed penalty notices.", ["unsupported"]),
    ("Derbyshire", "Crime down 6% in Derbyshire\n\nCrimes recorded by police in Derbyshire fell by 6 per cent "
     "in 2022. There were 8,200 fewer victims.", ["consistent"]),
    ("West Midlands", "Burglaries down\n\nResidential burglary across the West Midlands fell by 11% in the 12 "
     "months to June 2023.", ["consistent"]),
    ("Essex", "Anti-social behaviour down in Essex\n\nRecorded crime in Essex fell by 2% in the year to March "
     "2023.", ["unsupported"]),
    ("Merseyside", "Violent crime falls\n\nViolence with injury on Merseyside fell by 6% in the year to March "
     "2023.", ["consistent"]),
    ("Lancashire", "Crime falls in Lancashire\n\nRecorded crime in Lancashire fell by 5% in the year to March "
     "2023. In Preston, crime rose by 3%.", ["consistent"]),
    # headline-ese: no verb, or a gerund measure
    ("Hertfordshire", "Hertfordshire crime up\n\nCrime in Hertfordshire rose by 2% in the year to March 2023. "
     "Over the past five years it has risen by 15%.", ["consistent"]),
    ("Kent", "Violence up, crime down\n\nRecorded crime in Kent fell by 3% in the year to March 2023. Violence "
     "against the person rose by 5%.", ["consistent", "consistent"]),
    ("Dyfed-Powys", "Offending rises\n\nDyfed-Powys Police recorded a 9% increase in crime in the year to March "
     "2023. Officers said rural theft was a particular concern.", ["consistent"]),
    ("Nottinghamshire", "Sharp rise in shoplifting\n\nShoplifting offences in Nottinghamshire rose by 27 per "
     "cent in the year to June 2023, while burglary fell by 5 per cent.", ["consistent"]),
    ("Greater Manchester", "Crime rises 5pc in Greater Manchester\n\nGreater Manchester Police recorded 5.2 per "
     "cent more crimes in the year to March 2023 than the year before.", ["consistent"]),
    ("Surrey", "Fraud reports have doubled\n\nReports of fraud to Surrey Police rose by 96% in the year to March "
     "2023.", ["consistent"]),
    ("Wiltshire", "Fewer burglaries in Swindon\n\nThere were 180 fewer burglaries in Swindon in 2022 than in "
     "2021, Wiltshire Police said.", ["consistent"]),
    ("Kent", "Kent violent crime up 7pc\n\nViolence against the person in Kent rose by 7.4 per cent in the year "
     "to March 2023.", ["consistent"]),
    ("Cheshire", "Crime falls by almost 4%\n\nRecorded crime in Cheshire fell by 3.8% in the year to March 2023.",
     ["consistent"]),
    ("Kent", "Violent crime falls 5% but sexual offences rise\n\nViolent crime in Kent fell by 5% in the year to "
     "March 2023, while sexual offences rose by 9%.", ["consistent", "consistent"]),
    ("London", "Robberies plunge across the capital\n\nRobbery in London fell by 18% in the year to March 2023, "
     "the Metropolitan Police said.", ["consistent"]),
    ("Devon and Cornwall", "Crime down by 4,000 offences\n\nDevon and Cornwall Police recorded 4,012 fewer "
     "crimes in 2022/23 than the year before.", ["consistent"]),
    # the national figure is no backing; the force's own figure is, and differs
    ("Kent", "Crime up 8pc\n\nCrime across England and Wales rose by 8 per cent in the year to March 2023. In "
     "Kent, crime rose by 3 per cent.", ["qualified"]),
    # a level is no change; the change only in words is no figure
    ("Lincolnshire", "Rise in burglaries\n\nThere were 3,500 burglaries in Lincolnshire in the year to March "
     "2023.", ["unsupported"]),
    ("Norfolk", "Shoplifting surges in Norwich\n\nShoplifting in Norwich has risen sharply this year, business "
     "leaders said. Norfolk Police recorded 2,900 shoplifting offences in the city in 2022.", ["unsupported"]),
    ("Dorset", "Crime fell in 2022\n\nRecorded crime in Dorset fell by 4% in 2022. In the first three months of "
     "2023 it rose by 2%.", ["consistent"]),
    ("Cleveland", "Anti-social behaviour falls by a third\n\nReports of anti-social behaviour in Cleveland fell "
     "by 31% in 2022.", ["consistent"]),
    ("Kent", "Thefts up in Kent\n\nThefts in Kent rose from 21,400 in 2021/22 to 23,900 in 2022/23.",
     ["consistent"]),
    # a rank is no figure
    ("Durham", "Burglary at lowest level for a decade\n\nThere were 2,100 burglaries in County Durham in 2022, "
     "the lowest number for ten years, and 12% fewer than in 2021.", ["no_headline_claim"]),
    # round 7: one headline claim per measure of a coordinated subject, each read in its own clause
    ("Gwent", "Burglary and robbery down but shoplifting on the rise\n\nBurglary in Gwent fell by 8% in the year "
     "to March 2023 and robbery fell by 5%. Shoplifting rose by 19%.", ["consistent", "consistent", "consistent"]),
    ("Tayside", "Housebreakings and vandalism are down across Tayside\n\nPolice Scotland figures show "
     "housebreakings in Tayside fell by 12 per cent between April and December 2022. Vandalism was down 6 per "
     "cent over the same period.", ["consistent", "consistent"]),
    ("Hampshire", "Rise in drug offences but burglary and robbery fall\n\nDrug offences in Hampshire rose by 9% "
     "in 2022. Burglary fell by 11% and robbery fell by 4%.", ["consistent", "consistent", "consistent"]),
    ("Surrey", "Violent crime and sexual offences continue to rise in Surrey\n\nViolent crime in Surrey rose by "
     "6% in the year to March 2023, while sexual offences rose by 14%.", ["consistent", "consistent"]),
    ("Norfolk", "Police reveal burglaries and thefts are falling\n\nBurglaries in Norfolk fell by 7% in 2022 "
     "and thefts were down 3%.", ["consistent", "consistent"]),
    ("Durham", "Knife crime and robbery on the increase as overall crime falls\n\nKnife crime in County Durham "
     "rose by 12% in 2022 and robbery went up by 6%. Overall crime fell by 2%.",
     ["consistent", "consistent", "consistent"]),
    # a measure after "but" is not what the change before it is about: drug crime rose, robbery fell
    ("Lothians", "Increase in drug crime but robbery down\n\nRobbery in the Lothians fell by 10 per cent in "
     "2022.", ["unsupported", "consistent"]),
    # refusals: places joined before one measure are its area, not two measures
    ("Kent", "Kent and Essex crime down\n\nRecorded crime in Kent fell by 3% in 2022.", ["consistent"]),
    # round 9: the sub-categories of vehicle offences are measures of their own: their figures neither
    # qualify nor contradict vehicle crime as a whole, and vehicle crime's own figure backs no sub-category
    ("Merseyside", "Car crime continues to fall\n\nVehicle crime in Merseyside fell by 8% in the year to March "
     "2023. Theft of motor vehicles was down 3 per cent and thefts from vehicles dropped by 12%.", ["consistent"]),
    ("Avon and Somerset", "Thefts of vehicles on the rise\n\nVehicle offences across Avon and Somerset went down "
     "by 5% last year, although thefts of vehicles rose by 9%.", ["consistent"]),
    ("Avon and Somerset", "Thefts of vehicles on the rise\n\nVehicle offences across Avon and Somerset went down "
     "by 5% last year.", ["unsupported"]),
    # neighbourhood crime (burglary, robbery, theft from the person, vehicle crime) is not crime as a whole
    ("Leicestershire", "Crime falls across Leicestershire\n\nNeighbourhood crime in Leicestershire dropped by 9% "
     "in the year to June 2023, while victim-based crime was down 2%.", ["unsupported"]),
    ("Leicestershire", "Neighbourhood crime down\n\nThe force recorded 9% fewer neighbourhood crimes in the year "
     "to June 2023 than a year before.", ["consistent"]),    # a headline line is one sentence: "down by a fifth" stays one change of 20%, not a direction and a level
    ("Cleveland", "Police figures show burglary is down by a fifth\n\nBurglaries in Cleveland fell by "
     "21% in the six months to September.", ["consistent"]),
]


@pytest.mark.parametrize("area, text, statuses", STRESS_RELEASES,
                         ids=[f"{a}-{t.split(chr(10))[0]}" for a, t, _ in STRESS_RELEASES])
def test_comparison_stress_release(area: str, text: str, statuses: list[str]) -> None:
    from extractor.api import extract_text
    title, body = text.split("\n\n", 1)
    release_text = f"---\ntitle: \"{title}\"\narea: {area}\npublish:\n  date: 10:00 20/07/2023\n---\n\n{body}\n"
    rows = extract_text(release_text, release_id="t").comparison
    assert rows["status"].tolist() == statuses, rows["note"].tolist()


@pytest.mark.parametrize("area, text, statuses", [
    pytest.param("London", "Knife crime rises in London\n\nKnife crime in London rose by 20% in the year to March "
                 "2023, Metropolitan Police figures show.", ["consistent"],
                 marks=pytest.mark.xfail(reason="the parser splits the body's first word off as a sentence of "
                                                "its own when it repeats the headline's, so the figure is read "
                                                "as 'crime'")),
    # the figure's area is read as 'the City': a pointer, so the release's own area (the City of London)
    ("City of London", "Crime halved\n\nRecorded crime in the City of London fell by 48% in the year "
     "to March 2021.", ["consistent"]),
])
def test_comparison_stress_release_known_misses(area: str, text: str, statuses: list[str]) -> None:
    test_comparison_stress_release(area, text, statuses)


# --------------------------------------------------------------------------- round 8: headline forms and metadata forms

def release_text(form: str, area: str, date: str, text: str) -> str:
    """An invented release in one of the metadata forms: ``title`` (front matter title), ``og`` (og.title
    and, on the headline's second line if any, og.description) or ``none`` (no metadata: the first line is
    the headline, with no area and no date)."""
    head_part, body = text.split("\n\n", 1)
    if form == "none":
        return f"{head_part}\n{body}\n"
    title, _, description = head_part.partition("\n")
    meta = [f"area: {area}", "publish:", f"  date: 10:00 {date}"]
    if form == "title":
        meta.insert(0, f"title: \"{title}\"")
    else:
        meta[:0] = ["og:", f"  title: \"{title}\""] + ([f"  description: \"{description}\""] if description else [])
    return "---\n" + "\n".join(meta) + "\n---\n\n" + body + "\n"


# (form, area, publication date, headline (+ "\n" og.description) "\n\n" body, the statuses of the rows).
# Invented releases in the forms real headlines take: title and sentence case, slugs, headline-ese with
# no verb, figures in words and digits, "pc"; the body backs, qualifies, contradicts or leaves unsupported.
STRESS_FORMS = [
    # slugs
    ("title", "Essex", "05/03/2019", "crime-figures-rise-in-essex\n\nRecorded crime in Essex rose by 4% in the "
     "year to December 2018, figures show.", ["consistent"]),
    ("title", "South Wales", "14/01/2020", "burglary-down-by-a-quarter\n\nBurglaries across South Wales fell by "
     "26 per cent in 2019 compared with 2018.", ["consistent"]),
    ("title", "North Wales", "20/07/2020", "drug-offences-up-in-north-wales\n\nDrug offences recorded by North "
     "Wales Police rose by 14% in the year to March 2020.", ["consistent"]),
    ("none", "", "", "shoplifting-soars-in-york\n\nShoplifting in York rose by 35% in 2023, North Yorkshire "
     "Police said.", ["consistent"]),
    # a slug that drops "in" between the change and its measure
    ("title", "Gloucestershire", "21/01/2016", "Increase burglaries gloucestershire\n\nBurglaries in "
     "Gloucestershire rose by 9 per cent in 2015.", ["consistent"]),
    ("title", "North Yorkshire", "19/10/2017", "Rise sexual offences north yorkshire\n\nSexual offences recorded "
     "in North Yorkshire rose by 23% in the year to June 2017.", ["consistent"]),
    # headline forms
    ("title", "Lancashire", "18/01/2023", "Shoplifting on the rise in Lancashire\n\nShoplifting offences recorded "
     "by Lancashire Constabulary rose by 18 per cent in 2022 compared with 2021.", ["consistent"]),
    ("title", "Hampshire", "17/07/2014", "Crime falls for fifth year\n\nRecorded crime in Hampshire fell by 3% in "
     "the year to March 2014, the fifth annual fall in a row.", ["consistent"]),
    ("title", "Thames Valley", "19/01/2017", "Burglaries up by a third\n\nBurglaries in the Thames Valley rose by "
     "34% in 2016 compared with 2015.", ["consistent"]),
    ("title", "Thames Valley", "19/01/2017", "Burglaries up by a third\n\nBurglaries in the Thames Valley rose by "
     "12% in 2016 compared with 2015.", ["qualified"]),
    ("title", "West Yorkshire", "18/01/2019", "Knife crime soars 20pc\n\nKnife crime in West Yorkshire rose by "
     "20.4 per cent in the year to September 2018.", ["consistent"]),
    ("title", "West Yorkshire", "18/01/2019", "Knife crime soars 20pc\n\nKnife crime in West Yorkshire fell by "
     "3 per cent in the year to September 2018, police said.", ["contradicted"]),
    ("title", "South Wales", "25/01/2018", "Violent crime down but sexual offences up\n\nViolent crime in South "
     "Wales fell by 6% in 2017, while sexual offences rose by 11%.", ["consistent", "consistent"]),
    # a rank is no figure and no change
    ("title", "Durham", "21/01/2016", "Force records lowest crime in a decade\n\nDurham Constabulary recorded "
     "41,200 crimes in 2015, the lowest number for ten years.", ["no_headline_claim"]),
    ("title", "Cumbria", "19/07/2012", "Police welcome drop in crime\n\nRecorded crime in Cumbria fell by 5.2% in "
     "the year to March 2012. The chief constable said the figures were encouraging.", ["consistent"]),
    ("title", "Kent", "22/10/2021", "Crime rises: figures\n\nRecorded crime in Kent rose by 7% in the year to "
     "June 2021.", ["consistent"]),
    # the guide is silent on questions; a question asserts no change, so there is no headline claim
    ("title", "Merseyside", "22/07/2010", "Is crime really falling?\n\nRecorded crime on Merseyside fell by 2% in "
     "the year to March 2010.", ["no_headline_claim"]),
    ("title", "Gwent", "20/01/2011", "Crime Falls By Five Per Cent In Gwent\n\nRecorded crime in Gwent fell by "
     "5.3% in 2010.", ["consistent"]),
    ("title", "Tayside", "12/02/2020", "Robbery Rises Across Tayside\n\nRobberies in Tayside went up by 9 per cent "
     "between April and December 2019.", ["consistent"]),
    ("title", "Suffolk", "20/07/2017", "Crime up 8 per cent in Suffolk as violence rises\n\nRecorded crime in "
     "Suffolk rose by 8.2% in the year to March 2017. Violence against the person rose by 15%.",
     ["consistent", "consistent"]),
    ("title", "Fife", "30/06/2019", "Crime rate falls in Fife\n\nRecorded crime in Fife fell by 4% in 2018-19.",
     ["consistent"]),
    ("title", "Gwent", "20/07/2017", "Sexual offences double in Gwent\n\nSexual offences recorded by Gwent Police "
     "rose by 97% in the year to March 2017.", ["consistent"]),
    ("title", "Gwent", "20/07/2017", "Sexual offences double in Gwent\n\nSexual offences recorded by Gwent Police "
     "rose by 40% in the year to March 2017.", ["qualified"]),
    ("title", "Northamptonshire", "19/01/2012", "Car crime falls\n\nVehicle crime in Northamptonshire fell by 11% "
     "in 2011.", ["consistent"]),
    ("title", "Wiltshire", "21/01/2016", "Anti-social behaviour drops\n\nReports of anti-social behaviour in "
     "Wiltshire fell by 9 per cent in 2015.", ["consistent"]),
    ("title", "Scotland", "29/06/2021", "Hate crime up 15%\n\nHate crimes recorded by Police Scotland rose by 15 "
     "per cent in 2020-21.", ["consistent"]),
    ("title", "Devon and Cornwall", "20/01/2022", "Fraud soars by 40 per cent\n\nFraud reported by people in Devon "
     "and Cornwall rose by 38% in 2021.", ["qualified"]),
    ("title", "Cheshire", "21/07/2016", "Crime stable in Cheshire\n\nRecorded crime in Cheshire rose by 0.5% in "
     "the year to March 2016.", ["consistent"]),
    ("title", "Cheshire", "21/07/2016", "Crime stable in Cheshire\n\nRecorded crime in Cheshire rose by 6% in the "
     "year to March 2016.", ["qualified"]),
    ("title", "Lincolnshire", "20/01/2010", "Crime unchanged\n\nRecorded crime in Lincolnshire fell by 1.2% in "
     "2009.", ["consistent"]),
    ("title", "Norfolk", "19/01/2012", "Burglary falls, figures show\n\nBurglaries in Norfolk rose by 6% in 2011 "
     "compared with 2010.", ["contradicted"]),
    # Northern Ireland and Scotland
    ("title", "Belfast", "15/05/2020", "Crime down in Belfast\n\nRecorded crime in Belfast fell by 3.4% in "
     "2019/20, PSNI statistics show.", ["consistent"]),
    ("title", "Belfast", "15/05/2020", "Crime down in Belfast\n\nAcross Northern Ireland, recorded crime fell by "
     "2% in 2019/20.", ["unsupported"]),
    ("title", "Glasgow", "28/09/2010", "Robberies rise by 12% in Glasgow\n\nRobbery in Glasgow rose by 12.4 per "
     "cent in 2009-10.", ["consistent"]),
    ("title", "Scotland", "24/09/2019", "Homicides fall in Scotland\n\nThere were 59 homicides in Scotland in "
     "2018-19, 2 fewer than the year before.", ["consistent"]),
    ("title", "Northern Ireland", "30/11/2017", "Racist incidents double\n\nRacist incidents in Northern Ireland "
     "rose by 102% over five years.", ["consistent"]),
    # several claims, each against its own measure
    ("title", "Staffordshire", "20/07/2015", "Crime falls by 10% as burglary rises\n\nRecorded crime in "
     "Staffordshire fell by 9.6% in the year to March 2015. Burglary rose by 3%.", ["consistent", "consistent"]),
    ("title", "Bedfordshire", "19/01/2017", "Burglary down but robbery up in Bedfordshire\n\nBurglary in "
     "Bedfordshire fell by 7% in 2016. Robbery fell by 2%.", ["consistent", "contradicted"]),
    ("title", "West Yorkshire", "18/01/2018", "Robbery and burglary fall in Leeds\n\nRobberies in Leeds fell by 8% "
     "in 2017 and burglaries fell by 11%.", ["consistent", "consistent"]),
    # pointers, levels, participles
    ("title", "Staffordshire", "16/07/2009", "Crime falls across the county\n\nRecorded crime in Staffordshire "
     "fell by 2 per cent in 2008/09.", ["consistent"]),
    ("title", "Warwickshire", "16/01/2013", "Drop in crime\n\nThere were 31,000 crimes in Warwickshire in "
     "2012.", ["unsupported"]),
    ("title", "Avon and Somerset", "17/07/2019", "Rise in violent crime blamed on alcohol\n\nViolent crime in Avon "
     "and Somerset rose by 5% in the year to March 2019.", ["consistent"]),
    ("title", "Sussex", "17/07/2018", "Crime down 5% says PCC\n\nRecorded crime in Sussex fell by 5.4% in the year "
     "to March 2018.", ["consistent"]),
    ("title", "Norfolk", "22/01/2015", "Violent crime rose 7pc last year\n\nViolent crime in Norfolk rose by 7.2% "
     "in 2014.", ["consistent"]),
    ("title", "Leicestershire", "16/01/2014", "Recorded crime falls by 2,000 offences\n\nLeicestershire Police "
     "recorded 2,012 fewer crimes in 2013 than in 2012.", ["consistent"]),
    ("title", "Leicestershire", "16/01/2014", "Recorded crime falls by 2,000 offences\n\nLeicestershire Police "
     "recorded 3,500 fewer crimes in 2013 than in 2012.", ["qualified"]),
    ("title", "Avon and Somerset", "17/01/2008", "Burglary soars in Bristol\n\nBurglaries in Bristol rose by 20% in "
     "2007, police said.", ["consistent"]),
    ("title", "Wales", "21/07/2016", "Crime in Wales falls 4%\n\nRecorded crime in Wales fell by 4.1% in the year "
     "to March 2016.", ["consistent"]),
    ("title", "Wales", "21/07/2016", "Crime in Wales falls 4%\n\nRecorded crime across England and Wales fell by 4% "
     "in the year to March 2016.", ["unsupported"]),
    ("title", "Nottinghamshire", "23/01/2014", "Crime rises for first time in a decade\n\nRecorded crime in "
     "Nottinghamshire rose by 3% in 2013.", ["consistent"]),
    ("title", "Swansea", "20/01/2011", "Police record 10% fall in crime\n\nRecorded crime in Swansea fell by 10.3% "
     "in 2010.", ["consistent"]),
    ("title", "Dyfed-Powys", "18/10/2018", "Theft rises 25 per cent\n\nTheft offences in Dyfed-Powys rose by 25% in "
     "the year to June 2018.", ["consistent"]),
    ("title", "Essex", "20/01/2010", "Vehicle crime down 15pc\n\nVehicle crime in Essex fell by 15 per cent in "
     "2009.", ["consistent"]),
    # a participle between the change and its measure
    ("title", "South Wales", "19/01/2012", "Drop in burglaries reported in Swansea\n\nBurglaries in Swansea fell by "
     "15% in 2011, South Wales Police said.", ["consistent"]),
    ("title", "Humberside", "17/01/2013", "Sharp rise recorded in drug offences\n\nDrug offences in Humberside "
     "rose by 22% in 2012.", ["consistent"]),
    ("title", "Cleveland", "17/01/2013", "Big fall seen in car crime\n\nVehicle crime in Cleveland fell by 14% in "
     "2012.", ["consistent"]),
    # a joint area: figures for each of its parts back it without disagreeing with each other
    ("title", "Hampshire and the Isle of Wight", "20/07/2023", "Crime up across Hampshire and the Isle of Wight\n\n"
     "Recorded crime in Hampshire rose by 6% in the year to March 2023. On the Isle of Wight, recorded crime "
     "rose by 3%.",
     ["consistent"]),
    ("title", "Cambridgeshire and Peterborough", "20/07/2023", "Increase in recorded crimes\n\nCrime in "
     "Cambridgeshire rose by 11 per cent in the year to March 2023, and crime in Peterborough rose by 4 per "
     "cent.", ["consistent"]),
    # og.title and og.description: both are the headline, each claim against the body
    ("og", "Dorset", "20/01/2023", "Crime falls in Dorset\nRecorded crime in Dorset fell by 4% in 2022, police "
     "figures show.\n\nDorset Police recorded 4.1% fewer crimes in 2022 than in 2021.", ["consistent", "consistent"]),
    ("og", "Edinburgh", "30/06/2020", "Violent crime rises | Police Scotland\nViolent crime in Edinburgh went up by "
     "6 per cent in 2019-20.\n\nViolent crime in Edinburgh rose by 6.2 per cent in 2019-20, figures show.",
     ["consistent", "consistent"]),
    ("og", "Leicestershire", "20/07/2022", "Knife crime down\nKnife crime in Leicestershire has fallen by 12 per "
     "cent.\n\nKnife crime in Leicestershire fell by 9 per cent in the year to June 2022.",
     ["consistent", "qualified"]),
    ("og", "Surrey", "24/01/2019", "Crime figures published\nCrime in Surrey rose by 5% last year.\n\nRecorded "
     "crime in Surrey rose by 5 per cent in 2018.", ["consistent"]),
    ("og", "Cleveland", "24/01/2019", "Burglary down\nThe number of burglaries in Cleveland fell last year, police "
     "said.\n\nBurglaries in Cleveland fell by 10% in 2018.", ["consistent", "consistent"]),
    ("og", "Gwent", "24/01/2019", "Crime rises in Gwent | South Wales Argus\n\nRecorded crime in Gwent rose by 8% "
     "in 2018.", ["consistent"]),
    ("og", "Kent", "20/07/2023", "Crime falls in Kent\nKent Police recorded 3% fewer crimes.\n\nRecorded crime in "
     "Kent fell by 7% in the year to March 2023.", ["consistent", "qualified"]),
    # no metadata: the first line is the headline
    ("none", "", "", "Crime falls in Northamptonshire\n\nRecorded crime in Northamptonshire fell by 6% in the year "
     "to March 2017, figures show.", ["consistent"]),
    ("none", "", "", "Burglaries up by a fifth\n\nBurglaries in Suffolk rose by 21 per cent in 2016.",
     ["consistent"]),
    ("none", "", "", "Violent crime falls\n\nViolent crime in Somerset rose by 4% in 2019.", ["contradicted"]),
    ("none", "", "", "Crime down 10 per cent\n\nRecorded crime in Devon fell by 4% in 2018.", ["qualified"]),
    ("none", "", "", "Police chief praises officers\n\nRecorded crime in Cumbria fell by 4% in 2018.",
     ["no_headline_claim"]),
    ("none", "", "", "Crime Rises Across Norfolk\n\nNorfolk Police recorded 5% more crimes in 2017 than in 2016.",
     ["consistent"]),
    ("none", "", "", "Anti-social behaviour up in Newport\n\nRecorded crime in Newport fell by 3% in 2019.",
     ["unsupported"]),
    # a category headline: the total decides, one category going the other way does not contradict it
    ("title", "Lothians", "20/10/2021", "Drop in most crime types\n\nRecorded crime in the Lothians fell by 4% "
     "between April and September 2021. Robbery rose by 2% and housebreakings fell by 8%.", ["consistent"]),
    # a survey's estimate for an offence group is not the police figure the headline is about
    ("title", "Cumbria", "21/07/2016", "Violent crime up in Cumbria\n\nViolent crime recorded by Cumbria Police "
     "rose by 6% in the year to March 2016. The Crime Survey for England and Wales suggested that violent crime "
     "fell by 3% over the same period.", ["consistent"]),
    # a generic noun counting a figure ("by 35 offences") is the subject's measure, here solved crimes
    ("title", "Wiltshire", "19/07/2018", "Crime falls in Wiltshire\n\nRecorded crime in Wiltshire fell by 4% in "
     "the year to March 2018. The number of crimes solved has risen by 35 offences.", ["consistent"]),
    # a rate headline with only the count's levels for two years
    ("title", "Dorset", "20/07/2017", "Dorset crime rate rises\n\nThere were 41,200 crimes recorded in Dorset in "
     "the year to March 2017, up from 38,900 crimes in the year to March 2016.", ["consistent"]),
    # a change that ended before the period the body reports: nothing in the body is about it
    ("title", "Northern Ireland", "22/05/2014", "Crime rises after four years of decline\n\nRecorded crime in "
     "Northern Ireland rose by 2.3% in 2013/14.", ["consistent", "unsupported"]),
]


@pytest.mark.parametrize("form, area, date, text, statuses", STRESS_FORMS,
                         ids=[f"{f}-{t.split(chr(10))[0]}" for f, _, _, t, _ in STRESS_FORMS])
def test_comparison_stress_headline_forms(form: str, area: str, date: str, text: str, statuses: list[str]) -> None:
    from extractor.api import extract_text
    rows = extract_text(release_text(form, area, date, text), release_id="t").comparison
    assert rows["status"].tolist() == statuses, list(zip(rows["headline_text"], rows["metric"], rows["note"]))


# refusals of the round-8 rules: each must NOT fire here
STRESS_FORMS_REFUSALS = [
    # a participle's "in" naming a place says where, not what: no measure
    ("title", "Kent", "20/07/2023", "Big fall recorded in Kent\n\nRecorded crime in Kent fell by 3% in the year to "
     "March 2023.", ["unsupported"]),
    # a change word opening a slug runs into a place, not a measure
    ("title", "North Yorkshire", "19/10/2017", "Rise north yorkshire\n\nSexual offences recorded in North "
     "Yorkshire rose by 23% in the year to June 2017.", ["unsupported"]),
    # a "why" question presupposes the change it asks about
    ("title", "Merseyside", "22/07/2010", "Why has crime risen?\n\nRecorded crime on Merseyside rose by 2% in the "
     "year to March 2010.", ["consistent"]),
    # two figures for the same place still disagree
    ("title", "Hampshire and the Isle of Wight", "20/07/2023", "Crime up across Hampshire and the Isle of Wight\n\n"
     "Recorded crime in Hampshire rose by 6% in the year to March 2023, police said. Home Office figures show "
     "that crime in Hampshire rose by 2%.", ["qualified"]),
    # without a figure for the whole, a category going the other way still contradicts a category headline
    ("title", "Lothians", "20/10/2021", "Drop in most crime types\n\nRobbery in the Lothians rose by 2% between "
     "April and September 2021.", ["contradicted"]),
    # "after" with no span of time, and a change before "after": about the reported period
    ("title", "Kent", "20/07/2023", "Burglary falls after police campaign\n\nBurglary in Kent fell by 8% in the year "
     "to March 2023.", ["consistent"]),
    ("title", "Kent", "20/07/2023", "Burglary falls after four years\n\nBurglary in Kent fell by 8% in the year to "
     "March 2023.", ["consistent"]),
    # police figures named after the survey: the figure is the police's and contradicts
    ("title", "Cumbria", "21/07/2016", "Violent crime up in Cumbria\n\nThe Crime Survey for England and Wales was "
     "published today, and violent crime recorded by Cumbria Police fell by 3% in the year to March 2016.",
     ["contradicted"]),
    # a rise whose subject is crime itself contradicts, whatever noun counts it
    ("title", "Wiltshire", "19/07/2018", "Crime falls in Wiltshire\n\nRecorded crime in Wiltshire is up by 350 "
     "offences in the year to March 2018.", ["contradicted"]),
    # Title Case with no measure before the change: nothing to back
    ("title", "North Yorkshire", "20/07/2023", "Big Falls In The Dales\n\nRecorded crime in North Yorkshire fell "
     "by 3% in the year to March 2023.", ["unsupported"]),
]


@pytest.mark.parametrize("form, area, date, text, statuses", STRESS_FORMS_REFUSALS,
                         ids=[t.split(chr(10))[0] for _, _, _, t, _ in STRESS_FORMS_REFUSALS])
def test_comparison_stress_headline_forms_refusals(form: str, area: str, date: str, text: str,
                                                   statuses: list[str]) -> None:
    test_comparison_stress_headline_forms(form, area, date, text, statuses)


@pytest.mark.parametrize("form, area, date, text, statuses", [
    pytest.param("title", "Hampshire and the Isle of Wight", "20/07/2023", "Crime up across Hampshire and the Isle "
                 "of Wight\n\nRecorded crime rose by 6% in Hampshire and by 3% on the Isle of Wight in the year to "
                 "March 2023.", ["consistent"],
                 marks=pytest.mark.xfail(reason="area: the second figure ('by 3% on the Isle of Wight') is read as "
                                                "Hampshire's, so two figures for one place disagree", strict=True)),
])
def test_comparison_stress_headline_forms_known_misses(form: str, area: str, date: str, text: str,
                                                       statuses: list[str]) -> None:
    test_comparison_stress_headline_forms(form, area, date, text, statuses)


@pytest.mark.parametrize("sentence, text, metric, area, measure", [
    # the metric read is no measure: the measure named right after the change, its place word saying where
    ("Constabulary praises 8% fall in south-west crime", "8% fall", "Constabulary praises", "south-west",
     "total_recorded_crime"),
    ("Report shows sharp rise of burglaries across the valley", "sharp rise", "Report shows", None, "burglary"),
    # refusal: a listed metric keeps its measure, whatever follows
    ("Shoplifting up 9% in violent crime hotspots", "up 9%", "Shoplifting", None, "shoplifting"),
    # refusal: what follows names no measure (a place, a time)
    ("Council notes 5% drop in the past year", "5% drop", "Council notes", None, None),
])
def test_comparison_headline_measure_named_after_the_change(sentence: str, text: str, metric: str,
                                                            area: str | None, measure: str | None) -> None:
    from extractor.comparison.pairing import with_measure_after_change
    h = head(text=text, sentence=sentence, metric=metric, value=None, unit=None, area=area)
    found = load_rules().measure_of(with_measure_after_change(h, load_rules()))
    assert (found.id if found else None) == measure
    if measure == "total_recorded_crime":
        body = claim(value=8, metric="recorded crime", area="Somerset")
        assert compare(release(h, body), release_area="Somerset")[0].status == "consistent"


# --------------------------------------------------------------------------- round 10: measure fallbacks, places written two ways

@pytest.mark.parametrize("metric, measure", [
    # a scope word opens a noun phrase of its own: the words before it are no modifier of it
    ("According to the latest statistics overall crime", "total_recorded_crime"),
    ("as the annual report shows total offences", "total_recorded_crime"),
    # a generic count noun after a preposition: the core, counted over crime
    ("detection rate for crimes committed", "outcomes"),
    ("arrests for offences", "arrests"),
    # the Scottish recording groups and classes of crime, and other spellings of the whole
    ("crimes in groups 1 to 5", "total_recorded_crime"),
    ("Class 1-4 crimes", "total_recorded_crime"),
    ("crime toll", "total_recorded_crime"),
    ("recorded illegal activity", "total_recorded_crime"),
    # refusals: a scope word first is the phrase's own modifier (not the total); a complement naming an
    # offence is no generic noun, so the phrase stays as written
    ("overall detection rate", "outcomes"),
    ("detection rate for burglary", None),
    ("violent crime overall", "violence_against_the_person"),
    ("arrests for violent crime", None),
])
def test_comparison_measure_fallbacks(metric: str, measure: str | None) -> None:
    found = load_rules().measure(metric)
    assert (found.id if found else None) == measure


# round 13: the victims of an offence are a count of it, written before or after it; "victims" alone names no
# offence, and a modifier of the victims keeps the phrase off the listed measure (refusals)
@pytest.mark.parametrize("metric, measure", [
    ("victims of crime", "total_recorded_crime"),
    ("crime victims", "total_recorded_crime"),
    ("the number of victims of crime", "total_recorded_crime"),
    ("victims of burglary", "burglary"),
    ("burglary victims", "burglary"),
    ("victims of domestic abuse", "domestic_abuse"),
    ("homicide victims", "homicide"),
    ("victim-based crime", "victim_based_crime"),
    ("victims", None),
    ("the number of victims", None),
    ("repeat victims", None),
    ("young victims of crime", None),
])
def test_comparison_measure_of_victims(metric: str, measure: str | None) -> None:
    found = load_rules().measure(metric)
    assert (found.id if found else None) == measure


def test_comparison_change_participle_is_no_part_of_the_measure() -> None:
    claims = release(head(text="increases", value=None, unit=None, direction="increase", metric="confidence"),
                     claim(value=11, direction="increase", metric="growing confidence"))
    assert status_of(claims) == "consistent"
    # refusal: another noun after the participle is another measure
    other = release(head(text="increases", value=None, unit=None, direction="increase", metric="confidence"),
                    claim(value=11, direction="increase", metric="growing demand"))
    assert status_of(other) == "unsupported"


def test_comparison_figure_without_metric_cued_overall_is_the_total() -> None:
    overall = claim(value=0.3, metric=None, text="an overall decrease of 0.3%",
                    sentence="The force recorded an overall decrease of 0.3% in the year.")
    assert status_of(release(head(text="falls", value=None, unit=None, metric="Crime"), overall)) == "consistent"
    # refusal: without a scope word a bare change names no measure
    bare = claim(value=0.3, metric=None, text="a decrease of 0.3%", sentence="There was a decrease of 0.3%.")
    assert status_of(release(head(text="falls", value=None, unit=None, metric="Crime"), bare)) == "unsupported"
    # refusal: an "overall" figure on a named sub-measure stays that measure
    named = claim(value=0.3, metric="burglary", text="an overall decrease of 0.3%",
                  sentence="Burglary showed an overall decrease of 0.3%.")
    assert status_of(release(head(text="falls", value=None, unit=None, metric="Crime"), named)) == "unsupported"


def compare_in(area: str, *claims: ClaimRecord) -> list[str]:
    return [r.status for r in compare(release(*claims), release_area=area)]


def test_comparison_place_after_a_compass_word_in_either_case() -> None:
    """"in central Scotland" read as "Scotland" is the release's Central Scotland; "north Belfast" is
    North Belfast. Refusals: the bare name written on its own is the wider place."""
    figure = claim(value=12, area=None)
    written = head(text="falling", value=None, unit=None, area="Scotland",
                   sentence="Police report falling crime in central Scotland")
    assert compare_in("Central Scotland", written, figure) == ["consistent"]
    bare = head(text="falling", value=None, unit=None, area="Scotland", sentence="Police report falling crime in Scotland")
    assert compare_in("Central Scotland", bare, figure) == ["unsupported"]
    body = claim(value=12, area="Belfast", sentence="Recorded crime in north Belfast fell by 12%.")
    assert compare_in("North Belfast", head(text="falls", value=None, unit=None, area=None), body) == ["consistent"]
    city = claim(value=12, area="Belfast", sentence="Recorded crime in Belfast as a whole fell by 12%.")
    assert compare_in("North Belfast", head(text="falls", value=None, unit=None, area=None), city) == ["unsupported"]
    # a sub-area named with its compass word is another place than the county
    part = claim(value=0.4, area="Herts", sentence="In East Herts it was down 0.4 per cent.")
    assert compare_in("Hertfordshire", head(value=5, area=None), claim(value=5, area=None), part) == ["consistent"]


def test_comparison_pointer_alone_is_the_release_area() -> None:
    """A body figure placed only by "the borough" or "the town" is about the release's own area; a part
    ("the town centre") stays a part, and with no release area a pointer is an unnamed place."""
    for pointer in ("the borough", "the town", "the city"):
        assert compare_in("South Tyneside", head(value=11, direction="increase", area=None),
                          claim(value=11, direction="increase", area=pointer)) == ["consistent"]
    assert compare_in("South Tyneside", head(value=11, direction="increase", area=None),
                      claim(value=11, direction="increase", area="the town centre")) == ["unsupported"]
    assert compare_in(None, head(value=11, direction="increase", area="Reading town centre"),
                      claim(value=11, direction="increase", area="the borough")) == ["unsupported"]


@pytest.mark.parametrize("text, metric, sentence, measure", [
    # "a fall of X in Y": the measure named after the change's figure, past a bracketed figure
    ("A fall of 28%", "Crime", "A fall of 28% (184) in robbery offences.", "robbery"),
    ("184", "Crime", "A fall of 28% (184) in robbery offences.", "robbery"),
    ("20%", "crime", "There was a 20% drop in theft from a vehicle.", "theft_from_vehicles"),
    ("an increase of 12%", None, "Officers saw an increase of 12% in the number of burglaries.", "burglary"),
    # refusals: a place or a time after the figure names no measure; a metric of the figure's own that is
    # more exact than the listed phrase after the change keeps its reading
    ("fell by 5%", "Crime", "Crime fell by 5% in Kent last year.", "total_recorded_crime"),
    ("rose 4%", "Crime", "Crime rose 4% in the year to March.", "total_recorded_crime"),
    ("a drop of 9%", "violent offences that caused injury",
     "There was a drop of 9% in violent offences that caused injury.", None),
])
def test_comparison_measure_named_after_the_change(text: str, metric: str | None, sentence: str,
                                                   measure: str | None) -> None:
    found = figure_measure(claim(text=text, metric=metric, sentence=sentence, value=1), load_rules())
    assert (found.id if found else None) == measure


def test_comparison_restatement_is_no_other_listed_measure() -> None:
    """A body figure that repeats a headline's figure in a sentence naming its measure restates it only when
    its own reading is no other listed measure: "a 5% fall in violence" beside "crime types" is violence."""
    headline = head(value=5, metric="Crime", area=None, text="fell by 5", sentence="Crime in the shire fell by 5")
    other = claim(value=5, metric="violence against the person", area=None, text="5% fall",
                  sentence="Falls in most crime types included a 5% fall in violence against the person.")
    assert status_of(release(headline, other)) == "unsupported"
    # a figure whose metric was misread as something unlisted still restates the headline's
    misread = claim(value=5, metric="the shire", area=None, text="5%",
                    sentence="Recorded crime across the shire went down by 5%.")
    assert status_of(release(headline, misread)) == "consistent"


def test_comparison_headline_metric_ending_in_a_listed_measure_names_it() -> None:
    """A headline metric read after the change that ends in a listed measure after an unknown word ("XY
    crime rate") names that measure, not a listed word before the change ("Policing Panel")."""
    from extractor.comparison.pairing import with_named_measure
    rules = load_rules()
    read = with_named_measure(head(value=8, metric="XY crime rate", text="8% fall",
                                   sentence="Policing Panel reports 8% fall in XY crime rate"), rules)
    assert rules.measure_of(read).id == "crime_rate"
    # refusal: a metric with no listed measure in it gives way to the measure named before the change
    dales = with_named_measure(head(value=None, metric="Dales", text="Falls",
                                    sentence="Crime Falls in the Dales"), rules)
    assert rules.measure_of(dales).id == "total_recorded_crime"


# --------------------------------------------------------------------------- round 12

@pytest.mark.parametrize("body_area, same", [
    ("the county and Stoke-on-Trent", True),    # the release's area by pointer, with a place it takes in
    ("Stoke-on-Trent and the county", True),
    ("the force area, Stoke-on-Trent and Tamworth", True),
    ("Cheshire and Stoke-on-Trent", False),     # refusal: a list of named places only
    ("the county", True),
])
def test_comparison_place_list_with_a_pointer_is_the_release_area(body_area: str, same: bool) -> None:
    claims = release(head(value=None, text="falls", unit=None, area=None), claim(value=4, area=body_area))
    rows = compare(claims, release_area="Staffordshire")
    assert rows[0].status == ("consistent" if same else "unsupported")


def test_comparison_two_offences_under_the_headline_measure_do_not_disagree() -> None:
    """"Violent crime falls": two offences under it with different sizes each back it; two sizes for the
    headline's own measure qualify it (refusal)."""
    h = head(value=None, text="falls", unit=None, metric="violent crime")
    subs = [claim(value=12, unit="count", metric="attempted murders"),
            claim(value=43, unit="count", metric="serious assaults")]
    assert status_of(release(h, *subs)) == "consistent"
    own = [claim(value=4, metric="violent crime"), claim(value=9, metric="violence")]
    assert status_of(release(h, *own)) == "qualified"


def test_comparison_headline_figure_naming_no_measure_backed_by_its_restatement() -> None:
    """"Latest figures show 15% drop": the body figure restating it (same size, direction, place) backs it,
    when the restating figures are on one measure; refusals: no figure of that size, another place, two
    measures."""
    h = head(value=15, metric=None)
    assert status_of(release(h, claim(value=15, metric="crime"), claim(value=21, metric="robbery"))) == "consistent"
    assert status_of(release(h, claim(value=9, metric="crime"))) == "unsupported"
    assert status_of(release(h, claim(value=15, metric="crime", area="England and Wales"))) == "unsupported"
    assert status_of(release(h, claim(value=15, metric="burglary"), claim(value=15, metric="robbery"))) == "unsupported"


@pytest.mark.parametrize("sentence, text, width, before, after", [
    ("Burglary fell by 12% in the county, police said", "by 12%", None, "Burglary fell ", " in the county"),
    ("Burglary fell by 12% in the county, police said", "by 12%", 5, "fell ", " in the county"),
    ("Down 4% on the year before", "Down 4%", None, "", " on the year before"),  # the figure opens it
    ("Thefts rose sharply", "by 9%", None, "", ""),  # the figure is not in its sentence
    ("Thefts rose sharply", "", None, "", ""),  # no text at all
])
def test_comparison_words_around_a_figure(sentence: str, text: str, width: int | None, before: str, after: str) -> None:
    """The words before and after a claim's figure in its sentence, which several rules read."""
    from extractor.comparison.figures import text_after, text_before
    record = claim(sentence=sentence, text=text, value=None)
    assert text_before(record, width) == before
    assert text_after(record, 40) == after
