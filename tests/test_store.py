"""The DuckDB store: skip unchanged releases, replace changed ones, never duplicate rows."""
from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

import extractor
from extractor.cli import app, run_extract
from extractor.store import Store, StoreError, StoreLockedError
from extractor.tables import Tables, frame

runner = CliRunner()

KENT = """```yaml
area: Kent
og:
  title: Crime falls in Kent
publish:
  date: 2021-05-01
```

Kent Police recorded 3,412 burglaries in 2020, down 12% on 2019.
"""
ESSEX = """---
area: Essex
title: Robbery up in Essex | Essex Police
publish:
  date: 2022-02-01
---
Robbery in Essex rose by 5% in 2021, while vehicle crime fell by 8%.
"""


@pytest.fixture()
def inbox(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "kent.txt").write_text(KENT, encoding="utf-8")
    (folder / "essex.md").write_text(ESSEX, encoding="utf-8")
    return folder


def store_run(inbox: Path, db: Path) -> dict[str, int]:
    return run_extract([str(inbox)], db, "duckdb", 1, True)


def test_store_round_trip_matches_the_local_tables(inbox, tmp_path):
    db = tmp_path / "cc.duckdb"
    counts = store_run(inbox, db)
    assert counts["releases"] == 2 and counts["skipped"] == 0
    stored, local = Tables.from_duckdb(db), extractor.extract(inbox)
    for name, data in local.items():
        pd.testing.assert_frame_equal(stored[name], data)


def test_store_rerun_skips_unchanged_releases_without_the_pipeline(inbox, tmp_path, monkeypatch):
    db = tmp_path / "cc.duckdb"
    store_run(inbox, db)
    before = Tables.from_duckdb(db)

    def no_pipeline(*args, **kwargs):
        raise AssertionError("an unchanged release reached the pipeline")

    monkeypatch.setattr("extractor.cli.iter_results", no_pipeline)
    counts = store_run(inbox, db)
    assert counts["skipped"] == 2 and counts["releases"] == 0
    after = Tables.from_duckdb(db)
    for name, data in before.items():
        pd.testing.assert_frame_equal(after[name], data)


def test_store_replaces_a_changed_release_in_every_table(inbox, tmp_path):
    db = tmp_path / "cc.duckdb"
    store_run(inbox, db)
    old_essex = Tables.from_duckdb(db).claims.query("release_id == 'essex'")
    (inbox / "kent.txt").write_text(KENT.replace("down 12%", "down 15%"), encoding="utf-8")
    counts = store_run(inbox, db)
    assert counts["releases"] == 1 and counts["skipped"] == 1
    tables = Tables.from_duckdb(db)
    kent = tables.claims[tables.claims["release_id"] == "kent"]
    values = kent["value"].dropna().tolist()
    assert 15 in values and 12 not in values
    assert kent["claim_id"].is_unique
    pd.testing.assert_frame_equal(
        tables.claims.query("release_id == 'essex'").reset_index(drop=True), old_essex.reset_index(drop=True))


def test_store_never_duplicates_rows_across_runs(inbox, tmp_path):
    db = tmp_path / "cc.duckdb"
    store_run(inbox, db)
    (inbox / "later.txt").write_text(KENT.replace("Kent", "Surrey"), encoding="utf-8")
    (inbox / "essex.md").write_text(ESSEX.replace("5%", "6%"), encoding="utf-8")
    store_run(inbox, db)
    store_run(inbox, db)
    tables = Tables.from_duckdb(db)
    assert sorted(tables.releases["release_id"]) == ["essex", "kent", "later"]
    fresh = extractor.extract(inbox)
    for name in ("claims", "periods", "quotes", "comparison"):
        assert len(tables[name]) == len(fresh[name])
        assert not tables[name].duplicated(subset=list(tables[name].columns[:2])).any()
    with Store(db, read_only=True) as store:
        assert len(store.stored()) == 3


def test_store_adds_a_column_or_table_it_has_not_seen(tmp_path):
    db = tmp_path / "cc.duckdb"
    releases = frame("releases", [{"release_id": "a", "path": "a.txt"}])
    with Store(db) as store:
        store.write_frames({"releases": releases}, {"a": "h1"})
        later = frame("releases", [{"release_id": "b", "path": "b.txt"}]).assign(measure="burglary")
        store.write_frames({"releases": later, "checks": pd.DataFrame({"release_id": ["b"], "verdict": ["matches"]})},
                           {"b": "h2"})
    with Store(db, read_only=True) as store:
        assert store.read_table("releases")["measure"].tolist()[1] == "burglary"
        assert pd.isna(store.read_table("releases")["measure"].tolist()[0])
        assert store.read_table("checks")["verdict"].tolist() == ["matches"]


HOLD_OPEN = textwrap.dedent("""
    import sys, time
    from extractor.store import Store
    with Store(sys.argv[1]) as store:
        print("open", flush=True)
        sys.stdin.readline()
""")


def test_store_second_writer_gets_a_clear_error_and_the_file_survives(inbox, tmp_path):
    db = tmp_path / "cc.duckdb"
    store_run(inbox, db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD_OPEN, str(db)], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(StoreLockedError, match=r"being written by process \d+; one writer at a time"):
            Store(db)
        result = runner.invoke(app, ["extract", str(inbox), "--db", str(db), "-q"])
        assert result.exit_code == 2 and "one writer at a time" in result.output
    finally:
        holder.communicate("\n", timeout=60)
    assert holder.returncode == 0
    assert sorted(Tables.from_duckdb(db).releases["release_id"]) == ["essex", "kent"]


def test_store_same_process_second_writer_is_refused(tmp_path):
    with Store(tmp_path / "cc.duckdb"):
        with pytest.raises(StoreLockedError):
            Store(tmp_path / "cc.duckdb")
    Store(tmp_path / "cc.duckdb").close()  # released on close


def test_store_not_a_duckdb_file_is_a_clear_error(tmp_path):
    bogus = tmp_path / "x.duckdb"
    bogus.write_text("release_id,path\n")
    with pytest.raises(StoreError, match="not a usable DuckDB file"):
        Store(bogus)
    with pytest.raises(StoreError, match="no store"):
        Tables.from_duckdb(tmp_path / "missing.duckdb")


def test_store_cli_db_and_format_duckdb(inbox, tmp_path):
    result = runner.invoke(app, ["extract", str(inbox), "--db", str(tmp_path / "a.duckdb")])
    assert result.exit_code == 0, result.output
    assert "2 releases (0 unchanged, skipped)" in result.output
    result = runner.invoke(app, ["extract", str(inbox), "--db", str(tmp_path / "a.duckdb")])
    assert "0 releases (2 unchanged, skipped)" in result.output and result.exit_code == 0
    result = runner.invoke(app, ["extract", str(inbox), "--out", str(tmp_path / "o"), "--format", "duckdb", "-q"])
    assert result.exit_code == 0 and (tmp_path / "o" / "crime-claims.duckdb").exists()
    assert runner.invoke(app, ["extract", str(inbox), "--db", "x.duckdb", "--out", "o"]).exit_code == 2
