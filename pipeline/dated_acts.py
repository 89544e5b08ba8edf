"""Acts no trigger names, told of a state, an armed group or a country with a date in their
sentence: "On Sunday, the general staff formally marked the end of the task force's operations",
"Mali left in May 2022" (knowledge: dated_acts.yaml)."""

import re
from dataclasses import dataclass
from itertools import islice
from pathlib import Path

import yaml

from pipeline.knowledge import KNOWLEDGE_DIR
from pipeline.records import SentenceFacts, SentenceView, Trigger

WORD = re.compile(r"[\w'-]+")
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
    present_min_length: int
    manner: frozenset[str]
    not_acts: frozenset[str]
    deadlines: frozenset[str]
    past_forms: frozenset[str]  # irregular pasts and participles ("took", "left")


def load_act_cues(
    past_forms: tuple[str, ...], path: Path = KNOWLEDGE_DIR / "dated_acts.yaml"
) -> ActCues:
    """Read dated_acts.yaml; `past_forms`: the irregular verb forms (irregular_verbs.yaml)."""
    with path.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    try:
        return ActCues(
            category=str(data["category"]),
            event_type=str(data["event_type"]),
            sub_event_type=str(data["sub_event_type"]),
            actor_types=frozenset(data["actor_types"]),
            reach=int(data["reach"]),
            verb_window=int(data["verb_window"]),
            present_min_length=int(data["present_min_length"]),
            manner=frozenset(data["manner"]),
            not_acts=frozenset(data["not_acts"]),
            deadlines=frozenset(data["deadlines"]),
            past_forms=frozenset(past_forms),
        )
    except (KeyError, TypeError, ValueError) as error:
        raise ValueError(f"{path.name}: {error!r} is missing or malformed") from error


def with_dated_acts(
    sentences: list[SentenceFacts],
    views: list[SentenceView],
    found: list[list[Trigger]],
    cues: ActCues,
) -> list[list[Trigger]]:
    """Each sentence's triggers; one with none gets the act of its subject, if it tells one."""
    return [
        triggers or dated_act(sentence, view, cues)
        for sentence, view, triggers in zip(sentences, views, found, strict=True)
    ]


def dated_act(sentence: SentenceFacts, view: SentenceView, cues: ActCues) -> list[Trigger]:
    """The act of the sentence's subject (an acting registry actor or a country) when a date
    stands in the sentence (no deadline) and a verb follows the subject: a trigger on that
    verb, or none."""
    if not any(d.text.lower().split()[0] not in cues.deadlines for d in sentence.dates):
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
    for start, end in sorted(acting + countries):
        if start > cues.reach:
            break
        verb = _verb_after(sentence.folded, end, cues)
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


def _verb_after(folded: str, end: int, cues: ActCues) -> re.Match | None:
    """The verb the subject ending at `end` governs, past or present: the first word after it
    that is not one of manner, when it is a verb and no saying or helper verb."""
    for word in islice(WORD.finditer(folded, end), cues.verb_window):
        text = word.group(0)
        if text in cues.manner:
            continue
        if text in cues.not_acts:
            return None
        past = text.endswith("ed") or text in cues.past_forms
        # "Mali leaves": a present verb right after its subject ("the mission's troops": a noun)
        present = (
            word.start() == end + 1
            and text.endswith("s")
            and not text.endswith("ss")
            and len(text) >= cues.present_min_length
        )
        return word if past or present else None
    return None
