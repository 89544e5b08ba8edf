"""The cue words of data/knowledge/cues.yaml, as the pipeline reads them: the words that
qualify a trigger (hypothetical, anaphoric, reported, counted), one field a list."""

from dataclasses import dataclass


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
    other_sites: tuple[str, ...] = ()  # "church" in "in another church": another place
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
    going_on_acts: tuple[str, ...] = ()  # "is carrying out a search (operation)": busy with it
    frame_of_acts: tuple[str, ...] = ()  # "patrols under a peace deal": no agreement made
    made_after_all: tuple[str, ...] = ()  # "under a ceasefire agreed on Sunday": one made
    next_act_time: tuple[str, ...] = ()  # "attacked Djibo, then on August 1, ...": the next act's
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
