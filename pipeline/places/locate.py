"""Find place mentions in the sentences of an article and resolve them with its context."""

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from pipeline.places.between import between_towns
from pipeline.places.containment import (
    measured_apart,
    measured_namesake,
    measured_towns,
    unmarked_names,
    where_it_lies,
    where_they_lie,
)
from pipeline.places.context import FOCUS, attach_qualifiers, context_of, is_weak
from pipeline.places.distance import km_between
from pipeline.places.gazetteer import Gazetteer
from pipeline.places.marked import LEFT, NOT_PLACES, UNKNOWN, attach_marks, unknown_mention
from pipeline.places.phrases import bare_directions, capital_phrases, palace_phrases
from pipeline.places.rank import resolve_match
from pipeline.places.scan import scan_sentence
from pipeline.places.spelling import names_after_prepositions, spelled_like, unit_names
from pipeline.records import Place, PlaceMention
from pipeline.textnorm import fold

if TYPE_CHECKING:
    from pipeline.places.online import OnlineGeocoder


def locate_article(
    sentences: Sequence[str],
    gazetteer: Gazetteer,
    geocoder: "OnlineGeocoder | None" = None,
    title: str = "",
) -> list[list[PlaceMention]]:
    """For each sentence of one article, the place mentions in it (offsets relative to that
    sentence), resolved with the sentence's and the whole article's context; the countries
    `title` names count towards the article's ("Security incident report, Burkina Faso")."""
    per_sentence = [scan_sentence(sentence, gazetteer, i) for i, sentence in enumerate(sentences)]
    unknown = []
    for sentence, matches in zip(sentences, per_sentence, strict=False):
        unknown.append(attach_marks(sentence, matches))
        attach_qualifiers(matches, sentence)
    article = context_of([m for matches in per_sentence for m in matches])
    headline = context_of(scan_sentence(title, gazetteer, -1)).countries if title else Counter()
    article.countries.update({iso: 1 for iso in headline if iso not in article.countries})
    lead = context_of(per_sentence[0]).countries if per_sentence else Counter()
    about = _main_country(article.countries, headline, lead)
    # the countries a respelled name may lie in: the headline's, else the one it is about
    named = (
        set(headline) & set(FOCUS) or {about} & set(FOCUS) or set(article.countries) & set(FOCUS)
    )
    result = []
    before: list = []  # the matches of the sentence before, for "the capital"
    for sentence, matches, marks in zip(sentences, per_sentence, unknown, strict=False):
        sentence_ctx = context_of(matches)
        mentions = []
        for m in matches:
            m.place, m.rule = resolve_match(m, sentence_ctx, article, gazetteer)
        for m in matches:
            if m.frame_part:
                continue
            if is_weak(m, article, sentence_ctx):
                if m.marked is not None:  # a place by the text, but none the gazetteer trusts
                    marks.append((m.marked, m.frame))
                continue
            place, rule = m.place, m.rule
            if geocoder is not None and m.chosen == "town" and place is not None:
                place, rule = _ask_online(geocoder, gazetteer, m, sentence, article)
            mentions.append(PlaceMention(sentence[m.start : m.end], m.start, m.end, place, rule))
        capitals = capital_phrases(sentence, matches, before, article, gazetteer)
        capitals += palace_phrases(sentence, matches, before, article, gazetteer)
        before = matches
        if capitals:
            # "the Malian capital" is the city, not the country its demonym names.
            mentions = [p for p in mentions if not any(_overlap(c, p) for c in capitals)]
            mentions.extend(capitals)
        mentions.extend(bare_directions(sentence, matches, about, gazetteer))
        # "killed 50 Malian soldiers just across the border in In-Delimane": a country the
        # sentence names holds its respelled names too
        here = named | (set(sentence_ctx.countries) & set(FOCUS))
        mentions.extend(_marked_unknowns(sentence, marks, mentions, gazetteer, here))
        mentions.extend(_respelled(sentence, mentions, gazetteer, here))
        mentions.extend(unmarked_names(sentence, mentions, UNKNOWN))
        mentions = _namesakes_elsewhere(sentence, mentions)
        mentions = measured_towns(sentence, between_towns(sentence, mentions))
        mentions.sort(key=lambda p: p.start)
        result.append(mentions)
    return _placed_as_before(_placed_by_distance(sentences, _placed_by_next(sentences, result)))


def _marked_unknowns(sentence, marks, mentions, gazetteer: Gazetteer, named: set):
    """The mentions of the names the text marks as places that no match covers: each the place
    sounding like it (`_spelled`), else placed as the words around it say (`unknown_mention`)."""
    spelled = [_spelled(sentence, (mark.start, mark.end), gazetteer, named) for mark, _ in marks]
    found = [s for s in spelled if s is not None]
    found += _spelled_units(sentence, [*mentions, *found], gazetteer, named)
    known = [*mentions, *found]
    for (mark, frame), respelled in zip(marks, spelled, strict=True):
        if respelled is None:
            known.append(unknown_mention(sentence, mark, frame, known))
    return known[len(mentions) :]


