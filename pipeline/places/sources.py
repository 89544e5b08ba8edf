"""The gazetteer's three sources as entries: the curated supplement, the embedded GeoNames index
and the country dumps a user imported (which replace the embedded rows they share)."""

import csv
import gzip
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from pipeline.places.distance import km_between
from pipeline.places.names import district_name, name_key
from pipeline.records import Place
from pipeline.textnorm import fold

# A curated town this close to a GeoNames town of the same country is the same place.
SAME_PLACE_KM = 5.0
_GRID = 0.1  # degrees: cells of the grid that finds curated towns near a GeoNames place
ALL_ALTERNATES_RANK = 3  # seats of administration keep every alternate name
ALL_ALTERNATES_POPULATION = 5000
# what each kind of imported row becomes: feature and geo_precision
_KINDS = {
    "town": ("town", 1),
    "locality": ("town", 1),
    "admin1": ("admin1", 2),
    "admin2": ("admin2", 2),
    "admin3": ("admin3", 2),
}


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer entry: the place, its population and every country it spans."""

    place: Place
    population: int
    countries: tuple[str, ...]
    curated: bool
    rank: int = 0  # GeoNames feature rank: a regional capital 5, a village 2, a camp 0


@dataclass(frozen=True)
class Supplement:
    """The curated places, with what the GeoNames sources need to know of them."""

    rows: list[tuple[Entry, list[str], list[str]]]  # entry, aliases, demonyms
    admin1_codes: dict[tuple[str, str], str]  # (ISO3, GeoNames admin1 code) -> region name
    capitals: dict[str, str]  # ISO3 -> capital's name
    countries: dict[str, str]  # ISO3 -> country name

    def entries(self) -> list[Entry]:
        """The curated entries, in file order."""
        return [entry for entry, _, _ in self.rows]

    def town(
        self,
        name: str,
        admin1: str,
        iso3: str,
        point: tuple[float, float],
        source: str,
        admin2: str = "",
    ) -> Place:
        """A town of a country the supplement names (geo_precision 1)."""
        return Place(
            name=name,
            admin1=admin1,
            country=self.countries.get(iso3, ""),
            iso3=iso3,
            latitude=point[0],
            longitude=point[1],
            geo_precision=1,
            feature="town",
            source=source,
            admin2=admin2,
        )


def split_list(value: str | None) -> list[str]:
    """The parts of a `|`-separated cell."""
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def read_supplement(path: Path) -> Supplement:
    """Read places.csv: countries, regions, districts and towns GeoNames lacks."""
    entries: list[tuple[Entry, list[str], list[str]]] = []
    admin1_codes: dict[tuple[str, str], str] = {}
    capitals: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = {r["iso3"]: r["name"] for r in rows if r["feature"] == "country"}
    for row in rows:
        countries = tuple(split_list(row["iso3"]))
        # A region spanning several countries has no single ISO3: the caller picks from context.
        iso3 = countries[0] if len(countries) == 1 else ""
        feature = row["feature"].strip()
        place = Place(
            name=row["name"].strip(),
            admin1=row["admin1"].strip(),
            country=names.get(iso3, ""),
            iso3=iso3,
            latitude=float(row["latitude"]),
            longitude=float(row["longitude"]),
            geo_precision=int(row["geo_precision"]),
            feature=feature,
            source=row["source"].strip(),
            admin2=district_name(row["name"]) if feature == "admin2" else "",
        )
        entry = Entry(place, 0, countries, True)
        entries.append((entry, split_list(row["aliases"]), split_list(row.get("demonyms"))))
        if row.get("geonames_admin1"):
            admin1_codes[(countries[0], row["geonames_admin1"].strip())] = place.name
        if place.feature == "country" and (row.get("capital") or "").strip():
            capitals[iso3] = row["capital"].strip()
    return Supplement(entries, admin1_codes, capitals, names)


class CuratedTowns:
    """Finds the curated town a GeoNames place duplicates (same name, or within 5 km)."""

    def __init__(self, curated: list[Entry]):
        towns = [e.place for e in curated if e.place.feature == "town"]
        self._names = {(name_key(p.name), p.iso3, p.admin1) for p in towns}
        self._grid: dict[tuple[int, int], list[Place]] = {}
        for p in towns:
            self._grid.setdefault(_cell(p.latitude, p.longitude), []).append(p)
        # cells with a curated town in them or next to them: elsewhere no distance is computed
        self._near = {
            (r + dr, c + dc) for r, c in self._grid for dr in (-1, 0, 1) for dc in (-1, 0, 1)
        }

    def named(self, key: str, iso3: str, admin1: str) -> bool:
        """Whether the supplement holds a town of this name (`key`: its name_key) in that region."""
        return (key, iso3, admin1) in self._names

    def duplicates(self, key: str, iso3: str, admin1: str, lat: float, lon: float) -> bool:
        """Whether the supplement already holds this place (`key`: the name_key of its name)."""
        if self.named(key, iso3, admin1):
            return True
        row, col = _cell(lat, lon)
        if (row, col) not in self._near:
            return False
        return any(
            p.iso3 == iso3 and km_between(p.latitude, p.longitude, lat, lon) < SAME_PLACE_KM
            for dr in (-1, 0, 1)
            for dc in (-1, 0, 1)
            for p in self._grid.get((row + dr, col + dc), ())
        )


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return int(lat // _GRID), int(lon // _GRID)


def read_embedded(
    path: Path, supplement: Supplement, towns: CuratedTowns, replaced: set[int]
) -> tuple[list[Entry], dict[str, str], list[list[str]]]:
    """The embedded GeoNames index: entries, ISO3 -> ISO2, and each entry's alternate names.

    Rows whose geonameid an imported dump holds (`replaced`) are left to the dump."""
    entries: list[Entry] = []
    alt_names: list[list[str]] = []
    iso2: dict[str, str] = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            fields = line.rstrip("\n").split("\t")
            if fields[0] == "#country":
                iso2[fields[2]] = fields[1]
                continue
            geonameid, name, alts, iso3, code, lat, lon, population = fields
            if int(geonameid) in replaced:
                continue
            latitude, longitude = float(lat), float(lon)
            admin1 = supplement.admin1_codes.get((iso3, code), "")
            if towns.duplicates(name_key(name), iso3, admin1, latitude, longitude):
                continue
            place = supplement.town(name, admin1, iso3, (latitude, longitude), "geonames")
            entries.append(Entry(place, int(population), (iso3,), False, 2))
            alt_names.append(alts.split("|") if alts else [])
    return entries, iso2, alt_names


class Entries(Sequence):
    """The gazetteer's entries, imported villages kept raw until first asked for: a 40,000-place
    index loads in well under a second, and a build only builds the villages its articles name."""

    def __init__(self, items: list, countries: dict[str, str]):
        self._items = items  # Entry, or a raw tuple (see imported_entries)
        self._countries = countries

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index):
        item = self._items[index]
        if type(item) is tuple:
            name, admin1, iso3, lat, lon, admin2, population, rank = item
            place = Place(
                name,
                admin1,
                self._countries.get(iso3, ""),
                iso3,
                float(lat),
                float(lon),
                1,
                "town",
                "geonames",
                admin2,
            )
            item = self._items[index] = Entry(place, int(population), (iso3,), False, int(rank))
        return item

    def built(self) -> list[Entry]:
        """The entries already built: every curated, embedded and administrative one."""
        return [item for item in self._items if type(item) is not tuple]


def imported_entries(
    fields: Iterable[list[str]],
    supplement: Supplement,
    towns: CuratedTowns,
    iso3_of: dict[str, str],
) -> tuple[list, list[list[str]]]:
    """Entries of the imported dumps, villages raw, and the name keys of each; regions and
    districts the supplement has are left out."""
    curated_units = {
        (e.place.iso3, e.place.feature, fold(district_name(e.place.name)))
        for e in supplement.entries()
        if e.place.feature in ("admin1", "admin2")
    }
    entries: list = []
    keys: list[list[str]] = []
    for f in fields:
        # geonameid name alternates kind rank a1code a1name a2name lat lon population keys iso2
        iso3 = iso3_of.get(f[12])
        if iso3 is None:
            continue
        feature, precision = _KINDS.get(f[3], ("town", 1))
        admin1 = supplement.admin1_codes.get((iso3, f[5])) or f[6]
        names = f[11].split("|")
        if feature == "town":
            lat, lon = float(f[8]), float(f[9])
            if towns.duplicates(names[0], iso3, admin1, lat, lon):
                continue
            entries.append((f[1], admin1, iso3, lat, lon, f[7], f[10], f[4]))
            keys.append(_alternates(names, int(f[4]), int(f[10])))
            continue
        own = admin1 if feature == "admin1" else f[7]
        if feature in ("admin1", "admin2") and (iso3, feature, fold(own)) in curated_units:
            continue
        place = Place(
            name=f[1],
            admin1=admin1,
            country=supplement.countries.get(iso3, ""),
            iso3=iso3,
            latitude=float(f[8]),
            longitude=float(f[9]),
            geo_precision=precision,
            feature=feature,
            source="geonames",
            admin2=f[7] if feature != "admin1" else "",
        )
        entries.append(Entry(place, int(f[10]), (iso3,), False, int(f[4])))
        keys.append(names)
    return entries, keys


def _alternates(keys: list[str], rank: int, population: int) -> list[str]:
    """A village's alternate names in GeoNames include its neighbours' and its people's names
    ("Mossi"): only towns and seats keep them all, a village keeps its spelling variants."""
    if rank >= ALL_ALTERNATES_RANK or population >= ALL_ALTERNATES_POPULATION:
        return keys
    stem = keys[0][:2]
    return [keys[0], *(k for k in keys[1:] if k[:2] == stem)]


def read_embedded_countries(path: Path) -> dict[str, str]:
    """ISO2 -> English name of the countries the embedded index covers (its `#country` lines)."""
    countries = {}
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#country"):
                break
            _, iso2, _, name = line.rstrip("\n").split("\t")
            countries[iso2] = name
    return countries
