"""Figures built once and sent many times, and `;`-list cells matched item by item."""

import pandas as pd
import plotly.graph_objects as go

from components.figures import figure
from components.filters import list_cell_has


def test_a_finished_figure_sends_what_plotly_would_and_builds_it_once():
    traces = [dict(type="bar", x=[1, 2], y=[3, 4], name="Battles")]
    layout = dict(height=300, title=dict(text="Events by month"))
    built = figure(traces, layout)
    assert built.to_dict() == go.Figure({"data": traces, "layout": layout}).to_dict()
    assert built.to_dict() is built.to_dict()  # each rerun reuses the first serialisation


def test_list_cells_match_whole_items_only():
    cells = pd.Series(["JNIM; CMA", "CMA-Plateforme", " CMA ;GSIM", "", None, "GSIM"])
    assert list_cell_has(cells, ["CMA"]).tolist() == [True, False, True, False, False, False]
    assert list_cell_has(cells, ["CMA", "GSIM"]).tolist() == [True, False, True, False, False, True]
