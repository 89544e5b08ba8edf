"""Plotly timeline: lanes by category or actor, colour by event type, spans show uncertainty."""

from collections.abc import Mapping
from datetime import date

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from components.figures import figure, message_figure
from components.schema import split_list
from components.sources import source_name_cells
from components.style import TYPE_COLOURS, place_labels, resolved_dates, type_colour
from components.text import label_escape
from components.time_window import COARSE, mark_window, open_on_fine_events
from components.timeline_binned import BINNED_MAX_SIZE, binned_traces

BIN_ABOVE = 2000  # more events than this: the timeline shows counts per lane and period
MAX_ACTOR_LANES = 12
MAX_SUBROWS = 4
DAY_MS = 86_400_000
HOVER = (
    "<b>%{customdata[1]}</b><br>"
    "Date as written: %{customdata[2]}<br>"
    "Resolved: %{customdata[3]}<br>"
    "Place: %{customdata[4]}<br>"
    "Sources: %{customdata[5]}<extra>%{customdata[6]}</extra>"
)
RECENT_DAYS = 28
SLIDER_THICKNESS = 0.15  # of the plot area; thinner and the dots drawn in it spill out
DOT_SIZE = 13
COARSE_OPACITY = 0.15


def lanes_for(events: pd.DataFrame, lane_by: str) -> pd.DataFrame:
    """One row per (event, lane): category lanes, or one lane per actor the event involves."""
    if lane_by != "actor":
        lane = events["category"].where(events["category"].str.strip() != "", events["event_type"])
        return events.assign(_lane=lane.replace("", "Uncategorised"))
    actors = (events["actor1"] + ";" + events["actor2"] + ";" + events["assoc_actors"]).map(
        lambda cell: list(dict.fromkeys(split_list(cell))) or ["No actor named"]
    )
    rows = events.assign(_lane=actors).explode("_lane")
    top = rows["_lane"].value_counts().index[:MAX_ACTOR_LANES]
    rows["_lane"] = rows["_lane"].where(rows["_lane"].isin(top), "Other actors")
    return rows.drop_duplicates(subset=["event_id", "_lane"])


