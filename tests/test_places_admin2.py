"""Second-level units: Burkina provinces, Malian cercles and Nigerien departments."""

import csv

import pytest

from pipeline.places import locate_article
from pipeline.textnorm import fold
from tests.places_helpers import PLACES_CSV, assert_placed_near, mentions_of

# (article sentences, mention text, iso3, admin1, lat, lon, geo_precision); coordinates are those
# of the unit's capital town, written from geographic knowledge.
CASES = [
    pytest.param(
        ["Jihadists attacked a convoy in Soum province, Burkina Faso."],
        "Soum province",
        "BFA",
        "Sahel",
        14.10,
        -1.63,
        2,
        id="soum-province-not-the-town",
    ),
    pytest.param(
        ["Burkina Faso's army said that the province of Soum was under blockade."],
        "Soum",
        "BFA",
        "Sahel",
        14.10,
        -1.63,
        2,
        id="province-of-soum",
    ),
    pytest.param(
        ["Des hommes armés ont attaqué un poste dans la province du Soum."],
        "Soum",
        "BFA",
        "Sahel",
        14.10,
        -1.63,
        2,
        id="province-du-soum-french",
    ),
    pytest.param(
        ["Burkina Faso declared a curfew.", "The army said Soum remained the worst hit."],
        "Soum",
        "BFA",
        "Sahel",
        14.10,
        -1.63,
        2,
        id="bare-soum-in-a-burkina-article",
    ),
    pytest.param(
        ["Gunmen killed 30 people in Seytenga, a rural commune of Seno province."],
        "Seno province",
        "BFA",
        "Sahel",
        14.03,
        -0.03,
        2,
        id="unknown-village-of-seno-province",
    ),
    pytest.param(
        ["Clashes were reported in Mouhoun province, in western Burkina Faso."],
        "Mouhoun province",
        "BFA",
        "Boucle du Mouhoun",
        12.46,
        -3.46,
        2,
        id="mouhoun-province-not-the-region",
    ),
    pytest.param(
        ["Attacks hit the Oudalan and Seno provinces of Burkina Faso."],
        "Oudalan",
        "BFA",
        "Sahel",
        14.44,
        -0.23,
        2,
        id="plural-provinces-cover-the-list",
    ),
    pytest.param(
        ["Displaced families reached Ansongo cercle on Monday."],
        "Ansongo cercle",
        "MLI",
        "Gao",
        15.66,
        0.50,
        2,
        id="ansongo-cercle",
    ),
    pytest.param(
        ["Fighting spread across the cercle of Ansongo."],
        "Ansongo",
        "MLI",
        "Gao",
        15.66,
        0.50,
        2,
        id="cercle-of-ansongo",
    ),
    pytest.param(
        ["Mali's army said a patrol was attacked in Ansongo."],
        "Ansongo",
        "MLI",
        "Gao",
        15.66,
        0.50,
        1,
        id="bare-ansongo-is-the-town",
    ),
    pytest.param(
        ["Villagers fled the Gao cercle, in Mali."],
        "Gao cercle",
        "MLI",
        "Gao",
        16.27,
        -0.04,
        2,
        id="gao-cercle-not-region-or-town",
    ),
    pytest.param(
        ["Les violences ont gagné le cercle de Douentza au Mali."],
        "Douentza",
        "MLI",
        "Mopti",
        15.00,
        -2.95,
        2,
        id="cercle-de-douentza-french",
    ),
    pytest.param(
        ["The army set up a camp in Macina cercle in central Mali."],
        "Macina cercle",
        "MLI",
        "Ségou",
        13.96,
        -5.36,
        2,
        id="macina-cercle-capital-ke-macina",
    ),
    pytest.param(
        ["Soldiers were ambushed in the department of Torodi in Niger."],
        "Torodi",
        "NER",
        "Tillabéri",
        13.12,
        1.80,
        2,
        id="department-of-torodi",
    ),
    pytest.param(
        ["A state of emergency covers Tillabéri department."],
        "Tillabéri department",
        "NER",
        "Tillabéri",
        14.21,
        1.45,
        2,
        id="tillaberi-department-not-the-region",
    ),
    pytest.param(
        ["Les écoles du département de Téra sont fermées."],
        "Téra",
        "NER",
        "Tillabéri",
        14.01,
        0.75,
        2,
        id="departement-de-tera-french",
    ),
    pytest.param(
        ["Herders clashed in Say department, south of Niamey."],
        "Say department",
        "NER",
        "Tillabéri",
        13.10,
        2.37,
        2,
        id="say-department-common-word",
    ),
    pytest.param(
        ["Boko Haram attacked Bosso department in Niger's Diffa region."],
        "Bosso department",
        "NER",
        "Diffa",
        13.70,
        13.31,
        2,
        id="bosso-department",
    ),
]


