"""The phrases that point at a place told before or elsewhere ("the city", "the same region",
"returning from the town of X", "30 km from Dori"), built from place_cues.yaml's words."""

import re
from functools import cache
from typing import NamedTuple

from pipeline.places import named_by_demonym
from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention, SentenceFacts

# "the city", "there", "in the zone": the town named just before
THE_TOWN = (
    r"\bthe (?:city|town|{area})\b(?! of\b)"
    r"|\bthere\b(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might|'s)\b)"
)
# ", whose", ", through whose": a clause about another noun, up to where the place stands
WHOSE = r",\s*(?:(?:{prepositions})\s+)?whose\b[^,;()]*$"
# "a camp 30 km from Dori", "25 kilometres (15 miles) from Gorgadji": a distance from a town puts
# the scene near it
MEASURED_FROM = r"\b{unit}(?:\s*\([^()]{{0,30}}\))?\s+from\s+$"
# "the same road", "that road": the stretch of road named before, however long before; "the
# road" only within a few sentences (scene.py TOWN_MEMORY)
THE_ROAD = r"\b(?:the\s+(?:same\s+)?|that\s+){road}\b"
# "in the same region", "the same area", "the same base": the region (or, for an area or a
# site, the place) named before;
# "the neighbouring village of X", X unknown: the place named before, which X lies next to
THE_SAME = (
    r"\bthe\s+(?:same\s+(?:(?P<unit>{unit})|(?P<area>{area})|(?P<site>{site}))"
    r"|(?:{neighbouring})\s+(?P<next_to>{settlement})\s+of)\b"
)
# "returning from the besieged town of X": where they came from, however the town is called
FROM_THE_TOWN = r"\b{leaving}\s+from\s+the\s+(?:[\w-]+\s+){{0,2}}?{settlement}\s+of\s+$"
TO_THE_PLACE = r"\b{going}\s+(?:to|for)\s+(?:the\s+)?$"  # "flew to Togo": where someone went
# "the roads leading to Djibo and Dori": towns gone to (a list's later towns too)
GONE_TO = r"\b{destination}\s+(?:[\w'-]+(?:\s+and\s+|\s*,\s*)){{0,2}}$"
# "from Mali", "the border (frontier) with Niger" (or "with Mali's Ménaka region"), "the
# ambassador of Benin", "told the agency's correspondent in Bamako": whose, where from, or where
# the reporter is (not "arrested two journalists in Djibo": there they were)
NOT_THE_SCENE = (
    r"(?:\bfrom(?:\s+\w+)?|\b(?:{border})\s+(?:with|of)(?:\s+[\w-]+'s)?"
    # "the ambassador of Mali", "according to the diocese of Mopti": who, not where
    r"|\b(?:ambassadors?|envoys?|(?:arch)?dioceses?|bishops?)\s+of"
    r"|\b{observer}\s+(?:(?:based|stationed)\s+)?in)\s+$"
)

# "a resident, reached by phone by AFP from the capital Ouagadougou": where a speaker was reached,
# within SPOKEN_REACH characters before the town
SPOKEN_FROM = r"\b(?:{speaking})\b[^.;()]{{0,40}}?\bfrom\s+(?:the\s+(?:{measured_from})\s*,?\s*)?$"
SPOKEN_REACH = 80
# "Tillaberi regional governor Tidjani Katiella said": an office the place names, whose holder
# speaks (not "killed the Djibo mayor", "attacked the Mopti governor's office")
OFFICE = (
    r"\s+(?:(?:regional|provincial|local|district|municipal|departmental)\s+)?{office}\b"
    r"(?!['\u2019]s)(?:\s+[\w'\u2019.-]+){{0,4}}?\s+(?:{speech})\b"
)


class ScenePatterns(NamedTuple):
    """The compiled phrases, by what they point at."""

    from_the_town: re.Pattern
    the_road: re.Pattern
    the_same: re.Pattern
    the_town: re.Pattern
    went_to: re.Pattern
    carried_to: re.Pattern
    measured_from: re.Pattern
    whose: re.Pattern
    gone_to: re.Pattern
    not_the_scene: re.Pattern
    spoken_from: re.Pattern
    office: re.Pattern


@cache
def scene_patterns() -> ScenePatterns:
    """ "returning from the town of X", "the same road", "the same region", "the city" and the
    others, compiled once per process."""
    cues = place_cues()
    return ScenePatterns(
        from_the_town=re.compile(
            FROM_THE_TOWN.format(leaving=cues.leaving, settlement=cues.settlement)
        ),
        the_road=re.compile(THE_ROAD.format(road=cues.road)),
        the_same=re.compile(
            THE_SAME.format(
                unit=cues.unit,
                area=cues.area,
                site=cues.site,
                neighbouring=cues.neighbouring,
                settlement=cues.settlement,
            )
        ),
        the_town=re.compile(THE_TOWN.format(area=cues.area)),
        went_to=re.compile(TO_THE_PLACE.format(going=cues.going_to)),
        carried_to=re.compile(TO_THE_PLACE.format(going=cues.carried_to)),
        measured_from=re.compile(MEASURED_FROM.format(unit=cues.distance_unit)),
        whose=re.compile(WHOSE.format(prepositions=cues.relative_preposition)),
        gone_to=re.compile(GONE_TO.format(destination=cues.destination)),
        not_the_scene=re.compile(NOT_THE_SCENE.format(observer=cues.observer, border=cues.border)),
        spoken_from=re.compile(
            SPOKEN_FROM.format(speaking=cues.speaking_from, measured_from=cues.measured_from)
        ),
        office=re.compile(OFFICE.format(office=cues.place_office, speech=cues.speech_verb)),
    )


