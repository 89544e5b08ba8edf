"""Country sections of a roundup: a heading line that names a country ("NIGER", "MALI: army
takes Anefis", "BURKINA FASO - week 12") sets the country of what follows, up to the next
heading in capitals."""

import re
from bisect import bisect_right

from pipeline.places import Gazetteer
from pipeline.records import SentenceFacts
from pipeline.textnorm import fold_key

# the heading's name: capital letters and spaces, then the line's end, a colon or a dash
HEADING = re.compile(r"^[ \t]*([A-ZÀ-Þ][A-ZÀ-Þ' -]{2,40}?)[ \t]*(?:$|:|[-–—][ \t])", re.MULTILINE)
MAX_NAME_WORDS = 4


def _heading_country(name: str, gazetteer: Gazetteer) -> str | None:
    if len(name.split()) > MAX_NAME_WORDS:
        return None
    key = fold_key(name)
    countries = {e.place.iso3 for e in gazetteer.candidates(key) if e.place.feature == "country"}
    return next(iter(countries)) if len(countries) == 1 else None


def section_countries(
    body: str, sentences: list[SentenceFacts], gazetteer: Gazetteer
) -> tuple[tuple[int, str], ...]:
    """(sentence index, ISO3) for each sentence under a heading that names a country alone; a
    heading of anything else ("OUTLOOK", "REGIONAL") ends the section."""
    heads = [
        (found.start(), _heading_country(found.group(1), gazetteer))
        for found in HEADING.finditer(body)
    ]
    if not any(iso3 for _, iso3 in heads):
        return ()
    starts = [start for start, _ in heads]
    placed = []
    for sentence in sentences:
        at = bisect_right(starts, sentence.start) - 1
        if at >= 0 and heads[at][1] is not None:
            placed.append((sentence.index, heads[at][1]))
    return tuple(placed)
