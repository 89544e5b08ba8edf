"""Commune seats and villages GeoNames lacks (`data/knowledge/villages.csv`), each with the page
its coordinates come from. They stand beside GeoNames' villages, not above them like the curated
supplement: a curated place of the same name wins, and namesakes are settled by the same rules as
for any GeoNames village. Names that are also common words or other well-known places (the Bani
river, Hamdallaye in Mopti and in Bamako) are left out of the list."""

import csv
import re
from pathlib import Path

from pipeline.places.geonames_dump import POPULATED
from pipeline.places.names import name_key
from pipeline.places.sources import CuratedTowns, Entry, Supplement, split_list

COLUMNS = (
    "name",
    "aliases",
    "admin1",
    "admin2",
    "iso3",
    "latitude",
    "longitude",
    "kind",
    "population",
    "source",
)
SEAT_RANK = POPULATED["PPLA3"]  # ranked as GeoNames ranks the seat of a commune
VILLAGE_RANK = POPULATED["PPL"]  # and a village
# "3591 (2009, town); 30519 (2009, commune)": the first figure that is not the whole commune's
_FIGURE = re.compile(r"(\d+)\s*\(([^)]*)\)|(\d+)")


def population_of(cell: str) -> int:
    """The settlement's own population in a population cell; 0 when only a commune's is given."""
    for match in _FIGURE.finditer(cell.replace(",", "").replace(" ", "")):
        number, note, bare = match.groups()
        if bare:
            return int(bare)
        if "commune" not in note:
            return int(number)
    return 0


def read_villages(
    path: Path, supplement: Supplement, towns: CuratedTowns
) -> tuple[list[Entry], list[list[str]]]:
    """The villages list's entries (those the supplement lacks) and each one's other spellings."""
    if not path.is_file():
        return [], []
    entries: list[Entry] = []
    aliases: list[list[str]] = []
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            lat, lon = float(row["latitude"]), float(row["longitude"])
            iso3, admin1, name = row["iso3"].strip(), row["admin1"].strip(), row["name"].strip()
            # only a curated town of the same name stands for the row: a neighbour within a few
            # km (Socoura beside Sévaré, Sangha beside Sobane Da) would take its name away
            if towns.named(name_key(name), iso3, admin1):
                continue
            source, admin2 = row["source"].strip(), row["admin2"].strip()
            place = supplement.town(name, admin1, iso3, (lat, lon), source, admin2)
            rank = SEAT_RANK if row["kind"].strip() == "commune seat" else VILLAGE_RANK
            entries.append(Entry(place, population_of(row["population"]), (iso3,), False, rank))
            aliases.append(split_list(row["aliases"]))
    return entries, aliases
