"""The Dask engine gives the local engine's tables, on a 2-worker LocalCluster.

The cluster runs its workers as threads (``processes=False``) so the test
shares the session's loaded pipeline instead of loading it once per worker;
it listens on TCP and is reached by its address, as a remote cluster is.
"""
from __future__ import annotations

import sys

import pandas as pd
import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app
from extractor.tables import Tables

dask_dataframe = pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
import extractor.dask as edask  # noqa: E402

runner = CliRunner()


@pytest.fixture(scope="module")
def scheduler():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, protocol="tcp",
                                  host="127.0.0.1", scheduler_port=0, dashboard_address=None) as cluster:
        yield cluster.scheduler_address


@pytest.fixture(scope="module")
def local_tables(releases_dir):
    return extractor.extract(releases_dir)


def assert_same_tables(got: Tables, want: Tables) -> None:
    for name, data in want.items():
        pd.testing.assert_frame_equal(got[name], data, obj=name)


def test_dask_tables_identical_to_local_on_the_sample_corpus(nlp, scheduler, releases_dir, local_tables):
    assert scheduler.startswith("tcp://")
    got = edask.extract(releases_dir, scheduler=scheduler, partition_size=3)
    assert len(got.releases) == len(list(releases_dir.glob("*.txt")))
    assert_same_tables(got, local_tables)


def test_dask_from_a_dataframe_of_release_texts(nlp, scheduler):
    text = "Burglary in Kent fell by 12% in 2020, down from 4,100 offences, Kent Police said."
    pdf = pd.DataFrame({"release_id": ["a", "b"], "text": [text, "Robbery rose by 5% in 2021."]})
    ddf = dask_dataframe.from_pandas(pdf, npartitions=2)
    got = edask.extract(ddf, scheduler=scheduler)
    want = extractor.extract([text, "Robbery rose by 5% in 2021."])
    assert got.releases["release_id"].tolist() == ["a", "b"]
    for name in ("claims", "periods", "quotes"):
        pd.testing.assert_frame_equal(got[name].drop(columns="release_id"), want[name].drop(columns="release_id"))
    with pytest.raises(ValueError, match="release_id and path or text"):
        edask.extract(dask_dataframe.from_pandas(pd.DataFrame({"x": [1]}), npartitions=1), scheduler=scheduler)


def test_dask_cli_writes_partitioned_parquet_and_the_store(nlp, scheduler, releases_dir, local_tables, tmp_path):
    args = ["extract", str(releases_dir), "--engine", "dask", "--scheduler", scheduler, "-q"]
    result = runner.invoke(app, [*args, "--out", str(tmp_path / "pq"), "--format", "parquet"])
    assert result.exit_code == 0, result.output
    claims = pd.read_parquet(tmp_path / "pq" / "claims")
    assert len(list((tmp_path / "pq" / "claims").glob("part.*.parquet"))) > 1
    assert claims["text"].tolist() == local_tables.claims["text"].tolist()
    result = runner.invoke(app, [*args, "--db", str(tmp_path / "cc.duckdb")])
    assert result.exit_code == 0, result.output
    assert_same_tables(Tables.from_duckdb(tmp_path / "cc.duckdb"), local_tables)


def test_dask_unreachable_scheduler_exits_2(tmp_path):
    result = runner.invoke(app, ["extract", "data/releases", "--engine", "dask", "--scheduler",
                                 "tcp://127.0.0.1:9", "--connect-timeout", "0.5", "--out", str(tmp_path)])
    assert result.exit_code == 2
    assert "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.output


def test_dask_missing_extra_says_how_to_install(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "distributed", None)
    with pytest.raises(edask.DaskUnavailable, match=r"crime-claims\[dask\]"):
        edask.require_dask()
    result = runner.invoke(app, ["extract", "data/releases", "--engine", "dask", "--out", str(tmp_path)])
    assert result.exit_code == 2 and "crime-claims[dask]" in result.output
