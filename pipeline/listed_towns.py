"""An act told of towns listed together ("two army posts in Boulkessi and Mondoro were
attacked"): ACLED codes one event at each place, so the act is reported at each town of the
list; the dead, told once for all, stay with the town the act was placed at, as the text gives
no share of them."""

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.contract import VIOLENT_TYPES
from pipeline.records import EventMention, PlaceMention, SentenceFacts

LISTED = "one of the towns listed together"
# what stands between two names of one list: "X and Y", "X, Y and Z", "X, Y, and Z"
LIST_GAP = re.compile(r"\s*,\s*(?:and\s+)?|\s*,?\s+and\s+")
AND_GAP = re.compile(r"\band\b")
# a list that says a stretch or a journey, not places of the act: "between X and Y", "from X to Y"
STRETCH_BEFORE = re.compile(r"\b(?:between|from|linking|connecting)\s+(?:the\s+)?$")


def at_each_town(
    mentions: list[EventMention], sentences: Sequence[SentenceFacts]
) -> list[EventMention]:
    """The mentions, each violent act placed at a town of a list told again at the list's other
    towns (without the dead, counted once)."""
    result = []
    # "attacks on posts in X and Y" may already be read as one act at each town
    placed = {(m.sentence_index, m.trigger.start, m.place) for m in mentions}
    for m in mentions:
        result.append(m)
        if m.trigger.event_type not in VIOLENT_TYPES or not _a_town(m.place):
            continue
        for other in _listed_with(sentences[m.sentence_index], m):
            if (m.sentence_index, m.trigger.start, other.place) in placed:
                continue
            placed.add((m.sentence_index, m.trigger.start, other.place))
            result.append(
                replace(
                    m,
                    place=other.place,
                    place_text=other.text,
                    place_rule=f"{LISTED} with {m.place_text}; {m.place_rule}",
                    fatalities=None,
                    fatalities_text="",
                )
            )
    return result


def _a_town(place) -> bool:
    return place is not None and place.feature == "town" and place.geo_precision == 1


def _listed_with(sentence: SentenceFacts, m: EventMention) -> list[PlaceMention]:
    """The other towns of the list the mention's town stands in, if it stands in one."""
    places = sorted((p for p in sentence.places if p.place is not None), key=lambda p: p.start)
    at = [i for i, p in enumerate(places) if p.text == m.place_text and p.place == m.place]
    if not at:
        return []
    first = last = at[0]
    while first > 0 and _joined(sentence.text, places[first - 1], places[first]):
        first -= 1
    while last + 1 < len(places) and _joined(sentence.text, places[last], places[last + 1]):
        last += 1
    listed = places[first : last + 1]
    if len(listed) < 2 or STRETCH_BEFORE.search(sentence.folded, 0, listed[0].start):
        return []
    # a list ends with "and": "in Kati, Koulikoro, on Monday" is a town and its region
    if AND_GAP.search(sentence.folded, listed[-2].end, listed[-1].start) is None:
        return []
    regions = {p.place.admin1 for p in listed}
    if not all(
        _a_town(p.place) and p.place.iso3 == m.place.iso3 and p.place.name not in regions
        for p in listed
    ):
        return []
    return [p for p in listed if p is not places[at[0]]]


def _joined(text: str, left: PlaceMention, right: PlaceMention) -> bool:
    return LIST_GAP.fullmatch(text, left.end, right.start) is not None
