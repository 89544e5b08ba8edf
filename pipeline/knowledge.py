"""Load the editable knowledge files: actor registry, trigger lexicon and cue words."""

import csv
import re
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.contract import EVENT_TYPES, STRATEGIC
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
class Abbreviations:
    """Abbreviations whose full stop does not end a sentence (folded, without the stop)."""

    titles: frozenset[str]
    before_numbers: frozenset[str]


@dataclass(frozen=True)
class Cues:
    """Cue words that qualify a trigger (hypothetical, anaphoric, anchoring)."""

    hypothetical: tuple[str, ...]
    hypothetical_window: int
    hypothetical_after: tuple[str, ...]
    reported: tuple[str, ...]
    reported_window: int
    reported_modals: tuple[str, ...]
    reported_by_parse: tuple[str, ...]  # "said": a decision only where the parse shows it
    reported_conditions: tuple[str, ...]  # "if": a condition hung on it, no decision
    anaphoric: tuple[str, ...]
    anaphoric_after: tuple[str, ...]
    anaphoric_window: int
    anchors: tuple[str, ...]
    responses: tuple[str, ...]
    caused_by: tuple[str, ...]
    incident_nouns: tuple[str, ...]
    lasting: tuple[str, ...]
    undoing: tuple[
        str, ...
    ]  # categories of acts ending what they name ("terminated the 2018 pact")
    max_range_days: int
    lead_sentences: int
    topics: tuple[str, ...]
    topics_window: int
    abbreviations: "Abbreviations"
    sequence: tuple[str, ...] = ()  # "followed", "after": the next trigger is an earlier event
    remembered: tuple[str, ...] = ()  # "the anniversary of the massacre": no event that day
    remembered_window: int = 0
    simultaneous: tuple[str, ...] = ()  # "coincided with": two acts at one time
    same_time_as_another: tuple[str, ...] = ()  # "the same day that": another act that day
    another: tuple[str, ...] = ()  # "after another assault": an act other than the one told
    in_another: tuple[str, ...] = ()  # "In another attack, ...": not the lead's event told again
    in_another_site: tuple[str, ...] = ()  # "killed ... in another church": an act of its own
    apart_openings: tuple[str, ...] = ()  # "Elsewhere, ...": acts apart from those told before
    unnamed_dead: tuple[str, ...] = ()  # "23 people were killed": dead not said to be civilians
    led_to: tuple[str, ...] = ()  # "resulting in": what the act told before ended in
    several_acts: tuple[str, ...] = ()  # "attacks": a lead telling several acts at once
    act_counts: tuple[str, ...] = ()  # "several attacks" in the perfect: a tally
    counted_targets: tuple[str, ...] = ()  # "attacked two convoys": one act on each
    reporting_verbs: tuple[str, ...] = ()  # "said", "announced": the acts after one are reported
    states: tuple[str, ...] = ()  # "are deployed": a state, not an event
    described_places: tuple[str, ...] = ()  # "the besieged town": a place described, no event
    described_fighters: tuple[str, ...] = ()  # "a militia fighting alongside": who, no event
    fighting_whom: tuple[str, ...] = ()  # "alongside", "for": what such a participle is for
    static_participles: tuple[str, ...] = ()  # "belonging": a participle that tells no act
    scene_moves_on: tuple[str, ...] = ()  # "later": the time told before is no longer the act's
    scene_also: tuple[str, ...] = ()  # "also": the act told before's time, in the lead too
    repeated: tuple[str, ...] = ()  # "came under fire several times": many acts, not one event
    undone: tuple[str, ...] = ()  # "refused to resign": the act right after was not done
    not_envoys: tuple[str, ...] = ()  # "villagers" given hours to leave: no envoy expelled
    own_town_clause: tuple[str, ...] = ()  # ", and in Kaya, ...": another act, in its own town
    same_way: tuple[str, ...] = ()  # "died in the same way": the act told before, again
    same_way_reach: int = 0
    same_way_categories: tuple[str, ...] = ()
    same_way_alike: tuple[str, ...] = ()  # "a similar incident": the type of the act before
    held: tuple[str, ...] = ()  # "taken to", "held at": where detained people are
    held_window: int = 0
    agreement_over: tuple[str, ...] = ()  # "was over", "had ended": an agreement ended
    agreement_over_window: int = 0
    agreement_enders: tuple[str, ...] = ()  # "ended, with immediate effect, the agreement"
    agreement_enders_window: int = 0
    agreement_enders_apart: tuple[str, ...] = ()  # "ended after the agreement": another clause
    # "took", "fought": verbs, from irregular_verbs.yaml; a set, asked of every trigger's words
    irregular_forms: frozenset[str] = frozenset()
    reporting: tuple[str, ...] = ()  # "said", "statement": a date next to one is a statement's
    reporting_window: int = 4
    blaming: tuple[str, ...] = ()  # "blamed": a day right after one is the blame's, not the act's
    reporter_titles: tuple[str, ...] = ()  # "the army spokesman said": who speaks for an actor
    happened: tuple[str, ...] = ()  # "the attack happened on Thursday": when the event told was
    happened_apart: tuple[str, ...] = ()  # "happened days after ... in X": X is another act's
    earlier_one: tuple[str, ...] = ()  # "the previous attack took place": another act
    reporting_days: int = 3
    report_nouns: tuple[str, ...] = ()  # "statement": a participle about one dates the report
    not_setting: tuple[str, ...] = ()  # "born", "due": a short dated sentence that sets no scene
    present_tense: tuple[str, ...] = ()  # "is", "has": a clause about the time of writing
    outcome_counts: tuple[str, ...] = ()  # "leaving many (injured)": an outcome, not a departure
    left_the_scene: tuple[str, ...] = ()  # "before (leaving)": the end of an act, not a departure
    fleeing_victims: tuple[str, ...] = ()  # "killed while (fleeing X)": how victims were caught
    fleeing_people: tuple[str, ...] = ()  # "residents left Bosso": flight, not a withdrawal
    at_once: tuple[str, ...] = ()  # "..., while (crowds attacked)": a clause at its verb's time
    comparisons: tuple[str, ...] = ()  # "(the deadliest) attack": the act told before it
    ordinals: tuple[str, ...] = ()  # "the third attack since April": a series' time
    latest: tuple[str, ...] = ()  # "(the latest) clash": the violent act told before it
    latest_fillers: tuple[str, ...] = ()  # "the latest (reported) attack"
    where_clause: tuple[str, ...] = ()  # "the massacre of X, (where) 30 were killed"
    not_verbs: tuple[str, ...] = ()  # "evening": no verb, though it ends like one
    trends: tuple[str, ...] = ()  # "(a lull in the) attacks": how often, not an act
    trend_verbs: tuple[str, ...] = ()  # "attacks (have surged)": how often, not an act
    frequencies: tuple[str, ...] = ()  # "(multiple) attacks": acts that happen often
    named_by_an_act: tuple[str, ...] = ()  # "coup (leader)": people, not the act
    described_by_a_past_act: tuple[str, ...] = ()  # "the ousted (president)": a man, no act
    political_figures: tuple[str, ...] = ()  # "leaders arrested": an arrest in the capital
    held_by_armed_men: tuple[str, ...] = ()  # "hostages": a release in the field, not the capital
    doers: tuple[str, ...] = ()  # "strikes (attributed) to the army on Tuesday": the act's day
    trend_skipped: tuple[str, ...] = ()  # "attacks (have) surged": words before the trend's verb
    copulas: tuple[str, ...] = ()  # "attacks (are) legion"
    how_often: tuple[str, ...] = ()  # "attacks are (legion)"
    trend_clause: tuple[str, ...] = ()  # "the country (where) attacks have been on the rise"
    meanwhile: tuple[str, ...] = ()  # "are (also) battling": words between a copula and its act
    going_on: tuple[str, ...] = ()  # "(are also) battling jihadists": a state, not an act
    tallied: tuple[str, ...] = ()  # "killing thousands of (civilians)": people, not cattle
    tallies: tuple[str, ...] = ()  # "killing (thousands)": the dead of years, not of an act
    said_of_it: tuple[str, ...] = ()  # "(making it) the deadliest attack": said of that act
    reported_by: tuple[str, ...] = ()  # "according to": the actor after it only reports
    passive: tuple[str, ...] = ()  # "were": the actor before the trigger is hit
    introduced: tuple[str, ...] = ()  # "a", "an": a lead's new things ("a passenger boat")
    introduced_window: int = 0
    decided_nouns: tuple[str, ...] = ()  # "the decision": a decision told again
    decided_verbs: tuple[str, ...] = ()  # "was taken": with its day ("on Saturday")
    answers: tuple[str, ...] = ()  # "in retaliation": an act answering the one told before
    attackers: tuple[str, ...] = ()  # "the attackers": the lead's attackers told again
    affiliation: tuple[str, ...] = ()  # "affiliated with": a group and its fighters, one side
    affiliation_hedges: tuple[str, ...] = ()  # "believed to be" (affiliated with)
    subject_pronouns: tuple[str, ...] = ()  # "They also attacked": the doers told before
    seat_of_government: tuple[str, ...] = ()  # "Ban": a state's act, in its capital
    at_home: tuple[str, ...] = ()  # "Coup": never abroad
    political_arrests: tuple[str, ...] = ()  # "Arrest": of political figures, in the capital
    seat_when_unplaced: tuple[str, ...] = ()  # "Release": still placed in no town, in the capital
    armed_actor_types: tuple[str, ...] = ()  # "Rebel Groups": leaders arrested are no politicians
    against_a_country: tuple[str, ...] = ()  # "Sanctions": in the country they are against
    against_links: tuple[str, ...] = ()  # "on": "sanctions on Mali"
    auxiliaries: tuple[str, ...] = ()  # "would be postponed": a verb, not a noun a date names
    made_by_statement: tuple[str, ...] = ()  # "Ban": a decree, dated by its statement's day
    governing: tuple[str, ...] = ()  # "Government of {country}": its decisions, in the capital
    soon_after: tuple[tuple[str, int], ...] = ()  # "in the days after": within 14 days of it
    post_stamps: tuple[str, ...] = ()  # "posted at": words of a live page's time-only heading
    clock_zones: tuple[str, ...] = ()  # "gmt": what may follow a post's time
    object_pronouns: tuple[str, ...] = ()  # "it": an act's object told before in the sentence
    fought_off: tuple[str, ...] = ()  # "repelled": the attack told before was fought, a battle


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
    "subject_pronouns", "in_another", "in_another_site", "unnamed_dead", "led_to", "several_acts",
    "act_counts", "counted_targets", "apart_openings", "latest_fillers", "where_clause",
    "not_verbs",
)  # fmt: skip


# cue lists of trigger categories, read as they are written
CATEGORY_LISTS = (
    "lasting", "undoing", "seat_of_government", "at_home", "political_arrests",
    "seat_when_unplaced",
    "against_a_country", "made_by_statement", "governing", "armed_actor_types",
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
