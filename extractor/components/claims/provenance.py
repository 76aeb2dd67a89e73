"""Which rules made a claim what it is: the ids a fact-checker reads in `rule_id` and `because`.

While matching, a claim carries one composite id, ``"<number rule>/<reading rule>"``
(``"num_percent/dir_verb_by"``), or one headline rule (``"headline_direction"``);
the metric reader looks inside it. For the tables it is split: the number rule
found the claim (`rule_id`); the reading rule set its kind and direction, the
hedge class its approx, and the period links its period and baseline (`because`).
Every id is named in ``models/crime_claims/rules/`` (``rule_ids.yaml`` for the ids
the code assigns, the rule files for the rest).
"""
from __future__ import annotations

PERIOD_CLAUSE = "period_clause"        # a period written in the claim's own clause
PERIOD_CARRIED = "period_carried"      # the period of the claim before it in the same sentence
PERIOD_REFERENCE = "period_reference"  # the release's reference period
PERIOD_HEADLINE = "period_headline"    # a headline claim: the headline's own period
PERIOD_REPORTED = "period_reported_in_year"  # "this year" / "in 2013" for the span of it the release reports
PERIOD_LOOSE = "period_loose_year_before"  # "compared to 94 last year": the year before the release's period
PERIOD_COMPARED = "period_compared"    # a figure compared against ("down from 2,290"): the baseline stated
PERIOD_TABLE_COLUMN = "period_table_column"  # a table cell: the period its header column names
BASELINE_CLAUSE = "baseline_clause"    # a baseline written in the claim's own clause
BASELINE_CARRIED = "baseline_carried"  # the baseline of an earlier change
BASELINE_YEAR_BEFORE = "baseline_year_before"  # the same period a year earlier, named in the release
BASELINE_RELEASE = "baseline_release"  # before any baseline: the first one the release states
BASELINE_TABLE_COLUMN = "baseline_table_column"  # a table's change cell: its header's second period column


def finding_rule(composite: str) -> str:
    """The rule that found the claim: the number rule of a composite id, else the id itself."""
    return composite.partition("/")[0]


def reading_rule(composite: str) -> str:
    """The rule that set kind and direction: the reading rule of a composite id, else the id itself."""
    number, _, reading = composite.partition("/")
    return reading or number


def hedge_rule(approx: str | None) -> str | None:
    """``hedge_<class>`` for a hedged figure ("about 2%": ``hedge_approximate``); None when exact."""
    return f"hedge_{approx}" if approx and approx != "exact" else None


def because(composite: str, approx: str | None, period_rule: str | None,
            baseline_rule: str | None) -> tuple[str, ...]:
    """The ids of the rules that set direction, hedge, period and baseline, in that order."""
    ids = (reading_rule(composite), hedge_rule(approx), period_rule, baseline_rule)
    return tuple(i for i in ids if i)
