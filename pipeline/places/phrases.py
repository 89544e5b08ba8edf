"""Place phrases without a toponym: "the Malian capital", "the capital", "the north", "the
presidential palace"."""

import re
from functools import cache

from pipeline.knowledge import phrase_alternatives
from pipeline.places.context import Context
from pipeline.places.gazetteer import Gazetteer, tokenize
from pipeline.places.scan import Match
from pipeline.places.words import place_cues
from pipeline.records import PlaceMention

_DIRECTIONS = {
    "north": "Northern",
    "centre": "Central",
    "center": "Central",
    "south": "Southern",
    "east": "Eastern",
    "west": "Western",
    "south-west": "Southwestern",
    "southwest": "Southwestern",
    "north-east": "Northeastern",
    "northeast": "Northeastern",
    "north-west": "Northwestern",
    "northwest": "Northwestern",
    "south-east": "Southeastern",
    "southeast": "Southeastern",
}
_BARE_DIRECTION = re.compile(
    r"\bthe ((?:south|north)-?(?:west|east)|north|centre|center|south|east|west)"
    r"(?: of the country)?\b"
    r"(?![-'])(?! of )(?!\s+african?\b)"  # "the West African nation": no direction
)
# "from a mine camp in the country's northern region": the north of the country the text is about
_COUNTRY_DIRECTION = re.compile(
    r"\bthe country[\u2019']s ((?:south|north)-?(?:west|east)|north|south|east|west)(?:ern)?"
    r"(?:\s+(?:regions?|parts?|areas?))?\b"
    # "the country's West African neighbours", "its northern neighbour, Mali": no part of it
    r"(?!\s+(?:african?|neighbou?rs?|neighbou?ring|partners?|allies|ally|borders?)\b)"
)
# Words before "capital" that make it another capital than the national one ("regional capital").
_NOT_NATIONAL = frozenset(
    [
        "regional",
        "provincial",
        "departmental",
        "district",
        "economic",
        "commercial",
        "former",
        "old",
        "historic",
        "historical",
        "colonial",
        "spiritual",
        "religious",
        "cultural",
        "rebel",
        "jihadist",
        "regionale",
        "economique",
        "ancienne",
    ]
)
# Words after "capital" that make it money or law, not a city.
_NOT_CITY = frozenset(
    [
        "punishment",
        "market",
        "markets",
        "flight",
        "gains",
        "expenditure",
        "expenditures",
        "investment",
        "investments",
        "goods",
        "letters",
        "offence",
        "offences",
    ]
)
# "110 km (70 miles) to the south": a bearing from the town just named, not the country's south
_BEARING = re.compile(r"\b(?:km|kms|kilomet(?:re|er)s?|miles?)\b(?:\s*\([^()]{0,30}\))?\s+to\s+$")
_CAPITAL_WORDS = frozenset(["capital", "capitale"])
_CAPITAL_OWNER_GAP = re.compile(r"^(?:'s)?\s+$")  # "the Malian capital", "Mali's capital"
_NAMING_GAP = re.compile(r"^[\s,]*$")  # "the capital, Niamey", "Niger's capital Niamey"
_APPOSITION_GAP = re.compile(r"^\s*,\s*$")  # "Kidal, the capital ...": another town's title
_OF_GAP = re.compile(r"^\s+(?:of|du|de|d')\s*(?:the\s+|la\s+|l')?$")
_OF_COUNTRY = re.compile(r"^\s+(?:of the (?:country|nation)|du pays)\b")


