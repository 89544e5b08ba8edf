"""Streamlit dashboard of Sahel events: wiring only (load, read filters, build, render)."""

import os
from pathlib import Path

import streamlit as st

from components.detail import build_detail, render_detail
from components.exports import to_csv_bytes
from components.mapdeck import GeoLayers, build_deck, load_geo, selected_on_map
from components.schema import Dataset, TableError, data_stamp, load_dataset
from components.sidebar import Options, build_options, query_dict, render_filters, sync_url
from components.text import md_escape
from components.timeline import build_timeline, selected_event
from components.views import (
    render_about,
    render_articles,
    render_downloads,
    render_header,
    render_key_figures,
    render_missing_table,
    render_rejected,
    render_table,
    table_frame,
)

HERE = Path(__file__).resolve().parent
DATA_DIR = Path(os.environ.get("SAHEL_DATA_DIR", HERE / "data" / "processed"))
GEO_DIR = Path(os.environ.get("SAHEL_GEO_DIR", HERE / "data" / "geo"))


# cache_resource: one validated table shared by every session, never copied per session
@st.cache_resource(show_spinner="Loading the event table...", max_entries=2)
def load(data_dir: str, stamp: tuple) -> Dataset:
    """Validated tables for a data directory at a given modification stamp."""
    return load_dataset(Path(data_dir))


@st.cache_resource(max_entries=2)
def geo_layers(geo_dir: str) -> GeoLayers:
    """Country borders and the Liptako-Gourma outline (empty layers when files are missing)."""
    return load_geo(Path(geo_dir))


@st.cache_data(max_entries=2)
def options_for(data_dir: str, stamp: tuple) -> Options:
    """Filter option lists derived from the whole table."""
    data = load(data_dir, stamp)
    return build_options(data.events, data.articles)


@st.cache_data(max_entries=2)
def export_bytes(data_dir: str, stamp: tuple) -> tuple[bytes, bytes]:
    """CSV bytes of all events and of all mentions."""
    data = load(data_dir, stamp)
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
        data = load(str(DATA_DIR), stamp)
    except FileNotFoundError:
        render_missing_table(str(DATA_DIR))
        return
    except TableError as err:
        st.title("Sahel events")
        st.error(f"The event table cannot be used: {err}")
        return
    options = options_for(str(DATA_DIR), stamp)
    url = query_dict()
    if "selected_event" not in st.session_state:
        st.session_state["selected_event"] = (url.get("event") or [None])[-1]

    render_header(data)
    render_rejected(data)
    flt = render_filters(options)
    if "v_lanes" not in st.session_state:
        st.session_state["v_lanes"] = "actor" if url.get("lanes") == ["actor"] else "category"
        st.session_state["v_basemap"] = url.get("basemap") == ["1"]
    with st.sidebar.expander("Settings"):
        basemap = st.toggle(
            "Basemap tiles (loads tiles from CARTO over the internet)", key="v_basemap"
        )

    mask = flt.mask(data.events)
    filtered = data.events.loc[mask]
    selected = st.session_state.get("selected_event")
    if selected and not (filtered["event_id"] == selected).any():
        selected = None

    st.markdown(f"**{md_escape(flt.describe(len(filtered)))}**")
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
        build_timeline(filtered, lane_by=lanes, selected=selected),
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
            height=520,
        )
        placed = filtered["latitude"].notna()
        rings = int((placed & (filtered["geo_precision"] > 1)).sum())
        st.caption(
            f"{int(placed.sum())} events on the map; {rings} of them are rings: placed only "
            "at a region or country, not at a town. Dot size: number of sources."
        )
    with right:
        if selected:
            event = filtered[filtered["event_id"] == selected].iloc[0]
            render_detail(build_detail(event, data.mentions, data.articles))
        else:
            st.info("Click an event on the timeline, the map or in the table to read its evidence.")

    all_bytes, mention_bytes = export_bytes(str(DATA_DIR), stamp)
    render_downloads(data, filtered, flt, all_bytes, mention_bytes)
    events_tab, articles_tab, about_tab = st.tabs(["Events", "Articles", "About the data"])
    with events_tab:

        def on_table() -> None:
            rows = (st.session_state.get("table") or {}).get("selection", {}).get("rows", [])
            if rows:
                _select(str(table_frame(filtered).iloc[rows[0]]["event_id"]))

        render_table(filtered, on_table)
    with articles_tab:
        render_articles(data.articles)
    with about_tab:
        render_about()

    view = {"lanes": "actor" if lanes == "actor" else "", "basemap": "1" if basemap else ""}
    view["event"] = selected or ""
    sync_url(flt, view)


main()
