"""A village the gazetteer lacks is placed where the text says it lies; an event on a road
between two towns is placed halfway along it."""

import math

import pytest
from geopy.distance import geodesic

from pipeline.places import Gazetteer, locate_article, unresolved_names
from pipeline.records import PlaceMention


def mention(article: list[str], gazetteer: Gazetteer, text: str) -> PlaceMention:
    return next(m for s in locate_article(article, gazetteer) for m in s if m.text == text)


def test_an_unknown_village_takes_the_province_named_right_after_it(gazetteer):
    article = ["Herders fled the village of Tadaba, in the Oudalan province of the Sahel region."]
    found = mention(article, gazetteer, "Tadaba")
    assert (found.place.name, found.place.feature) == ("Oudalan province", "admin2"), found.rule
    assert unresolved_names(locate_article(article, gazetteer)) == ["Tadaba"]


def test_a_province_of_a_named_region_is_that_country_s_province(gazetteer):
    article = ["Herders fled the village of Tadaba, in the Oudalan province of the Sahel region."]
    found = mention(article, gazetteer, "Oudalan province")
    assert (found.place.iso3, found.place.feature) == ("BFA", "admin2"), found.rule


def test_an_unmarked_name_after_at_takes_the_cercle_the_text_puts_it_in(gazetteer):
    article = ["Troops clashed with rebels at Tinzoua, a small market town in the Ansongo cercle."]
    found = mention(article, gazetteer, "Tinzoua")
    assert found.place.name == "Ansongo cercle", found.rule
    assert unresolved_names(locate_article(article, gazetteer)) == ["Tinzoua"]


def test_the_next_sentence_says_which_province_the_hamlets_are_in(gazetteer):
    article = [
        "Soldiers shot two men in the hamlets of Lelga and Pissi.",
        "Both hamlets are in the Sampelga department of the Seno province, near the border.",
    ]
    found = mention(article, gazetteer, "Lelga")
    assert (found.place.feature, found.place.admin1) == ("admin2", "Sahel"), found.rule
    assert "Seno" in found.rule


def test_a_department_named_after_its_town_puts_the_village_near_that_town(gazetteer):
    article = [
        "Gunmen killed a herder in the village of Koumsa.",
        "The village lies in the Thiou department of the Yatenga province.",
    ]
    found = mention(article, gazetteer, "Koumsa")
    assert (found.place.name, found.place.geo_precision) == ("Thiou", 2), found.rule


def test_a_village_near_a_town_is_placed_near_that_town(gazetteer):
    found = mention(["Gunmen burned the hamlet of Sampelga, near Dori."], gazetteer, "Sampelga")
    assert (found.place.name, found.place.geo_precision) == ("Dori", 2), found.rule


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen burned a market in Sampelga, a few kilometres from Dori, on Monday.",
        "Gunmen hit a market in Sampelga, a hamlet of the commune of that name a few km from Dori.",
        "Gunmen burned a market in Sampelga, a hamlet lying several kilometres from Dori.",
        "Gunmen burned a market in Sampelga, a hamlet near Dori.",
    ],
)
def test_a_village_told_of_before_it_is_put_near_a_town_is_near_that_town(gazetteer, sentence):
    found = mention([sentence], gazetteer, "Sampelga")
    assert (found.place.name, found.place.geo_precision) == ("Dori", 2), found.rule


def test_a_clause_after_a_village_that_is_no_description_of_it_does_not_place_it(gazetteer):
    article = ["Gunmen burned a market in Sampelga, an hour before soldiers clashed near Dori."]
    assert all(
        m.place is None or m.place.name != "Dori"
        for m in locate_article(article, gazetteer)[0]
        if m.text == "Sampelga"
    )


def test_a_month_before_a_province_is_no_place(gazetteer):
    located = locate_article(["In March, in the Seno province, gunmen killed a trader."], gazetteer)
    assert [m.text for m in located[0]] == ["Seno province"]
    assert unresolved_names(located) == []


def test_an_unknown_village_with_a_sentence_about_something_else_after_it_stays_unresolved(
    gazetteer,
):
    article = [
        "Gunmen burned the village of Gordaga on Monday.",
        "The army is in the Seno province for an operation.",
    ]
    assert mention(article, gazetteer, "Gordaga").place is None


