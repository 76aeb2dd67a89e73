"""Claim measures -> official offence groups (data: ``official/offence_groups.yaml``).

A measure id (from ``rules/measures.yaml``) either names an official series
("total_recorded_crime" -> "Total recorded crime (excluding fraud)"), has no
official counterpart here (``null``: hate crime, police officers, ...), or is
unknown. The same file tells the build script which source categories make
each group, so what is checked and what is built cannot drift apart.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from .areas import official_file

GROUPS_FILE = "offence_groups.yaml"
ALLOWED_KEYS = {"version", "measures", "metric_fallback", "groups"}
SOURCE_KEYS = {"rec_2003", "open_data", "ons", "june_2025", "ons_knife"}


@dataclass(frozen=True)
class OffenceGroups:
    measures: dict[str, str | None]
    metric_fallback: dict[str, str]
    groups: dict[str, dict[str, list[str]]]

    def group_for(self, measure: str | None) -> str | None:
        """The official group of a measure; None when it has none (or is unknown)."""
        return self.measures.get(measure) if measure else None

    def is_known(self, measure: str | None) -> bool:
        return bool(measure) and measure in self.measures


def parse_groups(data: dict[str, Any], source: str = GROUPS_FILE) -> OffenceGroups:
    unknown = set(data) - ALLOWED_KEYS
    if unknown:
        raise ValueError(f"{source}: unknown key(s) {sorted(unknown)}; allowed: {sorted(ALLOWED_KEYS)}")
    measures = dict(data.get("measures") or {})
    groups = {name: dict(parts or {}) for name, parts in (data.get("groups") or {}).items()}
    for name, parts in groups.items():
        bad = set(parts) - SOURCE_KEYS
        if bad:
            raise ValueError(f"{source}: group {name!r} has unknown source(s) {sorted(bad)}")
    for measure, group in measures.items():
        if group is not None and group not in groups:
            raise ValueError(f"{source}: measure {measure!r} maps to {group!r}, which is not under groups")
    fallback = {normalise_metric(k): v for k, v in (data.get("metric_fallback") or {}).items()}
    for key, measure in fallback.items():
        if measure not in measures:
            raise ValueError(f"{source}: metric_fallback {key!r} names unknown measure {measure!r}")
    return OffenceGroups(measures, fallback, groups)


def load_groups(path: Path | None = None) -> OffenceGroups:
    path = path or official_file(GROUPS_FILE)
    with open(path, encoding="utf-8") as fh:
        return parse_groups(yaml.safe_load(fh) or {}, str(path))


@lru_cache(maxsize=1)
def offence_groups() -> OffenceGroups:
    """The active model's mapping, read once per process."""
    return load_groups()


_WORDS = re.compile(r"[a-z]+")
_NEUTRAL = {"recorded", "police", "reported", "the", "level", "levels", "of", "number"}


def normalise_metric(text: str) -> str:
    words = [w for w in _WORDS.findall(text.lower()) if w not in _NEUTRAL]
    return " ".join(w[:-1] if len(w) > 4 and w.endswith("s") and not w.endswith("ss") else w for w in words)


def measure_of(claim: Any) -> str | None:
    """The claim's measure id: its ``measure`` field, else the metric fallback."""
    measure = getattr(claim, "measure", None)
    if measure:
        return measure
    return metric_fallback(getattr(claim, "metric", None))


def metric_fallback(metric: str | None) -> str | None:
    """Until claims carry ``measure``: a few metric phrases -> measure ids. Delete with it."""
    if not metric:
        return None
    return offence_groups().metric_fallback.get(normalise_metric(metric))
