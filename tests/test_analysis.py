"""Shares of deployed strength: open-ended figures are carried through, never turned into numbers."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from loss_claims import analysis
from loss_claims.figures import MEASURE_LABELS


@pytest.mark.parametrize("low, high, label", [
    (0.3, 0.3, "0.30%"),
    (0.909, 1.336, "0.91% to 1.34%"),
    (0.0, 0.3, "up to 0.30%"),  # 'more than 11,000' troops: no lower bound above zero
    (5.073, None, "5.07% or more (no upper bound)"),  # 'more than 50' killed: no upper bound
    (0.0, None, "not bounded: losses and troops both open-ended ('more than')"),
    (0.0, float("nan"), "not bounded: losses and troops both open-ended ('more than')"),
    (0.0, 0.0, "0.00%"),
])
def test_share_label(low, high, label):
    assert analysis.share_label(low, high) == label


def test_share_rows_draw_nothing_where_nothing_bounds_the_share():
    shares = pd.DataFrame({
        "measure": ["killed", "killed", "wounded"], "losses": ["≈558 or more", "≈558 or more", "100–147"],
        "deployed": ["≈11,000", "more than 11,000", "more than 11,000"], "deployed_where": ["Russia"] * 3,
        "share_low_pct": [5.073, 0.0, 0.0], "share_high_pct": [None, None, 1.336],
        "losses_basis": ["sum of 4 incident/period claim(s)"] * 3, "over_100_pct": [False] * 3,
    })
    rows = analysis.share_chart_rows(shares, MEASURE_LABELS)
    assert list(rows["qualifier"]) == ["range", "none", "range"]
    assert rows.at[0, "lower"] == 5.073 and math.isinf(rows.at[0, "upper"])  # an arrow: losses open-ended
    assert pd.isna(rows.at[1, "lower"]) and pd.isna(rows.at[1, "upper"])  # no bound is made up
    assert rows.at[2, "text"] == "up to 1.34%" and rows.at[2, "upper"] == 1.336
    assert rows.at[1, "label"] == "killed: ≈558 or more (sum of 4 incident/period claim(s))\nof more than 11,000 troops in Russia"
