"""Table schemas, dtypes, CSV formatting and atomic writes."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from extractor.outputs import CURRENT, MANIFEST, STORE
from extractor.records import ClaimRecord, ComparisonRecord, PeriodRecord, ReleaseResult
from extractor.tables import TABLE_NAMES, TableWriter, Tables, frame, read_tables

# transcribed from shared/spec/outputs.md
HEADERS = {
    "releases": "release_id,path,url,area,title,headline,published,n_claims,n_periods,n_quotes,error,warnings,"
                "body_start,text",
    "claims": "release_id,claim_id,where,text,sentence,value,unit,kind,direction,approx,metric,area,source,measure,"
              "period_start,period_end,baseline_start,baseline_end,quote_id,start_char,end_char,rule_id,because",
    "periods": "release_id,period_id,where,text,start,end,relative,start_char,end_char,rule_id",
    "quotes": "release_id,quote_id,text,speaker,role,org,cue,kind,start_char,end_char,rule_id",
    "comparison": "release_id,headline_claim_id,headline_text,metric,measure,area,direction,value,body_claim_ids,"
                  "body_values,status,note",
    "checks": "release_id,claim_id,area_code,area_name,offence_group,period_start,period_end,baseline_start,"
              "baseline_end,measure_kind,official_value,claimed_value,verdict,source_table,caveats,note",
}


def sample_result() -> ReleaseResult:
    claim = ClaimRecord(
        claim_id=1, where="body", text="10% drop", sentence="The ONS reports a 10% drop.", value=10.0,
        unit="percent", kind="change", direction="decrease", approx="exact", metric="recorded crime",
        area="Staffordshire", source="ONS", measure="total_recorded_crime", period_start="2019-01-01", period_end="2019-12-31",
        baseline_start="2018-01-01", baseline_end="2018-12-31", quote_id=None, start_char=0, end_char=8,
    )
    period = PeriodRecord(1, "body", "2019", "2019-01-01", "2019-12-31", False, 0, 4)
    comparison = ComparisonRecord(None, None, None, None, None, None, None, (), (), "no_headline_claim", "x")
    return ReleaseResult(
        release_id="r1", path="r1.txt", published="2020-04-23T10:43:00",
        claims=[claim], periods=[period], comparisons=[comparison], warnings=["w1", "w2"],
    )


@pytest.mark.parametrize("name", list(HEADERS))
def test_tables_empty_frames_have_spec_columns(name):
    assert ",".join(frame(name, []).columns) == HEADERS[name]


def test_tables_dtypes():
    tables = Tables.from_results([sample_result()])
    claims = tables.claims
    assert str(claims["value"].dtype) == "Float64"
    assert str(claims["claim_id"].dtype) == "Int64"
    assert isinstance(claims["unit"].dtype, pd.CategoricalDtype)
    assert claims["period_start"].dtype.kind == "M"
    assert claims["quote_id"].isna().all()
    assert tables.periods["relative"].dtype == "boolean"
    assert tables.releases.loc[0, "published"] == pd.Timestamp("2020-04-23 10:43")
    assert tables.releases.loc[0, "warnings"] == "w1; w2"


def test_tables_csv_headers_and_formatting(tmp_path):
    Tables.from_results([sample_result()]).to_csv(tmp_path)
    for name, header in HEADERS.items():
        lines = (tmp_path / f"{name}.csv").read_text(encoding="utf-8").splitlines()
        assert lines[0] == header
    claims = (tmp_path / "claims.csv").read_text().splitlines()[1]
    assert ",10,percent,change," in claims and "2019-01-01,2019-12-31" in claims
    assert (tmp_path / "periods.csv").read_text().splitlines()[1].endswith(",2019-12-31,false,0,4,")
    assert "2020-04-23T10:43:00" in (tmp_path / "releases.csv").read_text()
    assert_one_clean_set(tmp_path, "csv")


def test_tables_parquet_round_trip(tmp_path):
    Tables.from_results([sample_result()]).to_parquet(tmp_path)
    claims = pd.read_parquet(tmp_path / "claims.parquet")
    assert list(claims.columns) == HEADERS["claims"].split(",")
    assert claims.loc[0, "value"] == 10


def test_tables_writer_crash_keeps_old_outputs(tmp_path):
    Tables.from_results([sample_result()]).to_csv(tmp_path)
    before = {p.name: p.read_text() for p in tmp_path.glob("*.csv")}
    with pytest.raises(RuntimeError):
        with TableWriter(tmp_path, "csv") as writer:
            writer.write_results([ReleaseResult(release_id="new", path="new.txt")])
            raise RuntimeError("crash mid-batch")
    after = {p.name: p.read_text() for p in tmp_path.glob("*.csv")}
    assert after == before
    assert_one_clean_set(tmp_path, "csv")


def assert_one_clean_set(out: Path, fmt: str, names: tuple[str, ...] | None = None) -> None:
    """The folder holds the tables (``names``, default every table) and the store; the store
    holds the published set only: no temporary or unfinished files anywhere."""
    tables = sorted(f"{name}.{fmt}" for name in (names or TABLE_NAMES))
    assert sorted(p.name for p in out.iterdir()) == sorted([*tables, STORE])
    store = out / STORE
    current = os.readlink(store / CURRENT)
    assert sorted(p.name for p in store.iterdir()) == sorted([CURRENT, current])
    assert sorted(p.name for p in (store / current).iterdir()) == sorted([*tables, MANIFEST])


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_tables_read_tables_round_trip(tmp_path, fmt):
    result = sample_result()
    result.text, result.body_start = "Headline\n\n10% drop\nline two", 10
    tables = Tables.from_results([result])
    getattr(tables, f"to_{fmt}")(tmp_path)
    again = read_tables(tmp_path)
    assert set(again) == set(TABLE_NAMES)
    for name, data in tables.items():
        pd.testing.assert_frame_equal(again[name], data)


def test_tables_read_tables_older_run_and_extra_tables(tmp_path):
    Tables.from_results([sample_result()]).to_csv(tmp_path)
    claims = pd.read_csv(tmp_path / "claims.csv").drop(columns=["start_char", "rule_id"])
    claims.to_csv(tmp_path / "claims.csv", index=False)
    (tmp_path / "checks.csv").write_text("release_id,claim_id,verdict\nr1,1,differs\n", encoding="utf-8")
    again = read_tables(tmp_path)
    assert list(again["claims"].columns) == HEADERS["claims"].split(",")
    assert again["claims"]["start_char"].isna().all() and again["claims"].loc[0, "end_char"] == 8
    assert again["checks"].loc[0, "verdict"] == "differs"


def test_tables_read_tables_needs_an_output_folder(tmp_path):
    with pytest.raises(FileNotFoundError, match="not an extract output"):
        read_tables(tmp_path)
    with pytest.raises(FileNotFoundError, match="no such output folder"):
        read_tables(tmp_path / "missing")
