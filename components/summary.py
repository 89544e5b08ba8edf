"""The Summary tab: counts by month and event type, the most active actors, events by region.

Builders return plotly figures whose bars carry the filter value they stand for in
`customdata`, so a click can set that filter (see `clicked_value`).
"""

from collections.abc import Callable
from functools import partial

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from components.figures import figure, message_figure
from components.sidebar import DATES_KEY
from components.style import TYPE_COLOURS, type_colour
from components.text import label_escape
from components.time_window import COARSE

TOP_ACTORS = 10
TOP_REGIONS = 15
NO_REGION = "(no region)"


def actor_pairs(events: pd.DataFrame) -> pd.DataFrame:
    """One row per (event row, actor) over the whole table: computed once, then selected."""
    assoc = events["assoc_actors"].str.split(";").explode().str.strip()
    pairs = pd.concat(
        [events["actor1"], events["actor2"], assoc], axis=0, ignore_index=False
    ).rename("actor")
    pairs = pairs[pairs.notna() & (pairs != "")]
    frame = pairs.reset_index().rename(columns={"index": "row"})
    frame = frame.drop_duplicates(["row", "actor"]).reset_index(drop=True)
    # categories: each filter state selects and counts these rows by integer code, not by text
    return frame.assign(actor=frame["actor"].astype("category"))


def _layout(title: str, height: int, **more) -> dict:
    return dict(
        title=dict(text=title, font=dict(size=14)),
        height=height,
        margin=dict(l=10, r=10, t=80, b=10),
        legend=dict(
            orientation="h", yanchor="top", y=-0.12, x=0, title=dict(text=""), traceorder="normal"
        ),
        plot_bgcolor="#ffffff",
        clickmode="event+select",
        dragmode=False,
        **more,
    )


def _counts(peak: float) -> dict:
    """Axis settings for whole numbers: one tick per unit when the counts are small."""
    return {"tickformat": ",d", **({"dtick": 1} if peak <= 10 else {})}


def _empty(title: str) -> go.Figure:
    return message_figure("No event matches the filters.", _layout(title, 220))


