"""An act told of "the village" or "the town" with no place of its own happened at the one the
text named last: "The village of Farabougou has been surrounded since 6 October. That day,
the assailants kidnapped twenty villagers and cut off the roads leading to the village."""

import re
from dataclasses import replace
from functools import partial

from pipeline.contract import VIOLENT_TYPES
from pipeline.news_town import named_just_before, unplaced
from pipeline.places.marked import UNKNOWN
from pipeline.records import EventMention, Place, SentenceFacts

SETTLEMENT_RULE = "no place in the sentence: {name}, the {noun} named just before"
SETTLEMENT_FEATURES = ("town",)  # the gazetteer's feature of towns and villages alike
NOUNS = ("village", "town", "locality", "hamlet")
# singular nouns only: "the villages" may be others; "the village of X" names its own
THE_SETTLEMENT = re.compile(rf"\bthe\s+(?P<noun>{'|'.join(NOUNS)})\b(?!\s+of\b|['’]s\b)")
NEAR_NOUN = 24  # characters between a name and the noun that says what it is
# how a name is told as that kind of place: "the village of X" before it, "X, a village" after
CALLED = {
    noun: (
        re.compile(rf"\b{noun}\s+of\s+(?:the\s+)?$"),
        re.compile(rf"\s*,?\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?{noun}\b"),
    )
    for noun in NOUNS
}


def place_by_the_settlement(
    found: list[EventMention], sentences: list[SentenceFacts]
) -> list[EventMention]:
    """Each violent act whose sentence names no place but "the village" (town, locality,
    hamlet), placed at the last town or village its country's sentences named as such just
    before (not a town the convoy left, the president visited or residents spoke from)."""
    result = []
    for m in found:
        sentence = sentences[m.sentence_index]
        told = THE_SETTLEMENT.search(sentence.folded)
        # a village no gazetteer knows, named in the sentence, is the one it tells of
        unknown = any(p.rule.startswith(UNKNOWN) for p in sentence.places)
        violent = m.trigger.event_type in VIOLENT_TYPES
        if told is not None and unplaced(m) and violent and not unknown:
            noun = told["noun"]
            pick = partial(_called_so, iso3=m.place.iso3, noun=noun)
            place = named_just_before(sentences, m.sentence_index, pick)
            if place is not None:
                rule = SETTLEMENT_RULE.format(name=place.name, noun=noun)
                m = replace(m, place=place, place_rule=rule)
        result.append(m)
    return result


def _called_so(sentence: SentenceFacts, iso3: str, noun: str) -> list[Place]:
    """The towns and villages of that country the sentence tells as `noun`s."""
    before, after = CALLED[noun]
    folded = sentence.folded
    return [
        p.place
        for p in sentence.places
        if p.place is not None
        and p.place.iso3 == iso3
        and p.place.feature in SETTLEMENT_FEATURES
        and (
            before.search(folded[max(0, p.start - NEAR_NOUN) : p.start]) is not None
            or after.match(folded[p.end : p.end + NEAR_NOUN]) is not None
        )
    ]
