#!/usr/bin/env python3
"""Agreement between the two independent annotation passes (passes/A and passes/B).

Pass B is written out as the extractor's tables and scored against pass A with
the project's scorer (extractor.evaluate, which agrees with the reference
scorer), so "agreement" means exactly what the accuracy figures mean: claims F1,
periods F1, quotes F1, and the field agreement of matched items. F1 is symmetric,
so it does not matter which pass plays gold.

usage: python data/real/agreement.py [PASS_A PASS_B]   (prints a Markdown table)
"""
from __future__ import annotations

import csv
import sys
import tempfile
from pathlib import Path

import yaml

from extractor.evaluate import score_outputs

HERE = Path(__file__).resolve().parent


def write_tables(pass_dir: Path, ids: list[str], out: Path) -> None:
    """A pass's gold files as claims/periods/quotes/comparison CSVs."""
    claims, periods, quotes, comparison = [], [], [], []
    for rid in ids:
        gold = yaml.safe_load((pass_dir / f"{rid}.gold.yaml").read_text(encoding="utf-8")) or {}
        dates = {str(p.get("text")): (p.get("start"), p.get("end")) for p in gold.get("periods") or []}
        for i, c in enumerate(gold.get("claims") or [], start=1):
            ps, pe = dates.get(str(c.get("period")), (None, None)) if c.get("period") else (None, None)
            bs, be = dates.get(str(c.get("baseline")), (None, None)) if c.get("baseline") else (None, None)
            claims.append({"release_id": rid, "claim_id": i, "where": c.get("where"), "text": c.get("text"),
                           "value": c.get("value"), "unit": c.get("unit"), "direction": c.get("direction"),
                           "approx": c.get("approx"), "metric": c.get("metric"), "area": c.get("area"),
                           "period_start": ps, "period_end": pe, "baseline_start": bs, "baseline_end": be})
            if c.get("where") == "headline":
                comparison.append({"release_id": rid, "headline_claim_id": i, "status": c.get("status")})
        for i, p in enumerate(gold.get("periods") or [], start=1):
            periods.append({"release_id": rid, "period_id": i, "start": p.get("start"), "end": p.get("end")})
        for i, q in enumerate(gold.get("quotes") or [], start=1):
            quotes.append({"release_id": rid, "quote_id": i, "text": q.get("text"), "speaker": q.get("speaker"),
                           "role": q.get("role")})
    for name, rows in (("claims", claims), ("periods", periods), ("quotes", quotes), ("comparison", comparison)):
        fields = sorted({k for r in rows for k in r}) or ["release_id"]
        with (out / f"{name}.csv").open("w", newline="", encoding="utf-8") as f:
            writer = csv.DictWriter(f, fieldnames=fields)
            writer.writeheader()
            writer.writerows(rows)


def agreement(pass_a: Path, pass_b: Path) -> dict:
    ids = sorted(p.name[: -len(".gold.yaml")] for p in pass_a.glob("*.gold.yaml")
                 if (pass_b / p.name).exists())
    with tempfile.TemporaryDirectory() as tmp_out, tempfile.TemporaryDirectory() as tmp_gold:
        for rid in ids:  # score only the texts both passes annotated
            (Path(tmp_gold) / f"{rid}.gold.yaml").write_text(
                (pass_a / f"{rid}.gold.yaml").read_text(encoding="utf-8"), encoding="utf-8")
        write_tables(pass_b, ids, Path(tmp_out))
        summary = score_outputs(tmp_gold, tmp_out).summary()
    summary["ids"] = ids
    return summary


def main(argv: list[str]) -> int:
    a = Path(argv[0]) if argv else HERE / "passes" / "A"
    b = Path(argv[1]) if len(argv) > 1 else HERE / "passes" / "B"
    s = agreement(a, b)
    print(f"texts annotated by both passes: {len(s['ids'])}\n")
    print("| kind | F1 | P (B against A) | R | items A / B |\n| --- | --- | --- | --- | --- |")
    for k in ("claims", "periods", "quotes"):
        v = s[k]
        print(f"| {k} | {v['f1']:.3f} | {v['p']:.3f} | {v['r']:.3f} | {v['gold']} / {v['pred']} |")
    print("\nof matched items: " + ", ".join(f"{k} {s[f'{k}_acc']}" for k in
                                           ("approx", "metric", "area", "period", "baseline", "speaker",
                                            "role", "status")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
