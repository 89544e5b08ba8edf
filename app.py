"""Streamlit dashboard of Sahel events: wiring only (load, read filters, build, render)."""

import gc
import os
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd
import streamlit as st

from components.add_articles import choose_page, render_add_articles
from components.corrections_form import build_review
from components.detail import build_detail, find_event, render_detail
from components.editing import edit_settings
from components.fatalities_chart import build_fatalities_timeline
from components.filters import EventFilter
from components.legends import legend_html, timeline_legend_html
from components.mapbase import GeoLayers, load_geo, regional_capitals
from components.mapdeck import MAP_HEIGHT, build_deck, map_shows_each, selected_on_map
from components.maptips import tooltip_texts
from components.page import map_width, render_zoom_buttons, scroll_to_evidence
from components.schema import (
    Dataset,
    TableError,
    charted_columns,
    counted_columns,
    data_stamp,
    load_dataset,
)
from components.sidebar import (
    Options,
    build_options,
    query_dict,
    render_filters,
    render_link_warnings,
    restore_view,
    sync_url,
)
from components.status import render_status, render_unresolved, status_line
from components.summary import actor_pairs, render_summary, summary_figures
from components.text import md_escape
from components.timeline import (
    article_titles,
    build_timeline,
    selected_event,
    timeline_shows_each,
)
from components.view_state import LANES, ViewState
from components.views import (
    TABLE_ROWS,
    ShownFacts,
    all_events_file,
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
    shown_facts,
)
from components.vocabulary import Vocabulary, build_vocabulary, prepare_events
from pipeline.knowledge import KNOWLEDGE_DIR, load_actors
from pipeline.places.gazetteer import Gazetteer

HERE = Path(__file__).resolve().parent
DEFAULT_DATA_DIR = HERE / "data" / "processed"
DATA_DIR = Path(os.environ.get("SAHEL_DATA_DIR", DEFAULT_DATA_DIR))
GEO_DIR = Path(os.environ.get("SAHEL_GEO_DIR", HERE / "data" / "geo"))
LANE_NAMES = {"category": "By category", "actor": "By actor", "fatalities": "Fatalities"}
# a filter's repr names every field: hashing it is ten times faster than Streamlit walking the
# dataclass, for each of the five cached lookups of every rerun
BY_REPR = {EventFilter: repr}


@st.cache_resource(show_spinner="Reading the actor registry and the gazetteer...")
def knowledge() -> tuple:
    """The actor registry and the offline gazetteer, for names typed in Actors and Search."""
    loaded = load_actors(KNOWLEDGE_DIR / "actors.csv"), Gazetteer.load()
    # these and the libraries imported by now live as long as the server: frozen, a full
    # collection no longer walks their objects, which took 90 ms of whichever rerun it fell on
    gc.freeze()
    return loaded


# cache_resource: one validated table shared by every session, never copied per session
@st.cache_resource(show_spinner="Loading the event table...", max_entries=2)
def load(data_dir: str, stamp: tuple) -> tuple[Dataset, Vocabulary, pd.DataFrame, pd.DataFrame]:
    """Validated tables (with the filters' helper columns), the names they know, actor pairs
    and the map's tooltip texts of every event (made with the table, not on the first filter
    state that draws each event)."""
    data = load_dataset(Path(data_dir))
    vocabulary = build_vocabulary(data.events, *knowledge())
    events = prepare_events(data.events, vocabulary)
    tips = tooltip_texts(events, article_titles(data.articles))
    return replace(data, events=events), vocabulary, actor_pairs(events), tips


@st.cache_resource(max_entries=2)
def geo_layers(geo_dir: str) -> GeoLayers:
    """Borders, the Liptako-Gourma outline and regional capitals (empty when files are missing)."""
    return load_geo(Path(geo_dir), regional_capitals(knowledge()[1]))


# cache_resource below, not cache_data: these are only read, and cache_data would unpickle a
# copy on every rerun (the CSV of 100,000 events alone is tens of MB)
@st.cache_resource(max_entries=2)
def options_for(data_dir: str, stamp: tuple) -> Options:
    """Filter option lists derived from the whole table."""
    data, vocabulary = load(data_dir, stamp)[:2]
    return build_options(data.events, data.articles, vocabulary)


