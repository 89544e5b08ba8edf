"""Dates a noun owns: a bare date right before an event noun ("the 2015 agreement", "the August
2020 coup", "Thursday's attack"), and a year that names a thing ("a 2014 treaty")."""

import re
from datetime import date

from pipeline.dates import since_point
from pipeline.dates.patterns import MONTHS
from pipeline.knowledge import Cues
from pipeline.possessive_dates import noun_day, possessive
from pipeline.records import DateMention, SentenceFacts, Trigger
from pipeline.textnorm import fold
from pipeline.triggers import CLAUSE_BREAK, Words, has_cue

ADJACENT = 2  # words between a bare date and the noun it modifies ("the 2015 peace agreement")
# "terminating the 2013 agreement ..., as well as a 2014 treaty": a year between an article and
# its noun names the thing (a treaty of 2014), not when the act was done
NAMING_YEAR = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that)\s+$")
NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|until|when|in|on|at|as|after|before)\b)[a-z]")


def names_a_thing(folded: str, d: DateMention) -> bool:
    """A bare year right after "the", "a" or "its" and before a word: "the 2015 peace deal"."""
    return (
        d.precision == "year"
        and d.text.strip().isdigit()
        and NAMING_YEAR.search(folded, max(0, d.start - 8), d.start) is not None
        and NOUN_AFTER.match(folded, d.end) is not None
    )


def adjacent_dates(
    words: Words, triggers: list[Trigger], sentence: SentenceFacts, published: date, cues: Cues
) -> dict:
    """Bare dates right before a noun trigger belong to it alone ("the 2015 agreement", "the
    August 2020 coup"; "since the July 26 coup": the coup was on July 26)."""
    owned = {}
    for trigger in triggers:
        for d in sentence.dates:
            if (
                d.end <= trigger.start
                and _bare(d, sentence.folded)
                and words.between(d.end, trigger.start) <= ADJACENT
                and not CLAUSE_BREAK.search(sentence.folded, d.end, trigger.start)
                # "the election planned for February 2024 would be postponed": a verb's own
                # auxiliary stands between, the date is the subject's
                and not has_cue(sentence.folded[d.end : trigger.start], cues.auxiliaries)
            ):
                owned[trigger] = since_point(noun_day(d), published)
    return owned


def _bare(d: DateMention, folded: str) -> bool:
    """A date that can modify a noun: no preposition before it, or "since the", or a
    possessive ("Thursday's attack", "last week's coup")."""
    opening = fold(d.text).split()[:2]
    bare = d.text[:1].isdigit() or opening[0] in MONTHS or opening == ["since", "the"]
    return bare or possessive(d, folded)
