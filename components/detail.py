"""Detail of one event: its dates, actors, place and the evidence sentence of every source."""

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.corrections_form import Review, render_review
from components.schema import is_missing, split_list
from components.style import precision_label
from components.text import md_escape, md_link


@dataclass(frozen=True)
class Evidence:
    """One source's sentence for an event, with where it comes from."""

    article_id: str
    sentence: str
    article_title: str
    outlet: str
    url: str


@dataclass(frozen=True)
class EventDetail:
    """Everything the detail panel shows, as plain (unescaped) text."""

    event_id: str
    title: str
    date_text: str
    date_start: str
    date_end: str
    date_precision: str
    status: str
    event_type: str
    sub_event_type: str
    actors: tuple[str, ...]
    place: str
    geo_precision: int
    evidence: tuple[Evidence, ...]
    fatalities: str = ""  # as written in events.csv; blank when the text gives none


def _text(value: object) -> str:
    return "" if is_missing(value) else str(value)


def find_event(events: pd.DataFrame, event_id: str | None) -> pd.Series | None:
    """The row of `events` with this event id, or None when it is not among them."""
    if not event_id:
        return None
    hits = events[events["event_id"] == event_id]
    return hits.iloc[0] if len(hits) else None


def build_detail(event: pd.Series, mentions: pd.DataFrame, articles: pd.DataFrame) -> EventDetail:
    """Gather an event's detail; each source's sentence comes from mentions.csv."""
    by_id = articles.set_index("article_id") if len(articles) else articles
    own = mentions[mentions["event_id"] == event["event_id"]] if len(mentions) else mentions
    pairs = [(_text(m["article_id"]), _text(m["sentence"])) for _, m in own.iterrows()]
    if not pairs:
        first, *rest = split_list(event["sources"]) or [""]
        pairs = [(first, _text(event["evidence"]))] + [(src, "") for src in rest]
    evidence = []
    for article_id, sentence in dict.fromkeys(pairs):
        meta = by_id.loc[article_id] if article_id in by_id.index else None
        if isinstance(meta, pd.DataFrame):
            meta = meta.iloc[0]
        evidence.append(
            Evidence(
                article_id=article_id,
                sentence=sentence,
                article_title=_text(meta["title"]) if meta is not None else article_id,
                outlet=_text(meta["outlet"]) if meta is not None else "",
                url=_text(meta["url"]) if meta is not None else "",
            )
        )
    actors = [event["actor1"], event["actor2"], *split_list(event["assoc_actors"])]
    parts = ("location", "admin2", "admin1", "country")
    place = ", ".join(dict.fromkeys(_text(event.get(c)) for c in parts if _text(event.get(c))))
    return EventDetail(
        event_id=_text(event["event_id"]),
        title=_text(event["title"]),
        date_text=_text(event["date_text"]),
        date_start=_text(event["date_start"]),
        date_end=_text(event["date_end"]),
        date_precision=_text(event["date_precision"]),
        status=_text(event["status"]),
        event_type=_text(event["event_type"]),
        sub_event_type=_text(event["sub_event_type"]),
        actors=tuple(dict.fromkeys(a for a in actors if _text(a))),
        place=place or "place unknown",
        geo_precision=int(event["geo_precision"]),
        evidence=tuple(evidence),
        fatalities=_text(event.get("fatalities")).strip(),
    )


def _plural(count: int, noun: str) -> str:
    return f"{count} {noun}" + ("" if count == 1 else "s")


def evidence_count(detail: EventDetail) -> str:
    """'3 sentences from 2 sources': quoted sentences and the distinct articles they come from."""
    sentences = sum(1 for item in detail.evidence if item.sentence)
    sources = len({item.article_id for item in detail.evidence if item.article_id})
    return f"{_plural(sentences, 'sentence')} from {_plural(sources, 'source')}"


def detail_markdown(detail: EventDetail) -> str:
    """The detail panel as markdown in which every value from the data is escaped."""
    if detail.date_start == detail.date_end:
        resolved = detail.date_start
    else:
        resolved = f"{detail.date_start} to {detail.date_end}"
    lines = [
        f"#### {md_escape(detail.title)}",
        f"**Date:** {md_escape(detail.date_text or 'not written')} → {md_escape(resolved)} "
        f"(precision: {md_escape(detail.date_precision)}; status: {md_escape(detail.status)})",
        f"**Type:** {md_escape(detail.event_type)} / {md_escape(detail.sub_event_type)}",
        f"**Fatalities:** {md_escape(detail.fatalities or 'not reported in the text')}",
        "**Actors:** " + (", ".join(md_escape(a) for a in detail.actors) or "none named"),
        f"**Place:** {md_escape(detail.place)} (geo precision {detail.geo_precision}: "
        f"{md_escape(precision_label(detail.geo_precision))})",
        f"**Evidence** ({evidence_count(detail)}):",
    ]
    for item in detail.evidence:
        quote = md_escape(item.sentence) if item.sentence else "_no sentence recorded_"
        source = md_link(item.article_title or item.article_id, item.url)
        if item.outlet:
            source += f", {md_escape(item.outlet)}"
        lines.append(f"> {quote}\n>\n> — {source} ({md_escape(item.article_id)})")
    return "\n\n".join(lines)


def render_detail(detail: EventDetail, review: Review | None = None) -> None:
    """Draw the detail panel (with the analyst's review, and in edit mode the correction form)."""
    with st.container(border=True, key="event-detail"):
        st.markdown(detail_markdown(detail))
        render_review(review)
