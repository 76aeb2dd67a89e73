"""Run the extraction on a Dask cluster: one machine's LocalCluster, or many.

Why: a newspaper's archive or every force's news since 2010 is hundreds of
thousands of pages, more than one machine gets through in an afternoon.

The releases are a Dask DataFrame (one row per release: ``release_id`` and
``path``, or ``text`` holding the release itself). One batch function,
``extract_batch``, is mapped over its partitions (``map_partitions`` with an
explicit ``meta``): it reads and runs that partition's releases through the
pipeline, which each worker loads once (a worker plugin, then the per-process
cache), and returns the partition's tables. The client takes the partitions
back in input order and hands them to the same outputs as the local engine
(partitioned Parquet, CSV, the DuckDB store), so the tables are the same.

Workers read the input paths themselves: on a cluster of several machines the
paths must be on storage every worker sees (or pass a DataFrame with ``text``).
Dask is an optional extra (``pip install 'crime-claims[dask]'``) and is
imported only here, only when used.
"""
from __future__ import annotations

import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pandas as pd

from .inputs import InputItem, plan
from .release import ReleaseDefaults
from .tables import TABLE_NAMES, Tables, frame, frames

#: what ``extract_batch`` returns: one row per table, the table's DataFrame in ``frame``
META = pd.DataFrame({"table": pd.Series([], dtype=object), "frame": pd.Series([], dtype=object)})
#: one release at a time per process: threaded workers share one pipeline
_PIPELINE_LOCK = threading.Lock()
INSTALL_HINT = "pip install 'crime-claims[dask]'"


class DaskUnavailable(RuntimeError):
    """Dask is not installed, or the scheduler cannot be reached."""


def require_dask() -> None:
    try:
        import dask.dataframe  # noqa: F401
        import distributed  # noqa: F401
    except ImportError as exc:
        raise DaskUnavailable(
            f"the dask engine needs the optional extra ({exc.name} is missing): {INSTALL_HINT}"
        ) from None


def releases_frame(items: Iterable[InputItem]) -> pd.DataFrame:
    """The releases to run as a pandas DataFrame (plain object columns: portable to any worker)."""
    items = list(items)
    return pd.DataFrame({
        "release_id": pd.Series([i.release_id for i in items], dtype=object),
        "path": pd.Series([i.path for i in items], dtype=object),
        "warnings": pd.Series(["\n".join(i.warnings) for i in items], dtype=object),
    })


def extract_batch(releases: pd.DataFrame, defaults: "ReleaseDefaults | None" = None,
                  check: bool = True) -> pd.DataFrame:
    """The batch function: one partition of releases in, that partition's tables out.

    A row with a ``text`` value is read as a release text, otherwise ``path`` is
    read from disk (text layout or HTML page). Returns ``META``'s shape.
    """
    from .batch import process_releases
    from .pipeline import load
    from .release import Release, parse_release_text, read_release

    read = []
    for row in releases.to_dict("records"):
        text = row.get("text")
        path = row.get("path")
        if isinstance(text, str):
            release = parse_release_text(
                text, Release(release_id=row["release_id"], path=str(path) if isinstance(path, str) else "<text>")
            )
        else:
            release = read_release(str(path), row["release_id"])
        if defaults is not None:
            defaults.apply(release)
        warnings = row.get("warnings")
        if isinstance(warnings, str) and warnings:
            release.warnings = [*warnings.split("\n"), *release.warnings]
        read.append(release)
    with _PIPELINE_LOCK:
        results = process_releases(read, load())
    if check:  # the official figures are read only when a claim needs them
        from .official import check_results

        check_results(results)
    tables = frames(results)
    return pd.DataFrame({"table": pd.Series(list(tables), dtype=object),
                         "frame": pd.Series(list(tables.values()), dtype=object)})


def unpack(packed: pd.DataFrame) -> dict[str, pd.DataFrame]:
    return dict(zip(packed["table"], packed["frame"]))


def load_pipeline_plugin() -> Any:
    """A worker plugin that builds the pipeline as each worker joins, once per worker
    process (defined here, not at import, so importing this module needs no Dask)."""
    from distributed.diagnostics.plugin import WorkerPlugin

    class LoadPipeline(WorkerPlugin):
        name = "crime-claims-pipeline"

        def setup(self, worker: Any) -> None:
            load_pipeline()

    return LoadPipeline()


def load_pipeline() -> None:
    from .pipeline import load

    with _PIPELINE_LOCK:
        load()


