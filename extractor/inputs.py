"""Find the release files among the inputs and give each a unique id."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

RELEASE_SUFFIXES = (".txt", ".md", ".html", ".htm")
URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
#: documentation files that sit beside releases in a folder, never releases themselves
NOT_RELEASES = ("readme", "license", "licence", "changelog", "contributing")


@dataclass(frozen=True)
class InputItem:
    """One release file to read, with its id and any warning about the id."""

    path: str
    release_id: str
    warnings: tuple[str, ...] = field(default_factory=tuple)


class InputError(ValueError):
    """An input path that does not exist (a usage error, not a bad release)."""


def discover(inputs: Iterable[str | Path]) -> list[Path]:
    """Files as given, and release files (``RELEASE_SUFFIXES``) under folders
    (recursive, sorted).

    In folders, hidden paths and documentation files (README.md, LICENSE.txt …)
    are skipped; a file named explicitly is always read. A folder holding no
    release file, a URL or a missing path is an ``InputError``: a run that
    silently found nothing would look like a run that found no claims.
    """
    found: list[Path] = []
    for raw in inputs:
        if URL.match(str(raw)):
            raise InputError(
                f"{raw} is a URL; save the page first (in a browser: Save Page As, 'Web Page, HTML "
                f"only'; or `curl -L -o page.html '{raw}'`) and give the saved .html file"
            )
        path = Path(raw)
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if is_release_file(p, path))
            if not files:
                raise InputError(f"no release files in {raw} (looked for {suffix_list()}, recursively)")
            found.extend(files)
        elif path.exists() or path.is_symlink():  # a broken link named explicitly: an error row
            found.append(path)
        else:
            raise InputError(f"no such file or directory: {raw}")
    return found


def suffix_list() -> str:
    return ", ".join(f"*{suffix}" for suffix in RELEASE_SUFFIXES)


def is_release_file(path: Path, folder: Path) -> bool:
    """A release file (``RELEASE_SUFFIXES``) under ``folder``, not hidden, not documentation.

    A broken symlink of that name (dangling, or a loop) counts too: it gets a row with
    its error rather than vanishing from the batch. Symlinked folders are not followed,
    so a link to a parent folder cannot loop."""
    return (
        (path.is_file() or (path.is_symlink() and not path.is_dir()))
        and path.suffix.lower() in RELEASE_SUFFIXES
        and path.stem.lower() not in NOT_RELEASES
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
    )


def plan(inputs: Iterable[str | Path]) -> list[InputItem]:
    """Input items with unique release ids: a repeated file stem gets a suffix and a warning."""
    items: list[InputItem] = []
    first_path: dict[str, str] = {}
    used: set[str] = set()
    for path in discover(inputs):
        stem = path.stem
        if stem not in used:
            used.add(stem)
            first_path[stem] = str(path)
            items.append(InputItem(str(path), stem))
            continue
        n = 2
        while f"{stem}~{n}" in used:
            n += 1
        new_id = f"{stem}~{n}"
        used.add(new_id)
        warning = f"release id {stem!r} already used by {first_path[stem]}; this one is {new_id!r}"
        items.append(InputItem(str(path), new_id, (warning,)))
    return items
