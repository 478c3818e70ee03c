"""Charts: one frame and style for every figure, at two widths; the chart kinds; saving with data and alt text.

    >>> from loss_claims import charts
    >>> frame = charts.Frame(headline="…", subtitle="…", source=charts.source_line(ledger, claims))
    >>> charts.strip(rows, frame, "fig02-losses-claimed-by-unit", params, alt="…")
"""
from .frame import NOTHING_SELECTED, WIDTHS, Frame, period, source_line, use_style
from .kinds import alt_bars, alt_grid, alt_strip, alt_timeline, bars, grid, strip, timeline

__all__ = ["NOTHING_SELECTED", "WIDTHS", "Frame", "alt_bars", "alt_grid", "alt_strip", "alt_timeline", "bars", "grid", "period",
           "source_line", "strip", "timeline", "use_style"]
