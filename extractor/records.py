"""Plain value objects for what the pipeline finds, one per output row.

Components write Span extensions; ``collect`` turns a Doc into these records;
``tables`` turns records into DataFrames. Records hold no spaCy objects, so
they are cheap to pickle between processes and keep no Doc alive.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class PeriodRecord:
    period_id: int
    where: str
    text: str
    start: str | None
    end: str | None
    relative: bool
    start_char: int
    end_char: int
    rule_id: str | None = None


@dataclass(frozen=True)
class QuoteRecord:
    quote_id: int
    text: str
    speaker: str | None
    role: str | None
    org: str | None
    cue: str | None
    kind: str | None
    start_char: int
    end_char: int
    rule_id: str | None = None


@dataclass(frozen=True)
class ClaimRecord:
    claim_id: int
    where: str
    text: str
    sentence: str
    value: float | None
    unit: str | None
    kind: str | None
    direction: str | None
    approx: str | None
    metric: str | None
    area: str | None
    source: str | None
    measure: str | None
    period_start: str | None
    period_end: str | None
    baseline_start: str | None
    baseline_end: str | None
    quote_id: int | None
    start_char: int
    end_char: int
    rule_id: str | None = None
    because: str | None = None  # `;`-separated rule ids: direction, hedge, period, baseline


@dataclass(frozen=True)
class ComparisonRecord:
    headline_claim_id: int | None
    headline_text: str | None
    metric: str | None
    measure: str | None
    area: str | None
    direction: str | None
    value: float | None
    body_claim_ids: tuple[int, ...]
    body_values: tuple[float | None, ...]
    status: str
    note: str


@dataclass(frozen=True)
class CheckRecord:
    """A claim held against an official figure (``extractor.official.check``)."""

    claim_id: int
    area_code: str
    area_name: str
    offence_group: str
    period_start: str | None
    period_end: str | None
    baseline_start: str | None
    baseline_end: str | None
    measure_kind: str
    official_value: float | None
    claimed_value: float | None
    verdict: str
    source_table: str | None
    caveats: tuple[str, ...]
    note: str


@dataclass
class ReleaseResult:
    """Everything one release produced; ``error`` set when it was not read."""

    release_id: str
    path: str
    url: str | None = None
    area: str | None = None
    title: str | None = None
    headline: str | None = None
    published: str | None = None
    error: str | None = None
    warnings: list[str] = field(default_factory=list)
    #: the text the pipeline read (headline, blank line, body); every row's offsets index into it
    text: str | None = None
    body_start: int | None = None
    claims: list[ClaimRecord] = field(default_factory=list)
    periods: list[PeriodRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)
    comparisons: list[ComparisonRecord] = field(default_factory=list)
    checks: list[CheckRecord] = field(default_factory=list)
