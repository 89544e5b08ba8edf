"""Small page controls: the map's zoom buttons and scrolling the evidence into view."""

import streamlit as st

from components.mapdeck import FIT_WIDTH, PHONE_WIDTH

ZOOM_KEY = "v_zoom"
MAX_STEPS = 4


def _zoom(step: int) -> None:
    current = int(st.session_state.get(ZOOM_KEY, 0))
    st.session_state[ZOOM_KEY] = 0 if step == 0 else max(-MAX_STEPS, min(MAX_STEPS, current + step))


def render_zoom_buttons() -> int:
    """Zoom in, zoom out and fit buttons in one row above the map; returns the zoom step."""
    with st.container(horizontal=True, gap="small", key="map-zoom"):
        st.button("Zoom in", icon=":material/add:", on_click=_zoom, args=(1,), key="zoom_in")
        st.button(
            "Zoom out",
            icon=":material/remove:",
            on_click=_zoom,
            args=(-1,),
            key="zoom_out",
        )
        st.button(
            "Fit",
            icon=":material/fit_screen:",
            help="Show every event",
            on_click=_zoom,
            args=(0,),
            key="zoom_fit",
        )
    return int(st.session_state.get(ZOOM_KEY, 0))


def map_width() -> int:
    """The width the map's first view is fitted to: a phone's (its browser says "Mobi") or a
    desktop column's. Either way the zoom buttons and "Fit" are there when it is not right."""
    agent = str(st.context.headers.get("User-Agent") or "")
    return PHONE_WIDTH if "Mobi" in agent else FIT_WIDTH


def scroll_to_evidence() -> None:
    """Bring the evidence panel into view (after a click on the map, timeline or table)."""
    st.html(
        "<script>"
        "const target = window.parent.document.getElementById('evidence')"
        " || document.getElementById('evidence');"
        "if (target) { target.scrollIntoView({behavior: 'smooth', block: 'start'}); }"
        "</script>",
        unsafe_allow_javascript=True,
    )
