"""Streamlit dashboard of Sahel events: wiring only (load, read filters, build, render)."""

import os
from dataclasses import replace
from pathlib import Path

import pandas as pd
import streamlit as st

from components.add_articles import choose_page, render_add_articles
from components.corrections_form import build_review
from components.detail import build_detail, find_event, render_detail
from components.editing import edit_settings
from components.exports import to_csv_bytes
from components.fatalities_chart import build_fatalities_timeline
from components.legends import legend_html, timeline_legend_html
from components.mapbase import GeoLayers, load_geo, regional_capitals
from components.mapdeck import MAP_HEIGHT, build_deck, map_caption, selected_on_map
from components.page import map_width, render_zoom_buttons, scroll_to_evidence
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
from components.status import render_status, render_unresolved
from components.summary import actor_pairs, render_summary
from components.text import md_escape
from components.timeline import article_titles, build_timeline, selected_event
from components.view_state import LANES, ViewState
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
LANE_NAMES = {"category": "By category", "actor": "By actor", "fatalities": "Fatalities"}


@st.cache_resource(show_spinner="Reading the actor registry and the gazetteer...")
def knowledge() -> tuple:
    """The actor registry and the offline gazetteer, for names typed in Actors and Search."""
    return load_actors(KNOWLEDGE_DIR / "actors.csv"), Gazetteer.load()


# cache_resource: one validated table shared by every session, never copied per session
@st.cache_resource(show_spinner="Loading the event table...", max_entries=2)
def load(data_dir: str, stamp: tuple) -> tuple[Dataset, Vocabulary, pd.DataFrame]:
    """Validated tables (with the filters' helper columns), the names they know, actor pairs."""
    data = load_dataset(Path(data_dir))
    vocabulary = build_vocabulary(data.events, *knowledge())
    events = prepare_events(data.events, vocabulary)
    return replace(data, events=events), vocabulary, actor_pairs(events)


@st.cache_resource(max_entries=2)
def geo_layers(geo_dir: str) -> GeoLayers:
    """Borders, the Liptako-Gourma outline and regional capitals (empty when files are missing)."""
    return load_geo(Path(geo_dir), regional_capitals(knowledge()[1]))


@st.cache_data(max_entries=2)
def options_for(data_dir: str, stamp: tuple) -> Options:
    """Filter option lists derived from the whole table."""
    data, vocabulary, _ = load(data_dir, stamp)
    return build_options(data.events, data.articles, vocabulary)


@st.cache_data(max_entries=2)
def source_titles(data_dir: str, stamp: tuple) -> dict[str, str]:
    """Article titles by article id, for hover texts."""
    return article_titles(load(data_dir, stamp)[0].articles)


@st.cache_data(max_entries=2)
def all_events_bytes(data_dir: str, stamp: tuple) -> bytes:
    """CSV bytes of all events."""
    data = load(data_dir, stamp)[0]
    return to_csv_bytes(data.events, data.export_columns)


def _select(event_id: str | None) -> None:
    if event_id:
        st.session_state["selected_event"] = event_id
        st.session_state["_scroll_to_evidence"] = True


def _on_timeline() -> None:
    _select(selected_event(st.session_state.get("timeline")))


def _on_map() -> None:
    _select(selected_on_map(st.session_state.get("map")))


def render_timeline(filtered, flt, selected: str | None, titles: dict) -> str:
    """The timeline (by category, by actor, or fatalities); returns the view chosen."""
    lanes = st.radio(
        "Timeline view",
        list(LANES),
        key="v_lanes",
        format_func=LANE_NAMES.get,
        horizontal=True,
        label_visibility="collapsed",
    )
    window = (flt.date_from, flt.date_to)
    st.html(timeline_legend_html(sorted(set(filtered["event_type"]))))
    if lanes == "fatalities":
        fig = build_fatalities_timeline(filtered, selected, titles, window)
    else:
        fig = build_timeline(
            filtered, lane_by=lanes, selected=selected, titles=titles, window=window
        )
    st.plotly_chart(
        fig,
        key="timeline",
        on_select=_on_timeline,
        selection_mode="points",
        config={"displaylogo": False},
    )
    return lanes


def render_map_and_detail(
    data: Dataset, filtered, event, basemap: bool, titles: dict, editing
) -> None:
    """The map with its zoom buttons and legend; the evidence of the selected event beside it."""
    left, right = st.columns([3, 2])
    selected = None if event is None else str(event["event_id"])
    with left:
        zoom_step = render_zoom_buttons()
        deck = build_deck(
            filtered,
            geo_layers(str(GEO_DIR)),
            selected=selected,
            basemap=basemap,
            titles=titles,
            zoom_step=zoom_step,
            fit_width=map_width(),
        )
        st.pydeck_chart(
            deck,
            key="map",
            on_select=_on_map,
            selection_mode="single-object",
            height=MAP_HEIGHT,
        )
        st.html(legend_html(sorted(set(filtered["event_type"]))))
        st.caption(map_caption(filtered))
    with right:
        st.html('<div id="evidence"></div>')
        if event is not None:
            detail = build_detail(event, data.mentions, data.articles)
            render_detail(detail, build_review(event, editing))
        else:
            st.info("Click an event on the timeline, the map or in the table to read its evidence.")
    if st.session_state.pop("_scroll_to_evidence", False) and event is not None:
        scroll_to_evidence()


def render_tabs(data: Dataset, filtered, selected: str | None, pairs) -> None:
    """The table, Summary, Articles and About tabs: only the open one is built and sent."""
    # the Summary's charts cost the most; bound to the URL, so ?tab=Summary opens on it
    events_tab, summary_tab, articles_tab, about_tab = st.tabs(
        ["Events", "Summary", "Articles", "About the data"],
        key="tab",
        on_change="rerun",
        bind="query-params",
    )
    if events_tab.open:
        with events_tab:

            def on_table() -> None:
                _select(selected_in_table(st.session_state.get("table"), filtered))

            render_table(filtered, on_table)
    if summary_tab.open:
        with summary_tab:
            render_summary(filtered, pairs)
    if articles_tab.open:
        with articles_tab:
            render_articles(data.articles)
    if about_tab.open:
        with about_tab:
            render_about()
            render_unresolved(data)


def main() -> None:
    """Draw the page."""
    st.set_page_config(page_title="Sahel events", layout="wide")
    editing = edit_settings(DATA_DIR)
    if choose_page(editing) == "Add articles":
        render_add_articles(editing)
        return
    stamp = data_stamp(DATA_DIR)
    try:
        data, vocabulary, pairs = load(str(DATA_DIR), stamp)
    except FileNotFoundError:
        render_missing_table(DATA_DIR, DEFAULT_DATA_DIR)
        return
    except TableError as err:
        render_table_error(err)
        return
    options = options_for(str(DATA_DIR), stamp)
    restore_view(ViewState.from_query(query_dict()))

    render_header(data)
    render_status(data)
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

    titles = source_titles(str(DATA_DIR), stamp)
    lanes = render_timeline(filtered, flt, selected, titles)
    render_map_and_detail(data, filtered, event, basemap, titles, editing)
    render_downloads(data, filtered, flt, all_events_bytes(str(DATA_DIR), stamp))

    render_tabs(data, filtered, selected, pairs)

    sync_url(flt, ViewState(lanes=lanes, basemap=basemap, event=selected))


main()
