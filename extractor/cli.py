"""The ``crime-claims`` command: a thin layer over the library.

Exit codes: 0 every release read, 1 some releases had errors (outputs are
still written), 2 usage errors.
"""
from __future__ import annotations

import json
import tempfile
import time
from enum import Enum
from pathlib import Path
from typing import Callable, Iterator, List, Optional

import pandas as pd
import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .batch import iter_results
from .evaluate import format_summary, gold_files, score_outputs
from .inputs import InputError, InputItem, plan
from .output import open_output
from .outputs import OutputBusy
from .records import ReleaseResult
from .release import ReleaseDefaults
from .store import StoreError
from .tables import TABLE_NAMES, frames

app = typer.Typer(add_completion=False, no_args_is_help=True,
                  help="Find statistical claims, periods and quotes in crime-statistics releases.")
err = Console(stderr=True)
#: results per table write. Each write builds typed DataFrames with a fixed
#: per-call cost (64: ~1.4 ms/release, 256: ~0.6, about 1% of a release's
#: time either way), but a 256-row batch leaves ~15 MB more behind in the
#: allocator; 64 keeps peak memory flat from the first batch on.
WRITE_BATCH = 64


class Format(str, Enum):
    csv = "csv"
    parquet = "parquet"
    duckdb = "duckdb"


class Engine(str, Enum):
    local = "local"
    dask = "dask"


def usage_error(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {escape(message)}")  # a message may hold [brackets]
    return typer.Exit(2)


def run_extract(
    inputs: list[str], out: Path, fmt: str, jobs: int, quiet: bool, *,
    engine: str = "local", scheduler: str | None = None, connect_timeout: float = 10.0,
    defaults: ReleaseDefaults | None = None, check: bool = True,
) -> dict[str, int]:
    """Extract every input into ``out`` (a folder, or the store file for duckdb);
    returns counts for the summary.

    ``defaults`` fill what an input's metadata lacks. With ``check`` the claims are
    held against the official figures (``checks`` table); the official data is
    read only if a claim needs it.
    """
    try:
        items = plan(inputs)
    except InputError as exc:
        raise usage_error(str(exc)) from None
    counts = {"releases": 0, "errors": 0, "claims": 0, "periods": 0, "quotes": 0, "checks": 0, "skipped": 0}
    names = TABLE_NAMES if check else tuple(n for n in TABLE_NAMES if n != "checks")
    show = not quiet and err.is_terminal
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]} releases/s"), TimeElapsedColumn(),
                        console=err, disable=not show, transient=True)
    start = time.perf_counter()
    try:
        with progress, open_output(out, fmt, partitioned=engine == "dask", tables=names) as output:
            # the defaults change what a release gives: part of what the store compares
            items = output.select(items, salt=repr(defaults) if defaults else "")
            counts["skipped"] = output.skipped
            task = progress.add_task("extract", total=len(items), rate="-")

            def advance(n: int = 1) -> None:
                rate = (counts["releases"] + n) / max(time.perf_counter() - start, 1e-9)
                progress.update(task, advance=n, rate=f"{rate:.1f}")

            for tables in table_batches(items, engine, jobs, scheduler, connect_timeout, advance, defaults,
                                        check):
                releases = tables["releases"]
                counts["releases"] += len(releases)
                counts["errors"] += int(releases["error"].notna().sum())
                for name in ("claims", "periods", "quotes", "checks"):
                    counts[name] += len(tables[name])
                output.write_frames({name: tables[name] for name in names})
    except (StoreError, OutputBusy) as exc:
        raise usage_error(str(exc)) from None
    counts["seconds"] = time.perf_counter() - start
    return counts


