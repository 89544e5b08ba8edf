"""The build: read articles, extract mentions, merge events, write the tables atomically."""

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from pipeline.articles import DEFAULT_MAX_BYTES, read_articles
from pipeline.extract import ArticleExtraction, EventMention, Extractor
from pipeline.knowledge import Knowledge
from pipeline.merge import Event, merge_mentions
from pipeline.output import build_lock, write_csv_atomic, write_text_atomic
from pipeline.places import Gazetteer
from pipeline.records import Rejection
from pipeline.tables import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    MENTION_COLUMNS,
    article_rows,
    event_row,
    mention_rows,
)


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

    def summary(self) -> str:
        """The few lines printed at the end of a build."""
        lines = [
            f"articles read: {self.articles_read}, rejected: {len(self.rejections)}",
            f"events: {len(self.events)} from {self.mentions} mentions"
            f" ({len(self.undated)} undated mentions left out)",
            f"tables written to {self.out_dir}",
        ]
        lines += [f"rejected: {r.reason}" for r in self.rejections]
        return "\n".join(lines)


def extract_all(
    articles: Iterable, extractor: Extractor, progress: Callable[[Iterable], Iterable] = iter
) -> list[ArticleExtraction]:
    """Run the extractor over every article (progress wraps the iterable, e.g. with tqdm)."""
    return [extractor.extract(article) for article in progress(articles)]


def _undated_record(m: EventMention) -> dict[str, object]:
    return {
        "article_id": m.article_id,
        "sentence_index": m.sentence_index,
        "trigger_text": m.trigger.text,
        "category": m.trigger.category,
        "reason": m.date_rule if m.date is None else m.place_rule,
        "sentence": " ".join(m.sentence.split()),
    }


def write_tables(report: BuildReport, extractions: list[ArticleExtraction]) -> None:
    """Write events.csv, mentions.csv, articles.csv and build.json, each atomically."""
    out = report.out_dir
    events = list(report.events)
    write_csv_atomic(out / "events.csv", EVENT_COLUMNS, (event_row(e) for e in events))
    write_csv_atomic(out / "mentions.csv", MENTION_COLUMNS, mention_rows(events))
    write_csv_atomic(
        out / "articles.csv",
        ARTICLE_COLUMNS,
        article_rows(extractions, list(report.rejections), events),
    )
    meta = {
        "built_at": report.built_at,
        "articles_read": report.articles_read,
        "articles_rejected": len(report.rejections),
        "events": len(events),
        "mentions": report.mentions,
        "undated": len(report.undated),
        "rejected": [{"article_id": r.article_id, "reason": r.reason} for r in report.rejections],
        "undated_mentions": [_undated_record(m) for m in report.undated],
    }
    write_text_atomic(out / "build.json", json.dumps(meta, indent=2, ensure_ascii=False) + "\n")


def build(
    articles_dir: Path,
    out_dir: Path,
    *,
    knowledge: Knowledge,
    gazetteer: Gazetteer,
    clock: Callable[[], datetime],
    geocoder=None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    progress: Callable[[Iterable], Iterable] = iter,
) -> BuildReport:
    """Build the event tables from a folder of articles into out_dir."""
    articles, rejections = read_articles(articles_dir, max_bytes=max_bytes)
    extractor = Extractor(knowledge, gazetteer, geocoder)
    extractions = extract_all(articles, extractor, progress)
    mentions = [m for x in extractions for m in x.mentions]
    placed = [m for m in mentions if m.place is not None]
    undated = [m for x in extractions for m in x.undated] + [m for m in mentions if m.place is None]
    events = merge_mentions(placed)
    report = BuildReport(
        built_at=clock().isoformat(timespec="seconds"),
        articles_read=len(articles),
        rejections=tuple(rejections),
        events=tuple(events),
        mentions=len(placed),
        undated=tuple(undated),
        out_dir=out_dir,
    )
    if articles:
        out_dir.mkdir(parents=True, exist_ok=True)
        with build_lock(out_dir):
            write_tables(report, extractions)
    return report
