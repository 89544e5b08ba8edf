"""Names the text itself marks as places: "the village of X", "a village called X", "X (Commune,
Province)".

A frame in brackets after a name gives its commune and its district or region, as news
agencies and ACLED's coders write them: "near Dablo (Dablo, Sanmatenga)", "in Bani (Sahel)".
It keeps the namesakes inside that district, and it is where the event falls back to when the
name itself is in no gazetteer.
"""

import re
from dataclasses import dataclass, replace
from functools import cache

from pipeline.coding_rules import load_coding_rules
from pipeline.dates.patterns import MONTHS, WEEKDAYS
from pipeline.places.containment import capital_end, where_it_lies
from pipeline.places.distance import km_between
from pipeline.places.sources import Entry
from pipeline.places.words import place_cues
from pipeline.records import Place, PlaceMention
from pipeline.textnorm import fold

# words of at most 40 letters, starting at a word's start: a long run of letters (a hostile
# title) must not make every position a fresh, whole-run match
_NAME = r"(?<![\w'\u2019\-])[^\W\d_][\w'\u2019\-]{0,40}(?:[ -][^\W\d_][\w'\u2019\-]{0,40}){0,2}"
_CUED = re.compile(
    r"\b(?:village|hamlet|town|commune|locality|area|department|city|camp|site)s?\s+"
    rf"(?:of|called|named)\s+(?:the\s+)?({_NAME})"
)
# "near Baroua", "outside Djibo": a name right after such a word is a place, known or not
_NEAR = re.compile(rf"\b(?:[Nn]ear|[Oo]utside)\s+({_NAME})")
# "in Toulfe in the north", "at Bagaji, a village in the region": a name after "in" or "at"
# that the words after it tell is a place in the country (the part is place_cues' country_parts)
_IN_PART = r"\b(?:in|at)\s+({name})(?=\s+in\s+the\s+(?:far\s+)?(?:{part})\b)"
_APPOSED = r"\b(?:in|at)\s+({name})(?=,\s+(?:a|the)\s+(?:small\s+)?(?:village|hamlet|locality)\b)"
# days, months and feasts are no villages ("near Friday", "outside Tabaski celebrations")
NOT_PLACES = frozenset([*WEEKDAYS, *MONTHS, "tabaski", "christmas", "ramadan", "eid"])
# "in Zibane locality", "at Yattakou village": a name right before a settlement noun, after a
# preposition of place, is a place, known or not ("in Dogon villages" names a people)
_KINDS = ("village", "villages", "locality", "localities", "town", "hamlet", "hamlets", "area")
_KIND_AFTER = re.compile(
    rf"\b(?:[Ii]n|at|near|of|from)\s+(?:the\s+)?({_NAME})\s+(?:{'|'.join(_KINDS)})\b"
)
_CONJUNCT = re.compile(rf"(?:\s*,\s*(?:and\s+)?|\s+and\s+)({_NAME})")
_FRAMED = re.compile(rf"({_NAME})\s*\(([^()]{{2,80}})\)")
# a part of a frame: "Sanmatenga"; "province of Komondjari"; "the Seno province" ("the" only
# with the kind of unit: "(the Mali side)", "(the Sahel)" are no frames)
_PART_TEMPLATES = (
    r"^\s*(?P<part>(?P<name>{name}))\s*$",
    r"^\s*(?:the\s+)?(?P<part>(?:{unit})\s+of\s+(?:the\s+)?(?P<name>{name}))\s*$",
    r"^\s*the\s+(?P<part>(?P<name>{name})\s+(?:{unit}))\s*$",
)
UNKNOWN = "unknown place"  # how the rule of a name in no gazetteer begins
LEFT = "; left unresolved"  # how it ends when the text says nothing of where the name lies


def names_unknown_village(rule: str) -> bool:
    """Whether a place rule (of a mention or of the stage that chose it) tells a name in no
    gazetteer, placed by what the text says around it."""
    return f"{UNKNOWN}:" in rule


COMMUNE_KM = 30.0  # a namesake this close to the commune the frame names is the place


@dataclass(frozen=True)
class Marked:
    """A name marked as a place, and the (start, end) of each part of its bracketed frame."""

    start: int
    end: int
    cue: str  # "village of", or "" when only the frame marks it
    parts: tuple[tuple[int, int], ...]
    after: bool = False  # the cue stands after the name ("Zibane locality")


