"""The timeline when there are too many events to draw one by one: counts per period."""

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.style import TYPE_COLOURS, type_colour
from components.text import label_escape

BINNED_MAX_SIZE = 30


def binned_figure(rows: pd.DataFrame, lanes: list[str]) -> go.Figure:
    """Events counted per lane, event type and week (a span up to two years) or month:
    one marker per count, its area growing with it. `rows` has a `_lane` column."""
    span_days = (rows["_start"].max() - rows["_start"].min()).days
    days = rows["_start"].to_numpy().astype("datetime64[D]")
    if span_days <= 730:
        label = "week of"
        # 1970-01-01 was a Thursday: shift so that weeks start on Monday
        monday = (days.astype("int64") + 3) // 7 * 7 - 3
        period = pd.Series(monday.astype("datetime64[D]"), index=rows.index)
    else:
        label = "month of"
        period = pd.Series(days.astype("datetime64[M]").astype("datetime64[D]"), index=rows.index)
    lane_index = {lane: i for i, lane in enumerate(lanes)}
    counts = (
        rows.assign(_period=period)
        .groupby(["_lane", "event_type", "_period"], sort=False)
        .size()
        .rename("n")
        .reset_index()
    )
    types = sorted(
        set(counts["event_type"]),
        key=lambda t: list(TYPE_COLOURS).index(t) if t in TYPE_COLOURS else 99,
    )
    offsets = {t: -0.3 + 0.6 * i / max(1, len(types) - 1) for i, t in enumerate(types)}
    biggest = max(1, int(counts["n"].max()))
    fig = go.Figure()
    for etype in types:
        part = counts[counts["event_type"] == etype]
        # the count alone per marker, the words once in the template: a sentence per marker
        # made the figure over twice as large (thousands of markers at 100,000 events)
        fig.add_trace(
            go.Scatter(
                mode="markers",
                x=part["_period"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object),
                y=(part["_lane"].map(lane_index) + offsets[etype]).to_numpy(dtype=float),
                name=etype,
                text=part["n"].astype(str).to_numpy(dtype=object),
                hovertemplate=f"%{{text}} events, {label_escape(etype)}, {label} "
                "%{x|%Y-%m-%d}<extra></extra>",
                marker=dict(
                    color=type_colour(etype),
                    size=(6 + (BINNED_MAX_SIZE - 6) * np.sqrt(part["n"] / biggest))
                    .round(1)
                    .to_numpy(dtype=float),
                    opacity=0.75,
                ),
            )
        )
    return fig
