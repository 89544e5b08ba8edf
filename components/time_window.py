"""Where a time chart opens, and the date filter's window drawn on its axis.

Both write into a figure's layout given as a plain dict (see components/figures.py).
"""

from datetime import date

import numpy as np
import pandas as pd

COARSE = ("year",)  # background: drawn lightly, and left out of the opening span
MIN_SPAN_DAYS = 14  # the narrowest span a chart opens on


def opening_span(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range the chart opens on: the dated (day, week, month, range) events, padded.

    Year-level events are background: they would stretch the chart over years and squeeze
    the weeks that matter. With only year-level events, their own span.
    """
    fine = ~events["date_precision"].isin(COARSE).to_numpy()
    if not fine.any():
        fine[:] = True
    # the two columns as arrays: selecting rows of the frame costs more than their min and max
    starts = events["_start"].to_numpy(dtype="datetime64[us]")[fine]
    ends = events["_end"].to_numpy(dtype="datetime64[us]")[fine]
    starts, ends = starts[~np.isnat(starts)], ends[~np.isnat(ends)]
    if not len(starts) or not len(ends):
        return None
    first, last = pd.Timestamp(starts.min()), pd.Timestamp(ends.max()) + pd.Timedelta(days=1)
    if (last - first).days < MIN_SPAN_DAYS:  # one day alone would be stretched to milliseconds
        middle = first + (last - first) / 2
        half = pd.Timedelta(days=MIN_SPAN_DAYS / 2)
        return middle - half, middle + half
    pad = (last - first) * 0.04
    return first - pad, last + pad


def open_on_fine_events(layout: dict, events: pd.DataFrame) -> None:
    """Set the x range of `layout` to the opening span."""
    span = opening_span(events)
    if span is not None:
        xaxis = layout.setdefault("xaxis", {})
        xaxis["range"] = [f"{span[0]:%Y-%m-%d %H:%M}", f"{span[1]:%Y-%m-%d %H:%M}"]


def mark_window(layout: dict, window: tuple[date | None, date | None]) -> None:
    """Dashed lines on the axis of `layout` at the date filter's start and end, labelled."""
    for day, words, end in zip(window, ("Filter from", "Filter to"), (0, 1), strict=True):
        if day is None:
            continue
        at = f"{pd.Timestamp(day) + pd.Timedelta(days=end):%Y-%m-%d}"
        layout.setdefault("shapes", []).append(
            dict(
                type="line",
                x0=at,
                x1=at,
                xref="x",
                y0=0,
                y1=1,
                yref="y domain",
                line=dict(color="#444444", width=1.5, dash="dash"),
            )
        )
        layout.setdefault("annotations", []).append(
            dict(
                x=at,
                y=1,
                yref="paper",
                text=f"{words} {day}",
                showarrow=False,
                xanchor="left" if end == 0 else "right",
                yanchor="bottom",
                font=dict(size=11, color="#444444"),
                bgcolor="rgba(255,255,255,0.8)",
            )
        )
