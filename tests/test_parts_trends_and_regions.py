"""Acts a lead counts and the sentences telling each, a trend in a relative clause, "the same
region", a toll told "after" the act it came in, "a similar incident", an air strike on
fighters fleeing an attack, a reporting agency, and a toll counted before "most of them"."""

from datetime import date

import pytest

from pipeline.merge import merge_mentions
from tests.mention_types import mentions_of

PUBLISHED = date(2022, 10, 26)  # a Wednesday


def _found(extractor, body: str, published: date = PUBLISHED):
    return mentions_of(published, extractor, body)


def _day(m) -> tuple[str, str]:
    return str(m.date.date_start), str(m.date.date_end)


@pytest.mark.parametrize(
    "trend",
    [
        "where attacks and ethnic clashes have been on the rise",
        "where attacks have been rising",
        "where clashes are increasing",
    ],
)
def test_acts_counted_in_a_clause_of_their_trend_leave_the_killing_its_event(extractor, trend):
    body = (
        "At least five villagers have been killed by suspected jihadists in the Mopti region"
        f" {trend}, witnesses and local officials said on Sunday."
    )
    found = _found(extractor, body)
    assert [(m.trigger.event_type, m.fatalities) for m in found] == [
        ("Violence against civilians", 5)
    ]


def test_acts_of_a_day_told_beside_a_trend_stay_acts_and_the_trend_none(extractor):
    found = _found(
        extractor, "Clashes erupted on Sunday in Mopti as attacks have been on the rise."
    )
    assert [(m.trigger.text, _day(m)) for m in found] == [("Clashes", ("2022-10-23", "2022-10-23"))]


@pytest.mark.parametrize(
    ("unit", "place"), [("region", "Tillabéri"), ("province", "Say department")]
)
def test_the_same_region_is_the_region_of_the_town_named_before(extractor, unit, place):
    body = (
        "Gunmen attacked a police post in Tamou on Sunday. "
        f"On Monday, three soldiers were killed in an ambush in the same {unit}."
    )
    monday = next(m for m in _found(extractor, body) if m.date.date_start == date(2022, 10, 24))
    assert monday.place.name == place


@pytest.mark.parametrize(
    "raiders",
    [
        "after unidentified armed individuals",
        "as unidentified armed individuals",
        "after \u201cunidentified armed individuals\u201d",
    ],
)
def test_a_toll_told_after_the_raid_it_came_in_is_that_raids(extractor, raiders):
    body = (
        "On Saturday, eleven truckers were ambushed on a road between Banibangou and Tizigorou. "
        f"Three police officers were killed on Monday, October 24, {raiders} stormed the Tamou"
        " police station."
    )
    monday = [m for m in _found(extractor, body) if m.date.date_end >= date(2022, 10, 24)]
    assert {(m.place.name, _day(m)) for m in monday} == {("Tamou", ("2022-10-24", "2022-10-24"))}
    assert max(m.fatalities or 0 for m in monday) == 3


def test_a_raid_dated_on_its_own_is_not_the_toll_told_before_it(extractor):
    body = (
        "Three soldiers were killed on Monday after militants attacked the base in Tamou on Sunday."
    )
    days = sorted(_day(m) for m in _found(extractor, body))
    assert days == [("2022-10-23", "2022-10-23"), ("2022-10-24", "2022-10-24")]


LEAD = "Officials in northern Burkina Faso say at least 29 people were killed in {acts} Sunday."
BLAST = (
    "The government spokesman said at least 15 people were killed when a truck rode over an"
    " improvised explosive device in the Barsalogho area."
)
CONVOY = "Fourteen people were killed when a food convoy came under attack in Sanmatenga province."


@pytest.mark.parametrize("acts", ["two separate incidents", "two attacks"])
def test_each_act_a_lead_counts_is_an_event_on_its_day(extractor, acts):
    body = " ".join([LEAD.format(acts=acts), BLAST, CONVOY])
    found = _found(extractor, body, date(2019, 9, 9))
    told = sorted((m.fatalities, m.trigger.event_type, _day(m)) for m in found)
    assert told == [
        (14, "Violence against civilians", ("2019-09-08", "2019-09-08")),
        (15, "Explosions/Remote violence", ("2019-09-08", "2019-09-08")),
    ]


@pytest.mark.parametrize(
    "body",
    [
        # only one of the two acts told after it
        " ".join([LEAD.format(acts="two attacks"), BLAST]),
        # an act told apart is none of the acts the lead counts
        "At least 29 people were killed in two attacks on Sunday in northern Burkina Faso."
        " Gunmen killed 20 civilians in Dablo. In a separate incident, three soldiers were killed"
        " in an ambush near Djibo.",
    ],
)
def test_a_lead_whose_acts_are_not_each_told_stays_the_event(extractor, body):
    assert 29 in {m.fatalities for m in _found(extractor, body, date(2019, 9, 9))}