@dataclass(frozen=True)
class Frame:
    """What a bracketed frame says: the commune's candidates, the district, the region."""

    communes: tuple[Place, ...]
    district: Place | None
    region: Place | None

    def widest(self) -> Place | None:
        """The district, else the region: where an unknown name certainly lies."""
        return self.district or self.region


def find_marked(sentence: str) -> list[Marked]:
    """Capitalised names after "the village of" and the like, or before a bracketed frame."""
    found: dict[int, Marked] = {}
    # the regular expressions are costly: most sentences have neither a bracket nor an "of"
    for m in _FRAMED.finditer(sentence) if "(" in sentence else ():
        parts = _parts(sentence, m.start(2), m.group(2))
        end = _before_kind(sentence, m.start(1), m.end(1))
        start = _capital_start(sentence, m.start(1), end)
        owner = _POSSESSIVE.search(sentence, start, end) if start is not None else None
        start = owner.end() if owner else start  # "Niger's Zibane (Tillabery department)"
        if parts and start is not None:
            found[start] = Marked(start, end, "", parts)
    cued = " of " in sentence or " called " in sentence or " named " in sentence
    for m in _CUED.finditer(sentence) if cued else ():
        start = m.start(1)
        if not sentence[start].isupper():
            continue
        end = capital_end(sentence, start, m.end(1))
        cue = " ".join(sentence[m.start() : start].split()[:2])
        names = [(start, end), *(_listed(sentence, end) if cue.endswith("s of") else ())]
        for start, end in names:
            old = found.get(start)
            found[start] = Marked(start, old.end if old else end, cue, old.parts if old else ())
    for m in _NEAR.finditer(sentence) if "ear " in sentence or "utside " in sentence else ():
        start = m.start(1)
        end = capital_end(sentence, start, m.end(1)) if sentence[start].isupper() else start
        if end > start and start not in found and not _not_a_village(sentence, start, end):
            found[start] = Marked(start, end, sentence[m.start() : start].strip(), ())
    for m in _told_after().finditer(sentence) if _TOLD_AFTER_WORDS.search(sentence) else ():
        start, end = m.span(m.lastindex)  # the name, of whichever form told it
        end = capital_end(sentence, start, end) if sentence[start].isupper() else start
        if end > start and start not in found and not _a_people_or_person(sentence, start, end):
            found[start] = Marked(start, end, sentence[m.start() : start].strip(), ())
    for m in _KIND_AFTER.finditer(sentence) if _KIND_WORDS.search(sentence) else ():
        start, end = m.start(1), m.end(1)
        # "in Niger's Zibane locality": the name after the country's
        owner = _POSSESSIVE.search(sentence, start, end)
        start = owner.end() if owner else start
        if (
            start not in found
            and _all_capitalised(m[1])
            and not _a_people_or_person(sentence, start, end)
        ):
            cue = sentence[end : m.end()].strip()
            found[start] = Marked(start, end, cue, (), after=True)
    return sorted(found.values(), key=lambda k: k.start)


# a plain test for the words `_told_after` needs, before the costly pattern
_TOLD_AFTER_WORDS = re.compile(r" in the |, (?:a|the) ")


@cache
def _told_after() -> re.Pattern:
    """A name that the words after it tell is a place ("in Toulfe in the north")."""
    in_part = _IN_PART.format(name=_NAME, part=place_cues().country_part)
    return re.compile(f"{in_part}|{_APPOSED.format(name=_NAME)}")


_POSSESSIVE = re.compile(r"['\u2019]s\s+")
_KIND_WORDS = re.compile("|".join(_KINDS))  # a plain test for the nouns before the costly pattern


def _before_kind(sentence: str, start: int, end: int) -> int:
    """The end of the name in "Zibane locality (Tillabery department)": before the noun."""
    words = sentence[start:end].rsplit(maxsplit=1)
    if len(words) == 2 and words[1] in _KINDS:
        return start + len(sentence[start:end].rstrip()) - len(words[1]) - 1
    return end


def _all_capitalised(name: str) -> bool:
    return all(w[0].isupper() for w in re.split(r"[ -]", name) if w)


@cache
def _peoples() -> frozenset[str]:
    """People's nouns, peoples and armed groups' nouns: "in Dogon villages", "Dozo areas"."""
    rules = load_coding_rules()
    return rules.civilians | rules.armed | place_cues().force_words