@contextmanager
def connect(
    scheduler: str | None = None, *, workers: int = 2, processes: bool = True,
    connect_timeout: float = 10.0, client: Any = None,
) -> Iterator[Any]:
    """A Dask client: the one given, one on the scheduler at ``scheduler``, or a
    fresh ``LocalCluster`` of ``workers`` single-threaded workers (closed after)."""
    require_dask()
    from distributed import Client, LocalCluster

    if client is not None:
        yield client
        return
    if scheduler:
        try:
            client = Client(scheduler, timeout=connect_timeout)
        except (OSError, TimeoutError, ValueError) as exc:
            raise DaskUnavailable(
                f"cannot reach the Dask scheduler at {scheduler} within {connect_timeout:g} s "
                f"({type(exc).__name__}: {exc}); check the address (tcp://HOST:8786) and that "
                "`dask scheduler` is running there"
            ) from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=processes,
                      dashboard_address=None) as cluster, Client(cluster) as client:
        yield client


def iter_partition_tables(ddf: Any, client: Any, on_batch: Callable[[int], None] | None = None,
                          defaults: "ReleaseDefaults | None" = None,
                          check: bool = True) -> Iterator[dict[str, pd.DataFrame]]:
    """Map ``extract_batch`` over ``ddf`` on ``client``; each partition's tables, in order."""
    client.register_plugin(load_pipeline_plugin())
    packed = ddf.map_partitions(extract_batch, defaults=defaults, check=check, meta=META)
    futures = client.compute(packed.to_delayed())
    for i in range(len(futures)):
        tables = unpack(futures[i].result())
        futures[i] = None  # let the cluster forget a partition once it is taken
        if on_batch is not None:
            on_batch(len(tables["releases"]))
        yield tables


def iter_tables(
    items: list[InputItem], *, scheduler: str | None = None, workers: int = 2, processes: bool = True,
    connect_timeout: float = 10.0, client: Any = None, partition_size: int | None = None,
    on_batch: Callable[[int], None] | None = None, defaults: "ReleaseDefaults | None" = None,
    check: bool = True,
) -> Iterator[dict[str, pd.DataFrame]]:
    """The tables of ``items`` partition by partition (the CLI's ``--engine dask``)."""
    require_dask()
    import dask
    import dask.dataframe as dd

    from .batch import chunk_size_for

    size = partition_size or chunk_size_for(len(items), workers)
    with dask.config.set({"dataframe.convert-string": False}):
        ddf = dd.from_pandas(releases_frame(items), chunksize=max(1, size), sort=False)
        with connect(scheduler, workers=workers, processes=processes,
                     connect_timeout=connect_timeout, client=client) as c:
            yield from iter_partition_tables(ddf, c, on_batch, defaults, check)


def extract(
    paths_or_ddf: str | Path | Iterable[str | Path] | Any, *, scheduler: str | None = None,
    workers: int = 2, processes: bool = True, client: Any = None, connect_timeout: float = 10.0,
    partition_size: int | None = None,
) -> Tables:
    """Extract the tables on Dask from release files and folders, or from a Dask
    DataFrame of releases (columns ``release_id`` and ``path`` or ``text``).

    The same tables as ``extractor.extract``; without ``client`` or
    ``scheduler`` a LocalCluster of ``workers`` runs for this call.
    """
    require_dask()
    import dask
    import dask.dataframe as dd

    if isinstance(paths_or_ddf, dd.DataFrame):
        missing = {"release_id"} - set(paths_or_ddf.columns)
        if missing or not {"path", "text"} & set(paths_or_ddf.columns):
            raise ValueError("a DataFrame of releases needs the columns release_id and path or text")
        with dask.config.set({"dataframe.convert-string": False}), connect(
            scheduler, workers=workers, processes=processes, connect_timeout=connect_timeout, client=client
        ) as c:
            parts = list(iter_partition_tables(paths_or_ddf, c))
    else:
        if isinstance(paths_or_ddf, (str, Path)):
            paths_or_ddf = [paths_or_ddf]
        items = plan(paths_or_ddf)
        parts = list(iter_tables(items, scheduler=scheduler, workers=workers, processes=processes,
                                 connect_timeout=connect_timeout, client=client,
                                 partition_size=partition_size)) if items else []
    return Tables(**{name: concat(name, [p[name] for p in parts]) for name in TABLE_NAMES})


def concat(name: str, pieces: list[pd.DataFrame]) -> pd.DataFrame:
    pieces = [p for p in pieces if len(p)]
    if not pieces:
        return frame(name, [])
    return pd.concat(pieces, ignore_index=True) if len(pieces) > 1 else pieces[0].reset_index(drop=True)
