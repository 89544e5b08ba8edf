"""Where a place the gazetteer lacks lies, as the words around it say: "X, in the Bam province
of the Centre-Nord region", "X, a river town in the Bourem cercle", "X, near Djibo", or the
next sentence: "Both villages are in the Thiou department of the Yatenga province"."""

import math
import re
from dataclasses import replace
from functools import cache

from pipeline.dates.patterns import MONTHS, WEEKDAYS
from pipeline.places.distance import km_between
from pipeline.places.nesting import lies_in
from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention
from pipeline.textnorm import fold

# how specific each kind of containing place is: a commune before its district, a district
# before its region
_SPECIFIC = {"town": 0, "admin3": 0, "admin2": 1, "admin1": 2, "region": 3}
# a word of at most 40 letters: a long hostile run must not be tried at every split
_NAME = r"[^\W\d_][\w'\u2019\-]{0,40}"
# "the Thiou department of the Yatenga province", "the Bourem cercle of the neighbouring Gao
# region", "Thiou department, Yatenga province": each place qualifies the one before
_CHAIN_GAP = re.compile(r"\s*(?:,\s*|\s(?:of|in)\s+)(?:the\s+)?(?:[a-z]+\s+)?")
_DISTANCE = (
    r",?\s*(?:{about})?\s*(?:(?P<n>\d+(?:[.,]\d+)?)|{few})\s*(?P<unit>{unit})(?:\s*\([^()]{{0,30}}\))?\s+"
    r"(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of|(?:away\s+)?from"
    r"|outside)\s+(?:the\s+{nouns}(?:\s+of)?\s*,?\s*)?"
)
# "southeast of the capital, Niamey": a way, then what it is measured from
_WAY_FROM = (
    r"(?P<dir>(?:north|south)-?(?:east|west)|north|south|east|west)\s+of\s+"
    r"(?:the\s+{nouns}(?:\s+of)?\s*,?\s*)?$"
)
# "60 kilometers (40 miles) southeast of the capital, Niamey": how far, which way, from where
_BEARING_FROM = (
    r"(?P<n>\d{{1,3}}(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<unit>{unit})\b"
    r"(?:\s*\([^()]{{0,30}}\))?\s+(?:to\s+the\s+)?" + _WAY_FROM
)
_WAY_OF = r"(?<![\w-])" + _WAY_FROM  # "north-east of the capital, Niamey": no distance
COMPASS = {
    "north": 0, "northeast": 45, "east": 90, "southeast": 135,
    "south": 180, "southwest": 225, "west": 270, "northwest": 315,
}  # fmt: skip
KM_PER_DEGREE = 111.32  # of latitude
KM_PER_MILE = 1.609
MOVED_KM = 300  # further, a bearing from a town is too rough to move a point by
FAR_KM = 100  # further, a distance with no bearing says nothing of where a thing is
STANDS_IN = frozenset({"admin1", "admin2"})  # units that may place what a far town does not
LOOK_BACK = 80  # characters before a town that may measure from it ("60 km (40 miles) south of")
FEW_KM = 10  # "a few kilometres"
# (a lookahead, so that "in an ambush near X" still finds "near X")
_UNMARKED = re.compile(rf"\b(?:in|at|near)\s+(?=({_NAME}(?:[ -]{_NAME}){{0,2}}))")


# quotation marks that may close a quoted phrase right after a name (a right single quote too)
CLOSING_QUOTES = re.compile(r"[\"\u201d\u2019]*")


