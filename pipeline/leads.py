"""The lead of a news story and the sentences that tell more of its event.

A wire story tells its main event first, often without its day or with only a region ("At
least 30 people were killed when gunmen attacked a convoy in northern Mali, the army said"),
and gives the day and the village in the next sentences ("The convoy came under fire on
Tuesday near X"). The lead's event takes them, and the mentions telling it again take its
type, so that they make one event with it rather than several of different types.
"""

import re
from dataclasses import replace
from datetime import date, timedelta
from functools import cache, partial

from pipeline.acts_apart import AFTER_THE, told_as_another
from pipeline.coding import ATTACK
from pipeline.contract import AGAINST_CIVILIANS, BATTLES, REMOTE
from pipeline.discourse import LEAD_DAYS, NO_DATE, STATEMENT_DAYS, lead_week
from pipeline.knowledge import Cues
from pipeline.lead_dates import (
    ELABORATION_REACH,
    Window,
    happened_before_statement,
    lead_day_told_around,
    next_sentences,
    statement_day,
    within,
)
from pipeline.lead_parts import told_in_parts
from pipeline.lead_towns import reference_town, villages_commune
from pipeline.places.nesting import compatible, finer, lies_in
from pipeline.records import DateMention, EventMention, SentenceFacts
from pipeline.textnorm import fold
from pipeline.triggers import CLAUSE_BREAK, WORD, Words, family, has_cue

ELABORATION_DAYS = 10  # how old a day told of the lead's event may be
DATED = "the lead's event, dated by a sentence telling more of it"
PLACED = "the lead's event, placed by a sentence telling more of it"


def elaborate_leads(
    found: list[EventMention], sentences: list[SentenceFacts], cues: Cues, published: date
) -> list[EventMention]:
    """Give an event of the lead the day and the town that the next sentences tell of it.

    A mention of the same family in the next few sentences of the lead, undated or dated
    within the week up to publication (never by a past date: that is background), tells the
    same event: the lead takes its day and its town when finer than the lead's own region,
    and every mention of the event takes one type. A lead told as reported ("announced",
    "said") with a statement dated in the next sentences ("in a joint statement read on
    Sunday") is dated by it; "The boat ... in X" after "a passenger boat" places it in X.
    """
    told = {m.sentence_index for m in found}  # the sentences that tell an act
    first = min(told, default=cues.lead_sentences)
    apart = _typed_apart(found)  # as the parse typed them, before any lead's type is given
    retold = partial(_may_retell, sentences=sentences, cues=cues)
    result, parts = told_in_parts(found, sentences, cues, retold)  # each an event of its own
    taken = set(parts)
    window = lead_week(published)
    for n, head in enumerate(result):
        if n in taken or head.sentence_index >= cues.lead_sentences or not _may_lead(head, window):
            continue
        if _repeated(head, sentences, cues):
            continue  # a series of acts: the day's event told next is one of them, not it
        if _another_at_once(head, sentences, cues):
            continue  # told in passing as another act of that day: not the lead's event
        members, when, place = _members(result, n, window, sentences, cues, parts)
        # two acts of the lead ("a raid ... as well as a blast"): what tells more of one is not
        # the other's too
        members = [k for k in members if k == n or k not in taken]
        if head.sentence_index == first:
            if when is None and head.date is None:
                when = lead_day_told_around(head, place[0], sentences, told, window, cues)
            day, town = _participants_scene(head, place[0], sentences, window, cues)
            if day is not None and (when is None or _narrows(day, when)):
                when = day
            town = town or reference_town(head, place[0], sentences, told, cues)
            town = town or villages_commune(head, place[0], sentences, cues)
            if town is not None:
                place = (town.place, town.text, town.rule)
        kind = _summing_up(
            head, [result[k] for k in members], sentences[head.sentence_index].folded, cues
        )
        for k in members:
            # the lead's type: its words sum up the event, those after tell a part of it
            own = result[k].act in apart
            result[k] = _told_as(result[k], when, place, result[k].trigger if own else kind)
        taken.update(members)
    return result


