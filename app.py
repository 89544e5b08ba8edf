"""Streamlit dashboard of Sahel events: wiring only (load, read filters, build, render)."""

import os
from dataclasses import replace
from pathlib import Path

import streamlit as st

from components.detail import build_detail, find_event, render_detail
from components.exports import to_csv_bytes
from components.mapdeck import (
    MAP_HEIGHT,
    GeoLayers,
    build_deck,
    load_geo,
    map_caption,
    selected_on_map,
)
from components.schema import Dataset, TableError, data_stamp, load_dataset
from components.sidebar import (
    Options,
    build_options,
    query_dict,
    render_filters,
    render_link_warnings,
    restore_view,
    sync_url,
)
from components.text import md_escape
from components.timeline import article_titles, build_timeline, selected_event
from components.view_state import ViewState
from components.views import (
    render_about,
    render_articles,
    render_downloads,
    render_header,
    render_key_figures,
    render_missing_table,
    render_problems,
    render_rejected,
    render_table,
    render_table_error,
    selected_in_table,
)
from components.vocabulary import Vocabulary, build_vocabulary, prepare_events
from pipeline.knowledge import KNOWLEDGE_DIR, load_actors
from pipeline.places.gazetteer import Gazetteer

HERE = Path(__file__).resolve().parent
DEFAULT_DATA_DIR = HERE / "data" / "processed"
DATA_DIR = Path(os.environ.get("SAHEL_DATA_DIR", DEFAULT_DATA_DIR))
GEO_DIR = Path(os.environ.get("SAHEL_GEO_DIR", HERE / "data" / "geo"))


@st.cache_resource(show_spinner="Reading the actor registry and the gazetteer...")
def knowledge() -> tuple:
    """The actor registry and the offline gazetteer, for names typed in Actors and Search."""
    return load_actors(KNOWLEDGE_DIR / "actors.csv"), Gazetteer.load()


# cache_resource: one validated table shared by every session, never copied per session
@st.cache_resource(show_spinner="Loading the event table...", max_entries=2)
def load(data_dir: str, stamp: tuple) -> tuple[Dataset, Vocabulary]:
    """Validated tables (with the filters' helper columns) and the names they know."""
    data = load_dataset(Path(data_dir))
    vocabulary = build_vocabulary(data.events, *knowledge())
    events = prepare_events(data.events, vocabulary)
    return replace(data, events=events), vocabulary


@st.cache_resource(max_entries=2)
def geo_layers(geo_dir: str) -> GeoLayers:
    """Country borders and the Liptako-Gourma outline (empty layers when files are missing)."""
    return load_geo(Path(geo_dir))


@st.cache_data(max_entries=2)
def options_for(data_dir: str, stamp: tuple) -> Options:
    """Filter option lists derived from the whole table."""
    data, vocabulary = load(data_dir, stamp)
    return build_options(data.events, data.articles, vocabulary)


@st.cache_data(max_entries=2)
def source_titles(data_dir: str, stamp: tuple) -> dict[str, str]:
    """Article titles by article id, for the timeline's hover text."""
    return article_titles(load(data_dir, stamp)[0].articles)


@st.cache_data(max_entries=2)
def export_bytes(data_dir: str, stamp: tuple) -> tuple[bytes, bytes]:
    """CSV bytes of all events and of all mentions."""
    data = load(data_dir, stamp)[0]
    return to_csv_bytes(data.events, data.export_columns), to_csv_bytes(data.mentions)


def _select(event_id: str | None) -> None:
    if event_id:
        st.session_state["selected_event"] = event_id


def _on_timeline() -> None:
    _select(selected_event(st.session_state.get("timeline")))


def _on_map() -> None:
    _select(selected_on_map(st.session_state.get("map")))


def main() -> None:
    """Draw the page."""
    st.set_page_config(page_title="Sahel events", layout="wide")
    stamp = data_stamp(DATA_DIR)
    try:
        data, vocabulary = load(str(DATA_DIR), stamp)
    except FileNotFoundError:
        render_missing_table(DATA_DIR, DEFAULT_DATA_DIR)
        return
    except TableError as err:
        render_table_error(err)
        return
    options = options_for(str(DATA_DIR), stamp)
    restore_view(ViewState.from_query(query_dict()))

    render_header(data)
    render_problems(data)
    render_rejected(data)
    flt = render_filters(options)
    with st.sidebar.expander("Settings"):
        basemap = st.toggle(
            "Basemap tiles (loads tiles from CARTO over the internet)", key="v_basemap"
        )

    filtered = data.events.loc[flt.mask(data.events, vocabulary)]
    event = find_event(filtered, st.session_state.get("selected_event"))
    selected = None if event is None else str(event["event_id"])

    st.markdown(f"**{md_escape(flt.describe(len(filtered)))}**")
    render_link_warnings(flt, options)
    render_key_figures(filtered)
    if filtered.empty:
        st.info("No event matches these filters. Remove a filter or press **Reset filters**.")

    lanes = st.radio(
        "Timeline lanes",
        ["category", "actor"],
        key="v_lanes",
        format_func=lambda lane: f"By {lane}",
        horizontal=True,
        label_visibility="collapsed",
    )
    st.plotly_chart(
        build_timeline(
            filtered,
            lane_by=lanes,
            selected=selected,
            titles=source_titles(str(DATA_DIR), stamp),
        ),
        key="timeline",
        on_select=_on_timeline,
        selection_mode="points",
        config={"displaylogo": False},
    )
    left, right = st.columns([3, 2])
    with left:
        st.pydeck_chart(
            build_deck(filtered, geo_layers(str(GEO_DIR)), selected=selected, basemap=basemap),
            key="map",
            on_select=_on_map,
            selection_mode="single-object",
            height=MAP_HEIGHT,
        )
        st.caption(map_caption(filtered))
    with right:
        if event is not None:
            render_detail(build_detail(event, data.mentions, data.articles))
        else:
            st.info("Click an event on the timeline, the map or in the table to read its evidence.")

    all_bytes, mention_bytes = export_bytes(str(DATA_DIR), stamp)
    render_downloads(data, filtered, flt, all_bytes, mention_bytes)
    events_tab, articles_tab, about_tab = st.tabs(["Events", "Articles", "About the data"])
    with events_tab:

        def on_table() -> None:
            _select(selected_in_table(st.session_state.get("table"), filtered))

        render_table(filtered, on_table)
    with articles_tab:
        render_articles(data.articles)
    with about_tab:
        render_about()

    sync_url(flt, ViewState(lanes=lanes, basemap=basemap, event=selected))


main()
