"""Wire-report clauses: ministers seized in a coup, a count before a town's name, "a July coup",
crowds at a foreign embassy, a lead's scene going on, a side named only in a clause about the
victims, and an act told in a clause of its own after "shortly after"."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

QUIET = "Nothing was said. Nothing more. Still nothing. "  # keeps what follows out of the lead


def test_ministers_seized_with_no_one_named_are_arrested(extractor):
    body = (
        QUIET + "President Bah Ndaw, prime minister Moctar Ouane and defence minister Souleymane "
        "Doucoure were all seized on Monday and taken to a military base in Kati."
    )
    seized = only_mention(mentions_of(date(2021, 5, 24), extractor, body), "seized")
    assert (seized.trigger.event_type, seized.trigger.sub_event_type) == (
        "Strategic developments",
        "Arrests",
    )


@pytest.mark.parametrize(
    "who",
    ["Five villagers", "A former minister", "The president of the local youth association"],
)
def test_others_seized_with_no_one_named_are_still_abducted(extractor, who):
    body = QUIET + f"{who} were seized on Monday near Timbuktu."
    seized = only_mention(mentions_of(date(2021, 5, 24), extractor, body), "seized")
    assert seized.trigger.event_type == "Violence against civilians"


def test_a_count_before_a_town_leaves_the_town_a_place(extractor):
    body = QUIET + "In March 2021, 33 Tessit relief soldiers were killed in an ambush."
    found = mentions_of(date(2022, 8, 10), extractor, body)
    assert {m.place.name for m in found if m.place} == {"Tessit"}


def test_a_coup_named_with_its_month_after_a_is_dated_by_it(extractor):
    body = (
        QUIET + "Following a July coup, Niger said in mid-March that the agreement had been "
        "imposed by the United States."
    )
    coup = only_mention(mentions_of(date(2024, 4, 13), extractor, body), "coup")
    assert days_of(coup) == (date(2023, 7, 1), date(2023, 7, 31))


def test_crowds_at_a_foreign_embassy_are_in_the_capital(extractor):
    body = (
        "Gunshots rang out across Burkina Faso's capital on Saturday after Ibrahim Traore "
        "accused Paul-Henri Damiba of staging a counter-offensive. Hundreds of people who "
        "support Traore's takeover gathered in front of the French embassy in protest on "
        "Saturday."
    )
    protest = only_mention(mentions_of(date(2022, 10, 2), extractor, body), "protest")
    assert protest.place.name == "Ouagadougou"


def test_the_lead_scene_goes_on_in_the_next_sentence_of_its_paragraph(extractor):
    body = (
        "Hundreds of people gathered in front of the French embassy in Ouagadougou in protest "
        "on Saturday. Anti-French demonstrators also gathered and stoned the French Cultural "
        "Centre in the southern town of Bobo-Dioulasso."
    )
    stoned = [
        m for m in mentions_of(date(2022, 10, 2), extractor, body) if m.place.name != "Ouagadougou"
    ]
    assert [days_of(m) for m in stoned] == [(date(2022, 10, 1), date(2022, 10, 1))]


def test_a_side_named_in_a_clause_about_the_victims_did_not_attack(extractor):
    body = (
        QUIET + "At least 12 people, most of them volunteers supporting the armed forces, were "
        "killed near Boulsa on Wednesday in an attack by suspected militants."
    )
    found = mentions_of(date(2022, 12, 8), extractor, body)
    assert found
    assert not any("Military Forces" in name for m in found for name in m.actors)


def test_the_group_an_attack_is_claimed_by_stays_its_side(extractor):
    body = QUIET + "Ten soldiers were killed near Djibo on Sunday in an attack claimed by JNIM."
    found = mentions_of(date(2023, 6, 2), extractor, body)
    assert any("JNIM" in name for m in found for name in m.actors)


def test_an_act_with_its_own_subject_after_shortly_after_is_another_event(extractor):
    body = (
        "Mali had already carried out airstrikes on insurgent targets in and around "
        "Tinzaouaten shortly after Tuareg and extremist fighters killed a large number of Malian "
        "soldiers and Russian Wagner mercenaries near the town in July."
    )
    found = mentions_of(date(2024, 8, 26), extractor, body)
    assert sorted(m.trigger.event_type for m in found) == ["Battles", "Explosions/Remote violence"]
    (killed,) = [m for m in found if m.trigger.event_type == "Battles"]
    assert days_of(killed) == (date(2024, 7, 1), date(2024, 7, 31))


def test_a_dateline_with_the_country_in_capitals_is_not_the_scene(extractor):
    body = (
        "OUAGADOUGOU, BURKINA FASO (AFP, NYTIMES) - Armed assailants killed at least 160 "
        "civilians in a village in Burkina Faso's volatile north, local officials said on Sunday."
    )
    killed = only_mention(mentions_of(date(2021, 6, 6), extractor, body), "killed")
    assert killed.place.name == "Burkina Faso"


def test_countries_whose_borders_a_region_is_near_are_not_the_scene(extractor):
    body = (
        QUIET + "Gunmen killed 12 herders in northern Burkina Faso on Sunday. In the region near "
        "the borders of Mali and Niger, they attacked a market on Monday."
    )
    attacked = only_mention(mentions_of(date(2021, 6, 8), extractor, body), "attacked")
    assert attacked.place.iso3 == "BFA"


def test_a_town_the_sentence_opens_with_is_the_scene_of_its_reported_acts(extractor):
    body = (
        "Armed assailants killed at least 160 civilians in a village in the north of Burkina "
        "Faso, officials said on Sunday. In Solhan, in the region near the borders of Mali and "
        "Niger, local sources said they had recovered 160 bodies from three mass graves."
    )
    graves = only_mention(mentions_of(date(2021, 6, 6), extractor, body), "graves")
    assert graves.place.name == "Solhan"


def test_acts_told_as_going_on_up_to_now_are_no_event(extractor):
    body = (
        "Gunmen killed 14 people late on Friday in Tadaryat, a region where extremists have "
        "been targeting civilians and soldiers."
    )
    found = mentions_of(date(2021, 6, 6), extractor, body)
    assert [m.trigger.text.split()[0] for m in found] == ["killed"]


def test_this_weekend_in_a_past_tense_report_is_the_weekend_just_gone(extractor):
    body = (
        "Fifty-three people were killed in an attack on a gendarmerie post in northern Burkina "
        "Faso this weekend, the government said."
    )
    attack = only_mention(mentions_of(date(2021, 11, 17), extractor, body), "attack")
    assert days_of(attack) == (date(2021, 11, 13), date(2021, 11, 14))


def test_a_protest_against_militants_who_regularly_attack_is_peaceful_and_alone(extractor):
    body = (
        QUIET + "On Monday, hundreds of protesters took to the streets of Burkina Faso's capital, "
        "demanding the president resign for failing to rein in militants who regularly attack "
        "Burkinabe forces and civilians."
    )
    found = mentions_of(date(2021, 11, 17), extractor, body)
    assert [(m.trigger.event_type, m.trigger.sub_event_type) for m in found] == [
        ("Protests", "Peaceful protest")
    ]


def test_attacks_the_crowd_blames_the_state_for_not_stopping_are_no_riot(extractor):
    body = (
        QUIET + "Hundreds of people protested in several cities across Burkina Faso on Tuesday "
        'to demand resignations over the "inability to stop the terrorist attacks."'
    )
    protested = only_mention(mentions_of(date(2021, 11, 17), extractor, body), "protested")
    assert protested.trigger.event_type == "Protests"


def test_a_report_told_as_also_said_keeps_the_days_of_the_lead(extractor):
    body = (
        "The army said on Monday it repelled an attack near Djibo. The army also said its "
        "aircraft had killed dozens of militants near Arbinda."
    )
    killed = only_mention(mentions_of(date(2023, 6, 6), extractor, body), "killed")
    assert days_of(killed) == (date(2023, 6, 4), date(2023, 6, 6))


def test_fighting_since_a_day_goes_on_as_an_event(extractor):
    body = QUIET + "Since Sunday, soldiers have been fighting jihadists around Djibo."
    fighting = only_mention(mentions_of(date(2023, 6, 6), extractor, body), "fighting")
    assert fighting.trigger.event_type == "Battles"


def test_youths_throwing_stones_at_a_protest_riot(extractor):
    body = (
        QUIET + "Hundreds of youths throwing stones protested outside the gendarmerie in Kaya "
        "on Saturday."
    )
    found = mentions_of(date(2023, 6, 6), extractor, body)
    assert [m.trigger.event_type for m in found] == ["Riots"]


def test_the_day_told_after_the_road_a_convoy_was_on_is_the_attack_day(extractor):
    body = (
        QUIET + "The company said five of its buses came under fire on the road leading to its "
        "mine in the eastern region of Est on Wednesday."
    )
    fire = only_mention(mentions_of(date(2019, 11, 7), extractor, body), "came under fire")
    assert days_of(fire) == (date(2019, 11, 6), date(2019, 11, 6))
    assert fire.place.name == "Est"


def test_people_missing_on_a_day_after_an_ambush_date_it_on_or_before_that_day(extractor):
    body = (
        QUIET + "Dozens of people were still missing on Thursday after an ambush near a mine in "
        "Burkina Faso killed at least 37."
    )
    ambush = only_mention(mentions_of(date(2019, 11, 8), extractor, body), "ambush")
    assert days_of(ambush) == (date(2019, 11, 5), date(2019, 11, 7))