def _typed_apart(mentions: list[EventMention]) -> set[tuple[int, int]]:
    """The acts (sentence, trigger) whose one word tells targets of different types at
    different towns ("targeted a river ship near Timbuktu and a military base in Bamba"): each
    of their mentions keeps its own type."""
    told: dict[tuple[int, int], set] = {}
    for m in mentions:
        town = m.place.name if m.place is not None else ""
        told.setdefault(m.act, set()).add((town, m.trigger.event_type))
    return {
        act
        for act, pairs in told.items()
        if len({t for t, _ in pairs}) > 1 and len({k for _, k in pairs}) > 1
    }


def _summing_up(head: EventMention, members: list[EventMention], folded: str, cues: Cues):
    """The trigger whose type the event takes: the lead's, unless the lead names no one (or
    only who attacked: "people were killed in an attack by jihadists") and a sentence after
    tells who was hit ("attacked the village, killing dozens of civilians") or who fought. An
    attack by no one named on no one named ("scores died in raids") is a battle by default, and
    a sentence after may tell who was hit ("gunmen attacked the villages, shooting at
    everything"). Dead not said to be civilians ("23 people were killed in a series of
    attacks") may be those of a battle a sentence after names both sides of ("militants raided
    a military outpost, killing nine soldiers")."""
    several = WORD.findall(fold(head.trigger.text).lower())[-1:]
    if set(several) & set(cues.several_acts):
        # "Seven soldiers were killed in separate attacks ... their truck hit a roadside bomb": a
        # lead summing up several attacks is the blast a sentence after tells (not an abduction
        # told with them: "gunmen also abducted an official" names other victims)
        blasts = [m for m in members if m.trigger.event_type == REMOTE]
        exact = max(blasts, key=lambda m: m.trigger.priority, default=head)
        if exact.trigger.priority > head.trigger.priority:
            return exact.trigger
    if len(head.actors) > 1 or (head.actors and not _only_attackers(head, folded, cues)):
        return head.trigger
    dead = WORD.findall(fold(head.fatalities_text).lower())[-1:]
    unnamed = set(dead) & set(cues.unnamed_dead) and set(several) & set(cues.several_acts)
    if head.trigger.event_type == AGAINST_CIVILIANS and unnamed and not head.actors:
        fought = (m for m in members if m.trigger.event_type == BATTLES and len(m.actors) >= 2)
        return next(fought, head).trigger
    if head.trigger.event_type != BATTLES or head.trigger.category != ATTACK:
        return head.trigger
    if any(m.trigger.event_type == BATTLES and len(m.actors) >= 2 for m in members):
        return head.trigger  # "Soldiers repelled the attack, killing 20 assailants": a battle
    # a weaker word naming no one ("the bodies of the missing men were found") tells no one hit
    hit = (
        m
        for m in members
        if m.trigger.event_type == AGAINST_CIVILIANS
        and (m.actors or m.trigger.priority >= head.trigger.priority)
    )
    return next(hit, head).trigger


# "an attack by suspected jihadists in Kodyel": the act's noun, then who did it
BY_ATTACKERS = re.compile(r"\s+by\b")
# "an attack by jihadists on a base", "against the army" (not "on Sunday")
ON_TARGET = re.compile(r"\b(?:on\s+(?:a|an|the|their|its|his|her)|against|targeting)\b")


def _only_attackers(head: EventMention, folded: str, cues: Cues) -> bool:
    """ "people were killed in an attack by suspected jihadists": the lead names who attacked,
    and no target ("scores of soldiers died in an attack" names the side hit, "an attack by
    jihadists on a military base" what they struck)."""
    said = [WORD.findall(fold(text).lower()) for text in head.actor_texts]
    if not said or not all(_attackers(words, cues) for words in said):
        return False
    end = CLAUSE_BREAK.search(folded, head.trigger.end)
    clause = folded[head.trigger.end : end.start() if end else len(folded)]
    return BY_ATTACKERS.match(clause) is not None and ON_TARGET.search(clause) is None