def _sum_by_month_and_type(
    month: np.ndarray, types: pd.Series, keep: np.ndarray, values: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(month, type, sum) for each (month, type) present among the `keep` rows, in month
    order: integer codes and one bincount (a groupby on 100k strings costs ten times more)."""
    type_codes, type_names = pd.factorize(types)  # every row: arrow's kernel, no copy
    type_codes = type_codes[keep]
    # months counted from the first one: a dense index, no sort
    month_number = month.astype(np.int64)
    first = int(month_number.min())
    key = (month_number - first) * len(type_names) + type_codes
    sums = np.bincount(key, weights=values)
    used = np.flatnonzero(np.bincount(key, minlength=len(sums)))
    names = np.asarray(type_names, dtype=object)
    months = (first + used // len(type_names)).astype("datetime64[M]")
    return months, names[used % len(type_names)], sums[used]


def monthly_figure(events: pd.DataFrame, measure: str = "events") -> go.Figure:
    """Events (or fatalities) per month of their first possible day, stacked by event type.

    Year-level events are left out: a year cannot be put in one month.
    """
    coarse = events["date_precision"].isin(COARSE).to_numpy()
    keep = events["_start"].notna().to_numpy() & ~coarse
    skipped = int(coarse.sum())
    noun = "Fatalities" if measure == "fatalities" else "Events"
    title = f"{noun} by month and event type"
    if skipped:
        title += f"<br>({skipped:,} year-level event{'s' * (skipped != 1)} not counted)"
    if not keep.any():
        return _empty(title)
    # columns as arrays: selecting rows of the whole 40-column frame costs more than the sums
    month = events["_start"].to_numpy()[keep].astype("datetime64[M]")
    if measure == "fatalities":
        values = np.nan_to_num(events["_fatalities"].to_numpy(dtype=float)[keep])
    else:
        values = np.ones(int(keep.sum()))
    months, month_types, sums = _sum_by_month_and_type(month, events["event_type"], keep, values)
    keys = np.datetime_as_string(months, unit="M").astype(object)
    present = set(month_types)
    types = [t for t in TYPE_COLOURS if t in present]
    types += sorted(present - set(types))
    traces = []
    for etype in types:
        part = month_types == etype
        traces.append(
            dict(
                type="bar",
                x=keys[part] + "-15",
                y=sums[part],
                name=label_escape(etype),
                marker=dict(color=type_colour(etype)),
                customdata=keys[part],
                hovertemplate=f"%{{customdata}}: %{{y:,}} {noun.lower()}<extra>"
                f"{label_escape(etype)}</extra>",
            )
        )
    first, last = pd.Timestamp(months.min()), pd.Timestamp(months.max())
    xaxis = dict(  # whole months on the axis, even when one month alone is shown
        type="date",
        gridcolor="#eeeeee",
        tickformat="%b %Y",
        range=[
            f"{first - pd.Timedelta(days=20):%Y-%m-%d}",
            f"{last + pd.Timedelta(days=50):%Y-%m-%d}",
        ],
    )
    peak = float(np.bincount(months.astype(np.int64) - months.min().astype(np.int64), sums).max())
    yaxis = dict(title=dict(text=noun), gridcolor="#eeeeee", rangemode="tozero", **_counts(peak))
    title += "<br>Click a month to filter to it."
    return figure(traces, _layout(title, 400, barmode="stack", xaxis=xaxis, yaxis=yaxis))


def _bars(counts: pd.Series, labels: list[str], title: str, colour: str) -> go.Figure:
    bars = dict(
        type="bar",
        orientation="h",
        x=counts.to_numpy(dtype=float),
        y=[label_escape(label) for label in labels],
        customdata=list(counts.index),
        marker=dict(color=colour),
        hovertemplate="%{y}: %{x:,} events<extra></extra>",
    )
    layout = _layout(
        title,
        max(220, 70 + 26 * len(counts)),
        yaxis=dict(autorange="reversed", automargin=True),
        xaxis=dict(title=dict(text="Events"), gridcolor="#eeeeee", **_counts(float(counts.max()))),
    )
    return figure([bars], layout)


def actors_figure(events: pd.DataFrame, pairs: pd.DataFrame) -> go.Figure:
    """The actors with the most events among `events` (rows of the table `pairs` came from)."""
    title = f"Most active actors (top {TOP_ACTORS})<br>Click one to filter to it."
    present = np.zeros(int(pairs["row"].max()) + 1 if len(pairs) else 0, dtype=bool)
    rows = events.index.to_numpy()
    present[rows[rows < len(present)]] = True
    # the pairs' category codes counted with one bincount: no frame of the chosen pairs
    codes = pairs["actor"].cat.codes.to_numpy()[present[pairs["row"].to_numpy()]]
    if not len(codes):
        return _empty(title)
    names = pairs["actor"].cat.categories
    per_actor = np.bincount(codes, minlength=len(names))
    top = np.argsort(-per_actor, kind="stable")[:TOP_ACTORS]
    counts = pd.Series(per_actor[top], index=names[top])
    counts = counts[counts > 0]
    return _bars(counts, list(counts.index), title, "#0072B2")


def regions_figure(events: pd.DataFrame) -> go.Figure:
    """Events by first-level region (admin1), with the country in the label."""
    title = "Events by region (admin1)<br>Click one to filter to it."
    if events.empty:
        return _empty(title)
    counts = events["admin1"].value_counts()
    counts.index = [str(r) or NO_REGION for r in counts.index]
    counts = counts.sort_values(ascending=False, kind="stable").head(TOP_REGIONS)
    pairs = events[["admin1", "country"]].drop_duplicates("admin1")
    countries = dict(zip(pairs["admin1"].astype(str), pairs["country"].astype(str), strict=True))
    labels = [
        r if r == NO_REGION else f"{r}, {countries.get(r, '')}".rstrip(", ") for r in counts.index
    ]
    return _bars(counts, labels, title, "#009E73")


def clicked_value(state: object) -> str | None:
    """The filter value of the first clicked bar in a plotly selection state, if any."""
    try:
        points = state["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points or []:
        value = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(value, list | tuple):
            value = value[0] if value else None
        if value and value != NO_REGION:
            return str(value)
    return None


def _month_window(key: str) -> tuple:
    start = pd.Period(key, freq="M")
    return start.start_time.date(), start.end_time.date()


def _on_click(chart_key: str, widget_key: str) -> None:
    """Callback: the clicked bar's value becomes that filter (before the widgets are drawn)."""
    value = clicked_value(st.session_state.get(chart_key))
    if value is None:
        return
    st.session_state[widget_key] = _month_window(value) if widget_key == DATES_KEY else [value]


def summary_figures(
    events: pd.DataFrame, pairs: pd.DataFrame, measure: str = "events"
) -> tuple[go.Figure, go.Figure, go.Figure]:
    """The Summary tab's charts: by month (events or fatalities), top actors, top regions."""
    return monthly_figure(events, measure), actors_figure(events, pairs), regions_figure(events)


def render_summary(figures: Callable[[str], tuple[go.Figure, go.Figure, go.Figure]]) -> None:
    """The Summary tab: every chart follows the filters, and a click sets a filter.

    `figures(measure)` gives the charts (see `summary_figures`); the page passes a cached one.
    """
    measure = st.radio(
        "Count",
        ["events", "fatalities"],
        key="v_summary_measure",
        format_func=str.capitalize,
        horizontal=True,
    )
    keys = (
        ("summary_months", DATES_KEY),
        ("summary_actors", "f_actors"),
        ("summary_regions", "f_regions"),
    )
    for (key, target), fig in zip(keys, figures(measure), strict=True):
        st.plotly_chart(
            fig,
            key=key,
            on_select=partial(_on_click, key, target),
            selection_mode="points",
            config={"displaylogo": False, "displayModeBar": False},
        )
