"""ACLED's event type and sub-type from the trigger and its frame (data/knowledge/coding.yaml)."""

from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import COUNTRY_PLACEHOLDER, KNOWLEDGE_DIR, KnowledgeError
from pipeline.records import ActorMention, Frame, Trigger

VIOLENCE_AGAINST_CIVILIANS = "Violence against civilians"
LOOTING = "Looting/property destruction"
TERRITORIAL = ("Government regains territory", "Non-state actor overtakes territory")
RECODED_FIELDS = frozenset({"event_type", "sub_event_type", "category"})
LETHAL_PRIORITY = 75  # as "opened fire on protesters" in triggers.csv
LETHAL_FORCE = {
    "event_type": "Protests",
    "sub_event_type": "Excessive force against protesters",
    "category": "Protest",
}


@dataclass(frozen=True)
class CodingRules:
    """The word lists and mappings of coding.yaml."""

    civilians: frozenset[str]
    armed: frozenset[str]
    state: frozenset[str]
    civilian_types: frozenset[str]
    state_types: frozenset[str]
    against_civilians: frozenset[str]
    territory_state: str
    territory_other: str
    riot_words: frozenset[str]
    settlements: frozenset[str]
    crowds: frozenset[str]
    demonstrators: frozenset[str] = frozenset()
    assembled: frozenset[str] = frozenset()
    civilian_targets: frozenset[str] = frozenset()
    persons: frozenset[str] = frozenset()
    on_person: dict[str, dict[str, str]] = field(default_factory=dict)
    person_only: frozenset[str] = frozenset()
    not_as_modifier: frozenset[str] = frozenset()
    interventions: frozenset[str] = frozenset()
    stand_ins: dict[str, str] = field(default_factory=dict)
    crowd_leads: dict[str, tuple[str, str]] = field(default_factory=dict)  # (actor, its type)

    @property
    def framed_categories(self) -> frozenset[str]:
        """Trigger categories that the parse of their frame may recode or drop."""
        return frozenset({*self.on_person, *self.person_only, *self.not_as_modifier})

    def stand_in(self, trigger: Trigger, country: str) -> str | None:
        """ACLED's actor for the unnamed side that acted ("Unidentified Armed Group")."""
        key = "violence" if trigger.event_type in VIOLENT_TYPES else trigger.category
        name = self.stand_ins.get(key)
        return name.replace(COUNTRY_PLACEHOLDER, country) if name and country else None


def load_coding_rules(path: Path = KNOWLEDGE_DIR / "coding.yaml") -> CodingRules:
    """Read the coding rules."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    try:
        rules = CodingRules(
            civilians=frozenset(data["civilians"]),
            armed=frozenset(data["armed"]),
            state=frozenset(data["state"]),
            civilian_types=frozenset(data["civilian_types"]),
            state_types=frozenset(data["state_types"]),
            against_civilians=frozenset(data["against_civilians"]),
            territory_state=data["territory"]["state"],
            territory_other=data["territory"]["other"],
            riot_words=frozenset(data["riot_words"]),
            settlements=frozenset(data["settlements"]),
            crowds=frozenset(data["crowds"]),
            demonstrators=frozenset(data["demonstrators"]),
            assembled=frozenset(data["assembled"]),
            civilian_targets=frozenset(data["civilian_targets"]),
            persons=frozenset(data["persons"]),
            on_person={str(k): dict(v) for k, v in data["on_person"].items()},
            person_only=frozenset(data["person_only"]),
            not_as_modifier=frozenset(data["not_as_modifier"]),
            interventions=frozenset(data["interventions"]),
            stand_ins={str(k): str(v) for k, v in data["stand_ins"].items()},
            crowd_leads={
                str(k): (str(v["actor"]), str(v["type"])) for k, v in data["crowd_leads"].items()
            },
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise KnowledgeError(f"{path}: {error!r}") from error
    for category, recoded in rules.on_person.items():
        if not set(recoded) <= RECODED_FIELDS:
            raise KnowledgeError(f"{path}: on_person {category}: only {sorted(RECODED_FIELDS)}")
    return rules


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


def parties(frame: Frame, actors: tuple[ActorMention, ...], victims: tuple[str, ...]) -> Parties:
    """The frame's agent and patient, with the registry actors inside them and the dead."""

    def inside(span):
        return tuple(a for a in actors if span and span[0] <= a.start and a.end <= span[1])

    return Parties(
        agent_lemmas=frame.agent_lemmas,
        patient_lemmas=(*frame.patient_lemmas, *victims),
        agent_actors=inside(frame.agent),
        patient_actors=inside(frame.patient),
        scene_lemmas=frame.scene_lemmas,
        patient_named=frame.patient_named,
        agent_clause_lemmas=frame.agent_clause_lemmas,
    )


