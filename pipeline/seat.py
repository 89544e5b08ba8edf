"""Where a state's act took place when its sentence names no town: in the capital; where a
measure against a country took place: in that country."""

from dataclasses import replace
from functools import cache

from pipeline.actors import actor_name
from pipeline.contract import STRATEGIC
from pipeline.knowledge import COUNTRY_PLACEHOLDER, Actor, Cues
from pipeline.news_town import near, unplaced
from pipeline.places import Gazetteer
from pipeline.records import ActorMention, EventMention, Place, SentenceFacts, Trigger
from pipeline.triggers import CLAUSE_BREAK, WORD, Words, has_cue


def at_its_target(
    trigger: Trigger, found: tuple[Place | None, str, str], sentence: SentenceFacts, cues: Cues
) -> tuple[Place | None, str, str]:
    """ "ECOWAS, meeting in Accra, suspended Mali from its institutions", "sanctions on Niger":
    a measure against a country (cues.yaml `against_a_country`) named as its object is placed
    in that country, not in the town where it was decided."""
    if trigger.category not in cues.against_a_country:
        return found
    for mention in sentence.places:
        if mention.place is None or mention.place.feature != "country":
            continue
        inside = trigger.start <= mention.start and mention.end <= trigger.end
        gap = sentence.folded[trigger.end : mention.start].split()
        linked = mention.start >= trigger.end and len(gap) == 1 and gap[0] in cues.against_links
        if inside or linked:
            place, _, rule = found
            if place is not None and place.iso3 == mention.place.iso3:
                return found
            target = mention.place
            return target, mention.text, f"{rule}; a measure against {target.country}: there"
    return found


def at_the_seat(
    trigger: Trigger,
    found: tuple[Place | None, str, str],
    acting: list[ActorMention],
    gazetteer: Gazetteer,
    cues: Cues,
    sentence: SentenceFacts | None = None,
) -> tuple[Place | None, str, str]:
    """The place (with its words and rule) of the act: "He was sworn in", "the ministry broke
    off relations": a state's act told with no place but its country took place in the capital,
    where ACLED places it; so does a political decision of the country's government (`acting`:
    who did it). "Niger's junta broke off relations, in solidarity with Mali": a government's own
    act is done in its own capital, whatever country the sentence names; so is an arrest of
    political figures (`sentence`: where the act is told)."""
    place, text, rule = found
    abroad = _home_capital(trigger, place, acting, gazetteer, cues)
    if abroad is not None:
        return abroad, text, f"{rule}; a coup is made at home: in {abroad.name}"
    if place is not None and place.feature != "country":
        return found
    # (not a deployment or any act done where the country it names is: only the seat's own acts)
    own = governed(acting, gazetteer, cues) if trigger.category in cues.seat_of_government else None
    if own is not None and (place is None or own.iso3 != place.iso3):
        return own, text, f"{rule}; its government's act, in its capital: {own.name}"
    if place is None:
        return found
    capital = gazetteer.capital(place.iso3)
    agents = [actor_name(a, place.country) for a in acting]
    governing = trigger.event_type == STRATEGIC and any(
        name.format(country=place.country) in agents for name in cues.governing
    )
    political = sentence is not None and _political_arrest(trigger, sentence, cues)
    if capital is None or not (
        trigger.category in cues.seat_of_government or governing or political
    ):
        return found
    return capital, text, f"{rule}; a state's act, in its capital: {capital.name}"


def _home_capital(
    trigger: Trigger,
    place: Place | None,
    acting: list[ActorMention],
    gazetteer: Gazetteer,
    cues: Cues,
) -> Place | None:
    """The capital of the one country of those who made a coup, when the place told is abroad."""
    if place is None or trigger.category not in cues.at_home:
        return None
    homes = {a.iso3 for a in acting if len(a.iso3) == 3}
    if len(homes) != 1 or place.iso3 in homes:
        return None
    return gazetteer.capital(homes.pop())


def governed(acting: list[ActorMention], gazetteer: Gazetteer, cues: Cues) -> Place | None:
    """The capital of the one country whose government (cues.yaml `governing`) acted."""
    prefixes = [name.split("{")[0] for name in cues.governing]
    countries = {
        a.iso3 for a in acting if len(a.iso3) == 3 and any(a.name.startswith(p) for p in prefixes)
    }
    return gazetteer.capital(countries.pop()) if len(countries) == 1 else None


ARREST_REACH = 10  # words around an arrest in which those arrested are named


def _political_arrest(trigger: Trigger, sentence: SentenceFacts, cues: Cues) -> bool:
    """ "several of their leaders were arrested during a private meeting": political figures
    arrested, named next to the arrest, where politics is done ("three JNIM leaders" are not)."""
    if trigger.category not in cues.political_arrests:
        return False
    folded = sentence.folded
    before = Words(folded).before(trigger.start, ARREST_REACH)
    after = CLAUSE_BREAK.split(folded[trigger.end :])[0]
    named = [*WORD.findall(before), *WORD.findall(after)[:ARREST_REACH]]
    start, end = trigger.start - len(before), trigger.end + len(after)
    armed = any(
        a.acled_type in cues.armed_actor_types and start <= a.start < end for a in sentence.actors
    )
    return not armed and has_cue(" ".join(named), cues.political_figures)


UNPLACED_RULE = "no town told for it in the text: {name}, its country's capital"
OWN_SIDES = frozenset({"State Forces", "Civilians", "Protesters"})  # who may act in a state's act


def in_the_capital_when_unplaced(
    found: list[EventMention],
    sentences: list[SentenceFacts],
    gazetteer: Gazetteer,
    actors: tuple[Actor, ...],
    cues: Cues,
) -> list[EventMention]:
    """ "Three of them were released in September", "she was arrested and held for weeks": an
    act of a state (cues.yaml `seat_when_unplaced`) that no sentence places in a town, given
    only its country, took place in the capital, where it was decided and made public (near it:
    geo_precision 2, an inference). Not when someone other than that state or its people took
    part (jihadists who free a bus's passengers, Macron warning Niger), nor in an article
    telling of hostages (`held_by_armed_men`): they are freed in the field."""

    def state_act(m: EventMention) -> bool:
        return unplaced(m) and m.trigger.category in cues.seat_when_unplaced

    # the whole article is read for hostages only when it tells such an act (most tell none)
    if not any(map(state_act, found)) or any(
        has_cue(s.folded, cues.held_by_armed_men) for s in sentences
    ):
        return found
    result = []
    for m in found:
        capital = gazetteer.capital(m.place.iso3) if state_act(m) else None
        if capital is not None and _by_its_state(m, m.place, actors):
            rule = f"{m.place_rule}; {UNPLACED_RULE.format(name=capital.name)}"
            m = replace(m, place=near(capital), place_rule=rule)
        result.append(m)
    return result


def _by_its_state(m: EventMention, country: Place, actors: tuple[Actor, ...]) -> bool:
    """Every actor of the act is the country's state, its civilians or its protesters."""
    sides = _sides(actors, country.country, country.iso3)
    return all(name in sides for name in m.actors)


@cache
def _sides(actors: tuple[Actor, ...], country: str, iso3: str) -> frozenset[str]:
    """The names of a country's own state forces, civilians and protesters in the registry."""
    return frozenset(
        a.name.replace(COUNTRY_PLACEHOLDER, country)
        for a in actors
        if a.acled_type in OWN_SIDES and (a.iso3 == "*" or a.iso3 == iso3)
    )
