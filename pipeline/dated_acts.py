"""Acts no trigger names, told of a state, an armed group or a country with a date in their
sentence: "On Sunday, the general staff formally marked the end of the task force's operations",
"Mali left in May 2022" (knowledge: dated_acts.yaml)."""

import re
from dataclasses import dataclass
from datetime import date
from itertools import islice
from pathlib import Path

from pipeline.knowledge import KNOWLEDGE_DIR, Knowledge
from pipeline.places import named_by_demonym
from pipeline.records import ActorMention, DateMention, SentenceFacts, SentenceView, Trigger
from pipeline.safe_yaml import safe_load

WORD = re.compile(r"\w[\w'-]*")
WORD_PART = re.compile(r"[\w'-]")
COUNTRY = "country"


@dataclass(frozen=True)
class ActCues:
    """What tells an act no trigger names: its subject, the verb after it, the words between."""

    category: str
    event_type: str
    sub_event_type: str
    actor_types: frozenset[str]
    reach: int
    verb_window: int
    manner: frozenset[str]
    not_acts: frozenset[str]
    deadlines: frozenset[str]
    not_subject_after: frozenset[str]
    precisions: frozenset[str]
    country_actor: str  # "Government of {country}": who a country told as acting is
    country_actor_type: str
    past_forms: frozenset[str]  # irregular pasts and participles ("took", "left")
    openers: frozenset[str]  # words opening a background phrase ("following")
    opener_reach: int  # among the first words of the sentence


def load_act_cues(knowledge: Knowledge, path: Path = KNOWLEDGE_DIR / "dated_acts.yaml") -> ActCues:
    """Read dated_acts.yaml; the irregular verb forms, and the registry's government row
    (cues.yaml `governing`) that a country acting stands for, come from `knowledge`."""
    with path.open(encoding="utf-8") as handle:
        data = safe_load(handle)
    government = next(a for a in knowledge.actors if a.name in knowledge.cues.governing)
    try:
        return ActCues(
            category=str(data["category"]),
            event_type=str(data["event_type"]),
            sub_event_type=str(data["sub_event_type"]),
            actor_types=frozenset(data["actor_types"]),
            reach=int(data["reach"]),
            verb_window=int(data["verb_window"]),
            manner=frozenset(data["manner"]),
            not_acts=frozenset(data["not_acts"]),
            deadlines=frozenset(data["deadlines"]),
            not_subject_after=frozenset(data["not_subject_after"]),
            precisions=frozenset(data["precisions"]),
            country_actor=government.name,
            country_actor_type=government.acled_type,
            past_forms=frozenset(knowledge.cues.irregular_forms),
            openers=frozenset(data["openers"]),
            opener_reach=int(data["opener_reach"]),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path.name}: {error!r} is missing or malformed") from error


def with_dated_acts(
    sentences: list[SentenceFacts],
    views: list[SentenceView],
    found: list[list[Trigger]],
    published: date,
    cues: ActCues,
) -> list[list[Trigger]]:
    """Each sentence's triggers; one with none, or with none past its opening background phrase
    ("Following a coup last year, the junta ordered ..."), gets the act of its subject, if it
    tells one."""
    result = []
    for sentence, view, triggers in zip(sentences, views, found, strict=True):
        after = _past_the_opening(sentence.folded, triggers, cues)
        act = dated_act(sentence, view, published, cues, after) if after is not None else []
        result.append(triggers + act)
    return result


def _past_the_opening(folded: str, triggers: list[Trigger], cues: ActCues) -> int | None:
    """Where the main clause starts: 0 with no trigger; past the comma that closes an opening
    phrase of background ("After the coup, ...") holding every trigger; else None."""
    if not triggers:
        return 0
    first = [w.group(0) for w in islice(WORD.finditer(folded), cues.opener_reach)]
    comma = folded.find(", ")  # a clause's comma, not a thousands separator ("1,200")
    if not cues.openers.intersection(first) or comma < 0:
        return None
    return comma + 1 if all(t.end <= comma for t in triggers) else None


