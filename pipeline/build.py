"""The build: read articles, extract mentions, merge events, write the tables atomically."""

import gc
import json
import multiprocessing as mp
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spacy.language import Language

from pipeline.articles import DEFAULT_MAX_BYTES, read_articles
from pipeline.corrections import Corrected, corrections_for
from pipeline.extract import Extractor
from pipeline.extraction_cache import ExtractionCache
from pipeline.knowledge import Knowledge
from pipeline.merge import merge_mentions
from pipeline.output import build_lock, csv_writer, publish_tables
from pipeline.places import Gazetteer, OnlineGeocoder
from pipeline.records import (
    Article,
    ArticleExtraction,
    Event,
    EventMention,
    FirstReading,
    Rejection,
)
from pipeline.schema import ARTICLE_COLUMNS, EVENT_COLUMNS, MENTION_COLUMNS
from pipeline.tables import article_rows, event_row, mention_rows

CHUNK = 16  # articles read together: their sentences parsed in one batch, sent to one worker
UNDATED_SHOWN = 12  # left-out mentions listed in the printed summary; build.json has them all


@dataclass(frozen=True)
class BuildReport:
    """What a build read, rejected, found and wrote."""

    built_at: str
    articles_read: int
    rejections: tuple[Rejection, ...]
    events: tuple[Event, ...]
    mentions: int
    undated: tuple[EventMention, ...]
    out_dir: Path
    corrected: Corrected = Corrected((), {}, ())

    def summary(self) -> str:
        """The few lines printed at the end of a build."""
        lines = [
            f"articles read: {self.articles_read}, rejected: {len(self.rejections)}",
            f"events: {len(self.events)} from {self.mentions} mentions"
            f" ({len(self.undated)} undated mentions left out)",
            f"tables written to {self.out_dir}"
            if self.articles_read
            else f"nothing written: {self.out_dir} is left as it was",
        ]
        lines += [f"rejected: {r.reason}" for r in self.rejections]
        lines += self.corrected.summary()
        for m in self.undated[:UNDATED_SHOWN]:
            lines.append(
                f"left out ({m.date_rule if m.date is None else m.place_rule}):"
                f" {m.article_id} sentence {m.sentence_index}, {m.trigger.text!r}"
            )
        if len(self.undated) > UNDATED_SHOWN:
            lines.append(f"... and {len(self.undated) - UNDATED_SHOWN} more, in build.json")
        return "\n".join(lines)


def _extract_one(extractor: Extractor, article: Article) -> ArticleExtraction | Rejection:
    try:
        return extractor.extract(article)
    except Exception as error:  # one bad article must not stop the build
        return _rejected(article, error)


def _rejected(article: Article, error: Exception) -> Rejection:
    reason = f"{article.article_id}: could not be read for events ({error!r})"
    return Rejection(article.article_id, article.path, reason)


def _extract_chunk(
    extractor: Extractor, articles: list[Article]
) -> list[ArticleExtraction | Rejection]:
    """A few articles read with their sentences parsed in one batch; should the batch fail,
    each article is read alone, so that only the one at fault is rejected."""
    firsts: list[FirstReading | Rejection] = []
    for article in articles:
        try:
            firsts.append(extractor.read_first(article))
        except Exception as error:  # one bad article must not stop the build
            firsts.append(_rejected(article, error))
    read = [f for f in firsts if isinstance(f, FirstReading)]
    try:
        parses = iter(extractor.frames.parse([f.to_parse for f in read]))
    except Exception:  # which article's sentence the parser failed on is not known
        return [_extract_one(extractor, a) for a in articles]
    outcomes: list[ArticleExtraction | Rejection] = []
    for first in firsts:
        if isinstance(first, Rejection):
            outcomes.append(first)
            continue
        try:
            outcomes.append(extractor.finish(first, next(parses)))
        except Exception as error:  # one bad article must not stop the build
            outcomes.append(_rejected(first.article, error))
    return outcomes


_FORKED: Extractor | None = None  # the extractor a worker process inherits from its parent


def _extract_forked(articles: list[Article]) -> list[ArticleExtraction | Rejection]:
    assert _FORKED is not None
    return _extract_chunk(_FORKED, articles)


def _outcomes(articles: list[Article], extractor: Extractor, workers: int) -> Iterator:
    """Each article's extraction or rejection, in order; in `workers` forked processes if > 1."""
    chunks = [articles[n : n + CHUNK] for n in range(0, len(articles), CHUNK)]
    if workers <= 1 or len(articles) < 2 or "fork" not in mp.get_all_start_methods():
        for chunk in chunks:
            yield from _extract_chunk(extractor, chunk)
            gc.freeze()  # the outcomes so far live to the end of the build: see _long_lived
        return
    global _FORKED
    _FORKED = extractor  # forked workers share the loaded model, gazetteer and lexicons
    try:
        with mp.get_context("fork").Pool(workers) as pool:
            for outcomes in pool.imap(_extract_forked, chunks):
                yield from outcomes
                gc.freeze()
    finally:
        _FORKED = None