@cache
def _patterns() -> dict[str, re.Pattern]:
    cues = place_cues()
    described = rf"(?:(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{cues.settlement}\s+)?"
    distance = _DISTANCE.format(
        unit=cues.distance_unit, few=cues.vague_amount, about=cues.about, nouns=cues.measured_from
    )
    # "X, a village of the commune of the same name located a few kilometres from Y": what X
    # is (a settlement), told before where it lies
    apposed = rf"(?:\s*,\s*(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{cues.settlement}\b[^,;()]{{0,60}}?\s+)?"
    # "Djibo, the capital of the Soum province, is 25 kilometres from", "X, located about 50
    # kilometres northwest of": one place that far from another
    lies = (
        r"\s*(?:(?:,[^,;]{0,80},)?\s*(?:is|lies|sits)\s+(?:located\s+|situated\s+)?"
        r"|,\s*(?:located|situated|lying)\s+)"
    )
    measured = distance.removeprefix(",?")
    return {
        "distance": re.compile(apposed + distance, re.IGNORECASE),
        # "20 km north of X": the town is where the distance is measured from
        "measured": re.compile(distance + "$", re.IGNORECASE),
        "bearing": re.compile(
            _BEARING_FROM.format(unit=cues.distance_unit, nouns=cues.measured_from), re.IGNORECASE
        ),
        "apart": re.compile(lies + measured, re.IGNORECASE),
        "way_of": re.compile(_WAY_OF.format(nouns=cues.measured_from), re.IGNORECASE),
        # "X is 40 km from Djibo and 10 km from Tongomayel": each distance its own town's
        "apart_more": re.compile(rf"{lies}(?:[^;]{{0,60}}?\s+and\s+)?{measured}", re.IGNORECASE),
        # "X, in the", "X and Y, in the", "X, a river town in the", "X, also in the"
        "in": re.compile(
            rf"(?:\s+and\s+(?:the\s+)?{_NAME})?\s*,?\s*{described}(?:also\s+)?in\s+(?:the\s+)?",
            re.IGNORECASE,
        ),
        # "the Bani department of the": a unit the gazetteer lacks, inside the next one;
        # "the neighbouring Seno province": a word before the unit's name
        # "the commune of the same name in the cercle of": the unit named after its kind
        "unknown unit": re.compile(
            rf"\s*(?i:{cues.unit}\s+of\s+the\s+same\s+name\s+(?:of|in)\s+(?:the\s+)?)?"
            rf"(?i:{_NAME}(?:[ -]{_NAME})?\s+{cues.unit}\s+(?:of|in)\s+(?:the\s+)?)?"
            rf"(?:(?i:{cues.unit})\s+of\s+|[a-z]+\s+)?",
        ),
        "near": re.compile(
            rf"{apposed}\s*,?\s*{cues.near}\s+(?:the\s+{cues.settlement}\s+of\s+)?",
            re.IGNORECASE,
        ),
    }


def _lead(names: list[str]) -> re.Pattern:
    """ "Both villages are in the", "X lies in the", "X is a village in the": a sentence that
    says where places lie."""
    cues = place_cues()
    named = "|".join(re.escape(n) for n in names)
    subject = rf"(?:(?:{cues.lead})\s+)?{cues.settlement}" + (f"|{named}" if named else "")
    # "X is a small village in the", "Both villages are in the"
    described = rf"(?:a|an)\s+(?:[\w-]+\s+){{0,2}}?{cues.settlement}\s+(?:in|of)"
    return re.compile(
        rf"\s*(?:{subject})\s+{cues.lies_in}\s+(?:(?:all|both)\s+)?(?:{described}|in)\s+"
        r"(?:the\s+)?",
        re.IGNORECASE,
    )


