"""An act told of towns listed together ("two army posts in Boulkessi and Mondoro were
attacked"), or a crowd of countries ("thousands gathered in Niger and Burkina Faso"): ACLED codes
one event at each place, so the act is reported at each place of the list; the dead, told once
for all, stay with the place the act was placed at, as the text gives no share of them."""

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.dates.patterns import MONTHS, WEEKDAYS
from pipeline.places.marked import names_unknown_village
from pipeline.places.words import place_cues
from pipeline.records import EventMention, PlaceMention, Reference, SentenceFacts
from pipeline.regex_tree import alternation

LISTED = "one of the towns listed together"
# acts ACLED codes at each place: violence, and crowds ("protests in X and Y")
LISTED_TYPES = frozenset({*VIOLENT_TYPES, "Protests", "Riots"})
# what stands between two names of one list: "X and Y", "X, Y and Z", "X, Y, and Z"; names no
# gazetteer knows may stand between them ("Djibo, Arbinda, Bapho and Dori")
_SEPARATOR = r"(?:\s*,\s*(?:and\s+)?|\s*,?\s+and\s+)"
# "in Bobo Dioulasso (west), then in the capital Ouagadougou": one place after another
_THEN = (
    r"(?:\s*\([^()]{1,30}\))?\s*,?\s+then\s+(?:in|at)\s+"
    r"(?:the\s+(?:capital|city|town)\s+(?:of\s+)?)?"
)
LIST_GAP = re.compile(rf"{_THEN}|{_SEPARATOR}(?:[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?{_SEPARATOR})*")
AND_GAP = re.compile(r"\band\b|\bthen\b")
# a last name no gazetteer knows, then the clause goes on with the act or its time ("and Bapho
# were attacked", "and Bapho on Sunday"), not with a new subject ("and Malian troops repelled")
UNKNOWN_LAST = r",?\s+and\s+[A-Z][\w'-]*\b(?=\s*[.;:)]|\s+{goes_on}\b)"
LEAD_REACH = 40  # characters before a list read for what it lists
# what a list of places of the act follows: a preposition of place ("posts in X and Y", "attacks
# on X, Y and Z"), the act's own verb ("took Kidal, Gao and Timbuktu"), or a place's noun ("the
# villages of X and Y", "targeted seven towns: X, Y and Z"), with no word of going, coming or
# living before it (place_cues.yaml)
PLACE_LEAD = (
    r"(?:\b{prepositions}\s+(?:the\s+)?(?:[\w-]+\s+){{0,2}}?|\b{places}\s+of\s+|\b{places}\s*:\s*)$"
)
# words of going or coming ("the road linking X and Y"), not of a time ("between Monday and"),
# and people right before the places they live in or come from ("residents of the villages of")
NOT_THE_ACTS = (
    r"\b{words}\b(?!\s+(?:{times})\b)|\b{people}\s+(?:of|from)\s+(?:the\s+)?(?:{places}\s+of\s+)?$"
)


@cache
def _unknown_last() -> re.Pattern:
    return re.compile(UNKNOWN_LAST.format(goes_on=place_cues().list_goes_on))


@cache
def _leads() -> tuple[re.Pattern, re.Pattern]:
    """What leads a list of the act's places, and what makes it another list (compiled once)."""
    cues = place_cues()
    lead = PLACE_LEAD.format(prepositions=cues.list_preposition, places=cues.listed_place)
    times = alternation((*WEEKDAYS, *MONTHS))
    other = NOT_THE_ACTS.format(
        words=cues.not_listed_after,
        times=times,
        people=cues.not_listed_people,
        places=cues.listed_place,
    )
    return re.compile(lead), re.compile(other)


def at_each_town(
    mentions: list[EventMention],
    sentences: Sequence[SentenceFacts],
    references: Sequence[Reference] = (),
) -> list[EventMention]:
    """The mentions, each violent act or crowd placed at a town of a list told again at the
    list's other towns (without the dead, counted once); the list may stand where a later
    sentence refers back to the act ("These assaults targeted seven towns: X, Y and Z")."""
    result = []
    # "attacks on posts in X and Y" may already be read as one act at each town
    # (villages no gazetteer knows, placed near one town, are told apart by their names)
    placed = {(m.sentence_index, m.trigger.start, m.place, m.place_text) for m in mentions}
    for m in mentions:
        result.append(m)
        if m.trigger.event_type not in LISTED_TYPES or not _listable(m):
            continue
        for other in _listed_where_placed(m, sentences, references):
            key = (m.sentence_index, m.trigger.start, other.place, other.text)
            if key in placed:
                continue
            placed.add(key)
            result.append(
                replace(
                    m,
                    actors=_of_its_country(m.actors, m.place.country, other.place.country),
                    place=other.place,
                    place_text=other.text,
                    place_rule=f"{LISTED} with {m.place_text}; {m.place_rule}",
                    fatalities=None,
                    fatalities_text="",
                )
            )
    return result


