"""ACLED's event type and sub-type from the trigger and its frame (data/knowledge/coding.yaml)."""

from dataclasses import dataclass, replace

from pipeline.coding_rules import CodingRules
from pipeline.contract import REMOTE, VIOLENT_TYPES
from pipeline.knowledge import COUNTRY_PLACEHOLDER
from pipeline.records import ActorMention, EventMention, Frame, Trigger

VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
LOOTING = "Looting/property destruction"
TERRITORIAL = ("Government regains territory", "Non-state actor overtakes territory")
CLASH = "Armed clash"  # the trigger category of fighting (triggers.csv)
ATTACK = "Attack"  # the trigger category of attacks, raids and killings (triggers.csv)
DEMONSTRATION = "Protest"  # the trigger category of demonstrations (triggers.csv)
DEMONSTRATIONS = ("Protests", "Riots")
ARRESTS = "Arrests"
VIOLENT_DEMONSTRATION = {"event_type": "Riots", "sub_event_type": "Violent demonstration"}
INTERVENED = {"event_type": "Protests", "sub_event_type": "Protest with intervention"}
FOLLOWING_SENTENCES = 2  # after a demonstration's, in which its crowd may turn violent
LETHAL_PRIORITY = 75  # as "opened fire on protesters" in triggers.csv
LETHAL_FORCE = {
    "event_type": "Protests",
    "sub_event_type": "Excessive force against protesters",
    "category": "Protest",
}


@dataclass(frozen=True)
class Parties:
    """Who acted and who was hit, as words and as registry actors."""

    agent_lemmas: tuple[str, ...]
    patient_lemmas: tuple[str, ...]
    agent_actors: tuple[ActorMention, ...]
    patient_actors: tuple[ActorMention, ...]
    scene_lemmas: tuple[str, ...] = ()
    patient_named: bool = False
    agent_clause_lemmas: tuple[str, ...] = ()
    struck_lemmas: tuple[str, ...] = ()


def parties(frame: Frame, actors: tuple[ActorMention, ...], victims: tuple[str, ...]) -> Parties:
    """The frame's agent and patient, with the registry actors inside them and the dead."""

    def inside(span):
        return tuple(a for a in actors if span and span[0] <= a.start and a.end <= span[1])

    agents = inside(frame.agent)
    return Parties(
        agent_lemmas=frame.agent_lemmas,
        patient_lemmas=(*frame.patient_lemmas, *victims),
        agent_actors=agents,
        # "16 people killed by unknown gunmen": the patient's span holds its participle's agent
        patient_actors=tuple(a for a in inside(frame.patient) if a not in agents),
        scene_lemmas=frame.scene_lemmas,
        patient_named=frame.patient_named,
        agent_clause_lemmas=frame.agent_clause_lemmas,
        struck_lemmas=frame.struck_lemmas,
    )


def _civilian_patient(p: Parties, rules: CodingRules) -> bool:
    typed = [a.acled_type for a in p.patient_actors]
    if typed:
        return all(t in rules.civilian_types for t in typed)
    # "attacked the village": its people were hit (a camp may be a garrison: it stays armed)
    unarmed = rules.civilians | rules.civilian_targets | (rules.settlements - rules.armed)
    words = [w for w in p.patient_lemmas if w in unarmed or w in rules.armed]
    if rules.names_civilians(words):
        # "a refugee camp", "a camp housing refugees": a place that may be a garrison is theirs
        # ("a camp housing 200 men" may be a garrison's)
        words = [w for w in words if w not in rules.settlements]
    # "two staff were killed when their vehicle was attacked": a thing hit, people killed
    words = words or [w for w in p.struck_lemmas if w in unarmed or w in rules.armed]
    return bool(words) and all(w in unarmed for w in words)


def person_patient(p: Parties, rules: CodingRules) -> bool:
    """Whether the act was done to people ("seized a teacher", "the two men were freed")."""
    people = rules.civilians | rules.persons
    if any(w in people for w in p.patient_lemmas):
        return True
    # "handed over Air Base 201": a named base, camp or market is a place, not a person
    things = (rules.armed | rules.settlements | rules.civilian_targets) - people
    return p.patient_named and not any(w in things for w in p.patient_lemmas)


