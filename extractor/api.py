"""The Python API that notebooks and the CLI share."""
from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Iterable

from spacy.tokens import Doc

from .batch import iter_results, make_doc, process_releases
from .inputs import URL, plan
from .pipeline import load
from .release import Release, date_precision, parse_published, parse_release_text, read_release
from .records import ReleaseResult
from .tables import Tables


def existing_path(item: str | Path) -> Path | None:
    """``item`` as a Path when it names an existing file or folder; None for a release text."""
    if isinstance(item, Path):
        return item
    if len(item) < 4096 and "\n" not in item and Path(item).exists():
        return Path(item)
    return None


def extract(paths_or_texts: str | Path | Iterable[str | Path], *, jobs: int = 1, check: bool = True) -> Tables:
    """Extract the tables from release files, folders of them, or release texts.

    With ``check`` (the default) claims are held against the official figures
    (``tables.checks``); without it that table is empty.

    A ``Path``, or a string naming an existing file or folder, is read from
    disk; any other string is taken as the text of one release (with optional
    metadata block) and gets the id ``text-N``. Files are release texts
    (``.txt``, ``.md``) or saved web pages (``.html``, ``.htm``). A URL, a
    missing path or a folder with no release file raises ``InputError``.
    """
    if isinstance(paths_or_texts, (str, Path)):
        paths_or_texts = [paths_or_texts]
    paths: list[str | Path] = []
    texts: list[str] = []
    for item in paths_or_texts:
        if existing_path(item) is not None or (isinstance(item, str) and URL.match(item) and "\n" not in item):
            # a URL goes to ``plan``, which refuses it with how to save the page
            paths.append(item)
        else:
            texts.append(item)
    results = list(iter_results(plan(paths), jobs=jobs)) if paths else []
    if texts:
        releases = [text_release(t, f"text-{i}") for i, t in enumerate(texts, start=1)]
        results.extend(process_releases(releases, load()))
    return tables_of(results, check)


def tables_of(results: list[ReleaseResult], check: bool) -> Tables:
    """The tables of processed releases, after the official check when asked for."""
    if check:
        from .official import check_results

        check_results(results)
    return Tables.from_results(results)


def extract_text(text: str, published: str | dt.date | None = None, *, release_id: str = "text",
                 check: bool = True) -> Tables:
    """Extract the tables from one release text.

    ``published`` (a date or a string such as ``"23/04/2020"``) anchors relative
    periods when the text carries no metadata date.
    """
    release = text_release(text, release_id, published)
    return tables_of(process_releases([release], load()), check)


def text_release(text: str, release_id: str, published: str | dt.date | None = None) -> Release:
    release = parse_release_text(text, Release(release_id=release_id, path="<text>"))
    if published is not None:
        release.published = parse_published(published)
        release.published_precision = date_precision(published)
    return release


def parse(text_or_path: str | Path, published: str | dt.date | None = None) -> Doc:
    """The processed spaCy Doc of one release (a text, or a ``Path`` to a release file).

    For inspection and rendering; raises ``ValueError`` when the release cannot be read.
    """
    if isinstance(text_or_path, Path):
        release = read_release(text_or_path)
        if published is not None:
            release.published = parse_published(published)
            release.published_precision = date_precision(published)
    else:
        release = text_release(text_or_path, "text", published)
    if release.error:
        raise ValueError(f"cannot read release: {release.error}")
    nlp = load()
    return nlp(make_doc(nlp, release))