def _of_its_country(actors: tuple[str, ...], was: str, now: str) -> tuple[str, ...]:
    """ "Protesters (Niger)" told again in Burkina Faso are "Protesters (Burkina Faso)": the
    generic actors named after the country in context; the other country's forces or government
    ("Police Forces of Niger") are not told there."""
    if was == now:  # towns of one country
        return actors
    return tuple(
        a.removesuffix(f"({was})") + f"({now})" if a.endswith(f"({was})") else a
        for a in actors
        if not a.endswith(f" of {was}")
    )


def _listable(m: EventMention) -> bool:
    """Whether the mention's place may stand in a list of the act's places: a town, or a country
    for a peaceful crowd ("thousands gathered in Niger and Burkina Faso"; a riot told of one
    country's crowd is not the other's: "and protesters in Niamey burned French flags")."""
    peaceful = m.trigger.sub_event_type == "Peaceful protest"
    return _a_town(m.place, m.place_rule) or (peaceful and _a_country(m.place))


def _a_country(place) -> bool:
    return place is not None and place.feature == "country"


def _a_town(place, rule: str = "") -> bool:
    """A town, or a village no gazetteer knows placed near one (`rule`: how it was placed)."""
    near = place is not None and place.geo_precision == 2 and names_unknown_village(rule)
    return place is not None and place.feature == "town" and (place.geo_precision == 1 or near)


def _listed_where_placed(
    m: EventMention, sentences: Sequence[SentenceFacts], references: Sequence[Reference]
) -> list[PlaceMention]:
    """The other towns listed with the mention's town, in its own sentence or in the later one
    referring back to it that named the town."""
    listed = _listed_with(sentences[m.sentence_index], m.trigger.end, m)
    if listed:
        return listed
    for ref in references:
        if ref.sentence_index > m.sentence_index and ref.place_text == m.place_text:
            listed = _listed_with(sentences[ref.sentence_index], ref.trigger.end, m)
            if listed:
                return listed
    return []


def _listed_with(sentence: SentenceFacts, act_end: int, m: EventMention) -> list[PlaceMention]:
    """The other towns of the list the mention's town stands in, if it stands in one."""
    places = sorted((p for p in sentence.places if p.place is not None), key=lambda p: p.start)
    at = [i for i, p in enumerate(places) if p.text == m.place_text and p.place == m.place]
    if not at:
        return []
    # the town's mention nearest the act, when the sentence names it twice
    here = min(at, key=lambda i: abs(places[i].start - act_end))
    first = last = here
    while first > 0 and _joined(sentence.text, places[first - 1], places[first]):
        first -= 1
    while last + 1 < len(places) and _joined(sentence.text, places[last], places[last + 1]):
        last += 1
    listed = places[first : last + 1]
    if len(listed) < 2 or not _lists_places_of_the_act(sentence.folded, act_end, listed[0].start):
        return []
    # a list ends with "and": "in Kati, Koulikoro, on Monday" is a town and its region; its
    # last name may be one no gazetteer knows ("in Sévaré, Niono, and Bapho")
    ends = AND_GAP.search(sentence.folded, listed[-2].end, listed[-1].start) is not None
    if not ends and _unknown_last().match(sentence.text, listed[-1].end) is None:
        return []
    towns = all(_a_town(p.place, p.rule) and p.place.iso3 == m.place.iso3 for p in listed)
    # countries each named once ("in Niger and Burkina Faso")
    named = {p.place.iso3 for p in listed}
    countries = all(_a_country(p.place) for p in listed) and len(named) == len(listed)
    if not (towns or countries):
        return []
    # "Kati and Koulikoro": a town and the region it lies in, not two places (a longer list is
    # of towns: "Sandaré, Nioro du Sahel, Diboli and Kayes")
    pair = len(listed) == 2
    if pair and any(p.place.admin1 == q.place.name for p in listed for q in listed if p is not q):
        return []
    return [p for p in listed if p is not places[here]]


def _lists_places_of_the_act(folded: str, act_end: int, start: int) -> bool:
    """Whether the words before a list of towns make them places of the act told."""
    place_lead, not_the_acts = _leads()
    lead = folded[max(0, start - LEAD_REACH) : start]
    if not_the_acts.search(lead):
        return False
    right_after_the_act = (
        0 <= start - act_end <= LEAD_REACH and len(folded[act_end:start].split()) <= 1
    )
    return right_after_the_act or place_lead.search(lead) is not None


def _joined(text: str, left: PlaceMention, right: PlaceMention) -> bool:
    return LIST_GAP.fullmatch(text, left.end, right.start) is not None
