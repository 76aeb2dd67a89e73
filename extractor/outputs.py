"""One complete set of output tables per folder, replaced as a whole.

A run writes its tables into a new set folder, ``OUT/.crime-claims/<set>/``,
and publishes it in one atomic step: the symlink ``OUT/.crime-claims/current``
is replaced (``os.replace``) to point at the new set. ``OUT/claims.csv`` and
the other tables are fixed relative symlinks through ``current``, so whoever
opens them gets the new set or the old one, never a mix; ``open_set`` opens
every table of one set before anything is read, so a reader of several tables
sees one run's output even while another run publishes.

A run killed at any point (SIGKILL, power) leaves ``current`` on the previous
complete set; its unfinished set folder is removed by the next run into the
same folder. Tables left by older versions (plain files) are first taken into
a set of their own by hard links, so they too are only ever replaced whole.
Without symlinks (Windows) each table is replaced on its own, as before.
"""
from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import time
from pathlib import Path
from typing import IO, Iterator

try:
    import fcntl
except ImportError:  # Windows: one writer per folder is then not enforced
    fcntl = None  # type: ignore[assignment]

STORE = ".crime-claims"
CURRENT = "current"
MANIFEST = "manifest.json"
#: how often a reader starts again when the set it opened was replaced under it
READ_ATTEMPTS = 5


class OutputBusy(RuntimeError):
    """Another run is writing into the same output folder."""


def symlinks_work() -> bool:
    return hasattr(os, "symlink") and os.name != "nt"


