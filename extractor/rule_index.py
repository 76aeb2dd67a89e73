"""Every rule id the tables can name, with where it is written and what it does.

The output rows carry rule ids (`rule_id`, and `because` on claims); a
fact-checker needs to look each one up. Ids come from two places under
``models/crime_claims/rules/``: the ``id:`` entries of the rule files
(patterns, multipliers, distractors, ...) and ``rule_ids.yaml``, which names the
ids the components' code assigns. This module reads both into one index; the
report shows the descriptions and a test checks every id in the tables is here.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator

import yaml

from .resources import default_model_dir

#: the catalogue of code-assigned ids (sections of {id, about} entries)
CATALOGUE = "rule_ids.yaml"
YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass(frozen=True)
class RuleInfo:
    """Where a rule id is named: file, section (dotted key path), and a description if any."""

    id: str
    file: str
    section: str
    about: str | None = None

    def describe(self) -> str:
        where = f"{self.file} {self.section}"
        return f"{self.about} ({where})" if self.about else where


def rules_dir() -> Path:
    return default_model_dir() / "rules"


def _entries(node: Any, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], dict[str, Any]]]:
    """Every mapping with a string ``id`` inside ``node``, with the keys leading to it."""
    if isinstance(node, dict):
        if isinstance(node.get("id"), str):
            yield path, node
        for key, value in node.items():
            yield from _entries(value, (*path, str(key)))
    elif isinstance(node, list):
        for item in node:
            yield from _entries(item, path)


def read_rule_ids(folder: Path) -> list[RuleInfo]:
    """All named ids of the rule files in ``folder``, in file order (duplicates kept)."""
    out: list[RuleInfo] = []
    for file in sorted(folder.glob("*.yaml")):
        data = yaml.load(file.read_text(encoding="utf-8"), Loader=YAML_LOADER)
        for path, entry in _entries(data, ()):
            about = entry.get("about") or entry.get("note")
            out.append(RuleInfo(entry["id"], file.name, ".".join(path), str(about) if about else None))
    return out


@lru_cache(maxsize=4)
def _index(folder: str) -> dict[str, RuleInfo]:
    index: dict[str, RuleInfo] = {}
    for info in read_rule_ids(Path(folder)):
        index.setdefault(info.id, info)
    return index


def rule_index(folder: Path | None = None) -> dict[str, RuleInfo]:
    """id -> RuleInfo for every id named in the rules folder (the active model's by default)."""
    return dict(_index(str(folder or rules_dir())))


def split_ids(value: Any) -> list[str]:
    """The ids of a `rule_id` or `because` cell (`;`-separated; empty or NA gives none)."""
    if value is None or not isinstance(value, str):
        return []
    return [part.strip() for part in value.split(";") if part.strip()]
