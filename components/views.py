"""Thin render_* wrappers: header, key figures, table, downloads, articles and the About text."""

import shlex
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import streamlit as st

from components.exports import (
    file_name,
    filtered_name,
    mentions_of,
    to_csv_bytes,
    to_geojson_bytes,
)
from components.filters import EventFilter
from components.mapdeck import map_caption
from components.schema import BUILD_COMMAND, GEO_PRECISION_LABELS, Dataset, TableError
from components.text import md_escape, safe_url

TABLE_ROWS = 1000  # the table shows at most this many rows; the downloads have them all
TABLE_COLUMNS = [
    "_start",
    "_end",
    "date_precision",
    "status",
    "title",
    "event_type",
    "category",
    "actor1",
    "actor2",
    "location",
    "admin1",
    "admin2",
    "country",
    "fatalities",
    "geo_precision",
    "source_count",
    "confidence",
    "event_id",
]


def build_command(data_dir: Path, default_dir: Path) -> str:
    """The build command that writes into data_dir (with --out unless it is the default)."""
    if Path(data_dir).resolve() == Path(default_dir).resolve():
        return BUILD_COMMAND
    return f"{BUILD_COMMAND} --out {shlex.quote(str(Path(data_dir).resolve()))}"


def render_missing_table(data_dir: Path, default_dir: Path) -> None:
    """Explain how to build the tables when events.csv does not exist."""
    st.title("Sahel events")
    st.info(f"No events table found in {md_escape(data_dir)}. Build it from the articles with:")
    st.code(build_command(data_dir, default_dir), language="bash")


def render_table_error(err: TableError) -> None:
    """Title and the reason the event table cannot be used."""
    st.title("Sahel events")
    st.error(table_error_text(err))


def table_error_text(err: TableError) -> str:
    """The error shown when the event table cannot be used; the reason is escaped."""
    return f"The event table cannot be used: {md_escape(err)}"


def built_text(value: object) -> str:
    """A build timestamp as 'YYYY-MM-DD HH:MM UTC'; other text is shown as it is."""
    if value is None or value == "":
        return "unknown time"
    try:
        stamp = datetime.fromisoformat(str(value).strip())
    except ValueError:
        return str(value)
    if stamp.tzinfo is None:
        return f"{stamp:%Y-%m-%d %H:%M}"
    return f"{stamp.astimezone(UTC):%Y-%m-%d %H:%M} UTC"


def header_caption(data: Dataset) -> str:
    """One line on what this is, how much it holds and when it was built (build.json escaped)."""
    read = data.build.get("articles_read", int((data.articles.get("status") == "read").sum()))
    built = built_text(data.build.get("built_at"))
    return (
        f"Events extracted automatically from news articles about the central Sahel and the "
        f"Liptako-Gourma area. {md_escape(read)} articles read, {len(data.events)} events; "
        f"table built {md_escape(built)}."
    )


def render_header(data: Dataset) -> None:
    """Title and one line on what this is, how much it holds and when it was built."""
    st.title("Sahel events: Mali, Burkina Faso, Niger")
    st.caption(header_caption(data))


def render_problems(data: Dataset) -> None:
    """A warning for each optional file (build.json, mentions.csv, articles.csv) left out."""
    for problem in data.problems:
        st.warning(md_escape(problem))


def render_rejected(data: Dataset) -> None:
    """A visible warning listing the rows of events.csv that failed validation."""
    if not data.rejected:
        return
    lines = [
        f"- line {r.line} ({md_escape(r.event_id or 'no id')}): " + md_escape("; ".join(r.reasons))
        for r in data.rejected
    ]
    more = [f"- and {len(lines) - 50} more"] if len(lines) > 50 else []
    st.warning(
        f"{len(data.rejected)} row(s) of events.csv were rejected and are not shown:\n\n"
        + "\n".join(lines[:50] + more)
    )


def _distinct_items(cells: pd.Series) -> set[str]:
    """Distinct items of `; `-separated cells (arrow kernels: fast on 100,000 rows)."""
    # the distinct cells first: many events repeat a cell, and splitting costs more than hashing
    distinct = pc.unique(pa.array(cells.astype(str), type=pa.string()))
    parts = pc.split_pattern(distinct, ";")
    items = pc.utf8_trim_whitespace(pc.list_flatten(parts))
    return {item for item in pc.unique(items).to_pylist() if item}