def _civilian_patient(p: Parties, rules: CodingRules) -> bool:
    typed = [a.acled_type for a in p.patient_actors]
    if typed:
        return all(t in rules.civilian_types for t in typed)
    # "attacked the village": its people were hit (a camp may be a garrison: it stays armed)
    unarmed = rules.civilians | rules.civilian_targets | (rules.settlements - rules.armed)
    words = [w for w in p.patient_lemmas if w in unarmed or w in rules.armed]
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
    released"), and for a word that only modifies a noun ("riot gear")."""
    if frame.modifier and trigger.category in rules.not_as_modifier:
        return False
    if trigger.category not in rules.person_only or not (p.patient_lemmas or p.patient_named):
        return True  # a frame that names nothing done to leaves the trigger its meaning
    return person_patient(p, rules)


def _protesters_hit(p: Parties, rules: CodingRules) -> bool:
    """Demonstrators as the patient of violence: ACLED's excessive force against protesters."""
    typed = {a.acled_type for a in p.patient_actors}
    return bool(rules.demonstrators & set(p.patient_lemmas)) or "Protesters" in typed


def _settlement_struck(p: Parties, rules: CodingRules) -> bool:
    """No one named as hit, but villages or hamlets struck: the people living there were."""
    named = [w for w in p.patient_lemmas if w in rules.civilians or w in rules.armed]
    scene = set(p.scene_lemmas)
    garrison = (rules.armed - rules.settlements) & scene  # "a military camp", "an army post"
    return not named and not p.patient_actors and bool(rules.settlements & scene) and not garrison


def _crowd(p: Parties, rules: CodingRules) -> frozenset[str]:
    """The agent's words that make it a crowd: "a mob", or "people who had gathered"."""
    return (rules.crowds & set(p.agent_lemmas)) | (rules.assembled & set(p.agent_clause_lemmas))


def _lone(p: Parties, rules: CodingRules) -> bool:
    """ "A man with a knife attacked the mayor": no armed, organised side on either part, so
    no battle; ACLED codes one person's attack on an unarmed one as violence against civilians."""
    agent, patient = set(p.agent_lemmas), set(p.patient_lemmas)
    unarmed = bool(agent) and agent <= rules.civilians and not p.agent_actors
    return unarmed and person_patient(p, rules) and not patient & rules.armed


def _state_agent(p: Parties, rules: CodingRules) -> bool | None:
    typed = [a.acled_type for a in p.agent_actors]
    if typed:
        return typed[0] in rules.state_types
    if any(w in rules.state for w in p.agent_lemmas):
        return True
    return False if p.agent_lemmas else None


def _says(lemmas, phrases: frozenset[str]) -> bool:
    padded = f" {' '.join(lemmas)} "
    return any(f" {phrase} " in padded for phrase in phrases)


def code_trigger(
    trigger: Trigger, p: Parties, sentence_lemmas, rules: CodingRules, crowd_lemmas=None
) -> Trigger:
    """The trigger with ACLED's type for what its frame says; unchanged when the frame is silent.

    `crowd_lemmas`: the sentence's lemmas less the acts of the state's forces (all when None)."""
    recoded = rules.on_person.get(trigger.category)
    if recoded and person_patient(p, rules):
        return replace(trigger, **recoded)
    civilian = trigger.category in rules.against_civilians and trigger.event_type == "Battles"
    mob = _crowd(p, rules)
    if civilian and mob:  # "a mob lynched a man", "protesters stormed the town hall"
        sub = "Violent demonstration" if mob & rules.demonstrators else "Mob violence"
        return replace(trigger, event_type="Riots", sub_event_type=sub)
    if civilian and _protesters_hit(p, rules):  # "troops killed three demonstrators"
        # the force used tells the event: it outranks the word for the crowd it met
        return replace(trigger, priority=max(trigger.priority, LETHAL_PRIORITY), **LETHAL_FORCE)
    if civilian and (
        _civilian_patient(p, rules) or _settlement_struck(p, rules) or _lone(p, rules)
    ):
        return replace(trigger, event_type=VIOLENCE_AGAINST_CIVILIANS, sub_event_type="Attack")
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
