"""What a sentence or an article says about where it is: countries, regions, towns, qualifiers."""

import re
from collections import Counter
from dataclasses import dataclass, field

from pipeline.places.gazetteer import Entry
from pipeline.places.scan import LIST_GAP, Match
from pipeline.records import Place

FOCUS = ("MLI", "BFA", "NER")  # the countries the project is about
_FOREIGN_CITY_POPULATION = 100_000  # a foreign town this large is known by name alone
_MIN_UNCUED_POPULATION = 5000  # smaller GeoNames villages need a cue ("in X") or a country context
_QUALIFIER_GAP = re.compile(r"^[\s,(]*(?:(?:in|of)\s+)?(?:the\s+)?$")
_POSSESSIVE_GAP = re.compile(r"^'s\s+$")


@dataclass
class Context:
    """What a sentence or an article says about where it is (countries, regions, towns)."""

    countries: Counter = field(default_factory=Counter)
    admin1: set = field(default_factory=set)
    points: list = field(default_factory=list)  # (lat, lon, name) of unambiguous towns
    named: set = field(default_factory=set)  # countries named, or of a region or curated place


def _anchor(m: Match, countries: frozenset = frozenset()) -> Place | None:
    """The place of a match that needs no disambiguation, if any; `countries`: those it is
    likely in (a region of one of them beats a region across borders of the same name)."""
    if m.not_place:
        return None
    # "the cercle of Ansongo" is the cercle and "the Tillabéri region" the region, whatever else
    # bears the name.
    cands = by_feature(m, set(countries), set()) if m.region_suffix else m.candidates
    if not cands:
        return None
    first = cands[0][0].place
    for entry, _ in cands[1:]:
        if entry.place is not first and entry.place != first:
            return None  # namesakes: the first that differs settles it, no set of all of them
    return first


def _one_city_and_region(m: Match) -> bool:
    """A name that is a town and the region or district named after it, in one country (Bamako,
    Mopti, Tillabéri): whichever it means, it says which country."""
    places = [e.place for e, _ in m.candidates]
    one_country = len({p.iso3 for p in places}) == 1 and all(
        len(e.countries) == 1 for e, _ in m.candidates
    )
    towns = [p for p in places if p.feature == "town"]
    # a neighbour's city and state (Sokoto) would outweigh the country the article is about
    focus = bool(places) and places[0].iso3 in FOCUS
    return not m.not_place and one_country and focus and len(towns) == 1


def context_of(matches: list[Match]) -> Context:
    """The context that the unambiguous matches of a sentence or an article give."""
    ctx = Context()
    for m in matches:
        place = _anchor(m)
        if place is None:
            isos = {e.countries for e, _ in m.candidates if e.place.feature == "country"}
            if len(isos) == 1 and not m.not_place:
                ctx.countries[next(iter(isos))[0]] += 1
                ctx.named.add(next(iter(isos))[0])
            elif _one_city_and_region(m):
                ctx.countries[m.candidates[0][0].place.iso3] += 1  # "Bamako": city or district
            continue
        if place.feature == "admin2" and m.region_suffix != "unit":
            continue  # a bare unit name ("Gourma") may be another place: it is no context
        entry = next(e for e, _ in m.candidates if e.place == place)
        if len(entry.countries) == 1:
            ctx.countries[place.iso3] += 1
            if entry.curated or place.feature != "town":
                ctx.named.add(place.iso3)
        if place.feature in ("admin1", "admin2"):
            ctx.admin1.add((place.iso3, place.admin1))
        if place.feature == "town" and (
            entry.curated or entry.population >= _MIN_UNCUED_POPULATION
        ):
            ctx.points.append((place.latitude, place.longitude, place.name))
    return ctx


def attach_qualifiers(matches: list[Match], sentence: str) -> None:
    """Attach tight qualifiers: "X, Mali", "Mali's X", "X in the Gao region"."""
    qualifier_kinds = ("country", "admin1", "admin2", "region")
    for k, (a, b) in enumerate(zip(matches, matches[1:], strict=False)):
        after = matches[k + 2] if k + 2 < len(matches) else None
        in_list = after is not None and LIST_GAP.match(sentence[b.end : after.start])
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


def qualifier_scope(m: Match, ctx_sentence: Context) -> tuple[set, set, Place | None]:
    """Countries, regions and the widest place that a match's qualifiers name."""
    countries, admin1s, fallback = set(), set(), None
    # "Oudalan province of the Sahel region": the Sahel region of the province's country
    own = frozenset(e.place.iso3 for e, _ in m.candidates)
    for q in m.qualifiers:
        place = q.place or _anchor(q, own)
        if place is None:
            continue
        if place.feature in ("admin1", "admin2") or (q.region_suffix and place.admin1):
            admin1s.add((place.iso3, place.admin1))
        entry = next(e for e, _ in q.candidates if e.place == place)
        if len(entry.countries) == 1:
            countries.add(place.iso3)
        elif place.feature == "region":  # "Tessit, in the tri-border area": one of its countries
            countries.update(entry.countries)
        fallback = fallback or place
    return countries, admin1s, fallback


def by_feature(
    m: Match, sentence_countries: set, article_countries: set, main_country: str = ""
) -> list[tuple[Entry, str]]:
    """The candidates of the kind of place the words around a match ask for."""
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
            # "the Sahel region": Burkina Faso's in a sentence or an article about Burkina Faso
            local = [c for c in admin1 if c[0].place.iso3 in sentence_countries]
            local = local or [c for c in admin1 if c[0].place.iso3 == main_country]
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


def _foreign_town(entry: Entry | None, place: Place, article: Context, sentence: Context) -> bool:
    """A town outside the project's countries, in an article that never names its country or
    a sentence that names regions or provinces of others only ("the Cascades region, western
    Burkina Faso, after the village of Kongodjan"), is more likely a village of the same name
    that the gazetteer lacks, unless it is a city."""
    units = {iso3 for iso3, _ in sentence.admin1}
    others_only = bool(units) and place.iso3 not in units | sentence.named
    elsewhere = place.iso3 not in article.named or others_only
    return (
        entry is not None
        and not entry.curated
        and place.iso3 not in FOCUS
        and elsewhere
        and entry.population < _FOREIGN_CITY_POPULATION
    )


def is_weak(m: Match, article: Context, sentence: Context) -> bool:
    """A small GeoNames village with no cue and no country context is more likely a name, and
    so is a bare province or cercle name ("Gourma") in an article about another country, and a
    small foreign town in a `sentence` that names only other countries' regions."""
    if m.frame is not None:
        return False  # "X (Commune, Province)": the text itself says where X is
    if m.place is not None and m.place.feature == "admin2" and m.region_suffix != "unit":
        return m.place.iso3 not in article.countries
    if m.place is None or m.place.feature != "town":
        return False
    entry, kind = next(((e, k) for e, k in m.candidates if e.place == m.place), (None, None))
    if _foreign_town(entry, m.place, article, sentence):
        return True
    # only another name GeoNames gives a town of a country the article never names: more
    # likely a village of the article's country spelt alike ("Karangasso" in Mali)
    small = entry is not None and entry.population < _FOREIGN_CITY_POPULATION
    if kind == "alt" and small and article.named and m.place.iso3 not in article.named:
        return True
    if m.cued:
        return False
    if entry is None or entry.curated or entry.population >= _MIN_UNCUED_POPULATION:
        return False
    return m.place.iso3 not in article.countries
