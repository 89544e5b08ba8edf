"""Acts told as counted, not as done: how often they happen ("multiple attacks", "attacks have
surged", "attacks are legion"), what a country is busy with ("which are also battling
jihadists") and the dead of years ("killing thousands"). Words in cues.yaml."""

from functools import cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import Cues
from pipeline.records import Trigger
from pipeline.triggers import CLAUSE_BREAK, WORD, Words, has_cue

MEANWHILE = frozenset({"also", "still", "now"})  # words between "are" and what is going on
TREND_REACH = 80  # characters after acts in which "have increased" may tell their trend
# words between acts and the verb telling how often they happen ("attacks there have become")
TREND_SKIPPED = frozenset({"there", "has", "have", "had", "also"})


def counts_acts(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """True when the trigger tells how often acts happen, what goes on, or a tally of years."""
    following = WORD.findall(words.text[trigger.end : trigger.end + 40])[:3]
    if _trending(words, trigger, following, cues):
        return True
    if words.text[trigger.start : trigger.end].endswith("ing"):
        before = [w for w in WORD.findall(words.before(trigger.start, 3)) if w not in MEANWHILE]
        if before and before[-1] in cues.going_on:
            return True  # "which are also battling jihadists": what they are busy with
    # "killing thousands": a tally of years
    return trigger.event_type in VIOLENT_TYPES and any(
        following[: len(words_of)] == words_of for words_of in _word_lists(cues.tallies)
    )


def _trending(words: Words, trigger: Trigger, following: list[str], cues: Cues) -> bool:
    """ "attacks have surged", "multiple attacks": acts named in the plural whose number the
    next verb says moves, or that the word before says happen often."""
    text = words.text[trigger.start : trigger.end]
    # "attacks targeting the army have increased": the acts' participle shares their trend
    named = WORD.findall(words.before(trigger.start, 1))
    of_acts = text.endswith("ing") and bool(named) and named[-1].endswith("s")
    if not (text.endswith("s") or of_acts):
        return False
    if has_cue(words.before(trigger.start, 2), cues.frequencies):
        return True
    verbs = [w for w in following if w not in TREND_SKIPPED]
    if verbs and verbs[0] in cues.trend_verbs and not of_acts:
        return True
    # "attacks targeting the security forces and civilians have increased": the perfect of
    # such a verb further on in the clause the acts open
    clause = CLAUSE_BREAK.split(words.text[trigger.end : trigger.end + TREND_REACH])[0]
    later = WORD.findall(clause)
    pairs = zip(later, later[1:], strict=False)
    return any(w in ("has", "have") and nxt in cues.trend_verbs for w, nxt in pairs)


@cache
def _word_lists(cues: tuple[str, ...]) -> tuple[list[str], ...]:
    """Each cue phrase as a list of its words, to compare with the words after a trigger."""
    return tuple(c.split() for c in cues)
