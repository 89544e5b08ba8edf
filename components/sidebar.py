"""Sidebar filter widgets, drawn from the filter specs and kept in step with the URL."""

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from components.filters import (
    ACTOR_TYPES,
    ACTORS,
    COUNTRIES,
    EVENT_TYPES,
    LIST_FILTERS,
    PRECISIONS,
    REGIONS,
    SOURCES,
    STATUSES,
    EventFilter,
    ListSpec,
    unknown_values,
)
from components.schema import split_list
from components.text import md_escape
from components.view_state import ViewState
from components.vocabulary import Vocabulary

DATES_KEY = "f_dates"
SEARCH_KEY = "f_search"
MIN_KEY = "f_min_fatalities"
WIDGET_BOUND_KEYS = ("tab",)  # st.tabs(bind="query-params") writes these itself
BAD_KEY = "_bad_link_values"  # values of the opening link that could not be read
COUNTRY_NAMES = {"MLI": "Mali", "BFA": "Burkina Faso", "NER": "Niger"}
# sidebar order: the questions asked most often first
SIDEBAR_ORDER = (ACTORS, EVENT_TYPES, COUNTRIES, REGIONS, ACTOR_TYPES, STATUSES, PRECISIONS)


def widget_key(spec: ListSpec) -> str:
    """Session-state key of a list filter's widget."""
    return f"f_{spec.name}"


@dataclass(frozen=True)
class Options:
    """Choices offered by each list filter (value -> label with its event count) and the span."""

    choices: dict[str, dict[str, str]]
    first_day: date | None
    last_day: date | None


def _counted(counts: pd.Series, label=None) -> dict[str, str]:
    """value -> 'label (count)', most frequent first; `label(value, count)` when given."""
    ordered = sorted(((str(k), int(v)) for k, v in counts.items() if str(k)), key=lambda x: -x[1])
    return {k: label(k, v) if label else f"{k} ({v})" for k, v in ordered}


def actor_label(name: str, vocabulary: Vocabulary, count: int | None = None) -> str:
    """'CMA · Coordination of Azawad Movements (3) — also ...': every alias is in the label,
    so typing any of them in the widget finds the actor."""
    info = vocabulary.actors.get(name)
    counted = name if count is None else f"{name} ({count})"
    if info is None:
        return counted
    head = f"{info.short} · {counted}" if info.short else counted
    others = [a for a in info.aliases if a != info.short]
    return head + (f" — also {', '.join(others)}" if others else "")


def build_options(events: pd.DataFrame, articles: pd.DataFrame, vocabulary: Vocabulary) -> Options:
    """Option lists for the sidebar, derived from the whole (prepared) table."""
    cells = events["actor1"] + ";" + events["actor2"] + ";" + events["assoc_actors"]
    per_event = cells.map(lambda cell: list(dict.fromkeys(split_list(cell))))
    names = events.drop_duplicates("iso3").set_index("iso3")["country"].to_dict()
    titles = articles.set_index("article_id")["title"].to_dict() if len(articles) else {}
    regions = events.loc[events["admin1"] != "", ["admin1", "country"]]

    def source_label(article_id: str, count: int) -> str:
        title = str(titles.get(article_id) or article_id)
        return (title if len(title) <= 60 else title[:57] + "...") + f" ({count})"

    choices = {
        ACTORS.name: _counted(
            per_event.explode().dropna().value_counts(), lambda a, n: actor_label(a, vocabulary, n)
        ),
        ACTOR_TYPES.name: _counted(events["_actor_types"].str.split(";").explode().value_counts()),
        EVENT_TYPES.name: _counted(events["event_type"].value_counts()),
        COUNTRIES.name: _counted(
            events["iso3"].value_counts(),
            lambda iso, n: f"{COUNTRY_NAMES.get(iso) or names.get(iso) or iso} ({iso}) ({n})",
        ),
        REGIONS.name: _counted(
            regions["admin1"].value_counts(),
            lambda r, n: f"{r}, {regions.loc[regions['admin1'] == r, 'country'].iloc[0]} ({n})",
        ),
        STATUSES.name: _counted(events["status"].value_counts()),
        PRECISIONS.name: _counted(events["date_precision"].value_counts()),
        SOURCES.name: _counted(
            events["sources"].map(split_list).explode().dropna().value_counts(), source_label
        ),
    }
    dated = events["_start"].dropna()
    return Options(
        choices=choices,
        first_day=dated.min().date() if len(dated) else None,
        last_day=events["_end"].dropna().max().date() if len(dated) else None,
    )


def query_dict() -> dict[str, list[str]]:
    """The current URL query string, every key with all its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _date_bounds(flt: EventFilter, options: Options) -> tuple[date, date]:
    """The date widget's (start, end): the filter's, or the table's span where it has none."""
    start = flt.date_from or options.first_day
    end = flt.date_to or options.last_day
    return start, max(end, start)


def _apply(flt: EventFilter, options: Options) -> None:
    state = st.session_state
    for spec in LIST_FILTERS:
        state[widget_key(spec)] = list(getattr(flt, spec.name))
    state[SEARCH_KEY] = flt.search
    state[MIN_KEY] = flt.min_fatalities
    state[BAD_KEY] = flt.bad
    if options.first_day and options.last_day:
        state[DATES_KEY] = _date_bounds(flt, options)