def _attackers(words: list[str], cues: Cues) -> bool:
    """Whether the words end on attackers: "suspected jihadists", "armed men"."""
    return bool(words) and (words[-1] in cues.attackers or " ".join(words[-2:]) in cues.attackers)


def _may_lead(m: EventMention, window: Window) -> bool:
    """An event that happened, undated (a lasting state only with a toll: "53 soldiers killed
    in fighting" is one battle) or dated within the lead's week."""
    if m.status != "occurred":
        return False
    if m.date is None:
        return m.date_rule == NO_DATE and (not m.lasting or bool(m.fatalities))
    return within(m.date, window)


def _repeated(m: EventMention, sentences: list[SentenceFacts], cues: Cues) -> bool:
    """ "The camp had come under fire several times": an act told as done many times."""
    folded = sentences[m.sentence_index].folded
    clause_end = CLAUSE_BREAK.search(folded, m.trigger.end)
    clause = folded[m.trigger.start : clause_end.start() if clause_end else None]
    return has_cue(clause, cues.repeated)


def _another_at_once(m: EventMention, sentences: list[SentenceFacts], cues: Cues) -> bool:
    """ "The attack happened the same day that two journalists were killed": another act."""
    return has_cue(sentences[m.sentence_index].folded[: m.trigger.start], cues.same_time_as_another)


def _overlap(a: DateMention, b: DateMention) -> bool:
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _members(result, n, window, sentences, cues, parts):
    """The mentions telling the lead's event `n` again, its date and its finest place.

    Returns (indices in `result`, the lead included; the date; the place with the words
    naming it and why)."""
    head = result[n]
    last = min(cues.lead_sentences, head.sentence_index + ELABORATION_REACH)
    members, when, placed = [n], head.date, head
    for k in range(n + 1, len(result)):
        m = result[k]
        if m.sentence_index > last:
            break
        if k in parts or m.sentence_index == head.sentence_index:
            continue
        if family(m.trigger) != family(head.trigger):
            continue
        if not _may_retell(m, sentences, cues):
            continue
        if m.date is not None and _told_anew(sentences[m.sentence_index].folded, m, head):
            continue  # "An attack on a military base on Friday left 49 dead": another one
        if m.date is not None:
            span = (m.date.date_end - m.date.date_start).days + 1
            # a day told right after a lead may be a little older than its week ("was taken on
            # Friday 1 December", a week before the story)
            recent = (window[1] - timedelta(days=ELABORATION_DAYS - 1), window[1])
            if not within(m.date, recent) or span >= LEAD_DAYS:
                continue  # a past date: background, not the lead's event
            if when is not None and not _overlap(m.date, when):
                # "local sources confirmed on Tuesday ... The incident occurred on Friday": a
                # statement's day only bounds the act, the day told as it happened is its own
                if not happened_before_statement(head, m, when, sentences[m.sentence_index], cues):
                    continue
                when = None
        elif m.date_rule != NO_DATE:
            continue
        if not compatible(m.place, placed.place):
            continue
        members.append(k)
        when = when or m.date
        # a sentence telling the event's day tells its scene; one with no date may tell where
        # its victims went ("the wounded were taken to X")
        if m.date is not None and finer(m.place, placed.place):
            placed = m
    return members, when, (placed.place, placed.place_text, placed.place_rule)


# "An attack on a military base on Friday left 49 dead": a noun told as new opening its clause,
# not the lead's event again ("the soldiers were killed in an ambush on Sunday" may be)
ANEW = re.compile(r"(?:^|[,;:])\s*an?\s+(?:[\w-]+\s+)?$")


def _told_anew(folded: str, m: EventMention, head: EventMention) -> bool:
    """An act named by a noun after "a" or "an" (one word may stand between) opening its
    clause, with a toll of its own other than the lead's: told as new ("An attack by jihadists
    on Sunday targeted their post in Djibo" may tell the lead's event)."""
    if ANEW.search(folded, 0, m.trigger.start) is None or " " in m.trigger.text:
        return False
    return bool(m.fatalities and head.fatalities) and m.fatalities != head.fatalities


