"""Load the editable knowledge files: actor registry, trigger lexicon and cue words."""

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.contract import EVENT_TYPES, STRATEGIC
from pipeline.cue_words import Abbreviations, Cues
from pipeline.lexicon_patterns import (
    Irregular,
    WordTest,
    compile_pattern,
    pattern_pairs,
    pattern_stems,
)
from pipeline.safe_yaml import safe_load
from pipeline.textnorm import fold_key

KNOWLEDGE_DIR = Path(__file__).resolve().parent.parent / "data" / "knowledge"
COUNTRY_PLACEHOLDER = "{country}"


class KnowledgeError(ValueError):
    """A knowledge file that cannot be used; the message names the file and the row."""


@dataclass(frozen=True)
class Actor:
    """One row of the actor registry."""

    name: str
    aliases: tuple[str, ...]
    acled_type: str
    iso3: str  # "" international, "*" decided by context
    kind: str
    operates_in: tuple[str, ...] = ()  # ISO3 codes of the countries where it acts

    @property
    def generic(self) -> bool:
        """True for rows whose country comes from the context ("the national army")."""
        return self.iso3 == "*"


@dataclass(frozen=True)
class TriggerRule:
    """One row of the trigger lexicon, compiled to a regular expression over folded text."""

    pattern: str
    regex: re.Pattern
    event_type: str
    sub_event_type: str
    category: str
    priority: int
    needs_place: bool = False  # the phrase must be followed by a place name ("left Mali")
    needs_town: bool = False  # ... by a town's name ("entered Kidal", not "entered Mali")
    stems: tuple[str, ...] = ()  # text one of which must occur for the rule to match
    # its "act ~ object" phrases as two one-word tests, for when the words stand further apart
    # or in another order than the pattern says ("the election ... was postponed")
    pairs: tuple[tuple[WordTest, WordTest], ...] = ()


PLACE_SLOT = "{place}"
TOWN_SLOT = "{town}"


@dataclass(frozen=True)
class Knowledge:
    """Everything the extractor knows about the world, loaded from data files."""

    actors: tuple[Actor, ...]
    triggers: tuple[TriggerRule, ...]
    cues: Cues


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def load_actors(path: Path) -> tuple[Actor, ...]:
    """Read the actor registry (name, aliases, acled_type, iso3, kind, note, operates_in)."""
    actors = []
    for line, row in enumerate(_read_csv(path), start=2):
        if not row.get("name"):
            raise KnowledgeError(f"{path}: row {line} has no name")
        aliases = tuple(a.strip() for a in (row.get("aliases") or "").split("|") if a.strip())
        actors.append(
            Actor(
                name=row["name"].strip(),
                aliases=aliases,
                acled_type=(row.get("acled_type") or "").strip(),
                iso3=(row.get("iso3") or "").strip(),
                kind=(row.get("kind") or "").strip(),
                operates_in=tuple(
                    c.strip() for c in (row.get("operates_in") or "").split("|") if c.strip()
                ),
            )
        )
    return tuple(actors)


def load_irregular(path: Path) -> Irregular:
    """Read the irregular verbs (lemma: [forms])."""
    with path.open(encoding="utf-8") as handle:
        data = safe_load(handle)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{path}: expected 'lemma: [forms]' lines")
    return {str(k): tuple(str(f) for f in v) for k, v in data.items()}


def load_triggers(path: Path, irregular: Irregular | None = None) -> tuple[TriggerRule, ...]:
    """Read the trigger lexicon (pattern, event_type, sub_event_type, category, priority)."""
    rules = []
    for line, row in enumerate(_read_csv(path), start=2):
        if row.get("event_type") not in EVENT_TYPES:
            raise KnowledgeError(
                f"{path}: row {line}: unknown event_type {row.get('event_type')!r}"
            )
        try:
            priority = int(row["priority"])
        except (KeyError, ValueError) as error:
            raise KnowledgeError(f"{path}: row {line}: priority must be a number") from error
        pattern = row["pattern"]
        slot = next((s for s in (PLACE_SLOT, TOWN_SLOT) if pattern.rstrip().endswith(s)), "")
        pattern = pattern.rstrip()[: -len(slot)] if slot else pattern
        if PLACE_SLOT in pattern or TOWN_SLOT in pattern:
            raise KnowledgeError(f"{path}: row {line}: a place slot may only end a pattern")
        rules.append(
            TriggerRule(
                pattern=row["pattern"],
                needs_place=bool(slot),
                needs_town=slot == TOWN_SLOT,
                stems=pattern_stems(pattern, irregular),
                # only decisions: for violence, who was hit is read from the parse's frames
                pairs=pattern_pairs(pattern, irregular)
                if row["event_type"] == STRATEGIC and not slot
                else (),
                regex=compile_pattern(pattern, irregular),
                event_type=row["event_type"],
                sub_event_type=row["sub_event_type"],
                category=row["category"],
                priority=priority,
            )
        )
    return tuple(rules)


