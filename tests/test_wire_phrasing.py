"""Phrasings of real wire stories: a correspondent's city, acts told as habits, a lead summed up
("marking the latest attack"), a headline's town under a lead that names only a region and an act
"another" than the one told."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

from pipeline.records import Article

PUBLISHED = date(2019, 12, 11)  # a Wednesday
QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


def test_a_correspondents_city_is_not_the_scene(extractor):
    body = (
        QUIET + "On Monday, armed assailants shot villagers, the mayor told the agency's "
        "correspondent in Bamako, Awa Traore."
    )
    shot = only_mention(mentions_of(PUBLISHED, extractor, body), "shot")
    assert shot.place.name != "Bamako"


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Police on Monday arrested two journalists in Djibo.", "Djibo"),
        ("On Monday gunmen shot dead a reporter in Djibo.", "Djibo"),
    ],
)
def test_journalists_who_are_the_victims_are_where_the_act_was(extractor, body, town):
    found = mentions_of(PUBLISHED, extractor, QUIET + body)
    assert found and found[0].place.name == town


def test_an_adverb_on_another_word_of_the_clause_leaves_the_act_an_event(extractor):
    body = QUIET + "Gunmen have kidnapped a frequently quoted imam in Kouri on Tuesday."
    assert mentions_of(PUBLISHED, extractor, body)


@pytest.mark.parametrize(
    "body",
    [
        "The attack took place in Sebba, where herders and farmers have repeatedly clashed in "
        "recent months.",
        "Soldiers have often been attacked on the road to Djibo since January.",
    ],
)
def test_acts_told_as_habits_up_to_now_are_no_event(extractor, body):
    found = mentions_of(PUBLISHED, extractor, QUIET + body)
    assert not [m for m in found if m.trigger.event_type == "Battles"]


def test_a_clash_told_once_in_the_present_perfect_stays_an_event(extractor):
    body = QUIET + "Herders and farmers have clashed in Sebba on Monday, officials said."
    assert mentions_of(PUBLISHED, extractor, body)


def test_a_lead_summed_up_as_the_latest_attack_is_one_act_against_civilians(extractor):
    body = (
        "At least 95 people were killed when gunmen raided their village in central Mali late on "
        "Tuesday, officials confirmed, marking the latest attack in a region that has seen a "
        "resurgence of violence."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert [m.trigger.event_type for m in found] == ["Violence against civilians"]


def test_the_headline_town_places_a_lead_told_only_by_its_region(extractor):
    body = (
        "An attack on a military camp in western Niger has left 71 soldiers dead, according to "
        "an army statement read late Wednesday. The assault took place Tuesday evening."
    )
    titled = Article("a", "71 soldiers killed at Inates camp", PUBLISHED, body)
    attack = next(m for m in extractor.extract(titled).mentions if m.sentence_index == 0)
    assert attack.place.name == "Inates"
    untitled = next(m for m in mentions_of(PUBLISHED, extractor, body) if m.sentence_index == 0)
    assert untitled.place.name != "Inates"


def test_an_act_another_than_the_one_told_is_dated_by_counting_back(extractor):
    body = (
        QUIET + "The attack came two days after another assault on a military base in the region "
        "of Tahoua, which left three soldiers dead."
    )
    assault = only_mention(mentions_of(PUBLISHED, extractor, body), "assault")
    assert days_of(assault) == (date(2019, 12, 9), date(2019, 12, 9))
    assert assault.place.name == "Tahoua"
