"""Verdicts: a claim's figure against the official one, as ``CheckRecord`` rows.

A claim can be checked when its area is an official area, its measure has an
official offence group, its figure is of a kind the tables hold (a count, a
percentage change, a count change, a rate per 1,000 of total crime) and its
period is 1-4 whole quarters the tables cover. Otherwise ``plan`` gives a
``Refusal`` saying why and the claim gets no row.

The figure chosen is the one a release could have quoted: the first-published
ONS edition out by the release's publication date, else the revised long
series (the 2003-2018 rolling years, then the open data quarters), else the
year ending June 2025 table. The other sources' figures become caveats, so an
analyst sees how far revisions moved it.

Verdicts follow docs/outputs.md: ``matches`` within the claim's own rounding
and hedge, same direction; ``close`` same direction and within 1 percentage
point (a percentage change) or 2% (a count or rate); else ``differs``; an
in-scope claim whose figure the tables lack is ``no_official_figure``.
"""
from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Iterable

import yaml

from ..records import CheckRecord, ClaimRecord, ReleaseResult
from .areas import Area, areas, official_file
from .groups import measure_of, offence_groups
from .store import REVISED_ORDER, Figure, OfficialStore, store
from .windows import Window, claim_windows, to_date

MATCHES, CLOSE, DIFFERS, NO_FIGURE = "matches", "close", "differs", "no_official_figure"
VERDICTS = (MATCHES, CLOSE, DIFFERS, NO_FIGURE)
MEASURE_KINDS = ("count", "percent_change", "count_change", "rate_per_1000")
#: close: a percentage change within this many points, a count or rate within this share
CLOSE_POINTS = 1.0
CLOSE_SHARE = 0.02
#: how far a figure hedged "about", "around", "closer to" may be (share of itself)
APPROX_SHARE = 0.1
TOTAL = "Total recorded crime (excluding fraud)"
#: the period the shipped tables cover
COVERAGE = (dt.date(2002, 4, 1), dt.date(2025, 6, 30))


@dataclass(frozen=True)
class Refusal:
    """Why a claim gets no check row."""

    reason: str


# --------------------------------------------------------------------------- plan
@dataclass(frozen=True)
class Plan:
    area: Area
    group: str
    measure_kind: str
    window: Window
    baseline: Window | None
    baseline_assumed: bool
    claimed: float


def measure_kind(claim: Any, group: str) -> str | None:
    """The official kind of figure a claim states, or None when the tables hold none like it."""
    kind, unit = getattr(claim, "kind", None), getattr(claim, "unit", None)
    if unit == "percent" and kind == "change":
        return "percent_change"
    if unit == "count":
        return "count_change" if kind == "change" else "count"
    if unit == "rate" and kind != "change" and group == TOTAL:
        return "rate_per_1000"
    return None


def signed_value(claim: Any, kind: str) -> float:
    value = float(claim.value)
    if kind in ("percent_change", "count_change"):
        direction = getattr(claim, "direction", None)
        if direction == "decrease":
            return -abs(value)
        if direction == "increase":
            return abs(value)
    return value


def plan(claim: Any, release_area: str | None = None) -> Plan | Refusal:
    """What official figure a claim stands against, or why there is none (no data read)."""
    if getattr(claim, "value", None) is None or (isinstance(claim.value, float) and math.isnan(claim.value)):
        return Refusal("the claim has no value")
    name = getattr(claim, "area", None) or release_area
    area = areas().find(name)
    if area is None:
        return Refusal(f"no official area for {name!r}" if name else "the claim names no area")
    measure = measure_of(claim)
    mapping = offence_groups()
    if not mapping.is_known(measure):
        return Refusal(f"no known measure for metric {getattr(claim, 'metric', None)!r}")
    group = mapping.group_for(measure)
    if group is None:
        return Refusal(f"measure {measure!r} has no official counterpart in police recorded crime")
    kind = measure_kind(claim, group)
    if kind is None:
        return Refusal(f"the tables hold no {claim.unit} {claim.kind} for {group}")
    change = kind in ("percent_change", "count_change")
    window, baseline, assumed = claim_windows(claim.period_start, claim.period_end, claim.baseline_start,
                                              claim.baseline_end, change=change)
    if window is None:
        return Refusal(f"no official table covers the period {claim.period_start} to {claim.period_end}")
    if change and baseline is None:
        return Refusal(f"no official table compares against {claim.baseline_start} to {claim.baseline_end}")
    first = baseline.start if baseline else window.start
    if first < COVERAGE[0] or window.end > COVERAGE[1]:
        return Refusal(f"no official table covers {window.label()}")
    return Plan(area, group, kind, window, baseline, assumed, signed_value(claim, kind))