def test_a_similar_incident_is_an_act_of_the_kind_told_before(extractor):
    body = (
        "Militants attacked a military outpost in Tillia on Saturday, killing 41 soldiers. "
        "The attack occurred less than a year after a similar incident at the same base on"
        " September 18, 2024, which resulted in 38 fatalities."
    )
    found = _found(extractor, body, date(2025, 5, 26))
    earlier = next(m for m in found if m.date.date_start == date(2024, 9, 18))
    assert (earlier.trigger.event_type, earlier.fatalities) == ("Battles", 38)


def test_an_agency_of_an_organisation_reporting_a_killing_is_no_side(extractor):
    body = (
        "Twenty-five civilians, most of them people displaced by jihadist violence, have been"
        " killed in an ambush in Burkina Faso, the UN's refugee agency said on Wednesday."
    )
    (ambush,) = _found(extractor, body, date(2020, 10, 8))
    assert ambush.actors == ("Unidentified Armed Group", "Civilians (Burkina Faso)")
    assert (ambush.trigger.event_type, ambush.fatalities) == ("Violence against civilians", 25)


def test_another_count_of_victims_is_the_same_blast(extractor):
    body = (
        "Two Malian soldiers were killed and another six injured when their armoured vehicle hit"
        " an improvised explosive device near Bandiagara, the army said Sunday."
    )
    found = _found(extractor, body, date(2019, 11, 3))
    assert [(m.trigger.event_type, m.fatalities) for m in found] == [
        ("Explosions/Remote violence", 2)
    ]


def test_the_first_and_the_other_attack_a_lead_counts_are_two_attacks_on_its_victims(extractor):
    body = (
        "At least 17 people were killed in two midweek attacks by suspected jihadists on"
        " encampments of nomadic tribesmen near Menaka, local sources said on Sunday. "
        "The first attack targeted a nomadic camp about 50 kilometres from Menaka. "
        "Twelve people were killed. "
        "In the other attack armed men targeted another camp at Inekar, killing five."
    )
    found = _found(extractor, body, date(2022, 7, 31))
    told = sorted((m.fatalities or 0, m.trigger.event_type) for m in found)
    assert told == [(5, "Violence against civilians"), (12, "Violence against civilians")]


def test_an_attack_told_anew_after_the_lead_is_not_the_leads_scene(extractor):
    body = (
        "Two Malian soldiers were killed when their armoured vehicle hit an improvised explosive"
        " device, the army said Sunday. "
        '"A vehicle of the Malian armed forces hit an improvised explosive device" near the'
        " central town of Bandiagara, the military said. "
        "An attack on a military base on Friday left 49 Malian soldiers dead in the eastern"
        " Menaka region."
    )
    events = merge_mentions(_found(extractor, body, date(2019, 11, 3)))
    places = {e.place.name: (e.event_type, e.fatalities) for e in events}
    assert places["Bandiagara"] == ("Explosions/Remote violence", 2)


def test_a_count_after_a_clause_of_the_present_counts_back_from_publication(extractor):
    body = (
        "Last week's attack came while some 400 French special forces soldiers are preparing to"
        " leave Burkina Faso, one month after the junta government ordered them out."
    )
    found = _found(extractor, body, date(2023, 2, 21))
    ordered = next(m for m in found if "ordered" in m.trigger.text)
    assert (ordered.date.date_start, ordered.date.date_end) == (date(2023, 1, 1), date(2023, 1, 31))


@pytest.mark.parametrize("ended", ["halted its military pact", "halted its defence agreement"])
def test_a_pact_halted_is_an_agreement_ended_in_its_month(extractor, ended):
    body = (
        "Thousands of demonstrators marched in Niamey on Saturday, calling for the withdrawal of"
        f" US troops. In March, Niger {ended} with the United States."
    )
    found = _found(extractor, body, date(2024, 4, 14))
    march = [m for m in found if m.date.date_start == date(2024, 3, 1)]
    assert [m.trigger.category for m in march] == ["Agreement ended"]


def test_planes_striking_fighters_fleeing_after_the_attack_are_an_air_strike_of_their_own(
    extractor,
):
    body = (
        "Suspected jihadists attacked the military detachment of Madjoari in Burkina Faso on"
        ' Thursday. Army planes intervened and "neutralised at least 15 terrorists who were'
        ' trying to escape after the attack", according to the army.'
    )
    found = _found(extractor, body, date(2022, 5, 20))
    kinds = sorted((e.event_type, e.place.name) for e in merge_mentions(found))
    assert kinds == [("Battles", "Madjoari"), ("Explosions/Remote violence", "Madjoari")]
    (strike,) = [m for m in found if m.trigger.event_type == "Explosions/Remote violence"]
    assert strike.actors[0] == "Military Forces of Burkina Faso"


