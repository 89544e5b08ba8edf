"""Find event triggers in a sentence and drop those that do not report an event."""

import re
from bisect import bisect_left
from functools import lru_cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.cue_search import WORD, cue_pattern, has_cue
from pipeline.knowledge import Cues, TriggerRule
from pipeline.records import Trigger
from pipeline.trigger_index import CANDIDATES_REMEMBERED, matches_at

CLAUSE_BREAK = re.compile(r"[;:()]|,(?=\s)|\s-\s")
PARENTHETICAL = re.compile(r",[^,]*,")
NEXT_WORD = re.compile(r"\s+([\w'-]+)")  # the word right after a trigger
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|its|his|her|their|former)|'s|\u2019s)\s*$")
RIGHT_WINDOW = 12  # words after a trigger in which its date may stand


def find_triggers(
    folded: str,
    rules: tuple[TriggerRule, ...],
    place_starts: frozenset[int] = frozenset(),
    town_starts: frozenset[int] = frozenset(),
    paired: list[Trigger] | None = None,
    where: tuple[tuple[int, ...], ...] | None = None,
) -> list[Trigger]:
    """Trigger matches in folded text: overlaps resolved by priority, then length, then position.

    `rules`: those that may match (TriggerIndex.candidates), `where`: where each may match
    (TriggerIndex.scan), else anywhere. Rules that need a place (a town) only match where
    a place (town) mention starts right after them. `paired`: triggers the parse found (an act
    linked to its object), weighed with the rest.
    """
    starts = where if where is not None else (None,) * len(rules)
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
        for rule, at in zip(rules, starts, strict=True)
        for match in (rule.regex.finditer(folded) if at is None else matches_at(rule, folded, at))
        if not rule.needs_place
        or _place_follows(folded, match.end(), town_starts if rule.needs_town else place_starts)
    ]
    # the parse's pairs only fill in: where a pattern matched, its reading stands
    fills = [t for t in paired or [] if all(t.end <= h.start or t.start >= h.end for h in hits)]
    hits.extend(fills)  # among themselves, the pairs are weighed by priority like the rest
    hits.sort(key=lambda t: (-t.priority, -(t.end - t.start), t.start))
    kept: list[Trigger] = []
    for hit in hits:
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda t: t.start)


# "left the city of Gao": the words that may name what the place is before its name (not
# "the village of": "families left the village of X" fled)
PLACE_NOUN = re.compile(r"\s{1,2}the\s+(?:city|town|camp|base)\s+of\s+")


def _place_follows(folded: str, end: int, place_starts: frozenset[int]) -> bool:
    gap = len(folded[end:]) - len(folded[end:].lstrip())
    if 0 < gap <= 2 and end + gap in place_starts:
        return True
    named = PLACE_NOUN.match(folded, end)
    return named is not None and named.end() in place_starts


class Words:
    """Word positions in a text, to measure distances in words rather than characters."""

    def __init__(self, text: str):
        self.text = text
        self.starts = [m.start() for m in WORD.finditer(text)]
        # the stages reading a trigger ask for the same windows before it again and again
        self.windows: dict[tuple[int, int], str] = {}

    def between(self, start: int, end: int) -> int:
        """How many words begin in [start, end)."""
        return bisect_left(self.starts, end) - bisect_left(self.starts, start)

    def before(self, position: int, count: int) -> str:
        """The text of up to `count` words before position, not crossing a clause break."""
        window = self.windows.get((position, count))
        if window is None:
            window = self.windows[position, count] = self._before(position, count)
        return window

    def _before(self, position: int, count: int) -> str:
        index = bisect_left(self.starts, position)
        begin = self.starts[max(0, index - count)] if index else position
        window = self.text[begin:position]
        breaks = [m.end() for m in CLAUSE_BREAK.finditer(window)]
        return window[breaks[-1] :] if breaks else window


RIGHT_BEFORE_WORDS = 6  # words before a trigger in which a cue right before it is looked for
SIMULTANEOUS_REACH = 8  # words before the second act in which "coincided with" may stand


def told_at_once(between: str, cues: tuple[str, ...]) -> bool:
    """True when a cue of two acts at one time ("coincided with") stands in the clause of the
    second act, just before it: "the attack coincided with a large assault"."""
    clause = CLAUSE_BREAK.split(between)[-1]
    return has_cue(" ".join(WORD.findall(clause)[-SIMULTANEOUS_REACH:]), cues)