# cue lists that are plain word lists in cues.yaml, read as they are (folded)
WORD_LISTS = (
    "anchors", "responses", "states", "report_nouns", "not_setting", "present_tense",
    "outcome_counts", "reported_by", "passive", "answers", "attackers", "sequence", "simultaneous",
    "same_time_as_another", "described_by_a_past_act", "fleeing_people", "left_the_scene",
    "fleeing_victims", "at_once", "comparisons", "ordinals", "said_of_it", "trends", "trend_verbs",
    "frequencies", "going_on", "trend_skipped", "copulas", "how_often", "trend_clause", "meanwhile",
    "clock_zones", "tallies", "tallied", "doers", "political_figures", "held_by_armed_men",
    "post_stamps", "object_pronouns", "fought_off", "described_places", "described_fighters",
    "fighting_whom", "static_participles", "repeated", "another", "undone", "not_envoys",
    "scene_moves_on", "scene_also", "against_links", "auxiliaries", "own_town_clause", "caused_by",
    "incident_nouns", "named_by_an_act", "latest", "affiliation", "affiliation_hedges",
    "subject_pronouns", "in_another", "in_another_site", "other_sites", "unnamed_dead", "led_to",
    "several_acts", "act_counts", "counted_targets", "apart_openings", "latest_fillers",
    "where_clause", "not_verbs", "going_on_acts", "next_act_time",
    "frame_of_acts", "made_after_all",
)  # fmt: skip


# cue lists of trigger categories, read as they are written
CATEGORY_LISTS = (
    "lasting", "undoing", "seat_of_government", "at_home", "political_arrests", "governing",
    "seat_when_unplaced", "against_a_country", "made_by_statement", "armed_actor_types",
)  # fmt: skip
# cue word lists inside a section of cues.yaml: field of Cues -> (section, key)
NESTED_LISTS = {
    "hypothetical": ("hypothetical", "words"),
    "hypothetical_after": ("hypothetical", "after"),
    "reported": ("reported_future", "words"),
    "reported_modals": ("reported_future", "modals"),
    "reported_by_parse": ("reported_future", "parsed_words"),
    "reported_conditions": ("reported_future", "conditions"),
    "anaphoric": ("anaphoric", "words"),
    "happened": ("anaphoric", "happened"),
    "happened_apart": ("anaphoric", "happened_apart"),
    "earlier_one": ("anaphoric", "earlier_one"),
    "topics": ("topics", "words"),
    "remembered": ("topics", "remembered"),
    "reporting": ("reporting", "words"),
    "reporter_titles": ("reporting", "titles"),
    "blaming": ("reporting", "blaming"),
    "held": ("held", "words"),
    "agreement_over": ("agreement_over", "words"),
    "introduced": ("introduced", "words"),
    "decided_nouns": ("decided", "nouns"),
    "decided_verbs": ("decided", "verbs"),
    "agreement_enders": ("agreement_enders", "words"),
    "agreement_enders_apart": ("agreement_enders", "not_between"),
}


def load_cues(path: Path) -> Cues:
    """Read the cue words (hypothetical, anaphoric, anchors) from YAML."""
    with path.open(encoding="utf-8") as handle:
        data = safe_load(handle)
    try:
        lists = {key: tuple(fold_key(w) for w in data[key]) for key in WORD_LISTS}
        lists |= {key: tuple(data[key]) for key in CATEGORY_LISTS}
        lists |= {
            field: tuple(fold_key(w) for w in data[section][key])
            for field, (section, key) in NESTED_LISTS.items()
        }
        return Cues(
            **lists,
            hypothetical_window=int(data["hypothetical"]["window"]),
            reported_window=int(data["reported_future"]["window"]),
            same_way=tuple(
                fold_key(f"{toll} {w}")
                for toll in data["same_way"]["tolls"]
                for w in data["same_way"]["words"]
            ),
            same_way_reach=int(data["same_way"]["reach"]),
            same_way_categories=tuple(data["same_way"]["categories"]),
            same_way_alike=tuple(data["same_way"]["alike"]),
            anaphoric_after=tuple(fold_key(w) for w in data["anaphoric"]["after"].split()),
            anaphoric_window=int(data["anaphoric"]["window"]),
            max_range_days=int(data["max_range_days"]),
            lead_sentences=int(data["lead_sentences"]),
            topics_window=int(data["topics"]["window"]),
            remembered_window=int(data["topics"]["remembered_window"]),
            abbreviations=Abbreviations(
                titles=frozenset(fold_key(w) for w in data["abbreviations"]["titles"]),
                before_numbers=frozenset(
                    fold_key(w) for w in data["abbreviations"]["before_numbers"]
                ),
            ),
            reporting_window=int(data["reporting"]["window"]),
            reporting_days=int(data["reporting"]["days"]),
            reporting_verbs=tuple(
                fold_key(w) for w in [*data["reporting"]["words"], *data["reporting"]["announcing"]]
            ),
            held_window=int(data["held"]["window"]),
            agreement_over_window=int(data["agreement_over"]["window"]),
            introduced_window=int(data["introduced"]["window"]),
            soon_after=tuple((fold_key(k), int(v)) for k, v in data["soon_after"].items()),
            agreement_enders_window=int(data["agreement_enders"]["window"]),
        )
    # AttributeError: a word YAML reads as another type (an unquoted `on` is true)
    except (KeyError, TypeError, ValueError, AttributeError) as error:
        raise KnowledgeError(f"{path}: {error!r}") from error


def phrase_alternatives(phrases: tuple[str, ...]) -> str:
    """A regex alternation of the phrases, any run of spaces between their words."""
    return "|".join(r"\s+".join(map(re.escape, p.split())) for p in phrases)


def load_knowledge(directory: Path = KNOWLEDGE_DIR) -> Knowledge:
    """Load actors.csv, triggers.csv, cues.yaml and irregular_verbs.yaml from the folder."""
    irregular = load_irregular(directory / "irregular_verbs.yaml")
    past = frozenset(form for forms in irregular.values() for form in forms)
    return Knowledge(
        actors=load_actors(directory / "actors.csv"),
        triggers=load_triggers(directory / "triggers.csv", irregular),
        cues=replace(load_cues(directory / "cues.yaml"), irregular_forms=past),
    )
