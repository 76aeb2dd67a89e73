#!/usr/bin/env python3
"""Re-create the real corpus texts from saved search excerpts, and check the gold.

The texts are third-party pages, so they stay out of git (``texts/`` and ``raw/``
are ignored). What is committed is ``MANIFEST.tsv`` (where each text comes from
and the query that finds it) and the gold. The procedure in README.md saves each
page's excerpt, exactly as the search tool returns it, to ``raw/ID.txt``; this
script turns it into ``texts/ID.txt`` in the project's release layout:

- a fenced YAML block with url, title, area and date from the manifest;
- the excerpt, minus its first line when that line is the title, and minus a
  last sentence the excerpt cut off (everything after the last sentence end).

usage:
  python data/real/recreate.py            write texts/ from raw/ + MANIFEST.tsv
  python data/real/recreate.py --check    also check that every gold span (claim,
                                          period and quote text) occurs in its text,
                                          that no two rows share a url, and that no
                                          text is a copy of another (a mirror site)
  python data/real/recreate.py --check DIR   the same for the gold files in DIR
Exit 1 when a raw excerpt is missing, a gold span is not found or a page is in the
manifest twice, under one url or two (the same page in `test` and `tune` would leak the
held-out split).
"""
from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "MANIFEST.tsv"
# a sentence ends with . ! or ?, perhaps followed by closing quotation marks or brackets
SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*(?=\s|$)")


def manifest_rows(path: Path = MANIFEST) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def cut_unfinished_tail(text: str) -> str:
    """Drop what follows the last complete sentence (the excerpt's cut-off end)."""
    text = text.rstrip()
    ends = list(SENTENCE_END.finditer(text))
    return text[: ends[-1].end()] if ends else text


def release_text(row: dict[str, str], excerpt: str) -> str:
    """The release layout: metadata block, blank line, body."""
    body = excerpt.replace("\r\n", "\n").strip("\n")
    first, _, rest = body.partition("\n")
    title = (row.get("title") or "").strip()
    if title and first.strip() == title:
        body = rest.lstrip("\n")
    body = cut_unfinished_tail(body)
    meta = {key: row[key].strip() for key in ("url", "title", "area") if (row.get(key) or "").strip()}
    if (row.get("published") or "").strip():
        meta["date"] = row["published"].strip()
    block = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False, width=1000).strip()
    return f"```yaml\n{block}\n```\n\n{body}\n"


def recreate(out_dir: Path = HERE / "texts", raw_dir: Path = HERE / "raw") -> list[str]:
    """Write every text whose excerpt is saved; return the ids whose excerpt is missing."""
    out_dir.mkdir(parents=True, exist_ok=True)
    missing = []
    for row in manifest_rows():
        raw = raw_dir / f"{row['id']}.txt"
        if not raw.exists():
            missing.append(row["id"])
            continue
        (out_dir / f"{row['id']}.txt").write_text(release_text(row, raw.read_text(encoding="utf-8")),
                                                  encoding="utf-8")
    return missing


def folded(text: str) -> str:
    return re.sub(r"\s+", " ", text).replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')


def gold_problems(text_dir: Path = HERE / "texts", gold_dir: Path = HERE / "gold") -> list[str]:
    """Every claim, period and quote text of the gold must occur in its text."""
    problems = []
    for gold_path in sorted(gold_dir.glob("*.gold.yaml")):
        rid = gold_path.name[: -len(".gold.yaml")]
        text_path = text_dir / f"{rid}.txt"
        if not text_path.exists():
            problems.append(f"{rid}: no text")
            continue
        text = folded(text_path.read_text(encoding="utf-8"))
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
        for kind in ("claims", "periods", "quotes"):
            for item in gold.get(kind) or []:
                span = str(item.get("text") or "")
                parts = [p.strip() for p in re.split(r"\.\.\.|…", span) if p.strip()]
                if not all(folded(p) in text for p in parts):
                    problems.append(f"{rid}: {kind[:-1]} not found: {span[:70]!r}")
    return problems


def duplicate_urls(rows: list[dict[str, str]]) -> list[str]:
    """Rows whose url an earlier row already has: the same page twice, perhaps in two splits."""
    first: dict[str, str] = {}
    problems = []
    for row in rows:
        url = row["url"].strip()
        if url in first:
            problems.append(f"{row['id']}: same url as {first[url]} ({url})")
        first.setdefault(url, row["id"])
    return problems


#: a text shares at least this share of its word 8-grams with another: the same page (a mirror, a
#: repost). Related pages stay under it: a force's statement of the next year, banners (at most 0.64)
COPY_SHARE = 0.8
SHINGLE = 8


def _shingles(text: str) -> set[str]:
    """The word 8-grams of a text's body (the metadata block left out), lowercased."""
    body = text.split("```", 2)[-1] if text.startswith("```") else text
    words = body.lower().split()
    return {" ".join(words[i:i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)}


def copied_texts(texts: dict[str, str], share: float = COPY_SHARE) -> list[str]:
    """Pairs of texts one of which is mostly the other: the same page under two urls. An 8-gram
    found in many texts (a site's banner) does not count."""
    grams = {rid: _shingles(t) for rid, t in texts.items()}
    holders: dict[str, list[str]] = {}
    for rid, gs in grams.items():
        for g in gs:
            holders.setdefault(g, []).append(rid)
    shared: dict[tuple[str, str], int] = {}
    for ids in holders.values():
        if 1 < len(ids) <= 5:
            for i, a in enumerate(ids):
                for b in ids[i + 1:]:
                    key = (a, b) if a < b else (b, a)
                    shared[key] = shared.get(key, 0) + 1
    problems = []
    for (a, b), n in sorted(shared.items()):
        smaller = min(len(grams[a]), len(grams[b]))
        if smaller and n / smaller >= share:
            problems.append(f"{b}: {n / smaller:.0%} of its words' 8-grams are in {a} (the same page twice?)")
    return problems


def main(argv: list[str]) -> int:
    missing = recreate()
    for rid in missing:
        print(f"{rid}: raw/{rid}.txt missing (save its excerpt first, see README.md)")
    problems: list[str] = []
    if "--check" in argv:
        at = argv.index("--check")
        gold_dir = Path(argv[at + 1]) if len(argv) > at + 1 else HERE / "gold"
        texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted((HERE / "texts").glob("*.txt"))}
        problems = duplicate_urls(manifest_rows()) + copied_texts(texts) + gold_problems(gold_dir=gold_dir)
    for problem in problems:
        print(problem)
    print(f"{len(manifest_rows()) - len(missing)} texts written; {len(problems)} gold problems")
    return 1 if missing or problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
