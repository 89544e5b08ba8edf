"""An act a sentence opens on ("In another attack on 4 June, ..."), days listed for acts counted
("On 10 and 12 March ... in two attacks"), a year's tally after the act, the dead named by the
group they belong to, a range of the dead told first, a killing after an arrest, a date told
twice ("one week ago on Feb. 5"), a region named in brackets; a village struck told by
another word of the act, villages a "where" clause names, operations going on, the
town of an incident, a side taken ("pro-Bamako") and an act a day's attack comes a week after."""

from datetime import date

from tests.mention_types import day_texts, merged_events


def _events(extractor, body: str, published: date):
    return merged_events(published, extractor, body)


def test_an_act_the_sentence_opens_on_is_the_act_its_clause_tells(extractor):
    body = (
        "- On 5 June, gunmen killed 130 people in Solhan.\n- In another attack on 4 June, a"
        " non-state armed group had irrupted in Goungam (Oudalan province) shooting"
        " indiscriminately at civilians and killing 14."
    )
    events = _events(extractor, body, date(2021, 6, 7))
    (goungam,) = [e for e in events if day_texts(e) == ("2021-06-04", "2021-06-04")]
    assert (goungam.event_type, goungam.fatalities) == ("Violence against civilians", 14)
    assert len(events) == 2


def test_days_listed_for_acts_counted_give_one_event_each_with_a_share_of_the_dead(extractor):
    body = (
        "- On 10 and 12 March, 26 civilians were killed in two attacks against gold-panning"
        " sites in the Seno and Gorom-Gorom provinces (Sahel region)."
    )
    events = _events(extractor, body, date(2022, 3, 14))
    assert sorted(day_texts(e) for e in events) == [
        ("2022-03-10", "2022-03-10"),
        ("2022-03-12", "2022-03-12"),
    ]
    assert sum(e.fatalities for e in events) == 26


def test_a_range_of_days_is_no_list_of_days(extractor):
    body = "From 10 to 12 March, 26 civilians were killed in two attacks near Dori."
    (event,) = _events(extractor, body, date(2022, 3, 14))
    assert day_texts(event) == ("2022-03-10", "2022-03-12")


def test_the_dead_of_a_year_told_after_the_act_are_a_tally_not_its_toll(extractor):
    body = (
        "Thirty-seven civilians were killed when gunmen attacked a village of Fulani herders in"
        " central Mali on Tuesday, the government said.\nThe UN recorded more than 500 civilian"
        " deaths in the area in 2018."
    )
    (event,) = _events(extractor, body, date(2019, 1, 2))
    assert event.fatalities == 37


def test_the_dead_named_by_the_community_they_belong_to_are_civilians(extractor):
    body = "In June, 24 members of the Fulani community were killed in an attack in central Mali."
    (event,) = _events(extractor, body, date(2019, 1, 2))
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 24)


def test_members_of_the_security_forces_killed_make_a_battle(extractor):
    body = "In June, 24 members of the security forces were killed in an attack in central Mali."
    (event,) = _events(extractor, body, date(2019, 1, 2))
    assert event.event_type == "Battles"


def test_a_range_of_dead_told_before_the_passive_verb_counts_its_lowest(extractor):
    body = (
        "According to corroborating sources, between 200 and 400 people were killed last week in"
        " Moura, a village in central Mali, by Malian soldiers and Russian mercenaries."
    )
    (event,) = _events(extractor, body, date(2022, 4, 6))
    assert (event.event_type, event.fatalities) == ("Violence against civilians", 200)


def test_a_killing_after_an_arrest_is_one_event_on_the_arrest_s_days(extractor):
    body = (
        "The bodies of three men who were reportedly executed after their arrest by soldiers in"
        " early October were found near the military camp in the central town of Sofara."
    )
    (event,) = _events(extractor, body, date(2021, 10, 22))
    assert event.event_type == "Violence against civilians"
    assert day_texts(event) == ("2021-10-01", "2021-10-10")
    assert event.place.name == "Sofara"


def test_a_day_told_after_a_vaguer_time_is_the_act_s_day(extractor):
    body = (
        "Al Qaeda in the Islamic Maghreb claimed an attack on a police camp in Timbuktu one week"
        " ago on Feb. 5, when four militants and a peacekeeper died."
    )
    (event,) = _events(extractor, body, date(2016, 2, 12))
    assert day_texts(event) == ("2016-02-05", "2016-02-05")


def test_a_region_named_in_brackets_is_no_namesake_department(extractor):
    body = (
        "At least 25 Nigerien soldiers have died in an attack on the Chinagoder outpost, located"
        " in the district of Banibangou (Tillabery region), about 15 km from the border with Mali."
    )
    (event,) = _events(extractor, body, date(2020, 1, 10))
    assert event.place.name == "Banibangou department"


def test_an_act_told_as_a_village_struck_types_the_lead_that_sums_it_up(extractor):
    body = (
        "A deadly attack in Burkina Faso's Komandjari province has left several dozens dead and"
        " many injured after armed men attacked Kodyel village."
    )
    (event,) = _events(extractor, body, date(2021, 5, 4))
    assert event.event_type == "Violence against civilians"


def test_army_positions_attacked_stay_a_battle_whoever_else_died(extractor):
    body = (
        "Five days later, on 27 July, coordinated attacks targeted army positions in Sokolo and"
        " other localities of the Segou region; the army reported 15 soldiers and three"
        " civilians killed."
    )
    (event,) = _events(extractor, body, date(2022, 8, 1))
    assert event.event_type == "Battles"


