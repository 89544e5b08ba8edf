"""The town inside the area an act's clause names: "In northern Timbuktu region, infighting ...
left 20 dead near N'Daki village" happened at the village, not across the region."""

import re
from functools import cache

from pipeline.places.distance import km_between
from pipeline.places.nesting import lies_in
from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention
from pipeline.textnorm import fold

TOWN = "town"  # the feature of a place that says where inside an area


def town_inside(ranked: list, others: list, folded: str, trigger_end: int) -> PlaceMention:
    """The nearest candidate, unless it is a region or a district and a town named after the
    trigger in its clause (`others`: places outside its clause) lies in it, or the area is told
    of a town right before it: "In northern Timbuktu region, infighting ... left 20 dead
    near N'Daki village" (the region frames the sentence, the town says where; not "..., a
    local official in Dori said")."""
    best = ranked[0][-1]
    if best.place.feature not in AREAS:
        return best
    # "the village of Manni, in the province of Gnagna, suffered an attack": the area told of
    # the town named right before it
    described = (
        c[-1]
        for c in [*ranked[1:], *others]
        if c[-1].place.feature == TOWN
        and c[-1].end < best.start
        and _AREA_OF_THE_TOWN.fullmatch(folded, c[-1].end, best.start)
    )
    found = next((t for t in described if _inside_area(t.place, best.place)), None)
    if found is not None:
        return found
    towns = (
        c[-1]
        for c in sorted([*ranked[1:], *others], key=lambda c: c[2])
        if c[-1].place.feature == TOWN
        and c[-1].start > max(best.start, trigger_end)
        and _LOCATIVE_BEFORE.search(folded, 0, c[-1].start)
        and not _other_clause().search(folded, trigger_end, c[-1].start)
    )
    return next((t for t in towns if _inside_area(t.place, best.place)), best)


AREAS = frozenset({"admin1", "admin2", "region"})  # places a town may say where in
OTHER_CLAUSE = r",(?=\s)|;|\b(?:{speech})\b"  # a comma, or a speaker's word (place_cues.yaml)
# "near N'Daki village": a town in another clause counts when the words before it say it is where
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside)\s+(?:the\s+)?(?:village\s+of\s+)?$")
_AREA_OF_THE_TOWN = re.compile(
    r"\s*,\s*(?:in|of)\s+(?:the\s+)?(?:(?:province|region|district|department|commune|circle|"
    r"cercle|prefecture)\s+of\s+)?"
)
DISTRICT_REACH_KM = 80.0  # the farthest a town of unknown district lies from a district's seat


@cache
def _other_clause() -> re.Pattern:
    return re.compile(OTHER_CLAUSE.format(speech=place_cues().speech_verb))


def _inside_area(town: Place, area: Place) -> bool:
    """Whether a town lies in an area: its region, and its district when the area is one."""
    if not lies_in(town, area):
        return False
    if area.feature != "admin2":
        return True
    if town.admin2 and area.admin2:
        return fold(town.admin2) == fold(area.admin2)
    return (
        km_between(town.latitude, town.longitude, area.latitude, area.longitude)
        <= DISTRICT_REACH_KM
    )
