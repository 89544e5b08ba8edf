"""Clues that date an act from outside its own clause: the clause a colon explains, a report set
off by commas, the month a clause on its victims tells, the clause an act's is joined to by
"and"; a date that opens the act told next (", then on 1 August"); and deadlines, which date
nothing."""

import re
from functools import cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.knowledge import Cues
from pipeline.records import DateMention, SentenceFacts, Trigger
from pipeline.textnorm import fold
from pipeline.triggers import CLAUSE_BREAK, has_cue, is_verb_form

# with the parse to tell that no clause stands between them, a date may stand further off
# ("killed 13 civilians, including children, at a wedding in the village of X on Sunday")
PARSED_RIGHT_WINDOW = 30
DEADLINE = re.compile(r"by\b")  # "by the end of the year": a deadline, not a time told
WHO = re.compile(r"\bwhom?\b")
LASTING = re.compile(r"\b(?:days|weeks|months|years|decades)\s+of\s+$")


SAID_ASIDE = re.compile(r"\s*,(?P<aside>[^,;:]{1,40}),\s*")


def said_between(folded: str, start: int, end: int, cues: Cues) -> bool:
    """A report set off by commas right after `start` (", it said,"), then one clause to `end`."""
    aside = SAID_ASIDE.match(folded, start, end)
    return (
        aside is not None
        and has_cue(aside.group("aside"), cues.reporting_verbs)
        and CLAUSE_BREAK.search(folded, aside.end(), end) is None
    )


def month_of_its_victims(words, sentence: SentenceFacts, trigger: Trigger, end: int, cues):
    """ "jihadists killed hundreds of civilians who had been ordered to dig trenches around the
    town in August": a month or a year in a "who" clause on the people a verb acted on, when
    the act has no date of its own (a day there is more likely the clause's own)."""
    if not is_verb_form(trigger, cues):
        return None  # "the assault was led by a colonel who deserted in 2012": its leader's
    for d in sentence.dates:
        relative = WHO.search(sentence.folded, trigger.end, d.start)
        if (
            trigger.end <= d.start
            and d.end <= end
            and relative is not None
            and d.precision in ("month", "year")
            and words.between(trigger.end, d.start) <= PARSED_RIGHT_WINDOW
            and CLAUSE_BREAK.search(sentence.folded, trigger.end, d.start) is None
        ):
            return d
    return None


def without_deadlines(right: list, sentence: SentenceFacts, boundary: int, trigger: Trigger):
    """ "announced in late September that France would withdraw by the end of the year": a
    deadline after the date told before the act is not when it was told or done ("had arrested
    12 men by the end of last week", told on Monday, is)."""
    before = [d for d in sentence.dates if boundary <= d.start and d.end <= trigger.start]
    if not before:
        return right
    told = max(d.date_end for d in before)
    return [d for d in right if not (DEADLINE.match(fold(d.text)) and d.date_start > told)]


def explained_by_colon(sentence: SentenceFacts, trigger: Trigger) -> DateMention | None:
    """ "The embassy was the target of crowds in early October: demonstrators set fire to it":
    what follows a colon tells more of the clause before it, and of its time."""
    colon = sentence.folded.rfind(":", 0, trigger.start)
    if colon < 0 or any(colon < d.start < trigger.start for d in sentence.dates):
        return None
    if LASTING.search(sentence.folded, max(0, trigger.start - 20), trigger.start):
        return None  # "meant to end months of blockades": a stretch of time, not a day's act
    before = [d for d in sentence.dates if d.end <= colon]
    return before[-1] if before else None


# the rule of a date counted from the date of another clause, which stays that clause's
JOINED_CLAUSE_RULE = "the date of the act its clause is joined to"
JOINED_BY_AND = re.compile(r"\s*[,;]\s+and\s")


def joined_clause_date(sentence: SentenceFacts, trigger: Trigger, start: int, cues: Cues):
    """ "Gunmen killed 15 worshippers in Essakane on Sunday, and dozens were killed in an
    attack on a mosque in Natiaboani": an act of violence told in a clause joined by "and" to
    the date ending the clause before it, with no date of its own, happened then too; not a
    clause in the present ("and attacks have multiplied") or about such acts in general ("and
    such killings are blamed on JNIM")."""
    if trigger.event_type not in VIOLENT_TYPES:
        return None
    ending = [d for d in sentence.dates if d.end == start]
    joined = JOINED_BY_AND.match(sentence.folded, start)
    if not ending or not joined:
        return None
    stop = CLAUSE_BREAK.search(sentence.folded, trigger.end)
    clause = sentence.folded[joined.end() : stop.start() if stop else len(sentence.folded)]
    opening = clause.split()[:1]
    kinds = set(cues.anaphoric) - {"the"}  # "such killings", "these attacks": acts in general
    if has_cue(clause, cues.present_tense) or (opening and opening[0] in kinds):
        return None
    return ending[0]


@cache
def _next_act_time(words: tuple[str, ...]) -> re.Pattern:
    """ ", then on", "and then at dawn on": the word, then only the date's own opening words."""
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(
        rf"(?:,|\band)\s+(?:{alternatives})\s+"
        r"(?:(?:at|in|on|early|late|around|by)\s+(?:the\s+)?(?:[\w-]+\s+)?){0,2}$"
    )


def opens_the_next_act(folded: str, act_end: int, date: DateMention, cues: Cues) -> bool:
    """Whether a date after an act opens the act told next ("On 11 May, gunmen attacked Djibo,
    then on 1 August, jihadists attacked Dori"), not "then the largest camp, on 10 December"
    nor "and then burned the market on Friday"."""
    if not cues.next_act_time:
        return False
    return _next_act_time(cues.next_act_time).search(folded, act_end, date.start) is not None