def fatalities_figure(events: pd.DataFrame) -> tuple[str, str]:
    """The total of reported fatalities, and a note on how many events give a figure."""
    known = events["_fatalities"].notna() if "_fatalities" in events else events["event_id"] == ""
    total = int(events.loc[known, "_fatalities"].sum()) if known.any() else 0
    missing = int((~known).sum())
    note = f"Sum of the figures the texts give, in {int(known.sum()):,} events"
    if missing:
        note += f"; {missing:,} events give no figure and count as none"
    return f"{total:,}", note + "."


def key_figures(events: pd.DataFrame) -> dict[str, str]:
    """Events, fatalities, distinct actors, date span and distinct sources (filtered events)."""
    actors = set(events["actor1"].unique()) | set(events["actor2"].unique())
    actors |= _distinct_items(events["assoc_actors"])
    actors.discard("")
    sources = _distinct_items(events["sources"])
    if len(events) and events["_start"].notna().any():
        span = f"{events['_start'].min():%b %Y} – {events['_end'].max():%b %Y}"
    else:
        span = "none"
    return {
        "Events": f"{len(events):,}",
        "Fatalities": fatalities_figure(events)[0],
        "Actors": f"{len(actors):,}",
        "Date span": span,
        "Sources": f"{len(sources):,}",
    }


@dataclass(frozen=True)
class ShownFacts:
    """What the page says about the filtered events besides the charts."""

    figures: dict[str, str]  # see key_figures
    fatalities_note: str  # how many events give a figure
    types: tuple[str, ...]  # the event types shown, for the legends
    map_caption: str  # how many events the map shows, and how many are rings


def shown_facts(events: pd.DataFrame) -> ShownFacts:
    """The key figures, the note on fatalities, the types and the map's caption of `events`."""
    return ShownFacts(
        figures=key_figures(events),
        fatalities_note=fatalities_figure(events)[1],
        types=tuple(sorted(events["event_type"].unique())),
        map_caption=map_caption(events),
    )


def render_key_figures(facts: ShownFacts) -> None:
    """Five metrics (see `key_figures`) in a row that wraps on a phone (columns would stack
    one per line); the fatalities metric explains its sum in a tooltip."""
    notes = {"Fatalities": facts.fatalities_note}
    with st.container(horizontal=True, wrap=True, gap="large", key="key-figures"):
        for label, value in facts.figures.items():
            st.metric(label, value, help=notes.get(label), width="content")


def table_frame(events: pd.DataFrame) -> pd.DataFrame:
    """The filtered events as the table shows them (dates as dates), sorted by date."""
    # the loader sorts by date and a mask keeps that order, so no sort per rerun
    shown = events.head(TABLE_ROWS)
    return shown[TABLE_COLUMNS].rename(columns={"_start": "date_start", "_end": "date_end"})


def selected_in_table(state: object, events: pd.DataFrame) -> str | None:
    """The event id of the row selected in the table drawn from `events`, if any."""
    try:
        rows = state["selection"]["rows"]
    except (KeyError, TypeError):
        return None
    if not rows:
        return None
    return str(table_frame(events).iloc[rows[0]]["event_id"])


def render_table(events: pd.DataFrame, on_select, total: int | None = None) -> None:
    """The filtered events table; selecting a row selects the event.

    `events` may hold only the first TABLE_ROWS of the `total` filtered events.
    """
    total = len(events) if total is None else total
    if total > TABLE_ROWS:
        st.caption(f"Showing the first {TABLE_ROWS:,} of {total:,} events; download for all.")
    st.dataframe(
        table_frame(events),
        hide_index=True,
        key="table",
        on_select=on_select,
        selection_mode="single-row",
        column_config={
            "date_start": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
            "date_end": st.column_config.DateColumn("To", format="YYYY-MM-DD"),
            "date_precision": "Precision",
            "status": "Status",
            "title": st.column_config.TextColumn("Title", width="large"),
            "event_type": "Event type",
            "category": "Category",
            "actor1": "Actor 1",
            "actor2": "Actor 2",
            "location": "Place",
            "country": "Country",
            "admin1": "Region",
            "admin2": "District",
            "fatalities": "Fatalities",
            "geo_precision": st.column_config.NumberColumn("Geo precision", format="%d"),
            "source_count": st.column_config.NumberColumn("Sources", format="%d"),
            "confidence": st.column_config.NumberColumn("Confidence", format="%.2f"),
            "event_id": "Event id",
        },
    )


def all_events_file(data: Dataset) -> tuple[bytes, str]:
    """The CSV of all events and its file name (made once per table by the page)."""
    span = EventFilter().file_span(data.events)
    return to_csv_bytes(data.events, data.export_columns), file_name("events-all", span)


