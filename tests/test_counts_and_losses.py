"""Days counted from the event a sentence refers back to, a subject's distant town, the dead told
by a verb of losing, and an act done "also" somewhere else."""

from datetime import date

import pytest

from tests.mention_types import mentions_of

PUBLISHED = date(2019, 3, 6)  # a Wednesday


def _found(extractor, body: str):
    return mentions_of(PUBLISHED, extractor, body)


def _day(m) -> tuple[str, str]:
    return str(m.date.date_start), str(m.date.date_end)


@pytest.mark.parametrize(
    "opening", ["The latest attack came", "The raid came just", "It came", "This attack came only"]
)
def test_days_counted_after_an_act_referred_back_to_count_from_its_day(extractor, opening):
    body = (
        "Gunmen killed 19 herders in the village of Kerena near Douentza on Saturday. "
        f"{opening} six days after armed men killed 11 villagers near Boni. "
        "The next day a landmine killed four soldiers near Hombori."
    )
    found = _found(extractor, body)
    by_town = {m.place.name: _day(m) for m in found}
    # Saturday is 2 March; six days before it is 24 February, the next day 25 February
    assert by_town["Boni"] == ("2019-02-24", "2019-02-24")
    assert by_town["Hombori"] == ("2019-02-25", "2019-02-25")


def test_an_earlier_attack_that_came_after_another_still_counts_from_publication(extractor):
    body = (
        "Gunmen killed 19 herders near Douentza on Saturday. "
        "The previous attack came six days after armed men killed 11 villagers near Boni."
    )
    boni = next(m for m in _found(extractor, body) if m.place.name == "Boni")
    assert _day(boni) != ("2019-02-24", "2019-02-24")


@pytest.mark.parametrize(
    ("body", "town", "dead"),
    [
        (
            "On 3 March, a post 12 kilometres from Ouahigouya of the Volunteers for the Defence"
            " of the Homeland (VDP), the civilian auxiliaries who fight beside the army against"
            " armed groups, lost 30 members in an attack, according to the army.",
            "Ouahigouya",
            30,
        ),
        (
            "An army camp in Djibo, a large northern town that has been under a blockade by armed"
            " groups for many months now, was reportedly attacked on Friday, according to a"
            " group linked to al Qaeda.",
            "Djibo",
            None,
        ),
    ],
)
def test_a_town_named_early_in_a_long_subject_is_the_scene(extractor, body, town, dead):
    (attack,) = _found(extractor, body)
    assert (attack.place.name, attack.fatalities) == (town, dead)


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        ("Nine soldiers lost their lives in an ambush near Djibo on Monday.", 9),
        ("A gendarme lost his life when gunmen attacked the post at Kelbo on Monday.", 1),
        ("On Monday the unit lost 14 men in an ambush near Djibo.", 14),
        ("On Monday the army lost 20 vehicles in an ambush near Djibo.", None),
        ("On Monday the army lost control of Djibo after an attack.", None),
    ],
)
def test_a_verb_of_losing_counts_people_and_lives_only(extractor, body, dead):
    (event,) = _found(extractor, body)
    assert event.fatalities == dead


def test_an_act_done_also_in_another_town_is_another_event(extractor):
    body = (
        "On Monday fighters raided an army post in the town of Djibo, and they also targeted"
        " a militia patrol in eastern Gnagna province."
    )
    places = sorted(m.place.name for m in _found(extractor, body))
    assert places == ["Djibo", "Gnagna province"]


@pytest.mark.parametrize(
    "body",
    [
        "On Monday gunmen killed ten people in Djibo and also burned shops in the town.",
        "On Monday gunmen raided Djibo, and they also attacked its market.",
    ],
)
def test_an_act_done_also_in_the_same_town_is_the_same_event(extractor, body):
    assert len({m.place.name for m in _found(extractor, body)}) == 1


def test_the_news_that_came_after_another_act_is_the_articles_lead_not_the_last_date(extractor):
    body = (
        "Mali's junta gave the Danish envoy 72 hours to leave the country on Monday. "
        "On 20 February, thousands of people rallied in Bamako against the sanctions. "
        "The expulsion comes a week after soldiers in neighbouring Burkina Faso ousted the"
        " president."
    )
    ousted = next(m for m in _found(extractor, body) if m.place.iso3 == "BFA")
    # Monday is 4 March; a week before it, 25 February
    assert _day(ousted) == ("2019-02-25", "2019-02-25")


