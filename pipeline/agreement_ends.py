"""An agreement's ending told with it: "the 2015 peace agreement ... was over", "the junta
ended, with immediate effect, the 2015 peace agreement"; an agreement told as the frame of
another act ("mixed patrols under a UN-brokered peace deal")."""

import re
from bisect import bisect_left
from functools import cache, lru_cache

from pipeline.knowledge import Cues
from pipeline.records import Trigger
from pipeline.triggers import CLAUSE_BREAK, PARENTHETICAL, WORD, Words, has_cue, is_verb_form

AGREEMENT = "Agreement"
ENDED = {"event_type": "Strategic developments", "sub_event_type": "Other"}
ENDED_CATEGORY = "Agreement ended"
ENDED_PRIORITY = 75


@lru_cache(maxsize=256)
def _whole(cue: str) -> re.Pattern:
    """The cue as whole words: compiled once, not looked up in `re`'s cache for every trigger."""
    return re.compile(rf"(?<![\w-]){re.escape(cue)}(?![\w-])")


def declared_over(words: Words, trigger: Trigger, cues: Cues) -> Trigger | None:
    """ "the 2015 peace agreement signed in Bamako was over": a trigger for the agreement's
    ending, on the words that end it (the agreement stays an event of its own)."""
    if trigger.category != AGREEMENT:
        return None
    following = words.text[trigger.end :]
    clause = following[: m.start()] if (m := CLAUSE_BREAK.search(following)) else following
    starts = [w.start() for w in WORD.finditer(clause)]
    if len(starts) > cues.agreement_over_window:
        clause = clause[: starts[cues.agreement_over_window]]
    spans = [
        (m.start(), m.end()) for cue in cues.agreement_over if (m := _whole(cue).search(clause))
    ]
    if not spans:
        return None
    start, end = (trigger.end + offset for offset in min(spans))
    return Trigger(
        words.text[start:end], start, end, category=ENDED_CATEGORY, priority=ENDED_PRIORITY, **ENDED
    )


def ended_before(words: Words, trigger: Trigger, start: int, cues: Cues) -> Trigger | None:
    """ "the junta ended, with immediate effect, the 2015 peace agreement": a trigger for the
    agreement's ending on the verb that ends it, between `start` (the end of the event word
    before, if any) and the agreement; never across a word that opens another clause ("the
    fighting ended after the agreement was signed")."""
    if trigger.category != AGREEMENT:
        return None
    begin = bisect_left(words.starts, trigger.start) - cues.agreement_enders_window
    start = max(start, words.starts[begin] if begin > 0 else 0)
    spans = [
        (m.start(), m.end())
        for cue in cues.agreement_enders
        for m in _whole(cue).finditer(words.text[start : trigger.start])
    ]
    if not spans:
        return None
    first, last = (start + offset for offset in max(spans))
    between = PARENTHETICAL.sub(" ", words.text[last : trigger.start])  # ", after long talks,"
    if has_cue(between, cues.agreement_enders_apart):
        return None
    return Trigger(
        words.text[first:last],
        first,
        last,
        category=ENDED_CATEGORY,
        priority=ENDED_PRIORITY,
        **ENDED,
    )


# "under a UN-brokered peace deal", "under the terms of an agreement": a determiner and
# up to three words that are no year between the framing word and the agreement's noun
_FRAMED = r"(?:{words})\s+(?:an?|the|its|their)\s+(?:(?!\d{{4}}\b)[\w-]+\s+){{0,3}}$"
MADE_WINDOW = 3  # words after the noun that may tell it made ("a ceasefire brokered by ...")


@cache
def _framed(framing: tuple[str, ...]) -> re.Pattern:
    return re.compile(_FRAMED.format(words="|".join(re.escape(w) for w in framing)))


def frames_another_act(words: Words, trigger: Trigger, cues: Cues) -> bool:
    """ "conduct mixed patrols under a UN-brokered peace deal": an agreement's noun told as the
    frame another act is done under, no act of its own; not one told made all the same ("under
    a ceasefire agreed on Sunday") nor one of a year ("under the terms of the 2015 agreement")."""
    if trigger.category != AGREEMENT or not cues.frame_of_acts or is_verb_form(trigger, cues):
        return False
    if _framed(cues.frame_of_acts).search(words.before(trigger.start, 8)) is None:
        return False
    after = WORD.findall(words.text[trigger.end :])[:MADE_WINDOW]
    return not any(word in cues.made_after_all for word in after)
