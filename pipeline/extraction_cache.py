"""Extraction results cached per article, so a rebuild re-reads only new or changed articles.

An entry is keyed by the article (text and front matter) and by a version made of the knowledge
files, the installed gazetteer files, the pipeline's own source and the versions of spaCy and its
model: changing any of them re-reads everything.
Entries are JSON (never pickle), decoded through the record types' own field declarations.
"""

import dataclasses
import functools
import hashlib
import importlib.metadata
import json
import os
import sqlite3
import types
import typing
from datetime import date
from pathlib import Path

from pipeline.nlp import MODEL
from pipeline.places.installed import default_dir as gazetteer_dir
from pipeline.records import Article, ArticleExtraction

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CACHE = ROOT / "data" / "cache" / "extractions.sqlite"
CACHE_VARIABLE = "SAHEL_EXTRACTION_CACHE"  # another cache file, e.g. one per test
LIBRARIES = ("spacy", MODEL)  # the parse, and so the mentions, depend on their versions


def default_cache_path() -> Path:
    """The cache file: $SAHEL_EXTRACTION_CACHE when set, else data/cache/extractions.sqlite."""
    return Path(os.environ.get(CACHE_VARIABLE) or DEFAULT_CACHE)


def version_sources() -> tuple[tuple[Path, str], ...]:
    """The folders (and file patterns) whose contents decide what the extractor finds."""
    return (
        (ROOT / "data" / "knowledge", "*"),
        (gazetteer_dir(), "*"),  # imported GeoNames dumps, wherever SAHEL_GAZETTEER_DIR says
        (ROOT / "pipeline", "*.py"),
    )


def _library_version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "absent"


def source_version(sources: tuple[tuple[Path, str], ...] | None = None) -> str:
    """A digest of every knowledge, gazetteer and pipeline source file (names and contents),
    and of the spaCy and model versions."""
    digest = hashlib.sha256()
    for name in LIBRARIES:
        digest.update(f"{name}={_library_version(name)}\0".encode())
    for root, pattern in sources or version_sources():
        for path in sorted(p for p in root.rglob(pattern) if p.is_file()):
            digest.update(str(path.relative_to(root.parent)).encode() + b"\0")
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def article_key(article: Article, version: str) -> str:
    """The cache key: everything the extractor reads from the article, and the version."""
    fields = dataclasses.asdict(article)
    fields.pop("path")  # where the file lives does not change what it says
    text = json.dumps(fields, sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(f"{version}\0{text}".encode()).hexdigest()


def _encode(value: object) -> object:
    if dataclasses.is_dataclass(value):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple):
        return [_encode(v) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


@functools.cache
def _hints(kind: type) -> dict[str, object]:
    return typing.get_type_hints(kind)


def _decode(kind: object, value: object) -> object:
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = [k for k in typing.get_args(kind) if k is not type(None)]
        return None if value is None else _decode(options[0], value)
    if origin is tuple:
        return tuple(_decode(typing.get_args(kind)[0], v) for v in value)
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        return kind(**{name: _decode(hints[name], v) for name, v in value.items()})
    if kind is date:
        return date.fromisoformat(value)
    return value


def _encode_extraction(extraction: ArticleExtraction) -> dict[str, object]:
    """Every field of the extraction but the article (the key stands for it)."""
    fields = dataclasses.fields(ArticleExtraction)
    return {f.name: _encode(getattr(extraction, f.name)) for f in fields if f.name != "article"}


def _extraction(article: Article, data: str) -> ArticleExtraction | None:
    """The cached extraction stored as data, or None when the entry cannot be decoded."""
    hints = _hints(ArticleExtraction)
    try:
        found = json.loads(data)
        return ArticleExtraction(
            article=article, **{name: _decode(hints[name], v) for name, v in found.items()}
        )
    except (ValueError, KeyError, TypeError, AttributeError):
        return None  # a damaged entry only costs reading the article again


class ExtractionCache:
    """An SQLite file of extraction results by article key."""

    def __init__(self, path: Path | None = None, version: str | None = None):
        self.path = Path(path or default_cache_path())
        self.version = version or source_version()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._open()
        except sqlite3.DatabaseError:
            # A damaged cache only costs time: start a new one.
            self.path.unlink(missing_ok=True)
            self._db = self._open()

    def _open(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.path)
        db.execute("CREATE TABLE IF NOT EXISTS extraction (key TEXT PRIMARY KEY, data TEXT)")
        return db

    def split(self, articles: list[Article]) -> tuple[list[ArticleExtraction], list[Article]]:
        """The cached extractions of these articles, and the articles that must be read."""
        hits, misses = [], []
        for article in articles:
            row = self._db.execute(
                "SELECT data FROM extraction WHERE key = ?", (article_key(article, self.version),)
            ).fetchone()
            hit = _extraction(article, row[0]) if row else None
            if hit is None:
                misses.append(article)
            else:
                hits.append(hit)
        return hits, misses

    def store(self, extractions: list[ArticleExtraction]) -> None:
        """Remember these extractions (the newest result for a key wins)."""
        rows = [
            (article_key(x.article, self.version), json.dumps(_encode_extraction(x)))
            for x in extractions
        ]
        with self._db:
            self._db.executemany("INSERT OR REPLACE INTO extraction VALUES (?, ?)", rows)

    def close(self) -> None:
        """Close the database."""
        self._db.close()

    def __enter__(self) -> "ExtractionCache":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
