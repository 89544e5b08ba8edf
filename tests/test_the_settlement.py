"""An act told of "the village" with no place of its own happened at the village named before."""

from datetime import date

import pytest
from mention_types import mentions_of, only_mention

PUBLISHED = date(2020, 10, 20)
QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead
SIEGE = (
    "The village of Farabougou, in the Niono circle, has been surrounded by armed men since 6"
    " October, residents said. "
)


def test_an_act_told_of_the_village_happened_at_the_village_named_before(extractor):
    body = SIEGE + "That day, the assailants kidnapped twenty villagers near the village."
    kidnapping = only_mention(mentions_of(PUBLISHED, extractor, body), "kidnapped")
    assert kidnapping.place.name == "Farabougou"


def test_the_villages_of_another_sentence_are_no_reference(extractor):
    body = SIEGE + "That day, the assailants kidnapped twenty people in the villages of Mali."
    kidnapping = only_mention(mentions_of(PUBLISHED, extractor, body), "kidnapped")
    assert kidnapping.place.name != "Farabougou"


def test_a_village_named_paragraphs_before_is_not_the_one_told_of(extractor):
    body = (
        SIEGE + "\n\nThe army said nothing.\n\nOfficials spoke.\n\nOn Sunday, the assailants"
        " kidnapped twenty villagers near the village, in Mali."
    )
    kidnapping = only_mention(mentions_of(PUBLISHED, extractor, body), "kidnapped")
    assert kidnapping.place.name != "Farabougou"


@pytest.mark.parametrize(
    "before",
    [
        "The convoy had left Kaya on Friday, in Burkina Faso. ",
        "President Traore visited Kaya on Friday, in Burkina Faso. ",
        "Residents of Djibo, in Burkina Faso, said the town was calm. ",
    ],
)
def test_a_town_named_in_another_role_is_not_the_village_told_of(extractor, before):
    body = QUIET + before + "On Sunday, gunmen stormed the village, killing 12 people."
    storming = only_mention(mentions_of(PUBLISHED, extractor, body), "killing")
    assert storming.place.feature == "country"


def test_a_village_no_gazetteer_knows_keeps_its_name(extractor):
    body = (
        "Residents of the town of Diffa fled. On Sunday, gunmen stormed the village of"
        " Kiribongou, in Niger, killing 12 people, and burned the village's granaries."
    )
    storming = only_mention(mentions_of(PUBLISHED, extractor, body), "killing")
    assert storming.place_text == "Kiribongou"
