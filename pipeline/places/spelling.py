"""Names spelled another way: English news writes the region's villages as it hears them
("Banibangu" for Banibangou, "Tillabery" for Tillabéri); a name the text
marks as a place and no gazetteer knows is the one place whose name sounds the same."""

import re
from functools import cache

from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention
from pipeline.textnorm import fold

SOUND_KEY_MIN = 6  # shorter keys sound like too many names
# French and English spellings of one sound, written one way (in order): "ou" and "w" as "u",
# "dj" as "j", "tch" as "ch", "y" as "i"; then "h" dropped and doubled letters made single
_SPELLINGS = (("tch", "ch"), ("dj", "j"), ("ou", "u"), ("w", "u"), ("y", "i"), ("h", ""))
_NOT_LETTERS = re.compile(r"[^a-z]")
_DOUBLED = re.compile(r"(.)\1+")
SPELLED = "spelled like"  # how the rule of such a place begins
PLACED_FEATURES = frozenset({"town", "admin2", "admin3"})  # what a village's name may be


def sound_key(name: str) -> str:
    """The name as it sounds: letters only, one spelling per sound ("" when too short)."""
    key = _NOT_LETTERS.sub("", fold(name).lower())
    for written, sound in _SPELLINGS:
        key = key.replace(written, sound)
    key = _DOUBLED.sub(r"\1", key)
    return key if len(key) >= SOUND_KEY_MIN else ""


NEAR_KEY_MIN = 8  # a key this long may be one letter off a name and still be it


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two different keys differ by one letter left out, added or changed."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    first = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    if len(a) == len(b):
        return a[first + 1 :] == b[first + 1 :]
    return a[first:] == b[first + 1 :]


# "in the Banibangu district": a name the unit after it marks as a place
UNIT_NAMED = re.compile(
    r"\b(?:[Ii]n|of|at|from|near)\s+the\s+([A-Z][\w'\u2019-]{2,40})\s+"
    r"(?:district|department|commune|cercle|circle|prefecture|province)\b"
)
UNITS = frozenset({"admin2", "admin3"})


def unit_names(sentence: str) -> list[tuple[int, int]]:
    """Where the names a unit's noun marks as places stand ("in the Banibangu district")."""
    return [m.span(1) for m in UNIT_NAMED.finditer(sentence)] if "the " in sentence else []


def spelled_like(
    name: str, span: tuple[int, int], places: list[Place], countries: set, unit: bool = False
) -> PlaceMention | None:
    """The mention of a marked name no gazetteer knows as the one place sounding like it
    (`places`: those the gazetteer has for its sound key), in one of the article's countries
    when it names any; of a unit and its seat of one name ("Banibangou department",
    "Banibangou"), the unit when the text names a unit (`unit`), else the town."""
    found = [
        p for p in places if p.feature in PLACED_FEATURES and (not countries or p.iso3 in countries)
    ]
    preferred = [p for p in found if (p.feature in UNITS) == unit]
    chosen = preferred if len(preferred) == 1 else found
    if len(chosen) != 1:
        return None
    place = chosen[0]
    rule = f"{SPELLED} {place.name} ({place.iso3}): {name!r} is no gazetteer name"
    return PlaceMention(name, span[0], span[1], place, rule)


# "the attack on Chinagoder's post", "killed in Chinagoder", "in In-Delimane": a capitalised
# name right after a preposition of place, a place only when it sounds like one of the
# article's countries; not one a unit's noun follows ("in Tilaberi region": the region), nor one
# owning anything but a site ("on Bonkoungou's unit" names a man)
_AFTER_PREPOSITION = (
    r"\b(?:[Ii]n|at|near|on)\s+([A-Z](?:[a-z\u00e0-\u00ff]|-[A-Za-z\u00c0-\u00ff]){{5,40}})"
    r"(?=['\u2019]s\s+(?:[\w-]+\s+){{0,2}}(?:{sites})\b|[,.;:]|$|\s+(?!(?:{units})\b))"
)


@cache
def _after_preposition() -> re.Pattern:
    cues = place_cues()
    return re.compile(_AFTER_PREPOSITION.format(sites=cues.owned_site, units=cues.unit))


def names_after_prepositions(sentence: str) -> list[tuple[int, int]]:
    """Where the capitalised names after "in", "at", "near" or "on" stand."""
    return [m.span(1) for m in _after_preposition().finditer(sentence)]
