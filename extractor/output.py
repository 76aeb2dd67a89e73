"""Where a run's tables go: CSV or Parquet files in a folder, or the DuckDB store.

Both engines (local processes, Dask) hand an output the tables of one batch of
releases at a time; the output decides which inputs still need running (the
store skips unchanged releases) and how the batches are kept.
"""
from __future__ import annotations

from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import pandas as pd

from .inputs import InputItem
from .outputs import OutputSet, PublishOnExit, fsync_dir, fsync_file
from .tables import TABLE_NAMES, TableWriter, frame

FORMATS = ("csv", "parquet", "duckdb")


class Output:
    """Tables written batch by batch; ``select`` says which inputs to run."""

    skipped = 0

    def select(self, items: list[InputItem], salt: str = "") -> list[InputItem]:
        return items

    def write_frames(self, tables: dict[str, pd.DataFrame]) -> None:
        raise NotImplementedError


class FilesOutput(Output):
    def __init__(self, writer: TableWriter | "PartitionedParquetWriter") -> None:
        self.writer = writer

    def write_frames(self, tables: dict[str, pd.DataFrame]) -> None:
        self.writer.write_frames(tables)


class StoreOutput(Output):
    """The DuckDB store: only new or changed releases are run; each batch replaces
    its releases' rows in one transaction."""

    def __init__(self, store: "Store") -> None:  # noqa: F821 (imported lazily)
        self.store = store
        self.hashes: dict[str, str] = {}

    @property
    def skipped(self) -> int:  # type: ignore[override]
        return self.store.skipped

    def select(self, items: list[InputItem], salt: str = "") -> list[InputItem]:
        todo, self.hashes = self.store.select_changed(items, salt)
        return todo

    def write_frames(self, tables: dict[str, pd.DataFrame]) -> None:
        self.store.write_frames(tables, self.hashes)


def store_path(target: Path) -> Path:
    """``--db FILE.duckdb`` names the file; ``--format duckdb --out DIR`` puts it in DIR."""
    from .store import DEFAULT_FILE

    return target if target.suffix == ".duckdb" else target / DEFAULT_FILE


@contextmanager
def open_output(target: Path, fmt: str, *, partitioned: bool = False,
                tables: tuple[str, ...] = TABLE_NAMES) -> Iterator[Output]:
    """The output for ``fmt``; files are published only when the block ends cleanly."""
    if fmt == "duckdb":
        from .store import Store

        with Store(store_path(target)) as store:
            yield StoreOutput(store)
    elif fmt == "parquet" and partitioned:
        with PartitionedParquetWriter(target, tables) as writer:
            yield FilesOutput(writer)
    elif fmt in ("csv", "parquet"):
        with TableWriter(target, fmt, tables) as writer:
            yield FilesOutput(writer)
    else:
        raise ValueError(f"unknown format {fmt!r} ({', '.join(FORMATS)})")


class PartitionedParquetWriter(PublishOnExit):
    """One folder per table, one Parquet file per batch (``claims/part.00000.parquet``),
    the layout ``dask.dataframe.to_parquet`` writes and ``pd.read_parquet(folder)``
    reads. The folders are written into a new output set and published together,
    as the CSV/Parquet files are (``outputs.OutputSet``): a crash at any point
    leaves the previous set whole, never a mix of old and new tables."""

    def __init__(self, out_dir: str | Path, tables: tuple[str, ...] = TABLE_NAMES) -> None:
        self.out_dir = Path(out_dir)
        self.names = tuple(n for n in TABLE_NAMES if n in tables)
        self.paths: list[Path] = []
        self._set = TableFolderSet(self.out_dir, "parquet-parts", self.names)
        self._tmp: Path | None = None
        self._parts = 0
        self._rows = {name: 0 for name in self.names}

    def __enter__(self) -> "PartitionedParquetWriter":
        self._tmp = self._set.stage()
        for name in self.names:
            (self._tmp / name).mkdir()
        return self

    def release(self) -> None:
        self._set.close()

    def write_frames(self, tables: dict[str, pd.DataFrame]) -> None:
        assert self._tmp is not None, "use PartitionedParquetWriter as a context manager"
        for name in self.names:
            data = tables[name]
            data.to_parquet(self._tmp / name / f"part.{self._parts:05d}.parquet", index=False)
            self._rows[name] += len(data)
        self._parts += 1

    def commit(self) -> None:
        assert self._tmp is not None
        if self._parts == 0:  # no release ran: every table still gets its (empty) part
            self.write_frames({name: frame(name, []) for name in self.names})
        self.paths = self._set.publish(self._rows)


class TableFolderSet(OutputSet):
    """An output set whose tables are folders of parts (``claims/``), not single files."""

    def files(self) -> list[str]:
        return list(self.names)

    def publish(self, counts: dict[str, int]) -> list[Path]:
        assert self._dir is not None, "stage() first"
        for name in self.names:  # the parts, then their folders, are on disk before the switch
            for part in (self._dir / name).iterdir():
                fsync_file(part)
            fsync_dir(self._dir / name)
        return super().publish(counts, sync_files=False)
