"""The "Add articles" page (edit mode only): paste URLs, upload pages or text, preview, save."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import PurePath

import pandas as pd
import streamlit as st

from components.editing import EditSettings, preview_extractor, run_rebuild
from components.text import md_escape
from pipeline.intake.add import MAX_FILE_BYTES, Outcome, fetch_draft, save_draft
from pipeline.intake.drafts import (
    UPLOAD_TYPES,
    draft_from_pasted,
    draft_from_upload,
    preview_events,
    preview_rows,
)
from pipeline.intake.fetch import Fetcher, FetchError
from pipeline.intake.page import PageError
from pipeline.intake.store import ArticleStore
from pipeline.records import ArticleDraft

PAGES = ("Events", "Add articles")
MAX_URLS = 20
MAX_FILES = 20  # each up to MAX_UPLOAD_MB: one press reads at most 100 MB
MAX_UPLOAD_MB = MAX_FILE_BYTES // 1_000_000
PENDING_KEY = "intake_pending"


@dataclass(frozen=True)
class Pending:
    """One source on its way in: its draft and the events found, or why it cannot be added."""

    source: str
    draft: ArticleDraft | None = None
    error: str = ""
    events: tuple[dict[str, str], ...] = field(default=())


def parse_urls(text: str) -> tuple[list[str], str]:
    """The URLs pasted, one a line, and a sentence when there are too many."""
    urls = list(dict.fromkeys(line.strip() for line in text.splitlines() if line.strip()))
    if len(urls) > MAX_URLS:
        return urls[:MAX_URLS], f"Only the first {MAX_URLS} addresses are taken at once."
    return urls, ""


def collect_drafts(
    urls: Sequence[str],
    uploads: Sequence[tuple[str, bytes]],
    pasted: tuple[str, str, date | None, str] | None,
    fetcher: Fetcher,
    txt_published: date | None,
) -> list[Pending]:
    """Drafts from every source given (nothing is saved); failures carry their sentence."""
    pending = []
    for url in urls:
        try:
            pending.append(Pending(url, fetch_draft(fetcher, url)))
        except (FetchError, PageError) as error:
            pending.append(Pending(url, error=str(error)))
    for number, (name, data) in enumerate(uploads):
        if number >= MAX_FILES:
            message = f"{PurePath(name).name}: not read; only {MAX_FILES} files are taken at once"
            pending.append(Pending(name, error=message))
            continue
        try:
            draft = draft_from_upload(name, data, published=txt_published)
            pending.append(Pending(name, draft))
        except PageError as error:
            pending.append(Pending(name, error=str(error)))
    if pasted is not None:
        title, text, published, url = pasted
        try:
            draft = draft_from_pasted(title, text, published=published, url=url or None)
            pending.append(Pending("pasted text", draft))
        except PageError as error:
            pending.append(Pending("pasted text", error=str(error)))
    return pending


def with_events(pending: list[Pending], today: date) -> list[Pending]:
    """Each draft with the events the build would find in it."""
    extractor = preview_extractor()
    return [
        Pending(
            p.source,
            p.draft,
            p.error,
            tuple(preview_rows(preview_events(p.draft, extractor, today))),
        )
        if p.draft
        else p
        for p in pending
    ]


def choose_page(editing: EditSettings) -> str:
    """The page to show; the "Add articles" page exists only in edit mode."""
    if not editing.enabled:
        return PAGES[0]
    return st.sidebar.radio("Page", PAGES, key="page", horizontal=True)


def _today() -> date:
    return datetime.now(UTC).date()


def _sources() -> tuple[list[str], list[tuple[str, bytes]], tuple | None, date | None]:
    urls_tab, files_tab, text_tab = st.tabs(["Web addresses", "Files", "Pasted text"])
    with urls_tab:
        urls, too_many = parse_urls(st.text_area("Web addresses, one a line", key="add_urls"))
        if too_many:
            st.warning(too_many)
    with files_tab:
        files = st.file_uploader(
            "Pages saved from a browser (.html) or plain text (.txt: the first line is the title)",
            type=list(UPLOAD_TYPES),
            accept_multiple_files=True,
            max_upload_size=MAX_UPLOAD_MB,
            key="add_files",
        )
        txt_date = st.date_input("Publication date of the .txt files", None, key="add_txt_date")
    with text_tab:
        title = st.text_input("Title", key="add_title")
        published = st.date_input("Publication date (empty: unknown)", None, key="add_date")
        url = st.text_input("Web address (optional)", key="add_url")
        text = st.text_area("Article text", height=200, key="add_text")
    pasted = (title, text, published, url) if (title.strip() or text.strip()) else None
    uploads = [(f.name, f.getvalue()) for f in files or []]
    return urls, uploads, pasted, txt_date


def _show(pending: list[Pending]) -> None:
    for item in pending:
        if item.draft is None:
            st.error(md_escape(item.error))
            continue
        draft = item.draft
        when = draft.published.isoformat() if draft.published else "no date found: today is used"
        st.markdown(f"**{md_escape(draft.title)}**")
        outlet = draft.outlet or "outlet unknown"
        st.caption(md_escape(f"{outlet} · {when} · {len(draft.text):,} characters"))
        if item.events:
            st.dataframe(pd.DataFrame(list(item.events)), hide_index=True)
        else:
            st.info("No dated, placed event found in this article; it can still be added.")


def _save(pending: list[Pending], editing: EditSettings) -> list[Outcome]:
    store = ArticleStore(editing.articles_dir)
    return [save_draft(store, p.draft, p.source, _today()) for p in pending if p.draft]


def render_add_articles(editing: EditSettings) -> None:
    """The whole page: sources, preview, then save and rebuild."""
    st.title("Add articles")
    st.caption(
        f"Up to {MAX_URLS} web addresses and {MAX_FILES} .html, .htm or .txt files of up to "
        f"{MAX_UPLOAD_MB} MB at once. Nothing is saved before you press Save."
    )
    urls, uploads, pasted, txt_date = _sources()
    if st.button("Preview the events", key="add_preview"):
        with st.spinner("Reading the articles..."):
            fetcher = Fetcher(allow_private=editing.fetch_local)
            found = collect_drafts(urls, uploads, pasted, fetcher, txt_date)
            st.session_state[PENDING_KEY] = with_events(found, _today())
    pending = st.session_state.get(PENDING_KEY, [])
    if not pending:
        return
    _show(pending)
    ready = [p for p in pending if p.draft]
    if ready and st.button(
        f"Save {len(ready)} article(s) and rebuild", type="primary", key="add_save"
    ):
        outcomes = _save(ready, editing)
        st.session_state[PENDING_KEY] = []
        for outcome in outcomes:
            (st.success if outcome.added else st.warning)(md_escape(outcome.message))
        if any(o.added for o in outcomes):
            run_rebuild(editing)
