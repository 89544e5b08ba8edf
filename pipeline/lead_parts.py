"""A lead that counts the acts it sums up ("at least 29 people were killed in two separate
incidents Sunday") and the sentences after it that tell each of them with its own toll ("15
people were killed when a truck rode over a bomb", "Fourteen people were killed when a convoy
came under attack"): those are the events, on the lead's day, and the sum is none of them. A lead
counting its targets ("rebels attacked two mining convoys") is told in parts at places of their
own ("A convoy was hit by an explosive device in Tapoa province ... gunmen attacked a convoy on
the road to Dori")."""

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import cache

from pipeline.coding import ATTACK
from pipeline.contract import AGAINST_CIVILIANS, BATTLES
from pipeline.dates.patterns import MONTHS
from pipeline.fatalities import words_value
from pipeline.knowledge import Cues
from pipeline.merge_kinds import fought
from pipeline.places.nesting import lies_in
from pipeline.records import EventMention, SentenceFacts
from pipeline.triggers import CLAUSE_BREAK, WORD, family

COUNTED_DATE = "the day of the acts the lead counts"
PARTS_REACH = 5  # sentences after the lead in which the acts it counts are told
NUMBER = r"(?P<n>two|three|four|five|six|seven|eight|nine|[2-9])"  # how many acts or targets
# "in two separate incidents", "in three attacks", "during four coordinated raids"
COUNTED = (
    rf"\b(?:in|during)\s+{NUMBER}[\s-]+"
    r"(?:(?:separate|different|distinct|simultaneous|coordinated|related|similar)\s+)?"
    r"(?:[\w-]+\s+)?(?:{acts})\b"
)
# "attacked two mining convoys": the targets counted right after the act
COUNTED_TARGETS = rf"\s+{NUMBER}\s+(?:[\w-]+\s+)?(?P<target>{{targets}})\b"


def told_in_parts(
    found: list[EventMention],
    sentences: list[SentenceFacts],
    cues: Cues,
    retold: Callable[[EventMention], bool],
) -> tuple[list[EventMention], set[int]]:
    """The mentions with a lead counting its acts replaced by the acts the next sentences tell
    with their own toll, dated by the lead; and the indices of those acts in the list returned
    (each an event of its own, not the lead's told again). `retold`: whether a mention may tell
    a lead's event again (not "In a separate incident, ...")."""
    for head in found:
        counted = _acts_counted(head, sentences, cues)
        if counted is None or head.date is None:
            continue
        count, target = counted
        may_be_part = [m if retold(m) else None for m in found]
        if target:
            parts = _parts_by_place(may_be_part, head, count, target, sentences)
        else:
            parts = _parts(may_be_part, head, count)
        days = _listed_days(head) if parts is None and not target else []
        if len(days) == count:
            # "On 10 and 12 March, 26 civilians were killed in two attacks": one act each day
            at = found.index(head)
            split = [_on_day(head, day, n, count) for n, day in enumerate(days, start=1)]
            return [*found[:at], *split, *found[at + 1 :]], set(range(at, at + count))
        if parts is None:
            continue
        dated = _dated_parts(found, head, parts)
        # the lead's sentence sums the acts up ("were killed in two attacks"): none of them
        kept = [
            k
            for k, m in enumerate(found)
            if m.sentence_index != head.sentence_index or family(m.trigger) != family(head.trigger)
        ]
        result = [dated.get(k, found[k]) for k in kept]
        return result, {i for i, k in enumerate(kept) if k in dated}
    return found, set()


# "On 10 and 12 March", "on March 10 and 12", "on 3, 5 and 8 May": days listed, not a range
MONTH = "|".join(MONTHS)
LISTED_DAYS = re.compile(
    rf"^(?:on\s+)?(?:(?P<days>\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*,?\s*and\s+\d{{1,2}})\s+(?:{MONTH})"
    rf"|(?:{MONTH})\s+(?P<days2>\d{{1,2}}(?:\s*,\s*\d{{1,2}})*\s*,?\s*and\s+\d{{1,2}}))\b",
    re.IGNORECASE,
)


