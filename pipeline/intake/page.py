"""Article text and metadata from a web page, with trafilatura."""

import json
import re
from datetime import date

import trafilatura
from lxml import html as lxml_html

from pipeline.records import ArticleDraft

MIN_TEXT_CHARS = 200  # less is a teaser, an index page or an error page, not an article
_LANG = re.compile(r"^[a-z]{2,3}")
# Dates come from the page's metadata and URL only: a date found in the body is an event's date.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


class PageError(ValueError):
    """A page that holds no article; str() says why."""


def decode_page(body: bytes, charset: str | None) -> str:
    """The page's text: its declared charset, else UTF-8, else Windows-1252 (never fails)."""
    for encoding in (charset, "utf-8"):
        if encoding:
            try:
                return body.decode(encoding)
            except (LookupError, UnicodeDecodeError):
                continue
    return body.decode("cp1252", errors="replace")


def page_language(html: str) -> str | None:
    """The two- or three-letter language code of the page's <html lang>, if it declares one."""
    try:
        root = lxml_html.fromstring(html)
    except (ValueError, lxml_html.etree.ParserError):
        return None
    match = _LANG.match((root.get("lang") or "").strip().lower())
    return match.group() if match else None


def _date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    return " ".join(value.split()) or None


def draft_from_html(html: str, url: str | None) -> ArticleDraft:
    """The article in a page: text, title, date, author, outlet and language; PageError if none."""
    try:
        found = trafilatura.extract(
            html,
            url=url,
            output_format="json",
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
    except (ValueError, TypeError) as error:
        raise PageError(f"the page could not be parsed ({error})") from None
    meta = json.loads(found) if found else {}
    text = (meta.get("text") or "").strip()
    if len(text) < MIN_TEXT_CHARS:
        raise PageError("no article text found on the page (too little text outside menus)")
    title = _clean(meta.get("title"))
    if not title:
        raise PageError("the page has no title")
    outlet = _clean(meta.get("sitename")) or _clean(meta.get("source-hostname"))
    return ArticleDraft(
        title=title,
        text=text,
        published=_date(meta.get("date")),
        author=_clean(meta.get("author")),
        outlet=outlet or _clean(meta.get("hostname")),
        url=url,
        language=_clean(meta.get("language")) or page_language(html) or "en",
    )
