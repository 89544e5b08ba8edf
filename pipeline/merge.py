"""Merge mentions of the same real-world event, within and across articles, into events."""

import hashlib
from dataclasses import dataclass
from datetime import date

from pipeline.fatalities import event_fatalities
from pipeline.places.gazetteer import km_between
from pipeline.records import EventMention, Place
from pipeline.triggers import family

SAME_PLACE_KM = 50.0


@dataclass(frozen=True)
class Event:
    """One real-world event and every mention that reports it."""

    event_id: str
    date_start: date
    date_end: date
    date_precision: str
    date_text: str
    status: str
    event_type: str
    sub_event_type: str
    category: str
    place: Place
    actors: tuple[str, ...]
    mentions: tuple[EventMention, ...]
    fatalities: int | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """Article ids in order of first mention."""
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))


def _point(place: Place) -> tuple[float, float]:
    return place.latitude, place.longitude


def _span(m: EventMention) -> tuple[date, date]:
    return m.date.date_start, m.date.date_end


def _same_kind(a: EventMention, b: EventMention) -> bool:
    """Same category; or two violent reports of one day at one town (ACLED: one event)."""
    if a.trigger.category == b.trigger.category:
        return True
    one_day_one_town = all(m.date.precision == "day" and m.place.geo_precision == 1 for m in (a, b))
    return one_day_one_town and family(a.trigger) == family(b.trigger) == "violence"


@dataclass
class _Cluster:
    """Mentions gathered so far for one event, with the days all of them allow."""

    mentions: list[EventMention]
    start: date
    end: date

    def accepts(self, mention: EventMention) -> bool:
        """Overlapping dates, the same kind of event, and no two towns more than 50 km apart."""
        m_start, m_end = _span(mention)
        if m_start > self.end or m_end < self.start:
            return False
        if not all(_same_kind(m, mention) for m in self.mentions):
            return False
        if mention.place.geo_precision != 1:
            return True
        return all(
            km_between(*_point(other.place), *_point(mention.place)) <= SAME_PLACE_KM
            for other in self.mentions
            if other.place.geo_precision == 1
        )

    def add(self, mention: EventMention) -> None:
        """Take the mention in; the event's days narrow to what every mention allows."""
        self.mentions.append(mention)
        self.start = max(self.start, mention.date.date_start)
        self.end = min(self.end, mention.date.date_end)


def _event_id(category: str, place: Place, start: date, end: date, taken: set[str]) -> str:
    key = f"{category}|{place.iso3}|{place.name}|{start.isoformat()}|{end.isoformat()}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    candidate, n = f"ev-{digest[:10]}", 1
    while candidate in taken:
        n += 1
        candidate = f"ev-{digest[:10]}-{n}"
    return candidate


def _make_event(cluster: _Cluster, taken: set[str]) -> Event:
    mentions = cluster.mentions
    start, end = cluster.start, cluster.end
    narrowest = min(mentions, key=lambda m: (_span(m)[1] - _span(m)[0], m.article_id))
    exact = _span(narrowest) == (start, end)
    best_place = min(mentions, key=lambda m: m.place.geo_precision).place
    actors = tuple(dict.fromkeys(a for m in mentions for a in m.actors))
    head = max(mentions, key=lambda m: m.trigger.priority)
    event_id = _event_id(head.trigger.category, best_place, start, end, taken)
    taken.add(event_id)
    return Event(
        event_id=event_id,
        date_start=start,
        date_end=end,
        date_precision=narrowest.date.precision if exact else "range",
        date_text=narrowest.date.text,
        status=head.status,
        event_type=head.trigger.event_type,
        sub_event_type=head.trigger.sub_event_type,
        category=head.trigger.category,
        place=best_place,
        actors=actors,
        mentions=tuple(mentions),
        fatalities=event_fatalities(mentions),
    )


def merge_mentions(mentions: list[EventMention]) -> list[Event]:
    """Group dated, placed mentions into events; ids depend only on the events' content."""
    ordered = sorted(
        (m for m in mentions if m.date is not None and m.place is not None),
        key=lambda m: (m.article_id, m.sentence_index, m.trigger.start),
    )
    # only mentions with the same status and country can be one event: look in that bucket only
    buckets: dict[tuple[str, str], list[_Cluster]] = {}
    for mention in ordered:
        bucket = buckets.setdefault((mention.status, mention.place.iso3), [])
        home = next((c for c in bucket if c.accepts(mention)), None)
        if home is None:
            bucket.append(_Cluster([mention], *_span(mention)))
        else:
            home.add(mention)
    clusters = [c for bucket in buckets.values() for c in bucket]
    taken: set[str] = set()
    keyed = sorted(
        clusters,
        key=lambda c: (
            c.start,
            c.end,
            c.mentions[0].trigger.category,
            c.mentions[0].place.name,
            c.mentions[0].article_id,
            c.mentions[0].sentence_index,
        ),
    )
    return [_make_event(c, taken) for c in keyed]
