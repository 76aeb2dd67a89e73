"""Statistical tables flattened one cell per line.

Web pages turned into text often lose a table's grid: a header line names the
columns ("Force Dec 2013 Dec 2012 Change % Change"), then each row is a label
line followed by one line per figure. Each figure is a claim, and what it is
comes from its column: a period column holds levels, a change column a count
change, a percent-change column a percentage change (a sign gives the
direction). Without the header such lone figures are footnote or list markers
(``line_distractors``), so a table is read only under a header that names at
least one change column or two periods.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Cell:
    """What a figure's column says it is."""

    kind: str          # level | change
    unit: str | None   # percent for a percent-change column; None: the figure's own unit


class LineTables:
    """Compiled header and cell patterns from the ``line_tables`` rules."""

    def __init__(self, rules: dict[str, Any]) -> None:
        r = rules.get("line_tables", {})
        self.enabled = bool(r)
        self.column_re = re.compile(r.get("columns", r"(?!x)x"), re.I)
        self.cell_re = re.compile(r.get("cell", r"(?!x)x"))
        self.max_label = int(r.get("max_label_chars", 60))
        self.max_header = int(r.get("max_header_chars", 160))

    def cells(self, text: str) -> dict[int, Cell]:
        """The figures of every table written as lines, by the offset of their line's first character."""
        if not self.enabled:
            return {}
        out: dict[int, Cell] = {}
        lines = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text)]
        columns: list[Cell] | None = None
        col = 0
        for start, line in lines:
            stripped = line.strip()
            if not stripped:
                continue
            header = self._header(stripped)
            if header is not None:
                columns, col = header, len(header)  # no row label read yet
                continue
            if columns is None:
                continue
            if self.cell_re.fullmatch(stripped):
                if col >= len(columns):
                    columns = None  # more figures than columns: not this table any more
                    continue
                out[start + line.index(stripped[0])] = columns[col]
                col += 1
            elif len(stripped) <= self.max_label and not stripped.endswith((".", "?", "!")):
                col = 0  # a row label (or a note such as "Source: ONS") starts a row
            else:
                columns = None  # running text ends the table
        return out

    def _header(self, line: str) -> list[Cell] | None:
        """The columns a header line names, or None when it names no change column and under two periods."""
        cols: list[Cell] = []
        for m in self.column_re.finditer(line):
            if m.group("pct"):
                cols.append(Cell("change", "percent"))
            elif m.group("change"):
                cols.append(Cell("change", None))
            else:
                cols.append(Cell("level", None))
        changes = sum(c.kind == "change" for c in cols)
        if not cols or (changes == 0 and len(cols) < 2) or len(line) > self.max_header:
            return None
        if line.endswith((".", "?", "!")) or re.search(r"\d", self.column_re.sub(" ", line)):
            return None  # a sentence, or a line with figures of its own: no header
        return cols
