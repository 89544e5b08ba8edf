"""The town of an article's news: where the events of the lead's week whose sentences name no
place happened."""

from dataclasses import replace
from datetime import date

from pipeline.discourse import lead_week
from pipeline.records import EventMention, Place

RULE = "no place in the sentence: {name}, the town of the lead's news"
TITLE_RULE = "no place in the sentence: {name}, the one town the headline names"


def _unplaced(m: EventMention) -> bool:
    """An event whose sentence names no place, given its country."""
    return m.place is not None and m.place.feature == "country" and not m.place_text


def place_in_title_town(
    found: list[EventMention], towns: tuple[Place, ...], lead: int
) -> list[EventMention]:
    """An event of the lead naming no place happened in the one town the headline puts news in
    ("Twelve traders killed in Djibo"), if in the event's country; `towns`: those towns."""
    if len({t.name for t in towns}) != 1:
        return found
    town = towns[0]
    result = []
    for m in found:
        if _unplaced(m) and m.sentence_index < lead and m.place.iso3 == town.iso3:
            m = replace(m, place=town, place_rule=TITLE_RULE.format(name=town.name))
        result.append(m)
    return result


def place_in_news_town(found: list[EventMention], published: date, lead: int) -> list[EventMention]:
    """ "Calm returned to Ouagadougou on Monday after two days of unrest ... Protesters marched
    on Saturday": an event of the lead's week whose sentence names no place (it was given its
    country) happened in the town the lead names for its news.

    The town is the one named for the first event of that week the lead (its first `lead`
    sentences) tells; older events and undated ones keep their country."""
    start = lead_week(published)[0]

    def recent(m: EventMention) -> bool:
        return m.date is not None and m.date.date_end >= start and m.date.date_start <= published

    news = next((m for m in found if m.sentence_index < lead and recent(m)), None)
    if news is None or news.place is None or news.place.geo_precision != 1 or not news.place_text:
        return found
    town = news.place
    result = []
    for m in found:
        if _unplaced(m) and recent(m) and m.place.iso3 == town.iso3:
            m = replace(m, place=town, place_rule=RULE.format(name=town.name))
        result.append(m)
    return result


NEAR_RULE = "no place in the sentence: {name}, where the event told just before it happened"
NEAR_SENTENCES = 2  # how far back an event told before still sets the scene


def _overlap(a: EventMention, b: EventMention) -> bool:
    """Both dated, and their dates share a day."""
    return (
        a.date is not None
        and b.date is not None
        and a.date.date_start <= b.date.date_end
        and b.date.date_start <= a.date.date_end
    )


def place_by_event_before(
    found: list[EventMention], paragraphs: dict[int, int]
) -> list[EventMention]:
    """An event whose sentence names no place, told right after an event of the same days in
    the same paragraph that names one, happened there."""
    result: list[EventMention] = []
    for m in found:
        if _unplaced(m):
            before = [
                b
                for b in result
                if b.place_text
                and b.place is not None
                and b.place.feature != "country"
                and b.place.iso3 == m.place.iso3
                and 0 < m.sentence_index - b.sentence_index <= NEAR_SENTENCES
                and paragraphs.get(b.sentence_index) == paragraphs.get(m.sentence_index)
                and _overlap(m, b)
            ]
            if before:
                b = before[-1]
                m = replace(m, place=b.place, place_rule=NEAR_RULE.format(name=b.place.name))
        result.append(m)
    return result
