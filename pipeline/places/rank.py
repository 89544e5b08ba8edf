"""Choose one place among a toponym's candidates from its context, or fall back to a wider one."""

import math

from pipeline.places.context import FOCUS, Context, by_feature, qualifier_scope
from pipeline.places.distance import km_between
from pipeline.places.gazetteer import Entry, Gazetteer
from pipeline.places.marked import narrow_by_frame
from pipeline.places.scan import Match
from pipeline.records import Place, PlaceMention

SAME_PLACE_KM = 5.0  # namesakes this close are one place (a village and its quarter)
CITY_POPULATION = 50_000  # a city: its bare name means it, whatever the article says elsewhere
FAR_MORE_POPULOUS = 5  # a place this many times as populous as any namesake stands out
SEAT_RANK = 3  # GeoNames rank of a seat of administration (PPLA3 and above)
_KIND_RULE = {
    "name": "name",
    "alias": "alias",
    "alt": "GeoNames alternate name",
    "demonym": "demonym",
}


def named_by_demonym(mention: PlaceMention) -> bool:
    """A place found only through an adjective ("Malian soldiers"): who, not where."""
    return mention.rule.endswith(f"by {_KIND_RULE['demonym']}")


def resolve_match(
    m: Match, sentence_ctx: Context, article: Context, gazetteer: Gazetteer
) -> tuple[Place | None, str]:
    """The place of one match, and the rule that chose it."""
    if m.not_place:
        return None, m.not_place
    main = article.countries.most_common(1)
    cands = by_feature(
        m, set(sentence_ctx.countries), set(article.countries), main[0][0] if main else ""
    )
    m.chosen = cands[0][0].place.feature
    n = len({e.place for e, _ in cands})
    why = f"gazetteer: {n} candidate{'s' if n != 1 else ''}"
    # "the cercle of Bankass (Bandiagara region)": the text names the unit itself; what it says
    # the unit lies in (a region newer than the gazetteer) cannot replace it
    named_unit = m.region_suffix == "unit" and all(c[0].place.feature == "admin2" for c in cands)
    if m.frame is not None and not named_unit:
        kept, how, fallback = narrow_by_frame(cands, m.frame)
        if fallback is not None:
            return fallback, f"{why}, {how}; fell back to {fallback.name}"
        if kept:
            cands, why = kept, f"{why}; {how}"
    if m.frame is None and not named_unit:
        cands, why, fallback = _narrow_by_qualifiers(m, cands, why, sentence_ctx)
        if fallback is not None:
            return fallback, why
    steps = (
        ("sentence region", lambda e: (e.place.iso3, e.place.admin1) in sentence_ctx.admin1),
        ("sentence country", lambda e: e.place.iso3 in sentence_ctx.countries),
    )
    for label, keep in steps:
        if len(cands) > 1:
            cands, why = _narrow(cands, keep, why, label)
    city = _dominant_city(cands) if len(cands) > 1 else None
    if city is not None:
        # A bare name means the city; a text that means a hamlet of that name says so in the
        # same sentence, which the steps above have read. Context elsewhere does not outweigh it.
        return city[0].place, _explain(f"{why}; the city of that name", *city)
    if len(cands) > 1:
        cands, why = _narrow(
            cands, lambda e: (e.place.iso3, e.place.admin1) in article.admin1, why, "article region"
        )
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


def _narrow_by_qualifiers(m: Match, cands: list, why: str, sentence_ctx: Context):
    """The candidates inside the region or country named next to the match ("X, Mali", "X in
    the Soum province"); none inside: that region or country, to fall back to."""
    q_countries, q_admin1, q_place = qualifier_scope(m, sentence_ctx)
    if q_place is None or cands[0][0].place.feature not in ("town", "admin1", "admin2"):
        return cands, why, None
    inside = [c for c in cands if (c[0].place.iso3, c[0].place.admin1) in q_admin1]
    if q_place.feature == "admin2":  # "X in the Soum province": that district, not its region
        inside = [c for c in inside if c[0].place.admin2 in ("", q_place.admin2)]
    inside = inside or [c for c in cands if c[0].place.iso3 in q_countries]
    if not inside:
        return cands, f"{why}, none in {q_place.name} named by the text; fell back to it", q_place
    if len(inside) < len(cands):
        why += f"; kept {_where(inside)} named next to it"
    return inside, why, None


