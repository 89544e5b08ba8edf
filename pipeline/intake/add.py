"""Add articles from URLs, saved pages or plain text files; each gets one clear outcome."""

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from pipeline.intake.fetch import Fetcher, FetchError
from pipeline.intake.page import PageError, decode_page, draft_from_html
from pipeline.intake.store import ArticleStore, oversize
from pipeline.records import ArticleDraft

MAX_FILE_BYTES = 5_000_000


@dataclass(frozen=True)
class Outcome:
    """What became of one source (`added`, `duplicate`, `failed`; for feeds also `skipped` and
    `unchanged`), and a sentence saying so."""

    source: str
    status: str
    message: str
    article_id: str = ""

    @property
    def added(self) -> bool:
        """Whether a new article file was written."""
        return self.status == "added"


def save_draft(store: ArticleStore, draft: ArticleDraft, source: str, today: date) -> Outcome:
    """Write a draft unless the folder already has its URL or its text; say what happened."""
    too_large = oversize(draft)
    if too_large:
        return Outcome(source, "failed", f"{source}: {too_large}")
    saved = store.save(draft, today)
    if not saved.added:
        same = "page" if draft.url and store.url_owner(draft.url) else "text"
        return Outcome(
            source,
            "duplicate",
            f"{source}: already added as {saved.article_id} (same {same})",
            saved.article_id,
        )
    message = f"{source}: added as {saved.article_id}.txt"
    if saved.published_estimated:
        message += f" (no publication date found: {today.isoformat()}, the fetch date, is used)"
    return Outcome(source, "added", message, saved.article_id)


def add_page(store: ArticleStore, html: str, url: str | None, source: str, today: date) -> Outcome:
    """Add the article of one page's HTML."""
    try:
        draft = draft_from_html(html, url)
    except PageError as error:
        return Outcome(source, "failed", f"{source}: {error}")
    return save_draft(store, draft, source, today)


def fetch_draft(fetcher: Fetcher, url: str) -> ArticleDraft:
    """Fetch a page and take its article; FetchError or PageError (with the URL) say why not."""
    page = fetcher.fetch(url)
    try:
        draft = draft_from_html(decode_page(page.body, page.charset), page.url)
    except PageError as error:
        raise PageError(f"{url}: {error}") from None
    too_large = oversize(draft)
    if too_large:
        raise PageError(f"{url}: {too_large}")
    return draft


def add_url(store: ArticleStore, fetcher: Fetcher, url: str, today: date) -> Outcome:
    """Fetch one URL and add its article; a URL already in the folder is not fetched again."""
    url = url.strip()
    owner = store.url_owner(url)
    if owner is not None:
        message = f"{url}: already added as {owner} (same page); not fetched again"
        return Outcome(url, "duplicate", message, owner)
    try:
        draft = fetch_draft(fetcher, url)
    except (FetchError, PageError) as error:
        return Outcome(url, "failed", str(error))
    return save_draft(store, draft, url, today)


def _read_limited(path: Path) -> bytes:
    if not path.is_file():
        raise OSError(f"{path.name}: no such file")
    if path.stat().st_size > MAX_FILE_BYTES:
        raise OSError(f"{path.name}: larger than {MAX_FILE_BYTES:,} bytes; not read")
    return path.read_bytes()


def add_html_file(store: ArticleStore, path: Path, url: str | None, today: date) -> Outcome:
    """Add the article of a page saved from a browser."""
    try:
        raw = _read_limited(path)
    except OSError as error:
        return Outcome(path.name, "failed", str(error))
    return add_page(store, decode_page(raw, None), url, path.name, today)


def add_text(
    store: ArticleStore,
    text: str,
    source: str,
    today: date,
    *,
    title: str,
    published: date | None,
    url: str | None = None,
    outlet: str | None = None,
) -> Outcome:
    """Add plain text (no header) with the title and date the user gives."""
    if not text.strip():
        return Outcome(source, "failed", f"{source}: the text is empty")
    if not title.strip():
        return Outcome(source, "failed", f"{source}: a title is needed for plain text")
    draft = ArticleDraft(
        title=" ".join(title.split()), text=text, published=published, outlet=outlet, url=url
    )
    return save_draft(store, draft, source, today)


def add_text_file(
    store: ArticleStore, path: Path, today: date, *, title: str, published: date | None
) -> Outcome:
    """Add a plain .txt file with no header, taking its title and date from the options."""
    try:
        text = decode_page(_read_limited(path), None)
    except OSError as error:
        return Outcome(path.name, "failed", str(error))
    if text.startswith("---"):
        return Outcome(
            path.name,
            "failed",
            f"{path.name}: it already has a front-matter header; copy it into the articles folder",
        )
    return add_text(store, text, path.name, today, title=title, published=published)
