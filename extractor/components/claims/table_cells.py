"""Figures of a table written as lines (``line_tables``): what a cell's column says it is
(``_table_cell``: a level or a change) and what its row, title and columns give it
(``TableCellFields._table_fields``: area or metric, period and baseline).

``TableCellFields`` is a mixin of the component: it reads ``self.areas`` and ``self.tables``."""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span

from .area import Place
from .line_tables import Cell
from .links import periods_in
from .models import Found
from .numbers import Number
from .provenance import BASELINE_TABLE_COLUMN, PERIOD_TABLE_COLUMN


class TableCellFields:
    """A table cell's fields from its row, its title and its columns."""

    def _table_fields(self, doc: Doc, text: str, span: Span, cell: Cell, places: list[Place],
                      rules: tuple[str | None, str | None]) -> tuple[str | None, str | None]:
        """A table cell is about its row and its column (``line_tables.py``): a row label naming a
        place is its area, one naming an offence its metric, the table's title gives what the label
        leaves open; its period column its period; a change runs from the earlier of the first two
        period columns (its baseline) to the later (its period).
        What the table does not say keeps the clause's reading. Returns the period and baseline rules."""
        label = text[cell.label[0]:cell.label[1]] if cell.label is not None else None
        label_places, title_places = _places_in(places, cell.label), _places_in(places, cell.title)
        if cell.title is not None and not title_places and text[cell.title[0]:cell.title[1]].isupper():
            # a title in capitals ("RECORDED CRIME WALES"): its places as the gazetteer writes them
            at, words = cell.title[0], text[cell.title[0]:cell.title[1]].title()
            title_places = [Place(at + m.start(), at + m.end(), self.areas.nicknames.get(m.group(0).lower(), m.group(0)))
                            for m in self.areas.gaz_re.finditer(words)]
        rows = cell.rows
        if label is None or self.tables.is_total(label):
            rows = None
        elif rows is None:
            rows = "area" if label_places else "metric"
        if rows == "area":
            whole = label_places and (label_places[0].start, label_places[0].end) == cell.label
            span._.area = label_places[0].name if whole else label
        elif title_places:
            span._.area = title_places[0].name
        if rows == "metric":
            span._.metric = label
        elif cell.title is not None:
            dates = [(p.start_char, p.end_char) for p in periods_in(doc, *cell.title)]
            span._.metric = self.tables.title_metric(
                text, cell.title, [(p.start, p.end) for p in title_places] + dates) or span._.metric
        period_rule, baseline_rule = rules
        period = _column_period(doc, cell.period)
        baseline = _column_period(doc, cell.baseline) if span._.kind == "change" else None
        if period is not None and baseline is not None and period[1] < baseline[0]:
            period, baseline = baseline, period  # "2016/17 2017/18 Change": the change runs to the later column
        if period is not None:
            span._.period_start, span._.period_end = period
            period_rule = PERIOD_TABLE_COLUMN
        if baseline is not None:
            span._.baseline_start, span._.baseline_end = baseline
            baseline_rule = BASELINE_TABLE_COLUMN
        return period_rule, baseline_rule


def _table_cell(n: Number, cell: Cell) -> Found:
    """A figure of a table written as lines is what its column says (``line_tables.py``): a level, or a
    change whose sign gives the direction (unsigned: an increase; nought: no change)."""
    unit = cell.unit or n.unit
    if cell.kind == "level":
        direction = None
    elif n.signed:
        direction = n.direction
    else:
        direction = "none" if n.value == 0 else "increase"
    rid = "num_table_cell/" + ("level" if cell.kind == "level" else "dir_table_column")
    f = Found(n.start, n.end, replace(n, unit=unit, bare=False), cell.kind, direction, "exact", rid)
    f.cell = cell
    return f


def _places_in(places: list[Place], where: tuple[int, int] | None) -> list[Place]:
    """The places named inside a character range (a table's row label or title)."""
    return [p for p in places if where is not None and where[0] <= p.start and p.end <= where[1]]


def _column_period(doc: Doc, column: tuple[int, int] | None) -> tuple[str, str] | None:
    """The dates of the period a table's header column names ("Dec 2013", "Year to March 2014")."""
    if column is None:
        return None
    for p in doc.spans["periods"] if "periods" in doc.spans else []:
        if p.start_char < column[1] and column[0] < p.end_char and p._.start and p._.end:
            return p._.start, p._.end
    return None
