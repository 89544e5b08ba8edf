"""Who acted and who was acted upon, from the words around a trigger and the words that modify it.

"Four gendarmes were killed": the gendarmes are hit, the killers unnamed. "Officers detained
President X": the officers are not in the registry, and X, held, must not stand as the actor.
"""

import itertools
import re
from functools import cache

from spacy.tokens import Span

from pipeline.frames import trigger_token
from pipeline.knowledge import phrase_alternatives
from pipeline.records import ActorMention, Trigger

# "by the army", "by suspected jihadists", "blamed on the Islamic State", "claimed by JNIM"
BY = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to)(?:\s+[\w'-]+){0,2}\s+$")
AFFILIATION_REST_WORDS = 2  # "linked to the Islamic State": the group's name follows the link
MODIFIER_LINKS = ("amod", "compound", "poss", "nmod")  # words that qualify a noun before it
NO_AGENCY = frozenset({"Protests", "Riots"})  # the crowd dispersed is still the protest's actor


def passive_verb(folded: str, trigger: Trigger, auxiliaries: tuple[str, ...]) -> bool:
    """A trigger told in the passive ("were killed"): its subjects are who it was done to ("have
    been battling" is no passive)."""
    if trigger.text.split()[0].endswith("ing"):
        return False
    return (
        _passive(auxiliaries).search(folded[max(0, trigger.start - 24) : trigger.start]) is not None
    )


@cache
def _passive(auxiliaries: tuple[str, ...]) -> re.Pattern:
    """ "were killed", "were reportedly killed": a passive auxiliary (cues.yaml) ends the text."""
    return re.compile(rf"\b(?:{phrase_alternatives(auxiliaries)})\s+(?:\w+ly\s+)?$")


def sides(
    folded: str,
    trigger: Trigger,
    subjects: list[ActorMention],
    objects: list[ActorMention],
    verb: bool,
    passive: tuple[str, ...],
) -> tuple[list[ActorMention], list[ActorMention], bool]:
    """(agents, patients, whether the agent goes unnamed) of a trigger, from its subjects (actors
    before it) and objects (after it); `verb`: the trigger is a verb form; `passive`: the
    auxiliaries of the passive (cues.yaml)."""
    if not verb or trigger.event_type in NO_AGENCY:
        return subjects, objects, False
    if passive_verb(folded, trigger, passive):
        agents = [o for o in objects if BY.search(folded[max(0, o.start - 30) : o.start])]
        patients = [*subjects, *(o for o in objects if o not in agents)]
        return agents, patients, not agents and bool(subjects)
    if not subjects and objects:
        return [], objects, True
    return subjects, objects, False


def clause_actors(
    folded: str,
    actors: list[ActorMention],
    trigger: Trigger,
    clause: tuple[int, int],
    segment: tuple[int, int],
    modifiers: frozenset[int] = frozenset(),
) -> tuple[list[ActorMention], list[ActorMention]]:
    """(subjects, objects) of a trigger: the actors of its clause before it (else the sentence's
    opening actor), and those of its segment after it; `clause`: the clause's start and where the
    sentence's first trigger starts; `modifiers`: where the actors that modify another act's word
    start ("attacked the embassy after the military coup": `act_modifiers`)."""
    clause_start, first_trigger = clause
    # ("the national assembly voted": a pattern may hold its subject's last word)
    subjects = [a for a in actors if clause_start <= a.start < trigger.start]
    if not subjects:
        subjects = sentence_subject(folded, actors, min(trigger.start, first_trigger))
    start, end = segment
    objects = [
        a
        for a in actors
        if max(trigger.end, start) <= a.start and a.end <= end and a.start not in modifiers
    ]
    return subjects, objects


def one_side(
    folded: str, actors: list[ActorMention], links: tuple[str, ...], hedges: tuple[str, ...]
) -> list[ActorMention]:
    """Actors told as one side ("terrorists affiliated with Boko Haram"; `links`: cues.yaml's
    affiliation, `hedges` its affiliation_hedges) named once: by the group when the first name is
    generic, else by the first. The link follows the first name ("soldiers arrested 30 men linked
    to JNIM" tells two sides)."""
    kept = list(actors)
    for first, second in itertools.pairwise(actors):
        if _affiliated(folded[first.end : second.start], links, hedges):
            dropped = first if first.generic and not second.generic else second
            if dropped in kept:
                kept.remove(dropped)
    return kept


def _affiliated(between: str, links: tuple[str, ...], hedges: tuple[str, ...]) -> bool:
    """The words between two names are a link right after the first ("affiliated with", ",
    believed to be linked to") and at most a word or two before the second ("the")."""
    found = [(between.find(f" {link} "), link) for link in links if f" {link} " in between]
    if not found:
        return False
    at, link = min(found)
    lead = between[:at]
    for hedge in hedges:
        lead = lead.replace(hedge, " ")
    rest = between[at + len(link) + 2 :]
    return not lead.strip(" ,") and len(rest.split()) <= AFFILIATION_REST_WORDS


def act_modifiers(
    parsed: Span | None, actors: list[ActorMention], acts: list[Trigger]
) -> dict[int, int]:
    """The start of each actor whose words modify an act's noun ("the military coup", "a
    jihadist attack", "Mali's coup"), with that act's start: the actor belongs to that act, not
    to one told before it."""
    if parsed is None or not acts or not actors:
        return {}
    tokens = [(trigger_token(parsed, act.start, act.end), act.start) for act in acts]
    heads = {token.i: start for token, start in tokens if token is not None}
    base = parsed.start_char
    # ("the military coup": "the" is the coup's, "military" modifies it)
    modifying = [t for t in parsed if t.dep_ in MODIFIER_LINKS and t.head.i in heads]
    return {
        actor.start: heads[t.head.i]
        for actor in actors
        for t in modifying
        if actor.start <= t.idx - base < actor.end
    }


def sentence_subject(folded: str, actors: list[ActorMention], before: int) -> list[ActorMention]:
    """The sentence's opening actor, when it stands before the first trigger, outside brackets.

    "Militiamen from the CMA, who had isolated X, have captured Y": the CMA did both.
    """
    for a in actors:
        if a.end > before:
            break
        opening = folded[: a.start]
        if opening.count("(") <= opening.count(")"):
            return [a]
    return []
