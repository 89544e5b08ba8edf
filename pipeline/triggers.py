"""Find event triggers in a sentence and drop those that do not report an event."""

import re
from bisect import bisect_left

from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import Cues, TriggerRule
from pipeline.records import Trigger

WORD = re.compile(r"[\w'-]+")
CLAUSE_BREAK = re.compile(r"[;:()]|,(?=\s)|\s-\s")


def find_triggers(
    folded: str, rules: tuple[TriggerRule, ...], place_starts: frozenset[int] = frozenset()
) -> list[Trigger]:
    """Trigger matches in folded text: overlaps resolved by priority, then length, then position.

    Rules that need a place only match where a place mention starts right after them.
    """
    hits = [
        Trigger(
            text=match.group(0),
            start=match.start(),
            end=match.end(),
            event_type=rule.event_type,
            sub_event_type=rule.sub_event_type,
            category=rule.category,
            priority=rule.priority,
        )
        for rule in rules
        if rule.may_match(folded)
        for match in rule.regex.finditer(folded)
        if not rule.needs_place or _place_follows(folded, match.end(), place_starts)
    ]
    hits.sort(key=lambda t: (-t.priority, -(t.end - t.start), t.start))
    kept: list[Trigger] = []
    for hit in hits:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda t: t.start)


class TriggerIndex:
    """The lexicon's rules by the stems one of which must occur for a rule to match."""

    def __init__(self, rules: tuple[TriggerRule, ...]):
        self.rules = rules
        self.by_stem: dict[str, list[int]] = {}
        for n, rule in enumerate(rules):
            for stem in rule.stems:
                self.by_stem.setdefault(stem, []).append(n)

    def candidates(self, folded: str) -> tuple[TriggerRule, ...]:
        """The rules that may match the text, in lexicon order: one pass over the stems rather
        than one per rule (most sentences hold none)."""
        found = {n for stem, rules in self.by_stem.items() if stem in folded for n in rules}
        return tuple(self.rules[n] for n in sorted(found))


def _place_follows(folded: str, end: int, place_starts: frozenset[int]) -> bool:
    gap = len(folded[end:]) - len(folded[end:].lstrip())
    return 0 < gap <= 2 and end + gap in place_starts


class Words:
    """Word positions in a text, to measure distances in words rather than characters."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [m.start() for m in WORD.finditer(text)]

    def between(self, start: int, end: int) -> int:
        """How many words begin in [start, end)."""
        return bisect_left(self.starts, end) - bisect_left(self.starts, start)

    def before(self, position: int, count: int) -> str:
        """The text of up to `count` words before position, not crossing a clause break."""
        index = bisect_left(self.starts, position)
        begin = self.starts[max(0, index - count)] if index else position
        window = self.text[begin:position]
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(window)]
        return window[breaks[-1] :] if breaks else window


def _has_cue(window: str, cues: tuple[str, ...]) -> bool:
    padded = f" {' '.join(WORD.findall(window))} "
    return any(f" {cue} " in padded for cue in cues)


def is_hypothetical(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """A possibility, purpose, wish or negation ("would be", "to prevent", "any attack")."""
    following = WORD.findall(words.text[trigger.end : trigger.end + 40])[:2]
    if following and following[0] in cues.hypothetical_after:
        return True
    window = words.before(trigger.start, cues.hypothetical_window)
    if not _has_cue(window, cues.hypothetical):
        return False
    reported = _has_cue(words.before(trigger.start, cues.reported_window), cues.reported)
    if reported:
        others = tuple(c for c in cues.hypothetical if c not in cues.reported_modals)
        return _has_cue(window, others)
    return True


def is_topic(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """A noun that names what people protest or denounce ("against massacres"), not an event."""
    if is_verb_form(trigger, cues):
        return False
    return _has_cue(words.before(trigger.start, cues.topics_window), cues.topics)


def is_verb_form(trigger: Trigger, cues: Cues) -> bool:
    """Crude but adequate: a past form ("signed", "took") makes a verb phrase, not a noun."""
    return any(word.endswith("ed") or word in cues.irregular_forms for word in trigger.text.split())


def is_anaphoric(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """A noun right after "the"/"this"/"such" (one adjective allowed) refers back to an event."""
    if is_verb_form(trigger, cues):
        return False
    window = WORD.findall(words.before(trigger.start, 3))
    for offset in (1, 2):  # the word right before the noun, or before one adjective
        if len(window) >= offset and window[-offset] in cues.anaphoric:
            preceding = window[-offset - 1] if len(window) > offset else None
            return preceding is None or preceding in cues.anaphoric_after
    return False


def family(trigger: Trigger) -> str:
    """Violent triggers are one family: "attacked ... with suicide bombers" is one event."""
    return "violence" if trigger.event_type in VIOLENT_TYPES else trigger.category


ACCESSORY = "Looting/property destruction"  # burning or looting told with an attack or a protest
LEADING_TYPES = frozenset({*VIOLENT_TYPES, "Protests", "Riots"})


def _accessory(first: Trigger, second: Trigger) -> bool:
    """ "attacked and burned a tanker", "protesters set fire to barriers": one event, not two."""
    return (first.sub_event_type == ACCESSORY and second.event_type in LEADING_TYPES) or (
        second.sub_event_type == ACCESSORY and first.event_type in LEADING_TYPES
    )


def merge_same_category(triggers: list[Trigger], has_date_between) -> list[Trigger]:
    """Neighbouring triggers of one family with no date between them describe one event."""
    merged: list[Trigger] = []
    for trigger in triggers:
        last = merged[-1] if merged else None
        if last and not has_date_between(last, trigger):
            if _accessory(last, trigger):
                if last.sub_event_type == ACCESSORY:
                    merged[-1] = trigger
                continue
            if family(last) == family(trigger):
                if trigger.priority > last.priority:
                    merged[-1] = trigger
                continue
        merged.append(trigger)
    return merged
