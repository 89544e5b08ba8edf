"""What a place mention tells in its sentence: a scene, where from, whose, or a border."""

import functools
import re

from pipeline.contract import VIOLENT_TYPES
from pipeline.places.between import on_a_stretch
from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention, SentenceFacts, Trigger
from pipeline.scene_patterns import elsewhere_than_scene, names_a_border, names_who
from pipeline.town_segments import after_preposition

AFRICA = (-35.0, 38.0, -26.0, 60.0)


def done_on_the_ground(trigger: Trigger) -> bool:
    """An act whose place is where its people were (a fight, a blast, a force leaving), not an
    agreement or a decree, whose default is the capital and which a town in another clause of
    its sentence seldom hosts ("took Bourem, threatening the 2015 agreement")."""
    return trigger.event_type in VIOLENT_TYPES or trigger.category in place_cues().left_from


SINCE_BEFORE = re.compile(r"\bsince\b[^,;]*$")


def spoken_or_since(folded: str, mention: PlaceMention, trigger: Trigger) -> bool:
    """A speaker's word between a place and the act ("in Bamako, said troops had killed"), or
    "since" before the place in its clause: the place is not the act's."""
    said = _speech().search(folded, mention.end, trigger.start)
    return said is not None or SINCE_BEFORE.search(folded, 0, mention.start) is not None


@functools.cache
def _speech() -> re.Pattern:
    return re.compile(rf"\b(?:{place_cues().speech_verb})\b")


def in_africa(place: Place) -> bool:
    """True for a place on the African continent (the scope of the events table)."""
    return AFRICA[0] <= place.latitude <= AFRICA[1] and AFRICA[2] <= place.longitude <= AFRICA[3]


def in_brackets(sentence, mention) -> bool:
    """Whether the mention stands inside brackets ("(in January, in Lomé)")."""
    before = sentence.folded[: mention.start]
    return before.count("(") > before.count(")")


def named_in_act(trigger, mention: PlaceMention) -> bool:
    """A place inside the act's own words ("left the Ouallam base"): its scene."""
    return trigger.start <= mention.start and mention.end <= trigger.end


def says_where(mention: PlaceMention, sentence: SentenceFacts) -> bool:
    """A place that says where: resolved, in Africa, not named by an adjective (unless the
    sentence says "on the Malian side of the border")."""
    place = mention.place
    if place is None or not place.iso3:
        return False
    return in_africa(place) and not names_who(sentence, mention)


def scene_named(sentence: SentenceFacts, mention: PlaceMention) -> bool:
    """A place that says where, and not where from or a border ("close to the border with
    Mali" names no scene)."""
    stretch = on_a_stretch(mention)
    if names_a_border(sentence, mention):
        return False
    elsewhere = elsewhere_than_scene(sentence.folded, mention.start, 30)
    return says_where(mention, sentence) and (stretch or elsewhere is None)


def set_in(text: str, mention: PlaceMention) -> bool:
    """Whether the text puts something in the town ("spent the night in X", "killed in
    Djibo"), not names it as a speaker or a subject ("Bamako vows response")."""
    return (
        mention.place.feature == "town"
        and mention.place.geo_precision == 1
        and after_preposition(text, mention.start)
    )


def an_area(mention: PlaceMention) -> bool:
    """A district or a region ("in the Mopti region"): finer than the country for the next
    sentence that names no place."""
    return mention.place.feature in ("admin1", "admin2", "admin3")


def possessive(sentence: SentenceFacts, mention: PlaceMention) -> bool:
    """ "France's force" names who, not where; "Bamako's airport" still says where, and so do
    "Burkina Faso's northern village of X" and "Mali's north"."""
    if mention.place.geo_precision <= 1 or not sentence.folded.startswith("'s", mention.end):
        return False
    return _owned_place().match(sentence.folded, mention.end) is None


@functools.cache
def _owned_place() -> re.Pattern:
    """ "'s" and a place noun, after two words at most ("'s remote northern village")."""
    cues = place_cues()
    nouns = "|".join((cues.settlement, cues.unit, cues.area, cues.country_part))
    return re.compile(rf"'s\s+(?:[a-z-]+\s+){{0,2}}?(?:{nouns})\b")
