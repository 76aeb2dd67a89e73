"""The output set is replaced whole: a run killed with SIGKILL anywhere leaves one complete set.

Each case starts a real ``crime-claims extract`` in a child process into a folder that holds
an earlier run's tables, stops the child at one point (a patched function signals, then sleeps),
kills it with SIGKILL and looks at the folder: the tables are all the earlier run's (or, once
the new set was switched in, all the new run's), nothing new is visible beside them, and the
next run leaves exactly one set behind.
"""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor.cli import app
from extractor.outputs import CURRENT, STORE, OutputBusy, OutputSet, open_set
from extractor.tables import TABLE_NAMES, read_tables
from tests.test_tables import assert_one_clean_set

ROOT = Path(__file__).resolve().parents[1]

OLD = ["Burglary in Kent fell by 12% in 2020, Kent Police said.", "Robbery rose by 3% in 2019."]
NEW = ["Shoplifting in Essex rose by 7% in 2021.", "Vehicle crime fell by 9%.", "Arson fell by 2% in 2018."]

# point -> (code run in the child before the CLI, the set the folder must hold after the kill)
POINTS = {
    # while the inputs are read: the second release file
    "reading": ("""
        from extractor import batch
        real = batch.read_release
        def read_release(path, release_id=None):
            if release_id == "n1":
                pause()
            return real(path, release_id)
        batch.read_release = read_release
        """, "old"),
    # while rows are written: after the releases rows of the set, before the claims rows
    "writing": ("""
        from extractor.tables import TableWriter
        real = TableWriter._append_csv
        def append(self, name, data):
            if name == "claims" and len(data):
                pause()
            return real(self, name, data)
        TableWriter._append_csv = append
        """, "old"),
    # every table staged and synced, the set not yet switched in
    "before_switch": ("""
        from extractor import outputs
        real = outputs.OutputSet._switch
        def switch(self, name):
            if not name.startswith("adopted-"):
                pause()
            return real(self, name)
        outputs.OutputSet._switch = switch
        """, "old"),
    # the new set switched in, the replaced one not yet removed
    "after_switch": ("""
        from extractor import outputs
        real = outputs.OutputSet.sweep
        def sweep(self):
            if self.published:
                pause()
            return real(self)
        outputs.OutputSet.sweep = sweep
        """, "new"),
    # plain tables of an older version being replaced by links, two of five done
    "between_tables": ("""
        from extractor import outputs
        real = outputs.OutputSet._link
        done = []
        def link(self, name):
            if len(done) == 2:
                pause()
            done.append(name)
            return real(self, name)
        outputs.OutputSet._link = link
        """, "old"),
}

# One process loads the pipeline once and forks a run per point (each applies its patch);
# the test kills each forked run by its pid.
SERVER = """
import os, sys, time
from pathlib import Path
from extractor.pipeline import load
from extractor.cli import app
load()
base, new_in = Path(sys.argv[1]), sys.argv[2]
patches = dict(zip(sys.argv[3::2], sys.argv[4::2]))
pids = []
for point, patch in patches.items():
    pid = os.fork()
    if pid == 0:
        def pause(point=point):
            (base / f"{point}.flag").write_text("paused")
            time.sleep(120)
        exec(patch)
        try:
            app(["extract", new_in, "--out", str(base / point), "-q"])
        finally:
            os._exit(0)
    (base / f"{point}.pid").write_text(str(pid))
for _ in patches:
    os.wait()
"""


def write_inputs(folder: Path, prefix: str, texts: list[str]) -> Path:
    folder.mkdir(parents=True)
    for i, text in enumerate(texts):
        (folder / f"{prefix}{i}.txt").write_text(f"Headline {prefix}{i}\n\n{text}\n", encoding="utf-8")
    return folder


def snapshot(out: Path) -> dict[str, bytes]:
    """What a reader of ``OUT/NAME.csv`` sees."""
    return {name: (out / f"{name}.csv").read_bytes() for name in TABLE_NAMES}


