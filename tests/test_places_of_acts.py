"""Where an act told with several towns, a described town or a foreign country took place."""

from datetime import date

import pytest
from mention_types import mentions_of

PUBLISHED = date(2024, 8, 7)


def test_one_act_at_two_towns_after_one_preposition_is_one_mention_per_town(extractor):
    body = "On Sunday, the attackers struck the camps at Boulkessi and Mondoro."
    found = mentions_of(PUBLISHED, extractor, body)
    assert [m.place.name for m in found] == ["Boulkessi", "Mondoro"]


def test_rallies_held_in_a_list_of_towns_are_one_mention_per_town(extractor):
    body = "On Friday, rallies were held in Kayes, Sikasso, Ségou and Mopti."
    found = mentions_of(PUBLISHED, extractor, body)
    assert [m.place.name for m in found] == ["Kayes", "Sikasso", "Ségou", "Mopti"]


@pytest.mark.parametrize(
    "body",
    [
        # a town described as besieged is the scene, not a siege
        "In late November, hundreds of fighters attacked the army base in the besieged northern"
        " town of Djibo.",
        # a clause about a country that names its own town is placed at the town
        "The army continued operations in the departments bordering Burkina Faso, where an army"
        " post in Djibo was attacked on Sunday.",
        # ... in another country than the one named
        "The army continued operations in the departments bordering Burkina Faso, where an army"
        " post in Tamou was attacked on Sunday.",
    ],
)
def test_the_town_of_the_act_s_own_words_is_its_scene(extractor, body):
    found = mentions_of(PUBLISHED, extractor, body)
    town = "Tamou" if "Tamou" in body else "Djibo"
    assert [(m.trigger.category, m.place.name) for m in found] == [("Attack", town)]


def test_a_government_s_own_act_is_in_its_capital_whatever_country_it_names(extractor):
    body = (
        "Niger's military government said on Tuesday it was breaking off diplomatic relations"
        " with Ukraine, in solidarity with neighbouring Mali."
    )
    (found,) = mentions_of(PUBLISHED, extractor, body)
    assert found.place.name == "Niamey"


def test_an_undated_lead_sentence_in_central_mali_tells_the_lead_s_event_again(extractor):
    body = (
        "Suspected jihadists attacked two military camps in central Mali before dawn Sunday,"
        " killing six soldiers, the army said. The attackers stormed the camp at Boulkessi, the"
        " army said in a statement."
    )
    found = mentions_of(date(2021, 1, 25), extractor, body)
    assert {(m.date.date_start, m.date.date_end) for m in found} == {
        (date(2021, 1, 24), date(2021, 1, 24))
    }


def test_there_is_the_town_the_event_before_took_place_in_not_the_first_named(extractor):
    body = (
        "The convoy that had been blocked in Kaya was stopped by demonstrators on Saturday,"
        " this time in Téra. At least two people were killed there on Saturday."
    )
    found = mentions_of(date(2021, 11, 28), extractor, body)
    assert [m.place.name for m in found if m.sentence_index == 1] == ["Téra"]


def test_a_measure_against_a_country_is_placed_in_it_not_at_the_summit(extractor):
    body = (
        "The ECOWAS heads of state, meeting in Accra on Sunday, suspended Mali from the bloc's"
        " institutions but stopped short of sanctions. On Monday, the bloc imposed sanctions on"
        " Niger at a summit in Abuja."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert [(m.trigger.category, m.place.name) for m in found] == [
        ("Suspension", "Mali"),
        ("Sanctions", "Niger"),
    ]


def test_two_acts_named_side_by_side_with_their_own_targets_are_two_events(extractor):
    body = (
        "On Sunday, an attack on a passenger boat on the Niger River near Bamba and an assault"
        " on the army camp at Bourem killed dozens of civilians and soldiers."
    )
    places = {m.place.name for m in mentions_of(PUBLISHED, extractor, body)}
    assert {"Bamba", "Bourem"} <= places
    body = (
        "On Sunday, an attack on the gendarmerie in Djibo and an assault on the army camp at"
        " Arbinda killed 20 soldiers."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert {(m.trigger.text, m.place.name) for m in found} == {
        ("attack", "Djibo"),
        ("assault", "Arbinda"),
    }


@pytest.mark.parametrize(
    ("body", "capital"),
    [
        (
            "Mali is tense. Mali's foreign ministry on Sunday summoned the French ambassador over"
            " the remarks, state television said.",
            "Bamako",
        ),
        # the country of "the ambassador of Benin" is whose envoy, not where he was summoned
        ("Niger on Sunday summoned the ambassador of Benin over the border closure.", "Niamey"),
    ],
)
def test_an_ambassador_summoned_is_summoned_in_the_capital_of_who_summons(extractor, body, capital):
    found = mentions_of(PUBLISHED, extractor, body)
    assert [(m.trigger.category, m.place.name) for m in found] == [("Diplomatic protest", capital)]


def test_a_town_that_was_the_scene_of_incidents_when_acts_happened_is_their_place(extractor):
    body = (
        "Nothing more. Tamou itself was the scene of deadly incidents in November 2021, when young"
        " people blocked a French military convoy on its way to Mali and three demonstrators were"
        " killed."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert found and {m.place.name for m in found} == {"Tamou"}