# --------------------------------------------------------------------------- figures
def choose(figures: list[Figure], published: dt.date | None) -> tuple[Figure | None, list[Figure]]:
    """The figure a release could have quoted, and the others (for caveats)."""
    usable = [f for f in figures if f.value is not None]
    first = [f for f in usable if f.first_published and (published is None or f.published <= published)]
    revised = sorted((f for f in usable if not f.first_published),
                     key=lambda f: REVISED_ORDER.index(f.source) if f.source in REVISED_ORDER else 99)
    later = [f for f in usable if f.first_published and f not in first]
    ranked = sorted(first, key=lambda f: f.published, reverse=True) + revised + later
    if not ranked:
        return None, []
    return ranked[0], ranked[1:]


def official_figures(p: Plan, data: OfficialStore) -> list[Figure]:
    """Every official figure for the plan: stored as such, or computed from counts of one source."""
    code = p.area.code
    if p.measure_kind in ("count", "rate_per_1000"):
        kind = "count" if p.measure_kind == "count" else "rate_per_1000"
        return data.figures(code, p.group, kind, p.window)
    assert p.baseline is not None
    found = data.figures(code, p.group, "percent_change", p.window, p.baseline) if p.measure_kind == "percent_change" else []
    current = {f.source: f for f in data.figures(code, p.group, "count", p.window)}
    before = {f.source: f for f in data.figures(code, p.group, "count", p.baseline)}
    for source, now in current.items():
        base = before.get(source)
        if base is None:
            continue
        value = None
        if now.value is not None and base.value:
            value = now.value - base.value if p.measure_kind == "count_change" else (now.value / base.value - 1) * 100
        edition = now.edition if now.edition == base.edition else f"{now.edition} against the {base.edition}"
        found.append(Figure(value, p.measure_kind, p.window, p.baseline, source, edition, now.published,
                            now.note or base.note, now.quarters_missing + base.quarters_missing))
    return found


# --------------------------------------------------------------------------- verdicts
NUMBER = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def half_unit(claim: Any) -> float:
    """Half the last digit the claim states ("10%" -> 0.5, "10.4%" -> 0.05, "85,000" -> 500)."""
    value = abs(float(claim.value))
    for m in NUMBER.finditer(getattr(claim, "text", "") or ""):
        literal = float(m.group(0).replace(",", ""))
        if not literal:
            continue
        scale = value / literal
        power = round(math.log10(scale)) if scale > 0 else 0
        if not math.isclose(scale, 10 ** power, rel_tol=1e-6):
            continue
        decimals = len(m.group(1) or "")
        if decimals == 0 and literal >= 1000 and claim.unit == "count":
            digits = str(int(literal))
            decimals = -(len(digits) - len(digits.rstrip("0")))
        return 0.5 * 10 ** (-decimals) * 10 ** power
    text = f"{value:.6f}".rstrip("0").rstrip(".")
    return 0.5 * 10 ** -(len(text.split(".")[1]) if "." in text else 0)


