"""How wire copy tells time and place: years that name things, deadlines, asides, colons, leads
told of a whole country, acts told many times, and towns named inside the act."""

from datetime import date

import pytest
from mention_types import days_of, mentions_of, only_mention

PUBLISHED = date(2023, 10, 28)


def test_a_year_naming_a_treaty_does_not_date_its_termination(extractor):
    body = (
        "Talks went on. In a statement read on state television late Monday, the spokesman said"
        " the junta was terminating the 2013 status-of-forces agreement, as well as a 2014"
        " defense cooperation treaty."
    )
    found = mentions_of(date(2022, 5, 3), extractor, body)
    assert days_of(only_mention(found, "terminating")) == (date(2022, 5, 2), date(2022, 5, 2))


def test_the_year_of_the_agreement_a_group_signed_dates_the_signing(extractor):
    body = (
        "Fighting went on. Another thing happened. A third one too. The CSP brings together the"
        ' groups that signed the 2015 peace agreement with the government, the "Algiers'
        ' agreement", which the coalition says is empty.'
    )
    signed = only_mention(mentions_of(PUBLISHED, extractor, body), "signed")
    assert days_of(signed) == (date(2015, 1, 1), date(2015, 12, 31))


def test_a_deadline_is_not_when_the_decision_was_announced(extractor):
    body = (
        "Talks went on. After weeks of tension, President Emmanuel Macron announced in late"
        " September that France would withdraw its ambassador and its troops by the end of the"
        " year."
    )
    withdraw = only_mention(mentions_of(date(2023, 12, 23), extractor, body), "withdraw")
    assert withdraw.date.date_start.month == 9 and withdraw.status == "occurred"


def test_the_base_left_is_the_scene_not_where_the_convoy_went(extractor):
    body = (
        "Talks went on. In October, a first convoy of soldiers left the Ouallam base by road for"
        " N'Djamena, in Chad, escorted by Nigerien troops."
    )
    left = only_mention(mentions_of(date(2023, 12, 23), extractor, body), "left")
    assert left.place.name.startswith("Ouallam")


def test_people_gathered_at_a_square_to_demand_something_are_a_protest(extractor):
    body = (
        "Several hundred people gathered on Friday afternoon at the Place de la Nation in"
        " Ouagadougou to demand the departure of the French special forces."
    )
    found = mentions_of(date(2023, 1, 21), extractor, body)
    protest = only_mention(found, "gathered")
    assert protest.trigger.event_type == "Protests"
    assert days_of(protest) == (date(2023, 1, 20), date(2023, 1, 20))


def test_what_follows_a_colon_happened_when_the_clause_before_it_did(extractor):
    body = (
        "Crowds marched on Friday. The French embassy was already the target of angry crowds in"
        " early October: demonstrators set fire to the barriers of the embassy and threw stones,"
        " and the French institute in Bobo-Dioulasso was also attacked."
    )
    found = mentions_of(date(2023, 1, 21), extractor, body)
    bobo = [m for m in found if m.place is not None and m.place.name == "Bobo-Dioulasso"]
    assert [(m.trigger.event_type, m.date.date_start) for m in bobo] == [
        ("Riots", date(2022, 10, 1))
    ]


def test_months_of_blockades_after_a_colon_take_no_day(extractor):
    body = (
        "Talks went on. Good news had come on Sunday: in Niono, dozo hunters and jihadist"
        " fighters signed a local truce, meant to end months of blockades around villages such"
        " as Farabougou."
    )
    found = mentions_of(date(2021, 3, 16), extractor, body)
    assert "blockades" not in [m.trigger.text for m in found]


def test_a_report_set_off_by_commas_leaves_the_opening_date_to_the_act(extractor):
    body = (
        "Talks went on. Earlier this month, it said, one of its transport planes was hit by"
        " gunfire as it landed at Tessalit; nobody was badly hurt."
    )
    gunfire = only_mention(mentions_of(PUBLISHED, extractor, body), "gunfire")
    assert gunfire.date.date_start == date(2023, 10, 1)


def test_a_bomb_after_a_camp_came_under_fire_several_times_keeps_its_own_type(extractor):
    body = (
        "The camp had come under fire several times in recent days, two U.N. sources said.\n\n"
        "A convoy of peacekeepers that left the area struck an improvised explosive device on"
        " Sunday on the road between Tessalit and Aguelhok, wounding several peacekeepers."
    )
    bomb = only_mention(mentions_of(date(2023, 10, 23), extractor, body), "explosive")
    assert bomb.trigger.event_type == "Explosions/Remote violence"


