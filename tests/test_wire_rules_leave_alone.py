"""Sentences a review found the session's new rules misread, each as a careful coder reads it:
a region or a headline before a colon, police or soldiers firing into the air, crowds swarming
into streets, mutineers gathering to march, the wounded of a total, militia members in a crowd,
more dead in another part of the same village or at another position in the same town, the dead
of a battle that also hit civilians, "after dark", "in the direction of", southern Niger and its
Diffa region, residents as a source, troops evacuating civilians, a village in Mali measured from
a town across the border, and "the heaviest toll since"."""

from datetime import date

import pytest

from tests.mention_types import merged_events

ON_A_TUESDAY = date(2021, 11, 2)


def _events(extractor, body: str, published: date = ON_A_TUESDAY):
    return merged_events(published, extractor, body)


@pytest.mark.parametrize(
    ("body", "published", "place"),
    [
        (
            "Northern Mali: Jihadists killed 12 soldiers in an ambush on an army convoy on Sunday,"
            " the army said in a statement on Monday.",
            ON_A_TUESDAY,
            "Northern Mali",
        ),
        (
            "Niamey: Hundreds of protesters took to the streets on Saturday to demand the"
            " departure of French troops from the country.",
            date(2022, 2, 20),
            "Niamey",
        ),
    ],
)
def test_a_place_before_a_colon_that_names_the_only_scene_stays_the_scene(
    extractor, body, published, place
):
    (event,) = _events(extractor, body, published)
    assert event.place.name == place


@pytest.mark.parametrize(
    ("body", "published"),
    [
        (
            "Police fired shots into the air to disperse hundreds of protesters who had gathered"
            " in Niamey on Saturday to demand the departure of French troops, witnesses said.",
            date(2022, 2, 20),
        ),
        (
            "Thousands of supporters of the junta swarmed into the streets of Niamey on Sunday to"
            " celebrate the coup, waving Russian flags.",
            date(2023, 7, 31),
        ),
    ],
)
def test_a_crowd_fired_over_or_swarming_the_streets_is_one_demonstration(
    extractor, body, published
):
    (event,) = _events(extractor, body, published)
    assert event.event_type == "Protests"


def test_mutineers_gathering_to_march_on_the_capital_are_no_protesters(extractor):
    body = (
        "Mutinous soldiers gathered at the Kati military camp on Tuesday morning to march on the"
        " capital, Bamako, witnesses said."
    )
    assert all(e.event_type != "Protests" for e in _events(extractor, body, date(2020, 8, 19)))


def test_a_total_of_wounded_is_not_the_dead_told_after_it(extractor):
    body = (
        "A total of 30 people were wounded and 12 killed in the attack on the village of"
        " Banibangou on Sunday, the government said."
    )
    assert all(e.fatalities != 30 for e in _events(extractor, body))


def test_militia_members_among_a_crowd_that_torched_a_gendarmerie_make_it_a_riot(extractor):
    body = (
        "Hundreds of angry youths, including militia members who torched the gendarmerie, took"
        " to the streets of Djibo on Monday to protest against the killing of 10 villagers."
    )
    (event,) = _events(extractor, body)
    assert event.event_type == "Riots"


@pytest.mark.parametrize(
    "body",
    [
        "Gunmen attacked the village of Foube on Sunday, killing 12 civilians. Three more people"
        " were shot dead in another part of the village, a resident said.",
        "Jihadists attacked an army post in Boni on Sunday, killing six soldiers. Four more"
        " soldiers were killed at another position in the town, the army said.",
    ],
)
def test_more_dead_elsewhere_in_the_same_place_are_the_same_event(extractor, body):
    assert len(_events(extractor, body)) == 1


def test_a_lead_whose_attackers_the_army_fought_stays_a_battle(extractor):
    body = (
        "Armed men attacked the town of Mansila on Sunday. Soldiers repelled the attack, killing"
        " 20 assailants, the army said. Two civilians were killed by stray bullets."
    )
    assert {e.event_type for e in _events(extractor, body)} == {"Battles"}


def test_after_dark_is_no_earlier_act(extractor):
    body = (
        "Jihadists on Sunday night returned to the village of Foube after dark and killed 14"
        " people, residents said."
    )
    (event,) = _events(extractor, body)
    assert event.date_start == date(2021, 10, 31)


def test_the_town_attackers_fled_towards_is_no_scene(extractor):
    body = (
        "Gunmen killed 12 civilians in Burkina Faso on Sunday, a local official said. The"
        " attackers later fled in the direction of Djibo, he said."
    )
    (event,) = _events(extractor, body)
    assert event.place.name != "Djibo"


def test_a_region_in_the_part_of_the_country_told_is_the_same_event(extractor):
    body = (
        "Boko Haram fighters killed 12 soldiers in southern Niger on Sunday, the defence ministry"
        " said. The soldiers were killed when the jihadists attacked an army position in the"
        " Diffa region, a security source said."
    )
    assert len(_events(extractor, body)) == 1


@pytest.mark.parametrize(
    ("body", "published"),
    [
        ("Residents said French troops left the Gao base on Monday.", date(2022, 8, 16)),
        (
            "Malian troops evacuated civilians and withdrew from the town of Boni on Sunday,"
            " security sources said.",
            ON_A_TUESDAY,
        ),
    ],
)
def test_troops_leaving_beside_civilians_still_withdraw(extractor, body, published):
    assert {e.category for e in _events(extractor, body, published)} == {"Withdrawal"}


def test_a_village_of_a_region_told_is_not_moved_across_the_border(extractor):
    body = (
        "Gunmen killed 12 civilians on Sunday in the village of Wendou-Saba in Mali's Mopti"
        " region, a local official said. Wendou-Saba is 30 km from Djibo, across the border in"
        " Burkina Faso."
    )
    (event,) = _events(extractor, body)
    assert event.place.iso3 == "MLI"


def test_the_heaviest_toll_since_a_time_is_one_act(extractor):
    body = (
        "At least 12 soldiers have been killed near Djibo, the army said, the heaviest toll since"
        " the start of the rainy season."
    )
    (event,) = _events(extractor, body, date(2022, 11, 4))
    assert event.fatalities == 12