def _listed_days(head: EventMention) -> list[date]:
    """The days a lead's date lists ("On 10 and 12 March"), in its span; [] for any other."""
    said = LISTED_DAYS.match(head.date.text.strip()) if head.date else None
    if said is None or head.date.date_start.month != head.date.date_end.month:
        return []
    first = head.date.date_start
    numbers = [int(d) for d in re.findall(r"\d+", said.group("days") or said.group("days2"))]
    days = [first.replace(day=d) for d in numbers if first.day <= d <= head.date.date_end.day]
    return days if len(days) == len(numbers) else []


def _on_day(head: EventMention, day: date, number: int, count: int) -> EventMention:
    """The `number`th of the `count` acts a lead counts, on the `day` its date lists, with an
    even share of its dead (as ACLED splits a toll the text does not)."""
    when = replace(head.date, date_start=day, date_end=day, precision="day")
    rule = f"{COUNTED_DATE}: day {number} of those its date lists ({head.date.text!r})"
    dead = {}
    if head.fatalities and _one_count(head):
        share = head.fatalities // count + (number == 1) * (head.fatalities % count)
        dead = {"fatalities": share, "fatalities_text": f"{head.fatalities_text} (shared)"}
    elif head.fatalities:  # "26 ... in two attacks: 20 on the first day and six on the second"
        dead = {"fatalities": None, "fatalities_text": "each day's share not read"}
    return replace(head, date=when, date_rule=rule, part=number, **dead)


def _one_count(head: EventMention) -> bool:
    """Whether the lead's sentence, its date left out, writes no figure but its toll's."""
    text = head.sentence.replace(head.date.text, " ") if head.date else head.sentence
    return len(re.findall(r"\d+", text)) <= 1


def _dated_parts(
    found: list[EventMention], head: EventMention, parts: list[int]
) -> dict[int, EventMention]:
    """The acts the lead counts, by index, each the `number`th of them on the lead's day; with
    the undated acts of a part's sentence, which tell that part ("was hit by an explosive
    device ..., adding: 'One soldier was killed and another injured'")."""
    dated = {k: _one_of(found[k], head, number) for number, k in enumerate(parts, start=1)}
    for number, k in enumerate(parts, start=1):
        part = found[k]
        for j, m in enumerate(found):
            if j in dated or m.date is not None or m.sentence_index != part.sentence_index:
                continue
            if family(m.trigger) == family(part.trigger):
                dated[j] = _one_of(_told_as_part(m, part), head, number)
    return dated


def _one_of(m: EventMention, head: EventMention, number: int) -> EventMention:
    """The `number`th act the lead counts, on the lead's day, in the lead's place if it tells
    none; an attack told of no one is of the lead's kind ("16 people were killed in two
    attacks on encampments ... In the other attack, armed men targeted another camp")."""
    changes = {"date": head.date, "date_rule": f"{COUNTED_DATE} ({head.date.text!r})"}
    if m.place is None:
        changes |= {"place": head.place, "place_text": head.place_text}
    unnamed = m.trigger.category == ATTACK and m.trigger.event_type == BATTLES and not fought(m)
    if unnamed and head.trigger.event_type == AGAINST_CIVILIANS:
        kind = ("event_type", "sub_event_type", "category")
        changes["trigger"] = replace(m.trigger, **{k: getattr(head.trigger, k) for k in kind})
    return replace(m, part=number, **changes)


def _told_as_part(m: EventMention, part: EventMention) -> EventMention:
    """A weaker word of a part's sentence ("another injured") tells that part's act."""
    if m.trigger.priority >= part.trigger.priority:
        return m
    kind = ("event_type", "sub_event_type", "category", "priority")
    return replace(m, trigger=replace(m.trigger, **{k: getattr(part.trigger, k) for k in kind}))


