"""A village no gazetteer knows lies in the district the next sentences name: "Armed men stormed
the mosque in the village of Zalmossa ... said a regional official in Oudalan province" is an
attack near Oudalan, not somewhere in Burkina Faso. A town named after is no such district (the
wounded may be taken there), nor is a district of another paragraph or another country."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

MONDAY = date(2019, 10, 14)
LEAD = (
    "Armed men stormed the grand mosque in Burkina Faso's northern village of Zalmossa on Friday,"
    " killing at least 16 people and wounding two others, a local official said Sunday."
)


def killing(extractor, after: str):
    return only_mention(mentions_of(MONDAY, extractor, LEAD + after), "killing")


def test_the_district_named_just_after_places_the_unknown_village(extractor):
    after = (
        " The armed men entered during evening prayers, according to Ernest Bouma Nebie,"
        " a regional official in Oudalan province near the border with Mali."
    )
    found = killing(extractor, after)
    assert (found.place.name, found.place.feature) == ("Oudalan province", "admin2")
    assert found.place.geo_precision >= 2  # near the district, not at its centre
    assert "named just after" in found.place_rule


@pytest.mark.parametrize(
    "after",
    [
        # a town: where the wounded went, not where the village lies
        " The wounded were taken to the hospital in Dori.",
        # another paragraph and more: another story
        "\n\nPeople fled.\n\nThe army sent reinforcements.\n\nA bridge collapsed in Oudalan"
        " province last year.",
        # a district of another country
        " The attackers came from Mali's Mopti region, a local official said.",
        # the district of another act
        " In a separate attack in Soum province, five soldiers were killed on Thursday.",
    ],
    ids=["a-town", "paragraphs-later", "another-country", "another-act"],
)
def test_no_district_of_the_village_stays_in_the_country(extractor, after):
    found = killing(extractor, after)
    assert (found.place.name, found.place.feature) == ("Burkina Faso", "country")


def test_a_dateline_abroad_tells_no_country(extractor):
    body = (
        "DAKAR, Senegal (AP) — Armed men stormed the grand mosque in the village of Zalmossa on"
        " Friday, killing at least 16 people, a local official said Sunday."
    )
    found = mentions_of(MONDAY, extractor, body)
    assert all(m.place is None for m in found)  # the story is not placed where it was filed


def test_a_dateline_tells_the_country_of_an_article_naming_no_other(extractor):
    body = (
        "OUAGADOUGOU, Burkina Faso (AP) — Armed men stormed the grand mosque in the village of"
        " Zalmossa on Friday, killing at least 16 people, a local official said Sunday."
    )
    found = only_mention(mentions_of(MONDAY, extractor, body), "killing")
    assert (found.place.name, found.place.feature) == ("Burkina Faso", "country")


@pytest.mark.parametrize(
    "owned, country",
    [
        ("Burkina Faso's northern village of Zalmossa", "Burkina Faso"),
        ("Burkina Faso's north", "Northern Burkina Faso"),
        # a country's envoy says who, not where: the article's other country is the scene
        ("Burkina Faso's envoy and his guards", "Mali"),
    ],
)
def test_a_country_owning_a_place_says_where(extractor, owned, country):
    body = (
        f"Armed men attacked {owned} on Friday, killing at least 16 people. Officials in Mali"
        " condemned it. Mali's government called for calm."
    )
    found = only_mention(mentions_of(MONDAY, extractor, body), "killing")
    assert found.place.name == country, found.place_rule
