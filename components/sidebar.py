"""Sidebar filter widgets, kept in step with the URL query string in both directions."""

from dataclasses import dataclass, replace
from datetime import date

import pandas as pd
import streamlit as st

from components.filters import EventFilter
from components.schema import split_list
from components.view_state import ViewState

KEYS = {
    "actors": "f_actors",
    "dates": "f_dates",
    "event_types": "f_types",
    "countries": "f_countries",
    "sources": "f_sources",
    "search": "f_search",
    "precise": "f_precise",
}
URL_NOTES = "_url_notes"  # what was dropped or adjusted from the link the session opened with
COUNTRY_NAMES = {"MLI": "Mali", "BFA": "Burkina Faso", "NER": "Niger"}


@dataclass(frozen=True)
class Options:
    """Choices offered by the filter widgets, with event counts, derived from the whole table."""

    actors: dict[str, int]
    event_types: dict[str, int]
    countries: dict[str, str]
    sources: dict[str, str]
    first_day: date | None
    last_day: date | None


def build_options(events: pd.DataFrame, articles: pd.DataFrame) -> Options:
    """Option lists for the sidebar: canonical actors by number of events, types, countries."""
    cells = events["actor1"] + ";" + events["actor2"] + ";" + events["assoc_actors"]
    per_event = cells.map(lambda cell: list(dict.fromkeys(split_list(cell))))
    actor_counts = per_event.explode().dropna().value_counts()
    actors = {
        str(k): int(v) for k, v in sorted(actor_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    }
    types = {str(k): int(v) for k, v in events["event_type"].value_counts().sort_index().items()}
    names = events.drop_duplicates("iso3").set_index("iso3")["country"].to_dict()
    countries = {
        str(iso): f"{COUNTRY_NAMES.get(iso) or names.get(iso) or iso} ({iso})"
        for iso in sorted(i for i in events["iso3"].unique() if i)
    }
    titles = articles.set_index("article_id")["title"].to_dict() if len(articles) else {}
    used = events["sources"].map(split_list).explode().dropna().value_counts()
    sources = {}
    for article_id, count in sorted(used.items()):
        title = str(titles.get(article_id) or article_id)
        short = title if len(title) <= 60 else title[:57] + "..."
        sources[str(article_id)] = f"{short} ({count})"
    dated = events["_start"].dropna()
    return Options(
        actors=actors,
        event_types=types,
        countries=countries,
        sources=sources,
        first_day=dated.min().date() if len(dated) else None,
        last_day=events["_end"].dropna().max().date() if len(dated) else None,
    )


def query_dict() -> dict[str, list[str]]:
    """The current URL query string, every key with all its values."""
    return {key: st.query_params.get_all(key) for key in st.query_params}


def _ignored(kind: str, values: list[str]) -> list[str]:
    return [f"{kind} {', '.join(repr(v) for v in values)} (not in the table)"] if values else []


def reconcile(flt: EventFilter, options: Options) -> tuple[EventFilter, tuple[str, ...]]:
    """The filter restricted to values the table has, dates clamped to its span; and what changed.

    A link may carry any text: unknown actors, types, countries and sources are dropped, and
    dates outside the table's first and last day are moved to them (start never after end).
    """
    notes: list[str] = []
    kept = {}
    for name, kind, known in (
        ("actors", "actor", options.actors),
        ("event_types", "event type", options.event_types),
        ("countries", "country", options.countries),
        ("sources", "source", options.sources),
    ):
        values = getattr(flt, name)
        kept[name] = tuple(v for v in values if v in known)
        notes += _ignored(kind, [v for v in values if v not in known])
    date_from, date_to = flt.date_from, flt.date_to
    first, last = options.first_day, options.last_day
    if first and last:
        clamped = []
        for label, value in (("start", date_from), ("end", date_to)):
            inside = None if value is None else min(max(value, first), last)
            if value is not None and inside != value:
                notes.append(f"{label} date {value} moved to {inside}")
            clamped.append(inside)
        if clamped != [date_from, date_to]:
            notes.append(f"the table runs from {first} to {last}")
        date_from, date_to = clamped
    else:
        notes += ["dates ignored (no event is dated)"] if date_from or date_to else []
        date_from = date_to = None
    if date_from and date_to and date_to < date_from:
        date_to = date_from
    tidy = replace(flt, **kept, date_from=date_from, date_to=date_to)
    return tidy, tuple(notes)


def _apply(flt: EventFilter, options: Options) -> None:
    state = st.session_state
    state[KEYS["actors"]] = list(flt.actors)
    state[KEYS["event_types"]] = list(flt.event_types)
    state[KEYS["countries"]] = list(flt.countries)
    state[KEYS["sources"]] = list(flt.sources)
    state[KEYS["search"]] = flt.search
    state[KEYS["precise"]] = flt.precise
    if options.first_day and options.last_day:
        state[KEYS["dates"]] = (
            flt.date_from or options.first_day,
            flt.date_to or options.last_day,
        )


def _keep_dates_in_range(options: Options) -> None:
    """Clamp the date widget's value to the table's span (a rebuilt table may be shorter)."""
    picked = st.session_state.get(KEYS["dates"])
    if not (options.first_day and options.last_day and picked):
        return
    inside = tuple(min(max(d, options.first_day), options.last_day) for d in picked)
    if inside != tuple(picked):
        st.session_state[KEYS["dates"]] = inside


def reset_filters(options: Options) -> None:
    """Callback of "Reset filters": every widget back to "no restriction"."""
    _apply(EventFilter(), options)
    st.session_state["selected_event"] = None
    st.session_state.pop(URL_NOTES, None)


def _from_widgets(options: Options) -> EventFilter:
    state = st.session_state
    date_from = date_to = None
    picked = state.get(KEYS["dates"]) or ()
    if len(picked) >= 1 and picked[0] != options.first_day:
        date_from = picked[0]
    if len(picked) == 2 and picked[1] != options.last_day:
        date_to = picked[1]
    return EventFilter(
        actors=tuple(state.get(KEYS["actors"], [])),
        date_from=date_from,
        date_to=date_to,
        event_types=tuple(state.get(KEYS["event_types"], [])),
        countries=tuple(state.get(KEYS["countries"], [])),
        sources=tuple(state.get(KEYS["sources"], [])),
        search=" ".join(str(state.get(KEYS["search"], "")).split()),
        precise=bool(state.get(KEYS["precise"], False)),
    )


def render_filters(options: Options) -> EventFilter:
    """Draw the sidebar filters (restored from the URL on a session's first run)."""
    notes: tuple[str, ...] = ()
    first_run = not st.session_state.get("_filters_from_url")
    if first_run:
        from_link, notes = reconcile(EventFilter.from_query(query_dict()), options)
        _apply(from_link, options)
        st.session_state["_filters_from_url"] = True
    _keep_dates_in_range(options)
    side = st.sidebar
    side.header("Filters")
    side.multiselect(
        "Actors",
        list(options.actors),
        key=KEYS["actors"],
        format_func=lambda a: f"{a} ({options.actors.get(a, 0)})",
        help="An event matches when the actor is its first or second actor or an associated one.",
    )
    if options.first_day and options.last_day:
        side.date_input(
            "Date range",
            key=KEYS["dates"],
            min_value=options.first_day,
            max_value=options.last_day,
            help="Keeps events whose possible dates overlap this range.",
        )
    side.multiselect(
        "Event types",
        list(options.event_types),
        key=KEYS["event_types"],
        format_func=lambda t: f"{t} ({options.event_types.get(t, 0)})",
    )
    side.multiselect(
        "Countries",
        list(options.countries),
        key=KEYS["countries"],
        format_func=lambda c: options.countries.get(c, c),
    )
    side.multiselect(
        "Sources",
        list(options.sources),
        key=KEYS["sources"],
        format_func=lambda s: options.sources.get(s, s),
    )
    side.text_input("Search", key=KEYS["search"], help="Words in the title or the evidence.")
    side.checkbox("Only precise dates", key=KEYS["precise"], help="Events dated to the day.")
    side.button("Reset filters", on_click=reset_filters, args=(options,))
    flt = _from_widgets(options)
    if first_run and notes:
        st.session_state[URL_NOTES] = (flt, notes)
    return flt


def url_notes(flt: EventFilter) -> str:
    """What the opening link asked for that the table lacks, while its filter is still in use."""
    link_filter, notes = st.session_state.get(URL_NOTES) or (None, ())
    if flt != link_filter or not notes:
        return ""
    return "From the link: " + "; ".join(notes) + "."


def restore_view(view: ViewState) -> None:
    """Seed the selected event and the view widgets from the URL on a session's first run."""
    state = st.session_state
    if "selected_event" not in state:
        state["selected_event"] = view.event
    if "v_lanes" not in state:
        state["v_lanes"] = view.lanes
        state["v_basemap"] = view.basemap


def sync_url(flt: EventFilter, view: ViewState) -> None:
    """Write the filter and the view settings into the URL when they differ from it."""
    target: dict[str, list[str]] = {}
    for key, value in {**flt.to_query(), **view.to_query()}.items():
        values = value if isinstance(value, list) else [value]
        if values and values != [""]:
            target[key] = values
    if target != query_dict():
        st.query_params.from_dict(target)
