"""`crime-claims report`: one self-contained HTML page a fact-checker can read.

Built only from the tables of a finished run (``tables.read_tables``): for each
release the headline verdict first, then the text as read with every claim,
period and quote underlined (``highlight``, the path ``extractor.render`` uses
too), and under it one card per row with its fields, offsets and the rules
that made it (descriptions from ``rule_index``). A summary counts statuses and
check verdicts and filters the releases an analyst must look at. The checks
table is shown when the run has one and skipped when it has not.
"""
from __future__ import annotations

import base64
import datetime as dt
import html
import json
import os
import re
import tempfile
import zlib
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Mapping

import pandas as pd

from .highlight import ID_COLUMNS, LABELS, highlighted
from .report_assets import PAGE_CSS, PAGE_JS
from .rule_index import RuleInfo, rule_index, split_ids
from .tables import STATUSES, read_tables

#: what an analyst must look at: a qualified or contradicted headline, an official figure that differs
LOOK = ("qualified", "contradicted", "differs")
VERDICTS = ("matches", "close", "differs", "no_official_figure")
#: columns a card shows elsewhere than in its field list
CARD_SKIP = {"release_id", "text", "sentence", "start_char", "end_char", "rule_id", "because",
             *ID_COLUMNS.values()}
#: start/end pairs shown as one field
DATE_PAIRS = (("period_start", "period_end", "period"), ("baseline_start", "baseline_end", "baseline"),
              ("start", "end", "dates"))
HEADLINE_CHARS = 140
#: the script type that holds a packed release (a type the browser does not run)
PACKED_TYPE = "application/x-release+deflate"


def esc(value: Any) -> str:
    return html.escape(str(value), quote=True)


def present(value: Any) -> bool:
    """False for None, NA, NaN and empty text."""
    if value is None or value is pd.NA or value is pd.NaT:
        return False
    if isinstance(value, float) and value != value:
        return False
    return not (isinstance(value, str) and not value.strip())


def show(value: Any) -> str:
    """A cell as a reader wants it: dates without midnight, whole numbers without '.0'."""
    if isinstance(value, (pd.Timestamp, dt.datetime)):
        return value.date().isoformat() if (value.hour, value.minute, value.second) == (0, 0, 0) \
            else value.isoformat(sep=" ", timespec="minutes")
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def pack(markup: str) -> str:
    """A release's markup as the page stores it: zlib-compressed, base64.

    The page's script unpacks one release when it is opened (the browser's
    ``DecompressionStream``, no network). Plain markup made a thousand
    releases a 28 MB page that took over a second to open; packed it is about
    a seventh of that. ``unpack_releases`` is the inverse."""
    return base64.b64encode(zlib.compress(markup.encode("utf-8"), 6)).decode("ascii")


def unpack_releases(page: str) -> dict[int, str]:
    """The markup of every release of a report page, by its position in the index."""
    found = re.finditer(rf'<script type="{re.escape(PACKED_TYPE)}" id="t(\d+)">([^<]*)</script>', page)
    return {int(m.group(1)): zlib.decompress(base64.b64decode(m.group(2))).decode("utf-8") for m in found}


def figure(value: Any) -> str:
    """A figure to read, not to compute with: -10.340555 -> -10.34, 84765.0 -> 84765."""
    value = float(value)
    return str(int(value)) if value.is_integer() else f"{value:.2f}".rstrip("0")


def int_or_none(value: Any) -> int | None:
    return int(value) if present(value) else None


