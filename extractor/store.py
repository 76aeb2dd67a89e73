"""A DuckDB file that holds the tables and grows run after run.

Archives arrive a few pages a day, so each run should only pay for what is
new. Every release is stored with the hash of its file's bytes (and of the
pipeline that read it): a rerun hashes the inputs, skips the releases whose
hash is stored before any of them reaches the pipeline, and replaces a
changed release's rows in every table in one transaction, so no release is
ever stored twice or half. The tables and their columns are taken from the
DataFrames written (a table or column added later is added to the file), not
from a list kept here.

One writer at a time: DuckDB locks the file for the process that opened it,
and a second writer gets ``StoreLockedError`` naming the holder; the file is
left as the first writer keeps it.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import re
import threading
from pathlib import Path
from typing import Iterable

import pandas as pd

from .inputs import InputItem
from .records import ReleaseResult
from .tables import SCHEMAS, coerce, frames

#: the store's own bookkeeping table: one row per stored release
INDEX = "_crime_claims_releases"
DEFAULT_FILE = "crime-claims.duckdb"
_LOCK_HOLDER = re.compile(r"\(PID (\d+)\)")
_OPEN_FOR_WRITING: set[Path] = set()
_OPEN_GUARD = threading.Lock()


class StoreError(RuntimeError):
    """The store file cannot be used (not a DuckDB file, unreadable)."""


class StoreLockedError(StoreError):
    """Another process (or another writer in this one) has the store open."""


def content_hash(path: str | Path, salt: str = "") -> str:
    """SHA-256 of a release file's bytes (an unreadable file hashes as empty), and of
    ``salt``: what else changes the release's rows (the run's ``--published``/``--area``)."""
    try:
        raw = Path(path).read_bytes()
    except OSError:
        raw = b""
    return hashlib.sha256(raw + salt.encode()).hexdigest()


def pipeline_fingerprint() -> str:
    """Hash of the package version and the model folder (config and rules): after a
    rule change the same release is read again rather than skipped."""
    from . import __version__
    from .resources import default_model_dir

    digest = hashlib.sha256(__version__.encode())
    root = default_model_dir()
    for file in sorted(p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(file.relative_to(root).as_posix().encode())
        digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def plain(data: pd.DataFrame) -> pd.DataFrame:
    """Categoricals as strings: a DuckDB ENUM would refuse a category added later."""
    out = data.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = out[col].astype("string")
    return out


class Store:
    """The DuckDB store at ``path``; use as a context manager (the lock is held while open)."""

    def __init__(self, path: str | Path, *, read_only: bool = False) -> None:
        import duckdb

        self.path = Path(path)
        self.read_only = read_only
        self.added = self.replaced = self.skipped = 0
        self._pipeline: str | None = None
        key = self.path.resolve()
        if not read_only:
            with _OPEN_GUARD:
                if key in _OPEN_FOR_WRITING:
                    raise StoreLockedError(f"{self.path} is already open for writing in this process")
                _OPEN_FOR_WRITING.add(key)
        self._key = None if read_only else key
        try:
            if read_only and not self.path.exists():
                raise StoreError(f"no store at {self.path}")
            if not read_only:
                self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except duckdb.IOException as exc:
            self._release_key()
            holder = _LOCK_HOLDER.search(str(exc))
            if "lock" in str(exc).lower():
                who = f"process {holder.group(1)}" if holder else "another process"
                raise StoreLockedError(
                    f"{self.path} is being written by {who}; one writer at a time: "
                    "wait for that run to finish (the file is left as it is)"
                ) from None
            raise StoreError(f"{self.path} is not a usable DuckDB file: {exc}") from None
        except duckdb.ConnectionException as exc:  # open in this process with other settings
            self._release_key()
            raise StoreLockedError(f"{self.path} is open for writing in this process: {exc}") from None
        except BaseException:
            self._release_key()
            raise
        if not read_only:
            self.con.execute(
                f"CREATE TABLE IF NOT EXISTS {INDEX} (release_id VARCHAR PRIMARY KEY, "
                "content_hash VARCHAR, pipeline VARCHAR, seq BIGINT, stored_at TIMESTAMP)"
            )

    def _release_key(self) -> None:
        if self._key is not None:
            with _OPEN_GUARD:
                _OPEN_FOR_WRITING.discard(self._key)
            self._key = None

    def close(self) -> None:
        try:
            self.con.close()
        finally:
            self._release_key()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def pipeline(self) -> str:
        if self._pipeline is None:
            self._pipeline = pipeline_fingerprint()
        return self._pipeline

    # ------------------------------------------------------------------ reading
    def tables(self) -> list[str]:
        rows = self.con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' "
            "AND table_type = 'BASE TABLE'"
        ).fetchall()
        return [r[0] for r in rows]

    def stored(self) -> dict[str, tuple[str, str]]:
        """release_id -> (content hash, pipeline fingerprint) of every stored release."""
        if INDEX not in self.tables():
            return {}
        rows = self.con.execute(f"SELECT release_id, content_hash, pipeline FROM {INDEX}").fetchall()
        return {rid: (h, p) for rid, h, p in rows}

    def read_table(self, name: str) -> pd.DataFrame | None:
        """A table in release order (the order releases were stored) with the project's dtypes."""
        if name not in self.tables():
            return None
        data = self.con.execute(
            f"SELECT t.* FROM {quoted(name)} AS t JOIN {INDEX} AS i ON t.release_id = i.release_id "
            "ORDER BY i.seq, t.rowid"
        ).df()
        schema = SCHEMAS.get(name, {})
        for col in data.columns:
            if col in schema:
                data[col] = coerce(data[col], schema[col])
        return data.reset_index(drop=True)

    # ------------------------------------------------------------------ deciding what to run
    def select_changed(self, items: Iterable[InputItem], salt: str = "") -> tuple[list[InputItem], dict[str, str]]:
        """The items whose content (or the pipeline) changed since they were stored,
        and the content hash of each; unchanged ones are counted in ``skipped``."""
        stored = self.stored()
        todo: list[InputItem] = []
        hashes: dict[str, str] = {}
        for item in items:
            digest = content_hash(item.path, salt)
            if stored.get(item.release_id) == (digest, self.pipeline):
                self.skipped += 1
                continue
            hashes[item.release_id] = digest
            todo.append(item)
        return todo, hashes

    # ------------------------------------------------------------------ writing
    def write_results(self, results: list[ReleaseResult], hashes: dict[str, str]) -> None:
        self.write_frames(frames(results), hashes)

    def write_frames(self, tables: dict[str, pd.DataFrame], hashes: dict[str, str]) -> None:
        """Replace the rows of the releases in ``tables["releases"]`` in every table,
        in one transaction (a crash keeps either the old rows or the new, never both)."""
        if self.read_only:
            raise StoreError(f"{self.path} is open read-only")
        ids = tables["releases"]["release_id"].astype("string").tolist()
        if not ids:
            return
        con = self.con
        con.execute("BEGIN TRANSACTION")
        try:
            con.register("_ids", pd.DataFrame({"release_id": pd.Series(ids, dtype="string")}))
            existing = {r[0] for r in con.execute(
                f"SELECT release_id FROM {INDEX} WHERE release_id IN (SELECT release_id FROM _ids)"
            ).fetchall()}
            present = set(self.tables())
            for name in present - {INDEX}:
                if "release_id" in self._columns(name):
                    con.execute(f"DELETE FROM {quoted(name)} WHERE release_id IN (SELECT release_id FROM _ids)")
            for name, data in tables.items():
                self._insert(name, plain(data), name in present)
            seq0 = con.execute(f"SELECT coalesce(max(seq), 0) FROM {INDEX}").fetchall()[0][0]
            now = dt.datetime.now().replace(microsecond=0)  # bookkeeping only, never an output value
            con.register("_index", pd.DataFrame({
                "release_id": ids, "content_hash": [hashes.get(i) for i in ids],
                "pipeline": self.pipeline, "seq": range(seq0 + 1, seq0 + 1 + len(ids)), "stored_at": now,
            }))
            con.execute(f"DELETE FROM {INDEX} WHERE release_id IN (SELECT release_id FROM _ids)")
            con.execute(f"INSERT INTO {INDEX} BY NAME SELECT * FROM _index")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        finally:
            for view in ("_ids", "_index", "_rows"):
                try:
                    con.unregister(view)
                except Exception:
                    pass
        self.replaced += len(existing)
        self.added += len(set(ids) - existing)

    def _columns(self, name: str) -> dict[str, str]:
        return {r[0]: r[1] for r in self.con.execute(f"DESCRIBE {quoted(name)}").fetchall()}

    def _insert(self, name: str, data: pd.DataFrame, exists: bool) -> None:
        """Insert by column name; a table or column the file lacks is created from the data."""
        con = self.con
        con.register("_rows", data)
        if not exists:
            con.execute(f"CREATE TABLE {quoted(name)} AS SELECT * FROM _rows LIMIT 0")
        else:
            have = self._columns(name)
            types = {r[0]: r[1] for r in con.execute("DESCRIBE SELECT * FROM _rows").fetchall()}
            for col in data.columns:
                if col not in have:
                    con.execute(f"ALTER TABLE {quoted(name)} ADD COLUMN {quoted(col)} {types[col]}")
        if len(data):
            con.execute(f"INSERT INTO {quoted(name)} BY NAME SELECT * FROM _rows")
        con.unregister("_rows")


def read_tables(path: str | Path) -> dict[str, pd.DataFrame | None]:
    """Every table in the store at ``path`` (read-only; the project's dtypes)."""
    with Store(path, read_only=True) as store:
        return {name: store.read_table(name) for name in store.tables() if name != INDEX}
