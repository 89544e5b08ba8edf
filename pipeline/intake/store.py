"""Write article files into the articles folder: never overwrite, never add one twice."""

import hashlib
import os
import re
import secrets
import unicodedata
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import yaml

from pipeline.articles import DEFAULT_MAX_BYTES, read_articles
from pipeline.records import ArticleDraft

MAX_NAME_CHARS = 80
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_NOT_WORD = re.compile(r"[^\w]+")


def slugify(text: str) -> str:
    """Lower-case ASCII words joined by '-': safe as a file name on every system."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NOT_SLUG.sub("-", ascii_text.lower()).strip("-")


def text_fingerprint(text: str, title: str = "") -> str:
    """The same article text gives the same fingerprint whatever its spacing, letter case or
    punctuation, and whether or not it opens with its own title (pages often repeat it)."""
    words = _NOT_WORD.sub(" ", text.casefold()).split()
    heading = _NOT_WORD.sub(" ", title.casefold()).split()
    if heading and words[: len(heading)] == heading:
        words = words[len(heading) :]
    return hashlib.sha256(" ".join(words).encode()).hexdigest()


def url_key(url: str) -> str:
    """A URL without its #fragment or trailing slash, for telling the same page apart."""
    return url.split("#", 1)[0].rstrip("/")


def article_name(draft: ArticleDraft) -> str:
    """The file stem from outlet and title ('sahel-daily-attack-in-djibo'), never from a path."""
    stem = slugify(" ".join(p for p in (draft.outlet, draft.title) if p))
    return stem[:MAX_NAME_CHARS].rstrip("-") or "article"


def article_file_text(draft: ArticleDraft, published: date, estimated: bool) -> str:
    """An ordinary article file: YAML front matter (safe dumper) and the text."""
    header = {
        "title": draft.title,
        "author": draft.author,
        "outlet": draft.outlet,
        "url": draft.url,
        "published": published,
    }
    if estimated:
        header["published_estimated"] = True
    header["language"] = draft.language
    front = yaml.safe_dump(header, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n{draft.text.strip()}\n"


def oversize(draft: ArticleDraft) -> str | None:
    """Why the draft's article file would be too large for a build to read, or None."""
    # Any date is written with as many bytes as another: the size does not depend on it.
    text = article_file_text(draft, draft.published or date(2000, 1, 1), draft.published is None)
    size = len(text.encode("utf-8"))
    if size <= DEFAULT_MAX_BYTES:
        return None
    return (
        f"the article would be {size:,} bytes, over the {DEFAULT_MAX_BYTES:,} bytes a build "
        "reads; split it into shorter articles"
    )


@dataclass(frozen=True)
class Saved:
    """What happened to one draft: added (with its file), or a duplicate of which file."""

    added: bool
    article_id: str
    published_estimated: bool = False


class ArticleStore:
    """The articles folder, with the URLs and texts already in it."""

    def __init__(self, directory: Path):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        articles, _ = read_articles(self.directory)
        self._urls = {url_key(a.url): a.article_id for a in articles if a.url}
        self._texts = {text_fingerprint(a.body, a.title): a.article_id for a in articles}

    def duplicate_of(self, draft: ArticleDraft) -> str | None:
        """The article id that already holds this URL or this text, if any."""
        if draft.url and url_key(draft.url) in self._urls:
            return self._urls[url_key(draft.url)]
        return self._texts.get(text_fingerprint(draft.text, draft.title))

    def url_owner(self, url: str) -> str | None:
        """The article id already holding this URL, if any."""
        return self._urls.get(url_key(url))

    def save(self, draft: ArticleDraft, today: date) -> Saved:
        """Write the draft as a new article file; a duplicate writes nothing."""
        existing = self.duplicate_of(draft)
        if existing is not None:
            return Saved(False, existing)
        estimated = draft.published is None
        text = article_file_text(draft, draft.published or today, estimated)
        article_id = self._write_new(article_name(draft), text)
        if draft.url:
            self._urls[url_key(draft.url)] = article_id
        self._texts[text_fingerprint(draft.text, draft.title)] = article_id
        return Saved(True, article_id, estimated)

    def _write_new(self, stem: str, text: str) -> str:
        """Write text to a fresh `<stem>[-N].txt`; an existing file is never replaced."""
        temp = self.directory / f".{stem}.{secrets.token_hex(4)}.tmp"
        temp.write_text(text, encoding="utf-8")
        try:
            for number in range(1, 1000):
                article_id = stem if number == 1 else f"{stem}-{number}"
                if article_id.casefold() in self._taken():
                    continue  # builds treat ids that differ only in case as duplicates
                try:
                    # link() fails when the name exists: no window in which a file is overwritten
                    os.link(temp, self.directory / f"{article_id}.txt")
                except FileExistsError:
                    continue
                return article_id
            raise FileExistsError(f"too many articles named {stem} in {self.directory}")
        finally:
            temp.unlink(missing_ok=True)

    def _taken(self) -> set[str]:
        return {p.name[: -len(".txt")].casefold() for p in self.directory.glob("*.txt")}
