"""The timeline when there are too many events to draw one by one: counts per period."""

import numpy as np
import pandas as pd

from components.style import TYPE_COLOURS, type_colour
from components.text import label_escape

BINNED_MAX_SIZE = 30


def _periods(starts: pd.Series) -> tuple[np.ndarray, str]:
    """The first day of each row's week (a span up to two years) or month, and its word."""
    days = starts.to_numpy().astype("datetime64[D]")
    if (starts.max() - starts.min()).days <= 730:
        # 1970-01-01 was a Thursday: shift so that weeks start on Monday
        return ((days.astype("int64") + 3) // 7 * 7 - 3).astype("datetime64[D]"), "week of"
    return days.astype("datetime64[M]").astype("datetime64[D]"), "month of"


def _counts(rows: pd.DataFrame, lanes: list[str]) -> tuple[dict[str, np.ndarray], str]:
    """Events per (lane, event type, period) as arrays ("lane", "type", "ms": the period's
    first day in milliseconds, "n"), counted on integer codes (a groupby on the strings of
    100,000 rows costs several times more); and the period's word."""
    period, label = _periods(rows["_start"])
    row_lanes, lane_names = pd.factorize(rows["_lane"])
    order = {lane: i for i, lane in enumerate(lanes)}
    lane_codes = np.array([order[name] for name in lane_names], dtype=np.int64)[row_lanes]
    type_codes, types = pd.factorize(rows["event_type"])
    period_codes, periods = pd.factorize(period)
    key = (lane_codes * len(types) + type_codes) * len(periods) + period_codes
    keys, n = np.unique(key, return_counts=True)
    counts = {
        "lane": keys // len(periods) // len(types),
        "type": np.asarray(types, dtype=object)[keys // len(periods) % len(types)],
        "ms": np.asarray(periods, dtype="datetime64[ms]")[keys % len(periods)].astype(np.float64),
        "n": n,
    }
    return counts, label


def binned_traces(rows: pd.DataFrame, lanes: list[str]) -> list[dict]:
    """Events counted per lane, event type and week (a span up to two years) or month:
    one marker per count, its area growing with it. `rows` has a `_lane` column."""
    counts, label = _counts(rows, lanes)
    types = sorted(
        set(counts["type"]),
        key=lambda t: list(TYPE_COLOURS).index(t) if t in TYPE_COLOURS else 99,
    )
    offsets = {t: -0.3 + 0.6 * i / max(1, len(types) - 1) for i, t in enumerate(types)}
    sizes = (6 + (BINNED_MAX_SIZE - 6) * np.sqrt(counts["n"] / max(1, counts["n"].max()))).round(1)
    traces = []
    for etype in types:
        part = counts["type"] == etype
        # the count alone per marker, the words once in the template: a sentence per marker
        # made the figure over twice as large (thousands of markers at 100,000 events). Numbers
        # only (dates as milliseconds, which a date axis reads): plotly copies and sends
        # number arrays whole, strings one by one.
        traces.append(
            dict(
                type="scatter",
                mode="markers",
                x=counts["ms"][part],
                y=(counts["lane"][part] + offsets[etype]).astype(np.float32),
                name=etype,
                customdata=counts["n"][part].astype(np.int32),
                hovertemplate=f"%{{customdata:,}} events, {label_escape(etype)}, {label} "
                "%{x|%Y-%m-%d}<extra></extra>",
                marker=dict(color=type_colour(etype), size=sizes[part], opacity=0.75),
            )
        )
    return traces
