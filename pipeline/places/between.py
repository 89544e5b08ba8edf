"""Events on a stretch of road: "on the road between Djibo and Bourzanga", "between the
villages of A and B", "on the Djibo-Bourzanga road", "travelling from Dori to Djibo": halfway
between two towns that resolve, near the one that does when the other is a name the gazetteer
lacks."""

import re
from dataclasses import replace
from functools import cache

from pipeline.places.distance import km_between
from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention

STRETCH = "a stretch between two towns"  # how the rule of a stretch's mention begins
ONE_END = "one end of a stretch"  # how the rule of a stretch's known end goes on
_OTHER_NAME = re.compile(r"\s+and\s+(?:the\s+\w+\s+of\s+)?(\w)")
_OTHER_END = re.compile(r"(?:the\s+\w+\s+of\s+)?(\w)")  # the name a journey goes to


@cache
def _patterns() -> dict[str, re.Pattern]:
    cues = place_cues()
    return {
        "before": re.compile(rf"\bbetween\s+(?:the\s+{cues.settlement}\s+of\s+)?$", re.IGNORECASE),
        "and": re.compile(r"\s+and\s+"),
        "hyphen": re.compile(r"\s*-\s*"),
        "road": re.compile(rf"\s+{cues.road}\b", re.IGNORECASE),
        # "a bus travelling from Bandiagara to Mopti": the road from one town to the other
        "from": re.compile(
            rf"\b{cues.on_the_road}\b(?:\s+[\w'-]+){{0,5}}?\s+from\s+$", re.IGNORECASE
        ),
        "to": re.compile(rf"\s+{cues.journey_ends}\s+", re.IGNORECASE),
    }


def _town(m: PlaceMention) -> bool:
    return m.place is not None and m.place.feature == "town" and m.place.geo_precision == 1


def _pairs(sentence: str, mentions: list[PlaceMention]):
    """(first, second) town mentions named as the two ends of a stretch."""
    pat = _patterns()
    towns = [m for m in mentions if _town(m)]
    for a, b in zip(towns, towns[1:], strict=False):
        gap = sentence[a.end : b.start]
        named_between = pat["before"].search(sentence[: a.start]) and pat["and"].fullmatch(gap)
        road = pat["hyphen"].fullmatch(gap) and pat["road"].match(sentence, b.end)
        journey = pat["from"].search(sentence[: a.start]) and pat["to"].fullmatch(gap)
        if named_between or road or journey:
            yield a, b


def _halfway(a: Place, b: Place) -> Place:
    """A point halfway between two towns of one country (geo_precision 2)."""
    same = a.admin1 == b.admin1
    return Place(
        name=f"between {a.name} and {b.name}",
        admin1=a.admin1 if same else "",
        admin2=a.admin2 if same and a.admin2 == b.admin2 else "",
        country=a.country,
        iso3=a.iso3,
        latitude=round((a.latitude + b.latitude) / 2, 4),
        longitude=round((a.longitude + b.longitude) / 2, 4),
        geo_precision=2,
        feature="town",
        source=a.source if a.source == b.source else f"{a.source}+{b.source}",
    )


def between_towns(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions of a sentence with each stretch between two towns made one mention."""
    limit = place_cues().max_between_km
    merged = []
    for a, b in _pairs(sentence, mentions):
        km = km_between(a.place.latitude, a.place.longitude, b.place.latitude, b.place.longitude)
        if a.place.iso3 != b.place.iso3 or km > limit or a.place.name == b.place.name:
            continue
        place = _halfway(a.place, b.place)
        rule = f"{STRETCH} {km:.0f} km apart: halfway between them"
        merged.append((a, b, PlaceMention(sentence[a.start : b.end], a.start, b.end, place, rule)))
    taken = {id(m) for a, b, _ in merged for m in (a, b)}
    kept = [m for m in mentions if id(m) not in taken] + [m for _, _, m in merged]
    starts = {m.start for m in mentions}
    return [_near_one(sentence, m, starts) if _town(m) else m for m in kept]


def _near_one(sentence: str, m: PlaceMention, starts: set[int]) -> PlaceMention:
    """ "between Djibo and X", X a name no gazetteer knows: near Djibo (geo_precision 2);
    `starts`: where the sentence's place mentions start."""
    pat = _patterns()
    between = (
        _OTHER_NAME.match(sentence, m.end) if pat["before"].search(sentence[: m.start]) else None
    )
    journey = pat["from"].search(sentence[: m.start]) and pat["to"].match(sentence, m.end)
    other = between or (_OTHER_END.match(sentence, journey.end()) if journey else None)
    if other is None or not other.group(1).isupper() or other.start(1) in starts:
        return m
    rule = f"{m.rule}; {ONE_END} whose other end is in no gazetteer: near it"
    return replace(m, place=replace(m.place, geo_precision=2), rule=rule)


def on_a_stretch(mention: PlaceMention) -> bool:
    """True for a stretch of road, or its one known end: the scene even after "from"."""
    return mention.rule.startswith(STRETCH) or ONE_END in mention.rule
