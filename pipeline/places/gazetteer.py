"""The offline gazetteer: GeoNames places of West Africa, the curated supplement, the sourced
villages list and the country dumps a user imported (`python -m pipeline gazetteer import`)."""

import gc
from pathlib import Path
from typing import NamedTuple

from pipeline.places.distance import km_between
from pipeline.places.installed import default_dir, read_fields
from pipeline.places.names import TOKEN, district_name
from pipeline.places.sources import (
    CuratedTowns,
    Entries,
    Entry,
    imported_entries,
    read_embedded,
    read_supplement,
)
from pipeline.places.spelling import NEAR_KEY_MIN, one_letter_apart, sound_key
from pipeline.places.villages import read_villages
from pipeline.records import Place
from pipeline.textnorm import fold

__all__ = ["Alias", "Entry", "Gazetteer", "km_between", "tokenize"]

KNOWLEDGE = Path(__file__).resolve().parents[2] / "data" / "knowledge"
DEFAULT_INDEX = KNOWLEDGE / "geonames_west_africa.tsv.gz"
DEFAULT_SUPPLEMENT = KNOWLEDGE / "places.csv"
DEFAULT_VILLAGES = KNOWLEDGE / "villages.csv"
# French and English words that are also names of regions or villages; such names are matched
# only through a longer alias ("Est region", "Nord region") so that prose does not trigger them.
COMMON_WORDS = frozenset(
    ["est", "nord", "sud", "ouest", "centre", "center", "cascades", "plateau", "say", "ville"]
)


class Alias(NamedTuple):
    """One surface form of one or more entries, pre-tokenised for scanning."""

    tokens: tuple[str, ...]
    capitals: tuple[bool, ...]  # which tokens must start with a capital letter in the text
    entries: tuple[tuple[int, str], ...]  # (entry index, kind: name|alias|alt|demonym)


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Folded word tokens of a text with their offsets (valid in the original text)."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(fold(text))]


def _alias_shape(surface: str, force_capital: bool) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    words = [(m.group(), m.start()) for m in TOKEN.finditer(fold(surface))]
    tokens = tuple(w for w, _ in words)
    # a GeoNames name needs a capital on every word in the text, unless it writes a particle
    # small ("Nioro du Sahel", "Ti-n-Essako"): then its first word and its capitals
    small = any(surface[i].islower() for _, i in words)
    forced = force_capital and (surface.islower() or not small)
    capitals = tuple(
        surface[i].isupper() or (force_capital and k == 0) or forced
        for k, (_, i) in enumerate(words)
    )
    return tokens, capitals


_ALL_CAPITALS = [(True,) * n for n in range(8)]


def _all_capitals(n: int) -> tuple[bool, ...]:
    return _ALL_CAPITALS[n] if n < len(_ALL_CAPITALS) else (True,) * n


