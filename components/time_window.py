"""Where a time chart opens, and the date filter's window drawn on its axis."""

from datetime import date

import pandas as pd
import plotly.graph_objects as go

COARSE = ("year",)  # background: drawn lightly, and left out of the opening span
MIN_SPAN_DAYS = 14  # the narrowest span a chart opens on


def opening_span(events: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp] | None:
    """The x range the chart opens on: the dated (day, week, month, range) events, padded.

    Year-level events are background: they would stretch the chart over years and squeeze
    the weeks that matter. With only year-level events, their own span.
    """
    fine = ~events["date_precision"].isin(COARSE)
    chosen = events.loc[fine, ["_start", "_end"]] if fine.any() else events[["_start", "_end"]]
    if chosen.empty:
        return None
    first, last = chosen["_start"].min(), chosen["_end"].max() + pd.Timedelta(days=1)
    if (last - first).days < MIN_SPAN_DAYS:  # one day alone would be stretched to milliseconds
        middle = first + (last - first) / 2
        half = pd.Timedelta(days=MIN_SPAN_DAYS / 2)
        return middle - half, middle + half
    pad = (last - first) * 0.04
    return first - pad, last + pad


def open_on_fine_events(fig: go.Figure, events: pd.DataFrame) -> None:
    """Set the x range to the opening span."""
    span = opening_span(events)
    if span is not None:
        fig.update_xaxes(range=[f"{span[0]:%Y-%m-%d %H:%M}", f"{span[1]:%Y-%m-%d %H:%M}"])


def mark_window(fig: go.Figure, window: tuple[date | None, date | None]) -> None:
    """Dashed lines on the axis at the date filter's start and end, labelled."""
    for day, words, end in zip(window, ("Filter from", "Filter to"), (0, 1), strict=True):
        if day is None:
            continue
        at = f"{pd.Timestamp(day) + pd.Timedelta(days=end):%Y-%m-%d}"
        fig.add_vline(x=at, line=dict(color="#444444", width=1.5, dash="dash"))
        fig.add_annotation(
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
