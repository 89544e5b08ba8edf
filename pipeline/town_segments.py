"""The towns an act was done at: "at A and B" is one event per town."""

import itertools
import re
from dataclasses import replace

from pipeline.fatalities import words_value
from pipeline.records import EventMention, SentenceFacts, Trigger
from pipeline.textnorm import fold

# "at Djibo", "in the village of Dioura", "on the outskirts of" (not "in the direction of")
TOWN_PREPOSITION = re.compile(
    r"\b(?:in|at|near|outside|around)\s+(?:the\s+(?:village|town|city|locality|hamlet|commune"
    r"|area|region|province|department|district|cercle|circle|municipality|outskirts|vicinity"
    r"|suburbs?|centre|center|heart|north|south|east|west)\s+(?:of\s+)?)?$"
)
PREPOSITION_REACH = 30  # characters before a town read for its preposition: "in the village of "
LISTED = re.compile(r"\s+and\s+|,\s+(?:and\s+)?")  # what stands between towns of one list
# "killing six in Djibo, two in Arbinda and three in Tongomayel": a toll shared out by town
SHARED_OUT = re.compile(r"(?:,\s+(?:and\s+)?|\s+and\s+)(?P<count>[\w-]+)\s+(?:in|at)\s+")


COUNT_WORDS = re.compile(r"[\w-]+|,")
COUNT_REACH = 4  # words from a town's count to "in <town>" ("21 people were killed in Tera")


def after_preposition(text: str, start: int) -> bool:
    """Whether the place starting at `start` follows "in", "at" or "near", perhaps with the kind
    of place between ("at Djibo", "in the village of Dioura")."""
    return TOWN_PREPOSITION.search(text[max(0, start - PREPOSITION_REACH) : start]) is not None


def _shared_out(between: str) -> bool:
    """ ", two in ", " and 179 in ": a count and the next town of a toll shared out ("also in"
    is no count)."""
    found = SHARED_OUT.fullmatch(between)
    return found is not None and _count(found["count"]) is not None


def _count(word: str) -> int | None:
    """The number a word writes ("179", "two"), if any."""
    return int(word) if word.isdigit() else words_value(word)


def town_segments(
    sentence: SentenceFacts, trigger: Trigger, right_end: int
) -> list[tuple[int, int]]:
    """One segment per town in "at A and at B": the same act in two places is two events."""
    towns = []
    for p in sentence.places:
        if not (
            p.place is not None
            and p.place.geo_precision == 1
            and trigger.end <= p.start
            and p.end <= right_end
        ):
            continue
        # "at A and B": the town joined to one after a preposition shares it
        between = sentence.folded[towns[-1].end : p.start] if towns else ""
        joined = bool(towns) and (LISTED.fullmatch(between) or _shared_out(between))
        if joined or after_preposition(sentence.folded, p.start):
            towns.append(p)
    joins = [sentence.folded[a.end : b.start] for a, b in itertools.pairwise(towns)]
    # "in Kati, Koulikoro": a town and its region; a list of towns closes with "and"
    closed = any(" and " in j for j in joins)
    cuts = towns[:1]
    for (prev, nxt), between in zip(itertools.pairwise(towns), joins, strict=True):
        listed = (
            " and " in between or (closed and LISTED.fullmatch(between)) or _shared_out(between)
        )
        if listed and nxt.place.name != prev.place.name:
            cuts.append(nxt)
    if len(cuts) < 2:
        return [(0, right_end)]
    bounds = [0] + [t.end for t in cuts[:-1]] + [right_end]
    return list(itertools.pairwise(bounds))


def shared_sides(made: list[EventMention]) -> list[EventMention]:
    """The mentions of one act split by town, each with the sides the first names: "attacked
    soldiers in Djibo and Arbinda" hit the soldiers at Arbinda too."""
    if len(made) < 2:
        return made
    first = made[0]
    sides = [replace(m, actors=tuple(dict.fromkeys([*first.actors, *m.actors]))) for m in made[1:]]
    return [first, *sides]


def _count_before(folded: str, place_text: str, not_dead: frozenset[str]):
    """The count told just before "in <town>" ("two in Arbinda", "21 people were killed in
    Tera") and those words, if any: none past a comma or an "and" (another town's count), nor
    one of things or of the hurt ("three villages in Tera", "30 wounded in Tera")."""
    found = re.search(rf"\b(?:in|at)\s+{re.escape(fold(place_text))}\b", folded)
    if found is None:
        return None
    words = COUNT_WORDS.findall(folded, 0, found.start())[-COUNT_REACH:]
    for k in range(len(words) - 1, -1, -1):
        if words[k] in (",", "and") or words[k] in not_dead:
            return None
        count = _count(words[k])
        if count is not None:
            hurt = k > 0 and words[k - 1] in not_dead  # "wounded 30 in Tera"
            return None if hurt else (count, " ".join([*words[k:], found[0]]))
    return None


def shared_out_tolls(
    found: list[EventMention], sentences: list[SentenceFacts], not_dead: frozenset[str]
) -> list[EventMention]:
    """ "killing six in Djibo, two in Arbinda and three in Kaya": each town's act takes the count
    told before its name, when acts of one sentence at two towns or more each have one and the
    parse read one of them as the dead ("arrested 12 in Djibo and 5 in Kaya" are no dead);
    `not_dead`: words next to which a count is none of the dead ("30 wounded in Tera")."""
    by_sentence: dict[int, list[int]] = {}
    for n, m in enumerate(found):
        if m.place_text:
            by_sentence.setdefault(m.sentence_index, []).append(n)
    result = list(found)
    for index, placed in by_sentence.items():
        # most sentences tell no act at two towns: nothing to read
        if len({found[n].place_text for n in placed}) < 2:
            continue
        folded = sentences[index].folded
        counts = {
            n: c for n in placed if (c := _count_before(folded, found[n].place_text, not_dead))
        }
        towns = {found[n].place_text for n in counts}
        if len(towns) < 2 or not any(found[n].fatalities for n in counts):
            continue
        for n, (count, words) in counts.items():
            result[n] = replace(found[n], fatalities=count, fatalities_text=words)
    return result
