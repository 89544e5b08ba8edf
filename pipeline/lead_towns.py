"""The town a lead told of a country or a region takes from the sentences after it: the one a
sentence opening on a thing the lead introduced names, that of "an incident at Nouna", or the
commune its villages belong to."""

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from pipeline.knowledge import Cues
from pipeline.lead_dates import next_sentences
from pipeline.places.nesting import lies_in
from pipeline.places.words import place_cues
from pipeline.records import EventMention, Place, PlaceMention, SentenceFacts
from pipeline.town_segments import after_preposition
from pipeline.triggers import WORD, has_cue


def reference_town(
    head: EventMention,
    place: Place | None,
    sentences: Sequence[SentenceFacts],
    told: set[int],
    cues: Cues,
) -> PlaceMention | None:
    """ "... blocked a French convoy in western Niger. The convoy had spent the night in X":
    the one town a next sentence opening on a thing the lead introduced names with "in", "at"
    or "near", when it lies in the lead's place and that sentence tells no event of its own."""
    if place is None or place.geo_precision == 1:
        return None
    introduced = _introduced(sentences[head.sentence_index], cues)
    for sentence in next_sentences(head, sentences, cues):
        opening = WORD.findall(sentence.folded)[:3]
        refers = bool(opening) and opening[0] in cues.anaphoric
        # "The last French soldiers left Niger on Friday. A final contingent took off from the
        # air base in Niamey": a lead told of a whole country is placed by the sentence after
        # it; one told of a part named by a direction ("bodies were found in northwest Burkina
        # Faso") only by a town an incident is told at ("an incident at Nouna"), not where a
        # source is or people fled to
        opens_on_it = refers and introduced & set(opening[1:])
        right_after = sentence.index == head.sentence_index + 1
        incident_only = place.feature == "region" and not opens_on_it
        # the incident's town may come a sentence later ("Attacks have increased ... The
        # government was informed of an incident at Nouna"), told as one incident of no other
        # time ("the violence in Djibo", "the incidents in Bandiagara in May" are others)
        later = incident_only and _one_incident(sentence, head, cues)
        told_wide = (right_after or later) and place.feature in ("country", "region")
        if sentence.index in told or not (told_wide or opens_on_it):
            continue
        towns = [
            p
            for p in sentence.places
            if p.place is not None
            and after_preposition(sentence.folded, p.start)
            and p.place.geo_precision == 1
            and lies_in(p.place, place)
            and (
                not incident_only
                or has_cue(sentence.folded[max(0, p.start - 24) : p.start], cues.incident_nouns)
            )
        ]
        if len({p.place.name for p in towns}) == 1:
            return towns[0]
    return None


def villages_commune(
    head: EventMention, place: Place | None, sentences: Sequence[SentenceFacts], cues: Cues
) -> PlaceMention | None:
    """ "mayor of Tillia, the rural commune to which the villages belong", "the Tondikiwindi
    commune that administers both villages": the one commune the lead's sentence or the next
    ones say its villages belong to, in the lead's place and the regions the lead names: the
    event is near its seat (geo_precision 2), not across a whole region."""
    if place is None or place.geo_precision == 1:
        return None
    lead = [sentences[head.sentence_index], *next_sentences(head, sentences, cues)]
    # a region the lead names that does not hold the commune: one of the two is wrong
    regions = [p.place for s in lead for p in s.places if p.place and p.place.feature == "admin1"]
    for sentence in lead:
        communes = {
            p.place.name: p
            for p in sentence.places
            if p.place is not None
            and p.place.geo_precision == 1
            and all(lies_in(p.place, outer) for outer in [place, *regions])
            and _administers().match(sentence.folded, p.end)
        }
        if len(communes) == 1:
            (commune,) = communes.values()
            near = replace(commune.place, geo_precision=2)
            return replace(commune, place=near, rule="the commune the villages belong to")
    return None


@cache
def _administers() -> re.Pattern:
    """What follows a commune's name when a sentence says the villages belong to it: a verb of
    belonging or administering tied to them ("to which the villages belong", "that administers
    both villages"), not any clause that names them ("where the displaced from the villages")."""
    words = place_cues()
    villages = "|".join(sorted(words.region_settlement))
    unit = rf"(?:\s*,\s*the\s+(?:[a-z-]+\s+){{0,2}}?|\s+)(?:{words.unit})\s+"
    them = rf"(?:{words.lead})\s+(?:{villages})\b"
    return re.compile(
        unit + rf"(?:(?:that|which)\s+(?:{words.administering})\s+{them}"
        rf"|(?:to\s+which|where|in\s+which)\s+{them}\s+(?:{words.belonging})\b)"
    )


def _one_incident(sentence: SentenceFacts, head: EventMention, cues: Cues) -> bool:
    """Whether a sentence tells of one incident ("an incident at Nouna") at no time before the
    lead's (a statement's later day may stand in it)."""
    if not has_cue(sentence.folded, _one_of(cues.incident_nouns)) or head.date is None:
        return False
    return all(d.date_end >= head.date.date_start for d in sentence.dates)


@cache
def _one_of(nouns: tuple[str, ...]) -> tuple[str, ...]:
    """ "an incident", "a tragedy": one of the nouns in the singular, not "the violence"."""
    return tuple(f"{a} {w}" for w in nouns if not w.endswith("s") for a in ("a", "an"))


def _introduced(sentence: SentenceFacts, cues: Cues) -> set[str]:
    """Words of the things a sentence introduces ("a passenger boat"), not its actors or places."""
    named = [(a.start, a.end) for a in sentence.actors] + [
        (p.start, p.end) for p in sentence.places
    ]
    words = list(WORD.finditer(sentence.folded))
    found = set()
    for n, word in enumerate(words):
        if word.group(0) not in cues.introduced:
            continue
        for following in words[n + 1 : n + 1 + cues.introduced_window]:
            if not any(a <= following.start() < b for a, b in named):
                found.add(following.group(0))
    return found