def tells_event(trigger: Trigger, frame: Frame, p: Parties, rules: CodingRules) -> bool:
    """False for an act that is news only when done to people and was not ("a video was
    released"), for a word that only modifies a noun ("riot gear"), for an office taken over and
    for a road stop by anyone but armed men ("soldiers intercepted a convoy")."""
    if frame.modifier and trigger.category in rules.not_as_modifier:
        return False
    if trigger.sub_event_type in TERRITORIAL and _office_taken(p, rules):
        return False
    if trigger.category in rules.armed_only and not _armed_agent(p, rules):
        return False
    if trigger.category in rules.by_armed_men and not _armed_men(p, rules):
        return False
    if trigger.category not in rules.person_only or not (p.patient_lemmas or p.patient_named):
        return True  # a frame that names nothing done to leaves the trigger its meaning
    return person_patient(p, rules)


def _armed_agent(p: Parties, rules: CodingRules) -> bool:
    """An armed side acted, or the frame names no agent at all (then the word keeps its
    meaning)."""
    if not p.agent_lemmas and not p.agent_actors:
        return True
    typed = {a.acled_type for a in p.agent_actors}
    armed = bool(rules.armed & set(p.agent_lemmas)) or bool(_remote(p, rules))
    return armed or bool(typed & rules.state_types)


def _armed_men(p: Parties, rules: CodingRules) -> bool:
    """Armed men other than the state's forces acted, or no one is named ("buses were stopped")."""
    if not p.agent_lemmas and not p.agent_actors:
        return True
    armed = (rules.armed | rules.armed_words) & set(p.agent_lemmas)
    return bool(armed) and not _state_agent(p, rules)


def _office_taken(p: Parties, rules: CodingRules) -> bool:
    """ "took over the defence ministry": an office taken, not a town or a base."""
    places = rules.armed | rules.settlements | rules.civilian_targets
    lemmas = set(p.patient_lemmas)
    return bool(lemmas & rules.offices) and not lemmas & places


def _protesters_hit(p: Parties, rules: CodingRules) -> bool:
    """Demonstrators as the patient of violence: ACLED's excessive force against protesters."""
    typed = {a.acled_type for a in p.patient_actors}
    return bool(rules.demonstrators & set(p.patient_lemmas)) or "Protesters" in typed


def _settlement_struck(p: Parties, rules: CodingRules) -> bool:
    """No one named as hit, but villages or hamlets struck: the people living there were."""
    named = [w for w in p.patient_lemmas if w in rules.civilians or w in rules.armed]
    scene = set(p.scene_lemmas)
    garrison = rules.garrison & scene  # "a military camp", "an army post"
    return not named and not p.patient_actors and bool(rules.settlements & scene) and not garrison


def _armed_dead(p: Parties, rules: CodingRules) -> bool:
    """Everyone named as hit is armed ("killed ten volunteer fighters")."""
    named = [w for w in p.patient_lemmas if w in rules.civilians or w in rules.armed]
    typed = [a.acled_type for a in p.patient_actors]
    unarmed = any(t in rules.civilian_types for t in typed)
    return bool(named) and all(w not in rules.civilians for w in named) and not unarmed


def _armed_struck(p: Parties, rules: CodingRules) -> bool:
    """ "attacked an army post, killing 12 people": the act whose toll this is hit armed men,
    and neither it nor the toll names civilians ("killing 12 farmers")."""
    named = (rules.civilians - rules.vague_people) & {*p.patient_lemmas, *p.struck_lemmas}
    armed = rules.garrison & set(p.struck_lemmas)
    return bool(armed) and not named and not rules.civilians & set(p.struck_lemmas)


def _among_communities(p: Parties, sentence_lemmas, rules: CodingRules) -> bool:
    """No one named as acting, and the sentence tells of fighting between communities
    ("three people were wounded amid intercommunal violence"): two armed sides, not one."""
    return not p.agent_lemmas and not p.agent_actors and _says(sentence_lemmas, rules.two_sided)