def test_a_force_answering_an_attack_is_no_toll_of_it(extractor):
    body = (
        "Soldiers killed 20 suspected jihadists on Tuesday after militants ambushed an army"
        " convoy near Djibo."
    )
    assert sorted(m.trigger.text for m in _found(extractor, body)) == ["ambushed", "killed"]


def test_another_two_attacks_are_acts_of_their_own(extractor):
    body = "Gunmen killed two soldiers near Dori on Sunday, and another two attacks hit Arbinda."
    events = merge_mentions(_found(extractor, body))
    assert sorted(e.place.name for e in events) == ["Arbinda", "Dori"]


@pytest.mark.parametrize(
    "body",
    [
        "Protesters marched in Niamey on Monday. Similar incidents have been reported in Zinder.",
        "Mali and Niger signed a defence pact in Niamey on Monday. Burkina Faso signed a similar"
        " one in 2023.",
    ],
)
def test_no_battle_is_made_of_a_likeness_without_an_act_of_violence(extractor, body):
    found = _found(extractor, body)
    assert "Battles" not in {m.trigger.event_type for m in found}


def test_a_count_after_a_relative_clause_of_the_present_is_no_count_from_today(extractor):
    body = (
        "Gunmen killed five soldiers in an attack on a base in Djibo that is guarding the border,"
        " a week after jihadists ambushed a convoy near Dori."
    )
    found = _found(extractor, body)
    assert all(m.date.date_end >= date(2022, 10, 24) for m in found)


def test_an_attack_told_after_the_lead_with_no_toll_of_its_own_places_it(extractor):
    body = (
        "Twelve soldiers were killed in northern Burkina Faso, the army said on Monday. "
        "An attack by jihadists on Sunday targeted their post in Djibo."
    )
    events = merge_mentions(_found(extractor, body))
    assert [(e.place.name, e.fatalities) for e in events] == [("Djibo", 12)]


@pytest.mark.parametrize(
    ("told", "dead"),
    [
        ("An attack on a military base on Friday left 49 Malian soldiers dead", 49),
        ("A devastating assault early Friday has left 41 members of the security forces dead", 41),
        ("Gunmen shot dead two men on Friday", 2),
    ],
)
def test_the_dead_an_act_left_are_its_toll(extractor, told, dead):
    (act,) = _found(extractor, f"{told} in the eastern Menaka region, officials said.")
    assert act.fatalities == dead


@pytest.mark.parametrize("unknown", ["Arbinda, Bapho, Gorgadji", "Arbinda, Gorgadji, Bapho"])
def test_a_name_no_gazetteer_knows_inside_a_list_of_towns_leaves_each_town_its_event(
    extractor, unknown
):
    body = f"Militants attacked army posts in Djibo, {unknown} and Dori on Monday."
    events = merge_mentions(_found(extractor, body))
    assert sorted(e.place.name for e in events) == ["Arbinda", "Djibo", "Dori", "Gorgadji"]


def test_the_same_district_is_the_district_named_before_not_a_region_named_since(extractor):
    body = (
        "Gunmen killed 14 civilians on Sunday at the village of Wiye in the Banibangou district."
        " Previous attacks in Niger's western Tillabery region have been attributed to an"
        " affiliate of ISIL. In mid-March, an attack in the same district targeting a village"
        " market left 66 people dead."
    )
    march = next(m for m in _found(extractor, body, date(2021, 7, 29)) if m.fatalities == 66)
    assert march.place.name == "Banibangou department"


@pytest.mark.parametrize(
    "told",
    [
        "Previous attacks in the Tillabery region have been attributed to an affiliate of ISIL,"
        " including raids in January that killed at least 100 civilians.",
        "Gunmen carried out raids in Tillia in January that killed at least 100 civilians.",
    ],
)
def test_the_toll_of_a_relative_clause_is_the_dated_acts(extractor, told):
    found = _found(extractor, told, date(2021, 7, 29))
    dead = [(_day(m), m.trigger.event_type) for m in found if m.fatalities == 100]
    assert dead == [(("2021-01-01", "2021-01-31"), "Violence against civilians")]


def test_two_attacks_in_two_months_joined_by_and_are_two_events(extractor):
    body = (
        "Islamic State's West African branch killed 50 Nigerien soldiers near Inates in two"
        " attacks in May and July."
    )
    found = _found(extractor, body, date(2019, 12, 12))
    assert sorted(_day(m) for m in found) == [
        ("2019-05-01", "2019-05-31"),
        ("2019-07-01", "2019-07-31"),
    ]
