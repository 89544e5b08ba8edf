"""Whether a noun that looks like a reference back ("the attack") has a date of its own."""

import re

from pipeline.clause_dates import ADJACENT
from pipeline.knowledge import Cues
from pipeline.records import SentenceFacts, Trigger
from pipeline.triggers import CLAUSE_BREAK, Words, has_cue, is_anaphoric, named_as_time

COUNTED_FROM = re.compile(r"\b(?:after|before|following|followed|preceded)\s*$")


def dated_nearby(
    words: Words,
    trigger: Trigger,
    sentence: SentenceFacts,
    others: list[Trigger],
    cues: Cues,
    first_of_its_kind: bool,
) -> bool:
    """A date close to the trigger, with no other trigger between them (whose date it is);
    farther for the first event of its kind the article tells ("since the attack on the post at
    Inata, in the province of Soum, on Sunday 14 November": nothing to refer back to)."""
    window = cues.anaphoric_window * (2 if first_of_its_kind else 1)
    # "Days after the coup, on July 30, crowds marched": the date of the clause it opens
    timed = named_as_time(words, trigger, cues)
    for d in sentence.dates:
        if (
            d.start > trigger.start
            and d.end > trigger.end
            and words.between(trigger.end, d.start) <= window
            and not any(trigger.end <= t.start < d.start for t in others)
            and not (
                timed
                and CLAUSE_BREAK.search(sentence.folded, trigger.end, d.start)
                and any(t.start >= d.end for t in others)  # the clause the date opens
            )
        ):
            return True
        # "Four days after the coup, Ecowas imposed sanctions": the coup is what the date counts
        # from, not dated by it; with another date to count back from ("On 1 February, three
        # days after the killings"), the killings are dated by it
        counts_from = (
            len(sentence.dates) == 1
            and COUNTED_FROM.search(sentence.folded, d.start, d.end) is not None
        )
        near_before = d.end <= trigger.start and words.between(d.end, trigger.start) <= ADJACENT
        if near_before and not counts_from:
            return True
        # "31 JUL - Arrest of ministers of the deposed government": a log's day heads the first
        # act of its kind when no other act stands between them
        heading = d.end <= trigger.start and words.between(0, d.start) <= 1
        if first_of_its_kind and heading and not any(t.start < trigger.start for t in others):
            return True
    return False


def told_here(words: Words, trigger: Trigger, absorbed: list[Trigger], cues: Cues) -> bool:
    """True when the act a noun stands for is told in its sentence (`absorbed`: the triggers merged
    into it): "raided a market town, killing 30 traders, in one of the deadliest attacks"; not so
    "the raid came after gunmen attacked a post" (another act) or "in retaliation for" one."""
    for t in absorbed:
        lo, hi = (trigger.end, t.start) if t.start > trigger.start else (t.end, trigger.start)
        between = words.text[lo:hi]
        apart = has_cue(between, cues.sequence) or has_cue(between, cues.answers)
        if not apart and not is_anaphoric(words, t, cues):
            return True
    return False
