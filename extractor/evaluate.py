"""Score extracted tables against gold annotations (``NAME.gold.yaml``).

Implements the scoring rules of the annotation guide ("How output is scored"):
claims match on value (0.5% relative), unit, direction and where; periods as
sets of (start, end) per release; quotes by the first 40 normalised
characters. It reads the CSV outputs, so it scores exactly what users get.
"""
from __future__ import annotations

import csv
import io
import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any, Callable

import yaml

from .outputs import open_set

GOLD_SUFFIX = ".gold.yaml"
NULLS = {"", "nan", "NaN", "None", "<NA>"}
GENERIC_AREA_WORDS = {"police", "constabulary", "county", "the"}
QUOTE_MARKS = re.compile(r"[\"'“”‘’`]")
NON_WORD = re.compile(r"[^\w%£.,]+")
SPACES = re.compile(r"\s+")
# Standard abbreviations of police ranks and titles, expanded before roles are
# compared ("Det Supt" and "Detective Superintendent" are one role), as the
# annotation guide's scoring section says.
ROLE_ABBREVIATIONS = {
    "det": "detective", "supt": "superintendent", "ch": "chief", "insp": "inspector",
    "sgt": "sergeant", "cllr": "councillor", "dcc": "deputy chief constable",
    "acc": "assistant chief constable", "cc": "chief constable", "pcc": "police and crime commissioner",
    "dci": "detective chief inspector", "di": "detective inspector", "ds": "detective sergeant",
    "dc": "detective constable", "pc": "police constable", "pcso": "police community support officer",
}


def normalise(text: str | None) -> str:
    """Lower case, quotation marks dropped, punctuation to spaces, spaces folded."""
    text = QUOTE_MARKS.sub("", (text or "").lower())
    return SPACES.sub(" ", NON_WORD.sub(" ", text)).strip()


def blank(value: Any) -> str | None:
    if value is None or str(value) in NULLS:
        return None
    return str(value).strip().lower()


def to_float(value: Any) -> float | None:
    if value is None or value == "":
        return None
    try:
        return float(str(value).replace(",", ""))
    except ValueError:
        return None


def to_date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)[:10]


