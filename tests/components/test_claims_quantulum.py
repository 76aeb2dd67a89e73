"""The quantulum3 fallback reader and its domain fixes."""
from __future__ import annotations

import pytest

from extractor.components.claims.numbers import quantulum_value


@pytest.mark.parametrize(
    "text, expected",
    [
        ("10 per cent", (10.0, "percent")),
        ("closer to 2%", (2.0, "percent")),
        ("4.5 percentage points", (4.5, "percentage_point")),
        ("£1.2 million", (1_200_000.0, "currency")),
        ("3,412 offences", (3412.0, "count")),
        ("3.9m", (3_900_000.0, "count")),   # quantulum alone: 3.9 metres
        ("a third", (33.33, "percent")),     # quantulum alone: 0.33 dimensionless
        ("a drop", None),                    # quantulum alone: a volume
    ],
)
def test_claims_quantulum_domain_fixes(text, expected):
    got = quantulum_value(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got[1] == expected[1] and got[0] == pytest.approx(expected[0])
