"""Turn events, mentions and articles into the rows of the output tables."""

from pipeline.contract import VIOLENT_TYPES
from pipeline.records import ArticleExtraction, Event, EventMention, Rejection
from pipeline.schema import join_list


def _one_line(text: str) -> str:
    return " ".join(text.split())


def event_title(event: Event) -> str:
    """One line saying what happened, where, and who was involved."""
    where = event.place.name
    title = f"{event.category} in {where}" if where else event.category
    if event.actors:
        joiner = " vs " if event.event_type in VIOLENT_TYPES and len(event.actors) > 1 else ", "
        title += ": " + joiner.join(event.actors[:2])
        if len(event.actors) > 2:
            title += f" (+{len(event.actors) - 2})"
    return title


def confidence(event: Event) -> float:
    """A 0-1 score: more sources, exact dates, precise places and named actors raise it."""
    score = 0.4 + 0.15 * min(len(event.sources) - 1, 2)
    score += {"day": 0.15, "week": 0.1, "month": 0.1, "year": 0.05}.get(event.date_precision, 0.0)
    score += {1: 0.15, 2: 0.08}.get(event.place.geo_precision, 0.0)
    score += 0.1 if event.actors else 0.0
    return round(min(score, 0.99), 2)


def event_row(event: Event) -> dict[str, object]:
    """The events.csv row of one event."""
    place = event.place
    first = event.mentions[0]
    return {
        "event_id": event.event_id,
        "date_start": event.date_start.isoformat(),
        "date_end": event.date_end.isoformat(),
        "date_precision": event.date_precision,
        "date_text": event.date_text,
        "status": event.status,
        "event_type": event.event_type,
        "sub_event_type": event.sub_event_type,
        "category": event.category,
        "title": event_title(event),
        "actor1": event.actors[0] if event.actors else "",
        "actor2": event.actors[1] if len(event.actors) > 1 else "",
        "assoc_actors": join_list(event.actors[2:]),
        "location": place.name,
        "admin1": place.admin1,
        "country": place.country,
        "iso3": place.iso3,
        "latitude": f"{place.latitude:.5f}",
        "longitude": f"{place.longitude:.5f}",
        "geo_precision": place.geo_precision,
        "sources": join_list(event.sources),
        "source_count": len(event.sources),
        "evidence": _one_line(first.sentence),
        "confidence": confidence(event),
        "fatalities": "" if event.fatalities is None else event.fatalities,
        "admin2": place.admin2,
        "mention_count": len(event.mentions),
        "verified": "false",  # an analyst's corrections.csv sets it and `corrected`
        "corrected": "",
    }


def mention_row(mention: EventMention, event_id: str, number: int) -> dict[str, object]:
    """The mentions.csv row of one mention; offsets are into the article body."""
    place = mention.place
    return {
        "mention_id": f"{mention.article_id}:{mention.sentence_index}:{number}",
        "event_id": event_id,
        "article_id": mention.article_id,
        "sentence_index": mention.sentence_index,
        "sentence_start": mention.sentence_start,
        "sentence_end": mention.sentence_end,
        "sentence": _one_line(mention.sentence),
        "trigger_text": mention.trigger.text,
        "trigger_start": mention.sentence_start + mention.trigger.start,
        "trigger_end": mention.sentence_start + mention.trigger.end,
        "date_text": mention.date.text if mention.date else "",
        "date_start": mention.date.date_start.isoformat() if mention.date else "",
        "date_end": mention.date.date_end.isoformat() if mention.date else "",
        "date_precision": mention.date.precision if mention.date else "",
        "date_rule": mention.date_rule,
        "place_text": mention.place_text,
        "place_rule": mention.place_rule,
        "location": place.name if place else "",
        "iso3": place.iso3 if place else "",
        "latitude": f"{place.latitude:.5f}" if place else "",
        "longitude": f"{place.longitude:.5f}" if place else "",
        "geo_precision": place.geo_precision if place else "",
        "actors": join_list(mention.actors),
        "actor_texts": join_list(mention.actor_texts),
        "event_type": mention.trigger.event_type,
        "sub_event_type": mention.trigger.sub_event_type,
        "category": mention.trigger.category,
        "fatalities": "" if mention.fatalities is None else mention.fatalities,
        "fatalities_text": mention.fatalities_text,
    }


def mention_rows(events: list[Event]) -> list[dict[str, object]]:
    """Every mention of every event, in event order."""
    rows = []
    for event in events:
        for number, mention in enumerate(event.mentions, start=1):
            rows.append(mention_row(mention, event.event_id, number))
    return rows


def article_rows(
    extractions: list[ArticleExtraction], rejections: list[Rejection], events: list[Event]
) -> list[dict[str, object]]:
    """One row per article file: read ones with their counts, rejected ones with the reason."""
    events_per_article: dict[str, int] = {}
    for event in events:
        for source in event.sources:
            events_per_article[source] = events_per_article.get(source, 0) + 1
    rows: list[dict[str, object]] = []
    for extraction in extractions:
        a = extraction.article
        rows.append(
            {
                "article_id": a.article_id,
                "title": a.title,
                "author": a.author or "",
                "outlet": a.outlet or "",
                "url": a.url or "",
                "published": a.published.isoformat(),
                "published_estimated": str(a.published_estimated).lower(),
                "language": a.language,
                "status": "read",
                "problem": "",
                "sentences": extraction.sentences,
                "mentions": len(extraction.mentions),
                "events": events_per_article.get(a.article_id, 0),
            }
        )
    for r in rejections:
        rows.append(
            {
                "article_id": r.article_id,
                "status": "rejected",
                "problem": r.reason,
                "sentences": 0,
                "mentions": 0,
                "events": 0,
            }
        )
    return sorted(rows, key=lambda row: str(row["article_id"]))