def _between(text: str, gazetteer: Gazetteer) -> PlaceMention:
    (found,) = [m for m in locate_article([text], gazetteer)[0] if m.place.geo_precision == 2]
    return found


def test_the_road_between_two_towns_is_placed_halfway_along_it(gazetteer):
    found = _between("A bus hit a mine on the road between Dori and Sebba on Monday.", gazetteer)
    dori, sebba = (14.03, -0.03), (13.43, 0.53)
    point = (found.place.latitude, found.place.longitude)
    km_to_each = [geodesic(point, town).km for town in (dori, sebba)]
    assert abs(km_to_each[0] - km_to_each[1]) < 5 and max(km_to_each) < 50, found


def test_a_road_named_by_its_two_towns_is_placed_halfway_along_it(gazetteer):
    found = _between("A bus hit a mine on the Djibo-Arbinda road on Monday.", gazetteer)
    assert found.place.name == "between Djibo and Arbinda"
    assert 14.0 < found.place.latitude < 14.3 and -1.6 < found.place.longitude < -1.0


def test_a_journey_from_one_town_to_another_is_placed_on_the_road_between(gazetteer):
    found = _between("A bus travelling from Dori to Sebba hit a mine on Monday.", gazetteer)
    assert found.place.name == "between Dori and Sebba"


def test_a_journey_towards_an_unknown_village_is_near_the_town_it_left(gazetteer):
    found = _between("A bus travelling from Djibo towards Wakoro hit a mine.", gazetteer)
    assert found.place.name == "Djibo"


def test_two_towns_far_apart_stay_two_places(gazetteer):
    located = locate_article(["Trucks were stopped between Ouagadougou and Dori."], gazetteer)
    assert [(m.text, m.place.geo_precision) for m in located[0]] == [
        ("Ouagadougou", 1),
        ("Dori", 1),
    ]


def test_a_stretch_whose_other_end_is_unknown_is_near_the_town_that_resolves(gazetteer):
    found = _between("A bus was stopped between Djibo and Wakoro on Monday.", gazetteer)
    assert found.place.name == "Djibo"


def test_an_unmarked_name_near_which_an_ambush_struck_takes_the_neighbouring_province(
    gazetteer,
):
    article = ["Dozens died in an ambush near Kouldaga, in the neighbouring Seno province."]
    found = mention(article, gazetteer, "Kouldaga")
    assert (found.place.feature, found.place.admin1) == ("admin2", "Sahel"), found.rule


def test_a_town_a_distance_is_measured_from_is_only_near_the_event(gazetteer):
    found = mention(["Gunmen attacked a camp about 25 km from Dori."], gazetteer, "Dori")
    assert (found.place.name, found.place.geo_precision) == ("Dori", 2), found.rule


@pytest.mark.parametrize(
    ("sentence", "name", "north_km", "east_km"),
    [
        ("Gunmen attacked a camp about 25 km north of Dori.", "25 km north of Dori", 25, 0),
        (
            "Gunmen attacked a camp 40 kilometres (25 miles) southeast of the town, Dori.",
            "40 kilometres southeast of Dori",
            -28,
            28,
        ),
        ("Gunmen attacked a camp 10 miles west of Dori.", "10 miles west of Dori", 0, -16),
        # a town two hundred km off is still nearer the truth moved than left where it is
        ("Gunmen attacked a camp about 180 km north of Dori.", "180 km north of Dori", 180, 0),
        # too far for a bearing to place a point: near the town, as any distance from it
        ("Gunmen attacked a camp 1,200 km northeast of Dori.", "Dori", 0, 0),
    ],
)
def test_a_distance_and_a_bearing_from_a_town_put_the_event_that_far_that_way(
    gazetteer, sentence, name, north_km, east_km
):
    dori = mention(["Gunmen attacked Dori."], gazetteer, "Dori").place
    found = mention([sentence], gazetteer, "Dori")
    north = (found.place.latitude - dori.latitude) * 111.32
    east = (found.place.longitude - dori.longitude) * 111.32 * math.cos(math.radians(dori.latitude))
    assert (found.place.name, found.place.geo_precision) == (name, 2)
    assert (round(north), round(east)) == pytest.approx((north_km, east_km), abs=1)


