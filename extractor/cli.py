"""The ``crime-claims`` command: a thin layer over the library.

Exit codes: 0 every release read, 1 some releases had errors (outputs are
still written), 2 usage errors.
"""
from __future__ import annotations

import json
import sys
import tempfile
import time
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from .batch import iter_results
from .evaluate import format_summary, gold_files, score_outputs
from .inputs import InputError, plan
from .records import ReleaseResult
from .release import ReleaseDefaults
from .tables import TABLE_NAMES, TableWriter

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


def usage_error(message: str) -> typer.Exit:
    err.print(f"[red]error:[/red] {message}")
    return typer.Exit(2)


def run_extract(inputs: list[str], out: Path, fmt: str, jobs: int, quiet: bool,
                defaults: ReleaseDefaults | None = None, check: bool = True) -> dict[str, int]:
    """Extract every input into ``out``; returns counts for the summary.

    ``defaults`` fill what an input's metadata lacks. With ``check`` the claims are
    held against the official figures (``checks`` table); the official data is
    read only if a claim needs it.
    """
    try:
        items = plan(inputs)
    except InputError as exc:
        raise usage_error(str(exc)) from None
    counts = {"releases": 0, "errors": 0, "claims": 0, "periods": 0, "quotes": 0, "checks": 0}
    names = TABLE_NAMES if check else tuple(n for n in TABLE_NAMES if n != "checks")
    if check:
        from .official import check_results
    show = not quiet and err.is_terminal
    progress = Progress(TextColumn("extracting"), BarColumn(), MofNCompleteColumn(),
                        TextColumn("{task.fields[rate]} releases/s"), TimeElapsedColumn(),
                        console=err, disable=not show, transient=True)
    start = time.perf_counter()
    with progress, TableWriter(out, fmt, names) as writer:
        task = progress.add_task("extract", total=len(items), rate="-")
        batch: list[ReleaseResult] = []
        for result in iter_results(items, jobs=jobs, defaults=defaults):
            counts["releases"] += 1
            counts["errors"] += bool(result.error)
            counts["claims"] += len(result.claims)
            counts["periods"] += len(result.periods)
            counts["quotes"] += len(result.quotes)
            if check:
                check_results([result])
                counts["checks"] += len(result.checks)
            batch.append(result)
            if len(batch) >= WRITE_BATCH:
                writer.write_results(batch)
                batch = []
            rate = counts["releases"] / max(time.perf_counter() - start, 1e-9)
            progress.update(task, advance=1, rate=f"{rate:.1f}")
        writer.write_results(batch)
    counts["seconds"] = time.perf_counter() - start
    return counts


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., help="Release files and folders (searched for *.txt, *.md)."),
    out: Path = typer.Option(..., "--out", "-o", help="Folder for the output tables."),
    fmt: Format = typer.Option(Format.csv, "--format", help="csv or parquet."),
    jobs: int = typer.Option(1, "--jobs", "-j", min=1, help="Worker processes."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary."),
    published: Optional[str] = typer.Option(
        None, "--published", help="Publication date (YYYY-MM-DD) for inputs whose metadata has none."),
    area: Optional[str] = typer.Option(None, "--area", help="Area (force) for inputs whose metadata names none."),
    check: bool = typer.Option(True, "--check/--no-check",
                               help="Hold claims against the official figures (checks table)."),
) -> None:
    """Extract claims, periods, quotes, the headline comparison and the official checks into tables."""
    if out.exists() and not out.is_dir():
        raise usage_error(f"--out {out} exists and is not a folder")
    try:
        defaults = ReleaseDefaults.parse(published, area)
    except ValueError as exc:
        raise usage_error(f"--published: {exc}") from None
    counts = run_extract(inputs, out, fmt.value, jobs, quiet, defaults, check)
    if not quiet:
        rate = counts["releases"] / max(counts["seconds"], 1e-9)
        err.print(
            f"{counts['releases']} releases, {counts['errors']} with errors; {counts['claims']} claims, "
            f"{counts['periods']} periods, {counts['quotes']} quotes, {counts['checks']} checks -> {out} "
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
            print(rid, json.dumps(misses, ensure_ascii=False))
    summary = score.summary()
    print(json.dumps(summary) if as_json else format_summary(summary))


def main() -> None:
    """Console entry point."""
    app()


if __name__ == "__main__":
    main()