def _spelled(
    sentence: str, span: tuple[int, int], gazetteer: Gazetteer, named: set, unit: bool = False
) -> PlaceMention | None:
    """A marked name no gazetteer knows, as the one place of the article's countries (`named`)
    sounding like it ("the village of Banibangu": Banibangou); a name the gazetteer knows but
    did not trust here (a namesake abroad) stays unknown."""
    name = sentence[span[0] : span[1]]
    if gazetteer.candidates(name):
        return None
    return spelled_like(name, span, gazetteer.sounding_like(name), named, unit)


def _respelled(
    sentence: str, mentions: list[PlaceMention], gazetteer: Gazetteer, named: set
) -> list[PlaceMention]:
    """Names after "in", "at", "near" or "on" that no mention covers, as the one place of the
    article's countries sounding like it ("the attack on Chinagoder's post": Chinagodrar)."""
    found = []
    for span in names_after_prepositions(sentence):
        if any(m.start < span[1] and span[0] < m.end for m in mentions):
            continue
        if fold(sentence[span[0] : span[1]]).lower() in NOT_PLACES:
            continue
        spelled = _spelled(sentence, span, gazetteer, named)
        if spelled is not None:
            found.append(spelled)
    return found


def _spelled_units(sentence, mentions, gazetteer: Gazetteer, named: set) -> list[PlaceMention]:
    """Units no gazetteer knows by the name the text gives ("in the Banibangu district"), as
    the unit sounding like it."""
    found = []
    for start, end in unit_names(sentence):
        if any(m.start < end and start < m.end for m in mentions):
            continue
        spelled = _spelled(sentence, (start, end), gazetteer, named, unit=True)
        found += [spelled] if spelled is not None else []
    return found


def _placed_by_next(sentences: Sequence[str], result: list[list[PlaceMention]]):
    """Unknown names left unplaced, placed where the next sentence says they lie ("Both
    villages are in the Thiou department")."""
    for i in range(len(result) - 1):
        lost = [p for p in result[i] if p.place is None and p.rule.startswith(UNKNOWN)]
        if not lost:
            continue
        where = where_they_lie(sentences[i + 1], result[i + 1], [p.text for p in lost])
        if where is None:
            continue
        place, how = where
        result[i] = [
            replace(p, place=place, rule=f"{p.rule.removesuffix(LEFT)}; the next sentence: {how}")
            if p in lost
            else p
            for p in result[i]
        ]
    return result


def _placed_by_distance(sentences: Sequence[str], result: list[list[PlaceMention]]):
    """Unknown names left unplaced, placed near the town a sentence says they lie a short
    distance from ("Djibo ... is 25 kilometres from Pobe-Mengao")."""
    lost = {
        fold(p.text): p.text
        for ms in result
        for p in ms
        if p.place is None and p.rule.startswith(UNKNOWN)
    }
    near: dict[str, Place] = {}
    for sentence, mentions in zip(sentences, result, strict=True):
        for key, name in lost.items():
            if key not in near and (place := measured_apart(sentence, name, mentions)):
                near[key] = place
    told = "another sentence puts it near"
    return [
        [
            replace(p, place=place, rule=f"{p.rule.removesuffix(LEFT)}; {told} {place.name}")
            if p.place is None
            and (place := near.get(fold(p.text))) is not None
            and _in_a_country_told(place, ms)
            else p
            for p in ms
        ]
        for ms in result
    ]


def _in_a_country_told(place: Place, mentions: list[PlaceMention]) -> bool:
    """Whether a place lies in a country its sentence's places name, if they name any ("the
    village of X in Mali's Mopti region" is not near a town across the border)."""
    countries = {m.place.iso3 for m in mentions if m.place is not None}
    return not countries or place.iso3 in countries


def _namesakes_elsewhere(sentence: str, mentions: list[PlaceMention]) -> list[PlaceMention]:
    """ "Kaya, a small village in the Tahoua region": a town the
    gazetteer knows only in another country or region than the one the words after it name is
    a namesake the gazetteer lacks; it lies in the unit they name."""
    result = []
    for m in mentions:
        town = m.place
        where = (
            where_it_lies(sentence, m.end, mentions) if town and town.feature == "town" else None
        )
        # "in the X cercle" says where it lies; "400 km north of X" only where it is measured from
        inside = where is not None and where[1].startswith("in ")
        if inside and where[0].name != town.name and not _may_lie_in(town, where[0]):
            place, how = where
            rule = f"{m.rule}; a namesake: the text puts it {how}, where the gazetteer's is not"
            m = replace(m, place=place, rule=rule)
        elif where is not None and (near := measured_namesake(sentence, m.end, town, mentions)):
            rule = (
                f"{m.rule}; a namesake: the text puts it near {near.name}, far from the gazetteer's"
            )
            m = replace(m, place=near, rule=rule)
        result.append(m)
    return result


