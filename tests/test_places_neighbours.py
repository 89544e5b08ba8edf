"""The northern regions of the coastal neighbours and of Nigeria, where the Sahel's war spills
over: told by name, they place an event in the region, not in the middle of the country."""

from datetime import date

import pytest

from pipeline.records import Article
from tests.places_helpers import mentions_of


@pytest.mark.parametrize(
    ("sentence", "text", "name", "iso3"),
    [
        (
            "Two soldiers were killed when their vehicle hit a mine in the northern Atakora"
            " region of Benin.",
            "Atakora region",
            "Atakora",
            "BEN",
        ),
        (
            "Togo declared a state of emergency in the Savanes region, on the border with"
            " Burkina Faso.",
            "Savanes region",
            "Savanes",
            "TGO",
        ),
        (
            "Gunmen attacked a village in Nigeria's Sokoto State, near the border with Niger.",
            "Sokoto State",
            "Sokoto",
            "NGA",
        ),
        (
            "Refugees from Mali crossed into Mauritania's Hodh Ech Chargui region.",
            "Hodh Ech Chargui region",
            "Hodh Ech Chargui",
            "MRT",
        ),
    ],
)
def test_a_neighbour_s_northern_region_is_found_by_name(gazetteer, sentence, text, name, iso3):
    (found,) = mentions_of([sentence], gazetteer, text)
    assert (found.place.name, found.place.iso3, found.place.feature) == (name, iso3, "admin1")


def test_a_neighbour_s_town_knows_its_region(gazetteer):
    (found,) = mentions_of(
        ["Gunmen attacked a police post near Kandi in Benin."], gazetteer, "Kandi"
    )
    assert (found.place.iso3, found.place.admin1) == ("BEN", "Alibori")


def test_a_region_of_a_country_leaves_the_country_a_country(gazetteer):
    """ "the Atakora region of Benin": Benin is the country, not Nigeria's Benin City, whose
    other names include "Benin"."""
    sentence = "Two soldiers were killed in the Atakora region of Benin on Monday."
    (region,) = mentions_of([sentence], gazetteer, "Atakora region")
    (country,) = mentions_of([sentence], gazetteer, "Benin")
    assert (region.place.name, region.place.iso3) == ("Atakora", "BEN")
    assert (country.place.feature, country.place.iso3) == ("country", "BEN")


def test_savanes_is_the_region_of_the_country_named_next_to_it(gazetteer):
    sentence = "Jihadists killed 14 soldiers in the Savanes region of Côte d'Ivoire in June."
    (found,) = mentions_of([sentence], gazetteer, "Savanes region")
    assert (found.place.name, found.place.iso3) == ("Savanes", "CIV")


def test_a_town_near_a_neighbour_leaves_the_act_in_its_own_country(extractor):
    """ "Baroua, a city in southeast Niger near Nigeria": Nigeria is the border, not the scene."""
    body = (
        "In an attack on Tuesday in Baroua, a town in southeast Niger near Nigeria, 16 soldiers"
        " were killed, the defence minister said."
    )
    article = Article(article_id="a", title="Test", published=date(2021, 8, 25), body=body)
    mentions = extractor.extract(article).mentions
    assert mentions
    assert {m.place.iso3 for m in mentions} == {"NER"}