class ReportBuilder:
    """Builds the page from a run's tables (one instance per report)."""

    def __init__(self, tables: Mapping[str, pd.DataFrame], rules: Mapping[str, RuleInfo] | None = None) -> None:
        self.tables = tables
        self.rules = rule_index() if rules is None else rules
        self.releases = tables["releases"].to_dict("records")
        self.by_release = {name: _grouped(tables.get(name)) for name in
                           ("claims", "periods", "quotes", "comparison", "checks")}
        self.has_checks = tables.get("checks") is not None
        self.used_rules: set[str] = set()

    # -- the page ------------------------------------------------------------------------
    def page(self, source: str = "") -> str:
        index_rows, templates = [], []
        for i, release in enumerate(self.releases):
            tags = self.tags(release)
            index_rows.append(self.index_row(i, release, tags))
            templates.append(f'<script type="{PACKED_TYPE}" id="t{i}">{pack(self.release_view(i, release))}</script>')
        title = "crime-claims report" + (f" — {source}" if source else "")
        return "".join([
            '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
            '<meta name="viewport" content="width=device-width, initial-scale=1">',
            f"<title>{esc(title)}</title><style>{PAGE_CSS}</style></head><body>",
            self.header(source),
            '<main><nav><table id="index"><tbody>', "".join(index_rows), "</tbody></table></nav>",
            '<article id="release"></article></main>',
            "\n".join(templates),
            f"<script>const LOOK={json.dumps(LOOK)};const RULES={self.rules_json()};{PAGE_JS}</script>",
            "</body></html>\n",
        ])

    def header(self, source: str) -> str:
        n = len(self.releases)
        errors = sum(present(r.get("error")) for r in self.releases)
        counts = {name: len(self.tables[name]) for name in ("claims", "periods", "quotes")}
        line = (f"{n} releases{' from ' + esc(source) if source else ''}: {counts['claims']} claims, "
                f"{counts['periods']} periods, {counts['quotes']} quotes; {errors} not read.")
        statuses = Counter(self.tables["comparison"]["status"].dropna().astype(str))
        parts = [self.count_chips("headline status", STATUSES, statuses, "s")]
        if self.has_checks:
            verdicts = Counter(self.tables["checks"]["verdict"].dropna().astype(str))
            parts.append(self.count_chips("check verdict", VERDICTS, verdicts, "v"))
        else:
            parts.append('<span class="muted">no checks table in this run</span>')
        if errors:
            parts.append(f'<div class="counts"><button class="chip s-error" data-tag="error" '
                         f'aria-pressed="false">error {errors}</button></div>')
        filters = ('<div class="filters"><label><input type="checkbox" id="look"> only what needs a look '
                   f'({", ".join(LOOK)})</label><input type="search" id="q" placeholder="search id, headline">'
                   '<span class="muted" id="shown"></span></div>')
        return (f'<header><h1>crime-claims report</h1><div class="muted">{line}</div>'
                f'<div class="summary">{"".join(parts)}{filters}</div></header>')

    @staticmethod
    def count_chips(title: str, names: Iterable[str], counts: Counter, prefix: str) -> str:
        names = [*names, *sorted(set(counts) - set(names))]
        chips = "".join(f'<button class="chip {prefix}-{esc(name)}" data-tag="{esc(name)}" aria-pressed="false">'
                        f"{esc(name)} {counts.get(name, 0)}</button>" for name in names)
        return f'<div class="counts"><b>{esc(title)}</b>{chips}</div>'

    def tags(self, release: dict[str, Any]) -> list[str]:
        """What the index filters on: the release's statuses, check verdicts, and error."""
        rid = release["release_id"]
        tags = [str(s) for s in _column(self.by_release["comparison"].get(rid), "status")]
        tags += [str(v) for v in _column(self.by_release["checks"].get(rid), "verdict")]
        if present(release.get("error")):
            tags.append("error")
        return sorted(set(tags))

    def index_row(self, i: int, release: dict[str, Any], tags: list[str]) -> str:
        headline = str(release["headline"]) if present(release.get("headline")) else ""
        if len(headline) > HEADLINE_CHARS:
            headline = headline[:HEADLINE_CHARS - 1] + "…"
        badges = "".join(f'<span class="badge {_badge_class(t)}">{esc(t)}</span> ' for t in tags)
        return (f'<tr data-i="{i}" data-tags="{esc(" ".join(tags))}"><td><b>{esc(release["release_id"])}</b> '
                f'{badges}<div class="hl">{esc(headline)}</div></td></tr>')

    # -- one release ---------------------------------------------------------------------
    def release_view(self, i: int, release: dict[str, Any]) -> str:
        rid = release["release_id"]
        rows = {name: self.by_release[name].get(rid) for name in self.by_release}
        out = [f"<h2>{esc(rid)}</h2>", self.meta(release)]
        out.append("<h3>Headline verdict</h3>" + self.verdicts(i, rows["comparison"]))
        checks = self.checks_by_claim(rows["checks"])
        if self.has_checks:
            n = sum(map(len, checks.values()))
            counts = Counter(str(c.get("verdict")) for cs in checks.values() for c in cs)
            summary = ", ".join(f"{v} {counts[v]}" for v in (*VERDICTS, *sorted(set(counts) - set(VERDICTS)))
                                if counts.get(v))
            out.append(f'<p class="muted">Checks against official figures: {n}{" (" + summary + ")" if n else ""}'
                       "; each under its claim below.</p>")
        text = release.get("text")
        out.append("<h3>Text as read</h3>")
        if present(text):
            found = {name: rows[name] or [] for name in LABELS}
            out.append(f'<div class="text">{highlighted(str(text), found, href=f"#r{i}-{{table}}-{{id}}")}</div>')
        else:
            out.append('<p class="muted">The tables hold no text for this release '
                       "(not read, or written before releases.csv had a text column).</p>")
        cards = self.cards(i, rows, checks)
        out.append(f"<h3>Findings ({len(cards)})</h3><div class=\"cards\">{''.join(cards)}</div>")
        claim_ids = {int_or_none(c.get("claim_id")) for c in rows["claims"] or ()}
        orphans = [c for claim, cs in checks.items() if claim not in claim_ids for c in cs]
        if orphans:
            out.append("<h3>Checks of claims without a row</h3>" + "".join(self.check(c) for c in orphans))
        return "".join(out)

    @staticmethod
    def meta(release: dict[str, Any]) -> str:
        bits = []
        for col in ("title", "published", "area", "path", "url"):
            value = release.get(col)
            if present(value):
                shown = show(value)
                if col == "url":
                    shown = f'<a href="{esc(value)}">{esc(value)}</a>'
                else:
                    shown = esc(shown)
                bits.append(f"{col}: {shown}")
        out = f'<div class="muted">{" · ".join(bits)}</div>'
        if present(release.get("error")):
            out += f'<p class="err">Not read: {esc(release["error"])}</p>'
        if present(release.get("warnings")):
            out += f'<p class="muted">Warnings: {esc(release["warnings"])}</p>'
        return out

    def verdicts(self, i: int, comparison: list[dict[str, Any]] | None) -> str:
        if not comparison:
            return '<p class="muted">No comparison row.</p>'
        out = []
        for row in comparison:
            status = str(row["status"]) if present(row.get("status")) else "unknown"
            claim = int_or_none(row.get("headline_claim_id"))
            head = (f'headline {self.link(i, "claims", claim)}: <q>{esc(row.get("headline_text") or "")}</q>'
                    if claim is not None else "the headline has no claim")
            body = [self.link(i, "claims", int(c)) for c in split_ids(row.get("body_claim_ids")) if c.isdigit()]
            compared = f"<p>Body claims compared: {', '.join(body)}</p>" if body else ""
            note = esc(row["note"]) if present(row.get("note")) else ""
            out.append(f'<div class="verdict" data-row="comparison"><span class="badge s-{esc(status)}">'
                       f"{esc(status)}</span> {head}<p>{note}</p>{compared}</div>")
        return "".join(out)

    @staticmethod
    def checks_by_claim(checks: list[dict[str, Any]] | None) -> dict[int | None, list[dict[str, Any]]]:
        out: dict[int | None, list[dict[str, Any]]] = {}
        for row in checks or ():
            out.setdefault(int_or_none(row.get("claim_id")), []).append(row)
        return out

    @staticmethod
    def check(row: dict[str, Any]) -> str:
        """One check row: verdict, the two figures, the note; where the figure comes from folded."""
        verdict = str(row.get("verdict")) if present(row.get("verdict")) else "unknown"
        figures = ", ".join(f"{label} {esc(figure(row[col]))}" for col, label in
                            (("claimed_value", "claimed"), ("official_value", "official")) if present(row.get(col)))
        note = esc(row["note"]) if present(row.get("note")) else ""
        extra = "".join(f"<p>{label}: {esc(show(row[col]))}</p>" for col, label in
                        (("offence_group", "series"), ("area_name", "area"), ("area_code", "area code"),
                         ("measure_kind", "measure"), ("source_table", "source"), ("caveats", "caveats"))
                        if present(row.get(col)))
        where = f"<details><summary>the official figure</summary>{extra}</details>" if extra else ""
        return (f'<div class="check" data-row="checks"><span class="badge v-{esc(verdict)}">{esc(verdict)}</span> '
                f"{figures}<p>{note}</p>{where}</div>")

    def cards(self, i: int, rows: Mapping[str, list[dict[str, Any]] | None],
              checks: Mapping[int | None, list[dict[str, Any]]]) -> list[str]:
        """One card per claim, period and quote, in text order; a claim's checks on its card."""
        keyed = []
        for table in LABELS:
            for row in rows.get(table) or ():
                start = int_or_none(row.get("start_char"))
                keyed.append(((start if start is not None else 1 << 62, table), self.card(i, table, row, checks)))
        return [card for _, card in sorted(keyed, key=lambda kv: kv[0])]

    def card(self, i: int, table: str, row: dict[str, Any],
             checks: Mapping[int | None, list[dict[str, Any]]]) -> str:
        rid = int_or_none(row.get(ID_COLUMNS[table]))
        label = LABELS[table]
        mine = checks.get(rid, []) if table == "claims" and rid is not None else []
        head = f"<b>{label} {rid if rid is not None else ''}</b> <q>{esc(row.get('text') or '')}</q>"
        head += "".join(f' <span class="badge v-{esc(c.get("verdict"))}">{esc(c.get("verdict"))}</span>'
                        for c in mine if present(c.get("verdict")))
        fields = []
        pairs = {a: (b, name) for a, b, name in DATE_PAIRS if a in row and b in row}
        ends = {b for b, _ in pairs.values()}
        for col, value in row.items():
            if col in CARD_SKIP or col in ends:
                continue
            if col in pairs:
                end_col, name = pairs[col]
                if present(value) or present(row[end_col]):
                    first = show(value) if present(value) else "?"
                    last = show(row[end_col]) if present(row[end_col]) else "?"
                    fields.append((name, esc(first if first == last else f"{first} – {last}")))
                continue
            if not present(value):
                continue
            if col == "quote_id" and table == "claims":
                fields.append(("quote", self.link(i, "quotes", int(value))))
            else:
                fields.append((col, esc(show(value))))
        start, end = int_or_none(row.get("start_char")), int_or_none(row.get("end_char"))
        if start is not None and end is not None:
            fields.append(("chars", f"{start}–{end}"))
        dl = "".join(f"<dt>{esc(k)}</dt><dd>{v}</dd>" for k, v in fields)
        rules = self.rule_line("found by", split_ids(row.get("rule_id")))
        if table == "claims":
            rules += self.rule_line("because", split_ids(row.get("because")))
        anchor = f"r{i}-{table}-{rid}" if rid is not None else ""
        return (f'<div class="card k-{table}" id="{anchor}" data-row="{table}">{head}<dl>{dl}</dl>'
                f"{rules}{''.join(self.check(c) for c in mine)}</div>")

    def rule_line(self, title: str, ids: list[str]) -> str:
        """The rule ids; the page's script adds each one's description from ``RULES``
        (written once, not once per row: they were a fifth of a large report)."""
        if not ids:
            return ""
        self.used_rules.update(ids)
        parts = "; ".join(f"<code>{esc(rule)}</code>" for rule in ids)
        return f'<div class="rule">{esc(title)}: {parts}</div>'

    def rules_json(self) -> str:
        about = {rule: (self.rules[rule].describe() if rule in self.rules else "not named in the rule files")
                 for rule in sorted(self.used_rules)}
        return json.dumps(about, ensure_ascii=False).replace("</", "<\\/")

    @staticmethod
    def link(i: int, table: str, row_id: int | None) -> str:
        if row_id is None:
            return "?"
        return f'<a href="#r{i}-{table}-{row_id}">{LABELS[table].lower()} {row_id}</a>'