@st.cache_resource(max_entries=2)
def status_of(data_dir: str, stamp: tuple) -> str:
    """The header's line on what the build left out ('' when nothing)."""
    return status_line(load(data_dir, stamp)[0])


@st.cache_resource(max_entries=2)
def source_titles(data_dir: str, stamp: tuple) -> dict[str, str]:
    """Article titles by article id, for hover texts."""
    return article_titles(load(data_dir, stamp)[0].articles)


@st.cache_resource(max_entries=2)
def all_events(data_dir: str, stamp: tuple) -> tuple[bytes, str]:
    """CSV bytes of all events, and the file's name."""
    return all_events_file(load(data_dir, stamp)[0])


# Everything drawn from the filtered rows is cached per filter state: a click, a tab or a zoom
# step reruns the page with the same filters, and building the charts of 100,000 events costs
# far more than looking them up. cache_resource hands out the objects themselves (no pickling
# copy): nothing changes them, the builders are pure and Streamlit serialises a copy to send.
@st.cache_resource(max_entries=4, hash_funcs=BY_REPR)
def filtered_events(data_dir: str, stamp: tuple, flt: EventFilter) -> pd.DataFrame:
    """The rows of the table this filter keeps, in the columns counts and summaries read.

    The index is the full table's: the evidence panel, the downloads and `with_details` read
    whole rows by it.
    """
    data, vocabulary = load(data_dir, stamp)[:2]
    keep = flt.mask(data.events, vocabulary)
    # selecting columns shares the data (copy on write); only the rows kept are copied, and
    # only in the columns every filter state reads (half the cost of every charted column)
    counted = data.events[counted_columns(data.events)]
    return counted if keep.all() else counted.loc[keep]


def with_details(data_dir: str, stamp: tuple, rows: pd.DataFrame) -> pd.DataFrame:
    """`rows` in every charted column: for the table and the events drawn one by one."""
    events = load(data_dir, stamp)[0].events
    charted = events[charted_columns(events)]
    return charted if len(rows) == len(events) else charted.loc[rows.index]


@st.cache_resource(max_entries=16, hash_funcs=BY_REPR)
def facts_of(data_dir: str, stamp: tuple, flt: EventFilter) -> ShownFacts:
    """Key figures, the note on fatalities, the event types shown and the map's caption."""
    return shown_facts(filtered_events(data_dir, stamp, flt))


@st.cache_resource(max_entries=16, hash_funcs=BY_REPR)
def timeline_figure(data_dir: str, stamp: tuple, flt: EventFilter, lanes: str, selected):
    """The timeline in the chosen view."""
    shown = filtered_events(data_dir, stamp, flt)
    if lanes == "fatalities" or timeline_shows_each(shown):  # each event, with its texts
        shown = with_details(data_dir, stamp, shown)
    titles = source_titles(data_dir, stamp)
    window = (flt.date_from, flt.date_to)
    if lanes == "fatalities":
        return build_fatalities_timeline(shown, selected, titles, window)
    return build_timeline(shown, lane_by=lanes, selected=selected, titles=titles, window=window)


@st.cache_resource(max_entries=16, hash_funcs=BY_REPR)
def event_map(data_dir: str, stamp: tuple, flt: EventFilter, selected, view: tuple):
    """The map for (basemap, zoom step, width fitted to)."""
    shown = filtered_events(data_dir, stamp, flt)
    if map_shows_each(shown):  # each event, with its title
        shown = with_details(data_dir, stamp, shown)
    basemap, zoom_step, fit_width = view
    titles = source_titles(data_dir, stamp)
    layers = geo_layers(str(GEO_DIR))
    return build_deck(
        shown,
        layers,
        selected=selected,
        basemap=basemap,
        titles=titles,
        zoom_step=zoom_step,
        fit_width=fit_width,
        texts=load(data_dir, stamp)[3],
    )


@st.cache_resource(max_entries=16, hash_funcs=BY_REPR)
def summary_charts(data_dir: str, stamp: tuple, flt: EventFilter, measure: str) -> tuple:
    """The Summary tab's three charts."""
    pairs = load(data_dir, stamp)[2]
    return summary_figures(filtered_events(data_dir, stamp, flt), pairs, measure)


@dataclass(frozen=True, eq=False)
class Shown:
    """The filtered rows, what the page says of them, and the key the cached builders find
    them by (data dir, stamp, filter)."""

    key: tuple
    rows: pd.DataFrame
    facts: ShownFacts


