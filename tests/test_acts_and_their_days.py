"""Acts of northern Mali's news told apart and dated: a base handed to the army without the word
"over" is a handover, not a release; a mine that kills is remote violence; a clause of contrast
tells an act of its own; "after Thursday's attack" dates the attack, not only what came after it;
an attack "that the army blamed on Friday" was blamed that day, not carried out; people found
dead in their cells were killed; a curfew "installed"; a dateline the agency
ends; "the Djenné Circle"; "this week" in a Monday paper; "Mali's frontier with Burkina Faso" is
in Mali. And what a reviewer found these rules must not do."""

from datetime import date, timedelta

import pytest
from mention_types import days_of, mentions_of, only_mention

from pipeline.dates import find_dates

FRIDAY = date(2022, 4, 22)
MONDAY = date(2021, 5, 31)
HANDOVER = "Non-violent transfer of territory"
REMOTE = "Explosions/Remote violence"


@pytest.mark.parametrize(
    "sentence",
    [
        "France had only just handed the northern Gossi base to Malian forces on Tuesday.",
        "France handed the Gossi base back to Mali on Tuesday.",
    ],
)
def test_a_base_or_a_town_handed_to_the_army_is_a_handover_not_a_release(extractor, sentence):
    handover = only_mention(mentions_of(FRIDAY, extractor, sentence), "handed")
    assert handover.trigger.sub_event_type == HANDOVER
    assert handover.place is not None and handover.place.name == "Gossi"
    assert days_of(handover) == (date(2022, 4, 19), date(2022, 4, 19))


def test_a_mine_that_kills_a_peacekeeper_is_remote_violence_not_a_battle(extractor):
    body = "A mine killed a UN peacekeeper on Sunday as he was out on patrol at Kidal."
    killed = only_mention(mentions_of(FRIDAY, extractor, body), "killed")
    assert killed.trigger.event_type == REMOTE


def test_a_clause_of_contrast_tells_an_act_of_another_kind_apart(extractor):
    body = (
        "On Saturday, raiders killed at least 20 civilians in attacks on villages near Gao, while a"
        " UN peacekeeper died in a mine explosion in the region."
    )
    types = {m.trigger.event_type for m in mentions_of(FRIDAY, extractor, body)}
    assert types == {"Violence against civilians", REMOTE}


def test_the_attack_told_again_in_a_clause_of_contrast_stays_one_act(extractor):
    body = (
        "On Saturday, gunmen killed 12 soldiers near Gao, while five others were wounded in the"
        " attack."
    )
    assert len(mentions_of(FRIDAY, extractor, body)) == 1


def test_after_thursday_s_attack_the_attack_was_on_thursday(extractor):
    friday = date(2023, 8, 4)
    body = (
        "Casualties ran to as many as 20 after Thursday's attack, which saw an army column"
        " ambushed in the Menaka region, a local official said."
    )
    attack = only_mention(mentions_of(friday, extractor, body), "attack")
    assert days_of(attack) == (date(2023, 8, 3), date(2023, 8, 3))


def test_after_last_week_s_coup_the_coup_was_last_week(extractor):
    friday = date(2023, 8, 4)
    body = "Niger is in a standoff with its neighbours after last week's military coup in Niamey."
    coup = only_mention(mentions_of(friday, extractor, body), "coup")
    assert days_of(coup) == (date(2023, 7, 24), date(2023, 7, 30))


def test_what_came_after_monday_s_takeover_stays_after_it():
    saturday = date(2022, 1, 29)
    text = "Leaders suspended Burkina Faso from the bloc after Monday's military takeover."
    (found,) = find_dates(text, saturday)
    assert (found.date_start, found.date_end) == (date(2022, 1, 25), saturday)
    assert found.possessed == (date(2022, 1, 24), date(2022, 1, 24), "day")


def test_an_attack_the_army_blamed_on_friday_happened_by_friday(extractor):
    friday = date(2023, 8, 4)
    body = (
        "Several soldiers were killed in an attack that the army blamed on Friday, August 4, on"
        " jihadist fighters in the Menaka region."
    )
    attack = only_mention(mentions_of(friday, extractor, body), "attack")
    first, last = days_of(attack)
    assert last == friday and first < friday - timedelta(days=1)


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve people arrested as suspected extremists were found dead in the cells where they"
        " were held, a prosecutor said on Wednesday.",
        "A teacher accused of terrorist links was found dead in a police station in Ouagadougou on"
        " Monday.",
    ],
)
def test_people_found_dead_where_they_were_held_are_violence_against_civilians(extractor, sentence):
    dead = only_mention(mentions_of(date(2020, 5, 13), extractor, sentence), "found dead")
    assert dead.trigger.event_type == "Violence against civilians"