def verdict(claim: Any, p: Plan, official: float | None, baseline_count: float | None = None) -> tuple[str, float | None]:
    """(verdict, gap) of the claimed figure against the official one."""
    if official is None:
        return NO_FIGURE, None
    claimed = p.claimed
    gap = official - claimed
    change = p.measure_kind in ("percent_change", "count_change")
    if change and claimed and official and (claimed > 0) != (official > 0):
        return DIFFERS, gap
    half = half_unit(claim)
    approx = getattr(claim, "approx", None) or "exact"
    if approx == "approximate":
        half = max(half, APPROX_SHARE * abs(claimed))
    size, stated = abs(official), abs(claimed)
    if approx == "lower_bound":
        ok = size >= stated - half
    elif approx == "upper_bound":
        ok = size <= stated + half
    else:
        ok = abs(size - stated) <= half + 1e-9
    if ok:
        return MATCHES, gap
    if p.measure_kind == "percent_change":
        near = abs(gap) <= CLOSE_POINTS
    else:
        reference = baseline_count if p.measure_kind == "count_change" and baseline_count else official
        near = abs(gap) <= CLOSE_SHARE * abs(reference)
    return (CLOSE if near else DIFFERS), gap


# --------------------------------------------------------------------------- caveats and notes
@lru_cache(maxsize=1)
def caveat_rules() -> list[dict[str, Any]]:
    path = official_file("caveats.yaml")
    with open(path, encoding="utf-8") as fh:
        rules = (yaml.safe_load(fh) or {}).get("caveats") or []
    allowed = {"id", "text", "groups", "areas", "area_kinds", "kinds", "sources", "overlaps", "before"}
    for rule in rules:
        bad = set(rule) - allowed
        if bad or "text" not in rule:
            raise ValueError(f"{path}: caveat {rule.get('id')!r} has unknown key(s) {sorted(bad)} or no text")
    return rules


def rule_applies(rule: dict[str, Any], p: Plan, figure: Figure | None) -> bool:
    spans = [p.window] + ([p.baseline] if p.baseline else [])
    if "groups" in rule and p.group not in rule["groups"]:
        return False
    if "areas" in rule and p.area.code not in rule["areas"]:
        return False
    if "area_kinds" in rule and p.area.kind not in rule["area_kinds"]:
        return False
    if "kinds" in rule and p.measure_kind not in rule["kinds"]:
        return False
    if "sources" in rule and (figure is None or figure.source not in rule["sources"]):
        return False
    if "overlaps" in rule:
        first, last = (to_date(d) for d in rule["overlaps"])
        if not any(w.start <= last and w.end >= first for w in spans):
            return False
    if "before" in rule and not any(w.start < to_date(rule["before"]) for w in spans):
        return False
    return True


def format_value(value: float, kind: str) -> str:
    if kind == "percent_change":
        return f"{value:+.2f}%"
    if kind == "rate_per_1000":
        return f"{value:.1f} per 1,000"
    return f"{value:+,.0f}" if kind == "count_change" else f"{value:,.0f}"


def caveats_for(p: Plan, figure: Figure | None, others: list[Figure]) -> list[str]:
    out = []
    if figure is not None and not figure.first_published:
        out.append(f"revisions: this is a revised series ({figure.edition}); the figure first published may differ a little")
    for f in [figure, *others]:
        if f is not None and f.quarters_missing:
            quarters = ", ".join(f"{q.start:%b}-{q.end:%b %Y}" for q in f.quarters_missing)
            out.append(f"quarters missing or zero in {f.edition}: {quarters} (not supplied)")
    for f in others:
        if f.value is not None:
            out.append(f"revisions: {f.table} gives {format_value(f.value, p.measure_kind)}")
    if p.baseline_assumed:
        out.append("baseline assumed: the same period a year before (the release states none)")
    out += [r["text"] for r in caveat_rules() if rule_applies(r, p, figure)]
    return out


def describe(p: Plan) -> str:
    what = p.group[0].lower() + p.group[1:] if not p.group.isupper() else p.group
    return f"{what} in {p.area.name}"


