#!/usr/bin/env python3
"""List where the two annotation passes disagree, text by text, for settling by the guide.

usage: python data/real/disagreements.py ID [ID...]   (passes/A against passes/B)
Claims pair as the scorer pairs them (value, unit, direction, where); for each
pair the fields that differ are listed; unpaired claims, period dates in one pass
only, and unpaired quotes are listed too.
"""
from __future__ import annotations

import sys
from pathlib import Path

import yaml

from extractor.evaluate import greedy_pairs, quotes_match, to_date, typed_claim, values_match

HERE = Path(__file__).resolve().parent
FIELDS = ("kind", "approx", "metric", "area", "source", "status")


def load(pass_name: str, rid: str) -> dict:
    return yaml.safe_load((HERE / "passes" / pass_name / f"{rid}.gold.yaml").read_text(encoding="utf-8")) or {}


def dated(gold: dict, name: str | None) -> tuple | None:
    for p in gold.get("periods") or []:
        if name and str(p.get("text")) == str(name):
            return (to_date(p.get("start")), to_date(p.get("end")))
    return None


def report(rid: str) -> list[str]:
    a, b = load("A", rid), load("B", rid)
    ca = [typed_claim(c) for c in a.get("claims") or []]
    cb = [typed_claim(c) for c in b.get("claims") or []]
    ok = lambda g, p: (values_match(g["value"], p["value"]) and g["unit"] == p["unit"]  # noqa: E731
                       and g["direction"] == p["direction"] and g.get("where") == p.get("where"))
    pairs = greedy_pairs(ca, cb, ok)
    out = []
    for i, j in pairs:
        diffs = [f"{f}: A={ca[i].get(f)!r} B={cb[j].get(f)!r}" for f in FIELDS
                 if str(ca[i].get(f) or "").lower() != str(cb[j].get(f) or "").lower()]
        for f in ("period", "baseline"):
            if dated(a, ca[i].get(f)) != dated(b, cb[j].get(f)):
                diffs.append(f"{f}: A={ca[i].get(f)!r}{dated(a, ca[i].get(f))} B={cb[j].get(f)!r}{dated(b, cb[j].get(f))}")
        if diffs:
            out.append(f"  claim {ca[i].get('text')!r}: " + "; ".join(diffs))
    for i in sorted(set(range(len(ca))) - {i for i, _ in pairs}):
        out.append(f"  claim only in A: {ca[i].get('text')!r} {ca[i]['value']} {ca[i]['unit']} {ca[i]['direction']} {ca[i].get('where')}")
    for j in sorted(set(range(len(cb))) - {j for _, j in pairs}):
        out.append(f"  claim only in B: {cb[j].get('text')!r} {cb[j]['value']} {cb[j]['unit']} {cb[j]['direction']} {cb[j].get('where')}")
    pa = {(to_date(p.get("start")), to_date(p.get("end"))): p.get("text") for p in a.get("periods") or [] if p.get("start")}
    pb = {(to_date(p.get("start")), to_date(p.get("end"))): p.get("text") for p in b.get("periods") or [] if p.get("start")}
    out += [f"  period only in A: {pa[k]!r} {k}" for k in sorted(set(pa) - set(pb), key=str)]
    out += [f"  period only in B: {pb[k]!r} {k}" for k in sorted(set(pb) - set(pa), key=str)]
    qa, qb = a.get("quotes") or [], b.get("quotes") or []
    qpairs = greedy_pairs(qa, qb, quotes_match)
    for i, j in qpairs:
        diffs = [f"{f}: A={qa[i].get(f)!r} B={qb[j].get(f)!r}" for f in ("speaker", "role", "org", "kind")
                 if str(qa[i].get(f) or "").lower() != str(qb[j].get(f) or "").lower()]
        if diffs:
            out.append(f"  quote {str(qa[i].get('text'))[:50]!r}: " + "; ".join(diffs))
    out += [f"  quote only in A: {str(qa[i].get('text'))[:70]!r}" for i in range(len(qa)) if i not in {x for x, _ in qpairs}]
    out += [f"  quote only in B: {str(qb[j].get('text'))[:70]!r}" for j in range(len(qb)) if j not in {y for _, y in qpairs}]
    return out


def main(ids: list[str]) -> int:
    for rid in ids:
        lines = report(rid)
        print(f"{rid}: {len(lines)} disagreements")
        print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
