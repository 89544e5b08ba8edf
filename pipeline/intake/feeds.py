"""Watch RSS/Atom feeds: keep the items about the Sahel, add their articles, politely."""

import json
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

import feedparser
from lxml import html as lxml_html

from pipeline.intake.add import Outcome, add_url, save_draft
from pipeline.intake.fetch import FEED_TYPES, Fetcher, FetchError, check_public
from pipeline.intake.page import MIN_TEXT_CHARS
from pipeline.intake.relevance import SahelTerms
from pipeline.intake.store import ArticleStore
from pipeline.output import replace_together
from pipeline.records import ArticleDraft

BACKOFF_BASE_SECONDS = 60.0
BACKOFF_MAX_SECONDS = 86_400.0


def read_feed_list(path: Path) -> list[str]:
    """Feed URLs, one a line; blank lines and `#` comments (whole or trailing) are ignored."""
    urls = []
    for line in path.read_text(encoding="utf-8").splitlines():
        url = line.strip()
        if url.startswith("#"):
            continue
        url = url.split(" #", 1)[0].strip()  # a '#' inside a URL is a fragment, not a comment
        if url:
            urls.append(url)
    return list(dict.fromkeys(urls))


@dataclass
class FeedState:
    """Per feed: the validators of its last answer and its error backoff; saved as JSON."""

    path: Path
    feeds: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> "FeedState":
        """The saved state, or an empty one when the file is missing or unreadable."""
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            data = {}
        return cls(path, data if isinstance(data, dict) else {})

    def save(self) -> None:
        """Write the state atomically."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(self.feeds, indent=2, sort_keys=True)
        replace_together([(self.path, lambda handle: handle.write(text))])

    def due(self, url: str, now: float) -> bool:
        """Whether the feed may be asked now (not in an error backoff)."""
        return self.feeds.get(url, {}).get("retry_after", 0.0) <= now

    def failed(self, url: str, now: float) -> float:
        """Record a failure; the wait before the next try doubles each time. Returns the wait."""
        entry = self.feeds.setdefault(url, {})
        entry["failures"] = entry.get("failures", 0) + 1
        wait = min(BACKOFF_BASE_SECONDS * 2 ** (entry["failures"] - 1), BACKOFF_MAX_SECONDS)
        entry["retry_after"] = now + wait
        return wait


def _plain(markup: str) -> str:
    if not markup.strip():
        return ""
    try:
        return lxml_html.fromstring(markup).text_content()
    except (ValueError, lxml_html.etree.ParserError):
        return markup


def _entry_text(entry) -> str:
    parts = [_plain(c.get("value", "")) for c in entry.get("content", [])]
    return "\n\n".join(p.strip() for p in parts if p.strip()) or _plain(entry.get("summary", ""))


def _entry_date(entry) -> date | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return date(*parsed[:3]) if parsed else None


@dataclass
class Watcher:
    """One pass over the feeds adds the new Sahel items; the state remembers validators."""

    store: ArticleStore
    fetcher: Fetcher
    terms: SahelTerms
    state: FeedState
    clock: Callable[[], float] = time.time

    def poll(self, feeds: list[str], today: date) -> list[Outcome]:
        """Ask each due feed once (conditional GET) and add its relevant new items."""
        outcomes = []
        for url in feeds:
            if not self.state.due(url, self.clock()):
                outcomes.append(Outcome(url, "skipped", f"{url}: waiting after earlier errors"))
                continue
            outcomes += self._poll_one(url, today)
        self.state.save()
        return outcomes

    def _poll_one(self, url: str, today: date) -> list[Outcome]:
        known = self.state.feeds.get(url, {})
        try:
            got = self.fetcher.fetch(url, FEED_TYPES, known.get("etag"), known.get("modified"))
        except FetchError as error:
            wait = self.state.failed(url, self.clock())
            return [Outcome(url, "failed", f"{error}; next try in {wait:.0f} s at the earliest")]
        if got.not_modified:
            return [Outcome(url, "unchanged", f"{url}: not changed since the last visit")]
        parsed = feedparser.parse(got.body)
        if parsed.bozo and not parsed.entries:
            wait = self.state.failed(url, self.clock())
            message = (
                f"{url}: not a readable RSS or Atom feed; next try in {wait:.0f} s at the earliest"
            )
            return [Outcome(url, "failed", message)]
        self.state.feeds[url] = {"etag": got.etag, "modified": got.last_modified, "failures": 0}
        fetcher = self._item_fetcher(url)
        return [self._item(entry, today, fetcher) for entry in parsed.entries]

    def _item_fetcher(self, feed_url: str) -> Fetcher:
        """Links in a feed from the internet may not lead into this machine or its network."""
        try:
            check_public(feed_url, self.fetcher.resolve)
        except FetchError:
            return self.fetcher  # a feed served locally may link to local pages
        return replace(self.fetcher, allow_private=False)

    def _item(self, entry, today: date, fetcher: Fetcher) -> Outcome:
        link = (entry.get("link") or "").strip()
        title = " ".join((entry.get("title") or "").split())
        text = _entry_text(entry)
        name = link or title or "an item without link or title"
        found = self.terms.first_match(f"{title}\n{text}")
        if found is None:
            return Outcome(name, "skipped", f"{name}: names no Sahel place or actor")
        if not link:
            return Outcome(name, "failed", f"{name}: the item has no link")
        outcome = add_url(self.store, fetcher, link, today)
        if outcome.status == "failed" and title and len(text) >= MIN_TEXT_CHARS:
            # The page could not be read, but the feed carries the article itself.
            draft = ArticleDraft(title=title, text=text, published=_entry_date(entry), url=link)
            return save_draft(self.store, draft, link, today)
        return outcome