def note_for(claim: Any, p: Plan, figure: Figure | None, result: str, gap: float | None) -> str:
    said = f'"{claim.text}"'
    if figure is None or figure.value is None:
        return f"The official tables have no figure for {describe(p)} in {p.window.label()}; {said} cannot be checked."
    value = figure.value
    if p.measure_kind == "percent_change":
        fact = f"{describe(p)} {'fell' if value < 0 else 'rose'} {abs(value):.2f}% in {p.window.label()} on {p.baseline.label() if p.baseline else 'the year before'}"
    elif p.measure_kind == "count_change":
        fact = f"{describe(p)} {'fell' if value < 0 else 'rose'} by {abs(value):,.0f} in {p.window.label()}"
    elif p.measure_kind == "rate_per_1000":
        fact = f"{describe(p)} was {value:.1f} crimes per 1,000 people in {p.window.label()}"
    else:
        fact = f"{describe(p)} was {value:,.0f} in {p.window.label()}"
    source = figure.table
    if result == MATCHES:
        tail = f"{said} matches"
    elif result == CLOSE:
        tail = f"{said} is close (off by {abs(gap or 0):,.2f}{' points' if p.measure_kind == 'percent_change' else ''}, within what revisions and editions move)"
    else:
        tail = f"{said} differs (off by {abs(gap or 0):,.2f}{' points' if p.measure_kind == 'percent_change' else ''})"
    return f"Official figures show {fact} ({source}); {tail}."


# --------------------------------------------------------------------------- entry points
def check_claim(claim: Any, release_area: str | None = None, published: object = None,
                data: OfficialStore | None = None) -> CheckRecord | Refusal:
    """One claim against the official figures: a check row, or why there is none."""
    p = plan(claim, release_area)
    if isinstance(p, Refusal):
        return p
    data = data or store()
    figures = official_figures(p, data)
    if not figures:
        return Refusal(f"no official table holds {describe(p)} for {p.window.label()}")
    figure, others = choose(figures, to_date(published))
    baseline_count = None
    if p.measure_kind == "count_change" and figure is not None and p.baseline is not None:
        base = [f for f in data.figures(p.area.code, p.group, "count", p.baseline) if f.source == figure.source]
        baseline_count = base[0].value if base else None
    result, gap = verdict(claim, p, figure.value if figure else None, baseline_count)
    shown = figure or figures[0]
    caveats = caveats_for(p, figure, others)
    if figure is None and shown.note:
        caveats.insert(0, f"{shown.table}: {shown.note}")
    return CheckRecord(
        claim_id=claim.claim_id, area_code=p.area.code, area_name=p.area.name, offence_group=p.group,
        period_start=p.window.start.isoformat(), period_end=p.window.end.isoformat(),
        baseline_start=p.baseline.start.isoformat() if p.baseline else None,
        baseline_end=p.baseline.end.isoformat() if p.baseline else None,
        measure_kind=p.measure_kind, official_value=figure.value if figure else None,
        claimed_value=p.claimed, verdict=result, source_table=shown.table,
        caveats=tuple(caveats), note=note_for(claim, p, figure, result, gap),
    )


def check_release(claims: Iterable[ClaimRecord], release_area: str | None,
                  published: object) -> list[CheckRecord]:
    """The check rows of one release's claims (claims that cannot be checked get none)."""
    out = []
    for claim in claims:
        checked = check_claim(claim, release_area, published)
        if isinstance(checked, CheckRecord):
            out.append(checked)
    return out


def check_results(results: Iterable[ReleaseResult]) -> None:
    """Fill ``checks`` of every release result read without error (in place)."""
    for result in results:
        if result.error or not result.claims:
            continue
        try:
            result.checks = check_release(result.claims, result.area, result.published)
        except Exception as exc:  # a broken check never loses the release's findings
            result.checks = []
            result.warnings.append(f"official check failed: {exc!r}"[:300])
