"""Find place mentions in the sentences of an article and resolve them with its context."""

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pipeline.places.gazetteer import Entry, Gazetteer, tokenize
from pipeline.records import Place, PlaceMention

if TYPE_CHECKING:
    from pipeline.places.online import OnlineGeocoder

FOCUS = ("MLI", "BFA", "NER")  # the countries the project is about: the last tie-breaker
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
_UNIT_WORDS = frozenset(
    [
        "province",
        "provinces",
        "cercle",
        "cercles",
        "department",
        "departments",
        "departement",
        "departements",
    ]
)
_PLURAL_SUFFIX_WORDS = frozenset(["regions", "provinces", "cercles", "departments", "departements"])
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
_MIN_UNCUED_POPULATION = 5000  # smaller GeoNames villages need a cue ("in X") or a country context
_DIRECTIONS = {
    "north": "Northern",
    "centre": "Central",
    "center": "Central",
    "south": "Southern",
    "east": "Eastern",
    "west": "Western",
}
_BARE_DIRECTION = re.compile(
    r"\bthe (north|centre|center|south|east|west)(?: of the country)?\b(?![-'])(?! of )"
)
_QUALIFIER_GAP = re.compile(r"^[\s,(]*(?:(?:in|of)\s+)?(?:the\s+)?$")
_LIST_GAP = re.compile(r"^\s*(?:,|and|or|,\s*and|,\s*or)\s*$")
_POSSESSIVE_GAP = re.compile(r"^'s\s+$")
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
_CAPITAL_WORDS = frozenset(["capital", "capitale"])
_CAPITAL_OWNER_GAP = re.compile(r"^(?:'s)?\s+$")  # "the Malian capital", "Mali's capital"
_NAMING_GAP = re.compile(r"^[\s,]*$")  # "the capital, Niamey", "Niger's capital Niamey"
_APPOSITION_GAP = re.compile(r"^\s*,\s*$")  # "Kidal, the capital ...": another town's title
_OF_GAP = re.compile(r"^\s+(?:of|du|de|d')\s*(?:the\s+|la\s+|l')?$")
_OF_COUNTRY = re.compile(r"^\s+(?:of the (?:country|nation)|du pays)\b")
_KIND_RULE = {
    "name": "name",
    "alias": "alias",
    "alt": "GeoNames alternate name",
    "demonym": "demonym",
}


@dataclass
class _Match:
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
    qualifiers: list["_Match"] = field(default_factory=list)
    chosen: str = ""  # the feature the candidates were narrowed to (town, admin1, ...)
    place: Place | None = None
    rule: str = ""


def _scan(sentence: str, gazetteer: Gazetteer, index: int) -> list[_Match]:
    """Longest-first gazetteer matches in one sentence, before any filtering."""
    tokens = tokenize(sentence)
    shouting = sum(c.isupper() for c in sentence) > 0.6 * sum(c.isalpha() for c in sentence)
    matches: list[_Match] = []
    i = 0
    while i < len(tokens):
        for alias in gazetteer.by_first.get(tokens[i][0], ()):
            n = len(alias.tokens)
            if i + n > len(tokens) or not _fits(sentence, tokens, i, alias, shouting):
                continue
            candidates = [(gazetteer.entries[e], kind) for e, kind in alias.entries]
            matches.append(
                _Match(index, tokens[i][1], tokens[i + n - 1][2], i, i + n - 1, candidates)
            )
            i += n
            break
        else:
            i += 1
    return _filter(sentence, tokens, matches)


def _fits(sentence: str, tokens: list, i: int, alias, shouting: bool) -> bool:
    for k, (word, needs_capital) in enumerate(zip(alias.tokens, alias.capitals, strict=False)):
        token, start, end = tokens[i + k]
        if token != word:
            return False
        if k and sentence[tokens[i + k - 1][2] : start].strip(" -'\u2019") != "":
            return False
        if needs_capital:
            if not sentence[start].isupper():
                return False
            # A short all-capitals word in normal prose is an acronym (GAO, BER), not a toponym.
            if (
                not shouting
                and end - start <= 4
                and sentence[start:end].isupper()
                and end - start > 1
            ):
                return False
    return True


