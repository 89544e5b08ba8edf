"""What wire reports tell in their own ways: "in the month of August" is August; a resident
"reached by phone from the capital Ouagadougou" speaks from there, which is no scene; a "coup
leader" is a person, not a coup; "25 kilometres (15 miles) from Gorgadji" is near Gorgadji;
"arrested in central Mali Wednesday" is dated; "the day after 37 civilians were killed" puts the
killing the day before; "the latest clash" names the attack told before it."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


def test_the_month_of_august_dates_an_act_outside_the_lead(extractor):
    body = QUIET + (
        "In the month of August, five police officers and around 20 others were killed in "
        "Centre-East province."
    )
    killed = only_mention(mentions_of(date(2023, 9, 6), extractor, body), "killed")
    assert days_of(killed) == (date(2023, 8, 1), date(2023, 8, 31))


def test_during_the_month_of_july_is_this_year_s_july(extractor):
    body = QUIET + "During the month of July, gunmen killed 12 people in Kaya."
    killed = only_mention(mentions_of(date(2023, 9, 6), extractor, body), "killed")
    assert days_of(killed) == (date(2023, 7, 1), date(2023, 7, 31))


def test_a_speaker_reached_by_phone_from_the_capital_is_not_the_scene(extractor):
    body = (
        "Gunmen on motorbikes attacked the village of Yirgou in Barsalogo district on Tuesday "
        "morning, killing six people.\n\nA Barsalogo resident, reached by phone by AFP from the "
        "capital Ouagadougou, said local villagers then attacked a camp of herders."
    )
    found = mentions_of(date(2019, 1, 3), extractor, body)
    assert "Ouagadougou" not in {m.place.name for m in found if m.place is not None}


def test_a_coup_leader_speaking_is_no_coup(extractor):
    body = QUIET + (
        "On December 17, coup leader General Abdourahamane Tiani said the security situation "
        "was normalising. The coup plotters were arrested on Monday."
    )
    found = mentions_of(date(2023, 12, 20), extractor, body)
    assert [m.trigger.category for m in found] == ["Arrest"]


def test_a_coup_attempt_and_coup_leaders_seizing_power_are_coups(extractor):
    body = QUIET + (
        "A coup attempt failed on Sunday in Niamey. Coup leaders seized power in Mali on Friday."
    )
    found = mentions_of(date(2023, 12, 20), extractor, body)
    assert len(found) == 2


def test_a_distance_given_in_two_units_still_measures_from_the_town(extractor):
    body = (
        "Suspected jihadists have killed 47 people, including 30 civilians, in an attack on a "
        "convoy in northern Burkina Faso, the government said Wednesday.\n\nThe assault left 14 "
        "soldiers and three militia volunteers dead 25 kilometres (15 miles) from Gorgadji, said "
        "the communications ministry."
    )
    found = mentions_of(date(2021, 8, 18), extractor, body)
    assert {m.place.name for m in found} == {"Gorgadji"}


ARRESTS = (
    "Seven people were arrested in central Mali Wednesday, the day after 37 civilians were "
    "killed when armed men attacked a village in the region in the latest clash between warring "
    "communities, the government said."
)


def test_a_bare_weekday_after_a_place_name_dates_the_act(extractor):
    arrest = only_mention(mentions_of(date(2019, 1, 3), extractor, ARRESTS), "arrested")
    assert days_of(arrest) == (date(2019, 1, 2), date(2019, 1, 2))


def test_the_day_after_an_act_puts_that_act_the_day_before(extractor):
    found = mentions_of(date(2019, 1, 3), extractor, ARRESTS)
    attack = next(m for m in found if m.trigger.category != "Arrest")
    assert days_of(attack) == (date(2019, 1, 1), date(2019, 1, 1))


def test_the_latest_clash_names_the_attack_on_a_village_told_before_it(extractor):
    found = mentions_of(date(2019, 1, 3), extractor, ARRESTS)
    assert sorted(m.trigger.event_type for m in found) == [
        "Strategic developments",
        "Violence against civilians",
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Thousands marched on Palm Sunday in Bamako.",
        "The Sunday Times reported that soldiers were killed in Mali.",
        "The day before yesterday, gunmen killed five people in Djibo.",
    ],
)
def test_named_days_stay_names(extractor, sentence):
    found = mentions_of(date(2019, 4, 18), extractor, QUIET + sentence)
    assert all(m.date.date_start != date(2019, 4, 14) for m in found)


def test_an_attack_on_posts_in_two_towns_is_told_at_each(extractor):
    body = QUIET + "Two army posts in Boulkessi and Mondoro were attacked Sunday morning."
    found = mentions_of(date(2021, 1, 25), extractor, body)
    assert sorted(m.place.name for m in found) == ["Boulkessi", "Mondoro"]


def test_the_dead_of_acts_at_listed_towns_are_counted_once(extractor):
    body = QUIET + (
        "Gunmen on motorbikes attacked the villages of Dinangourou and Boulkessi on Sunday, "
        "killing 12 civilians."
    )
    found = mentions_of(date(2021, 1, 25), extractor, body)
    assert sorted(m.place.name for m in found) == ["Boulkessi", "Dinangourou"]
    assert sum(m.fatalities or 0 for m in found) == 12


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen attacked a bus between Gao and Timbuktu on Sunday.",
        "Gunmen attacked a bus travelling from Gao to Timbuktu on Sunday.",
    ],
)
def test_a_road_or_a_protest_is_not_told_at_each_town(extractor, sentence):
    assert len(mentions_of(date(2021, 1, 25), extractor, QUIET + sentence)) == 1