def _may_retell(m: EventMention, sentences: list[SentenceFacts], cues: Cues) -> bool:
    """Whether a mention after a lead may tell its event (or one of the acts it counts) again:
    an act that happened, not told as another ("In another attack, 14 people were killed";
    "Another 20 soldiers were wounded" is the same), as an earlier or a later one, or as one of
    the same time."""
    if m.status != "occurred" or _after_sequence(m, sentences, cues):
        return False
    if told_as_another(sentences[m.sentence_index].folded, m.trigger, cues):
        return False
    return not _another_at_once(m, sentences, cues)


def _after_sequence(m: EventMention, sentences: list[SentenceFacts], cues: Cues) -> bool:
    """ "The attack came two days after gunmen killed 15 soldiers": an earlier event; "the
    army killed 20 of them in retaliation": a later one."""
    folded = sentences[m.sentence_index].folded
    if has_cue(folded[: m.trigger.start], cues.sequence) or has_cue(folded, cues.answers):
        return True
    # "planes neutralised 15 fighters trying to escape after the attack": a later act
    later = _after_the_act(cues.several_acts).search(folded, m.trigger.end)
    return later is not None and CLAUSE_BREAK.search(folded, m.trigger.end, later.start()) is None


@cache
def _after_the_act(acts: tuple[str, ...]) -> re.Pattern:
    """ "after the attack": one of the acts of `several_acts`, in the singular."""
    singular = (a.removesuffix("es") if a.endswith("shes") else a.removesuffix("s") for a in acts)
    nouns = "|".join(singular)
    return re.compile(rf"{AFTER_THE}(?:{nouns})\b")


# "in X", "in the X cercle": where a sentence tells something happened
LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around)\s+(?:the\s+)?$")


def _participants_scene(head, place, sentences, window, cues):
    """ "Gunmen raided two hamlets ... The assailants struck near X on Saturday evening": a next
    sentence opening on the lead's attackers told again tells the event's day and town.

    Returns (its day, its finest place inside the lead's; either may be None); a statement's
    day ("according to a statement released on Monday") is not the event's."""
    for sentence in next_sentences(head, sentences, cues):
        opening = WORD.findall(sentence.folded)[:2]
        if len(opening) < 2 or opening[0] not in cues.anaphoric or opening[1] not in cues.attackers:
            continue
        words = Words(sentence.folded)
        days = [
            d
            for d in sentence.dates
            if d.precision == "day" and within(d, window) and not statement_day(words, d, cues)
        ]
        towns = [
            p
            for p in sentence.places
            if p.place is not None
            and LOCATIVE.search(sentence.folded[max(0, p.start - 12) : p.start])
            and (place is None or lies_in(p.place, place))
        ]
        finest = min(towns, key=lambda p: p.place.geo_precision, default=None)
        return (days[0] if days else None), finest
    return None, None


def _narrows(day: DateMention, when: DateMention) -> bool:
    """A day inside a wider span ("the days up to the statement") tells which of them it was."""
    return when.date_start <= day.date_start and day.date_end <= when.date_end and day != when


def _told_as(m: EventMention, when, place, best) -> EventMention:
    """One mention of the lead's event with the event's date, place and the type of `best`."""
    changes = {}
    # a statement's days after the day the event happened: the event's day
    stated = m.date is not None and STATEMENT_DAYS in m.date_rule
    if when is not None and (m.date is None or (stated and when.date_end < m.date.date_start)):
        changes.update(date=when, date_rule=f"{DATED} ({when.text!r})")
    where, text, rule = place
    if finer(where, m.place):
        changes.update(place=where, place_text=text, place_rule=f"{PLACED}; {rule}")
    kind = (best.event_type, best.sub_event_type, best.category, best.priority)
    if (
        m.trigger.event_type,
        m.trigger.sub_event_type,
        m.trigger.category,
        m.trigger.priority,
    ) != kind:
        changes["trigger"] = replace(
            m.trigger,
            event_type=best.event_type,
            sub_event_type=best.sub_event_type,
            category=best.category,
            priority=best.priority,
        )
    return replace(m, **changes) if changes else m