def _filter(sentence: str, tokens: list, matches: list[_Match]) -> list[_Match]:
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
            or _name_part(sentence, nxt, next_gap, m.last + 1, covered, _FREE_AFTER)
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
        elif word_before in _OF_WORDS and (before2 in _REGION_WORDS or before2 in _UNIT_WORDS):
            m.region_suffix = _suffix_level(before2)
            m.plural_suffix = before2 in _PLURAL_SUFFIX_WORDS
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
        m.cued = word_before in _LOCATIVE
        kept.append(m)
    _share_plural_suffix(sentence, kept)
    return kept


def _suffix_level(word: str) -> str:
    return "unit" if word in _UNIT_WORDS else "region"


def _share_plural_suffix(sentence: str, matches: list[_Match]) -> None:
    """ "the Soum and Seno provinces", "the cercles of Ansongo and Bourem": one word for all."""
    pairs = list(zip(matches, matches[1:], strict=False))
    for a, b in reversed(pairs):
        if b.plural_suffix and not a.region_suffix and _LIST_GAP.match(sentence[a.end : b.start]):
            a.region_suffix, a.plural_suffix = b.region_suffix, True
    for a, b in pairs:
        if a.plural_suffix and not b.region_suffix and _LIST_GAP.match(sentence[a.end : b.start]):
            b.region_suffix, b.plural_suffix = a.region_suffix, True


def _name_part(sentence, token, gap, position, covered, free) -> bool:
    """Whether a neighbouring word makes the toponym part of a longer proper name."""
    if token is None or position in covered or gap.strip(" -") != "" or gap == "":
        return False
    word, start, end = token
    if any(c.isdigit() for c in sentence[start:end]):
        return True  # "G5 Sahel"
    return sentence[start].isupper() and word not in free


@dataclass
class _Context:
    countries: Counter = field(default_factory=Counter)
    admin1: set = field(default_factory=set)
    points: list = field(default_factory=list)  # (lat, lon, name) of unambiguous towns


def _anchor(m: _Match) -> Place | None:
    """The place of a match that needs no disambiguation, if any."""
    if m.not_place:
        return None
    # "the cercle of Ansongo" is the cercle and "the Tillabéri region" the region, whatever else
    # bears the name.
    cands = _by_feature(m, set(), set()) if m.region_suffix else m.candidates
    places = {e.place for e, _ in cands}
    if len(places) == 1:
        return next(iter(places))
    return None


def _context_of(matches: list[_Match]) -> _Context:
    ctx = _Context()
    for m in matches:
        place = _anchor(m)
        if place is None:
            isos = {e.countries for e, _ in m.candidates if e.place.feature == "country"}
            if len(isos) == 1 and not m.not_place:
                ctx.countries[next(iter(isos))[0]] += 1
            continue
        if place.feature == "admin2" and m.region_suffix != "unit":
            continue  # a bare unit name ("Gourma") may be another place: it is no context
        entry = next(e for e, _ in m.candidates if e.place == place)
        if len(entry.countries) == 1:
            ctx.countries[place.iso3] += 1
        if place.feature in ("admin1", "admin2"):
            ctx.admin1.add((place.iso3, place.admin1))
        if place.feature == "town" and (
            entry.curated or entry.population >= _MIN_UNCUED_POPULATION
        ):
            ctx.points.append((place.latitude, place.longitude, place.name))
    return ctx


def _qualifiers(matches: list[_Match], sentence: str) -> None:
    """Attach tight qualifiers: "X, Mali", "Mali's X", "X in the Gao region"."""
    qualifier_kinds = ("country", "admin1", "admin2", "region")
    for k, (a, b) in enumerate(zip(matches, matches[1:], strict=False)):
        after = matches[k + 2] if k + 2 < len(matches) else None
        in_list = after is not None and _LIST_GAP.match(sentence[b.end : after.start])
        if (
            not in_list
            and _QUALIFIER_GAP.match(sentence[a.end : b.start])
            and (
                b.region_suffix  # "the Tillabéri region" is a region, whatever shares its name
                or all(e.place.feature in qualifier_kinds for e, _ in b.candidates)
            )
        ):
            a.qualifiers.append(b)
        if _POSSESSIVE_GAP.match(sentence[a.end : b.start].replace("\u2019", "'")) and all(
            e.place.feature == "country" for e, _ in a.candidates
        ):
            b.qualifiers.append(a)


