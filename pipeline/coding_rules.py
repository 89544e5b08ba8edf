"""The word lists and mappings of data/knowledge/coding.yaml, read once."""

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

import yaml

from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import COUNTRY_PLACEHOLDER, KNOWLEDGE_DIR, KnowledgeError
from pipeline.records import Trigger

RECODED_FIELDS = frozenset({"event_type", "sub_event_type", "category"})


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
    # the same acts done to people by the state's forces ("soldiers seized three men": arrests)
    on_person_by_state: dict[str, dict[str, str]] = field(default_factory=dict)
    officeholders: frozenset[str] = frozenset()  # seized by no one named: arrested
    not_in_office: frozenset[str] = frozenset()  # "former": no office-holder
    person_only: frozenset[str] = frozenset()
    not_as_modifier: frozenset[str] = frozenset()
    interventions: frozenset[str] = frozenset()
    stand_ins: dict[str, str] = field(default_factory=dict)
    crowd_leads: dict[str, tuple[str, str]] = field(default_factory=dict)  # (actor, its type)
    part_of_violence: frozenset[str] = frozenset()
    doers_again: tuple[str, ...] = ()  # how the next sentence names an act's doers again
    two_sided: frozenset[str] = frozenset()
    grievances: frozenset[str] = frozenset()
    unorganised: frozenset[str] = frozenset()
    demonstrating: frozenset[str] = frozenset()
    vague_people: frozenset[str] = frozenset()  # "people": the dead told, not who they were
    offices: frozenset[str] = frozenset()  # taken over, no territory
    armed_only: frozenset[str] = frozenset()  # categories that are news only done by armed men
    by_armed_men: frozenset[str] = frozenset()  # categories news only done by non-state armed men
    armed_words: frozenset[str] = frozenset()  # "armed individuals": a side armed by its word
    # moves into a town that fighting told with them makes a taking of territory
    taken_by_fighting: frozenset[str] = frozenset()
    fighting: frozenset[str] = frozenset()
    fight_denials: frozenset[str] = frozenset()  # "without a fight"
    remote_agents: dict[str, str] = field(default_factory=dict)  # lemma: ERV sub-type
    not_remote: frozenset[str] = frozenset()  # "a general strike": no strike from afar
    fired_rounds: frozenset[str] = frozenset()  # "shots were fired": no crowd fires at itself

    @property
    def garrison(self) -> frozenset[str]:
        """Armed nouns that are never a settlement (a camp may be a refugees')."""
        return self.armed - self.settlements

    def with_nationals(self, nationals: Iterable[str]) -> "CodingRules":
        """The rules with a country's people ("malians") as those hit: civilians, though named
        no more than "people" are (an army camp struck with them still makes a battle)."""
        told = frozenset(nationals)
        return replace(self, civilians=self.civilians | told, vague_people=self.vague_people | told)

    def names_civilians(self, lemmas: Iterable[str]) -> bool:
        """Whether the words name civilians ("refugee", "nomadic"; not the vague "people"): a
        place they are said of that may be a garrison ("a camp") is theirs."""
        return any(w in self.civilians - self.vague_people for w in lemmas)

    def armed_targets(self, lemmas: tuple[str, ...], camp_armed: bool) -> tuple[str, ...]:
        """The armed nouns of a patient: its garrison words ("post", "base"), and a word that may
        also be a settlement ("camp") when `camp_armed` and no civilians are named with it ("the
        Chinegodar camp", not "a nomadic camp")."""
        armed = self.armed if camp_armed and not self.names_civilians(lemmas) else self.garrison
        return tuple(w for w in lemmas if w in armed)

    def target_kind(self, lemmas: Iterable[str]) -> str:
        """ "armed" for a garrison ("a military base"), "civilian" for people or what they use
        ("a river ship", "the village"), "" for words that tell neither or both."""
        words = set(lemmas)
        armed = bool(self.garrison & words)
        civilian = bool((self.civilian_targets | self.settlements) & words) or self.names_civilians(
            words
        )
        return "armed" if armed and not civilian else "civilian" if civilian and not armed else ""

    @property
    def armed_groups(self) -> frozenset[str]:
        """Armed nouns of sides other than the state's forces ("jihadists", "militia")."""
        return self.armed - self.state

    @property
    def framed_categories(self) -> frozenset[str]:
        """Trigger categories that the parse of their frame may recode or drop."""
        return frozenset(
            {
                *self.on_person,
                *self.person_only,
                *self.not_as_modifier,
                *self.armed_only,
                *self.by_armed_men,
            }
        )

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
            on_person_by_state={str(k): dict(v) for k, v in data["on_person_by_state"].items()},
            officeholders=frozenset(data["officeholders"]),
            not_in_office=frozenset(data["not_in_office"]),
            person_only=frozenset(data["person_only"]),
            not_as_modifier=frozenset(data["not_as_modifier"]),
            interventions=frozenset(data["interventions"]),
            stand_ins={str(k): str(v) for k, v in data["stand_ins"].items()},
            crowd_leads={
                str(k): (str(v["actor"]), str(v["type"])) for k, v in data["crowd_leads"].items()
            },
            part_of_violence=frozenset(data["part_of_violence"]),
            doers_again=tuple(data["doers_again"]),
            two_sided=frozenset(data["two_sided"]),
            grievances=frozenset(data["grievances"]),
            unorganised=frozenset(data["unorganised"]),
            demonstrating=frozenset(data["demonstrating"]),
            vague_people=frozenset(data["vague_people"]),
            offices=frozenset(data["offices"]),
            armed_only=frozenset(data["armed_only"]),
            by_armed_men=frozenset(data["by_armed_men"]["categories"]),
            armed_words=frozenset(data["by_armed_men"]["armed_words"]),
            taken_by_fighting=frozenset(data["taken_by_fighting"]["categories"]),
            fighting=frozenset(data["taken_by_fighting"]["fighting"]),
            fight_denials=frozenset(data["taken_by_fighting"]["denials"]),
            remote_agents={str(k): str(v) for k, v in data["remote_agents"].items()},
            not_remote=frozenset(data["not_remote"]),
            fired_rounds=frozenset(data["fired_rounds"]),
        )
    except (KeyError, TypeError, AttributeError) as error:
        raise KnowledgeError(f"{path}: {error!r}") from error
    recodings = [*rules.on_person.items(), *rules.on_person_by_state.items()]
    for category, recoded in recodings:
        if not set(recoded) <= RECODED_FIELDS:
            raise KnowledgeError(f"{path}: on_person {category}: only {sorted(RECODED_FIELDS)}")
    return rules
