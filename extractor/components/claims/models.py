"""What the claim finders pass along: a claim before its span exists (``Found``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from .line_tables import Cell
from .numbers import Number


@dataclass
class Found:
    """A claim before its span exists: offsets and the fields read so far."""

    start: int
    end: int
    number: Number | None
    kind: str
    direction: str | None
    approx: str | None
    rule_id: str
    metric_hint: list[str] = field(default_factory=list)  # headline claims: metric given by the cue
    metric_head: int | None = None                        # char offset of a token whose phrase is the metric
    implied: str | None = None                            # a level's direction ("down from 239") for "or 30%"
    cell: Cell | None = None                              # a figure of a table written as lines: its row and column
    compared_gap: tuple[int, int] | None = None           # a bracketed level: the words naming the period it is of