@contextmanager
def _long_lived() -> Iterator[None]:
    """For the rest of a build, the long-lived objects are left out of the garbage collector's
    scans: those loaded before (the model, the gazetteer, the lexicons: forked workers then share
    their pages rather than copy them), and the outcomes, frozen after each chunk (`_outcomes`).
    Its full scans of them, ever longer as outcomes pile up, cost 1-2% of a build; reading leaves
    next to no garbage in reference cycles, which only they could free."""
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class _Sized:
    """Outcomes still being computed, with their number known, so progress bars stay live."""

    def __init__(self, items: Iterator, size: int):
        self.items, self.size = items, size

    def __iter__(self) -> Iterator:
        return self.items

    def __len__(self) -> int:
        return self.size


def extract_all(
    articles: Iterable[Article],
    extractor: Extractor,
    progress: Callable[[Iterable], Iterable] = iter,
    workers: int = 1,
) -> tuple[list[ArticleExtraction], list[Rejection]]:
    """Run the extractor over every article; one that makes it fail is rejected, not fatal."""
    articles = list(articles)
    done, failed = [], []
    outcomes = _Sized(_outcomes(articles, extractor, workers), len(articles))
    for outcome in progress(outcomes):
        (failed if isinstance(outcome, Rejection) else done).append(outcome)
    return done, failed


def _undated_record(m: EventMention) -> dict[str, object]:
    return {
        "article_id": m.article_id,
        "sentence_index": m.sentence_index,
        "trigger_text": m.trigger.text,
        "category": m.trigger.category,
        "reason": m.date_rule if m.date is None else m.place_rule,
        "sentence": " ".join(m.sentence.split()),
    }


def write_tables(
    report: BuildReport,
    extractions: list[ArticleExtraction],
    checkpoint: Callable[[str], None] = lambda step: None,
) -> None:
    """Publish events.csv, mentions.csv, articles.csv and build.json as one unit."""
    out = report.out_dir
    events = list(report.events)
    event_rows = [event_row(e) | report.corrected.cells.get(e.event_id, {}) for e in events]
    mentions = mention_rows(events)
    articles = article_rows(extractions, list(report.rejections), events)
    meta = {
        "built_at": report.built_at,
        "articles_read": report.articles_read,
        "articles_rejected": len(report.rejections),
        "events": len(events),
        "mentions": report.mentions,
        "undated": len(report.undated),
        "rejected": [{"article_id": r.article_id, "reason": r.reason} for r in report.rejections],
        "undated_mentions": [_undated_record(m) for m in report.undated],
        "unresolved_places": [
            {"article_id": x.article.article_id, "name": name}
            for x in extractions
            for name in x.unresolved_places
        ],
        "corrections": list(report.corrected.listing),
    }
    text = json.dumps(meta, indent=2, ensure_ascii=False) + "\n"
    publish_tables(
        out,
        [
            ("events.csv", csv_writer(EVENT_COLUMNS, event_rows)),
            ("mentions.csv", csv_writer(MENTION_COLUMNS, mentions)),
            ("articles.csv", csv_writer(ARTICLE_COLUMNS, articles)),
            ("build.json", lambda handle: handle.write(text)),
        ],
        checkpoint,
    )


def build(
    articles_dir: Path,
    out_dir: Path,
    *,
    knowledge: Knowledge,
    gazetteer: Gazetteer,
    clock: Callable[[], datetime],
    geocoder: OnlineGeocoder | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Iterable], Iterable] = iter,
    checkpoint: Callable[[str], None] = lambda step: None,
    corrections: Path | None = None,
    cache: ExtractionCache | None = None,
    workers: int = 1,
    parser: Language | None = None,
) -> BuildReport:
    """Build the event tables from a folder of articles into out_dir (`workers` processes).

    `checkpoint(step)` is called after each publishing step (see publish_tables).
    Corrections (default: corrections.csv next to the articles folder) apply after merging;
    with a cache, only articles it has no result for are read.
    """
    articles, rejections = read_articles(articles_dir, max_bytes=max_bytes)
    cached, articles = cache.split(articles) if cache else ([], articles)
    with _long_lived():
        extractions, failed = [], []
        if articles:  # with every article in the cache, no extractor and no model to load
            extractor = Extractor(knowledge, gazetteer, geocoder, parser=parser)
            # the online geocoder's cache and rate limit live in this process: it reads alone
            workers = 1 if geocoder is not None else workers
            extractions, failed = extract_all(articles, extractor, progress, workers)
        if cache:
            cache.store(extractions)
            extractions = sorted([*cached, *extractions], key=lambda x: x.article.article_id)
        rejections = sorted([*rejections, *failed], key=lambda r: r.article_id)
        mentions = [m for x in extractions for m in x.mentions]
        placed = [m for m in mentions if m.place is not None]
        undated = [m for x in extractions for m in x.undated]
        undated += [m for m in mentions if m.place is None]
        corrected = corrections_for(merge_mentions(placed), articles_dir, corrections, gazetteer)
        events = corrected.events
        report = BuildReport(
            built_at=clock().isoformat(timespec="seconds"),
            articles_read=len(extractions),
            rejections=tuple(rejections),
            events=tuple(events),
            mentions=len(placed),
            undated=tuple(undated),
            out_dir=out_dir,
            corrected=corrected,
        )
        if extractions:
            out_dir.mkdir(parents=True, exist_ok=True)
            with build_lock(out_dir):
                write_tables(report, extractions, checkpoint)
        return report
