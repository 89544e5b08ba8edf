"""Honest status: what the build left out (rejected articles, mentions without a date or a
place, places it could not resolve), counted in the header and listed for the reader."""

import pandas as pd
import streamlit as st

from components.schema import Dataset
from components.text import md_escape

PLACE_KEYS = ("place_text", "place", "text", "location")  # the place as written, by any name


def _records(build: dict, key: str) -> list[dict]:
    """A list of objects from build.json; anything else in its place counts as none."""
    value = build.get(key)
    return [item for item in value if isinstance(item, dict)] if isinstance(value, list) else []


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def rejected_articles(data: Dataset) -> pd.DataFrame:
    """Articles the build could not read, with the reason (build.json, else articles.csv)."""
    rows = [
        {"Article": _cell(r.get("article_id")), "Why": _cell(r.get("reason"))}
        for r in _records(data.build, "rejected")
    ]
    if not rows and "status" in data.articles.columns:
        bad = data.articles[data.articles["status"] == "rejected"]
        problem = bad["problem"] if "problem" in bad.columns else pd.Series("", index=bad.index)
        rows = [
            {"Article": _cell(a), "Why": _cell(p)}
            for a, p in zip(bad["article_id"], problem, strict=True)
        ]
    return pd.DataFrame(rows, columns=["Article", "Why"])


def left_out_mentions(data: Dataset) -> pd.DataFrame:
    """Event mentions left out because the text gives no date or no place for them."""
    rows = [
        {
            "Article": _cell(m.get("article_id")),
            "Word": _cell(m.get("trigger_text")),
            "Category": _cell(m.get("category")),
            "Why": _cell(m.get("reason")),
            "Sentence": _cell(m.get("sentence")),
        }
        for m in _records(data.build, "undated_mentions")
    ]
    return pd.DataFrame(rows, columns=["Article", "Word", "Category", "Why", "Sentence"])


def unresolved_places(data: Dataset) -> pd.DataFrame:
    """Place names the build found but could not place (build.json `unresolved_places`)."""
    rows = []
    for item in _records(data.build, "unresolved_places"):
        place = next((item[k] for k in PLACE_KEYS if item.get(k)), "")
        rows.append({"Place as written": _cell(place), "Article": _cell(item.get("article_id"))})
    return pd.DataFrame(rows, columns=["Place as written", "Article"])


def _plural(count: int, one: str, many: str) -> str:
    return f"{count:,} {one if count == 1 else many}"


def status_line(data: Dataset) -> str:
    """'1 article rejected; 2 event mentions left out (no date or no place)', or ''."""
    parts = []
    rejected = len(rejected_articles(data))
    left_out = len(left_out_mentions(data)) or int(data.build.get("undated") or 0)
    if rejected:
        parts.append(f"{_plural(rejected, 'article', 'articles')} rejected")
    if left_out:
        mentions = _plural(left_out, "event mention", "event mentions")
        parts.append(f"{mentions} left out (no date or no place)")
    return "; ".join(parts)


def render_status(data: Dataset, line: str) -> None:
    """A warning line in the header with the counts (`status_line(data)`, which the page makes
    once per table), opening onto the lists."""
    if not line:
        return
    # built only once opened (a rerun): closed, its two tables cost every page load their drawing
    box = st.expander(
        f"⚠️ Not in the table: {line}. See the list", key="status_lists", on_change="rerun"
    )
    if not box.open:
        return
    with box:
        rejected = rejected_articles(data)
        if len(rejected):
            st.markdown("**Articles that could not be read**")
            st.dataframe(rejected, hide_index=True)
        mentions = left_out_mentions(data)
        if len(mentions):
            st.markdown(
                "**Event mentions left out**: the text gives no date, or no place, for them."
            )
            st.dataframe(mentions, hide_index=True)


def render_unresolved(data: Dataset) -> None:
    """The list of places the build could not resolve, for About the data."""
    places = unresolved_places(data)
    st.markdown("**Places that could not be resolved**")
    if places.empty:
        st.caption("None listed in build.json.")
        return
    st.caption(
        md_escape(
            f"{len(places)} place name(s) were found in the articles but not in the gazetteer; "
            "their events fall back to a region or the country (a ring on the map). Add them "
            "to data/knowledge/places.csv with a source and rebuild."
        )
    )
    st.dataframe(places, hide_index=True)