def _qualifier_scope(m: _Match, ctx_sentence: _Context) -> tuple[set, set, Place | None]:
    countries, admin1s, fallback = set(), set(), None
    for q in m.qualifiers:
        place = q.place or _anchor(q)
        if place is None:
            continue
        if place.feature in ("admin1", "admin2") or (q.region_suffix and place.admin1):
            admin1s.add((place.iso3, place.admin1))
        entry = next(e for e, _ in q.candidates if e.place == place)
        if len(entry.countries) == 1:
            countries.add(place.iso3)
        fallback = fallback or place
    return countries, admin1s, fallback


def _by_feature(
    m: _Match, sentence_countries: set, article_countries: set
) -> list[tuple[Entry, str]]:
    cands = m.candidates
    # A town called X beats a town that GeoNames also calls X (an alternate name).
    if any(kind != "alt" and e.place.feature == "town" for e, kind in cands):
        cands = [c for c in cands if c[1] != "alt"]
    features = {e.place.feature for e, _ in cands}
    if m.region_suffix == "unit":
        order = ("admin2", "admin1", "region", "town", "country")
    elif m.region_suffix:
        admin1 = [c for c in cands if c[0].place.feature == "admin1"]
        regions = [c for c in cands if c[0].place.feature == "region"]
        if admin1 and regions:
            local = [c for c in admin1 if c[0].place.iso3 in sentence_countries]
            return local or regions
        order = ("admin1", "region", "admin2", "town", "country")
    else:
        # A province of a country the text is about beats a foreign village of the same name
        # ("Soum" in an article on Burkina Faso), but not a town of that country.
        context = sentence_countries | article_countries
        units = [c for c in cands if c[0].place.feature == "admin2" and c[0].place.iso3 in context]
        towns = [c for c in cands if c[0].place.feature == "town"]
        if units and not any(c[0].place.iso3 in context for c in towns):
            return units
        # A country name beats a village of the same name ("Mali", a village in Guinea).
        order = ("country", "town", "region", "admin1", "admin2")
    for feature in order:
        if feature in features:
            return [c for c in cands if c[0].place.feature == feature]
    return cands


def _resolve(
    m: _Match, sentence_ctx: _Context, article: _Context, gazetteer: Gazetteer
) -> tuple[Place | None, str]:
    if m.not_place:
        return None, m.not_place
    cands = _by_feature(m, set(sentence_ctx.countries), set(article.countries))
    m.chosen = cands[0][0].place.feature
    n = len({e.place for e, _ in cands})
    why = f"gazetteer: {n} candidate{'s' if n != 1 else ''}"
    q_countries, q_admin1, q_place = _qualifier_scope(m, sentence_ctx)
    if q_place is not None and cands[0][0].place.feature in ("town", "admin1", "admin2"):
        inside = [c for c in cands if (c[0].place.iso3, c[0].place.admin1) in q_admin1]
        inside = inside or [c for c in cands if c[0].place.iso3 in q_countries]
        if not inside:
            return q_place, f"{why}, none in {q_place.name} named by the text; fell back to it"
        if len(inside) < len(cands):
            why += f"; kept {_where(inside)} named next to it"
        cands = inside
    steps = (
        ("sentence region", lambda e: (e.place.iso3, e.place.admin1) in sentence_ctx.admin1),
        ("sentence country", lambda e: e.place.iso3 in sentence_ctx.countries),
        ("article region", lambda e: (e.place.iso3, e.place.admin1) in article.admin1),
    )
    for label, keep in steps:
        if len(cands) > 1:
            cands, why = _narrow(cands, keep, why, label)
    if len(cands) > 1 and article.countries:
        present = [
            iso
            for iso, _ in article.countries.most_common()
            if any(c[0].place.iso3 == iso for c in cands)
        ]
        if present:
            cands, why = _narrow(
                cands, lambda e: e.place.iso3 == present[0], why, "article country"
            )
    if len(cands) > 1 and article.points:
        cands, why = _nearest(cands, article.points, why)
    if len(cands) > 1:
        cands, why = _narrow(cands, lambda e: e.place.iso3 in FOCUS, why, "project focus country")
    if len(cands) == 1:
        entry, kind = cands[0]
        return entry.place, _explain(why, entry, kind)
    return _fallback(cands, why, gazetteer)