def fsync_dir(path: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def fsync_file(path: Path) -> None:
    with open(path, "rb") as f:
        os.fsync(f.fileno())


def _remove(path: Path) -> None:
    if path.is_symlink() or path.is_file():
        path.unlink(missing_ok=True)
    elif path.is_dir():
        shutil.rmtree(path, ignore_errors=True)


class PublishOnExit:
    """Exit shared by the table writers: a block that ends cleanly publishes the
    staged set (``commit``); however it ends, the staging is released
    (``release``), so a failed run leaves the previous set whole."""

    def commit(self) -> None:
        raise NotImplementedError

    def release(self) -> None:
        raise NotImplementedError

    def __exit__(self, exc_type, exc, tb) -> None:
        try:
            if exc_type is None:
                self.commit()
        finally:
            self.release()


class OutputSet:
    """The set one run writes: staged under the store, then published whole.

    Use ``stage()`` for the folder to write the tables into, ``publish()``
    once every table is there, ``close()`` always (it drops an unpublished set).
    """

    def __init__(self, out_dir: str | Path, fmt: str, names: tuple[str, ...]) -> None:
        self.out_dir = Path(out_dir)
        self.fmt = fmt
        self.names = names
        self.store = self.out_dir / STORE
        self.linked = symlinks_work()
        self._lock_fd: int | None = None
        self._dir: Path | None = None
        self.published = False

    def files(self) -> list[str]:
        return [f"{name}.{self.fmt}" for name in self.names]

    # -- staging -----------------------------------------------------------------
    def stage(self) -> Path:
        """A new, empty set folder (the store is locked and swept first)."""
        self.out_dir.mkdir(parents=True, exist_ok=True)
        if not self.linked:
            self._dir = Path(_mkdtemp(self.out_dir, ".crime-claims-"))
            return self._dir
        self.store.mkdir(exist_ok=True)
        self._lock()
        self.sweep()
        stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
        self._dir = self.store / f"{stamp}-{os.getpid()}-{secrets.token_hex(4)}"
        self._dir.mkdir()
        return self._dir

    def _lock(self) -> None:
        if fcntl is None:
            return
        fd = os.open(self.store, os.O_RDONLY)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise OutputBusy(f"another run is writing into {self.out_dir}") from None
        self._lock_fd = fd

    def current_target(self) -> str | None:
        """The name of the published set, or None."""
        try:
            return os.readlink(self.store / CURRENT)
        except OSError:
            return None

    def sweep(self) -> None:
        """Remove everything in the store but the published set (unfinished or replaced sets)."""
        keep = {CURRENT, self.current_target()}
        if self._dir is not None:
            keep.add(self._dir.name)
        for entry in self.store.iterdir():
            if entry.name not in keep:
                _remove(entry)

    # -- publishing ---------------------------------------------------------------
    def publish(self, counts: dict[str, int], sync_files: bool = True) -> list[Path]:
        """Make the staged set the folder's output set; returns the table paths."""
        assert self._dir is not None, "stage() first"
        for name in self.files() if sync_files else ():
            fsync_file(self._dir / name)
        self._write_manifest(self._dir, self.files(), counts)
        paths = [self.out_dir / name for name in self.files()]
        if not self.linked:
            for name, target in zip(self.files(), paths):
                os.replace(self._dir / name, target)
            self.published = True
            return paths
        self._adopt_plain_tables()
        self._switch(self._dir.name)
        self.published = True
        self._link_tables()
        self.sweep()
        return paths

    def _write_manifest(self, folder: Path, files: list[str], counts: dict[str, int] | None) -> None:
        """The set's table list (what readers open), written last: a set without one is unfinished."""
        manifest = {"format": self.fmt, "tables": files, "rows": counts}
        (folder / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        fsync_file(folder / MANIFEST)
        fsync_dir(folder)

    def _switch(self, set_name: str) -> None:
        """The one atomic step: ``current`` now names ``set_name``."""
        tmp = self.store / f"{CURRENT}.{secrets.token_hex(4)}"
        os.symlink(set_name, tmp)
        os.replace(tmp, self.store / CURRENT)
        fsync_dir(self.store)

    def _link(self, name: str) -> None:
        """``OUT/name`` -> ``.crime-claims/current/name`` (replacing what was there)."""
        path = self.out_dir / name
        target = f"{STORE}/{CURRENT}/{name}"
        if path.is_symlink() and os.readlink(path) == target:
            return
        tmp = self.store / f"link.{name}.{secrets.token_hex(4)}"  # in the store: swept if left behind
        os.symlink(target, tmp)
        os.replace(tmp, path)

    def _link_tables(self) -> None:
        for name in self.files():
            self._link(name)
        fsync_dir(self.out_dir)
        # links of another format's tables (an earlier --format run) now point at nothing
        for entry in self.out_dir.iterdir():
            if entry.is_symlink() and os.readlink(entry).startswith(f"{STORE}/{CURRENT}/") and not entry.exists():
                entry.unlink()

    def _adopt_plain_tables(self) -> None:
        """Plain table files (an older version's output) become a set of their own first,
        so replacing them one by one below never shows a mix of two runs."""
        plain = [n for n in self.files() if (self.out_dir / n).is_file() and not (self.out_dir / n).is_symlink()]
        if not plain:
            return
        legacy = self.store / f"adopted-{secrets.token_hex(4)}"
        legacy.mkdir()
        for name in plain:
            try:
                os.link(self.out_dir / name, legacy / name)
            except OSError:
                shutil.copy2(self.out_dir / name, legacy / name)
        self._write_manifest(legacy, plain, None)
        self._switch(legacy.name)
        for name in plain:
            self._link(name)
        fsync_dir(self.out_dir)

    def close(self) -> None:
        """Drop an unpublished set, release the folder."""
        try:
            if self._dir is not None and not self.published:
                shutil.rmtree(self._dir, ignore_errors=True)
            elif self._dir is not None and not self.linked:
                shutil.rmtree(self._dir, ignore_errors=True)
        finally:
            if self._lock_fd is not None:
                os.close(self._lock_fd)
                self._lock_fd = None


def _mkdtemp(folder: Path, prefix: str) -> str:
    import tempfile

    return tempfile.mkdtemp(prefix=prefix, dir=folder)


# -- reading ----------------------------------------------------------------------
@contextlib.contextmanager
def open_set(out_dir: str | Path, names: tuple[str, ...], fmt: str = "csv", *,
             missing_ok: bool = False) -> Iterator[dict[str, IO[bytes] | None]]:
    """Open every table of the folder's published set before any is read.

    Open files stay readable when a newer run replaces the set, so the tables
    read through them are one run's. A set removed between resolving
    ``current`` and opening its files is resolved again. A folder without a
    store (tables written by other tools) is read as plain files. A table the
    set does not hold (its manifest does not list it) raises
    ``FileNotFoundError``, or is None with ``missing_ok``.
    """
    out = Path(out_dir)
    store = out / STORE
    for attempt in range(READ_ATTEMPTS):
        try:
            folder = store / os.readlink(store / CURRENT)
        except OSError:
            folder = out
        files: dict[str, IO[bytes] | None] = {}
        try:
            present = _tables_in(folder, out, names, fmt)
            for name in names:
                if name in present:
                    files[name] = open(folder / f"{name}.{fmt}", "rb")
                elif missing_ok:
                    files[name] = None
                else:
                    raise FileNotFoundError(f"no {name}.{fmt} in {out}")
        except FileNotFoundError:
            _close(files)
            if folder == out or attempt == READ_ATTEMPTS - 1:
                raise
            continue
        try:
            yield files
        finally:
            _close(files)
        return


def _tables_in(folder: Path, out: Path, names: tuple[str, ...], fmt: str) -> set[str]:
    """The tables a set's manifest lists (plain folder: the files there)."""
    if folder == out:
        return {name for name in names if (folder / f"{name}.{fmt}").exists()}
    manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
    if manifest.get("format") != fmt:
        return set()
    return {Path(t).stem for t in manifest.get("tables", [])}


def _close(files: dict[str, IO[bytes] | None]) -> None:
    for f in files.values():
        if f is not None:
            f.close()