@pytest.mark.parametrize("article, text, iso3, admin1, lat, lon, precision", CASES)
def test_second_level_units(gazetteer, article, text, iso3, admin1, lat, lon, precision):
    mention = assert_placed_near(article, gazetteer, text, iso3, lat, lon, 25)
    place = mention.place
    assert (place.admin1, place.geo_precision) == (admin1, precision), mention.rule


def test_region_word_still_means_the_region(gazetteer):
    region = mentions_of(["Attacks rose in the Tillabéri region."], gazetteer, "Tillabéri region")
    unit = mentions_of(["Attacks rose in Tillabéri department."], gazetteer, "Tillabéri department")
    assert region[0].place.geo_precision == 3 and unit[0].place.geo_precision == 2


@pytest.mark.parametrize(
    "frame",
    [
        "(Douentza cercle, Mopti region)",
        "(Douentza cercle, Mopti)",
        "(the Douentza cercle)",
    ],
)
def test_an_unknown_village_falls_back_to_the_district_its_brackets_name_first(gazetteer, frame):
    (village,) = mentions_of(
        [f"Gunmen raided Zzyxbougou {frame} on Sunday."], gazetteer, "Zzyxbougou"
    )
    assert village.place is not None and village.place.name == "Douentza cercle", village.rule


@pytest.mark.parametrize(
    ("frame", "district"),
    [
        ("(province of Komondjari, East region)", "Komondjari province"),
        ("(the Komondjari province)", "Komondjari province"),
        ("(the Gourma Rharous cercle)", "Gourma-Rharous cercle"),
    ],
)
def test_a_bracket_may_name_the_unit_before_the_district(gazetteer, frame, district):
    (village,) = mentions_of(
        [f"Gunmen raided Zzyxbougou {frame} on Sunday."], gazetteer, "Zzyxbougou"
    )
    assert village.place is not None and village.place.name == district, village.rule


@pytest.mark.parametrize("aside", ["(the Mali side)", "(the Ouagadougou government said)"])
def test_words_in_brackets_with_the_and_no_unit_are_no_frame(gazetteer, aside):
    found = mentions_of(
        [f"Gunmen raided Zzyxbougou {aside} near Djibo on Sunday."], gazetteer, "Zzyxbougou"
    )
    assert [(m.place.name if m.place else None) for m in found] in ([], [None]), found


def test_bare_province_name_of_another_country_is_not_placed_there(gazetteer):
    article = ["Malian troops patrolled the Gourma, south of the river, near Hombori in Mali."]
    located = locate_article(article, gazetteer)
    assert all(m.place is None or m.place.iso3 != "BFA" for m in located[0])


BURKINA_PROVINCES = [
    "Balé",
    "Bam",
    "Banwa",
    "Bazèga",
    "Bougouriba",
    "Boulgou",
    "Boulkiemdé",
    "Comoé",
    "Ganzourgou",
    "Gnagna",
    "Gourma",
    "Houet",
    "Ioba",
    "Kadiogo",
    "Kénédougou",
    "Komondjari",
    "Kompienga",
    "Kossi",
    "Koulpélogo",
    "Kouritenga",
    "Kourwéogo",
    "Léraba",
    "Loroum",
    "Mouhoun",
    "Nahouri",
    "Namentenga",
    "Nayala",
    "Noumbiel",
    "Oubritenga",
    "Oudalan",
    "Passoré",
    "Poni",
    "Sanguié",
    "Sanmatenga",
    "Séno",
    "Sissili",
    "Soum",
    "Sourou",
    "Tapoa",
    "Tuy",
    "Yagha",
    "Yatenga",
    "Ziro",
    "Zondoma",
    "Zoundwéogo",
]


def _rows() -> list[dict]:
    with PLACES_CSV.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_all_45_burkina_provinces_are_listed():
    rows = [r for r in _rows() if r["feature"] == "admin2" and r["iso3"] == "BFA"]
    names = {fold(r["name"].removesuffix(" province")) for r in rows}
    assert len(BURKINA_PROVINCES) == 45
    assert names == {fold(n) for n in BURKINA_PROVINCES}


def test_units_belong_to_a_listed_region_and_are_precision_2():
    rows = _rows()
    regions = {(r["iso3"], r["name"]) for r in rows if r["feature"] == "admin1"}
    units = [r for r in rows if r["feature"] == "admin2"]
    assert {r["admin1"] for r in units if r["iso3"] == "MLI"} >= {
        "Mopti",
        "Ségou",
        "Tombouctou",
        "Gao",
        "Kidal",
        "Ménaka",
    }
    assert {r["admin1"] for r in units if r["iso3"] == "NER"} == {
        "Tillabéri",
        "Tahoua",
        "Dosso",
        "Diffa",
        "Maradi",
    }
    for row in units:
        assert (row["iso3"], row["admin1"]) in regions, row
        assert row["geo_precision"] == "2", row
        assert row["source"].startswith(("GeoNames: capital ", "manual: approximate")), row
