"""Merge mentions of the same real-world event, within and across articles, into events."""

import hashlib
from dataclasses import dataclass
from datetime import date

from geopy.distance import geodesic

from pipeline.extract import EventMention
from pipeline.records import Place
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

    @property
    def sources(self) -> tuple[str, ...]:
        """Article ids in order of first mention."""
        return tuple(dict.fromkeys(m.article_id for m in self.mentions))


def _span(m: EventMention) -> tuple[date, date]:
    return m.date.date_start, m.date.date_end


def _same_kind(a: EventMention, b: EventMention) -> bool:
    """Same category; or two violent reports of one day at one town (ACLED: one event)."""
    if a.trigger.category == b.trigger.category:
        return True
    one_day_one_town = all(m.date.precision == "day" and m.place.geo_precision == 1 for m in (a, b))
    return one_day_one_town and family(a.trigger) == family(b.trigger) == "violence"


def _compatible(cluster: list[EventMention], mention: EventMention) -> bool:
    head = cluster[0]
    if head.status != mention.status or not all(_same_kind(m, mention) for m in cluster):
        return False
    if head.place.iso3 != mention.place.iso3:
        return False
    start, end = _intersection(cluster)
    m_start, m_end = _span(mention)
    if m_start > end or m_end < start:
        return False
    for other in cluster:
        if other.place.geo_precision == 1 and mention.place.geo_precision == 1:
            a, b = other.place, mention.place
            if geodesic((a.latitude, a.longitude), (b.latitude, b.longitude)).km > SAME_PLACE_KM:
                return False
    return True


def _intersection(mentions: list[EventMention]) -> tuple[date, date]:
    return max(_span(m)[0] for m in mentions), min(_span(m)[1] for m in mentions)


def _event_id(category: str, place: Place, start: date, end: date, taken: set[str]) -> str:
    key = f"{category}|{place.iso3}|{place.name}|{start.isoformat()}|{end.isoformat()}"
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    candidate, n = f"ev-{digest[:10]}", 1
    while candidate in taken:
        n += 1
        candidate = f"ev-{digest[:10]}-{n}"
    return candidate


def _make_event(cluster: list[EventMention], taken: set[str]) -> Event:
    start, end = _intersection(cluster)
    narrowest = min(cluster, key=lambda m: (_span(m)[1] - _span(m)[0], m.article_id))
    exact = _span(narrowest) == (start, end)
    best_place = min(cluster, key=lambda m: m.place.geo_precision).place
    actors = tuple(dict.fromkeys(a for m in cluster for a in m.actors))
    head = max(cluster, key=lambda m: m.trigger.priority)
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
        mentions=tuple(cluster),
    )


def merge_mentions(mentions: list[EventMention]) -> list[Event]:
    """Group dated, placed mentions into events; ids depend only on the events' content."""
    ordered = sorted(
        (m for m in mentions if m.date is not None and m.place is not None),
        key=lambda m: (m.article_id, m.sentence_index, m.trigger.start),
    )
    clusters: list[list[EventMention]] = []
    for mention in ordered:
        home = next((c for c in clusters if _compatible(c, mention)), None)
        if home is None:
            clusters.append([mention])
        else:
            home.append(mention)
    taken: set[str] = set()
    keyed = sorted(
        clusters,
        key=lambda c: (
            _intersection(c),
            c[0].trigger.category,
            c[0].place.name,
            c[0].article_id,
            c[0].sentence_index,
        ),
    )
    return [_make_event(c, taken) for c in keyed]
