"""An event's review status, and in edit mode the form that appends to corrections.csv."""

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from components.editing import EditSettings, gazetteer_places, run_rebuild
from components.schema import is_missing
from components.text import md_escape
from pipeline.contract import SUB_EVENT_TYPES
from pipeline.corrections import CorrectionError, append_corrections
from pipeline.records import Correction

TYPE_SEPARATOR = " / "
TYPE_CHOICES = tuple(
    f"{kind}{TYPE_SEPARATOR}{sub}" for kind, subs in SUB_EVENT_TYPES.items() for sub in subs
)
VERIFIED_CHOICES = ("unchanged", "yes", "no")


def _text(row: pd.Series, column: str) -> str:
    value = row.get(column)
    return "" if is_missing(value) else str(value)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


@dataclass(frozen=True)
class Review:
    """What an analyst did to an event so far, its current values, and the edit settings."""

    event_id: str
    verified: bool
    corrected: str
    fatalities: str
    event_type: str
    sub_event_type: str
    actor1: str
    actor2: str
    date_start: date | None
    date_end: date | None
    editing: EditSettings


def build_review(event: pd.Series, editing: EditSettings) -> Review:
    """The review of one events.csv row."""
    fatalities = _text(event, "fatalities")
    if fatalities.endswith(".0"):
        fatalities = fatalities[:-2]
    return Review(
        event_id=_text(event, "event_id"),
        verified=_text(event, "verified").lower() == "true",
        corrected=_text(event, "corrected"),
        fatalities=fatalities,
        event_type=_text(event, "event_type"),
        sub_event_type=_text(event, "sub_event_type"),
        actor1=_text(event, "actor1"),
        actor2=_text(event, "actor2"),
        date_start=_day(_text(event, "date_start")),
        date_end=_day(_text(event, "date_end")),
        editing=editing,
    )


def review_markdown(review: Review) -> str:
    """One line: fatalities, verified, and which fields an analyst corrected."""
    parts = [f"**Fatalities:** {md_escape(review.fatalities) or 'not reported'}"]
    if review.verified:
        parts.append("**Verified** by an analyst")
    if review.corrected:
        parts.append(f"**Corrected:** {md_escape(review.corrected)}")
    return " · ".join(parts)


@dataclass(frozen=True)
class FormAnswers:
    """What the analyst chose in the form; None or "unchanged" leaves a field alone."""

    verified: str = "unchanged"
    rejected: bool = False
    event_type: str = ""  # "Battles / Armed clash"
    actor1: str = ""
    actor2: str = ""
    location: str | None = None
    date_start: date | None = None
    date_end: date | None = None
    fatalities: int | None = None
    note: str = ""


def corrections_from_form(review: Review, answers: FormAnswers) -> list[Correction]:
    """One correction row per field the analyst changed; CorrectionError when there is none."""
    changes: list[tuple[str, str]] = []
    if answers.rejected:
        changes.append(("rejected", "yes"))
    if answers.verified != "unchanged":
        changes.append(("verified", answers.verified))
    kind, _, sub = answers.event_type.partition(TYPE_SEPARATOR)
    if kind and kind != review.event_type:
        changes.append(("event_type", kind))
    if sub and sub != review.sub_event_type:
        changes.append(("sub_event_type", sub))
    for field, now, before in (
        ("actor1", answers.actor1.strip(), review.actor1),
        ("actor2", answers.actor2.strip(), review.actor2),
    ):
        if now != before:
            changes.append((field, now))
    if answers.location:
        changes.append(("location", answers.location))
    for field, day, before in (
        ("date_start", answers.date_start, review.date_start),
        ("date_end", answers.date_end, review.date_end),
    ):
        if day is not None and day != before:
            changes.append((field, day.isoformat()))
    if answers.fatalities is not None and str(answers.fatalities) != review.fatalities:
        changes.append(("fatalities", str(answers.fatalities)))
    if not changes:
        raise CorrectionError("Nothing was changed, so nothing was saved.")
    if not answers.note.strip():
        raise CorrectionError(
            "Add a note saying why (a source, a reason): it is kept with the change."
        )
    note = " ".join(answers.note.split())
    return [Correction(review.event_id, field, value, note) for field, value in changes]


def _pair(first, second) -> tuple:
    """Two widgets side by side, drawn by the two callables, on one row of their own."""
    left, right = st.columns(2)
    with left:
        a = first()
    with right:
        b = second()
    return a, b


def _ask(review: Review) -> FormAnswers:
    current = f"{review.event_type}{TYPE_SEPARATOR}{review.sub_event_type}"
    index = TYPE_CHOICES.index(current) if current in TYPE_CHOICES else None
    key = review.event_id  # one set of widgets per event, so values never leak between events
    rejected = st.checkbox("Reject: not a real event", key=f"fix_rejected_{key}")
    verified = st.selectbox("Verified", VERIFIED_CHOICES, key=f"fix_verified_{key}")
    event_type = st.selectbox("Type", TYPE_CHOICES, index=index, key=f"fix_type_{key}")
    # Actor names are long ("Coordination of Azawad Movements"): a full row each.
    actor1 = st.text_input("Actor 1", review.actor1, key=f"fix_actor1_{key}")
    actor2 = st.text_input("Actor 2", review.actor2, key=f"fix_actor2_{key}")
    location = st.selectbox(
        "Place (from the gazetteer)",
        list(gazetteer_places()),
        index=None,
        placeholder="unchanged",
        key=f"fix_location_{key}",
    )
    date_start, date_end = _pair(
        lambda: st.date_input("First day", review.date_start, key=f"fix_start_{key}"),
        lambda: st.date_input("Last day", review.date_end, key=f"fix_end_{key}"),
    )
    fatalities = st.number_input(
        "Fatalities",
        min_value=0,
        max_value=999_999,
        value=None,
        step=1,
        placeholder="unchanged",
        key=f"fix_fatalities_{key}",
    )
    note = st.text_input("Note (why; required)", key=f"fix_note_{key}")
    return FormAnswers(
        verified,
        rejected,
        event_type or "",
        actor1,
        actor2,
        location,
        date_start,
        date_end,
        fatalities,
        note,
    )


def render_review(review: Review | None) -> None:
    """The review line; in edit mode, the correction form below it."""
    if review is None:
        return
    st.markdown(review_markdown(review))
    if not review.editing.enabled:
        return
    with st.expander("Correct this event", expanded=False), st.form(f"fix-{review.event_id}"):
        answers = _ask(review)
        if not st.form_submit_button("Save the correction and rebuild", type="primary"):
            return
    try:
        rows = corrections_from_form(review, answers)
        append_corrections(review.editing.corrections, rows, gazetteer_places())
    except CorrectionError as error:
        st.error(md_escape(error))
        return
    except OSError as error:
        st.error(md_escape(f"The correction could not be saved: {error}"))
        return
    if run_rebuild(review.editing):
        st.toast(f"Saved {len(rows)} correction(s) to {review.editing.corrections.name}.")
        st.rerun()
