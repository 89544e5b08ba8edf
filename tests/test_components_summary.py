"""Summary charts, the fatalities view, the time window and the legends follow the data."""

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from components.fatalities_chart import build_fatalities_timeline
from components.legends import legend_html, timeline_legend_html
from components.schema import load_dataset
from components.summary import (
    actor_pairs,
    actors_figure,
    clicked_value,
    monthly_figure,
    regions_figure,
)
from components.time_window import opening_span
from components.timeline import build_timeline
from components.vocabulary import Vocabulary, prepare_events

FIXTURE = Path(__file__).parent / "fixtures" / "processed"
CMA = "Coordination of Azawad Movements"


@pytest.fixture(scope="module")
def events():
    return prepare_events(load_dataset(FIXTURE).events, Vocabulary())


def stacked(fig) -> dict[tuple[str, str], float]:
    return {
        (trace.name, key): value
        for trace in fig.data
        for key, value in zip(trace.customdata, trace.y, strict=True)
    }


def test_events_by_month_are_stacked_by_type_and_leave_out_year_level_events(events):
    fig = monthly_figure(events)
    assert stacked(fig) == {
        ("Strategic developments", "2023-07"): 1,
        ("Battles", "2023-08"): 1,
        ("Battles", "2023-09"): 1,
        ("Violence against civilians", "2023-09"): 1,
        ("Strategic developments", "2023-09"): 1,
        ("Strategic developments", "2023-12"): 1,
    }
    assert fig.layout.barmode == "stack"
    assert "2 year-level events not counted" in fig.layout.title.text


def test_fatalities_by_month_sum_the_figures(events):
    fig = monthly_figure(events, "fatalities")
    values = stacked(fig)
    assert values[("Battles", "2023-09")] == 5
    assert values[("Violence against civilians", "2023-09")] == 12
    assert values[("Battles", "2023-08")] == 0  # Léré gives no figure


def test_most_active_actors_follow_the_filtered_rows(events):
    pairs = actor_pairs(events)
    fig = actors_figure(events, pairs)
    assert list(fig.data[0].customdata[:2]) == [CMA, "Military Forces of Mali"]
    assert list(fig.data[0].x[:2]) == [3, 3]
    some = events[events["event_id"].isin(["ev-djibo"])]
    fig = actors_figure(some, pairs)
    assert set(fig.data[0].customdata) == {
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM)",
        "Civilians (Burkina Faso)",
    }


def test_regions_count_events_and_name_their_country(events):
    fig = regions_figure(events)
    counts = dict(zip(fig.data[0].customdata, fig.data[0].x, strict=True))
    assert counts == {"(no region)": 4, "Bamako": 1, "Gao": 1, "Tombouctou": 1, "Sahel": 1}
    assert "Sahel, Burkina Faso" in fig.data[0].y


@pytest.mark.parametrize(
    ("state", "value"),
    [
        ({"selection": {"points": [{"customdata": "Gao"}]}}, "Gao"),
        ({"selection": {"points": [{"customdata": ["2023-09"]}]}}, "2023-09"),
        ({"selection": {"points": [{"customdata": "(no region)"}]}}, None),
        ({"selection": {"points": []}}, None),
        (None, None),
    ],
)
def test_a_clicked_bar_gives_its_filter_value(state, value):
    assert clicked_value(state) == value


def test_empty_filter_gives_messages_not_errors(events):
    none = events.iloc[0:0]
    for fig in (
        monthly_figure(none),
        actors_figure(none, actor_pairs(events)),
        regions_figure(none),
    ):
        assert fig.layout.annotations[0].text == "No event matches the filters."


def test_fatalities_view_draws_events_with_a_figure_at_their_height(events):
    fig = build_fatalities_timeline(events)
    heights = {
        row[0]: y
        for trace in fig.data
        if trace.customdata is not None
        for row, y in zip(trace.customdata, trace.y, strict=True)
    }
    assert heights == {"ev-charter": 0, "ev-bourem": 5, "ev-djibo": 12}
    assert fig.layout.title.text.startswith("17 fatalities reported in 3 events; 5 events give")


def test_timeline_opens_on_the_dated_events_not_the_year_level_background(events):
    start, end = opening_span(events)
    assert pd.Timestamp("2023-06-20") < start < pd.Timestamp("2023-07-01")
    assert pd.Timestamp("2024-01-01") < end < pd.Timestamp("2024-01-15")
    fig = build_timeline(events)
    assert abs(pd.Timestamp(fig.layout.xaxis.range[0]) - start) < pd.Timedelta(minutes=1)
    faint = [t for t in fig.data if t.type == "bar" and t.marker.opacity == 0.15]
    assert {row[0] for t in faint for row in t.customdata} == {"ev-french-out", "ev-north-2012"}


def test_date_window_is_drawn_on_the_axis(events):
    fig = build_timeline(events, window=(date(2023, 9, 1), None))
    assert [s.x0 for s in fig.layout.shapes if s.type == "line"] == ["2023-09-01"]
    assert fig.layout.annotations[0].text == "Filter from 2023-09-01"


def test_legends_name_every_type_shown_and_escape_unknown_ones():
    html = legend_html(["Battles", "<b>odd</b>"])
    assert "Battles" in html and "&lt;b&gt;odd&lt;/b&gt;" in html and "<b>odd" not in html
    assert "ring: only a region or country" in html and "100 fatalities" in html
    assert "approximate outline" in html
    assert "faint: known only to the year" in timeline_legend_html(["Battles"])
