"""The output tables: schemas, DataFrames from records, CSV/Parquet export.

This is the one place where findings become DataFrames. Columns and their
order follow ``shared/spec/outputs.md``; each column has a pandas dtype
(nullable numerics, ``string``, categoricals for enumerations, datetimes).
"""
from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Iterable

import numpy as np
import pandas as pd

from .outputs import OutputSet, PublishOnExit, open_set
from .records import ReleaseResult

WHERE = ("headline", "body")
UNITS = ("percent", "percentage_point", "count", "rate", "currency", "ratio")
KINDS = ("change", "level")
DIRECTIONS = ("decrease", "increase", "none")
APPROX = ("exact", "approximate", "lower_bound", "upper_bound")
QUOTE_KINDS = ("direct", "indirect")
STATUSES = ("consistent", "qualified", "contradicted", "unsupported", "no_headline_claim")
MEASURE_KINDS = ("count", "percent_change", "count_change", "rate_per_1000")
VERDICTS = ("matches", "close", "differs", "no_official_figure")

DATE = "date"          # ISO date, held as datetime64 in pandas, written YYYY-MM-DD
DATETIME = "datetime"  # ISO date-time

SCHEMAS: dict[str, dict[str, Any]] = {
    "releases": {
        "release_id": "string", "path": "string", "url": "string", "area": "string",
        "title": "string", "headline": "string", "published": DATETIME,
        "n_claims": "Int64", "n_periods": "Int64", "n_quotes": "Int64",
        "error": "string", "warnings": "string", "body_start": "Int64", "text": "string",
    },
    "claims": {
        "release_id": "string", "claim_id": "Int64", "where": WHERE, "text": "string",
        "sentence": "string", "value": "Float64", "unit": UNITS, "kind": KINDS,
        "direction": DIRECTIONS, "approx": APPROX, "metric": "string", "area": "string",
        "source": "string", "measure": "string", "period_start": DATE, "period_end": DATE,
        "baseline_start": DATE, "baseline_end": DATE, "quote_id": "Int64",
        "start_char": "Int64", "end_char": "Int64", "rule_id": "string", "because": "string",
    },
    "periods": {
        "release_id": "string", "period_id": "Int64", "where": WHERE, "text": "string",
        "start": DATE, "end": DATE, "relative": "boolean",
        "start_char": "Int64", "end_char": "Int64", "rule_id": "string",
    },
    "quotes": {
        "release_id": "string", "quote_id": "Int64", "text": "string", "speaker": "string",
        "role": "string", "org": "string", "cue": "string", "kind": QUOTE_KINDS,
        "start_char": "Int64", "end_char": "Int64", "rule_id": "string",
    },
    "comparison": {
        "release_id": "string", "headline_claim_id": "Int64", "headline_text": "string",
        "metric": "string", "measure": "string", "area": "string", "direction": DIRECTIONS,
        "value": "Float64", "body_claim_ids": "string", "body_values": "string", "status": STATUSES,
        "note": "string",
    },
    "checks": {
        "release_id": "string", "claim_id": "Int64", "area_code": "string", "area_name": "string",
        "offence_group": "string", "period_start": DATE, "period_end": DATE, "baseline_start": DATE,
        "baseline_end": DATE, "measure_kind": MEASURE_KINDS, "official_value": "Float64",
        "claimed_value": "Float64", "verdict": VERDICTS, "source_table": "string", "caveats": "string",
        "note": "string",
    },
}
TABLE_NAMES = tuple(SCHEMAS)
#: tables a run may lack (``extract --no-check`` writes no checks); read when present
OPTIONAL_TABLES = ("checks",)


def format_number(value: float | None) -> str:
    """A value as written in CSV: integers without '.0', others as short as exact."""
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)