def _grouped(data: pd.DataFrame | None) -> dict[str, list[dict[str, Any]]]:
    """A table's rows as dicts, by release id (one pass: per-group pandas calls cost
    more than the rest of the report)."""
    out: dict[str, list[dict[str, Any]]] = {}
    if data is None or "release_id" not in data:
        return out
    for row in data.to_dict("records"):
        out.setdefault(str(row["release_id"]), []).append(row)
    return out


def _column(rows: list[dict[str, Any]] | None, col: str) -> list[Any]:
    return [row[col] for row in rows or () if present(row.get(col))]


def _badge_class(tag: str) -> str:
    return f"v-{tag}" if tag in VERDICTS else f"s-{tag}"


def build_report(tables: Mapping[str, pd.DataFrame], *, source: str = "") -> str:
    """The report page for a run's tables (``read_tables`` output, or ``Tables`` items)."""
    return ReportBuilder(tables).page(source)


def write_report(source: str | Path, html_path: str | Path | None = None) -> Path:
    """Read a run's tables from ``source``, write the report (atomically), return its path.

    The default path is ``report.html`` in the output folder.
    """
    source = Path(source)
    target = Path(html_path) if html_path is not None else source / "report.html"
    page = build_report(read_tables(source), source=str(source))
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".report-", suffix=".html", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(page)
        os.chmod(tmp, 0o644)  # mkstemp makes it private; a report is for sharing
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target