def table_batches(
    items: list[InputItem], engine: str, jobs: int, scheduler: str | None, connect_timeout: float,
    advance: Callable[[int], None], defaults: ReleaseDefaults | None = None, check: bool = True,
) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of successive batches of releases, in input order, from either engine."""
    if not items:  # nothing to run (all unchanged in the store): the pipeline is not even loaded
        return
    if engine == "dask":
        from . import dask as dask_engine

        try:
            yield from dask_engine.iter_tables(items, scheduler=scheduler, workers=jobs,
                                               connect_timeout=connect_timeout, on_batch=advance,
                                               defaults=defaults, check=check)
        except dask_engine.DaskUnavailable as exc:
            raise usage_error(str(exc)) from None
        return
    if check:
        from .official import check_results
    batch: list[ReleaseResult] = []
    for result in iter_results(items, jobs=jobs, defaults=defaults):
        if check:
            check_results([result])
        batch.append(result)
        advance(1)
        if len(batch) >= WRITE_BATCH:
            yield frames(batch)
            batch = []
    yield frames(batch)


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help="Release files and folders (searched for *.txt, *.md, *.html, *.htm)."),
    out: Optional[Path] = typer.Option(None, "--out", "-o", help="Folder for the output tables."),
    fmt: Format = typer.Option(Format.csv, "--format", help="csv, parquet or duckdb (a store later runs add to)."),
    db: Optional[Path] = typer.Option(None, "--db", help="DuckDB store file to add to (implies --format duckdb)."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes (local engine)."),
    engine: Engine = typer.Option(Engine.local, "--engine", help="local (processes) or dask."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="Dask scheduler address (default: a LocalCluster)."),
    workers: int = typer.Option(2, "--workers", min=1, help="LocalCluster workers (dask engine)."),
    connect_timeout: float = typer.Option(10.0, "--connect-timeout", help="Seconds to reach the Dask scheduler."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs whose metadata has none."),
    area: Optional[str] = typer.Option(None, "--area", help="Area (force) for inputs whose metadata names none."),
    check: bool = typer.Option(True, "--check/--no-check",
                               help="Hold claims against the official figures (checks table)."),
) -> None:
    """Extract claims, periods, quotes, the headline comparison and the official checks into tables."""
    if db is not None:
        if fmt not in (Format.csv, Format.duckdb) or out is not None:
            raise usage_error("--db names the store file: give it without --out and --format")
        fmt, target = Format.duckdb, db
    elif out is None:
        raise usage_error("give --out DIR (or --db FILE.duckdb)")
    else:
        target = out
    if fmt is not Format.duckdb and target.exists() and not target.is_dir():
        raise usage_error(f"--out {target} exists and is not a folder")
    try:
        defaults = ReleaseDefaults.parse(published, area)
    except ValueError as exc:
        raise usage_error(f"--published: {exc}") from None
    counts = run_extract(inputs, target, fmt.value, workers if engine is Engine.dask else jobs, quiet,
                         engine=engine.value, scheduler=scheduler, connect_timeout=connect_timeout,
                         defaults=defaults, check=check)
    if not quiet:
        rate = counts["releases"] / max(counts["seconds"], 1e-9)
        skipped = f" ({counts['skipped']} unchanged, skipped)" if fmt is Format.duckdb else ""
        err.print(
            f"{counts['releases']} releases{skipped}, {counts['errors']} with errors; {counts['claims']} claims, "
            f"{counts['periods']} periods, {counts['quotes']} quotes, {counts['checks']} checks -> {target} "
            f"({counts['seconds']:.1f} s, {rate:.1f} releases/s)", highlight=False, soft_wrap=True,
        )
    raise typer.Exit(1 if counts["errors"] else 0)


@app.command()
def evaluate(
    gold_dir: Path = typer.Argument(..., help="Folder with NAME.txt releases and NAME.gold.yaml beside them."),
    details: bool = typer.Option(False, "--details", help="List the misses per release."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    out: Optional[Path] = typer.Option(None, "--out", help="Keep the extracted tables here."),
    texts: Optional[Path] = typer.Option(
        None, "--texts", help="Folder of the NAME.txt releases, when not beside the gold files."),
    ids: Optional[Path] = typer.Option(
        None, "--ids", help="File of release ids (one per line): score only these."),
) -> None:
    """Run the pipeline on the gold-annotated releases and score it."""
    golds = gold_files(gold_dir) if gold_dir.is_dir() else []
    if ids is not None:
        wanted = {line.strip() for line in ids.read_text(encoding="utf-8").splitlines() if line.strip()}
        golds = [g for g in golds if g.name[: -len(".gold.yaml")] in wanted]
    if not golds:
        raise usage_error(f"no *.gold.yaml files in {gold_dir}")
    text_dir = texts or gold_dir
    releases = [text_dir / (g.name[: -len(".gold.yaml")] + ".txt") for g in golds]
    missing = [str(r) for r in releases if not r.exists()]
    if missing:
        raise usage_error(f"gold files without their release: {', '.join(missing)}")
    with tempfile.TemporaryDirectory() as tmp:
        target = out or Path(tmp)
        run_extract([str(r) for r in releases], target, "csv", 1, quiet=True)
        score = score_outputs(gold_dir, target, only={g.name[: -len(".gold.yaml")] for g in golds})
    if details:
        for rid, misses in score.details.items():
            print(rid, json.dumps({**misses, "fields_wrong": score.fields_wrong.get(rid, [])}, ensure_ascii=False))
    summary = score.summary()
    print(json.dumps(summary) if as_json else format_summary(summary))


@app.command()
def report(
    out_dir: Path = typer.Argument(..., help="Output folder of a finished `extract` run."),
    html_path: Optional[Path] = typer.Option(None, "--html", help="Where to write the page "
                                             "(default: OUT_DIR/report.html)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No summary line."),
) -> None:
    """Write one self-contained HTML page to review a run: verdicts, highlighted texts, every row."""
    from .report import write_report

    start = time.perf_counter()
    try:
        target = write_report(out_dir, html_path)
    except FileNotFoundError as exc:
        raise usage_error(str(exc)) from None
    if not quiet:
        size = target.stat().st_size / 1e6
        err.print(f"report -> {target} ({size:.1f} MB, {time.perf_counter() - start:.1f} s)", highlight=False,
                  soft_wrap=True)


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