def _dominant_city(cands):
    """The candidate that is a city far more populous than any namesake, if there is one."""
    ranked = sorted(cands, key=lambda c: -c[0].population)
    top, runner_up = ranked[0][0].population, ranked[1][0].population
    if top >= CITY_POPULATION and top >= FAR_MORE_POPULOUS * runner_up:
        return ranked[0]
    return None


def _where(cands) -> str:
    return "/".join(sorted({c[0].place.iso3 for c in cands}))


def _narrow(cands, keep, why, label):
    kept = [c for c in cands if keep(c[0])]
    if kept and len(kept) < len(cands):
        return kept, f"{why}; chose {_where(kept)} by {label} context"
    return cands, why


def _nearest(cands, points, why):
    points = set(points)  # a town named ten times is one point
    scored = []
    for entry, kind in cands:
        p = entry.place
        others = [(lat, lon) for lat, lon, name in points if name != p.name]
        if not others:
            return cands, why
        # the nearest point by a flat-earth measure (cheap), then its great-circle distance
        scale = math.cos(math.radians(p.latitude)) ** 2
        lat, lon = min(
            others, key=lambda o: (o[0] - p.latitude) ** 2 + scale * (o[1] - p.longitude) ** 2
        )
        scored.append((km_between(p.latitude, p.longitude, lat, lon), entry, kind))
    scored.sort(key=lambda s: s[0])
    best, second = scored[0][0], scored[1][0]
    if best < 300 and second > 2 * best:
        return [
            (scored[0][1], scored[0][2])
        ], f"{why}; chose the one {best:.0f} km from other places of the article"
    return cands, why


def _fallback(cands, why, gazetteer: Gazetteer) -> tuple[Place | None, str]:
    """Several namesakes left: the same place twice, an administrative seat among villages, or
    the district, region or country they share; never a guess between far-apart places."""
    places = [e.place for e, _ in cands]
    ranked = sorted(cands, key=lambda c: (-c[0].rank, -c[0].population))
    top = ranked[0][0]
    spread = max(
        km_between(top.place.latitude, top.place.longitude, p.latitude, p.longitude) for p in places
    )
    if spread <= SAME_PLACE_KM:
        return top.place, _explain(f"{why}; all within {spread:.0f} km: one place", *ranked[0])
    if top.rank >= SEAT_RANK and ranked[1][0].rank < top.rank:
        return top.place, _explain(f"{why}; chose the administrative seat", *ranked[0])
    isos = {p.iso3 for p in places}
    if len(isos) == 1:
        iso3 = places[0].iso3
        districts = {p.admin2 for p in places}
        district = gazetteer.district(iso3, places[0].admin2) if len(districts) == 1 else None
        if district is not None:
            return district, f"{why}; still {len(places)} in {district.name}; fell back to it"
        admin1 = {p.admin1 for p in places}
        region = gazetteer.admin1(iso3, places[0].admin1) if len(admin1) == 1 else None
        if region is not None:
            return region, f"{why}; still {len(places)} in {region.name}; fell back to the region"
        if gazetteer.has_country(iso3):
            return gazetteer.country(
                iso3
            ), f"{why}; still {len(places)} in {iso3}; fell back to the country"
    by_people = sorted(cands, key=lambda c: -c[0].population)
    if by_people[0][0].population >= FAR_MORE_POPULOUS * max(by_people[1][0].population, 1):
        return by_people[0][0].place, _explain(
            f"{why}; no context, chose the far most populous", *by_people[0]
        )
    return None, f"{why}; ambiguous between {_where(cands)} with no context: left unresolved"


def _explain(why: str, entry: Entry, kind: str) -> str:
    if entry.curated:
        source = "supplement"
    else:
        source = "GeoNames" if entry.place.source == "geonames" else "the villages list"
    place = entry.place
    return f"{why}; {place.feature} {place.name} ({place.iso3}) from {source} by {_KIND_RULE[kind]}"
