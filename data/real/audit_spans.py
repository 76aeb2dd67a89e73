#!/usr/bin/env python3
"""Read each gold span on its own: a check that needs only the committed gold.

The scorer needs the texts, and a session may not get them back (README.md,
"Re-creating the texts"). The gold alone still says, for every period, its
words and dates, and for every claim, its words, value, unit and direction.
This script gives the extractor each gold span as a release of its own (the
span as one sentence, dated with the manifest's publication date) and counts
how often it reads the span as the gold does:

- periods: the span gives the gold (start, end);
- claims: the span, after "The figures show", gives a claim with the gold value (within 0.5%) and unit;
  of those, how many also have the gold direction, and how many the gold metric (as the scorer
  compares metrics) where the span holds the gold metric's head word.

What it cannot see is what the context carries (an anchor for "the same period",
a direction or unit stated once for several figures), so a span read wrongly
here is worth a look, not always a fault: `--list` prints them with the gold.
Not a score of the corpus; SCORES.md keeps the two apart.

usage: python data/real/audit_spans.py [tune|test|all ...] [--list]   (default: tune)
"""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from recreate import manifest_rows  # noqa: E402

from extractor.api import tables_of, text_release  # noqa: E402
from extractor.batch import process_releases  # noqa: E402
from extractor.evaluate import metric_match  # noqa: E402
from extractor.pipeline import load  # noqa: E402

HEADLINE = "Span audit"
CARRIER = "The figures show "


def gold_items(split: str) -> list[tuple[dict[str, str], dict]]:
    """(manifest row, gold) for the split's texts that have gold."""
    out = []
    for row in manifest_rows():
        if split != "all" and row["split"] != split:
            continue
        path = HERE / "gold" / f"{row['id']}.gold.yaml"
        if path.exists():
            out.append((row, yaml.safe_load(path.read_text(encoding="utf-8")) or {}))
    return out


def as_sentence(span: str) -> str:
    span = " ".join(str(span).replace("…", " ").replace("...", " ").split())
    return span if span.endswith((".", "!", "?")) else span + "."


def day(value: object) -> str:
    """A date as YYYY-MM-DD (or a word as itself), "" for none (gold None, a table's NaT or NaN)."""
    if value is None or value != value or str(value) in ("None", "NaT", "nan", ""):
        return ""
    return str(value)[:10]


def _metric_in_span(item: dict) -> bool:
    """The gold metric's head word is among the span's own words (else the context names it)."""
    words = str(item.get("metric") or "").lower().split()
    return bool(words) and words[-1] in str(item.get("text") or "").lower().split()


def close(a: object, b: object) -> bool:
    if a is None or b is None:
        return a is None and b is None
    a, b = float(a), float(b)
    return abs(a - b) <= 0.005 * max(abs(a), abs(b)) or a == b


def audit(items: list[tuple[dict[str, str], dict]], listing: bool = False) -> dict[str, Counter]:
    """Counts per kind for (manifest row, gold) pairs; ``listing`` prints each span read otherwise."""
    cases = []  # (kind, row, gold item)
    releases = []
    for row, gold in items:
        published = row.get("published") or None
        for kind in ("periods", "claims"):
            for item in gold.get(kind) or []:
                if kind == "claims" and item.get("where") == "headline":
                    continue  # a headline claim leans on its body by definition
                span = as_sentence(item.get("text") or "")
                # a claim is read in a clause; a fragment alone ("14 per cent rise.") parses as no clause
                text = f"{HEADLINE}\n\n{span if kind == 'periods' else CARRIER + span}\n"
                releases.append(text_release(text, f"{row['id']}-{len(releases)}", published))
                cases.append((kind, row, item))
    results = process_releases(releases, load())
    tables = tables_of(list(results), check=False)
    by_release = {kind: getattr(tables, kind).groupby("release_id") for kind in ("periods", "claims")}
    counts = {"periods": Counter(), "claims": Counter()}
    for release, (kind, row, item) in zip(releases, cases):
        groups = by_release[kind]
        rows = groups.get_group(release.release_id) if release.release_id in groups.groups else None
        tally = counts[kind]
        tally["gold"] += 1
        if kind == "periods":
            want = (day(item.get("start")), day(item.get("end")))
            got = [] if rows is None else [(day(a), day(b)) for a, b in zip(rows["start"], rows["end"])]
            label = "relative" if item.get("relative") else "stated"
            tally[label] += 1
            if want in got:
                tally["right"] += 1
                tally[f"right_{label}"] += 1
            elif listing:
                print(f"period\t{row['id']}\t{label}\t{item.get('text')!r}\tgold {want}\tgot {got}")
        else:
            got = [] if rows is None else rows[["value", "unit", "direction", "metric"]].to_dict("records")
            read = [g for g in got if close(g["value"] if g["value"] == g["value"] else None, item.get("value"))
                    and (g["unit"] or None) == item.get("unit")]
            directed = [g for g in read if day(g["direction"]) == day(item.get("direction"))]
            tally["read"] += bool(read)
            tally["directed"] += bool(directed)
            if read and _metric_in_span(item):
                tally["with_metric"] += 1
                right = any(metric_match(item["metric"], g["metric"]) for g in read)
                tally["metric"] += right
                if listing and not right:
                    print(f"metric\t{row['id']}\t{item.get('text')!r}\tgold {item.get('metric')!r}\t"
                          f"got {[g['metric'] for g in read]}")
            if listing and not directed:
                print(f"claim\t{row['id']}\t{item.get('text')!r}\tgold {item.get('value')} {item.get('unit')} "
                      f"{item.get('direction')}\tgot {[(g['value'], g['unit'], g['direction']) for g in got]}")
    return counts


def main(args: list[str]) -> int:
    listing = "--list" in args
    for split in [a for a in args if not a.startswith("--")] or ["tune"]:
        counts = audit(gold_items(split), listing)
        p, c = counts["periods"], counts["claims"]
        print(f"## {split}: span audit (each gold span read alone; not a corpus score)")
        print(f"periods: {p['right']}/{p['gold']} = {p['right'] / max(p['gold'], 1):.3f} "
              f"(stated {p['right_stated']}/{p['stated']}, relative {p['right_relative']}/{p['relative']})")
        print(f"claims (body): value and unit {c['read']}/{c['gold']} = {c['read'] / max(c['gold'], 1):.3f}; "
              f"with direction {c['directed']}/{c['gold']} = {c['directed'] / max(c['gold'], 1):.3f}; "
              f"metric of those read {c['metric']}/{c['with_metric']} = {c['metric'] / max(c['with_metric'], 1):.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