def _chain(sentence: str, pos: int, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The places named from `pos` on, each qualifying the one before."""
    chain = []
    for m in sorted(mentions, key=lambda p: p.start):
        if m.start < pos:
            continue
        gap = sentence[pos : m.start]
        if (_CHAIN_GAP if chain else _patterns()["unknown unit"]).fullmatch(gap) is None:
            break
        if m.place is None or m.place.feature not in _SPECIFIC:
            break
        chain.append(m)
        pos = m.end
    return chain


def _most_specific(chain: list[PlaceMention]) -> tuple[Place, str]:
    """The most specific unit of a chain: a commune is near its town (geo_precision 2)."""
    unit = min(chain, key=lambda m: _SPECIFIC[m.place.feature])
    place = unit.place
    if place.feature in ("town", "admin3"):
        place = replace(place, geo_precision=2)
    return place, f"in {unit.text}"


def where_it_lies(
    sentence: str, end: int, mentions: list[PlaceMention], apposed: bool = False
) -> tuple[Place, str] | None:
    """The place the words right after a name (ending at `end`) tie it to, and how they say it;
    a town it is near or measured from counts as near that town (geo_precision 2). `apposed`: a
    unit set after a comma counts too ("in Maldjori town, Diffa department"), for a name the
    text marks as a place (a known town before a comma may head a list: "in Djibo, Tillaberi
    and Tahoua regions")."""
    # '"an ambush near the town of Koutougou" in the Tillaberi region': the quotation closes first
    end = CLOSING_QUOTES.match(sentence, end).end()
    for pattern in (_patterns()["distance"], _patterns()["near"]):
        phrase = pattern.match(sentence, end)
        if phrase is None:
            continue
        town = next((m.place for m in mentions if m.start == phrase.end()), None)
        if town is not None and town.feature == "town":
            # "the village of X, about 150 km (93 miles) north of Solhan": that far that way
            bearing = _bearing(sentence, phrase.start(), phrase.end())
            if bearing is not None:
                moved = _moved(town, bearing)
                return moved, moved.name
            return replace(town, geo_precision=2), f"near {town.name}"
    phrase = _patterns()["in"].match(sentence, end)
    chain = _chain(sentence, phrase.end(), mentions) if phrase else []
    if apposed and not chain and (comma := _COMMA.match(sentence, end)):
        # "in Maldjori town, Diffa department": a unit in apposition (a town, or a unit a list
        # goes on from, is another place)
        chain = _chain(sentence, comma.end(), mentions)
        listed = chain and _LIST_GOES_ON.match(sentence, chain[-1].end)
        chain = chain if chain and chain[0].place.feature != "town" and not listed else []
    return _most_specific(chain) if chain else None


_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")


def where_they_lie(
    sentence: str, mentions: list[PlaceMention], names: list[str]
) -> tuple[Place, str] | None:
    """The unit a sentence opening "Both villages are in the ..." or "X lies in the ..." names."""
    phrase = _lead(names).match(sentence)
    chain = _chain(sentence, phrase.end(), mentions) if phrase else []
    return _most_specific(chain) if chain else None


def unmarked_names(sentence: str, mentions: list[PlaceMention], unknown: str) -> list[PlaceMention]:
    """ "ambushed at X, in the Bam province": a capitalised name the gazetteer lacks, after
    "in", "at" or "near", placed in the district or region the words right after it name; `unknown`:
    how the rule of such a name begins."""
    found = []
    for hit in _UNMARKED.finditer(sentence) if ", " in sentence else ():
        start, end = hit.start(1), capital_end(sentence, hit.start(1), hit.end(1))
        name = sentence[start:end]
        if end == start or fold(name).lower() in MONTHS or fold(name).lower() in WEEKDAYS:
            continue
        if any(m.start < hit.end(1) and start < m.end for m in mentions):
            continue
        where = where_it_lies(sentence, end, mentions)
        if where is None or where[0].feature == "region":
            continue
        place, how = where
        rule = f"{unknown}: {name!r}, matches no gazetteer place; the text puts it {how}"
        found.append(PlaceMention(name, start, end, place, rule))
    return found


def measured_towns(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """The mentions with each town a distance is measured from ("20 km north of X") made a
    point near that town (geo_precision 2), moved that far that way when the text says which
    way ("60 km (40 miles) southeast of the capital, Niamey"); a town far from what is told
    ("Mourdiah, 300 km from Bamako") is left out when the sentence names another town, and a
    town far off or only told which way when the place it is measured from is told right
    before ("in the central San region, around 400 km from Bamako"; "in the Tahoua region,
    north-east of Niamey")."""
    # the towns left out when a place is told right before what measures from them: where
    # that starts; those told only which way, which no other town named elsewhere replaces
    result, measured_from, way_only = [], {}, set()
    for m in mentions:
        if m.place is not None and m.place.feature == "town":
            bearing = _bearing(sentence, max(0, m.start - LOOK_BACK), m.start)
            if bearing is not None:
                m = replace(m, place=_moved(m.place, bearing), rule=f"{m.rule}; {bearing[0]}")
            elif measured := _patterns()["measured"].search(
                sentence, max(0, m.start - LOOK_BACK), m.start
            ):
                near = replace(m.place, geo_precision=2)
                m = replace(m, place=near, rule=f"{m.rule}; a distance from it: near it")
                if measured["n"] and _km(measured) > FAR_KM:
                    measured_from[len(result)] = measured.start()
            elif way := _patterns()["way_of"].search(
                sentence, max(0, m.start - LOOK_BACK), m.start
            ):
                near = replace(m.place, geo_precision=2)
                m = replace(m, place=near, rule=f"{m.rule}; a way from it: near it")
                measured_from[len(result)] = way.start()
                way_only.add(len(result))
        result.append(m)
    # only another town may stand in for a far one ("the Malian army said" names no scene)
    another_town = any(_a_town(m.place) for n, m in enumerate(result) if n not in measured_from)
    left_out = {
        n
        for n, at in measured_from.items()
        if (another_town and n not in way_only)
        or any(_told_right_before(sentence, m, result[n], at) for m in result)
    }
    return [m for n, m in enumerate(result) if n not in left_out]


def _a_town(place: Place | None) -> bool:
    return place is not None and place.feature == "town" and place.geo_precision == 1


def _told_right_before(sentence: str, other: PlaceMention, town: PlaceMention, at: int) -> bool:
    """Whether a town, district or region the town does not lie in is told right before the
    words that measure from it ("in the Tahoua region, north-east of Niamey")."""
    place = other.place
    return (
        place is not None
        and (_a_town(place) or place.feature in STANDS_IN)
        and other.end <= at
        and not sentence[other.end : at].strip(" ,")
        and not lies_in(town.place, place)
    )


NAMESAKE_SLACK_KM = 60.0  # beyond the distance told, a town's point is another place's


def measured_namesake(
    sentence: str, end: int, town: Place, mentions: list[PlaceMention]
) -> Place | None:
    """ "the village of Loumbila, some 35 kilometers from Ouahigouya": when the gazetteer puts
    the town (its name ending at `end`) far farther from the town its distance is measured from
    than the text says, it is a namesake: the point near that town (geo_precision 2). A bearing
    ("some 100 km south of Kidal") is too rough to tell a namesake by."""
    end = CLOSING_QUOTES.match(sentence, end).end()
    told = _patterns()["distance"].match(sentence, end)
    if told is None or _bearing(sentence, told.start(), told.end()) is not None:
        return None
    measured = next((m.place for m in mentions if m.start == told.end()), None)
    km = _km(told) if told["n"] else FEW_KM
    if measured is None or measured.feature != "town" or km > FAR_KM:
        return None
    apart = km_between(town.latitude, town.longitude, measured.latitude, measured.longitude)
    return replace(measured, geo_precision=2) if apart > km + NAMESAKE_SLACK_KM else None


def measured_apart(sentence: str, name: str, mentions: list[PlaceMention]) -> Place | None:
    """ "Djibo, the capital of the Soum province, is 25 kilometres from Pobe-Mengao", "Pobe-Mengao
    lies 30 km from Djibo": a name no gazetteer knows, said to lie a short distance from a town,
    is a point near that town (geo_precision 2)."""
    found = []
    for hit in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", sentence):
        for town in (m for m in mentions if m.place is not None and m.place.feature == "town"):
            if town.end <= hit.start():
                told = _patterns()["apart"].fullmatch(sentence, town.end, hit.start())
            else:
                told = _patterns()["apart_more"].fullmatch(sentence, hit.end(), town.start)
            km = (_km(told) if told["n"] else FEW_KM) if told is not None else None
            if km is not None and km <= FAR_KM:
                found.append((km, town.place))
    nearest = min(found, key=lambda pair: pair[0], default=None)
    return replace(nearest[1], geo_precision=2) if nearest else None


def _bearing(sentence: str, start: int, end: int) -> re.Match | None:
    """The bearing ("60 km southeast of") ending at `end`, if near enough to move a point by
    (further off, the town only says which part of the country)."""
    bearing = _patterns()["bearing"].search(sentence, start, end)
    return bearing if bearing is not None and _km(bearing) <= MOVED_KM else None


def _km(bearing: re.Match) -> float:
    """The distance a bearing gives, in km ("1,200 km", "40 miles")."""
    distance = float(bearing["n"].replace(",", ""))
    return distance * KM_PER_MILE if bearing["unit"].lower().startswith("mile") else distance


def _moved(town: Place, bearing: re.Match) -> Place:
    """The point `bearing` ("60 km southeast of") puts away from the town."""
    distance = _km(bearing)
    direction = bearing["dir"].lower().replace("-", "")
    angle = math.radians(COMPASS[direction])
    latitude = town.latitude + distance * math.cos(angle) / KM_PER_DEGREE
    scale = KM_PER_DEGREE * math.cos(math.radians(town.latitude))
    longitude = town.longitude + distance * math.sin(angle) / scale
    name = f"{bearing['n']} {bearing['unit'].lower()} {direction} of {town.name}"
    return replace(
        town, name=name, latitude=round(latitude, 4), longitude=round(longitude, 4), geo_precision=2
    )


def capital_end(sentence: str, start: int, end: int) -> int:
    """The end of the run of capitalised words from start ("Dablo on Monday" -> "Dablo")."""
    last = start
    for w in re.finditer(r"[^\s]+", sentence[start:end]):
        if not w.group()[0].isupper():
            break
        last = start + w.end()
    return last
