#!/usr/bin/env python3
"""Score the extractor on the real corpus, split by split, with `crime-claims evaluate`.

usage: python data/real/score.py [tune|test|all ...] [--details]   (default: tune)
--details lists, per text, the missed and spurious items and the fields of
matched items that disagree with the gold.
Needs the texts re-created (python data/real/recreate.py). `test` is never tuned
on: score it only when a session's changes are done.
"""
from __future__ import annotations

import csv
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def ids_of(split: str) -> list[str]:
    with (HERE / "MANIFEST.tsv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    have = {p.name[: -len(".gold.yaml")] for p in (HERE / "gold").glob("*.gold.yaml")}
    return [r["id"] for r in rows if (split == "all" or r["split"] == split) and r["id"] in have]


def main(args: list[str]) -> int:
    status = 0
    flags = [a for a in args if a.startswith("--")]
    splits = [a for a in args if not a.startswith("--")]
    for split in splits or ["tune"]:
        with tempfile.NamedTemporaryFile("w", suffix=".ids", delete=False) as f:
            f.write("\n".join(ids_of(split)))
        print(f"## {split}")
        status |= subprocess.call([sys.executable, "-m", "extractor", "evaluate", str(HERE / "gold"),
                                   "--texts", str(HERE / "texts"), "--ids", f.name, *flags])
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
