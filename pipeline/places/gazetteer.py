"""The offline gazetteer: GeoNames places of West Africa plus the curated supplement."""

import csv
import gzip
import math
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.records import Place
from pipeline.textnorm import fold

KNOWLEDGE = Path(__file__).resolve().parents[2] / "data" / "knowledge"
DEFAULT_INDEX = KNOWLEDGE / "geonames_west_africa.tsv.gz"
DEFAULT_SUPPLEMENT = KNOWLEDGE / "places.csv"
TOKEN = re.compile(r"[a-z0-9]+")
# French and English words that are also names of regions or villages; such names are matched
# only through a longer alias ("Est region", "Nord region") so that prose does not trigger them.
COMMON_WORDS = frozenset(
    ["est", "nord", "sud", "ouest", "centre", "center", "cascades", "plateau", "say", "ville"]
)
# A curated town this close to a GeoNames town of the same country is the same place.
_SAME_PLACE_KM = 5.0


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: the place, its population and every country it spans."""

    place: Place
    population: int
    countries: tuple[str, ...]
    curated: bool


@dataclass(frozen=True, slots=True)
class Alias:
    """One surface form of one or more entries, pre-tokenised for scanning."""

    tokens: tuple[str, ...]
    capitals: tuple[bool, ...]  # which tokens must start with a capital letter in the text
    entries: tuple[tuple[int, str], ...]  # (entry index, kind: name|alias|alt|demonym)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km: cheap, and ample to tell one town from another."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(math.sqrt(min(1.0, a)))


def tokenize(text: str) -> list[tuple[str, int, int]]:
    """Folded word tokens of a text with their offsets (valid in the original text)."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(fold(text))]


def _alias_shape(surface: str, force_capital: bool) -> tuple[tuple[str, ...], tuple[bool, ...]]:
    words = [(m.group(), m.start()) for m in TOKEN.finditer(fold(surface))]
    tokens = tuple(w for w, _ in words)
    capitals = tuple(force_capital or surface[i].isupper() for _, i in words)
    return tokens, capitals


class Gazetteer:
    """Places by name, with fast first-token lookup for scanning sentences."""

    def __init__(
        self,
        entries: list[Entry],
        alias_rows: dict,
        iso2: dict[str, str],
        capitals: dict[str, str] | None = None,
    ):
        self.entries = entries
        self.iso2 = iso2  # ISO3 -> ISO2, for geocoders that take ISO2 codes
        self._countries = {
            e.place.iso3: e.place for e in entries if e.place.feature == "country" and e.curated
        }
        self._admin1 = {
            (e.place.iso3, fold(e.place.admin1)): e.place
            for e in entries
            if e.place.feature == "admin1"
        }
        self._regions = {
            fold(e.place.name): e.place for e in entries if e.place.feature in ("region", "country")
        }
        self.by_first: dict[str, list[Alias]] = {}
        for (tokens, shape_capitals), refs in alias_rows.items():
            alias = Alias(tokens, shape_capitals, tuple(refs))
            self.by_first.setdefault(tokens[0], []).append(alias)
        for aliases in self.by_first.values():
            aliases.sort(key=lambda a: -len(a.tokens))
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
        cls, index_path: Path | None = None, supplement_path: Path | None = None
    ) -> "Gazetteer":
        """Load the compiled GeoNames index and the curated supplement (curated rows win)."""
        index_path = index_path or DEFAULT_INDEX
        supplement_path = supplement_path or DEFAULT_SUPPLEMENT
        rows, admin1_codes, capitals = _read_supplement(supplement_path)
        curated = [entry for entry, _, _ in rows]
        countries = {e.place.iso3: e.place.name for e in curated if e.place.feature == "country"}
        geonames, iso2, alt_names = _read_index(index_path, admin1_codes, countries, curated)
        entries = curated + geonames
        alias_rows: dict[tuple, list[tuple[int, str]]] = {}

        def add(surface: str, index: int, kind: str, force_capital: bool) -> None:
            shape = _alias_shape(surface, force_capital)
            if not shape[0] or (len(shape[0]) == 1 and shape[0][0] in COMMON_WORDS):
                return
            refs = alias_rows.setdefault(shape, [])
            if all(i != index for i, _ in refs):
                refs.append((index, kind))

        for index, (entry, aliases, demonyms) in enumerate(rows):
            add(entry.place.name, index, "name", False)
            for alias in aliases:
                add(alias, index, "alias", False)
            for demonym in demonyms:
                add(demonym, index, "demonym", False)
        for index, entry in enumerate(geonames, start=len(curated)):
            add(entry.place.name, index, "name", True)
            for alias in alt_names[index - len(curated)]:
                add(alias, index, "alt", True)
        return cls(entries, alias_rows, iso2, capitals)

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

    def region(self, name: str) -> Place | None:
        """An informal region or country by its display name ("Northern Mali")."""
        return self._regions.get(fold(name))


def _split(value: str | None) -> list[str]:
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def _read_supplement(
    path: Path,
) -> tuple[list[tuple[Entry, list[str], list[str]]], dict[tuple[str, str], str], dict[str, str]]:
    entries: list[tuple[Entry, list[str], list[str]]] = []
    admin1_codes: dict[tuple[str, str], str] = {}
    capitals: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["iso3"]: r["name"] for r in rows if r["feature"] == "country"}
    for row in rows:
        countries = tuple(_split(row["iso3"]))
        # A region spanning several countries has no single ISO3: the caller picks from context.
        iso3 = countries[0] if len(countries) == 1 else ""
        place = Place(
            name=row["name"].strip(),
            admin1=row["admin1"].strip(),
            country=names.get(iso3, ""),
            iso3=iso3,
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            geo_precision=int(row["geo_precision"]),
            feature=row["feature"].strip(),
            source=row["source"].strip(),
        )
        entry = Entry(place, 0, countries, True)
        entries.append((entry, _split(row["aliases"]), _split(row.get("demonyms"))))
        if row.get("geonames_admin1"):
            admin1_codes[(countries[0], row["geonames_admin1"].strip())] = place.name
        if place.feature == "country" and (row.get("capital") or "").strip():
            capitals[iso3] = row["capital"].strip()
    return entries, admin1_codes, capitals


def _read_index(
    path: Path,
    admin1_codes: dict[tuple[str, str], str],
    countries: dict[str, str],
    curated: list[Entry],
) -> tuple[list[Entry], dict[str, str], list[list[str]]]:
    towns = [e.place for e in curated if e.place.feature == "town"]
    by_name = {(fold(p.name), p.iso3, p.admin1) for p in towns}
    entries: list[Entry] = []
    alt_names: list[list[str]] = []
    iso2: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "#country":
                iso2[fields[2]] = fields[1]
                continue
            _, name, alts, iso3, code, lat, lon, population = fields
            latitude, longitude = float(lat), float(lon)
            admin1 = admin1_codes.get((iso3, code), "")
            if (fold(name), iso3, admin1) in by_name or any(
                p.iso3 == iso3
                and abs(p.latitude - latitude) < 0.1
                and km_between(p.latitude, p.longitude, latitude, longitude) < _SAME_PLACE_KM
                for p in towns
            ):
                continue
            place = Place(
                name=name,
                admin1=admin1,
                country=countries.get(iso3, ""),
                iso3=iso3,
                latitude=latitude,
                longitude=longitude,
                geo_precision=1,
                feature="town",
                source="geonames",
            )
            entries.append(Entry(place, int(population), (iso3,), False))
            alt_names.append(alts.split("|") if alts else [])
    return entries, iso2, alt_names
