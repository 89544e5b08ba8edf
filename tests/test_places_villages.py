"""The villages list: commune seats GeoNames lacks, each with the page its coordinates come from,
found by name or spelling and ranked like any GeoNames village."""

import csv
from pathlib import Path

import pytest
from geopy.distance import geodesic

from pipeline.places import locate_article
from pipeline.places.villages import COLUMNS, population_of
from tests.places_helpers import BOXES, PLACES_CSV, mentions_of

VILLAGES_CSV = Path(__file__).resolve().parents[1] / "data" / "knowledge" / "villages.csv"
REGIONS = {  # each country's regions, as places.csv spells them (Burkina Faso's before 2025)
    "BFA": {
        "Boucle du Mouhoun",
        "Cascades",
        "Centre",
        "Centre-Est",
        "Centre-Nord",
        "Centre-Ouest",
        "Centre-Sud",
        "Est",
        "Hauts-Bassins",
        "Nord",
        "Plateau-Central",
        "Sahel",
        "Sud-Ouest",
    },
    "MLI": {
        "Bamako",
        "Gao",
        "Kayes",
        "Kidal",
        "Koulikoro",
        "Ménaka",
        "Mopti",
        "Ségou",
        "Sikasso",
        "Taoudénit",
        "Tombouctou",
    },
    "NER": {"Agadez", "Diffa", "Dosso", "Maradi", "Niamey", "Tahoua", "Tillabéri", "Zinder"},
}


def _rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_village_row_is_sourced_and_lies_in_its_country():
    rows = _rows(VILLAGES_CSV)
    assert rows and tuple(rows[0]) == COLUMNS
    for row in rows:
        south, north, west, east = BOXES[row["iso3"]]
        assert south <= float(row["latitude"]) <= north, row
        assert west <= float(row["longitude"]) <= east, row
        assert row["admin1"] in REGIONS[row["iso3"]], row
        assert row["kind"] in {"commune seat", "village", "mine", "military post"}, row
        assert "Wikipedia" in row["source"] and "°" in row["source"], row
        assert row["name"] not in row["aliases"].split("|"), row


def test_no_village_is_listed_twice_or_duplicates_a_curated_town():
    rows = _rows(VILLAGES_CSV)
    names = [
        (name.lower(), r["iso3"])
        for r in rows
        for name in [r["name"], *r["aliases"].split("|")]
        if name
    ]
    assert len(names) == len(set(names))
    curated = {(r["name"].lower(), r["iso3"]) for r in _rows(PLACES_CSV) if r["feature"] == "town"}
    assert not curated & {(r["name"].lower(), r["iso3"]) for r in rows}


@pytest.mark.parametrize(
    ("cell", "people"),
    [
        ("3884 (2006)", 3884),
        ("3591 (2009, town); 30519 (2009, commune)", 3591),
        ("19082 (2009, commune)", 0),  # a whole commune's people are not its seat's
        ("", 0),
    ],
)
def test_a_seat_counts_its_own_people_not_its_commune_s(cell, people):
    assert population_of(cell) == people


@pytest.mark.parametrize(
    ("sentence", "text", "name", "iso3", "town", "km"),
    [
        # Falagountou lies about 40 km north-east of Dori
        (
            "Gunmen attacked Falagountou, in Burkina Faso's Séno province, on Sunday.",
            "Falagountou",
            "Falagountou",
            "BFA",
            (14.0333, -0.0333),
            60,
        ),
        # a spelling the list gives ("Ouatagouna" for Ouattagouna), about 30 km from Ansongo
        (
            "Jihadists attacked the village of Ouatagouna in Mali, killing 51 people.",
            "Ouatagouna",
            "Ouattagouna",
            "MLI",
            (15.6594, 0.5017),
            80,
        ),
        # Tamou, south of Say on the road to the W park
        (
            "Soldiers were killed near Tamou in Niger on Monday.",
            "Tamou",
            "Tamou",
            "NER",
            (13.1007, 2.3689),
            60,
        ),
        # Sangha, the Dogon commune a few km from the curated Sobane Da: its own name still
        # places it (Bandiagara lies about 40 km west)
        (
            "Gunmen attacked Sangha, in Mali's Mopti region, on Sunday.",
            "Sangha",
            "Sangha",
            "MLI",
            (14.3440, -3.6100),
            50,
        ),
        # Sinder, on the river north of Tillabéri: not Zinder, 750 km east
        (
            "Fighting near Sinder, in the Tillabéri region of Niger, killed ten.",
            "Sinder",
            "Sinder",
            "NER",
            (14.2071, 1.4542),
            40,
        ),
    ],
)
def test_a_commune_seat_geonames_lacks_is_placed_at_its_seat(
    gazetteer, sentence, text, name, iso3, town, km
):
    (found,) = mentions_of([sentence], gazetteer, text)
    place = found.place
    assert (place.name, place.iso3, place.geo_precision) == (name, iso3, 1), found.rule
    assert "villages list" in found.rule
    assert geodesic((place.latitude, place.longitude), town).km < km


def test_hamlets_of_a_listed_commune_are_placed_near_its_seat(gazetteer):
    article = [
        "Soldiers shot two men in the hamlets of Lelga and Pissi.",
        "Both hamlets are in the Falagountou department of the Seno province, near the border.",
    ]
    (found,) = mentions_of(article, gazetteer, "Lelga")
    assert (found.place.name, found.place.geo_precision) == ("Falagountou", 2), found.rule
    assert "Falagountou department" in found.rule


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed six fishermen on the Bani river near Djenné in Mali on Monday.",
        "Jihadists killed 12 people in Hamdallaye, near Mopti, on Monday.",
    ],
)
def test_a_name_the_list_leaves_out_is_not_moved_to_another_country(gazetteer, sentence):
    placed = [m.place for s in locate_article([sentence], gazetteer) for m in s if m.place]
    assert {p.iso3 for p in placed} == {"MLI"}
