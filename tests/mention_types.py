"""What the extractor makes of a short article: its dated mentions, their ACLED types, or its
events."""

from datetime import date

from pipeline.merge import merge_mentions
from pipeline.records import Article


def mentions_of(
    published: date, extractor, body: str, *, title: str = "Test", article_id: str = "a"
) -> list:
    """The dated mentions the extractor finds in an article with this body."""
    article = Article(article_id=article_id, title=title, published=published, body=body)
    return extractor.extract(article).mentions


def types_of(published: date, extractor, body: str) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of each dated mention, in the order found."""
    return [
        (m.trigger.event_type, m.trigger.sub_event_type)
        for m in mentions_of(published, extractor, body)
    ]


def event_types_of(published: date, extractor, body: str) -> set[str]:
    """The ACLED event types of the dated mentions of an article with this body."""
    return {event_type for event_type, _ in types_of(published, extractor, body)}


def only_mention(found: list, text: str):
    """The one mention whose trigger holds `text` (the test fails when there are more or none)."""
    hits = [m for m in found if text in m.trigger.text]
    assert len(hits) == 1, [m.trigger.text for m in found]
    return hits[0]


def days_of(mention) -> tuple[date, date]:
    """The first and last day a mention's date allows."""
    return (mention.date.date_start, mention.date.date_end)


def categories_of(
    extractor, body: str, published: date = date(2023, 9, 18)
) -> list[tuple[str, str]]:
    """(event_type, trigger category) of each dated mention of an article with this body."""
    return [
        (m.trigger.event_type, m.trigger.category) for m in mentions_of(published, extractor, body)
    ]


def merged_events(published: date, extractor, body: str) -> list:
    """The events the mentions of an article with this body merge into."""
    return merge_mentions(mentions_of(published, extractor, body))


def day_texts(event) -> tuple[str, str]:
    """An event's first and last day, as ISO dates."""
    return str(event.date_start), str(event.date_end)