def values_match(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return a == b or abs(a - b) <= 0.005 * max(abs(a), abs(b))


def area_match(gold: Any, pred: Any) -> bool:
    """One area contains the other, ignoring case and generic words."""
    def clean(x: Any) -> str:
        return " ".join(t for t in normalise(x).split() if t not in GENERIC_AREA_WORDS)

    g, p = clean(gold), clean(pred)
    return bool(g and p) and (g in p or p in g)


def metric_match(gold: Any, pred: Any) -> bool:
    """The last word of either phrase occurs in the other (singular/plural alike)."""
    g = [t.rstrip("s") for t in normalise(gold).split()]
    p = [t.rstrip("s") for t in normalise(pred).split()]
    return bool(g and p) and (g[-1] in p or p[-1] in g)


def head_noun(name: Any) -> str:
    tokens = normalise(name).split()
    return tokens[-1].rstrip("s") if tokens else ""


def quote_key(text: Any) -> str:
    return normalise(str(text or "").replace("...", " ").replace("…", " "))


def quotes_match(gold: dict, pred: dict) -> bool:
    g, p = quote_key(gold.get("text")), quote_key(pred.get("text"))
    return bool(g and p) and (g[:40] in p or p[:40] in g)


def greedy_pairs(gold: list, pred: list, ok: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """Each gold item takes the first unused prediction that matches it."""
    used: set[int] = set()
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if pi not in used and ok(g, p):
                used.add(pi)
                pairs.append((gi, pi))
                break
    return pairs


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def read_rows(source: IO[bytes] | None) -> dict[str, list[dict[str, str]]]:
    """A table's rows by release id, from an open CSV file (None: no such table)."""
    rows: dict[str, list[dict[str, str]]] = defaultdict(list)
    if source is not None:
        csv.field_size_limit(2**31 - 1)  # a sentence of a page without full stops can be huge
        with io.TextIOWrapper(source, encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                rows[row.get("release_id", "")].append(row)
    return rows


def typed_claim(claim: dict) -> dict:
    return {**claim, "value": to_float(claim.get("value")), "unit": blank(claim.get("unit")),
            "direction": blank(claim.get("direction"))}


@dataclass
class Score:
    """Totals over all scored releases, the misses per release (as the reference
    scorer lists them) and, per release, the fields of matched items that disagree
    with the gold as (item text, field, gold, predicted)."""

    counts: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    details: dict[str, dict[str, list]] = field(default_factory=dict)
    fields_wrong: dict[str, list[tuple]] = field(default_factory=dict)

    def summary(self) -> dict[str, Any]:
        c = self.counts
        res: dict[str, Any] = {"docs": c["docs"]}
        for k in ("claims", "periods", "quotes"):
            p, r, f = prf(c[f"{k}_tp"], c[f"{k}_pred"], c[f"{k}_gold"])
            res[k] = {"p": round(p, 3), "r": round(r, 3), "f1": round(f, 3),
                      "gold": c[f"{k}_gold"], "pred": c[f"{k}_pred"]}
        for k in ("approx", "metric", "area", "period", "baseline", "speaker", "role", "status"):
            n = c[f"{k}_n"]
            res[f"{k}_acc"] = round(c[f"{k}_ok"] / n, 3) if n else None
        return res


def score_release(rid: str, gold: dict, tables: dict[str, dict], score: Score) -> None:
    c, d = score.counts, score.details.setdefault(rid, {})
    gcl = [typed_claim(x) for x in gold.get("claims") or []]
    pcl = [typed_claim(x) for x in tables["claims"].get(rid, [])]

    def claim_ok(g: dict, p: dict) -> bool:
        same_place = not blank(p.get("where")) or blank(p.get("where")) == blank(g.get("where"))
        return (values_match(g["value"], p["value"]) and g["unit"] == p["unit"]
                and g["direction"] == p["direction"] and same_place)

    pairs = greedy_pairs(gcl, pcl, claim_ok)
    count_matches(c, "claims", len(pairs), len(pcl), len(gcl))
    gold_dates = period_dates(gold)
    wrong = score.fields_wrong.setdefault(rid, [])
    for gi, pi in pairs:
        g, p = gcl[gi], pcl[pi]
        wrong += [(g.get("text"), *miss) for miss in tally(c, CLAIM_FIELDS, g, p)]
        wrong += [(g.get("text"), *miss) for miss in tally_dates(c, gold_dates, g, p)]
        if g.get("where") == "headline" and g.get("status"):
            c["status_n"] += 1
            rows = [r for r in tables["comparison"].get(rid, [])
                    if r.get("headline_claim_id") == p.get("claim_id")]
            got = blank(rows[0].get("status")) if rows else None
            c["status_ok"] += got is not None and got == blank(g.get("status"))
            if got is None or got != blank(g.get("status")):
                wrong.append((g.get("text"), "status", g.get("status"), got))
    matched_g, matched_p = {gi for gi, _ in pairs}, {pi for _, pi in pairs}
    d["claims_missed"] = [gcl[i].get("text") for i in range(len(gcl)) if i not in matched_g]
    d["claims_spurious"] = [pcl[i].get("text") for i in range(len(pcl)) if i not in matched_p]

    def period_set(rows: list) -> set[tuple[str | None, str | None]]:
        return {(to_date(p.get("start")), to_date(p.get("end"))) for p in rows
                if p.get("start") and p.get("end")}

    gps, pps = period_set(gold.get("periods") or []), period_set(tables["periods"].get(rid, []))
    count_matches(c, "periods", len(gps & pps), len(pps), len(gps))
    d["periods_missed"] = sorted(map(str, gps - pps))
    d["periods_spurious"] = sorted(map(str, pps - gps))

    gq, pq = gold.get("quotes") or [], tables["quotes"].get(rid, [])
    qpairs = greedy_pairs(gq, pq, quotes_match)
    count_matches(c, "quotes", len(qpairs), len(pq), len(gq))
    for gi, pi in qpairs:
        wrong += [((gq[gi].get("text") or "")[:50], *miss) for miss in tally(c, QUOTE_FIELDS, gq[gi], pq[pi])]
    matched_q = {gi for gi, _ in qpairs}
    d["quotes_missed"] = [(gq[i].get("text") or "")[:50] for i in range(len(gq)) if i not in matched_q]
    c["docs"] += 1


def normalise_role(role: Any) -> str:
    """Normalised role with rank abbreviations expanded ("Det Supt" -> "detective superintendent")."""
    words = normalise(role).replace(".", " ").split()
    return " ".join(ROLE_ABBREVIATIONS.get(w, w) for w in words)


def role_match(gold: Any, pred: Any) -> bool:
    """One role contains the other ("Police and Crime Commissioner" in "Kent's Police and ...")."""
    g, p = normalise_role(gold), normalise_role(pred)
    return bool(p) and (p in g or g in p)


def period_dates(gold: dict) -> dict[str, tuple[str | None, str | None]]:
    """Gold period text -> its (start, end): how a claim's `period`/`baseline` text is dated."""
    return {str(x.get("text")): (to_date(x.get("start")), to_date(x.get("end")))
            for x in gold.get("periods") or [] if x.get("start") and x.get("end")}


#: claim date fields scored on matched claims: gold field -> the predicted columns
CLAIM_DATE_FIELDS = {"period": ("period_start", "period_end"), "baseline": ("baseline_start", "baseline_end")}


def tally_dates(counts: dict[str, int], gold_dates: dict, gold: dict, pred: dict) -> list[tuple]:
    """A matched claim's period and baseline dates, where the gold names a dated period.

    Returns the disagreements as (field, gold, predicted) for `--details`."""
    misses = []
    for name, (start, end) in CLAIM_DATE_FIELDS.items():
        want = gold_dates.get(str(gold.get(name))) if gold.get(name) else None
        if want:
            got = (to_date(pred.get(start)), to_date(pred.get(end)))
            counts[f"{name}_n"] += 1
            counts[f"{name}_ok"] += got == want
            if got != want:
                misses.append((name, "/".join(map(str, want)), "/".join(map(str, got))))
    return misses


#: the fields scored on matched items: name -> does the prediction agree with gold
CLAIM_FIELDS: dict[str, Callable[[Any, Any], bool]] = {
    "approx": lambda g, p: blank(p) == blank(g),
    "area": area_match,
    "metric": metric_match,
}
QUOTE_FIELDS: dict[str, Callable[[Any, Any], bool]] = {
    "speaker": lambda g, p: head_noun(p) == head_noun(g),
    "role": role_match,
}


def count_matches(counts: dict[str, int], kind: str, tp: int, n_pred: int, n_gold: int) -> None:
    counts[f"{kind}_tp"] += tp
    counts[f"{kind}_pred"] += n_pred
    counts[f"{kind}_gold"] += n_gold


def tally(counts: dict[str, int], fields: dict[str, Callable[[Any, Any], bool]], gold: dict, pred: dict) -> list[tuple]:
    """Field accuracy over matched items, counted where the gold field is given.

    Returns the disagreements as (field, gold, predicted) for `--details`."""
    misses = []
    for name, agrees in fields.items():
        if gold.get(name):
            ok = bool(agrees(gold.get(name), pred.get(name)))
            counts[f"{name}_n"] += 1
            counts[f"{name}_ok"] += ok
            if not ok:
                misses.append((name, gold.get(name), pred.get(name)))
    return misses


def gold_files(gold_dir: str | Path) -> list[Path]:
    return sorted(Path(gold_dir).glob(f"*{GOLD_SUFFIX}"))


def score_outputs(gold_dir: str | Path, out_dir: str | Path, only: set[str] | None = None) -> Score:
    """Score the CSV tables in ``out_dir`` against every gold file in ``gold_dir`` (or the ``only`` ids)."""
    names = ("claims", "periods", "quotes", "comparison")
    with open_set(out_dir, names, "csv", missing_ok=True) as files:  # one run's tables, never a mix
        tables = {name: read_rows(files[name]) for name in names}
    score = Score()
    for path in gold_files(gold_dir):
        rid = path.name[: -len(GOLD_SUFFIX)]
        if only is not None and rid not in only:
            continue
        gold = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        score_release(rid, gold, tables, score)
    return score


def format_summary(res: dict[str, Any]) -> str:
    lines = []
    for k in ("claims", "periods", "quotes"):
        v = res[k]
        lines.append(f"{k:8s} P {v['p']:.3f} R {v['r']:.3f} F1 {v['f1']:.3f}  (gold {v['gold']}, pred {v['pred']})")
    lines.append("of matches: approx {approx_acc} metric {metric_acc} area {area_acc} period {period_acc} "
                 "baseline {baseline_acc} speaker {speaker_acc} role {role_acc} "
                 "headline status {status_acc}".format(**res))
    lines.append(f"docs {res['docs']}")
    return "\n".join(lines)