def test_a_lead_told_of_a_whole_country_takes_the_town_the_next_sentence_names(extractor):
    body = (
        "Niamey (APS) - The last French soldiers left Niger on Friday, completing a withdrawal"
        " demanded by the military regime, the French army said.\n\n"
        "A final contingent of a few dozen soldiers took off from the air base in Niamey, the"
        " French general staff said in a statement."
    )
    left = only_mention(mentions_of(date(2023, 12, 23), extractor, body), "left")
    assert left.place.name == "Niamey"


def test_a_lead_whose_only_date_is_a_long_stretch_takes_the_day_of_its_announcement(extractor):
    body = (
        "Mali's military government says it is ending the defence agreements that have governed"
        " the presence of French troops in the country since 2013.\n\n"
        "The announcement was read on state broadcaster ORTM on Monday evening by the government"
        " spokesman."
    )
    ending = only_mention(mentions_of(date(2022, 5, 3), extractor, body), "ending")
    assert ending.date.date_end == date(2022, 5, 2)  # by the day it was read, not the week
    assert ending.date.date_start >= date(2022, 4, 30)


def test_forces_pulled_out_of_a_country_and_no_battle_in_the_conditions_for_fighting(extractor):
    body = (
        "Talks went on. France announced in February that it would pull its Barkhane force and"
        " its European partners out of Mali after nine years, saying the conditions for fighting"
        " the jihadists were no longer met."
    )
    found = mentions_of(date(2022, 5, 3), extractor, body)
    assert [(m.trigger.text, m.trigger.event_type) for m in found] == [
        ("pull", "Strategic developments")
    ]


