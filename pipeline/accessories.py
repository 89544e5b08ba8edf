"""Acts a sentence tells with a violent act of the same time, or the next sentence tells of its
doers, that are part of it (ACLED codes arrests, deployments and looting during an attack with
the attack)."""

import re
from dataclasses import replace

from pipeline.coding_rules import CodingRules
from pipeline.contract import VIOLENT_TYPES
from pipeline.records import EventMention
from pipeline.textnorm import fold
from pipeline.triggers import participle

AFTER_ITS = re.compile(r"\s+(?:shortly\s+|soon\s+)?after\s+(?:their|his|her|its)\s+")


def _same_time(part: EventMention, act: EventMention) -> bool:
    """Both told in one sentence, undated or at overlapping dates, or the act told after its
    part by a participle with no date of its own ("entered X yesterday, taking the town")."""
    if part.sentence_index != act.sentence_index:
        return False
    if act.date is None and part.date is not None:
        folded = fold(act.sentence)
        after = act.trigger.start > part.trigger.end
        # "three men who were executed after their arrest by soldiers in early October"
        then = AFTER_ITS.fullmatch(folded, act.trigger.end, part.trigger.start) is not None
        return then or after and participle(folded, act.trigger)
    if part.date is None or act.date is None:
        return part.date is None and act.date is None
    return part.date.date_start <= act.date.date_end and act.date.date_start <= part.date.date_end


def without_accessories(mentions: list[EventMention], rules: CodingRules) -> list[EventMention]:
    """The mentions less the arrests, deployments and looting that a sentence tells with a
    violent act of the same time: ACLED codes them as part of that event ("police beat and
    arrested five students" is one attack, not an attack and an arrest; "troops entered X
    yesterday, taking the town" one gain of territory)."""
    violent = [m for m in mentions if m.trigger.event_type in VIOLENT_TYPES]
    parts = {
        id(m): [v for v in violent if _same_time(m, v) or _told_next(m, v, rules.doers_again)]
        for m in mentions
        if m.trigger.category in rules.part_of_violence
        and m.trigger.event_type not in VIOLENT_TYPES  # "entered X after fighting": the act itself
    }
    taken = {id(v): a for a in mentions for v in parts.get(id(a), [])}
    return [_with_part(m, taken.get(id(m))) for m in mentions if not parts.get(id(m))]


ANOTHER_TIME_OR_VOICE = re.compile(r"\b(?:later|had|were|was|been|being)\b")


def _told_next(part: EventMention, act: EventMention, doers: tuple[str, ...]) -> bool:
    """The part told in the next sentence, which opens by naming the act's doers again ("The
    attackers also torched homes and the market"), with no day of its own other than the act's
    (`doers`: coding.yaml's doers_again)."""
    if part.sentence_index != act.sentence_index + 1:
        return False
    folded = fold(part.sentence)
    opening = folded.lstrip()
    if not any(opening.startswith(f"{d} ") for d in doers):
        return False
    # "The gunmen were later arrested", "The terrorists had looted the market": done to them,
    # or at another time; "They arrested 12 suspects in Titao": at another place
    if ANOTHER_TIME_OR_VOICE.search(folded, 0, part.trigger.start):
        return False
    if part.place_text and (act.place is None or part.place != act.place):
        return False
    if part.date is None:
        return True
    if act.date is None:
        return False
    return part.date.date_start <= act.date.date_end and act.date.date_start <= part.date.date_end


def _with_part(m: EventMention, part: EventMention | None) -> EventMention:
    """The violent act with the day and the town its part tells when it tells none itself
    ("entered Kidal yesterday, taking the town")."""
    if part is None:
        return m
    changes = {}
    if m.date is None and part.date is not None:
        changes.update(date=part.date, date_rule=f"{part.date_rule}, told of a part of the act")
    town = part.place is not None and part.place.feature == "town"
    if town and (m.place is None or m.place.feature != "town"):
        rule = f"{part.place_rule}, told of a part of the act"
        changes.update(place=part.place, place_text=part.place_text, place_rule=rule)
    return replace(m, **changes) if changes else m