def set_filter(name: str, values: list[str]) -> None:
    """Set one list filter from a chart click (called from a callback, before widgets exist)."""
    st.session_state[f"f_{name}"] = values


def reset_filters(options: Options) -> None:
    """Callback of "Reset filters": every widget back to "no restriction"."""
    _apply(EventFilter(), options)
    st.session_state["selected_event"] = None


def drop_bad_values() -> None:
    """Callback of the button under the warning about unreadable link values."""
    st.session_state[BAD_KEY] = ()


def _from_widgets(options: Options) -> EventFilter:
    state = st.session_state
    date_from = date_to = None
    picked = state.get(DATES_KEY) or ()
    if len(picked) >= 1 and picked[0] != options.first_day:
        date_from = picked[0]
    if len(picked) == 2 and picked[1] != options.last_day:
        date_to = picked[1]
    lists = {spec.name: tuple(state.get(widget_key(spec), [])) for spec in LIST_FILTERS}
    return EventFilter(
        **lists,
        date_from=date_from,
        date_to=date_to,
        search=" ".join(str(state.get(SEARCH_KEY, "")).split()),
        min_fatalities=int(state.get(MIN_KEY) or 0),
        bad=tuple(state.get(BAD_KEY, ())),
    )


def _list_widget(spec: ListSpec, options: Options) -> None:
    known = options.choices.get(spec.name, {})
    chosen = st.session_state.get(widget_key(spec), [])
    unknown = [v for v in chosen if v not in known]  # from a link: kept, and said so
    st.sidebar.multiselect(
        spec.label,
        list(known) + unknown,
        key=widget_key(spec),
        format_func=lambda v: known.get(v) or f"{v} (not in this table: 0 events)",
        help=spec.help or None,
    )


def _date_widget(options: Options) -> None:
    if not (options.first_day and options.last_day):
        return
    picked = st.session_state.get(DATES_KEY) or (options.first_day, options.last_day)
    st.sidebar.date_input(
        "Date range",
        key=DATES_KEY,
        min_value=min(options.first_day, *picked),
        max_value=max(options.last_day, *picked),
        help="Keeps events whose possible dates overlap this range.",
    )


def render_filters(options: Options) -> EventFilter:
    """Draw the sidebar filters (restored from the URL on a session's first run)."""
    if not st.session_state.get("_filters_from_url"):
        _apply(EventFilter.from_query(query_dict()), options)
        st.session_state["_filters_from_url"] = True
    side = st.sidebar
    side.header("Filters")
    side.text_input(
        "Search",
        key=SEARCH_KEY,
        help="Words in the title, the evidence, the places or the actors; any name of an "
        "actor or a place works (Tombouctou, GSIM, FAMa).",
    )
    for spec in SIDEBAR_ORDER[:1]:
        _list_widget(spec, options)
    _date_widget(options)
    for spec in SIDEBAR_ORDER[1:]:
        _list_widget(spec, options)
    side.number_input(
        "Minimum fatalities",
        min_value=0,
        step=1,
        key=MIN_KEY,
        help="0 shows every event; above 0, events whose text gives no figure are left out.",
    )
    _list_widget(SOURCES, options)
    side.button("Reset filters", on_click=reset_filters, args=(options,))
    return _from_widgets(options)


def link_warnings(flt: EventFilter, options: Options) -> list[str]:
    """Sentences naming the values of the filter the table lacks or that cannot be read."""
    notes = []
    missing = unknown_values(flt, options.choices)
    if missing:
        notes.append(
            "Not in this table: "
            + "; ".join(missing)
            + ". The filter is kept, so no event matches that value; remove it in the "
            "sidebar (or press Reset filters) to see other events."
        )
    if flt.bad:
        said = "; ".join(b.sentence() for b in flt.bad)
        notes.append(f"This link has a value that cannot be read: {said}. No event is shown.")
    return notes


def render_link_warnings(flt: EventFilter, options: Options) -> None:
    """A visible warning for each unknown or unreadable value, with a way out."""
    for note in link_warnings(flt, options):
        st.warning(md_escape(note), icon="⚠️")
    if flt.bad:
        st.button("Drop the unreadable value", on_click=drop_bad_values, key="drop_bad")


def restore_view(view: ViewState) -> None:
    """Seed the selected event and the view widgets from the URL on a session's first run."""
    state = st.session_state
    if "selected_event" not in state:
        state["selected_event"] = view.event
    if "v_lanes" not in state:
        state["v_lanes"] = view.lanes
        state["v_basemap"] = view.basemap


def sync_url(flt: EventFilter, view: ViewState) -> None:
    """Write the filter and the view settings into the URL where they differ from it; keys that
    widgets bind to the URL themselves (the open tab) are theirs and left alone."""
    current = {k: v for k, v in query_dict().items() if k not in WIDGET_BOUND_KEYS}
    target: dict[str, list[str]] = {}
    for key, value in {**flt.to_query(), **view.to_query()}.items():
        values = value if isinstance(value, list) else [value]
        if values and values != [""]:
            target[key] = values
    for key in current.keys() - target.keys():
        del st.query_params[key]
    for key, values in target.items():
        if current.get(key) != values:
            st.query_params[key] = values
