"""A roundup's country heading sets the country of what follows; a border names no scene."""

from datetime import date

from pipeline.records import Article

PUBLISHED = date(2023, 10, 13)
AMBUSH = "On 2 October, eleven soldiers were killed in an ambush, the defence ministry said."


def _places(extractor, body, title="Sahel week"):
    article = Article(article_id="a", title=title, published=PUBLISHED, body=body)
    return [(m.place.name, m.place.iso3) for m in extractor.extract(article).mentions]


def test_an_event_under_a_country_heading_is_placed_in_that_country(extractor):
    body = (
        "MALI: talks stall\n\nThe junta in Bamako met union leaders on Monday.\n\n"
        f"NIGER\n\nThe capital is calm. Markets are open. Schools reopened.\n\n{AMBUSH}"
    )
    assert ("Niger", "NER") in _places(extractor, body, title="Mali and Niger this week")


def test_a_heading_of_something_else_ends_the_country_section(extractor):
    body = (
        "NIGER\n\nThe capital is calm. Markets are open. Schools reopened.\n\n"
        f"OUTLOOK\n\nThe rains have begun. Roads are cut.\n\n{AMBUSH}"
    )
    assert ("Niger", "NER") not in _places(extractor, body, title="Mali this week")


def test_a_border_named_in_the_sentence_leaves_the_region_told_before(extractor):
    body = (
        "Security has worsened in the Tillabéri region for weeks. On 2 October, an ambush killed"
        " eleven soldiers along the border with Burkina Faso, officials said."
    )
    assert _places(extractor, body, title="Niger") == [("Tillabéri", "NER")]


def test_the_town_is_the_one_told_about_not_the_towns_its_trucks_head_to(extractor):
    body = (
        "Gorom-Gorom has lived under a blockade since the rains. Trucks heading to Dori and"
        " Markoye travel only under escort. Food prices have doubled. On 3 October, an attack on"
        " the town killed nine soldiers."
    )
    assert [p for p, _ in _places(extractor, body, title="Burkina Faso")] == ["Gorom-Gorom"]


def test_the_town_gone_to_is_the_town_when_the_text_stays_there(extractor):
    body = (
        "The convoy drove on to Dori on Monday morning. On 3 October, an attack on the town"
        " killed nine soldiers."
    )
    assert [p for p, _ in _places(extractor, body, title="Burkina Faso")] == ["Dori"]


def test_a_town_after_according_to_is_still_a_town_the_text_is_about(extractor):
    body = (
        "Gunmen were seen near Djibo last month. Prices have risen. According to residents, Dori"
        " had stayed calm. On 3 October, an attack on the town killed nine soldiers."
    )
    assert [p for p, _ in _places(extractor, body, title="Burkina Faso")] == ["Dori"]