def test_attacks_in_villages_a_where_clause_names_hit_their_people(extractor):
    body = (
        "Thiem in western Niger is about 20km from three other villages where a series of"
        " attacks in May by fighters linked to the ISIL (ISIS) armed group forced more than"
        " 11,000 people to flee."
    )
    (event,) = _events(extractor, body, date(2021, 8, 21))
    assert event.event_type == "Violence against civilians"


def test_an_operation_the_army_is_carrying_out_is_what_it_is_busy_with(extractor):
    body = (
        "No one claimed responsibility for the attack in the commune of Fada N'Gourma, around"
        " where the army is carrying out a search operation.\n\nGunmen have stormed a cattle"
        " market and opened fire in an eastern Burkina Faso village, killing at least 20 people."
    )
    (event,) = _events(extractor, body, date(2020, 8, 8))
    assert event.event_type == "Violence against civilians"


def test_a_decision_a_government_is_announcing_stays_an_act(extractor):
    body = (
        "Niger's military government says it is ending its military cooperation agreement with"
        " the United States."
    )
    assert _events(extractor, body, date(2024, 3, 17))


def test_the_town_of_an_incident_told_two_sentences_on_places_a_lead_told_of_a_region(
    extractor,
):
    body = (
        "Twenty-eight bodies were found in northwest Burkina Faso over the weekend, the"
        " government said.\n\nAttacks targeting civilians have increased in recent months.\n\n"
        '"The government was informed of an incident at Nouna during the night of December'
        ' 30-31," a government statement said late Monday.'
    )
    (event,) = _events(extractor, body, date(2023, 1, 3))
    assert event.place.name == "Nouna"


def test_a_side_taken_is_no_place(extractor):
    body = (
        "The Islamic State assassinated an officer of the Movement for the Salvation of Azawad,"
        " a pro-Bamako militia in Mali, on March 1."
    )
    (event,) = _events(extractor, body, date(2022, 3, 25))
    assert event.place.name != "Bamako"


def test_an_act_a_day_s_attack_comes_a_week_after_is_counted_back(extractor):
    body = (
        "Gunmen attacked Kodyel village in Burkina Faso on Monday, killing 30 people.\n\nMonday's"
        " attack comes"
        " exactly one week after two Spanish journalists and an Irish wildlife activist were"
        " killed."
    )
    events = _events(extractor, body, date(2021, 5, 4))
    assert sorted(day_texts(e) for e in events) == [
        ("2021-04-26", "2021-04-26"),
        ("2021-05-03", "2021-05-03"),
    ]


def test_a_future_act_announced_days_before_is_not_counted_back(extractor):
    body = (
        "The attack came days after President Emmanuel Macron announced on Sunday that France"
        " would withdraw its roughly 1,500 troops from Niger by the end of the year."
    )
    events = _events(extractor, body, date(2023, 9, 28))
    assert all(e.date_start >= date(2023, 9, 24) for e in events)


def test_an_explosion_the_sentence_opens_on_keeps_its_kind(extractor):
    body = "In an explosion near Boni in Mali on Tuesday, four Malian soldiers were killed."
    (event,) = _events(extractor, body, date(2022, 3, 8))
    assert event.event_type == "Explosions/Remote violence"


def test_a_toll_risen_to_the_year_s_heaviest_is_the_act_s_toll(extractor):
    body = (
        "Jihadists killed 12 soldiers in an attack on an army post in Indelimane on Friday, the"
        " government said.\n\nThe death toll has since risen to 53, the heaviest loss for the"
        " army this year."
    )
    (event,) = _events(extractor, body, date(2019, 11, 5))
    assert event.fatalities == 53


def test_days_listed_with_a_toll_for_each_are_not_shared_evenly(extractor):
    body = (
        "On 10 and 12 March, 26 civilians were killed in two attacks near Dori in Burkina Faso:"
        " 20 on the first day and six on the second."
    )
    events = _events(extractor, body, date(2022, 3, 14))
    assert len(events) == 2
    assert all(e.fatalities != 13 for e in events)


def test_an_assault_told_live_is_an_act(extractor):
    body = (
        "Jihadists are carrying out an assault on the town of Djibo in Burkina Faso, residents"
        " told AFP by telephone, saying heavy gunfire could be heard since dawn."
    )
    (event,) = _events(extractor, body, date(2022, 6, 14))
    assert event.event_type == "Battles"


def test_violence_in_a_town_told_later_does_not_place_a_lead_told_of_a_region(extractor):
    body = (
        "Gunmen killed 15 civilians in northern Burkina Faso on Sunday, security sources said."
        "\n\nThe region has been hit by jihadist attacks since 2015.\n\nThe violence in Djibo"
        " alone has forced tens of thousands to flee."
    )
    (event,) = _events(extractor, body, date(2022, 6, 14))
    assert event.place.name != "Djibo"


def test_what_a_day_s_attack_happened_after_is_that_attack(extractor):
    body = (
        "Gunmen killed 30 people in Kodyel village in Burkina Faso on Monday.\n\nMonday's attack"
        " happened after dozens of heavily armed men on motorbikes stormed the village at dawn."
    )
    assert len(_events(extractor, body, date(2021, 5, 4))) == 1


def test_ambushes_where_a_clause_says_they_targeted_convoys_stay_battles(extractor):
    body = (
        "Boni in Mali is one of several villages where a series of ambushes in July by JNIM"
        " fighters targeted army supply convoys."
    )
    events = _events(extractor, body, date(2021, 8, 21))
    assert events and all(e.event_type == "Battles" for e in events)