def is_hypothetical(words: Words, trigger: Trigger, cues: Cues, reported: bool = False) -> bool:
    """A possibility, purpose, wish or negation ("would be", "to prevent", "any attack").

    `reported`: the parse shows the clause is a decision announced, however far the verb."""
    following = WORD.findall(words.text[trigger.end : trigger.end + 40])[:2]
    if following and following[0] in cues.hypothetical_after:
        return True
    # "has refused to resign": the act right after such words was not done (a later act of the
    # sentence was: "soldiers who refused to surrender were killed")
    if has_cue(words.before(trigger.start, 2), cues.undone):
        return True
    window = _since_last_anchor(words.before(trigger.start, cues.hypothetical_window), cues)
    if not has_cue(window, cues.hypothetical):
        return False
    reported = reported or has_cue(words.before(trigger.start, cues.reported_window), cues.reported)
    if reported:
        others = tuple(c for c in cues.hypothetical if c not in cues.reported_modals)
        return has_cue(window, others)
    return True


def right_before(words: Words, trigger: Trigger, cues: tuple[str, ...], fillers=()) -> bool:
    """True when one of the cue phrases stands right before the trigger, past at most one of
    the `fillers` (word tuples): "the most deadly (attack)", "a surge in the (attacks)"."""
    before = WORD.findall(words.before(trigger.start, RIGHT_BEFORE_WORDS))
    for filler in fillers:
        if tuple(before[-len(filler) :]) == filler:
            before = before[: -len(filler)]
            break
    return any(tuple(before[-len(c) :]) == c for c in cue_words(cues))


