"""A matched phrase and the context it is read in, shared by every rule."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pipeline.dates.calendar import Make, Span
from pipeline.dates.patterns import (
    CASED_MONTHS,
    DEADLINE_VERB,
    FORWARD_CUE,
    FORWARD_PREPS,
    MONTH_ABBR,
    MONTHS,
    PAST_PASSIVE,
    PAST_TOLD,
    RAN_OUT,
    SAID_JUST_BEFORE,
    SENTENCE_END,
)


@dataclass
class Cand:
    """A matched phrase before overlaps are settled; span None means matched but not a date."""

    start: int
    end: int
    core: int
    prep: str
    span: Span | None
    make: Make | None = None
    mode: str = "past"
    # (n, unit, sign, own): shifted from `span` when own, else from the previous day in the text
    anchor: tuple[int, str, int, bool] | None = None
    weekday: bool = False  # a weekday alone, which comes back every seven days


@dataclass
class Ctx:
    """The text being scanned, its folded form and its publication date."""

    text: str
    folded: str
    published: date


IN_THE_WAKE = re.compile(r"\bin\s+the\s+(?:wake|aftermath)\s+of\s+$")  # only what is past
# "the massacre of 23rd March": the day of an act the text names as done, which is past
ACT_OF = re.compile(
    r"\b(?:massacre|attack|ambush|killing|raid|assault|bombing|coup|putsch)s?\s+of\s+(?:the\s+)?$"
)


def direction(ctx: Ctx, m: re.Match, prep: str, default: str = "past") -> str:
    """Direction for a phrase without a year: a future cue in the sentence wins over the prep."""
    lo = max(0, m.start() - 120)
    window = ctx.folded[lo : m.start()]
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    if IN_THE_WAKE.search(window) or ACT_OF.search(window):
        # "a planned departure in the wake of July's coup", "blamed for the massacre of 23rd
        # March": past
        return default
    # the cue may end on the preposition: "due on 27 May", "due in March"
    cues = list(
        FORWARD_CUE.finditer(window + (ctx.folded[m.start() : m.end("prep")] if prep else ""))
    )
    # a past passive told after the last cue is the date's verb ("first planned for March, was
    # postponed on Monday"); one that holds the cue ("was scheduled in May") is not
    after_cue = cues[-1].end() if cues else 0
    told_past = cues and (
        PAST_PASSIVE.search(window, after_cue)
        or RAN_OUT.search(window, after_cue)
        or PAST_TOLD.search(window, after_cue)
        or SAID_JUST_BEFORE.search(window, after_cue)
    )
    if cues and not told_past:
        return "next"
    if prep in FORWARD_PREPS and not possessive_at(ctx.folded, m.start(), m.end()):
        return "next" if DEADLINE_VERB.search(window) else "near"
    return default


def possessive_at(folded: str, start: int, end: int) -> bool:
    """A date at [start, end) told with a possessive ("after Thursday's attack", "by Sunday's
    attack"): the day is the noun's, and a preposition before it tells of the noun."""
    return folded.endswith("'s", start, end) or folded.startswith("'s", end)


def group(m: re.Match, name: str) -> str:
    """A named group's text, "" when the pattern lacks it or it did not match."""
    return m.group(name) or "" if name in m.re.groupindex else ""


def candidate(m: re.Match, span: Span | None, make: Make | None = None, mode: str = "past") -> Cand:
    """A candidate from a match, its core starting after the preposition."""
    prep = group(m, "prep")
    core = m.start()
    if prep:
        core = m.end("prep")
        while m.string[core].isspace():
            core += 1
    return Cand(m.start(), m.end(), core, prep, span, make, mode)


def month_number(ctx: Ctx, m: re.Match, name: str) -> int | None:
    """The month a matched word names; None for a lower-case "may" or "march"."""
    word = m.group(name).rstrip(".")
    if word in CASED_MONTHS and not ctx.text[m.start(name)].isupper():
        return None
    return MONTHS.get(word) or MONTH_ABBR.get(word)


def day_number(raw: str) -> int:
    """The day of the month in "7", "07", "7th", "1er"."""
    return int(re.match(r"\d+", raw).group(0))
