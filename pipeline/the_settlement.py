"""An act told of "the village" or "the town" with no place of its own happened at the one the
text named last: "The village of Farabougou has been surrounded since 6 October. That day,
the assailants kidnapped twenty villagers and cut off the roads leading to the village."""

import re
from dataclasses import replace
from functools import cache

from pipeline.contract import VIOLENT_TYPES
from pipeline.news_town import unplaced
from pipeline.places.marked import UNKNOWN
from pipeline.records import EventMention, Place, SentenceFacts

BACK = 3  # sentences back in which the settlement referred to may have been named
SETTLEMENT_RULE = "no place in the sentence: {name}, the {noun} named just before"
SETTLEMENT_FEATURES = ("town",)  # the gazetteer's feature of towns and villages alike


@cache
def _the_settlement() -> re.Pattern:
    # singular nouns only: "the villages" may be others; "the village of X" names its own
    return re.compile(r"\bthe\s+(?P<noun>village|town|locality|hamlet)\b(?!\s+of\b|['’]s\b)")


def place_by_the_settlement(
    found: list[EventMention], sentences: list[SentenceFacts]
) -> list[EventMention]:
    """Each violent act whose sentence names no place but "the village" (town, locality,
    hamlet), placed at the last town or village its country's sentences named just before."""
    result = []
    for m in found:
        sentence = sentences[m.sentence_index]
        told = _the_settlement().search(sentence.folded)
        # a village no gazetteer knows, named in the sentence, is the one it tells of
        unknown = any(p.rule.startswith(UNKNOWN) for p in sentence.places)
        violent = m.trigger.event_type in VIOLENT_TYPES
        if told is not None and unplaced(m) and violent and not unknown:
            place = _named_last(sentences, m.sentence_index, m.place.iso3, told["noun"])
            if place is not None:
                rule = SETTLEMENT_RULE.format(name=place.name, noun=told["noun"])
                m = replace(m, place=place, place_rule=rule)
        result.append(m)
    return result


def _named_last(sentences: list[SentenceFacts], index: int, iso3: str, noun: str) -> Place | None:
    """The last town or village of that country named as such (by the same noun: "the village
    of X", "X, a village") in the sentences just before, of the same paragraph or the one
    before; not a town the convoy left, the president visited or residents spoke from."""
    for sentence in reversed(sentences[max(0, index - BACK) : index]):
        if sentences[index].paragraph - sentence.paragraph > 1:
            return None
        named = [
            p.place
            for p in sentence.places
            if p.place is not None
            and p.place.iso3 == iso3
            and p.place.feature in SETTLEMENT_FEATURES
            and _called(sentence.folded, p.start, p.end, noun)
        ]
        if named:
            return named[-1]
    return None


NEAR_NOUN = 24  # characters between a name and the noun that says what it is


def _called(folded: str, start: int, end: int, noun: str) -> bool:
    """Whether the name at [start, end) is told as that kind of place: "the village of X",
    "X, a village", "X village"."""
    before = folded[max(0, start - NEAR_NOUN) : start]
    after = folded[end : end + NEAR_NOUN]
    return bool(
        re.search(rf"\b{noun}\s+of\s+(?:the\s+)?$", before)
        or re.match(rf"\s*,?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{noun}\b", after)
    )