def _brawl(p: Parties, rules: CodingRules) -> bool:
    """A fight whose side named is a crowd or unorganised people, none armed."""
    agents = set(p.agent_lemmas)
    typed = {a.acled_type for a in p.agent_actors} - rules.civilian_types
    brawlers = agents & (rules.crowds | rules.unorganised)
    return bool(brawlers) and not agents & rules.armed and not typed


def _fight_at_demonstration(
    p: Parties, sentence_lemmas, rules: CodingRules, told: frozenset[str]
) -> bool:
    """A fight no side of which is named, told with a demonstration (`told`: the words that
    show one) and no armed group but the state's forces ("they marched to the town hall and
    fighting broke out")."""
    words = set(sentence_lemmas)
    unnamed = not p.agent_lemmas and not p.agent_actors
    armed_group = rules.armed_groups & words
    return unnamed and bool(told & words) and not armed_group


def _crowd(p: Parties, rules: CodingRules) -> frozenset[str]:
    """The agent's words that make it a crowd: "a mob", or "people who had gathered"."""
    return (rules.crowds & set(p.agent_lemmas)) | (rules.assembled & set(p.agent_clause_lemmas))


def _lone(p: Parties, rules: CodingRules) -> bool:
    """ "A man with a knife attacked the mayor": no armed, organised side on either part, so
    no battle; ACLED codes one person's attack on an unarmed one as violence against civilians."""
    agent, patient = set(p.agent_lemmas), set(p.patient_lemmas)
    unarmed = bool(agent) and agent <= rules.civilians and not p.agent_actors
    return unarmed and person_patient(p, rules) and not patient & rules.armed


def _officeholders_held(p: Parties, rules: CodingRules) -> bool:
    """Named office-holders seized by no one named: held by their own soldiers."""
    patient = set(p.patient_lemmas)
    in_office = rules.officeholders & patient and not rules.not_in_office & patient
    return bool(in_office) and p.patient_named and not p.agent_lemmas


def _state_agent(p: Parties, rules: CodingRules) -> bool | None:
    typed = [a.acled_type for a in p.agent_actors]
    if typed:
        return typed[0] in rules.state_types
    if any(w in rules.state for w in p.agent_lemmas):
        return True
    return False if p.agent_lemmas else None


def _fought(lemmas, rules: CodingRules) -> bool:
    """Fighting told in the sentence, not denied ("entered the town without a fight", "without
    any resistance or fighting")."""
    return any(
        lemma in rules.fighting
        and not rules.fight_denials & set(lemmas[max(0, i - 5) : i])
        and lemmas[i - 1 : i] != ["to"]  # "entered Menaka to fight terrorism": a purpose
        for i, lemma in enumerate(lemmas)
    )


def _says(lemmas, phrases: frozenset[str]) -> bool:
    padded = f" {' '.join(lemmas)} "
    return any(f" {phrase} " in padded for phrase in phrases)


def _remote(p: Parties, rules: CodingRules) -> str:
    """The sub-type of remote violence the agent tells ("the strike", "a drone"), "" if none; a
    workers' strike ("a general strike hit the town") strikes nothing."""
    if rules.not_remote & set(p.agent_lemmas):
        return ""
    return next((rules.remote_agents[w] for w in p.agent_lemmas if w in rules.remote_agents), "")


def _by_means(trigger: Trigger, p: Parties, sentence_lemmas, rules: CodingRules) -> Trigger | None:
    """The type told by how the act was done, or None: from afar ("the strike hit the market",
    not "strikes grew since the army retook Kidal"), or shots at a demonstration by no one named
    and at no armed men ("four protesters were treated for gunshot wounds"): the forces' answer
    to it, no battle."""
    remote = _remote(p, rules)
    if remote and trigger.event_type in VIOLENT_TYPES and trigger.sub_event_type not in TERRITORIAL:
        return replace(trigger, event_type=REMOTE, sub_event_type=remote)
    shots = trigger.category in rules.against_civilians and trigger.event_type == "Battles"
    armed_hit = rules.armed & {*p.patient_lemmas, *p.struck_lemmas}
    if (
        shots
        and not armed_hit
        and _fight_at_demonstration(p, sentence_lemmas, rules, rules.demonstrators)
    ):
        return replace(trigger, category=DEMONSTRATION, **INTERVENED)
    return None


