"""Clashes whose sides are not named, told beside a crowd of demonstrators ("Clashes broke out
at Tera on Saturday. The convoy ... was blocked by very violent protesters"): the crowd's riot,
ACLED's violent demonstration, not a battle between armed groups."""

from dataclasses import replace

from pipeline.coding import CLASH, DEMONSTRATION, VIOLENT_DEMONSTRATION
from pipeline.coding_rules import CodingRules
from pipeline.records import EventMention

NEXT_SENTENCES = 1  # after the clash's own, in which its crowd may be told
Lemmas = dict[int, tuple[list[str], list[str]]]


def crowd_clashes(
    mentions: list[EventMention], lemmas: Lemmas, rules: CodingRules
) -> list[EventMention]:
    """The mentions, a clash of no named side told with demonstrators made their riot.
    `lemmas`: each parsed sentence's lemmas (and its crowd's, `crowd_acts.crowd_lemmas`)."""
    riot = {"category": DEMONSTRATION, **VIOLENT_DEMONSTRATION}
    return [
        replace(m, trigger=replace(m.trigger, **riot)) if _crowd_clash(m, lemmas, rules) else m
        for m in mentions
    ]


def _crowd_clash(m: EventMention, lemmas: Lemmas, rules: CodingRules) -> bool:
    if m.trigger.category != CLASH or m.actors:
        return False
    own = set(lemmas.get(m.sentence_index, ([], []))[0])
    if rules.armed_groups & own:
        return False  # "clashes with jihadists": an armed group is a side
    told = range(m.sentence_index, m.sentence_index + 1 + NEXT_SENTENCES)
    return any(rules.demonstrators & set(lemmas.get(k, ([], []))[0]) for k in told)