@lru_cache(maxsize=CANDIDATES_REMEMBERED)
def cue_words(cues: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
    """Each cue phrase as its words, split once: asked for every trigger."""
    return tuple(tuple(c.split()) for c in cues)


def _since_last_anchor(window: str, cues: Cues) -> str:
    """The words after the last "since the", "after the" ... of the window: such words tie the
    act to one told as done ("barred from any activity since the coup"), out of reach of a modal
    ("would impose sanctions after a coup" keeps it)."""
    words = WORD.findall(window)
    padded = f" {' '.join(words)} "
    ends = [
        m.end()
        for m in cue_pattern(cues.anchors).finditer(padded)
        if padded[m.end() :].split(" ", 1)[0] in cues.anaphoric
    ]
    return padded[max(ends) - 1 :] if ends else window


def is_state(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "soldiers are deployed in the country": a standing state told in the present."""
    if not is_verb_form(trigger, cues):
        return False
    if describes_place(words, trigger, cues):
        return True
    before = WORD.findall(words.before(trigger.start, 1))
    return trigger.category not in cues.lasting and bool(before) and before[-1] in cues.states


def describes_place(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "in the besieged northern town of Djibo": a participle describing the place."""
    before = WORD.findall(words.before(trigger.start, 1))
    after = WORD.findall(words.text[trigger.end : trigger.end + 40])[:2]
    determined = bool(before) and before[-1] in cues.anaphoric
    return determined and any(w in cues.described_places for w in after)


def describes_fighters(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "a civilian militia fighting alongside the army": a participle describing who fights."""
    if not trigger.text.endswith("ing"):
        return False
    before = WORD.findall(words.before(trigger.start, 1))
    following = words.text[trigger.end : trigger.end + 20].lstrip()
    fighters = bool(before) and before[-1] in cues.described_fighters
    return fighters and any(following.startswith(f"{w} ") for w in cues.fighting_whom)


def is_topic(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """A noun that names what people protest or denounce ("against massacres") or remember ("the
    anniversary of the massacre"), not an event."""
    if is_verb_form(trigger, cues):
        return False
    return has_cue(words.before(trigger.start, cues.topics_window), cues.topics) or has_cue(
        words.before(trigger.start, cues.remembered_window), cues.remembered
    )


def names_people(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """An event noun naming the people right after it ("coup leader General Tiani", "the coup
    plotters"), or a past act's word describing them ("Niger's ousted president"): no event."""
    following = NEXT_WORD.match(words.text, trigger.end)
    next_word = following[1].lower().removesuffix("'s") if following is not None else ""
    if is_verb_form(trigger, cues):
        # "Niger's ousted president": a past act's word told of the man ("soldiers ousted
        # president Bazoum" is the act)
        before = words.before(trigger.start, 1)
        described = next_word in cues.described_by_a_past_act and " " not in trigger.text
        return described and DETERMINER_BEFORE.search(before) is not None
    if trigger.text.endswith("ing"):
        return False  # "stormed the village, kidnapping leaders of the militia": an act
    return next_word in cues.named_by_an_act


def is_verb_form(trigger: Trigger, cues: Cues) -> bool:
    """Crude but adequate: a past form ("signed", "took") makes a verb phrase, not a noun."""
    return _verb_form(trigger.text, cues.irregular_forms)


@lru_cache(maxsize=CANDIDATES_REMEMBERED)
def _verb_form(text: str, irregular: frozenset[str]) -> bool:
    # asked of each trigger again and again by the stages reading it; triggers are few words
    return any(word.endswith("ed") or word in irregular for word in text.split())


def is_anaphoric(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """A noun right after "the"/"this"/"such" (one adjective allowed, two after "latest" or an
    ordinal: "the latest twin attacks", "the third church attack") refers back to an event."""
    if is_verb_form(trigger, cues):
        return False
    window = WORD.findall(words.before(trigger.start, 5))
    ordinal = has_cue(words.before(trigger.start, 3), cues.ordinals)  # "the third church attack"
    for offset in (1, 2, 3):  # right before the noun, or its adjectives (two in a series)
        if offset == 3 and not (ordinal or told_as_latest(words, trigger, cues)):
            break
        if len(window) >= offset and window[-offset] in cues.anaphoric:
            preceding = window[-offset - 1] if len(window) > offset else None
            # "repelled the attack": fought off; "It was the third attack": said of it
            before = " ".join(window[-offset - 2 : -offset])
            fought = has_cue(before, (*cues.fought_off, *cues.said_of_it))
            return preceding is None or preceding in cues.anaphoric_after or fought
    return False


def told_as_latest(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "the latest (twin) attacks", "the most recent raid": the last act of its kind told."""
    return has_cue(words.before(trigger.start, 3), cues.latest)


def named_as_time(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """A noun told to say when something else happened: "before the massacre", "days after the
    coup" (cues.yaml `sequence`)."""
    if not is_anaphoric(words, trigger, cues):
        return False
    return has_cue(words.before(trigger.start, 4), cues.sequence)


MOB_VIOLENCE = "Mob violence"


def family(trigger: Trigger) -> str:
    """Violent triggers are one family: "attacked ... with suicide bombers" is one event; a
    mob's violence too ("traders fought with knives. Two men died")."""
    violent = trigger.event_type in VIOLENT_TYPES or trigger.sub_event_type == MOB_VIOLENCE
    return "violence" if violent else trigger.category


LETHAL_FORCE = "Excessive force against protesters"
LETHAL = frozenset({LETHAL_FORCE, MOB_VIOLENCE})
ACCESSORY = "Looting/property destruction"  # burning or looting told with an attack or a protest
LEADING_TYPES = frozenset({*VIOLENT_TYPES, "Protests", "Riots"})


def _accessory(first: Trigger, second: Trigger) -> bool:
    """ "attacked and burned a tanker", "protesters set fire to barriers": one event, not two."""
    return (first.sub_event_type == ACCESSORY and second.event_type in LEADING_TYPES) or (
        second.sub_event_type == ACCESSORY and first.event_type in LEADING_TYPES
    )


def lethal(trigger: Trigger) -> bool:
    """Violence, a mob's violence or protesters met with lethal force: acts that can kill."""
    return trigger.event_type in VIOLENT_TYPES or trigger.sub_event_type in LETHAL


def merge_same_category(
    triggers: list[Trigger], has_date_between, absorbed: dict | None = None
) -> list[Trigger]:
    """Neighbouring triggers of one family with no date between them describe one event.

    `absorbed`, when given, receives for each kept trigger the others of its act: those it
    replaced and those merged into it (their dates and places may be the act's)."""
    merged: list[Trigger] = []
    for trigger in triggers:
        last = merged[-1] if merged else None
        if last and not has_date_between(last, trigger):
            if last.sub_event_type == LETHAL_FORCE and trigger.event_type in VIOLENT_TYPES:
                continue  # "opened fire on protesters, killing three": the protest's toll
            accessory = _accessory(last, trigger)
            if accessory or family(last) == family(trigger):
                if (
                    last.sub_event_type == ACCESSORY
                    if accessory
                    else trigger.priority > last.priority
                ):
                    merged[-1] = trigger
                    if absorbed is not None:
                        absorbed[trigger] = [*absorbed.pop(last, []), last]
                elif absorbed is not None:
                    absorbed[last] = [*absorbed.get(last, []), trigger]
                continue
        merged.append(trigger)
    return merged


# "- Moura (Djenné cercle, Mopti region), March 27-31, 2022: soldiers ...": an item of a list
# whose heading gives the place and the time of what it tells
LIST_HEADER = re.compile(r"\s*[-–•*]\s+[^:.;!?]{3,150}?:\s")


def list_header_end(folded: str) -> int:
    """Where the heading of a list item ends (after its colon), or 0 for any other sentence."""
    found = LIST_HEADER.match(folded)
    return found.end() if found else 0


def place_scope(
    referred: list[Trigger],
    boundary: int,
    trigger: Trigger,
    named_apart: bool,
    words: Words,
    cues: Cues,
) -> int:
    """Where the trigger's place may start: "The massacre in X followed an attack in Y", the
    place before the attack is that of the event the massacre refers to, but "the massacre of
    X, where 30 were killed" tells the killing's place; `named_apart`: the act is named beside
    another with its own target ("an attack on the gendarmerie in Djibo and an assault on the
    camp at Arbinda"), whose place is not its own."""
    referring = any(
        boundary <= r.end <= trigger.start
        and family(r) == family(trigger)
        and not in_where_clause(words.text, r.end, trigger.start, cues)
        for r in referred
    )
    return trigger.start if referring or named_apart else boundary


def in_where_clause(folded: str, start: int, end: int, cues: Cues) -> bool:
    """Whether the act at `end` stands in a clause opened by ", where" after `start`: a comma
    ends that clause only once its verb was told ("where gunmen, believed to be jihadists,
    killed" goes on; "where aid workers arrived in June, an ambush killed" does not)."""
    breaks = list(CLAUSE_BREAK.finditer(folded, start, end))
    opened = [
        n
        for n, b in enumerate(breaks)
        if b.group() == ","
        and has_cue(" ".join(WORD.findall(folded, b.end(), end)[:1]), cues.where_clause)
    ]
    if not opened or any(b.group() != "," for b in breaks[opened[-1] :]):
        return False
    clause = breaks[opened[-1] :]
    # its first part, up to the next comma, has not told its verb yet: the clause goes on
    return len(clause) == 1 or not tells_a_verb(folded[clause[0].end() : clause[1].start()], cues)


def tells_a_verb(text: str, cues: Cues) -> bool:
    """Whether the words hold a verb: an auxiliary, or a word in "-ed" or "-ing" ("deployed",
    "patrolling"), not one of the words that only end so ("evening")."""
    words = [w for w in WORD.findall(text) if w not in cues.not_verbs]
    return has_cue(text, cues.auxiliaries) or any(
        len(w) > 4 and w.endswith(("ed", "ing")) for w in words
    )


def participle(folded: str, trigger: Trigger) -> bool:
    """A trigger in "-ing" right after a comma, or after another "-ing" phrase of it (",
    burning shops and killing four traders"), tells the outcome of the clause before it."""
    before = folded[max(0, trigger.start - PARTICIPLE_REACH) : trigger.start]
    after_comma = before.endswith(", ") or ANOTHER_PARTICIPLE.search(before) is not None
    return after_comma and trigger.text.split()[0].endswith("ing")


PARTICIPLE_REACH = 60  # characters back in which the comma of a participle's phrase may stand
ANOTHER_PARTICIPLE = re.compile(r", \w+ing\b[^,;:]*\sand\s$")


def is_reported(words: Words, before: str, date_start: int, cues: Cues) -> bool:
    """A report before the act ("said it had ..."), or a date that is the report's own (",
    an aide said on Wednesday")."""
    return has_cue(before, cues.reporting_verbs) or has_cue(
        words.before(date_start, 2), cues.reporting_verbs
    )
