"""Acts told as counted, not as done: how often they happen ("multiple attacks", "attacks have
surged", "attacks are legion", "a lull in the attacks"), what a country is busy with ("which are
also battling jihadists") and the dead of years ("killing thousands"). Words in cues.yaml.

Past a trend named right before the acts, a sentence with a day in it tells what happened that
day: "multiple attacks on Sunday", "troops are fighting rebels near Tinzaouaten, the army said on
Saturday" stay acts.
"""

from pipeline.contract import VIOLENT_TYPES
from pipeline.fatalities import words_value
from pipeline.knowledge import Cues
from pipeline.lead_dates import statement_day
from pipeline.records import DateMention, Trigger
from pipeline.triggers import CLAUSE_BREAK, WORD, Words, cue_words, has_cue, right_before

TREND_REACH = 80  # characters after acts in which "have increased" may tell their trend
SUBJECT_WORDS = 2  # words before acts in their clause that leave them its subject ("jihadist")
PLURAL_LETTERS = 5  # a word of fewer letters ending in "s" ("was", "has") names no acts
# words that may stand between a trend and the acts it counts: "a rise in the number of attacks"
TREND_FILLERS = (("the", "number", "of"), ("the",))
FOLLOWING_WORDS = 8  # words after acts read for their trend: "and clashes have been on the rise"
COORDINATED_REACH = 3  # words from "and" to the acts it joins: "attacks and ethnic clashes"


def counts_acts(words: Words, trigger: Trigger, cues: Cues, dates: tuple[DateMention, ...]) -> bool:
    """True when the trigger tells how often acts happen, what goes on, or a tally of years."""
    if right_before(words, trigger, cues.trends, TREND_FILLERS):  # "a lull in the attacks"
        return True
    following = WORD.findall(words.text[trigger.end : trigger.end + TREND_REACH])[:FOLLOWING_WORDS]
    if trigger.event_type in VIOLENT_TYPES and any(
        tuple(following[: len(told)]) == told and _of_people(following[len(told) :], cues)
        for told in cue_words(cues.tallies)
    ):
        return True  # "killing thousands": a tally of years
    days = [d for d in dates if d.precision == "day" and _of_its_clause(words, trigger, d, cues)]
    # "which are also battling jihadists", "where the army is carrying out a search operation"
    # (an operation only: "jihadists are carrying out an assault on Djibo" is told live, and
    # "says it is ending its cooperation agreement" announces a decision)
    told = WORD.findall(words.text[trigger.start : trigger.end]) or [""]
    busy = told[-1].endswith("ing") or (told[0].endswith("ing") and told[-1] in cues.going_on_acts)
    if busy and not days:
        before = [
            w for w in WORD.findall(words.before(trigger.start, 3)) if w not in cues.meanwhile
        ]
        if before and before[-1] in cues.going_on:
            return True  # "which are also battling jihadists": what they are busy with
    # the day of a report ("officials said on Sunday") is not that of acts counted
    if any(not statement_day(words, d, cues) for d in days):
        return False
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
    # the words of its clause before it (`before` stops at the clause's start), before the
    # acts it is joined to ("attacks and ethnic [clashes] have been on the rise")
    opening = _before_joined(WORD.findall(words.before(trigger.start, SUBJECT_WORDS + 4)))
    opened = [i for i, w in enumerate(opening) if w in cues.trend_clause]
    opening = opening[opened[-1] + 1 :] if opened else opening
    if not (_plural(text) or of_acts) or len(opening) > SUBJECT_WORDS + of_acts:
        return False
    following = _past_joined(following)
    verbs = [w for w in following if w not in cues.trend_skipped]
    if verbs and not of_acts:
        if verbs[0] in cues.trend_verbs:
            return True
        rest = following[following.index(verbs[0]) + 1 :]
        if verbs[0] in cues.copulas and any(
            tuple(rest[: len(c)]) == c for c in cue_words(cues.how_often)
        ):
            return True  # "attacks are legion", "attacks have become more frequent"
    # "attacks targeting the security forces and civilians have increased": the perfect of
    # such a verb further on in the clause the acts open
    clause = CLAUSE_BREAK.split(words.text[trigger.end : trigger.end + TREND_REACH])[0]
    later = WORD.findall(clause)
    pairs = zip(later, later[1:], strict=False)
    return any(w in ("has", "have") and nxt in cues.trend_verbs for w, nxt in pairs)


def _of_its_clause(words: Words, trigger: Trigger, day: DateMention, cues: Cues) -> bool:
    """Whether a day may be the acts' own: no clause of their trend stands between them ("Clashes
    erupted on Sunday as attacks have been on the rise": Sunday's clashes, not the attacks)."""
    before = day.end <= trigger.start
    start, end = (day.end, trigger.start) if before else (trigger.end, day.start)
    return set(WORD.findall(words.text[start:end])).isdisjoint(cues.trend_clause)


def _past_joined(following: list[str]) -> list[str]:
    """The words after acts past the acts "and" joins to them: "[attacks] and ethnic clashes"."""
    if following and following[0] in ("and", "or"):
        for index, word in enumerate(following[1 : COORDINATED_REACH + 1], start=1):
            if _plural(word):
                return following[index + 1 :]
    return following


def _before_joined(opening: list[str]) -> list[str]:
    """The words before acts and the acts "and" joins them to: "attacks and ethnic [clashes]"."""
    for back in (1, 2):
        joined = len(opening) - back
        if joined > 0 and opening[joined] in ("and", "or") and _plural(opening[joined - 1]):
            return opening[: joined - 1]
    return opening


def _of_people(after: list[str], cues: Cues) -> bool:
    """ "thousands", "thousands of civilians": people, not "thousands of cattle"."""
    return not after or after[0] != "of" or (len(after) > 1 and after[1] in cues.tallied)


def _plural(word: str) -> bool:
    """One word naming acts in the plural ("attacks", not "killed 12 civilians" nor "was")."""
    return " " not in word and len(word) >= PLURAL_LETTERS and word.endswith("s")


def acts_counted(trigger: Trigger, cues: Cues) -> bool:
    """ "launched several attacks", "carried out two raids": acts named in the plural after how
    many there were; in the perfect ("the group has launched several attacks in Niger in recent
    weeks") they are a tally, none of them an event one can date."""
    told = WORD.findall(trigger.text.lower())
    if len(told) < 3 or told[-1] not in cues.several_acts:
        return False
    between = " ".join(told[1:-1])
    return has_cue(between, cues.act_counts) or any((words_value(w) or 0) > 1 for w in told[1:-1])
