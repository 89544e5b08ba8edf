"""Days told with a possessive ("Sunday's attack", "after last week's coup"): the noun's own day,
and how the sentence's other acts read it."""

import re
from dataclasses import replace
from datetime import date, timedelta

from pipeline.dates import possessive_at
from pipeline.records import DateMention
from pipeline.textnorm import fold

OPENER = re.compile(r"\b(?P<word>[a-z]+)\s+$")  # the word right before a date
TOLD_IN_IT = frozenset({"in", "during", "at", "and", "the"})  # ... Sunday's attack
PREPOSITIONS = TOLD_IN_IT | {"on", "by", "for", "with", "over", "from", "before", "until"}
SEQUENCE_BEFORE = re.compile(r"\b(?:after|following|since|in\s+the\s+(?:wake|aftermath)\s+of)\s+$")


def noun_day(d: DateMention) -> DateMention:
    """The date as its noun's: "after Thursday's attack" was on Thursday."""
    if d.possessed is None:
        return d
    start, end, precision = d.possessed
    return replace(d, date_start=start, date_end=end, precision=precision)


def for_the_others(d: DateMention, folded: str, published: date) -> DateMention | None:
    """A possessive day its noun owns, as the other acts of the sentence read it: the same day
    when they are told in that act ("killed in Sunday's attack", "Sunday's attack killed 12"),
    the days after it when a sequence word opens it ("clashed following Sunday's coup"; "after
    Sunday's" already says so), else none ("arrested ... in connection with Sunday's attack")."""
    if d.possessed is not None:
        return d
    if SEQUENCE_BEFORE.search(folded, max(0, d.start - 24), d.start) is not None:
        if d.date_end >= published:
            return d
        after = d.date_end + timedelta(days=1)
        return replace(d, date_start=after, date_end=published, precision="range")
    own_word = fold(d.text).split()[0]
    before = OPENER.search(folded, max(0, d.start - 24), d.start)
    opener = own_word if own_word in PREPOSITIONS else before["word"] if before else None
    return d if opener is None or opener in TOLD_IN_IT else None


def possessive(d: DateMention, folded: str) -> bool:
    """A day told with a possessive: "Sunday's", "last week's"."""
    return possessive_at(folded, d.start, d.end)
