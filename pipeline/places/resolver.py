"""One interface for every source of coordinates: the embedded index, imported dumps, Nominatim.

In geopy's style: each source is a small class with `resolve(name, countries)`, returning a
`Place` or None (no such place), and raising only the exceptions below.
"""

from collections.abc import Sequence
from typing import Protocol

from pipeline.records import Place


class ResolverError(Exception):
    """Base of every error a resolver raises: the caller falls back to another source."""


class ResolverUnavailable(ResolverError):
    """The source cannot answer now (offline, refused, timed out, over its deadline, HTTP 5xx):
    worth one retry later in the run, never cached."""


class ResolverBadAnswer(ResolverError):
    """The source answered something unusable (not JSON, too large, coordinates out of range
    or implausible): not retried, never cached."""


class Resolver(Protocol):
    """A source of places by name, within a list of countries (ISO2 codes)."""

    source: str  # what Place.source says for its answers

    def resolve(self, name: str, countries: Sequence[str]) -> Place | None:
        """The best place of that name in those countries, or None when there is none."""


class GazetteerResolver:
    """The offline gazetteer (embedded index, curated supplement and imported dumps) as a
    resolver: the highest-ranked, most populous place of that name in the countries."""

    def __init__(self, gazetteer, source: str = "gazetteer"):
        self._gazetteer = gazetteer
        self.source = source

    def resolve(self, name: str, countries: Sequence[str]) -> Place | None:
        """The best-ranked candidate of that name, or None."""
        wanted = {c.upper() for c in countries if c}
        iso3 = {three for three, two in self._gazetteer.iso2.items() if two in wanted}
        cands = [
            e
            for e in self._gazetteer.candidates(name)
            if e.place.feature == "town" and (not iso3 or e.place.iso3 in iso3)
        ]
        if not cands:
            return None
        return max(cands, key=lambda e: (e.curated, e.rank, e.population)).place
