"""The words of data/knowledge/place_cues.yaml, as the regular expressions that use them."""

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from pipeline.safe_yaml import safe_load

CUES_FILE = Path(__file__).resolve().parents[2] / "data" / "knowledge" / "place_cues.yaml"


def _alternatives(words: list[str]) -> str:
    """A regex alternation of phrases, longest first, each space matching any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "(?:" + "|".join(r"\s+".join(map(re.escape, w.split())) for w in ordered) + ")"


@dataclass(frozen=True)
class PlaceCues:
    """The compiled place cues."""

    settlement: str  # alternation of settlement nouns
    lead: str  # alternation of words before a settlement noun
    unit: str  # alternation of the kinds of administrative unit
    country_part: str  # alternation of the parts of a country ("north", "centre")
    lies_in: str  # alternation of verbs tying a place to its unit
    near: str  # alternation of "near"-like words
    road: str  # alternation of road nouns
    area: str  # alternation of nouns for an area of no fixed kind ("the same area")
    site: str  # alternation of nouns for a place told again ("the same base")
    neighbouring: str  # alternation of words for a place next to the one told before
    left_from: frozenset[str]  # trigger categories whose place "from X" is the scene
    leaving: str  # alternation of verbs of going ("returning from the town of X")
    going_to: str  # alternation of verbs of going to a place ("flew to Togo")
    distance_unit: str  # alternation of units of distance ("km", "miles")
    vague_amount: str  # alternation of words for an uncounted number ("a few", "several")
    about: str  # alternation of words for a rough figure ("about 25 km")
    relative_preposition: str  # alternation of prepositions before "whose" ("through whose")
    measured_from: str  # alternation of nouns for the town a distance is measured from
    carried_to: str  # alternation of verbs of being carried to a place ("evacuated to Niamey")
    handed_over: frozenset[str]  # trigger categories whose captives are handed over there
    destination: str  # alternation of words before a place gone to ("the road leading to X")
    on_the_road: str  # alternation of words of a vehicle under way ("a bus travelling from X")
    journey_ends: str  # alternation of words between a journey's two towns ("to", "towards")
    palace: tuple[str, ...]  # "the presidential palace": the seat of the head of state
    max_between_km: float
    border: str  # alternation of nouns for a border ("the Burkina border", "frontier")
    border_compound: str  # alternation of nouns a border word qualifies ("a Niger border village")
    border_side: str  # alternation of what a side is of ("the Malian side of the border")
    observer: str  # alternation of people who report from a place ("a correspondent in Bamako")
    place_office: str  # alternation of offices a place names ("the Tillaberi regional governor")
    speech_verb: str  # alternation of words by which a speaker speaks ("said", "according")
    force_words: frozenset[str]  # words of a force's name, no village's ("Operation Barkhane")
    speaking_from: str  # alternation of words of reaching a speaker ("reached by phone from X")
    list_preposition: str  # alternation of prepositions leading a list of places ("in X and Y")
    listed_place: str  # alternation of nouns of places listed ("the villages of X and Y")
    not_listed_after: str  # alternation of words before towns gone to or come from
    not_listed_people: str  # alternation of people before the towns they live in or come from
    list_goes_on: str  # alternation of words after a last listed name that go on with the act
    owned_site: str  # alternation of sites a respelled name may own ("Chinagoder's post")
    region_settlement: frozenset[str]  # settlements "in" a name that lie in its region
    administering: str  # alternation of verbs of a commune over its villages ("administers")
    belonging: str  # alternation of verbs of villages in their commune ("belong", "lie")


@cache
def place_cues(path: Path = CUES_FILE) -> PlaceCues:
    """The place cues of the knowledge file (read once)."""
    raw = safe_load(path.read_text(encoding="utf-8"))
    return PlaceCues(
        settlement=_alternatives(raw["settlements"]),
        lead=_alternatives(raw["settlement_leads"]),
        unit=_alternatives(raw["units"]),
        lies_in=_alternatives(raw["lies_in"]),
        near=_alternatives(raw["near"]),
        road=_alternatives(raw["roads"]),
        area=_alternatives(raw["areas"]),
        site=_alternatives(raw["same_sites"]),
        country_part=_alternatives(raw["country_parts"]),
        neighbouring=_alternatives(raw["neighbouring"]),
        left_from=frozenset(raw["left_from"]),
        leaving=_alternatives(raw["leaving"]),
        going_to=_alternatives(raw["going_to"]),
        distance_unit=_alternatives(raw["distance_units"]),
        vague_amount=_alternatives(raw["vague_amounts"]),
        about=_alternatives(raw["about"]),
        relative_preposition=_alternatives(raw["relative_prepositions"]),
        measured_from=_alternatives(raw["measured_from"]),
        carried_to=_alternatives(raw["carried_to"]),
        handed_over=frozenset(raw["handed_over"]),
        destination=_alternatives(raw["destination"]),
        on_the_road=_alternatives(raw["on_the_road"]),
        journey_ends=_alternatives(raw["journey_ends"]),
        palace=tuple(raw["palace"]),
        max_between_km=float(raw["max_between_km"]),
        border=_alternatives(raw["border"]),
        border_compound=_alternatives(raw["border_compounds"]),
        border_side=_alternatives(raw["border_sides"]),
        observer=_alternatives(raw["observers"]),
        place_office=_alternatives(raw["place_offices"]),
        speech_verb=_alternatives(raw["speech_verbs"]),
        force_words=frozenset(raw["force_words"]),
        speaking_from=_alternatives(raw["speaking_from"]),
        list_preposition=_alternatives(raw["list_prepositions"]),
        listed_place=_alternatives(raw["listed_places"]),
        not_listed_after=_alternatives(raw["not_listed_after"]),
        not_listed_people=_alternatives(raw["not_listed_people"]),
        list_goes_on=_alternatives(raw["list_goes_on"]),
        owned_site=_alternatives(raw["owned_sites"]),
        region_settlement=frozenset(raw["region_settlements"]),
        administering=_alternatives(raw["administering"]),
        belonging=_alternatives(raw["belonging"]),
    )
