"""Where an act's words reach in its sentence: a noun that is its verb's subject ("An attack on
Titao on Thursday killed 11 people"), an act a sentence opens with ("In an attack on Sunday on
Seytenga, gunmen killed 86"), a verb joined by "and" to the act before it; and so where the
scope of the act after a trigger starts."""

import re

from pipeline.dates.patterns import MONTH_ABBR, MONTHS
from pipeline.knowledge import Cues
from pipeline.records import DateMention, Trigger
from pipeline.regex_tree import alternation
from pipeline.triggers import CLAUSE_BREAK, Words, is_verb_form


def next_scope_start(
    words: Words,
    trigger: Trigger,
    later: list[Trigger],
    last_date: DateMention | None,
    counted_from: bool,
    boundary: int,
    cues: Cues,
    dates: list[DateMention],
) -> int:
    """Where the scope of the act after `trigger` starts: where the trigger's does when the
    trigger is the next act's subject, else after the trigger's own date when it stands between
    them ("killed 12 in X on Monday and attacked Y"), else after the trigger. A date told after
    the next act (", an official said Friday") bounds nothing, nor does a date the trigger's is
    `counted_from` ("five days after the Gossi attack, on 13 January, a convoy was hit"). A verb
    joined by "and" to the trigger's date, with no date of its own after it (`dates`: the
    sentence's), shares the trigger's scope."""
    if subject_of_next(words, trigger, later[:1], cues):
        return boundary  # "An attack on Titao on Thursday killed 11": the verb's day too
    following = later[0].start if later else len(words.text)
    if last_date is not None and trigger.end < last_date.start < following and not counted_from:
        joined = JOINED_VERB.fullmatch(words.text, last_date.end, following)
        verb = is_verb_form(later[0], cues) if later else False
        # a day after a comma is the report's (", a local official said on Saturday")
        own = any(
            d.start >= following and "," not in words.text[following : d.start] for d in dates
        )
        if joined and verb and not own:
            return boundary  # "attacked the market on Thursday and killed nine": one day
        return last_date.end
    return trigger.end


# what joins a second verb of the same doers to the first's date: "on Thursday and killed"
JOINED_VERB = re.compile(r"\s*,?\s*and(?:\s+then)?\s+")


def subject_of_next(words: Words, trigger: Trigger, following: list[Trigger], cues: Cues) -> bool:
    """ "In Kaya, protesters attacked the town hall", "An attack on Titao on Thursday killed 11
    people": a noun that is the next act's subject, right before it or told with its places and
    times only, shares its scene and day, and the place before it stays in reach of that act."""
    if not following or is_verb_form(trigger, cues):
        return False
    between = words.text[trigger.end : following[0].start]
    if not between.strip():
        return True
    # "after the attack on Titao on Thursday soldiers killed": the noun of a preposition's phrase
    if not is_verb_form(following[0], cues):
        return False
    if _frames_the_sentence(words, trigger, between):
        return True
    governed = NOUN_GOVERNED.search(words.before(trigger.start, 4))
    return (
        not governed
        and words.between(trigger.end, following[0].start) <= SUBJECT_MODIFIER_WORDS
        and SUBJECT_MODIFIERS.fullmatch(between) is not None
    )


def heads_its_clause(words: Words, trigger: Trigger, toll: Trigger) -> bool:
    """A noun no preposition governs, with no break of clause between it and the comma before
    `toll`: the subject of the clause the toll follows ("A suicide bomber blew himself up at a
    checkpoint on Monday, killing three soldiers")."""
    comma = words.text.rfind(",", trigger.end, toll.start)
    end = comma if comma >= 0 else toll.start
    governed = NOUN_GOVERNED.search(words.before(trigger.start, 4))
    return not governed and CLAUSE_BREAK.search(words.text, trigger.end, end) is None


def _frames_the_sentence(words: Words, trigger: Trigger, between: str) -> bool:
    """ "In an attack on Sunday on the town of Seytenga, gunmen killed 86 people": the act a
    sentence opens with is the one its clause tells."""
    opening = words.text[: trigger.start]
    return (
        words.between(0, len(opening) + len(between)) <= SUBJECT_MODIFIER_WORDS + 4
        and OPENING_ACT.fullmatch(opening) is not None
        and FRAMED_CLAUSE.fullmatch(between) is not None
    )


SUBJECT_MODIFIER_WORDS = 12  # the longest run of places and times told of a subject noun
# " on Titao on Thursday ", " in the village of X ", " on a convoy from Gao to Ansongo ": phrases
# of place, time and way, no clause
# (a word of a phrase is no preposition: each phrase starts at one, so a text is read one way)
_PREPOSITION = r"(?:on|in|at|near|against|of|outside|by|for|from|to|along)"
_WORD = rf"(?!(?:{_PREPOSITION}|that|which|who|and|but|as|when|while|where)\b)[\w'-]+"
# "Airstrikes by Barkhane 1 Dec killed": briefs put a bare day before the verb
_BARE_DAY = rf"\s+\d{{1,2}}(?:\s*-\s*\d{{1,2}})?\s+(?i:{alternation([*MONTHS, *MONTH_ABBR])})\b\.?"
SUBJECT_MODIFIERS = re.compile(
    rf"(?:\s+{_PREPOSITION}\s+(?:{_WORD}\s+){{0,3}}{_WORD}|{_BARE_DAY})+\s+"
)
# "In an attack", "During the raid": the act the sentence opens with
OPENING_ACT = re.compile(r"\s*(?:in|during)\s+(?:an?|the|another)\s+(?:[\w'-]+\s+)?")
# its places and times, a comma, then the clause's subject (three words at most, and the
# auxiliary and adverb of a passive: "14 people were reportedly killed")
FRAMED_CLAUSE = re.compile(
    SUBJECT_MODIFIERS.pattern.removesuffix(r"\s+")
    + r"\s*,\s*(?:[\w'-]+\s+){1,3}(?:(?:was|were|had\s+been|have\s+been|been)\s+)?(?:[a-z]+ly\s+)?"
)
NOUN_GOVERNED = re.compile(
    r"\b(?:after|following|since|before|during|despite|amid|to|from|for|about|over|in|of|by)"
    r"\s+(?:[\w'-]+\s+){0,2}$"
)