class Gazetteer:
    """Places by name, with fast first-token lookup for scanning sentences."""

    def __init__(
        self,
        entries: Entries | list[Entry],
        alias_rows: dict,
        iso2: dict[str, str],
        capitals: dict[str, str] | None = None,
    ):
        self.entries = entries
        # the entries a place name may need before any sentence: never the raw imported villages
        built = entries.built() if isinstance(entries, Entries) else entries
        self.iso2 = iso2  # ISO3 -> ISO2, for geocoders that take ISO2 codes
        self._countries = {
            e.place.iso3: e.place for e in built if e.place.feature == "country" and e.curated
        }
        self._admin1 = {
            (e.place.iso3, fold(e.place.admin1)): e.place
            for e in built
            if e.place.feature == "admin1"
        }
        self._districts: dict[tuple[str, str], Place] = {}
        for e in built:  # curated rows come first and win
            if e.place.feature == "admin2":
                key = (e.place.iso3, fold(district_name(e.place.admin2 or e.place.name)))
                self._districts.setdefault(key, e.place)
        self._regions = {
            fold(e.place.name): e.place for e in built if e.place.feature in ("region", "country")
        }
        self.by_first: dict[str, list[Alias]] = {}
        for (tokens, shape_capitals), refs in alias_rows.items():
            alias = Alias(tokens, shape_capitals, tuple(refs))
            self.by_first.setdefault(tokens[0], []).append(alias)
        for aliases in self.by_first.values():
            aliases.sort(key=lambda a: -len(a.tokens))
        self._sounds: dict[str, set[int]] | None = None  # built on the first misspelled name
        self._near: dict[tuple[str, int], list[str]] | None = None
        self._capitals = {iso3: self._town(iso3, name) for iso3, name in (capitals or {}).items()}
        self._capital_places = frozenset(self._capitals.values())

    def _town(self, iso3: str, name: str) -> Place:
        """The town of a country by name (curated first, then the most populous)."""
        tokens = tuple(t for t, _, _ in tokenize(name))
        towns = [
            self.entries[index]
            for alias in self.by_first.get(tokens[0] if tokens else "", ())
            if alias.tokens == tokens
            for index, _ in alias.entries
            if self.entries[index].place.feature == "town"
            and self.entries[index].place.iso3 == iso3
        ]
        if not towns:
            raise ValueError(f"capital {name!r} of {iso3} is not a town of the gazetteer")
        return max(towns, key=lambda e: (e.curated, e.population)).place

    @classmethod
    def load(
        cls,
        index_path: Path | None = None,
        supplement_path: Path | None = None,
        installed_dir: Path | None = None,
    ) -> "Gazetteer":
        """Load the curated supplement, the embedded GeoNames index and the imported dumps
        (curated rows win; an imported row replaces the embedded row of the same place)."""
        # Loading makes a few hundred thousand small objects and no cycle: the collector's
        # passes over them would be half the load time.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return cls._load(index_path, supplement_path, installed_dir)
        finally:
            if collecting:
                gc.enable()

    @classmethod
    def _load(
        cls, index_path: Path | None, supplement_path: Path | None, installed_dir: Path | None
    ) -> "Gazetteer":
        supplement = read_supplement(supplement_path or DEFAULT_SUPPLEMENT)
        curated = supplement.entries()
        towns = CuratedTowns(curated)
        fields = list(read_fields(installed_dir or default_dir()))
        embedded, iso2, embedded_alts = read_embedded(
            index_path or DEFAULT_INDEX, supplement, towns, {int(f[0]) for f in fields}
        )
        villages, village_alts = read_villages(DEFAULT_VILLAGES, supplement, towns)
        imported, imported_keys = imported_entries(
            fields, supplement, towns, {two: three for three, two in iso2.items()}
        )
        entries = Entries(curated + embedded + villages + imported, supplement.countries)
        alias_rows: dict[tuple, list[tuple[int, str]]] = {}

        def add(shape: tuple, index: int, kind: str) -> None:
            if not shape[0] or (len(shape[0]) == 1 and shape[0][0] in COMMON_WORDS):
                return
            refs = alias_rows.setdefault(shape, [])
            # an entry's surfaces are added one after another: a repeat can only be the last
            if not refs or refs[-1][0] != index:
                refs.append((index, kind))

        for index, (entry, aliases, demonyms) in enumerate(supplement.rows):
            add(_alias_shape(entry.place.name, False), index, "name")
            for alias in aliases:
                add(_alias_shape(alias, False), index, "alias")
            for demonym in demonyms:
                add(_alias_shape(demonym, False), index, "demonym")
        # GeoNames' alternate names, and the villages list's spellings (aliases, as curated)
        others = [(alts, "alt") for alts in embedded_alts] + [(s, "alias") for s in village_alts]
        for index, (names, kind) in enumerate(others, start=len(curated)):
            add(_alias_shape(entries[index].place.name, True), index, "name")
            for name in names:
                add(_alias_shape(name, True), index, kind)
        start = len(curated) + len(others)
        for index, keys in enumerate(imported_keys, start=start):
            for k, key in enumerate(keys):
                tokens = tuple(key.split())
                add((tokens, _all_capitals(len(tokens))), index, "alt" if k else "name")
        return cls(entries, alias_rows, iso2, supplement.capitals)

    def nationals(self) -> frozenset[str]:
        """The plural nouns a country's people are told by ("malians", "nigeriens"), in lower
        case: not "nigerien", which as an adjective tells whose a city or a force is, nor French
        forms in -ais or -ois, singular adjectives too ("un soldat sénégalais")."""
        return frozenset(
            word
            for aliases in self.by_first.values()
            for alias in aliases
            if any(kind == "demonym" for _, kind in alias.entries)
            for word in [" ".join(alias.tokens).lower()]
            if word.endswith("s") and not word.endswith(("ais", "ois"))
        )

    def _sound_index(self) -> dict[str, set[int]]:
        """The entries by the sound key of each of their names, built on first use."""
        if self._sounds is None:
            sounds: dict[str, set[int]] = {}
            for aliases in self.by_first.values():
                for alias in aliases:
                    found = sounds.setdefault(sound_key(" ".join(alias.tokens)), set())
                    found.update(index for index, _ in alias.entries)
            self._sounds = sounds
        return self._sounds

    def sounding_like(self, name: str) -> list[Place]:
        """The places whose name or alias sounds like this one (`spelling.sound_key`), else, for
        a long name, those that sound like it but for one letter ("Baibangou": Banibangou)."""
        key = sound_key(name)
        sounds = self._sound_index()
        found = sounds.get(key, set()) if key else set()
        if not found and len(key) >= NEAR_KEY_MIN:
            if self._near is None:  # the keys by first letter and length: a name is tried on few
                near: dict[tuple[str, int], list[str]] = {}
                for other in sounds:
                    near.setdefault((other[:1], len(other)), []).append(other)
                self._near = near
            found = {
                index
                for size in (len(key) - 1, len(key), len(key) + 1)
                for other in self._near.get((key[:1], size), ())
                if one_letter_apart(key, other)
                for index in sounds[other]
            }
        return [self.entries[index].place for index in sorted(found)]

    def candidates(self, name: str) -> list[Entry]:
        """Every entry known by exactly this name or alias (any case)."""
        tokens = tuple(t for t, _, _ in tokenize(name))
        return [
            self.entries[index]
            for alias in self.by_first.get(tokens[0] if tokens else "", ())
            if alias.tokens == tokens
            for index, _ in alias.entries
        ]

    def country(self, iso3: str) -> Place:
        """The country's reference point, geo_precision 3, feature "country"."""
        return self._countries[iso3]

    def has_country(self, iso3: str) -> bool:
        """Whether the supplement has a row for this country."""
        return iso3 in self._countries

    def capital(self, iso3: str) -> Place | None:
        """The capital city of a country (a town, geo_precision 1), if the supplement names it."""
        return self._capitals.get(iso3)

    def is_capital(self, place: Place) -> bool:
        """Whether this place is the capital city of one of the supplement's countries."""
        return place in self._capital_places

    def admin1(self, iso3: str, name: str) -> Place | None:
        """The admin1 region of a country by name, if the supplement lists it."""
        return self._admin1.get((iso3, fold(name)))

    def district(self, iso3: str, name: str) -> Place | None:
        """The admin2 district (province, cercle, department) of a country by name."""
        return self._districts.get((iso3, fold(district_name(name))))

    def region(self, name: str) -> Place | None:
        """An informal region or country by its display name ("Northern Mali")."""
        return self._regions.get(fold(name))