def release_rows(result: ReleaseResult) -> dict[str, list[dict[str, Any]]]:
    """The rows one release contributes to each table."""
    rid = result.release_id
    rows: dict[str, list[dict[str, Any]]] = {
        "releases": [{
            "release_id": rid, "path": result.path, "url": result.url, "area": result.area,
            "title": result.title, "headline": result.headline, "published": result.published,
            "n_claims": len(result.claims), "n_periods": len(result.periods),
            "n_quotes": len(result.quotes), "error": result.error,
            "warnings": "; ".join(result.warnings) or None,
            "body_start": result.body_start, "text": result.text,
        }],
        "claims": [], "periods": [], "quotes": [], "comparison": [], "checks": [],
    }
    for c in result.claims:
        rows["claims"].append({
            "release_id": rid, "claim_id": c.claim_id, "where": c.where, "text": c.text,
            "sentence": c.sentence, "value": c.value, "unit": c.unit, "kind": c.kind,
            "direction": c.direction, "approx": c.approx, "metric": c.metric, "area": c.area,
            "source": c.source, "measure": c.measure, "period_start": c.period_start, "period_end": c.period_end,
            "baseline_start": c.baseline_start, "baseline_end": c.baseline_end,
            "quote_id": c.quote_id, "start_char": c.start_char, "end_char": c.end_char,
            "rule_id": c.rule_id, "because": c.because,
        })
    for p in result.periods:
        rows["periods"].append({
            "release_id": rid, "period_id": p.period_id, "where": p.where, "text": p.text,
            "start": p.start, "end": p.end, "relative": p.relative,
            "start_char": p.start_char, "end_char": p.end_char, "rule_id": p.rule_id,
        })
    for q in result.quotes:
        rows["quotes"].append({
            "release_id": rid, "quote_id": q.quote_id, "text": q.text, "speaker": q.speaker,
            "role": q.role, "org": q.org, "cue": q.cue, "kind": q.kind,
            "start_char": q.start_char, "end_char": q.end_char, "rule_id": q.rule_id,
        })
    for m in result.comparisons:
        rows["comparison"].append({
            "release_id": rid, "headline_claim_id": m.headline_claim_id,
            "headline_text": m.headline_text, "metric": m.metric, "measure": m.measure, "area": m.area,
            "direction": m.direction, "value": m.value,
            "body_claim_ids": ";".join(str(i) for i in m.body_claim_ids) or None,
            "body_values": ";".join(format_number(v) for v in m.body_values) or None,
            "status": m.status, "note": m.note,
        })
    for k in result.checks:
        rows["checks"].append({
            "release_id": rid, "claim_id": k.claim_id, "area_code": k.area_code, "area_name": k.area_name,
            "offence_group": k.offence_group, "period_start": k.period_start, "period_end": k.period_end,
            "baseline_start": k.baseline_start, "baseline_end": k.baseline_end,
            "measure_kind": k.measure_kind, "official_value": k.official_value,
            "claimed_value": k.claimed_value, "verdict": k.verdict, "source_table": k.source_table,
            "caveats": "; ".join(k.caveats) or None, "note": k.note,
        })
    return rows


def frame(name: str, rows: list[dict[str, Any]]) -> pd.DataFrame:
    """A typed DataFrame for table ``name`` (the right columns even when empty).

    Columns of plain values (what records hold) are typed straight from their
    lists (``typed_column``): an untyped frame first, then ``coerce`` on each
    column, cost about 1.5 ms a column however few the rows, most of a batch's
    table time. Any other value sends the table the general way, ``coerce``."""
    schema = SCHEMAS[name]
    typed: dict[str, Any] = {}
    for col, dtype in schema.items():
        column = typed_column([row.get(col) for row in rows], dtype)
        if column is None:
            return coerced_frame(schema, rows)
        typed[col] = column
    return pd.DataFrame(typed)


def coerced_frame(schema: dict[str, Any], rows: list[dict[str, Any]]) -> pd.DataFrame:
    """The table built untyped, then each column through ``coerce`` (any values)."""
    data = pd.DataFrame.from_records(rows, columns=list(schema)) if rows else pd.DataFrame(
        {col: [] for col in schema}
    )
    for col, dtype in schema.items():
        data[col] = coerce(data[col], dtype)
    return data


#: ints a float64 holds exactly: ``coerce`` reads an Int64 column with a missing value through float64
EXACT_INT = 2**53


def typed_column(values: list[Any], dtype: Any) -> Any:
    """The column ``coerce`` makes of ``values``, built from the list directly; None unless every
    value is None or of the one plain type ``coerce`` would give the same answer for."""
    if isinstance(dtype, tuple) or dtype in (DATE, DATETIME) or dtype == "string":
        if not all(v is None or type(v) is str for v in values):
            return None
        if isinstance(dtype, tuple):
            return pd.Categorical(values, categories=list(dtype))
        if dtype == "string":
            return pd.array(values, dtype="string")
        return coerce(pd.Series(values, dtype="object"), dtype).array
    if dtype == "Int64":
        if not all(v is None or (type(v) is int and -EXACT_INT <= v <= EXACT_INT) for v in values):
            return None
        return pd.array(values, dtype="Int64")
    if dtype == "Float64":
        if not all(v is None or (type(v) in (int, float) and -EXACT_INT <= v <= EXACT_INT) for v in values):
            return None
        return pd.array(np.array([np.nan if v is None else v for v in values], dtype="float64"), dtype="Float64")
    if dtype == "boolean":
        if not all(v is None or type(v) is bool for v in values):
            return None
        return pd.array(values, dtype="boolean")
    return None


