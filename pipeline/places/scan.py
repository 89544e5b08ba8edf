"""Candidate toponyms in one sentence: gazetteer matches kept or dropped by the words around."""

import re
from dataclasses import dataclass, field

from pipeline.places.gazetteer import Entry, Gazetteer, tokenize
from pipeline.places.marked import Frame, Marked
from pipeline.places.words import place_cues
from pipeline.records import Place

# Capitalised words that may stand just before a toponym without making it part of a longer name.
_FREE_BEFORE = frozenset(
    [
        "in",
        "at",
        "on",
        "the",
        "from",
        "near",
        "to",
        "and",
        "or",
        "but",
        "since",
        "after",
        "before",
        "while",
        "when",
        "as",
        "by",
        "for",
        "of",
        "with",
        "between",
        "across",
        "around",
        "outside",
        "inside",
        "into",
        "over",
        "under",
        "during",
        "within",
        "throughout",
        "like",
        "both",
        "a",
        "an",
        "this",
        "that",
        "these",
        "those",
        "if",
        "although",
        "though",
        "where",
        "whereas",
        "yesterday",
        "today",
        "meanwhile",
        "also",
        "then",
        "last",
        "however",
        "thus",
        "so",
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "north-east",
        "north-west",
        "in-between",
        "en",
        "au",
        "aux",
        "dans",
        "de",
        "des",
        "du",
        "le",
        "la",
        "les",
        "et",
        "ou",
        "vers",
    ]
)
# Capitalised words that may follow a toponym without making it part of a longer name.
_FREE_AFTER = frozenset(
    [
        "region",
        "regions",
        "district",
        "department",
        "departments",
        "departement",
        "departements",
        "cercle",
        "cercles",
        "circle",  # the English for a cercle: "the Djenné Circle"
        "circles",
        "commune",
        "province",
        "provinces",
        "area",
        "river",
        "delta",
        "and",
        "or",
        "on",
        "in",
        "at",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)
# Lower-case nouns that turn a preceding toponym into the name of a text, not a location.
_NAME_NOUNS = frozenset(["charter", "accord", "accords", "agreement", "declaration", "movements"])
# Words after ("Gao region") or before ("region of Gao") a name that make it a first-level
# region, and those that make it a second-level unit (province, cercle, department).
_REGION_WORDS = frozenset(["region", "regions", "district"])
_UNIT_WORDS = frozenset([
    "province", "provinces", "cercle", "cercles", "circle", "circles", "department", "departments",
    "departement", "departements",
])  # fmt: skip
_PLURAL_SUFFIX_WORDS = frozenset(
    ["regions", "provinces", "cercles", "circles", "departments", "departements"]
)
_STANCES = frozenset(["pro", "anti"])  # "a pro-Bamako militia", "anti-Paris protests"
_OF_WORDS = frozenset(["of", "du", "de", "d", "des"])
_VESSEL_WORDS = frozenset(["boat", "ship", "vessel", "ferry", "steamer", "barge", "pinasse"])
_RIVER_NAMES = frozenset({"niger", "senegal"})
# Nouns that keep "the Niger <noun>" the country, where a bare "the Niger" is the river.
_COUNTRY_NOUNS = frozenset(
    [
        "coup",
        "junta",
        "government",
        "army",
        "authorities",
        "border",
        "capital",
        "state",
        "regime",
        "president",
        "military",
        "crisis",
        "people",
        "side",
        "case",
    ]
)
_LOCATIVE = frozenset(
    [
        "in",
        "at",
        "near",
        "from",
        "to",
        "around",
        "outside",
        "into",
        "towards",
        "toward",
        "between",
        "of",
        "town",
        "village",
        "city",
        "commune",
        "locality",
        "localities",
        "district",
        "cercle",
        "and",
    ]
)
LIST_GAP = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")


@dataclass
class Match:
    """One gazetteer match in a sentence: its candidates, the words around it, its resolution."""

    sentence: int
    start: int
    end: int
    first: int  # index of the first token
    last: int  # index of the last token
    candidates: list[tuple[Entry, str]]
    region_suffix: str = ""  # "region" ("Gao region"), "unit" ("Soum province") or ""
    plural_suffix: bool = False  # "the Soum and Seno provinces": the suffix covers a list
    not_place: str = ""  # why this toponym is not a place here (river, vessel)
    cued: bool = False
    qualifiers: list["Match"] = field(default_factory=list)
    frame: Frame | None = None  # "X (Commune, Province)": where the text puts X
    frame_part: bool = False  # a name inside another's frame: context, not a place of its own
    marked: Marked | None = None  # "the village of X": the text says X is a place
    chosen: str = ""  # the feature the candidates were narrowed to (town, admin1, ...)
    place: Place | None = None
    rule: str = ""


def scan_sentence(sentence: str, gazetteer: Gazetteer, index: int) -> list[Match]:
    """Longest-first gazetteer matches in one sentence, before any filtering."""
    tokens = tokenize(sentence)
    matches: list[Match] = []
    i = 0
    while i < len(tokens):
        word, start, _ = tokens[i]
        aliases = gazetteer.by_first.get(word, ())
        # a name whose first word needs a capital fits no small word ("in", not "In Gall"):
        # told once for all the names that begin with it
        small = bool(aliases) and not sentence[start].isupper()
        for alias in aliases:
            n = len(alias.tokens)
            if (small and alias.capitals[0]) or i + n > len(tokens):
                continue
            # most names of several words part at the second: told before the full test
            if n > 1 and tokens[i + 1][0] != alias.tokens[1]:
                continue
            if not _fits(sentence, tokens, i, alias):
                continue
            candidates = [(gazetteer.entries[e], kind) for e, kind in alias.entries]
            matches.append(
                Match(index, tokens[i][1], tokens[i + n - 1][2], i, i + n - 1, candidates)
            )
            i += n
            break
        else:
            i += 1
    return _filter(sentence, tokens, matches)


def _shouting(sentence: str) -> bool:
    """Mostly capitals ("GUNMEN KILLED ..."), counted by map: a generator is ten times slower."""
    return sum(map(str.isupper, sentence)) > 0.6 * sum(map(str.isalpha, sentence))


def _fits(sentence: str, tokens: list, i: int, alias) -> bool:
    for k, (word, needs_capital) in enumerate(zip(alias.tokens, alias.capitals, strict=False)):
        token, start, end = tokens[i + k]
        if token != word:
            return False
        if k and sentence[tokens[i + k - 1][2] : start].strip(" -'\u2019") != "":
            return False
        # a name's word after a hyphen may be written small ("Centre-nord", "Hauts-bassins")
        if needs_capital and not (k and sentence[start - 1] == "-"):
            if not sentence[start].isupper():
                return False
            # A short all-capitals word in normal prose is an acronym (GAO, BER), not a toponym.
            # (whether the sentence shouts is asked last: few words are short capitals)
            if 1 < end - start <= 4 and sentence[start:end].isupper() and not _shouting(sentence):
                return False
    return True


def _filter(sentence: str, tokens: list, matches: list[Match]) -> list[Match]:
    covered = {t for m in matches for t in range(m.first, m.last + 1)}
    kept = []
    for m in matches:
        prev = tokens[m.first - 1] if m.first > 0 else None
        nxt = tokens[m.last + 1] if m.last + 1 < len(tokens) else None
        prev_gap = sentence[prev[2] : m.start] if prev else ""
        next_gap = sentence[m.end : nxt[1]] if nxt else ""
        demonym_only = all(kind == "demonym" for _, kind in m.candidates)
        if not demonym_only and (
            _name_part(sentence, prev, prev_gap, m.first - 1, covered, _FREE_BEFORE)
            or (
                _name_part(sentence, nxt, next_gap, m.last + 1, covered, _FREE_AFTER)
                and not _city_airport(tokens, m.last + 2, next_gap)
            )
            or (nxt and next_gap.isspace() and nxt[0] in _NAME_NOUNS)
        ):
            continue
        word_before = prev[0] if prev else ""
        word_after = nxt[0] if nxt and next_gap.strip(" '\"\u2019\u201d") == "" else ""
        before2 = tokens[m.first - 2][0] if m.first > 1 else ""
        folded_name = tokens[m.first][0] if m.first == m.last else ""
        if any(t[0] in _UNIT_WORDS for t in tokens[m.first : m.last + 1]):
            m.region_suffix = "unit"  # the alias itself says so ("Say department")
        elif (word_after in _REGION_WORDS or word_after in _UNIT_WORDS) and next_gap.isspace():
            m.region_suffix = _suffix_level(word_after)
            m.plural_suffix = word_after in _PLURAL_SUFFIX_WORDS
            m.end = nxt[2]
        elif (
            word_before in _OF_WORDS
            and (before2 in _REGION_WORDS or before2 in _UNIT_WORDS)
            # "the Atakora region of Benin": a region in the country, not a region Benin
            and not any(e.place.feature == "country" for e, _ in m.candidates)
        ):
            m.region_suffix = _suffix_level(before2)
            m.plural_suffix = before2 in _PLURAL_SUFFIX_WORDS
        elif _settlements_in_a_region(m, word_before, before2):
            m.region_suffix = "region"
        if folded_name in _RIVER_NAMES and (
            word_after in ("river", "delta", "basin", "valley", "bend")
            or word_before == "river"
            or (word_before == "the" and word_after not in _COUNTRY_NOUNS and word_after != "s")
        ):
            m.not_place = "river, not the country"
        elif (
            word_before in _VESSEL_WORDS
            or word_after in _VESSEL_WORDS
            or (word_before in ("the", "named", "called") and before2 in _VESSEL_WORDS)
        ):
            m.not_place = "name of a vessel, not a location"
        elif _a_people(sentence, tokens, m, word_before, word_after):
            m.not_place = "a people, not a location"
        elif word_before in _STANCES and prev_gap == "-":
            m.not_place = "a side taken ('pro-Bamako'), not a location"
        m.cued = word_before in _LOCATIVE
        kept.append(m)
    _share_plural_suffix(sentence, kept)
    return kept


def _a_people(sentence: str, tokens: list, m: Match, before: str, after: str) -> bool:
    """ "hunters consisting mainly of ethnic Bambara", "the Mossi ethnic group": a people; not
    "multi-ethnic Mopti", "the Yirgou ethnic massacre"."""
    if before == "ethnic" and m.first > 0:
        start = tokens[m.first - 1][1]
        return start == 0 or sentence[start - 1] != "-"
    group = tokens[m.last + 2][0] if m.last + 2 < len(tokens) else ""
    return after == "ethnic" and group in ("group", "groups", "community", "communities")


def _settlements_in_a_region(m: Match, word_before: str, before2: str) -> bool:
    """ "two villages in Tillabery": a name a region bears, after villages "in" it."""
    settlements_in = word_before == "in" and before2 in place_cues().region_settlement
    return settlements_in and any(e.place.feature == "admin1" for e, _ in m.candidates)


def _suffix_level(word: str) -> str:
    return "unit" if word in _UNIT_WORDS else "region"


def _share_plural_suffix(sentence: str, matches: list[Match]) -> None:
    """ "the Soum and Seno provinces", "the cercles of Ansongo and Bourem": one word for all."""
    pairs = list(zip(matches, matches[1:], strict=False))
    for a, b in reversed(pairs):
        if b.plural_suffix and not a.region_suffix and LIST_GAP.match(sentence[a.end : b.start]):
            a.region_suffix, a.plural_suffix = b.region_suffix, True
    for a, b in pairs:
        if a.plural_suffix and not b.region_suffix and LIST_GAP.match(sentence[a.end : b.start]):
            b.region_suffix, b.plural_suffix = a.region_suffix, True


# "Bamako-Sénou international airport", "Niamey-Diori airport": the city's airport, in the city
_AIRPORT_WORDS = frozenset(["airport", "international", "air"])


def _city_airport(tokens, after: int, gap: str) -> bool:
    """Whether a city joined by a hyphen to another name is that of its airport."""
    return gap.strip() == "-" and after < len(tokens) and tokens[after][0] in _AIRPORT_WORDS


def _name_part(sentence, token, gap, position, covered, free) -> bool:
    """Whether a neighbouring word makes the toponym part of a longer proper name."""
    if token is None or position in covered or gap.strip(" -") != "" or gap == "":
        return False
    word, start, end = token
    text = sentence[start:end]
    if any(c.isdigit() for c in text):
        # "G5 Sahel", "the 2015 Algiers agreement" are names; a count is not ("33 Tessit
        # relief soldiers")
        return not (text.isdigit() and len(text) < 4)
    return sentence[start].isupper() and word not in free