@pytest.fixture(scope="module")
def killed(tmp_path_factory) -> dict[str, tuple[Path, dict[str, bytes], dict[str, bytes]]]:
    """Every point's folder after the kill, with the old and the new set's tables."""
    base = tmp_path_factory.mktemp("kill")
    old_in = write_inputs(base / "old_in", "o", OLD)
    new_in = write_inputs(base / "new_in", "n", NEW)
    runner = CliRunner()
    assert runner.invoke(app, ["extract", str(old_in), "--out", str(base / "old"), "-q"]).exit_code == 0
    assert runner.invoke(app, ["extract", str(new_in), "--out", str(base / "new"), "-q"]).exit_code == 0
    old, new = snapshot(base / "old"), snapshot(base / "new")
    patches = []
    for point, (patch, _) in POINTS.items():
        out = base / point
        if point == "between_tables":  # an older version's plain files
            out.mkdir()
            for name, data in old.items():
                (out / f"{name}.csv").write_bytes(data)
        else:
            shutil.copytree(base / "old", out, symlinks=True)
        patches += [point, textwrap.dedent(patch)]
    server = subprocess.Popen([sys.executable, "-c", SERVER, str(base), str(new_in), *patches],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    deadline = time.monotonic() + 120
    try:
        for point in POINTS:
            flag, pid = base / f"{point}.flag", base / f"{point}.pid"
            while not (flag.exists() and pid.exists()) and server.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            assert flag.exists(), f"{point}: the run never reached its point"
            os.kill(int(pid.read_text()), signal.SIGKILL)
        server.wait(timeout=60)
    finally:
        if server.poll() is None:
            server.kill()
    assert server.returncode == 0, server.stdout.read().decode()
    return {point: (base / point, old, new) for point in POINTS}


@pytest.mark.parametrize("point", list(POINTS))
def test_outputs_sigkill_leaves_one_complete_set(killed, point):
    out, old, new = killed[point]
    expected = old if POINTS[point][1] == "old" else new
    assert snapshot(out) == expected
    with open_set(out, TABLE_NAMES) as files:
        assert {name: f.read() for name, f in files.items()} == expected
    # nothing new beside the tables; an unfinished set stays inside the store only
    assert sorted(p.name for p in out.iterdir()) == sorted([*(f"{n}.csv" for n in TABLE_NAMES), STORE])


@pytest.mark.parametrize("point", list(POINTS))
def test_outputs_next_run_after_a_kill_leaves_no_stray_files(killed, point, tmp_path):
    out, _, new = killed[point]
    again = tmp_path / "again"
    shutil.copytree(out, again, symlinks=True)
    new_in = out.parent / "new_in"
    assert CliRunner().invoke(app, ["extract", str(new_in), "--out", str(again), "-q"]).exit_code == 0
    assert snapshot(again) == new
    assert_one_clean_set(again, "csv")


def test_outputs_read_tables_round_trip_types(tmp_path):
    from extractor.api import extract_text

    tables = extract_text("Headline\n\nBurglary in Kent fell by 12% in 2020.", published="2021-05-01")
    tables.to_csv(tmp_path)
    back = read_tables(tmp_path)
    for name in TABLE_NAMES:
        pd.testing.assert_frame_equal(back[name], tables[name], check_dtype=True)


def test_outputs_second_writer_on_the_same_folder_is_refused(tmp_path):
    first = OutputSet(tmp_path, "csv", TABLE_NAMES)
    first.stage()
    try:
        with pytest.raises(OutputBusy):
            OutputSet(tmp_path, "csv", TABLE_NAMES).stage()
    finally:
        first.close()
    assert os.listdir(tmp_path / STORE) == []


def test_outputs_second_run_into_a_busy_folder_is_a_usage_error(tmp_path):
    (tmp_path / "in.txt").write_text("Robbery rose by 3% in 2019.\n", encoding="utf-8")
    first = OutputSet(tmp_path / "out", "csv", TABLE_NAMES)
    first.stage()
    try:
        result = CliRunner().invoke(app, ["extract", str(tmp_path / "in.txt"), "--out", str(tmp_path / "out")])
    finally:
        first.close()
    assert result.exit_code == 2 and "another run is writing" in result.output


def test_outputs_other_format_links_are_dropped(tmp_path):
    from extractor.api import extract_text

    tables = extract_text("Headline\n\nRobbery rose by 3% in 2019.")
    tables.to_parquet(tmp_path)
    tables.to_csv(tmp_path)
    assert_one_clean_set(tmp_path, "csv")
    assert os.readlink(tmp_path / STORE / CURRENT)


def test_outputs_reader_sees_one_set_while_a_new_one_is_published(tmp_path):
    """Tables opened before a publish are read whole from the set they belong to."""
    from extractor.api import extract_text

    extract_text("Headline\n\nRobbery rose by 3% in 2019.", release_id="first").to_csv(tmp_path)
    with open_set(tmp_path, TABLE_NAMES) as files:
        extract_text("Headline\n\nArson fell by 2%.", release_id="second").to_csv(tmp_path)
        seen = {name: f.read().decode() for name, f in files.items()}
    assert all("second" not in text for text in seen.values())
    assert "first" in seen["releases"] and "first" in seen["claims"]
    assert "second" in (tmp_path / "releases.csv").read_text()


# --------------------------------------------------------------------------- partitioned Parquet (Dask layout)

def _parts_run(out: Path, n_claims: int, fail: bool = False) -> None:
    from extractor.output import PartitionedParquetWriter
    from extractor.tables import frame

    with PartitionedParquetWriter(out) as writer:
        tables = {name: frame(name, []) for name in TABLE_NAMES}
        tables["claims"] = pd.DataFrame({"release_id": ["r"] * n_claims, "claim_id": range(n_claims)})
        writer.write_frames(tables)
        if fail:
            raise RuntimeError("the run breaks after writing a batch")


def test_outputs_partitioned_parquet_is_published_as_one_set(tmp_path: Path) -> None:
    out = tmp_path / "pq"
    _parts_run(out, 3)
    assert len(pd.read_parquet(out / "claims")) == 3
    assert (out / "claims").is_symlink() and os.readlink(out / "claims") == f"{STORE}/{CURRENT}/claims"
    _parts_run(out, 5)
    assert len(pd.read_parquet(out / "claims")) == 5
    with pytest.raises(RuntimeError):
        _parts_run(out, 7, fail=True)
    assert len(pd.read_parquet(out / "claims")) == 5  # the previous set, whole
    sets = [p for p in (out / STORE).iterdir() if p.name != CURRENT]
    assert len(sets) == 1  # nothing left of the broken run
