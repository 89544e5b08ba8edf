"""The word lists of data/knowledge/fatalities.yaml: which words report deaths, and how."""

from dataclasses import dataclass
from pathlib import Path

from pipeline.knowledge import KNOWLEDGE_DIR, KnowledgeError
from pipeline.safe_yaml import safe_load


@dataclass(frozen=True)
class DeathRules:
    """The word lists of data/knowledge/fatalities.yaml."""

    killing_verbs: frozenset[str]
    dying_verbs: frozenset[str]
    dead_words: frozenset[str]
    uncertain: frozenset[str]  # verbs of a fear or a guess ("officials fear that 50 are dead")
    toll_words: frozenset[str]
    vague: dict[str, int]
    no_deaths: tuple[str, ...]
    hurt_words: frozenset[str]
    harmless_sub_types: frozenset[str]
    irregular_forms: tuple[str, ...] = ()
    estimate_verbs: frozenset[str] = frozenset()
    other_sources: tuple[str, ...] = ()
    uncounted: frozenset[str] = frozenset()
    killing_nouns: frozenset[str] = frozenset()  # "the massacre of 58 civilians"
    losing_verbs: frozenset[str] = frozenset()  # "lost 40 members", "lost their lives"
    lost_people: frozenset[str] = frozenset()  # what "lost" counts as dead ("members")
    lives: frozenset[str] = frozenset()  # "lost their lives": the subject is the dead
    owned_people: frozenset[str] = frozenset()  # "lost 71 men": the subject says who they were
    totals: frozenset[str] = frozenset()  # "a total of eight people": the people are counted
    belonging: frozenset[str] = frozenset()  # "24 members of the Fulani community": community
    compared: frozenset[str] = frozenset()  # "the (heaviest) loss this year": the act's toll

    @property
    def lemmas(self) -> frozenset[str]:
        """Every lemma that can report a death."""
        words = self.killing_verbs | self.dying_verbs | self.dead_words | self.toll_words
        return words | self.killing_nouns | self.losing_verbs


def load_death_rules(path: Path = KNOWLEDGE_DIR / "fatalities.yaml") -> DeathRules:
    """Read the fatality word lists."""
    with path.open(encoding="utf-8") as handle:
        data = safe_load(handle)
    try:
        return DeathRules(
            killing_verbs=frozenset(data["killing_verbs"]),
            dying_verbs=frozenset(data["dying_verbs"]),
            dead_words=frozenset(data["dead_words"]),
            uncertain=frozenset(data["uncertain"]),
            toll_words=frozenset(data["toll_words"]),
            vague={str(k): int(v) for k, v in data["vague"].items()},
            no_deaths=tuple(str(p).lower() for p in data["no_deaths"]),
            hurt_words=frozenset(data["hurt_words"]),
            harmless_sub_types=frozenset(data["harmless_sub_types"]),
            irregular_forms=tuple(data["irregular_forms"]),
            killing_nouns=frozenset(data["killing_nouns"]),
            estimate_verbs=frozenset(data["estimate_verbs"]),
            other_sources=tuple(str(p).lower() for p in data["other_sources"]),
            uncounted=frozenset(data["uncounted"]),
            losing_verbs=frozenset(data["losing_verbs"]),
            lost_people=frozenset(data["lost_people"]),
            lives=frozenset(data["lives"]),
            owned_people=frozenset(data["owned_people"]),
            totals=frozenset(data["totals"]),
            belonging=frozenset(data["belonging"]),
            compared=frozenset(data["compared"]),
        )
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise KnowledgeError(f"{path}: {error!r}") from error