def test_a_curfew_installed_is_an_emergency_measure(extractor):
    body = (
        "The governorate of the Gao region on Sunday said it had installed a 30-day overnight"
        " curfew."
    )
    curfew = only_mention(mentions_of(date(2023, 9, 12), extractor, body), "curfew")
    assert curfew.trigger.event_type == "Strategic developments"


THURSDAY_NEWS = date(2023, 8, 4)


def test_people_waiting_for_a_bus_who_were_shot_dead_were_shot(extractor):
    body = "Five passengers waiting for a bus were shot dead by gunmen at Bourem on Thursday."
    assert only_mention(mentions_of(THURSDAY_NEWS, extractor, body), "shot dead")


def test_a_mining_company_s_guards_are_no_mine(extractor):
    body = (
        "Mine security guards opened fire on protesting villagers near Essakane on Thursday,"
        " killing two."
    )
    found = mentions_of(THURSDAY_NEWS, extractor, body)
    assert found and all(m.trigger.event_type != REMOTE for m in found)


def test_who_blames_the_army_for_a_killing_leaves_its_victims_named(extractor):
    body = "Residents blamed the army for the killing of 20 civilians in Moura on Sunday."
    killing = only_mention(mentions_of(THURSDAY_NEWS, extractor, body), "killing")
    assert "Civilians (Mali)" in killing.actors


def test_an_arrest_in_connection_with_sunday_s_attack_is_an_act_of_its_own(extractor):
    body = "Soldiers arrested 30 suspects near Djibo on Tuesday in connection with Sunday's attack."
    found = mentions_of(THURSDAY_NEWS, extractor, body)
    arrest = only_mention(found, "arrested")
    assert days_of(arrest) == (date(2023, 8, 1), date(2023, 8, 1))
    assert days_of(only_mention(found, "attack")) == (date(2023, 7, 30), date(2023, 7, 30))


def test_a_clash_following_sunday_s_coup_came_after_it(extractor):
    body = "Protesters clashed with police in Niamey following Sunday's coup."
    found = mentions_of(THURSDAY_NEWS, extractor, body)
    assert days_of(only_mention(found, "clashed")) == (date(2023, 7, 31), THURSDAY_NEWS)
    assert days_of(only_mention(found, "coup")) == (date(2023, 7, 30), date(2023, 7, 30))


def test_a_dateline_ended_by_its_agency_without_a_dash_is_no_scene(extractor):
    body = (
        "Bamako, Jan 16 (AFP) Fifteen people have been killed in an attack on a Fulani village"
        " in central Mali on Wednesday, officials said."
    )
    attack = only_mention(mentions_of(date(2020, 1, 16), extractor, body), "attack")
    assert attack.place is None or attack.place.name != "Bamako"


def test_a_circle_is_the_english_for_a_cercle(extractor):
    body = (
        "The Djenné Circle had been the subject of an inter-community agreement in August 2019,"
        " to ensure the free movement of people."
    )
    agreement = only_mention(mentions_of(date(2021, 4, 18), extractor, body), "agreement")
    assert agreement.place is not None and agreement.place.name.startswith("Djenn")


def test_this_week_in_a_monday_paper_holds_the_week_just_gone():
    (found,) = find_dates("Mali this week witnessed its second coup in nine months.", MONDAY)
    assert (found.date_start, found.date_end) == (date(2021, 5, 24), MONDAY)


def test_a_country_s_frontier_with_another_is_on_its_side(extractor):
    body = (
        "Four civilians and two police officers were killed in an attack on a border post on"
        " Mali's frontier with Burkina Faso, officials said on Monday."
    )
    attack = only_mention(mentions_of(date(2019, 5, 20), extractor, body), "attack")
    assert attack.place is not None and attack.place.iso3 == "MLI"


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve soldiers died in an ambush claimed by jihadist cells near Nara on Tuesday.",
        "Four soldiers died on Tuesday when gunmen attacked a detention centre in Niono.",
    ],
)
def test_soldiers_who_died_in_an_ambush_did_not_die_in_custody(extractor, sentence):
    found = mentions_of(THURSDAY_NEWS, extractor, sentence)
    assert found and all(m.trigger.event_type == "Battles" for m in found)


@pytest.mark.parametrize(
    "sentence",
    [
        "Twelve soldiers lost their lives following Sunday's ambush near Boni, the army said on"
        " Tuesday.",
        "Twelve soldiers were killed and 20 wounded by Sunday's attack on the Boni camp.",
    ],
)
def test_deaths_told_after_a_possessive_attack_are_that_attack_s(extractor, sentence):
    found = mentions_of(date(2023, 8, 9), extractor, sentence)
    assert {days_of(m) for m in found} == {(date(2023, 8, 6), date(2023, 8, 6))}