def _select(event_id: str | None) -> None:
    if event_id:
        st.session_state["selected_event"] = event_id
        st.session_state["_scroll_to_evidence"] = True


def _on_timeline() -> None:
    _select(selected_event(st.session_state.get("timeline")))


def _on_map() -> None:
    _select(selected_on_map(st.session_state.get("map")))


def render_timeline(shown: Shown, selected: str | None) -> str:
    """The timeline (by category, by actor, or fatalities); returns the view chosen."""
    lanes = st.radio(
        "Timeline view",
        list(LANES),
        key="v_lanes",
        format_func=LANE_NAMES.get,
        horizontal=True,
        label_visibility="collapsed",
    )
    st.html(timeline_legend_html(shown.facts.types))
    if lanes != "fatalities" and not timeline_shows_each(shown.rows):
        selected = None  # counts per period mark no event: every click shares one figure
    st.plotly_chart(
        timeline_figure(*shown.key, lanes, selected),
        key="timeline",
        on_select=_on_timeline,
        selection_mode="points",
        config={"displaylogo": False},
    )
    return lanes


def render_map_and_detail(data: Dataset, shown: Shown, event, basemap: bool, editing) -> None:
    """The map with its zoom buttons and legend; the evidence of the selected event beside it."""
    left, right = st.columns([3, 2])
    selected = None if event is None else str(event["event_id"])
    if not map_shows_each(shown.rows):
        selected = None  # grid counts mark no event: every click shares one map
    with left:
        view = (basemap, render_zoom_buttons(), map_width())
        st.pydeck_chart(
            event_map(*shown.key, selected, view),
            key="map",
            on_select=_on_map,
            selection_mode="single-object",
            height=MAP_HEIGHT,
        )
        st.html(legend_html(shown.facts.types))
        st.caption(shown.facts.map_caption)
    with right:
        st.html('<div id="evidence"></div>')
        if event is not None:
            detail = build_detail(event, data.mentions, data.articles)
            render_detail(detail, build_review(event, editing))
        else:
            st.info("Click an event on the timeline, the map or in the table to read its evidence.")
    if st.session_state.pop("_scroll_to_evidence", False) and event is not None:
        scroll_to_evidence()


def render_tabs(data: Dataset, shown: Shown) -> None:
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
            listed = with_details(*shown.key[:2], shown.rows.head(TABLE_ROWS))

            def on_table() -> None:
                _select(selected_in_table(st.session_state.get("table"), listed))

            render_table(listed, on_table, total=len(shown.rows))
    if summary_tab.open:
        with summary_tab:
            render_summary(lambda measure: summary_charts(*shown.key, measure))
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
        data = load(str(DATA_DIR), stamp)[0]
    except FileNotFoundError:
        render_missing_table(DATA_DIR, DEFAULT_DATA_DIR)
        return
    except TableError as err:
        render_table_error(err)
        return
    options = options_for(str(DATA_DIR), stamp)
    restore_view(ViewState.from_query(query_dict()))

    render_header(data)
    render_status(data, status_of(str(DATA_DIR), stamp))
    render_problems(data)
    render_rejected(data)
    flt = render_filters(options)
    with st.sidebar.expander("Settings"):
        basemap = st.toggle(
            "Basemap tiles (loads tiles from CARTO over the internet)", key="v_basemap"
        )

    key = (str(DATA_DIR), stamp, flt)
    shown = Shown(key, filtered_events(*key), facts_of(*key))
    filtered = shown.rows
    hit = find_event(filtered, st.session_state.get("selected_event"))
    event = None if hit is None else data.events.loc[hit.name]  # the panel reads every column
    selected = None if event is None else str(event["event_id"])

    st.markdown(f"**{md_escape(flt.describe(len(filtered)))}**")
    render_link_warnings(flt, options)
    render_key_figures(shown.facts)
    if filtered.empty:
        st.info("No event matches these filters. Remove a filter or press **Reset filters**.")

    lanes = render_timeline(shown, selected)
    render_map_and_detail(data, shown, event, basemap, editing)
    render_downloads(data, filtered, flt, all_events(str(DATA_DIR), stamp))

    render_tabs(data, shown)

    sync_url(flt, ViewState(lanes=lanes, basemap=basemap, event=selected))


main()
