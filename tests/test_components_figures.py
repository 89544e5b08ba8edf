"""Figures built once and sent many times, and `;`-list cells matched item by item."""

import json
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio

from components.fatalities_chart import build_fatalities_timeline
from components.figures import figure
from components.filters import list_cell_has
from components.schema import load_dataset
from components.summary import actor_pairs, summary_figures
from components.timeline import build_timeline
from components.vocabulary import Vocabulary, prepare_events

FIXTURE = Path(__file__).parent / "fixtures" / "processed"


def test_a_finished_figure_sends_what_plotly_would_and_builds_it_once():
    traces = [dict(type="bar", x=[1, 2], y=[3, 4], name="Battles")]
    layout = dict(height=300, title=dict(text="Events by month"))
    built = figure(traces, layout)
    assert built.to_dict() == go.Figure({"data": traces, "layout": layout}).to_dict()
    assert built.to_dict() is built.to_dict()  # each rerun reuses the first serialisation


def sent(fig: go.Figure) -> dict:
    return json.loads(pio.to_json(fig.to_dict(), validate=False))


def test_every_chart_sends_the_json_plotly_would_send_after_checking_it():
    # the builders skip plotly's checks for speed: what reaches the browser must not change
    events = prepare_events(load_dataset(FIXTURE).events, Vocabulary())
    selected = str(events["event_id"].iloc[0])
    charts = [
        *summary_figures(events, actor_pairs(events)),
        *summary_figures(events, actor_pairs(events), "fatalities"),
        build_timeline(events, selected=selected),
        build_timeline(events, lane_by="actor"),
        build_timeline(events, bin_above=2),
        build_timeline(events.iloc[0:0]),
        build_fatalities_timeline(events, selected=selected),
    ]
    for chart in charts:
        checked = go.Figure(chart.to_dict())
        assert sent(chart) == json.loads(pio.to_json(checked, validate=True))


def test_list_cells_match_whole_items_only():
    cells = pd.Series(["JNIM; CMA", "CMA-Plateforme", " CMA ;GSIM", "", None, "GSIM"])
    assert list_cell_has(cells, ["CMA"]).tolist() == [True, False, True, False, False, False]
    assert list_cell_has(cells, ["CMA", "GSIM"]).tolist() == [True, False, True, False, False, True]
