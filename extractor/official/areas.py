"""Official areas (England and Wales, nations, regions, police force areas) by any spelling.

Releases and the official sources spell areas differently ("Devon & Cornwall",
"the Met", "Avon and Somerset Constabulary", "Heddlu Dyfed-Powys"); every
spelling is reduced to one ONS code. The names and aliases are data
(``official/areas.yaml`` in the model folder), so a new spelling is a line
there, not code.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from ..resources import default_model_dir

AREAS_FILE = "areas.yaml"
#: how many spellings ``AreaIndex.find`` remembers before it starts again
NAMES_KEPT = 5_000
KINDS = ("national", "nation", "region", "force")
PUNCTUATION = re.compile(r"[’'`.,;:()\[\]\"]")
SPACES = re.compile(r"\s+")
FOOTNOTE = re.compile(r"(?<=[A-Za-z)])\s*\d+(?:\s*,\s*\d+)*\s*$")
NOTE_MARK = re.compile(r"\[note[^\]]*\]", re.I)


def official_file(name: str) -> Path:
    """A data file of the official check in the active model folder."""
    return default_model_dir() / "official" / name


@dataclass(frozen=True)
class Area:
    code: str
    name: str
    kind: str                 # national, nation, region or force
    region: str | None = None  # a force's region (or Wales) code


class AreaIndex:
    """Look areas up by code or by any spelling (see ``normalise``)."""

    def __init__(self, data: dict[str, Any], source: str = AREAS_FILE) -> None:
        self.prefixes = [p.lower() for p in data.get("prefixes") or []]
        self.suffixes = sorted((s.lower() for s in data.get("suffixes") or []), key=len, reverse=True)
        self.by_code: dict[str, Area] = {}
        self.by_key: dict[str, Area] = {}
        self._found: dict[str, Area | None] = {}
        for i, entry in enumerate(data.get("areas") or []):
            missing = {"code", "name", "kind"} - set(entry)
            if missing or entry["kind"] not in KINDS:
                raise ValueError(f"{source}: area #{i + 1} needs code, name and kind in {KINDS}: {entry}")
            area = Area(entry["code"], entry["name"], entry["kind"], entry.get("region"))
            if area.code in self.by_code:
                raise ValueError(f"{source}: area code {area.code} listed twice")
            self.by_code[area.code] = area
            for spelling in [area.name, *(entry.get("aliases") or [])]:
                key = self.normalise(spelling)
                other = self.by_key.get(key)
                if other is not None and other.code != area.code:
                    raise ValueError(f"{source}: {spelling!r} names both {other.name} and {area.name}")
                self.by_key[key] = area

    def normalise(self, name: str) -> str:
        """The lookup key of a spelling: case, '&', punctuation, 'the', prefixes and suffixes go."""
        text = NOTE_MARK.sub(" ", name)
        text = FOOTNOTE.sub("", text.strip())
        text = text.casefold().replace("&", " and ").replace("-", " ").replace("/", " ")
        text = SPACES.sub(" ", PUNCTUATION.sub(" ", text)).strip()
        if text.startswith("the "):
            text = text[4:]
        for prefix in self.prefixes:
            if text.startswith(prefix + " "):
                text = text[len(prefix) + 1:]
        changed = True
        while changed:
            changed = False
            for suffix in self.suffixes:
                if text.endswith(" " + suffix):
                    text = text[: -len(suffix) - 1].rstrip()
                    changed = True
        return text

    def find(self, name: str | None) -> Area | None:
        """The official area a name stands for, or None when it is no official area.
        Remembered: every claim of a release asks for the release's few areas (the memo is
        emptied at ``NAMES_KEPT`` so memory stays flat)."""
        if not name:
            return None
        if name in self._found:
            return self._found[name]
        if len(self._found) >= NAMES_KEPT:
            self._found.clear()
        area = self._found[name] = self.by_key.get(self.normalise(name))
        return area

    def code(self, code: str) -> Area:
        return self.by_code[code]

    def forces(self) -> list[Area]:
        return [a for a in self.by_code.values() if a.kind == "force"]

    def members(self, code: str) -> list[Area]:
        """The forces whose figures add up to an area (a force is its own member)."""
        area = self.by_code[code]
        if area.kind == "force":
            return [area]
        if area.kind == "national":
            return self.forces()
        if area.code == "E92000001":
            return [a for a in self.forces() if a.code.startswith("E")]
        return [a for a in self.forces() if a.region == area.code]


def load_areas(path: Path | None = None) -> AreaIndex:
    path = path or official_file(AREAS_FILE)
    with open(path, encoding="utf-8") as fh:
        return AreaIndex(yaml.safe_load(fh) or {}, str(path))


@lru_cache(maxsize=1)
def areas() -> AreaIndex:
    """The active model's areas, read once per process."""
    return load_areas()