def bare_directions(sentence: str, taken: list[Match], main: str, gazetteer: Gazetteer):
    """ "the north" of the country the sentence named last before it ("it is Mali's turn, where
    a convoy was attacked in the center of the country"), else of the article's main country
    (`main`, "" for none), when a region of that name is known."""
    if not main:
        return []
    lowered = sentence.lower()
    hits = [*_BARE_DIRECTION.finditer(lowered), *_COUNTRY_DIRECTION.finditer(lowered)]
    if not hits:  # most sentences: no country's scene to look for
        return []
    named = sorted((m.end, _country_of(m)) for m in taken if _told_as_scene(sentence, m))
    found = []
    for hit in hits:
        start, end = hit.start(), hit.end()
        if any(m.start < end and start < m.end for m in taken):
            continue
        if _BEARING.search(lowered, max(0, start - 60), start):
            continue
        iso3 = next((code for at, code in reversed(named) if at <= start), main)
        if not gazetteer.has_country(iso3):
            continue
        country = gazetteer.country(iso3)
        region = gazetteer.region(f"{_DIRECTIONS[hit.group(1)]} {country.name}")
        if region is not None:
            rule = f"direction word with the country {iso3} told: {region.name}"
            words = hit.start(1)  # the direction's words, without "the"
            found.append(PlaceMention(sentence[words:end], words, end, region, rule))
    return found


# "Mali's turn", "in Mali", "of Niger": a country named as where things happen, not a neighbour
# named in passing ("like neighbouring Mali and Niger") nor a demonym ("Malian troops")
_SCENE_BEFORE = re.compile(r"\b(?:in|of)\s+(?:the\s+)?$")
_POSSESSIVE = re.compile(r"['’]s\b")


def _told_as_scene(sentence: str, m: Match) -> bool:
    """A country the sentence names as a scene: its possessive or after "in" or "of"."""
    if not _country_of(m):
        return False
    before = sentence[max(0, m.start - 12) : m.start].lower()
    return bool(_POSSESSIVE.match(sentence, m.end) or _SCENE_BEFORE.search(before))


def _country_of(m: Match | None) -> str:
    """The ISO3 code of a match that names a country ("Mali", "Malian"), else ""."""
    if m is None or m.not_place or m.place is None or m.place.feature != "country":
        return ""
    return m.place.iso3