def _where(cands) -> str:
    return "/".join(sorted({c[0].place.iso3 for c in cands}))


def _narrow(cands, keep, why, label):
    kept = [c for c in cands if keep(c[0])]
    if kept and len(kept) < len(cands):
        return kept, f"{why}; chose {_where(kept)} by {label} context"
    return cands, why


def _nearest(cands, points, why):
    from geopy.distance import great_circle  # imported on first need: geopy is slow to import

    scored = []
    for entry, kind in cands:
        p = entry.place
        others = [(lat, lon) for lat, lon, name in points if name != p.name]
        if not others:
            return cands, why
        scored.append(
            (min(great_circle((p.latitude, p.longitude), o).km for o in others), entry, kind)
        )
    scored.sort(key=lambda s: s[0])
    best, second = scored[0][0], scored[1][0]
    if best < 300 and second > 2 * best:
        return [
            (scored[0][1], scored[0][2])
        ], f"{why}; chose the one {best:.0f} km from other places of the article"
    return cands, why


def _fallback(cands, why, gazetteer: Gazetteer) -> tuple[Place | None, str]:
    places = [e.place for e, _ in cands]
    isos = {p.iso3 for p in places}
    if len(isos) == 1:
        iso3 = places[0].iso3
        admin1 = {p.admin1 for p in places}
        region = gazetteer.admin1(iso3, places[0].admin1) if len(admin1) == 1 else None
        if region is not None:
            return region, f"{why}; still {len(places)} in {region.name}; fell back to the region"
        if gazetteer.has_country(iso3):
            return gazetteer.country(
                iso3
            ), f"{why}; still {len(places)} in {iso3}; fell back to the country"
    ranked = sorted(cands, key=lambda c: -c[0].population)
    if ranked[0][0].population >= 5 * max(ranked[1][0].population, 1):
        entry, kind = ranked[0]
        return entry.place, _explain(f"{why}; no context, chose the far most populous", entry, kind)
    return None, f"{why}; ambiguous between {_where(cands)} with no context: left unresolved"


def _explain(why: str, entry: Entry, kind: str) -> str:
    source = "supplement" if entry.curated else "GeoNames"
    place = entry.place
    return f"{why}; {place.feature} {place.name} ({place.iso3}) from {source} by {_KIND_RULE[kind]}"


def _bare_directions(sentence: str, taken: list[_Match], article: _Context, gazetteer: Gazetteer):
    """ "the north" of the article's main country, when a region of that name is known."""
    if not article.countries:
        return []
    iso3 = article.countries.most_common(1)[0][0]
    if not gazetteer.has_country(iso3):
        return []
    country = gazetteer.country(iso3)
    found = []
    for hit in _BARE_DIRECTION.finditer(sentence.lower()):
        start, end = hit.start(), hit.end()
        if any(m.start < end and start < m.end for m in taken):
            continue
        region = gazetteer.region(f"{_DIRECTIONS[hit.group(1)]} {country.name}")
        if region is not None:
            rule = f"direction word with the article's main country {iso3}: {region.name}"
            found.append(PlaceMention(sentence[start + 4 : end], start + 4, end, region, rule))
    return found


def _country_of(m: _Match | None) -> str:
    """The ISO3 code of a match that names a country ("Mali", "Malian"), else ""."""
    if m is None or m.not_place or m.place is None or m.place.feature != "country":
        return ""
    return m.place.iso3


def _capitals(
    sentence: str, matches: list[_Match], article: _Context, gazetteer: Gazetteer
) -> list[PlaceMention]:
    """ "the Malian capital", "Niger's capital", "the capital of Mali", "the capital": the
    capital city of that country, unless the sentence names the city itself."""
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
            iso3, how = _implied_country(matches, article, gazetteer)
        place = gazetteer.capital(iso3) if iso3 else None
        if place is None:
            continue
        rule = f"capital phrase: capital city of {iso3} ({how}): {place.name}"
        found.append(PlaceMention(sentence[span_start:span_end], span_start, span_end, place, rule))
    return found


