"""What the extractor makes of a short article: its dated mentions, or their ACLED types."""

from datetime import date

from pipeline.records import Article


def mentions_of(published: date, extractor, body: str) -> list:
    """The dated mentions the extractor finds in an article with this body."""
    article = Article(article_id="a", title="Test", published=published, body=body)
    return extractor.extract(article).mentions


def types_of(published: date, extractor, body: str) -> list[tuple[str, str]]:
    """(event_type, sub_event_type) of each dated mention, in the order found."""
    return [
        (m.trigger.event_type, m.trigger.sub_event_type)
        for m in mentions_of(published, extractor, body)
    ]