def test_a_next_sentence_naming_the_village_says_which_province_it_is_in(gazetteer):
    article = [
        "Gunmen killed a herder in the village of Koumsa.",
        "Koumsa is a small farming village in the Seno province.",
    ]
    found = mention(article, gazetteer, "Koumsa")
    assert (found.place.feature, found.place.admin1) == ("admin2", "Sahel"), found.rule


def test_every_village_of_a_list_is_listed_and_placed_in_the_cercle_after_it(gazetteer):
    article = ["A boat was hit between the villages of Tinkara and Essoum, in the Bourem cercle."]
    located = locate_article(article, gazetteer)
    assert unresolved_names(located) == ["Tinkara", "Essoum"]
    assert {m.place.name for m in located[0]} == {"Bourem cercle"}


def test_a_town_the_text_puts_in_another_country_s_region_is_a_namesake_there(gazetteer):
    article = ["Gunmen raided Kaya, a small village in the Tahoua region, on Sunday."]
    found = mention(article, gazetteer, "Kaya")
    assert (found.place.name, found.place.iso3) == ("Tahoua", "NER"), found.rule


def test_a_town_in_its_own_region_or_measured_from_elsewhere_keeps_its_place(gazetteer):
    for sentence in [
        "Gunmen raided Kaya, a city in the Centre-Nord region, on Sunday.",
        "Gunmen raided Kaya, about 100 km north-east of Ouagadougou, on Sunday.",
    ]:
        found = mention([sentence], gazetteer, "Kaya")
        assert (found.place.name, found.place.iso3) == ("Kaya", "BFA"), found.rule


def test_an_unknown_village_named_again_lies_where_the_article_placed_it(gazetteer):
    article = [
        "Attack in Tadaba (Gorom-Gorom department, Oudalan province).",
        "Gunmen raided the village of Tadaba before dawn on Sunday.",
    ]
    first, again = (m for s in locate_article(article, gazetteer) for m in s if m.text == "Tadaba")
    assert again.place is not None and again.place == first.place, again.rule


def test_a_town_near_the_region_the_text_names_keeps_its_place(gazetteer):
    # regions get redrawn and renamed: a town the gazetteer puts in the region next door, near
    # the one the text names, is that town, not a namesake
    found = mention(
        ["Soldiers were killed at Djibo, a town in the Nord region."], gazetteer, "Djibo"
    )
    assert (found.place.name, found.place.feature) == ("Djibo", "town"), found.rule


def test_a_bare_province_name_counts_in_an_article_whose_title_names_its_country(gazetteer):
    body = ["In a dispute over land in the Poni region, one herder was killed."]
    assert locate_article(body, gazetteer) == [[]]
    (found,) = locate_article(body, gazetteer, title="Incident report, Burkina Faso")[0]
    assert (found.place.name, found.place.iso3) == ("Poni province", "BFA"), found.rule


def test_another_name_of_a_town_of_a_country_never_named_is_no_place_there(gazetteer):
    # GeoNames also calls Karankasso, in Burkina Faso, "Karangasso": a Malian village spelt alike
    article = [
        "Mali's army is searching for a missing nun.",
        "She was kidnapped in the village of Karangasso in 2017.",
    ]
    located = [m for s in locate_article(article, gazetteer) for m in s if m.text == "Karangasso"]
    assert located, "the name is kept, as a place no gazetteer knows"
    assert all(m.place is None or m.place.iso3 != "BFA" for m in located), located


def test_another_name_of_a_town_of_the_country_the_article_names_is_that_town(gazetteer):
    article = ["Burkina Faso's army is searching for a nun kidnapped in Karangasso."]
    assert mention(article, gazetteer, "Karangasso").place.name == "Karankasso"


def test_a_town_in_a_region_across_borders_is_that_town_not_a_namesake(gazetteer):
    article = ["Gunmen attacked the army camp in Gao, in the tri-border area, on Sunday."]
    assert mention(article, gazetteer, "Gao").place.name == "Gao"


def test_people_fleeing_from_one_town_to_another_name_no_stretch_of_road(gazetteer):
    located = locate_article(["Families fled from Arbinda to Dori after the raid."], gazetteer)
    assert [m.place.geo_precision for m in located[0]] == [1, 1]