def _capital_phrase(
    lowered: str, tokens: list, k: int, end: int, matches: list[_Match]
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
    matches: list[_Match], article: _Context, gazetteer: Gazetteer
) -> tuple[str, str]:
    """The country of a bare "the capital": the one the sentence names, else the article's main
    one; none when the sentence names a capital city or several countries."""
    if any(m.place is not None and gazetteer.is_capital(m.place) for m in matches):
        return "", ""
    named = {_country_of(m) for m in matches} - {""}
    if len(named) == 1:
        return next(iter(named)), "the country the sentence names"
    if named or not article.countries:
        return "", ""
    return article.countries.most_common(1)[0][0], "the article's main country"


def locate_article(
    sentences: Sequence[str], gazetteer: Gazetteer, geocoder: "OnlineGeocoder | None" = None
) -> list[list[PlaceMention]]:
    """For each sentence of one article, the place mentions in it (offsets relative to that
    sentence), resolved with the sentence's and the whole article's context."""
    per_sentence = [_scan(sentence, gazetteer, i) for i, sentence in enumerate(sentences)]
    for sentence, matches in zip(sentences, per_sentence, strict=False):
        _qualifiers(matches, sentence)
    article = _context_of([m for matches in per_sentence for m in matches])
    result = []
    for sentence, matches in zip(sentences, per_sentence, strict=False):
        sentence_ctx = _context_of(matches)
        mentions = []
        for m in matches:
            m.place, m.rule = _resolve(m, sentence_ctx, article, gazetteer)
        for m in matches:
            if _weak(m, article):
                continue
            place, rule = m.place, m.rule
            if geocoder is not None and m.chosen == "town" and place is not None:
                place, rule = _ask_online(
                    geocoder, gazetteer, sentence[m.start : m.end], place, rule
                )
            mentions.append(PlaceMention(sentence[m.start : m.end], m.start, m.end, place, rule))
        capitals = _capitals(sentence, matches, article, gazetteer)
        if capitals:
            # "the Malian capital" is the city, not the country its demonym names.
            mentions = [p for p in mentions if not any(_overlap(c, p) for c in capitals)]
            mentions.extend(capitals)
        mentions.extend(_bare_directions(sentence, matches, article, gazetteer))
        mentions.sort(key=lambda p: p.start)
        result.append(mentions)
    return result


def _overlap(a: PlaceMention, b: PlaceMention) -> bool:
    return a.start < b.end and b.start < a.end


def _weak(m: _Match, article: _Context) -> bool:
    """A small GeoNames village with no cue and no country context is more likely a name, and
    so is a bare province or cercle name ("Gourma") in an article about another country."""
    if m.place is not None and m.place.feature == "admin2" and m.region_suffix != "unit":
        return m.place.iso3 not in article.countries
    if m.place is None or m.place.feature != "town" or m.cued:
        return False
    entry = next((e for e, _ in m.candidates if e.place == m.place), None)
    if entry is None or entry.curated or entry.population >= _MIN_UNCUED_POPULATION:
        return False
    return m.place.iso3 not in article.countries


def _ask_online(geocoder, gazetteer: Gazetteer, text: str, offline: Place, rule: str):
    query = re.sub(r"\s+region$", "", text, flags=re.IGNORECASE)
    answer = geocoder.geocode(query, [gazetteer.iso2.get(offline.iso3, "")])
    if answer is None:
        return offline, f"{rule}; {geocoder.source} had no answer, kept the gazetteer's"
    lat, lon = answer
    town = offline.feature == "town"
    place = Place(
        name=offline.name if town else query,
        admin1=offline.admin1 if town else "",
        country=offline.country,
        iso3=offline.iso3,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        feature="town",
        source=geocoder.source,
    )
    return place, f"{rule}; coordinates from {geocoder.source}"


def article_countries(located: list[list[PlaceMention]]) -> list[str]:
    """ISO3 codes the article is about, most mentioned first (countries, and countries of
    towns/regions)."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    order = 0
    for mentions in located:
        for mention in mentions:
            place = mention.place
            if place is None or not place.iso3:
                continue
            counts[place.iso3] += 1
            first.setdefault(place.iso3, order)
            order += 1
    return sorted(counts, key=lambda iso: (-counts[iso], first[iso]))