def coerce(series: pd.Series, dtype: Any) -> pd.Series:
    if isinstance(dtype, tuple):
        return pd.Series(
            pd.Categorical(series.astype("object").where(series.notna(), None), categories=list(dtype)),
            index=series.index, name=series.name,
        )
    if dtype in (DATE, DATETIME):
        return pd.to_datetime(series.astype("object"), errors="coerce", format="ISO8601").astype(
            "datetime64[ns]"
        )
    if dtype == "Int64":
        return pd.to_numeric(series, errors="coerce").astype("Int64")
    if dtype == "Float64":
        return pd.to_numeric(series, errors="coerce").astype("Float64")
    if dtype == "boolean":
        return series.astype("object").where(series.notna(), None).astype("boolean")
    return series.astype("object").where(series.notna(), None).astype("string")


def frames(results: Iterable[ReleaseResult]) -> dict[str, pd.DataFrame]:
    """All tables for a set of release results."""
    rows: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLE_NAMES}
    for result in results:
        for name, table_rows in release_rows(result).items():
            rows[name].extend(table_rows)
    return {name: frame(name, rows[name]) for name in TABLE_NAMES}


def csv_frame(name: str, data: pd.DataFrame) -> pd.DataFrame:
    """The DataFrame as CSV shows it: ISO dates, true/false, numbers as written."""
    out = data.copy()
    for col, dtype in SCHEMAS[name].items():
        if dtype == DATE:
            out[col] = out[col].dt.strftime("%Y-%m-%d")
        elif dtype == DATETIME:
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else v.isoformat())
        elif dtype == "boolean":
            out[col] = out[col].map(lambda v: "" if pd.isna(v) else ("true" if v else "false"))
        elif dtype == "Float64":
            out[col] = out[col].map(format_number)
    return out


def read_tables(source: str | Path) -> dict[str, pd.DataFrame]:
    """The tables of a finished run, typed as ``extract`` returns them.

    ``source`` is an output folder of ``crime-claims extract`` (CSV or Parquet).
    Every reader of a run's outputs (the report, notebooks) goes through here,
    so another store is one more branch in this function. Tables of
    ``OPTIONAL_TABLES`` are included when present; a column the run lacks
    (an older run) is NA, a column the schema does not know is kept as text.
    """
    folder = Path(source)
    if not folder.is_dir():
        raise FileNotFoundError(f"no such output folder: {folder}")
    out: dict[str, pd.DataFrame] = {}
    names = tuple(dict.fromkeys((*TABLE_NAMES, *OPTIONAL_TABLES)))
    fmt = "csv" if (folder / "releases.csv").exists() or not (folder / "releases.parquet").exists() else "parquet"
    # every table opened from one published set before any is read: never two runs mixed
    with open_set(folder, names, fmt, missing_ok=True) as files:
        loaded = {name: _read_table_file(files[name], fmt) for name in names}
    for name in names:
        data = loaded[name]
        if data is None:
            if name not in OPTIONAL_TABLES:
                raise FileNotFoundError(f"{folder} has no {name}.csv or {name}.parquet: not an extract output")
            continue
        schema = SCHEMAS.get(name, {})
        empty = frame(name, []) if schema else None
        for col, dtype in schema.items():
            if col not in data:
                data[col] = empty[col].reindex(data.index)
                continue
            if dtype == "boolean" and not pd.api.types.is_bool_dtype(data[col]):  # CSV writes true/false
                data[col] = data[col].map({"true": True, "false": False}, na_action="ignore")
            data[col] = coerce(data[col], dtype)
        extra = [c for c in data.columns if c not in schema]
        out[name] = data[[*schema, *extra]]
    return out


def _read_table_file(source: Any, fmt: str) -> pd.DataFrame | None:
    """One table from an open file (None: the run has no such table)."""
    if source is None:
        return None
    if fmt == "csv":
        return pd.read_csv(source, dtype=str, keep_default_na=False, na_values=[""], encoding="utf-8")
    return pd.read_parquet(source)  # parquet keeps our dtypes; text the schema does not know stays text