# "borders with Algeria, Burkina Faso, Libya and", "near the borders of Mali and", "an area
# bordering Burkina Faso and": names of up to three words each, no clause, the first one too
BORDER_LIST = re.compile(
    r"\b(?:borders?\s+(?:with|of)|bordering)\s+"
    r"(?:[^\s,.;()]+(?:\s+[^\s,.;()]+){0,2}(?:,|\s+and|\s+or)\s+){0,8}$"
)


@cache
def _border_words() -> tuple[re.Pattern, re.Pattern]:
    """ "the Burkina border", "the Niger-Mali frontier" (not "a Niger border village"); "the
    Malian side of the border"."""
    cues = place_cues()
    border = re.compile(
        rf"(?:\s*[-\u2013/]\s*[\w'\u2019]+(?:\s+faso)?)?\s+(?:{cues.border})\b"
        rf"(?!\s+(?:{cues.border_compound})\b)"
    )
    side = re.compile(rf"\s+side\s+of\s+the\s+(?:{cues.border_side})\b")
    return border, side


def elsewhere_than_scene(folded: str, start: int, reach: int) -> re.Match | None:
    """What, just before a place starting at `start`, says it is no scene: "from Mali", "the
    border with Niger", "reached by phone from the capital Ouagadougou"."""
    said = scene_patterns()
    return said.not_the_scene.search(folded[max(0, start - reach) : start]) or (
        said.spoken_from.search(folded[max(0, start - SPOKEN_REACH) : start])
    )


# "Baroua, a city in southeast Niger near Nigeria": a country a place is near is its border
NEAR_A_COUNTRY = re.compile(r"\b(?:near|close to|not far from)\s+$")
# "Niger's 'tri-border' zone with Burkina Faso and Mali", "the border with Mali": the countries
# on the other side
BORDER_WITH = re.compile(
    r"\b(?:border|borders|frontier|zone|area)\s+with\s+(?:[\w' -]{2,20}\s+and\s+)?$"
)


def names_a_border(sentence: SentenceFacts, mention: PlaceMention) -> bool:
    """A country told as a border ("near the Burkina border", "a town near Nigeria"), which
    says neither side."""
    return told_as_border(sentence.folded, mention)


def told_as_border(folded: str, mention: PlaceMention) -> bool:
    """Whether the (folded) text tells the country named by `mention` as a border: "Ambush near
    Burkina Faso border kills 10 Niger soldiers", "Niger's zone with Burkina Faso and Mali"."""
    if mention.place is None or mention.place.feature != "country":
        return False
    before = folded[max(0, mention.start - 20) : mention.start]
    wider = folded[max(0, mention.start - 50) : mention.start]
    border = _border_words()[0].match(folded, mention.end) is not None
    return border or bool(NEAR_A_COUNTRY.search(before) or BORDER_WITH.search(wider))


def names_who(sentence: SentenceFacts, mention: PlaceMention) -> bool:
    """A place named by an adjective ("Malian soldiers") or naming an office ("the Tillaberi
    regional governor said"): who, not where; but "on the Malian side of the border" says
    where."""
    office = mention.place is not None and mention.place.feature != "country"
    if office and scene_patterns().office.match(sentence.folded, mention.end):
        return True  # not "Niger authorities": the country is still where it happened
    return (
        named_by_demonym(mention) and _border_words()[1].match(sentence.folded, mention.end) is None
    )


# "In Solhan, in the region near ...", "The Tillia area, home to herders, has seen": a place
# opening the sentence, before its first comma
FRONTED = re.compile(r"\s*(?P<word>in|at|near|the)\s+$")
AREA_COMMA = re.compile(r"(?P<area>\s+(?:area|region|zone|district|commune|province))?,")


def fronted_place(sentence: SentenceFacts) -> PlaceMention | None:
    """The place finer than a country that the sentence opens with ("In Solhan, local sources
    said they had recovered 160 bodies", "The Tillia area, ..."): the scene of its acts that name
    no place of their own."""
    first = next((p for p in sentence.places if p.place and p.place.feature != "country"), None)
    opening = FRONTED.fullmatch(sentence.folded, 0, first.start) if first else None
    if opening is None:
        return None
    comma = AREA_COMMA.match(sentence.folded, first.end)
    # "The Gao, Menaka and Kidal regions were hit": a list, not the scene
    return first if comma and (opening["word"] != "the" or comma["area"]) else None


def vagueness(place: Place) -> float:
    """0 for a point (a town, or near one: halfway between two), 1 a district or a park, 2 a
    region, 2.5 a region with no border ("western Niger": "in the Tahoua region of western
    Niger" happened in the Tahoua region), 3 a country."""
    if place.feature == "region":
        # a park or a forest (an area of a district's size) is finer than "northern Benin"
        return 2.5 if place.geo_precision >= 3 else 1
    if place.feature == "country":
        return 3
    return 0 if place.feature == "town" else place.geo_precision - 1