def render_downloads(
    data: Dataset, filtered: pd.DataFrame, flt: EventFilter, all_file: tuple[bytes, str]
) -> None:
    """The downloads; the filtered files are generated when their button is clicked.

    `filtered` may hold fewer columns than the table: the files read its rows from `data`.
    `all_file` is `all_events_file(data)`.
    """
    columns = data.export_columns

    def rows() -> pd.DataFrame:
        return data.events.loc[filtered.index]

    span, words = flt.file_span(filtered), flt.file_words()
    first, second = st.columns(2)
    first.download_button(
        "Download filtered events (CSV)",
        data=lambda: to_csv_bytes(rows(), columns),
        file_name=filtered_name("events", span, words),
        mime="text/csv",
        on_click="ignore",
        key="dl_filtered",
    )
    second.download_button(
        "Download filtered events (GeoJSON)",
        data=lambda: to_geojson_bytes(rows(), columns),
        file_name=filtered_name("events", span, words, "geojson"),
        mime="application/geo+json",
        on_click="ignore",
        key="dl_geojson",
        help="The filtered events that have coordinates, every column as a property "
        "(QGIS, kepler.gl).",
    )
    third, fourth = st.columns(2)
    third.download_button(
        "Download mentions of the filtered events (CSV)",
        data=lambda: to_csv_bytes(mentions_of(data.mentions, filtered)),
        file_name=filtered_name("mentions", span, words),
        mime="text/csv",
        on_click="ignore",
        key="dl_mentions",
    )
    fourth.download_button(
        "Download all events (CSV)",
        data=all_file[0],
        file_name=all_file[1],
        mime="text/csv",
        on_click="ignore",
        key="dl_all",
    )


ARTICLE_LABELS = {
    "article_id": "Article id",
    "title": "Title",
    "author": "Author",
    "outlet": "Outlet",
    "url": "Link",
    "published": "Published",
    "published_estimated": "Date estimated",
    "language": "Language",
    "status": "Status",
    "problem": "Problem",
    "sentences": "Sentences",
    "mentions": "Mentions",
    "events": "Events",
}


def articles_frame(articles: pd.DataFrame) -> pd.DataFrame:
    """Articles for display: labelled columns, blanks for missing values (never "None"), and
    links that are not plain http(s) dropped."""
    shown = articles.copy().astype(object).where(articles.notna(), "")
    shown = shown.replace({"None": "", "nan": ""})
    if "url" in shown.columns:
        shown["url"] = shown["url"].map(safe_url)
    return shown.rename(columns=ARTICLE_LABELS)


def render_articles(articles: pd.DataFrame) -> None:
    """The list of articles, read and rejected."""
    st.dataframe(
        articles_frame(articles),
        hide_index=True,
        column_config={
            "Link": st.column_config.LinkColumn("Link"),
            "Title": st.column_config.TextColumn("Title", width="large"),
        },
    )


ABOUT = f"""
**How events are extracted.** `{BUILD_COMMAND}` reads each article in `data/articles`, splits
it into sentences and looks for an event trigger (captured, signed, attacked, ...) with its
date phrase, place names and actor names. Relative dates ("On Saturday", "last year") are
resolved against the article's publication date; places are resolved with an offline
gazetteer and the article's context; actor aliases map to canonical names from the actor
registry. Mentions of the same event in several articles are merged into one event, and
every event keeps the sentence of each source that supports it (click an event).

**Dates.** `date_start` and `date_end` are the earliest and latest possible day (inclusive).
Precision `day`, `week`, `month`, `year`, or `range` (a span that is not one calendar unit).
On the timeline a dot is a day; a bar covers the whole span the text allows. `scheduled`
events (after the publication date, e.g. a deadline) are hollow or hatched.

**Places (geo_precision, as in ACLED).**
{chr(10).join(f"- {code}: {text}" for code, text in GEO_PRECISION_LABELS.items())}

On the map a filled dot is precision 1; a ring is precision 2 or 3, placed at a region or
country centroid, not at a town.

**Known limits.** Extraction is automatic and rule-based: it can miss events, split one event
in two or attach the wrong date or place, and it only knows what the articles say. Counts
reflect coverage in the articles, not the intensity of the conflict. Check the evidence
sentence before citing an event.

**Credits.** Place names and coordinates: GeoNames (CC BY 4.0). Borders: Natural Earth
(public domain). Event taxonomy and column names follow ACLED.
"""


def render_about() -> None:
    """The About the data section."""
    st.markdown(ABOUT)
