"""Namesakes told apart by the district, the region and the places around them."""

import csv
import json
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.places import Gazetteer, locate_article, unresolved_names
from tests.geonames_dumps import write_dump

# Three villages called Wendou, far apart: in Sanmatenga (Centre-Nord), near Djibo (Soum) and in
# Oudalan; two called Tiribo in Soum, 30 km apart; a seat of department and two hamlets called
# Koulpelga, 12 km apart.
NAMESAKES = [
    (9300001, "Wendou", "P", "PPL", "05", "70", 13.20, -1.05, 600),
    (9300002, "Wendou", "P", "PPL", "12", "40", 14.15, -1.60, 350),
    (9300003, "Wendou", "P", "PPL", "12", "33", 14.60, -0.25, 500),
    (9300011, "Tiribo", "P", "PPL", "12", "40", 13.90, -1.50, 0),
    (9300012, "Tiribo", "P", "PPL", "12", "40", 14.15, -1.40, 0),
    (9300021, "Koulpelga", "P", "PPLA3", "05", "70", 13.40, -1.20, 0),
    (9300022, "Koulpelga", "P", "PPL", "05", "70", 13.50, -1.20, 0),
    (9300023, "Koulpelga", "P", "PPL", "05", "70", 13.45, -1.28, 0),
]


@pytest.fixture(scope="module")
def index(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("dump")
    assert (
        main(
            [
                "gazetteer",
                "--dir",
                str(folder / "index"),
                "import",
                str(write_dump(folder, NAMESAKES)),
            ]
        )
        == 0
    )
    return folder / "index"


@pytest.fixture(scope="module")
def imported(index) -> Gazetteer:
    return Gazetteer.load(installed_dir=index)


def place_of(text: str, gazetteer: Gazetteer, name: str):
    mention = next(m for s in locate_article([text], gazetteer) for m in s if m.text == name)
    return mention.place, mention.rule


@pytest.mark.parametrize(
    ("text", "district"),
    [
        ("Gunmen killed two farmers in Wendou (Kaya, Sanmatenga) on Monday.", "Sanmatenga"),
        ("Gunmen killed two farmers in Wendou (Sanmatenga) on Monday.", "Sanmatenga"),
        ("Gunmen killed two farmers in Wendou, in the Soum province, on Monday.", "Soum"),
        ("Gunmen killed two farmers in Wendou, near Djibo, on Monday.", "Soum"),
        ("Gunmen killed two farmers in Wendou (Oudalan) on Monday.", "Oudalan"),
    ],
)
def test_the_district_or_a_nearby_town_picks_the_namesake(imported, text, district):
    place, rule = place_of(text, imported, "Wendou")
    assert place is not None, rule
    assert (place.name, place.admin2, place.geo_precision) == ("Wendou", district, 1), rule


def test_far_apart_namesakes_without_context_give_no_village(imported):
    place, rule = place_of("The village of Wendou was attacked.", imported, "Wendou")
    assert place is None or place.geo_precision > 1, rule


def test_namesakes_of_one_district_fall_back_to_the_district(imported):
    text = "Burkinabe soldiers were ambushed near the village of Tiribo on Friday."
    place, rule = place_of(text, imported, "Tiribo")
    assert (place.name, place.feature, place.geo_precision) == ("Soum province", "admin2", 2), rule
    assert "fell back" in rule


def test_the_seat_of_a_department_beats_its_hamlet_namesakes(imported):
    text = "Residents of Koulpelga in Burkina Faso protested on Monday."
    place, rule = place_of(text, imported, "Koulpelga")
    assert (place.latitude, place.longitude) == (13.40, -1.20), rule
    assert "seat" in rule


def test_a_namesake_outside_the_named_district_is_never_chosen(imported):
    text = "Gunmen killed a herder in Wendou (Bam) on Monday."
    place, rule = place_of(text, imported, "Wendou")
    assert place.feature == "admin2" and place.admin2 == "Bam", rule


def test_an_unknown_village_falls_back_to_the_district_the_text_gives(gazetteer):
    text = (
        "On 13 August 2020, presumed JNIM militants killed a civilian near the village of"
        " Wendpanga (Wendpanga, Sanmatenga)."
    )
    place, rule = place_of(text, gazetteer, "Wendpanga")
    assert (place.name, place.geo_precision) == ("Sanmatenga province", 2), rule
    assert rule.startswith("unknown place")


def test_the_build_places_the_event_and_lists_the_unknown_village(tmp_path):
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / "wendpanga.txt").write_text(
        "---\ntitle: Attack\npublished: 2020-08-15\n---\n"
        "On 13 August 2020, presumed JNIM militants killed a civilian near the village of"
        " Wendpanga (Wendpanga, Sanmatenga).\n",
        encoding="utf-8",
    )
    assert main(["build", "--articles", str(articles), "--out", str(tmp_path / "out")]) == 0
    with (tmp_path / "out" / "events.csv").open(encoding="utf-8", newline="") as handle:
        (event,) = csv.DictReader(handle)
    assert (event["location"], event["admin2"]) == ("Sanmatenga province", "Sanmatenga")
    meta = json.loads((tmp_path / "out" / "build.json").read_text(encoding="utf-8"))
    assert meta["unresolved_places"] == [{"article_id": "wendpanga", "name": "Wendpanga"}]


def test_an_unknown_hamlet_measured_from_a_town_falls_back_near_that_town(gazetteer):
    text = "Gunmen abducted a herder in the hamlet of Bolombola, about 5 km from Djibo, on Monday."
    place, rule = place_of(text, gazetteer, "Bolombola")
    assert (place.name, place.geo_precision) == ("Djibo", 2), rule


def test_an_unknown_village_with_nothing_around_it_is_left_unresolved_and_listed(gazetteer):
    text = "Gunmen burned the village of Gordaga on Monday."
    located = locate_article([text], gazetteer)
    assert unresolved_names(located) == ["Gordaga"]
    mention = next(m for m in located[0] if m.text == "Gordaga")
    assert mention.place is None and mention.rule.startswith("unknown place")


def test_a_city_keeps_its_name_against_context_from_elsewhere_in_the_article(gazetteer):
    article = [
        "Jets struck the northern city of Gao on Sunday.",
        "Officials in the Centre-Ouest region of Burkina Faso met on Monday.",
        "The small town of Gao in Burkina Faso's Centre-Ouest region was calm.",
    ]
    located = locate_article(article, gazetteer)
    gao = [m.place.iso3 for s in located for m in s if m.text == "Gao"]
    assert gao == ["MLI", "BFA"]  # the same sentence can name the namesake; elsewhere cannot


def test_a_marked_village_known_only_abroad_is_listed_not_placed_abroad(gazetteer):
    # Bouna is a town of Côte d'Ivoire in the embedded index; the text never names that country
    text = "Suspected militants attacked the village of Bouna and ransacked shops on Friday."
    located = locate_article([text], gazetteer)
    assert unresolved_names(located) == ["Bouna"]
    assert all(m.place is None for m in located[0] if m.text == "Bouna")
