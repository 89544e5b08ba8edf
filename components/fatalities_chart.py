"""The fatalities view of the timeline: each event with a reported figure, at its height."""

from collections.abc import Mapping
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.figures import figure
from components.style import TYPE_COLOURS, type_colour
from components.time_window import mark_window, open_on_fine_events
from components.timeline import HOVER, hover_data

FATAL_HOVER = HOVER.replace("<br>Sources", "<br>Fatalities: %{customdata[7]}<br>Sources")
MARKER_SIZE = 11


def fatalities_title(events: pd.DataFrame) -> str:
    """'31 fatalities reported in 3 events; 5 events give no figure (not drawn).'"""
    known = events["_fatalities"].notna()
    total = int(events.loc[known, "_fatalities"].sum())
    counted = int(known.sum())
    missing = len(events) - counted
    text = f"{total:,} fatalities reported in {counted:,} event{'s' * (counted != 1)}"
    if missing:
        text += f"; {missing:,} event{'s give' if missing != 1 else ' gives'} no figure (not drawn)"
    return text + "."


def _segments(x0: pd.Series, x1: pd.Series, y: pd.Series) -> tuple[list, list]:
    """Line coordinates with None between segments, for one trace of many segments."""
    xs: list = []
    ys: list = []
    for a, b, height in zip(x0, x1, y, strict=True):
        xs += [a, b, None]
        ys += [height, height, None]
    return xs, ys


def _span_lines(spans: pd.DataFrame, etype: str) -> dict:
    """Thin lines from first to last possible day of each event dated to a span."""
    xs, ys = _segments(
        spans["_start"].dt.strftime("%Y-%m-%d"),
        (spans["_end"] + pd.Timedelta(days=1)).dt.strftime("%Y-%m-%d"),
        spans["_fatalities"],
    )
    return dict(
        type="scatter",
        x=xs,
        y=ys,
        mode="lines",
        line=dict(color=type_colour(etype), width=2),
        opacity=0.5,
        hoverinfo="skip",
        showlegend=False,
        legendgroup=etype,
    )


def _dots(sub: pd.DataFrame, hover: np.ndarray, etype: str, selected: str | None) -> dict:
    """A dot per event at the middle of its dates; the selected one larger, ringed in black."""
    chosen = (sub["event_id"] == selected).to_numpy()
    return dict(
        type="scatter",
        x=sub["_mid"].dt.strftime("%Y-%m-%d %H:%M").to_numpy(dtype=object),
        y=sub["_fatalities"].to_numpy(dtype=float),
        mode="markers",
        name=etype,
        legendgroup=etype,
        customdata=hover,
        hovertemplate=FATAL_HOVER,
        marker=dict(
            color=type_colour(etype),
            size=np.where(chosen, MARKER_SIZE + 6, MARKER_SIZE),
            line=dict(color=np.where(chosen, "#000000", "#ffffff"), width=2),
        ),
    )


def _event_traces(
    rows: pd.DataFrame, selected: str | None, titles: Mapping[str, str]
) -> list[dict]:
    """Per event type: lines for spans, then the dots (drawn over them)."""
    rows = rows.assign(
        _mid=rows["_start"] + (rows["_end"] - rows["_start"]) / 2 + pd.Timedelta(hours=12)
    )
    hover = np.column_stack([hover_data(rows, titles), rows["_fatalities"].astype(int).to_numpy()])
    types = [t for t in TYPE_COLOURS if t in set(rows["event_type"])]
    types += sorted(set(rows["event_type"]) - set(types))
    traces = []
    for etype in types:
        part = rows["event_type"].to_numpy() == etype
        sub = rows[part]
        spans = sub[sub["_end"] > sub["_start"]]
        if len(spans):
            traces.append(_span_lines(spans, etype))
        traces.append(_dots(sub, hover[part], etype, selected))
    return traces


def build_fatalities_timeline(
    events: pd.DataFrame,
    selected: str | None = None,
    titles: Mapping[str, str] | None = None,
    window: tuple[date | None, date | None] = (None, None),
) -> go.Figure:
    """Each event with a figure: a dot at the middle of its dates, at the height of its toll."""
    rows = events[events["_fatalities"].notna() & events["_start"].notna()]
    layout = dict(
        title=dict(text=fatalities_title(events), font=dict(size=14)),
        height=340,
        margin=dict(l=10, r=10, t=70, b=10),
        showlegend=False,
        hovermode="closest",
        clickmode="event+select",
        dragmode="pan",
        plot_bgcolor="#ffffff",
        yaxis=dict(
            title=dict(text="Fatalities"),
            rangemode="tozero",
            gridcolor="#eeeeee",
            fixedrange=True,
        ),
        xaxis=dict(type="date", showgrid=True, gridcolor="#eeeeee"),
    )
    if len(rows):
        open_on_fine_events(layout, rows)
    mark_window(layout, window)
    return figure(_event_traces(rows, selected, titles or {}) if len(rows) else [], layout)
