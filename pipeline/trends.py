"""Acts told as counted, not as done: how often they happen ("multiple attacks", "attacks have
surged", "attacks are legion", "a lull in the attacks"), what a country is busy with ("which are
also battling jihadists") and the dead of years ("killing thousands"). Words in cues.yaml.

Past a trend named right before the acts, a sentence with a day in it tells what happened that
day: "multiple attacks on Sunday", "troops are fighting rebels near Tinzaouaten, the army said on
Saturday" stay acts.
"""

from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import Cues
from pipeline.records import DateMention, Trigger
from pipeline.triggers import CLAUSE_BREAK, WORD, Words, cue_words, has_cue, right_before

TREND_REACH = 80  # characters after acts in which "have increased" may tell their trend
SUBJECT_WORDS = 2  # words before acts in their clause that leave them its subject ("jihadist")
PLURAL_LETTERS = 5  # a word of fewer letters ending in "s" ("was", "has") names no acts
# words that may stand between a trend and the acts it counts: "a rise in the number of attacks"
TREND_FILLERS = (("the", "number", "of"), ("the",))


def counts_acts(words: Words, trigger: Trigger, cues: Cues, dates: tuple[DateMention, ...]) -> bool:
    """True when the trigger tells how often acts happen, what goes on, or a tally of years."""
    if right_before(words, trigger, cues.trends, TREND_FILLERS):  # "a lull in the attacks"
        return True
    following = WORD.findall(words.text[trigger.end : trigger.end + 60])[:5]
    if trigger.event_type in VIOLENT_TYPES and any(
        tuple(following[: len(told)]) == told and _of_people(following[len(told) :], cues)
        for told in cue_words(cues.tallies)
    ):
        return True  # "killing thousands": a tally of years
    if any(d.precision == "day" for d in dates):
        return False
    if words.text[trigger.start : trigger.end].endswith("ing"):
        before = [
            w for w in WORD.findall(words.before(trigger.start, 3)) if w not in cues.meanwhile
        ]
        if before and before[-1] in cues.going_on:
            return True  # "which are also battling jihadists": what they are busy with
    return _trending(words, trigger, following, cues)


def _trending(words: Words, trigger: Trigger, following: list[str], cues: Cues) -> bool:
    """ "attacks have surged", "multiple attacks", "attacks are legion": acts named by one word
    in the plural, opening their clause, whose number the verb after says moves or that are
    said to happen often; or the participle right after such a word ("attacks targeting")."""
    text = words.text[trigger.start : trigger.end]
    if has_cue(words.before(trigger.start, 2), cues.frequencies):
        return _plural(text)
    named = WORD.findall(words.before(trigger.start, 1))
    of_acts = text.endswith("ing") and bool(named) and _plural(named[-1])
    # the words of its clause before it (`before` stops at the clause's start)
    opening = WORD.findall(words.before(trigger.start, SUBJECT_WORDS + 2))
    if not (_plural(text) or of_acts) or len(opening) > SUBJECT_WORDS + of_acts:
        return False
    verbs = [w for w in following if w not in cues.trend_skipped]
    if verbs and not of_acts:
        if verbs[0] in cues.trend_verbs:
            return True
        rest = following[following.index(verbs[0]) + 1 :]
        if verbs[0] in cues.copulas and rest and rest[0] in cues.how_often:
            return True  # "attacks are legion", "attacks have become more frequent"
    # "attacks targeting the security forces and civilians have increased": the perfect of
    # such a verb further on in the clause the acts open
    clause = CLAUSE_BREAK.split(words.text[trigger.end : trigger.end + TREND_REACH])[0]
    later = WORD.findall(clause)
    pairs = zip(later, later[1:], strict=False)
    return any(w in ("has", "have") and nxt in cues.trend_verbs for w, nxt in pairs)


def _of_people(after: list[str], cues: Cues) -> bool:
    """ "thousands", "thousands of civilians": people, not "thousands of cattle"."""
    return not after or after[0] != "of" or (len(after) > 1 and after[1] in cues.tallied)


def _plural(word: str) -> bool:
    """One word naming acts in the plural ("attacks", not "killed 12 civilians" nor "was")."""
    return " " not in word and len(word) >= PLURAL_LETTERS and word.endswith("s")
