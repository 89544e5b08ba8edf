"""The timeline figure: markers for days, spans for the rest, scheduled looks different."""

from pathlib import Path

import pandas as pd
import pytest

from components.schema import load_dataset
from components.timeline import article_titles, build_timeline, selected_event

FIXTURE = Path(__file__).parent / "fixtures" / "processed"
HOSTILE = Path(__file__).parent / "fixtures" / "hostile"


@pytest.fixture(scope="module")
def events():
    return load_dataset(FIXTURE).events


def drawn(fig):
    """event id -> (trace type, trace) for every drawn event."""
    out = {}
    for trace in fig.data:
        if trace.customdata is not None:
            for row in trace.customdata:
                out[row[0]] = trace
    return out


def test_every_event_is_drawn_once_per_lane(events):
    assert set(drawn(build_timeline(events))) == set(events["event_id"])


@pytest.mark.parametrize(
    ("event_id", "trace_type", "scheduled"),
    [
        ("ev-bourem", "scatter", False),  # day: a marker
        ("ev-charter", "scatter", False),
        ("ev-minusma-deadline", "scatter", True),  # scheduled day: hollow marker
        ("ev-djibo", "bar", False),  # week
        ("ev-niger-coup", "bar", False),  # month
        ("ev-french-out", "bar", False),  # year
        ("ev-lere", "bar", False),  # range
    ],
)
def test_precision_decides_marker_or_span(events, event_id, trace_type, scheduled):
    trace = drawn(build_timeline(events))[event_id]
    assert trace.type == trace_type
    if trace_type == "scatter":
        assert (trace.marker.symbol == "circle-open") is scheduled


def test_spans_cover_the_whole_uncertain_period(events):
    trace = drawn(build_timeline(events))["ev-french-out"]
    i = [row[0] for row in trace.customdata].index("ev-french-out")
    start = pd.Timestamp(trace.base[i])
    end = start + pd.Timedelta(milliseconds=trace.x[i])
    assert (start, end) == (pd.Timestamp("2022-01-01"), pd.Timestamp("2023-01-01"))


def test_colours_follow_event_type(events):
    fig = build_timeline(events)
    by_type = {
        t.name: t.marker.color for t in fig.data if t.type == "scatter" and t.name != "Selected"
    }
    assert by_type["Battles"] != by_type["Strategic developments"]


def test_lanes_by_category_or_actor(events):
    by_category = build_timeline(events).layout.yaxis.ticktext
    by_actor = build_timeline(events, lane_by="actor").layout.yaxis.ticktext
    assert "Territory seized" in by_category
    assert "Coordination of Azawad Movements" in by_actor
    assert "Territory seized" not in by_actor


def test_hover_shows_date_as_written_and_resolved_place_and_sources(events):
    trace = drawn(build_timeline(events))["ev-lere"]
    row = next(r for r in trace.customdata if r[0] == "ev-lere")
    assert "Since the end of August" in row[2]
    assert row[3] == "2023-08-31 to 2023-09-18 (range)"
    assert row[4].startswith("Léré")
    assert row[5] == "pistolesi-sahel-alliance"


def test_range_slider_and_recent_weeks_button(events):
    fig = build_timeline(events)
    assert fig.layout.xaxis.rangeslider.visible
    buttons = {b.label: b for b in fig.layout.updatemenus[0].buttons}
    # latest event that happened ends 2023-09-18 (the scheduled deadline does not count):
    # four weeks back from it, with two days of margin on each side
    assert buttons["Recent weeks"].args[0]["xaxis.range"] == ["2023-08-21", "2023-09-20"]
    assert buttons["All"].args[0] == {"xaxis.autorange": True}


def test_selected_event_is_ringed_on_the_chart_not_in_the_range_slider(events):
    fig = build_timeline(events, selected="ev-bourem")
    rings = [s for s in fig.layout.shapes if s.name == "Selected"]
    assert len(rings) == 1 and rings[0].xanchor.startswith("2023-09-12")
    assert all(t.name != "Selected" for t in fig.data)


@pytest.mark.parametrize("lane_by", ["category", "actor"])
def test_range_slider_is_thick_and_leaves_room_around_its_lanes(events, lane_by):
    fig = build_timeline(events, lane_by=lane_by)
    slider = fig.layout.xaxis.rangeslider
    assert slider.thickness >= 0.15
    lanes = len(fig.layout.yaxis.tickvals)
    low, high = sorted(slider.yaxis.range)
    assert slider.yaxis.rangemode == "fixed"
    assert low < -1 and high > lanes


def test_hover_names_sources_by_article_title(events):
    articles = load_dataset(FIXTURE).articles
    fig = build_timeline(events, titles=article_titles(articles))
    row = next(r for r in drawn(fig)["ev-charter"].customdata if r[0] == "ev-charter")
    expected = articles.set_index("article_id")["title"]
    assert row[5] == "; ".join(
        expected[a] if len(expected[a]) <= 70 else expected[a][:69] + "…"
        for a in ("pistolesi-sahel-alliance", "qonversations-mutual-defence")
    )
    assert "pistolesi-sahel-alliance" not in row[5]


def test_hover_source_titles_from_articles_are_escaped():
    data = load_dataset(HOSTILE)
    fig = build_timeline(data.events, titles=article_titles(data.articles))
    text = " ".join(str(r[5]) for t in fig.data for r in t.customdata)
    assert "<script>" not in text and "<img" not in text
    assert "Report &lt;img src=x" in text


def test_no_event_gives_a_message_not_an_error(events):
    fig = build_timeline(events.iloc[0:0])
    assert "No event matches" in fig.layout.annotations[0].text


def test_many_events_are_binned(events):
    fig = build_timeline(events, bin_above=3)
    assert "counted per period" in fig.layout.title.text
    assert sum(n for t in fig.data for n in t.customdata) == len(events)
    # each marker carries its count, not an event: clicking one selects no event
    clicked = {"selection": {"points": [{"customdata": fig.data[0].customdata[0]}]}}
    assert selected_event(clicked) is None


def test_hover_text_from_articles_is_escaped():
    hostile = load_dataset(HOSTILE).events
    text = " ".join(str(v) for t in build_timeline(hostile).data for r in t.customdata for v in r)
    assert "<script>" not in text and "<img" not in text
    assert "&lt;script&gt;" in text


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        ({"selection": {"points": [{"customdata": ["ev-1", "t"]}]}}, "ev-1"),
        ({"selection": {"points": []}}, None),
        ({"selection": {"points": [{"x": 1}]}}, None),
        (None, None),
    ],
)
def test_selected_event_from_plotly_state(state, expected):
    assert selected_event(state) == expected


@pytest.mark.parametrize("event_id", ["ev-bourem", "ev-charter"])
def test_a_single_day_opens_on_two_weeks_not_milliseconds(events, event_id):
    fig = build_timeline(events[events["event_id"] == event_id])
    start, end = (pd.Timestamp(v) for v in fig.layout.xaxis.range)
    assert pd.Timedelta(days=14) <= end - start <= pd.Timedelta(days=16)
    assert fig.layout.title.text == "1 event"
