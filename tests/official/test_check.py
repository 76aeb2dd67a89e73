"""Verdicts on claims against the official figures, and the claims that get none."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from types import SimpleNamespace

import pytest

import extractor
from extractor.official import Refusal, check_claim
from extractor.official.groups import metric_fallback, offence_groups
from extractor.records import CheckRecord, ClaimRecord

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "data" / "releases" / "000_01d4fef9a6dae820.txt"

BASE = ClaimRecord(
    claim_id=1, where="body", text="10% drop", sentence="", value=10.0, unit="percent", kind="change",
    direction="decrease", approx="exact", metric="recorded crime", area="Staffordshire", source="ONS",
    measure="total_recorded_crime", period_start="2019-01-01", period_end="2019-12-31", baseline_start="2018-01-01",
    baseline_end="2018-12-31", quote_id=None, start_char=0, end_char=8,
)


def check(**changes) -> CheckRecord | Refusal:
    return check_claim(replace(BASE, **changes), None, "2020-04-23")


@pytest.mark.parametrize("changes, verdict", [
    ({}, "matches"),                                                         # 10% vs -10.34%
    ({"text": "10.3% drop", "value": 10.3}, "matches"),
    ({"text": "10.4% drop", "value": 10.4}, "close"),                         # needs 10.35-10.45
    ({"text": "11% drop", "value": 11.0}, "close"),
    ({"text": "closer to 2%", "value": 2.0, "approx": "approximate"}, "differs"),
    ({"direction": "increase"}, "differs"),                                   # wrong direction
    ({"text": "more than 9%", "value": 9.0, "approx": "lower_bound"}, "matches"),
    ({"text": "75,981 crimes", "value": 75981.0, "unit": "count", "kind": "level", "direction": None,
      "baseline_start": None, "baseline_end": None}, "matches"),
    ({"text": "76,000 crimes", "value": 76000.0, "unit": "count", "kind": "level", "direction": None,
      "baseline_start": None, "baseline_end": None}, "matches"),
    ({"text": "77,000 crimes", "value": 77000.0, "unit": "count", "kind": "level", "direction": None,
      "baseline_start": None, "baseline_end": None}, "close"),
    ({"text": "8,784 fewer crimes", "value": 8784.0, "unit": "count", "direction": "decrease"}, "matches"),
])
def test_check_verdicts(changes, verdict) -> None:
    row = check(**changes)
    assert isinstance(row, CheckRecord), row
    assert row.verdict == verdict, row.note


def test_check_first_published_edition_preferred() -> None:
    row = check()
    assert row.official_value == pytest.approx(-10.34, abs=0.005)
    assert "Table P2" in row.source_table and "year ending December 2019" in row.source_table
    assert any("fraud is excluded" in c for c in row.caveats)
    assert any(c.startswith("revisions:") for c in row.caveats)


def test_check_before_publication_uses_revised_series() -> None:
    row = check_claim(BASE, None, "2020-01-01")   # before the December 2019 edition came out
    assert isinstance(row, CheckRecord) and "open data" in row.source_table
    assert any("revised series" in c for c in row.caveats)


def test_check_wiltshire_year_to_september_2013() -> None:
    row = check(area="Wiltshire Police", text="7.3% fall", value=7.3, period_start="2012-10-01",
                period_end="2013-09-30", baseline_start=None, baseline_end=None)
    assert row.verdict == "matches" and row.official_value == pytest.approx(-7.30, abs=0.01)
    assert any("baseline assumed" in c for c in row.caveats)


def test_check_force_that_did_not_supply_is_caveated() -> None:
    row = check(area="Greater Manchester", text="5% drop", value=5.0)
    assert "open data" in row.source_table       # the ONS edition has '..'; the revised series has it
    assert any("Greater Manchester Police could not supply" in c for c in row.caveats)


def test_check_no_official_figure_when_only_table_lacks_it() -> None:
    claim = SimpleNamespace(**{**BASE.__dict__, "area": "Greater Manchester", "measure": "residential_burglary"})
    row = check_claim(claim, None, "2020-04-23")
    assert row.verdict == "no_official_figure" and row.official_value is None
    assert any("not available" in c for c in row.caveats)


def test_check_release_area_used_when_claim_has_none() -> None:
    row = check_claim(replace(BASE, area=None), "Staffordshire Police", "2020-04-23")
    assert isinstance(row, CheckRecord) and row.area_code == "E23000015"


@pytest.mark.parametrize("changes, reason", [
    ({"area": "Gotham"}, "no official area"),                                    # an unknown force
    ({"measure": "hate_crime", "metric": "hate crime"}, "no official counterpart"),   # no counterpart
    ({"measure": "police_officers", "metric": "officers"}, "no official counterpart"),
    ({"measure": None, "metric": "dog walkers"}, "no known measure"),
    ({"unit": "currency"}, "hold no"),
    ({"period_start": "1998-01-01", "period_end": "1998-12-31", "baseline_start": None,
      "baseline_end": None}, "no official table covers"),                        # a period no table covers
    ({"period_start": "2019-01-01", "period_end": "2019-10-31"}, "no official table covers"),
])
def test_check_refusals(changes, reason) -> None:
    result = check(**changes)
    assert isinstance(result, Refusal) and reason in result.reason


def test_check_measure_with_no_official_counterpart() -> None:
    claim = SimpleNamespace(**{**BASE.__dict__, "measure": "hate_crime"})  # as claims with `measure` will be
    result = check_claim(claim, None, "2020-04-23")
    assert isinstance(result, Refusal) and "no official counterpart" in result.reason


def test_check_claim_without_measure_falls_back_on_metric() -> None:
    row = check(measure=None, metric="recorded crime")
    assert isinstance(row, CheckRecord) and row.verdict == "matches"


def test_check_metric_fallback() -> None:
    assert metric_fallback("recorded crime") == "total_recorded_crime"
    assert metric_fallback("burglaries") == "burglary"
    assert metric_fallback("police officers") is None
    assert offence_groups().group_for("knife_crime")


def test_check_seed_release_end_to_end() -> None:
    tables = extractor.extract(SEED)
    checks = tables.checks.set_index(tables.checks["claim_id"].astype(int))
    claims = tables.claims.set_index(tables.claims["claim_id"].astype(int))
    ten = claims.index[claims["text"].str.contains("10%")][0]
    two = claims.index[claims["text"].str.contains("2%")][0]
    assert checks.loc[ten, "verdict"] == "matches" and checks.loc[two, "verdict"] == "differs"
    for cid in (ten, two):
        row = checks.loc[cid]
        assert row["area_code"] == "E23000015" and row["offence_group"] == "Total recorded crime (excluding fraud)"
        assert row["official_value"] == pytest.approx(-10.34, abs=0.005)
        assert str(row["period_end"].date()) == "2019-12-31" and row["caveats"]


def test_check_nothing_to_check_reads_no_data() -> None:
    from extractor.official import store as store_module

    store_module.store.cache_clear()
    tables = extractor.extract_text("Hate crime in Gotham rose by 12% in 2020.", published="2021-01-01")
    assert tables.checks.empty
    assert store_module.store.cache_info().currsize == 0


def test_check_every_measure_of_the_measure_list_is_mapped() -> None:
    import yaml

    from extractor.resources import rules_file

    listed = {m["id"] for m in yaml.safe_load(rules_file("measures.yaml").read_text(encoding="utf-8"))["measures"]}
    assert listed <= set(offence_groups().measures), sorted(listed - set(offence_groups().measures))
