"""Acts older than the one told, days told far from their act, camps and their garrisons, the
country "the north of the country" means, leads that sum up several attacks, a camp vacated."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention


def test_an_attack_that_came_weeks_after_a_killing_tells_an_older_act(extractor):
    body = (
        "Gunmen killed 33 civilians in the village of Youlou in western Burkina Faso on Thursday."
        "\n\nThe attack came three weeks after at least 60 people were killed in an armed attack"
        " in the northern Burkina Faso town of Ouahigouya."
    )
    found = mentions_of(date(2023, 5, 14), extractor, body)
    older = [m for m in found if m.place.name == "Ouahigouya"]
    assert older, [(m.trigger.text, m.place.name) for m in found]
    assert days_of(older[0])[1] < date(2023, 5, 1)
    lead = only_mention(found, "killed 33")
    assert lead.place.name != "Ouahigouya"


@pytest.mark.parametrize("way", ["bound for", "heading to"])
def test_a_convoy_on_its_way_is_attacked_on_the_day_told(extractor, way):
    body = (
        f"The attack on a supply convoy {way} Djibo on September 26 that resulted in 37 deaths,"
        " 27 of which were troops, was also blamed on JNIM."
    )
    attack = only_mention(mentions_of(date(2022, 10, 30), extractor, body), "attack")
    assert days_of(attack) == (date(2022, 9, 26), date(2022, 9, 26))


def test_an_act_noun_with_a_long_phrase_of_places_is_its_verb_s_act(extractor):
    body = "The attack on a supply convoy near Djibo on September 26 killed 37 people."
    found = mentions_of(date(2022, 10, 30), extractor, body)
    assert len(found) == 1, [m.trigger.text for m in found]
    assert days_of(found[0]) == (date(2022, 9, 26), date(2022, 9, 26))
    assert found[0].fatalities == 37


@pytest.mark.parametrize(
    ("body", "event_type"),
    [
        ("The toll for Thursday's attack on the Chinegodar camp was 25 dead.", "Battles"),
        ("Thursday's attack on the Chinegodar camp killed 25.", "Battles"),
        (
            "An attack on a camp for displaced people near Djibo killed 12 on Thursday.",
            "Violence against civilians",
        ),
        (
            "Gunmen attacked a nomadic camp near Menaka on Thursday, killing 12.",
            "Violence against civilians",
        ),
    ],
)
def test_the_dead_of_a_camp_are_its_garrison_unless_civilians_live_there(
    extractor, body, event_type
):
    found = mentions_of(date(2020, 1, 10), extractor, body)
    assert {m.trigger.event_type for m in found} == {event_type}


def test_a_town_after_came_after_is_not_the_scene_of_the_act_referred_to(extractor):
    body = (
        "Gunmen killed a Catholic priest on Monday near Gassan, in the Nayala province of the"
        " Boucle du Mouhoun region.\n\nThe killing comes days after at least 28 people were found"
        " dead in Nouna, in the neighbouring Kossi province, at the end of last week."
    )
    priest = only_mention(mentions_of(date(2023, 1, 3), extractor, body), "killed")
    assert priest.place.name != "Nouna"


def test_a_few_days_ago_dates_an_act_apart_from_the_lead(extractor):
    body = (
        "A series of drone strikes around the town of Kidal in northern Mali have killed at least"
        " 14 people, the town's mayor said Tuesday.\n\nThe Malian army has not commented on the"
        " attacks, but a few days ago it announced that it had used drones to target terrorist"
        " positions in the former U.N. base in Kidal."
    )
    found = mentions_of(date(2023, 11, 7), extractor, body)
    earlier = [m for m in found if m.date and m.date.date_end < date(2023, 11, 7)]
    assert [(m.trigger.text, m.trigger.event_type) for m in earlier] == [
        ("used drones to target", "Explosions/Remote violence")
    ]
    assert days_of(earlier[0]) == (date(2023, 10, 31), date(2023, 11, 5))


def test_a_lead_summing_up_separate_attacks_takes_the_kind_told_after_it(extractor):
    body = (
        "Seven Malian soldiers were killed in separate attacks on Saturday, the army said.\n\n"
        "Five soldiers were killed while on patrol when their truck hit a roadside bomb near the"
        " central Mali city of Segou, the military said."
    )
    found = mentions_of(date(2021, 10, 31), extractor, body)
    assert {m.trigger.event_type for m in found} == {"Explosions/Remote violence"}


def test_a_camp_vacated_by_a_force_is_news(extractor):
    body = (
        "Children had gathered in front of the former U.N. peacekeeping camp in Kidal that was"
        " vacated a week ago."
    )
    vacated = only_mention(mentions_of(date(2023, 11, 7), extractor, body), "vacated")
    assert vacated.trigger.event_type == "Strategic developments"


def test_displaced_people_vacating_a_camp_is_no_withdrawal(extractor):
    body = "Authorities ordered some 2,000 displaced people to vacate a camp in Kaya on Monday."
    assert not mentions_of(date(2023, 11, 7), extractor, body)


def test_a_blast_that_happened_hours_after_a_convoy_left_a_town_is_placed_near_it(extractor):
    body = (
        "The UN convoy was hit by explosive devices shortly after leaving the northern stronghold"
        " on Tuesday.\n\nSeveral peacekeepers were wounded. The blasts happened a few hours after"
        " the convoy left Kidal, the mission said."
    )
    blast = only_mention(mentions_of(date(2023, 11, 1), extractor, body), "explosive devices")
    assert blast.place.name == "Kidal"


def test_the_center_of_the_country_is_that_of_the_country_named_last(extractor):
    body = (
        "After the most recent incident on August 18 in Burkina Faso it is Mali's turn, where"
        " yesterday August 19, a military convoy was attacked near Boni in the center of the"
        " country.\n\nOn August 18, in Burkina Faso, 80 people died in an attack on a convoy"
        " that had left Dori. The attackers opened fire between Arbinda and Gorgadji. In"
        " Burkina Faso, as in Mali, attacks on the army are frequent."
    )
    convoy = only_mention(mentions_of(date(2021, 8, 20), extractor, body), "attacked")
    assert (convoy.place.name, convoy.place.iso3) == ("Boni", "MLI")


def test_the_country_s_west_is_that_of_the_country_the_story_is_about(extractor):
    body = (
        "The Niger government has declared three days of national mourning after 89 soldiers were"
        " killed.\n\nThe attack tops the toll of last month's raid by jihadist militants on"
        " another military outpost in the country's west, which left 71 soldiers dead.\n\n"
        "Troops in Niger and neighbouring Mali are fighting an insurgency. Thirteen French"
        " soldiers died in Mali in November. Fifty soldiers died in the northeast of Mali."
        " The attackers came from the Mali border."
    )
    found = mentions_of(
        date(2020, 1, 13), extractor, body, title="Niger mourns 89 soldiers killed in attack"
    )
    raid = only_mention(found, "raid")
    assert raid.place.iso3 == "NER"


def test_a_day_told_after_a_list_of_victims_is_the_killing_s(extractor):
    body = (
        "Gunmen killed six French aid workers, a Nigerien guide, and a driver in a wildlife park"
        " in Niger on Sunday, officials said."
    )
    killed = only_mention(mentions_of(date(2020, 8, 10), extractor, body), "killed")
    assert days_of(killed) == (date(2020, 8, 9), date(2020, 8, 9))


def test_a_ship_attacked_on_the_river_is_an_attack_on_civilians(extractor):
    body = "Jihadists attacked a ship near Timbuktu on Thursday, officials said."
    attacked = only_mention(mentions_of(date(2023, 9, 8), extractor, body), "attacked")
    assert attacked.trigger.event_type == "Violence against civilians"


def test_an_attack_after_midnight_keeps_its_town(extractor):
    body = (
        "Gunmen killed 20 civilians in northern Burkina Faso, officials said. The attack came"
        " just after midnight in Seytenga."
    )
    killed = only_mention(mentions_of(date(2022, 6, 14), extractor, body), "killed")
    assert killed.place.name == "Seytenga"


def test_a_lead_of_soldiers_killed_in_separate_attacks_is_no_abduction(extractor):
    body = (
        "Seven soldiers were killed in separate attacks in northern Burkina Faso on Sunday, the"
        " army said.\n\nIn one of them, gunmen abducted a local official near Djibo."
    )
    found = mentions_of(date(2023, 5, 9), extractor, body)
    assert only_mention(found, "attacks").trigger.event_type == "Battles"


@pytest.mark.parametrize(
    "body",
    [
        "The village of Youlou in Burkina Faso was attacked on Thursday, with 33 civilians killed.",
        "Gunmen attacked Djibo on Thursday, with 33 civilians killed and 12 wounded.",
    ],
)
def test_with_people_killed_after_an_act_is_its_toll(extractor, body):
    found = mentions_of(date(2023, 5, 14), extractor, body)
    assert {days_of(m) for m in found} == {(date(2023, 5, 11), date(2023, 5, 11))}
    assert 33 in {m.fatalities for m in found}


@pytest.mark.parametrize("plan", ["were planning to", "were preparing to", "were plotting to"])
def test_an_attack_planned_is_no_attack(extractor, plan):
    body = (
        "On April 28, the defence ministry said that suspects"
        f" {plan} attack the market town of Banibangou."
    )
    found = mentions_of(date(2021, 5, 3), extractor, body)
    assert not [m for m in found if "attack" in m.trigger.text]