def test_the_town_by_the_first_word_of_an_act_outranks_the_town_by_its_outcome(extractor):
    body = (
        "Talks went on. On 7 September, a passenger boat was attacked near Bamba, between Gao and"
        " Timbuktu, killing dozens of civilians as well as soldiers on board."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert [m.place.name for m in found] == ["Bamba"]


def test_a_staff_saying_its_units_took_a_town_took_it_for_the_state(extractor):
    body = (
        "Talks went on. In a statement read on state television late on Saturday, the general"
        ' staff said its units had "taken control" of Anéfis and were securing the town.'
    )
    taken = only_mention(mentions_of(date(2023, 10, 8), extractor, body), "control")
    assert taken.trigger.sub_event_type == "Government regains territory"


def test_rebels_saying_they_took_a_town_took_it_for_themselves(extractor):
    body = "Talks went on. The rebels said they took control of Anéfis on Saturday."
    taken = only_mention(mentions_of(date(2023, 10, 8), extractor, body), "control")
    assert taken.trigger.sub_event_type == "Non-state actor overtakes territory"


def test_sanctions_and_threats_four_days_after_a_coup_are_both_four_days_after_it(extractor):
    body = (
        "Talks went on. Bazoum, elected in 2021, was overthrown on 26 July by members of his own"
        " presidential guard. He has refused to resign.\n\nFour days after the coup, the West"
        " African bloc Ecowas imposed sweeping sanctions on Niger and threatened to use force."
    )
    found = mentions_of(date(2023, 10, 19), extractor, body)
    assert [(m.trigger.text, m.date.date_start) for m in found] == [
        ("overthrown", date(2023, 7, 26)),
        ("sanctions", date(2023, 7, 30)),
        ("threatened", date(2023, 7, 30)),
    ]


def test_an_escape_from_the_presidential_residence_is_told_in_the_capital(extractor):
    body = (
        "NIAMEY, Oct 19 (GDA) - Niger's military rulers said on Thursday that deposed President"
        " Mohamed Bazoum had tried to escape from the presidential residence where he has been"
        " held since the coup in July."
    )
    escape = only_mention(mentions_of(date(2023, 10, 19), extractor, body), "escape")
    assert (escape.place.name, escape.date.date_end) == ("Niamey", date(2023, 10, 19))


def test_a_suspension_ordered_by_a_communique_read_on_saturday_happened_then(extractor):
    body = (
        "Talks went on. Another thing. Third thing. The transitional government has ordered the"
        " immediate suspension of Radio France Internationale (RFI) throughout the national"
        ' territory "until further notice", according to a communiqué signed by the government'
        " spokesman and read on Saturday."
    )
    suspension = only_mention(mentions_of(date(2022, 12, 4), extractor, body), "suspension")
    assert suspension.date.date_end == date(2022, 12, 3)


def test_killings_counted_back_from_the_day_of_the_main_clause_are_still_dated(extractor):
    body = (
        "Talks went on. Many fled.\n\nOn 1 February, three days after the killings in Zaongo,"
        " survivors reached Kaya."
    )
    found = mentions_of(date(2024, 2, 3), extractor, body)
    dated = {m.date.date_start for m in found if m.trigger.text == "killings"}
    assert dated == {date(2024, 1, 29)}


def test_an_arrest_on_its_own_day_in_a_log_is_not_the_demonstration_before_it(extractor):
    body = (
        "Talks went on. Protesters gathered in Niamey to support the junta, and police fired"
        " tear gas.\n\n31 JUL - The party reports the arrest of several ministers of the deposed"
        " government."
    )
    found = mentions_of(date(2023, 8, 12), extractor, body)
    arrests = [m for m in found if m.trigger.sub_event_type == "Arrests"]
    assert [m.date.date_end for m in arrests] == [date(2023, 7, 31)]


def test_a_massacre_takes_the_month_a_clause_on_its_victims_tells(extractor):
    body = (
        "Gunmen attacked Manni on Sunday. The attack comes less than two months after the"
        " massacre in Barsalogho, where jihadists killed hundreds of civilians who had been"
        " ordered to dig trenches around the town in August."
    )
    found = mentions_of(date(2024, 10, 9), extractor, body)
    killed = only_mention(found, "killed")
    assert days_of(killed) == (date(2024, 8, 1), date(2024, 8, 31))


def test_the_year_a_leader_deserted_does_not_date_the_assault_he_led(extractor):
    body = (
        "Gunmen attacked the camp on Sunday. The assault was led by a former army colonel who"
        " deserted in 2012 to join the rebels."
    )
    found = mentions_of(date(2019, 3, 18), extractor, body)
    assert all(m.date.date_start.year == 2019 for m in found)


def test_a_date_after_a_colon_belongs_to_the_release_it_opens(extractor):
    body = (
        "Talks went on. His release comes after other Western hostages were freed in the region:"
        " in October 2020, French aid worker Sophie Pétronin was released in Mali."
    )
    released = only_mention(mentions_of(date(2022, 12, 5), extractor, body), "released")
    assert (released.date.date_start, released.place.iso3) == (date(2020, 10, 1), "MLI")


def test_a_deadline_that_expired_on_sunday_expired_last_sunday(extractor):
    body = (
        "Talks went on. That deadline expired on Sunday without any move by the armies. Hours"
        " before it ran out, the junta closed Niger's airspace, saying it feared an imminent"
        " attack. The same day, tens of thousands of its supporters filled a stadium in Niamey."
    )
    found = mentions_of(date(2023, 8, 11), extractor, body)
    rally = only_mention(found, "stadium")
    assert (rally.trigger.event_type, rally.date.date_start) == ("Protests", date(2023, 8, 6))
    assert "attack" not in [m.trigger.text for m in found]  # feared, not done
    assert only_mention(found, "airspace").trigger.event_type == "Strategic developments"


def test_soldiers_arrested_in_july_before_a_withdrawal_still_to_come_were_arrested_in_the_past(
    extractor,
):
    body = (
        "Talks went on. Côte d'Ivoire has also said it will gradually withdraw its contingent,"
        " after 49 of its soldiers were arrested at Bamako airport in July."
    )
    arrested = only_mention(mentions_of(date(2022, 11, 25), extractor, body), "arrested")
    assert arrested.date.date_start == date(2022, 7, 1)


def test_a_new_government_announced_late_wednesday_is_an_event_of_that_day(extractor):
    body = (
        "Talks went on. Late Wednesday, the junta announced the composition of a new government"
        " of 21 ministers in a decree read on national television."
    )
    formed = only_mention(mentions_of(date(2023, 8, 11), extractor, body), "government")
    assert days_of(formed) == (date(2023, 8, 9), date(2023, 8, 9))


def test_weekdays_followed_by_their_written_days_take_those_days(extractor):
    body = (
        "Talks went on. Dr Elliott and his wife were abducted from the town of Djibo on the"
        " night of Friday to Saturday, 15 to 16 January 2016."
    )
    abducted = only_mention(mentions_of(date(2023, 5, 20), extractor, body), "abducted")
    assert days_of(abducted) == (date(2016, 1, 15), date(2016, 1, 16))


def test_the_removal_of_a_president_by_his_guard_is_a_coup_in_the_capital(extractor):
    body = (
        "Talks went on. Since the removal of President Mohamed Bazoum on 26 July by the"
        " Presidential Guard, Niger has been under heavy sanctions."
    )
    removal = only_mention(mentions_of(date(2023, 10, 4), extractor, body), "removal")
    assert (removal.date.date_start, removal.place.name) == (date(2023, 7, 26), "Niamey")


def test_a_magazine_suspended_and_the_day_the_decision_was_announced(extractor):
    body = (
        "Burkina Faso's military government has suspended the distribution of the Paris-based"
        ' magazine Jeune Afrique in the country "until further notice".\n\nThe decision was'
        " announced by the government on Monday in a statement signed by its spokesman."
    )
    suspended = only_mention(mentions_of(date(2023, 9, 26), extractor, body), "suspended")
    assert days_of(suspended) == (date(2023, 9, 25), date(2023, 9, 25))


def test_a_quoted_aside_does_not_part_a_postponement_from_its_election(extractor):
    body = (
        'Talks went on. In September, the government announced the postponement, "for technical'
        ' reasons", of the presidential election that had been scheduled for February 2024.'
    )
    put_off = only_mention(mentions_of(date(2023, 12, 22), extractor, body), "postponement")
    assert put_off.date.date_start == date(2023, 9, 1)


def test_dissolving_a_body_is_an_event_and_a_coup_dissolving_the_assembly_stays_one(extractor):
    body = (
        "The transitional government has dissolved the Observatory for elections and good"
        " governance.\n\nThe decision was adopted at the Council of Ministers held on Wednesday."
    )
    dissolved = only_mention(mentions_of(date(2023, 12, 22), extractor, body), "dissolved")
    assert days_of(dissolved) == (date(2023, 12, 20), date(2023, 12, 20))
    coup = (
        "Talks went on. The military said on Monday it had removed President Kabore from power,"
        " suspended the constitution and dissolved the government and the National Assembly."
    )
    found = mentions_of(date(2022, 1, 25), extractor, coup)
    assert {m.trigger.category for m in found} == {"Coup"}


def test_sanctions_in_a_lead_take_the_day_the_next_sentence_says_they_were_announced(extractor):
    body = (
        "The United States has imposed sanctions on Mali's defence minister and two senior air"
        " force officers.\n\nThe US Treasury said on Monday that the three officers had"
        ' "facilitated and expanded" the group\'s presence in Mali.'
    )
    sanctions = only_mention(mentions_of(date(2023, 7, 25), extractor, body), "sanctions")
    assert sanctions.date.date_end == date(2023, 7, 24)
    assert sanctions.date.date_start >= date(2023, 7, 22)


@pytest.mark.parametrize(
    "body",
    [
        "Talks went on. Residents gathered the bodies of the victims in Gao on Monday and began"
        " to call relatives.",
        "Talks went on. Rescuers pulled a child from the rubble on Monday and carried him out of"
        " the ruins in Mopti.",
        "Talks went on. The removal of the president of the football federation was announced in"
        " Bamako on Monday.",
        "Talks went on. The court ordered the dissolution of the marriage in Bamako on Monday.",
        "Talks went on. Thousands of people packed the stadium in Niamey on Sunday to watch the"
        " football final.",
    ],
)
def test_everyday_gatherings_rescues_and_dissolutions_are_no_events(extractor, body):
    assert mentions_of(PUBLISHED, extractor, body) == ()


def test_only_the_act_right_after_refused_to_was_not_done(extractor):
    body = (
        "Talks went on. Soldiers who refused to surrender were killed by jihadists in Dori on"
        " Monday. Rights groups condemned detention conditions for the 30 men arrested in Gao on"
        " Monday."
    )
    found = mentions_of(PUBLISHED, extractor, body)
    assert sorted(m.trigger.text for m in found) == ["arrested", "killed"]


def test_a_year_after_an_opening_place_still_carries_to_a_later_day(extractor):
    body = (
        "Talks went on. In Mopti, on 3 June 2023, gunmen attacked a market, and on 5 June they"
        " attacked a village nearby."
    )
    found = mentions_of(date(2024, 8, 1), extractor, body)
    assert {m.date.date_start.year for m in found} == {2023}


def test_a_past_day_told_with_by_still_dates_the_act(extractor):
    body = (
        "Talks went on. Police announced on Monday that they had arrested 12 men in Gao by the"
        " end of last week."
    )
    arrested = only_mention(mentions_of(date(2023, 12, 23), extractor, body), "arrested")
    assert arrested.date.date_end <= date(2023, 12, 17)


def test_a_president_dissolving_his_cabinet_changes_the_government_no_coup(extractor):
    body = "Talks went on. President Tinubu dissolved the cabinet on Monday in a reshuffle."
    dissolved = only_mention(mentions_of(PUBLISHED, extractor, body), "dissolved")
    assert dissolved.trigger.category != "Coup"