# a town this close to the unit's point may lie in it under another name of its region (Mali's
# regions were redrawn in 2023; the gazetteer keeps the older ones): "Tessit in the Menaka region"
# lies 240 km from Ménaka, the point of a region of 80,000 km²
UNIT_REACH_KM = 250.0


def _may_lie_in(town: Place, unit: Place) -> bool:
    """Whether a town may lie in the unit the text names: same country, and the same region or
    near the unit; any town may lie in a region across borders ("the tri-border area")."""
    if unit.iso3 and town.iso3 != unit.iso3:
        return False
    if not (town.admin1 and unit.admin1) or fold(town.admin1) == fold(unit.admin1):
        return True
    near = km_between(town.latitude, town.longitude, unit.latitude, unit.longitude)
    return near <= UNIT_REACH_KM


def _placed_as_before(result: list[list[PlaceMention]]) -> list[list[PlaceMention]]:
    """ "Tadaba (Gorom-Gorom department) ... the village of Tadaba": an unknown name
    left unplaced where it is named again lies where the article placed it before."""
    placed: dict[str, PlaceMention] = {}
    for mentions in result:
        for n, p in enumerate(mentions):
            if not p.rule.startswith(UNKNOWN):
                continue
            before = placed.get(fold(p.text))
            if p.place is None and before is not None:
                rule = (
                    f"{p.rule.removesuffix(LEFT)}; placed where it was before: {before.place.name}"
                )
                mentions[n] = replace(p, place=before.place, rule=rule)
            elif p.place is not None:
                placed.setdefault(fold(p.text), p)
    return result


def _overlap(a: PlaceMention, b: PlaceMention) -> bool:
    return a.start < b.end and b.start < a.end


def _ask_online(geocoder, gazetteer: Gazetteer, m, sentence: str, article):
    """Nominatim's coordinates for a town, asked within the article's countries and checked
    against the gazetteer's places of that name; the gazetteer's answer when it has none."""
    offline, rule = m.place, m.rule
    query = re.sub(r"\s+region$", "", sentence[m.start : m.end], flags=re.IGNORECASE)
    countries = list(dict.fromkeys([offline.iso3, *article.countries]))
    towns = [e.place for e, _ in m.candidates if e.place.feature == "town"]
    answer = geocoder.geocode(
        query,
        [gazetteer.iso2.get(c, "") for c in countries],
        candidates=[p for p in towns if p.iso3 in countries],
        countries_iso3=countries,
    )
    if answer is None:
        return offline, f"{rule}; {geocoder.source} had no answer, kept the gazetteer's"
    lat, lon = answer
    town = offline.feature == "town"
    place = Place(
        name=offline.name if town else query,
        admin1=offline.admin1 if town else "",
        admin2=offline.admin2 if town else "",
        country=offline.country,
        iso3=offline.iso3,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        feature="town",
        source=geocoder.source,
    )
    return place, f"{rule}; coordinates from {geocoder.source}"


def _main_country(counts: Counter, headline: Counter, lead: Counter) -> str:
    """The country the article is about: the one its headline names and its first sentence
    names alone ("the country's west" in a story on Niger naming its neighbour Mali more
    often), else the most named."""
    if not counts:
        return ""
    if len(lead) == 1 and next(iter(lead)) in headline:
        return next(iter(lead))
    return counts.most_common(1)[0][0]


def country_counts(located: list[list[PlaceMention]]) -> tuple[Counter, dict[str, int]]:
    """How often each country is named (itself, or through its towns and regions), and where
    it is first named."""
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
    return counts, first


def article_countries(located: list[list[PlaceMention]]) -> list[str]:
    """ISO3 codes the article is about, most mentioned first (countries, and countries of
    towns/regions)."""
    return _most_named(*country_counts(located))


def _most_named(counts: Counter, first: dict[str, int]) -> list[str]:
    return sorted(counts, key=lambda iso: (-counts[iso], first[iso]))


def countries_about(title: list[list[PlaceMention]], body: list[list[PlaceMention]]) -> list[str]:
    """The countries an article is about, the headline's first: a headline names what the
    article is about, but a partner abroad it names ("Government accuses Abidjan") leads only if
    the body names it more than half as often as the Sahel country it mostly tells of."""
    counts, first = country_counts(body)
    sahel = max((counts[iso] for iso in FOCUS), default=0)
    lead = [iso for iso in article_countries(title) if iso in FOCUS or 2 * counts[iso] > sahel]
    return list(dict.fromkeys([*lead, *_most_named(counts, first)]))