def _acts_counted(
    head: EventMention, sentences: list[SentenceFacts], cues: Cues
) -> tuple[int, str] | None:
    """How many acts a lead's sentence says its toll came in ("in two separate incidents"), or
    how many targets its act hit ("attacked two convoys"); with the targets' noun ("convoys"),
    "" for acts counted."""
    if head.sentence_index >= cues.lead_sentences or head.status != "occurred":
        return None
    folded = sentences[head.sentence_index].folded
    targets = _counted_targets(cues.counted_targets).match(folded, head.trigger.end)
    if targets is not None:
        return _number(targets.group("n")), targets.group("target")
    # in the lead's own clause: "killed on Sunday near Djibo, a town where 30 people died in two
    # attacks last year" counts the town's past, not the ambush
    before = [b.end() for b in CLAUSE_BREAK.finditer(folded, 0, head.trigger.start)]
    after = CLAUSE_BREAK.search(folded, head.trigger.end)
    clause = (before[-1] if before else 0, after.start() if after else len(folded))
    said = _counted(cues.several_acts, cues.incident_nouns).search(folded, *clause)
    if said is None:
        return None
    return _number(said.group("n")), ""


def _number(n: str) -> int:
    return int(n) if n.isdigit() else words_value(n)


def _parts(found: list[EventMention | None], head: EventMention, count: int) -> list[int] | None:
    """The first undated act with a toll of its own in each of the sentences after the lead,
    of the lead's family (None: a mention that cannot be one): the counted acts, if there are
    as many or their tolls add up to the lead's."""
    last = head.sentence_index + PARTS_REACH
    parts: dict[int, int] = {}
    for k, m in enumerate(found):
        if m is None or not head.sentence_index < m.sentence_index <= last:
            continue
        if m.sentence_index in parts:
            continue
        if m.date is None and m.fatalities and family(m.trigger) == family(head.trigger):
            parts[m.sentence_index] = k
    tolls = sum(found[k].fatalities or 0 for k in parts.values())
    if len(parts) >= 2 and (len(parts) == count or tolls == head.fatalities):
        return sorted(parts.values())
    return None


def _parts_by_place(
    found: list[EventMention | None],
    head: EventMention,
    count: int,
    target: str,
    sentences: list[SentenceFacts],
) -> list[int] | None:
    """The first undated act of the lead's family at a place inside and finer than the lead's
    in each of the sentences after it that name one of its targets (`target`: "convoys"), each
    at a place of its own: the acts on the targets the lead counts, if there are as many."""
    last = head.sentence_index + PARTS_REACH
    parts: dict[int, int] = {}
    places: set[str] = set()
    for k, m in enumerate(found):
        if m is None or not head.sentence_index < m.sentence_index <= last:
            continue
        if m.sentence_index in parts or m.date is not None or m.place is None:
            continue
        inside = head.place is None or (
            m.place.geo_precision < head.place.geo_precision and lies_in(m.place, head.place)
        )
        if not inside or m.place.name in places or family(m.trigger) != family(head.trigger):
            continue
        words = WORD.findall(sentences[m.sentence_index].folded)
        if any(_one_of_them(w, target) for w in words):  # the sentence names one of them
            parts[m.sentence_index] = k
            places.add(m.place.name)
    return sorted(parts.values()) if len(parts) == count else None


def _one_of_them(word: str, plural: str) -> bool:
    """ "convoy" for "convoys", "church" for "churches", "locality" for "localities"."""
    return plural in (word, f"{word}s", f"{word}es", f"{word[:-1]}ies")


@cache
def _counted_targets(targets: tuple[str, ...]) -> re.Pattern:
    return re.compile(COUNTED_TARGETS.format(targets="|".join(targets)))


@cache
def _counted(several: tuple[str, ...], incidents: tuple[str, ...]) -> re.Pattern:
    nouns = {*several, *(w for w in incidents if w.endswith("s"))}
    return re.compile(COUNTED.format(acts="|".join(sorted(nouns))))
