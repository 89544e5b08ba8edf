"""Plotly figures assembled as plain dicts, given to plotly once without its checks.

Each `update_layout`, `add_trace` or `add_shape` on a go.Figure validates and deep-copies as
it goes: building a chart of thousands of points that way took tens of milliseconds, and the
page builds several per filter state. A dict made in one pass and given to go.Figure once
costs a few milliseconds and sends the same JSON (see `figure`).
"""

import plotly.graph_objects as go
from _plotly_utils.utils import convert_to_base64


def _containers(value: object) -> object:
    """A copy of the dicts, lists and tuples in `value`; everything else is shared."""
    if isinstance(value, dict):
        return {key: _containers(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_containers(item) for item in value]
    return value


class FinishedFigure(go.Figure):
    """A figure that is not changed once built, so its dict is made once.

    Streamlit calls `to_dict` on every rerun that draws the figure: a deep copy of every
    trace and a base64 encoding of every array, about half of a rerun's work when the page
    reuses cached figures. The dict is only read (serialised to JSON), never changed.
    """

    _finished: dict | None = None

    def to_dict(self) -> dict:
        """The figure as plotly's dict, made on the first call."""
        if self._finished is None:
            # plotly deep-copies every array (each string of an object array one by one)
            # before encoding the numeric ones in base64; the arrays are never changed, so
            # only the dicts and lists holding them are copied
            finished = {"data": _containers(self._data), "layout": _containers(self._layout)}
            convert_to_base64(finished)
            self._finished = finished
        return self._finished


def figure(traces: list[dict], layout: dict) -> go.Figure:
    """The figure of `traces` (dicts, each with its "type") and `layout` (a dict).

    Not validated: plotly's checks of every property took about half of building a chart
    (18 of 30 ms for a timeline of 2,000 events). The builders write plotly's own nested
    form (no magic underscores, no empty lists), so the JSON is the one validation gives;
    tests/test_components_figures.py compares the two for each kind of chart.
    """
    return FinishedFigure({"data": traces, "layout": layout}, _validate=False)


def message_figure(message: str, layout: dict) -> go.Figure:
    """A figure holding only a centred message (no data, no axes) over `layout`."""
    note = dict(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    return figure(
        [],
        {**layout, "annotations": [note], "xaxis": {"visible": False}, "yaxis": {"visible": False}},
    )