def code_trigger(
    trigger: Trigger, p: Parties, sentence_lemmas, rules: CodingRules, crowd_lemmas=None
) -> Trigger:
    """The trigger with ACLED's type for what its frame says; unchanged when the frame is silent.

    `crowd_lemmas`: the sentence's lemmas less the acts of the state's forces (all when None)."""
    by_means = _by_means(trigger, p, sentence_lemmas, rules)
    if by_means is not None:
        return by_means
    recoded = rules.on_person.get(trigger.category)
    if recoded and person_patient(p, rules):
        if _state_agent(p, rules) or _officeholders_held(p, rules):  # "soldiers seized three men"
            recoded = rules.on_person_by_state.get(trigger.category, recoded)
        return replace(trigger, **recoded)
    civilian = trigger.category in rules.against_civilians and trigger.event_type == "Battles"
    mob = _crowd(p, rules)
    brawl = _brawl(p, rules) and not _says(sentence_lemmas, rules.two_sided)
    if trigger.category == CLASH and brawl:  # "traders fought with knives"
        return replace(trigger, event_type="Riots", sub_event_type="Mob violence")
    fight_there = _fight_at_demonstration(p, sentence_lemmas, rules, rules.demonstrating)
    if trigger.category == CLASH and fight_there:
        # "fighting broke out at the march": the crowd's violence, one event with its march
        return replace(trigger, category=DEMONSTRATION, **VIOLENT_DEMONSTRATION)
    if civilian and mob & rules.demonstrators:  # "protesters stormed the town hall"
        return replace(trigger, category=DEMONSTRATION, **VIOLENT_DEMONSTRATION)
    if civilian and mob:  # "a mob lynched a man"
        return replace(trigger, event_type="Riots", sub_event_type="Mob violence")
    if civilian and _protesters_hit(p, rules):  # "troops killed three demonstrators"
        # the force used tells the event: it outranks the word for the crowd it met
        return replace(trigger, priority=max(trigger.priority, LETHAL_PRIORITY), **LETHAL_FORCE)
    if civilian and _among_communities(p, sentence_lemmas, rules):
        return trigger
    if civilian and (
        _civilian_patient(p, rules) or _settlement_struck(p, rules) or _lone(p, rules)
    ):
        return replace(trigger, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack")
    one_sided = trigger.category in rules.against_civilians
    against = trigger.event_type == VIOLENCE_AGAINST_CIVILIANS
    struck = trigger.sub_event_type == "Attack" and _armed_struck(p, rules)
    if against and (one_sided and _armed_dead(p, rules) or struck):
        # the dead counted after the frame was read are armed, or the post the act hit is
        return replace(trigger, event_type="Battles", sub_event_type="Armed clash")
    if trigger.category in rules.taken_by_fighting and _fought(sentence_lemmas, rules):
        # "troops entered Anefis after two days of fighting": the town was taken
        sub = rules.territory_state if _state_agent(p, rules) else rules.territory_other
        return replace(trigger, event_type="Battles", sub_event_type=sub)
    if trigger.sub_event_type in TERRITORIAL:
        state = _state_agent(p, rules)
        if state is not None:
            sub = rules.territory_state if state else rules.territory_other
            return replace(trigger, sub_event_type=sub)
    if trigger.sub_event_type == LOOTING and mob:
        return replace(trigger, event_type="Riots", sub_event_type="Mob violence")
    crowd_acts = sentence_lemmas if crowd_lemmas is None else crowd_lemmas
    if trigger.event_type == "Protests" and rules.riot_words & set(crowd_acts):
        return replace(trigger, event_type="Riots", sub_event_type="Violent demonstration")
    if trigger.sub_event_type == "Peaceful protest" and _says(sentence_lemmas, rules.interventions):
        return replace(trigger, sub_event_type="Protest with intervention")
    return trigger


def _newly_dated(later: EventMention, demonstration: EventMention) -> bool:
    """ "31 JUL - the party reports the arrest of ministers", after an undated demonstration:
    a day of its own starts another report."""
    return demonstration.date is None and later.date is not None


def same_days(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions' dates may be one event's: they overlap, or one has none."""
    if a.date is None or b.date is None:
        return True
    return a.date.date_start <= b.date.date_end and b.date.date_start <= a.date.date_end


def turned_violent(
    mentions: list[EventMention],
    crowd_acts: dict[int, tuple[list[str], list[str]]],
    rules: CodingRules,
) -> list[EventMention]:
    """A demonstration with what its sentence and the next tell of its crowd: a crowd turning
    violent ("... The marchers then torched a lorry") makes it a riot, ACLED's violent
    demonstration, its burning part of it; its people arrested are the security forces'
    intervention, not events of their own. `crowd_acts`: each parsed sentence's lemmas and its
    crowd's (`crowd_acts.crowd_lemmas`)."""
    absorbed: set[int] = set()
    result = [
        _followed(m, mentions, crowd_acts, rules, absorbed)
        if m.trigger.event_type == "Protests"
        else m
        for m in mentions
    ]
    return [m for m in result if id(m) not in absorbed]


def _followed(m, mentions, crowd_acts, rules: CodingRules, absorbed: set[int]) -> EventMention:
    """The demonstration `m` as the sentences from its own tell it; `absorbed` takes the ids of
    the mentions that are part of it."""
    crowds = rules.crowds | rules.demonstrators
    for k in range(m.sentence_index, m.sentence_index + 1 + FOLLOWING_SENTENCES):
        told = [o for o in mentions if o.sentence_index == k and o is not m]
        if any(not _crowd_kind(o) or not same_days(o, m) or _newly_dated(o, m) for o in told):
            break  # another event, or another day's
        held = [o for o in told if o.trigger.sub_event_type == ARRESTS]
        absorbed.update(id(o) for o in held)
        lemmas, acts = crowd_acts.get(k, ([], []))  # a sentence not parsed tells no riot
        if (crowds & set(lemmas) or held) and rules.riot_words & set(acts):
            absorbed.update(id(o) for o in told if o.trigger.category != m.trigger.category)
            return replace(m, trigger=replace(m.trigger, **VIOLENT_DEMONSTRATION))
        if held and m.trigger.sub_event_type == "Peaceful protest":
            m = replace(m, trigger=replace(m.trigger, sub_event_type="Protest with intervention"))
    return m


def _crowd_kind(m: EventMention) -> bool:
    """A demonstration, property burned or looted (by its crowd, the riot's own acts) or people
    arrested (the crowd's, the intervention)."""
    kinds = (LOOTING, ARRESTS)
    return m.trigger.event_type in DEMONSTRATIONS or m.trigger.sub_event_type in kinds


def victims_last(actors: list[ActorMention], p: Parties, rules: CodingRules) -> list[ActorMention]:
    """Actors in order, agents first and civilian victims never first."""
    agents = [a for a in actors if a in p.agent_actors]
    rest = [a for a in actors if a not in p.agent_actors]
    ordered = agents + [a for a in rest if a.acled_type not in rules.civilian_types]
    ordered += [a for a in rest if a.acled_type in rules.civilian_types]
    return ordered


def lead_actor(
    trigger: Trigger, names: list[str], types: dict[str, str], country: str, rules: CodingRules
) -> list[str]:
    """The actor names with ACLED's actor1: violence never led by its civilian victims (an
    unidentified armed group then), a demonstration always led by its crowd."""
    if not country:
        return names
    first = types.get(names[0]) if names else None
    if trigger.event_type in rules.crowd_leads:
        crowd, crowd_type = rules.crowd_leads[trigger.event_type]
        lead = crowd.replace(COUNTRY_PLACEHOLDER, country)
        return names if first == crowd_type else [lead, *(n for n in names if n != lead)]
    if trigger.event_type in VIOLENT_TYPES and first in rules.civilian_types:
        stand_in = rules.stand_in(trigger, country)
        return [stand_in, *names] if stand_in else names
    return names