def dated_act(
    sentence: SentenceFacts, view: SentenceView, published: date, cues: ActCues, after: int = 0
) -> list[Trigger]:
    """A trigger on the verb of an acting subject of a sentence dated to a past act, or none;
    `after`: where the clause to read starts."""
    dates = [d for d in sentence.dates if d.start >= after]
    if not any(_dates_an_act(sentence.folded, d, published, cues) for d in dates):
        return []
    acting = [(a.start, a.end) for a in view.actors if a.acled_type in cues.actor_types]
    countries = [
        (p.start, p.end)
        for p in sentence.places
        if p.place is not None
        and p.place.feature == COUNTRY
        # "Mali's army": the country owns the subject, it is not one
        and not sentence.folded.startswith("'", p.end)
    ]
    named = [(a.start, a.end) for a in view.actors] + [(p.start, p.end) for p in sentence.places]
    for start, end in sorted(acting + countries):
        if start < after:
            continue
        if start - after > cues.reach:
            break
        before = WORD.findall(sentence.folded[max(0, start - 20) : start])
        if before and before[-1] in cues.not_subject_after:
            continue  # "prices in Mali rose", "refugees from Mali crossed": not who acted
        verb = _verb_after(sentence.folded, end, named, cues)
        if verb is not None:
            return [
                Trigger(
                    text=verb.group(0),
                    start=verb.start(),
                    end=verb.end(),
                    event_type=cues.event_type,
                    sub_event_type=cues.sub_event_type,
                    category=cues.category,
                    priority=1,
                )
            ]
    return []


def _dates_an_act(folded: str, when: DateMention, published: date, cues: ActCues) -> bool:
    """A date fine enough for a day's news ("in 2022" tells a year's figures), not after the
    publication (a plan), and not a deadline ("until 25 April", "set for February")."""
    before = WORD.findall(folded[max(0, when.start - 12) : when.start])[-1:]
    first = WORD.findall(when.text.lower())[:1]
    return (
        when.precision in cues.precisions
        and when.date_end <= published
        and not cues.deadlines.intersection(before + first)
    )


def _verb_after(
    folded: str,
    end: int,
    named: list[tuple[int, int]],
    cues: ActCues,
    said: frozenset[str] | None = None,
) -> re.Match | None:
    """The subject's verb: the first word after it but for manner words, in the past; `said`:
    the verbs that tell no act (cues.not_acts when None)."""
    said = cues.not_acts if said is None else said
    if WORD_PART.match(folded, end):
        return None  # "a Mali-based group": the name is part of a word
    for word in islice(WORD.finditer(folded, end), cues.verb_window):
        text = word.group(0)
        if text in cues.manner:
            continue
        inside = any(a <= word.start() < b for a, b in named)  # "Niger troops": a name's word
        if text in said or inside:
            return None
        # a past form: a present one cannot be told from a plural noun ("Burkina Faso officials")
        return word if text.endswith("ed") or text in cues.past_forms else None
    return None


def acting_country(
    sentence: SentenceFacts, trigger: Trigger, cues: ActCues, seats: tuple[str, ...] = ()
) -> list[ActorMention]:
    """The government of a country told as the subject of a political act ("Mali left in May
    2022", "Mali recalled its ambassador": Government of Mali), as ACLED names who does a
    state's acts; else nothing. `seats`: the categories of acts only a state does (cues.yaml
    `seat_of_government`)."""
    if trigger.category != cues.category and trigger.category not in seats:
        return []
    for mention in sentence.places:
        place = mention.place
        if place is None or place.feature != COUNTRY or mention.end > trigger.start:
            continue
        if named_by_demonym(mention):
            return []  # "Malians voted": the people, not their government
        # a trigger is an act whatever its verb also says ("Mali recalled its ambassador")
        said = cues.not_acts if trigger.category == cues.category else frozenset()
        verb = _verb_after(sentence.folded, mention.end, [], cues, said)
        if verb is not None and verb.start() == trigger.start:
            name = cues.country_actor.format(country=place.country)
            return [
                ActorMention(
                    sentence.text[mention.start : mention.end],
                    mention.start,
                    mention.end,
                    name,
                    cues.country_actor_type,
                    place.iso3,
                )
            ]
    return []