def _a_people_or_person(sentence: str, start: int, end: int) -> bool:
    """ "in Dogon villages", "of Fulani villages", "the Operation Barkhane area": a people's or
    a force's; or a person's, a time's."""
    words = fold(sentence[start:end]).lower().replace("-", " ").split()
    return any(w in _peoples() for w in words) or _not_a_village(sentence, start, end, plural=False)


# a plural noun after a name makes the name its modifier ("outside Wagner positions", "near
# French troops"); these words end in "s" but are no such noun
_NOT_PLURALS = frozenset({"was", "has", "is", "says", "as", "this", "its", "his", "thus"})
_REGION_WORD = re.compile(r"\bregions?\b", re.IGNORECASE)  # "(Tillabery region)"
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
# titles that make the name a person's ("near Mr Traore")
_TITLES = frozenset({"mr", "mrs", "ms", "dr", "president", "general", "colonel", "captain"})


def _not_a_village(sentence: str, start: int, end: int, plural: bool = True) -> bool:
    """ "near Traoré's home", "outside Friday prayers", "near MINUSMA's base", "near January":
    a person's, a modifier, an acronym or a time, not a place."""
    name = sentence[start:end]
    after = sentence[end:]
    if name.endswith(("'s", "\u2019s")) or after.startswith(("'s", "\u2019s")):
        return True
    first = fold(name).split()[0]
    if name.isupper() or first in NOT_PLACES or first in _TITLES:
        return True
    word = _NEXT_WORD.match(after)
    return plural and word is not None and word[1].endswith("s") and word[1] not in _NOT_PLURALS


def _listed(sentence: str, end: int) -> list[tuple[int, int]]:
    """The other names of "the villages of A, B and C" after A (ending at `end`)."""
    spans = []
    while (m := _CONJUNCT.match(sentence, end)) and sentence[m.start(1)].isupper():
        end = capital_end(sentence, m.start(1), m.end(1))
        spans.append((m.start(1), end))
    return spans


def _capital_start(sentence: str, start: int, end: int) -> int | None:
    """The start of the capitalised words that end the span ("attacked Dablo" -> "Dablo")."""
    words = list(re.finditer(r"[^\s]+", sentence[start:end]))
    first = None
    for w in reversed(words):
        if not w.group()[0].isupper():
            break
        first = start + w.start()
    return first


@cache
def _part_patterns() -> tuple[re.Pattern, ...]:
    unit = place_cues().unit
    return tuple(
        re.compile(t.format(unit=unit, name=_NAME), re.IGNORECASE) for t in _PART_TEMPLATES
    )


def _part(piece: str) -> re.Match | None:
    """A part of a frame whose name is capitalised, in any of its forms."""
    for pattern in _part_patterns():
        m = pattern.match(piece)
        if m is not None and m["name"][0].isupper():
            return m
    return None


def _parts(sentence: str, offset: int, inside: str) -> tuple[tuple[int, int], ...]:
    """The comma-separated capitalised names in a bracket, or () when it holds anything else."""
    spans, position = [], offset
    pieces = inside.split(",")
    if len(pieces) > 3:
        return ()
    for piece in pieces:
        m = _part(piece)
        if m is None:
            return ()
        spans.append((position + m.start("part"), position + m.end("part")))
        position += len(piece) + 1
    return tuple(spans)


def frame_of(part_candidates: list[list[Entry]], regions: tuple[bool, ...] = ()) -> Frame | None:
    """The frame named by the candidates of each bracketed part, or None if it names no place;
    `regions`: whether each part says it is a region ("Tillabery region")."""
    district = region = None
    # in writing order: "(Douentza cercle, Mopti region)" names the district first, and a
    # region's namesake district ("Mopti cercle") is no district of the place, nor is it when
    # the text calls the name a region ("Banibangou (Tillabery region)")
    for n, cands in enumerate(part_candidates):
        regional = n < len(regions) and regions[n]
        for e in cands:
            if e.place.feature == "admin2" and district is None and not regional:
                district = e.place
            elif e.place.feature == "admin1" and region is None:
                region = e.place
    # the first part names the commune; alone, a town in brackets is the place's other name
    # or its commune ("Dinahoro (Dinaoro)", "X (Djibo)"): either way, where to fall back to
    first = part_candidates[0]
    communes = tuple(
        e.place
        for e in first
        if e.place.feature in ("town", "admin3") and _inside(e.place, district, region)
    )
    if not (district or region or communes):
        return None
    return Frame(communes, district, region)