@pytest.mark.parametrize(
    "body",
    [
        "On Thursday, 21 people were killed in Tera and 18 in Dori.",
        "On Thursday, gunmen killed 21 villagers in Tera and 18 in Dori.",
    ],
)
def test_a_toll_shared_out_by_town_gives_each_town_its_own_dead(extractor, body):
    dead = {m.place.name: m.fatalities for m in _found(extractor, body)}
    assert dead == {"Téra": 21, "Dori": 18}


def test_men_an_army_lost_are_its_soldiers_not_civilians(extractor):
    body = "In December the army lost 71 men at Inates, its worst loss in years."
    (attack,) = _found(extractor, body)
    assert (attack.trigger.event_type, attack.fatalities) == ("Battles", 71)


def test_an_act_some_days_before_the_news_is_dated_by_a_range_before_it(extractor):
    body = (
        "Gunmen killed 12 soldiers in an ambush near Anzourou on Sunday evening. "
        "The attack came days after 17 soldiers were killed when gunmen ambushed a patrol near"
        " Ayorou."
    )
    ayorou = next(m for m in _found(extractor, body) if m.place.name == "Ayorou")
    start, end = (date.fromisoformat(d) for d in _day(ayorou))
    # Sunday is 3 March: some days before it, a range and never that Sunday
    assert start < end < date(2019, 3, 3)


def test_the_attack_that_came_days_after_another_is_no_act_of_its_own(extractor):
    body = (
        "Gunmen killed 12 soldiers in an ambush near Anzourou on Sunday evening. "
        "The attack came two days after 17 soldiers were killed near Ayorou."
    )
    assert sorted(m.place.name for m in _found(extractor, body)) == ["Anzourou", "Ayorou"]


def test_people_killed_in_midweek_attacks_are_dated_by_those_days(extractor):
    body = (
        "At least 16 people were killed in two midweek attacks on camps of herders in"
        " northeastern Mali, local sources said on Sunday."
    )
    (killed,) = mentions_of(date(2022, 8, 1), extractor, body)
    assert _day(killed) == ("2022-07-26", "2022-07-28")
    assert (killed.trigger.event_type, killed.fatalities) == ("Violence against civilians", 16)


@pytest.mark.parametrize(
    ("body", "town", "day"),
    [
        # "On Tuesday" told in an article of Wednesday 6 March is 5 March
        (
            "Jihadists killed 15 soldiers near Djibo on Saturday. On Tuesday, gunmen killed six"
            " traders near Dori. The latest attack came a week after militants killed 20"
            " civilians near Arbinda.",
            "Arbinda",
            "2019-02-26",
        ),
        # the attack is Saturday's killing, not the curfew told first
        (
            "Mali's junta on Thursday extended a curfew in Gao. On Saturday, gunmen killed 12"
            " soldiers near Gao. The attack came three days after militants killed 20 civilians"
            " in Ansongo.",
            "Ansongo",
            "2019-02-27",
        ),
    ],
)
def test_days_counted_after_an_act_start_from_the_act_of_its_kind_meant(extractor, body, town, day):
    counted = next(m for m in _found(extractor, body) if m.place.name == town)
    assert _day(counted) == (day, day)


def test_a_town_a_speaker_spoke_in_is_not_the_scene_of_what_he_told(extractor):
    body = (
        "Speaking to reporters in Ouagadougou after a ceremony for the army's new recruits, the"
        " spokesman said gunmen had killed 12 soldiers in the north."
    )
    assert all(m.place.name != "Ouagadougou" for m in _found(extractor, body))


@pytest.mark.parametrize(
    ("body", "dead"),
    [
        ("On Thursday, gunmen killed 21 people in three villages in Tera and 18 in Dori.", 21),
        ("On Thursday, gunmen killed 21 people and wounded 30 in Tera, and 18 in Dori.", 21),
    ],
)
def test_a_count_of_places_or_of_the_hurt_is_no_town_s_toll(extractor, body, dead):
    tera = next(m for m in _found(extractor, body) if m.place.name == "Téra")
    assert tera.fatalities == dead


def test_members_a_party_lost_are_no_dead_of_the_attack_told_before(extractor):
    body = (
        "Jihadists attacked an army post near Djibo on Sunday. "
        "Separately, the opposition party lost 12 members, who defected to the ruling coalition."
    )
    attack = next(m for m in _found(extractor, body) if m.trigger.event_type == "Battles")
    assert attack.fatalities is None
