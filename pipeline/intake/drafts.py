"""Drafts from what the dashboard receives (uploads, pasted text), and their events, unsaved."""

from datetime import date
from pathlib import PurePath

from pipeline.contract import LIST_SEPARATOR
from pipeline.extract import Extractor
from pipeline.intake.add import MAX_FILE_BYTES
from pipeline.intake.page import PageError, decode_page, draft_from_html
from pipeline.intake.store import oversize
from pipeline.records import Article, ArticleDraft, EventMention

UPLOAD_TYPES = ("html", "htm", "txt")
PREVIEW_ID = "preview"


def draft_from_upload(
    name: str, data: bytes, *, published: date | None, url: str | None = None
) -> ArticleDraft:
    """A saved page (.html/.htm) or a plain .txt (its first line is the title); PageError if not.

    The name is only shown and its extension read: it never becomes a path.
    """
    label = PurePath(name).name or "the file"
    suffix = PurePath(label).suffix.lower().lstrip(".")
    if suffix not in UPLOAD_TYPES:
        raise PageError(f"{label}: only .html, .htm and .txt files can be added")
    if len(data) > MAX_FILE_BYTES:
        raise PageError(f"{label}: larger than {MAX_FILE_BYTES:,} bytes; not read")
    if b"\x00" in data:
        raise PageError(f"{label}: a binary file, not a page or a text")
    text = decode_page(data, None)
    if suffix != "txt":
        try:
            draft = draft_from_html(text, url)
        except PageError as error:
            raise PageError(f"{label}: {error}") from None
        return _within_limit(draft, label)
    title, _, body = text.strip().partition("\n")
    return draft_from_pasted(title, body, published=published, url=url, label=label)


def _within_limit(draft: ArticleDraft, label: str) -> ArticleDraft:
    too_large = oversize(draft)
    if too_large:
        raise PageError(f"{label}: {too_large}")
    return draft


def draft_from_pasted(
    title: str, text: str, *, published: date | None, url: str | None = None, label: str = "text"
) -> ArticleDraft:
    """Pasted text with its title and date; PageError when the title or the text is missing."""
    title = " ".join(title.split())
    if not title:
        raise PageError(f"{label}: a title is needed")
    if not text.strip():
        raise PageError(f"{label}: the text is empty")
    draft = ArticleDraft(title=title, text=text.strip(), published=published, url=url or None)
    return _within_limit(draft, label)


def preview_events(draft: ArticleDraft, extractor: Extractor, today: date) -> list[EventMention]:
    """The placed, dated event mentions the build would find in the draft."""
    article = Article(
        article_id=PREVIEW_ID,
        title=draft.title,
        published=draft.published or today,
        body=draft.text,
        author=draft.author,
        outlet=draft.outlet,
        url=draft.url,
        published_estimated=draft.published is None,
        language=draft.language,
    )
    return [m for m in extractor.extract(article).mentions if m.place is not None]


def preview_rows(mentions: list[EventMention]) -> list[dict[str, str]]:
    """One plain row per mention for a preview table."""
    rows = []
    for m in mentions:
        span = m.date.date_start.isoformat() if m.date else ""
        if m.date and m.date.date_end != m.date.date_start:
            span += f" to {m.date.date_end.isoformat()}"
        rows.append(
            {
                "event": m.trigger.category,
                "date": span,
                "place": m.place.name if m.place else "",
                "actors": LIST_SEPARATOR.join(m.actors),
                "sentence": " ".join(m.sentence.split()),
            }
        )
    return rows