def capital_phrases(
    sentence: str,
    matches: list[Match],
    before: list[Match],
    article: Context,
    gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """ "the Malian capital", "Niger's capital", "the capital of Mali", "the capital": the
    capital city of that country, unless the sentence names the city itself; `before`: the
    places of the sentence before."""
    lowered = sentence.lower().replace("\u2019", "'")
    if "capital" not in lowered:
        return []
    tokens = tokenize(sentence)
    found = []
    for k, (word, start, end) in enumerate(tokens):
        if word not in _CAPITAL_WORDS or not sentence[start].islower():
            continue
        if any(m.start < end and start < m.end for m in matches):
            continue
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        if nxt is not None and nxt[0] in _NOT_CITY:
            continue
        if nxt is not None and nxt[0] in ("city", "ville") and lowered[end : nxt[1]].isspace():
            end = nxt[2]
        phrase = _capital_phrase(lowered, tokens, k, end, matches)
        if phrase is None:
            continue
        span_start, span_end, iso3, how = phrase
        if not iso3:
            iso3, how = _implied_country(matches, before, article, gazetteer)
        place = gazetteer.capital(iso3) if iso3 else None
        if place is None:
            continue
        rule = f"capital phrase: capital city of {iso3} ({how}): {place.name}"
        found.append(PlaceMention(sentence[span_start:span_end], span_start, span_end, place, rule))
    return found


# "of" after a palace word, or "in"/"at" and a capitalised word: another building ("the palace
# of congresses") or the building's own place ("its embassy in Paris"), not "in protest"
_NAMED_AFTER = re.compile(r"\s*(?:(?i:of)\b|(?i:in|at)\s+(?:(?i:the)\s+)?[A-Z])")


def _right_before(sentence: str, m: Match, start: int) -> bool:
    """Whether the match ends right before `start`, nothing but spaces between."""
    return m.end <= start and sentence[m.end : start].strip() == ""


@cache
def _palace() -> re.Pattern:
    """The seat of the head of state (place_cues.yaml): "the presidential palace", "the palace"; a
    leading "the" must stand before the words but is not part of the place."""
    alternatives = []
    for phrase in place_cues().palace:
        bare = phrase.removeprefix("the ")
        lead = "(?<=the )" if bare != phrase else ""
        alternatives.append(lead + phrase_alternatives((bare,)))
    return re.compile(rf"\b(?:the\s+)?({'|'.join(alternatives)})\b")


def palace_phrases(
    sentence: str,
    matches: list[Match],
    before: list[Match],
    article: Context,
    gazetteer: Gazetteer,
) -> list[PlaceMention]:
    """ "the presidential palace", "the palace": the capital city of the country the sentence,
    the one before it (`before`: its places) or the article is about."""
    found = []
    for hit in _palace().finditer(sentence.lower()):
        start, end = hit.start(1), hit.end(1)
        if _NAMED_AFTER.match(sentence, end):
            continue
        if any(m.start < end and start < m.end for m in matches):
            continue
        # "the French embassy" in Ouagadougou: the country right before an embassy owns it
        embassy = hit.group(1).lower() == "embassy"
        others = [m for m in matches if not (embassy and _right_before(sentence, m, start))]
        iso3, how = _implied_country(others, before, article, gazetteer)
        place = gazetteer.capital(iso3) if iso3 else None
        if place is not None:
            rule = f"palace phrase: capital city of {iso3} ({how}): {place.name}"
            found.append(PlaceMention(sentence[start:end], start, end, place, rule))
    return found


def _capital_phrase(
    lowered: str, tokens: list, k: int, end: int, matches: list[Match]
) -> tuple[int, int, str, str] | None:
    """Span and country (or "" for a bare "the capital") of the capital word at token k, or None
    when it is not the national capital ("regional capital") or the city is named next to it."""
    start = tokens[k][1]
    prev = tokens[k - 1][0] if k else ""
    if prev in _NOT_NATIONAL:
        return None
    before = max((m for m in matches if m.end <= start), key=lambda m: m.end, default=None)
    after = min((m for m in matches if m.start >= end), key=lambda m: m.start, default=None)
    between = lowered[end : after.start] if after is not None else ""
    town_after = after is not None and after.place is not None and after.place.feature == "town"
    if town_after and _NAMING_GAP.match(between):
        return None  # "the capital, Niamey": the city's own mention is enough
    if before is not None and _CAPITAL_OWNER_GAP.match(lowered[before.end : start]):
        owner = _country_of(before)
        if owner:
            return before.start, end, owner, "named with the word capital"
    if prev not in ("the", "la"):
        return None  # "human capital", "its capital": no country to read
    if (
        before is not None
        and k > 1
        and _APPOSITION_GAP.match(lowered[before.end : tokens[k - 1][1]])
    ):
        return None  # "Kidal, the capital of ...": the title of another place
    if after is not None and _OF_GAP.match(between):
        owner = _country_of(after)
        # "the capital of the Gao region" is a regional capital.
        return (start, after.end, owner, "of the country named after it") if owner else None
    if lowered[end:].lstrip().startswith(("of ", "du ", "de ", "d'")) and not _OF_COUNTRY.match(
        lowered[end:]
    ):
        return None  # the capital of something that is not a country
    if tokens[k][0] == "capitale" and after is not None and between.isspace():
        owner = _country_of(after)  # "la capitale malienne"
        if owner:
            return start, after.end, owner, "named with the word capitale"
    return start, end, "", ""


def _implied_country(
    matches: list[Match], before: list[Match], article: Context, gazetteer: Gazetteer
) -> tuple[str, str]:
    """The country of a bare "the capital": the one the sentence names, else that of the
    capital city the sentence before names ("Bamako. On 20 June, ... at a home in the
    capital"), else the article's main one; none when the sentence names a capital city or
    several countries."""
    if any(m.place is not None and gazetteer.is_capital(m.place) for m in matches):
        return "", ""
    named = {_country_of(m) for m in matches} - {""}
    if len(named) == 1:
        return next(iter(named)), "the country the sentence names"
    if named or not article.countries:
        return "", ""
    # only a capital city told just before ("In Bamako, ..."): a country there may be where
    # people fled to, not where the sentence is set
    told = {
        m.place.iso3
        for m in before
        if m.place is not None and not m.not_place and gazetteer.is_capital(m.place)
    }
    if len(told) == 1:
        return next(iter(told)), "the capital named in the sentence before"
    return article.countries.most_common(1)[0][0], "the article's main country"
