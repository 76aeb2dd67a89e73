"""Rule-file validation: malformed ``claims.yaml`` data is refused early, naming the rule."""
from __future__ import annotations

import re
from typing import Any

from ..base import RuleError, check_unique_ids


def validate_rules(rules: dict[str, Any]) -> None:
    """Reject malformed rule data early, naming the rule."""
    if not rules:
        return
    check_unique_ids(rules.get("distractors", []) + rules.get("line_distractors", []), "claims.yaml distractors")
    check_unique_ids(rules.get("multipliers", []), "claims.yaml multipliers")
    check_unique_ids(rules.get("sources", []), "claims.yaml sources")
    for rule in rules.get("distractors", []):
        if not (rule.get("left") or rule.get("right")):
            raise RuleError(f"claims.yaml distractor {rule['id']!r} has neither left nor right")
        for key in ("left", "right", "unless_left"):
            if rule.get(key):
                try:
                    re.compile(rule[key])
                except re.error as err:
                    raise RuleError(f"claims.yaml distractor {rule['id']!r}: bad {key} regex: {err}") from err
    for group in ("hedges",):
        for k in rules.get(group, {}):
            if k not in ("approximate", "lower_bound", "upper_bound"):
                raise RuleError(f"claims.yaml {group}: unknown class {k!r}")