@dataclass
class Tables:
    """The tables of one extraction, as pandas DataFrames (``checks`` empty when not checked)."""

    releases: pd.DataFrame
    claims: pd.DataFrame
    periods: pd.DataFrame
    quotes: pd.DataFrame
    comparison: pd.DataFrame
    checks: pd.DataFrame

    @classmethod
    def from_results(cls, results: Iterable[ReleaseResult]) -> "Tables":
        return cls(**frames(results))

    def __getitem__(self, name: str) -> pd.DataFrame:
        return getattr(self, name)

    def items(self) -> list[tuple[str, pd.DataFrame]]:
        return [(name, self[name]) for name in TABLE_NAMES]

    def to_csv(self, out_dir: str | Path) -> list[Path]:
        """Write the tables as CSV files, atomically (see ``TableWriter``)."""
        with TableWriter(out_dir, "csv") as writer:
            writer.write_frames(dict(self.items()))
        return writer.paths

    @classmethod
    def from_duckdb(cls, path: str | Path) -> "Tables":
        """The tables of a DuckDB store (``crime-claims extract --db FILE``), in the
        order their releases were stored; a table the file lacks comes back empty."""
        from .store import read_tables

        stored = read_tables(path)
        return cls(**{
            f.name: stored[f.name] if stored.get(f.name) is not None else frame(f.name, [])
            for f in fields(cls)
        })

    def to_parquet(self, out_dir: str | Path) -> list[Path]:
        with TableWriter(out_dir, "parquet") as writer:
            writer.write_frames(dict(self.items()))
        return writer.paths


class TableWriter(PublishOnExit):
    """Stream batches of rows into the tables, then publish them as one set.

    Rows go to a new set folder beside the published one (see ``outputs``);
    only ``commit`` (on a clean exit of the ``with`` block) publishes it, in
    one atomic step, so a crash at any point leaves the previous set whole
    and readers never see tables of two runs.
    """

    def __init__(self, out_dir: str | Path, fmt: str = "csv", tables: tuple[str, ...] = TABLE_NAMES) -> None:
        if fmt not in ("csv", "parquet"):
            raise ValueError(f"unknown format {fmt!r} (csv or parquet)")
        unknown = set(tables) - set(TABLE_NAMES)
        if unknown:
            raise ValueError(f"unknown table(s) {sorted(unknown)}")
        self.names = tuple(n for n in TABLE_NAMES if n in tables)
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        self.paths: list[Path] = []
        self._set = OutputSet(self.out_dir, fmt, self.names)
        self._tmp: Path | None = None
        self._csv_started: set[str] = set()
        self._parquet: dict[str, Any] = {}
        self._rows: dict[str, int] = {name: 0 for name in self.names}

    def __enter__(self) -> "TableWriter":
        self._tmp = self._set.stage()
        try:
            if self.fmt == "csv":
                # Headers first: every table exists from the start, and pandas' CSV
                # machinery is warmed up before the pipeline's peak, so a long run's
                # first batch does not raise peak memory above a short run's.
                for name in self.names:
                    self._append_csv(name, frame(name, []))
        except BaseException:
            self._set.close()
            raise
        return self

    def release(self) -> None:
        self._close_parquet()
        self._set.close()

    def write_results(self, results: Iterable[ReleaseResult]) -> None:
        self.write_frames(frames(results))

    def write_frames(self, tables: dict[str, pd.DataFrame]) -> None:
        for name in self.names:
            data = tables[name]
            self._rows[name] += len(data)
            if self.fmt == "csv":
                self._append_csv(name, data)
            else:
                self._append_parquet(name, data)

    def _file(self, name: str) -> Path:
        assert self._tmp is not None, "use TableWriter as a context manager"
        return self._tmp / f"{name}.{self.fmt}"

    def _append_csv(self, name: str, data: pd.DataFrame) -> None:
        first = name not in self._csv_started
        self._csv_started.add(name)
        csv_frame(name, data).to_csv(
            self._file(name), mode="w" if first else "a", header=first, index=False,
            encoding="utf-8", lineterminator="\n",
        )

    def _append_parquet(self, name: str, data: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        writer = self._parquet.get(name)
        if writer is None:
            table = pa.Table.from_pandas(data, preserve_index=False)
            writer = self._parquet[name] = pq.ParquetWriter(self._file(name), table.schema)
        else:
            table = pa.Table.from_pandas(data, preserve_index=False, schema=writer.schema)
        writer.write_table(table)

    def _close_parquet(self) -> None:
        for writer in self._parquet.values():
            writer.close()
        self._parquet.clear()

    def commit(self) -> None:
        """Make sure every table exists (possibly empty), then publish the set."""
        for name in self.names:
            if not self._file(name).exists() and name not in self._parquet:
                if self.fmt == "csv":
                    self._append_csv(name, frame(name, []))
                else:
                    self._append_parquet(name, frame(name, []))
        self._close_parquet()
        self.paths = self._set.publish(self._rows)