def _inside(place: Place, district: Place | None, region: Place | None) -> bool:
    if district is not None:
        if place.admin2:
            return place.iso3 == district.iso3 and fold(place.admin2) == fold(district.admin2)
        return place.iso3 == district.iso3 and place.admin1 == district.admin1
    if region is not None:
        return place.iso3 == region.iso3 and place.admin1 == region.admin1
    return True


def narrow_by_frame(cands: list, frame: Frame) -> tuple[list, str, Place | None]:
    """The candidates inside the frame and why; or none, with the place to fall back to."""
    inside = [c for c in cands if _inside(c[0].place, frame.district, frame.region)]
    scope = frame.district or frame.region
    where = scope.name if scope else "the commune named next to it"
    if inside and frame.communes:
        near = sorted(
            (min(_km(c[0].place, p) for p in frame.communes), i) for i, c in enumerate(inside)
        )
        if near[0][0] <= COMMUNE_KM:
            best = inside[near[0][1]]
            return (
                [best],
                f"kept the one {near[0][0]:.0f} km from the commune named next to it",
                None,
            )
    if inside:
        return inside, f"kept {len(inside)} in {where} named next to it", None
    return [], f"none in {where} named next to it", fallback_of(frame)


def fallback_of(frame: Frame) -> Place | None:
    """Near the commune the frame names (geo_precision 2), else its district or region."""
    if len(frame.communes) == 1:
        return replace(frame.communes[0], geo_precision=2)
    return frame.widest()


def _km(a: Place, b: Place) -> float:
    return km_between(a.latitude, a.longitude, b.latitude, b.longitude)


def attach_marks(sentence: str, matches: list) -> list[tuple[Marked, Frame | None]]:
    """Give each gazetteer match the frame or cue the text marks it with; return the marked
    names that no match covers (names in no gazetteer), with their frames."""
    unknown = []
    for mark in find_marked(sentence):
        named = [m for m in matches if mark.start <= m.start < mark.end]
        frame = None
        if mark.parts:
            parts = [[m for m in matches if a <= m.start and m.end <= b] for a, b in mark.parts]
            regions = tuple(_REGION_WORD.search(sentence, a, b) is not None for a, b in mark.parts)
            frame = frame_of([[e for m in ms for e, _ in m.candidates] for ms in parts], regions)
            for m in (m for ms in parts for m in ms) if frame is not None else ():
                m.frame_part = True
        if not named and (frame is not None or mark.cue):
            unknown.append((mark, frame))
        for m in named:
            m.cued = True
            m.frame = frame
            m.marked = mark
    return unknown


def unknown_mention(
    sentence: str, mark: Marked, frame: Frame | None, mentions: list[PlaceMention]
) -> PlaceMention:
    """The mention of a marked name in no gazetteer: placed where its frame says, or near the
    place its distance phrase names ("the hamlet of X, 5 km from Y"), if anywhere."""
    name = sentence[mark.start : mark.end]
    marked_by = "the frame in brackets after it"
    if mark.cue:
        marked_by = f"'{name} {mark.cue}'" if mark.after else f"'{mark.cue} {name}'"
    why = f"{UNKNOWN}: {name!r}, a place by {marked_by}, matches no gazetteer place here"
    place = fallback_of(frame) if frame is not None else None
    if place is not None:
        how = f"fell back to {place.name} named next to it"
    else:
        end = sentence.index(mark.cue, mark.end) + len(mark.cue) if mark.after else mark.end
        # "the villages of A and B near Y": A lies where the list's last name does
        end = max([end, *(e for _, e in _listed(sentence, end))])
        place, how = where_it_lies(sentence, end, mentions, apposed=True) or (None, "")
        how = f"the text puts it {how}"
    if place is None:
        return PlaceMention(name, mark.start, mark.end, None, f"{why}{LEFT}")
    return PlaceMention(name, mark.start, mark.end, place, f"{why}; {how}")


def unresolved_names(located: list[list[PlaceMention]]) -> list[str]:
    """The names of an article's marked places that no gazetteer knows, in order, once each."""
    names = [m.text for sentence in located for m in sentence if m.rule.startswith(UNKNOWN)]
    return list(dict.fromkeys(names))
