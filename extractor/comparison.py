"""Headline against body: does the body back each headline claim?"""
from __future__ import annotations

from .records import ClaimRecord, ComparisonRecord


def compare(claims: list[ClaimRecord]) -> list[ComparisonRecord]:
    """One row per headline claim, or one ``no_headline_claim`` row."""
    headline = [c for c in claims if c.where == "headline"]
    if not headline:
        return [ComparisonRecord(None, None, None, None, None, None, (), (), "no_headline_claim",
                                 "The headline states no figure or change.")]
    return [
        ComparisonRecord(c.claim_id, c.text, c.metric, c.area, c.direction, c.value, (), (),
                         "unsupported", "No body claim on the same measure was found.")
        for c in headline
    ]
