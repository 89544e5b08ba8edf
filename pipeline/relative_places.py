"""The place a relative clause is about: "Anefis, which the army captured", "Guinea, where
soldiers seized power", unless the clause names a place of its own."""

import re

from pipeline.records import PlaceMention, SentenceFacts, Trigger
from pipeline.triggers import CLAUSE_BREAK

# the words of a short date ("on Wednesday", "last week", "in March 2023")
_DAY_WORDS = (
    r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|week|month|year|\d{1,4})"
)
_PART_OF_DAY = r"(?:night|morning|evening|afternoon)"
_SHORT_DATE = (
    rf"(?:\s+(?:on|in|last|early|late)\s+(?:the\s+)?{_DAY_WORDS}"
    rf"(?:\s+(?:\d{{1,4}}|{_PART_OF_DAY}))?)?"
)

# "Anefis, 110 km to the south, which the army captured": the trigger's clause is about the
# place just before it, whatever word brought that place in ("the X cercle of the Y region,
# where gunmen attacked": X, the finer place; "the capital Ouagadougou on Wednesday, where
# protesters threw stones": a short date may stand between)
RELATIVE_TO_PLACE = re.compile(
    r"(?:\s+of\s+the\s+[^,;()]{0,40}?)?"
    + _SHORT_DATE
    + r"(?:\s*,[^,;()]{0,60}(?:\([^()]{0,30}\)[^,;()]{0,30})?)?"
    + r"\s*,\s*(?:which|where)\b[^,;]{0,110}$"
)


# "Tera itself was the scene of deadly incidents in November 2021, when young people blocked a
# convoy": the acts of the when-clause happened at the place the main clause makes their scene
SCENE_OF = re.compile(
    r"\s+(?:itself\s+)?(?:was|were|has\s+been|had\s+been|became)\s+the\s+scene\s+of\b[^;]{0,80}?"
    r",\s*when\b[^;]{0,120}$"
)


def _names_a_place(sentence: SentenceFacts, start: int) -> bool:
    """Whether the clause going on from `start` names a place of its own."""
    clause_end = CLAUSE_BREAK.search(sentence.folded, start)
    end = clause_end.start() if clause_end else len(sentence.folded)
    return any(start <= q.start < end for q in sentence.places if q.place is not None)


def _names_own_place(sentence: SentenceFacts, country: PlaceMention, trigger) -> bool:
    """Whether a clause about a country ("Burkina Faso, where an army post in Tamou was
    attacked") names a place of its own, before its act or after it."""
    after_it = [q for q in sentence.places if q.place is not None and country.end < q.start]
    return any(q.end <= trigger.start for q in after_it) or _names_a_place(sentence, trigger.end)


def clause_antecedent(sentence: SentenceFacts, trigger: Trigger) -> PlaceMention | None:
    """The town or district a relative clause holding the trigger is about ("X, which the
    army took"), or the country when the clause names no place of its own ("Guinea, where
    soldiers seized power"); a region is too wide to tell it. A place "the scene of ..., when"
    the act happened is its place, whatever its size."""
    for p in sentence.places:
        if p.place is None or p.end > trigger.start:
            continue
        if SCENE_OF.match(sentence.folded, p.end, trigger.start):
            return p
        if (
            (p.place.geo_precision <= 2 or p.place.feature == "country")
            and RELATIVE_TO_PLACE.match(sentence.folded, p.end, trigger.start)
            and (p.place.feature != "country" or not _names_own_place(sentence, p, trigger))
        ):
            return p
    return None