def _pack(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Greedy interval packing: a sub-row index per item so spans in one lane don't overlap."""
    row_end: list[np.datetime64] = []
    rows = np.zeros(len(starts), dtype=int)
    for i in np.argsort(starts, kind="stable"):
        for r, last in enumerate(row_end):
            if starts[i] > last:
                rows[i], row_end[r] = r, ends[i]
                break
        else:
            if len(row_end) < MAX_SUBROWS:
                rows[i] = len(row_end)
                row_end.append(ends[i])
            else:
                r = int(np.argmin(row_end))
                rows[i], row_end[r] = r, max(row_end[r], ends[i])
    return rows


def _lane_order(rows: pd.DataFrame) -> list[str]:
    counts = rows["_lane"].value_counts()
    tail = [lane for lane in ("Other actors", "No actor named") if lane in counts.index]
    return [lane for lane in counts.index if lane not in tail] + tail


def _zoom_buttons(events: pd.DataFrame) -> list[dict]:
    """ "Recent weeks" (the four weeks up to the latest event that has happened) and "All"."""
    happened = events.loc[events["status"] != "scheduled", "_end"]
    last = (happened if len(happened) else events["_end"]).max() + pd.Timedelta(days=2)
    first = last - pd.Timedelta(days=RECENT_DAYS + 2)
    recent = [first.strftime("%Y-%m-%d"), last.strftime("%Y-%m-%d")]
    return [
        dict(label="Recent weeks", method="relayout", args=[{"xaxis.range": recent}]),
        dict(label="All", method="relayout", args=[{"xaxis.autorange": True}]),
    ]


def article_titles(articles: pd.DataFrame) -> dict[str, str]:
    """Article id -> title from articles.csv (blank titles left out)."""
    if not len(articles) or "title" not in articles.columns:
        return {}
    pairs = zip(articles["article_id"].astype(str), articles["title"].fillna(""), strict=True)
    return {article_id: str(title).strip() for article_id, title in pairs if str(title).strip()}


def _slider_padding(lanes: int, height: int, marker_px: float) -> float:
    """Lanes of room above and below the range slider's copy so its markers stay inside it."""
    slider_px = SLIDER_THICKNESS * (height - 130)  # plot area: the figure less title and axis
    radius = marker_px / 2 + 2
    return radius * lanes / max(slider_px - 2 * radius, 4)


def _layout(lanes: list[str], title: str, buttons: list[dict], marker_px: float) -> dict:
    height = max(300, 140 + 34 * len(lanes))
    pad = _slider_padding(len(lanes), height, marker_px)
    return dict(
        title=dict(text=title, font=dict(size=14)),
        height=height,
        margin=dict(l=10, r=10, t=70, b=10),
        showlegend=False,  # the page draws the legend (components/legends.py): it wraps on a phone
        barmode="overlay",
        hovermode="closest",
        clickmode="event+select",
        dragmode="pan",
        plot_bgcolor="#ffffff",
        updatemenus=[
            dict(
                type="buttons",
                direction="left",
                buttons=buttons,
                showactive=False,
                x=1,
                xanchor="right",
                y=1.02,
                yanchor="bottom",
            )
        ],
        yaxis=dict(
            tickvals=list(range(len(lanes))),
            ticktext=[label_escape(lane) for lane in lanes],
            range=[len(lanes) - 0.5, -0.5],
            showgrid=True,
            gridcolor="#eeeeee",
            fixedrange=True,
            automargin=True,
        ),
        xaxis=dict(
            type="date",
            rangeslider=dict(
                visible=True,
                thickness=SLIDER_THICKNESS,
                yaxis=dict(rangemode="fixed", range=[len(lanes) - 0.5 + pad, -0.5 - pad]),
            ),
            showgrid=True,
            gridcolor="#eeeeee",
        ),
    )


def hover_data(rows: pd.DataFrame, titles: Mapping[str, str]) -> np.ndarray:
    status = rows["status"].map(lambda s: "scheduled" if s == "scheduled" else "")
    cols = [
        rows["event_id"],
        rows["title"].map(label_escape),
        rows["date_text"].map(label_escape),
        resolved_dates(rows),
        place_labels(rows).map(label_escape),
        source_name_cells(rows["sources"], titles).map(label_escape),
        status,
    ]
    return np.column_stack([c.to_numpy(dtype=object) for c in cols])


def _stacked(rows: pd.DataFrame, lanes: list[str]) -> tuple[pd.DataFrame, float]:
    """Rows with a height `_y` in their lane (sub-rows keep spans apart), and a sub-row's height."""
    lane_index = {lane: i for i, lane in enumerate(lanes)}
    rows = rows.reset_index(drop=True)
    rows["_sub"] = 0
    for _, group in rows.groupby("_lane", sort=False):
        ends = (group["_end"] + pd.Timedelta(days=1)).to_numpy()
        rows.loc[group.index, "_sub"] = _pack(group["_start"].to_numpy(), ends)
    depth = max(1, int(rows["_sub"].max()) + 1)
    step = 0.8 / depth
    rows["_y"] = rows["_lane"].map(lane_index) - 0.4 + step * (rows["_sub"] + 0.5)
    return rows, step


def _span_trace(etype: str, planned: bool, coarse: bool, width: float, **points) -> dict:
    """Bars from first to last possible day: hatched when planned, faint when year-level."""
    colour = type_colour(etype)
    return dict(
        type="bar",
        orientation="h",
        width=width,
        hovertemplate=HOVER,
        name=etype,
        legendgroup=etype,
        marker=dict(
            color=colour if not planned else "rgba(255,255,255,0)",
            opacity=(COARSE_OPACITY if coarse else 0.55) if not planned else 1.0,
            line=dict(color=colour, width=2),
            pattern=dict(shape="/" if planned else "", fgcolor=colour),
        ),
        **points,
    )


def _day_trace(etype: str, planned: bool, **points) -> dict:
    """Dots for events dated to the day: hollow when planned."""
    colour = type_colour(etype)
    return dict(
        type="scatter",
        mode="markers",
        hovertemplate=HOVER,
        name=etype,
        legendgroup=etype,
        marker=dict(
            color=colour,
            size=DOT_SIZE,
            symbol="circle-open" if planned else "circle",
            line=dict(color=colour if planned else "#ffffff", width=2),
        ),
        **points,
    )


def _selected_marks(rows: pd.DataFrame, selected: str | None) -> list[dict]:
    """A black circle around the selected event, where it is drawn."""
    if selected is None or not (rows["event_id"] == selected).any():
        return []
    hit = rows[rows["event_id"] == selected]
    mid = hit["_start"] + (hit["_end"] - hit["_start"]) / 2 + pd.Timedelta(hours=12)
    # a shape, not a trace: the range slider redraws every trace in miniature, shapes not
    return [
        dict(
            type="circle",
            name="Selected",
            xref="x",
            yref="y",
            xsizemode="pixel",
            ysizemode="pixel",
            xanchor=x,
            yanchor=float(y_mid),
            x0=-12,
            x1=12,
            y0=-12,
            y1=12,
            line=dict(color="#000000", width=3),
            layer="above",
        )
        for x, y_mid in zip(mid.dt.strftime("%Y-%m-%d %H:%M"), hit["_y"], strict=True)
    ]


def _event_traces(
    rows: pd.DataFrame, lanes: list[str], selected: str | None, titles: Mapping[str, str]
) -> tuple[list[dict], list[dict]]:
    """The traces drawing each event, and the shapes marking the selected one."""
    rows, step = _stacked(rows, lanes)
    hover = hover_data(rows, titles)
    start_text = rows["_start"].dt.strftime("%Y-%m-%d").to_numpy(dtype=object)
    span_ms = ((rows["_end"] - rows["_start"]).dt.days.to_numpy() + 1) * DAY_MS
    y = rows["_y"].to_numpy()
    traces: list[dict] = []
    seen_types: set[str] = set()
    is_day = (rows["date_precision"] == "day").to_numpy()
    is_coarse = rows["date_precision"].isin(COARSE).to_numpy()
    is_planned = (rows["status"] == "scheduled").to_numpy()
    event_types = rows["event_type"].to_numpy()
    types = [t for t in TYPE_COLOURS if t in set(event_types)]
    types += sorted(set(event_types) - set(types))
    for etype in types:
        of_type = event_types == etype
        for planned, coarse in ((False, False), (False, True), (True, False), (True, True)):
            spans = of_type & ~is_day & (is_planned == planned) & (is_coarse == coarse)
            if spans.any():
                traces.append(
                    _span_trace(
                        etype,
                        planned,
                        coarse,
                        step * 0.8,
                        base=start_text[spans],
                        x=span_ms[spans],
                        y=y[spans],
                        customdata=hover[spans],
                        showlegend=etype not in seen_types,
                    )
                )
                seen_types.add(etype)
            days = of_type & is_day & (is_planned == planned)
            if days.any() and not coarse:
                traces.append(
                    _day_trace(
                        etype,
                        planned,
                        x=np.char.add(start_text[days].astype(str), " 12:00").astype(object),
                        y=y[days],
                        customdata=hover[days],
                        showlegend=etype not in seen_types,
                    )
                )
                seen_types.add(etype)
    return traces, _selected_marks(rows, selected)


def _dated(events: pd.DataFrame) -> pd.Series:
    return events["_start"].notna() & events["_end"].notna()


def timeline_shows_each(events: pd.DataFrame, bin_above: int = BIN_ABOVE) -> bool:
    """True when the timeline draws each event (so a selected one is marked), not counts."""
    return int(_dated(events).sum()) <= bin_above


def build_timeline(
    events: pd.DataFrame,
    lane_by: str = "category",
    selected: str | None = None,
    bin_above: int = BIN_ABOVE,
    titles: Mapping[str, str] | None = None,
    window: tuple[date | None, date | None] = (None, None),
) -> go.Figure:
    """Timeline figure of the events; above `bin_above` events it shows counts per period.

    `titles` (article id -> title) names the sources in the hover text; ids are shown without.
    `window` is the date filter, drawn on the axis.
    """
    has_dates = _dated(events)
    dated = events if has_dates.all() else events[has_dates]  # no copy of the whole table
    if dated.empty:
        return message_figure(
            "No event matches the current filters.",
            dict(height=260, margin=dict(l=10, r=10, t=30, b=10)),
        )
    rows = lanes_for(dated, lane_by)
    lanes = _lane_order(rows)
    if not timeline_shows_each(dated, bin_above):
        traces, shapes = binned_traces(rows, lanes), []
        marker_px = BINNED_MAX_SIZE
        title = f"{len(dated):,} events, counted per period (too many to draw one by one)"
    else:
        traces, shapes = _event_traces(rows, lanes, selected, titles or {})
        marker_px = DOT_SIZE
        noun = "event" if len(dated) == 1 else "events"
        title = f"{len(dated):,} {noun}"
    layout = _layout(lanes, title, _zoom_buttons(dated), marker_px)
    if shapes:  # plotly drops an empty list; the figure is not validated (figures.py)
        layout["shapes"] = shapes
    open_on_fine_events(layout, dated)
    mark_window(layout, window)
    return figure(traces, layout)


def selected_event(selection: object) -> str | None:
    """The event id of the first clicked point in a plotly selection state, if any."""
    if not selection:
        return None
    try:
        points = selection["selection"]["points"]
    except (KeyError, TypeError):
        return None
    for point in points:
        data = point.get("customdata") if isinstance(point, dict) else None
        if isinstance(data, list | tuple) and data and data[0]:
            return str(data[0])
    return None
