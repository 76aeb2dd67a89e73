"""Statistical tables flattened one cell per line.

Web pages turned into text often lose a table's grid: a header line names the
columns ("Force Jun 2019 Jun 2018 Change % Change"), then each row is a label
line followed by one line per figure. Each figure is a claim, and what it is
comes from its column: a period column holds levels, a change column a count
change, a percent-change column a percentage change (a sign gives the
direction). Without the header such lone figures are footnote or list markers
(``line_distractors``), so a table is read only under a header that names at
least one change column or two periods.

Where a cell sits says what it is about: its period column (a change: the first
two period columns, the later against the earlier), its row label (a place or an offence; the
header's label column, "Police Force" or "Offence", says which) and the table's
title or lead-in, the line before the header ("RECORDED CRIME WALES"). This
module finds those by offsets; the claims component reads them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

from .prefilter import guarded

Offsets = tuple[int, int]


@dataclass(frozen=True)
class Cell:
    """What a figure's place in its table says it is."""

    kind: str          # level | change
    unit: str | None   # percent for a percent-change column; None: the figure's own unit
    period: Offsets | None = None    # the period column the figure is about (a change: the first)
    baseline: Offsets | None = None  # a change: the second period column (the later of the two is its period)
    label: Offsets | None = None     # the row's label line
    title: Offsets | None = None     # the line before the header: the table's title or lead-in
    rows: str | None = None          # what the header's label column says the rows are: area | metric


class LineTables:
    """Compiled header and cell patterns from the ``line_tables`` rules."""

    def __init__(self, rules: dict[str, Any]) -> None:
        r = rules.get("line_tables", {})
        self.enabled = bool(r)
        self.column_re = guarded(re.compile(r.get("columns", r"(?!x)x"), re.I))
        self.cell_re = re.compile(r.get("cell", r"(?!x)x"))
        self.max_label = int(r.get("max_label_chars", 60))
        self.max_header = int(r.get("max_header_chars", 160))
        self.max_title = int(r.get("max_title_chars", 120))
        self.rows_re = {kind: re.compile(r"\b(?:" + "|".join(words) + r")\b", re.I)
                        for kind, words in (r.get("row_labels") or {}).items() if words}
        self.total_re = re.compile(r.get("total_label", r"(?!x)x"), re.I)
        self.title_drop_re = re.compile(r.get("title_drop", r"(?!x)x"), re.I)
        self.title_words = int(r.get("title_metric_max_words", 5))

    def cells(self, text: str) -> dict[int, Cell]:
        """The figures of every table written as lines, by the offset of their line's first character."""
        if not self.enabled:
            return {}
        out: dict[int, Cell] = {}
        columns: list[Cell] | None = None
        col = 0
        label: Offsets | None = None
        before: Offsets | None = None  # the last non-empty line read
        for m in re.finditer(r"[^\n]+", text):
            line = m.group()
            stripped = line.strip()
            if not stripped:
                continue
            at = m.start() + line.index(stripped[0])
            here = (at, at + len(stripped))
            header = self._header(stripped, at, self._title(text, before))
            before = here
            if header is not None:
                columns, col, label = header, len(header), None  # no row label read yet
                continue
            if columns is None:
                continue
            if self.cell_re.fullmatch(stripped):
                if col >= len(columns):
                    columns = None  # more figures than columns: not this table any more
                    continue
                out[at] = replace(columns[col], label=label)
                col += 1
            elif len(stripped) <= self.max_label and not stripped.endswith((".", "?", "!")):
                col, label = 0, here  # a row label (or a note such as "Source: ONS") starts a row
            else:
                columns = None  # running text ends the table
        return out

    def is_total(self, label: str) -> bool:
        """A row of totals ("TOTAL", "All forces"): its label names neither a place nor an offence."""
        return self.total_re.fullmatch(label.strip()) is not None

    def title_metric(self, text: str, title: Offsets, drop: list[Offsets]) -> str | None:
        """What a table's title says is measured: its words without the places and periods (``drop``)
        and without what the rows are ("by force"); a title in capitals is lower-cased. None when
        nothing is left or too much is (a lead-in sentence, not a title)."""
        parts, pos = [], title[0]
        for s, e in sorted(drop):
            parts.append(text[pos:max(pos, s)])
            pos = max(pos, e)
        parts.append(text[pos:title[1]])
        words = re.sub(r"\s+", " ", self.title_drop_re.sub(" ", " ".join(parts))).strip()
        words = re.sub(r"^(?:the|a|an)\s+|\s+(?:and|in|for|of|by|the)$", "", words, flags=re.I).strip()
        if not words or len(words.split()) > self.title_words:
            return None
        return words.lower() if words.isupper() else words

    def _title(self, text: str, line: Offsets | None) -> Offsets | None:
        """The line before a header is its title or lead-in unless it is running text or a figure."""
        if line is None:
            return None
        s = text[line[0]:line[1]]
        if len(s) > self.max_title or s.endswith((".", "?", "!")) or self.cell_re.fullmatch(s):
            return None
        return line

    def _header(self, line: str, at: int, title: Offsets | None) -> list[Cell] | None:
        """The columns a header line names (``at``: its offset in the text), or None when it names
        no change column and under two periods."""
        if len(line) > self.max_header:
            return None  # (checked first: a long line of running text is not searched)
        found = list(self.column_re.finditer(line))
        kinds = ["percent" if m.group("pct") else "change" if m.group("change") else "period" for m in found]
        periods = [(at + m.start(), at + m.end()) for m, k in zip(found, kinds) if k == "period"]
        changes = len(found) - len(periods)
        if not found or (changes == 0 and len(found) < 2):
            return None
        if line.endswith((".", "?", "!")) or re.search(r"\d", self.column_re.sub(" ", line)):
            return None  # a sentence, or a line with figures of its own: no header
        lead = line[:found[0].start()]
        rows = next((kind for kind, rx in self.rows_re.items() if rx.search(lead)), None)
        first = periods[0] if periods else None
        second = periods[1] if len(periods) > 1 else None
        cols: list[Cell] = []
        for m, kind in zip(found, kinds):
            if kind == "period":
                cols.append(Cell("level", None, (at + m.start(), at + m.end()), None, None, title, rows))
            else:
                cols.append(Cell("change", "percent" if kind == "percent" else None, first, second,
                                 None, title, rows))
        return cols
